//! `catalogue history|export|import` through the binary: an export read back changes nothing;
//! an import shows each change and stores nothing without --yes; a bad file names its line
//! and leaves the catalogue as it was; a supervisor's import is a revision with its audit
//! entry; a clerk is refused.
mod common;

use std::path::Path;

use common::{desk_cmd, init_operator, json_of, signed_cmd};

fn export(db: &Path, file: &Path) {
    desk_cmd(db)
        .args(["catalogue", "export"])
        .arg(file)
        .assert()
        .success();
}

fn history(db: &Path, id: &str) -> serde_json::Value {
    json_of(desk_cmd(db).args(["catalogue", "history", id, "--format", "json"]))
}

fn revisions(db: &Path, id: &str) -> usize {
    history(db, id)[0]["revisions"].as_array().unwrap().len()
}

/// The exported file with the first occurrence of `from` replaced by `to`.
fn edited(file: &Path, from: &str, to: &str) -> String {
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{from} not in the export");
    text.replacen(from, to, 1)
}

#[test]
fn an_export_read_back_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store");
    let file = dir.path().join("catalogue.toml");
    export(&db, &file);
    let out = desk_cmd(&db)
        .args(["catalogue", "import"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("没有需要修改的内容"));
}

#[test]
fn an_import_shows_its_changes_and_needs_yes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store");
    let file = dir.path().join("catalogue.toml");
    init_operator(&db);
    export(&db, &file);
    let changed = dir.path().join("changed.toml");
    std::fs::write(
        &changed,
        edited(&file, "免费提供教科书", "免费提供国家规定课程教科书"),
    )
    .unwrap();

    let shown = signed_cmd(&db)
        .args(["catalogue", "import", "--effective", "2025-09-01"])
        .arg(&changed)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&shown.stdout);
    assert!(
        shown.status.success(),
        "{}",
        String::from_utf8_lossy(&shown.stderr)
    );
    assert!(said.contains("EDU-01 服务指导标准"), "{said}");
    assert!(
        said.contains("- zh-CN: 对城乡义务教育学生免除学杂费，免费提供教科书"),
        "{said}"
    );
    assert!(
        said.contains("+ zh-CN: 对城乡义务教育学生免除学杂费，免费提供国家规定课程教科书"),
        "{said}"
    );
    assert!(said.contains("--yes"), "{said}");
    assert_eq!(revisions(&db, "EDU-01"), 0, "nothing stored without --yes");

    let applied = signed_cmd(&db)
        .args(["catalogue", "import", "--yes", "--effective", "2025-09-01"])
        .arg(&changed)
        .output()
        .unwrap();
    assert!(
        applied.status.success(),
        "{}",
        String::from_utf8_lossy(&applied.stderr)
    );
    let h = history(&db, "EDU-01");
    let revision = &h[0]["revisions"][0];
    assert_eq!(revision["field"], "standard");
    assert_eq!(revision["operator"], common::OPERATOR);
    assert_eq!(revision["effective"], "2025-09-01");
    assert!(
        revision["replaced"]["text"]["zh-CN"]
            .as_str()
            .unwrap()
            .contains("免费提供教科书")
    );
    let every = json_of(desk_cmd(&db).args(["catalogue", "history", "--format", "json"]));
    let ids: Vec<&str> = every
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["EDU-01"],
        "without an id: the items that have revisions"
    );
    let shown = json_of(desk_cmd(&db).args(["catalogue", "show", "EDU-01", "--format", "json"]));
    assert!(shown.to_string().contains("国家规定课程教科书"), "{shown}");

    let audit = json_of(signed_cmd(&db).args(["audit", "list", "--format", "json"]));
    let edits: Vec<_> = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "item-revised")
        .collect();
    assert_eq!(edits.len(), 1, "{audit}");
    assert_eq!(edits[0]["record"], "EDU-01");

    let table = desk_cmd(&db)
        .args(["catalogue", "history", "EDU-01"])
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(
        table.contains("第 1 次修订，服务指导标准，2025-09-01 起施行"),
        "{table}"
    );
    assert!(table.contains("原文本"), "{table}");
}

#[test]
fn a_bad_file_names_its_line_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store");
    let file = dir.path().join("catalogue.toml");
    init_operator(&db);
    export(&db, &file);
    let text = edited(&file, "[item.standard]", "[item.standerd]");
    let line = text.lines().position(|l| l == "[item.standerd]").unwrap() + 1;
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, text).unwrap();
    let out = signed_cmd(&db)
        .args(["catalogue", "import", "--yes", "--effective", "2025-09-01"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("第 {line} 行")), "{err}");
    assert!(err.contains("standerd"), "{err}");
    assert_eq!(revisions(&db, "EDU-01"), 0);

    let broken = dir.path().join("broken.toml");
    std::fs::write(
        &broken,
        "[[item]]\nid = \"EDU-01\"\n[item.name]\nzh-CN = \"未闭合\n",
    )
    .unwrap();
    let out = signed_cmd(&db)
        .args(["catalogue", "import", "--yes", "--lang", "mn-Mong"])
        .arg(&broken)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("4 ᠳ᠋ᠤᠭᠠᠷ ᠮᠥᠷ"), "{err}");
}

#[test]
fn a_clerk_cannot_import() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store");
    let file = dir.path().join("catalogue.toml");
    init_operator(&db);
    signed_cmd(&db)
        .args(["operators", "add", "--name", "li", "--role", "clerk"])
        .env("SERVICE_DESK_NEW_PASSWORD", "clerk-password-1")
        .assert()
        .success();
    export(&db, &file);
    let changed = dir.path().join("changed.toml");
    std::fs::write(&changed, edited(&file, "免费提供教科书", "免费提供课本")).unwrap();
    let out = desk_cmd(&db)
        .args(["catalogue", "import", "--yes", "--effective", "2025-09-01"])
        .env("SERVICE_DESK_OPERATOR", "li")
        .env("SERVICE_DESK_PASSWORD", "clerk-password-1")
        .arg(&changed)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("修订服务清单"), "{err}");
    assert_eq!(revisions(&db, "EDU-01"), 0);
}
