//! `service-desk operators init|add|list|disable|passwd`, and how any command learns who is
//! acting and their password: `--operator` / `SERVICE_DESK_OPERATOR`, then the password from
//! `--password-file` / `SERVICE_DESK_PASSWORD_FILE`, `SERVICE_DESK_PASSWORD` (least safe:
//! other processes of the same user can read it) or the terminal, without echo.
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::builder::{OsStringValueParser, TypedValueParser};
use clap::{Args as ClapArgs, Subcommand, ValueEnum};
use serde_json::json;
use zeroize::Zeroizing;

use super::error::CliError;
use super::{Format, Start};
use crate::domain::MessageId;
use crate::domain::operator::{MAX_PASSWORD_BYTES, Role};
use crate::domain::text::display_width;
use crate::i18n::{Arg, Localizer};
use crate::service::Desk;
use crate::service::context::{Context, SystemClock};
use crate::service::intake::hall_timestamp;
use crate::service::operators::{Operators, Session};

/// Who is acting, and where their password comes from.
#[derive(Debug, Clone, ClapArgs)]
pub struct LoginArgs {
    /// The acting operator. Also SERVICE_DESK_OPERATOR.
    #[arg(long, env = "SERVICE_DESK_OPERATOR")]
    pub operator: Option<String>,
    /// A file whose first line is the acting operator's password. Also
    /// SERVICE_DESK_PASSWORD_FILE. Without it: SERVICE_DESK_PASSWORD (least safe), then the
    /// terminal.
    #[arg(long, env = "SERVICE_DESK_PASSWORD_FILE",
          value_parser = OsStringValueParser::new().map(PathBuf::from))]
    pub password_file: Option<PathBuf>,
}

/// Where a new password comes from.
#[derive(Debug, Clone, ClapArgs)]
pub struct NewPasswordArgs {
    /// A file whose first line is the new password. Also SERVICE_DESK_NEW_PASSWORD_FILE.
    /// Without it: SERVICE_DESK_NEW_PASSWORD (least safe), then the terminal (asked twice).
    #[arg(long, env = "SERVICE_DESK_NEW_PASSWORD_FILE",
          value_parser = OsStringValueParser::new().map(PathBuf::from))]
    pub new_password_file: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RoleArg {
    Clerk,
    Supervisor,
}

impl From<RoleArg> for Role {
    fn from(role: RoleArg) -> Role {
        match role {
            RoleArg::Clerk => Role::Clerk,
            RoleArg::Supervisor => Role::Supervisor,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum OperatorsCommand {
    /// Create the store's first supervisor (refused once one exists).
    Init {
        #[arg(long)]
        name: String,
        #[command(flatten)]
        new: NewPasswordArgs,
    },
    /// Add an operator (a supervisor acts).
    Add {
        #[arg(long)]
        name: String,
        #[arg(long, value_enum)]
        role: RoleArg,
        #[command(flatten)]
        login: LoginArgs,
        #[command(flatten)]
        new: NewPasswordArgs,
    },
    /// List operators (a supervisor acts).
    List {
        #[command(flatten)]
        login: LoginArgs,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Disable an operator: they can no longer log in (a supervisor acts).
    Disable {
        name: String,
        #[command(flatten)]
        login: LoginArgs,
    },
    /// Change a password: your own, or (a supervisor) another operator's.
    Passwd {
        name: Option<String>,
        #[command(flatten)]
        login: LoginArgs,
        #[command(flatten)]
        new: NewPasswordArgs,
    },
}

pub fn run(start: &Start, cmd: OperatorsCommand, out: &mut dyn Write) -> Result<(), CliError> {
    let desk = start.open_desk()?;
    let ops = Operators::new(&desk);
    let ctx = context(start);
    let l10n = &start.l10n;
    let done = match cmd {
        OperatorsCommand::Init { name, new } => {
            let password = new_password(&new, l10n)?;
            let (session, sealed) = ops.init_sealing(&ctx, &name, &password)?;
            let done = l10n.t_args("security-init-done", &[("name", Arg::Str(session.name()))]);
            if sealed.intakes + sealed.drafts == 0 {
                done
            } else {
                let count = |n: usize| Arg::Num(i64::try_from(n).unwrap_or(i64::MAX));
                let told = l10n.t_args(
                    "security-init-sealed",
                    &[
                        ("intakes", count(sealed.intakes)),
                        ("drafts", count(sealed.drafts)),
                    ],
                );
                format!("{done}\n{told}")
            }
        }
        OperatorsCommand::Add {
            name,
            role,
            login,
            new,
        } => {
            let session = log_in(start, &desk, &login)?;
            let password = new_password(&new, l10n)?;
            ops.add(&ctx, &session, &name, role.into(), &password)?;
            l10n.t_args("security-add-done", &[("name", Arg::Str(name.trim()))])
        }
        OperatorsCommand::List { login, format } => {
            let session = log_in(start, &desk, &login)?;
            return list(&ops, &session, format, l10n, out);
        }
        OperatorsCommand::Disable { name, login } => {
            let session = log_in(start, &desk, &login)?;
            ops.disable(&ctx, &session, &name)?;
            l10n.t_args("security-disable-done", &[("name", Arg::Str(name.trim()))])
        }
        OperatorsCommand::Passwd { name, login, new } => {
            let session = log_in(start, &desk, &login)?;
            let password = new_password(&new, l10n)?;
            ops.change_password(&ctx, &session, name.as_deref(), &password)?;
            let whose = name.as_deref().unwrap_or(session.name()).trim().to_string();
            l10n.t_args("security-passwd-done", &[("name", Arg::Str(&whose))])
        }
    };
    writeln!(out, "{done}").map_err(CliError::Output)
}

pub(super) fn context(start: &Start) -> Context {
    Context::new(Arc::new(SystemClock), start.l10n.lang())
}

/// Logs the acting operator in, with the password from the first source that gives one.
pub(super) fn log_in(start: &Start, desk: &Desk, login: &LoginArgs) -> Result<Session, CliError> {
    let name = login
        .operator
        .as_deref()
        .filter(|n| !n.trim().is_empty())
        .ok_or(CliError::NoOperatorName)?;
    let password = login_password(login, name, &start.l10n)?;
    let ctx = context(start);
    Ok(Operators::new(desk).login(&ctx, name, &password)?)
}

fn login_password(
    login: &LoginArgs,
    name: &str,
    l10n: &Localizer,
) -> Result<Zeroizing<String>, CliError> {
    if let Some(file) = &login.password_file {
        return password_from_file(file);
    }
    if let Some(value) = std::env::var_os("SERVICE_DESK_PASSWORD") {
        return Ok(Zeroizing::new(value.to_string_lossy().into_owned()));
    }
    let prompt = l10n.t_args("security-prompt-password", &[("name", Arg::Str(name))]);
    from_terminal(&prompt)
}

fn new_password(new: &NewPasswordArgs, l10n: &Localizer) -> Result<Zeroizing<String>, CliError> {
    if let Some(file) = &new.new_password_file {
        return password_from_file(file);
    }
    if let Some(value) = std::env::var_os("SERVICE_DESK_NEW_PASSWORD") {
        return Ok(Zeroizing::new(value.to_string_lossy().into_owned()));
    }
    let first = from_terminal(&l10n.t("security-prompt-new-password"))?;
    let again = from_terminal(&l10n.t("security-prompt-repeat-password"))?;
    if *first != *again {
        return Err(CliError::PasswordsDiffer);
    }
    Ok(first)
}

/// The first line of `file`, without its line ending.
fn password_from_file(file: &Path) -> Result<Zeroizing<String>, CliError> {
    let unreadable = || CliError::PasswordFile(file.to_path_buf());
    let mut bytes = Zeroizing::new(Vec::new());
    std::fs::File::open(file)
        .and_then(|f| {
            f.take(MAX_PASSWORD_BYTES as u64 + 2)
                .read_to_end(&mut bytes)
        })
        .map_err(|_| unreadable())?;
    let text = std::str::from_utf8(&bytes).map_err(|_| unreadable())?;
    let line = text.split('\n').next().unwrap_or_default();
    Ok(Zeroizing::new(
        line.strip_suffix('\r').unwrap_or(line).to_string(),
    ))
}

/// Asks on the terminal without echo; without a terminal there is nobody to ask.
fn from_terminal(prompt: &str) -> Result<Zeroizing<String>, CliError> {
    if !std::io::stdin().is_terminal() {
        return Err(CliError::NoPassword);
    }
    rpassword::prompt_password(format!("{prompt} "))
        .map(Zeroizing::new)
        .map_err(|_| CliError::NoPassword)
}

fn list(
    ops: &Operators,
    session: &Session,
    format: Format,
    l10n: &Localizer,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let all = ops.list(session)?;
    let written = match format {
        Format::Json => {
            let rows: Vec<_> = all
                .iter()
                .map(|o| {
                    json!({"name": o.name, "role": o.role.as_str(), "disabled": o.disabled,
                           "created_at": hall_timestamp(o.created_at), "created_by": o.created_by})
                })
                .collect();
            super::output::write_json(out, &rows)
        }
        Format::Table => {
            let headers = ["name", "role", "state", "created-at", "created-by"]
                .map(|c| l10n.t(&format!("security-operators-column-{c}")));
            let rows: Vec<Vec<String>> = all
                .iter()
                .map(|o| {
                    let state = if o.disabled { "disabled" } else { "active" };
                    vec![
                        o.name.clone(),
                        l10n.t(o.role.message_id()),
                        l10n.t(&format!("security-state-{state}")),
                        hall_timestamp(o.created_at),
                        o.created_by.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            write_rows(out, &headers, &rows)
        }
    };
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(CliError::Output),
    }
}

/// An aligned table: columns padded to their widest cell, in display cells.
pub(super) fn write_rows(
    out: &mut dyn Write,
    headers: &[String],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    let widths: Vec<usize> = (0..headers.len())
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .chain([&headers[c]])
                .map(|s| display_width(s))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[String]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(s, w)| format!("{s}{}", " ".repeat(w.saturating_sub(display_width(s)))))
            .collect();
        padded.join("  ").trim_end().to_string()
    };
    writeln!(out, "{}", line(headers))?;
    for row in rows {
        writeln!(out, "{}", line(row))?;
    }
    Ok(())
}
