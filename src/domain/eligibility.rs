//! Eligibility hints: rules, read from `seeds/eligibility.toml`, that say which catalogue
//! items a person may be entitled to from the facts a clerk records (低保, 特困, disability,
//! 优抚, …) and the age and sex an ID number gives. Each rule names its source; a hint is a
//! prompt for the clerk to ask, never a decision.
use super::application::Fact;
use super::catalogue::{ItemId, Text};
use super::date::Date;
use super::resident_id::{ResidentId, Sex};

mod load;

pub use load::{embedded_rules, from_text};

/// One rule: when `when` holds for a person, `item` is hinted with `why` and `source`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    /// Unique within the file, for messages about the rule and for tests.
    pub id: String,
    pub item: ItemId,
    pub when: Condition,
    /// One line for the clerk, in both languages.
    pub why: Text,
    /// The document the condition is taken from, cited as the catalogue cites it.
    pub source: String,
    /// The words of the source the condition rests on, when the source is the catalogue's
    /// 服务对象 text: a test holds them against the catalogue, so a corrected catalogue
    /// shows which rules to read again.
    pub quote: Option<String>,
}

/// What must hold. Every part given must hold; a part not given does not matter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Condition {
    /// Every one of these facts.
    pub all: Vec<Fact>,
    /// At least one of these facts (when any are listed).
    pub any: Vec<Fact>,
    /// Age in whole years, at least.
    pub age_min: Option<u32>,
    /// Age in whole years, at most.
    pub age_max: Option<u32>,
    /// Age in whole months, at most (for the youngest children's services).
    pub months_max: Option<u32>,
    pub sex: Option<Sex>,
}

impl Condition {
    /// A condition with no part would hint the item to everyone.
    pub fn is_empty(&self) -> bool {
        *self == Condition::default()
    }

    fn needs_birth_date(&self) -> bool {
        self.age_min.is_some() || self.age_max.is_some() || self.months_max.is_some()
    }

    /// Whether `person` meets every part. Without an ID number, a rule on age or sex never
    /// fires.
    pub fn holds(&self, person: &Person) -> bool {
        let facts = self.all.iter().all(|f| person.facts.contains(f))
            && (self.any.is_empty() || self.any.iter().any(|f| person.facts.contains(f)));
        facts && self.age_holds(person) && self.sex.is_none_or(|s| person.sex == Some(s))
    }

    fn age_holds(&self, person: &Person) -> bool {
        if !self.needs_birth_date() {
            return true;
        }
        let (Some(years), Some(months)) = (person.age, person.months) else {
            return false;
        };
        self.age_min.is_none_or(|min| years >= min)
            && self.age_max.is_none_or(|max| years <= max)
            && self.months_max.is_none_or(|max| months <= max)
    }
}

/// What the rules look at: the facts ticked, and what the ID number tells.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Person {
    pub facts: Vec<Fact>,
    /// Whole years, when the ID number is whole and sound.
    pub age: Option<u32>,
    /// Whole months.
    pub months: Option<u32>,
    pub sex: Option<Sex>,
}

impl Person {
    /// The person as the form holds them on `today`: fact codes as typed, and the ID number
    /// if it is sound.
    pub fn from_form(fact_codes: &[String], id_number: &str, today: Date) -> Person {
        let facts = fact_codes
            .iter()
            .filter_map(|c| Fact::from_code(c))
            .collect();
        let id = ResidentId::parse(id_number, today).ok();
        Person {
            facts,
            age: id.as_ref().and_then(|id| id.age_on(today)),
            months: id
                .as_ref()
                .and_then(|id| whole_months(id.birth_date(), today)),
            sex: id.as_ref().map(ResidentId::sex),
        }
    }
}

/// Whole months from `born` to `on`; `None` when `on` is earlier.
pub fn whole_months(born: Date, on: Date) -> Option<u32> {
    if on < born {
        return None;
    }
    let count = |d: Date| i64::from(d.year()) * 12 + i64::from(d.month());
    let before_day = on.day() < born.day();
    u32::try_from(count(on) - count(born) - i64::from(before_day)).ok()
}

/// An item the person may be entitled to, with the first rule that fired for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hint<'a> {
    pub item: ItemId,
    pub rule: &'a Rule,
}

/// The items `rules` hint for `person`, one each, in the rules' order; items in `skip`
/// (applied for now, or open or completed before) are left out.
pub fn hints<'a>(rules: &'a [Rule], person: &Person, skip: &[ItemId]) -> Vec<Hint<'a>> {
    let mut out: Vec<Hint<'a>> = Vec::new();
    for rule in rules {
        let seen = out.iter().any(|h| h.item == rule.item);
        if !seen && !skip.contains(&rule.item) && rule.when.holds(person) {
            out.push(Hint {
                item: rule.item,
                rule,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: u16, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn months_count_whole_months_only() {
        assert_eq!(whole_months(date(2022, 12, 2), date(2025, 12, 2)), Some(36));
        assert_eq!(whole_months(date(2022, 12, 3), date(2025, 12, 2)), Some(35));
        assert_eq!(whole_months(date(2025, 12, 3), date(2025, 12, 2)), None);
    }

    #[test]
    fn every_part_of_a_condition_must_hold() {
        let when = Condition {
            all: vec![Fact::Disability],
            any: vec![Fact::Dibao, Fact::ExtremePoverty],
            age_max: Some(6),
            ..Condition::default()
        };
        let mut person = Person {
            facts: vec![Fact::Disability, Fact::ExtremePoverty],
            age: Some(6),
            months: Some(80),
            sex: Some(Sex::Male),
        };
        assert!(when.holds(&person));
        person.age = Some(7);
        assert!(!when.holds(&person));
        person.age = Some(3);
        person.facts = vec![Fact::Disability];
        assert!(!when.holds(&person), "none of the any-facts");
        person.facts = vec![Fact::Dibao];
        assert!(!when.holds(&person), "the all-fact is missing");
    }

    #[test]
    fn without_an_id_number_no_rule_on_age_or_sex_fires() {
        let by_age = Condition {
            age_min: Some(65),
            ..Condition::default()
        };
        let by_sex = Condition {
            sex: Some(Sex::Female),
            ..Condition::default()
        };
        let nobody = Person::default();
        assert!(!by_age.holds(&nobody));
        assert!(!by_sex.holds(&nobody));
    }
}
