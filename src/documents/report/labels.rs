//! The words for the statistics: a row's key as a supervisor reads it (the domain's or item's
//! name, the division's name, a channel or status in words), column headings, and numbers
//! shaped for reading (one decimal place for days, a percentage for the 好评率).
use crate::domain::{Catalogue, Channel, DomainCode, ItemId, Lang, MessageId, Status};
use crate::i18n::Localizer;
use crate::service::intake::division_list;
use crate::service::stats::{By, Summary};

/// A row's key in words, in `lang`.
pub fn key_label(catalogue: &Catalogue, l10n: &Localizer, lang: Lang, by: By, key: &str) -> String {
    let named = match by {
        By::Domain => DomainCode::parse(key)
            .and_then(|code| catalogue.domain(code))
            .map(|d| d.name.get(lang).to_string()),
        By::Item => ItemId::parse(key)
            .ok()
            .and_then(|id| catalogue.item(id))
            .map(|item| format!("{key} {}", item.name.get(lang))),
        By::Region => region_name(key, lang),
        By::Channel => Channel::from_code(key).map(|c| l10n.format(lang, c.message_id(), &[])),
        By::Status => Status::from_code(key).map(|s| l10n.format(lang, s.message_id(), &[])),
        By::Operator if key.is_empty() => Some(l10n.format(lang, "stats-no-operator", &[])),
        By::Operator | By::Month => None,
    };
    named.unwrap_or_else(|| key.to_string())
}

/// The domain's short label, for charts; its code when the catalogue has no such domain.
pub fn domain_short(catalogue: &Catalogue, lang: Lang, code: &str) -> String {
    DomainCode::parse(code)
        .and_then(|c| catalogue.domain(c))
        .map_or_else(|| code.to_string(), |d| d.short.get(lang).to_string())
}

fn region_name(code: &str, lang: Lang) -> Option<String> {
    let division = division_list().ok()?.iter().find(|d| d.code == code)?;
    let name = match (lang, &division.name_mn) {
        (Lang::Mn, Some(mn)) => mn.clone(),
        _ => division.name_zh.clone(),
    };
    Some(format!("{name} {code}"))
}

/// The message id of the heading of the key column.
pub fn by_heading(by: By) -> &'static str {
    match by {
        By::Domain => "stats-by-domain",
        By::Item => "stats-by-item",
        By::Region => "stats-by-region",
        By::Channel => "stats-by-channel",
        By::Status => "stats-by-status",
        By::Operator => "stats-by-operator",
        By::Month => "stats-by-month",
    }
}

/// The number columns, in the order tables show them: message id and value.
pub fn number_columns(summary: &Summary) -> [(&'static str, String); 10] {
    [
        ("stats-column-intakes", summary.intakes.to_string()),
        ("stats-column-completed", summary.completed.to_string()),
        ("stats-column-on-time", summary.on_time.to_string()),
        ("stats-column-overdue", summary.overdue.to_string()),
        ("stats-column-rejected", summary.rejected.to_string()),
        ("stats-column-withdrawn", summary.withdrawn.to_string()),
        ("stats-column-open", summary.open.to_string()),
        (
            "stats-column-outstanding",
            summary.outstanding_intakes.to_string(),
        ),
        (
            "stats-column-average-days",
            days(summary.average_days_to_completion),
        ),
        ("stats-column-good-rate", percent(summary.good_rate)),
    ]
}

/// Days with one decimal place, or a dash when nothing was completed.
pub fn days(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_string(), |d| format!("{d:.1}"))
}

/// A fraction as a percentage with one decimal place, or a dash when there is none.
pub fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_string(), |r| format!("{:.1}%", r * 100.0))
}
