//! Catalogue types: languages, domains, item ids, bilingual text and the 82 service items.
use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::date::Date;
use super::text::{is_dash, key_chars};

/// The two languages every catalogue text and screen carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    /// Chinese, simplified script: the default.
    #[default]
    Zh,
    /// Mongolian in the traditional script.
    Mn,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::Mn];

    /// The BCP 47 tag used for locales, JSON keys and `--lang`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::Mn => "mn-Mong",
        }
    }

    /// Accepts the full tag or its common short forms, case-insensitively.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "zh-cn" | "zh" | "zh-hans" | "zh_cn" => Some(Lang::Zh),
            "mn-mong" | "mn" | "mn_mong" | "mn-cn" => Some(Lang::Mn),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::Mn,
            Lang::Mn => Lang::Zh,
        }
    }
}

/// A text in both languages. JSON keys are the locale tags.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Text {
    #[serde(rename = "zh-CN")]
    pub zh: String,
    #[serde(rename = "mn-Mong")]
    pub mn: String,
}

impl Text {
    pub fn new(zh: impl Into<String>, mn: impl Into<String>) -> Self {
        Text {
            zh: zh.into(),
            mn: mn.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::Mn => &self.mn,
        }
    }
}

/// The eight service domains, in the plan's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DomainCode {
    Edu,
    Emp,
    Ins,
    Hea,
    Soc,
    Hou,
    Cul,
    Dis,
}

impl DomainCode {
    pub const ALL: [DomainCode; 8] = [
        DomainCode::Edu,
        DomainCode::Emp,
        DomainCode::Ins,
        DomainCode::Hea,
        DomainCode::Soc,
        DomainCode::Hou,
        DomainCode::Cul,
        DomainCode::Dis,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DomainCode::Edu => "EDU",
            DomainCode::Emp => "EMP",
            DomainCode::Ins => "INS",
            DomainCode::Hea => "HEA",
            DomainCode::Soc => "SOC",
            DomainCode::Hou => "HOU",
            DomainCode::Cul => "CUL",
            DomainCode::Dis => "DIS",
        }
    }

    /// Case-insensitive: clerks type `edu` as often as `EDU`, and an input method in
    /// full-width mode types `ＥＤＵ`.
    pub fn parse(s: &str) -> Option<DomainCode> {
        let key = code_key(s);
        DomainCode::ALL
            .into_iter()
            .find(|code| code.as_str().eq_ignore_ascii_case(&key))
    }

    /// How many items the plan lists in this domain.
    pub fn item_count(self) -> u8 {
        match self {
            DomainCode::Edu => 8,
            DomainCode::Emp => 10,
            DomainCode::Ins => 7,
            DomainCode::Hea => 20,
            DomainCode::Soc => 13,
            DomainCode::Hou => 3,
            DomainCode::Cul => 10,
            DomainCode::Dis => 11,
        }
    }
}

impl fmt::Display for DomainCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A code or id as typed, ready to compare: NFKC (full-width letters and digits are ASCII),
/// no invisible characters, every dash an ASCII hyphen, no surrounding spaces.
fn code_key(s: &str) -> String {
    let key: String = key_chars(s)
        .map(|c| if is_dash(c) { '-' } else { c })
        .collect();
    key.trim().to_string()
}

/// Why a string is not a catalogue item id.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum IdError {
    #[error("not an item id: {0}")]
    Malformed(String),
    #[error("no such item number in its domain: {0}")]
    OutOfRange(String),
}

/// A catalogue item id such as `EDU-01`: domain code and the item's number in the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ItemId {
    pub domain: DomainCode,
    pub number: u8,
}

impl ItemId {
    pub fn new(domain: DomainCode, number: u8) -> Option<ItemId> {
        (1..=domain.item_count())
            .contains(&number)
            .then_some(ItemId { domain, number })
    }

    /// Accepts `EDU-01`, `edu-1` and `EDU01`, also in full-width letters and digits, with any
    /// dash, and with zero-width characters pasted in.
    pub fn parse(s: &str) -> Result<ItemId, IdError> {
        let key = code_key(s);
        let s = key.as_str();
        let malformed = || IdError::Malformed(s.to_string());
        let code = s.get(..3).ok_or_else(malformed)?;
        let domain = DomainCode::parse(code).ok_or_else(malformed)?;
        let digits = s[3..].strip_prefix('-').unwrap_or(&s[3..]);
        if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(malformed());
        }
        let number: u8 = digits.parse().map_err(|_| malformed())?;
        ItemId::new(domain, number).ok_or_else(|| IdError::OutOfRange(s.to_string()))
    }
}

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:02}", self.domain, self.number)
    }
}

/// The counter-facing fields of an item, in the order the detail pane shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    Recipients,
    Standard,
    Funding,
    Department,
    Materials,
    TimeLimit,
    Venue,
}

impl FieldKind {
    pub const ALL: [FieldKind; 7] = [
        FieldKind::Recipients,
        FieldKind::Standard,
        FieldKind::Funding,
        FieldKind::Department,
        FieldKind::Materials,
        FieldKind::TimeLimit,
        FieldKind::Venue,
    ];

    /// The key used in seeds and JSON.
    pub fn key(self) -> &'static str {
        match self {
            FieldKind::Recipients => "recipients",
            FieldKind::Standard => "standard",
            FieldKind::Funding => "funding",
            FieldKind::Department => "department",
            FieldKind::Materials => "materials",
            FieldKind::TimeLimit => "time_limit",
            FieldKind::Venue => "venue",
        }
    }

    /// The field a seed or history entry names by its key.
    pub fn from_key(key: &str) -> Option<FieldKind> {
        FieldKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// One field's text in both languages, where it comes from, and which edition of that
/// source it states: the year (`2024`) or month (`2021-09`) from which the text holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    pub text: Text,
    pub source: String,
    pub edition: Option<String>,
}

/// A field's text as it stood before a newer rule replaced it, kept so that a clerk can
/// still tell an applicant what applied before `until`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Superseded {
    pub field: FieldKind,
    pub text: Text,
    pub source: String,
    /// The last day the old text held.
    pub until: Date,
}

/// Everyday names and abbreviations people say at a counter, per language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Aliases {
    #[serde(rename = "zh-CN")]
    pub zh: Vec<String>,
    #[serde(rename = "mn-Mong")]
    pub mn: Vec<String>,
}

impl Aliases {
    pub fn get(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::Zh => &self.zh,
            Lang::Mn => &self.mn,
        }
    }
}

/// One basic public service. A field that is `None` has no source in this catalogue yet
/// (the national list may well state it; nobody has brought that statement in).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogueItem {
    pub id: ItemId,
    pub name: Text,
    pub aliases: Aliases,
    pub recipients: Option<Field>,
    pub standard: Option<Field>,
    pub funding: Option<Field>,
    pub department: Option<Field>,
    pub materials: Option<Field>,
    pub time_limit: Option<Field>,
    pub venue: Option<Field>,
    /// The day the item's content was last checked against its sources.
    pub checked: Option<Date>,
    /// Superseded field texts, oldest first.
    pub history: Vec<Superseded>,
}

impl CatalogueItem {
    /// An item with a name and nothing else specified yet.
    pub fn new(id: ItemId, name: Text) -> CatalogueItem {
        CatalogueItem {
            id,
            name,
            aliases: Aliases::default(),
            recipients: None,
            standard: None,
            funding: None,
            department: None,
            materials: None,
            time_limit: None,
            venue: None,
            checked: None,
            history: Vec::new(),
        }
    }

    pub fn domain(&self) -> DomainCode {
        self.id.domain
    }

    pub fn field(&self, kind: FieldKind) -> Option<&Field> {
        match kind {
            FieldKind::Recipients => self.recipients.as_ref(),
            FieldKind::Standard => self.standard.as_ref(),
            FieldKind::Funding => self.funding.as_ref(),
            FieldKind::Department => self.department.as_ref(),
            FieldKind::Materials => self.materials.as_ref(),
            FieldKind::TimeLimit => self.time_limit.as_ref(),
            FieldKind::Venue => self.venue.as_ref(),
        }
    }

    pub fn field_mut(&mut self, kind: FieldKind) -> &mut Option<Field> {
        match kind {
            FieldKind::Recipients => &mut self.recipients,
            FieldKind::Standard => &mut self.standard,
            FieldKind::Funding => &mut self.funding,
            FieldKind::Department => &mut self.department,
            FieldKind::Materials => &mut self.materials,
            FieldKind::TimeLimit => &mut self.time_limit,
            FieldKind::Venue => &mut self.venue,
        }
    }

    /// The superseded texts of one field, oldest first.
    pub fn history_of(&self, kind: FieldKind) -> impl Iterator<Item = &Superseded> {
        self.history.iter().filter(move |h| h.field == kind)
    }

    /// The distinct sources this item's fields cite, in field order.
    pub fn sources(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for field in FieldKind::ALL.iter().filter_map(|k| self.field(*k)) {
            if !out.contains(&field.source.as_str()) {
                out.push(&field.source);
            }
        }
        out
    }
}

/// A service domain with its name and one-line description.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Domain {
    pub code: DomainCode,
    pub name: Text,
    /// A label short enough for the domain pane.
    pub short: Text,
    pub summary: Text,
}

/// The whole catalogue: domains in plan order, items in id order.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Catalogue {
    pub domains: Vec<Domain>,
    pub items: Vec<CatalogueItem>,
}

impl Catalogue {
    pub fn item(&self, id: ItemId) -> Option<&CatalogueItem> {
        self.items.iter().find(|item| item.id == id)
    }

    pub fn domain(&self, code: DomainCode) -> Option<&Domain> {
        self.domains.iter().find(|d| d.code == code)
    }

    pub fn items_in(&self, code: DomainCode) -> impl Iterator<Item = &CatalogueItem> {
        self.items.iter().filter(move |item| item.domain() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_parse_in_the_forms_clerks_type() {
        let want = ItemId::new(DomainCode::Edu, 1).unwrap();
        for s in ["EDU-01", "edu-01", "EDU01", "edu-1", " Edu-01 "] {
            assert_eq!(ItemId::parse(s), Ok(want), "{s}");
        }
        assert_eq!(want.to_string(), "EDU-01");
    }

    #[test]
    fn ids_typed_in_full_width_or_with_invisible_characters_parse() {
        let want = ItemId::new(DomainCode::Edu, 1).unwrap();
        for s in [
            "ＥＤＵ－０１",
            "ｅｄｕ０１",
            "EDU—01",
            "EDU\u{2010}01",
            "\u{3000}EDU-01\u{3000}",
            "\u{FEFF}E\u{200B}DU-\u{200D}01",
            "\u{202E}EDU-01\u{202C}",
        ] {
            assert_eq!(ItemId::parse(s), Ok(want), "{s:?}");
        }
        assert_eq!(DomainCode::parse("ＨＯＵ"), Some(DomainCode::Hou));
        assert_eq!(DomainCode::parse("H\u{200B}OU"), Some(DomainCode::Hou));
        assert!(ItemId::parse("ＥＤＵ－０９").is_err());
    }

    #[test]
    fn ids_outside_the_plan_are_rejected() {
        assert!(matches!(
            ItemId::parse("EDU-09"),
            Err(IdError::OutOfRange(_))
        ));
        assert!(matches!(
            ItemId::parse("HOU-00"),
            Err(IdError::OutOfRange(_))
        ));
        for bad in ["", "ED", "XYZ-01", "EDU-", "EDU-001", "EDU-0a", "教育-01"] {
            assert!(
                matches!(ItemId::parse(bad), Err(IdError::Malformed(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn domains_add_up_to_82_items() {
        let total: u32 = DomainCode::ALL
            .iter()
            .map(|d| u32::from(d.item_count()))
            .sum();
        assert_eq!(total, 82);
    }

    #[test]
    fn lang_tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::parse("fr"), None);
    }
}
