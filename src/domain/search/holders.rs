//! Which entries hold each character. Text can only stand in an entry that holds every one of
//! its characters, so most entries are passed over on a keystroke without being read.

/// A set of entries, by their place in the index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntrySet {
    bits: Vec<u64>,
}

impl EntrySet {
    fn none(entries: usize) -> EntrySet {
        EntrySet {
            bits: vec![0; entries.div_ceil(64)],
        }
    }

    fn all(entries: usize) -> EntrySet {
        let mut set = EntrySet::none(entries);
        for entry in 0..entries {
            set.insert(entry);
        }
        set
    }

    fn insert(&mut self, entry: usize) {
        if let Some(word) = self.bits.get_mut(entry / 64) {
            *word |= 1 << (entry % 64);
        }
    }

    pub fn contains(&self, entry: usize) -> bool {
        self.bits
            .get(entry / 64)
            .is_some_and(|word| word & (1 << (entry % 64)) != 0)
    }

    fn is_empty(&self) -> bool {
        self.bits.iter().all(|word| *word == 0)
    }

    fn keep_only(&mut self, other: &[u64]) {
        for (word, keep) in self.bits.iter_mut().zip(other) {
            *word &= keep;
        }
    }
}

/// For every character in some entry's text, the entries that hold it.
#[derive(Debug, Default)]
pub struct Holders {
    entries: usize,
    /// Every character held, sorted, so a query's characters are found by bisection.
    chars: Vec<char>,
    /// The set of `chars[i]` is `bits[i * words..(i + 1) * words]`.
    bits: Vec<u64>,
}

impl Holders {
    /// Holders of the characters of each text, the `i`th text being entry `i`'s.
    pub fn new(texts: &[&str]) -> Holders {
        let present = Present::new(texts);
        let words = texts.len().div_ceil(64);
        let mut bits = vec![0; present.chars.len() * words];
        for (entry, text) in texts.iter().enumerate() {
            for c in text.chars() {
                if let Some(i) = present.place(c) {
                    bits[i * words + entry / 64] |= 1 << (entry % 64);
                }
            }
        }
        Holders {
            entries: texts.len(),
            chars: present.chars,
            bits,
        }
    }

    /// The entries that hold every character of `text`.
    pub fn of_all(&self, text: &str) -> EntrySet {
        let words = self.entries.div_ceil(64);
        let mut set = EntrySet::all(self.entries);
        let mut previous = None;
        // A run of one character (a pasted row of 字) is looked up once.
        for c in text.chars().filter(|c| previous.replace(*c) != Some(*c)) {
            let Ok(i) = self.chars.binary_search(&c) else {
                return EntrySet::none(self.entries);
            };
            set.keep_only(&self.bits[i * words..(i + 1) * words]);
            if set.is_empty() {
                break;
            }
        }
        set
    }
}

/// Characters of the Basic Multilingual Plane (where all of Chinese and Mongolian is) as
/// bits, with the count of bits before each word: a character's place among those present is
/// a count of bits away, where a search among hundreds of them would be ten steps per
/// character of every text.
struct Present {
    plane: Vec<u64>,
    before: Vec<usize>,
    /// Every character present, sorted.
    chars: Vec<char>,
}

/// Characters in the Basic Multilingual Plane.
const PLANE: usize = 0x10000;

impl Present {
    fn new(texts: &[&str]) -> Present {
        let mut plane = vec![0u64; PLANE / 64];
        let mut beyond: Vec<char> = Vec::new();
        for c in texts.iter().flat_map(|t| t.chars()) {
            match plane.get_mut(c as usize / 64) {
                Some(word) => *word |= 1 << (c as usize % 64),
                None => beyond.push(c),
            }
        }
        beyond.sort_unstable();
        beyond.dedup();
        let mut before = Vec::with_capacity(plane.len());
        let mut chars = Vec::new();
        for (at, word) in plane.iter().enumerate() {
            before.push(chars.len());
            let set = (0..64).filter(|bit| word & (1 << bit) != 0);
            chars.extend(set.filter_map(|bit| char::from_u32((at * 64 + bit) as u32)));
        }
        chars.extend(beyond);
        Present {
            plane,
            before,
            chars,
        }
    }

    /// Where `c` stands in `chars`, if it is there.
    fn place(&self, c: char) -> Option<usize> {
        let (at, bit) = (c as usize / 64, c as usize % 64);
        match (self.plane.get(at), self.before.get(at)) {
            (Some(word), Some(before)) => {
                let below = word & ((1 << bit) - 1);
                (word & (1 << bit) != 0).then(|| before + below.count_ones() as usize)
            }
            _ => self.chars.binary_search(&c).ok(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_entry_holds_what_its_text_has() {
        let holders = Holders::new(&["低保", "残疾人", "低收入", "ᠮᠣᠩᠭᠣᠯ"]);
        let members = |q: &str| {
            let set = holders.of_all(q);
            (0..5).filter(|e| set.contains(*e)).collect::<Vec<_>>()
        };
        assert_eq!(members("低"), [0, 2]);
        assert_eq!(members("保低"), [0]);
        assert_eq!(members("低残"), Vec::<usize>::new());
        assert_eq!(members("ᠣ"), [3]);
        assert_eq!(members("x"), Vec::<usize>::new());
        assert_eq!(members(""), [0, 1, 2, 3]);
    }

    proptest! {
        /// Past one word of entries, and with characters beyond the Basic Multilingual Plane: the
        /// sets hold exactly the entries whose text has every character of the query.
        #[test]
        fn sets_are_exact(texts in prop::collection::vec("[abc低保ᠮ𠀀😀]{0,6}", 0..150), query in "[abc低保ᠮ𠀀😀]{0,3}") {
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            let holders = Holders::new(&texts);
            let set = holders.of_all(&query);
            for (entry, text) in texts.iter().enumerate() {
                let holds = query.chars().all(|c| text.contains(c));
                prop_assert_eq!(set.contains(entry), holds, "{} {:?}", entry, text);
            }
        }
    }
}
