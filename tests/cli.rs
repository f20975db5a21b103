//! The binary driven from outside: `catalogue list|search|show`, exit codes, messages in the
//! chosen language, and a store that is locked, damaged or not a folder.
mod common;

use common::{NO_CONFIG, desk_cmd};

use assert_cmd::Command;
use serde_json::Value;
use service_desk::domain::Lang;
use service_desk::i18n::Localizer;
use service_desk::service::{Desk, OpenOptions};

fn json(cmd: &mut Command) -> Value {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn ids(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn list_prints_all_82_items_as_bilingual_json() {
    let dir = tempfile::tempdir().unwrap();
    let v = json(desk_cmd(dir.path()).args(["catalogue", "list", "--format", "json"]));
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 82);
    assert_eq!(items[0]["id"], "EDU-01");
    assert_eq!(items[0]["domain"], "EDU");
    assert_eq!(items[0]["name"]["zh-CN"], "免费义务教育");
    assert!(
        items[0]["name"]["mn-Mong"]
            .as_str()
            .unwrap()
            .chars()
            .any(|c| ('\u{1820}'..='\u{18AF}').contains(&c))
    );
    assert_eq!(items[81]["id"], "DIS-11");
    for item in items {
        for key in [
            "recipients",
            "standard",
            "funding",
            "department",
            "materials",
            "time_limit",
            "venue",
        ] {
            let field = &item[key];
            assert!(
                field.is_null()
                    || (field["zh-CN"].is_string()
                        && field["mn-Mong"].is_string()
                        && field["source"].is_string()),
                "{key}: {field}"
            );
        }
    }
}

#[test]
fn list_filters_by_domain_and_refuses_unknown_ones() {
    let dir = tempfile::tempdir().unwrap();
    let v = json(desk_cmd(dir.path()).args([
        "catalogue",
        "list",
        "--domain",
        "hou",
        "--format",
        "json",
    ]));
    assert_eq!(ids(&v), ["HOU-01", "HOU-02", "HOU-03"]);
    desk_cmd(dir.path())
        .args(["catalogue", "list", "--domain", "XYZ"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("XYZ"));
}

#[test]
fn search_ranks_and_finds_pinyin_initials() {
    let dir = tempfile::tempdir().unwrap();
    let v = json(desk_cmd(dir.path()).args(["catalogue", "search", "dibao", "--format", "json"]));
    assert_eq!(ids(&v)[0], "SOC-01");
    assert_eq!(v[0]["match"], "everyday-name");
    let v = json(desk_cmd(dir.path()).args(["catalogue", "search", "ywjy", "--format", "json"]));
    assert!(ids(&v).contains(&"EDU-01".to_string()), "{v}");
    let v = json(desk_cmd(dir.path()).args([
        "catalogue",
        "search",
        "最低生活保障",
        "--format",
        "json",
    ]));
    assert_eq!(ids(&v)[0], "SOC-01");
    assert_eq!(v[0]["match"], "exact");
}

#[test]
fn search_cleans_control_characters_and_refuses_floods() {
    let dir = tempfile::tempdir().unwrap();
    let plain =
        json(desk_cmd(dir.path()).args(["catalogue", "search", "低保", "--format", "json"]));
    let dirty = json(desk_cmd(dir.path()).args([
        "catalogue",
        "search",
        "低\u{1b}[31m保\u{7}",
        "--format",
        "json",
    ]));
    assert_eq!(ids(&plain), ids(&dirty));
    let flood = "字".repeat(10_000);
    desk_cmd(dir.path())
        .args(["catalogue", "search", &flood])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("100"));
    desk_cmd(dir.path())
        .args(["catalogue", "search", "\u{1b}[2J"])
        .assert()
        .code(3);
}

#[test]
fn show_prints_the_record_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = desk_cmd(dir.path())
        .args(["catalogue", "show", "edu-01"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("EDU-01  免费义务教育") && text.contains("服务对象"),
        "{text}"
    );
    let mn = desk_cmd(dir.path())
        .args(["--lang", "mn-Mong", "catalogue", "show", "EDU-01"])
        .output()
        .unwrap();
    let mn = String::from_utf8(mn.stdout).unwrap();
    assert!(
        !mn.contains("服务对象"),
        "labels follow the language:\n{mn}"
    );
    let via_env = desk_cmd(dir.path())
        .env("SERVICE_DESK_LANG", "mn-Mong")
        .args(["catalogue", "show", "EDU-01"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(via_env.stdout).unwrap(), mn);
}

#[test]
fn unknown_ids_exit_3_naming_the_id() {
    let dir = tempfile::tempdir().unwrap();
    for bad in ["XYZ-99", "EDU-09", "不是编号"] {
        desk_cmd(dir.path())
            .args(["catalogue", "show", bad])
            .assert()
            .code(3)
            .stderr(predicates::str::contains(bad));
    }
}

#[test]
fn a_store_open_elsewhere_exits_4_in_use() {
    let fx = common::desk();
    desk_cmd(fx.dir.path())
        .args(["catalogue", "list"])
        .assert()
        .code(4)
        .stderr(predicates::str::contains("另一个窗口"));
    drop(fx.desk);
}

#[test]
fn a_damaged_store_exits_4_with_advice_and_no_panic() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("db"), vec![0x5A; 8192]).unwrap();
    let out = desk_cmd(dir.path())
        .args(["catalogue", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("已损坏") && err.contains("备份"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_store_path_that_is_a_file_exits_4() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("file");
    std::fs::write(&file, "x").unwrap();
    desk_cmd(&file).args(["catalogue", "list"]).assert().code(4);
}

#[test]
fn reopening_is_idempotent_and_env_chooses_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let first = desk_cmd(dir.path())
        .args(["catalogue", "list"])
        .output()
        .unwrap();
    let mut cmd = Command::cargo_bin("service-desk").unwrap();
    cmd.env("SERVICE_DESK_CONFIG", NO_CONFIG);
    let second = cmd
        .env_remove("SERVICE_DESK_LANG")
        .env("SERVICE_DESK_DB", dir.path())
        .args(["catalogue", "list"])
        .output()
        .unwrap();
    assert!(first.status.success() && second.status.success());
    assert_eq!(first.stdout, second.stdout);
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    assert_eq!(
        desk.seed_outcome(),
        service_desk::store::catalogue::SeedOutcome::Unchanged
    );
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("service-desk"))
        .env("SERVICE_DESK_CONFIG", NO_CONFIG)
        .args(["catalogue", "list", "--format", "json", "--db"])
        .arg(dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn an_empty_store_variable_means_the_default_folder() {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = Command::cargo_bin("service-desk").unwrap();
    cmd.env("SERVICE_DESK_CONFIG", NO_CONFIG);
    cmd.env("HOME", home.path())
        .env_remove("XDG_DATA_HOME")
        .env("SERVICE_DESK_DB", "");
    cmd.args(["catalogue", "show", "HOU-01"]).assert().success();
    assert!(home.path().join(".local/share/service-desk/store").is_dir());
}

#[test]
fn a_misspelt_language_variable_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    desk_cmd(dir.path())
        .env("SERVICE_DESK_LANG", "mongol")
        .args(["catalogue", "list"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("mongol"));
}

#[test]
fn usage_errors_are_told_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = desk_cmd(dir.path())
        .args(["--lang", "mn-Mong", "catalogue", "frob"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    let said = Localizer::new(Lang::Mn).unwrap().t("cli-error-usage");
    assert!(err.starts_with(&said), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    desk_cmd(dir.path())
        .args(["--lang", "fr", "catalogue", "list"])
        .assert()
        .code(2);
    desk_cmd(dir.path())
        .args(["catalogue", "frobnicate"])
        .assert()
        .code(2);
}

/// Bytes that must never reach a terminal from outside: ESC, BEL, the 8-bit CSI and a
/// right-to-left override.
fn has_raw_controls(stderr: &[u8]) -> bool {
    let text = String::from_utf8_lossy(stderr);
    text.chars()
        .any(|c| matches!(c, '\u{1b}' | '\u{7}' | '\u{9b}' | '\u{202E}' | '\u{2066}'))
}

#[test]
fn a_huge_argument_gives_a_short_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    // Just under the kernel's limit on one argument (128 KiB with its terminating NUL).
    let huge = format!("frob{}", "x".repeat(131_000));
    for args in [
        vec!["catalogue", huge.as_str()],
        vec!["--lang", huge.as_str()],
    ] {
        let out = desk_cmd(dir.path()).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stderr.len() < 4096, "{} bytes", out.stderr.len());
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("frobxxx"), "{err}");
    }
}

#[test]
fn escapes_in_flag_and_variable_values_do_not_reach_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = "mn\u{1b}]0;pwned\u{7}\u{1b}[31m\u{202E}\u{9b}2J\u{2066}x";
    let out = desk_cmd(dir.path())
        .args(["--lang", hostile, "catalogue", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!has_raw_controls(&out.stderr), "{:?}", out.stderr);
    let out = desk_cmd(dir.path())
        .env("SERVICE_DESK_LANG", hostile)
        .args(["catalogue", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!has_raw_controls(&out.stderr), "{:?}", out.stderr);
    assert!(String::from_utf8_lossy(&out.stderr).contains("mnx"));
}

#[test]
fn escapes_in_a_store_path_do_not_reach_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a\u{1b}[31m\u{202E}b");
    std::fs::write(&file, "not a folder").unwrap();
    let out = desk_cmd(&file)
        .args(["catalogue", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(!has_raw_controls(&out.stderr), "{:?}", out.stderr);
}

#[test]
fn echoed_ids_are_cleaned_and_cut() {
    let dir = tempfile::tempdir().unwrap();
    let id = format!("XYZ\u{1b}[2J-{}", "9".repeat(500));
    let out = desk_cmd(dir.path())
        .args(["catalogue", "show", &id])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(!has_raw_controls(&out.stderr), "{:?}", out.stderr);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("XYZ-999") && err.contains("..."), "{err}");
    assert!(err.len() < 400, "{err}");
}

#[cfg(unix)]
#[test]
fn a_language_variable_that_is_not_utf8_is_a_usage_error_in_the_default_language() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let value = std::ffi::OsStr::from_bytes(b"mn\xff\x1b[31m");
    let out = desk_cmd(dir.path())
        .env("SERVICE_DESK_LANG", value)
        .args(["catalogue", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    let said = Localizer::new(Lang::Zh).unwrap().t_args(
        "cli-error-env-lang",
        &[("value", service_desk::i18n::Arg::Str("mn\u{FFFD}"))],
    );
    assert_eq!(err.trim_end(), said);
}

#[test]
fn an_empty_store_flag_means_the_default_folder() {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = Command::cargo_bin("service-desk").unwrap();
    cmd.env("SERVICE_DESK_CONFIG", NO_CONFIG);
    cmd.env("HOME", home.path())
        .env_remove("XDG_DATA_HOME")
        .env_remove("SERVICE_DESK_DB")
        .env_remove("SERVICE_DESK_LANG");
    cmd.args(["--db", "", "catalogue", "show", "HOU-01"])
        .assert()
        .success();
    assert!(home.path().join(".local/share/service-desk/store").is_dir());
}

#[test]
fn a_full_width_id_shows_its_item() {
    let dir = tempfile::tempdir().unwrap();
    let v =
        json(desk_cmd(dir.path()).args(["catalogue", "show", "ＥＤＵ－０１", "--format", "json"]));
    assert_eq!(v["id"], "EDU-01");
    let v = json(desk_cmd(dir.path()).args([
        "catalogue",
        "list",
        "--domain",
        "ＨＯＵ",
        "--format",
        "json",
    ]));
    assert_eq!(ids(&v), ["HOU-01", "HOU-02", "HOU-03"]);
}

#[test]
fn a_zero_width_joiner_inside_a_query_still_finds_dibao() {
    let dir = tempfile::tempdir().unwrap();
    let plain =
        json(desk_cmd(dir.path()).args(["catalogue", "search", "低保", "--format", "json"]));
    let joined = json(desk_cmd(dir.path()).args([
        "catalogue",
        "search",
        "低\u{200D}保",
        "--format",
        "json",
    ]));
    assert_eq!(ids(&joined)[0], "SOC-01");
    assert_eq!(ids(&joined), ids(&plain));
    desk_cmd(dir.path())
        .args(["catalogue", "search", "\u{200D}"])
        .assert()
        .code(3);
}

#[test]
fn show_json_says_each_fields_edition_when_the_item_was_checked_and_what_was_superseded() {
    let dir = tempfile::tempdir().unwrap();
    let v = json(desk_cmd(dir.path()).args(["catalogue", "show", "SOC-03", "--format", "json"]));
    assert_eq!(v["department"]["edition"], "2018");
    assert!(v["checked"].as_str().is_some_and(|d| d.len() == 10));
    let old = &v["history"][0];
    assert_eq!(old["field"], "department");
    assert_eq!(old["until"], "2018-03-20");
    assert!(
        old["text"]["zh-CN"]
            .as_str()
            .is_some_and(|t| t.contains("民政"))
    );
    let never =
        json(desk_cmd(dir.path()).args(["catalogue", "show", "CUL-01", "--format", "json"]));
    assert!(never["history"].as_array().is_some_and(|h| h.is_empty()));
}
