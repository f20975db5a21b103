//! Output shapes for scripts: aligned tables in the clerk's language, and JSON in which every
//! text carries both languages keyed by locale tag.
use std::io::Write;

use serde::Serialize;

use crate::domain::catalogue::Superseded;
use crate::domain::search::Tier;
use crate::domain::text::display_width;
use crate::domain::{Aliases, Catalogue, CatalogueItem, Date, Field, Text};
use crate::i18n::Localizer;
use crate::i18n::record::record_rows;

/// One item as JSON. An unspecified field is `null`.
#[derive(Serialize)]
pub struct ItemJson<'a> {
    id: String,
    domain: &'static str,
    name: &'a Text,
    aliases: &'a Aliases,
    recipients: Option<FieldJson<'a>>,
    standard: Option<FieldJson<'a>>,
    funding: Option<FieldJson<'a>>,
    department: Option<FieldJson<'a>>,
    materials: Option<FieldJson<'a>>,
    time_limit: Option<FieldJson<'a>>,
    venue: Option<FieldJson<'a>>,
    /// The day the item's content was last checked against its sources; `null` if never.
    checked: Option<Date>,
    /// Texts that newer rules replaced, with the last day each held.
    history: &'a [Superseded],
    #[serde(rename = "match", skip_serializing_if = "Option::is_none")]
    tier: Option<&'static str>,
}

#[derive(Serialize)]
struct FieldJson<'a> {
    #[serde(rename = "zh-CN")]
    zh: &'a str,
    #[serde(rename = "mn-Mong")]
    mn: &'a str,
    source: &'a str,
    edition: Option<&'a str>,
}

fn field_json(field: Option<&Field>) -> Option<FieldJson<'_>> {
    field.map(|f| FieldJson {
        zh: &f.text.zh,
        mn: &f.text.mn,
        source: &f.source,
        edition: f.edition.as_deref(),
    })
}

fn tier_name(tier: Tier) -> &'static str {
    match tier {
        Tier::Exact => "exact",
        Tier::EverydayName => "everyday-name",
        Tier::Prefix => "prefix",
        Tier::Abbreviation => "abbreviation",
        Tier::Substring => "substring",
        Tier::OtherField => "other-field",
    }
}

pub fn item_json(item: &CatalogueItem, tier: Option<Tier>) -> ItemJson<'_> {
    ItemJson {
        id: item.id.to_string(),
        domain: item.domain().as_str(),
        name: &item.name,
        aliases: &item.aliases,
        recipients: field_json(item.recipients.as_ref()),
        standard: field_json(item.standard.as_ref()),
        funding: field_json(item.funding.as_ref()),
        department: field_json(item.department.as_ref()),
        materials: field_json(item.materials.as_ref()),
        time_limit: field_json(item.time_limit.as_ref()),
        venue: field_json(item.venue.as_ref()),
        checked: item.checked,
        history: &item.history,
        tier: tier.map(tier_name),
    }
}

pub fn write_json<T: Serialize>(out: &mut dyn Write, value: &T) -> std::io::Result<()> {
    // Keeps the error's kind, so a closed pipe is still recognised as one.
    serde_json::to_writer_pretty(&mut *out, value).map_err(std::io::Error::from)?;
    writeln!(out)
}

/// Pads `s` with spaces to `width` display cells.
fn pad(s: &str, width: usize) -> String {
    let fill = width.saturating_sub(display_width(s));
    format!("{s}{}", " ".repeat(fill))
}

/// Items as an aligned table: id, name, domain.
pub fn write_table(
    out: &mut dyn Write,
    cat: &Catalogue,
    items: &[&CatalogueItem],
    l10n: &Localizer,
) -> std::io::Result<()> {
    let lang = l10n.lang();
    let name_width = items
        .iter()
        .map(|i| display_width(i.name.get(lang)))
        .max()
        .unwrap_or(0);
    let name_header = l10n.t("catalogue-column-name");
    let name_width = name_width.max(display_width(&name_header));
    writeln!(
        out,
        "{}  {}  {}",
        pad(&l10n.t("catalogue-column-id"), 6),
        pad(&name_header, name_width),
        l10n.t("catalogue-column-domain")
    )?;
    for item in items {
        let domain = cat.domain(item.domain()).map_or("", |d| d.name.get(lang));
        writeln!(
            out,
            "{}  {}  {}",
            item.id,
            pad(item.name.get(lang), name_width),
            domain
        )?;
    }
    Ok(())
}

/// One item's full record, labelled, with an honest note for what no source specifies.
pub fn write_record(
    out: &mut dyn Write,
    cat: &Catalogue,
    item: &CatalogueItem,
    l10n: &Localizer,
) -> std::io::Result<()> {
    let rows = record_rows(cat, item, l10n);
    let width = rows
        .iter()
        .map(|r| display_width(&r.label))
        .max()
        .unwrap_or(0);
    writeln!(out, "{}  {}", item.id, item.name.get(l10n.lang()))?;
    for row in rows {
        writeln!(out, "{}  {}", pad(&row.label, width), row.value)?;
    }
    Ok(())
}

/// `deadline` is the date, or `null` with `deadline_unknown` saying why.
pub fn deadline_json(
    deadline: crate::domain::application::Deadline,
) -> (serde_json::Value, serde_json::Value) {
    (
        serde_json::json!(deadline.date().map(|d| d.to_string())),
        serde_json::json!(deadline.reason_code()),
    )
}
