//! Terminal input as bytes, turned into keys and pastes. Any transport feeds it what it read
//! (a local terminal, an SSH channel later); it keeps an unfinished sequence for the next
//! read, and is told when no more is coming soon, so a lone Esc can be told from the start of
//! an escape sequence. `Esc` followed at once by another escape sequence is two keys.
use ratatui::layout::Size;

use super::keys::{Key, KeyCode, Mods};

/// What a session is given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Key(Key),
    /// Text pasted in one piece (bracketed paste), not yet cleaned.
    Paste(String),
    /// The window is now this size.
    Resize(Size),
}

const ESC: u8 = 0x1b;
const PASTE_END: &[u8] = b"\x1b[201~";
/// A paste beyond this is cut; the longest field takes a few hundred characters.
const MAX_PASTE_BYTES: usize = 64 * 1024;
/// An escape sequence longer than this is garbage, not something still arriving.
const MAX_SEQUENCE_BYTES: usize = 64;

#[derive(Debug, Default)]
pub struct InputParser {
    /// Bytes read but not yet parsed: the start of a sequence still arriving.
    held: Vec<u8>,
    /// Text of a bracketed paste still arriving.
    paste: Option<Vec<u8>>,
    /// The last key was a carriage return: a line feed right after it is the same Enter.
    after_cr: bool,
}

/// What the front of the held bytes is.
enum Parsed {
    Key(Key, usize),
    PasteStart(usize),
    /// Bytes that mean nothing here (a mouse report, a malformed sequence).
    Skip(usize),
    /// The start of something that needs more bytes.
    Incomplete,
}

impl InputParser {
    /// Parses `bytes` after whatever was held back, holding back an unfinished sequence.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Input> {
        self.held.extend_from_slice(bytes);
        self.parse(false)
    }

    /// True while something is held that more bytes would complete.
    pub fn pending(&self) -> bool {
        !self.held.is_empty() || self.paste.is_some()
    }

    /// Nothing more came for a while: what is held is taken as it stands. A lone Esc is the
    /// Esc key; an unfinished sequence is dropped; an unfinished paste ends here.
    pub fn flush(&mut self) -> Vec<Input> {
        self.parse(true)
    }

    fn parse(&mut self, complete: bool) -> Vec<Input> {
        let mut out = Vec::new();
        let mut at = 0;
        loop {
            if self.paste.is_some() {
                at = self.take_paste(at, complete, &mut out);
                if self.paste.is_some() {
                    break;
                }
                continue;
            }
            let Some(&first) = self.held.get(at) else {
                break;
            };
            let parsed = parse_one(&self.held[at..], complete);
            match parsed {
                Parsed::Key(key, used) => {
                    let same_enter = self.after_cr && first == b'\n';
                    self.after_cr = first == b'\r';
                    if !same_enter {
                        out.push(Input::Key(key));
                    }
                    at += used;
                }
                Parsed::PasteStart(used) => {
                    self.paste = Some(Vec::new());
                    at += used;
                }
                Parsed::Skip(used) => at += used.max(1),
                Parsed::Incomplete => break,
            }
        }
        self.held.drain(..at.min(self.held.len()));
        out
    }

    /// Moves pasted bytes from `held[at..]` into the paste; returns where parsing goes on.
    fn take_paste(&mut self, at: usize, complete: bool, out: &mut Vec<Input>) -> usize {
        let rest = &self.held[at..];
        let (body, next, ended) = match memchr::memmem::find(rest, PASTE_END) {
            Some(end) => (&rest[..end], at + end + PASTE_END.len(), true),
            None if complete => (rest, self.held.len(), true),
            // Keep back what could be the start of the end marker.
            None => {
                let keep = rest.len().min(PASTE_END.len() - 1);
                let body = &rest[..rest.len() - keep];
                (body, at + body.len(), false)
            }
        };
        if let Some(paste) = self.paste.as_mut() {
            let room = MAX_PASTE_BYTES.saturating_sub(paste.len());
            paste.extend_from_slice(&body[..body.len().min(room)]);
        }
        if ended {
            if let Some(paste) = self.paste.take() {
                out.push(Input::Paste(String::from_utf8_lossy(&paste).into_owned()));
            }
        }
        next
    }
}

fn key(code: KeyCode) -> Key {
    Key::plain(code)
}

fn parse_one(buf: &[u8], complete: bool) -> Parsed {
    match buf[0] {
        ESC => parse_escape(buf, complete),
        b'\r' | b'\n' => Parsed::Key(key(KeyCode::Enter), 1),
        b'\t' => Parsed::Key(key(KeyCode::Tab), 1),
        0x7f | 0x08 => Parsed::Key(key(KeyCode::Backspace), 1),
        0x00 => Parsed::Skip(1),
        c @ 0x01..=0x1a => Parsed::Key(Key::ctrl(char::from(c - 1 + b'a')), 1),
        c @ 0x1c..=0x1f => Parsed::Key(Key::ctrl(char::from(c - 0x1c + b'4')), 1),
        _ => parse_utf8(buf, complete),
    }
}

fn parse_utf8(buf: &[u8], complete: bool) -> Parsed {
    let len = match buf[0] {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return Parsed::Skip(1),
    };
    if buf.len() < len {
        return if complete {
            Parsed::Skip(buf.len())
        } else {
            Parsed::Incomplete
        };
    }
    match std::str::from_utf8(&buf[..len])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => Parsed::Key(key(KeyCode::Char(c)), len),
        None => Parsed::Skip(1),
    }
}

fn parse_escape(buf: &[u8], complete: bool) -> Parsed {
    let Some(&second) = buf.get(1) else {
        return if complete {
            Parsed::Key(key(KeyCode::Esc), 1)
        } else {
            Parsed::Incomplete
        };
    };
    match second {
        // Esc, then another sequence: the first Esc is a key of its own.
        ESC => Parsed::Key(key(KeyCode::Esc), 1),
        b'[' => parse_csi(buf, complete),
        b'O' => parse_ss3(buf, complete),
        _ => match parse_one(&buf[1..], complete) {
            Parsed::Key(k, used) => Parsed::Key(k.with(Mods::ALT), used + 1),
            Parsed::Incomplete => Parsed::Incomplete,
            _ => Parsed::Key(key(KeyCode::Esc), 1),
        },
    }
}

/// `ESC O x`: F1–F4 and the cursor keys in application mode.
fn parse_ss3(buf: &[u8], complete: bool) -> Parsed {
    let Some(&last) = buf.get(2) else {
        return if complete {
            Parsed::Skip(buf.len())
        } else {
            Parsed::Incomplete
        };
    };
    let code = match last {
        b'M' => KeyCode::Enter,
        _ => match final_letter_key(last) {
            Some(code) => code,
            None => return Parsed::Skip(3),
        },
    };
    Parsed::Key(key(code), 3)
}

/// The keys both `ESC O x` and `ESC [ … x` name by their final letter: F1–F4 and the cursor
/// keys.
fn final_letter_key(last: u8) -> Option<KeyCode> {
    Some(match last {
        b'P'..=b'S' => KeyCode::F(1 + last - b'P'),
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        _ => return None,
    })
}

/// `ESC [ params final`.
fn parse_csi(buf: &[u8], complete: bool) -> Parsed {
    // The Linux console's F1–F5: `ESC [ [ A` … `ESC [ [ E`.
    if buf.get(2) == Some(&b'[') {
        return match buf.get(3) {
            Some(&c @ b'A'..=b'E') => Parsed::Key(key(KeyCode::F(1 + c - b'A')), 4),
            Some(_) => Parsed::Skip(3),
            None if complete => Parsed::Skip(buf.len()),
            None => Parsed::Incomplete,
        };
    }
    for (i, &b) in buf.iter().enumerate().skip(2) {
        match b {
            0x20..=0x3f => {}
            0x40..=0x7e => return decode_csi(&buf[2..i], b, i + 1),
            // Not part of a sequence: drop what came before it and read it afresh.
            _ => return Parsed::Skip(i),
        }
        if i >= MAX_SEQUENCE_BYTES {
            return Parsed::Skip(i);
        }
    }
    if complete {
        Parsed::Skip(buf.len())
    } else {
        Parsed::Incomplete
    }
}

fn decode_csi(params: &[u8], last: u8, used: usize) -> Parsed {
    // Private sequences (`<` mouse reports, `?` replies) are never keys.
    if params
        .first()
        .is_some_and(|b| matches!(b, b'<' | b'=' | b'>' | b'?'))
    {
        return Parsed::Skip(used);
    }
    let numbers: Vec<u16> = params
        .split(|b| *b == b';')
        .map(|p| {
            let digits = p.split(|b| *b == b':').next().unwrap_or_default();
            std::str::from_utf8(digits)
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(1)
        })
        .collect();
    let first = numbers.first().copied().unwrap_or(1);
    let mods = Mods::from_xterm(numbers.get(1).copied().unwrap_or(1));
    let code = match last {
        b'Z' => KeyCode::BackTab,
        b'~' => match tilde_key(first) {
            Some(code) => code,
            None if first == 200 => return Parsed::PasteStart(used),
            None => return Parsed::Skip(used),
        },
        b'u' => match char::from_u32(u32::from(first)) {
            Some('\r') => KeyCode::Enter,
            Some('\t') => KeyCode::Tab,
            Some('\u{1b}') => KeyCode::Esc,
            Some('\u{7f}') => KeyCode::Backspace,
            Some(c) if !c.is_control() => KeyCode::Char(c),
            _ => return Parsed::Skip(used),
        },
        _ => match final_letter_key(last) {
            Some(code) => code,
            None => return Parsed::Skip(used),
        },
    };
    Parsed::Key(Key { code, mods }, used)
}

/// `ESC [ n ~` keys.
fn tilde_key(n: u16) -> Option<KeyCode> {
    Some(match n {
        1 | 7 => KeyCode::Home,
        2 => KeyCode::Insert,
        3 => KeyCode::Delete,
        4 | 8 => KeyCode::End,
        5 => KeyCode::PageUp,
        6 => KeyCode::PageDown,
        11..=15 => KeyCode::F((n - 10) as u8),
        17..=21 => KeyCode::F((n - 11) as u8),
        23 | 24 => KeyCode::F((n - 12) as u8),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(inputs: &[Input]) -> Vec<Key> {
        inputs
            .iter()
            .filter_map(|i| match i {
                Input::Key(k) => Some(*k),
                _ => None,
            })
            .collect()
    }

    fn plain(code: KeyCode) -> Key {
        Key::plain(code)
    }

    #[test]
    fn esc_then_f1_at_once_is_two_keys_not_typed_letters() {
        let mut p = InputParser::default();
        let got = p.feed(b"\x1b\x1bOP");
        assert_eq!(keys(&got), [plain(KeyCode::Esc), plain(KeyCode::F(1))]);
        assert!(!p.pending());
        let got = p.feed(b"\x1b\x1b[A\x1b\x1b[15~");
        assert_eq!(
            keys(&got),
            [
                plain(KeyCode::Esc),
                plain(KeyCode::Up),
                plain(KeyCode::Esc),
                plain(KeyCode::F(5))
            ]
        );
    }

    #[test]
    fn a_lone_esc_waits_for_more_then_is_the_esc_key() {
        let mut p = InputParser::default();
        assert!(p.feed(b"\x1b").is_empty());
        assert!(p.pending());
        assert_eq!(keys(&p.flush()), [plain(KeyCode::Esc)]);
        assert!(!p.pending());
    }

    #[test]
    fn a_sequence_split_across_reads_is_one_key() {
        let mut p = InputParser::default();
        assert!(p.feed(b"\x1b[1").is_empty());
        assert!(p.feed(b";5").is_empty());
        assert_eq!(keys(&p.feed(b"A")), [plain(KeyCode::Up).with(Mods::CTRL)]);
        assert!(p.feed("低".as_bytes().get(..2).unwrap()).is_empty());
        assert_eq!(
            keys(&p.feed("低".as_bytes().get(2..).unwrap())),
            [plain(KeyCode::Char('低'))]
        );
    }

    #[test]
    fn function_keys_arrows_and_editing_keys_in_their_common_spellings() {
        let mut p = InputParser::default();
        let got = p.feed(b"\x1bOQ\x1b[12~\x1b[[C\x1b[1;2R\x1b[H\x1b[4~\x1b[5~\x1b[6~\x1b[Z\x1b[3~");
        assert_eq!(
            keys(&got),
            [
                plain(KeyCode::F(2)),
                plain(KeyCode::F(2)),
                plain(KeyCode::F(3)),
                plain(KeyCode::F(3)).with(Mods::SHIFT),
                plain(KeyCode::Home),
                plain(KeyCode::End),
                plain(KeyCode::PageUp),
                plain(KeyCode::PageDown),
                plain(KeyCode::BackTab),
                plain(KeyCode::Delete),
            ]
        );
    }

    #[test]
    fn control_keys_enter_and_text() {
        let mut p = InputParser::default();
        let got = p.feed("\x11\x15\t\x7fa低\r\n\r".as_bytes());
        assert_eq!(
            keys(&got),
            [
                Key::ctrl('q'),
                Key::ctrl('u'),
                plain(KeyCode::Tab),
                plain(KeyCode::Backspace),
                plain(KeyCode::Char('a')),
                plain(KeyCode::Char('低')),
                plain(KeyCode::Enter),
                plain(KeyCode::Enter),
            ]
        );
    }

    #[test]
    fn alt_and_a_key_is_that_key_with_alt() {
        let mut p = InputParser::default();
        assert_eq!(
            keys(&p.feed(b"\x1bx")),
            [plain(KeyCode::Char('x')).with(Mods::ALT)]
        );
    }

    #[test]
    fn a_bracketed_paste_is_one_input_however_it_is_split() {
        let mut p = InputParser::default();
        let text = "最低生活保障\u{1b}[2J".repeat(300);
        let mut bytes = b"\x1b[200~".to_vec();
        bytes.extend_from_slice(text.as_bytes());
        bytes.extend_from_slice(b"\x1b[201~j");
        let mut got = Vec::new();
        for chunk in bytes.chunks(1000) {
            got.extend(p.feed(chunk));
        }
        assert_eq!(
            got,
            [Input::Paste(text), Input::Key(plain(KeyCode::Char('j')))]
        );
        assert!(!p.pending());
    }

    #[test]
    fn a_paste_is_capped_and_one_without_an_end_ends_when_input_stops() {
        let mut p = InputParser::default();
        let mut bytes = b"\x1b[200~".to_vec();
        bytes.extend(std::iter::repeat_n(b'a', MAX_PASTE_BYTES + 10));
        assert!(p.feed(&bytes).is_empty());
        assert!(p.pending());
        let got = p.flush();
        assert!(matches!(&got[..], [Input::Paste(t)] if t.len() == MAX_PASTE_BYTES));
    }

    #[test]
    fn mouse_reports_replies_and_garbage_are_not_keys() {
        let mut p = InputParser::default();
        let got = p.feed(b"\x1b[<0;3;4M\x1b[?1;2c\x1b[99~\xff\x1b[1;2\x07x");
        assert_eq!(keys(&got), [Key::ctrl('g'), plain(KeyCode::Char('x'))]);
    }

    #[test]
    fn an_unfinished_sequence_is_dropped_when_input_stops() {
        let mut p = InputParser::default();
        assert!(p.feed(b"\x1b[1;5").is_empty());
        assert!(p.flush().is_empty());
        assert!(!p.pending());
        assert_eq!(keys(&p.feed(b"a")), [plain(KeyCode::Char('a'))]);
    }

    #[test]
    fn nothing_is_lost_in_a_long_burst() {
        let mut p = InputParser::default();
        let burst: Vec<u8> = b"ab\x1b[B".repeat(1000);
        assert_eq!(p.feed(&burst).len(), 3000);
    }
}
