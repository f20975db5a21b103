//! `service-desk intake add FILE|-`: an application read from its JSON, checked (refused
//! while the applicant has an open intake for one of its services, unless `--reason` says
//! why), numbered and stored; the receipt number and promised deadline printed once it is on
//! disk, and the receipt (and one-time notice) written into the receipts folder.
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::json;

use super::error::{CliError, JsonProblem};
use super::messages::say;
use super::operators::{LoginArgs, log_in};
use super::output::deadline_json;
use super::{Format, IntakeCommand, Start};
use crate::documents::{DocumentError, Pair, Written};
use crate::domain::application::ApplicationInput;
use crate::domain::application::MAX_INPUT_BYTES;
use crate::domain::text::{clean_input, path_for_terminal};
use crate::i18n::{Arg, Localizer};
use crate::service::context::{Context, SystemClock};
use crate::service::eligibility;
use crate::service::intake::{self, Receipt};

pub fn run(start: &Start, cmd: IntakeCommand, out: &mut dyn Write) -> Result<(), CliError> {
    match cmd {
        IntakeCommand::Add {
            file,
            format,
            reason,
            login,
        } => add(start, &file, format, reason.as_deref(), &login, out),
    }
}

fn add(
    start: &Start,
    file: &Path,
    format: Format,
    reason: Option<&str>,
    login: &LoginArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let config = start.config()?;
    let centre = config
        .config
        .centre_code()
        .cloned()
        .ok_or(CliError::CentreNotSet)?;
    let input = read_input(file)?;
    let desk = start.open_desk()?;
    let session = log_in(start, &desk, login)?;
    let ctx = Context::new(Arc::new(SystemClock), start.l10n.lang()).signed_in(Arc::new(session));
    let input = unless_open(&desk, &ctx, input, reason, &start.l10n)?;
    let receipt =
        intake::submit(&desk, &ctx, &centre, &input).map_err(super::error::intake_error)?;
    // The intake stands whatever happens to its papers: a failure is told, not an exit code
    // that a script would take for a refused intake and submit again.
    let files =
        crate::documents::write_for_hall(config, desk.catalogue(), &start.l10n, &receipt.record);
    if let Err(e) = &files {
        let number = receipt.number.to_string();
        super::print_error(&e.message_after_intake(&start.l10n, &number));
    }
    let written = match format {
        Format::Json => {
            super::output::write_json(out, &receipt_json(&receipt, &files, &start.l10n))
        }
        Format::Table => {
            if let Ok(files) = &files {
                tell_files(files, &start.l10n);
            }
            write_confirmation(out, &receipt, &start.l10n)
        }
    };
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(CliError::Output),
    }
}

/// Refuses an application for a service the applicant has an open intake for, unless a
/// reason is given; the reason goes into the notes after the same fixed prefix the form uses.
fn unless_open(
    desk: &crate::service::Desk,
    ctx: &Context,
    input: ApplicationInput,
    reason: Option<&str>,
    l10n: &Localizer,
) -> Result<ApplicationInput, CliError> {
    let earlier = eligibility::earlier_intakes(desk, ctx, &input.applicant.id_number)
        .map_err(super::error::intake_error)?;
    let open = eligibility::open_for(&earlier, &input.services);
    if open.is_empty() {
        return Ok(input);
    }
    let more = |named: &str, count: usize| {
        l10n.t_args(
            "form-duplicate-receipts-more",
            &[
                ("receipts", Arg::Str(named)),
                ("count", Arg::Num(count as i64)),
            ],
        )
    };
    let receipts = eligibility::receipts_text(&open, &l10n.t("common-list-separator"), more);
    let reason = reason.map(|r| clean_input(r).trim().to_string());
    match reason.filter(|r| !r.is_empty()) {
        None => Err(CliError::OpenIntake(receipts)),
        Some(reason) => {
            let note = l10n.t_args(
                "form-duplicate-note",
                &[
                    ("receipts", Arg::Str(&receipts)),
                    ("reason", Arg::Str(&reason)),
                ],
            );
            Ok(eligibility::with_note(&input, &note))
        }
    }
}

/// The JSON of a file, or of standard input for `-`, read whole up to the cap.
fn read_input(file: &Path) -> Result<ApplicationInput, CliError> {
    let mut bytes = Vec::new();
    let read = if file == Path::new("-") {
        std::io::stdin()
            .lock()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(file).and_then(|f| f.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes))
    };
    read.map_err(|_| CliError::IntakeRead(PathBuf::from(file)))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(CliError::IntakeTooLarge);
    }
    serde_json::from_slice(&bytes).map_err(|e| CliError::IntakeJson(JsonProblem::from_serde(&e)))
}

fn receipt_json(
    receipt: &Receipt,
    files: &Result<Written, DocumentError>,
    l10n: &Localizer,
) -> serde_json::Value {
    let (deadline, unknown) = deadline_json(receipt.deadline);
    let pair = |p: &Pair| json!({"text": p.text.path, "html": p.html.path});
    let (files, error) = match files {
        Ok(w) => (
            json!({"receipt": pair(&w.receipt), "notice": w.notice.as_ref().map(pair)}),
            serde_json::Value::Null,
        ),
        Err(e) => (serde_json::Value::Null, json!(e.message(l10n))),
    };
    json!({
        "receipt": receipt.number.to_string(),
        "deadline": deadline,
        "deadline_unknown": unknown,
        "files": files,
        "files_error": error,
    })
}

/// Where the papers are, on stderr: standard output keeps the confirmation alone.
fn tell_files(files: &Written, l10n: &Localizer) {
    let saved = |id: &str, pair: &Pair| {
        let path = path_for_terminal(&pair.text.path);
        super::print_error(&l10n.t_args(id, &[("path", Arg::Str(&path))]));
    };
    saved("documents-saved", &files.receipt);
    if let Some(notice) = &files.notice {
        saved("documents-saved-notice", notice);
    }
}

fn write_confirmation(
    out: &mut dyn Write,
    receipt: &Receipt,
    l10n: &Localizer,
) -> std::io::Result<()> {
    let number = receipt.number.to_string();
    writeln!(
        out,
        "{}",
        l10n.t_args("cli-intake-added", &[("receipt", Arg::Str(&number))])
    )?;
    let deadline = say(l10n, &receipt.deadline);
    writeln!(
        out,
        "{}",
        l10n.t_args(
            "cli-intake-added-deadline",
            &[("deadline", Arg::Str(&deadline))]
        )
    )
}
