//! The hall's configuration file, driven through the binary: where it is looked for, what
//! `config show` and `config set` do, how a damaged file is reported, and how the language
//! follows `--lang`, then `SERVICE_DESK_LANG`, then the file. Every run has its own home
//! folder, so no real user's configuration is read or touched.
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::str::contains;
use serde_json::Value;
use service_desk::domain::Lang;
use service_desk::i18n::Localizer;

/// A home folder of its own, with the store beside it.
struct Hall {
    home: tempfile::TempDir,
}

impl Hall {
    fn new() -> Hall {
        Hall {
            home: tempfile::tempdir().unwrap(),
        }
    }

    fn home(&self) -> &Path {
        self.home.path()
    }

    /// Where the platform puts the file for this home.
    fn file(&self) -> PathBuf {
        self.home()
            .join(".config")
            .join("service-desk")
            .join("config.toml")
    }

    fn store(&self) -> PathBuf {
        self.home().join("store")
    }

    fn write(&self, text: &str) -> PathBuf {
        let file = self.file();
        fs::create_dir_all(file.parent().unwrap()).unwrap();
        fs::write(&file, text).unwrap();
        file
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("service-desk").unwrap();
        cmd.env_remove("SERVICE_DESK_LANG")
            .env_remove("SERVICE_DESK_DB")
            .env_remove("SERVICE_DESK_CONFIG")
            .env("HOME", self.home())
            .env("XDG_CONFIG_HOME", self.home().join(".config"))
            .env("XDG_DATA_HOME", self.home().join(".local/share"))
            .arg("--db")
            .arg(self.store());
        cmd
    }

    fn show_json(&self, cmd: &mut Command) -> Value {
        let out = cmd
            .args(["config", "show", "--format", "json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }
}

fn text(lang: Lang, id: &str) -> String {
    Localizer::new(lang).unwrap().t(id)
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn with_no_file_every_key_shows_its_default_and_nothing_is_created() {
    let hall = Hall::new();
    let v = hall.show_json(&mut hall.cmd());
    assert_eq!(v["file"], hall.file().to_str().unwrap());
    assert_eq!(v["exists"], false);
    let settings = v["settings"].as_object().unwrap();
    assert_eq!(settings.len(), 7);
    for (key, setting) in settings {
        assert_eq!(setting["source"], "default", "{key}");
    }
    assert_eq!(settings["idle-lock-minutes"]["value"], 10);
    assert_eq!(settings["lang"]["value"], "zh-CN");
    assert!(settings["centre-code"]["value"].is_null());
    assert!(settings["print-command"]["value"].is_null());
    let receipts = settings["receipts-dir"]["value"].as_str().unwrap();
    assert!(
        receipts.starts_with(hall.home().to_str().unwrap()),
        "{receipts}"
    );

    let table = stdout(hall.cmd().args(["config", "show"]));
    assert!(
        table.contains(&text(Lang::Zh, "config-column-key")),
        "{table}"
    );
    assert!(table.contains("idle-lock-minutes"), "{table}");
    assert!(!hall.file().exists(), "showing creates no file");
    assert!(!hall.store().exists(), "config never opens the store");
}

#[test]
fn set_then_show_round_trips_and_keeps_the_administrators_comments() {
    let hall = Hall::new();
    let original = "# 新城区政务服务中心 一楼大厅\n\nwindow = \"3\"  # 综合窗口\n\n# 打印机在窗口左侧\nprint-command = \"lp -d counter\"\n";
    let file = hall.write(original);
    hall.cmd()
        .args(["config", "set", "window", "A-2"])
        .assert()
        .success()
        .stdout(contains("A-2"));
    hall.cmd()
        .args(["config", "set", "centre-code", "150102"])
        .assert()
        .success();
    hall.cmd()
        .args(["config", "set", "idle-lock-minutes", "15"])
        .assert()
        .success();
    let written = fs::read_to_string(&file).unwrap();
    assert_eq!(
        written,
        "# 新城区政务服务中心 一楼大厅\n\nwindow = \"A-2\"  # 综合窗口\n\n# 打印机在窗口左侧\nprint-command = \"lp -d counter\"\ncentre-code = \"150102\"\nidle-lock-minutes = 15\n"
    );
    let names: Vec<_> = fs::read_dir(file.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names, ["config.toml"], "no temporary file is left behind");

    let v = hall.show_json(&mut hall.cmd());
    assert_eq!(v["exists"], true);
    let s = &v["settings"];
    assert_eq!(s["window"]["value"], "A-2");
    assert_eq!(s["window"]["source"], "file");
    assert_eq!(s["centre-code"]["value"], "150102");
    assert_eq!(s["idle-lock-minutes"]["value"], 15);
    assert_eq!(s["print-command"]["value"], "lp -d counter");
    assert_eq!(s["lang"]["source"], "default");

    let table = stdout(hall.cmd().args(["config", "show"]));
    assert!(table.contains("150102（新城区）"), "{table}");
    assert!(
        table.contains(&text(Lang::Zh, "config-source-file")),
        "{table}"
    );
}

#[test]
fn set_creates_the_file_and_its_folder() {
    let hall = Hall::new();
    hall.cmd()
        .args(["config", "set", "lang", "mn-Mong"])
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(hall.file()).unwrap(),
        "lang = \"mn-Mong\"\n"
    );
}

#[test]
fn an_unknown_key_is_refused_naming_it_and_the_keys_there_are() {
    let hall = Hall::new();
    hall.cmd()
        .args(["config", "set", "centre_code", "150102"])
        .assert()
        .code(3)
        .stderr(contains("centre_code"))
        .stderr(contains("centre-code"))
        .stderr(contains("idle-lock-minutes"));
    assert!(!hall.file().exists());
}

#[test]
fn a_bad_value_is_refused_naming_the_key_and_what_it_allows() {
    let hall = Hall::new();
    let file = hall.write("window = \"3\"\n");
    let refused = [
        ("centre-code", "110101", "110101"),
        ("centre-code", "15010", "15010"),
        ("idle-lock-minutes", "0", "240"),
        ("idle-lock-minutes", "ten", "240"),
        ("window", "A 2", "A-2"),
        ("lang", "en", "mn-Mong"),
        ("receipts-dir", "receipts", "receipts-dir"),
        ("print-command", "lp -d 'front desk'", "print-command"),
    ];
    for (key, value, named) in refused {
        hall.cmd()
            .args(["config", "set", key, value])
            .assert()
            .code(3)
            .stderr(contains(key))
            .stderr(contains(named));
    }
    assert_eq!(fs::read_to_string(&file).unwrap(), "window = \"3\"\n");
    hall.cmd()
        .args(["config", "set", "idle-lock-minutes", "-5"])
        .assert()
        .code(3);
}

#[test]
fn a_centre_code_names_a_division_of_the_region() {
    let hall = Hall::new();
    let lines = |out: &str| out.lines().map(str::to_string).collect::<Vec<_>>();
    hall.cmd()
        .args(["config", "set", "centre-code", "110101"])
        .assert()
        .code(3)
        .stderr(contains("110101"))
        .stderr(contains("150102"));
    for code in ["150000", "152500", "150172", "150102"] {
        hall.cmd()
            .args(["config", "set", "centre-code", code])
            .assert()
            .success();
    }
    let mn = stdout(hall.cmd().args(["--lang", "mn-Mong", "config", "show"]));
    assert!(
        lines(&mn)
            .iter()
            .any(|l| l.starts_with("centre-code") && l.contains("ᠰᠢᠨ\u{180e}ᠡ ᠬᠣᠲᠠ ᠲᠣᠭᠤᠷᠢᠭ")),
        "{mn}"
    );
}

#[test]
fn a_file_with_a_syntax_error_stops_every_command_naming_file_and_line() {
    let hall = Hall::new();
    let file = hall.write("# 大厅\nwindow = \"3\"\nlang = \n");
    let path = file.to_str().unwrap();
    let runs: [&[&str]; 3] = [
        &["catalogue", "list"],
        &["config", "show"],
        &["config", "set", "lang", "mn-Mong"],
    ];
    for args in runs {
        hall.cmd()
            .args(args)
            .assert()
            .code(2)
            .stderr(contains(path))
            .stderr(contains("第 3 行"));
    }
    // The counter screen is refused the same way, before the terminal is looked at.
    hall.cmd()
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(contains(path));
    assert!(!hall.store().exists(), "nothing is opened on a broken file");
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        "# 大厅\nwindow = \"3\"\nlang = \n"
    );
}

#[test]
fn an_unknown_key_in_the_file_is_named_with_file_and_line() {
    let hall = Hall::new();
    let file = hall.write("window = \"3\"\ncentre_code = \"150102\"\n");
    hall.cmd()
        .args(["catalogue", "show", "EDU-01"])
        .assert()
        .code(2)
        .stderr(contains(file.to_str().unwrap()))
        .stderr(contains("第 2 行"))
        .stderr(contains("centre_code"));
}

#[test]
fn a_bad_value_in_the_file_is_named_and_set_puts_it_right() {
    let hall = Hall::new();
    let file = hall.write("idle-lock-minutes = 0   # 太短\nwindow = \"3\"\n");
    hall.cmd()
        .args(["config", "show"])
        .assert()
        .code(2)
        .stderr(contains("第 1 行"))
        .stderr(contains("idle-lock-minutes"))
        .stderr(contains("240"));
    hall.cmd()
        .args(["config", "set", "window", "4"])
        .assert()
        .code(2);
    hall.cmd()
        .args(["config", "set", "idle-lock-minutes", "20"])
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        "idle-lock-minutes = 20   # 太短\nwindow = \"3\"\n"
    );
    hall.cmd().args(["config", "show"]).assert().success();
}

#[test]
fn a_file_that_is_not_text_or_is_a_folder_is_refused() {
    let hall = Hall::new();
    let file = hall.file();
    fs::create_dir_all(file.parent().unwrap()).unwrap();
    fs::write(&file, b"window = \"3\"\n\n# \xff\xfe\n").unwrap();
    hall.cmd()
        .args(["config", "show"])
        .assert()
        .code(2)
        .stderr(contains("第 3 行"))
        .stderr(contains("UTF-8"));
    hall.cmd()
        .env("SERVICE_DESK_CONFIG", hall.home())
        .args(["config", "show"])
        .assert()
        .code(2)
        .stderr(contains(hall.home().to_str().unwrap()));
}

#[test]
fn help_version_and_usage_errors_are_told_whatever_the_file_holds() {
    let hall = Hall::new();
    hall.write("lang = \n");
    hall.cmd()
        .arg("--help")
        .assert()
        .success()
        .stdout(contains("--config"));
    hall.cmd()
        .arg("--version")
        .assert()
        .success()
        .stdout(contains("service-desk"));
    hall.cmd()
        .arg("--bogus")
        .assert()
        .code(2)
        .stderr(contains(text(Lang::Zh, "cli-error-usage")));
}

#[test]
fn the_language_comes_from_the_file_when_nothing_else_names_one() {
    let hall = Hall::new();
    hall.write("lang = \"mn-Mong\"\n");
    let record = stdout(hall.cmd().args(["catalogue", "show", "EDU-01"]));
    let label = Localizer::new(Lang::Mn)
        .unwrap()
        .t("catalogue-field-recipients");
    assert!(record.contains(&label), "{record}");
    hall.cmd()
        .args(["catalogue", "show", "XYZ-99"])
        .assert()
        .code(3)
        .stderr(contains("XYZ-99"))
        .stderr(contains("ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ"));
    hall.cmd()
        .arg("--bogus")
        .assert()
        .code(2)
        .stderr(contains(text(Lang::Mn, "cli-error-usage")));
}

#[test]
fn a_file_in_error_is_reported_in_the_language_it_asks_for() {
    let hall = Hall::new();
    hall.write("lang = \"mn-Mong\"\ncentre_code = \"150102\"\n");
    hall.cmd()
        .args(["config", "show"])
        .assert()
        .code(2)
        .stderr(contains("centre_code"))
        .stderr(contains("2 ᠳ\u{180b}ᠤᠭᠠᠷ ᠮᠥᠷ"));
}

#[test]
fn the_flag_beats_the_environment_which_beats_the_file() {
    let hall = Hall::new();
    let zh = text(Lang::Zh, "config-column-key");
    let mn = text(Lang::Mn, "config-column-key");
    let header = |cmd: &mut Command| {
        let out = stdout(cmd.args(["config", "show"]));
        match (out.contains(&zh), out.contains(&mn)) {
            (true, false) => Lang::Zh,
            (false, true) => Lang::Mn,
            _ => panic!("{out}"),
        }
    };
    hall.write("lang = \"mn-Mong\"\n");
    assert_eq!(header(&mut hall.cmd()), Lang::Mn, "the file");
    assert_eq!(
        header(hall.cmd().env("SERVICE_DESK_LANG", "zh-CN")),
        Lang::Zh,
        "the environment over the file"
    );
    assert_eq!(
        header(
            hall.cmd()
                .env("SERVICE_DESK_LANG", "zh-CN")
                .args(["--lang", "mn-Mong"])
        ),
        Lang::Mn,
        "the flag over the environment"
    );
    hall.write("lang = \"zh-CN\"\n");
    assert_eq!(
        header(hall.cmd().env("SERVICE_DESK_LANG", "mn-Mong")),
        Lang::Mn
    );
    assert_eq!(
        header(
            hall.cmd()
                .env("SERVICE_DESK_LANG", "mn-Mong")
                .args(["--lang", "zh-CN"])
        ),
        Lang::Zh
    );
    assert_eq!(header(&mut hall.cmd()), Lang::Zh);
}

#[test]
fn the_config_flag_beats_the_environment_which_beats_the_platform_folder() {
    let hall = Hall::new();
    hall.write("window = \"1\"\n");
    let by_env = hall.home().join("env.toml");
    fs::write(&by_env, "window = \"2\"\n").unwrap();
    let by_flag = hall.home().join("flag.toml");
    fs::write(&by_flag, "window = \"3\"\n").unwrap();

    let window = |v: Value| {
        v["settings"]["window"]["value"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(window(hall.show_json(&mut hall.cmd())), "1");
    let mut env = hall.cmd();
    env.env("SERVICE_DESK_CONFIG", &by_env);
    assert_eq!(window(hall.show_json(&mut env)), "2");
    let mut both = hall.cmd();
    both.env("SERVICE_DESK_CONFIG", &by_env)
        .arg("--config")
        .arg(&by_flag);
    let v = hall.show_json(&mut both);
    assert_eq!(v["file"], by_flag.to_str().unwrap());
    assert_eq!(window(v), "3");

    hall.cmd()
        .env("SERVICE_DESK_CONFIG", &by_env)
        .arg("--config")
        .arg(&by_flag)
        .args(["config", "set", "window", "9"])
        .assert()
        .success();
    assert_eq!(fs::read_to_string(&by_flag).unwrap(), "window = \"9\"\n");
    assert_eq!(fs::read_to_string(&by_env).unwrap(), "window = \"2\"\n");
    assert_eq!(fs::read_to_string(hall.file()).unwrap(), "window = \"1\"\n");
}

#[test]
fn config_commands_work_when_the_store_cannot_be_opened() {
    let hall = Hall::new();
    fs::write(hall.store(), b"not a folder").unwrap();
    hall.cmd().args(["catalogue", "list"]).assert().code(4);
    hall.cmd().args(["config", "show"]).assert().success();
    hall.cmd()
        .args(["config", "set", "window", "5"])
        .assert()
        .success();
}

/// String literals in the source that name a configuration message.
fn config_ids_in(dir: &Path, out: &mut Vec<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            config_ids_in(&path, out);
            continue;
        }
        let source = fs::read_to_string(&path).unwrap();
        for literal in source.split('"').skip(1).step_by(2) {
            let is_id = literal.starts_with("config-")
                && literal
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !literal.ends_with('-');
            if is_id {
                out.push(literal.to_string());
            }
        }
    }
}

#[test]
fn every_configuration_message_the_code_names_exists_in_both_languages() {
    let mut ids = Vec::new();
    config_ids_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut ids);
    assert!(ids.len() > 30, "the scan found too few ids: {ids:?}");
    let l10n = Localizer::new(Lang::Zh).unwrap();
    for lang in Lang::ALL {
        let missing: Vec<_> = ids.iter().filter(|id| !l10n.has(lang, id)).collect();
        assert!(missing.is_empty(), "{}: {missing:?}", lang.tag());
    }
}
