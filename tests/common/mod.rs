//! Shared test fixtures: a seeded desk in a temporary folder, sessions over it, and a screen
//! read back as text with its cursor and styles.
#![allow(dead_code)]
use std::sync::{Arc, OnceLock};
use std::time::{Duration, SystemTime};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Size;
use ratatui::style::{Color, Modifier, Style};
use service_desk::domain::Lang;
use service_desk::i18n::Texts;
use service_desk::service::context::{Context, FixedClock};
use service_desk::service::operators::{Operators, Session as OperatorSession};
use service_desk::service::{Desk, OpenOptions};
use service_desk::tui::screens::login::Purpose;
use service_desk::tui::{Input, Key, KeyCode, Session, Shared};
use unicode_width::UnicodeWidthStr;

/// No test reads the configuration of the user running it: this file never exists.
pub const NO_CONFIG: &str = "/nonexistent/service-desk-tests/config.toml";

/// The binary on the store at `db`, with no language, store or configuration taken from the
/// environment of the user running the tests.
pub fn desk_cmd(db: &std::path::Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("service-desk").expect("the binary is built");
    cmd.env("SERVICE_DESK_CONFIG", NO_CONFIG)
        .env_remove("SERVICE_DESK_LANG")
        .env_remove("SERVICE_DESK_OPERATOR")
        .env_remove("SERVICE_DESK_PASSWORD")
        .env_remove("SERVICE_DESK_PASSWORD_FILE")
        .env_remove("SERVICE_DESK_DB")
        .arg("--db")
        .arg(db);
    cmd
}

/// The first supervisor every test store gets, and the password for signing in. Real Argon2
/// parameters: a derivation costs a few tens of milliseconds.
pub const OPERATOR: &str = "boss";
pub const PASSWORD: &str = "counter-password-1";

/// The store's first supervisor, made on first use, signed in.
pub fn operator_for(desk: &Desk) -> Arc<OperatorSession> {
    let ctx =
        service_desk::service::context::Context::new(Arc::new(FixedClock(fixed_time())), Lang::Zh);
    let ops = Operators::new(desk);
    let session = if ops.any().expect("operators readable") {
        ops.login(&ctx, OPERATOR, PASSWORD)
    } else {
        ops.init(&ctx, OPERATOR, PASSWORD)
    };
    Arc::new(session.expect("the test operator signs in"))
}

/// The store at `db` given its first supervisor through the binary, as a hall would.
pub fn init_operator(db: &std::path::Path) {
    desk_cmd(db)
        .args(["operators", "init", "--name", OPERATOR])
        .env("SERVICE_DESK_NEW_PASSWORD", PASSWORD)
        .env_remove("SERVICE_DESK_NEW_PASSWORD_FILE")
        .assert()
        .success();
}

/// The binary on the store at `db`, signed in as the store's first supervisor (made with
/// [`init_operator`]), the password given through the environment.
pub fn signed_cmd(db: &std::path::Path) -> assert_cmd::Command {
    let mut cmd = desk_cmd(db);
    cmd.env("SERVICE_DESK_OPERATOR", OPERATOR)
        .env("SERVICE_DESK_PASSWORD", PASSWORD)
        .env_remove("SERVICE_DESK_PASSWORD_FILE");
    cmd
}

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub desk: Arc<Desk>,
}

pub fn desk() -> Fixture {
    let dir = tempfile::tempdir().expect("temporary folder");
    let desk = Desk::open(dir.path(), &OpenOptions::default()).expect("a fresh store opens");
    Fixture {
        dir,
        desk: Arc::new(desk),
    }
}

/// The texts, parsed once per test binary.
pub fn texts() -> Arc<Texts> {
    static TEXTS: OnceLock<Arc<Texts>> = OnceLock::new();
    TEXTS
        .get_or_init(|| Arc::new(Texts::load().expect("locales load")))
        .clone()
}

/// 2 December 2025, 09:00 in Hohhot: a fixed clock for repeatable sessions.
pub fn fixed_time() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_764_637_200)
}

impl Fixture {
    pub fn shared(&self) -> Shared {
        Shared {
            desk: self.desk.clone(),
            texts: texts(),
            clock: Arc::new(FixedClock(fixed_time())),
        }
    }

    /// A session as a window opens: at the catalogue, signed in as nobody (the catalogue is
    /// public; what needs a sign-in asks for one).
    pub fn session(&self, lang: Lang, width: u16, height: u16) -> Session {
        Session::new(&self.shared(), lang, Size::new(width, height))
    }

    /// A session signed in as the store's first supervisor from the start.
    pub fn signed_session(&self, lang: Lang, width: u16, height: u16) -> Session {
        self.session(lang, width, height)
            .with_operator(self.operator())
    }

    pub fn operator(&self) -> Arc<OperatorSession> {
        operator_for(&self.desk)
    }

    /// A call context at the fixed time, signed in.
    pub fn context(&self) -> service_desk::service::context::Context {
        service_desk::service::context::Context::new(Arc::new(FixedClock(fixed_time())), Lang::Zh)
            .signed_in(self.operator())
    }
}

/// The session drawn at its size.
pub fn draw(session: &Session) -> Terminal<TestBackend> {
    let size = session.size();
    let mut terminal = Terminal::new(TestBackend::new(size.width, size.height)).expect("backend");
    terminal
        .draw(|f| service_desk::tui::render(session, f))
        .expect("a frame");
    terminal
}

/// The screen as text, one line per row; a wide character's hidden second cell is skipped.
pub fn text(session: &Session) -> String {
    text_from(draw(session).backend().buffer(), 0)
}

/// The text of columns `first..` of every row.
pub fn text_from(buffer: &Buffer, first: u16) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut x = first;
        while x < buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            out.push_str(symbol);
            x += (UnicodeWidthStr::width(symbol) as u16).max(1);
        }
        out.push('\n');
    }
    out
}

/// The screen as a snapshot: its text, where the terminal cursor is (an input method's
/// candidate window follows it), and the runs of styled cells per row (focus, warnings).
pub fn snapshot(session: &Session) -> String {
    let terminal = draw(session);
    let backend = terminal.backend();
    let buffer = backend.buffer();
    let mut out = text_from(buffer, 0);
    out.push_str("--- cursor ---\n");
    if backend.cursor_visible() {
        let at = backend.cursor_position();
        out.push_str(&format!("column {}, row {}\n", at.x, at.y));
    } else {
        out.push_str("hidden\n");
    }
    out.push_str("--- styles ---\n");
    for y in 0..buffer.area.height {
        let runs = style_runs(buffer, y);
        if !runs.is_empty() {
            out.push_str(&format!("{y:>2}: {}\n", runs.join(", ")));
        }
    }
    out
}

/// `3-8 bold yellow` for each run of cells in row `y` that share a style other than the plain.
fn style_runs(buffer: &Buffer, y: u16) -> Vec<String> {
    let mut runs: Vec<(u16, u16, Style)> = Vec::new();
    let mut x = 0;
    while x < buffer.area.width {
        let cell = &buffer[(x, y)];
        let width = (UnicodeWidthStr::width(cell.symbol()) as u16).max(1);
        let style = cell.style();
        let last = x + width - 1;
        match runs.last_mut() {
            Some((_, end, s)) if *s == style && *end + 1 == x => *end = last,
            _ => runs.push((x, last, style)),
        }
        x += width;
    }
    runs.into_iter()
        .filter(|(_, _, s)| describe(*s) != "plain")
        .map(|(from, to, s)| format!("{from}-{to} {}", describe(s)))
        .collect()
}

fn describe(style: Style) -> String {
    let mut words = Vec::new();
    let modifier = style.add_modifier - style.sub_modifier;
    for (flag, word) in [
        (Modifier::BOLD, "bold"),
        (Modifier::DIM, "dim"),
        (Modifier::ITALIC, "italic"),
        (Modifier::UNDERLINED, "underlined"),
        (Modifier::REVERSED, "reversed"),
    ] {
        if modifier.contains(flag) {
            words.push(word.to_string());
        }
    }
    if let Some(fg) = style.fg.filter(|c| *c != Color::Reset) {
        words.push(format!("{fg:?}").to_lowercase());
    }
    if let Some(bg) = style.bg.filter(|c| *c != Color::Reset) {
        words.push(format!("on-{}", format!("{bg:?}").to_lowercase()));
    }
    if words.is_empty() {
        "plain".into()
    } else {
        words.join(" ")
    }
}

// The TUI tests sign in as `OPERATOR` too: the first supervisor, created through the
// sign-in form the first time a session on a fresh store asks for one.

/// Types `text` into a session key by key.
pub fn type_keys(s: &mut Session, text: &str) {
    for c in text.chars() {
        s.handle(Input::Key(Key::plain(KeyCode::Char(c))));
    }
}

/// If the sign-in form is in front, fills it in as `name` with `password` (creating the
/// store's first supervisor when it has none) and waits for the answer.
pub fn sign_in_as(s: &mut Session, name: &str, password: &str) {
    let Some(login) = s.login() else {
        return;
    };
    let first = *login.purpose() == Purpose::FirstSupervisor;
    let unlock = matches!(login.purpose(), Purpose::Unlock { .. });
    if unlock {
        s.handle(Input::Key(Key::plain(KeyCode::BackTab)));
        s.handle(Input::Key(Key::ctrl('u')));
    }
    type_keys(s, name);
    s.handle(Input::Key(Key::plain(KeyCode::Tab)));
    type_keys(s, password);
    if first {
        s.handle(Input::Key(Key::plain(KeyCode::Tab)));
        type_keys(s, password);
    }
    s.handle(Input::Key(Key::plain(KeyCode::Enter)));
    s.finish_sign_in();
}

/// Signs in as the tests' supervisor if asked.
pub fn sign_in(s: &mut Session) {
    sign_in_as(s, OPERATOR, PASSWORD);
    assert!(s.login().is_none(), "signed in");
}

/// A key that may need a sign-in (F4, F5, Enter on an item): pressed, then signed in.
pub fn press_signed_in(s: &mut Session, input: Input) {
    s.handle(input);
    sign_in(s);
}

/// Creates the tests' supervisor directly (for tests that sign in through the form as a
/// known operator, or add a clerk), unless the store has one.
pub fn ensure_supervisor(desk: &Desk) -> service_desk::service::operators::Session {
    let ctx = Context::new(Arc::new(FixedClock(fixed_time())), Lang::Zh);
    let ops = Operators::new(desk);
    if ops.any().expect("operators readable") {
        ops.login(&ctx, OPERATOR, PASSWORD)
            .expect("the supervisor signs in")
    } else {
        ops.init(&ctx, OPERATOR, PASSWORD)
            .expect("the first supervisor")
    }
}

/// Runs `cmd`, which must succeed (its stderr is the failure message), and reads its
/// standard output as JSON.
pub fn json_of(cmd: &mut assert_cmd::Command) -> serde_json::Value {
    let out = cmd.output().expect("the binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on standard output")
}
