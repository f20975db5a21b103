//! The hall's configuration file: where it is, reading it (a missing file means defaults),
//! and changing one key in place, atomically, keeping the administrator's comments and order.
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use thiserror::Error;
use toml_edit::{Document, DocumentMut, Item, Table, Value};

use crate::domain::Lang;
use crate::domain::config::{ConfigKey, ConfigValue, ConfigValueError, HallConfig, Origin};
use crate::domain::reference::{Division, divisions};

pub const FILE_NAME: &str = "config.toml";
/// A few dozen lines is all the file ever holds; anything far larger is the wrong file
/// (`--config` pointed at a log, say), and reading it whole would be a waste or worse.
pub const MAX_FILE_BYTES: u64 = 64 * 1024;

/// A configuration file that cannot be used, or a change that could not be saved. Each says
/// which file; those about its content say which line (from 1).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ConfigError {
    #[error("cannot read {path:?}: {kind}")]
    Read { path: PathBuf, kind: io::ErrorKind },
    #[error("{path:?} is larger than {max} bytes")]
    TooLarge { path: PathBuf, max: u64 },
    #[error("{path:?} line {line}: not UTF-8")]
    NotUtf8 { path: PathBuf, line: usize },
    #[error("{path:?} line {line}: {detail}")]
    Syntax {
        path: PathBuf,
        line: usize,
        detail: String,
    },
    #[error("{path:?} line {line}: unknown key {key:?}")]
    UnknownKey {
        path: PathBuf,
        line: usize,
        key: String,
    },
    #[error("{path:?} line {line}: {key} = {value:?}: {error}")]
    BadValue {
        path: PathBuf,
        line: usize,
        key: ConfigKey,
        value: String,
        error: ConfigValueError,
    },
    #[error("no configuration folder could be found for this user")]
    NoConfigDir,
    #[error("{path:?} exists and is not a regular file")]
    NotAFile { path: PathBuf },
    #[error("cannot write {path:?}: {kind}")]
    Write { path: PathBuf, kind: io::ErrorKind },
    /// The division list built into the program does not parse: a defect, not the file's.
    #[error("the built-in division list: {detail}")]
    Seed { detail: String },
}

/// Where the file is: `--config`, then `SERVICE_DESK_CONFIG`, then the platform config folder
/// (`~/.config/service-desk/config.toml` on Linux). An empty value counts as unset. `None`:
/// this user has no config folder, so there is no file unless one is named.
pub fn config_path(flag: Option<PathBuf>, env: Option<PathBuf>) -> Option<PathBuf> {
    if let Some(path) = flag.or(env).filter(|p| !p.as_os_str().is_empty()) {
        return Some(path);
    }
    directories::ProjectDirs::from("cn", "nmg", "service-desk")
        .map(|dirs| dirs.config_dir().join(FILE_NAME))
}

/// Where receipts go when the file does not say: beside the store, in the data folder.
pub fn default_receipts_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("cn", "nmg", "service-desk")
        .map(|dirs| dirs.data_dir().join("receipts"))
}

/// The configuration as read, with where it was read from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadedConfig {
    pub path: Option<PathBuf>,
    pub exists: bool,
    pub config: HallConfig,
}

impl LoadedConfig {
    /// The value in force for `key`: the file's, else the default.
    pub fn value(&self, key: ConfigKey) -> Option<ConfigValue> {
        if let Some(value) = self.config.get(key) {
            return Some(value.clone());
        }
        match key {
            ConfigKey::ReceiptsDir => default_receipts_dir().map(ConfigValue::ReceiptsDir),
            _ => ConfigValue::default_for(key),
        }
    }

    pub fn origin(&self, key: ConfigKey) -> Origin {
        self.config.origin(key)
    }

    /// The folder receipts are written to, configured or default.
    pub fn receipts_dir(&self) -> Option<PathBuf> {
        match self.value(ConfigKey::ReceiptsDir) {
            Some(ConfigValue::ReceiptsDir(path)) => Some(path),
            _ => None,
        }
    }
}

/// Reads the file at `path`; no path or no file means every key takes its default.
pub fn load(path: Option<&Path>) -> Result<LoadedConfig, ConfigError> {
    let Some(path) = path else {
        return Ok(LoadedConfig::default());
    };
    let Some(text) = read_text(path)? else {
        return Ok(LoadedConfig {
            path: Some(path.to_path_buf()),
            ..LoadedConfig::default()
        });
    };
    let doc = parse(path, &text)?;
    let config = read_settings(path, &text, doc.as_table(), &region()?, None)?;
    Ok(LoadedConfig {
        path: Some(path.to_path_buf()),
        exists: true,
        config,
    })
}

/// Writes one checked value into the file at `path`, creating the file and its folder if
/// needed. The rest of the file must be sound, except for the key being set: setting it is
/// how a bad value there is put right. Returns the configuration now in force.
pub fn set(path: &Path, value: &ConfigValue) -> Result<HallConfig, ConfigError> {
    let target = write_target(path)?;
    let text = read_text(&target)?.unwrap_or_default();
    let doc = parse(&target, &text)?;
    let mut config = read_settings(
        &target,
        &text,
        doc.as_table(),
        &region()?,
        Some(value.key()),
    )?;
    config.set(value.clone());
    let mut doc = doc.into_mut();
    put(&mut doc, value);
    write_atomically(&target, doc.to_string().as_bytes())?;
    Ok(config)
}

/// The language a file asks for even when the file as a whole cannot be used, so that the
/// message saying what is wrong with it is in the language the hall chose.
pub fn lang_hint(path: &Path) -> Option<Lang> {
    let text = read_text(path).ok()??;
    let doc = Document::parse(text.as_str()).ok()?;
    let raw = scalar_text(doc.get(ConfigKey::Lang.name())?)?;
    Lang::parse(&raw)
}

fn region() -> Result<Vec<Division>, ConfigError> {
    divisions().map_err(|e| ConfigError::Seed {
        detail: e.to_string(),
    })
}

/// The file's text, or `None` when there is no file. A folder is refused; any other kind of
/// file is read (`/dev/null` for "no settings", a pipe from the shell), up to the size cap.
fn read_text(path: &Path) -> Result<Option<String>, ConfigError> {
    let read_error = |e: io::Error| ConfigError::Read {
        path: path.to_path_buf(),
        kind: e.kind(),
    };
    match fs::metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(read_error(e)),
        Ok(meta) if meta.is_dir() => {
            return Err(ConfigError::Read {
                path: path.to_path_buf(),
                kind: io::ErrorKind::IsADirectory,
            });
        }
        Ok(_) => {}
    }
    let mut bytes = Vec::new();
    File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ConfigError::TooLarge {
            path: path.to_path_buf(),
            max: MAX_FILE_BYTES,
        });
    }
    let text = String::from_utf8(bytes).map_err(|e| ConfigError::NotUtf8 {
        path: path.to_path_buf(),
        line: line_at(&e.as_bytes()[..e.utf8_error().valid_up_to()]),
    })?;
    // An editor's byte-order mark is not part of TOML; lines count the same without it.
    Ok(Some(
        text.strip_prefix('\u{feff}').unwrap_or(&text).to_string(),
    ))
}

/// The line (from 1) that the byte after `before` is on.
fn line_at(before: &[u8]) -> usize {
    before.iter().filter(|&&b| b == b'\n').count() + 1
}

fn line_of(text: &str, span: Option<Range<usize>>) -> usize {
    let start = span.map_or(0, |s| s.start).min(text.len());
    line_at(&text.as_bytes()[..start])
}

fn parse<'t>(path: &Path, text: &'t str) -> Result<Document<&'t str>, ConfigError> {
    Document::parse(text).map_err(|e| ConfigError::Syntax {
        path: path.to_path_buf(),
        line: line_of(text, e.span()),
        detail: e.message().trim().to_string(),
    })
}

/// Every key at the top of the file, checked; `skip` is left unread.
fn read_settings(
    path: &Path,
    text: &str,
    table: &Table,
    region: &[Division],
    skip: Option<ConfigKey>,
) -> Result<HallConfig, ConfigError> {
    let mut config = HallConfig::default();
    for (name, item) in table.iter() {
        let key_span = table.get_key_value(name).and_then(|(k, _)| k.span());
        let Some(key) = ConfigKey::parse(name) else {
            return Err(ConfigError::UnknownKey {
                path: path.to_path_buf(),
                line: line_of(text, key_span),
                key: name.to_string(),
            });
        };
        if Some(key) == skip {
            continue;
        }
        let bad_value = |value: String, error| ConfigError::BadValue {
            path: path.to_path_buf(),
            line: line_of(text, item.span().or(key_span.clone())),
            key,
            value,
            error,
        };
        let raw = scalar_text(item).ok_or_else(|| {
            bad_value(
                item.to_string().trim().to_string(),
                ConfigValueError::WrongType,
            )
        })?;
        config.set(ConfigValue::parse(key, &raw, region).map_err(|e| bad_value(raw, e))?);
    }
    Ok(config)
}

/// A string as it is, a whole number as its digits (`window = 3` means what `window = "3"`
/// does); anything else has no text.
fn scalar_text(item: &Item) -> Option<String> {
    match item.as_value()? {
        Value::String(s) => Some(s.value().clone()),
        Value::Integer(n) => Some(n.value().to_string()),
        _ => None,
    }
}

/// Replaces the key's value where it stands, keeping the comment after it, or appends it.
fn put(doc: &mut DocumentMut, value: &ConfigValue) {
    let new = match value.as_integer() {
        Some(n) => Value::from(n),
        None => Value::from(value.to_text()),
    };
    let name = value.key().name();
    match doc.get_mut(name).and_then(Item::as_value_mut) {
        Some(old) => {
            let decor = old.decor().clone();
            *old = new;
            *old.decor_mut() = decor;
        }
        None => {
            doc.insert(name, Item::Value(new));
        }
    }
}

/// The file to replace: a symbolic link's target, so the link survives. Refuses to replace
/// anything but a regular file (a device, say, named by mistake).
fn write_target(path: &Path) -> Result<PathBuf, ConfigError> {
    let target = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    };
    match fs::metadata(&target) {
        Ok(meta) if !meta.is_file() => Err(ConfigError::NotAFile { path: target }),
        _ => Ok(target),
    }
}

/// Temporary file in the same folder, synced, renamed over the old one, then the folder
/// synced: a crash leaves the old file or the new one, never half of either.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ConfigError> {
    let write_error = |e: io::Error| ConfigError::Write {
        path: path.to_path_buf(),
        kind: e.kind(),
    };
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&folder).map_err(write_error)?;
    let name = path
        .file_name()
        .map_or_else(|| FILE_NAME.into(), |n| n.to_string_lossy().into_owned());
    let temp = folder.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = write_and_rename(&temp, path, bytes).and_then(|()| sync_folder(&folder));
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written.map_err(write_error)
}

fn write_and_rename(temp: &Path, path: &Path, bytes: &[u8]) -> io::Result<()> {
    // Left by a crash of an earlier process that had the same id.
    let _ = fs::remove_file(temp);
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(temp)?;
    if let Ok(meta) = fs::metadata(path) {
        file.set_permissions(meta.permissions())?;
    }
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    fs::rename(temp, path)
}

#[cfg(unix)]
fn sync_folder(folder: &Path) -> io::Result<()> {
    File::open(folder)?.sync_all()
}

/// Windows cannot open a folder as a file; its rename is as durable as it gets.
#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests;
