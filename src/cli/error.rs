//! Errors at the edge: each maps to an exit code from the contract and to a message, in the
//! clerk's language, that says what to do next.
use crate::domain::search::MAX_QUERY_CHARS;
use crate::i18n::{Arg, Localizer};
use crate::service::{ServiceError, StoreError};

/// Exit codes: 0 ok, 1 anything else, 2 usage, 3 rejected input, 4 store problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitStatus {
    Ok = 0,
    Other = 1,
    Usage = 2,
    Rejected = 3,
    Store = 4,
}

#[derive(Debug)]
pub enum CliError {
    Service(ServiceError),
    UnknownId(String),
    UnknownDomain(String),
    EmptyQuery,
    QueryTooLong,
    /// `SERVICE_DESK_LANG` names no language this program speaks.
    BadEnvLang(String),
    /// The TUI cannot run here; the message id says why and what to do instead.
    UnusableTerminal(&'static str),
    Terminal(std::io::Error),
    Output(std::io::Error),
}

impl CliError {
    pub fn status(&self) -> ExitStatus {
        match self {
            CliError::Service(ServiceError::Store(_)) => ExitStatus::Store,
            CliError::Service(ServiceError::NoDataDir) => ExitStatus::Usage,
            CliError::Service(ServiceError::Seed(_)) => ExitStatus::Other,
            CliError::UnknownId(_) | CliError::UnknownDomain(_) => ExitStatus::Rejected,
            CliError::EmptyQuery | CliError::QueryTooLong => ExitStatus::Rejected,
            CliError::BadEnvLang(_) | CliError::UnusableTerminal(_) => ExitStatus::Usage,
            CliError::Terminal(_) | CliError::Output(_) => ExitStatus::Other,
        }
    }

    /// The message for the clerk, in the language `l10n` is in now.
    pub fn message(&self, l10n: &Localizer) -> String {
        match self {
            CliError::Service(ServiceError::Store(e)) => store_message(e, l10n),
            CliError::Service(ServiceError::NoDataDir) => l10n.t("cli-error-no-data-dir"),
            CliError::Service(ServiceError::Seed(e)) => {
                l10n.t_args("cli-error-seed", &[("detail", Arg::Str(&e.to_string()))])
            }
            CliError::UnknownId(id) => {
                l10n.t_args("cli-error-unknown-id", &[("id", Arg::Str(&short(id)))])
            }
            CliError::UnknownDomain(d) => l10n.t_args(
                "cli-error-unknown-domain",
                &[("domain", Arg::Str(&short(d)))],
            ),
            CliError::EmptyQuery => l10n.t("cli-error-empty-query"),
            CliError::BadEnvLang(value) => {
                l10n.t_args("cli-error-env-lang", &[("value", Arg::Str(&short(value)))])
            }
            CliError::QueryTooLong => l10n.t_args(
                "cli-error-query-too-long",
                &[("max", Arg::Num(MAX_QUERY_CHARS as i64))],
            ),
            CliError::UnusableTerminal(id) => l10n.t(id),
            CliError::Terminal(e) => l10n.t_args(
                "cli-error-terminal",
                &[("detail", Arg::Str(&e.to_string()))],
            ),
            CliError::Output(e) => {
                l10n.t_args("cli-error-output", &[("detail", Arg::Str(&e.to_string()))])
            }
        }
    }
}

fn store_message(e: &StoreError, l10n: &Localizer) -> String {
    match e {
        StoreError::InUse(path) => l10n.t_args(
            "cli-error-store-in-use",
            &[("path", Arg::Str(&path.display().to_string()))],
        ),
        StoreError::Corrupt { path, detail } => l10n.t_args(
            "cli-error-store-corrupt",
            &[
                ("path", Arg::Str(&path.display().to_string())),
                ("detail", Arg::Str(detail)),
            ],
        ),
        StoreError::TooNew { path, .. } => l10n.t_args(
            "cli-error-store-too-new",
            &[("path", Arg::Str(&path.display().to_string()))],
        ),
        StoreError::Io { path, source } => l10n.t_args(
            "cli-error-store-io",
            &[
                ("path", Arg::Str(&path.display().to_string())),
                ("detail", Arg::Str(&source.to_string())),
            ],
        ),
    }
}

/// Echoed input is cut so a pasted page does not flood the terminal.
fn short(input: &str) -> String {
    const MAX: usize = 40;
    if input.chars().count() <= MAX {
        return input.to_string();
    }
    let head: String = input.chars().take(MAX).collect();
    format!("{head}…")
}
