//! Speed and memory on this machine: search per keystroke, one 80×24 frame in each language
//! (drawn to a test buffer, and written as escape sequences by the driver), a 3 KiB burst,
//! opening a desk, start to first full frame of the real binary, idle RSS, the memory each
//! additional session costs in one process, and the binary's size.
//! Run with `cargo bench`; every figure is reported as median and spread over many runs.
#[path = "../tests/common/pty.rs"]
mod pty;

use std::time::{Duration, Instant};

use std::sync::Arc;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;
use service_desk::domain::Lang;
use service_desk::i18n::Texts;
use service_desk::service::context::SystemClock;
use service_desk::service::{Desk, OpenOptions};
use service_desk::tui::driver::{self, Batch, ScriptedSource};
use service_desk::tui::{Action, Session, Shared, render};

fn summary(name: &str, unit: &str, scale: f64, mut samples: Vec<Duration>) {
    samples.sort();
    let at =
        |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize].as_secs_f64() * scale;
    println!(
        "{name:<34} n={:<6} min {:>9.3} median {:>9.3} p99 {:>9.3} max {:>9.3} {unit}",
        samples.len(),
        at(0.0),
        at(0.5),
        at(0.99),
        at(1.0)
    );
}

fn time<T>(f: impl FnOnce() -> T) -> (Duration, T) {
    let start = Instant::now();
    let out = f();
    (start.elapsed(), out)
}

/// Every prefix of each query, as a clerk types it, searched many times over.
fn search_per_keystroke(desk: &Desk) {
    let queries = [
        "dibao",
        "ywjy",
        "zuidishenghuobaozhang",
        "最低生活保障",
        "残疾人",
        "12333",
        "ᠮᠣᠩᠭᠣᠯ",
        "soc-01",
        "xyzqj",
    ];
    let mut samples = Vec::new();
    for _ in 0..200 {
        for q in queries {
            let chars: Vec<char> = q.chars().collect();
            for end in 1..=chars.len() {
                let typed: String = chars[..end].iter().collect();
                let (elapsed, hits) = time(|| desk.search(&typed));
                std::hint::black_box(hits);
                samples.push(elapsed);
            }
        }
    }
    summary("search per keystroke", "µs", 1e6, samples);
    let flood = "字".repeat(10_000);
    let samples = (0..200).map(|_| time(|| desk.search(&flood)).0).collect();
    summary("search, 10 000-character paste", "µs", 1e6, samples);
}

fn render_frames(shared: &Shared) {
    for lang in Lang::ALL {
        let mut session = Session::new(shared, lang, Size::new(80, 24));
        session.perform(Action::Insert("dibao".into()));
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("test backend");
        let samples = (0..2000)
            .map(|_| time(|| terminal.draw(|f| render(&session, f)).map(|_| ())).0)
            .collect();
        summary(
            &format!("render 80x24 frame ({})", lang.tag()),
            "µs",
            1e6,
            samples,
        );
    }
}

/// A frame as the driver writes it: the buffer diff turned into escape sequences. Each sample
/// switches between two queries so that most of the screen changes.
fn driver_frames(shared: &Shared) {
    for lang in Lang::ALL {
        let size = Size::new(80, 24);
        let mut session = Session::new(shared, lang, size);
        let mut terminal = driver::terminal(Vec::new(), size).expect("terminal");
        let mut bytes = 0;
        let samples = (0..2000)
            .map(|i| {
                session.perform(Action::ClearQuery);
                let query = if i % 2 == 0 { "dibao" } else { "jiuye" };
                session.perform(Action::Insert(query.into()));
                terminal.backend_mut().writer_mut().clear();
                let elapsed = time(|| terminal.draw(|f| render(&session, f)).map(|_| ())).0;
                bytes += terminal.backend().writer().len();
                elapsed
            })
            .collect();
        summary(
            &format!("driver 80x24 frame ({})", lang.tag()),
            "µs",
            1e6,
            samples,
        );
        println!(
            "{:<34} {} bytes per frame",
            format!("driver output ({})", lang.tag()),
            bytes / 2000
        );
    }
}

/// 3 KiB typed in one read (Ctrl-U between lines, a query at the end), parsed, handled and
/// drawn by the driver.
fn burst(shared: &Shared) {
    let mut bytes = [b"a".repeat(60), b"\x15".to_vec()].concat().repeat(50);
    bytes.extend_from_slice(b"jiuye");
    let samples = (0..200)
        .map(|_| {
            let size = Size::new(80, 24);
            let mut session = Session::new(shared, Lang::Zh, size);
            let mut source = ScriptedSource::new([Batch::bytes(bytes.clone())]);
            let mut terminal = driver::terminal(Vec::new(), size).expect("terminal");
            time(|| driver::run(&mut session, &mut source, &mut terminal).expect("runs")).0
        })
        .collect();
    summary("3 KiB burst, two frames", "ms", 1e3, samples);
}

/// Sessions that have searched and drawn a frame, held in this process: the resident memory
/// each one adds.
fn memory_per_session(shared: &Shared) {
    const SESSIONS: usize = 50;
    let pid = std::process::id();
    let serve = |i: usize| {
        let size = Size::new(80, 24);
        let mut session = Session::new(shared, Lang::ALL[i % 2], size);
        session.perform(Action::Insert("dibao".into()));
        let mut terminal = driver::terminal(Vec::new(), size).expect("terminal");
        terminal.draw(|f| render(&session, f)).expect("a frame");
        (session, terminal)
    };
    let warm: Vec<_> = (0..2).map(serve).collect();
    let before = rss_kib(pid).unwrap_or(0);
    let held: Vec<_> = (0..SESSIONS).map(serve).collect();
    let after = rss_kib(pid).unwrap_or(0);
    println!(
        "{:<34} {} KiB ({} sessions: RSS {before} -> {after} KiB)",
        "memory per additional session",
        after.saturating_sub(before) / SESSIONS as u64,
        SESSIONS
    );
    drop((held, warm));
}

fn open_desk() {
    let mut fresh = Vec::new();
    let mut reopen = Vec::new();
    for _ in 0..20 {
        let dir = tempfile::tempdir().expect("temp dir");
        let (elapsed, desk) =
            time(|| Desk::open(dir.path(), &OpenOptions::default()).expect("opens"));
        fresh.push(elapsed);
        drop(desk);
        reopen.push(time(|| Desk::open(dir.path(), &OpenOptions::default()).expect("reopens")).0);
    }
    summary("open desk, empty store (seeds)", "ms", 1e3, fresh);
    summary("open desk, seeded store", "ms", 1e3, reopen);
}

fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The real binary in a pseudo-terminal: spawn to first full frame, then idle memory.
fn binary_start_and_rss() {
    let binary = env!("CARGO_BIN_EXE_service-desk");
    let mut starts = Vec::new();
    let mut rss = Vec::new();
    for _ in 0..15 {
        let dir = tempfile::tempdir().expect("temp dir");
        let (elapsed, mut app) = time(|| {
            let mut app = pty::PtyApp::spawn(binary, dir.path(), 80, 24);
            app.wait_for("first frame", |s| {
                s.contents().contains("EDU-01") && s.contents().contains("Ctrl-Q")
            });
            app
        });
        starts.push(elapsed);
        std::thread::sleep(Duration::from_millis(500));
        if let Some(kib) = app.child.process_id().and_then(rss_kib) {
            rss.push(kib);
        }
        app.send(b"\x11");
        let _ = app.child.wait();
    }
    summary("binary start to first full frame", "ms", 1e3, starts);
    rss.sort();
    if let (Some(min), Some(max)) = (rss.first(), rss.last()) {
        println!(
            "{:<34} n={:<6} min {min} KiB median {} KiB max {max} KiB",
            "idle TUI RSS",
            rss.len(),
            rss[rss.len() / 2]
        );
    }
    let size = std::fs::metadata(binary).map(|m| m.len()).unwrap_or(0);
    println!(
        "{:<34} {} bytes ({:.2} MiB; profile: {})",
        "binary size",
        size,
        size as f64 / 1048576.0,
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        }
    );
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let desk = Desk::open(dir.path(), &OpenOptions::default()).expect("desk opens");
    search_per_keystroke(&desk);
    let shared = Shared {
        desk: Arc::new(desk),
        texts: Arc::new(Texts::load().expect("locales load")),
        clock: Arc::new(SystemClock),
    };
    render_frames(&shared);
    driver_frames(&shared);
    burst(&shared);
    memory_per_session(&shared);
    drop(shared);
    open_desk();
    binary_start_and_rss();
}
