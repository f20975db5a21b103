//! `backup FILE` and `restore FILE` through the binary: a supervisor backs up and restores
//! (the store returns to the archive's state, the replaced one is kept beside it, the audit
//! trail still verifies); a clerk is refused; an archive of another store is refused as a
//! wrong key and changes nothing.
mod common;

use std::path::Path;

use common::desk_cmd;

const BOSS_PW: &str = "boss-password-1";
const CLERK_PW: &str = "clerk-password-1";

/// The binary on `db`, acting as `operator` with `password`.
fn as_op(db: &Path, operator: &str, password: &str) -> assert_cmd::Command {
    let mut cmd = desk_cmd(db);
    cmd.env("SERVICE_DESK_OPERATOR", operator)
        .env("SERVICE_DESK_PASSWORD", password)
        .env_remove("SERVICE_DESK_PASSWORD_FILE");
    cmd
}

fn init(db: &Path) {
    desk_cmd(db)
        .args(["operators", "init", "--name", "boss"])
        .env("SERVICE_DESK_NEW_PASSWORD", BOSS_PW)
        .assert()
        .success();
}

fn add_clerk(db: &Path, name: &str) {
    as_op(db, "boss", BOSS_PW)
        .args(["operators", "add", "--name", name, "--role", "clerk"])
        .env("SERVICE_DESK_NEW_PASSWORD", CLERK_PW)
        .assert()
        .success();
}

fn operator_names(db: &Path) -> String {
    let out = as_op(db, "boss", BOSS_PW)
        .args(["operators", "list", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_supervisor_backs_up_and_restores_and_the_old_store_is_kept() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("db");
    let archive = home.path().join("hall.sdbak");
    init(&db);
    add_clerk(&db, "li");
    as_op(&db, "boss", BOSS_PW)
        .arg("backup")
        .arg(&archive)
        .assert()
        .success();
    add_clerk(&db, "wang");
    assert!(operator_names(&db).contains("wang"));

    as_op(&db, "boss", BOSS_PW)
        .arg("restore")
        .arg(&archive)
        .assert()
        .success();
    let names = operator_names(&db);
    assert!(names.contains("li") && !names.contains("wang"), "{names}");
    let kept: Vec<_> = std::fs::read_dir(home.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("db.before-restore"))
        .collect();
    assert_eq!(kept.len(), 1, "the replaced store stays beside it");
    desk_cmd(&db).args(["audit", "verify"]).assert().success();
}

#[test]
fn a_clerk_may_not_back_up() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("db");
    init(&db);
    add_clerk(&db, "li");
    let archive = home.path().join("hall.sdbak");
    let out = as_op(&db, "li", CLERK_PW)
        .arg("backup")
        .arg(&archive)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(!archive.exists());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("备份或恢复数据库"), "{err}");
}

#[test]
fn an_archive_of_another_store_is_refused_and_changes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let (ours, theirs) = (home.path().join("ours"), home.path().join("theirs"));
    init(&ours);
    init(&theirs);
    let archive = home.path().join("theirs.sdbak");
    as_op(&theirs, "boss", BOSS_PW)
        .arg("backup")
        .arg(&archive)
        .assert()
        .success();
    add_clerk(&ours, "li");
    let out = as_op(&ours, "boss", BOSS_PW)
        .arg("restore")
        .arg(&archive)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(operator_names(&ours).contains("li"));
}
