//! The catalogue seeds embedded in the binary: parsed from `seeds/catalogue/*.toml`, joined by id
//! across the two languages, and checked so a broken seed is caught at build-test time.
use std::collections::BTreeMap;

use serde::Deserialize;
use thiserror::Error;

use super::catalogue::{
    Aliases, Catalogue, CatalogueItem, Domain, DomainCode, Field, FieldKind, ItemId, Text,
};

const ZH_SEED: &str = include_str!("../../seeds/catalogue/zh-CN.toml");
const MN_SEED: &str = include_str!("../../seeds/catalogue/mn-Mong.toml");
const META_SEED: &str = include_str!("../../seeds/catalogue/meta.toml");
const ELIGIBILITY_SEED: &str = include_str!("../../seeds/eligibility.toml");

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
}

/// Flattened fields rule out `deny_unknown_fields`; unknown keys are refused in `join_item`.
#[derive(Deserialize)]
struct ZhItem {
    id: String,
    name: String,
    aliases: Vec<String>,
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

/// The eligibility rules compiled into this binary, checked: a rule without a source, or
/// naming an unknown item or fact, refuses the file.
pub fn eligibility_rules() -> Result<Vec<super::eligibility::Rule>, SeedError> {
    super::eligibility::from_text(ELIGIBILITY_SEED)
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
    FieldKind::ALL.into_iter().find(|k| k.key() == key)
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
        *item.field_mut(kind) = Some(Field {
            text: text(&field.text, mn_text, &whose)?,
            source: field.source,
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

    #[test]
    fn cyrillic_is_refused_in_mongolian_text() {
        assert!(text("名", "Монгол", "X").is_err());
        assert!(text("名", "ᠮᠣᠩᠭᠣᠯ", "X").is_ok());
    }
}
