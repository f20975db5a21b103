//! The local terminal as a driver: checks that there is one, puts it in raw mode, reads its
//! input level-triggered (everything available is drained before a frame is drawn), follows
//! window size changes, and gives the terminal back as it found it on quit, on SIGTERM,
//! SIGHUP and SIGINT, and on a panic. Stopped (SIGTSTP), it gives the terminal back first;
//! continued (SIGCONT), it takes it again and draws everything anew.
use std::ffi::OsStr;
use std::io::{self, IsTerminal, Write};
use std::os::unix::net::UnixStream;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Once};
use std::time::{Duration, Instant};

use ratatui::crossterm::terminal;
use ratatui::layout::Size;
use rustix::event::{PollFd, PollFlags, Timespec, poll};
use signal_hook::SigId;
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP, SIGWINCH};
use signal_hook::low_level::{emulate_default_handler, pipe, unregister};

use super::{Batch, Ending, EventSource, ansi};
use crate::domain::Lang;
use crate::tui::hall::Hall;
use crate::tui::session::{Session, Shared};
use crate::tui::theme::{Palette, Theme};

/// Why the TUI cannot start here, as the message id that tells the clerk what to do; `None`
/// when standard input and output are terminals and `TERM` names a usable one.
pub fn unusable_terminal(
    stdin_tty: bool,
    stdout_tty: bool,
    term: Option<&OsStr>,
) -> Option<&'static str> {
    if !stdin_tty || !stdout_tty {
        return Some("common-error-not-a-terminal");
    }
    match term {
        Some(t) if !t.is_empty() && t != "dumb" => None,
        _ => Some("common-error-dumb-terminal"),
    }
}

/// `unusable_terminal` for this process.
pub fn check() -> Option<&'static str> {
    unusable_terminal(
        io::stdin().is_terminal(),
        io::stdout().is_terminal(),
        std::env::var_os("TERM").as_deref(),
    )
}

/// True while the terminal is in the TUI's modes; whoever ends them first clears it.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Runs one session on this process's terminal until the clerk quits or a signal or hang-up
/// ends it. The terminal is restored in every case.
pub fn run(shared: &Shared, hall: Arc<Hall>, lang: Lang) -> io::Result<Ending> {
    let mut source = LocalSource::open()?;
    let size = window_size()?;
    let palette = Palette::from_no_color(std::env::var_os("NO_COLOR").as_deref());
    let mut session = Session::new(shared, lang, size)
        .with_theme(Theme::new(palette))
        .with_hall(hall);
    install_panic_hook();
    terminal::enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let result = super::terminal(LocalOut::default(), size)
        .and_then(|mut term| super::run(&mut session, &mut source, &mut term));
    // The driver wrote the sequences that leave the TUI's modes; raw mode is this driver's.
    ACTIVE.store(false, Ordering::SeqCst);
    let restored = terminal::disable_raw_mode();
    let ending = result?;
    if ending == Ending::Quit {
        restored?;
    }
    Ok(ending)
}

/// The terminal's size; 80×24 when it reports none (a serial line, some SSH clients).
fn window_size() -> io::Result<Size> {
    let (width, height) = terminal::size()?;
    if width == 0 || height == 0 {
        return Ok(Size::new(80, 24));
    }
    Ok(Size::new(width, height))
}

/// A panic leaves raw mode, the alternate screen and bracketed paste before its message is
/// printed, so the message is readable and the shell usable.
fn install_panic_hook() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if ACTIVE.swap(false, Ordering::SeqCst) {
                let mut out = io::stdout();
                let _ = out.write_all(ansi::LEAVE);
                let _ = out.flush();
                let _ = terminal::disable_raw_mode();
            }
            previous(info);
        }));
    });
}

/// Frames for the terminal: gathered and written once per frame, and dropped once the TUI
/// has let go of the terminal (after a panic, what was left of a frame must not reach it).
#[derive(Default)]
struct LocalOut {
    pending: Vec<u8>,
}

impl Write for LocalOut {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let bytes = std::mem::take(&mut self.pending);
        if !ACTIVE.load(Ordering::SeqCst) {
            return Ok(());
        }
        let mut out = io::stdout().lock();
        out.write_all(&bytes)?;
        out.flush()
    }
}

/// A burst is read in pieces of this size until nothing more is waiting or the batch holds
/// `MAX_BATCH` bytes (the rest is read straight after the frame).
const READ_SIZE: usize = 16 * 1024;
const MAX_BATCH: usize = 256 * 1024;

/// Standard input plus one self-pipe per signal the driver follows.
struct LocalSource {
    stop_signals: Vec<(i32, UnixStream, SigId)>,
    winch: (UnixStream, SigId),
    tstp: (UnixStream, SigId),
    cont: (UnixStream, SigId),
}

/// Where each descriptor is in what `LocalSource::wait` polls; the stop signals follow.
const STDIN: usize = 0;
const WINCH: usize = 1;
const TSTP: usize = 2;
const CONT: usize = 3;
const STOPS: usize = 4;

impl LocalSource {
    fn open() -> io::Result<LocalSource> {
        let mut stop_signals = Vec::new();
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            let (read, id) = signal_pipe(signal)?;
            stop_signals.push((signal, read, id));
        }
        Ok(LocalSource {
            stop_signals,
            winch: signal_pipe(SIGWINCH)?,
            tstp: signal_pipe(SIGTSTP)?,
            cont: signal_pipe(SIGCONT)?,
        })
    }

    fn wait(&self, timeout: Option<Duration>) -> io::Result<Vec<bool>> {
        let stdin = io::stdin();
        let deadline = timeout.map(|t| Instant::now() + t);
        loop {
            let mut fds = vec![PollFd::new(&stdin, PollFlags::IN)];
            for (read, _) in [&self.winch, &self.tstp, &self.cont] {
                fds.push(PollFd::new(read, PollFlags::IN));
            }
            for (_, read, _) in &self.stop_signals {
                fds.push(PollFd::new(read, PollFlags::IN));
            }
            let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
            let spec = left.map(|d| Timespec {
                tv_sec: d.as_secs() as _,
                tv_nsec: d.subsec_nanos().into(),
            });
            match poll(&mut fds, spec.as_ref()) {
                Ok(_) => return Ok(fds.iter().map(|f| !f.revents().is_empty()).collect()),
                Err(rustix::io::Errno::INTR) => continue,
                Err(e) => return Err(e.into()),
            }
        }
    }
}

impl EventSource for LocalSource {
    fn next_batch(&mut self, timeout: Option<Duration>) -> io::Result<Batch> {
        let ready = self.wait(timeout)?;
        let is_ready = |at: usize| ready.get(at).copied().unwrap_or(false);
        let mut batch = Batch::default();
        let mut stops = self.stop_signals.iter().zip(ready.iter().skip(STOPS));
        if let Some(((signal, read, _), _)) = stops.find(|(_, r)| **r) {
            drain_pipe(read);
            batch.ended = Some(Ending::Signal(*signal));
            return Ok(batch);
        }
        if is_ready(TSTP) {
            drain_pipe(&self.tstp.0);
            stop_until_continued()?;
        }
        if is_ready(TSTP) || is_ready(CONT) {
            // Whoever ran the shell meanwhile may have reset the modes and drawn over the screen.
            drain_pipe(&self.cont.0);
            take_terminal()?;
            batch.repaint = true;
            batch.resized = Some(window_size()?);
        }
        if is_ready(WINCH) {
            drain_pipe(&self.winch.0);
            batch.resized = Some(window_size()?);
        }
        if is_ready(STDIN) && read_available(&mut batch.bytes)? {
            batch.ended = Some(Ending::Hangup);
        }
        Ok(batch)
    }
}

impl Drop for LocalSource {
    fn drop(&mut self) {
        for (_, _, id) in &self.stop_signals {
            unregister(*id);
        }
        for (_, id) in [&self.winch, &self.tstp, &self.cont] {
            unregister(*id);
        }
    }
}

/// Gives the terminal back as the shell left it, then stops the process as SIGTSTP would
/// have; returns once it is continued.
fn stop_until_continued() -> io::Result<()> {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let mut out = io::stdout().lock();
        out.write_all(ansi::LEAVE)?;
        out.flush()?;
    }
    terminal::disable_raw_mode()?;
    emulate_default_handler(SIGTSTP)
}

/// Raw mode again, even where it was on before: a shell may have reset the modes while the
/// process was stopped, and crossterm does nothing for a terminal it believes is raw.
fn take_terminal() -> io::Result<()> {
    terminal::disable_raw_mode()?;
    terminal::enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    Ok(())
}

/// A pipe that `signal` writes a byte to; the read end, non-blocking.
fn signal_pipe(signal: i32) -> io::Result<(UnixStream, SigId)> {
    let (read, write) = UnixStream::pair()?;
    read.set_nonblocking(true)?;
    let id = pipe::register(signal, write)?;
    Ok((read, id))
}

fn drain_pipe(mut read: &UnixStream) {
    let mut buf = [0u8; 64];
    while matches!(io::Read::read(&mut read, &mut buf), Ok(n) if n > 0) {}
}

/// Reads everything standard input has waiting into `into`; true at its end (the terminal
/// went away).
fn read_available(into: &mut Vec<u8>) -> io::Result<bool> {
    let stdin = io::stdin();
    let mut buf = vec![0u8; READ_SIZE];
    loop {
        match rustix::io::read(&stdin, &mut buf[..]) {
            Ok(0) => return Ok(true),
            Ok(n) => into.extend_from_slice(&buf[..n]),
            Err(rustix::io::Errno::INTR) => continue,
            Err(rustix::io::Errno::AGAIN) => return Ok(false),
            // A terminal whose other side hung up reads as an I/O error.
            Err(rustix::io::Errno::IO) => return Ok(true),
            Err(e) => return Err(e.into()),
        }
        if into.len() >= MAX_BATCH || !readable_now(&stdin)? {
            return Ok(false);
        }
    }
}

fn readable_now(stdin: &io::Stdin) -> io::Result<bool> {
    let mut fds = [PollFd::new(stdin, PollFlags::IN)];
    let zero = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    Ok(poll(&mut fds, Some(&zero))? > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_usable_terminal_needs_both_ends_and_a_term() {
        let xterm = Some(OsStr::new("xterm-256color"));
        assert_eq!(unusable_terminal(true, true, xterm), None);
        assert_eq!(
            unusable_terminal(false, true, xterm),
            Some("common-error-not-a-terminal")
        );
        assert_eq!(
            unusable_terminal(true, false, xterm),
            Some("common-error-not-a-terminal")
        );
        for term in [None, Some(OsStr::new("")), Some(OsStr::new("dumb"))] {
            assert_eq!(
                unusable_terminal(true, true, term),
                Some("common-error-dumb-terminal")
            );
        }
    }
}
