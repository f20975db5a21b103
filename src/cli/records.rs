//! `service-desk records show RECEIPT`: one intake as stored, as a table in the clerk's
//! language or as the intake JSON with its receipt, status, times and history.
//! `records print RECEIPT`: its receipt and notice written again, and one of them printed.
use std::io::Write;
use std::sync::Arc;

use serde_json::{Value, json};

use super::error::CliError;
use super::operators::{LoginArgs, log_in};
use super::output::deadline_json;
use super::output::write_json;
use super::{Format, PaperFormat, RecordsCommand, Start};
use crate::documents::{self, Kind, PRINT_TIMEOUT, rows::record_rows};
use crate::domain::ReceiptNumber;
use crate::domain::text::{clean_input, display_width, path_for_terminal};
use crate::i18n::{Arg, Localizer};
use crate::service::Desk;
use crate::service::context::Context;
use crate::service::intake::{self, Viewing, hall_timestamp};
use crate::store::intakes::StoredIntake;

pub fn run(
    start: &Start,
    desk: &Desk,
    cmd: RecordsCommand,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let written = match cmd {
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
            format,
            login,
        } => signed_in(start, desk, &login)
            .map_err(Printing::Cli)
            .and_then(|ctx| print_paper(start, desk, &ctx, &receipt, notice, format, out)),
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
    notice: bool,
    format: PaperFormat,
    out: &mut dyn Write,
) -> Result<(), Printing> {
    let record = find(desk, ctx, receipt, Viewing::Papers)?;
    let config = start.config()?;
    let written = documents::write_for_hall(config, desk.catalogue(), &start.l10n, &record)
        .map_err(CliError::Documents)?;
    let kind = if notice { Kind::Notice } else { Kind::Receipt };
    let pair = written
        .get(kind)
        .ok_or_else(|| CliError::NoNotice(record.receipt.to_string()))?;
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
            json!({
                "at": hall_timestamp(h.at),
                "status": h.status.code(),
                "note": h.note,
                "operator": h.operator,
            })
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
    }
    value
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
