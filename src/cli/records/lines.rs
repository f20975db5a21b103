//! Lines of intakes as `records list`, `search` and `export` print them: an aligned table in
//! the clerk's language (overdue and soon-due lines marked in words, so it reads without
//! colour), JSON, or CSV written by the `csv` crate.
use std::io::Write;

use serde_json::{Value, json};

use crate::cli::output::deadline_json;
use crate::domain::text::display_width;
use crate::i18n::Localizer;
use crate::service::intake::hall_timestamp;
use crate::service::records::{Line, Urgency};

/// The columns of CSV and the keys of JSON, in order.
pub const FIELDS: [&str; 13] = [
    "receipt",
    "accepted_on",
    "name",
    "services",
    "status",
    "deadline",
    "urgency",
    "operator",
    "outstanding",
    "channel",
    "completed_at",
    "rating",
    "deadline_unknown",
];

pub fn urgency_code(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Overdue => "overdue",
        Urgency::DueSoon => "due-soon",
        Urgency::OnTrack => "on-track",
        Urgency::NoDeadline => "no-deadline",
        Urgency::Closed => "closed",
    }
}

/// One line as a JSON object with the keys of [`FIELDS`].
pub fn line_json(line: &Line) -> Value {
    let (deadline, unknown) = deadline_json(line.deadline);
    json!({
        "receipt": line.receipt.to_string(),
        "accepted_on": line.accepted_on.to_string(),
        "name": line.name,
        "services": line.services,
        "status": line.status.code(),
        "deadline": deadline,
        "urgency": urgency_code(line.urgency),
        "operator": line.operator,
        "outstanding": line.outstanding,
        "channel": line.channel.code(),
        "completed_at": line.completed_at.map(hall_timestamp),
        "rating": line.rating.map(|r| r.code()),
        "deadline_unknown": unknown,
    })
}

/// One line as the cells of a CSV row, in the order of [`FIELDS`].
pub fn line_cells(line: &Line) -> Vec<String> {
    let value = line_json(line);
    FIELDS
        .iter()
        .map(|key| match &value[*key] {
            Value::Null => String::new(),
            Value::String(s) => s.clone(),
            Value::Array(items) => items
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(" "),
            other => other.to_string(),
        })
        .collect()
}

/// Lines as CSV with a header row.
pub fn write_csv(out: &mut dyn Write, lines: &[Line]) -> std::io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(FIELDS)?;
    for line in lines {
        csv.write_record(line_cells(line))?;
    }
    csv.flush()
}

fn marker(urgency: Urgency, l10n: &Localizer) -> String {
    match urgency {
        Urgency::Overdue => format!("!! {}", l10n.t("records-urgency-overdue")),
        Urgency::DueSoon => format!("! {}", l10n.t("records-urgency-due-soon")),
        _ => String::new(),
    }
}

fn cells(line: &Line, l10n: &Localizer) -> Vec<String> {
    vec![
        line.receipt.to_string(),
        line.accepted_on.to_string(),
        line.name.clone(),
        line.services.join(" "),
        l10n.say(&line.status),
        line.deadline
            .date()
            .map_or_else(|| l10n.t("records-deadline-none"), |d| d.to_string()),
        marker(line.urgency, l10n),
    ]
}

/// Lines as a table with a header, columns padded to their widest cell.
pub fn write_table(out: &mut dyn Write, lines: &[Line], l10n: &Localizer) -> std::io::Result<()> {
    let header: Vec<String> = [
        "records-label-receipt",
        "records-column-accepted",
        "records-column-name",
        "records-column-services",
        "records-label-status",
        "records-label-deadline",
        "records-column-urgency",
    ]
    .iter()
    .map(|id| l10n.t(id))
    .collect();
    let rows: Vec<Vec<String>> = std::iter::once(header)
        .chain(lines.iter().map(|l| cells(l, l10n)))
        .collect();
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|c| rows.iter().map(|r| display_width(&r[c])).max().unwrap_or(0))
        .collect();
    for row in &rows {
        let mut text = String::new();
        for (c, cell) in row.iter().enumerate() {
            text.push_str(cell);
            if c + 1 < row.len() {
                text.push_str(&" ".repeat(widths[c] - display_width(cell) + 2));
            }
        }
        writeln!(out, "{}", text.trim_end())?;
    }
    Ok(())
}
