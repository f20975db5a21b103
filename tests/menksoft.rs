//! Mongolian typed with a Menksoft input method (private-use shape codes) is stored as
//! standard Unicode: `intake add` with such a name, then `records show`, gives Unicode back.
use serde_json::{Value, json};

mod common;

/// ᠮᠣᠩᠭᠣᠯ in Menksoft's shape code, as the Java converter writes it in mongol-convert's
/// golden corpus.
const MONGGOL_SHAPES: &str = "\u{E2F1}\u{E291}\u{E2BD}\u{E2D9}\u{E291}\u{E2F9}";

fn cmd(home: &std::path::Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("service-desk").unwrap();
    cmd.env_remove("SERVICE_DESK_LANG")
        .env_remove("SERVICE_DESK_DB")
        .env("SERVICE_DESK_CONFIG", home.join("config.toml"))
        .env("HOME", home)
        .env("SERVICE_DESK_OPERATOR", common::OPERATOR)
        .env("SERVICE_DESK_PASSWORD", common::PASSWORD)
        .env_remove("SERVICE_DESK_PASSWORD_FILE")
        .arg("--db")
        .arg(home.join("store"));
    cmd
}

#[test]
fn a_name_typed_in_menksoft_is_stored_and_shown_as_unicode() {
    let home = tempfile::tempdir().unwrap();
    cmd(home.path())
        .args(["config", "set", "centre-code", "150102"])
        .assert()
        .success();
    cmd(home.path())
        .args(["operators", "init", "--name", common::OPERATOR])
        .env("SERVICE_DESK_NEW_PASSWORD", common::PASSWORD)
        .assert()
        .success();
    let application = json!({
        "applicant": {"name": format!("{MONGGOL_SHAPES} 巴特尔"), "id_number": "150102198503071247",
                      "address": format!("呼和浩特市 {MONGGOL_SHAPES}\u{202F}ᠤᠨ")},
        "services": ["SOC-01"],
        "channel": "counter",
        "notes": MONGGOL_SHAPES
    });
    let receipt: Value = common::json_of(
        cmd(home.path())
            .args(["intake", "add", "-", "--format", "json"])
            .write_stdin(application.to_string()),
    );
    let receipt = receipt["receipt"].as_str().unwrap();
    let out = cmd(home.path())
        .args(["records", "show", receipt, "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["applicant"]["name"], "ᠮᠣᠩᠭᠣᠯ 巴特尔");
    assert_eq!(shown["applicant"]["address"], "呼和浩特市 ᠮᠣᠩᠭᠣᠯ\u{202F}ᠤᠨ");
    assert_eq!(shown["notes"], "ᠮᠣᠩᠭᠣᠯ");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        !text.chars().any(|c| ('\u{E000}'..='\u{F8FF}').contains(&c)),
        "{text}"
    );
}
