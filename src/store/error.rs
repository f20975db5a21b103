//! What can go wrong with the store, sorted by what the clerk can do about it: sled's errors
//! and I/O errors are mapped here so that "damaged" means damaged and nothing else.
use std::io;
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::codec::CodecError;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("the store at {0} is in use by another window")]
    InUse(PathBuf),
    #[error("the store at {path} is damaged: {detail}")]
    Corrupt { path: PathBuf, detail: String },
    /// One record does not decode; the others are read as usual (and pages skip it).
    #[error("a {tree} record in the store at {path} is damaged ({key:02x?}): {detail}")]
    DamagedRecord {
        path: PathBuf,
        tree: &'static str,
        key: Vec<u8>,
        detail: String,
    },
    /// The store holds fewer writes than it confirmed: its data file lost its tail, or was
    /// replaced by an older copy.
    #[error(
        "the store at {path} holds {found} confirmed writes, but {acknowledged} were confirmed"
    )]
    Lost {
        path: PathBuf,
        acknowledged: u64,
        found: u64,
    },
    #[error(
        "the store at {path} was written by a newer version (schema {found}, this version knows {known})"
    )]
    TooNew {
        path: PathBuf,
        found: u32,
        known: u32,
    },
    /// A record in a format this version does not know: a newer version wrote it.
    #[error("the store at {path} holds {tree} records in a newer format ({detail})")]
    NewerRecord {
        path: PathBuf,
        tree: &'static str,
        detail: String,
    },
    /// The store path, or a folder inside it, is a plain file, a pipe or a device.
    #[error("{path} is not a folder")]
    NotAFolder { path: PathBuf },
    /// One of the store's own files is a folder, a pipe or a device.
    #[error("{path} is not a regular file")]
    NotAFile { path: PathBuf },
    /// sled refuses the store's settings or version: nothing is damaged.
    #[error("the store at {path} cannot be opened by this version: {detail}")]
    Unsupported { path: PathBuf, detail: String },
    /// A fault in this program or in sled, not in the data.
    #[error("internal error with the store at {path}: {detail}")]
    Internal { path: PathBuf, detail: String },
    /// Input that would make a record or key larger than the store keeps.
    #[error("a {tree} record of {size} bytes is over the limit of {max}")]
    TooLarge {
        tree: &'static str,
        size: usize,
        max: usize,
    },
    #[error("a {tree} record with this key is already stored")]
    Duplicate { tree: &'static str },
    #[error("cannot use the store at {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
}

impl StoreError {
    pub(crate) fn corrupt(path: &Path, detail: impl Into<String>) -> StoreError {
        StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: detail.into(),
        }
    }

    pub(crate) fn internal(path: &Path, detail: impl Into<String>) -> StoreError {
        StoreError::Internal {
            path: path.to_path_buf(),
            detail: detail.into(),
        }
    }

    /// An I/O error on `path`, with the kinds that mean "not a folder" told apart.
    pub(crate) fn io(path: &Path, source: io::Error) -> StoreError {
        match source.kind() {
            io::ErrorKind::NotADirectory => StoreError::NotAFolder {
                path: path.to_path_buf(),
            },
            _ => StoreError::Io {
                path: path.to_path_buf(),
                source,
            },
        }
    }

    /// A value read from `tree` that does not decode: a newer format is not damage.
    pub(crate) fn decode(path: &Path, tree: &'static str, key: &[u8], e: CodecError) -> Self {
        match e {
            CodecError::UnknownFormat { .. } => StoreError::NewerRecord {
                path: path.to_path_buf(),
                tree,
                detail: e.to_string(),
            },
            CodecError::TooLarge { .. } | CodecError::Unencodable(_) => {
                StoreError::internal(path, format!("{tree}: {e}"))
            }
            CodecError::Empty | CodecError::Damaged(_) => {
                StoreError::corrupt(path, format!("{tree} {key:02x?}: {e}"))
            }
        }
    }

    /// A record read from `tree` that does not decode: only that record is damaged.
    pub(crate) fn record(path: &Path, tree: &'static str, key: &[u8], e: CodecError) -> Self {
        match e {
            CodecError::Empty | CodecError::Damaged(_) => StoreError::DamagedRecord {
                path: path.to_path_buf(),
                tree,
                key: key.to_vec(),
                detail: e.to_string(),
            },
            other => StoreError::decode(path, tree, key, other),
        }
    }

    /// A value about to be written to `tree` that does not encode.
    pub(crate) fn encode(path: &Path, tree: &'static str, e: CodecError) -> Self {
        match e {
            CodecError::TooLarge { size, max } => StoreError::TooLarge { tree, size, max },
            other => StoreError::internal(path, format!("{tree}: {other}")),
        }
    }
}

/// Maps sled's errors onto ours: a held lock is "in use"; only `Corruption` is damage.
pub(crate) fn classify(path: &Path, e: sled::Error) -> StoreError {
    match e {
        sled::Error::Io(io) if io.to_string().contains("could not acquire lock") => {
            StoreError::InUse(path.to_path_buf())
        }
        sled::Error::Io(source) => StoreError::io(path, source),
        sled::Error::Corruption { .. } => StoreError::corrupt(path, e.to_string()),
        sled::Error::Unsupported(detail) => StoreError::Unsupported {
            path: path.to_path_buf(),
            detail,
        },
        sled::Error::ReportableBug(detail) => StoreError::internal(path, detail),
        sled::Error::CollectionNotFound(name) => StoreError::internal(
            path,
            format!("tree {} not found", String::from_utf8_lossy(&name)),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_sled_corruption_is_damage() {
        let p = Path::new("/s");
        assert!(matches!(
            classify(p, sled::Error::Unsupported("segment size".into())),
            StoreError::Unsupported { .. }
        ));
        assert!(matches!(
            classify(p, sled::Error::ReportableBug("oops".into())),
            StoreError::Internal { .. }
        ));
        assert!(matches!(
            classify(p, sled::Error::Corruption { at: None, bt: () }),
            StoreError::Corrupt { .. }
        ));
        let lock = io::Error::other("could not acquire lock on \"/s/db\": WouldBlock");
        assert!(matches!(
            classify(p, sled::Error::Io(lock)),
            StoreError::InUse(_)
        ));
    }

    #[test]
    fn encode_failures_are_not_damage() {
        let p = Path::new("/s");
        let big = CodecError::TooLarge { size: 9, max: 8 };
        assert!(matches!(
            StoreError::encode(p, "t", big),
            StoreError::TooLarge { size: 9, .. }
        ));
        let odd = CodecError::Unencodable("map without length".into());
        assert!(matches!(
            StoreError::encode(p, "t", odd),
            StoreError::Internal { .. }
        ));
        let newer = CodecError::UnknownFormat {
            found: 9,
            expected: 2,
        };
        assert!(matches!(
            StoreError::decode(p, "t", &[1], newer),
            StoreError::NewerRecord { .. }
        ));
    }
}
