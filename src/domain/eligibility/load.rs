//! Reading the eligibility rules from their TOML: every rule must name its source, its item,
//! known facts and a condition that is not empty, or the whole file is refused with the
//! rule named.
use serde::Deserialize;

use super::{Condition, Rule};
use crate::domain::application::Fact;
use crate::domain::catalogue::{ItemId, Text};
use crate::domain::resident_id::Sex;
use crate::domain::seed::{SeedError, is_foreign_to_mongolian};

const FILE: &str = "seeds/eligibility.toml";
const SEED: &str = include_str!("../../../seeds/eligibility.toml");

/// The eligibility rules compiled into this binary, checked: a rule without a source, or
/// naming an unknown item or fact, refuses the file.
pub fn embedded_rules() -> Result<Vec<Rule>, SeedError> {
    from_text(SEED)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    #[serde(default)]
    rule: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawRule {
    id: String,
    item: String,
    #[serde(default)]
    facts_all: Vec<String>,
    #[serde(default)]
    facts_any: Vec<String>,
    age_min: Option<u32>,
    age_max: Option<u32>,
    months_max: Option<u32>,
    sex: Option<String>,
    why_zh: String,
    why_mn: String,
    /// Optional here so that a rule without one is named, not a TOML error.
    source: Option<String>,
    quote: Option<String>,
}

fn invalid(id: &str, problem: &str) -> SeedError {
    SeedError::Invalid {
        file: FILE,
        problem: format!("rule {id}: {problem}"),
    }
}

/// The rules in `text`, checked; one bad rule refuses the file.
pub fn from_text(text: &str) -> Result<Vec<Rule>, SeedError> {
    let file: RulesFile =
        toml::from_str(text).map_err(|source| SeedError::Parse { file: FILE, source })?;
    let mut rules: Vec<Rule> = Vec::with_capacity(file.rule.len());
    for raw in file.rule {
        let rule = checked(raw)?;
        if rules.iter().any(|r| r.id == rule.id) {
            return Err(invalid(&rule.id, "the id is used twice"));
        }
        rules.push(rule);
    }
    Ok(rules)
}

fn checked(raw: RawRule) -> Result<Rule, SeedError> {
    let id = raw.id.trim().to_string();
    let source = raw
        .source
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .ok_or_else(|| invalid(&id, "no source: a rule ships only with its source"))?;
    let item = ItemId::parse(&raw.item).map_err(|e| invalid(&id, &e.to_string()))?;
    let when = Condition {
        all: facts(&id, &raw.facts_all)?,
        any: facts(&id, &raw.facts_any)?,
        age_min: raw.age_min,
        age_max: raw.age_max,
        months_max: raw.months_max,
        sex: raw.sex.as_deref().map(|s| sex(&id, s)).transpose()?,
    };
    if when.is_empty() {
        return Err(invalid(
            &id,
            "no condition: it would hint the item to everyone",
        ));
    }
    if let (Some(min), Some(max)) = (when.age_min, when.age_max) {
        if min > max {
            return Err(invalid(&id, "age-min is above age-max"));
        }
    }
    Ok(Rule {
        why: why(&id, &raw.why_zh, &raw.why_mn)?,
        id,
        item,
        when,
        source,
        quote: raw
            .quote
            .map(|q| q.trim().to_string())
            .filter(|q| !q.is_empty()),
    })
}

fn facts(id: &str, codes: &[String]) -> Result<Vec<Fact>, SeedError> {
    codes
        .iter()
        .map(|c| Fact::from_code(c).ok_or_else(|| invalid(id, &format!("unknown fact {c:?}"))))
        .collect()
}

fn sex(id: &str, code: &str) -> Result<Sex, SeedError> {
    match code.trim() {
        "female" => Ok(Sex::Female),
        "male" => Ok(Sex::Male),
        other => Err(invalid(
            id,
            &format!("sex is female or male, not {other:?}"),
        )),
    }
}

fn why(id: &str, zh: &str, mn: &str) -> Result<Text, SeedError> {
    if zh.trim().is_empty() || mn.trim().is_empty() {
        return Err(invalid(id, "the explanation is needed in both languages"));
    }
    if let Some(bad) = mn.chars().find(|c| is_foreign_to_mongolian(*c)) {
        let problem = format!("U+{:04X} is not standard Mongolian", bad as u32);
        return Err(invalid(id, &problem));
    }
    Ok(Text::new(zh.trim(), mn.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[[rule]]
id = "a"
item = "HEA-07"
age-min = 65
why-zh = "65岁及以上"
why-mn = "ᠨᠠᠰᠤ"
source = "《2018年国家基本公共卫生服务项目一览表》"
"#;

    #[test]
    fn a_good_rule_loads() {
        let rules = from_text(GOOD).unwrap();
        assert_eq!(rules.len(), 1);
        assert_eq!(rules[0].item.to_string(), "HEA-07");
        assert_eq!(rules[0].when.age_min, Some(65));
    }

    #[test]
    fn a_rule_without_a_source_or_with_a_blank_one_is_refused() {
        let without = GOOD.replace(
            "source = \"《2018年国家基本公共卫生服务项目一览表》\"\n",
            "",
        );
        let err = from_text(&without).unwrap_err().to_string();
        assert!(err.contains("rule a") && err.contains("no source"), "{err}");
        let blank = GOOD.replace("《2018年国家基本公共卫生服务项目一览表》", "  ");
        assert!(from_text(&blank).is_err());
    }

    #[test]
    fn unknown_facts_empty_conditions_and_cyrillic_are_refused() {
        let fact = GOOD.replace("age-min = 65", "facts-any = [\"rich\"]");
        assert!(from_text(&fact).unwrap_err().to_string().contains("rich"));
        let empty = GOOD.replace("age-min = 65", "");
        assert!(
            from_text(&empty)
                .unwrap_err()
                .to_string()
                .contains("no condition")
        );
        let cyrillic = GOOD.replace("ᠨᠠᠰᠤ", "Нас");
        assert!(from_text(&cyrillic).is_err());
        let twice = format!("{GOOD}{GOOD}");
        assert!(from_text(&twice).unwrap_err().to_string().contains("twice"));
    }
}
