//! Drafts, papers and Menksoft in the terminal front end, driven through `Session`: a draft
//! saved after a pause in typing (on a clock moved by hand), the offer to resume at start
//! restoring the form field for field, discard with confirmation, Esc and F4, Ctrl-S ending
//! the draft with its intake, the print key with a print command, and a Menksoft name typed
//! key by key stored as its whole-field conversion.
mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{Fixture, fixed_time, text, texts};
use ratatui::layout::Size;
use service_desk::domain::Lang;
use service_desk::domain::application::Field;
use service_desk::domain::text::{MENKSOFT_SHAPES, clean_input};
use service_desk::service::context::ManualClock;
use service_desk::service::drafts;
use service_desk::tui::screens::drafts::DraftsScreen;
use service_desk::tui::screens::intake::{IntakeScreen, Stop};
use service_desk::tui::screens::receipt::{PaperNote, ReceiptScreen};
use service_desk::tui::{Hall, Input, Key, KeyCode, Session, Shared};

/// ᠮᠣᠩᠭᠣᠯ in Menksoft's shape code (as in `tests/menksoft.rs`).
const MONGGOL_SHAPES: &str = "\u{E2F1}\u{E291}\u{E2BD}\u{E2D9}\u{E291}\u{E2F9}";

fn key(code: KeyCode) -> Input {
    Input::Key(Key::plain(code))
}

fn typed(s: &mut Session, text: &str) {
    for c in text.chars() {
        s.handle(key(KeyCode::Char(c)));
    }
}

fn form(s: &Session) -> &IntakeScreen {
    s.find::<IntakeScreen>().expect("the form is open")
}

/// The hall at window `window`, receipts in the fixture's folder, and `extra` settings.
fn hall(fx: &Fixture, window: &str, extra: &str) -> Arc<Hall> {
    let dir = fx.dir.path().join(format!("config-{window}"));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("config.toml");
    let receipts = fx.dir.path().join("receipts");
    let text = format!(
        "centre-code = \"150102\"\nwindow = \"{window}\"\nreceipts-dir = {:?}\n{extra}",
        receipts.to_str().unwrap()
    );
    std::fs::write(&path, text).unwrap();
    Arc::new(Hall::at(path).unwrap())
}

/// A desk and a clock that moves only when told.
struct Bench {
    fx: Fixture,
    clock: Arc<ManualClock>,
}

impl Bench {
    fn new() -> Bench {
        Bench {
            fx: common::desk(),
            clock: Arc::new(ManualClock::new(fixed_time())),
        }
    }

    fn session(&self, window: &str, extra: &str) -> Session {
        let shared = Shared {
            desk: self.fx.desk.clone(),
            texts: texts(),
            clock: self.clock.clone(),
        };
        Session::new(&shared, Lang::Zh, Size::new(80, 24)).with_hall(hall(&self.fx, window, extra))
    }

    /// Time passes with no key: the session settles as its driver would on waking.
    fn wait(&self, s: &mut Session, ms: u64) {
        self.clock.advance(Duration::from_millis(ms));
        s.handle_all([]);
    }

    fn stored(&self) -> Vec<drafts::DraftSummary> {
        drafts::list(&self.fx.desk, Some(&self.fx.operator()))
            .unwrap()
            .drafts
    }
}

/// A form with name, ID number, phone, a service, a ticked fact and notes, the caret left
/// in the notes.
fn fill(s: &mut Session) {
    common::press_signed_in(s, key(KeyCode::F(4)));
    typed(s, "乌云其其格");
    s.handle(key(KeyCode::Tab));
    typed(s, "150102195503071243");
    s.handle(key(KeyCode::Tab));
    typed(s, "13904711234");
    while form(s).focus() != Stop::ServiceSearch {
        s.handle(key(KeyCode::Tab));
    }
    typed(s, "dibao");
    s.handle(key(KeyCode::Enter));
    while form(s).focus() != Stop::Text(Field::Notes) {
        s.handle(key(KeyCode::Tab));
    }
    typed(s, "行动不便");
}

#[test]
fn a_draft_is_saved_after_a_pause_in_typing_not_at_every_key() {
    let bench = Bench::new();
    let mut s = bench.session("3", "");
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    typed(&mut s, "乌云");
    assert!(bench.stored().is_empty(), "not at every key");
    assert!(s.wake_in().is_some(), "the driver is asked to come back");
    bench.wait(&mut s, 100);
    assert!(bench.stored().is_empty(), "not before the pause");
    bench.wait(&mut s, 250);
    let stored = bench.stored();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].name, "乌*");
    assert_eq!(stored[0].owner.window.as_deref(), Some("3"));
    let next = s.wake_in().expect("the idle lock is due some time");
    assert!(next > Duration::from_secs(60), "nothing left to save soon");
    // More typing goes into the same draft.
    typed(&mut s, "其其格");
    bench.wait(&mut s, 1_000);
    let stored = bench.stored();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].name, "乌**");
}

#[test]
fn the_next_start_offers_the_draft_and_restores_the_form_field_for_field() {
    let bench = Bench::new();
    let mut s = bench.session("3", "");
    fill(&mut s);
    let before = form(&s).input().clone();
    assert_eq!(before.services, ["SOC-01"]);
    assert_eq!(before.notes, "行动不便");
    // Quit saves what the pause did not.
    assert!(bench.stored().is_empty());
    s.handle(Input::Key(Key::ctrl('q')));
    drop(s);

    let mut s = bench.session("3", "");
    // Before a sign-in only that there are drafts is said, nothing of them.
    assert!(s.find::<DraftsScreen>().is_none(), "not before a sign-in");
    let waiting = text(&s);
    assert!(waiting.contains("本窗口有未完成的受理表单"), "{waiting}");
    assert!(
        !waiting.contains("乌*") && !waiting.contains("1243"),
        "{waiting}"
    );
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    let offer = s.find::<DraftsScreen>().expect("the offer is on top");
    assert_eq!(offer.drafts().len(), 1);
    let shown = text(&s);
    assert!(shown.contains("乌**"), "{shown}");
    assert!(shown.contains("150102********1243"), "{shown}");
    assert!(shown.contains("SOC-01"), "{shown}");
    assert!(!shown.contains("乌云其其格"), "the name is masked: {shown}");
    s.handle(key(KeyCode::Enter));
    assert!(s.find::<DraftsScreen>().is_none());
    assert_eq!(form(&s).input(), &before);
    assert_eq!(form(&s).focus(), Stop::Text(Field::Notes));

    // Another window is not offered this window's draft.
    let mut other = bench.session("4", "");
    common::press_signed_in(&mut other, key(KeyCode::F(4)));
    assert!(other.find::<DraftsScreen>().is_none());
}

#[test]
fn a_draft_is_discarded_only_after_confirmation() {
    let bench = Bench::new();
    let mut s = bench.session("3", "");
    fill(&mut s);
    s.shutdown();
    let mut s = bench.session("3", "");
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    assert!(s.find::<DraftsScreen>().is_some());
    s.handle(key(KeyCode::Char('d')));
    assert!(s.find::<DraftsScreen>().unwrap().confirming());
    assert!(text(&s).contains("确定删除这份草稿"), "{}", text(&s));
    assert_eq!(bench.stored().len(), 1, "not yet");
    s.handle(key(KeyCode::Down)); // any other key cancels
    assert!(!s.find::<DraftsScreen>().unwrap().confirming());
    s.handle(key(KeyCode::Delete));
    s.handle(key(KeyCode::Delete));
    assert!(bench.stored().is_empty());
    assert!(
        s.find::<DraftsScreen>().is_none(),
        "closed once none is left"
    );
}

#[test]
fn esc_leaves_drafts_for_later_and_f4_on_an_empty_form_offers_them_again() {
    let bench = Bench::new();
    let mut s = bench.session("3", "");
    fill(&mut s);
    s.handle(key(KeyCode::Esc)); // leaves the form: saved
    assert_eq!(bench.stored().len(), 1);
    let mut s = bench.session("3", "");
    s.handle(key(KeyCode::Esc));
    assert!(s.find::<DraftsScreen>().is_none());
    assert_eq!(bench.stored().len(), 1, "left alone");
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    assert!(s.find::<DraftsScreen>().is_some(), "offered again");
    s.handle(key(KeyCode::Esc));
    assert!(form(&s).is_blank(), "the empty form is there to fill");
    // F4 on a form that holds something does not interrupt it.
    typed(&mut s, "王");
    s.handle(key(KeyCode::Esc));
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    assert!(s.find::<DraftsScreen>().is_none());
    assert_eq!(form(&s).input().applicant.name, "王");
}

#[test]
fn ctrl_s_stores_the_intake_and_removes_its_draft() {
    let bench = Bench::new();
    let mut s = bench.session("3", "");
    fill(&mut s);
    bench.wait(&mut s, 1_000);
    assert_eq!(bench.stored().len(), 1);
    s.handle(Input::Key(Key::ctrl('s')));
    assert!(s.find::<ReceiptScreen>().is_some(), "{}", text(&s));
    assert!(bench.stored().is_empty());
    // Nothing is offered at the next start.
    let s = bench.session("3", "");
    assert!(s.find::<DraftsScreen>().is_none());
}

#[test]
fn the_print_key_sends_the_receipt_to_the_print_command() {
    let bench = Bench::new();
    let printed = bench.fx.dir.path().join("printed");
    std::fs::create_dir_all(&printed).unwrap();
    let command = format!("print-command = \"cp {{}} {}/\"\n", printed.display());
    let mut s = bench.session("3", &command);
    s.handle(Input::Key(Key::ctrl('q'))); // nothing to resume
    let mut s = bench.session("3", &command);
    fill(&mut s);
    s.handle(Input::Key(Key::ctrl('s')));
    let receipt = s.find::<ReceiptScreen>().expect("stored");
    let number = receipt.receipt().number.to_string();
    assert!(matches!(receipt.notes(), [PaperNote::Saved { .. }]));
    s.handle(Input::Key(Key::ctrl('p')));
    let copy = printed.join(format!("{number}-receipt.txt"));
    let body = std::fs::read_to_string(&copy).expect("the print command got the receipt");
    assert!(body.contains(&number));
    let receipt = s.find::<ReceiptScreen>().unwrap();
    assert!(
        matches!(
            receipt.notes(),
            [PaperNote::Saved { .. }, PaperNote::Printed(_)]
        ),
        "{:?}",
        receipt.notes()
    );
    assert!(text(&s).contains("已送打印"), "{}", text(&s));
}

#[test]
fn a_failing_print_command_is_told_and_the_intake_stands() {
    let bench = Bench::new();
    let command = "print-command = \"/nonexistent/lp\"\n";
    let mut s = bench.session("3", command);
    fill(&mut s);
    s.handle(Input::Key(Key::ctrl('s')));
    s.handle(Input::Key(Key::ctrl('p')));
    let receipt = s.find::<ReceiptScreen>().expect("the intake stands");
    assert!(
        matches!(receipt.notes(), [_, PaperNote::PrintFailed(_)]),
        "{:?}",
        receipt.notes()
    );
}

#[test]
fn a_menksoft_name_typed_key_by_key_is_stored_as_its_whole_conversion() {
    let whole = clean_input(MONGGOL_SHAPES);
    let one_by_one: String = MONGGOL_SHAPES
        .chars()
        .map(|c| clean_input(&c.to_string()))
        .collect();
    assert_ne!(whole, one_by_one, "the word tells the two apart");
    let bench = Bench::new();
    let mut s = bench.session("3", "");
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    for c in MONGGOL_SHAPES.chars() {
        s.handle(key(KeyCode::Char(c)));
        let shown = text(&s);
        assert!(
            !shown.chars().any(|c| MENKSOFT_SHAPES.contains(&c)),
            "no shape code is drawn while typing: {shown}"
        );
    }
    assert_eq!(form(&s).input().applicant.name, whole);
    assert!(text(&s).contains(&whole), "{}", text(&s));
    // Left, saved as a draft, and stored: the whole conversion every time.
    s.handle(key(KeyCode::Tab));
    typed(&mut s, "150102195503071243");
    while form(&s).focus() != Stop::ServiceSearch {
        s.handle(key(KeyCode::Tab));
    }
    typed(&mut s, "dibao");
    s.handle(key(KeyCode::Enter));
    s.handle(key(KeyCode::Esc));
    let id = bench.stored()[0].id;
    let draft = drafts::load(&bench.fx.desk, &bench.fx.context(), id)
        .unwrap()
        .unwrap();
    assert_eq!(draft.input.applicant.name, whole);
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    s.handle(Input::Key(Key::ctrl('s')));
    let receipt = s.find::<ReceiptScreen>().expect("stored");
    assert_eq!(
        receipt
            .receipt()
            .record
            .application
            .to_input()
            .applicant
            .name,
        whole
    );
}
