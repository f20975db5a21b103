//! Command line: bare `service-desk` opens the TUI; `catalogue list|search|show` serve scripts
//! and tests. Parses flags apart from validated settings, then dispatches.
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::domain::Lang;
use crate::i18n::{Localizer, choose_lang};
use crate::service::{Desk, store_path};
use crate::store::OpenOptions;

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
    #[arg(long, global = true, env = "SERVICE_DESK_DB")]
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

fn settings(args: &Args) -> Result<Settings, CliError> {
    let db = store_path(args.db.clone(), None).map_err(CliError::Service)?;
    let open = OpenOptions {
        cache_bytes: args.cache_mib.clamp(1, 1024) * 1024 * 1024,
    };
    Ok(Settings { db, open })
}

/// Parses the command line, runs it, and turns the outcome into an exit code.
pub fn main() -> ExitCode {
    let args = Args::parse();
    let lang = choose_lang(
        args.lang,
        std::env::var("SERVICE_DESK_LANG").ok().as_deref(),
    );
    let mut l10n = match Localizer::new(lang) {
        Ok(l10n) => l10n,
        Err(e) => {
            eprintln!("service-desk: {e}");
            return ExitCode::from(ExitStatus::Other as u8);
        }
    };
    match run(args, &mut l10n) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", e.message(&l10n));
            ExitCode::from(e.status() as u8)
        }
    }
}

/// Opens the desk and runs the command; the TUI may switch `l10n`'s language as it goes.
fn run(args: Args, l10n: &mut Localizer) -> Result<(), CliError> {
    let settings = settings(&args)?;
    let desk = Desk::open(&settings.db, &settings.open).map_err(CliError::Service)?;
    match args.command {
        None => crate::tui::run(&desk, l10n).map_err(CliError::Terminal),
        Some(Command::Catalogue(cmd)) => {
            catalogue::run(&desk, l10n, cmd, &mut std::io::stdout().lock())
        }
    }
}
