//! What a configuration problem means for the administrator, in the clerk's language: which
//! file and line, which key, what it allows, and what to do.
use std::io::ErrorKind;
use std::path::Path;

use super::{ExitStatus, short};
use crate::domain::config::{
    CENTRE_NAME_MAX_CHARS, ConfigKey, ConfigValueError, IDLE_LOCK_MINUTES, PRINT_COMMAND_MAX_CHARS,
    RECEIPTS_DIR_MAX_CHARS, SettingError, WINDOW_MAX_CHARS,
};
use crate::domain::text::{for_terminal, path_for_terminal};
use crate::i18n::{Arg, Localizer};
use crate::service::config::ConfigError;

/// Cells for the parser's own words on what is wrong: enough for its longest sentence.
const DETAIL_COLS: usize = 120;

/// A file that cannot be used is the administrator's to fix, like a wrong flag (exit 2); a
/// save that failed on the disk, or a defect in the program, is anything else (exit 1).
pub(crate) fn config_status(e: &ConfigError) -> ExitStatus {
    match e {
        ConfigError::Write { .. } | ConfigError::Seed { .. } => ExitStatus::Other,
        _ => ExitStatus::Usage,
    }
}

pub(crate) fn config_message(e: &ConfigError, l10n: &Localizer) -> String {
    let line = |n: &usize| ("line", Arg::Num(*n as i64));
    match e {
        ConfigError::Read { path, kind } => at(l10n, read_message_id(*kind), path, vec![]),
        ConfigError::TooLarge { path, max } => at(
            l10n,
            "config-error-file-too-large",
            path,
            vec![("max", Arg::Num(*max as i64))],
        ),
        ConfigError::NotUtf8 { path, line: n } => {
            at(l10n, "config-error-file-not-utf8", path, vec![line(n)])
        }
        ConfigError::Syntax {
            path,
            line: n,
            detail,
        } => at(
            l10n,
            "config-error-file-syntax",
            path,
            vec![
                line(n),
                ("detail", Arg::Str(&for_terminal(detail, DETAIL_COLS))),
            ],
        ),
        ConfigError::UnknownKey { path, line: n, key } => at(
            l10n,
            "config-error-file-unknown-key",
            path,
            vec![
                line(n),
                ("key", Arg::Str(&short(key))),
                ("keys", Arg::Str(&key_list(l10n))),
            ],
        ),
        ConfigError::BadValue {
            path,
            line: n,
            key,
            value,
            error,
        } => at(
            l10n,
            "config-error-file-value",
            path,
            vec![
                line(n),
                ("key", Arg::Str(key.name())),
                ("reason", Arg::Str(&value_reason(*key, value, *error, l10n))),
            ],
        ),
        ConfigError::NoConfigDir => l10n.t("config-error-no-config-dir"),
        ConfigError::NotAFile { path } => at(l10n, "config-error-not-a-file", path, vec![]),
        ConfigError::Write { path, kind } => at(l10n, write_message_id(*kind), path, vec![]),
        ConfigError::Seed { detail } => {
            l10n.t_args("cli-error-seed", &[("detail", Arg::Str(detail))])
        }
    }
}

/// The message `id` about the file at `path`, with more arguments.
fn at(l10n: &Localizer, id: &str, path: &Path, more: Vec<(&str, Arg<'_>)>) -> String {
    let shown = path_for_terminal(path);
    let mut args = vec![("path", Arg::Str(&shown))];
    args.extend(more);
    l10n.t_args(id, &args)
}

pub(crate) fn setting_message(e: &SettingError, l10n: &Localizer) -> String {
    match e {
        SettingError::UnknownKey(name) => l10n.t_args(
            "config-error-unknown-key",
            &[
                ("key", Arg::Str(&short(name))),
                ("keys", Arg::Str(&key_list(l10n))),
            ],
        ),
        SettingError::BadValue { key, value, error } => value_reason(*key, value, *error, l10n),
    }
}

/// Every key name, joined the way the language lists things.
fn key_list(l10n: &Localizer) -> String {
    ConfigKey::ALL
        .map(ConfigKey::name)
        .join(&l10n.t("common-list-separator"))
}

/// "The value … of key … is not valid" and what the key allows.
fn value_reason(key: ConfigKey, value: &str, error: ConfigValueError, l10n: &Localizer) -> String {
    let rule = rule(key, l10n);
    l10n.t_args(
        error.message_id(),
        &[
            ("key", Arg::Str(key.name())),
            ("value", Arg::Str(&short(value))),
            ("rule", Arg::Str(&rule)),
        ],
    )
}

/// What `key` accepts, with its limits.
pub(crate) fn rule(key: ConfigKey, l10n: &Localizer) -> String {
    let max = match key {
        ConfigKey::CentreName => CENTRE_NAME_MAX_CHARS,
        ConfigKey::Window => WINDOW_MAX_CHARS,
        ConfigKey::ReceiptsDir => RECEIPTS_DIR_MAX_CHARS,
        ConfigKey::PrintCommand => PRINT_COMMAND_MAX_CHARS,
        ConfigKey::IdleLockMinutes => usize::from(*IDLE_LOCK_MINUTES.end()),
        ConfigKey::CentreCode | ConfigKey::Lang => 0,
    };
    l10n.t_args(
        key.rule_message_id(),
        &[
            ("min", Arg::Num(i64::from(*IDLE_LOCK_MINUTES.start()))),
            ("max", Arg::Num(max as i64)),
        ],
    )
}

fn read_message_id(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::PermissionDenied => "config-error-file-permission",
        ErrorKind::IsADirectory => "config-error-file-folder",
        _ => "config-error-file-read",
    }
}

fn write_message_id(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::PermissionDenied => "config-error-write-permission",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "config-error-write-full",
        ErrorKind::ReadOnlyFilesystem => "config-error-write-read-only",
        _ => "config-error-write",
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::cli::{MESSAGE_COLS, MESSAGE_LINES};
    use crate::domain::Lang;
    use crate::domain::text::lines_for_terminal;

    /// Every way the file or a setting can be refused, with the longest arguments each takes.
    fn every_error() -> (Vec<ConfigError>, Vec<SettingError>) {
        let path = PathBuf::from(format!("/{}", "长".repeat(99)));
        let long = "值".repeat(200);
        let line = 12_345;
        let mut files = vec![
            ConfigError::TooLarge {
                path: path.clone(),
                max: 65_536,
            },
            ConfigError::NotUtf8 {
                path: path.clone(),
                line,
            },
            ConfigError::Syntax {
                path: path.clone(),
                line,
                detail: "x".repeat(300),
            },
            ConfigError::UnknownKey {
                path: path.clone(),
                line,
                key: long.clone(),
            },
            ConfigError::NoConfigDir,
            ConfigError::NotAFile { path: path.clone() },
            ConfigError::Seed {
                detail: "bad".into(),
            },
        ];
        for kind in [
            ErrorKind::PermissionDenied,
            ErrorKind::IsADirectory,
            ErrorKind::StorageFull,
            ErrorKind::ReadOnlyFilesystem,
            ErrorKind::Other,
        ] {
            files.push(ConfigError::Read {
                path: path.clone(),
                kind,
            });
            files.push(ConfigError::Write {
                path: path.clone(),
                kind,
            });
        }
        let mut settings = vec![SettingError::UnknownKey(long.clone())];
        for key in ConfigKey::ALL {
            for error in [ConfigValueError::Empty, ConfigValueError::CentreCodeOutside] {
                files.push(ConfigError::BadValue {
                    path: path.clone(),
                    line,
                    key,
                    value: long.clone(),
                    error,
                });
                settings.push(SettingError::BadValue {
                    key,
                    value: long.clone(),
                    error,
                });
            }
        }
        (files, settings)
    }

    #[test]
    fn every_configuration_message_is_whole_within_the_caps_and_names_no_missing_id() {
        let (files, settings) = every_error();
        for lang in Lang::ALL {
            let l10n = Localizer::new(lang).unwrap();
            let messages = files
                .iter()
                .map(|e| config_message(e, &l10n))
                .chain(settings.iter().map(|e| setting_message(e, &l10n)));
            for message in messages {
                assert!(!message.contains("config-"), "{message}");
                assert!(!message.contains("{$"), "{message}");
                let shown = lines_for_terminal(&message, MESSAGE_COLS, MESSAGE_LINES);
                assert_eq!(shown, message, "{}", lang.tag());
            }
        }
    }

    #[test]
    fn a_file_problem_is_a_usage_error_and_a_failed_save_is_not() {
        let (files, _) = every_error();
        for e in &files {
            let want = match e {
                ConfigError::Write { .. } | ConfigError::Seed { .. } => ExitStatus::Other,
                _ => ExitStatus::Usage,
            };
            assert_eq!(config_status(e), want, "{e:?}");
        }
    }

    #[test]
    fn a_rule_states_its_limits() {
        let l10n = Localizer::new(Lang::Zh).unwrap();
        assert!(rule(ConfigKey::IdleLockMinutes, &l10n).contains("240"));
        assert!(rule(ConfigKey::Window, &l10n).contains(&WINDOW_MAX_CHARS.to_string()));
        let mn = Localizer::new(Lang::Mn).unwrap();
        assert!(rule(ConfigKey::CentreName, &mn).contains(&CENTRE_NAME_MAX_CHARS.to_string()));
    }
}
