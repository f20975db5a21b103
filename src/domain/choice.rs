//! Choosing from a reference list by typing: a code, Chinese, its pinyin (full or initials)
//! or Mongolian script and its Latin transliteration, as the catalogue search reads them.
use super::reference::{Division, DivisionKind, EthnicGroup};
use super::romanize::{PhoneticKey, PhoneticQuery};
use super::search::fold;

/// One entry of a list a field picks from.
#[derive(Clone, Debug)]
pub struct Choice {
    pub code: String,
    pub zh: String,
    /// The Chinese name where no Mongolian one is established.
    pub mn: String,
    /// The league or city a county belongs to, in both languages; empty above that level.
    pub parent_zh: String,
    pub parent_mn: String,
    folded: String,
    keys: [PhoneticKey; 2],
}

impl Choice {
    pub fn new(code: &str, zh: &str, mn: Option<&str>) -> Choice {
        let mn = mn.unwrap_or(zh).to_string();
        Choice {
            code: code.to_string(),
            folded: format!("{}\u{1}{}\u{1}{}", fold(code), fold(zh), fold(&mn)),
            keys: [PhoneticKey::new(zh), PhoneticKey::new(&mn)],
            zh: zh.to_string(),
            mn,
            parent_zh: String::new(),
            parent_mn: String::new(),
        }
    }

    /// How well `query` (already folded) fits: 0 the code or a name starts with it, 1 it
    /// stands inside one, 2 it matches a reading; `None` when it does not fit.
    fn rank(&self, query: &str, phonetic: &mut PhoneticQuery) -> Option<u8> {
        if query.is_empty() {
            return Some(0);
        }
        let starts = self
            .folded
            .split('\u{1}')
            .any(|part| part.starts_with(query));
        if starts {
            return Some(0);
        }
        if self.folded.contains(query) {
            return Some(1);
        }
        let ascii = query.bytes().all(|b| b.is_ascii_alphanumeric());
        (ascii && self.keys.iter().any(|k| k.find_query(phonetic).is_some())).then_some(2)
    }
}

/// The entries of `list` that `raw` fits, best first and otherwise in list order.
pub fn filter<'a>(list: &'a [Choice], raw: &str) -> Vec<&'a Choice> {
    let query = fold(raw);
    let mut phonetic = PhoneticQuery::new(&query);
    let mut ranked: Vec<(u8, usize, &Choice)> = list
        .iter()
        .enumerate()
        .filter_map(|(at, c)| c.rank(&query, &mut phonetic).map(|r| (r, at, c)))
        .collect();
    ranked.sort_by_key(|(rank, at, _)| (*rank, *at));
    ranked.into_iter().map(|(_, _, c)| c).collect()
}

/// The 56 groups, in GB 3304 order.
pub fn ethnic_group_choices(groups: &[EthnicGroup]) -> Vec<Choice> {
    groups
        .iter()
        .map(|g| Choice::new(&g.code, &g.name_zh, g.name_mn.as_deref()))
        .collect()
}

/// The region's divisions, each county after its league or city, with its league named.
pub fn division_choices(divisions: &[Division]) -> Vec<Choice> {
    let mut out = Vec::with_capacity(divisions.len());
    let is_top = |d: &Division| {
        matches!(
            d.kind,
            DivisionKind::Region | DivisionKind::League | DivisionKind::City
        )
    };
    for top in divisions.iter().filter(|d| is_top(d)) {
        out.push(Choice::new(&top.code, &top.name_zh, top.name_mn.as_deref()));
        for d in divisions
            .iter()
            .filter(|d| !is_top(d) && d.parent == top.code)
        {
            let mut choice = Choice::new(&d.code, &d.name_zh, d.name_mn.as_deref());
            choice.parent_zh.clone_from(&top.name_zh);
            choice.parent_mn = top.name_mn.clone().unwrap_or_else(|| top.name_zh.clone());
            out.push(choice);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::reference::{divisions, ethnic_groups};

    fn codes(list: &[Choice], query: &str) -> Vec<String> {
        filter(list, query).iter().map(|c| c.code.clone()).collect()
    }

    #[test]
    fn an_ethnic_group_is_found_by_chinese_pinyin_mongolian_or_code() {
        let list = ethnic_group_choices(&ethnic_groups().unwrap());
        assert_eq!(codes(&list, "蒙古")[0], "02");
        assert_eq!(codes(&list, "menggu")[0], "02");
        assert_eq!(codes(&list, "mgz")[0], "02");
        assert_eq!(codes(&list, "02")[0], "02");
        let mongol = list.iter().find(|c| c.code == "02").unwrap().mn.clone();
        assert_eq!(codes(&list, &mongol)[0], "02");
        assert!(codes(&list, "qqqqqq").is_empty());
    }

    #[test]
    fn every_division_is_offered_once_with_its_league() {
        let all = divisions().unwrap();
        let list = division_choices(&all);
        assert_eq!(list.len(), all.len());
        let xincheng = list.iter().find(|c| c.code == "150102").unwrap();
        assert_eq!(xincheng.parent_zh, "呼和浩特市");
        assert_eq!(codes(&list, "xinchengqu")[0], "150102");
        assert!(codes(&list, "新城").contains(&"150102".to_string()));
    }
}
