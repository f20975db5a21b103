//! The binary in a real (pseudo-)terminal at 80×24, read back through a VT100 model: search,
//! language, a burst larger than one read, Esc straight before a function key, the signals
//! that must give the terminal back, colours, and the refusal to start without a terminal.
#[path = "common/pty.rs"]
mod pty;

use std::process::{Command, Stdio};

use pty::PtyApp;

/// No test reads the configuration of the user running it: this file never exists.
const NO_CONFIG: &str = "/nonexistent/service-desk-tests/config.toml";

const BINARY: &str = env!("CARGO_BIN_EXE_service-desk");

/// The binary at 80×24 with its first full frame on screen.
fn started(dir: &std::path::Path, env: &[(&str, &str)]) -> PtyApp {
    let mut env = env.to_vec();
    if !env.iter().any(|(name, _)| *name == "TERM") {
        env.push(("TERM", "xterm-256color"));
    }
    let mut app = PtyApp::spawn_with(BINARY, dir, 80, 24, &[], &env);
    app.wait_for("the catalogue", |s| {
        s.alternate_screen() && s.contents().contains("EDU-01") && s.contents().contains("Ctrl-Q")
    });
    app
}

fn search_line(s: &vt100::Screen) -> String {
    s.rows(0, 80).nth(1).unwrap_or_default()
}

#[test]
fn the_binary_runs_in_a_real_terminal_and_restores_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = started(dir.path(), &[]);
    assert!(
        !app.local_modes().contains("ICANON"),
        "raw mode while running"
    );
    assert!(app.screen().bracketed_paste());
    app.send(b"dibao");
    app.wait_for("SOC-01 on top", |s| s.contents().contains("▸SOC-01"));
    app.send(b"\x1bOQ"); // F2
    app.wait_for("Mongolian labels", |s| {
        !s.contents().contains("服务项目") && s.contents().contains("SOC-01")
    });
    app.send(b"\x11"); // Ctrl-Q
    app.wait_for("the normal screen back", |s| {
        !s.alternate_screen() && !s.hide_cursor() && !s.bracketed_paste()
    });
    let status = app.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    let modes = app.local_modes();
    assert!(
        modes.contains("ICANON") && modes.contains("ECHO"),
        "{modes}"
    );
}

#[test]
fn a_burst_longer_than_one_read_is_all_shown_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = started(dir.path(), &[]);
    // 3 KiB typed in one go: lines cleared with Ctrl-U, and a query only at the very end.
    let mut burst = [b"a".repeat(60), b"\x15".to_vec()].concat().repeat(60);
    burst.extend_from_slice(b"jiuye");
    assert!(burst.len() > 3 * 1024);
    app.send(&burst);
    app.wait_for(
        "the last query and its results, with no key after it",
        |s| search_line(s).contains("jiuye") && s.contents().contains("▸EMP-"),
    );
    app.send(b"\x11");
    app.child.wait().unwrap();
}

#[test]
fn esc_then_a_function_key_at_once_is_two_keys() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = started(dir.path(), &[]);
    app.send(b"dibao");
    app.wait_for("the query", |s| search_line(s).contains("dibao"));
    app.send(b"\x1b\x1bOP"); // Esc, then F1, in one read
    app.wait_for("help", |s| s.contents().contains("+按键说明"));
    app.send(b"\x1b");
    app.wait_for("help closed", |s| !s.contents().contains("+按键说明"));
    let line = search_line(app.screen());
    assert!(!line.contains("OP"), "typed into the search: {line}");
    assert!(!line.contains("dibao"), "Esc cleared the query: {line}");
    app.send(b"\x11");
    app.child.wait().unwrap();
}

#[test]
fn sigterm_sighup_and_sigint_give_the_terminal_back() {
    for signal in ["TERM", "HUP", "INT"] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = started(dir.path(), &[]);
        assert!(!app.local_modes().contains("ICANON"));
        let pid = app.child.process_id().unwrap().to_string();
        let sent = Command::new("kill")
            .args(["-s", signal, &pid])
            .status()
            .unwrap();
        assert!(sent.success());
        app.wait_for("the normal screen back", |s| {
            !s.alternate_screen() && !s.hide_cursor() && !s.bracketed_paste()
        });
        let status = app.child.wait().unwrap();
        assert!(
            status.signal().is_some(),
            "{signal}: ended by it: {status:?}"
        );
        let modes = app.local_modes();
        assert!(
            modes.contains("ICANON") && modes.contains("ECHO"),
            "{signal}: cooked mode back: {modes}"
        );
    }
}

fn send_signal(app: &PtyApp, signal: &str) {
    let pid = app.child.process_id().unwrap().to_string();
    let sent = Command::new("kill")
        .args(["-s", signal, &pid])
        .status()
        .unwrap();
    assert!(sent.success(), "kill -s {signal}");
}

/// The process's state letter from `ps` (`T` when stopped).
fn process_state(app: &PtyApp) -> String {
    let pid = app.child.process_id().unwrap().to_string();
    let out = Command::new("ps")
        .args(["-o", "stat=", "-p", &pid])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn wait_until_stopped(app: &PtyApp) {
    let guard = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !process_state(app).starts_with('T') {
        assert!(std::time::Instant::now() < guard, "never stopped");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn stopped_it_gives_the_terminal_back_and_continued_it_takes_it_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = started(dir.path(), &[]);
    app.send(b"dibao");
    app.wait_for("SOC-01 on top", |s| s.contents().contains("▸SOC-01"));
    send_signal(&app, "TSTP");
    app.wait_for("the normal screen back", |s| {
        !s.alternate_screen() && !s.hide_cursor() && !s.bracketed_paste()
    });
    wait_until_stopped(&app);
    assert!(
        app.local_modes().contains("ICANON"),
        "cooked mode while stopped"
    );
    send_signal(&app, "CONT");
    app.wait_for("the whole screen drawn again", |s| {
        s.alternate_screen() && s.contents().contains("▸SOC-01") && s.contents().contains("Ctrl-Q")
    });
    assert!(!app.local_modes().contains("ICANON"), "raw mode again");
    app.send(b"\x11");
    let status = app.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
}

#[test]
fn continued_after_a_stop_it_cannot_catch_it_takes_raw_mode_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = started(dir.path(), &[]);
    send_signal(&app, "STOP");
    wait_until_stopped(&app);
    // What a shell does to the terminal while the job is stopped.
    let tty = app.tty_name().expect("the terminal's device");
    let sane = Command::new("stty")
        .arg("-F")
        .arg(&tty)
        .arg("sane")
        .status()
        .unwrap();
    assert!(sane.success());
    assert!(app.local_modes().contains("ICANON"));
    send_signal(&app, "CONT");
    app.send(b"jiuye");
    app.wait_for("keys read one by one again", |s| {
        search_line(s).contains("jiuye") && s.contents().contains("▸EMP-")
    });
    app.send(b"\x11");
    let status = app.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
}

/// The SGR parameters of every `ESC [ … m` in `bytes`.
fn sgr_parameters(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    text.split("\u{1b}[")
        .skip(1)
        .filter_map(|rest| {
            let end = rest.find(|c: char| !(c.is_ascii_digit() || c == ';'))?;
            (rest[end..].starts_with('m')).then(|| rest[..end].to_string())
        })
        .collect()
}

fn is_colour(param: &str) -> bool {
    matches!(
        param.parse::<u16>(),
        Ok(30..=39 | 40..=49 | 90..=97 | 100..=107)
    )
}

#[test]
fn sixteen_named_colours_and_none_with_no_color() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = started(dir.path(), &[]);
    app.send(b"\x1bOP"); // F1: the help box too
    app.wait_for("help", |s| s.contents().contains("+按键说明"));
    let params = sgr_parameters(&app.output);
    assert!(params.iter().any(|p| p.split(';').any(is_colour)));
    for p in &params {
        assert!(
            !p.contains("38;5") && !p.contains("48;5") && !p.contains("38;2"),
            "{p}"
        );
    }
    app.send(b"\x11");
    app.child.wait().unwrap();

    let mut app = started(dir.path(), &[("NO_COLOR", "1")]);
    app.send(b"\x1bOP");
    app.wait_for("help", |s| s.contents().contains("+按键说明"));
    let params = sgr_parameters(&app.output);
    let colours: Vec<_> = params
        .iter()
        .filter(|p| p.split(';').any(is_colour))
        .collect();
    assert!(colours.is_empty(), "{colours:?}");
    // Focus still shows: the selected row is reversed.
    assert!(params.iter().any(|p| p.split(';').any(|a| a == "7")));
    app.send(b"\x11");
    app.child.wait().unwrap();
}

#[test]
fn without_a_terminal_it_says_what_to_do_and_opens_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store");
    for (lang, word) in [("zh-CN", "终端"), ("mn-Mong", "ᠦᠵᠦᠭᠦᠷ")] {
        let out = Command::new(BINARY)
            .env("SERVICE_DESK_CONFIG", NO_CONFIG)
            .args(["--lang", lang, "--db"])
            .arg(&db)
            .env("TERM", "xterm")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(word), "{stderr}");
        assert!(
            stderr.contains("catalogue search"),
            "says what to use instead: {stderr}"
        );
    }
    assert!(
        !db.exists(),
        "no store is created for a program that cannot start"
    );
}

#[test]
fn a_dumb_terminal_is_refused_with_advice() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = PtyApp::spawn_with(BINARY, dir.path(), 80, 24, &[], &[("TERM", "dumb")]);
    app.wait_for("the advice", |s| s.contents().contains("TERM"));
    let status = app.child.wait().unwrap();
    assert_eq!(status.exit_code(), 2, "{}", app.contents());
    assert!(!app.screen().alternate_screen());
}

#[test]
fn an_id_card_readers_18_characters_and_enter_lose_nothing_in_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "centre-code = \"150102\"\n").unwrap();
    let config = config.to_str().unwrap().to_string();
    let mut app = started(dir.path(), &[("SERVICE_DESK_CONFIG", &config)]);
    app.send(b"\x1bOS"); // F4
    app.sign_in();
    app.wait_for("the form", |s| s.contents().contains("身份证号码"));
    app.send("乌云其其格\t".as_bytes());
    // What a reader types: 18 characters and Enter in one write, the clerk's next keys at once.
    app.send(b"150102195503071243\r13904711234");
    app.wait_for("the derived facts and the phone in its own field", |s| {
        let contents = s.contents();
        contents.contains("1955-03-07")
            && contents
                .lines()
                .any(|l| l.contains("联系电话") && l.contains("13904711234"))
    });
    let contents = app.contents();
    assert!(
        contents
            .lines()
            .any(|l| l.contains("身份证号码") && l.contains("150102195503071243")),
        "{contents}"
    );
    app.send(b"\x11");
    app.child.wait().unwrap();
}

#[test]
fn a_form_killed_after_its_draft_is_saved_is_offered_again_after_the_next_sign_in() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    let receipts = dir.path().join("receipts");
    std::fs::write(
        &config,
        format!(
            "centre-code = \"150102\"\nwindow = \"2\"\nreceipts-dir = {:?}\n",
            receipts.to_str().unwrap()
        ),
    )
    .unwrap();
    let config = config.to_str().unwrap().to_string();
    let env = [("SERVICE_DESK_CONFIG", config.as_str())];
    let mut app = started(dir.path(), &env);
    app.send(b"\x1bOS"); // F4
    app.sign_in();
    app.wait_for("the form", |s| s.contents().contains("身份证号码"));
    app.send("乌云其其格\t150102195503071243\t13904711234".as_bytes());
    // No key after the last: the program saves the draft on its own after the pause, and
    // its title says so.
    app.wait_for("the draft saved", |s| {
        s.contents().contains("草稿已保存") && s.contents().contains("13904711234")
    });
    send_signal(&app, "KILL");
    app.child.wait().unwrap();

    let mut app = PtyApp::spawn_with(
        BINARY,
        dir.path(),
        80,
        24,
        &[],
        &[("TERM", "xterm-256color"), env[0]],
    );
    app.wait_for("the notice that drafts wait", |s| {
        s.contents().contains("本窗口有未完成的受理表单")
    });
    assert!(
        !app.contents().contains("乌**"),
        "nothing of them before a sign-in"
    );
    app.send(b"\x1bOS"); // F4
    app.sign_in();
    app.wait_for("the offer to resume", |s| {
        let contents = s.contents();
        contents.contains("未完成的受理") && contents.contains("乌**")
    });
    assert!(
        app.contents().contains("150102********1243"),
        "{}",
        app.contents()
    );
    app.send(b"\r");
    app.wait_for("the form as it was", |s| {
        let contents = s.contents();
        contents.lines().any(|l| l.contains("乌云其其格"))
            && contents
                .lines()
                .any(|l| l.contains("身份证号码") && l.contains("150102195503071243"))
            && contents
                .lines()
                .any(|l| l.contains("联系电话") && l.contains("13904711234"))
    });
    app.send(b"\x11");
    app.child.wait().unwrap();
}
