//! `service-desk intake add FILE|-`: an application read from its JSON, checked, numbered and
//! stored; the receipt number and promised deadline printed once it is on disk.
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::json;

use super::error::{CliError, JsonProblem};
use super::messages::say;
use super::{Format, IntakeCommand, Start};
use crate::domain::application::MAX_INPUT_BYTES;
use crate::domain::application::{ApplicationInput, Deadline};
use crate::i18n::{Arg, Localizer};
use crate::service::ServiceError;
use crate::service::context::{Context, SystemClock};
use crate::service::intake::{self, IntakeError, Receipt};

pub fn run(start: &Start, cmd: IntakeCommand, out: &mut dyn Write) -> Result<(), CliError> {
    match cmd {
        IntakeCommand::Add { file, format } => add(start, &file, format, out),
    }
}

fn add(start: &Start, file: &Path, format: Format, out: &mut dyn Write) -> Result<(), CliError> {
    let centre = start
        .config()?
        .config
        .centre_code()
        .cloned()
        .ok_or(CliError::CentreNotSet)?;
    let input = read_input(file)?;
    let desk = start.open_desk()?;
    let ctx = Context::new(Arc::new(SystemClock), start.l10n.lang());
    let receipt = intake::submit(&desk, &ctx, &centre, &input).map_err(|e| match e {
        IntakeError::Invalid(problems) => CliError::IntakeInvalid(problems),
        IntakeError::Store(e) => CliError::Service(ServiceError::Store(e)),
        IntakeError::Seed(e) => CliError::Service(ServiceError::Seed(e)),
        IntakeError::Receipt(e) => CliError::DayFull(e),
        IntakeError::Clock => CliError::Clock,
    })?;
    let written = match format {
        Format::Json => super::output::write_json(out, &receipt_json(&receipt)),
        Format::Table => write_confirmation(out, &receipt, &start.l10n),
    };
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(CliError::Output),
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

/// `deadline` is the date, or `null` with `deadline_unknown` saying why.
pub fn deadline_json(deadline: Deadline) -> (serde_json::Value, serde_json::Value) {
    (
        json!(deadline.date().map(|d| d.to_string())),
        json!(deadline.reason_code()),
    )
}

fn receipt_json(receipt: &Receipt) -> serde_json::Value {
    let (deadline, unknown) = deadline_json(receipt.deadline);
    json!({
        "receipt": receipt.number.to_string(),
        "deadline": deadline,
        "deadline_unknown": unknown,
    })
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
