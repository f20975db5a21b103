//! Why documents could not be written or printed, said to the clerk in their language with
//! what to do next. The intake itself is stored before any of this happens.
use std::io::ErrorKind;
use std::path::PathBuf;

use thiserror::Error;

use crate::domain::text::{for_terminal, path_for_terminal};
use crate::i18n::{Arg, Localizer};

#[derive(Debug, Error)]
pub enum DocumentError {
    /// No receipts folder is configured and the platform has no data folder.
    #[error("no folder for receipts")]
    NoFolder,
    #[error("cannot write {path:?}: {kind}")]
    Write { path: PathBuf, kind: ErrorKind },
}

impl DocumentError {
    pub fn message(&self, l10n: &Localizer) -> String {
        match self {
            DocumentError::NoFolder => l10n.t("documents-error-no-folder"),
            DocumentError::Write { path, kind } => {
                let reason = l10n.t(reason_id(*kind));
                l10n.t_args(
                    "documents-error-write",
                    &[
                        ("path", Arg::Str(&path_for_terminal(path))),
                        ("reason", Arg::Str(&reason)),
                    ],
                )
            }
        }
    }

    /// The message, and that the intake stands under its number and how to make the papers
    /// again once the cause is fixed.
    pub fn message_after_intake(&self, l10n: &Localizer, receipt: &str) -> String {
        let receipt = for_terminal(receipt, 40);
        format!(
            "{}\n{}",
            self.message(l10n),
            l10n.t_args(
                "documents-error-not-saved",
                &[("receipt", Arg::Str(&receipt))]
            )
        )
    }
}

fn reason_id(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::PermissionDenied => "documents-reason-permission",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "documents-reason-full",
        ErrorKind::ReadOnlyFilesystem => "documents-reason-read-only",
        ErrorKind::NotADirectory | ErrorKind::AlreadyExists => "documents-reason-not-folder",
        _ => "documents-reason-other",
    }
}
