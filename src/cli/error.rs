//! Errors at the edge: each maps to an exit code from the contract and to a message, in the
//! clerk's language, that says what to do next.
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use super::messages::say;
use crate::domain::ReceiptError;
use crate::domain::application::{FieldProblem, MAX_INPUT_BYTES};
use crate::domain::config::SettingError;
use crate::domain::search::MAX_QUERY_CHARS;
use crate::domain::text::{for_terminal, path_for_terminal};
use crate::i18n::{Arg, Localizer};
use crate::service::audit::Break;
use crate::service::config::ConfigError;
use crate::service::operators::OperatorError;
use crate::service::{ServiceError, StoreError};

mod config;
mod security;

use config::{config_message, config_status, setting_message};

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
    /// The configuration file cannot be read, has a fault, or could not be saved.
    Config(ConfigError),
    /// `config set` was given a key or a value it does not allow.
    Setting(SettingError),
    /// Work that puts the hall's code on paper (receipt numbers) and no code is configured.
    CentreNotSet,
    /// The application file could not be read.
    IntakeRead(PathBuf),
    /// The application file is larger than any application.
    IntakeTooLarge,
    /// The application is not intake JSON (syntax, a wrong type, or a field it does not know).
    IntakeJson(JsonProblem),
    /// Fields of the application that must change; nothing was stored.
    IntakeInvalid(Vec<FieldProblem>),
    /// The applicant has open intakes (these receipts) for a service applied for, and no
    /// `--reason` was given.
    OpenIntake(String),
    /// No receipt number is left for today.
    DayFull(ReceiptError),
    /// The system clock gives no usable date.
    Clock,
    /// A receipt number that is not one.
    BadReceipt(ReceiptError),
    /// No intake has this receipt number.
    RecordNotFound(String),
    /// The receipt or notice files could not be written.
    Documents(crate::documents::DocumentError),
    /// The print command could not print; the file is kept.
    Print(crate::documents::PrintError),
    /// A notice was asked for an intake with nothing outstanding.
    NoNotice(String),
    /// Operators: a refused login or action, or a name or password that will not do.
    Operator(OperatorError),
    /// A command that needs an operator was not told who is acting.
    NoOperatorName,
    /// No password source gave a password and there is no terminal to ask.
    NoPassword,
    /// A password file that cannot be read.
    PasswordFile(PathBuf),
    /// The new password typed twice differs.
    PasswordsDiffer,
    /// A date filter that is not YYYY-MM-DD.
    BadDate(String),
    /// A backup or restore refused, already told in the clerk's language.
    Archive {
        status: ExitStatus,
        message: String,
    },
    /// A catalogue revision or import refused, already told in the clerk's language.
    Catalogue {
        status: ExitStatus,
        message: String,
    },
    /// Statistics refused (a period that ends before it starts, a month that is none, no
    /// supervisor), already told in the clerk's language.
    Stats {
        status: ExitStatus,
        message: String,
    },
    /// A change to a record that the workflow or the record refuses, told in the clerk's
    /// language.
    RecordRefused(String),
    /// `audit verify` found a broken entry.
    AuditBroken {
        seq: u64,
        problem: Break,
    },
}

impl From<OperatorError> for CliError {
    fn from(e: OperatorError) -> CliError {
        match e {
            OperatorError::Store(e) => CliError::Service(ServiceError::Store(e)),
            other => CliError::Operator(other),
        }
    }
}

impl CliError {
    pub fn status(&self) -> ExitStatus {
        match self {
            CliError::Service(ServiceError::Store(e)) => store_status(e),
            CliError::Service(ServiceError::NoDataDir) => ExitStatus::Usage,
            CliError::Service(ServiceError::Seed(_)) => ExitStatus::Other,
            CliError::UnknownId(_) | CliError::UnknownDomain(_) => ExitStatus::Rejected,
            CliError::EmptyQuery | CliError::QueryTooLong => ExitStatus::Rejected,
            CliError::BadEnvLang(_) | CliError::UnusableTerminal(_) => ExitStatus::Usage,
            CliError::Terminal(_) | CliError::Output(_) => ExitStatus::Other,
            CliError::Config(e) => config_status(e),
            CliError::Setting(_) => ExitStatus::Rejected,
            CliError::CentreNotSet => ExitStatus::Usage,
            CliError::IntakeRead(_) | CliError::IntakeTooLarge | CliError::IntakeJson(_) => {
                ExitStatus::Rejected
            }
            CliError::IntakeInvalid(_) | CliError::BadReceipt(_) => ExitStatus::Rejected,
            CliError::OpenIntake(_) => ExitStatus::Rejected,
            CliError::RecordNotFound(_) | CliError::NoNotice(_) => ExitStatus::Rejected,
            CliError::Documents(_) | CliError::Print(_) => ExitStatus::Other,
            CliError::DayFull(_) => ExitStatus::Store,
            CliError::Clock => ExitStatus::Other,
            CliError::Operator(e) => security::operator_status(e),
            CliError::NoOperatorName | CliError::NoPassword => ExitStatus::Usage,
            CliError::PasswordFile(_) | CliError::PasswordsDiffer => ExitStatus::Rejected,
            CliError::BadDate(_) | CliError::AuditBroken { .. } => ExitStatus::Rejected,
            CliError::Archive { status, .. }
            | CliError::Catalogue { status, .. }
            | CliError::Stats { status, .. } => *status,
            CliError::RecordRefused(_) => ExitStatus::Rejected,
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
            CliError::Output(e) => l10n.t(output_message_id(e.kind())),
            CliError::Config(e) => config_message(e, l10n),
            CliError::Setting(e) => setting_message(e, l10n),
            CliError::CentreNotSet => l10n.t("config-error-centre-not-set"),
            CliError::IntakeRead(path) => {
                l10n.t_args("cli-intake-error-read", &[("path", Arg::Str(&shown(path)))])
            }
            CliError::IntakeTooLarge => l10n.t_args(
                "cli-intake-error-file-too-large",
                &[("max", Arg::Num(MAX_INPUT_BYTES as i64))],
            ),
            CliError::IntakeJson(problem) => json_message(problem, l10n),
            CliError::IntakeInvalid(problems) => problems_message(problems, l10n),
            CliError::OpenIntake(receipts) => {
                l10n.t_args("cli-intake-error-open", &[("receipt", Arg::Str(receipts))])
            }
            CliError::DayFull(e) | CliError::BadReceipt(e) => say(l10n, e),
            CliError::Clock => l10n.t("cli-intake-error-clock"),
            CliError::RecordNotFound(receipt) => l10n.t_args(
                "records-error-not-found",
                &[("receipt", Arg::Str(&short(receipt)))],
            ),
            CliError::Documents(e) => e.message(l10n),
            CliError::Print(e) => e.message(l10n),
            CliError::NoNotice(receipt) => l10n.t_args(
                "documents-error-no-notice",
                &[("receipt", Arg::Str(&short(receipt)))],
            ),
            CliError::Operator(e) => security::operator_message(e, l10n),
            CliError::NoOperatorName => l10n.t("security-error-no-operator"),
            CliError::NoPassword => l10n.t("security-error-no-password"),
            CliError::PasswordFile(path) => l10n.t_args(
                "security-error-password-file",
                &[("path", Arg::Str(&shown(path)))],
            ),
            CliError::PasswordsDiffer => l10n.t("security-error-passwords-differ"),
            CliError::BadDate(value) => l10n.t_args(
                "security-error-bad-date",
                &[("value", Arg::Str(&short(value)))],
            ),
            CliError::AuditBroken { seq, problem } => {
                security::broken_message(*seq, *problem, l10n)
            }
            CliError::Archive { message, .. }
            | CliError::Catalogue { message, .. }
            | CliError::Stats { message, .. } => message.clone(),
            CliError::RecordRefused(message) => message.clone(),
        }
    }
}

/// An intake use case's failure as the command line tells it.
pub(super) fn intake_error(e: crate::service::intake::IntakeError) -> CliError {
    match e {
        crate::service::intake::IntakeError::Invalid(problems) => CliError::IntakeInvalid(problems),
        crate::service::intake::IntakeError::Store(e) => CliError::Service(ServiceError::Store(e)),
        crate::service::intake::IntakeError::Seed(e) => CliError::Service(ServiceError::Seed(e)),
        crate::service::intake::IntakeError::Receipt(e) => CliError::DayFull(e),
        crate::service::intake::IntakeError::Clock => CliError::Clock,
        crate::service::intake::IntakeError::SignInRequired => CliError::NoOperatorName,
        crate::service::intake::IntakeError::Sealing(detail) => CliError::Operator(
            OperatorError::Key(crate::service::keys::KeyError::Random(detail)),
        ),
    }
}

/// Cells of a JSON parser's complaint: it quotes the input, so it is capped.
const DETAIL_COLS: usize = 160;

/// Why an application file is not intake JSON, told apart so the clerk reads the common cases
/// (a misspelt or missing field, broken syntax) in their own language.
#[derive(Debug, PartialEq, Eq)]
pub enum JsonProblem {
    UnknownField {
        field: String,
        line: usize,
    },
    MissingField {
        field: String,
    },
    Syntax {
        line: usize,
    },
    /// A wrong type or value: the parser's own wording is shown as the detail.
    Other(String),
}

impl JsonProblem {
    pub fn from_serde(e: &serde_json::Error) -> JsonProblem {
        use serde_json::error::Category;
        let message = e.to_string();
        // The parser names the field between backticks: "unknown field `extra`, expected …".
        let named = |prefix: &str| {
            message
                .strip_prefix(prefix)
                .and_then(|rest| rest.split('`').next())
                .map(str::to_string)
        };
        match e.classify() {
            Category::Syntax | Category::Eof => JsonProblem::Syntax { line: e.line() },
            Category::Data => match (named("unknown field `"), named("missing field `")) {
                (Some(field), _) => JsonProblem::UnknownField {
                    field,
                    line: e.line(),
                },
                (None, Some(field)) => JsonProblem::MissingField { field },
                (None, None) => JsonProblem::Other(message),
            },
            Category::Io => JsonProblem::Other(message),
        }
    }
}

fn json_message(problem: &JsonProblem, l10n: &Localizer) -> String {
    match problem {
        JsonProblem::UnknownField { field, line } => l10n.t_args(
            "cli-intake-error-json-unknown-field",
            &[
                ("field", Arg::Str(&short(field))),
                ("line", Arg::Num(*line as i64)),
            ],
        ),
        JsonProblem::MissingField { field } => l10n.t_args(
            "cli-intake-error-json-missing-field",
            &[("field", Arg::Str(&short(field)))],
        ),
        JsonProblem::Syntax { line } => l10n.t_args(
            "cli-intake-error-json-syntax",
            &[("line", Arg::Num(*line as i64))],
        ),
        JsonProblem::Other(detail) => l10n.t_args(
            "cli-intake-error-json",
            &[("detail", Arg::Str(&for_terminal(detail, DETAIL_COLS)))],
        ),
    }
}

/// Every problem, one per line, each naming its field in the clerk's words and as a path.
fn problems_message(problems: &[FieldProblem], l10n: &Localizer) -> String {
    let mut lines = vec![l10n.t_args(
        "cli-intake-error-invalid",
        &[("count", Arg::Num(problems.len() as i64))],
    )];
    for problem in problems {
        let field = say(l10n, &problem.path);
        let path = problem.path.to_string();
        let message = say(l10n, &problem.problem);
        lines.push(l10n.t_args(
            "cli-intake-error-problem",
            &[
                ("field", Arg::Str(&field)),
                ("path", Arg::Str(&path)),
                ("message", Arg::Str(&message)),
            ],
        ));
    }
    lines.join("\n")
}

/// Input too large for a record, or a record already stored, is the clerk's to fix (exit 3);
/// a fault in the program is not a store problem (exit 1).
fn store_status(e: &StoreError) -> ExitStatus {
    match e {
        StoreError::TooLarge { .. } | StoreError::Duplicate { .. } => ExitStatus::Rejected,
        StoreError::Internal { .. } => ExitStatus::Other,
        _ => ExitStatus::Store,
    }
}

/// A path as echoed to the terminal: no control characters or escape sequences, capped in width.
fn shown(path: &Path) -> String {
    path_for_terminal(path)
}

/// What happened and what to do next, without OS error text or sled and bincode internals.
pub(crate) fn store_message(e: &StoreError, l10n: &Localizer) -> String {
    let at = |id: &str, path: &Path| l10n.t_args(id, &[("path", Arg::Str(&shown(path)))]);
    match e {
        StoreError::InUse(path) => at("cli-error-store-in-use", path),
        StoreError::Corrupt { path, .. } => at("cli-error-store-corrupt", path),
        StoreError::DamagedRecord { path, .. } => at("cli-error-record-damaged", path),
        StoreError::Lost { path, .. } => at("cli-error-store-lost", path),
        StoreError::TooNew { path, .. } | StoreError::NewerRecord { path, .. } => {
            at("cli-error-store-too-new", path)
        }
        StoreError::NotAFolder { path } => at("cli-error-store-not-folder", path),
        StoreError::NotAFile { path } => at("cli-error-store-not-file", path),
        StoreError::Unsupported { path, .. } => at("cli-error-store-unsupported", path),
        StoreError::Internal { path, .. } => at("cli-error-store-internal", path),
        StoreError::TooLarge { size, max, .. } => l10n.t_args(
            "cli-error-store-too-large",
            &[
                ("size", Arg::Num(*size as i64)),
                ("max", Arg::Num(*max as i64)),
            ],
        ),
        StoreError::Duplicate { .. } => l10n.t("cli-error-store-duplicate"),
        StoreError::Io { path, source } => at(store_io_message_id(source.kind()), path),
    }
}

fn store_io_message_id(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::PermissionDenied => "cli-error-store-permission",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "cli-error-store-full",
        ErrorKind::ReadOnlyFilesystem => "cli-error-store-read-only",
        ErrorKind::NotADirectory | ErrorKind::AlreadyExists => "cli-error-store-not-folder",
        _ => "cli-error-store-io",
    }
}

fn output_message_id(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "cli-error-output-full",
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
            "cli-error-output-permission"
        }
        _ => "cli-error-output",
    }
}

/// Cells an echoed value may take: enough to recognise it, not enough to flood.
const ECHO_COLS: usize = 40;

/// Input echoed in a message: no escapes or invisible characters, cut to [`ECHO_COLS`].
pub(super) fn short(input: &str) -> String {
    for_terminal(input, ECHO_COLS)
}

#[cfg(test)]
mod json_tests {
    use super::*;

    fn problem(text: &str) -> JsonProblem {
        let e = serde_json::from_str::<crate::domain::application::ApplicationInput>(text)
            .expect_err("the text is not an application");
        JsonProblem::from_serde(&e)
    }

    #[test]
    fn a_misspelt_field_is_named_with_its_line() {
        let text = "{\n\"applicant\": {\"name\": \"x\"},\n\"servces\": []}";
        assert_eq!(
            problem(text),
            JsonProblem::UnknownField {
                field: "servces".into(),
                line: 3
            }
        );
    }

    #[test]
    fn broken_syntax_names_its_line_and_a_wrong_type_keeps_the_detail() {
        assert_eq!(
            problem("{\n\"applicant\": {,}"),
            JsonProblem::Syntax { line: 2 }
        );
        assert!(matches!(
            problem("{\"services\": 7}"),
            JsonProblem::Other(detail) if detail.contains("invalid type")
        ));
    }

    #[test]
    fn every_json_problem_is_said_in_both_languages_without_the_parsers_words() {
        let unknown = JsonProblem::UnknownField {
            field: "servces".into(),
            line: 3,
        };
        for lang in crate::domain::Lang::ALL {
            let l10n = Localizer::new(lang).unwrap();
            let said = json_message(&unknown, &l10n);
            assert!(said.contains("servces") && said.contains('3'), "{said}");
            assert!(!said.contains("expected one of"), "{said}");
        }
    }
}
