//! Sending a written document to the hall's print command. No shell runs it: the command's
//! words are the program and its arguments; a word `{}` is replaced by the file's path, and a
//! command without one gets the path as its last word (`lp -d counter` prints
//! `lp -d counter /…/150102-20261202-0001-receipt.txt`). The file stays whatever happens.
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use thiserror::Error;

use crate::domain::config::PrintCommand;
use crate::domain::text::{for_terminal, path_for_terminal};
use crate::i18n::{Arg, Localizer};

/// A spooler takes a file in well under a second; one that has not returned in a minute is
/// stuck (a printer dialog, a dead network queue), and the counter must not wait on it.
pub const PRINT_TIMEOUT: Duration = Duration::from_secs(60);

/// What a print command may say on stderr that is shown to the clerk.
const DETAIL_CELLS: usize = 160;
const DETAIL_BYTES: u64 = 4096;

#[derive(Debug, Error)]
pub enum PrintError {
    #[error("{command}: cannot start: {kind}")]
    Start {
        command: String,
        path: PathBuf,
        kind: std::io::ErrorKind,
    },
    #[error("{command}: exit {code:?}: {detail}")]
    Failed {
        command: String,
        path: PathBuf,
        code: Option<i32>,
        detail: String,
    },
    #[error("{command}: no answer in {minutes} minutes")]
    TimedOut {
        command: String,
        path: PathBuf,
        minutes: u64,
    },
}

/// The arguments after the program: `{}` words replaced by `path`, else `path` appended.
pub fn print_args(command: &PrintCommand, path: &Path) -> Vec<std::ffi::OsString> {
    let mut args: Vec<std::ffi::OsString> = command
        .args()
        .iter()
        .map(|word| {
            if word == "{}" {
                path.as_os_str().to_owned()
            } else {
                word.into()
            }
        })
        .collect();
    if !command.args().iter().any(|w| w == "{}") {
        args.push(path.as_os_str().to_owned());
    }
    args
}

/// Runs the print command on `path` and waits for it, at most `timeout`.
pub fn print(command: &PrintCommand, path: &Path, timeout: Duration) -> Result<(), PrintError> {
    let shown = command.to_string();
    let mut child = Command::new(command.program())
        .args(print_args(command, path))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| PrintError::Start {
            command: shown.clone(),
            path: path.to_path_buf(),
            kind: e.kind(),
        })?;
    // Read on the side, so a chatty command cannot fill the pipe and stall.
    let stderr = child.stderr.take().map(|pipe| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.take(DETAIL_BYTES).read_to_end(&mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        })
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() >= timeout => break None,
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(_) => break None,
        }
    };
    let Some(status) = status else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(PrintError::TimedOut {
            command: shown,
            path: path.to_path_buf(),
            minutes: timeout.as_secs().div_ceil(60).max(1),
        });
    };
    if status.success() {
        return Ok(());
    }
    let said = stderr.and_then(|h| h.join().ok()).unwrap_or_default();
    Err(PrintError::Failed {
        command: shown,
        path: path.to_path_buf(),
        code: status.code(),
        detail: for_terminal(said.lines().next().unwrap_or("").trim(), DETAIL_CELLS),
    })
}

impl PrintError {
    /// What went wrong and where the file is, in the clerk's language.
    pub fn message(&self, l10n: &Localizer) -> String {
        match self {
            PrintError::Start { command, path, .. } => l10n.t_args(
                "documents-error-print-start",
                &[
                    ("command", Arg::Str(&for_terminal(command, DETAIL_CELLS))),
                    ("path", Arg::Str(&path_for_terminal(path))),
                ],
            ),
            PrintError::Failed {
                command,
                path,
                code,
                detail,
            } => {
                let code = code.map_or_else(|| "-".to_string(), |c| c.to_string());
                let mut message = l10n.t_args(
                    "documents-error-print-failed",
                    &[
                        ("command", Arg::Str(&for_terminal(command, DETAIL_CELLS))),
                        ("code", Arg::Str(&code)),
                        ("path", Arg::Str(&path_for_terminal(path))),
                    ],
                );
                if !detail.is_empty() {
                    message.push('\n');
                    message.push_str(
                        &l10n.t_args("documents-print-said", &[("detail", Arg::Str(detail))]),
                    );
                }
                message
            }
            PrintError::TimedOut {
                command,
                path,
                minutes,
            } => l10n.t_args(
                "documents-error-print-timeout",
                &[
                    ("command", Arg::Str(&for_terminal(command, DETAIL_CELLS))),
                    ("minutes", Arg::Num(*minutes as i64)),
                    ("path", Arg::Str(&path_for_terminal(path))),
                ],
            ),
        }
    }
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use super::*;

    fn command(words: &str) -> PrintCommand {
        PrintCommand::parse(words).unwrap()
    }

    #[test]
    fn a_command_that_never_returns_is_stopped_and_the_file_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.txt");
        std::fs::write(&path, "receipt").unwrap();
        let outcome = print(&command("tail -f {}"), &path, Duration::from_millis(200));
        assert!(matches!(
            outcome,
            Err(PrintError::TimedOut { minutes: 1, .. })
        ));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "receipt");
    }

    #[test]
    fn a_failure_keeps_the_first_line_the_command_said() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.txt");
        std::fs::write(&path, "receipt").unwrap();
        let outcome = print(&command("ls /nonexistent/printer"), &path, PRINT_TIMEOUT);
        let Err(PrintError::Failed { code, detail, .. }) = outcome else {
            panic!("{outcome:?}");
        };
        assert!(code.is_some_and(|c| c != 0));
        assert!(detail.contains("/nonexistent/printer"), "{detail}");
        let l10n = Localizer::new(crate::domain::Lang::Zh).unwrap();
        let said = PrintError::Failed {
            command: "ls".into(),
            path,
            code,
            detail,
        }
        .message(&l10n);
        assert!(
            said.contains("r.txt") && said.contains("打印命令的提示"),
            "{said}"
        );
    }

    #[test]
    fn a_command_that_is_not_there_cannot_start() {
        let path = Path::new("/tmp/r.txt");
        let outcome = print(&command("/nonexistent/lp"), path, PRINT_TIMEOUT);
        assert!(
            matches!(outcome, Err(PrintError::Start { .. })),
            "{outcome:?}"
        );
    }
}
