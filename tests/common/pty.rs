//! The binary in a pseudo-terminal, read back through a VT100 screen model; shared by the
//! real-terminal smoke test and the start-up benchmark.
#![allow(dead_code)]
use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub struct PtyApp {
    pub child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    parser: vt100::Parser,
    /// Every byte the program wrote, for checks on the escape sequences themselves.
    pub output: Vec<u8>,
    rx: mpsc::Receiver<Vec<u8>>,
}

impl PtyApp {
    /// Starts `binary --db db` in an 80×24 (or given) terminal.
    pub fn spawn(binary: &str, db: &Path, cols: u16, rows: u16) -> PtyApp {
        PtyApp::spawn_with(binary, db, cols, rows, &[], &[("TERM", "xterm-256color")])
    }

    /// Starts `binary --db db args…` with `env` set (and `SERVICE_DESK_LANG` unset).
    pub fn spawn_with(
        binary: &str,
        db: &Path,
        cols: u16,
        rows: u16,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> PtyApp {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(binary);
        cmd.arg("--db");
        cmd.arg(db);
        cmd.args(args);
        cmd.env_remove("SERVICE_DESK_LANG");
        cmd.env_remove("NO_COLOR");
        // The configuration of the user running the tests is never read.
        cmd.env(
            "SERVICE_DESK_CONFIG",
            "/nonexistent/service-desk-tests/config.toml",
        );
        for (name, value) in env {
            cmd.env(name, value);
        }
        let child = pair.slave.spawn_command(cmd).expect("the binary starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        PtyApp {
            child,
            master: pair.master,
            writer,
            parser: vt100::Parser::new(rows, cols, 0),
            output: Vec::new(),
            rx,
        }
    }

    /// The terminal's local modes as text (`ICANON | ECHO | …`), to tell raw mode from cooked.
    pub fn local_modes(&self) -> String {
        self.master
            .get_termios()
            .map(|t| format!("{:?}", t.local_flags))
            .unwrap_or_default()
    }

    /// The terminal's device, for changing its modes the way a shell would.
    pub fn tty_name(&self) -> Option<std::path::PathBuf> {
        self.master.tty_name()
    }

    /// Everything the program has written so far, as one string (for exit messages).
    pub fn contents(&self) -> String {
        self.parser.screen().contents()
    }

    pub fn screen(&self) -> &vt100::Screen {
        self.parser.screen()
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to the pty");
        self.writer.flush().expect("flush the pty");
    }

    /// Reads output until `want` holds; panics with the screen after a generous guard.
    pub fn wait_for(&mut self, what: &str, want: impl Fn(&vt100::Screen) -> bool) {
        let guard = Instant::now() + Duration::from_secs(20);
        while !want(self.parser.screen()) {
            let left = guard.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "never saw {what}; screen:\n{}",
                self.parser.screen().contents()
            );
            if let Ok(bytes) = self.rx.recv_timeout(left.min(Duration::from_millis(50))) {
                self.parser.process(&bytes);
                self.output.extend_from_slice(&bytes);
            }
        }
    }
}

/// The operator a pty test signs in as (the same as `common::OPERATOR`; this file is also
/// included on its own, without `common`).
pub const OPERATOR: &str = "boss";
pub const PASSWORD: &str = "counter-pass-1";

impl PtyApp {
    /// After a key that asks for a sign-in (F4): fills in the form as the tests' supervisor,
    /// creating them when the store has no operator, and waits until it is gone.
    pub fn sign_in(&mut self) {
        self.wait_for("the sign-in form", |s| {
            let c = s.contents();
            c.contains("操作员登录") || c.contains("创建首位主管")
        });
        let (name, password) = (OPERATOR, PASSWORD);
        if self.contents().contains("创建首位主管") {
            self.send(format!("{name}\t{password}\t{password}\r").as_bytes());
        } else {
            self.send(format!("{name}\t{password}\r").as_bytes());
        }
        self.wait_for("signed in", |s| s.contents().contains(OPERATOR));
    }
}
