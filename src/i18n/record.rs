//! An item's full record as labelled rows in the current language, shared by the CLI's
//! `show` and the TUI's detail pane so both say the same things in the same order.
use super::{Arg, Localizer, field_label_id};
use crate::domain::catalogue::Superseded;
use crate::domain::{Catalogue, CatalogueItem, FieldKind};

/// What a row holds, so a front end can style it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    Domain,
    Field,
    /// A field this catalogue has no source for yet: the value says so.
    Unspecified,
    /// Which edition of its source a field states, under the field's own label.
    Edition,
    Aliases,
    Source,
    /// The day the content was last checked, or that it has not been.
    Checked,
    /// A field's text before a newer rule replaced it.
    History,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordRow {
    pub kind: RowKind,
    pub label: String,
    pub value: String,
}

/// Domain, every field (or an honest "not specified"), everyday names, and each source.
pub fn record_rows(cat: &Catalogue, item: &CatalogueItem, l10n: &Localizer) -> Vec<RecordRow> {
    let lang = l10n.lang();
    let row = |kind, label: String, value: String| RecordRow { kind, label, value };
    let mut rows = Vec::new();
    let domain = cat.domain(item.domain()).map_or("", |d| d.name.get(lang));
    rows.push(row(
        RowKind::Domain,
        l10n.t("catalogue-column-domain"),
        domain.to_string(),
    ));
    for kind in FieldKind::ALL {
        let label = l10n.t(field_label_id(kind));
        rows.push(match item.field(kind) {
            Some(field) => row(RowKind::Field, label, field.text.get(lang).to_string()),
            None => row(
                RowKind::Unspecified,
                label,
                l10n.t("catalogue-not-specified"),
            ),
        });
        if let Some(edition) = item.field(kind).and_then(|f| f.edition.as_deref()) {
            let value = l10n.t_args("catalogue-edition", &[("edition", Arg::Str(edition))]);
            rows.push(row(RowKind::Edition, l10n.t(field_label_id(kind)), value));
        }
    }
    let aliases = item.aliases.get(lang);
    if !aliases.is_empty() {
        let joined = aliases.join(&l10n.t("common-list-separator"));
        rows.push(row(RowKind::Aliases, l10n.t("catalogue-aliases"), joined));
    }
    for source in item.sources() {
        rows.push(row(
            RowKind::Source,
            l10n.t("catalogue-source"),
            source.to_string(),
        ));
    }
    rows.extend(provenance_rows(item, l10n));
    rows
}

/// When the item was last checked, then every superseded text with its source and end.
fn provenance_rows(item: &CatalogueItem, l10n: &Localizer) -> Vec<RecordRow> {
    let checked = match item.checked {
        Some(day) => day.to_string(),
        None => l10n.t("catalogue-checked-never"),
    };
    let mut rows = vec![RecordRow {
        kind: RowKind::Checked,
        label: l10n.t("catalogue-checked"),
        value: checked,
    }];
    rows.extend(item.history.iter().map(|old| RecordRow {
        kind: RowKind::History,
        label: l10n.t("catalogue-history"),
        value: history_value(old, l10n),
    }));
    rows
}

fn history_value(old: &Superseded, l10n: &Localizer) -> String {
    let until = old.until.to_string();
    l10n.t_args(
        "catalogue-history-entry",
        &[
            ("field", Arg::Str(&l10n.t(field_label_id(old.field)))),
            ("until", Arg::Str(&until)),
            ("text", Arg::Str(old.text.get(l10n.lang()))),
            ("source", Arg::Str(&old.source)),
        ],
    )
}
