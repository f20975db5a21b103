//! Catalogue search: one query box, ranked exact name > everyday name > name prefix >
//! abbreviation > substring > text of other fields, over Chinese, pinyin (full or initials),
//! aliases, Mongolian script and its Latin transliteration. An everyday name said of several
//! items (社保, 医保) finds all of them, in catalogue order among equals.
use std::ops::Range;

use memchr::memmem;

use super::catalogue::{Catalogue, CatalogueItem, FieldKind, ItemId, Lang};
use super::romanize::{PhoneticKey, PhoneticQuery};
use super::text::{clean_input, menksoft_reading};

mod fold;
mod holders;
#[cfg(test)]
mod tests;

pub use fold::fold;
use fold::fold_into;
use holders::Holders;

/// Longest query the search box takes; longer input is cut here.
pub const MAX_QUERY_CHARS: usize = 100;

/// How well an item matched, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    /// The query is the item's name or id.
    Exact,
    /// The query is one of the item's everyday names (aliases): above another item's name
    /// that merely starts with it, so 义务教育 finds 免费义务教育 before 义务教育寄宿生生活补助.
    EverydayName,
    /// The name or id starts with the query.
    Prefix,
    /// An everyday name or abbreviation starts with the query.
    Abbreviation,
    /// The query stands inside a name or an everyday name.
    Substring,
    /// The query stands in another field: recipients, standard, department, …
    OtherField,
}

/// Why a query cannot be searched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QueryError {
    /// Nothing is left once control characters and spaces are removed.
    Empty,
    /// Longer than [`MAX_QUERY_CHARS`].
    TooLong,
}

/// A query from a script or a paste, cleaned; refused rather than cut when it is too long,
/// and refused as empty when nothing in it is matched on (a query of only spaces, dashes,
/// quotes or invisible characters would otherwise list every item).
pub fn clean_query(raw: &str) -> Result<String, QueryError> {
    let query = clean_input(raw);
    if fold(&query).is_empty() {
        return Err(QueryError::Empty);
    }
    if query.chars().count() > MAX_QUERY_CHARS {
        return Err(QueryError::TooLong);
    }
    Ok(query)
}

/// One search result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub id: ItemId,
    pub tier: Tier,
}

/// How well and where an item matched: tier, position, and the length of the name or alias
/// matched in units (0 for ids and other fields); the smallest wins.
type Rank = (Tier, usize, usize);

/// Ends every folded text in an entry's text. Folding drops all whitespace, so no folded
/// text or query holds it, and no match can run from one text into the next.
const END_OF_TEXT: char = '\n';

/// A name or alias prepared for matching both directly and phonetically.
#[derive(Debug)]
struct Key {
    /// Where its folded text stands in the entry's text.
    folded: Range<usize>,
    phonetic: PhoneticKey,
}

/// One item as search sees it: its folded texts and the readings of its names and aliases.
#[derive(Debug)]
struct Entry {
    id: ItemId,
    /// The folded id, names, aliases and other fields, each ended by [`END_OF_TEXT`]: one
    /// search tells whether a query stands anywhere in the item.
    text: String,
    id_key: Range<usize>,
    names: Vec<Key>,
    aliases: Vec<Key>,
    /// Mongolian names and aliases as a Menksoft input method's text reads once converted
    /// ([`menksoft_reading`]), with whether each is an alias: matched directly only, since
    /// their letters are glyph readings, not a spelling to transliterate.
    shape_readings: Vec<(Range<usize>, bool)>,
    other: Vec<Range<usize>>,
}

/// Precomputed keys for every catalogue item; build once, query on every keystroke.
#[derive(Debug, Default)]
pub struct SearchIndex {
    entries: Vec<Entry>,
    holders: Holders,
}

/// A query ready to match: folded text, and its readings when it can be read phonetically.
struct Query {
    folded: String,
    /// Built once per query: preparing a searcher for every haystack would cost more than
    /// the search itself.
    finder: memmem::Finder<'static>,
    readings: Option<PhoneticQuery>,
}

impl Query {
    /// Where and how well the query matches the key whose folded text is `folded`: directly
    /// (exact, prefix, substring), or else by its readings.
    fn match_key(&mut self, folded: &str, key: &Key) -> Option<(Tier, usize)> {
        self.match_text(folded).or_else(|| self.match_reading(key))
    }

    /// Where and how well the query matches the folded text `folded` directly.
    fn match_text(&self, folded: &str) -> Option<(Tier, usize)> {
        if folded == self.folded {
            return Some((Tier::Exact, 0));
        }
        if folded.starts_with(&self.folded) {
            return Some((Tier::Prefix, 0));
        }
        self.finder
            .find(folded.as_bytes())
            .map(|at| (Tier::Substring, at))
    }

    /// Where and how well the query matches the readings of `key`.
    fn match_reading(&mut self, key: &Key) -> Option<(Tier, usize)> {
        let m = key.phonetic.find_query(self.readings.as_mut()?)?;
        let tier = match (m.start, m.whole) {
            (0, true) => Tier::Exact,
            (0, false) => Tier::Prefix,
            _ => Tier::Substring,
        };
        Some((tier, m.start))
    }
}

/// The smallest rank offered.
#[derive(Default)]
struct Best(Option<Rank>);

impl Best {
    fn offer(&mut self, rank: Option<Rank>) {
        if let Some(rank) = rank {
            self.0 = Some(self.0.map_or(rank, |best| best.min(rank)));
        }
    }
}

/// An alias that matches whole is an everyday name; one that matches from its start, an
/// abbreviation.
fn alias_tier(tier: Tier) -> Tier {
    match tier {
        Tier::Exact => Tier::EverydayName,
        Tier::Prefix => Tier::Abbreviation,
        other => other,
    }
}

/// Folds texts into one entry text, each ended by [`END_OF_TEXT`], in room reused from item to
/// item so that each entry's text is allocated once, at its size.
struct EntryText<'a> {
    text: &'a mut String,
}

impl EntryText<'_> {
    fn push(&mut self, s: &str) -> Range<usize> {
        let start = self.text.len();
        fold_into(s, self.text);
        let end = self.text.len();
        self.text.push(END_OF_TEXT);
        start..end
    }

    fn key(&mut self, s: &str) -> Key {
        Key {
            folded: self.push(s),
            phonetic: PhoneticKey::new(s),
        }
    }
}

impl Entry {
    /// The entry of `item`, its text folded in `room`.
    fn new(catalogue: &Catalogue, item: &CatalogueItem, room: &mut String) -> Entry {
        room.clear();
        let mut text = EntryText { text: room };
        let id_key = text.push(&item.id.to_string());
        let names = Lang::ALL
            .iter()
            .map(|l| text.key(item.name.get(*l)))
            .collect();
        let aliases = Lang::ALL
            .iter()
            .flat_map(|l| item.aliases.get(*l))
            .map(|a| text.key(a))
            .collect();
        let mongolian = std::iter::once((item.name.get(Lang::Mn), false)).chain(
            item.aliases
                .get(Lang::Mn)
                .iter()
                .map(|a| (a.as_str(), true)),
        );
        let shape_readings = mongolian
            .filter_map(|(s, is_alias)| Some((text.push(&menksoft_reading(s)?), is_alias)))
            .collect();
        let fields = FieldKind::ALL.iter().filter_map(|k| item.field(*k));
        let mut other: Vec<Range<usize>> = fields
            .flat_map(|f| Lang::ALL.map(|l| f.text.get(l)))
            .map(|t| text.push(t))
            .collect();
        if let Some(domain) = catalogue.domain(item.domain()) {
            other.extend(Lang::ALL.map(|l| text.push(domain.name.get(l))));
        }
        Entry {
            id: item.id,
            text: text.text.as_str().to_owned(),
            id_key,
            names,
            aliases,
            shape_readings,
            other,
        }
    }

    /// The folded text at `span`, one of the spans this entry was built with.
    fn folded(&self, span: &Range<usize>) -> &str {
        self.text.get(span.clone()).unwrap_or_default()
    }

    /// The best rank at which the query matches this item. `in_text` says whether the query
    /// stands anywhere in the entry's text; when it does not, only readings can match.
    fn rank(&self, query: &mut Query, in_text: bool) -> Option<Rank> {
        let mut best = Best::default();
        if in_text {
            best.offer(self.rank_by_id(query));
        }
        for (keys, is_alias) in [(&self.names, false), (&self.aliases, true)] {
            for key in keys {
                let found = if in_text {
                    query.match_key(self.folded(&key.folded), key)
                } else {
                    query.match_reading(key)
                };
                best.offer(found.map(|(tier, at)| {
                    let tier = if is_alias { alias_tier(tier) } else { tier };
                    (tier, at, key.phonetic.len())
                }));
            }
        }
        for (span, is_alias) in self.shape_readings.iter().filter(|_| in_text) {
            let folded = self.folded(span);
            let found = query.match_text(folded);
            best.offer(found.map(|(tier, at)| {
                let tier = if *is_alias { alias_tier(tier) } else { tier };
                (tier, at, folded.chars().count())
            }));
        }
        for span in self.other.iter().filter(|_| in_text) {
            let found = query.finder.find(self.folded(span).as_bytes());
            best.offer(found.map(|at| (Tier::OtherField, at, 0)));
        }
        best.0
    }

    fn rank_by_id(&self, query: &Query) -> Option<Rank> {
        let id_key = self.folded(&self.id_key);
        if id_key == query.folded {
            Some((Tier::Exact, 0, 0))
        } else {
            id_key
                .starts_with(&query.folded)
                .then_some((Tier::Prefix, 0, 0))
        }
    }
}

impl SearchIndex {
    pub fn build(catalogue: &Catalogue) -> SearchIndex {
        let mut room = String::new();
        let entries: Vec<Entry> = catalogue
            .items
            .iter()
            .map(|i| Entry::new(catalogue, i, &mut room))
            .collect();
        let texts: Vec<&str> = entries.iter().map(|e| e.text.as_str()).collect();
        let holders = Holders::new(&texts);
        SearchIndex { entries, holders }
    }

    /// Items matching `raw`, best first; every item in catalogue order when the query is empty.
    pub fn search(&self, raw: &str) -> Vec<Hit> {
        let mut query = prepare(raw);
        if query.folded.is_empty() {
            return self
                .entries
                .iter()
                .map(|e| Hit {
                    id: e.id,
                    tier: Tier::Exact,
                })
                .collect();
        }
        let mut ranked = self.ranked(&mut query);
        ranked.sort_unstable();
        ranked
            .into_iter()
            .map(|((tier, _, _), _, id)| Hit { id, tier })
            .collect()
    }

    /// Every matching entry's rank, its place in the catalogue and its id, unsorted. An entry
    /// is read only when it holds every character of the query, and searched key by key only
    /// when the query stands somewhere in its text; the rest can match only by readings.
    fn ranked(&self, query: &mut Query) -> Vec<(Rank, usize, ItemId)> {
        let holders = self.holders.of_all(&query.folded);
        let mut ranked = Vec::new();
        for (order, e) in self.entries.iter().enumerate() {
            let in_text = holders.contains(order) && query.finder.find(e.text.as_bytes()).is_some();
            if !in_text && query.readings.is_none() {
                continue;
            }
            if let Some(rank) = e.rank(query, in_text) {
                ranked.push((rank, order, e.id));
            }
        }
        ranked
    }
}

/// The first `n` characters of `s`.
fn head(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(at, _)| &s[..at])
}

/// Whether `raw` asks for nothing once cleaned and folded, so that every item answers it, in
/// catalogue order, as [`SearchIndex::search`] gives them.
pub fn is_blank(raw: &str) -> bool {
    folded_query(raw).is_empty()
}

/// Every item of `catalogue` in catalogue order: the answer to a blank query, without an index.
pub fn every_item(catalogue: &Catalogue) -> Vec<Hit> {
    catalogue
        .items
        .iter()
        .map(|i| Hit {
            id: i.id,
            tier: Tier::Exact,
        })
        .collect()
}

fn folded_query(raw: &str) -> String {
    // Cut before cleaning too, so a pasted page costs no more than a long query; the slack
    // leaves room for escape sequences that cleaning removes.
    let cleaned = clean_input(head(raw, MAX_QUERY_CHARS * 4));
    fold(head(&cleaned, MAX_QUERY_CHARS))
}

/// Cleans and folds a raw query, cut to [`MAX_QUERY_CHARS`].
fn prepare(raw: &str) -> Query {
    let folded = folded_query(raw);
    let phonetic = !folded.is_empty() && folded.bytes().all(|b| b.is_ascii_alphanumeric());
    let readings = phonetic.then(|| PhoneticQuery::new(&folded));
    let finder = memmem::Finder::new(folded.as_bytes()).into_owned();
    Query {
        folded,
        finder,
        readings,
    }
}
