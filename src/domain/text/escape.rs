//! Removes terminal escape sequences (ECMA-48 CSI, the OSC/DCS/SOS/PM/APC strings and the short
//! ESC sequences, in their 7-bit and 8-bit forms) so outside text cannot move the cursor,
//! recolour the screen, retitle the window or write to the clipboard.
use std::borrow::Cow;
use std::iter::Peekable;
use std::str::Chars;

const ESC: char = '\u{1b}';
const BEL: char = '\u{7}';
/// The 8-bit String Terminator.
const ST: char = '\u{9c}';
/// The 8-bit Control Sequence Introducer.
const CSI: char = '\u{9b}';

/// What an introducer starts.
enum Sequence {
    /// Parameters and intermediates, then one final byte.
    Control,
    /// Any text up to BEL or a String Terminator.
    String,
    /// Intermediates, then one final byte.
    Short,
    /// A lone ESC before something that starts no sequence: only the ESC goes.
    Lone,
}

fn starts_sequence(c: char) -> bool {
    c == ESC || ('\u{80}'..='\u{9f}').contains(&c)
}

/// `s` without escape sequences; borrowed when there were none.
pub fn strip_escape_sequences(s: &str) -> Cow<'_, str> {
    if !s.chars().any(starts_sequence) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match introduced(c, &mut chars) {
            None => out.push(c),
            Some(Sequence::Control) => skip_control(&mut chars),
            Some(Sequence::String) => skip_string(&mut chars),
            Some(Sequence::Short) => skip_short(&mut chars),
            Some(Sequence::Lone) => {}
        }
    }
    Cow::Owned(out)
}

/// The sequence `c` introduces, consuming the second character of a 7-bit introducer.
fn introduced(c: char, chars: &mut Peekable<Chars<'_>>) -> Option<Sequence> {
    match c {
        CSI => Some(Sequence::Control),
        '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => Some(Sequence::String),
        ESC => Some(match chars.peek() {
            Some('[') => {
                chars.next();
                Sequence::Control
            }
            Some(']' | 'P' | 'X' | '^' | '_') => {
                chars.next();
                Sequence::String
            }
            Some(' '..='~') => Sequence::Short,
            _ => Sequence::Lone,
        }),
        _ => None,
    }
}

/// Parameter and intermediate bytes, then the final byte. Anything else ends a malformed
/// sequence and is kept, so a stray `ESC [` does not swallow the text after it.
fn skip_control(chars: &mut Peekable<Chars<'_>>) {
    while let Some(&c) = chars.peek() {
        match c {
            ' '..='?' => {
                chars.next();
            }
            '@'..='~' => {
                chars.next();
                return;
            }
            _ => return,
        }
    }
}

/// Up to BEL, ESC \ or ST. An ESC before anything else also ends the string and then starts
/// a sequence of its own; an unterminated string runs to the end of the text.
fn skip_string(chars: &mut Peekable<Chars<'_>>) {
    while let Some(&c) = chars.peek() {
        match c {
            BEL | ST => {
                chars.next();
                return;
            }
            ESC => {
                chars.next();
                if chars.peek() == Some(&'\\') {
                    chars.next();
                    return;
                }
                if let Some(sequence) = introduced(ESC, chars) {
                    skip(sequence, chars);
                }
                return;
            }
            _ => {
                chars.next();
            }
        }
    }
}

fn skip(sequence: Sequence, chars: &mut Peekable<Chars<'_>>) {
    match sequence {
        Sequence::Control => skip_control(chars),
        Sequence::String => skip_string(chars),
        Sequence::Short => skip_short(chars),
        Sequence::Lone => {}
    }
}

/// ESC, intermediates (space to `/`), then one final byte (`0` to `~`): `ESC ( B`, `ESC 7`.
fn skip_short(chars: &mut Peekable<Chars<'_>>) {
    while chars.next_if(|c| (' '..='/').contains(c)).is_some() {}
    chars.next_if(|c| ('0'..='~').contains(c));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> String {
        strip_escape_sequences(s).into_owned()
    }

    #[test]
    fn control_sequences_go_and_the_text_stays() {
        assert_eq!(strip("低\u{1b}[31m保\u{1b}[0m"), "低保");
        assert_eq!(strip("a\u{1b}[?1049hb"), "ab");
        assert_eq!(strip("a\u{9b}2Jb"), "ab");
    }

    #[test]
    fn a_malformed_control_sequence_does_not_swallow_the_rest() {
        assert_eq!(strip("\u{1b}[12低保"), "低保");
        assert_eq!(strip("a\u{1b}[\u{1b}[31mb"), "ab");
    }

    #[test]
    fn strings_go_up_to_their_terminator() {
        assert_eq!(strip("a\u{1b}]0;title\u{7}b"), "ab");
        assert_eq!(strip("a\u{1b}]8;;http://x\u{1b}\\b"), "ab");
        assert_eq!(strip("a\u{1b}]52;c;aGk=\u{9c}b"), "ab");
        assert_eq!(strip("a\u{9d}0;t\u{7}b"), "ab");
        assert_eq!(strip("a\u{1b}Pq#0\u{1b}\\b"), "ab");
        assert_eq!(strip("a\u{1b}]0;unterminated"), "a");
    }

    #[test]
    fn short_sequences_go_whole() {
        assert_eq!(strip("a\u{1b}(Bb"), "ab");
        assert_eq!(strip("a\u{1b}7b\u{1b}8"), "ab");
        assert_eq!(strip("a\u{1b}cb"), "ab");
    }

    #[test]
    fn a_lone_escape_goes_alone() {
        assert_eq!(strip("a\u{1b}"), "a");
        assert_eq!(strip("\u{1b}低"), "低");
    }

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(
            strip_escape_sequences("ᠮᠣᠩᠭᠣᠯ 低保"),
            Cow::Borrowed(_)
        ));
    }
}
