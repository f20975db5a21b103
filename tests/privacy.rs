//! Personal data at rest: a store holds no applicant's name, ID number or phone in any file
//! (and a store written without sealing does, so the search can fail); lookups go through
//! the blind index; a copied store without a login gives no applicant away through any
//! command; records kept plain before the store had a key are sealed at `operators init`;
//! a clerk does what a clerk may and no more.
use std::path::Path;
use std::sync::Arc;

use serde_json::{Value, json};
use service_desk::domain::application::ApplicationInput;
use service_desk::domain::{DivisionCode, Lang};
use service_desk::service::context::{Context, FixedClock};
use service_desk::service::{Desk, OpenOptions, drafts, intake};
use service_desk::store::Store;
use service_desk::store::drafts::{DraftContent, DraftOwner, DraftWrite};
use service_desk::store::intakes::{LookupBy, LookupKeys, NewIntake, PersonalPart, split};

mod common;

const NAME: &str = "乌云其其格";
const ID_NUMBER: &str = "150102198503071247";
const PHONE: &str = "13904711234";
const ADDRESS: &str = "呼和浩特市新城区锡林南路";
const AGENT: &str = "巴特尔";

fn application() -> Value {
    json!({
        "applicant": {"name": NAME, "id_number": ID_NUMBER, "phone": PHONE,
                      "region": "150102", "ethnicity": "02", "address": ADDRESS,
                      "document_lang": "mn-Mong", "facts": ["dibao"]},
        "agent": {"name": AGENT, "id_number": "11010519491231002X", "relationship": "子女"},
        "services": ["SOC-01"],
        "channel": "agent",
        "materials": [{"service": "SOC-01", "name": "身份证", "status": "received"}],
        "notes": "家住锡林南路"
    })
}

fn input() -> ApplicationInput {
    serde_json::from_value(application()).unwrap()
}

fn centre() -> DivisionCode {
    DivisionCode::parse("150102").unwrap()
}

/// Every byte of every file under `dir`.
fn all_bytes(dir: &Path) -> Vec<u8> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(all_bytes(&path));
        } else {
            out.extend(std::fs::read(&path).unwrap());
        }
    }
    out
}

/// Which of the applicant's values appear in the store's files, as UTF-8 (the digits of the
/// ID number and phone are ASCII, so this covers them too).
fn values_found(dir: &Path) -> Vec<&'static str> {
    let hay = all_bytes(dir);
    [NAME, ID_NUMBER, PHONE, ADDRESS, AGENT]
        .into_iter()
        .filter(|v| hay.windows(v.len()).any(|w| w == v.as_bytes()))
        .collect()
}

#[test]
fn a_closed_store_holds_no_applicant_value_in_any_file() {
    let fx = common::desk();
    let ctx = fx.context().at_window(Some("3"));
    for _ in 0..3 {
        intake::submit(&fx.desk, &ctx, &centre(), &input()).unwrap();
    }
    drafts::save(&fx.desk, &ctx, None, &input(), "notes").unwrap();
    let dir = fx.dir.path().to_path_buf();
    drop(ctx);
    let common::Fixture { dir: keep, desk } = fx;
    drop(desk);
    assert_eq!(values_found(&dir), Vec::<&str>::new());
    drop(keep);
}

#[test]
fn the_same_search_finds_the_values_in_a_store_written_without_sealing() {
    let dir = tempfile::tempdir().unwrap();
    write_plain(dir.path());
    assert_eq!(
        values_found(dir.path()),
        [NAME, ID_NUMBER, PHONE, ADDRESS, AGENT]
    );
}

/// Intakes and a draft written as a store without a data key held them: plain.
fn write_plain(dir: &Path) {
    drop(Desk::open(dir, &OpenOptions::default()).unwrap());
    let store = Store::open(dir, &OpenOptions::default()).unwrap();
    let desk_refs = service_desk::service::Desk::open(
        tempfile::tempdir().unwrap().path(),
        &OpenOptions::default(),
    )
    .unwrap();
    let today = intake::hall_time(common::fixed_time()).unwrap().1;
    let refs = intake::references(&desk_refs, today).unwrap();
    let application = service_desk::domain::application::validate(&input(), &refs).unwrap();
    let (clear, private) = split(application);
    for _ in 0..2 {
        let new = NewIntake {
            centre: centre(),
            accepted_on: today,
            created_at: 1_764_637_200,
            deadline: service_desk::domain::application::Deadline::NotStated,
            operator: None,
            lookup: LookupKeys {
                id_number: ID_NUMBER.as_bytes().to_vec(),
                ..LookupKeys::none()
            },
            clear: clear.clone(),
            personal: PersonalPart::Plain(Box::new(private.clone())),
        };
        service_desk::store::intakes::add(&store, new).unwrap();
    }
    let draft = DraftWrite {
        id: None,
        owner: DraftOwner::default(),
        at: 1_764_637_200,
        focus: "notes".into(),
        content: DraftContent::PlainJson(serde_json::to_vec(&input()).unwrap()),
    };
    service_desk::store::drafts::save(&store, draft).unwrap();
}

#[test]
fn lookups_by_id_number_phone_and_name_go_through_the_blind_index() {
    let fx = common::desk();
    let ctx = fx.context();
    let receipt = intake::submit(&fx.desk, &ctx, &centre(), &input()).unwrap();
    let mut other = input();
    other.applicant.id_number = "11010519491231002X".into();
    other.applicant.name = "王芳".into();
    other.applicant.phone = String::new();
    intake::submit(&fx.desk, &ctx, &centre(), &other).unwrap();
    for (by, value) in [
        (LookupBy::IdNumber, ID_NUMBER),
        (LookupBy::IdNumber, " 150102198503071247 "),
        (LookupBy::Phone, PHONE),
        (LookupBy::Name, NAME),
        (LookupBy::Name, " 乌云其其格 "),
    ] {
        let found = intake::find_person(&fx.desk, &ctx, by, value).unwrap();
        assert_eq!(
            found,
            std::slice::from_ref(&receipt.record),
            "{by:?} {value:?}"
        );
    }
    let none = intake::find_person(&fx.desk, &ctx, LookupBy::IdNumber, "110101199003071234");
    assert_eq!(none.unwrap(), []);
    let x_lower = intake::find_person(&fx.desk, &ctx, LookupBy::IdNumber, "11010519491231002x");
    assert_eq!(x_lower.unwrap().len(), 1);
    // Without a session there is no key to look up with.
    let anonymous = Context::new(Arc::new(FixedClock(common::fixed_time())), Lang::Zh);
    assert!(matches!(
        intake::find_person(&fx.desk, &anonymous, LookupBy::IdNumber, ID_NUMBER),
        Err(intake::IntakeError::SignInRequired)
    ));
}

#[test]
fn every_use_case_with_personal_data_refuses_without_a_session_and_an_intake_is_audited() {
    let fx = common::desk();
    let anonymous = Context::new(Arc::new(FixedClock(common::fixed_time())), Lang::Zh);
    assert!(matches!(
        intake::submit(&fx.desk, &anonymous, &centre(), &input()),
        Err(intake::IntakeError::SignInRequired)
    ));
    let ctx = fx.context();
    let receipt = intake::submit(&fx.desk, &ctx, &centre(), &input()).unwrap();
    let number = receipt.number.clone();
    assert!(matches!(
        intake::show(&fx.desk, &anonymous, &number, intake::Viewing::Details),
        Err(intake::IntakeError::SignInRequired)
    ));
    assert!(matches!(
        drafts::save(&fx.desk, &anonymous, None, &input(), ""),
        Err(drafts::DraftError::SignInRequired)
    ));
    let id = drafts::save(&fx.desk, &ctx, None, &input(), "").unwrap();
    assert!(matches!(
        drafts::load(&fx.desk, &anonymous, id),
        Err(drafts::DraftError::SignInRequired)
    ));
    assert!(matches!(
        drafts::discard(&fx.desk, &anonymous, id),
        Err(drafts::DraftError::SignInRequired)
    ));
    // Listed without a session: who, where and when only.
    let listed = drafts::list(&fx.desk, None).unwrap();
    assert_eq!(listed.drafts.len(), 1);
    assert_eq!(listed.drafts[0].name, "");
    assert_eq!(listed.drafts[0].id_number, "");
    assert!(listed.drafts[0].services.is_empty());
    let opened = drafts::list(&fx.desk, Some(&fx.operator())).unwrap();
    assert_eq!(opened.drafts[0].name, "乌**");
    assert_eq!(opened.drafts[0].id_number, "150102********1247");

    intake::show(&fx.desk, &ctx, &number, intake::Viewing::Details).unwrap();
    let supervisor = fx.operator();
    let trail = service_desk::service::audit::list(
        &fx.desk,
        &supervisor,
        &service_desk::service::audit::AuditFilter {
            record: Some(number.to_string()),
            ..Default::default()
        },
    )
    .unwrap();
    let actions: Vec<&str> = trail.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["intake", "view-full-details"]);
    assert!(
        trail
            .iter()
            .all(|e| e.operator.as_deref() == Some(common::OPERATOR))
    );
}

/// A store made through the binary: its first supervisor, a clerk, and an intake.
fn store_with_an_intake(home: &Path) -> (std::path::PathBuf, String) {
    let db = home.join("store");
    let config = home.join("config.toml");
    std::fs::write(&config, "centre-code = \"150102\"\n").unwrap();
    common::init_operator(&db);
    let file = home.join("application.json");
    std::fs::write(&file, application().to_string()).unwrap();
    let receipt: Value = common::json_of(
        common::signed_cmd(&db)
            .env("SERVICE_DESK_CONFIG", &config)
            .env("HOME", home)
            .args(["intake", "add"])
            .arg(&file)
            .args(["--format", "json"]),
    );
    (db, receipt["receipt"].as_str().unwrap().to_string())
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn a_copied_store_without_a_login_gives_no_applicant_away_through_any_command() {
    let home = tempfile::tempdir().unwrap();
    let (db, receipt) = store_with_an_intake(home.path());
    let copy = home.path().join("copy");
    copy_dir(&db, &copy);
    let commands: Vec<Vec<&str>> = vec![
        vec!["records", "show", &receipt],
        vec!["records", "show", &receipt, "--format", "json"],
        vec!["records", "print", &receipt],
        vec!["records", "print", &receipt, "--notice", "--format", "html"],
        vec!["audit", "verify"],
        vec!["audit", "list", "--format", "json"],
        vec!["operators", "list"],
        vec!["catalogue", "show", "SOC-01"],
        vec!["config", "show"],
    ];
    let guesses: [&[(&str, &str)]; 3] = [
        &[],
        &[("SERVICE_DESK_OPERATOR", common::OPERATOR)],
        &[
            ("SERVICE_DESK_OPERATOR", common::OPERATOR),
            ("SERVICE_DESK_PASSWORD", "not-the-password"),
        ],
    ];
    for args in &commands {
        for env in guesses {
            let mut cmd = common::desk_cmd(&copy);
            cmd.env("HOME", home.path());
            for (k, v) in env {
                cmd.env(k, v);
            }
            let out = cmd.args(args).output().unwrap();
            let said = [out.stdout.as_slice(), out.stderr.as_slice()].concat();
            for value in [NAME, ID_NUMBER, PHONE, ADDRESS, AGENT] {
                assert!(
                    !said.windows(value.len()).any(|w| w == value.as_bytes()),
                    "{args:?} with {env:?} gave away {value}"
                );
            }
            if args[0] == "records" {
                let expected = if env.len() == 2 { 3 } else { 2 };
                assert_eq!(out.status.code(), Some(expected), "{args:?} {env:?}");
            }
        }
    }
    // With the password the same copy opens: the data is there, only sealed.
    let shown: Value = common::json_of(
        common::signed_cmd(&copy).args(["records", "show", &receipt, "--format", "json"]),
    );
    assert_eq!(shown["applicant"]["name"], NAME);
    assert_eq!(shown["applicant"]["id_number"], ID_NUMBER);
}

#[test]
fn without_an_operator_name_intake_and_records_are_a_usage_error_that_says_sign_in() {
    let home = tempfile::tempdir().unwrap();
    let (db, receipt) = store_with_an_intake(home.path());
    let out = common::desk_cmd(&db)
        .args(["records", "show", &receipt])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--operator"), "{err}");
}

#[test]
fn a_clerk_registers_and_reads_intakes_but_manages_nothing() {
    let home = tempfile::tempdir().unwrap();
    let (db, receipt) = store_with_an_intake(home.path());
    common::signed_cmd(&db)
        .args(["operators", "add", "--name", "li", "--role", "clerk"])
        .env("SERVICE_DESK_NEW_PASSWORD", "clerk-password-1")
        .assert()
        .success();
    let clerk = |args: &[&str]| {
        common::desk_cmd(&db)
            .env("SERVICE_DESK_OPERATOR", "li")
            .env("SERVICE_DESK_PASSWORD", "clerk-password-1")
            .env("HOME", home.path())
            .args(args)
            .output()
            .unwrap()
    };
    let shown = clerk(&["records", "show", &receipt, "--format", "json"]);
    assert!(
        shown.status.success(),
        "{}",
        String::from_utf8_lossy(&shown.stderr)
    );
    for refused in [
        vec!["operators", "list"],
        vec!["audit", "list"],
        vec!["operators", "disable", "boss"],
    ] {
        let out = clerk(&refused);
        assert_eq!(out.status.code(), Some(3), "{refused:?}");
    }
    // Correcting, reopening and exporting records do not exist yet: nothing to refuse.
}

#[test]
fn records_kept_plain_before_the_first_supervisor_are_sealed_by_operators_init() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("store");
    write_plain(&db);
    // Before any operator: the records are kept, and reading them needs a supervisor made.
    let out = common::desk_cmd(&db)
        .env("SERVICE_DESK_OPERATOR", common::OPERATOR)
        .env("SERVICE_DESK_PASSWORD", common::PASSWORD)
        .args(["records", "show", &format!("150102-{}-0001", today())])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("operators init"));

    let out = common::desk_cmd(&db)
        .args(["operators", "init", "--name", common::OPERATOR])
        .env("SERVICE_DESK_NEW_PASSWORD", common::PASSWORD)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("2 条受理记录和 1 份草稿"), "{said}");

    {
        let store = Store::open(&db, &OpenOptions::default()).unwrap();
        let table = store
            .table::<service_desk::store::intakes::IntakeRecord>()
            .unwrap();
        let all = table
            .page(&service_desk::store::Span::All, None, 10)
            .unwrap();
        assert_eq!(all.records.len(), 2);
        assert!(all.records.iter().all(|r| r.personal.is_sealed()));
        assert!(all.records.iter().all(|r| r.lookup.id_number.len() == 16));
        let drafts = service_desk::store::drafts::all(&store).unwrap();
        assert!(
            drafts
                .iter()
                .all(|d| d.as_ref().unwrap().content.is_sealed())
        );
    }

    let shown: Value = common::json_of(common::signed_cmd(&db).args([
        "records",
        "show",
        &format!("150102-{}-0002", today()),
        "--format",
        "json",
    ]));
    assert_eq!(shown["applicant"]["phone"], PHONE);
    let desk = Desk::open(&db, &OpenOptions::default()).unwrap();
    let ctx = Context::new(Arc::new(FixedClock(common::fixed_time())), Lang::Zh)
        .signed_in(common::operator_for(&desk));
    let found = intake::find_person(&desk, &ctx, LookupBy::IdNumber, ID_NUMBER).unwrap();
    assert_eq!(found.len(), 2);
}

fn today() -> String {
    intake::hall_time(common::fixed_time()).unwrap().1.compact()
}
