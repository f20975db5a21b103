//! Catalogue search: one query box, ranked exact name > prefix > abbreviation > substring >
//! text of other fields, over Chinese, pinyin (full or initials), aliases, Mongolian script
//! and its Latin transliteration.
use memchr::memmem;

use super::catalogue::{Catalogue, CatalogueItem, FieldKind, ItemId, Lang};
use super::romanize::PhoneticKey;
use super::text::{clean_input, is_dash, key_chars};

/// Longest query the search box takes; longer input is cut here.
pub const MAX_QUERY_CHARS: usize = 100;

/// How well an item matched, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    /// The query is the item's name or id.
    Exact,
    /// The name or id starts with the query.
    Prefix,
    /// An everyday name or abbreviation is, or starts with, the query.
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

/// A name or alias prepared for matching both directly and phonetically.
#[derive(Debug)]
struct Key {
    folded: String,
    phonetic: PhoneticKey,
}

impl Key {
    fn new(s: &str) -> Key {
        Key {
            folded: fold(s),
            phonetic: PhoneticKey::new(s),
        }
    }
}

#[derive(Debug)]
struct Entry {
    id: ItemId,
    id_key: String,
    names: Vec<Key>,
    aliases: Vec<Key>,
    other: Vec<String>,
}

/// Precomputed keys for every catalogue item; build once, query on every keystroke.
#[derive(Debug, Default)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

/// A query ready to match: folded text, and whether it can be read phonetically.
struct Query {
    folded: String,
    phonetic: bool,
    /// Built once per query: preparing a searcher for every haystack would cost more than
    /// the search itself.
    finder: memmem::Finder<'static>,
}

/// NFKC (full-width Latin and digits are ASCII), lowercase, and drop what people type
/// inconsistently: spaces, NNBSP, Mongolian variation selectors and separators, quotes,
/// dashes, and invisible characters such as a zero-width joiner. Mongolian spellings that
/// draw the same letters fold together: o/u and ö/ü, and a diphthong written ᠠᠶᠢ or ᠠᠢ.
/// Names and fields are folded once when the index is built; a query once per keystroke.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in key_chars(s).flat_map(char::to_lowercase) {
        let c = match c {
            'ᠣ' => 'ᠤ',
            'ᠥ' => 'ᠦ',
            c if c.is_whitespace() || is_dash(c) => continue,
            '\u{180B}'..='\u{180F}' | '“' | '”' | '"' | '\'' | '‘' | '’' => continue,
            c => c,
        };
        if c == 'ᠢ' && ends_with_vowel_before_y(&out) {
            out.pop();
        }
        out.push(c);
    }
    out
}

/// True when `s` ends in a vowel followed by ᠶ (the ᠶ of a diphthong such as ᠪᠠᠶᠢ).
fn ends_with_vowel_before_y(s: &str) -> bool {
    let mut tail = s.chars().rev();
    tail.next() == Some('ᠶ')
        && tail
            .next()
            .is_some_and(|v| matches!(v, 'ᠠ' | 'ᠡ' | 'ᠤ' | 'ᠦ'))
}

/// Where and how well `query` matches `key`: (tier if it is a name, position, key length).
fn match_key(key: &Key, query: &Query) -> Option<(Tier, usize)> {
    if key.folded == query.folded {
        return Some((Tier::Exact, 0));
    }
    if key.folded.starts_with(&query.folded) {
        return Some((Tier::Prefix, 0));
    }
    if let Some(at) = query.finder.find(key.folded.as_bytes()) {
        return Some((Tier::Substring, at));
    }
    if !query.phonetic {
        return None;
    }
    let m = key.phonetic.find(&query.folded)?;
    let tier = match (m.start, m.whole) {
        (0, true) => Tier::Exact,
        (0, false) => Tier::Prefix,
        _ => Tier::Substring,
    };
    Some((tier, m.start))
}

/// An alias that matches whole or from its start ranks as an abbreviation.
fn alias_tier(tier: Tier) -> Tier {
    match tier {
        Tier::Exact | Tier::Prefix => Tier::Abbreviation,
        other => other,
    }
}

impl Entry {
    fn new(catalogue: &Catalogue, item: &CatalogueItem) -> Entry {
        let names = Lang::ALL
            .iter()
            .map(|l| Key::new(item.name.get(*l)))
            .collect();
        let aliases = Lang::ALL
            .iter()
            .flat_map(|l| item.aliases.get(*l))
            .map(|a| Key::new(a))
            .collect();
        let mut other: Vec<String> = FieldKind::ALL
            .iter()
            .filter_map(|k| item.field(*k))
            .flat_map(|f| Lang::ALL.map(|l| fold(f.text.get(l))))
            .collect();
        if let Some(domain) = catalogue.domain(item.domain()) {
            other.extend(Lang::ALL.map(|l| fold(domain.name.get(l))));
        }
        Entry {
            id: item.id,
            id_key: fold(&item.id.to_string()),
            names,
            aliases,
            other,
        }
    }

    /// The best (tier, position, key length) at which the query matches this item.
    fn rank(&self, query: &Query) -> Option<(Tier, usize, usize)> {
        let by_id = if self.id_key == query.folded {
            Some((Tier::Exact, 0, 0))
        } else {
            self.id_key
                .starts_with(&query.folded)
                .then_some((Tier::Prefix, 0, 0))
        };
        let by_name = self
            .names
            .iter()
            .filter_map(|k| match_key(k, query).map(|(t, at)| (t, at, k.phonetic.len())));
        let by_alias = self.aliases.iter().filter_map(|k| {
            match_key(k, query).map(|(t, at)| (alias_tier(t), at, k.phonetic.len()))
        });
        let by_other = self
            .other
            .iter()
            .filter_map(|text| query.finder.find(text.as_bytes()))
            .map(|at| (Tier::OtherField, at, 0));
        by_id
            .into_iter()
            .chain(by_name)
            .chain(by_alias)
            .chain(by_other)
            .min()
    }
}

impl SearchIndex {
    pub fn build(catalogue: &Catalogue) -> SearchIndex {
        SearchIndex {
            entries: catalogue
                .items
                .iter()
                .map(|i| Entry::new(catalogue, i))
                .collect(),
        }
    }

    /// Items matching `raw`, best first; every item in catalogue order when the query is empty.
    pub fn search(&self, raw: &str) -> Vec<Hit> {
        let query = prepare(raw);
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
        let mut ranked: Vec<((Tier, usize, usize), usize, ItemId)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(order, e)| e.rank(&query).map(|r| (r, order, e.id)))
            .collect();
        ranked.sort_unstable();
        ranked
            .into_iter()
            .map(|((tier, _, _), _, id)| Hit { id, tier })
            .collect()
    }
}

/// Cleans and folds a raw query, cut to [`MAX_QUERY_CHARS`].
fn prepare(raw: &str) -> Query {
    // Cut before cleaning too, so a pasted page costs no more than a long query; the slack
    // leaves room for escape sequences that cleaning removes.
    let head: String = raw.chars().take(MAX_QUERY_CHARS * 4).collect();
    let cleaned: String = clean_input(&head).chars().take(MAX_QUERY_CHARS).collect();
    let folded = fold(&cleaned);
    let phonetic = !folded.is_empty() && folded.bytes().all(|b| b.is_ascii_alphanumeric());
    let finder = memmem::Finder::new(folded.as_bytes()).into_owned();
    Query {
        folded,
        phonetic,
        finder,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::{Aliases, Domain, DomainCode, Field, Text};

    fn item(id: &str, zh: &str, mn: &str, aliases: &[&str]) -> CatalogueItem {
        let mut item = CatalogueItem::new(ItemId::parse(id).unwrap(), Text::new(zh, mn));
        item.aliases = Aliases {
            zh: aliases.iter().map(|s| s.to_string()).collect(),
            mn: vec![],
        };
        item
    }

    fn sample() -> Catalogue {
        let mut dis = item(
            "DIS-02",
            "无业重度残疾人最低生活保障",
            "ᠠᠵᠢᠯ",
            &["重残低保"],
        );
        dis.recipients = Some(Field {
            text: Text::new("成年无业重度残疾人", "ᠠᠮᠢᠳᠤᠷᠠᠯ"),
            source: "test".into(),
        });
        Catalogue {
            domains: vec![Domain {
                code: DomainCode::Soc,
                name: Text::new("基本社会服务", "ᠨᠡᠶᠢᠭᠡᠮ"),
                short: Text::new("社会服务", "ᠨᠡᠶᠢᠭᠡᠮ"),
                summary: Text::default(),
            }],
            items: vec![
                item("EDU-01", "免费义务教育", "ᠰᠤᠷᠭᠠᠨ", &["两免一补"]),
                item("SOC-01", "最低生活保障", "ᠠᠮᠢᠳᠤᠷᠠᠯ ᠤᠨ ᠪᠠᠲᠤᠯᠠᠭ᠎ᠠ", &["低保"]),
                item("SOC-04", "临时救助", "ᠲᠤᠰᠠᠯᠠᠮᠵᠢ", &[]),
                dis,
            ],
        }
    }

    fn ids(index: &SearchIndex, q: &str) -> Vec<String> {
        index.search(q).iter().map(|h| h.id.to_string()).collect()
    }

    #[test]
    fn initials_inside_a_name_find_it() {
        let index = SearchIndex::build(&sample());
        assert_eq!(ids(&index, "ywjy"), ["EDU-01"]);
    }

    #[test]
    fn abbreviation_outranks_substring_and_other_fields() {
        let index = SearchIndex::build(&sample());
        let hits = index.search("dibao");
        assert_eq!(hits[0].id.to_string(), "SOC-01");
        assert_eq!(hits[0].tier, Tier::Abbreviation);
        assert_eq!(hits[1].id.to_string(), "DIS-02");
        assert_eq!(hits[1].tier, Tier::Substring);
    }

    #[test]
    fn exact_name_beats_prefix_beats_substring() {
        let index = SearchIndex::build(&sample());
        let hits = index.search("最低生活保障");
        assert_eq!(
            (hits[0].id.to_string(), hits[0].tier),
            ("SOC-01".into(), Tier::Exact)
        );
        assert_eq!(
            (hits[1].id.to_string(), hits[1].tier),
            ("DIS-02".into(), Tier::Substring)
        );
        assert_eq!(index.search("最低")[0].tier, Tier::Prefix);
    }

    #[test]
    fn other_fields_rank_last() {
        let index = SearchIndex::build(&sample());
        let hits = index.search("成年");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].tier, Tier::OtherField);
        // The Mongolian word appears in SOC-01's name and in DIS-02's recipients.
        let hits = index.search("ᠠᠮᠢᠳᠤᠷᠠᠯ");
        assert_eq!(hits[0].tier, Tier::Prefix);
        assert_eq!(hits[1].tier, Tier::OtherField);
    }

    #[test]
    fn ids_and_mongolian_latin_are_found() {
        let index = SearchIndex::build(&sample());
        assert_eq!(index.search("soc-04")[0].tier, Tier::Exact);
        assert_eq!(ids(&index, "soc0"), ["SOC-01", "SOC-04"]);
        assert_eq!(ids(&index, "tusalamji"), ["SOC-04"]);
    }

    #[test]
    fn mongolian_o_u_spellings_find_each_other() {
        let index = SearchIndex::build(&sample());
        // The seed writes ᠲᠤᠰᠠᠯᠠᠮᠵᠢ; a clerk may type ᠲᠣᠰᠠᠯᠠᠮᠵᠢ.
        assert_eq!(ids(&index, "ᠲᠣᠰᠠᠯᠠᠮᠵᠢ"), ["SOC-04"]);
        assert_eq!(fold("ᠪᠠᠶᠢᠴᠠᠭᠠᠨ"), fold("ᠪᠠᠢᠴᠠᠭᠠᠨ"));
        assert_eq!(fold("ᠮᠣᠩᠭᠣᠯ\u{202F}ᠤᠨ"), fold("ᠮᠤᠩᠭᠤᠯ ᠤᠨ"));
    }

    #[test]
    fn hostile_queries_are_harmless() {
        let index = SearchIndex::build(&sample());
        assert_eq!(ids(&index, "低\u{1b}[31m保"), ids(&index, "低保"));
        assert!(index.search(&"字".repeat(10_000)).is_empty());
        assert_eq!(
            index.search("\u{1b}[2J").len(),
            4,
            "a query of only controls is empty"
        );
    }

    #[test]
    fn full_width_and_zero_width_queries_match_as_typed_plainly() {
        let index = SearchIndex::build(&sample());
        assert_eq!(ids(&index, "ｄｉｂａｏ"), ids(&index, "dibao"));
        assert_eq!(ids(&index, "低\u{200D}保"), ids(&index, "低保"));
        assert_eq!(ids(&index, "低\u{200B}\u{2060}保"), ids(&index, "低保"));
        let hit = index.search("ＳＯＣ－０４")[0];
        assert_eq!(
            (hit.id.to_string(), hit.tier),
            ("SOC-04".into(), Tier::Exact)
        );
        assert_eq!(ids(&index, "ᠲᠤᠰᠠᠯᠠᠮᠵᠢ\u{200D}"), ["SOC-04"]);
    }

    #[test]
    fn a_query_with_nothing_to_match_on_is_empty() {
        for q in ["\u{200D}", " - ", "“”", "\u{202F}", "\u{1b}[2J"] {
            assert_eq!(clean_query(q), Err(QueryError::Empty), "{q:?}");
        }
        assert_eq!(
            clean_query("低\u{200D}保").map(|q| fold(&q)),
            Ok("低保".into())
        );
    }

    /// Every Mongolian text in the seed: names, aliases, fields and domains.
    fn seed_mongolian() -> (Catalogue, Vec<String>) {
        let catalogue = crate::domain::seed::embedded().unwrap().catalogue;
        let mut texts: Vec<String> = Vec::new();
        for item in &catalogue.items {
            texts.push(item.name.mn.clone());
            texts.extend(item.aliases.mn.iter().cloned());
            let fields = FieldKind::ALL.iter().filter_map(|k| item.field(*k));
            texts.extend(fields.map(|f| f.text.mn.clone()));
        }
        for domain in &catalogue.domains {
            texts.extend([domain.name.mn.clone(), domain.short.mn.clone()]);
        }
        (catalogue, texts)
    }

    #[test]
    fn nfkc_changes_no_mongolian_letter_in_the_seed() {
        let (_, texts) = seed_mongolian();
        assert!(texts.len() > 82 * 2, "{}", texts.len());
        for text in texts {
            // NNBSP becomes a space, which folding drops like NNBSP itself; nothing else moves.
            let keyed: String = key_chars(&text).collect();
            assert_eq!(keyed, text.replace('\u{202F}', " "), "{text}");
        }
    }

    #[test]
    fn every_mongolian_name_in_the_seed_finds_its_item_first() {
        let (catalogue, _) = seed_mongolian();
        let index = SearchIndex::build(&catalogue);
        for item in &catalogue.items {
            let hit = index.search(&item.name.mn)[0];
            // A name longer than the search box takes is matched by the part that fits.
            let whole = item.name.mn.chars().count() <= MAX_QUERY_CHARS;
            let tier = if whole { Tier::Exact } else { Tier::Prefix };
            assert_eq!((hit.id, hit.tier), (item.id, tier), "{}", item.name.mn);
        }
    }
}
