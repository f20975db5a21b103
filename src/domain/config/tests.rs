//! The rules of each configuration key, against the region's real division list.
use proptest::prelude::*;

use super::*;
use crate::domain::reference::divisions;

fn region() -> Vec<Division> {
    divisions().unwrap()
}

fn parse(key: ConfigKey, raw: &str) -> Result<ConfigValue, ConfigValueError> {
    ConfigValue::parse(key, raw, &region())
}

#[test]
fn every_key_round_trips_through_its_name() {
    for key in ConfigKey::ALL {
        assert_eq!(ConfigKey::parse(key.name()), Some(key));
        assert!(
            key.name()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-')
        );
    }
    assert_eq!(ConfigKey::parse("centre_code"), None);
    assert_eq!(ConfigKey::parse("Centre-Code"), None);
    assert_eq!(ConfigKey::parse(""), None);
}

#[test]
fn a_centre_code_must_be_a_division_of_the_region() {
    let code = |raw| parse(ConfigKey::CentreCode, raw);
    assert_eq!(code("150102").unwrap().to_text(), "150102");
    assert_eq!(code(" １５０１０２ ").unwrap().to_text(), "150102");
    assert!(code("150000").is_ok(), "the region's own hall");
    assert!(code("152500").is_ok(), "a league");
    assert!(
        code("150172").is_ok(),
        "a development zone with its own code"
    );
    assert_eq!(code("110101"), Err(ConfigValueError::CentreCodeOutside));
    assert_eq!(code("150199"), Err(ConfigValueError::CentreCodeOutside));
    assert_eq!(code("15010"), Err(ConfigValueError::CentreCodeFormat));
    assert_eq!(code("990101"), Err(ConfigValueError::CentreCodeFormat));
    assert_eq!(code("abcdef"), Err(ConfigValueError::CentreCodeFormat));
}

#[test]
fn a_centre_name_is_cleaned_and_capped() {
    let name = |raw: &str| parse(ConfigKey::CentreName, raw);
    assert_eq!(
        name("  新城区\u{1b}[31m政务服务中心\u{7} ")
            .unwrap()
            .to_text(),
        "新城区政务服务中心"
    );
    assert_eq!(name(" \u{200b} "), Err(ConfigValueError::Empty));
    let long = "中".repeat(CENTRE_NAME_MAX_CHARS + 1);
    assert_eq!(
        name(&long),
        Err(ConfigValueError::TooLong {
            max: CENTRE_NAME_MAX_CHARS
        })
    );
    assert!(name(&"中".repeat(CENTRE_NAME_MAX_CHARS)).is_ok());
}

#[test]
fn a_window_is_a_short_label() {
    let window = |raw: &str| parse(ConfigKey::Window, raw);
    assert_eq!(window("3").unwrap().to_text(), "3");
    assert_eq!(window("A-2").unwrap().to_text(), "A-2");
    assert_eq!(window("Ａ－２").unwrap().to_text(), "A-2");
    assert_eq!(window("综合1").unwrap().to_text(), "综合1");
    assert_eq!(window(""), Err(ConfigValueError::Empty));
    assert_eq!(window("A 2"), Err(ConfigValueError::WindowChars));
    assert_eq!(window("A/2"), Err(ConfigValueError::WindowChars));
    assert_eq!(
        window("123456789"),
        Err(ConfigValueError::TooLong {
            max: WINDOW_MAX_CHARS
        })
    );
}

#[test]
fn a_language_is_one_this_program_speaks() {
    assert_eq!(
        parse(ConfigKey::Lang, "mn-Mong"),
        Ok(ConfigValue::Lang(Lang::Mn))
    );
    assert_eq!(
        parse(ConfigKey::Lang, "zh-CN"),
        Ok(ConfigValue::Lang(Lang::Zh))
    );
    assert_eq!(
        parse(ConfigKey::Lang, "en"),
        Err(ConfigValueError::UnknownLang)
    );
}

#[test]
fn a_receipts_folder_is_an_absolute_path_kept_as_written() {
    let dir = |raw: &str| parse(ConfigKey::ReceiptsDir, raw);
    assert_eq!(
        dir("/srv/receipts ").unwrap().to_text(),
        "/srv/receipts ",
        "a path is not tidied"
    );
    assert_eq!(dir("receipts"), Err(ConfigValueError::NotAbsolute));
    assert_eq!(dir("  "), Err(ConfigValueError::Empty));
    assert_eq!(dir("/srv/\nx"), Err(ConfigValueError::ControlChars));
}

#[test]
fn a_print_command_is_words_without_shell_quoting() {
    let command = PrintCommand::parse("  lp   -d counter ").unwrap();
    assert_eq!(command.program(), "lp");
    assert_eq!(command.args(), ["-d", "counter"]);
    assert_eq!(command.to_string(), "lp -d counter");
    assert_eq!(
        PrintCommand::parse("lp -d 'front desk'"),
        Err(ConfigValueError::Quotes)
    );
    assert_eq!(
        PrintCommand::parse("lp\u{1b}[2J"),
        Err(ConfigValueError::ControlChars)
    );
    assert_eq!(PrintCommand::parse(" "), Err(ConfigValueError::Empty));
    assert!(matches!(
        PrintCommand::parse(&"x".repeat(PRINT_COMMAND_MAX_CHARS + 1)),
        Err(ConfigValueError::TooLong { .. })
    ));
}

#[test]
fn idle_lock_minutes_refuses_what_is_not_a_number() {
    let minutes = |raw: &str| parse(ConfigKey::IdleLockMinutes, raw);
    assert_eq!(minutes(" 15 "), Ok(ConfigValue::IdleLockMinutes(15)));
    assert_eq!(minutes("１５"), Ok(ConfigValue::IdleLockMinutes(15)));
    assert_eq!(minutes("ten"), Err(ConfigValueError::NotANumber));
    assert_eq!(minutes("1.5"), Err(ConfigValueError::NotANumber));
    assert_eq!(minutes(""), Err(ConfigValueError::NotANumber));
}

proptest! {
    #[test]
    fn idle_lock_minutes_accepts_exactly_its_range(n in -100_000i64..100_000) {
        let parsed = parse(ConfigKey::IdleLockMinutes, &n.to_string());
        if (1..=240).contains(&n) {
            prop_assert_eq!(parsed, Ok(ConfigValue::IdleLockMinutes(n as u16)));
        } else {
            prop_assert_eq!(parsed, Err(ConfigValueError::OutOfRange { min: 1, max: 240 }));
        }
    }
}

#[test]
fn an_empty_configuration_gives_the_defaults() {
    let config = HallConfig::default();
    assert_eq!(config.idle_lock_minutes(), DEFAULT_IDLE_LOCK_MINUTES);
    assert_eq!(config.lang(), None);
    assert_eq!(config.centre_code(), None);
    assert_eq!(config.print_command(), None);
    for key in ConfigKey::ALL {
        assert_eq!(config.origin(key), Origin::Default);
    }
    assert_eq!(
        ConfigValue::default_for(ConfigKey::Lang),
        Some(ConfigValue::Lang(Lang::Zh))
    );
    assert_eq!(ConfigValue::default_for(ConfigKey::CentreCode), None);
}

#[test]
fn a_value_set_is_read_back_from_the_file() {
    let mut config = HallConfig::default();
    for (key, raw) in [
        (ConfigKey::CentreCode, "150102"),
        (ConfigKey::CentreName, "新城区政务服务中心"),
        (ConfigKey::Window, "A-2"),
        (ConfigKey::Lang, "mn-Mong"),
        (ConfigKey::ReceiptsDir, "/srv/receipts"),
        (ConfigKey::PrintCommand, "lp -d counter"),
        (ConfigKey::IdleLockMinutes, "30"),
    ] {
        let value = parse(key, raw).unwrap();
        assert_eq!(value.key(), key);
        config.set(value);
        assert_eq!(config.origin(key), Origin::File);
        assert_eq!(config.get(key).unwrap().to_text(), raw);
    }
    assert_eq!(config.centre_code().unwrap().as_str(), "150102");
    assert_eq!(config.centre_name(), Some("新城区政务服务中心"));
    assert_eq!(config.window(), Some("A-2"));
    assert_eq!(config.lang(), Some(Lang::Mn));
    assert_eq!(config.receipts_dir(), Some(Path::new("/srv/receipts")));
    assert_eq!(config.print_command().unwrap().program(), "lp");
    assert_eq!(config.idle_lock_minutes(), 30);
    assert_eq!(
        config.get(ConfigKey::IdleLockMinutes).unwrap().as_integer(),
        Some(30)
    );
    assert_eq!(config.get(ConfigKey::Window).unwrap().as_integer(), None);
}

#[test]
fn a_setting_from_the_command_line_names_what_was_wrong() {
    let region = region();
    assert_eq!(
        parse_setting("centre_code", "150102", &region),
        Err(SettingError::UnknownKey("centre_code".into()))
    );
    assert_eq!(
        parse_setting("centre-code", "110101", &region),
        Err(SettingError::BadValue {
            key: ConfigKey::CentreCode,
            value: "110101".into(),
            error: ConfigValueError::CentreCodeOutside
        })
    );
    assert_eq!(
        ConfigValueError::CentreCodeOutside.message_id(),
        "config-error-centre-outside"
    );
    assert_eq!(ConfigValueError::Empty.message_id(), "config-error-value");
    assert!(parse_setting("window", "3", &region).is_ok());
}
