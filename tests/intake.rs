//! Intake from the command line, driven through the binary: `intake add` numbers and stores
//! an application, `records show` gives it back, bad input is refused whole and named field
//! by field, and a process killed mid-write loses nothing it printed. Every run has its own
//! home, configuration file and store.
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, SystemTime};

use assert_cmd::Command;

mod common;
use serde_json::{Value, json};
use service_desk::domain::Lang;
use service_desk::i18n::Localizer;
use service_desk::service::intake::hall_time;

struct Hall {
    home: tempfile::TempDir,
}

impl Hall {
    /// A hall with no configuration file yet.
    fn bare() -> Hall {
        Hall {
            home: tempfile::tempdir().unwrap(),
        }
    }

    /// A hall whose centre code is 150102, with its first supervisor.
    fn new() -> Hall {
        let hall = Hall::bare();
        hall.cmd()
            .args(["config", "set", "centre-code", "150102"])
            .assert()
            .success();
        hall.cmd()
            .args(["operators", "init", "--name", common::OPERATOR])
            .env("SERVICE_DESK_NEW_PASSWORD", common::PASSWORD)
            .assert()
            .success();
        hall
    }

    fn store(&self) -> PathBuf {
        self.home.path().join("store")
    }

    fn config(&self) -> PathBuf {
        self.home.path().join("config.toml")
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("service-desk").unwrap();
        cmd.env_remove("SERVICE_DESK_LANG")
            .env_remove("SERVICE_DESK_DB")
            .env("SERVICE_DESK_CONFIG", self.config())
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path().join(".config"))
            .env("XDG_DATA_HOME", self.home.path().join(".local/share"))
            .env("SERVICE_DESK_OPERATOR", common::OPERATOR)
            .env("SERVICE_DESK_PASSWORD", common::PASSWORD)
            .env_remove("SERVICE_DESK_PASSWORD_FILE")
            .arg("--db")
            .arg(self.store());
        cmd
    }

    /// Runs `intake add -` with `input` on stdin.
    fn add(&self, input: &Value, lang: Lang) -> std::process::Output {
        self.cmd()
            .args([
                "--lang",
                lang.tag(),
                "intake",
                "add",
                "-",
                "--format",
                "json",
                // The same application is added again and again: the open one before it.
                "--reason",
                "r",
            ])
            .write_stdin(input.to_string())
            .output()
            .unwrap()
    }

    fn add_ok(&self, input: &Value) -> Value {
        let out = self.add(input, Lang::Zh);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    fn show(&self, receipt: &str) -> std::process::Output {
        self.cmd()
            .args(["records", "show", receipt, "--format", "json"])
            .output()
            .unwrap()
    }
}

fn today() -> String {
    hall_time(SystemTime::now()).unwrap().1.compact()
}

fn receipt(n: u32) -> String {
    format!("150102-{}-{n:04}", today())
}

/// A complete application in canonical form: what is stored is exactly this.
fn application() -> Value {
    json!({
        "applicant": {"name": "乌云其其格", "id_number": "150102198503071247",
                      "phone": "13904711234", "region": "150102", "ethnicity": "02",
                      "address": "呼和浩特市新城区", "document_lang": "mn-Mong",
                      "facts": ["dibao", "disability"]},
        "agent": {"name": "巴特尔", "id_number": "11010519491231002X", "relationship": "子女"},
        "services": ["SOC-01", "DIS-02"],
        "channel": "agent",
        "materials": [
            {"service": "SOC-01", "name": "身份证", "status": "received"},
            {"service": "SOC-01", "name": "户口簿", "status": "missing"},
            {"service": "DIS-02", "name": "残疾人证", "status": "deferred", "due": "2099-01-04"}
        ],
        "notes": "申请人行动不便"
    })
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn text(lang: Lang, id: &str) -> String {
    Localizer::new(lang).unwrap().t(id)
}

#[test]
fn receipts_number_the_day_in_order_across_runs() {
    let hall = Hall::new();
    let first = hall.add_ok(&application());
    assert_eq!(first["receipt"], receipt(1));
    let second = hall.add_ok(&application());
    assert_eq!(second["receipt"], receipt(2));
    // No service here states a limit in working days: the receipt says so.
    assert_eq!(second["deadline"], Value::Null);
    assert_eq!(second["deadline_unknown"], "not-stated");
}

#[test]
fn records_show_gives_back_exactly_what_was_stored() {
    let hall = Hall::new();
    let number = hall.add_ok(&application())["receipt"].clone();
    let out = hall.show(number.as_str().unwrap());
    assert!(out.status.success(), "{}", stderr(&out));
    let mut shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    let map = shown.as_object_mut().unwrap();
    assert_eq!(map.remove("receipt").unwrap(), number);
    assert_eq!(map.remove("status").unwrap(), "accepted");
    assert_eq!(map.remove("operator").unwrap(), common::OPERATOR);
    assert_eq!(map.remove("deadline").unwrap(), Value::Null);
    assert_eq!(map.remove("deadline_unknown").unwrap(), "not-stated");
    let created = map.remove("created_at").unwrap();
    assert!(created.as_str().unwrap().ends_with("+08:00"), "{created}");
    let history = map.remove("history").unwrap();
    assert_eq!(history[0]["status"], "accepted");
    assert_eq!(history[0]["at"], created);
    assert_eq!(shown, application());
}

#[test]
fn records_show_as_a_table_speaks_the_clerks_language() {
    let hall = Hall::new();
    hall.add_ok(&application());
    for lang in Lang::ALL {
        let out = hall
            .cmd()
            .args(["--lang", lang.tag(), "records", "show", &receipt(1)])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let table = String::from_utf8(out.stdout).unwrap();
        assert!(
            table.contains(&text(lang, "records-label-receipt")),
            "{table}"
        );
        assert!(
            table.contains(&text(lang, "intake-status-accepted")),
            "{table}"
        );
        assert!(table.contains("乌云其其格"), "{table}");
    }
}

#[test]
fn an_unknown_field_is_refused_and_nothing_is_stored() {
    let hall = Hall::new();
    let mut input = application();
    input["applicant"]["nmae"] = json!("typo");
    let out = hall.add(&input, Lang::Zh);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("nmae"), "{}", stderr(&out));
    assert_eq!(hall.show(&receipt(1)).status.code(), Some(3));
    // The refused application took no number.
    assert_eq!(hall.add_ok(&application())["receipt"], receipt(1));
}

#[test]
fn every_bad_field_is_named_in_the_chosen_language() {
    let hall = Hall::new();
    let mut input = application();
    input["applicant"]["name"] = json!("");
    input["applicant"]["phone"] = json!("12345");
    input["agent"]["relationship"] = json!("");
    input["services"] = json!(["SOC-01", "NOPE-1"]);
    input["materials"][2]["due"] = json!("2001-01-01");
    let paths = [
        "applicant.name",
        "applicant.phone",
        "agent.relationship",
        "services[1]",
        "materials[2].service",
        "materials[2].due",
    ];
    for lang in Lang::ALL {
        let out = hall.add(&input, lang);
        assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
        let said = stderr(&out);
        for path in paths {
            assert!(said.contains(path), "{path} missing from {said}");
        }
        assert!(
            said.contains(&text(lang, "intake-error-required")),
            "{said}"
        );
        assert!(
            said.contains(&text(lang, "intake-field-applicant-name")),
            "{said}"
        );
    }
    assert_eq!(hall.show(&receipt(1)).status.code(), Some(3));
}

#[test]
fn an_application_over_the_record_limit_is_refused_whole() {
    let hall = Hall::new();
    let mut input = application();
    let name = "居".repeat(60);
    input["materials"] = (0..30)
        .map(|_| json!({"service": "SOC-01", "name": name, "status": "received"}))
        .collect();
    input["notes"] = json!("注".repeat(500));
    let out = hall.add(&input, Lang::Zh);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_eq!(hall.show(&receipt(1)).status.code(), Some(3));
    assert_eq!(hall.add_ok(&application())["receipt"], receipt(1));
}

#[test]
fn a_wrong_check_character_is_refused() {
    let hall = Hall::new();
    let mut input = application();
    input["applicant"]["id_number"] = json!("150102198503071248");
    let out = hall.add(&input, Lang::Zh);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains(&text(Lang::Zh, "intake-error-id-checksum")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn without_a_centre_code_intake_stops_and_names_the_command() {
    let hall = Hall::bare();
    let out = hall.add(&application(), Lang::Zh);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("service-desk config set centre-code"),
        "{}",
        stderr(&out)
    );
    assert!(!hall.store().exists(), "nothing was opened or stored");
}

#[test]
fn a_damaged_record_is_reported_not_a_panic() {
    let hall = Hall::new();
    hall.add_ok(&application());
    hall.add_ok(&application());
    {
        let db = sled::open(hall.store()).unwrap();
        let intakes = db.open_tree("intakes").unwrap();
        intakes
            .insert(1u64.to_be_bytes(), &[4u8, 0xFF, 0xFF, 0xFF][..])
            .unwrap();
        db.flush().unwrap();
    }
    let out = hall.show(&receipt(1));
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("其他记录不受影响"),
        "{}",
        stderr(&out)
    );
    let out = hall
        .cmd()
        .args(["--lang", "mn-Mong", "records", "show", &receipt(1)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let said = Localizer::new(Lang::Mn).unwrap().t_args(
        "cli-error-record-damaged",
        &[("path", service_desk::i18n::Arg::Str("\u{1}"))],
    );
    let tail = said.split('\u{1}').next_back().unwrap();
    assert!(stderr(&out).contains(tail.trim()), "{}", stderr(&out));
    let out = hall.show(&receipt(2));
    assert!(
        out.status.success(),
        "the other record stands: {}",
        stderr(&out)
    );
}

/// The receipt numbers a run printed whole.
fn printed_receipts(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let prefix = format!("150102-{}-", today());
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("\"receipt\": \""))
        .filter_map(|l| l.strip_suffix('"'))
        .filter(|r| r.starts_with(&prefix) && r.len() == prefix.len() + 4)
        .map(str::to_string)
        .collect()
}

/// A small pseudo-random sequence of delays between `from` and `from + spread` ms: the kill
/// moments vary from run to run without a crate. The seed is printed, so that a failing run
/// can be told apart from the next.
fn kill_delays(n: usize, from: u64, spread: u64) -> Vec<Duration> {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let mut state = u64::from(nanos) | 1;
    eprintln!("kill delays seeded with {state}");
    (0..n)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            Duration::from_millis(from + state % spread)
        })
        .collect()
}

#[cfg(unix)]
#[test]
fn a_killed_writer_loses_no_printed_receipt_and_leaves_no_gap() {
    use std::os::unix::process::CommandExt;

    let hall = Hall::new();
    let input = hall.home.path().join("application.json");
    std::fs::write(&input, application().to_string()).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("service-desk");
    let mut printed = Vec::new();
    for (round, delay) in kill_delays(8, 150, 600).into_iter().enumerate() {
        let log = hall.home.path().join(format!("round-{round}.out"));
        let script = format!(
            "while :; do '{}' --db '{}' intake add '{}' --format json --reason r || exit 1; done",
            bin.display(),
            hall.store().display(),
            input.display()
        );
        let mut child = std::process::Command::new("sh")
            .args(["-c", &script])
            .env("SERVICE_DESK_CONFIG", hall.config())
            .env("HOME", hall.home.path())
            .env("SERVICE_DESK_OPERATOR", common::OPERATOR)
            .env("SERVICE_DESK_PASSWORD", common::PASSWORD)
            .stdout(std::fs::File::create(&log).unwrap())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        // The whole group: the loop and whichever add it is running.
        let group = format!("-{}", child.id());
        std::process::Command::new("kill")
            .args(["-KILL", "--", &group])
            .status()
            .unwrap();
        child.wait().unwrap();
        printed.extend(printed_receipts(&log));
    }
    assert!(!printed.is_empty(), "no add finished between the kills");
    let next = hall.add_ok(&application())["receipt"]
        .as_str()
        .unwrap()
        .to_string();
    let last: u32 = next.rsplit('-').next().unwrap().parse().unwrap();
    for n in 1..last {
        let out = hall.show(&receipt(n));
        assert!(
            out.status.success(),
            "{} missing: {}",
            receipt(n),
            stderr(&out)
        );
    }
    for number in &printed {
        let n: u32 = number.rsplit('-').next().unwrap().parse().unwrap();
        assert!(n < last, "{number} printed but {next} given after it");
    }
    // One record per number, and every index holds exactly one entry per record.
    let db = sled::open(hall.store()).unwrap();
    let records = db.open_tree("intakes").unwrap().len();
    assert_eq!(
        records, last as usize,
        "records other than the numbered ones"
    );
    for index in [
        "idx_receipt",
        "idx_id_number",
        "idx_phone",
        "idx_name",
        "idx_date",
        "idx_status",
    ] {
        assert_eq!(db.open_tree(index).unwrap().len(), records, "{index}");
    }
}

const CHILD_STORE: &str = "SERVICE_DESK_CRASH_CHILD_STORE";

/// The child process of the test below (the test binary run again with the store in the
/// environment): one process submitting intakes through the library in a loop, as a counter does all day,
/// and printing each receipt once `submit` has returned. Its commits sit in the journal
/// between checkpoints, so a kill makes the next open apply them again.
fn crash_child_submits_in_a_loop(store: std::ffi::OsString) {
    use service_desk::domain::DivisionCode;
    use service_desk::service::context::{Context, SystemClock};
    use service_desk::service::{Desk, OpenOptions, intake};
    use std::io::Write;
    let desk = Desk::open(Path::new(&store), &OpenOptions::default()).unwrap();
    let ctx = Context::new(std::sync::Arc::new(SystemClock), Lang::Zh)
        .signed_in(common::operator_for(&desk));
    let centre = DivisionCode::parse("150102").unwrap();
    let input = serde_json::from_value(application()).unwrap();
    let mut out = std::io::stdout().lock();
    writeln!(out, "READY").unwrap();
    out.flush().unwrap();
    loop {
        let receipt = intake::submit(&desk, &ctx, &centre, &input).unwrap();
        writeln!(out, "RECEIPT {}", receipt.number).unwrap();
        out.flush().unwrap();
    }
}

/// Waits until the child wrote `line` (the test harness may have begun the line before it),
/// polling a bounded number of times.
fn wait_for_line(log: &Path, line: &str) {
    for _ in 0..6000 {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        if text.lines().any(|l| l.ends_with(line)) {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("the child never wrote {line}");
}

/// Opens the store as the next session would and checks it: every printed receipt is there
/// and whole, today's numbers run 1..n without a gap, and each index holds exactly one valid
/// entry per record. Returns how many intakes are stored.
fn check_store_after_kill(path: &Path, printed: &[String]) -> usize {
    use service_desk::service::context::{Context, SystemClock};
    use service_desk::service::{Desk, intake};
    use service_desk::store::intakes::{IntakeRecord, LookupBy};
    use service_desk::store::{OpenOptions, Span, Store};
    let expected: service_desk::domain::application::ApplicationInput =
        serde_json::from_value(application()).unwrap();
    if !printed.is_empty() {
        // Opened as a clerk would, through the blind index: every printed receipt is there,
        // and its sealed part opens to what was submitted.
        let desk = Desk::open(path, &OpenOptions::default()).unwrap();
        let ctx = Context::new(std::sync::Arc::new(SystemClock), Lang::Zh)
            .signed_in(common::operator_for(&desk));
        let found =
            intake::find_person(&desk, &ctx, LookupBy::IdNumber, "150102198503071247").unwrap();
        for number in printed {
            let record = found
                .iter()
                .find(|r| r.receipt.to_string() == *number)
                .unwrap_or_else(|| panic!("{number} printed but not stored"));
            assert_eq!(record.application.to_input(), expected, "{number} is whole");
        }
    }
    let store = Store::open(path, &OpenOptions::default()).unwrap();
    let table = store.table::<IntakeRecord>().unwrap();
    let all = table.page(&Span::All, None, usize::MAX).unwrap();
    assert!(all.damaged.is_empty(), "{:?}", all.damaged);
    let mut numbers: Vec<String> = all.records.iter().map(|r| r.receipt.to_string()).collect();
    numbers.sort();
    let unbroken: Vec<String> = (1..=numbers.len() as u32).map(receipt).collect();
    assert_eq!(numbers, unbroken, "today's numbers run without a gap");
    for index in [
        "idx_receipt",
        "idx_id_number",
        "idx_phone",
        "idx_name",
        "idx_date",
        "idx_status",
    ] {
        let page = table.page_by(index, &Span::All, None, usize::MAX).unwrap();
        assert!(page.damaged.is_empty(), "{index}");
        let mut sequences: Vec<u64> = page.records.iter().map(|r| r.sequence).collect();
        sequences.dedup();
        assert_eq!(
            sequences.len(),
            all.records.len(),
            "{index}: one entry per record"
        );
    }
    all.records.len()
}

/// Many kills at random moments of a long-running writer, each followed by the checks a
/// reopening session would need; bounded by the number of rounds, not by a clock.
#[cfg(unix)]
#[test]
fn a_writer_killed_at_random_moments_loses_nothing_it_printed() {
    if let Some(store) = std::env::var_os(CHILD_STORE) {
        return crash_child_submits_in_a_loop(store);
    }
    const ROUNDS: usize = 30;
    let home = tempfile::tempdir().unwrap();
    let store = home.path().join("store");
    let me = std::env::current_exe().unwrap();
    let mut printed = Vec::new();
    let mut stored = 0;
    let mut killed_with_output = 0;
    for (round, delay) in kill_delays(ROUNDS, 1, 300).into_iter().enumerate() {
        let log = home.path().join(format!("round-{round}.out"));
        let mut child = std::process::Command::new(&me)
            .args([
                "a_writer_killed_at_random_moments_loses_nothing_it_printed",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_STORE, &store)
            .stdout(std::fs::File::create(&log).unwrap())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Most kills land in the writing loop; every fifth may land while the store opens
        // (and applies the journal the last kill left).
        if round % 5 != 4 {
            wait_for_line(&log, "READY");
        }
        std::thread::sleep(delay);
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let text = std::fs::read_to_string(&log).unwrap();
        let this_round: Vec<String> = text
            .lines()
            .filter_map(|l| l.strip_prefix("RECEIPT "))
            .map(str::to_string)
            .collect();
        killed_with_output += usize::from(!this_round.is_empty());
        printed.extend(this_round);
        let now = check_store_after_kill(&store, &printed);
        assert!(
            now >= stored,
            "round {round}: records went from {stored} to {now}"
        );
        stored = now;
    }
    assert!(
        killed_with_output >= ROUNDS / 3,
        "too few rounds wrote anything before the kill ({killed_with_output})"
    );
    eprintln!(
        "{ROUNDS} kills, {} receipts printed, {stored} intakes stored",
        printed.len()
    );
}

/// The example a phone message gives is one the rule accepts, in every language: a clerk
/// who copies it must not be refused again.
#[test]
fn the_phone_examples_in_messages_are_numbers_the_rule_accepts() {
    use service_desk::domain::Phone;
    let ids = [
        "intake-error-phone-missing-area-code",
        "intake-error-phone-area-code",
        "intake-error-phone-mobile-length",
    ];
    let mut checked = 0;
    for lang in Lang::ALL {
        for id in ids {
            let said = text(lang, id);
            let examples = said
                .split(|c: char| !(c.is_ascii_digit() || c == '-'))
                .filter(|w| w.starts_with('0') && w.contains('-'));
            for example in examples {
                assert!(Phone::parse(example).is_ok(), "{id} ({lang:?}): {example}");
                checked += 1;
            }
        }
    }
    assert!(checked >= 2, "no example found to check");
}
