//! The catalogue seeds embedded in the binary: parsed from `seeds/catalogue/*.toml`, joined by id
//! across the two languages, and checked so a broken seed is caught at build-test time.
use std::collections::BTreeMap;

use serde::Deserialize;
use thiserror::Error;

use super::catalogue::{
    Aliases, Catalogue, CatalogueItem, Domain, DomainCode, Field, FieldKind, ItemId, Superseded,
    Text,
};
use super::date::Date;

const ZH_SEED: &str = include_str!("../../seeds/catalogue/zh-CN.toml");
const MN_SEED: &str = include_str!("../../seeds/catalogue/mn-Mong.toml");
const META_SEED: &str = include_str!("../../seeds/catalogue/meta.toml");

/// What is wrong with a seed file; each message names the file and the item.
#[derive(Debug, Error)]
pub enum SeedError {
    #[error("seed {file} does not parse: {source}")]
    Parse {
        file: &'static str,
        source: toml::de::Error,
    },
    #[error("seed {file}: {problem}")]
    Invalid { file: &'static str, problem: String },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    revision: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ZhSeed {
    domain: Vec<ZhDomain>,
    item: Vec<ZhItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ZhDomain {
    code: String,
    name: String,
    short: String,
    summary: String,
    #[allow(dead_code)] // Kept in the seed for maintainers; not shown on screen.
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ZhField {
    text: String,
    source: String,
    /// The year or month from which the text holds: `2024` or `2021-09`.
    edition: Option<String>,
}

/// A superseded text: `[[item.history]]` in the seeds, in the same order in both files.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ZhHistory {
    field: String,
    text: String,
    source: String,
    until: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MnHistory {
    field: String,
    text: String,
}

/// Flattened fields rule out `deny_unknown_fields`; unknown keys are refused in `join_item`.
#[derive(Deserialize)]
struct ZhItem {
    id: String,
    name: String,
    aliases: Vec<String>,
    /// `YYYY-MM-DD`: the day the item's content was last checked against its sources.
    checked: Option<String>,
    #[serde(default)]
    history: Vec<ZhHistory>,
    #[serde(flatten)]
    fields: BTreeMap<String, ZhField>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MnSeed {
    domain: Vec<MnDomain>,
    item: Vec<MnItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MnDomain {
    code: String,
    name: String,
    short: String,
    summary: String,
}

#[derive(Deserialize)]
struct MnItem {
    id: String,
    name: String,
    aliases: Vec<String>,
    #[serde(default)]
    history: Vec<MnHistory>,
    #[serde(flatten)]
    fields: BTreeMap<String, String>,
}

/// The embedded catalogue with its revision and a hash of its exact bytes.
pub struct CatalogueSeed {
    pub catalogue: Catalogue,
    pub revision: u32,
    pub hash: [u8; 32],
}

/// Parses and checks the catalogue seeds compiled into this binary.
pub fn embedded() -> Result<CatalogueSeed, SeedError> {
    let meta: Meta = parse("seeds/catalogue/meta.toml", META_SEED)?;
    let catalogue = from_texts(ZH_SEED, MN_SEED)?;
    Ok(CatalogueSeed {
        catalogue,
        revision: meta.revision,
        hash: content_hash(&[META_SEED, ZH_SEED, MN_SEED]),
    })
}

/// SHA-256 over the parts, each preceded by its length so that moving text from one file to
/// the next still changes the hash.
fn content_hash(parts: &[&str]) -> [u8; 32] {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_be_bytes());
        hasher.update(part.as_bytes());
    }
    hasher.finalize().into()
}

fn parse<T: for<'de> Deserialize<'de>>(file: &'static str, text: &str) -> Result<T, SeedError> {
    toml::from_str(text).map_err(|source| SeedError::Parse { file, source })
}

fn invalid(file: &'static str, problem: impl Into<String>) -> SeedError {
    SeedError::Invalid {
        file,
        problem: problem.into(),
    }
}

const ZH_FILE: &str = "seeds/catalogue/zh-CN.toml";
const MN_FILE: &str = "seeds/catalogue/mn-Mong.toml";

/// Joins the Chinese and Mongolian seed texts into one checked catalogue.
pub fn from_texts(zh_text: &str, mn_text: &str) -> Result<Catalogue, SeedError> {
    let zh: ZhSeed = parse(ZH_FILE, zh_text)?;
    let mn: MnSeed = parse(MN_FILE, mn_text)?;
    let domains = join_domains(&zh.domain, &mn.domain)?;
    if zh.item.len() != mn.item.len() {
        return Err(invalid(
            MN_FILE,
            format!(
                "{} items, but {ZH_FILE} has {}",
                mn.item.len(),
                zh.item.len()
            ),
        ));
    }
    let items = zh
        .item
        .into_iter()
        .zip(mn.item)
        .map(|(z, m)| join_item(z, m))
        .collect::<Result<Vec<_>, _>>()?;
    check_ids_in_plan_order(&items)?;
    Ok(Catalogue { domains, items })
}

fn join_domains(zh: &[ZhDomain], mn: &[MnDomain]) -> Result<Vec<Domain>, SeedError> {
    if zh.len() != DomainCode::ALL.len() || mn.len() != DomainCode::ALL.len() {
        return Err(invalid(ZH_FILE, "both seeds must list the 8 domains"));
    }
    DomainCode::ALL
        .iter()
        .zip(zh.iter().zip(mn))
        .map(|(code, (z, m))| {
            if z.code != code.as_str() || m.code != code.as_str() {
                return Err(invalid(
                    ZH_FILE,
                    format!("domain {} out of order", code.as_str()),
                ));
            }
            Ok(Domain {
                code: *code,
                name: text(&z.name, &m.name, code.as_str())?,
                short: text(&z.short, &m.short, code.as_str())?,
                summary: text(&z.summary, &m.summary, code.as_str())?,
            })
        })
        .collect()
}

fn text(zh: &str, mn: &str, whose: &str) -> Result<Text, SeedError> {
    if zh.trim().is_empty() {
        return Err(invalid(ZH_FILE, format!("{whose}: empty text")));
    }
    if mn.trim().is_empty() {
        return Err(invalid(MN_FILE, format!("{whose}: empty text")));
    }
    if let Some(bad) = mn.chars().find(|c| is_foreign_to_mongolian(*c)) {
        return Err(invalid(
            MN_FILE,
            format!(
                "{whose}: character U+{:04X} is not standard Mongolian",
                bad as u32
            ),
        ));
    }
    Ok(Text::new(zh.trim(), mn.trim()))
}

/// Cyrillic, private-use code points and Arabic-style presentation forms have no place in
/// stored traditional-script Mongolian.
pub fn is_foreign_to_mongolian(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}' | '\u{E000}'..='\u{F8FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        || (c.is_control())
}

fn field_kind(key: &str) -> Option<FieldKind> {
    FieldKind::from_key(key)
}

/// An edition is a year (`2024`) or a year and month (`2021-09`).
fn is_edition(s: &str) -> bool {
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    match s.split_once('-') {
        None => s.len() == 4 && digits(s),
        Some((year, month)) => {
            year.len() == 4
                && digits(year)
                && month.len() == 2
                && digits(month)
                && (1..=12).contains(&month.parse::<u8>().unwrap_or(0))
        }
    }
}

fn seed_date(s: &str, whose: &str) -> Result<Date, SeedError> {
    Date::parse(s).map_err(|_| invalid(ZH_FILE, format!("{whose}: {s} is not a YYYY-MM-DD date")))
}

fn join_history(
    id: &str,
    zh: Vec<ZhHistory>,
    mn: Vec<MnHistory>,
) -> Result<Vec<Superseded>, SeedError> {
    if zh.len() != mn.len() {
        return Err(invalid(
            MN_FILE,
            format!(
                "{id}: {} history entries, but {ZH_FILE} has {}",
                mn.len(),
                zh.len()
            ),
        ));
    }
    zh.into_iter()
        .zip(mn)
        .map(|(z, m)| {
            let whose = format!("{id} history {}", z.field);
            let field = field_kind(&z.field)
                .ok_or_else(|| invalid(ZH_FILE, format!("{whose}: unknown field")))?;
            if m.field != z.field {
                return Err(invalid(
                    MN_FILE,
                    format!("{whose}: found {} in this position", m.field),
                ));
            }
            if z.source.trim().is_empty() {
                return Err(invalid(ZH_FILE, format!("{whose}: no source")));
            }
            Ok(Superseded {
                field,
                text: text(&z.text, &m.text, &whose)?,
                source: z.source,
                until: seed_date(&z.until, &whose)?,
            })
        })
        .collect()
}

fn join_item(zh: ZhItem, mn: MnItem) -> Result<CatalogueItem, SeedError> {
    let id = ItemId::parse(&zh.id).map_err(|e| invalid(ZH_FILE, e.to_string()))?;
    if mn.id != zh.id {
        return Err(invalid(
            MN_FILE,
            format!("expected {} in this position, found {}", zh.id, mn.id),
        ));
    }
    let mut item = CatalogueItem::new(id, text(&zh.name, &mn.name, &zh.id)?);
    item.aliases = Aliases {
        zh: zh.aliases,
        mn: mn.aliases,
    };
    item.checked = zh
        .checked
        .as_deref()
        .map(|d| seed_date(d, &format!("{} checked", zh.id)))
        .transpose()?;
    item.history = join_history(&zh.id, zh.history, mn.history)?;
    if let Some(extra) = mn.fields.keys().find(|k| !zh.fields.contains_key(*k)) {
        return Err(invalid(
            MN_FILE,
            format!("{}: {extra} has no Chinese counterpart", zh.id),
        ));
    }
    for (key, field) in zh.fields {
        let kind = field_kind(&key)
            .ok_or_else(|| invalid(ZH_FILE, format!("{}: unknown field {key}", zh.id)))?;
        let mn_text = mn
            .fields
            .get(&key)
            .ok_or_else(|| invalid(MN_FILE, format!("{}: {key} is not translated", zh.id)))?;
        if field.source.trim().is_empty() {
            return Err(invalid(ZH_FILE, format!("{}: {key} has no source", zh.id)));
        }
        let whose = format!("{} {key}", zh.id);
        if let Some(bad) = field.edition.as_deref().filter(|e| !is_edition(e)) {
            return Err(invalid(
                ZH_FILE,
                format!("{whose}: edition {bad} is not YYYY or YYYY-MM"),
            ));
        }
        *item.field_mut(kind) = Some(Field {
            text: text(&field.text, mn_text, &whose)?,
            source: field.source,
            edition: field.edition,
        });
    }
    Ok(item)
}

fn check_ids_in_plan_order(items: &[CatalogueItem]) -> Result<(), SeedError> {
    let expected = DomainCode::ALL
        .iter()
        .flat_map(|d| (1..=d.item_count()).filter_map(move |n| ItemId::new(*d, n)));
    let mut actual = items.iter().map(|i| i.id);
    for want in expected {
        match actual.next() {
            Some(got) if got == want => {}
            Some(got) => return Err(invalid(ZH_FILE, format!("expected {want}, found {got}"))),
            None => return Err(invalid(ZH_FILE, format!("missing {want} and what follows"))),
        }
    }
    match actual.next() {
        Some(extra) => Err(invalid(ZH_FILE, format!("unexpected item {extra}"))),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_seed_is_the_whole_plan() {
        let seed = embedded().unwrap_or_else(|e| panic!("{e}"));
        let cat = &seed.catalogue;
        assert_eq!(cat.items.len(), 82);
        for code in DomainCode::ALL {
            assert_eq!(
                cat.items_in(code).count(),
                usize::from(code.item_count()),
                "{code}"
            );
        }
        assert_eq!(
            cat.item(ItemId::parse("EDU-01").unwrap()).unwrap().name.zh,
            "免费义务教育"
        );
        assert_eq!(
            cat.item(ItemId::parse("SOC-01").unwrap()).unwrap().name.zh,
            "最低生活保障"
        );
        assert_eq!(
            cat.item(ItemId::parse("DIS-11").unwrap()).unwrap().name.zh,
            "无障碍环境支持"
        );
    }

    #[test]
    fn names_carry_no_extraction_defects() {
        let seed = embedded().unwrap_or_else(|e| panic!("{e}"));
        for item in &seed.catalogue.items {
            let zh = &item.name.zh;
            assert!(
                !zh.chars().any(char::is_whitespace),
                "{}: stray space in {zh}",
                item.id
            );
            assert!(
                !zh.contains("需求侧") && !zh.contains("供给侧"),
                "{}: diagram text in {zh}",
                item.id
            );
        }
        let names: std::collections::HashSet<_> =
            seed.catalogue.items.iter().map(|i| &i.name.zh).collect();
        assert_eq!(names.len(), 82, "names are unique");
    }

    #[test]
    fn mongolian_names_are_traditional_script() {
        let seed = embedded().unwrap_or_else(|e| panic!("{e}"));
        for item in &seed.catalogue.items {
            let mongolian = item
                .name
                .mn
                .chars()
                .filter(|c| ('\u{1820}'..='\u{18AF}').contains(c))
                .count();
            assert!(
                mongolian > 0,
                "{}: Mongolian name has no Mongolian letters",
                item.id
            );
            assert!(
                !item.name.mn.contains(" \u{202F}") && !item.name.mn.contains("\u{202F} "),
                "{}",
                item.id
            );
        }
    }

    #[test]
    fn a_missing_translation_is_named() {
        let zh =
            "item = []\n[[domain]]\ncode='EDU'\nname='a'\nshort='a'\nsummary='b'\nsource='c'\n";
        let err = from_texts(zh, "domain=[]\nitem=[]")
            .map(|_| ())
            .unwrap_err();
        assert!(err.to_string().contains("8 domains"), "{err}");
    }

    #[test]
    fn the_hash_tells_any_change_of_any_part() {
        let base = content_hash(&["a", "bc", "d"]);
        assert_eq!(base, content_hash(&["a", "bc", "d"]));
        assert_ne!(base, content_hash(&["a", "bc", "e"]));
        assert_ne!(
            base,
            content_hash(&["ab", "c", "d"]),
            "text moved between files"
        );
        assert_eq!(
            content_hash(&[""])[..4],
            [0xaf, 0x55, 0x70, 0xf5],
            "SHA-256 of eight zero bytes"
        );
    }

    const ONE_DOMAIN_EACH: (&str, &str) = (
        "[[domain]]\ncode='EDU'\nname='a'\nshort='a'\nsummary='b'\nsource='c'\n",
        "[[domain]]\ncode='EDU'\nname='ᠠ'\nshort='ᠠ'\nsummary='ᠪ'\n",
    );

    /// One EDU-01 item in both seeds, with `zh_extra` and `mn_extra` appended to each.
    fn one_item(zh_extra: &str, mn_extra: &str) -> (String, String) {
        let zh = format!(
            "{}[[item]]\nid='EDU-01'\nname='免费义务教育'\naliases=[]\n{zh_extra}",
            ONE_DOMAIN_EACH.0
        );
        let mn = format!(
            "{}[[item]]\nid='EDU-01'\nname='ᠠ'\naliases=[]\n{mn_extra}",
            ONE_DOMAIN_EACH.1
        );
        (zh, mn)
    }

    fn join_one(zh: &str, mn: &str) -> Result<CatalogueItem, SeedError> {
        let zh: ZhSeed = parse(ZH_FILE, zh)?;
        let mn: MnSeed = parse(MN_FILE, mn)?;
        let (z, m) = zh.item.into_iter().zip(mn.item).next().expect("one item");
        join_item(z, m)
    }

    #[test]
    fn edition_checked_date_and_history_are_read_from_both_seeds() {
        let (zh, mn) = one_item(
            "checked='2026-12-02'\n[item.standard]\ntext='新'\nsource='甲'\nedition='2024-09'\n\
             [[item.history]]\nfield='standard'\ntext='旧'\nsource='乙'\nuntil='2024-08-31'\n",
            "standard='ᠰᠢᠨ᠎ᠡ'\n[[item.history]]\nfield='standard'\ntext='ᠬᠠᠭᠤᠴᠢᠨ'\n",
        );
        let item = join_one(&zh, &mn).unwrap_or_else(|e| panic!("{e}"));
        let standard = item.standard.as_ref().expect("standard");
        assert_eq!(standard.edition.as_deref(), Some("2024-09"));
        assert_eq!(
            item.checked.map(|d| d.to_string()).as_deref(),
            Some("2026-12-02")
        );
        let old: Vec<_> = item.history_of(FieldKind::Standard).collect();
        assert_eq!(old.len(), 1);
        assert_eq!(old[0].text, Text::new("旧", "ᠬᠠᠭᠤᠴᠢᠨ"));
        assert_eq!(old[0].until.to_string(), "2024-08-31");
    }

    #[test]
    fn a_bad_edition_date_or_history_pairing_is_named() {
        let cases = [
            (
                "[item.standard]\ntext='新'\nsource='甲'\nedition='24年'\n",
                "standard='ᠠ'\n",
                "edition",
            ),
            ("checked='2026-13-01'\n", "", "checked"),
            (
                "[[item.history]]\nfield='standard'\ntext='旧'\nsource='乙'\nuntil='2024-08-31'\n",
                "",
                "history entries",
            ),
            (
                "[[item.history]]\nfield='standard'\ntext='旧'\nsource='乙'\nuntil='2024-08-31'\n",
                "[[item.history]]\nfield='funding'\ntext='ᠠ'\n",
                "found funding",
            ),
        ];
        for (zh_extra, mn_extra, want) in cases {
            let (zh, mn) = one_item(zh_extra, mn_extra);
            let err = join_one(&zh, &mn).map(|_| ()).unwrap_err().to_string();
            assert!(err.contains(want), "{want}: {err}");
        }
    }

    #[test]
    fn editions_are_a_year_or_a_month() {
        for good in ["2024", "2021-09", "2016-12"] {
            assert!(is_edition(good), "{good}");
        }
        for bad in [
            "24",
            "2024-9",
            "2024-13",
            "2024-00",
            "2024年",
            "",
            "2024-09-01",
        ] {
            assert!(!is_edition(bad), "{bad}");
        }
    }

    #[test]
    fn cyrillic_is_refused_in_mongolian_text() {
        assert!(text("名", "Монгол", "X").is_err());
        assert!(text("名", "ᠮᠣᠩᠭᠣᠯ", "X").is_ok());
    }
}
