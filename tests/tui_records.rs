//! The records screen (F5) driven through `Session`: the list with overdue and soon-due
//! lines, a search, the detail with its history and actions, the status prompt (a rejection
//! needs its reason), the rating, paging a page at a time, and a refused move told with
//! its reason. Snapshots at 80×24 in both languages.
mod common;

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use common::{Fixture, fixed_time, snapshot, text, texts};
use ratatui::layout::Size;
use serde_json::{Value, json};
use service_desk::domain::resident_id::check_character;
use service_desk::domain::{Date, DivisionCode, Lang, Rating, ReceiptNumber, Status};
use service_desk::service::context::{Context, FixedClock};
use service_desk::service::intake;
use service_desk::service::records::{self, Filter, RecordAction};
use service_desk::tui::screens::receipt::{PaperNote, ReceiptScreen};
use service_desk::tui::screens::records::{DetailScreen, RecordsScreen};
use service_desk::tui::theme::{Palette, Theme};
use service_desk::tui::{Hall as HallConfig, Input, Key, KeyCode, Session, Shared};

fn id_number(serial: u32) -> String {
    let first = format!("15010219850307{serial:03}");
    format!("{first}{}", check_character(&first).unwrap())
}

fn application(name: &str, serial: u32, phone: &str, service: &str) -> Value {
    json!({
        "applicant": {"name": name, "id_number": id_number(serial), "phone": phone,
                      "region": "150102", "ethnicity": "02", "address": "呼和浩特市新城区",
                      "document_lang": "zh-CN", "facts": []},
        "agent": null,
        "services": [service],
        "channel": "counter",
        "materials": [
            {"service": service, "name": "身份证", "status": "received"},
            {"service": service, "name": "户口簿", "status": "missing"}
        ],
        "notes": ""
    })
}

fn day(days: u64) -> SystemTime {
    fixed_time() + Duration::from_secs(days * 86_400)
}

fn context_at(fx: &Fixture, at: SystemTime) -> Context {
    Context::new(Arc::new(FixedClock(at)), Lang::Zh).signed_in(fx.operator())
}

fn add(fx: &Fixture, at: SystemTime, name: &str, serial: u32, service: &str) -> ReceiptNumber {
    let input = serde_json::from_value(application(name, serial, "13904711234", service)).unwrap();
    let centre = DivisionCode::parse("150102").unwrap();
    intake::submit(&fx.desk, &context_at(fx, at), &centre, &input)
        .unwrap()
        .number
}

/// A hall with four intakes: two taken on the first day (one with a deadline), two a month
/// later; and the moment to look at them from, two days before the later deadline, when the
/// earlier one is long past.
struct Hall {
    fx: Fixture,
    receipts: Vec<ReceiptNumber>,
    now: SystemTime,
}

impl Hall {
    fn new() -> Hall {
        let fx = common::desk();
        let receipts = vec![
            add(&fx, day(0), "乌云其其格", 124, "SOC-01"),
            add(&fx, day(0), "王芳", 356, "EMP-10"),
            add(&fx, day(30), "巴特尔", 481, "EMP-10"),
            add(&fx, day(30), "乌云其其格", 124, "SOC-02"),
        ];
        let later = deadline_of(&fx, &receipts[2]);
        let now = fixed_time()
            + Duration::from_secs(
                u64::try_from(
                    later.days_since_epoch()
                        - 2
                        - Date::parse("2025-12-02").unwrap().days_since_epoch(),
                )
                .unwrap()
                    * 86_400,
            );
        Hall { fx, receipts, now }
    }

    fn session(&self, lang: Lang) -> Session {
        self.session_at(lang, 80, 24)
    }

    fn session_at(&self, lang: Lang, width: u16, height: u16) -> Session {
        let shared = Shared {
            desk: self.fx.desk.clone(),
            texts: texts(),
            clock: Arc::new(FixedClock(self.now)),
        };
        let mut s =
            Session::new(&shared, lang, Size::new(width, height)).with_operator(self.fx.operator());
        s.handle(key(KeyCode::F(5)));
        s
    }

    fn status_of(&self, receipt: &ReceiptNumber) -> Status {
        intake::show(
            &self.fx.desk,
            &context_at(&self.fx, self.now),
            receipt,
            intake::Viewing::Details,
        )
        .unwrap()
        .unwrap()
        .status
    }
}

fn deadline_of(fx: &Fixture, receipt: &ReceiptNumber) -> Date {
    let record = intake::show(
        &fx.desk,
        &context_at(fx, day(0)),
        receipt,
        intake::Viewing::Details,
    )
    .unwrap()
    .unwrap();
    record.deadline.date().expect("EMP-10 states a limit")
}

fn key(code: KeyCode) -> Input {
    Input::Key(Key::plain(code))
}

fn typed(s: &mut Session, text: &str) {
    for c in text.chars() {
        s.handle(key(KeyCode::Char(c)));
    }
}

fn list(s: &Session) -> &RecordsScreen {
    s.find::<RecordsScreen>()
        .expect("the records screen is open")
}

fn detail(s: &Session) -> &DetailScreen {
    s.find::<DetailScreen>().expect("the detail is open")
}

/// Right until the detail's chosen action is `wanted`.
fn choose(s: &mut Session, wanted: RecordAction) {
    for _ in 0..12 {
        if detail(s).chosen() == Some(wanted) {
            return;
        }
        s.handle(key(KeyCode::Right));
    }
    panic!("{wanted:?} is not among {:?}", detail(s).actions());
}

#[test]
fn f5_opens_the_list_newest_first_and_masked() {
    let hall = Hall::new();
    let s = hall.session(Lang::Zh);
    let shown: Vec<_> = list(&s).lines().iter().map(|l| l.receipt.clone()).collect();
    let mut newest_first = hall.receipts.clone();
    newest_first.reverse();
    assert_eq!(shown, newest_first);
    let screen = text(&s);
    assert!(screen.contains("乌**"), "{screen}");
    assert!(!screen.contains("乌云其其格"), "{screen}");
    assert!(!screen.contains("建设中"), "{screen}");
}

#[test]
fn the_list_at_80x24_in_chinese() {
    let hall = Hall::new();
    let s = hall.session(Lang::Zh);
    let screen = text(&s);
    // The later EMP-10 intake is due soon, the earlier one overdue: marked, not only coloured.
    let row = |r: &ReceiptNumber| {
        let tail = r.to_string()[7..].to_string();
        screen
            .lines()
            .find(|l| l.contains(&tail))
            .unwrap_or_else(|| panic!("{tail} in {screen}"))
            .to_string()
    };
    assert!(row(&hall.receipts[1]).contains('!'), "{screen}");
    assert!(row(&hall.receipts[2]).contains('~'), "{screen}");
    assert!(!row(&hall.receipts[0]).contains('!'), "{screen}");
    insta::assert_snapshot!(snapshot(&s));
}

#[test]
fn the_list_at_80x24_in_mongolian() {
    let hall = Hall::new();
    let s = hall.session(Lang::Mn);
    insta::assert_snapshot!(snapshot(&s));
}

#[test]
fn search_by_name_and_by_the_last_digits_of_the_id_number() {
    let hall = Hall::new();
    let mut s = hall.session(Lang::Zh);
    s.handle(key(KeyCode::Char('/')));
    typed(&mut s, "王芳");
    assert_eq!(list(&s).lines().len(), 1);
    assert_eq!(list(&s).lines()[0].receipt, hall.receipts[1]);
    insta::assert_snapshot!("search_zh-CN", snapshot(&s));
    s.handle(key(KeyCode::F(2)));
    insta::assert_snapshot!("search_mn-Mong", snapshot(&s));
    s.handle(Input::Key(Key::ctrl('u')));
    let tail = &id_number(124)[12..];
    typed(&mut s, tail);
    let found: Vec<_> = list(&s).lines().iter().map(|l| l.receipt.clone()).collect();
    assert_eq!(
        found,
        vec![hall.receipts[3].clone(), hall.receipts[0].clone()]
    );
    // The sound of a name finds it too.
    s.handle(Input::Key(Key::ctrl('u')));
    typed(&mut s, "wangfang");
    assert_eq!(list(&s).lines().len(), 1);
}

#[test]
fn filters_narrow_the_list_and_bad_dates_are_told_at_their_field() {
    let hall = Hall::new();
    let mut s = hall.session(Lang::Zh);
    s.handle(key(KeyCode::Char('o')));
    assert_eq!(list(&s).lines().len(), 1, "only the overdue one");
    assert_eq!(list(&s).lines()[0].receipt, hall.receipts[1]);
    s.handle(key(KeyCode::Char('o')));
    s.handle(key(KeyCode::Char('f')));
    assert!(list(&s).panel().is_some());
    s.handle(key(KeyCode::Down));
    typed(&mut s, "soc");
    s.handle(key(KeyCode::Down));
    s.handle(key(KeyCode::Down));
    typed(&mut s, "2025-13-01");
    s.handle(key(KeyCode::Enter));
    let panel = list(&s).panel().expect("the panel stays open");
    assert_eq!(
        panel.error.as_ref().unwrap().id(),
        "records-filter-bad-date"
    );
    assert!(text(&s).contains("日期格式应为"), "{}", text(&s));
    s.handle(Input::Key(Key::ctrl('u')));
    for _ in 0..10 {
        s.handle(key(KeyCode::Backspace));
    }
    s.handle(key(KeyCode::Enter));
    assert!(list(&s).panel().is_none());
    let shown: Vec<_> = list(&s).lines().iter().map(|l| l.receipt.clone()).collect();
    assert_eq!(
        shown,
        vec![hall.receipts[3].clone(), hall.receipts[0].clone()]
    );
    assert_eq!(list(&s).filter().service.as_deref(), Some("SOC"));
    // Sorting by deadline puts the open intakes with a deadline first.
    s.handle(key(KeyCode::Delete));
    s.handle(key(KeyCode::Char('d')));
    assert_eq!(list(&s).lines()[0].receipt, hall.receipts[1]);
}

#[test]
fn pages_are_fetched_a_page_at_a_time() {
    let fx = common::desk();
    let receipts: Vec<_> = (0..14)
        .map(|n| add(&fx, day(0), "王芳", 300 + n, "SOC-01"))
        .collect();
    let hall = Hall {
        fx,
        receipts,
        now: day(1),
    };
    // 16 rows: 14 for the body, of which 10 for lines.
    let mut s = hall.session_at(Lang::Zh, 80, 16);
    assert_eq!(list(&s).lines().len(), 10);
    assert!(list(&s).listing().next.is_some());
    s.handle(key(KeyCode::PageDown));
    assert_eq!(list(&s).page(), 2);
    let second: Vec<_> = list(&s).lines().iter().map(|l| l.receipt.clone()).collect();
    let mut expected: Vec<_> = hall.receipts[..4].to_vec();
    expected.reverse();
    assert_eq!(second, expected);
    s.handle(key(KeyCode::Up));
    assert_eq!(
        list(&s).page(),
        1,
        "up from the top of a page goes back a page"
    );
    assert_eq!(list(&s).selected(), 9);
    assert_eq!(list(&s).lines()[9].receipt, hall.receipts[4]);
}

#[test]
fn the_detail_at_80x24_in_both_languages() {
    let hall = Hall::new();
    for lang in [Lang::Zh, Lang::Mn] {
        let mut s = hall.session(lang);
        s.handle(key(KeyCode::Down));
        s.handle(key(KeyCode::Enter));
        assert_eq!(detail(&s).record().receipt, hall.receipts[2]);
        let screen = text(&s);
        // The full view: the name unmasked.
        assert!(screen.contains("巴特尔"), "{screen}");
        insta::assert_snapshot!(format!("detail_{}", lang.tag()), snapshot(&s));
    }
}

#[test]
fn a_rejection_asks_for_its_reason_in_the_clerks_language() {
    let hall = Hall::new();
    for lang in [Lang::Zh, Lang::Mn] {
        let mut s = hall.session(lang);
        s.handle(key(KeyCode::Enter));
        choose(&mut s, RecordAction::Status(Status::Rejected));
        s.handle(key(KeyCode::Enter));
        assert!(detail(&s).prompt().is_some());
        s.handle(key(KeyCode::Enter));
        let error = detail(&s).prompt().and_then(|p| p.error()).cloned();
        assert_eq!(error.unwrap().id(), "records-reason-required");
        insta::assert_snapshot!(format!("status_prompt_{}", lang.tag()), snapshot(&s));
        assert_eq!(hall.status_of(&hall.receipts[3]), Status::Accepted);
    }
    let mut s = hall.session(Lang::Zh);
    s.handle(key(KeyCode::Enter));
    choose(&mut s, RecordAction::Status(Status::Rejected));
    s.handle(key(KeyCode::Enter));
    typed(&mut s, "材料不实");
    s.handle(key(KeyCode::Enter));
    assert!(detail(&s).prompt().is_none());
    assert_eq!(hall.status_of(&hall.receipts[3]), Status::Rejected);
    let history = &detail(&s).record().history;
    assert_eq!(history.last().unwrap().note, "材料不实");
    assert!(text(&s).contains("已转为不予受理"), "{}", text(&s));
}

#[test]
fn search_open_move_complete_and_rate_by_keys() {
    let hall = Hall::new();
    let mut s = hall.session(Lang::Zh);
    s.handle(key(KeyCode::Char('/')));
    typed(&mut s, "巴特尔");
    assert_eq!(list(&s).lines().len(), 1);
    s.handle(key(KeyCode::Enter));
    let receipt = hall.receipts[2].clone();
    assert_eq!(detail(&s).record().receipt, receipt);
    choose(&mut s, RecordAction::Status(Status::InProgress));
    s.handle(key(KeyCode::Enter));
    typed(&mut s, "转交人社科");
    s.handle(key(KeyCode::Enter));
    assert_eq!(hall.status_of(&receipt), Status::InProgress);
    choose(&mut s, RecordAction::Status(Status::Completed));
    s.handle(key(KeyCode::Enter));
    s.handle(key(KeyCode::Enter));
    assert_eq!(hall.status_of(&receipt), Status::Completed);
    choose(&mut s, RecordAction::Rate);
    s.handle(key(KeyCode::Enter));
    s.handle(key(KeyCode::Right));
    typed(&mut s, "窗口服务周到");
    insta::assert_snapshot!("rating_zh-CN", snapshot(&s));
    s.handle(key(KeyCode::Enter));
    let rated = detail(&s).record().rating.clone().expect("rated");
    assert_eq!(rated.rating, Rating::Satisfied);
    assert_eq!(rated.comment, "窗口服务周到");
    assert!(!detail(&s).actions().contains(&RecordAction::Rate));
    // Back in the list, the line says what the intake is now.
    s.handle(key(KeyCode::Esc));
    assert_eq!(list(&s).lines()[0].status, Status::Completed);
}

#[test]
fn the_rating_prompt_in_mongolian() {
    let hall = Hall::new();
    let ctx = context_at(&hall.fx, hall.now);
    for to in [Status::InProgress, Status::Completed] {
        records::change_status(&hall.fx.desk, &ctx, &hall.receipts[3], to, "").unwrap();
    }
    let mut s = hall.session(Lang::Mn);
    s.handle(key(KeyCode::Enter));
    choose(&mut s, RecordAction::Rate);
    s.handle(key(KeyCode::Enter));
    insta::assert_snapshot!("rating_mn-Mong", snapshot(&s));
}

#[test]
fn a_refused_move_shows_its_reason() {
    let hall = Hall::new();
    let mut s = hall.session(Lang::Zh);
    s.handle(key(KeyCode::Enter));
    choose(&mut s, RecordAction::Status(Status::InProgress));
    // Meanwhile another window withdraws the intake.
    let ctx = context_at(&hall.fx, hall.now);
    records::change_status(
        &hall.fx.desk,
        &ctx,
        &hall.receipts[3],
        Status::Withdrawn,
        "",
    )
    .unwrap();
    s.handle(key(KeyCode::Enter));
    s.handle(key(KeyCode::Enter));
    let error = detail(&s).prompt().and_then(|p| p.error()).cloned();
    assert_eq!(error.unwrap().id(), "intake-error-status-move");
    let screen = text(&s);
    assert!(screen.contains("已撤回"), "{screen}");
    assert_eq!(hall.status_of(&hall.receipts[3]), Status::Withdrawn);
    // F2 tells the same refusal in Mongolian.
    s.handle(key(KeyCode::F(2)));
    assert!(text(&s).contains("ᠪᠤᠴᠠᠭᠠᠨ ᠠᠪᠤᠭᠰᠠᠨ"), "{}", text(&s));
}

#[test]
fn a_material_handed_in_and_the_papers_written_again() {
    let hall = Hall::new();
    let config = hall.fx.dir.path().join("config.toml");
    let receipts = hall.fx.dir.path().join("receipts");
    let settings = format!(
        "centre-code = \"150102\"\nreceipts-dir = {:?}\n",
        receipts.to_str().unwrap()
    );
    std::fs::write(&config, settings).unwrap();
    let mut s = hall
        .session(Lang::Zh)
        .with_hall(Arc::new(HallConfig::at(config).unwrap()));
    s.handle(key(KeyCode::Enter));
    choose(&mut s, RecordAction::SupplyMaterial(1));
    s.handle(key(KeyCode::Enter));
    typed(&mut s, "本人补交");
    s.handle(key(KeyCode::Enter));
    let record = detail(&s).record();
    assert!(
        record
            .application
            .materials
            .iter()
            .all(|m| m.status == service_desk::domain::MaterialKind::Received)
    );
    assert!(text(&s).contains("材料已齐全"), "{}", text(&s));
    assert!(
        text(&s).contains("补交材料：户口簿  本人补交"),
        "{}",
        text(&s)
    );
    choose(
        &mut s,
        RecordAction::Reprint(service_desk::documents::Kind::Receipt),
    );
    s.handle(key(KeyCode::Enter));
    let papers = s.find::<ReceiptScreen>().expect("the receipt screen");
    assert!(
        matches!(papers.notes().first(), Some(PaperNote::Saved { .. })),
        "{:?}",
        papers.notes()
    );
    let name = format!("{}-receipt.txt", hall.receipts[3]);
    assert!(receipts.join(name).exists());
    // Esc from the papers goes back to the detail.
    s.handle(key(KeyCode::Esc));
    assert!(s.find::<DetailScreen>().is_some());
}

#[test]
fn this_operator_only_keeps_what_they_took() {
    let hall = Hall::new();
    let mut s = hall.session(Lang::Zh);
    s.handle(key(KeyCode::Char('m')));
    assert_eq!(
        list(&s).filter().operator.as_deref(),
        Some(common::OPERATOR)
    );
    assert_eq!(list(&s).lines().len(), hall.receipts.len());
    let someone_else = Filter {
        operator: Some("nobody".into()),
        ..Filter::default()
    };
    let listing = records::list(
        &hall.fx.desk,
        &context_at(&hall.fx, hall.now),
        &someone_else,
        None,
        10,
    )
    .unwrap();
    assert!(listing.lines.is_empty());
    s.handle(key(KeyCode::Char('m')));
    assert_eq!(list(&s).filter().operator, None);
}

#[test]
fn urgent_lines_stand_out_in_monochrome_too() {
    let hall = Hall::new();
    let s = hall
        .session(Lang::Zh)
        .with_theme(Theme::new(Palette::Monochrome));
    let shot = snapshot(&s);
    assert!(!shot.contains("red") && !shot.contains("yellow"), "{shot}");
    let screen = text(&s);
    assert!(screen.lines().any(|l| l.contains(" ! ")), "{screen}");
    assert!(screen.lines().any(|l| l.contains(" ~ ")), "{screen}");
}

#[test]
fn a_name_is_found_in_mongolian_script_and_by_its_sound() {
    let fx = common::desk();
    let batu = add(&fx, day(0), "ᠪᠠᠲᠤ", 512, "SOC-01");
    add(&fx, day(0), "王芳", 356, "EMP-10");
    let hall = Hall {
        fx,
        receipts: vec![batu.clone()],
        now: day(1),
    };
    let mut s = hall.session(Lang::Mn);
    s.handle(key(KeyCode::Char('/')));
    for query in ["ᠪᠠᠲᠤ", "batu"] {
        s.handle(Input::Key(Key::ctrl('u')));
        typed(&mut s, query);
        let found: Vec<_> = list(&s).lines().iter().map(|l| l.receipt.clone()).collect();
        assert_eq!(found, vec![batu.clone()], "{query}");
        // Masked in the list: the first letter only.
        let screen = text(&s);
        let tail = batu.to_string()[7..].to_string();
        let row = screen
            .lines()
            .find(|l| l.contains(&tail))
            .unwrap_or_default();
        assert!(row.contains('ᠪ') && !row.contains("ᠪᠠᠲᠤ"), "{screen}");
    }
}

#[test]
fn small_windows_keep_the_list_and_detail_usable() {
    let hall = Hall::new();
    let mut s = hall.session_at(Lang::Mn, 60, 16);
    let screen = text(&s);
    // At 60 columns the day has no column of its own; the receipt's tail still shows it.
    let tail = hall.receipts[3].to_string()[7..].to_string();
    assert!(screen.contains(&tail), "{screen}");
    assert_eq!(list(&s).lines().len(), hall.receipts.len());
    s.handle(key(KeyCode::Enter));
    choose(&mut s, RecordAction::Status(Status::Rejected));
    s.handle(key(KeyCode::Enter));
    s.handle(key(KeyCode::Enter));
    let screen = text(&s);
    assert!(screen.lines().count() == 16, "{screen}");
    let reason = common::texts().format(Lang::Mn, "records-reason-required", &[]);
    assert!(screen.contains(&reason), "{screen}");
    // Too small to lay out: the notice, and the state kept for when it grows.
    s.handle(Input::Resize(Size::new(40, 10)));
    let tiny = text(&s);
    assert!(!tiny.contains("ᠬᠢᠵᠦ ᠪᠣᠯᠬᠤ"), "{tiny}");
    assert!(tiny.contains("40"), "the notice gives the size: {tiny}");
    s.handle(Input::Resize(Size::new(80, 24)));
    assert!(detail(&s).prompt().is_some());
}
