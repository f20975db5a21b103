//! `service-desk config show|set`: the hall's settings, read and changed without opening the
//! store.
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::error::CliError;
use super::output::write_json;
use super::{ConfigCommand, Format, Start};
use crate::domain::config::{ConfigKey, ConfigValue, Origin, parse_setting};
use crate::domain::reference::divisions;
use crate::domain::text::{display_width, for_terminal, path_for_terminal};
use crate::i18n::{Arg, Localizer};
use crate::service::ServiceError;
use crate::service::config::{self as service, ConfigError, LoadedConfig};

type Written = std::io::Result<()>;

pub fn run(start: &Start, cmd: ConfigCommand, out: &mut dyn Write) -> Result<(), CliError> {
    start.check_env()?;
    let written = match cmd {
        ConfigCommand::Show { format } => show(start.config()?, &start.l10n, format, out),
        ConfigCommand::Set { key, value } => set(start, &key, &value, out)?,
    };
    match written {
        // A reader that stops early (`| head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(CliError::Output),
    }
}

/// Checks the key and value first (exit 3), then changes the file.
fn set(start: &Start, name: &str, raw: &str, out: &mut dyn Write) -> Result<Written, CliError> {
    let region = divisions().map_err(|e| CliError::Service(ServiceError::Seed(e)))?;
    let value = parse_setting(name, raw, &region).map_err(CliError::Setting)?;
    let path = start
        .config_path()
        .ok_or(CliError::Config(ConfigError::NoConfigDir))?;
    service::set(path, &value).map_err(CliError::Config)?;
    let done = start.l10n.t_args(
        "config-set-done",
        &[
            ("key", Arg::Str(value.key().name())),
            ("value", Arg::Str(&shown_value(&value))),
            ("path", Arg::Str(&path_for_terminal(path))),
        ],
    );
    Ok(writeln!(out, "{done}"))
}

fn show(loaded: &LoadedConfig, l10n: &Localizer, format: Format, out: &mut dyn Write) -> Written {
    match format {
        Format::Json => write_json(out, &show_json(loaded)),
        Format::Table => write_show_table(loaded, l10n, out),
    }
}

/// Values come from the file; nothing in them may drive the terminal. Wide enough for the
/// longest path the rules allow.
fn shown_value(value: &ConfigValue) -> String {
    for_terminal(&value.to_text(), 1100)
}

#[derive(Serialize)]
struct ShowJson {
    file: Option<String>,
    exists: bool,
    settings: BTreeMap<&'static str, SettingJson>,
}

#[derive(Serialize)]
struct SettingJson {
    value: serde_json::Value,
    source: &'static str,
}

fn show_json(loaded: &LoadedConfig) -> ShowJson {
    let settings = ConfigKey::ALL
        .into_iter()
        .map(|key| {
            let value = match loaded.value(key) {
                None => serde_json::Value::Null,
                Some(v) => match v.as_integer() {
                    Some(n) => n.into(),
                    None => v.to_text().into(),
                },
            };
            let source = match loaded.origin(key) {
                Origin::File => "file",
                Origin::Default => "default",
            };
            (key.name(), SettingJson { value, source })
        })
        .collect();
    ShowJson {
        file: loaded
            .path
            .as_deref()
            .map(|p| p.to_string_lossy().into_owned()),
        exists: loaded.exists,
        settings,
    }
}

/// Which file, then one row per key: its name, its value and where the value came from.
fn write_show_table(loaded: &LoadedConfig, l10n: &Localizer, out: &mut dyn Write) -> Written {
    writeln!(
        out,
        "{}",
        file_line(loaded.path.as_deref(), loaded.exists, l10n)
    )?;
    let mut rows = vec![[
        l10n.t("config-column-key"),
        l10n.t("config-column-value"),
        l10n.t("config-column-source"),
    ]];
    rows.extend(ConfigKey::ALL.into_iter().map(|key| {
        let value = loaded
            .value(key)
            .map_or_else(|| l10n.t("config-value-unset"), |v| value_cell(&v, l10n));
        let source = match loaded.origin(key) {
            Origin::File => l10n.t("config-source-file"),
            Origin::Default => l10n.t("config-source-default"),
        };
        [key.name().to_string(), value, source]
    }));
    let width = |col: usize| rows.iter().map(|r| display_width(&r[col])).max();
    let (key_width, value_width) = (width(0).unwrap_or(0), width(1).unwrap_or(0));
    for [key, value, source] in &rows {
        writeln!(
            out,
            "{}  {}  {source}",
            pad(key, key_width),
            pad(value, value_width)
        )?;
    }
    Ok(())
}

fn file_line(path: Option<&Path>, exists: bool, l10n: &Localizer) -> String {
    match path {
        None => l10n.t("config-file-none"),
        Some(path) => {
            let id = if exists {
                "config-file"
            } else {
                "config-file-missing"
            };
            l10n.t_args(id, &[("path", Arg::Str(&path_for_terminal(path)))])
        }
    }
}

/// A centre code is shown with the division it names, so a wrong digit shows at a glance.
fn value_cell(value: &ConfigValue, l10n: &Localizer) -> String {
    let text = shown_value(value);
    let ConfigValue::CentreCode(code) = value else {
        return text;
    };
    let named = divisions()
        .ok()
        .and_then(|all| all.into_iter().find(|d| d.code == code.as_str()));
    match named {
        None => text,
        Some(d) => {
            let name = match l10n.lang() {
                crate::domain::Lang::Mn => d.name_mn.unwrap_or(d.name_zh),
                crate::domain::Lang::Zh => d.name_zh,
            };
            l10n.t_args(
                "config-centre-code-named",
                &[("code", Arg::Str(&text)), ("name", Arg::Str(&name))],
            )
        }
    }
}

fn pad(s: &str, width: usize) -> String {
    let fill = width.saturating_sub(display_width(s));
    format!("{s}{}", " ".repeat(fill))
}
