//! The audit trail on disk: the binary sets a store up, the store is closed and its trail
//! edited through sled directly, and `audit verify` must name the first broken entry (exit 3).
//! Also the command line's answers for operators: one message for a wrong name or password,
//! a clerk refused with why, exit codes from the contract.
mod common;

use std::path::{Path, PathBuf};

use common::desk_cmd;

const BOSS_PW: &str = "boss-password-1";
const CLERK_PW: &str = "clerk-password-1";

/// The binary with no operator or password taken from the environment of the test run.
fn cmd(db: &Path) -> assert_cmd::Command {
    let mut cmd = desk_cmd(db);
    for var in [
        "SERVICE_DESK_OPERATOR",
        "SERVICE_DESK_PASSWORD",
        "SERVICE_DESK_PASSWORD_FILE",
        "SERVICE_DESK_NEW_PASSWORD",
        "SERVICE_DESK_NEW_PASSWORD_FILE",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

struct Hall {
    dir: tempfile::TempDir,
}

impl Hall {
    fn store(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    fn password_file(&self, password: &str) -> PathBuf {
        let path = self.dir.path().join(format!("{password}.txt"));
        std::fs::write(&path, format!("{password}\n")).unwrap();
        path
    }
}

/// A store with a supervisor and a clerk, and a listing: four audit entries.
fn hall() -> Hall {
    let hall = Hall {
        dir: tempfile::tempdir().unwrap(),
    };
    let (boss, clerk) = (hall.password_file(BOSS_PW), hall.password_file(CLERK_PW));
    cmd(&hall.store())
        .args(["operators", "init", "--name", "boss", "--new-password-file"])
        .arg(&boss)
        .assert()
        .success();
    cmd(&hall.store())
        .args([
            "operators",
            "add",
            "--name",
            "li",
            "--role",
            "clerk",
            "--operator",
            "boss",
        ])
        .arg("--password-file")
        .arg(&boss)
        .arg("--new-password-file")
        .arg(&clerk)
        .assert()
        .success();
    cmd(&hall.store())
        .args(["operators", "list"])
        .env("SERVICE_DESK_OPERATOR", "boss")
        .env("SERVICE_DESK_PASSWORD", BOSS_PW)
        .assert()
        .success();
    hall
}

fn verify(store: &Path) -> (i32, String, String) {
    let out = cmd(store).args(["audit", "verify"]).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn key(seq: u64) -> [u8; 8] {
    seq.to_be_bytes()
}

/// Edits the closed store's audit tree through sled itself.
fn tamper(store: &Path, edit: impl FnOnce(&sled::Tree)) {
    let db = sled::open(store).unwrap();
    let tree = db.open_tree("audit").unwrap();
    edit(&tree);
    tree.flush().unwrap();
    db.flush().unwrap();
}

fn entries(store: &Path) -> u64 {
    let db = sled::open(store).unwrap();
    db.open_tree("audit").unwrap().len() as u64
}

#[test]
fn an_untouched_trail_verifies() {
    let hall = hall();
    let (code, out, err) = verify(&hall.store());
    assert_eq!(code, 0, "{err}");
    // init; boss's login and the clerk added; boss's login to list.
    assert!(out.contains("OK") && out.contains("共 4 条"), "{out}");
}

#[test]
fn an_edited_entry_is_named() {
    let hall = hall();
    tamper(&hall.store(), |tree| {
        let value = tree.get(key(3)).unwrap().unwrap().to_vec();
        let at = value
            .windows(8)
            .position(|w| w == b"li clerk")
            .expect("entry 3 records the added clerk");
        let mut edited = value.clone();
        edited[at..at + 8].copy_from_slice(b"li super");
        tree.insert(key(3), edited).unwrap();
    });
    let (code, _, err) = verify(&hall.store());
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("第 3 条") && err.contains("内容被改动"),
        "{err}"
    );
}

#[test]
fn a_removed_middle_entry_is_named() {
    let hall = hall();
    tamper(&hall.store(), |tree| {
        tree.remove(key(2)).unwrap();
    });
    let (code, _, err) = verify(&hall.store());
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("第 2 条") && err.contains("已被删除"), "{err}");
}

#[test]
fn a_removed_last_entry_is_named() {
    let hall = hall();
    let last = entries(&hall.store());
    tamper(&hall.store(), |tree| {
        tree.remove(key(last)).unwrap();
    });
    let (code, _, err) = verify(&hall.store());
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains(&format!("第 {last} 条")) && err.contains("已被删除"),
        "{err}"
    );
}

#[test]
fn two_swapped_entries_are_named() {
    let hall = hall();
    tamper(&hall.store(), |tree| {
        let two = tree.get(key(2)).unwrap().unwrap();
        let three = tree.get(key(3)).unwrap().unwrap();
        tree.insert(key(2), three).unwrap();
        tree.insert(key(3), two).unwrap();
    });
    let (code, _, err) = verify(&hall.store());
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("第 2 条") && err.contains("第 3 条"), "{err}");
    assert!(err.contains("顺序被调换"), "{err}");
}

#[test]
fn a_wrong_password_and_an_unknown_name_read_the_same() {
    let hall = hall();
    let wrong = hall.password_file("not-the-password");
    let answer = |name: &str| {
        let out = cmd(&hall.store())
            .args(["operators", "list", "--operator", name, "--password-file"])
            .arg(&wrong)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (boss, nobody) = (answer("boss"), answer("nobody"));
    assert_eq!(boss.0, Some(3));
    assert_eq!(boss, nobody);
    assert!(boss.1.contains("名称或密码不正确"), "{}", boss.1);
    // Both failures are in the trail, which still verifies.
    let (code, out, _) = verify(&hall.store());
    assert_eq!(code, 0);
    assert!(out.contains("共 6 条"), "{out}");
}

#[test]
fn a_clerk_is_refused_with_the_reason_in_their_language() {
    let hall = hall();
    let clerk = hall.password_file(CLERK_PW);
    for (lang, words) in [("zh-CN", "无权管理操作员"), ("mn-Mong", "ᠡᠷᠬᠡ ᠦᠭᠡᠢ")]
    {
        cmd(&hall.store())
            .args([
                "--lang",
                lang,
                "audit",
                "list",
                "--operator",
                "li",
                "--password-file",
            ])
            .arg(&clerk)
            .assert()
            .code(3)
            .stderr(predicates::str::contains(if lang == "zh-CN" {
                "无权查看审计记录"
            } else {
                words
            }));
        cmd(&hall.store())
            .args([
                "--lang",
                lang,
                "operators",
                "disable",
                "boss",
                "--operator",
                "li",
            ])
            .arg("--password-file")
            .arg(&clerk)
            .assert()
            .code(3)
            .stderr(predicates::str::contains(words));
    }
}

#[test]
fn a_short_new_password_and_a_missing_password_are_told() {
    let hall = hall();
    let short = hall.password_file("short");
    cmd(&hall.store())
        .args(["operators", "passwd", "--operator", "boss"])
        .env("SERVICE_DESK_PASSWORD", BOSS_PW)
        .arg("--new-password-file")
        .arg(&short)
        .assert()
        .code(3)
        .stderr(predicates::str::contains("至少需要 8 个字符"));
    // No password source and no terminal: a usage error that names the sources.
    cmd(&hall.store())
        .args(["operators", "list", "--operator", "boss"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--password-file"));
    cmd(&hall.store())
        .args(["operators", "init", "--name", "again"])
        .env("SERVICE_DESK_NEW_PASSWORD", "long-enough-1")
        .assert()
        .code(3)
        .stderr(predicates::str::contains("已有主管"));
}

#[test]
fn audit_list_filters_by_actor_and_date() {
    let hall = hall();
    let boss = hall.password_file(BOSS_PW);
    let list = |extra: &[&str]| {
        let out = cmd(&hall.store())
            .args(["audit", "list", "--format", "json", "--operator", "boss"])
            .arg("--password-file")
            .arg(&boss)
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        serde_json::from_slice::<Vec<serde_json::Value>>(&out.stdout).unwrap()
    };
    let all = list(&[]);
    assert!(all.len() >= 5);
    assert!(list(&["--actor", "li"]).is_empty());
    assert!(list(&["--to", "2000-01-01"]).is_empty());
    // Each listing logs in first: three more logins since the first listing.
    assert_eq!(list(&["--from", "2000-01-01"]).len(), all.len() + 3);
    cmd(&hall.store())
        .args(["audit", "list", "--operator", "boss", "--from", "yesterday"])
        .arg("--password-file")
        .arg(&boss)
        .assert()
        .code(3);
}
