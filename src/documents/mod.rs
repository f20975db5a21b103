//! Papers handed over at the counter: the receipt (受理回执), when something is still to be
//! brought the one-time notice (一次性告知书), and for a rejected intake the rejection notice
//! (不予受理告知书). Built from a stored intake, drawn as plain text
//! for a line printer and as HTML for a browser, written into the receipts folder and sent to
//! the hall's print command. A presentation layer beside `cli` and `tui`, used by both.
//!
//! Languages: a sheet in the applicant's document language (else the clerk's). An applicant
//! who reads Mongolian gets a bilingual sheet, Mongolian first and Chinese beside it, as the
//! region's official forms are: the applicant reads the Mongolian, and any office the paper is
//! later shown to can read the Chinese. A sheet in Chinese carries the Mongolian title only.
mod content;
mod error;
mod files;
mod html;
mod print;
mod qr;
pub mod report;
pub mod rows;
mod text;
mod words;

use std::path::Path;

pub use content::{Block, Document, Hall, Kind, Sheet, Source, build, sheet_langs};
pub use error::DocumentError;
pub use files::{File, Pair, Written, file_name};
pub use html::render_html;
pub use print::{PRINT_TIMEOUT, PrintError, print, print_args};
pub use qr::{QR_QUIET_ZONE, qr_modules, qr_path};
pub use text::{TEXT_COLUMNS, render_text};
pub use words::say;

/// The two forms every document is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text, [`TEXT_COLUMNS`] wide: for a line or receipt printer.
    Text,
    /// One self-contained HTML page: for a browser and an office printer.
    Html,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Html => "html",
        }
    }
}

/// Builds the receipt, and the notice when something is outstanding, draws both forms of each
/// and writes them into `dir` (created if needed), each file replaced whole or not at all.
pub fn write_documents(dir: &Path, source: &Source<'_>) -> Result<Written, DocumentError> {
    let number = source.record.receipt.to_string();
    let save = |doc: &Document| -> Result<Pair, DocumentError> {
        Ok(Pair {
            text: files::save(
                dir,
                &file_name(&number, doc.kind, Format::Text),
                render_text(doc, TEXT_COLUMNS),
            )?,
            html: files::save(
                dir,
                &file_name(&number, doc.kind, Format::Html),
                render_html(doc),
            )?,
        })
    };
    let receipt = save(&content::receipt(source))?;
    let notice = content::notice(source).as_ref().map(save).transpose()?;
    let rejection = content::rejection(source).as_ref().map(save).transpose()?;
    Ok(Written {
        receipt,
        notice,
        rejection,
    })
}

/// Writes the receipt and notice of `record` into the hall's receipts folder (the configured
/// one, else the default one), with the hall's name and window from its configuration.
pub fn write_for_hall(
    config: &crate::service::config::LoadedConfig,
    catalogue: &crate::domain::Catalogue,
    l10n: &crate::i18n::Localizer,
    record: &crate::store::intakes::StoredIntake,
) -> Result<Written, DocumentError> {
    let dir = config.receipts_dir().ok_or(DocumentError::NoFolder)?;
    let hall = Hall::from_config(&config.config);
    let source = Source {
        record,
        catalogue,
        hall: &hall,
        l10n,
    };
    write_documents(&dir, &source)
}
