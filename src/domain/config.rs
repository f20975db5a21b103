//! The hall's settings as pure rules: which keys exist, what each one accepts, and the
//! defaults. Reading and writing the configuration file is the service layer's business.
use std::collections::BTreeMap;
use std::fmt;
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::catalogue::Lang;
use super::division_code::DivisionCode;
use super::reference::Division;
use super::text::{clean_input, is_dash, key_chars};

/// Minutes without a key before the counter locks itself, when the file does not say.
pub const DEFAULT_IDLE_LOCK_MINUTES: u16 = 10;
/// From one minute (a busy hall) to a four-hour shift.
pub const IDLE_LOCK_MINUTES: RangeInclusive<u16> = 1..=240;
/// Enough for the longest hall name in either script.
pub const CENTRE_NAME_MAX_CHARS: usize = 60;
/// A window label is printed on receipts and in the status line: short by design.
pub const WINDOW_MAX_CHARS: usize = 8;
pub const PRINT_COMMAND_MAX_CHARS: usize = 200;
pub const RECEIPTS_DIR_MAX_CHARS: usize = 1024;

/// A key of the configuration file, spelled in kebab-case there and on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConfigKey {
    CentreCode,
    CentreName,
    Window,
    Lang,
    ReceiptsDir,
    PrintCommand,
    IdleLockMinutes,
}

impl ConfigKey {
    pub const ALL: [ConfigKey; 7] = [
        ConfigKey::CentreCode,
        ConfigKey::CentreName,
        ConfigKey::Window,
        ConfigKey::Lang,
        ConfigKey::ReceiptsDir,
        ConfigKey::PrintCommand,
        ConfigKey::IdleLockMinutes,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ConfigKey::CentreCode => "centre-code",
            ConfigKey::CentreName => "centre-name",
            ConfigKey::Window => "window",
            ConfigKey::Lang => "lang",
            ConfigKey::ReceiptsDir => "receipts-dir",
            ConfigKey::PrintCommand => "print-command",
            ConfigKey::IdleLockMinutes => "idle-lock-minutes",
        }
    }

    /// Exactly as spelled in the file: a near miss (`centre_code`) is an unknown key, so the
    /// administrator sees the one spelling that works.
    pub fn parse(name: &str) -> Option<ConfigKey> {
        ConfigKey::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The message that says what the key accepts.
    pub fn rule_message_id(self) -> &'static str {
        match self {
            ConfigKey::CentreCode => "config-rule-centre-code",
            ConfigKey::CentreName => "config-rule-centre-name",
            ConfigKey::Window => "config-rule-window",
            ConfigKey::Lang => "config-rule-lang",
            ConfigKey::ReceiptsDir => "config-rule-receipts-dir",
            ConfigKey::PrintCommand => "config-rule-print-command",
            ConfigKey::IdleLockMinutes => "config-rule-idle-lock-minutes",
        }
    }
}

impl fmt::Display for ConfigKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why a value was refused for a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum ConfigValueError {
    #[error("not a six-digit division code")]
    CentreCodeFormat,
    #[error("not a division of the region")]
    CentreCodeOutside,
    #[error("empty")]
    Empty,
    #[error("longer than {max} characters")]
    TooLong { max: usize },
    #[error("only letters, digits and '-' are allowed")]
    WindowChars,
    #[error("not a language this program speaks")]
    UnknownLang,
    #[error("not an absolute path")]
    NotAbsolute,
    #[error("control characters are not allowed")]
    ControlChars,
    /// No shell reads the command, so quoting would be passed on literally.
    #[error("quotes and backslashes are not allowed")]
    Quotes,
    #[error("not a whole number")]
    NotANumber,
    #[error("outside {min}..={max}")]
    OutOfRange { min: u16, max: u16 },
    /// In the file: a list, a table, a boolean or a date where text or a number belongs.
    #[error("neither text nor a whole number")]
    WrongType,
}

impl ConfigValueError {
    /// The message that frames the error; the key's rule says what is allowed.
    pub fn message_id(self) -> &'static str {
        match self {
            ConfigValueError::CentreCodeOutside => "config-error-centre-outside",
            _ => "config-error-value",
        }
    }
}

/// A command line to print with, split into words. No shell runs it, so nothing in it is
/// expanded; the receipt file's path is added as the last word when it is used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintCommand(Vec<String>);

impl PrintCommand {
    pub fn parse(raw: &str) -> Result<PrintCommand, ConfigValueError> {
        if raw.chars().any(char::is_control) {
            return Err(ConfigValueError::ControlChars);
        }
        if raw.contains(['"', '\'', '\\']) {
            return Err(ConfigValueError::Quotes);
        }
        let words: Vec<String> = raw.split_whitespace().map(str::to_string).collect();
        if words.is_empty() {
            return Err(ConfigValueError::Empty);
        }
        let text = words.join(" ");
        if text.chars().count() > PRINT_COMMAND_MAX_CHARS {
            return Err(ConfigValueError::TooLong {
                max: PRINT_COMMAND_MAX_CHARS,
            });
        }
        Ok(PrintCommand(words))
    }

    /// The program to run; never empty, since `parse` refuses a command without words.
    pub fn program(&self) -> &str {
        self.0.first().map_or("", String::as_str)
    }

    pub fn args(&self) -> &[String] {
        self.0.get(1..).unwrap_or(&[])
    }
}

impl fmt::Display for PrintCommand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.join(" "))
    }
}

/// One key's value, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigValue {
    CentreCode(DivisionCode),
    CentreName(String),
    Window(String),
    Lang(Lang),
    ReceiptsDir(PathBuf),
    PrintCommand(PrintCommand),
    IdleLockMinutes(u16),
}

impl ConfigValue {
    /// Checks `raw` for `key`. `region` is the region's division list: a hall's code must be
    /// one of them.
    pub fn parse(
        key: ConfigKey,
        raw: &str,
        region: &[Division],
    ) -> Result<ConfigValue, ConfigValueError> {
        Ok(match key {
            ConfigKey::CentreCode => ConfigValue::CentreCode(centre_code(raw, region)?),
            ConfigKey::CentreName => ConfigValue::CentreName(centre_name(raw)?),
            ConfigKey::Window => ConfigValue::Window(window(raw)?),
            ConfigKey::Lang => {
                ConfigValue::Lang(Lang::parse(raw).ok_or(ConfigValueError::UnknownLang)?)
            }
            ConfigKey::ReceiptsDir => ConfigValue::ReceiptsDir(receipts_dir(raw)?),
            ConfigKey::PrintCommand => ConfigValue::PrintCommand(PrintCommand::parse(raw)?),
            ConfigKey::IdleLockMinutes => ConfigValue::IdleLockMinutes(idle_lock_minutes(raw)?),
        })
    }

    pub fn key(&self) -> ConfigKey {
        match self {
            ConfigValue::CentreCode(_) => ConfigKey::CentreCode,
            ConfigValue::CentreName(_) => ConfigKey::CentreName,
            ConfigValue::Window(_) => ConfigKey::Window,
            ConfigValue::Lang(_) => ConfigKey::Lang,
            ConfigValue::ReceiptsDir(_) => ConfigKey::ReceiptsDir,
            ConfigValue::PrintCommand(_) => ConfigKey::PrintCommand,
            ConfigValue::IdleLockMinutes(_) => ConfigKey::IdleLockMinutes,
        }
    }

    /// The value as a number, for keys the file holds as TOML integers.
    pub fn as_integer(&self) -> Option<i64> {
        match self {
            ConfigValue::IdleLockMinutes(n) => Some(i64::from(*n)),
            _ => None,
        }
    }

    /// The value as text, as written to the file and shown.
    pub fn to_text(&self) -> String {
        match self {
            ConfigValue::CentreCode(code) => code.to_string(),
            ConfigValue::CentreName(s) | ConfigValue::Window(s) => s.clone(),
            ConfigValue::Lang(lang) => lang.tag().to_string(),
            ConfigValue::ReceiptsDir(path) => path.to_string_lossy().into_owned(),
            ConfigValue::PrintCommand(command) => command.to_string(),
            ConfigValue::IdleLockMinutes(n) => n.to_string(),
        }
    }

    /// What a key is when the file does not set it; `None` where nothing sensible can be
    /// assumed (a hall's code and name) or where the default depends on the machine.
    pub fn default_for(key: ConfigKey) -> Option<ConfigValue> {
        match key {
            ConfigKey::Lang => Some(ConfigValue::Lang(Lang::default())),
            ConfigKey::IdleLockMinutes => {
                Some(ConfigValue::IdleLockMinutes(DEFAULT_IDLE_LOCK_MINUTES))
            }
            _ => None,
        }
    }
}

fn centre_code(raw: &str, region: &[Division]) -> Result<DivisionCode, ConfigValueError> {
    let code = DivisionCode::parse(raw).map_err(|_| ConfigValueError::CentreCodeFormat)?;
    if region.iter().any(|d| d.code == code.as_str()) {
        Ok(code)
    } else {
        Err(ConfigValueError::CentreCodeOutside)
    }
}

/// Cleaned of escapes and invisible characters, NFC, trimmed, and not too long.
fn centre_name(raw: &str) -> Result<String, ConfigValueError> {
    let name = clean_input(raw).trim().to_string();
    if name.is_empty() {
        return Err(ConfigValueError::Empty);
    }
    if name.chars().count() > CENTRE_NAME_MAX_CHARS {
        return Err(ConfigValueError::TooLong {
            max: CENTRE_NAME_MAX_CHARS,
        });
    }
    Ok(name)
}

/// NFKC, so a label typed with an input method (`Ａ－２`) is stored as `A-2`.
fn window(raw: &str) -> Result<String, ConfigValueError> {
    let label: String = key_chars(raw)
        .map(|c| if is_dash(c) { '-' } else { c })
        .collect::<String>()
        .trim()
        .to_string();
    if label.is_empty() {
        return Err(ConfigValueError::Empty);
    }
    if label.chars().count() > WINDOW_MAX_CHARS {
        return Err(ConfigValueError::TooLong {
            max: WINDOW_MAX_CHARS,
        });
    }
    if !label.chars().all(|c| c.is_alphanumeric() || c == '-') {
        return Err(ConfigValueError::WindowChars);
    }
    Ok(label)
}

/// Taken as written (a path is not text to tidy), but absolute: a relative one would depend
/// on the folder the program happened to start in.
fn receipts_dir(raw: &str) -> Result<PathBuf, ConfigValueError> {
    if raw.trim().is_empty() {
        return Err(ConfigValueError::Empty);
    }
    if raw.chars().any(char::is_control) {
        return Err(ConfigValueError::ControlChars);
    }
    if raw.chars().count() > RECEIPTS_DIR_MAX_CHARS {
        return Err(ConfigValueError::TooLong {
            max: RECEIPTS_DIR_MAX_CHARS,
        });
    }
    if !Path::new(raw).is_absolute() {
        return Err(ConfigValueError::NotAbsolute);
    }
    Ok(PathBuf::from(raw))
}

fn idle_lock_minutes(raw: &str) -> Result<u16, ConfigValueError> {
    let digits: String = key_chars(raw).collect();
    let n: i64 = digits
        .trim()
        .parse()
        .map_err(|_| ConfigValueError::NotANumber)?;
    let out_of_range = ConfigValueError::OutOfRange {
        min: *IDLE_LOCK_MINUTES.start(),
        max: *IDLE_LOCK_MINUTES.end(),
    };
    let n = u16::try_from(n).map_err(|_| out_of_range)?;
    if IDLE_LOCK_MINUTES.contains(&n) {
        Ok(n)
    } else {
        Err(out_of_range)
    }
}

/// A key and value given on the command line, refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum SettingError {
    #[error("no setting is called {0:?}")]
    UnknownKey(String),
    #[error("{key}: {error}")]
    BadValue {
        key: ConfigKey,
        value: String,
        error: ConfigValueError,
    },
}

/// A key named by its spelling and a value, both checked.
pub fn parse_setting(
    name: &str,
    raw: &str,
    region: &[Division],
) -> Result<ConfigValue, SettingError> {
    let key = ConfigKey::parse(name).ok_or_else(|| SettingError::UnknownKey(name.to_string()))?;
    ConfigValue::parse(key, raw, region).map_err(|error| SettingError::BadValue {
        key,
        value: raw.to_string(),
        error,
    })
}

/// Where a value shown came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    File,
    Default,
}

/// The keys the configuration file sets, each checked; what it leaves out takes its default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HallConfig {
    values: BTreeMap<ConfigKey, ConfigValue>,
}

impl HallConfig {
    pub fn set(&mut self, value: ConfigValue) {
        self.values.insert(value.key(), value);
    }

    /// The value the file sets for `key`, if it sets one.
    pub fn get(&self, key: ConfigKey) -> Option<&ConfigValue> {
        self.values.get(&key)
    }

    pub fn origin(&self, key: ConfigKey) -> Origin {
        if self.values.contains_key(&key) {
            Origin::File
        } else {
            Origin::Default
        }
    }

    /// The code receipt numbers start with; none until the hall is configured.
    pub fn centre_code(&self) -> Option<&DivisionCode> {
        match self.get(ConfigKey::CentreCode) {
            Some(ConfigValue::CentreCode(code)) => Some(code),
            _ => None,
        }
    }

    pub fn centre_name(&self) -> Option<&str> {
        match self.get(ConfigKey::CentreName) {
            Some(ConfigValue::CentreName(name)) => Some(name),
            _ => None,
        }
    }

    pub fn window(&self) -> Option<&str> {
        match self.get(ConfigKey::Window) {
            Some(ConfigValue::Window(label)) => Some(label),
            _ => None,
        }
    }

    /// The language the file asks for; the command line and the environment come first.
    pub fn lang(&self) -> Option<Lang> {
        match self.get(ConfigKey::Lang) {
            Some(ConfigValue::Lang(lang)) => Some(*lang),
            _ => None,
        }
    }

    pub fn receipts_dir(&self) -> Option<&Path> {
        match self.get(ConfigKey::ReceiptsDir) {
            Some(ConfigValue::ReceiptsDir(path)) => Some(path),
            _ => None,
        }
    }

    /// None: printing is not set up at this counter.
    pub fn print_command(&self) -> Option<&PrintCommand> {
        match self.get(ConfigKey::PrintCommand) {
            Some(ConfigValue::PrintCommand(command)) => Some(command),
            _ => None,
        }
    }

    pub fn idle_lock_minutes(&self) -> u16 {
        match self.get(ConfigKey::IdleLockMinutes) {
            Some(ConfigValue::IdleLockMinutes(n)) => *n,
            _ => DEFAULT_IDLE_LOCK_MINUTES,
        }
    }
}

#[cfg(test)]
mod tests;
