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
    /// Holders of the characters of each text, the `i`th text being entry `i`'s. Built in
    /// two passes so that nothing larger than the result is held on the way.
    pub fn new(texts: &[&str]) -> Holders {
        let mut chars: Vec<char> = Vec::new();
        for text in texts {
            chars.extend(distinct(text));
            chars.sort_unstable();
            chars.dedup();
        }
        let words = texts.len().div_ceil(64);
        let mut bits = vec![0; chars.len() * words];
        for (entry, text) in texts.iter().enumerate() {
            for c in distinct(text) {
                if let Ok(i) = chars.binary_search(&c) {
                    bits[i * words + entry / 64] |= 1 << (entry % 64);
                }
            }
        }
        chars.shrink_to_fit();
        Holders {
            entries: texts.len(),
            chars,
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

/// The characters of `text`, each once, sorted.
fn distinct(text: &str) -> Vec<char> {
    let mut chars: Vec<char> = text.chars().collect();
    chars.sort_unstable();
    chars.dedup();
    chars
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
        /// Past one word of bits too: the sets hold exactly the entries whose text has every
        /// character of the query.
        #[test]
        fn sets_are_exact(texts in prop::collection::vec("[abc低保ᠮ]{0,6}", 0..150), query in "[abc低保ᠮ]{0,3}") {
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
