//! An item's full record as labelled rows in the current language, shared by the CLI's
//! `show` and the TUI's detail pane so both say the same things in the same order.
use super::{Localizer, field_label_id};
use crate::domain::{Catalogue, CatalogueItem, FieldKind};

/// What a row holds, so a front end can style it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    Domain,
    Field,
    /// A field no source specifies: the value says so.
    Unspecified,
    Aliases,
    Source,
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
    rows
}
