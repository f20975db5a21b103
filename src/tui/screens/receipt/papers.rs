//! The receipt's papers from the terminal: written into the receipts folder once the intake
//! is on disk (as `intake add` does), and sent to the hall's print command on the print key.
//! What happened is kept as a note drawn in the clerk's current language; a failure is told
//! and never touches the intake, whose number stands.
use std::path::PathBuf;

use crate::documents::{self, DocumentError, PRINT_TIMEOUT, PrintError, Written};
use crate::domain::text::path_for_terminal;
use crate::i18n::{Arg, Localizer};
use crate::service::config::LoadedConfig;

/// One thing to tell the clerk about the papers.
#[derive(Debug)]
pub enum PaperNote {
    /// The receipt (and the notice, if any) are in these files.
    Saved {
        receipt: PathBuf,
        notice: Option<PathBuf>,
    },
    NotSaved(DocumentError),
    /// No print command is configured; the files are here.
    NoPrinter(PathBuf),
    Printed(PathBuf),
    PrintFailed(PrintError),
}

impl PaperNote {
    /// The note in `l10n`'s language, one line per entry.
    pub fn lines(&self, l10n: &Localizer, receipt: &str) -> Vec<String> {
        let at = |id: &str, path: &PathBuf| {
            l10n.t_args(id, &[("path", Arg::Str(&path_for_terminal(path)))])
        };
        match self {
            PaperNote::Saved { receipt, notice } => {
                let mut out = vec![at("documents-saved", receipt)];
                out.extend(notice.iter().map(|n| at("documents-saved-notice", n)));
                out
            }
            PaperNote::NotSaved(e) => e
                .message_after_intake(l10n, receipt)
                .lines()
                .map(str::to_owned)
                .collect(),
            PaperNote::NoPrinter(path) => vec![at("form-receipt-no-printer", path)],
            PaperNote::Printed(path) => vec![at("documents-printed", path)],
            PaperNote::PrintFailed(e) => vec![e.message(l10n)],
        }
    }
}

/// Sends the receipt, then the notice if there is one, to the print command; one note each.
/// Without a print command: one note saying so and where the receipt is.
pub fn print(config: &LoadedConfig, written: &Written) -> Vec<PaperNote> {
    let Some(command) = config.config.print_command() else {
        return vec![PaperNote::NoPrinter(written.receipt.text.path.clone())];
    };
    let papers = std::iter::once(&written.receipt).chain(written.notice.as_ref());
    papers
        .map(|pair| {
            let path = &pair.text.path;
            match documents::print(command, path, PRINT_TIMEOUT) {
                Ok(()) => PaperNote::Printed(path.clone()),
                Err(e) => PaperNote::PrintFailed(e),
            }
        })
        .collect()
}
