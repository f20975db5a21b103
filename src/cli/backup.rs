//! `backup FILE` and `restore FILE` at the command line: a supervisor signs in (the archive
//! key is a subkey of the store's data key, which only a login opens), progress goes to a
//! terminal's stderr, and what is said when done or refused.
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::Args;
use clap::builder::{OsStringValueParser, TypedValueParser};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::ExitStatus;
use super::error::store_message;
use crate::domain::audit::AuditAction;
use crate::domain::operator::Permission;
use crate::domain::text::path_for_terminal;
use crate::i18n::{Arg, Localizer};
use crate::service::backup::{ArchiveError, ArchiveKey, Progress, run_backup, run_restore};
use crate::service::{Desk, OpenOptions, StoreError};

/// `backup FILE` / `restore FILE`: the archive to write or read.
#[derive(Debug, Args)]
pub struct ArchiveArgs {
    /// The archive file.
    #[arg(value_parser = OsStringValueParser::new().map(PathBuf::from))]
    pub file: PathBuf,
}

/// Progress drawn on stderr when it is a terminal; nothing otherwise (scripts, logs).
pub struct TerminalProgress {
    bar: Option<ProgressBar>,
}

impl TerminalProgress {
    /// A progress line labelled with the message `label_id`, drawn only on a terminal.
    pub fn on_stderr(l10n: &Localizer, label_id: &str) -> TerminalProgress {
        if !std::io::stderr().is_terminal() {
            return TerminalProgress { bar: None };
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{msg} {bytes} / {total_bytes} {wide_bar}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar.set_message(l10n.t(label_id));
        TerminalProgress { bar: Some(bar) }
    }

    pub fn report(&self, progress: Progress) {
        if let Some(bar) = &self.bar {
            if let Some(total) = progress.total {
                bar.set_length(total);
            }
            bar.set_position(progress.bytes);
        }
    }

    /// Clears the line, so the message that follows starts on a clean one.
    pub fn finish(self) {
        if let Some(bar) = self.bar {
            bar.finish_and_clear();
        }
    }
}

/// Writes an archive of the desk's store; the message to print, or the exit status and the
/// message that says what to do.
pub fn backup(
    desk: &Desk,
    key: &ArchiveKey,
    args: &ArchiveArgs,
    l10n: &Localizer,
) -> Result<String, (ExitStatus, String)> {
    let progress = TerminalProgress::on_stderr(l10n, "backup-progress-writing");
    let done = run_backup(desk, key, &args.file, &mut |p| progress.report(p));
    progress.finish();
    done.map_err(|e| refused(&e, &args.file, l10n))?;
    Ok(l10n.t_args("backup-done", &[("file", Arg::Str(&shown(&args.file)))]))
}

/// Restores the archive into `target` (the store, closed); as [`backup`].
pub fn restore(
    target: &Path,
    key: &ArchiveKey,
    args: &ArchiveArgs,
    l10n: &Localizer,
) -> Result<String, (ExitStatus, String)> {
    let progress = TerminalProgress::on_stderr(l10n, "backup-progress-reading");
    let options = OpenOptions::default();
    let done = run_restore(&args.file, target, key, &options, &mut |p| {
        progress.report(p)
    });
    progress.finish();
    let restored = done.map_err(|e| refused(&e, &args.file, l10n))?;
    let mut lines = vec![l10n.t_args("backup-restored", &[("path", Arg::Str(&shown(target)))])];
    if let Some(previous) = &restored.previous {
        let previous = shown(previous);
        lines.push(l10n.t_args(
            "backup-restored-previous",
            &[("previous", Arg::Str(&previous))],
        ));
    }
    Ok(lines.join("\n"))
}

fn shown(path: &Path) -> String {
    path_for_terminal(path)
}

/// The exit status and message for a refused backup or restore: the archive's faults are
/// rejected input (3), the store's are store problems (4).
pub fn refused(e: &ArchiveError, file: &Path, l10n: &Localizer) -> (ExitStatus, String) {
    let file = shown(file);
    let about = |id: &str| l10n.t_args(id, &[("file", Arg::Str(&file))]);
    match e {
        ArchiveError::NotAnArchive => (ExitStatus::Rejected, about("backup-error-not-archive")),
        ArchiveError::NewerFormat { .. } | ArchiveError::SchemaTooNew { .. } => {
            (ExitStatus::Rejected, about("backup-error-newer-format"))
        }
        ArchiveError::DamagedHeader
        | ArchiveError::DamagedFrame
        | ArchiveError::DamagedChunk { .. }
        | ArchiveError::DamagedTrailer => (ExitStatus::Rejected, about("backup-error-damaged")),
        ArchiveError::Truncated => (ExitStatus::Rejected, about("backup-error-truncated")),
        ArchiveError::WrongKey => (ExitStatus::Rejected, about("backup-error-wrong-key")),
        ArchiveError::Read(_) => (ExitStatus::Other, about("backup-error-read")),
        ArchiveError::Write { .. } => (ExitStatus::Other, about("backup-error-write")),
        ArchiveError::NotAStore { path } => (
            ExitStatus::Rejected,
            l10n.t_args(
                "backup-error-not-a-store",
                &[("path", Arg::Str(&shown(path)))],
            ),
        ),
        ArchiveError::Store(e) => {
            let status = match e {
                StoreError::Internal { .. } => ExitStatus::Other,
                _ => ExitStatus::Store,
            };
            (status, store_message(e, l10n))
        }
    }
}

/// `service-desk backup FILE`: a supervisor signs in, the archive is written under the key
/// their login opens, and the export is audited.
pub fn run_backup_command(
    start: &super::Start,
    args: &ArchiveArgs,
    login: &super::operators::LoginArgs,
    out: &mut dyn std::io::Write,
) -> Result<(), super::CliError> {
    let desk = start.open_desk()?;
    let session = supervisor(start, &desk, login)?;
    let l10n = &start.l10n;
    let done = backup(&desk, &session.unlocked().archive_key(), args, l10n)
        .map_err(|(status, message)| super::CliError::Archive { status, message })?;
    let mut ctx = super::operators::context(start);
    ctx.operator = Some(session.operator());
    let detail = format!("backup {}", shown(&args.file));
    let entry = crate::service::audit::entry(&ctx, AuditAction::Export, None, &detail)?;
    crate::service::audit::record(&desk, entry)?;
    writeln!(out, "{done}").map_err(super::CliError::Output)
}

/// The acting operator signed in, if their role may back up and restore.
fn supervisor(
    start: &super::Start,
    desk: &Desk,
    login: &super::operators::LoginArgs,
) -> Result<crate::service::operators::Session, super::CliError> {
    let session = super::operators::log_in(start, desk, login)?;
    session.require(Permission::BackUpAndRestore)?;
    Ok(session)
}

/// `service-desk restore FILE`: a supervisor of the store in place signs in; the store is
/// closed, and the archive is checked whole before it replaces it. An archive of another
/// store (another data key) is refused as a wrong key and changes nothing.
pub fn run_restore_command(
    start: &super::Start,
    args: &ArchiveArgs,
    login: &super::operators::LoginArgs,
    out: &mut dyn std::io::Write,
) -> Result<(), super::CliError> {
    let target = start.store_folder()?;
    let key = {
        let desk = start.open_desk()?;
        supervisor(start, &desk, login)?.unlocked().archive_key()
        // The desk closes here: a restore replaces the folder only when nobody has it open.
    };
    let done = restore(&target, &key, args, &start.l10n)
        .map_err(|(status, message)| super::CliError::Archive { status, message })?;
    writeln!(out, "{done}").map_err(super::CliError::Output)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lang;

    /// Every refusal has a message in both languages that names the file.
    #[test]
    fn every_refusal_names_the_archive_in_both_languages() {
        let file = Path::new("/media/usb/hall.backup");
        let faults = [
            ArchiveError::NotAnArchive,
            ArchiveError::NewerFormat { found: 9 },
            ArchiveError::DamagedChunk { index: 3 },
            ArchiveError::Truncated,
            ArchiveError::WrongKey,
            ArchiveError::Read(std::io::ErrorKind::NotFound.into()),
        ];
        for lang in [Lang::Zh, Lang::Mn] {
            let l10n = Localizer::new(lang).unwrap();
            for fault in &faults {
                let (status, message) = refused(fault, file, &l10n);
                assert!(message.contains("/media/usb/hall.backup"), "{message}");
                assert!(!message.contains("backup-error"), "{message}");
                let expected = match fault {
                    ArchiveError::Read(_) => ExitStatus::Other,
                    _ => ExitStatus::Rejected,
                };
                assert_eq!(status, expected, "{fault:?}");
            }
            let (status, _) = refused(
                &ArchiveError::Store(StoreError::InUse("/s".into())),
                file,
                &l10n,
            );
            assert_eq!(status, ExitStatus::Store);
        }
    }

    /// Off a terminal (as under the test harness) nothing is drawn, whatever is reported.
    #[test]
    fn off_a_terminal_no_progress_is_drawn() {
        let l10n = Localizer::new(Lang::Zh).unwrap();
        let progress = TerminalProgress::on_stderr(&l10n, "backup-progress-writing");
        if std::io::stderr().is_terminal() {
            return;
        }
        assert!(progress.bar.is_none());
        progress.report(Progress::default());
        progress.finish();
    }
}
