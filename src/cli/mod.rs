//! Command line: the flags both front ends share, and the subcommands (`catalogue
//! list|search|show|history|export|import`, `config show|set`, `intake add`, `records list|search|show|status|rate|supply|export|print`, `operators`, `audit`, `stats`) that serve
//! scripts and tests. Parses flags apart from
//! validated settings, and reads the hall's configuration file once, at start.
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::{OsStringValueParser, TypedValueParser};
use clap::{Parser, Subcommand, ValueEnum};

use crate::domain::Lang;
use crate::domain::text::lines_for_terminal;
use crate::i18n::{Localizer, choose_lang};
use crate::service::config::{self as hall_config, ConfigError, LoadedConfig, config_path};
use crate::service::{Desk, OpenOptions, store_path};

mod audit;
pub mod backup;
mod catalogue;
mod config;
mod error;
mod intake;
mod messages;
mod notice;
pub(crate) mod operators;
mod output;
mod records;
mod stats;

pub use error::{CliError, ExitStatus};
pub use notice::notice_message_id;

/// Raw flags as typed.
#[derive(Debug, Parser)]
#[command(
    name = "service-desk",
    version,
    about = "Public-service counter: catalogue lookup and intake"
)]
pub struct Args {
    /// Language: zh-CN (default) or mn-Mong. Also SERVICE_DESK_LANG.
    #[arg(long, global = true, value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Store folder. Also SERVICE_DESK_DB; empty or unset: the platform data folder.
    #[arg(long, global = true, value_parser = OsStringValueParser::new().map(PathBuf::from))]
    pub db: Option<PathBuf>,
    /// Configuration file. Also SERVICE_DESK_CONFIG; empty or unset: the platform config
    /// folder (~/.config/service-desk/config.toml on Linux).
    #[arg(long, global = true, value_parser = OsStringValueParser::new().map(PathBuf::from))]
    pub config: Option<PathBuf>,
    /// Page cache of the store in MiB (small machines: keep it small).
    #[arg(long, global = true, default_value_t = 4)]
    pub cache_mib: u64,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Look up the basic public service catalogue.
    #[command(subcommand)]
    Catalogue(CatalogueCommand),
    /// Show or change the hall's settings (centre code, window, language, printing, ...).
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Register an application for one or more services.
    #[command(subcommand)]
    Intake(IntakeCommand),
    /// Follow intakes: list, search, show, move on, rate, supply, export, print.
    #[command(subcommand)]
    Records(RecordsCommand),
    /// Operator accounts: the first supervisor, adding, listing, disabling, passwords.
    #[command(subcommand)]
    Operators(operators::OperatorsCommand),
    /// The supervisor's numbers by domain, item, region, channel, status, operator or month;
    /// the monthly report; rebuilding the counters (a supervisor acts).
    Stats(stats::StatsArgs),
    /// Check the audit trail, or list it (a supervisor acts).
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// Write an encrypted, self-checking archive of the whole store (a supervisor acts).
    Backup {
        #[command(flatten)]
        archive: backup::ArchiveArgs,
        #[command(flatten)]
        login: operators::LoginArgs,
    },
    /// Put the store an archive holds in place of this one, once the whole archive checks
    /// (a supervisor of this store acts; the store as it was is kept beside it).
    Restore {
        #[command(flatten)]
        archive: backup::ArchiveArgs,
        #[command(flatten)]
        login: operators::LoginArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum IntakeCommand {
    /// Check, number and store an application given as intake JSON (see README); prints the
    /// receipt number once it is on disk.
    Add {
        /// The JSON file, or - for standard input.
        #[arg(value_parser = OsStringValueParser::new().map(PathBuf::from))]
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Why the intake is taken although the applicant has an open intake for one of its
        /// services; kept in the notes. Without it such an intake is refused.
        #[arg(long)]
        reason: Option<String>,
        #[command(flatten)]
        login: operators::LoginArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum RecordsCommand {
    /// Intakes newest first (or by deadline), one line each, names masked.
    List {
        #[command(flatten)]
        filter: records::FilterArgs,
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
        #[command(flatten)]
        login: operators::LoginArgs,
    },
    /// Find intakes by receipt number (whole or its last digits), ID number (whole or its
    /// last 4-6 characters), name (either script, or its pinyin) or phone.
    Search {
        query: String,
        #[command(flatten)]
        filter: records::FilterArgs,
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
        #[command(flatten)]
        login: operators::LoginArgs,
    },
    /// One intake by its receipt number, e.g. 150102-20261202-0001.
    Show {
        receipt: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        #[command(flatten)]
        login: operators::LoginArgs,
    },
    /// Move an intake on: accepted, in-progress, completed, rejected (needs --note, the
    /// reason) or withdrawn.
    Status {
        receipt: String,
        #[arg(value_parser = records::parse_status)]
        status: crate::domain::Status,
        #[arg(long, default_value = "")]
        note: String,
        #[command(flatten)]
        login: operators::LoginArgs,
    },
    /// Record the applicant's rating of a completed intake: very-satisfied, satisfied,
    /// basically-satisfied, dissatisfied or very-dissatisfied.
    Rate {
        receipt: String,
        #[arg(value_parser = records::parse_rating)]
        rating: crate::domain::Rating,
        #[arg(long, default_value = "")]
        comment: String,
        #[command(flatten)]
        login: operators::LoginArgs,
    },
    /// Record that the outstanding material N (as `records show` numbers them, from 1) was
    /// handed in.
    Supply {
        receipt: String,
        material: usize,
        #[arg(long, default_value = "")]
        note: String,
        #[command(flatten)]
        login: operators::LoginArgs,
    },
    /// Write the intakes a filter keeps to FILE (or - for standard output) as CSV or JSON
    /// lines (a supervisor acts).
    Export {
        #[arg(value_parser = OsStringValueParser::new().map(PathBuf::from))]
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
        format: ExportFormat,
        #[command(flatten)]
        filter: records::FilterArgs,
        #[command(flatten)]
        login: operators::LoginArgs,
    },
    /// Write an intake's receipt (and one-time notice, or rejection notice) again and print
    /// one: with the configured print-command, or to standard output when none is set.
    Print {
        receipt: String,
        /// The one-time notice instead of the receipt.
        #[arg(long, conflicts_with = "rejection")]
        notice: bool,
        /// The rejection notice (不予受理告知书) of a rejected intake.
        #[arg(long)]
        rejection: bool,
        #[arg(long, value_enum, default_value_t = PaperFormat::Text)]
        format: PaperFormat,
        #[command(flatten)]
        login: operators::LoginArgs,
    },
}

/// How `records list` and `records search` print.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
    Csv,
}

/// What `records export` writes: CSV with a header row, or one JSON object per line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
}

/// The form of a printed paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PaperFormat {
    Text,
    Html,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Each setting, its value, and whether it comes from the file or is the default.
    Show {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Set one key in the configuration file, keeping the file's comments and order.
    Set {
        /// centre-code, centre-name, window, lang, receipts-dir, print-command or
        /// idle-lock-minutes.
        key: String,
        #[arg(allow_hyphen_values = true)]
        value: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum CatalogueCommand {
    /// List items, optionally of one domain (EDU EMP INS HEA SOC HOU CUL DIS).
    List {
        #[arg(long)]
        domain: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Search by Chinese, pinyin, abbreviation, Mongolian or its Latin transliteration.
    Search {
        query: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Show one item by id, e.g. EDU-01.
    Show {
        id: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// An item's revisions, newest first, with the text each replaced, and any conflict
    /// with the built-in catalogue; without an id, every item's.
    History {
        id: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Write the catalogue as it stands, both languages side by side, to a TOML file for
    /// review (- for standard output).
    Export {
        #[arg(value_parser = OsStringValueParser::new().map(PathBuf::from))]
        file: PathBuf,
    },
    /// Read a reviewed TOML file back: shows each change, and stores them as revisions only
    /// with --yes or when confirmed on a terminal (a supervisor acts).
    Import {
        #[arg(value_parser = OsStringValueParser::new().map(PathBuf::from))]
        file: PathBuf,
        /// Store the changes without asking.
        #[arg(long)]
        yes: bool,
        /// The source of changes whose field names none (the name, everyday names).
        #[arg(long)]
        source: Option<String>,
        /// The day the changes apply from (YYYY-MM-DD), unless the file says `effective`.
        #[arg(long)]
        effective: Option<String>,
        #[command(flatten)]
        login: operators::LoginArgs,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
}

/// The value is not repeated here: clap shows it, and the whole usage error is cleaned and
/// capped before it is printed.
fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| "unknown language; use zh-CN or mn-Mong".to_string())
}

/// Settings validated from the raw flags and the environment.
struct Settings {
    db: PathBuf,
    open: OpenOptions,
}

/// What the environment says, read once.
struct Env {
    /// `SERVICE_DESK_LANG` when set and not blank. A value that is not UTF-8 is kept in its
    /// lossy form: the replacement character in it never parses as a language, so it is
    /// refused as a usage error like any other value that names none.
    lang: Option<String>,
    db: Option<PathBuf>,
    config: Option<PathBuf>,
}

impl Env {
    fn read() -> Env {
        Env {
            lang: std::env::var_os("SERVICE_DESK_LANG")
                .map(|v| v.to_string_lossy().into_owned())
                .filter(|v| !v.trim().is_empty()),
            db: std::env::var_os("SERVICE_DESK_DB").map(PathBuf::from),
            config: std::env::var_os("SERVICE_DESK_CONFIG").map(PathBuf::from),
        }
    }
}

/// A `SERVICE_DESK_LANG` that names no language is refused unless `--lang` overrides it.
fn check_env_lang(args: &Args, env: &Env) -> Result<(), CliError> {
    if args.lang.is_none() {
        if let Some(value) = env.lang.as_deref().filter(|v| Lang::parse(v).is_none()) {
            return Err(CliError::BadEnvLang(value.to_string()));
        }
    }
    Ok(())
}

fn settings(args: &Args, env: &Env) -> Result<Settings, CliError> {
    check_env_lang(args, env)?;
    let db = store_path(args.db.clone(), env.db.clone()).map_err(CliError::Service)?;
    let open = OpenOptions {
        cache_bytes: args.cache_mib.clamp(1, 1024) * 1024 * 1024,
    };
    Ok(Settings { db, open })
}

/// The value of `--name` in a command line that did not parse, so the usage error can be told
/// in the language asked for (by the flag, or by the configuration file it names).
fn flag_in_argv(argv: &[OsString], name: &str) -> Option<String> {
    let words: Vec<String> = argv
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let with_value = format!("{name}=");
    words
        .iter()
        .enumerate()
        .find_map(|(i, w)| match w.strip_prefix(&with_value) {
            Some(value) => Some(value.to_string()),
            None if w == name => words.get(i + 1).cloned(),
            None => None,
        })
}

/// The command line read and the language to speak: what both front ends start from.
pub struct Start {
    pub args: Args,
    env: Env,
    pub l10n: Localizer,
    config_path: Option<PathBuf>,
    /// Kept, not acted on, when it failed: `--help` and usage errors must still be told, and
    /// `config set` may be about to put a bad value right.
    config: Result<LoadedConfig, ConfigError>,
}

impl Start {
    /// Reads the command line and the environment. `--help`, `--version` and usage errors are
    /// answered here, and their exit code comes back instead.
    pub fn parse() -> Result<Start, ExitCode> {
        let argv: Vec<OsString> = std::env::args_os().collect();
        let env = Env::read();
        let parsed = Args::try_parse_from(&argv);
        if let Err(e) = &parsed {
            if let Some(code) = help_or_version(e) {
                return Err(code);
            }
        }
        let (flag_lang, flag_config) = match &parsed {
            Ok(args) => (args.lang, args.config.clone()),
            Err(_) => (
                flag_in_argv(&argv, "--lang").and_then(|v| Lang::parse(&v)),
                flag_in_argv(&argv, "--config").map(PathBuf::from),
            ),
        };
        let config_path = config_path(flag_config, env.config.clone());
        let config = hall_config::load(config_path.as_deref());
        let config_lang = match &config {
            Ok(loaded) => loaded.config.lang(),
            Err(_) => config_path.as_deref().and_then(hall_config::lang_hint),
        };
        let lang = choose_lang(flag_lang, env.lang.as_deref(), config_lang);
        let l10n = match Localizer::new(lang) {
            Ok(l10n) => l10n,
            Err(e) => {
                print_error(&format!("service-desk: {e}"));
                return Err(ExitCode::from(ExitStatus::Other as u8));
            }
        };
        let args = match parsed {
            Ok(args) => args,
            Err(e) => return Err(usage_error(&e, &l10n)),
        };
        Ok(Start {
            args,
            env,
            l10n,
            config_path,
            config,
        })
    }

    /// The hall's configuration, or why the file cannot be used.
    pub fn config(&self) -> Result<&LoadedConfig, CliError> {
        self.config
            .as_ref()
            .map_err(|e| CliError::Config(e.clone()))
    }

    /// Where the configuration file is, whether or not it exists; `None` when this user has
    /// no config folder and none was named.
    pub fn config_path(&self) -> Option<&std::path::Path> {
        self.config_path.as_deref()
    }

    /// Checks the environment's language without reading anything else.
    fn check_env(&self) -> Result<(), CliError> {
        check_env_lang(&self.args, &self.env)
    }

    /// Checks the configuration and the settings from flags and environment without opening
    /// anything.
    pub fn validate(&self) -> Result<(), CliError> {
        self.config()?;
        settings(&self.args, &self.env).map(|_| ())
    }

    /// Opens the store the settings name, seeding it on first use. A configuration file that
    /// cannot be used stops this too: the administrator must see it, not a counter that
    /// quietly runs without its settings.
    pub fn open_desk(&self) -> Result<Desk, CliError> {
        self.config()?;
        let settings = settings(&self.args, &self.env)?;
        Desk::open(&settings.db, &settings.open).map_err(CliError::Service)
    }

    /// The store folder the settings name, without opening it.
    pub fn store_folder(&self) -> Result<PathBuf, CliError> {
        Ok(settings(&self.args, &self.env)?.db)
    }

    /// The exit code for `outcome`; an error is told on stderr in the clerk's language.
    pub fn finish(&self, outcome: Result<(), CliError>) -> ExitCode {
        match outcome {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                print_error(&e.message(&self.l10n));
                ExitCode::from(e.status() as u8)
            }
        }
    }
}

/// Caps on a message of ours, whose arguments may carry outside text (paths, system error
/// details): wide enough for the longest message, narrow enough that no argument floods.
pub(crate) const MESSAGE_COLS: usize = 600;
pub(crate) const MESSAGE_LINES: usize = 20;
/// Caps on clap's usage errors, which repeat the offending argument whole.
const USAGE_COLS: usize = 120;
const USAGE_LINES: usize = 60;

/// Prints to stderr whatever the message carries, cleaned and capped; a closed stderr is no
/// reason to panic.
fn print_error(text: &str) {
    use std::io::Write;
    let shown = lines_for_terminal(text, MESSAGE_COLS, MESSAGE_LINES);
    let _ = writeln!(std::io::stderr().lock(), "{shown}");
}

/// `--help` and `--version` print and succeed, before any file is read.
fn help_or_version(e: &clap::Error) -> Option<ExitCode> {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return Some(ExitCode::SUCCESS);
    }
    None
}

/// A usage error (exit 2), said in the clerk's language with clap's details below.
fn usage_error(e: &clap::Error, l10n: &Localizer) -> ExitCode {
    let details = lines_for_terminal(&e.render().to_string(), USAGE_COLS, USAGE_LINES);
    print_error(&format!(
        "{}\n{}",
        l10n.t("cli-error-usage"),
        details.trim_end()
    ));
    ExitCode::from(ExitStatus::Usage as u8)
}

/// Runs a subcommand; those that need the store open it first, `config` never does.
pub fn run(start: &Start, command: Command) -> Result<(), CliError> {
    let out = &mut std::io::stdout().lock();
    match command {
        Command::Config(cmd) => config::run(start, cmd, out),
        Command::Catalogue(cmd) => {
            let desk = start.open_desk()?;
            notice::print_notices(&desk, &start.l10n, &mut std::io::stderr().lock());
            catalogue::run(start, &desk, cmd, out)
        }
        Command::Intake(cmd) => intake::run(start, cmd, out),
        Command::Records(cmd) => {
            let desk = start.open_desk()?;
            notice::print_notices(&desk, &start.l10n, &mut std::io::stderr().lock());
            records::run(start, &desk, cmd, out)
        }
        Command::Operators(cmd) => operators::run(start, cmd, out),
        Command::Audit(cmd) => audit::run(start, cmd, out),
        Command::Stats(args) => stats::run(start, args, out),
        Command::Backup { archive, login } => {
            backup::run_backup_command(start, &archive, &login, out)
        }
        Command::Restore { archive, login } => {
            backup::run_restore_command(start, &archive, &login, out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Arg, sources};

    /// The message ids of the command line's locale file.
    fn cli_ids(lang: Lang) -> Vec<&'static str> {
        sources(lang)
            .iter()
            .filter(|(file, _)| file.ends_with("cli.ftl"))
            .flat_map(|(_, text)| text.lines())
            .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
            .collect()
    }

    #[test]
    fn the_caps_on_printed_errors_leave_every_message_whole() {
        let path = format!("/{}", "d".repeat(99));
        let detail = "No space left on device (os error 28)".repeat(3);
        let value = "x".repeat(40);
        let args = [
            ("path", Arg::Str(&path)),
            ("detail", Arg::Str(&detail)),
            ("id", Arg::Str(&value)),
            ("domain", Arg::Str(&value)),
            ("value", Arg::Str(&value)),
            ("max", Arg::Num(100)),
            ("size", Arg::Num(6144)),
            ("receipt", Arg::Str("150102-20261202-0001")),
            ("deadline", Arg::Str(&value)),
            ("count", Arg::Num(21)),
            ("field", Arg::Str(&value)),
            ("message", Arg::Str(&detail)),
            ("line", Arg::Num(1234)),
        ];
        for lang in Lang::ALL {
            let l10n = Localizer::new(lang).unwrap();
            let ids = cli_ids(lang);
            assert!(ids.len() >= 10, "{ids:?}");
            for id in ids {
                let message = l10n.t_args(id, &args);
                let shown = lines_for_terminal(&message, MESSAGE_COLS, MESSAGE_LINES);
                assert_eq!(shown, message, "{id} in {}", lang.tag());
            }
        }
    }

    #[test]
    fn an_empty_store_flag_parses_as_an_empty_path() {
        let args = Args::try_parse_from(["service-desk", "--db", ""]).unwrap();
        assert_eq!(args.db, Some(PathBuf::new()));
    }
}
