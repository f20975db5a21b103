//! Eligibility hints from outside the crate: the rules built in load and each rests on the
//! catalogue text it cites; a rule without a source is refused; the rules fire on the facts,
//! age and sex they name and on nothing else; items applied for, open or completed are not
//! hinted again; `intake add` takes a second open intake of a service only with a reason; and
//! in a real terminal the form shows the earlier intake and adds a hinted item with F7, Enter.
mod common;
#[path = "common/pty.rs"]
mod pty;

use service_desk::domain::application::{ApplicantInput, ApplicationInput, Fact};
use service_desk::domain::eligibility::{self, Person, Rule, hints};
use service_desk::domain::resident_id::check_character;
use service_desk::domain::seed;
use service_desk::domain::{Date, ItemId, ReceiptNumber, Sex, Status};
use service_desk::service::eligibility::{
    EarlierIntake, hints_for, open_for, receipts_text, rules, with_note,
};

/// The tests' day, as the fixtures' clock gives it.
fn today() -> Date {
    Date::new(2025, 12, 2).unwrap()
}

/// A sound ID number issued in 新城区 for someone born on `born` (YYYYMMDD); `seq` odd is a
/// man, even a woman.
fn id_number(born: &str, seq: &str) -> String {
    let body = format!("150102{born}{seq}");
    let check = check_character(&body).unwrap();
    format!("{body}{check}")
}

fn form(facts: &[Fact], id: &str, services: &[&str]) -> ApplicationInput {
    ApplicationInput {
        applicant: ApplicantInput {
            id_number: id.to_string(),
            facts: facts.iter().map(|f| f.code().to_string()).collect(),
            ..ApplicantInput::default()
        },
        services: services.iter().map(|s| s.to_string()).collect(),
        ..ApplicationInput::default()
    }
}

fn hinted(input: &ApplicationInput, earlier: &[EarlierIntake]) -> Vec<String> {
    let rules = rules().unwrap();
    hints_for(rules, input, earlier, today())
        .iter()
        .map(|h| h.item.to_string())
        .collect()
}

fn earlier(receipt: &str, services: &[&str], status: Status) -> EarlierIntake {
    EarlierIntake {
        receipt: ReceiptNumber::parse(receipt).unwrap(),
        accepted_on: Date::new(2025, 11, 3).unwrap(),
        services: services.iter().map(|s| s.to_string()).collect(),
        status,
    }
}

#[test]
fn the_rules_built_in_load_and_each_names_its_source() {
    let rules = eligibility::embedded_rules().unwrap_or_else(|e| panic!("{e}"));
    assert!(rules.len() >= 10, "{} rules", rules.len());
    for rule in &rules {
        assert!(!rule.source.trim().is_empty(), "{}", rule.id);
        assert!(
            !rule.why.zh.is_empty() && !rule.why.mn.is_empty(),
            "{}",
            rule.id
        );
    }
}

/// A rule quoting the catalogue cites the catalogue's own source for the item's 服务对象, and
/// the words it quotes are still there: when the catalogue is corrected, this names the rules
/// to read again.
#[test]
fn every_rule_rests_on_the_recipients_text_it_quotes() {
    let catalogue = seed::embedded().unwrap().catalogue;
    let rules = eligibility::embedded_rules().unwrap();
    for rule in &rules {
        let item = catalogue.item(rule.item).expect("the rule's item exists");
        let recipients = item
            .recipients
            .as_ref()
            .unwrap_or_else(|| panic!("{}: {} has no 服务对象 to rest on", rule.id, rule.item));
        let quote = rule.quote.as_deref().expect("every rule quotes its source");
        assert!(
            recipients.text.zh.contains(quote),
            "{}: {quote:?} is not in {}'s 服务对象",
            rule.id,
            rule.item
        );
        assert_eq!(rule.source, recipients.source, "{}", rule.id);
    }
}

#[test]
fn a_rule_without_a_source_does_not_load() {
    let rule = r#"
[[rule]]
id = "no-source"
item = "HEA-07"
age-min = 65
why-zh = "65岁及以上常住居民"
why-mn = "ᠨᠠᠰᠤ"
"#;
    let err = eligibility::from_text(rule).unwrap_err().to_string();
    assert!(
        err.contains("no-source") && err.contains("no source"),
        "{err}"
    );
    let with_source = format!("{rule}source = \"《2018年国家基本公共卫生服务项目一览表》\"\n");
    assert_eq!(eligibility::from_text(&with_source).unwrap().len(), 1);
}

#[test]
fn a_seventy_year_old_is_hinted_the_elders_health_services_and_nothing_else() {
    let input = form(&[], "150102195503071243", &[]);
    assert_eq!(hinted(&input, &[]), ["HEA-07", "HEA-12"]);
    let younger = form(&[], &id_number("19610101", "123"), &[]);
    assert!(hinted(&younger, &[]).is_empty(), "64 is not 65");
}

#[test]
fn a_disabled_child_in_a_dibao_family_is_hinted_what_the_sources_name() {
    let child = id_number("20210601", "124");
    let input = form(&[Fact::Dibao, Fact::Disability], &child, &[]);
    let got = hinted(&input, &[]);
    for item in [
        "SOC-03", "INS-05", "DIS-01", "DIS-07", "SOC-08", "HEA-03", "HEA-05",
    ] {
        assert!(got.contains(&item.to_string()), "{item} missing: {got:?}");
    }
    // Four and a half: too old for the 0–36-month services, too young for training.
    assert!(!got.contains(&"HEA-12".to_string()), "{got:?}");
    assert!(!got.contains(&"EMP-06".to_string()), "{got:?}");
}

#[test]
fn the_youngest_are_counted_in_months() {
    // 36 months on the day, 37 a month later.
    let three = form(&[], &id_number("20221202", "123"), &[]);
    assert!(hinted(&three, &[]).contains(&"HEA-12".to_string()));
    let older = form(&[], &id_number("20221101", "123"), &[]);
    assert!(!hinted(&older, &[]).contains(&"HEA-12".to_string()));
}

#[test]
fn facts_alone_fire_only_their_rules_and_no_id_number_means_no_age() {
    let care = form(&[Fact::SpecialCare], "", &[]);
    assert_eq!(hinted(&care, &[]), ["SOC-11"]);
    let disabled = form(&[Fact::Disability], "", &[]);
    assert!(
        hinted(&disabled, &[]).is_empty(),
        "every disability rule needs an age"
    );
    let left = form(&[Fact::LeftBehindChild], &id_number("20100101", "123"), &[]);
    assert!(hinted(&left, &[]).contains(&"SOC-09".to_string()));
    let sixteen = form(&[Fact::LeftBehindChild], &id_number("20091201", "123"), &[]);
    assert!(!hinted(&sixteen, &[]).contains(&"SOC-09".to_string()));
}

#[test]
fn items_applied_for_open_or_completed_are_not_hinted_but_rejected_ones_are() {
    let base = form(&[Fact::Dibao], "", &["SOC-03"]);
    assert_eq!(hinted(&base, &[]), ["INS-05"], "SOC-03 is applied for now");
    let none = form(&[Fact::Dibao], "", &[]);
    for status in [Status::Accepted, Status::InProgress, Status::Completed] {
        let before = [earlier("150102-20251103-0001", &["INS-05"], status)];
        assert_eq!(hinted(&none, &before), ["SOC-03"], "{status:?}");
    }
    for status in [Status::Rejected, Status::Withdrawn] {
        let before = [earlier("150102-20251103-0001", &["INS-05"], status)];
        assert_eq!(hinted(&none, &before), ["SOC-03", "INS-05"], "{status:?}");
    }
}

#[test]
fn only_open_intakes_sharing_a_service_are_flagged() {
    let list = [
        earlier(
            "150102-20251103-0001",
            &["SOC-01", "HOU-01"],
            Status::Accepted,
        ),
        earlier("150102-20251103-0002", &["SOC-01"], Status::Completed),
        earlier("150102-20251103-0003", &["EDU-01"], Status::InProgress),
    ];
    let flagged: Vec<String> = open_for(&list, &["SOC-01".to_string()])
        .iter()
        .map(|e| e.receipt.to_string())
        .collect();
    assert_eq!(flagged, ["150102-20251103-0001"]);
    assert!(open_for(&list, &["CUL-01".to_string()]).is_empty());
}

#[test]
fn a_note_names_three_open_receipts_and_counts_the_rest() {
    let list: Vec<EarlierIntake> = (1..=5)
        .map(|n| {
            let receipt = format!("150102-20251103-000{n}");
            earlier(&receipt, &["SOC-01"], Status::Accepted)
        })
        .collect();
    let open = open_for(&list, &["SOC-01".to_string()]);
    let more = |named: &str, count: usize| format!("{named} +{count}");
    assert_eq!(
        receipts_text(&open, "、", more),
        "150102-20251103-0001、150102-20251103-0002、150102-20251103-0003 +5"
    );
    assert_eq!(
        receipts_text(&open[..2], "、", more),
        "150102-20251103-0001、150102-20251103-0002"
    );
}

#[test]
fn the_reason_note_follows_what_was_typed() {
    let mut input = form(&[], "", &[]);
    assert_eq!(with_note(&input, "【说明】x").notes, "【说明】x");
    input.notes = "已电话告知 ".into();
    assert_eq!(with_note(&input, "【说明】x").notes, "已电话告知 【说明】x");
}

#[test]
fn a_hint_names_the_first_rule_that_fired_for_its_item() {
    let rules: Vec<Rule> = eligibility::embedded_rules().unwrap();
    let person = Person {
        facts: vec![],
        age: Some(70),
        months: Some(70 * 12),
        sex: Some(Sex::Female),
    };
    let skip = [ItemId::parse("HEA-07").unwrap()];
    let got = hints(&rules, &person, &skip);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].item.to_string(), "HEA-12");
    assert_eq!(got[0].rule.id, "HEA-12-elder");
}

/// The binary signed in on the store in `dir`, with a hall configured there.
fn desk_in(dir: &std::path::Path) -> assert_cmd::Command {
    let config = dir.join("config.toml");
    if !config.exists() {
        let receipts = dir.join("receipts");
        let text = format!("centre-code = \"150102\"\nreceipts-dir = {receipts:?}\n");
        std::fs::write(&config, text).unwrap();
    }
    let mut cmd = common::signed_cmd(&dir.join("db"));
    cmd.env("SERVICE_DESK_CONFIG", &config)
        .env("SERVICE_DESK_LANG", "zh-CN");
    cmd
}

/// `intake add` of `json` with `extra` arguments.
fn add(dir: &std::path::Path, json: &str, extra: &[&str]) -> assert_cmd::Command {
    let file = dir.join("application.json");
    std::fs::write(&file, json).unwrap();
    let mut cmd = desk_in(dir);
    cmd.args(["intake", "add"]).arg(&file).args(extra);
    cmd
}

const APPLICATION: &str = r#"{"applicant": {"name": "乌云其其格",
    "id_number": "150102195503071243"}, "services": ["SOC-01"], "channel": "counter"}"#;

#[test]
fn intake_add_refuses_a_second_open_intake_of_a_service_without_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    common::init_operator(&dir.path().join("db"));
    let first = common::json_of(&mut add(dir.path(), APPLICATION, &["--format", "json"]));
    let open = first["receipt"].as_str().unwrap().to_string();
    let refused = add(dir.path(), APPLICATION, &[]).output().unwrap();
    assert_eq!(refused.status.code(), Some(3));
    let told = String::from_utf8_lossy(&refused.stderr);
    assert!(told.contains(&open) && told.contains("--reason"), "{told}");
    let blank = add(dir.path(), APPLICATION, &["--reason", "  "])
        .output()
        .unwrap();
    assert_eq!(blank.status.code(), Some(3), "a blank reason is none");
    let args = ["--reason", "原件遗失", "--format", "json"];
    let taken = common::json_of(&mut add(dir.path(), APPLICATION, &args));
    let receipt = taken["receipt"].as_str().unwrap();
    let shown =
        common::json_of(desk_in(dir.path()).args(["records", "show", receipt, "--format", "json"]));
    assert_eq!(
        shown["notes"].as_str().unwrap(),
        format!("【重复受理说明】在办：{open}；理由：原件遗失")
    );
    // Another service is not held up by the open one.
    let other = APPLICATION.replace("SOC-01", "HOU-01");
    add(dir.path(), &other, &[]).assert().success();
}

/// The binary in a real terminal at 80×24: a whole ID number brings up the person's earlier
/// intake and the hints line; F7 opens the hints and Enter adds one to the services.
#[test]
fn in_a_real_terminal_the_form_shows_who_has_been_here_and_what_they_may_be_entitled_to() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let config = dir.path().join("config.toml");
    let receipts = dir.path().join("receipts");
    let text = format!("centre-code = \"150102\"\nreceipts-dir = {receipts:?}\n");
    std::fs::write(&config, text).unwrap();
    common::desk_cmd(&db)
        .args(["operators", "init", "--name", pty::OPERATOR])
        .env("SERVICE_DESK_NEW_PASSWORD", pty::PASSWORD)
        .env_remove("SERVICE_DESK_NEW_PASSWORD_FILE")
        .assert()
        .success();
    let file = dir.path().join("application.json");
    std::fs::write(&file, APPLICATION).unwrap();
    let added = common::json_of(
        common::desk_cmd(&db)
            .env("SERVICE_DESK_CONFIG", &config)
            .env("SERVICE_DESK_OPERATOR", pty::OPERATOR)
            .env("SERVICE_DESK_PASSWORD", pty::PASSWORD)
            .args(["intake", "add", "--format", "json"])
            .arg(&file),
    );
    let open = added["receipt"].as_str().unwrap().to_string();
    let config = config.to_str().unwrap().to_string();
    let env = [
        ("SERVICE_DESK_CONFIG", config.as_str()),
        ("TERM", "xterm-256color"),
    ];
    let bin = env!("CARGO_BIN_EXE_service-desk");
    let mut app = pty::PtyApp::spawn_with(bin, &db, 80, 24, &[], &env);
    app.wait_for("the catalogue", |s| s.contents().contains("EDU-01"));
    app.send(b"\x1bOS"); // F4
    app.sign_in();
    app.wait_for("the form", |s| s.contents().contains("身份证号码"));
    app.send("乌云其其格\t150102195503071243".as_bytes());
    app.wait_for("the earlier intake and the hints", |s| {
        let c = s.contents();
        c.contains("此前受理 1 件，其中在办 1 件") && c.contains(&open) && c.contains("F7 可能符合")
    });
    app.send(b"\x1b[18~"); // F7
    app.wait_for("the hints with their source", |s| {
        s.contents()
            .contains("出处：《2018年国家基本公共卫生服务项目一览表》")
    });
    app.send(b"\r");
    app.wait_for("HEA-07 taken, HEA-12 left", |s| {
        let c = s.contents();
        c.contains("▸HEA-12") && !c.contains("HEA-07")
    });
    app.send(b"\x1b");
    app.wait_for("the form, its hints line down to one", |s| {
        s.contents().contains("F7 可能符合、尚未申请 1 项：HEA-12")
    });
    app.send(b"\x11");
    app.child.wait().unwrap();
}

/// However many intakes of one service are open, a note with a reason stays within the notes'
/// limit: the receipts it names are capped.
#[test]
fn intake_add_with_a_reason_goes_on_however_many_are_open() {
    let dir = tempfile::tempdir().unwrap();
    common::init_operator(&dir.path().join("db"));
    let mut last = String::new();
    for _ in 0..6 {
        let added = common::json_of(&mut add(
            dir.path(),
            APPLICATION,
            &["--reason", "r", "--format", "json"],
        ));
        last = added["receipt"].as_str().unwrap().to_string();
    }
    let shown =
        common::json_of(desk_in(dir.path()).args(["records", "show", &last, "--format", "json"]));
    let notes = shown["notes"].as_str().unwrap();
    assert!(notes.contains(" 等 5 件；理由：r"), "{notes}");
    assert_eq!(notes.matches("150102-").count(), 3, "{notes}");
}
