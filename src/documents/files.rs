//! The documents as files in the receipts folder, named by receipt number and kind, each
//! written beside its final name, synced and renamed over it, so a crash or a full disk
//! leaves the old file or the new one, never half of one.
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::Format;
use super::content::Kind;
use super::error::DocumentError;

/// A file written, with what it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    pub path: PathBuf,
    pub body: String,
}

/// One document in both forms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair {
    pub text: File,
    pub html: File,
}

impl Pair {
    pub fn get(&self, format: Format) -> &File {
        match format {
            Format::Text => &self.text,
            Format::Html => &self.html,
        }
    }
}

/// The receipt, the notice when something is outstanding, and the rejection notice of a
/// rejected intake.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    pub receipt: Pair,
    pub notice: Option<Pair>,
    pub rejection: Option<Pair>,
}

impl Written {
    pub fn get(&self, kind: Kind) -> Option<&Pair> {
        match kind {
            Kind::Receipt => Some(&self.receipt),
            Kind::Notice => self.notice.as_ref(),
            Kind::Rejection => self.rejection.as_ref(),
        }
    }
}

/// `150102-20261202-0001-receipt.html`. A receipt number holds only digits and `-`.
pub fn file_name(receipt: &str, kind: Kind, format: Format) -> String {
    format!("{receipt}-{}.{}", kind.file_word(), format.extension())
}

/// Writes `body` as `dir/name`, replacing any file of that name whole.
pub(super) fn save(dir: &Path, name: &str, body: String) -> Result<File, DocumentError> {
    let path = dir.join(name);
    let fail = |at: &Path| {
        let at = at.to_path_buf();
        move |e: std::io::Error| DocumentError::Write {
            path: at,
            kind: e.kind(),
        }
    };
    fs::create_dir_all(dir).map_err(fail(dir))?;
    let temporary = dir.join(format!(".{name}.tmp"));
    let written = write_synced(&temporary, body.as_bytes());
    if let Err(e) = written {
        let _ = fs::remove_file(&temporary);
        return Err(fail(&path)(e));
    }
    fs::rename(&temporary, &path).map_err(|e| {
        let _ = fs::remove_file(&temporary);
        fail(&path)(e)
    })?;
    sync_dir(dir);
    Ok(File { path, body })
}

/// The papers name a person: readable by the clerk's account only (the print spooler runs
/// as that user too).
fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Makes the rename durable. A folder that cannot be opened or synced (some network file
/// systems) still holds the file; the write is not failed for it.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(folder) = fs::File::open(dir) {
        let _ = folder.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
