//! `records list|search|status|rate|supply|export|print --rejection` through the binary: JSON
//! and CSV output, the workflow's refusals as exit 3 in the clerk's language, an unknown
//! receipt, the rejection notice written at rejection, and an export that only a supervisor
//! may run and that is audited.
mod common;

use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::{Value, json};
use service_desk::domain::Lang;
use service_desk::i18n::Localizer;

struct Hall {
    home: tempfile::TempDir,
}

impl Hall {
    /// A hall with centre code 150102, a receipts folder and its first supervisor.
    fn new() -> Hall {
        let hall = Hall {
            home: tempfile::tempdir().unwrap(),
        };
        for (key, value) in [
            ("centre-code", "150102".to_string()),
            ("receipts-dir", hall.papers().display().to_string()),
        ] {
            hall.cmd()
                .args(["config", "set", key, &value])
                .assert()
                .success();
        }
        common::init_operator(&hall.store());
        hall
    }

    fn store(&self) -> PathBuf {
        self.home.path().join("store")
    }

    fn papers(&self) -> PathBuf {
        self.home.path().join("papers")
    }

    fn cmd(&self) -> Command {
        let mut cmd = common::signed_cmd(&self.store());
        cmd.env("SERVICE_DESK_CONFIG", self.home.path().join("config.toml"))
            .env("HOME", self.home.path());
        cmd
    }

    fn add(&self, name: &str, id: &str, phone: &str) -> String {
        let input = json!({
            "applicant": {"name": name, "id_number": id, "phone": phone},
            "services": ["SOC-01"],
            "channel": "counter",
            "materials": [{"service": "SOC-01", "name": "户口簿", "status": "missing"}],
        });
        let out = common::json_of(
            self.cmd()
                .args(["intake", "add", "-", "--format", "json"])
                .write_stdin(input.to_string()),
        );
        out["receipt"].as_str().unwrap().to_string()
    }

    fn records(&self, args: &[&str]) -> std::process::Output {
        self.cmd().arg("records").args(args).output().unwrap()
    }
}

fn text(lang: Lang, id: &str) -> String {
    Localizer::new(lang).unwrap().t(id)
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn two() -> (Hall, String, String) {
    let hall = Hall::new();
    let first = hall.add("乌云其其格", "150102198503071247", "13904711234");
    let second = hall.add("王芳", "11010519491231002X", "13800000001");
    (hall, first, second)
}

#[test]
fn list_and_search_give_masked_lines_as_json_and_csv() {
    let (hall, first, second) = two();
    let listed = common::json_of(hall.cmd().args(["records", "list", "--format", "json"]));
    let receipts: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["receipt"].as_str().unwrap())
        .collect();
    assert_eq!(receipts, [second.as_str(), first.as_str()]);
    assert_eq!(listed[0]["name"], "王*");
    assert_eq!(listed[1]["name"], "乌**");
    assert_eq!(listed[1]["outstanding"], 1);
    assert!(!listed.to_string().contains("150102198503071247"));

    for query in ["1247", "071247", "wuyunqiqige", "13904711234", "乌云其其格"] {
        let found = common::json_of(
            hall.cmd()
                .args(["records", "search", query, "--format", "json"]),
        );
        assert_eq!(found.as_array().unwrap().len(), 1, "{query}");
        assert_eq!(found[0]["receipt"], first.as_str(), "{query}");
    }
    let csv = hall.records(&["list", "--format", "csv", "--limit", "1"]);
    assert!(csv.status.success());
    let body = String::from_utf8(csv.stdout.clone()).unwrap();
    let mut lines = body.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("receipt,accepted_on,name,")
    );
    assert!(lines.next().unwrap().starts_with(&format!("{second},")));
    assert!(lines.next().is_none());
    assert!(stderr(&csv).contains(&text(Lang::Zh, "records-more")));
}

#[test]
fn a_move_the_workflow_refuses_is_exit_3_with_the_reason_in_the_users_language() {
    let (hall, first, _) = two();
    let refused = hall
        .cmd()
        .args([
            "--lang",
            "mn-Mong",
            "records",
            "status",
            &first,
            "completed",
        ])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(3));
    let said = stderr(&refused);
    let completed = text(Lang::Mn, "intake-status-completed");
    assert!(said.contains(&completed), "{said}");
    let no_reason = hall.records(&["status", &first, "rejected"]);
    assert_eq!(no_reason.status.code(), Some(3));
    assert!(stderr(&no_reason).contains("理由"));
    let early = hall.records(&["rate", &first, "satisfied"]);
    assert_eq!(early.status.code(), Some(3));
    let unknown = hall.records(&["status", "150102-20000101-0009", "in-progress"]);
    assert_eq!(unknown.status.code(), Some(3));
    assert!(stderr(&unknown).contains("150102-20000101-0009"));
}

#[test]
fn follow_an_intake_to_completion_and_its_rating() {
    let (hall, first, _) = two();
    for args in [
        vec!["supply", &first, "1", "--note", "本人补交"],
        vec!["status", &first, "in-progress"],
        vec!["status", &first, "completed"],
        vec!["rate", &first, "very-satisfied", "--comment", "很好"],
    ] {
        let out = hall.records(&args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
    let again = hall.records(&["rate", &first, "satisfied"]);
    assert_eq!(again.status.code(), Some(3));
    let shown = common::json_of(
        hall.cmd()
            .args(["records", "show", &first, "--format", "json"]),
    );
    assert_eq!(shown["status"], "completed");
    assert_eq!(shown["rating"]["rating"], "very-satisfied");
    assert_eq!(shown["rating"]["comment"], "很好");
    assert_eq!(shown["materials"][0]["status"], "received");
    let events: Vec<Value> = shown["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["event"].clone())
        .collect();
    assert_eq!(events[1]["material-supplied"], 1);
    assert_eq!(events[1]["was"], "missing");
    assert_eq!(shown["history"][1]["note"], "本人补交");
    assert_eq!(events[4]["rated"], "very-satisfied");
    assert!(shown["completed_at"].is_string());
}

#[test]
fn a_rejection_writes_its_notice_which_can_be_printed_again() {
    let (hall, first, second) = two();
    let out = hall.records(&[
        "status",
        &first,
        "rejected",
        "--note",
        "不属于本中心受理范围",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let notice = hall.papers().join(format!("{first}-rejection.txt"));
    let written = std::fs::read_to_string(&notice).unwrap();
    assert!(written.contains("不予受理告知书"));
    assert!(written.contains("不属于本中心受理范围"));
    assert!(written.contains("行政复议"));
    let printed = hall.records(&["print", &first, "--rejection"]);
    assert!(printed.status.success());
    assert_eq!(String::from_utf8(printed.stdout).unwrap(), written);
    let not_rejected = hall.records(&["print", &second, "--rejection"]);
    assert_eq!(not_rejected.status.code(), Some(3));
}

fn add_clerk(hall: &Hall) {
    hall.cmd()
        .args(["operators", "add", "--name", "li", "--role", "clerk"])
        .env("SERVICE_DESK_NEW_PASSWORD", "clerk-password-1")
        .assert()
        .success();
}

#[test]
fn export_is_for_a_supervisor_and_is_audited() {
    let (hall, first, second) = two();
    add_clerk(&hall);
    let file = hall.home.path().join("out.csv");
    let clerk = hall
        .cmd()
        .env("SERVICE_DESK_OPERATOR", "li")
        .env("SERVICE_DESK_PASSWORD", "clerk-password-1")
        .args(["records", "export"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(clerk.status.code(), Some(3), "{}", stderr(&clerk));
    assert!(!file.exists(), "nothing is written for a refused export");

    let out = hall
        .cmd()
        .args(["records", "export"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let mut reader = csv::Reader::from_path(&file).unwrap();
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "receipt");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][0], second.as_str());
    assert_eq!(&rows[1][0], first.as_str());

    let lines = hall.records(&["export", "-", "--format", "json", "--status", "accepted"]);
    assert!(lines.status.success());
    let body = String::from_utf8(lines.stdout).unwrap();
    assert_eq!(body.lines().count(), 2);
    for line in body.lines() {
        let value: Value = serde_json::from_str(line).unwrap();
        assert_eq!(value["status"], "accepted");
    }
    let trail = common::json_of(hall.cmd().args(["audit", "list", "--format", "json"]));
    let exports = trail
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "export")
        .count();
    assert_eq!(exports, 2);
}

#[test]
fn nothing_is_listed_without_an_operator() {
    let (hall, _, _) = two();
    let out = hall
        .cmd()
        .env_remove("SERVICE_DESK_OPERATOR")
        .args(["records", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}
