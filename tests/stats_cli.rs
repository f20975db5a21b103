//! `service-desk stats` from outside: the contract's JSON rows, CSV a spreadsheet reads, a
//! table in the clerk's language, the monthly report file, a rebuild, and bad input refused
//! with exit 3.
mod common;

use assert_cmd::Command;
use serde_json::{Value, json};

/// A hall in a temporary folder: its store, configuration and receipts folder.
struct Hall {
    home: tempfile::TempDir,
}

impl Hall {
    fn new() -> Hall {
        let hall = Hall {
            home: tempfile::tempdir().unwrap(),
        };
        common::init_operator(&hall.store());
        hall.bare()
            .args(["config", "set", "centre-code", "150102"])
            .assert()
            .success();
        hall
    }

    fn store(&self) -> std::path::PathBuf {
        self.home.path().join("store")
    }

    /// The binary for this hall, nobody signed in.
    fn bare(&self) -> Command {
        let mut cmd = common::desk_cmd(&self.store());
        cmd.env("SERVICE_DESK_CONFIG", self.home.path().join("config.toml"))
            .env("HOME", self.home.path())
            .env("XDG_DATA_HOME", self.home.path().join("data"));
        cmd
    }

    /// The binary for this hall, its supervisor signed in.
    fn cmd(&self) -> Command {
        let mut cmd = self.bare();
        cmd.env("SERVICE_DESK_OPERATOR", common::OPERATOR)
            .env("SERVICE_DESK_PASSWORD", common::PASSWORD);
        cmd
    }

    fn add(&self, services: &[&str], channel: &str) {
        let input = json!({
            "applicant": {"name": "乌云其其格", "id_number": "150102198503071247"},
            "services": services,
            "channel": channel,
            "materials": [],
        });
        self.cmd()
            .args(["intake", "add", "-"])
            .write_stdin(input.to_string())
            .assert()
            .success();
    }

    fn stats(&self, args: &[&str]) -> std::process::Output {
        self.cmd().arg("stats").args(args).output().unwrap()
    }
}

fn stdout(out: &std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn rows(hall: &Hall, by: &str) -> Vec<Value> {
    let out = hall.stats(&["--by", by, "--format", "json"]);
    let value: Value = serde_json::from_str(&stdout(&out)).unwrap();
    value.as_array().expect("an array of rows").clone()
}

fn keyed(rows: &[Value], field: &str) -> Vec<(String, i64)> {
    rows.iter()
        .map(|r| {
            (
                r["key"].as_str().unwrap().to_string(),
                r[field].as_i64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn json_rows_carry_the_key_and_the_contracts_counts() {
    let hall = Hall::new();
    hall.add(&["SOC-01"], "counter");
    hall.add(&["EDU-01", "SOC-02"], "home-visit");
    let domains = rows(&hall, "domain");
    assert_eq!(
        keyed(&domains, "intakes"),
        [("EDU".to_string(), 1), ("SOC".to_string(), 2)]
    );
    for field in ["completed", "on_time", "overdue", "rejected"] {
        assert!(domains.iter().all(|r| r[field] == json!(0)), "{field}");
    }
    assert_eq!(
        keyed(&rows(&hall, "item"), "intakes"),
        [
            ("EDU-01".to_string(), 1),
            ("SOC-01".to_string(), 1),
            ("SOC-02".to_string(), 1)
        ]
    );
    assert_eq!(
        keyed(&rows(&hall, "channel"), "open"),
        [("counter".to_string(), 1), ("home-visit".to_string(), 1)]
    );
    assert_eq!(
        keyed(&rows(&hall, "operator"), "intakes"),
        [(common::OPERATOR.to_string(), 2)]
    );
    assert_eq!(
        keyed(&rows(&hall, "status"), "intakes"),
        [("accepted".to_string(), 2)]
    );
    assert_eq!(
        keyed(&rows(&hall, "region"), "intakes"),
        [("150102".to_string(), 2)]
    );
    let months = rows(&hall, "month");
    assert_eq!(months.len(), 1);
    let month = months[0]["key"].as_str().unwrap();
    assert!(month.len() == 7 && month.as_bytes()[4] == b'-', "{month}");
    assert_eq!(months[0]["ratings"]["very-satisfied"], json!(0));
    assert_eq!(months[0]["good_rate"], Value::Null);
}

#[test]
fn csv_has_a_header_and_a_row_per_key_with_the_name_in_words() {
    let hall = Hall::new();
    hall.add(&["SOC-01"], "counter");
    let out = hall.stats(&["--by", "domain", "--format", "csv"]);
    let text = stdout(&out);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "key");
    assert!(header.iter().any(|h| h == "good_rate"));
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 1);
    assert_eq!(&records[0][0], "SOC");
    assert_eq!(&records[0][1], "基本社会服务");
    assert_eq!(&records[0][2], "1");
}

#[test]
fn the_table_speaks_the_clerks_language_and_ends_with_the_total() {
    let hall = Hall::new();
    hall.add(&["SOC-01"], "counter");
    let zh = stdout(&hall.stats(&["--by", "domain"]));
    assert!(
        zh.contains("基本社会服务") && zh.contains("合计") && zh.contains("好评率"),
        "{zh}"
    );
    let mn = stdout(
        &hall
            .cmd()
            .args(["--lang", "mn-Mong", "stats"])
            .output()
            .unwrap(),
    );
    assert!(mn.contains("ᠨᠡᠢᠳᠡ"), "{mn}");
    assert!(!mn.contains("合计"), "{mn}");
    let empty = stdout(&hall.stats(&["--from", "2020-01-01", "--to", "2020-01-31"]));
    assert!(empty.contains("该期间没有受理记录"), "{empty}");
}

#[test]
fn a_period_that_ends_before_it_starts_and_bad_dates_exit_3() {
    let hall = Hall::new();
    let backwards = hall.stats(&["--from", "2026-02-01", "--to", "2026-01-01"]);
    assert_eq!(backwards.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&backwards.stderr).contains("--from"));
    let bad = hall.stats(&["--from", "2026-13-01"]);
    assert_eq!(bad.status.code(), Some(3));
    let by = hall.stats(&["--by", "weather"]);
    assert_eq!(by.status.code(), Some(2));
}

#[test]
fn the_monthly_report_is_written_and_a_bad_month_is_refused() {
    let hall = Hall::new();
    hall.add(&["SOC-01"], "counter");
    let file = hall.home.path().join("report.html");
    let month = rows(&hall, "month")[0]["key"].as_str().unwrap().to_string();
    let out = hall.stats(&["report", "--month", &month, "--out", file.to_str().unwrap()]);
    assert!(stdout(&out).contains("report.html"));
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.contains("<svg") && html.contains("月度统计报告"));
    for bad in ["2026-13", "november", "2026"] {
        let out = hall.stats(&["report", "--month", bad, "--out", file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(3), "{bad}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM"));
    }
}

#[test]
fn a_rebuild_counts_every_record_and_shows_no_progress_off_a_terminal() {
    let hall = Hall::new();
    hall.add(&["SOC-01"], "counter");
    hall.add(&["HEA-02"], "appointment");
    let before = rows(&hall, "item");
    let out = hall.stats(&["rebuild"]);
    assert!(stdout(&out).contains(" 2 "), "{}", stdout(&out));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(rows(&hall, "item"), before);
}

#[test]
fn statistics_need_a_supervisor() {
    let hall = Hall::new();
    let nobody = hall.bare().arg("stats").output().unwrap();
    assert!(!nobody.status.success());
    hall.cmd()
        .args(["operators", "add", "--name", "clerk1", "--role", "clerk"])
        .env("SERVICE_DESK_NEW_PASSWORD", "clerk-password-1")
        .assert()
        .success();
    let clerk = hall
        .bare()
        .arg("stats")
        .env("SERVICE_DESK_OPERATOR", "clerk1")
        .env("SERVICE_DESK_PASSWORD", "clerk-password-1")
        .output()
        .unwrap();
    assert_eq!(clerk.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&clerk.stderr).contains("查看统计数据"));
}
