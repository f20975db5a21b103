//! Drivers run a session over a transport: whatever delivers the terminal's bytes and size
//! changes (`EventSource`), and whatever takes the frames (`Write`). The local terminal is one
//! driver; an SSH channel is another of the same shape.
use std::collections::VecDeque;
use std::io::{self, Write};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::layout::Size;

use super::input::{Input, InputParser};
use super::render::render;
use super::session::{Effect, Session};

pub mod ansi;
#[cfg(unix)]
pub mod local;

pub use ansi::AnsiBackend;

/// How long a lone Esc waits for the rest of a sequence before it counts as the Esc key.
pub const ESCAPE_WAIT: Duration = Duration::from_millis(50);

/// Everything that has arrived since the last batch.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Batch {
    /// Every byte available now, not just one read's worth.
    pub bytes: Vec<u8>,
    pub resized: Option<Size>,
    /// The terminal's modes and contents may have changed behind the session's back (the
    /// process was stopped and continued): enter the modes again and draw every cell.
    pub repaint: bool,
    /// The transport is going away.
    pub ended: Option<Ending>,
}

impl Batch {
    pub fn bytes(bytes: impl Into<Vec<u8>>) -> Batch {
        Batch {
            bytes: bytes.into(),
            ..Batch::default()
        }
    }

    /// Nothing arrived within the time asked.
    pub fn is_idle(&self) -> bool {
        self.bytes.is_empty() && self.resized.is_none() && !self.repaint && self.ended.is_none()
    }
}

/// Why a session stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// The clerk quit.
    Quit,
    /// The other end went away (end of input, a dropped connection).
    Hangup,
    /// The process was asked to stop by this signal.
    Signal(i32),
}

/// Where a driver's input comes from.
pub trait EventSource {
    /// Waits up to `timeout` (for ever when `None`) for input, then returns everything that is
    /// available; an idle batch means the time ran out.
    fn next_batch(&mut self, timeout: Option<Duration>) -> io::Result<Batch>;
}

/// A terminal drawing into `out` at `size`.
pub fn terminal<W: Write>(out: W, size: Size) -> io::Result<Terminal<AnsiBackend<W>>> {
    Terminal::new(AnsiBackend::new(out, size))
}

/// Runs `session` until the clerk quits or the source ends: switches the terminal to the
/// alternate screen and bracketed paste, draws after every batch of input, and switches back.
pub fn run<S: EventSource, W: Write>(
    session: &mut Session,
    source: &mut S,
    terminal: &mut Terminal<AnsiBackend<W>>,
) -> io::Result<Ending> {
    terminal.backend_mut().writer_mut().write_all(ansi::ENTER)?;
    terminal.clear()?;
    let served = serve(session, source, terminal);
    let out = terminal.backend_mut().writer_mut();
    let restored = out.write_all(ansi::LEAVE).and_then(|()| out.flush());
    let ending = served?;
    match ending {
        // The other end may be gone already; there is no one left to tell.
        Ending::Hangup | Ending::Signal(_) => Ok(ending),
        Ending::Quit => restored.map(|()| ending),
    }
}

fn serve<S: EventSource, W: Write>(
    session: &mut Session,
    source: &mut S,
    terminal: &mut Terminal<AnsiBackend<W>>,
) -> io::Result<Ending> {
    let mut parser = InputParser::default();
    draw(session, terminal)?;
    loop {
        // A form with unsaved changes wants to settle (and save its draft) after a pause
        // in typing, when no key would wake the loop.
        let wait = match (parser.pending().then_some(ESCAPE_WAIT), session.wake_in()) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let batch = source.next_batch(wait)?;
        let mut inputs = Vec::new();
        if batch.repaint {
            terminal.backend_mut().writer_mut().write_all(ansi::ENTER)?;
            terminal.clear()?;
        }
        if let Some(size) = batch.resized {
            terminal.backend_mut().resize(size);
            inputs.push(Input::Resize(size));
        }
        if batch.is_idle() {
            inputs.extend(parser.flush());
        } else {
            inputs.extend(parser.feed(&batch.bytes));
        }
        if session.handle_all(inputs).contains(&Effect::Quit) {
            return Ok(Ending::Quit);
        }
        if let Some(ending) = batch.ended {
            session.shutdown();
            return Ok(ending);
        }
        draw(session, terminal)?;
    }
}

fn draw<W: Write>(session: &Session, terminal: &mut Terminal<AnsiBackend<W>>) -> io::Result<()> {
    terminal.draw(|frame| render(session, frame)).map(|_| ())
}

/// Input given in advance, one batch per wait; ends with a hang-up when it runs out. For
/// tests, benchmarks and replaying a recorded session.
#[derive(Debug, Default)]
pub struct ScriptedSource {
    batches: VecDeque<Batch>,
}

impl ScriptedSource {
    pub fn new(batches: impl IntoIterator<Item = Batch>) -> ScriptedSource {
        ScriptedSource {
            batches: batches.into_iter().collect(),
        }
    }
}

impl EventSource for ScriptedSource {
    fn next_batch(&mut self, _timeout: Option<Duration>) -> io::Result<Batch> {
        Ok(self.batches.pop_front().unwrap_or(Batch {
            ended: Some(Ending::Hangup),
            ..Batch::default()
        }))
    }
}
