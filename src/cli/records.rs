//! `service-desk records`: `list` and `search` (lines, names masked), `show RECEIPT` (one
//! intake as stored, as a table in the clerk's language or as the intake JSON with its
//! receipt, status, times and history), `status`, `rate` and `supply` (one change each),
//! `export` (a supervisor's CSV or JSON lines), and `print RECEIPT` (its receipt, notice or
//! rejection notice written again, and one of them printed).
use std::io::Write;
use std::sync::Arc;

use serde_json::{Value, json};

use super::error::CliError;
use super::operators::{LoginArgs, log_in};
use super::output::deadline_json;
use super::output::write_json;
use super::{Format, ListFormat, PaperFormat, RecordsCommand, Start};
use crate::documents::{self, Kind, PRINT_TIMEOUT, rows::record_rows};
use crate::domain::ReceiptNumber;
use crate::domain::text::{clean_input, display_width, path_for_terminal};
use crate::i18n::{Arg, Localizer};
use crate::service::Desk;
use crate::service::context::Context;
use crate::service::intake::{self, Viewing, hall_timestamp};
use crate::service::records::{self, Listing};
use crate::store::intakes::StoredIntake;

mod change;
mod export;
mod filter;
mod lines;

pub use filter::{FilterArgs, parse_rating, parse_status};

pub fn run(
    start: &Start,
    desk: &Desk,
    cmd: RecordsCommand,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let written = match cmd {
        RecordsCommand::List {
            filter,
            format,
            login,
        } => {
            let ctx = signed_in(start, desk, &login)?;
            let wanted = filter.filter(&operator_name(&ctx))?;
            let listing = records::list(desk, &ctx, &wanted, None, filter.limit)
                .map_err(|e| change::records_error(e, &start.l10n))?;
            write_listing(out, &listing, format, &start.l10n)
        }
        RecordsCommand::Search {
            query,
            filter,
            format,
            login,
        } => {
            if crate::domain::search::is_blank(&query) {
                return Err(CliError::EmptyQuery);
            }
            let ctx = signed_in(start, desk, &login)?;
            let wanted = filter.filter(&operator_name(&ctx))?;
            let listing = records::search(desk, &ctx, &query, &wanted, None, filter.limit)
                .map_err(|e| change::records_error(e, &start.l10n))?;
            write_listing(out, &listing, format, &start.l10n)
        }
        RecordsCommand::Status {
            receipt,
            status,
            note,
            login,
        } => {
            let number = change::receipt(&receipt)?;
            let ctx = signed_in(start, desk, &login)?;
            let record = records::change_status(desk, &ctx, &number, status, &note)
                .map_err(|e| change::records_error(e, &start.l10n))?;
            if record.status == crate::domain::Status::Rejected {
                write_rejection(start, desk, &record)?;
            }
            change::said(out, &start.l10n, "records-status-changed", &record)
                .map_err(Printing::Output)
        }
        RecordsCommand::Rate {
            receipt,
            rating,
            comment,
            login,
        } => {
            let number = change::receipt(&receipt)?;
            let ctx = signed_in(start, desk, &login)?;
            let record = records::rate(desk, &ctx, &number, rating, &comment)
                .map_err(|e| change::records_error(e, &start.l10n))?;
            change::said(out, &start.l10n, "records-rated", &record).map_err(Printing::Output)
        }
        RecordsCommand::Supply {
            receipt,
            material,
            note,
            login,
        } => {
            let number = change::receipt(&receipt)?;
            let ctx = signed_in(start, desk, &login)?;
            // Numbered from 1 as `records show` lists them; 0 is no material.
            let Some(at) = material.checked_sub(1) else {
                let refused = records::RecordsError::NoSuchMaterial(0);
                return Err(change::records_error(refused, &start.l10n));
            };
            let record = records::supply_material(desk, &ctx, &number, at, &note)
                .map_err(|e| change::records_error(e, &start.l10n))?;
            change::said(out, &start.l10n, "records-supplied", &record).map_err(Printing::Output)
        }
        RecordsCommand::Export {
            file,
            format,
            filter,
            login,
        } => {
            let ctx = signed_in(start, desk, &login)?;
            if let Some(session) = ctx.session.as_deref() {
                session.require(crate::domain::operator::Permission::Export)?;
            }
            let wanted = filter.filter(&operator_name(&ctx))?;
            export::export(desk, &ctx, &start.l10n, &wanted, &file, format, out)?;
            Ok(())
        }
        RecordsCommand::Show {
            receipt,
            format,
            login,
        } => {
            let ctx = signed_in(start, desk, &login)?;
            let record = find(desk, &ctx, &receipt, Viewing::Details)?;
            match format {
                Format::Json => write_json(out, &record_json(&record)),
                Format::Table => write_record(out, &record, &start.l10n),
            }
            .map_err(Printing::Output)
        }
        RecordsCommand::Print {
            receipt,
            notice,
            rejection,
            format,
            login,
        } => {
            let kind = match (notice, rejection) {
                (_, true) => Kind::Rejection,
                (true, false) => Kind::Notice,
                (false, false) => Kind::Receipt,
            };
            signed_in(start, desk, &login)
                .map_err(Printing::Cli)
                .and_then(|ctx| print_paper(start, desk, &ctx, &receipt, kind, format, out))
        }
    };
    match written {
        Err(Printing::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(Printing::Output(e)) => Err(CliError::Output(e)),
        Err(Printing::Cli(e)) => Err(e),
        Ok(()) => Ok(()),
    }
}

/// A command's failure: its own, or writing its output.
enum Printing {
    Cli(CliError),
    Output(std::io::Error),
}

impl From<CliError> for Printing {
    fn from(e: CliError) -> Printing {
        Printing::Cli(e)
    }
}

impl From<std::io::Error> for Printing {
    fn from(e: std::io::Error) -> Printing {
        Printing::Output(e)
    }
}

/// The name of the operator `ctx` is signed in as.
fn operator_name(ctx: &Context) -> String {
    ctx.operator
        .as_ref()
        .map(|o| o.name.clone())
        .unwrap_or_default()
}

/// A page of lines in the form asked for; a note on stderr when more lines match than shown.
fn write_listing(
    out: &mut dyn Write,
    listing: &Listing,
    format: ListFormat,
    l10n: &Localizer,
) -> Result<(), Printing> {
    match format {
        ListFormat::Table => lines::write_table(out, &listing.lines, l10n)?,
        ListFormat::Json => {
            let values: Vec<Value> = listing.lines.iter().map(lines::line_json).collect();
            write_json(out, &values)?
        }
        ListFormat::Csv => lines::write_csv(out, &listing.lines)?,
    }
    if listing.lines.is_empty() && format == ListFormat::Table {
        super::print_error(&l10n.t("records-none"));
    }
    if listing.next.is_some() || listing.more_may_match {
        super::print_error(&l10n.t("records-more"));
    }
    if listing.damaged > 0 {
        super::print_error(&l10n.t_args(
            "records-damaged",
            &[("count", Arg::Num(listing.damaged as i64))],
        ));
    }
    Ok(())
}

/// Writes the rejection notice of a record just rejected into the receipts folder, and says
/// where; the rejection stands even when the paper cannot be written (it can be printed
/// again with `records print --rejection`).
fn write_rejection(start: &Start, desk: &Desk, record: &StoredIntake) -> Result<(), CliError> {
    let config = start.config()?;
    match documents::write_for_hall(config, desk.catalogue(), &start.l10n, record) {
        Ok(written) => {
            if let Some(pair) = written.get(Kind::Rejection) {
                let path = path_for_terminal(&pair.text.path);
                super::print_error(
                    &start
                        .l10n
                        .t_args("records-rejection-written", &[("path", Arg::Str(&path))]),
                );
            }
        }
        Err(e) => super::print_error(&e.message(&start.l10n)),
    }
    Ok(())
}

/// The call context of the operator named by `login`, signed in: records hold personal data.
fn signed_in(start: &Start, desk: &Desk, login: &LoginArgs) -> Result<Context, CliError> {
    let session = log_in(start, desk, login)?;
    Ok(super::operators::context(start).signed_in(Arc::new(session)))
}

/// The intake with this receipt number, opened (and the view audited); a number that is not
/// one, or names none, is refused.
fn find(desk: &Desk, ctx: &Context, receipt: &str, why: Viewing) -> Result<StoredIntake, CliError> {
    let number = ReceiptNumber::parse(receipt).map_err(CliError::BadReceipt)?;
    intake::show(desk, ctx, &number, why)
        .map_err(super::error::intake_error)?
        .ok_or_else(|| CliError::RecordNotFound(clean_input(receipt)))
}

/// Writes the papers again, then sends the one asked for to the print command, or to
/// standard output when no print command is configured.
fn print_paper(
    start: &Start,
    desk: &Desk,
    ctx: &Context,
    receipt: &str,
    kind: Kind,
    format: PaperFormat,
    out: &mut dyn Write,
) -> Result<(), Printing> {
    let record = find(desk, ctx, receipt, Viewing::Papers)?;
    let config = start.config()?;
    let written = documents::write_for_hall(config, desk.catalogue(), &start.l10n, &record)
        .map_err(CliError::Documents)?;
    let number = record.receipt.to_string();
    let pair = written.get(kind).ok_or_else(|| match kind {
        Kind::Rejection => CliError::RecordRefused(start.l10n.t_args(
            "records-error-not-rejected",
            &[("receipt", Arg::Str(&number))],
        )),
        _ => CliError::NoNotice(number.clone()),
    })?;
    let file = pair.get(match format {
        PaperFormat::Text => documents::Format::Text,
        PaperFormat::Html => documents::Format::Html,
    });
    let Some(command) = config.config.print_command() else {
        out.write_all(file.body.as_bytes())?;
        return Ok(());
    };
    documents::print(command, &file.path, PRINT_TIMEOUT).map_err(CliError::Print)?;
    let path = path_for_terminal(&file.path);
    super::print_error(
        &start
            .l10n
            .t_args("documents-printed", &[("path", Arg::Str(&path))]),
    );
    Ok(())
}

/// The intake JSON as it was stored, with what the store added to it.
pub fn record_json(record: &StoredIntake) -> Value {
    let mut value = json!(record.application.to_input());
    let (deadline, unknown) = deadline_json(record.deadline);
    let history: Vec<Value> = record
        .history
        .iter()
        .map(|h| {
            let mut step = json!({
                "at": hall_timestamp(h.at),
                "status": h.status.code(),
                "note": h.note,
                "operator": h.operator,
            });
            step["event"] = event_json(h.event);
            step
        })
        .collect();
    if let Value::Object(map) = &mut value {
        map.insert("receipt".into(), json!(record.receipt.to_string()));
        map.insert("status".into(), json!(record.status.code()));
        map.insert(
            "created_at".into(),
            json!(hall_timestamp(record.created_at)),
        );
        map.insert("deadline".into(), deadline);
        map.insert("deadline_unknown".into(), unknown);
        map.insert("operator".into(), json!(record.operator));
        map.insert("history".into(), Value::Array(history));
        // Present once there is something to say, so that a new intake reads back as given.
        if let Some(at) = record.completed_at {
            map.insert("completed_at".into(), json!(hall_timestamp(at)));
        }
        if let Some(r) = &record.rating {
            let rating = json!({
                "rating": r.rating.code(),
                "comment": r.comment,
                "at": hall_timestamp(r.at),
                "operator": r.operator,
            });
            map.insert("rating".into(), rating);
        }
    }
    value
}

/// What a step of the history did, as JSON: `{"status": …}`, `{"material-supplied": n, "was":
/// …, "due": …}` (n from 1, as `records show` numbers materials) or `{"rated": …}`.
fn event_json(event: crate::store::intakes::Event) -> Value {
    use crate::store::intakes::Event;
    match event {
        Event::Status(status) => json!({"status": status.code()}),
        Event::MaterialSupplied { material, was, due } => json!({
            "material-supplied": u64::from(material) + 1,
            "was": match was {
                crate::domain::MaterialKind::Received => "received",
                crate::domain::MaterialKind::Missing => "missing",
                crate::domain::MaterialKind::Deferred => "deferred",
            },
            "due": due.map(|d| d.to_string()),
        }),
        Event::Rated(rating) => json!({"rated": rating.code()}),
    }
}

fn write_record(
    out: &mut dyn Write,
    record: &StoredIntake,
    l10n: &Localizer,
) -> std::io::Result<()> {
    let rows = record_rows(record, l10n);
    let width = rows
        .iter()
        .map(|(l, _)| display_width(l))
        .max()
        .unwrap_or(0);
    for (label, value) in rows {
        let pad = " ".repeat(width - display_width(&label));
        writeln!(out, "{label}{pad}  {value}")?;
    }
    Ok(())
}
