//! Sign-in, the idle lock and roles in the terminal front end, driven through `Session`:
//! the catalogue needs no sign-in; F4 asks for one (or for the first supervisor on a store
//! with none); a wrong name or password gets one message; the screen locks after the
//! configured minutes on a clock moved by hand, shows nothing of the applicant, and gives
//! the form back intact on unlock; another operator at the lock starts afresh; F6 signs out;
//! a clerk may not set the hall's centre code.
mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{Fixture, OPERATOR, PASSWORD, fixed_time, sign_in_as, text, texts, type_keys};
use ratatui::layout::Size;
use service_desk::domain::Lang;
use service_desk::domain::operator::Role;
use service_desk::service::context::{Context, FixedClock, ManualClock};
use service_desk::service::operators::Operators;
use service_desk::tui::screens::catalogue::CatalogueScreen;
use service_desk::tui::screens::intake::IntakeScreen;
use service_desk::tui::screens::login::Purpose;
use service_desk::tui::{Hall, Input, Key, KeyCode, Session, Shared};

const NAME: &str = "乌云其其格";
const ID_NUMBER: &str = "150102195503071243";
const PHONE: &str = "13904711234";

fn key(code: KeyCode) -> Input {
    Input::Key(Key::plain(code))
}

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

    /// A session at a hall that locks after 5 minutes, with `extra` settings.
    fn session_with(&self, lang: Lang, extra: &str) -> Session {
        let dir = self.fx.dir.path().join("config");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("config.toml");
        let receipts = self.fx.dir.path().join("receipts");
        let text = format!(
            "idle-lock-minutes = 5\nwindow = \"1\"\nreceipts-dir = {:?}\n{extra}",
            receipts.to_str().unwrap()
        );
        std::fs::write(&path, text).unwrap();
        let shared = Shared {
            desk: self.fx.desk.clone(),
            texts: texts(),
            clock: self.clock.clone(),
        };
        Session::new(&shared, lang, Size::new(80, 24)).with_hall(Arc::new(Hall::at(path).unwrap()))
    }

    fn session(&self) -> Session {
        self.session_with(Lang::Zh, "centre-code = \"150102\"\n")
    }

    /// Time passes with no key; the session settles as its driver would on waking.
    fn wait(&self, s: &mut Session, by: Duration) {
        self.clock.advance(by);
        s.handle_all([]);
    }

    /// A clerk named `li`, added by the supervisor.
    fn add_clerk(&self) {
        let boss = common::ensure_supervisor(&self.fx.desk);
        let ctx = Context::new(Arc::new(FixedClock(fixed_time())), Lang::Zh);
        Operators::new(&self.fx.desk)
            .add(&ctx, &boss, "li", Role::Clerk, "clerk-pass-1")
            .unwrap();
    }
}

/// The form with the applicant's name, ID number and phone typed.
fn typed_applicant(s: &mut Session) {
    type_keys(s, NAME);
    s.handle(key(KeyCode::Tab));
    type_keys(s, ID_NUMBER);
    s.handle(key(KeyCode::Tab));
    type_keys(s, PHONE);
}

fn bad_login_text() -> String {
    texts().format(Lang::Zh, "security-error-bad-login", &[])
}

#[test]
fn the_catalogue_needs_no_sign_in() {
    let bench = Bench::new();
    let mut s = bench.session();
    type_keys(&mut s, "dibao");
    s.handle(key(KeyCode::Enter));
    assert!(s.login().is_none());
    assert!(text(&s).contains("SOC-01"));
    // Idle for an hour with nobody signed in: nothing to lock.
    bench.wait(&mut s, Duration::from_secs(3600));
    assert!(!s.locked());
    assert!(s.find::<CatalogueScreen>().is_some());
}

#[test]
fn on_a_store_with_no_operator_f4_offers_to_create_the_first_supervisor() {
    let bench = Bench::new();
    let mut s = bench.session();
    s.handle(key(KeyCode::F(4)));
    let login = s.login().expect("asked");
    assert_eq!(*login.purpose(), Purpose::FirstSupervisor);
    assert!(
        s.find::<IntakeScreen>().is_none(),
        "no form before the sign-in"
    );
    // Too short a password is refused and says how long it must be.
    type_keys(&mut s, OPERATOR);
    s.handle(key(KeyCode::Tab));
    type_keys(&mut s, "short");
    s.handle(key(KeyCode::Tab));
    type_keys(&mut s, "short");
    s.handle(key(KeyCode::Enter));
    s.finish_sign_in();
    assert!(text(&s).contains("至少需要 8 个字符"), "{}", text(&s));
    assert!(!Operators::new(&bench.fx.desk).any().unwrap());
    // The name stays; the caret is back on the emptied password.
    type_keys(&mut s, PASSWORD);
    s.handle(key(KeyCode::Tab));
    type_keys(&mut s, PASSWORD);
    s.handle(key(KeyCode::Enter));
    s.finish_sign_in();
    assert!(s.login().is_none());
    let who = s.operator().expect("signed in");
    assert_eq!((who.name.as_str(), who.role), (OPERATOR, Role::Supervisor));
    assert!(s.find::<IntakeScreen>().is_some(), "F4 goes on to the form");
    assert!(
        text(&s).contains("boss 主管"),
        "the title says who: {}",
        text(&s)
    );
    assert!(Operators::new(&bench.fx.desk).any().unwrap());
}

#[test]
fn a_wrong_name_or_password_gets_one_message_and_the_right_one_opens_the_form() {
    let bench = Bench::new();
    common::ensure_supervisor(&bench.fx.desk);
    let mut s = bench.session();
    s.handle(key(KeyCode::F(4)));
    assert_eq!(*s.login().unwrap().purpose(), Purpose::SignIn);
    sign_in_as(&mut s, OPERATOR, "wrong-password");
    let wrong_password = text(&s);
    assert!(
        wrong_password.contains(&bad_login_text()[..12]),
        "{wrong_password}"
    );
    assert!(s.operator().is_none());
    s.handle(Input::Key(Key::ctrl('u')));
    s.handle(key(KeyCode::BackTab));
    s.handle(Input::Key(Key::ctrl('u')));
    sign_in_as(&mut s, "nobody", PASSWORD);
    let wrong_name = text(&s);
    let message = |screen: &str| -> Vec<String> {
        screen
            .lines()
            .filter(|l| l.contains("不正确"))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(
        message(&wrong_name),
        message(&wrong_password),
        "the same words"
    );
    assert!(!wrong_name.contains(PASSWORD) && !wrong_name.contains("wrong-password"));
    s.handle(key(KeyCode::BackTab));
    s.handle(Input::Key(Key::ctrl('u')));
    sign_in_as(&mut s, OPERATOR, PASSWORD);
    assert!(s.login().is_none());
    assert!(s.find::<IntakeScreen>().is_some());
    assert!(s.context().session.is_some(), "the use cases get the keys");
}

#[test]
fn the_password_is_drawn_as_stars() {
    let bench = Bench::new();
    common::ensure_supervisor(&bench.fx.desk);
    let mut s = bench.session_with(Lang::Mn, "centre-code = \"150102\"\n");
    s.handle(key(KeyCode::F(4)));
    type_keys(&mut s, OPERATOR);
    s.handle(key(KeyCode::Tab));
    type_keys(&mut s, "secret!");
    let shown = text(&s);
    assert!(
        shown.contains("*******") && !shown.contains("secret"),
        "{shown}"
    );
}

#[test]
fn a_slow_check_does_not_hold_up_the_session() {
    let bench = Bench::new();
    common::ensure_supervisor(&bench.fx.desk);
    let mut s = bench.session();
    s.handle(key(KeyCode::F(4)));
    for _ in 0..3 {
        sign_in_as(&mut s, OPERATOR, "wrong-password");
        s.handle(key(KeyCode::BackTab));
        s.handle(Input::Key(Key::ctrl('u')));
    }
    // The fourth attempt waits a second before it is answered: the session answers keys
    // and draws meanwhile, and asks its driver to come back for the answer.
    type_keys(&mut s, OPERATOR);
    s.handle(key(KeyCode::Tab));
    type_keys(&mut s, PASSWORD);
    s.handle(key(KeyCode::Enter));
    assert!(s.login().unwrap().checking());
    assert!(text(&s).contains("正在核验"), "{}", text(&s));
    s.handle(key(KeyCode::F(2)));
    assert_eq!(s.lang(), Lang::Mn, "keys still work");
    assert!(s.wake_in().unwrap() <= Duration::from_millis(100));
    s.finish_sign_in();
    assert!(s.find::<IntakeScreen>().is_some());
}

#[test]
fn the_screen_locks_after_the_idle_minutes_shows_nothing_personal_and_unlocks_intact() {
    let bench = Bench::new();
    let mut s = bench.session();
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    typed_applicant(&mut s);
    let before = s.find::<IntakeScreen>().unwrap().input().clone();
    assert!(text(&s).contains(PHONE));
    // The driver is asked to come back in time to lock.
    assert!(s.wake_in().is_some());
    bench.wait(&mut s, Duration::from_secs(4 * 60 + 59));
    assert!(!s.locked(), "not before 5 minutes");
    bench.wait(&mut s, Duration::from_secs(2));
    assert!(s.locked());
    assert!(
        s.context().session.is_none(),
        "the keys are dropped while locked"
    );
    for lang in [Lang::Zh, Lang::Mn] {
        if s.lang() != lang {
            s.handle(key(KeyCode::F(2)));
        }
        let shown = text(&s);
        for value in [NAME, "乌云", ID_NUMBER, "1243", PHONE, "1234", "乌*"] {
            assert!(!shown.contains(value), "{value} on the lock:\n{shown}");
        }
        assert!(shown.contains(OPERATOR), "whose screen it is: {shown}");
    }
    s.handle(key(KeyCode::F(2)));
    // F3 and F4 do not get past the lock.
    s.handle(key(KeyCode::F(3)));
    s.handle(key(KeyCode::F(4)));
    assert!(s.locked());
    type_keys(&mut s, "wrong-password");
    s.handle(key(KeyCode::Enter));
    s.finish_sign_in();
    assert!(s.locked());
    assert!(text(&s).contains(&bad_login_text()[..12]));
    type_keys(&mut s, PASSWORD);
    s.handle(key(KeyCode::Enter));
    s.finish_sign_in();
    assert!(!s.locked());
    let form = s.find::<IntakeScreen>().expect("the form is back");
    assert_eq!(form.input(), &before, "intact");
    assert!(text(&s).contains(PHONE), "and shown again");
}

#[test]
fn another_operator_at_the_lock_starts_afresh_and_the_form_stays_the_first_ones() {
    let bench = Bench::new();
    bench.add_clerk();
    let mut s = bench.session();
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    typed_applicant(&mut s);
    bench.wait(&mut s, Duration::from_secs(5 * 60));
    assert!(s.locked());
    sign_in_as(&mut s, "li", "clerk-pass-1");
    assert!(!s.locked());
    assert_eq!(s.operator().unwrap().name, "li");
    assert!(
        s.find::<IntakeScreen>().is_none(),
        "the form is not shown to li"
    );
    assert!(!text(&s).contains(NAME));
    s.handle(key(KeyCode::F(4)));
    assert!(
        s.find::<IntakeScreen>().unwrap().is_blank(),
        "li starts afresh"
    );
    // The first operator's form is their draft.
    let drafts = service_desk::service::drafts::list(&bench.fx.desk, None).unwrap();
    assert_eq!(drafts.drafts.len(), 1);
    assert_eq!(drafts.drafts[0].owner.operator.as_deref(), Some(OPERATOR));
}

#[test]
fn f6_signs_out_and_the_next_f4_asks_again() {
    let bench = Bench::new();
    let mut s = bench.session();
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    typed_applicant(&mut s);
    s.handle(key(KeyCode::F(6)));
    assert!(s.operator().is_none());
    assert!(s.context().session.is_none());
    assert!(s.find::<IntakeScreen>().is_none() && s.parked().is_none());
    assert!(text(&s).contains("已退出登录"), "{}", text(&s));
    s.handle(key(KeyCode::F(4)));
    assert_eq!(*s.login().unwrap().purpose(), Purpose::SignIn);
}

#[test]
fn a_clerk_may_not_set_the_centre_code_and_is_told_why() {
    let bench = Bench::new();
    bench.add_clerk();
    let mut s = bench.session_with(Lang::Zh, "");
    s.handle(key(KeyCode::F(4)));
    sign_in_as(&mut s, "li", "clerk-pass-1");
    assert_eq!(s.operator().unwrap().role, Role::Clerk);
    typed_applicant(&mut s);
    while s.find::<IntakeScreen>().unwrap().focus()
        != service_desk::tui::screens::intake::Stop::ServiceSearch
    {
        s.handle(key(KeyCode::Tab));
    }
    type_keys(&mut s, "dibao");
    s.handle(key(KeyCode::Enter));
    s.handle(Input::Key(Key::ctrl('s')));
    assert!(s.find::<IntakeScreen>().unwrap().centre_picker().is_none());
    let shown = text(&s);
    assert!(shown.contains("主管"), "says who may: {shown}");
    assert!(s.hall().centre_code().is_none());
}

#[test]
fn f5_asks_for_a_sign_in_too() {
    let bench = Bench::new();
    let mut s = bench.session();
    s.handle(key(KeyCode::F(5)));
    assert!(s.login().is_some());
    s.handle(key(KeyCode::Esc));
    assert!(s.login().is_none(), "Esc leaves a first sign-in");
}

/// The locked screen at 80×24 in `lang`, over a form that holds an applicant.
fn locked_screen(lang: Lang) -> String {
    let bench = Bench::new();
    let mut s = bench.session_with(lang, "centre-code = \"150102\"\n");
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    typed_applicant(&mut s);
    bench.wait(&mut s, Duration::from_secs(5 * 60));
    type_keys(&mut s, "abc");
    common::snapshot(&s)
}

#[test]
fn the_locked_screen_at_80x24_in_chinese() {
    insta::assert_snapshot!(locked_screen(Lang::Zh));
}

#[test]
fn the_locked_screen_at_80x24_in_mongolian() {
    insta::assert_snapshot!(locked_screen(Lang::Mn));
}

#[test]
fn the_first_supervisor_form_at_80x24_in_both_languages() {
    for lang in [Lang::Zh, Lang::Mn] {
        let bench = Bench::new();
        let mut s = bench.session_with(lang, "");
        s.handle(key(KeyCode::F(4)));
        type_keys(&mut s, "boss");
        insta::assert_snapshot!(format!("first-supervisor-{lang:?}"), common::snapshot(&s));
    }
}
