//! Ranking and matching, over a small catalogue and over the embedded seed.
use super::*;
use crate::domain::catalogue::{Aliases, Domain, DomainCode, Field, Text};
use crate::domain::text::key_chars;

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
        edition: None,
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
fn everyday_name_outranks_substring_and_other_fields() {
    let index = SearchIndex::build(&sample());
    let hits = index.search("dibao");
    assert_eq!(hits[0].id.to_string(), "SOC-01");
    assert_eq!(hits[0].tier, Tier::EverydayName);
    assert_eq!(index.search("重残")[0].tier, Tier::Abbreviation);
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

/// Hits as ranking every entry key by key gives them, without passing any entry over.
fn plain_search(index: &SearchIndex, raw: &str) -> Vec<Hit> {
    let mut query = prepare(raw);
    if query.folded.is_empty() {
        return index.search(raw);
    }
    let mut ranked: Vec<(Rank, usize, ItemId)> = Vec::new();
    for (order, e) in index.entries.iter().enumerate() {
        if let Some(rank) = e.rank(&mut query, true) {
            ranked.push((rank, order, e.id));
        }
    }
    ranked.sort_unstable();
    ranked
        .into_iter()
        .map(|((tier, _, _), _, id)| Hit { id, tier })
        .collect()
}

/// What a clerk types on the way to each name and alias of the seed (its first characters,
/// then the whole), in either script and romanised, and each id.
fn typed_on_the_way(catalogue: &Catalogue) -> Vec<String> {
    let mut texts: Vec<String> = Vec::new();
    for item in &catalogue.items {
        texts.extend([item.name.zh.clone(), item.name.mn.clone()]);
        texts.extend(item.aliases.zh.iter().chain(&item.aliases.mn).cloned());
        texts.push(item.id.to_string().to_lowercase());
    }
    let romanised: Vec<String> = texts
        .iter()
        .map(|t| PhoneticKey::new(t).romanised())
        .collect();
    let mut typed = Vec::new();
    for text in texts.iter().chain(&romanised) {
        let chars: Vec<char> = text.chars().collect();
        let ends = (1..=chars.len().min(4)).chain([chars.len()]);
        typed.extend(ends.map(|end| chars[..end].iter().collect()));
    }
    typed.sort();
    typed.dedup();
    typed
}

#[test]
fn passing_entries_over_changes_no_hit() {
    let catalogue = crate::domain::seed::embedded().unwrap().catalogue;
    let index = SearchIndex::build(&catalogue);
    let typed = typed_on_the_way(&catalogue);
    assert!(typed.len() > 1000, "{}", typed.len());
    let mut found = 0;
    for q in &typed {
        let hits = index.search(q);
        found += usize::from(!hits.is_empty());
        assert_eq!(hits, plain_search(&index, q), "{q}");
    }
    assert!(found * 10 > typed.len() * 9, "{found} of {}", typed.len());
}

#[test]
fn each_key_stands_in_its_entry_text_as_folded() {
    let catalogue = crate::domain::seed::embedded().unwrap().catalogue;
    let index = SearchIndex::build(&catalogue);
    for (item, entry) in catalogue.items.iter().zip(&index.entries) {
        assert_eq!(entry.folded(&entry.id_key), fold(&item.id.to_string()));
        assert_eq!(entry.folded(&entry.names[0].folded), fold(&item.name.zh));
        assert_eq!(entry.folded(&entry.names[1].folded), fold(&item.name.mn));
        let aliases = item.aliases.zh.iter().chain(&item.aliases.mn);
        for (key, alias) in entry.aliases.iter().zip(aliases) {
            assert_eq!(entry.folded(&key.folded), fold(alias));
        }
        let fields = FieldKind::ALL.iter().filter_map(|k| item.field(*k));
        let mut other: Vec<&str> = fields
            .flat_map(|f| Lang::ALL.map(|l| f.text.get(l)))
            .collect();
        let domain = catalogue.domain(item.domain()).unwrap();
        other.extend(Lang::ALL.map(|l| domain.name.get(l)));
        let folded: Vec<&str> = entry.other.iter().map(|s| entry.folded(s)).collect();
        assert_eq!(folded, other.iter().map(|t| fold(t)).collect::<Vec<_>>());
        let pieces = 1
            + entry.names.len()
            + entry.aliases.len()
            + entry.shape_readings.len()
            + entry.other.len();
        assert_eq!(entry.text.matches(END_OF_TEXT).count(), pieces);
    }
}

/// A name as a Menksoft input method types it: its shape codes. mongol-convert's encoder
/// stands in for the input method.
fn typed_in_menksoft(unicode: &str) -> String {
    use mongol_convert::{CodeType, translate};
    let shapes = translate(CodeType::MenkLetter, CodeType::MenkShape, unicode).unwrap();
    assert!(crate::domain::text::has_menksoft(&shapes), "{unicode}");
    shapes
}

#[test]
fn a_mongolian_name_typed_in_menksoft_finds_its_item() {
    let catalogue = crate::domain::seed::embedded().unwrap().catalogue;
    let index = seed_index();
    for item in &catalogue.items {
        // Among the best hits: a long name is cut at the query limit, so it may rank as a
        // prefix of itself.
        let hits = index.search(&typed_in_menksoft(&item.name.mn));
        let best = hits.first().map(|h| h.tier);
        let top: Vec<ItemId> = hits
            .iter()
            .filter(|h| Some(h.tier) == best)
            .map(|h| h.id)
            .collect();
        assert!(top.contains(&item.id), "{}: {hits:?}", item.id);
        let mongolian = |s: &&String| s.chars().any(|c| ('\u{1820}'..='\u{18AF}').contains(&c));
        for alias in item.aliases.mn.iter().filter(mongolian) {
            let hits = index.search(&typed_in_menksoft(alias));
            assert!(hits.iter().any(|h| h.id == item.id), "{}: {alias}", item.id);
        }
    }
    // A word of a name, typed in Menksoft, finds the item too.
    let soc01 = ItemId::parse("SOC-01").unwrap();
    let hits = index.search(&typed_in_menksoft("ᠳᠣᠣᠷ᠎ᠠ ᠪᠠᠲᠤᠯᠠᠭ᠎ᠠ"));
    assert!(hits.iter().take(3).any(|h| h.id == soc01), "{hits:?}");
}

proptest::proptest! {
    #[test]
    fn any_query_hits_what_a_plain_search_hits(
        q in "[a-z0-9 低保残疾人最生活障就业医疗ᠮᠣᠩᠭᠯᠠᠢᠤ\u{202F}\u{200D}ＡＳ－-]{1,8}",
    ) {
        let index = seed_index();
        proptest::prop_assert_eq!(index.search(&q), plain_search(index, &q));
    }
}

fn seed_index() -> &'static SearchIndex {
    static INDEX: std::sync::OnceLock<SearchIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::build(&crate::domain::seed::embedded().unwrap().catalogue))
}

/// Ids of the hits at `tier`, in rank order.
fn ids_at(hits: &[Hit], tier: Tier) -> Vec<String> {
    hits.iter()
        .filter(|h| h.tier == tier)
        .map(|h| h.id.to_string())
        .collect()
}

#[test]
fn an_everyday_name_of_several_items_finds_them_all_first_in_catalogue_order() {
    let index = seed_index();
    let insurance = [
        "INS-01", "INS-02", "INS-03", "INS-04", "INS-05", "INS-06", "INS-07",
    ];
    for q in ["社保", "shebao", "ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠳᠠᠭᠠᠳᠬᠠᠯ"] {
        let hits = index.search(q);
        assert_eq!(ids_at(&hits, Tier::EverydayName), insurance, "{q}");
        assert_eq!(ids(index, q)[..7], insurance, "{q}");
    }
    // 社保热线 only starts with it, and comes after every item that is called it.
    let hits = index.search("社保");
    assert_eq!(
        (hits[7].id.to_string(), hits[7].tier),
        ("EMP-07".into(), Tier::Abbreviation)
    );
    for (q, called) in [
        ("医保", &["INS-03", "INS-05"][..]),
        ("养老保险", &["INS-01", "INS-02"]),
        ("养老金", &["INS-01", "INS-02"]),
        ("国家助学金", &["EDU-05", "EDU-07"]),
        ("ᠡᠮᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠳᠠᠭᠠᠳᠬᠠᠯ", &["INS-03", "INS-05"]),
    ] {
        let hits = index.search(q);
        assert_eq!(ids_at(&hits, Tier::EverydayName), called, "{q}");
        assert_eq!(ids(index, q)[..called.len()], *called, "{q}");
    }
}

#[test]
fn an_everyday_name_outranks_another_name_that_starts_with_it() {
    let index = seed_index();
    let hits = index.search("义务教育");
    assert_eq!(
        (hits[0].id.to_string(), hits[0].tier),
        ("EDU-01".into(), Tier::EverydayName)
    );
    let edu03 = hits.iter().position(|h| h.id.to_string() == "EDU-03");
    assert_eq!(edu03.map(|at| hits[at].tier), Some(Tier::Prefix));
}

/// Folded everyday names and names of the seed, each with the items that carry it.
fn carriers(catalogue: &Catalogue) -> std::collections::BTreeMap<String, Vec<ItemId>> {
    let mut out: std::collections::BTreeMap<String, Vec<ItemId>> = Default::default();
    for item in &catalogue.items {
        let mut own: Vec<String> = [&item.name.zh, &item.name.mn]
            .into_iter()
            .chain(&item.aliases.zh)
            .chain(&item.aliases.mn)
            .map(|t| fold(t))
            .collect();
        own.sort();
        own.dedup();
        for key in own {
            out.entry(key).or_default().push(item.id);
        }
    }
    out
}

#[test]
fn every_everyday_name_finds_every_item_it_names_first() {
    let catalogue = crate::domain::seed::embedded().unwrap().catalogue;
    let index = seed_index();
    let carriers = carriers(&catalogue);
    let mut shared = 0;
    for item in &catalogue.items {
        for alias in item.aliases.zh.iter().chain(&item.aliases.mn) {
            let called = &carriers[&fold(alias)];
            shared += usize::from(called.len() > 1);
            let hits = index.search(alias);
            let first: Vec<ItemId> = hits.iter().take(called.len()).map(|h| h.id).collect();
            assert_eq!(&first, called, "{}: {alias}: {hits:?}", item.id);
            let tiers = hits.iter().take(called.len()).map(|h| h.tier);
            assert!(
                tiers.into_iter().all(|t| t <= Tier::EverydayName),
                "{alias}: {hits:?}"
            );
        }
    }
    assert!(shared >= 20, "only {shared} shared everyday names");
}

#[test]
fn new_mongolian_everyday_names_find_their_items_as_a_clerk_types_them() {
    let index = seed_index();
    for (typed, id) in [
        // ᠣ for ᠤ, a plain space for NNBSP, no vowel separator: as another keyboard types.
        ("ᠥᠨᠡᠴᠢᠨ ᠬᠡᠦᠬᠡᠳ", "SOC-08"),
        ("ᠠᠵᠢᠯ ᠦᠭᠡᠢᠳᠡᠯ ᠦᠨ ᠮᠥᠩᠭᠡ", "INS-06"),
        ("ᠨᠣᠮ ᠣᠨ ᠰᠠᠩ", "CUL-01"),
        ("ᠪᠣᠳᠠᠲᠣ ᠪᠣᠰ ᠰᠣᠶᠣᠯ", "CUL-08"),
        ("ᠲᠠᠬᠢᠷ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠰ ᠦᠨ ᠳᠣᠣᠷᠠ ᠪᠠᠲᠤᠯᠠᠭᠠ", "DIS-02"),
        ("ᠰᠠᠭᠠᠳ ᠦᠭᠡᠢ", "DIS-11"),
        ("ᠣᠨᠴᠠᠭᠠᠢ ᠰᠤᠷᠭᠠᠨ", "DIS-08"),
        ("12348", "SOC-06"),
    ] {
        let hits = index.search(typed);
        assert_eq!(
            hits.first().map(|h| h.id.to_string()),
            Some(id.into()),
            "{typed}"
        );
    }
}

/// Items whose Mongolian name is itself what a clerk types (seeds/catalogue/mn-Mong.toml
/// marks them), so they carry no Mongolian everyday name.
const NAME_IS_THE_EVERYDAY_NAME: &[&str] = &["HEA-02", "SOC-04", "DIS-10"];

#[test]
fn an_item_with_chinese_everyday_names_has_mongolian_ones() {
    let catalogue = crate::domain::seed::embedded().unwrap().catalogue;
    let missing: Vec<String> = catalogue
        .items
        .iter()
        .filter(|i| !i.aliases.zh.is_empty() && i.aliases.mn.is_empty())
        .map(|i| i.id.to_string())
        .collect();
    assert_eq!(missing, NAME_IS_THE_EVERYDAY_NAME);
}
