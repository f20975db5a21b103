//! `records status`, `rate` and `supply`: one change to one intake, said back in the
//! clerk's language; a refused change is exit 3 with the reason.
use std::io::Write;

use super::super::CliError;
use super::super::error::intake_error;
use crate::domain::ReceiptNumber;
use crate::domain::text::clean_input;
use crate::i18n::{Arg, Localizer};
use crate::service::operators::OperatorError;
use crate::service::records::RecordsError;

/// A records use case's failure as the command line tells it.
pub fn records_error(e: RecordsError, l10n: &Localizer) -> CliError {
    match e {
        RecordsError::NotFound(receipt) => CliError::RecordNotFound(receipt.to_string()),
        RecordsError::Refused { role, needs } => {
            CliError::Operator(OperatorError::Refused { role, needs })
        }
        RecordsError::Intake(e) => intake_error(e),
        other => CliError::RecordRefused(l10n.say(&other)),
    }
}

/// A receipt number as typed, or the refusal of one that is not one.
pub fn receipt(typed: &str) -> Result<ReceiptNumber, CliError> {
    ReceiptNumber::parse(typed).map_err(|e| match e {
        crate::domain::ReceiptError::Malformed => CliError::RecordNotFound(clean_input(typed)),
        other => CliError::BadReceipt(other),
    })
}

/// Says what was done: `id` with the receipt number and the status now.
pub fn said(
    out: &mut dyn Write,
    l10n: &Localizer,
    id: &str,
    record: &crate::store::intakes::StoredIntake,
) -> std::io::Result<()> {
    let status = l10n.say(&record.status);
    let number = record.receipt.to_string();
    writeln!(
        out,
        "{}",
        l10n.t_args(
            id,
            &[
                ("receipt", Arg::Str(&number)),
                ("status", Arg::Str(&status))
            ]
        )
    )
}
