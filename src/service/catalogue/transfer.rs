//! The catalogue as one TOML file for review outside the program: both languages of each
//! field side by side under the item, with the source it cites. Export writes the store's
//! catalogue; import reads a file back, names the line of anything wrong, and plans the
//! changes (item, field, old, new) that [`super::save`] then stores as revisions.
use std::ops::Range;

use toml_edit::{Document, Item, Table, Value};

use super::super::Desk;
use super::edit::{CheckedEdit, Edit, EditProblem, check_edit};
use super::{CatalogueError, current};
use crate::domain::editable::{EDITABLE, Editable, FieldValue, Shape, editable};
use crate::domain::{Catalogue, CatalogueItem, ItemId};
use crate::store::catalogue as stored;

const ZH: &str = "zh-CN";
const MN: &str = "mn-Mong";
const SOURCE: &str = "source";
const EFFECTIVE: &str = "effective";

/// The catalogue the store holds now, as the file [`plan_import`] reads.
pub fn export(desk: &Desk) -> Result<String, CatalogueError> {
    let catalogue = current(desk)?;
    let revision = stored::seed_revision(desk.store())?.unwrap_or(0);
    Ok(write(&catalogue, revision))
}

fn quoted(text: &str) -> String {
    Value::from(text).to_string().trim().to_string()
}

/// The file for `catalogue`: a header, then one `[[item]]` per item with a table per field.
pub fn write(catalogue: &Catalogue, seed_revision: u32) -> String {
    let mut out = format!("seed_revision = {seed_revision}\n");
    for item in &catalogue.items {
        write_item(&mut out, item);
    }
    out
}

fn write_item(out: &mut String, item: &CatalogueItem) {
    out.push_str(&format!(
        "\n[[item]]\nid = {}\n",
        quoted(&item.id.to_string())
    ));
    for field in EDITABLE {
        let Some(value) = (field.get)(item) else {
            continue;
        };
        out.push_str(&format!("\n[item.{}]\n", field.key));
        out.push_str(&format!("{ZH} = {}\n", quoted(&value.text.zh)));
        out.push_str(&format!("{MN} = {}\n", quoted(&value.text.mn)));
        if field.shape == Shape::Cited {
            out.push_str(&format!("{SOURCE} = {}\n", quoted(&value.source)));
        }
    }
}

/// What is wrong with an import file, and on which line (from 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    pub line: usize,
    pub problem: ImportProblem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    /// The file is not TOML; the parser's own words.
    Syntax(String),
    UnknownKey(String),
    /// A value of the wrong kind (a number where a text belongs, say).
    WrongType(String),
    UnknownItem(String),
    DuplicateItem(ItemId),
    /// A changed field that does not check.
    Edit(EditProblem),
}

/// One change an import would make.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub item: ItemId,
    pub field: &'static str,
    pub old: Option<FieldValue>,
    pub new: FieldValue,
    pub line: usize,
}

/// The changes a file would make, checked and ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPlan {
    pub changes: Vec<Change>,
    pub edits: Vec<CheckedEdit>,
}

/// The source and effective date for changes the file does not give them for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportDefaults {
    pub source: Option<String>,
    pub effective: Option<String>,
}

/// Reads `text` against the store's catalogue and lists every field whose text or source
/// would change; fields as they are, and items or fields the file leaves out, stay. Every
/// problem is named by its line; nothing is stored here.
pub fn plan_import(
    desk: &Desk,
    text: &str,
    flags: &ImportDefaults,
) -> Result<ImportPlan, Vec<ImportError>> {
    let catalogue = current(desk).map_err(|e| {
        vec![ImportError {
            line: 0,
            problem: ImportProblem::Syntax(e.to_string()),
        }]
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let doc = Document::parse(text).map_err(|e| {
        vec![ImportError {
            line: line_of(text, e.span()),
            problem: ImportProblem::Syntax(e.message().trim().to_string()),
        }]
    })?;
    let reader = Reader { text, catalogue };
    reader.plan(doc.as_table(), flags)
}

struct Reader<'t> {
    text: &'t str,
    catalogue: Catalogue,
}

/// The line (from 1) where `span` starts.
fn line_of(text: &str, span: Option<Range<usize>>) -> usize {
    let start = span.map_or(0, |s| s.start).min(text.len());
    text.as_bytes()[..start]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

impl Reader<'_> {
    fn error(&self, span: Option<Range<usize>>, problem: ImportProblem) -> ImportError {
        ImportError {
            line: line_of(self.text, span),
            problem,
        }
    }

    fn key_span(table: &Table, key: &str) -> Option<Range<usize>> {
        table.get_key_value(key).and_then(|(k, _)| k.span())
    }

    fn plan(&self, root: &Table, flags: &ImportDefaults) -> Result<ImportPlan, Vec<ImportError>> {
        let mut errors = Vec::new();
        let mut defaults = flags.clone();
        let mut items = None;
        for (key, item) in root.iter() {
            let span = Self::key_span(root, key);
            match key {
                "seed_revision" => {}
                SOURCE | EFFECTIVE => match item.as_str() {
                    Some(value) if key == SOURCE => {
                        defaults.source.get_or_insert(value.to_string());
                    }
                    Some(value) => {
                        defaults.effective.get_or_insert(value.to_string());
                    }
                    None => errors.push(self.error(span, ImportProblem::WrongType(key.into()))),
                },
                "item" => match item.as_array_of_tables() {
                    Some(tables) => items = Some(tables),
                    None => errors.push(self.error(span, ImportProblem::WrongType(key.into()))),
                },
                _ => errors.push(self.error(span, ImportProblem::UnknownKey(key.into()))),
            }
        }
        let mut plan = ImportPlan {
            changes: Vec::new(),
            edits: Vec::new(),
        };
        let mut seen = Vec::new();
        for table in items.into_iter().flat_map(|t| t.iter()) {
            match self.item_id(table, &mut seen) {
                Ok(id) => self.read_item(table, id, &defaults, &mut plan, &mut errors),
                Err(e) => errors.push(e),
            }
        }
        if errors.is_empty() {
            Ok(plan)
        } else {
            errors.sort_by_key(|e| e.line);
            Err(errors)
        }
    }

    fn item_id(&self, table: &Table, seen: &mut Vec<ItemId>) -> Result<ItemId, ImportError> {
        let span = Self::key_span(table, "id").or(table.span());
        let raw = table
            .get("id")
            .and_then(Item::as_str)
            .ok_or_else(|| self.error(span.clone(), ImportProblem::WrongType("id".into())))?;
        let id = ItemId::parse(raw)
            .ok()
            .filter(|id| self.catalogue.item(*id).is_some())
            .ok_or_else(|| self.error(span.clone(), ImportProblem::UnknownItem(raw.into())))?;
        if seen.contains(&id) {
            return Err(self.error(span, ImportProblem::DuplicateItem(id)));
        }
        seen.push(id);
        Ok(id)
    }

    fn read_item(
        &self,
        table: &Table,
        id: ItemId,
        defaults: &ImportDefaults,
        plan: &mut ImportPlan,
        errors: &mut Vec<ImportError>,
    ) {
        let Some(current) = self.catalogue.item(id) else {
            return;
        };
        for (key, item) in table.iter().filter(|(k, _)| *k != "id") {
            let span = Self::key_span(table, key);
            let line = line_of(self.text, span.clone());
            let Some(field) = editable(key) else {
                errors.push(self.error(span, ImportProblem::UnknownKey(key.into())));
                continue;
            };
            match self.read_field(item, field, current, id, defaults) {
                Ok(None) => {}
                Ok(Some((edit, old))) => {
                    plan.changes.push(Change {
                        item: id,
                        field: field.key,
                        old,
                        new: super::edit::value_of(&edit),
                        line,
                    });
                    plan.edits.push(edit);
                }
                Err(problems) => errors.extend(problems.into_iter().map(|p| ImportError {
                    line: p.0.unwrap_or(line),
                    problem: p.1,
                })),
            }
        }
    }

    /// The edit a field's table asks for, with the text it replaces; `None` when it changes
    /// nothing. A language or source the table leaves out stays as it is.
    #[allow(clippy::type_complexity)]
    fn read_field(
        &self,
        item: &Item,
        field: &'static Editable,
        current: &CatalogueItem,
        id: ItemId,
        defaults: &ImportDefaults,
    ) -> Result<Option<(CheckedEdit, Option<FieldValue>)>, Vec<(Option<usize>, ImportProblem)>>
    {
        let Some(table) = item.as_table_like() else {
            return Err(vec![(None, ImportProblem::WrongType(field.key.into()))]);
        };
        let old = (field.get)(current);
        let mut edit = Edit {
            item: Some(id),
            field: field.key.to_string(),
            zh: old.as_ref().map(|v| v.text.zh.clone()).unwrap_or_default(),
            mn: old.as_ref().map(|v| v.text.mn.clone()).unwrap_or_default(),
            source: old.as_ref().map(|v| v.source.clone()).unwrap_or_default(),
            effective: defaults.effective.clone().unwrap_or_default(),
        };
        let mut wrong = Vec::new();
        for (key, value) in table.iter() {
            let line = table
                .get_key_value(key)
                .and_then(|(k, _)| k.span())
                .map(|s| line_of(self.text, Some(s)));
            let Some(text) = value.as_str() else {
                wrong.push((line, ImportProblem::WrongType(key.into())));
                continue;
            };
            match key {
                ZH => edit.zh = text.to_string(),
                MN => edit.mn = text.to_string(),
                SOURCE if field.shape == Shape::Cited => edit.source = text.to_string(),
                _ => wrong.push((line, ImportProblem::UnknownKey(key.into()))),
            }
        }
        if !wrong.is_empty() {
            return Err(wrong);
        }
        if field.shape != Shape::Cited {
            edit.source = defaults.source.clone().unwrap_or_default();
        }
        let unchanged = super::edit::content_of(field, &edit.zh, &edit.mn, &edit.source);
        if Some(&unchanged) == old.as_ref() {
            return Ok(None);
        }
        let checked = check_edit(&edit).map_err(|ps| {
            ps.into_iter()
                .map(|p| (None, ImportProblem::Edit(p)))
                .collect::<Vec<_>>()
        })?;
        Ok(Some((checked, old)))
    }
}
