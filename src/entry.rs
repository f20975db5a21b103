//! The program's entry: the command line is read once, then handed to the command-line front
//! end (a subcommand) or the terminal front end (none), as equals.
use std::process::ExitCode;
use std::sync::Arc;

use crate::cli::{self, CliError, Start};
use crate::service::context::SystemClock;
use crate::tui;

pub fn main() -> ExitCode {
    let mut start = match Start::parse() {
        Ok(start) => start,
        Err(code) => return code,
    };
    let outcome = match start.args.command.take() {
        Some(command) => cli::run(&start, command),
        None => run_tui(&start),
    };
    start.finish(outcome)
}

/// Checks for a usable terminal before anything is opened, runs one session on it, and, when
/// a signal ended it, dies of that signal once the terminal and the store are put right.
fn run_tui(start: &Start) -> Result<(), CliError> {
    start.validate()?;
    if let Some(message) = tui::unusable_terminal() {
        return Err(CliError::UnusableTerminal(message));
    }
    let shared = tui::Shared {
        desk: Arc::new(start.open_desk()?),
        texts: start.l10n.texts().clone(),
        clock: Arc::new(SystemClock),
    };
    let ending = run_local(&shared, start)?;
    // The store is flushed and unlocked when the desk goes.
    drop(shared);
    #[cfg(unix)]
    if let tui::Ending::Signal(signal) = ending {
        let _ = signal_hook::low_level::emulate_default_handler(signal);
    }
    let _ = ending;
    Ok(())
}

/// The session gets the hall's configuration as read at start; the first intake on a hall
/// with no centre code saves the one the clerk picks into the same file.
#[cfg(unix)]
fn run_local(shared: &tui::Shared, start: &Start) -> Result<tui::Ending, CliError> {
    let hall = Arc::new(tui::Hall::new(start.config()?.clone()));
    tui::run(shared, hall, start.l10n.lang()).map_err(CliError::Terminal)
}

#[cfg(not(unix))]
fn run_local(_shared: &tui::Shared, _start: &Start) -> Result<tui::Ending, CliError> {
    Err(CliError::UnusableTerminal("common-error-not-a-terminal"))
}
