//! Command line: the flags both front ends share, and the subcommands (`catalogue
//! list|search|show`) that serve scripts and tests. Parses flags apart from validated settings.
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::domain::Lang;
use crate::i18n::{Localizer, choose_lang};
use crate::service::{Desk, OpenOptions, store_path};

mod catalogue;
mod error;
mod output;

pub use error::{CliError, ExitStatus};

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
    /// Store folder. Also SERVICE_DESK_DB; default: the platform data folder.
    #[arg(long, global = true)]
    pub db: Option<PathBuf>,
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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("unknown language {s:?}; use zh-CN or mn-Mong"))
}

/// Settings validated from the raw flags and the environment.
struct Settings {
    db: PathBuf,
    open: OpenOptions,
}

/// What the environment says, read once.
struct Env {
    lang: Option<String>,
    db: Option<PathBuf>,
}

impl Env {
    fn read() -> Env {
        Env {
            lang: std::env::var("SERVICE_DESK_LANG")
                .ok()
                .filter(|v| !v.trim().is_empty()),
            db: std::env::var_os("SERVICE_DESK_DB").map(PathBuf::from),
        }
    }
}

fn settings(args: &Args, env: &Env) -> Result<Settings, CliError> {
    if args.lang.is_none() {
        if let Some(value) = env.lang.as_deref().filter(|v| Lang::parse(v).is_none()) {
            return Err(CliError::BadEnvLang(value.to_string()));
        }
    }
    let db = store_path(args.db.clone(), env.db.clone()).map_err(CliError::Service)?;
    let open = OpenOptions {
        cache_bytes: args.cache_mib.clamp(1, 1024) * 1024 * 1024,
    };
    Ok(Settings { db, open })
}

/// The `--lang` value in a command line that did not parse, so the usage error can be told
/// in the language asked for.
fn lang_in_argv(argv: &[OsString]) -> Option<Lang> {
    let words: Vec<String> = argv
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    words
        .iter()
        .enumerate()
        .find_map(|(i, w)| match w.strip_prefix("--lang=") {
            Some(value) => Lang::parse(value),
            None if w == "--lang" => words.get(i + 1).and_then(|v| Lang::parse(v)),
            None => None,
        })
}

/// The command line read and the language to speak: what both front ends start from.
pub struct Start {
    pub args: Args,
    env: Env,
    pub l10n: Localizer,
}

impl Start {
    /// Reads the command line and the environment. `--help`, `--version` and usage errors are
    /// answered here, and their exit code comes back instead.
    pub fn parse() -> Result<Start, ExitCode> {
        let argv: Vec<OsString> = std::env::args_os().collect();
        let env = Env::read();
        let parsed = Args::try_parse_from(&argv);
        let flag_lang = match &parsed {
            Ok(args) => args.lang,
            Err(_) => lang_in_argv(&argv),
        };
        let l10n = match Localizer::new(choose_lang(flag_lang, env.lang.as_deref())) {
            Ok(l10n) => l10n,
            Err(e) => {
                eprintln!("service-desk: {e}");
                return Err(ExitCode::from(ExitStatus::Other as u8));
            }
        };
        let args = match parsed {
            Ok(args) => args,
            Err(e) => return Err(usage_error(&e, &l10n)),
        };
        Ok(Start { args, env, l10n })
    }

    /// Checks the settings from flags and environment without opening anything.
    pub fn validate(&self) -> Result<(), CliError> {
        settings(&self.args, &self.env).map(|_| ())
    }

    /// Opens the store the settings name, seeding it on first use.
    pub fn open_desk(&self) -> Result<Desk, CliError> {
        let settings = settings(&self.args, &self.env)?;
        Desk::open(&settings.db, &settings.open).map_err(CliError::Service)
    }

    /// The exit code for `outcome`; an error is told on stderr in the clerk's language.
    pub fn finish(&self, outcome: Result<(), CliError>) -> ExitCode {
        match outcome {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{}", e.message(&self.l10n));
                ExitCode::from(e.status() as u8)
            }
        }
    }
}

/// `--help` and `--version` print and succeed; anything else is a usage error (exit 2), said
/// in the clerk's language with clap's details below.
fn usage_error(e: &clap::Error, l10n: &Localizer) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    eprintln!("{}", l10n.t("cli-error-usage"));
    let _ = e.print();
    ExitCode::from(ExitStatus::Usage as u8)
}

/// Opens the desk and runs a subcommand.
pub fn run(start: &Start, command: Command) -> Result<(), CliError> {
    let desk = start.open_desk()?;
    match command {
        Command::Catalogue(cmd) => {
            catalogue::run(&desk, &start.l10n, cmd, &mut std::io::stdout().lock())
        }
    }
}
