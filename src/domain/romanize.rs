//! Phonetic search keys: every reading of each Hanzi (pinyin, heteronyms included) and a Latin
//! transliteration of traditional-script Mongolian, matched by full syllables, initials or both.
//!
//! Mongolian transliteration (documented in README): ᠠ a, ᠡ e, ᠢ i, ᠣ o, ᠤ u/o, ᠥ ö→o/u,
//! ᠦ ü→u/o, ᠨ n, ᠩ ng, ᠪ b, ᠫ p, ᠬ h/q/x, ᠭ g, ᠮ m, ᠯ l, ᠰ s, ᠱ sh, ᠲ t, ᠳ d, ᠴ ch/c, ᠵ j,
//! ᠶ y, ᠷ r, ᠸ w/v, ᠹ f, ᠺ ᠻ k, ᠼ ts, ᠽ z, ᠾ h, ᡁ zh, ᡂ ch. The vowel pairs that share one
//! written form are folded both ways so a clerk need not know which one a word uses.
use pinyin::ToPinyinMulti;

#[cfg(test)]
mod plain_walk;
mod walk;

use walk::Walk;

/// The readings of one written unit (a Hanzi, a Mongolian letter, an ASCII letter or digit).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Unit {
    readings: Vec<String>,
    /// The letters its readings can start with, as a [`letter_mask`].
    initials: u64,
}

impl Unit {
    fn new(readings: Vec<String>) -> Unit {
        let initials = readings
            .iter()
            .filter_map(|r| r.bytes().next())
            .fold(0, |m, b| m | letter_bit(b));
        Unit { readings, initials }
    }
}

/// One bit per ASCII letter or digit; 0 for anything else.
fn letter_bit(b: u8) -> u64 {
    match b {
        b'a'..=b'z' => 1 << (b - b'a'),
        b'0'..=b'9' => 1 << (26 + b - b'0'),
        _ => 0,
    }
}

/// The set of letters and digits in `bytes`.
fn letter_mask(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0, |m, b| m | letter_bit(*b))
}

/// A string turned into units that an ASCII query can be matched against.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PhoneticKey {
    units: Vec<Unit>,
    /// The longest query that could possibly match: a cheap bound for hostile input.
    max_query: usize,
    /// Every letter any reading contains: a query with another letter cannot match.
    letters: u64,
    /// Every letter a unit's readings can start with: a query must start with one of them.
    initials: u64,
}

/// Where a query matched in a key, counted in units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhoneticMatch {
    pub start: usize,
    /// The query covered the key from its first unit to its last.
    pub whole: bool,
}

fn mongolian_readings(c: char) -> Option<&'static [&'static str]> {
    Some(match c {
        'ᠠ' => &["a"],
        'ᠡ' | 'ᠧ' => &["e"],
        'ᠢ' => &["i"],
        'ᠣ' => &["o", "u"],
        'ᠤ' => &["u", "o"],
        'ᠥ' => &["o", "u"],
        'ᠦ' => &["u", "o"],
        'ᠨ' => &["n"],
        'ᠩ' => &["ng"],
        'ᠪ' => &["b"],
        'ᠫ' => &["p"],
        'ᠬ' => &["h", "q", "x"],
        'ᠭ' => &["g"],
        'ᠮ' => &["m"],
        'ᠯ' => &["l"],
        'ᠰ' => &["s"],
        'ᠱ' => &["sh"],
        'ᠲ' => &["t"],
        'ᠳ' => &["d"],
        'ᠴ' => &["ch", "c"],
        'ᠵ' => &["j"],
        'ᠶ' => &["y"],
        'ᠷ' => &["r"],
        'ᠸ' => &["w", "v"],
        'ᠹ' => &["f"],
        'ᠺ' | 'ᠻ' => &["k"],
        'ᠼ' => &["ts", "c"],
        'ᠽ' => &["z"],
        'ᠾ' => &["h"],
        'ᡁ' => &["zh"],
        'ᡂ' => &["ch"],
        _ => return None,
    })
}

fn hanzi_readings(c: char) -> Option<Vec<String>> {
    let multi = c.to_pinyin_multi()?;
    let mut out: Vec<String> = Vec::new();
    for reading in multi {
        let plain = reading.plain();
        let variants = if plain.contains('ü') {
            vec![plain.replace('ü', "v"), plain.replace('ü', "u")]
        } else {
            vec![plain.to_string()]
        };
        for v in variants {
            if !out.contains(&v) {
                out.push(v);
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

fn unit_of(c: char) -> Option<Unit> {
    if c.is_ascii_alphanumeric() {
        return Some(Unit::new(vec![c.to_ascii_lowercase().to_string()]));
    }
    if let Some(readings) = mongolian_readings(c) {
        return Some(Unit::new(readings.iter().map(|r| r.to_string()).collect()));
    }
    hanzi_readings(c).map(Unit::new)
}

impl PhoneticKey {
    /// Units for every Hanzi, Mongolian letter and ASCII letter or digit; the rest is skipped.
    pub fn new(s: &str) -> PhoneticKey {
        let units: Vec<Unit> = s.chars().filter_map(unit_of).collect();
        let max_query = units
            .iter()
            .map(|u| u.readings.iter().map(String::len).max().unwrap_or(0))
            .sum();
        let letters = units
            .iter()
            .flat_map(|u| &u.readings)
            .fold(0, |m, r| m | letter_mask(r.as_bytes()));
        let initials = units.iter().fold(0, |m, u| m | u.initials);
        PhoneticKey {
            units,
            max_query,
            letters,
            initials,
        }
    }

    pub fn len(&self) -> usize {
        self.units.len()
    }

    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// The first reading of each unit joined: the canonical romanisation.
    pub fn romanised(&self) -> String {
        self.units
            .iter()
            .filter_map(|u| u.readings.first())
            .map(String::as_str)
            .collect()
    }

    /// The earliest place where `query` (lowercase ASCII, no spaces) matches, preferring a match
    /// that covers the whole key when it starts at the first unit.
    pub fn find(&self, query: &str) -> Option<PhoneticMatch> {
        self.find_query(&mut PhoneticQuery::new(query))
    }

    /// As [`PhoneticKey::find`], for a query matched against many keys.
    pub fn find_query(&self, query: &mut PhoneticQuery) -> Option<PhoneticMatch> {
        let PhoneticQuery {
            text,
            letters,
            first,
            walk,
        } = query;
        let bytes = text.as_bytes();
        if bytes.len() > self.max_query
            || *letters & !self.letters != 0
            || self.initials & *first == 0
        {
            return None;
        }
        walk.reset(self.units.len(), bytes.len());
        let mut starts = (0..self.units.len()).filter(|i| self.units[*i].initials & *first != 0);
        starts.find_map(|start| {
            let whole = walk.reach_from(self, start, bytes)?;
            Some(PhoneticMatch {
                start,
                whole: start == 0 && whole,
            })
        })
    }
}

/// A query to match against many keys: its letters worked out once, and the room its walk
/// needs kept from key to key.
#[derive(Debug)]
pub struct PhoneticQuery {
    text: String,
    letters: u64,
    /// The letter it starts with, as a [`letter_bit`]; 0 when empty or not a letter or digit,
    /// which no key starts with.
    first: u64,
    walk: Walk,
}

impl PhoneticQuery {
    pub fn new(query: &str) -> PhoneticQuery {
        let bytes = query.as_bytes();
        PhoneticQuery {
            text: query.to_owned(),
            letters: letter_mask(bytes),
            first: bytes.first().map_or(0, |b| letter_bit(*b)),
            walk: Walk::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> PhoneticKey {
        PhoneticKey::new(s)
    }

    #[test]
    fn initials_find_a_name_inside() {
        let m = key("免费义务教育").find("ywjy").unwrap();
        assert_eq!(
            m,
            PhoneticMatch {
                start: 2,
                whole: false
            }
        );
    }

    #[test]
    fn full_pinyin_initials_and_mixtures_all_match() {
        let k = key("低保");
        for q in ["dibao", "db", "dib", "dbao", "dba"] {
            assert_eq!(
                k.find(q),
                Some(PhoneticMatch {
                    start: 0,
                    whole: true
                }),
                "{q}"
            );
        }
        assert_eq!(
            k.find("d"),
            Some(PhoneticMatch {
                start: 0,
                whole: false
            })
        );
        assert_eq!(k.find("xyz"), None);
        assert_eq!(k.find("dibaoz"), None);
    }

    #[test]
    fn heteronyms_are_all_searchable() {
        // 调 reads tiao in 调解 and diao elsewhere; both must find it.
        assert!(key("调解").find("tiaojie").is_some());
        assert!(key("调解").find("diaojie").is_some());
        assert!(key("重度").find("zhongdu").is_some());
    }

    #[test]
    fn digraph_initials_count_as_one() {
        assert!(key("生活").find("shh").is_some());
        assert!(key("生活").find("sh").is_some());
    }

    #[test]
    fn mongolian_transliterates_and_matches() {
        let k = key("ᠮᠣᠩᠭᠣᠯ");
        assert_eq!(k.romanised(), "monggol");
        assert_eq!(
            k.find("monggol"),
            Some(PhoneticMatch {
                start: 0,
                whole: true
            })
        );
        assert_eq!(k.find("munggul").map(|m| m.whole), Some(true));
        assert_eq!(key("ᠬᠣᠲᠠ").find("hota").map(|m| m.whole), Some(true));
        assert_eq!(key("ᠬᠣᠲᠠ").find("qota").map(|m| m.whole), Some(true));
    }

    #[test]
    fn digits_and_latin_in_names_are_units() {
        assert!(key("“12333”人力资源").find("12333rl").is_some());
    }

    #[test]
    fn a_long_query_fails_fast() {
        let long = "a".repeat(10_000);
        assert_eq!(key("免费义务教育").find(&long), None);
    }
}
