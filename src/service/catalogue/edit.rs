//! One supervisor's revisions of catalogue fields: each edit checked part by part (both texts,
//! a source, an effective date), then every changed field stored as a revision together with
//! the item it changes and its audit entry, in one transaction.
use std::collections::BTreeMap;

use super::super::Desk;
use super::super::audit;
use super::super::context::Context;
use super::super::session::Session;
use super::{CatalogueError, may_revise};
use crate::domain::audit::AuditAction;
use crate::domain::editable::{Editable, FieldValue, LIST_SEPARATOR, Shape, editable, split_list};
use crate::domain::messages::{MessageArg, MessageId};
use crate::domain::seed::{self, is_foreign_to_mongolian};
use crate::domain::text::{clean_input, is_dash, key_chars};
use crate::domain::{CatalogueItem, Date, DateError, ItemId, Text};
use crate::store::audit::AuditAppender;
use crate::store::catalogue::revisions::{self, seed_hash};
use crate::store::catalogue::{self as stored, Revision};
use crate::store::{Batch, Store, StoreError};

/// A change as typed or read from a file: the field's new text in both languages, the source
/// it comes from and the day it applies from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Edit {
    pub item: Option<ItemId>,
    pub field: String,
    pub zh: String,
    pub mn: String,
    pub source: String,
    pub effective: String,
}

/// The part of an edit a problem is about: where the form shows its message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditPart {
    Field,
    Zh,
    Mn,
    Source,
    Effective,
}

/// What is wrong with one part of an edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditProblem {
    UnknownItem,
    UnknownField,
    Empty(EditPart),
    BadDate(DateError),
    /// A character that has no place in traditional-script Mongolian (Cyrillic, say).
    NotMongolian(char),
}

impl EditProblem {
    pub fn part(self) -> EditPart {
        match self {
            EditProblem::UnknownItem | EditProblem::UnknownField => EditPart::Field,
            EditProblem::Empty(part) => part,
            EditProblem::BadDate(_) => EditPart::Effective,
            EditProblem::NotMongolian(_) => EditPart::Mn,
        }
    }
}

impl MessageId for EditProblem {
    fn message_id(&self) -> &'static str {
        match self {
            EditProblem::UnknownItem => "catalogue-edit-unknown-item",
            EditProblem::UnknownField => "catalogue-edit-unknown-field",
            EditProblem::Empty(EditPart::Source) => "catalogue-edit-source-required",
            EditProblem::Empty(EditPart::Effective) => "catalogue-edit-date-required",
            EditProblem::Empty(_) => "catalogue-edit-text-required",
            EditProblem::BadDate(DateError::Malformed) => "catalogue-edit-date-format",
            EditProblem::BadDate(DateError::NotACalendarDay) => "catalogue-edit-date-invalid",
            EditProblem::NotMongolian(_) => "catalogue-edit-not-mongolian",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            EditProblem::NotMongolian(c) => {
                vec![("char", MessageArg::Text(format!("U+{:04X}", u32::from(*c))))]
            }
            _ => Vec::new(),
        }
    }
}

/// An edit that checked: the field, its new content as the item will hold it, the source and
/// the effective date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedEdit {
    pub item: ItemId,
    pub field: &'static Editable,
    pub text: Text,
    pub source: String,
    pub effective: Date,
}

/// Checks every part of `edit` and names each problem; texts are cleaned as typed input is.
pub fn check_edit(edit: &Edit) -> Result<CheckedEdit, Vec<EditProblem>> {
    let mut problems = Vec::new();
    let field = editable(&edit.field);
    if edit.item.is_none() {
        problems.push(EditProblem::UnknownItem);
    }
    if field.is_none() {
        problems.push(EditProblem::UnknownField);
    }
    let text = field.map_or_else(
        || Text::new(clean_input(&edit.zh).trim(), clean_input(&edit.mn).trim()),
        |f| cleaned_text(f, &edit.zh, &edit.mn),
    );
    // Everyday names may be missing in one language; every other text is given in both.
    if field.is_some_and(|f| f.shape != Shape::List) {
        if text.zh.is_empty() {
            problems.push(EditProblem::Empty(EditPart::Zh));
        }
        if text.mn.is_empty() {
            problems.push(EditProblem::Empty(EditPart::Mn));
        }
    }
    if let Some(bad) = text.mn.chars().find(|c| is_foreign_to_mongolian(*c)) {
        problems.push(EditProblem::NotMongolian(bad));
    }
    let source = clean_input(&edit.source).trim().to_string();
    if source.is_empty() {
        problems.push(EditProblem::Empty(EditPart::Source));
    }
    let effective = typed_date(&edit.effective);
    if let Err(problem) = effective {
        problems.push(problem);
    }
    match (edit.item, field, effective) {
        (Some(item), Some(field), Ok(effective)) if problems.is_empty() => Ok(CheckedEdit {
            item,
            field,
            text,
            source,
            effective,
        }),
        _ => Err(problems),
    }
}

/// Both texts cleaned as typed input is; everyday names one to a `;`, blanks dropped.
fn cleaned_text(field: &Editable, zh: &str, mn: &str) -> Text {
    let clean = |s: &str| {
        let text = clean_input(s);
        match field.shape {
            Shape::List => split_list(&text).join(LIST_SEPARATOR),
            Shape::Plain | Shape::Cited => text.trim().to_string(),
        }
    };
    Text::new(clean(zh), clean(mn))
}

/// The content the field would hold with these texts and source, as an edit stores it: to
/// tell whether an edit changes anything before it is checked.
pub(super) fn content_of(field: &Editable, zh: &str, mn: &str, source: &str) -> FieldValue {
    FieldValue {
        text: cleaned_text(field, zh, mn),
        source: match field.shape {
            Shape::Cited => clean_input(source).trim().to_string(),
            Shape::Plain | Shape::List => String::new(),
        },
    }
}

/// A date as typed: full-width digits and any dash are accepted.
fn typed_date(raw: &str) -> Result<Date, EditProblem> {
    let ascii: String = key_chars(raw)
        .map(|c| if is_dash(c) { '-' } else { c })
        .collect();
    let ascii = ascii.trim();
    if ascii.is_empty() {
        return Err(EditProblem::Empty(EditPart::Effective));
    }
    Date::parse(ascii).map_err(EditProblem::BadDate)
}

/// The content `edit` gives the field as the item holds it (the name keeps no source).
pub(super) fn value_of(edit: &CheckedEdit) -> FieldValue {
    FieldValue {
        text: edit.text.clone(),
        source: match edit.field.shape {
            Shape::Cited => edit.source.clone(),
            Shape::Plain | Shape::List => String::new(),
        },
    }
}

/// Stores every edit that changes something as a revision, the items it changes and one
/// audit entry per revision, in one transaction; returns the revisions. Edits that give the
/// text a field already has are passed over; when none is left, nothing is stored.
pub fn save(
    desk: &Desk,
    ctx: &Context,
    session: &Session,
    edits: &[CheckedEdit],
) -> Result<Vec<Revision>, CatalogueError> {
    may_revise(desk, session)?;
    let seed = seed::embedded()?;
    let at = super::super::operators::seconds(ctx).map_err(|_| CatalogueError::Clock)?;
    let made = Made {
        operator: session.name().to_string(),
        at,
        seed: &seed.catalogue,
    };
    let (revisions, items) = desk
        .store()
        .commit_with(|store| {
            let (batch, revisions, items) = build(store, ctx, &made, edits)?;
            if revisions.is_empty() {
                return Err(CatalogueError::Unchanged);
            }
            Ok((batch, (revisions, items)))
        })
        .map_err(|e| match e {
            CatalogueError::Store(StoreError::TooLarge { .. }) => CatalogueError::TooLong,
            other => other,
        })?;
    for item in items {
        desk.show_revised(item);
    }
    Ok(revisions)
}

/// Who made the edits, when, and over which seed.
struct Made<'a> {
    operator: String,
    at: i64,
    seed: &'a crate::domain::Catalogue,
}

fn build(
    store: &Store,
    ctx: &Context,
    made: &Made,
    edits: &[CheckedEdit],
) -> Result<(Batch, Vec<Revision>, Vec<CatalogueItem>), CatalogueError> {
    let mut batch = store.batch();
    let mut items: BTreeMap<ItemId, CatalogueItem> = BTreeMap::new();
    let mut numbers: BTreeMap<ItemId, u32> = BTreeMap::new();
    let seed_revision = stored::seed_revision(store)?.unwrap_or(0);
    let mut revisions = Vec::new();
    for edit in edits {
        let item = match items.entry(edit.item) {
            std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::btree_map::Entry::Vacant(e) => e.insert(
                stored::item(store, edit.item)?.ok_or(CatalogueError::UnknownItem(edit.item))?,
            ),
        };
        let replaced = (edit.field.get)(item);
        let value = value_of(edit);
        if replaced.as_ref() == Some(&value) {
            continue;
        }
        let number = match numbers.get(&edit.item) {
            Some(n) => n + 1,
            None => revisions::next_number(store, edit.item)?,
        };
        numbers.insert(edit.item, number);
        let seed_text = made
            .seed
            .item(edit.item)
            .and_then(|seed_item| (edit.field.get)(seed_item));
        (edit.field.set)(item, value.clone());
        revisions.push(Revision {
            item: edit.item,
            number,
            field: edit.field.key.to_string(),
            value,
            source: edit.source.clone(),
            effective: edit.effective,
            operator: made.operator.clone(),
            at: made.at,
            seed_hash: seed_hash(seed_text.as_ref()),
            replaced,
            seed_revision,
        });
    }
    for item in items.values() {
        batch.replace(item)?;
    }
    let mut appender = AuditAppender::begin(store)?;
    for revision in &revisions {
        batch.insert(revision)?;
        let detail = format!("{} {} #{}", revision.item, revision.field, revision.number);
        let mut entry = audit::entry(
            ctx,
            AuditAction::CatalogueEdit,
            Some(&revision.item.to_string()),
            &detail,
        )?;
        entry.operator = Some(made.operator.clone());
        appender.append(store, &mut batch, entry)?;
    }
    let changed = items
        .into_values()
        .filter(|item| revisions.iter().any(|r| r.item == item.id))
        .collect();
    Ok((batch, revisions, changed))
}
