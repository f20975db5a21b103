//! Drafts through the use cases: saved, listed newest first per owner, loaded, discarded,
//! ended with their intake in one transaction, and a damaged one skipped and reported.
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use super::*;
use crate::domain::Lang;
use crate::domain::application::ApplicantInput;
use crate::service::OpenOptions;
use crate::service::context::{FixedClock, Operator};

fn desk(dir: &std::path::Path) -> Desk {
    Desk::open(dir, &OpenOptions::default()).unwrap()
}

fn ctx_at(desk: &Desk, seconds: u64, window: &str) -> Context {
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(1_764_637_200 + seconds);
    let ctx = Context::new(Arc::new(FixedClock(at)), Lang::Zh).at_window(Some(window));
    crate::service::sealing::testing::signed_in(desk, ctx)
}

fn signed(desk: &Desk) -> Arc<Session> {
    ctx_at(desk, 0, "1").session.unwrap()
}

fn form(name: &str, services: &[&str]) -> ApplicationInput {
    ApplicationInput {
        applicant: ApplicantInput {
            name: name.into(),
            id_number: "15010219850307124".into(),
            ..ApplicantInput::default()
        },
        services: services.iter().map(|s| s.to_string()).collect(),
        ..ApplicationInput::default()
    }
}

#[test]
fn saved_drafts_list_newest_first_and_load_back() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk(dir.path());
    let first = save(
        &desk,
        &ctx_at(&desk, 0, "1"),
        None,
        &form("乌云其其格", &["SOC-01"]),
        "applicant.name",
    )
    .unwrap();
    let second = save(
        &desk,
        &ctx_at(&desk, 5, "1"),
        None,
        &form("王芳", &[]),
        "services",
    )
    .unwrap();
    assert_ne!(first, second);
    let list = list(&desk, Some(&signed(&desk))).unwrap();
    assert!(list.unreadable.is_empty());
    let ids: Vec<DraftId> = list.drafts.iter().map(|d| d.id).collect();
    assert_eq!(ids, [second, first]);
    assert_eq!(list.drafts[1].name, "乌**");
    assert_eq!(list.drafts[1].services, ["SOC-01"]);
    assert_eq!(list.drafts[1].id_number, "*****************");

    // Saving the first again makes it the newest, under the same id.
    let mut more = form("乌云其其格", &["SOC-01", "DIS-02"]);
    more.notes = "申请人行动不便".into();
    assert_eq!(
        save(&desk, &ctx_at(&desk, 9, "1"), Some(first), &more, "notes").unwrap(),
        first
    );
    let list = super::list(&desk, Some(&signed(&desk))).unwrap();
    assert_eq!(list.drafts[0].id, first);
    let loaded = load(&desk, &ctx_at(&desk, 0, "1"), first).unwrap().unwrap();
    assert_eq!(loaded.input, more);
    assert_eq!(loaded.focus, "notes");
    assert_eq!(loaded.updated_at - loaded.created_at, 9);
    assert_eq!(loaded.owner.window.as_deref(), Some("1"));

    discard(&desk, &ctx_at(&desk, 0, "1"), first).unwrap();
    assert_eq!(load(&desk, &ctx_at(&desk, 0, "1"), first).unwrap(), None);
    assert_eq!(
        super::list(&desk, Some(&signed(&desk)))
            .unwrap()
            .drafts
            .len(),
        1
    );
}

#[test]
fn each_counter_sees_its_own_drafts() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk(dir.path());
    let mut clerk = ctx_at(&desk, 0, "2");
    clerk.operator = Some(Operator {
        name: "其其格".into(),
    });
    let at_1 = save(&desk, &ctx_at(&desk, 0, "1"), None, &form("甲", &[]), "").unwrap();
    let at_2 = save(&desk, &clerk, None, &form("乙", &[]), "").unwrap();
    let list = list(&desk, Some(&signed(&desk))).unwrap();
    let mine: Vec<DraftId> = list.of(&owner_of(&clerk)).map(|d| d.id).collect();
    assert_eq!(mine, [at_2]);
    let theirs: Vec<DraftId> = list
        .of(&owner_of(&ctx_at(&desk, 0, "1")))
        .map(|d| d.id)
        .collect();
    assert_eq!(theirs, [at_1]);
}

#[test]
fn a_draft_stores_menksoft_typing_as_unicode_and_no_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk(dir.path());
    let shapes = "\u{E2F1}\u{E291}\u{E2BD}\u{E2D9}\u{E291}\u{E2F9}";
    let mut typed = form(shapes, &["SOC-01\u{1b}[31m"]);
    typed.notes = format!("乌云 {shapes}");
    let id = save(
        &desk,
        &ctx_at(&desk, 0, "1"),
        None,
        &typed,
        "applicant.name",
    )
    .unwrap();
    let loaded = load(&desk, &ctx_at(&desk, 0, "1"), id)
        .unwrap()
        .unwrap()
        .input;
    assert_eq!(loaded.applicant.name, "ᠮᠣᠩᠭᠣᠯ");
    assert_eq!(loaded.notes, "乌云 ᠮᠣᠩᠭᠣᠯ");
    assert_eq!(loaded.services, ["SOC-01"]);
}

#[test]
fn a_damaged_draft_is_skipped_and_reported_and_the_others_still_list() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk(dir.path());
    let ok = save(&desk, &ctx_at(&desk, 0, "1"), None, &form("甲", &[]), "").unwrap();
    let bad = save(&desk, &ctx_at(&desk, 1, "1"), None, &form("乙", &[]), "").unwrap();
    let unreadable_json = save(&desk, &ctx_at(&desk, 2, "1"), None, &form("丙", &[]), "").unwrap();
    stored::damage(desk.store(), bad.get());
    // A whole record whose form is not JSON this version reads.
    let mut record = stored::load(desk.store(), unreadable_json.get())
        .unwrap()
        .unwrap();
    record.content = DraftContent::PlainJson(b"{\"applicant\": 7}".to_vec());
    let mut batch = desk.store().batch();
    batch.replace(&record).unwrap();
    desk.store().commit(batch).unwrap();

    let list = list(&desk, Some(&signed(&desk))).unwrap();
    let listed: Vec<DraftId> = list.drafts.iter().map(|d| d.id).collect();
    assert_eq!(listed, [ok]);
    let reported: Vec<Option<u64>> = list.unreadable.iter().map(|u| u.id).collect();
    assert_eq!(reported, [Some(bad.get()), Some(unreadable_json.get())]);
    assert!(matches!(
        load(&desk, &ctx_at(&desk, 0, "1"), bad),
        Err(DraftError::Store(_))
    ));
    assert!(matches!(
        load(&desk, &ctx_at(&desk, 0, "1"), unreadable_json),
        Err(DraftError::Unreadable { .. })
    ));
    // Both can still be discarded, or saved over.
    discard(&desk, &ctx_at(&desk, 0, "1"), bad).unwrap();
    save(
        &desk,
        &ctx_at(&desk, 3, "1"),
        Some(unreadable_json),
        &form("丙", &[]),
        "",
    )
    .unwrap();
    let list = super::list(&desk, Some(&signed(&desk))).unwrap();
    assert!(list.unreadable.is_empty());
    assert_eq!(list.drafts.len(), 2);
}

fn application() -> ApplicationInput {
    serde_json::from_value(serde_json::json!({
        "applicant": {"name": "乌云其其格", "id_number": "150102198503071247",
                      "phone": "13904711234", "region": "150102", "ethnicity": "02",
                      "address": "呼和浩特市新城区", "document_lang": "mn-Mong",
                      "facts": ["dibao"]},
        "services": ["SOC-01"],
        "channel": "counter",
        "materials": [{"service": "SOC-01", "name": "身份证", "status": "received"}],
        "notes": ""
    }))
    .unwrap()
}

#[test]
fn an_intake_ends_its_draft_and_a_refused_one_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk(dir.path());
    let ctx = ctx_at(&desk, 0, "1");
    let centre = DivisionCode::parse("150102").unwrap();
    let mut incomplete = application();
    incomplete.services.clear();
    let id = save(&desk, &ctx, None, &incomplete, "services").unwrap();
    let refused = submit(&desk, &ctx, &centre, id, &incomplete);
    assert!(
        matches!(refused, Err(IntakeError::Invalid(_))),
        "{refused:?}"
    );
    assert!(
        load(&desk, &ctx_at(&desk, 0, "1"), id).unwrap().is_some(),
        "a refused intake keeps its draft"
    );

    let receipt = submit(&desk, &ctx, &centre, id, &application()).unwrap();
    assert_eq!(load(&desk, &ctx_at(&desk, 0, "1"), id).unwrap(), None);
    let stored = intake::show(&desk, &ctx, &receipt.number, intake::Viewing::Details)
        .unwrap()
        .unwrap();
    assert_eq!(stored.application.to_input().services, ["SOC-01"]);
}
