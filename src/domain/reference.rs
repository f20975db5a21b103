//! Reference data embedded as seeds: Inner Mongolia's divisions (GB/T 2260) and the 56 ethnic
//! groups (GB 3304), each with its traditional-script name where one is established.
use serde::Deserialize;

use super::seed::SeedError;

const DIVISIONS: &str = include_str!("../../seeds/divisions.toml");
const ETHNIC_GROUPS: &str = include_str!("../../seeds/ethnic-groups.toml");

/// What level a division is at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DivisionKind {
    Region,
    League,
    City,
    District,
    Banner,
    AutonomousBanner,
    County,
    CountyCity,
    /// A development zone with its own code; appears in ID address codes, not a division.
    StatisticalUnit,
}

/// How far a Mongolian name can be trusted; see the seed file's header.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    High,
    Medium,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Division {
    pub code: String,
    pub kind: DivisionKind,
    pub name_zh: String,
    /// Absent where no established Mongolian name was confirmed: show the Chinese name.
    pub name_mn: Option<String>,
    pub parent: String,
    pub mn_source: Option<String>,
    pub mn_confidence: Option<Confidence>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EthnicGroup {
    pub code: String,
    pub name_zh: String,
    pub roman: String,
    pub letters: String,
    pub name_mn: Option<String>,
    pub mn_source: Option<String>,
    pub mn_confidence: Option<Confidence>,
}

#[derive(Deserialize)]
struct DivisionFile {
    division: Vec<Division>,
}

#[derive(Deserialize)]
struct GroupFile {
    group: Vec<EthnicGroup>,
}

/// The region, its leagues and cities, and their county-level divisions.
pub fn divisions() -> Result<Vec<Division>, SeedError> {
    let file: DivisionFile = toml::from_str(DIVISIONS).map_err(|source| SeedError::Parse {
        file: "seeds/divisions.toml",
        source,
    })?;
    Ok(file.division)
}

/// The 56 ethnic groups in GB 3304 order.
pub fn ethnic_groups() -> Result<Vec<EthnicGroup>, SeedError> {
    let file: GroupFile = toml::from_str(ETHNIC_GROUPS).map_err(|source| SeedError::Parse {
        file: "seeds/ethnic-groups.toml",
        source,
    })?;
    Ok(file.group)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::seed::is_foreign_to_mongolian;
    use std::collections::HashSet;

    fn clean_mongolian(s: &str) -> bool {
        s.chars()
            .all(|c| ('\u{1800}'..='\u{18AF}').contains(&c) || c == '\u{202F}' || c == ' ')
            && !s.chars().any(is_foreign_to_mongolian)
    }

    #[test]
    fn divisions_form_one_tree_under_the_region() {
        let all = divisions().unwrap();
        assert_eq!(all.len(), 121);
        let codes: HashSet<&str> = all.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes.len(), all.len(), "codes are unique");
        for d in &all {
            assert!(
                d.code.len() == 6 && d.code.bytes().all(|b| b.is_ascii_digit()),
                "{}",
                d.code
            );
            match d.kind {
                DivisionKind::Region => assert!(d.parent.is_empty()),
                _ => assert!(
                    codes.contains(d.parent.as_str()),
                    "{} has no parent {}",
                    d.code,
                    d.parent
                ),
            }
        }
        let leagues = all
            .iter()
            .filter(|d| matches!(d.kind, DivisionKind::League | DivisionKind::City))
            .count();
        assert_eq!(leagues, 12);
    }

    #[test]
    fn every_mongolian_name_is_sourced_and_clean() {
        for d in divisions().unwrap() {
            if let Some(mn) = &d.name_mn {
                assert!(clean_mongolian(mn), "{}: {mn:?}", d.code);
                assert!(
                    d.mn_source.is_some() && d.mn_confidence.is_some(),
                    "{}",
                    d.code
                );
            }
        }
        for g in ethnic_groups().unwrap() {
            if let Some(mn) = &g.name_mn {
                assert!(clean_mongolian(mn), "{}: {mn:?}", g.code);
                assert!(g.mn_source.is_some(), "{}", g.code);
            }
        }
    }

    #[test]
    fn the_56_groups_are_numbered_01_to_56() {
        let groups = ethnic_groups().unwrap();
        let codes: Vec<String> = groups.iter().map(|g| g.code.clone()).collect();
        let want: Vec<String> = (1..=56).map(|n| format!("{n:02}")).collect();
        assert_eq!(codes, want);
        assert_eq!(groups[1].name_zh, "蒙古族");
    }
}
