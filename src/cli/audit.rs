//! `service-desk audit verify` (OK with the count, exit 0; or the first broken entry, exit 3)
//! and `audit list` for a supervisor, filtered by operator, date and record.
use std::io::Write;

use clap::Subcommand;
use serde_json::json;

use super::error::CliError;
use super::operators::{LoginArgs, log_in, write_rows};
use super::{Format, Start};
use crate::domain::Date;
use crate::i18n::{Arg, Localizer};
use crate::service::audit::{self, AuditFilter};
use crate::service::intake::hall_timestamp;
use crate::store::audit::{AuditEntry, Verdict};

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check every entry of the audit trail and its chain; names the first broken entry.
    Verify,
    /// List audit entries (a supervisor acts). The filter on who acted is --actor, since
    /// --operator names the supervisor asking.
    List {
        /// Only entries by this operator.
        #[arg(long)]
        actor: Option<String>,
        /// From this day (YYYY-MM-DD), included.
        #[arg(long)]
        from: Option<String>,
        /// To this day (YYYY-MM-DD), included.
        #[arg(long)]
        to: Option<String>,
        /// Only entries about this receipt number.
        #[arg(long)]
        record: Option<String>,
        #[command(flatten)]
        login: LoginArgs,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

pub fn run(start: &Start, cmd: AuditCommand, out: &mut dyn Write) -> Result<(), CliError> {
    let desk = start.open_desk()?;
    match cmd {
        AuditCommand::Verify => match audit::verify(&desk)? {
            Verdict::Intact { entries } => {
                let said = start
                    .l10n
                    .t_args("security-audit-ok", &[("count", Arg::Num(entries as i64))]);
                writeln!(out, "{said}").map_err(CliError::Output)
            }
            Verdict::Broken { seq, problem } => Err(CliError::AuditBroken { seq, problem }),
        },
        AuditCommand::List {
            actor,
            from,
            to,
            record,
            login,
            format,
        } => {
            let filter = AuditFilter {
                operator: actor,
                from: from.as_deref().map(day).transpose()?,
                to: to.as_deref().map(day).transpose()?,
                record,
            };
            let session = log_in(start, &desk, &login)?;
            let entries = audit::list(&desk, &session, &filter)?;
            let written = match format {
                Format::Json => super::output::write_json(out, &entries_json(&entries)),
                Format::Table => write_table(out, &entries, &start.l10n),
            };
            match written {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => other.map_err(CliError::Output),
            }
        }
    }
}

fn day(text: &str) -> Result<Date, CliError> {
    Date::parse(text.trim()).map_err(|_| CliError::BadDate(text.to_string()))
}

fn entries_json(entries: &[AuditEntry]) -> serde_json::Value {
    entries
        .iter()
        .map(|e| {
            json!({"seq": e.seq, "at": hall_timestamp(e.at), "operator": e.operator,
                   "action": e.action.as_str(), "record": e.record, "detail": e.detail})
        })
        .collect()
}

fn write_table(
    out: &mut dyn Write,
    entries: &[AuditEntry],
    l10n: &Localizer,
) -> std::io::Result<()> {
    let headers = ["seq", "at", "operator", "action", "record", "detail"]
        .map(|c| l10n.t(&format!("security-audit-column-{c}")));
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| {
            vec![
                e.seq.to_string(),
                hall_timestamp(e.at),
                e.operator.clone().unwrap_or_default(),
                l10n.t(&format!("security-action-{}", e.action.as_str())),
                e.record.clone().unwrap_or_default(),
                crate::domain::text::for_terminal(&e.detail, 60),
            ]
        })
        .collect();
    write_rows(out, &headers, &rows)
}
