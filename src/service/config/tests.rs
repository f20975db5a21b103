//! Reading the configuration file, and changing it in place without losing what the
//! administrator wrote around the values.
use super::*;
use crate::domain::Lang;

fn value(key: ConfigKey, raw: &str) -> ConfigValue {
    ConfigValue::parse(key, raw, &region().unwrap()).unwrap()
}

fn write(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join(FILE_NAME);
    fs::write(&path, text).unwrap();
    path
}

#[test]
fn no_file_means_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("absent.toml");
    let loaded = load(Some(&path)).unwrap();
    assert!(!loaded.exists);
    assert_eq!(loaded.path.as_deref(), Some(path.as_path()));
    assert_eq!(loaded.config, HallConfig::default());
    assert_eq!(load(None).unwrap(), LoadedConfig::default());
    assert!(!path.exists(), "reading creates nothing");
}

#[test]
fn the_values_in_force_are_the_file_s_then_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "window = 3\ncentre-code = 150102\n");
    let loaded = load(Some(&path)).unwrap();
    assert!(loaded.exists);
    assert_eq!(loaded.config.window(), Some("3"));
    assert_eq!(loaded.config.centre_code().unwrap().as_str(), "150102");
    assert_eq!(loaded.origin(ConfigKey::Window), Origin::File);
    assert_eq!(loaded.origin(ConfigKey::Lang), Origin::Default);
    assert_eq!(
        loaded.value(ConfigKey::Lang),
        Some(ConfigValue::Lang(Lang::Zh))
    );
    assert_eq!(loaded.value(ConfigKey::CentreName), None);
}

#[test]
fn a_syntax_error_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "# hall\nwindow = \"3\"\nlang = \n");
    match load(Some(&path)) {
        Err(ConfigError::Syntax { path: p, line, .. }) => {
            assert_eq!(p, path);
            assert_eq!(line, 3);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_unknown_key_or_table_names_itself_and_its_line() {
    let dir = tempfile::tempdir().unwrap();
    for (text, key, line) in [
        (
            "lang = \"zh-CN\"\ncentre_code = \"150102\"\n",
            "centre_code",
            2,
        ),
        ("\n\n[hall]\nwindow = \"3\"\n", "hall", 3),
        ("centre.code = \"150102\"\n", "centre", 1),
    ] {
        let path = write(dir.path(), text);
        assert_eq!(
            load(Some(&path)),
            Err(ConfigError::UnknownKey {
                path,
                line,
                key: key.into()
            }),
            "{text}"
        );
    }
}

#[test]
fn a_bad_value_names_its_key_value_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "lang = \"zh-CN\"\n\nidle-lock-minutes = 999\n");
    assert_eq!(
        load(Some(&path)),
        Err(ConfigError::BadValue {
            path: path.clone(),
            line: 3,
            key: ConfigKey::IdleLockMinutes,
            value: "999".into(),
            error: ConfigValueError::OutOfRange { min: 1, max: 240 },
        })
    );
    let path = write(dir.path(), "window = [1, 2]\n");
    assert!(matches!(
        load(Some(&path)),
        Err(ConfigError::BadValue {
            line: 1,
            error: ConfigValueError::WrongType,
            ..
        })
    ));
}

#[test]
fn a_file_that_is_not_text_or_too_large_or_a_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    fs::write(&path, b"lang = \"zh-CN\"\nwindow = \"\xff\"\n").unwrap();
    assert_eq!(
        load(Some(&path)),
        Err(ConfigError::NotUtf8 {
            path: path.clone(),
            line: 2
        })
    );
    fs::write(&path, vec![b'#'; MAX_FILE_BYTES as usize + 1]).unwrap();
    assert!(matches!(
        load(Some(&path)),
        Err(ConfigError::TooLarge { .. })
    ));
    assert!(matches!(
        load(Some(dir.path())),
        Err(ConfigError::Read {
            kind: io::ErrorKind::IsADirectory,
            ..
        })
    ));
}

#[test]
fn a_file_that_cannot_be_used_still_tells_its_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "lang = \"mn-Mong\"\ncentre_code = \"150102\"\n");
    assert!(load(Some(&path)).is_err());
    assert_eq!(lang_hint(&path), Some(Lang::Mn));
    let path = write(dir.path(), "lang = \"mn-Mong\"\nwindow = \n");
    assert_eq!(
        lang_hint(&path),
        None,
        "a file that does not parse tells nothing"
    );
    assert_eq!(lang_hint(&dir.path().join("absent.toml")), None);
}

#[test]
fn a_byte_order_mark_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "\u{feff}lang = \"mn-Mong\"\n");
    assert_eq!(load(Some(&path)).unwrap().config.lang(), Some(Lang::Mn));
}

#[test]
fn setting_keeps_comments_order_and_the_comment_after_a_value() {
    let dir = tempfile::tempdir().unwrap();
    let original =
        "# 新城区政务服务中心\n\nwindow = \"3\"   # 综合窗口\n\n# 语言\nlang = \"zh-CN\"\n";
    let path = write(dir.path(), original);
    set(&path, &value(ConfigKey::Window, "A-2")).unwrap();
    set(&path, &value(ConfigKey::IdleLockMinutes, "15")).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert_eq!(
        text,
        "# 新城区政务服务中心\n\nwindow = \"A-2\"   # 综合窗口\n\n# 语言\nlang = \"zh-CN\"\nidle-lock-minutes = 15\n"
    );
    let loaded = load(Some(&path)).unwrap();
    assert_eq!(loaded.config.window(), Some("A-2"));
    assert_eq!(loaded.config.idle_lock_minutes(), 15);
}

#[test]
fn setting_creates_the_folder_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a").join("b").join(FILE_NAME);
    let config = set(&path, &value(ConfigKey::CentreCode, "150102")).unwrap();
    assert_eq!(config.centre_code().unwrap().as_str(), "150102");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        "centre-code = \"150102\"\n"
    );
    let names: Vec<_> = fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, [FILE_NAME]);
}

#[test]
fn setting_a_bad_key_puts_it_right_but_other_faults_still_refuse() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "idle-lock-minutes = 0\n");
    let config = set(&path, &value(ConfigKey::IdleLockMinutes, "20")).unwrap();
    assert_eq!(config.idle_lock_minutes(), 20);
    assert_eq!(load(Some(&path)).unwrap().config.idle_lock_minutes(), 20);

    let broken = "idle-lock-minutes = 0\nlang = \"zh-CN\"\n";
    let path = write(dir.path(), broken);
    assert!(matches!(
        set(&path, &value(ConfigKey::Lang, "mn-Mong")),
        Err(ConfigError::BadValue { line: 1, .. })
    ));
    let path = write(dir.path(), "lang = = 1\n");
    assert!(matches!(
        set(&path, &value(ConfigKey::Lang, "mn-Mong")),
        Err(ConfigError::Syntax { line: 1, .. })
    ));
    assert_eq!(fs::read_to_string(&path).unwrap(), "lang = = 1\n");
}

#[cfg(unix)]
#[test]
fn setting_writes_through_a_link_and_never_over_a_device() {
    let dir = tempfile::tempdir().unwrap();
    let real = write(dir.path(), "lang = \"zh-CN\"\n");
    let link = dir.path().join("link.toml");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    set(&link, &value(ConfigKey::Lang, "mn-Mong")).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_to_string(&real).unwrap(), "lang = \"mn-Mong\"\n");

    let null = Path::new("/dev/null");
    assert_eq!(load(Some(null)).unwrap().config, HallConfig::default());
    assert!(matches!(
        set(null, &value(ConfigKey::Lang, "mn-Mong")),
        Err(ConfigError::NotAFile { .. })
    ));
}

#[test]
fn a_failed_write_is_reported_and_leaves_the_old_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "lang = \"zh-CN\"\n");
    // A folder where the temporary file must go: creating it fails even for root.
    let temp = dir
        .path()
        .join(format!(".{FILE_NAME}.{}.tmp", std::process::id()));
    fs::create_dir(&temp).unwrap();
    assert!(matches!(
        set(&path, &value(ConfigKey::Lang, "mn-Mong")),
        Err(ConfigError::Write { .. })
    ));
    assert_eq!(fs::read_to_string(&path).unwrap(), "lang = \"zh-CN\"\n");
}

#[test]
fn the_path_comes_from_the_flag_then_the_environment_then_the_platform() {
    let flag = Some(PathBuf::from("/a.toml"));
    let env = Some(PathBuf::from("/b.toml"));
    assert_eq!(
        config_path(flag, env.clone()),
        Some(PathBuf::from("/a.toml"))
    );
    assert_eq!(
        config_path(None, env.clone()),
        Some(PathBuf::from("/b.toml"))
    );
    let platform = config_path(None, None);
    // As with --db: an empty flag asks for the platform's place, whatever the environment says.
    assert_eq!(config_path(Some(PathBuf::new()), env), platform);
    assert!(platform.is_none_or(|p| p.ends_with("service-desk/config.toml")));
}
