//! The glossary is the single source of the Mongolian terms: every message present in both
//! locales whose Chinese text uses a glossary term must use that term's Mongolian in its
//! Mongolian text. Inflection is allowed: a term matches by the stems of its words.
use std::collections::{BTreeMap, BTreeSet};

use service_desk::domain::Lang;
use service_desk::i18n::sources;

const GLOSSARY: &str = include_str!("../locales/GLOSSARY.md");

/// Messages that use a glossary term's Chinese in another sense, or leave the word out of the
/// Mongolian on purpose. Each names the message, the Chinese term and why.
const EXCEPTIONS: &[(&str, &str)] = &[
    // The domain-pane label is the glossary's short form (ᠵᠢᠭᠠᠨ ᠵᠠᠯᠠᠬᠤ ᠪᠠᠷᠢᠮᠵᠢᠶ᠎ᠠ), as its
    // glossary row says; the full term would not fit the pane.
    ("catalogue-field-standard", "服务指导标准"),
    ("catalogue-field-standard", "服务"),
    // "依据" inside the longer note is the glossary's own phrase for that note.
    ("catalogue-not-specified", "依据"),
    // A language setting: beside 中文 = ᠬᠢᠲᠠᠳ ᠬᠡᠯᠡ, 蒙古文 names the language, ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ.
    ("config-rule-lang", "蒙古文"),
    // Key hints are the glossary's short forms, to fit the key bar (选定 (hint), 帮助 and
    // 稍后 rows).
    ("key-choose-hint", "选定"),
    ("key-help-hint", "帮助"),
    ("drafts-key-later-hint", "稍后"),
    // The command to type is quoted as typed: its query stays 低保.
    ("common-error-dumb-terminal", "低保"),
    ("common-error-not-a-terminal", "低保"),
    // 标准输入/标准输出 are the terminal's input and output, not a service standard.
    ("common-error-not-a-terminal", "标准"),
    // Each locale's own name for itself, not a translation of the other's.
    ("common-language-name", "中文"),
    // 名称 alone in the operator messages is the operator's sign-in name (操作员名称), a
    // person's name: ᠨᠡᠷ᠎ᠡ, not ᠨᠡᠷᠡᠢᠳᠦᠯ.
    ("login-first-intro", "名称"),
    ("security-error-name-too-long", "名称"),
    ("security-error-name-taken", "名称"),
    ("security-error-no-operator", "名称"),
    ("security-error-not-set-up", "名称"),
    ("security-operators-column-name", "名称"),
    // A form label kept short beside its field: "the password again".
    ("login-label-repeat", "输入"),
    // Placeholders and the picker's key line say what to search by and leave 输入 implicit,
    // to fit their width (52 and 80 cells at 80 columns).
    ("form-placeholder-pick", "输入"),
    ("form-placeholder-service", "输入"),
    ("form-centre-keys", "输入"),
    // The receipt's label for the promised date is a deadline, ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ (期限), as the
    // glossary's 时间 row allows.
    ("documents-label-deadline", "时间"),
    // The rating chart's labels are the glossary's short forms (the （满意度）简称 row): they
    // have 18 cells beside their bars, and ᠰᠡᠳᠬᠢᠯ would make 非常不满意 24.
    ("stats-rating-short-very-satisfied", "满意"),
    ("stats-rating-short-satisfied", "满意"),
    ("stats-rating-short-basically-satisfied", "满意"),
    ("stats-rating-short-dissatisfied", "满意"),
    ("stats-rating-short-very-dissatisfied", "满意"),
    // 确定…吗 asks whether to go on, which the Mongolian asks as a question (ᠠᠷᠢᠯᠭᠠᠬᠤ ᠤᠤ?);
    // the 确认 after it is the key press that confirms (ᠪᠠᠲᠤᠯᠠᠨ᠎ᠠ).
    ("drafts-confirm-discard", "确定"),
    // The label before the detail's action strip (可办理：) says "may do", ᠬᠢᠵᠦ ᠪᠣᠯᠬᠤ: with
    // ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ the 80-cell strip shows one action instead of two.
    ("records-actions", "办理"),
    // The records list's column heads fit their columns at 80 columns: the receipt column is
    // 20 cells (ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ, without ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ), its date-number tail 13 (ᠡᠳᠦᠷ, not
    // ᠡᠳᠦᠷ ᠰᠠᠷ᠎ᠠ), the day 10 (the day alone: every row there is accepted) and the name 8
    // (ᠨᠡᠷ᠎ᠡ, as the names shown are masked).
    ("records-column-receipt", "回执编号"),
    ("records-column-receipt-tail", "日期"),
    ("records-column-day", "受理"),
    ("records-screen-column-name", "姓名"),
];

/// Message families not yet brought in line with the glossary, each with the number of
/// disagreements it had when the check was written. A family leaves this list once its
/// messages agree (a test fails while a listed family has none left), so it only shrinks.
const NOT_YET_RECONCILED: &[(&str, usize)] = &[("documents-", 1), ("intake-", 2)];

fn not_yet_reconciled(id: &str) -> bool {
    NOT_YET_RECONCILED.iter().any(|(p, _)| id.starts_with(p))
}

/// A glossary row's Chinese terms paired with their Mongolian forms, for the rows a string
/// match can check: unqualified terms of two or more Han characters.
fn glossary_terms() -> BTreeMap<String, BTreeSet<String>> {
    let mut terms: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in GLOSSARY.lines().filter(|l| l.starts_with("| ")) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let (Some(zh), Some(mn)) = (cells.get(1), cells.get(2)) else {
            continue;
        };
        if *zh == "中文" || zh.starts_with("---") {
            continue;
        }
        let zh_parts: Vec<&str> = zh.split(" / ").collect();
        let mn_parts: Vec<&str> = mn.split(" / ").collect();
        if zh_parts.len() != mn_parts.len() {
            continue;
        }
        for (z, m) in zh_parts.into_iter().zip(mn_parts) {
            if checkable(z) {
                terms
                    .entry(z.to_string())
                    .or_default()
                    .insert(m.to_string());
            }
        }
    }
    terms
}

fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// A term of one sense only (no "（…）" qualifier), all Han, at least two characters: a single
/// character is part of too many other words to be checked by a string match.
fn checkable(zh: &str) -> bool {
    zh.chars().count() >= 2 && zh.chars().all(is_han)
}

/// Words of a Mongolian text with the suffixes (the pieces after U+202F) left out.
fn stems_of_text(text: &str) -> Vec<String> {
    text.split(' ')
        .filter_map(|w| w.split('\u{202F}').next())
        .map(|w| {
            w.trim_matches(|c: char| !is_mongolian_letter(c))
                .to_string()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn is_mongolian_letter(c: char) -> bool {
    ('\u{1820}'..='\u{18AF}').contains(&c) || ('\u{180B}'..='\u{180F}').contains(&c)
}

/// Endings a glossary word may carry that its inflected or derived forms drop: the detached
/// final a/e (ᠨᠡᠷ᠎ᠡ), the verbal noun (ᠭᠤᠶᠤᠴᠢᠯᠠᠬᠤ) and the deverbal nouns (ᠪᠠᠢᠴᠠᠭᠠᠯᠲᠠ,
/// ᠪᠦᠷᠢᠳᠬᠡᠯ), so that ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠰᠠᠨ and ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ match.
const ENDINGS: &[&str] = &[
    "\u{180E}ᠠ",
    "\u{180E}ᠡ",
    "ᠬᠤ",
    "ᠬᠦ",
    "ᠯᠲᠠ",
    "ᠯᠲᠡ",
    "ᠯᠭ᠎ᠠ",
    "ᠯᠭᠡ",
    "ᠭ᠎ᠠ",
    "ᠭᠡ",
    "ᠯ",
];

/// The stem of a glossary word: its longest ending off, if two letters stay, so that
/// ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠭ᠎ᠠ loses ᠯᠭ᠎ᠠ, not only ᠎ᠠ, and matches ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠰᠠᠨ.
fn stem(word: &str) -> String {
    ENDINGS
        .iter()
        .filter_map(|e| word.strip_suffix(e).filter(|s| s.chars().count() >= 2))
        .min_by_key(|s| s.len())
        .unwrap_or(word)
        .to_string()
}

/// Whether `text` contains the words of `term` in order, each word starting with its stem.
fn uses(text: &str, term: &str) -> bool {
    let want: Vec<String> = stems_of_text(term).iter().map(|w| stem(w)).collect();
    let have = stems_of_text(text);
    !want.is_empty()
        && have
            .windows(want.len())
            .any(|w| w.iter().zip(&want).all(|(h, s)| h.starts_with(s.as_str())))
}

/// One-line messages of a locale: id → text.
fn messages(lang: Lang) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (_, text) in sources(lang) {
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            if let Some((id, value)) = line.split_once(" = ") {
                out.insert(id.trim().to_string(), value.to_string());
            }
        }
    }
    out
}

/// For each glossary term, the longer terms that hold it, longest first.
fn holders(terms: &BTreeMap<String, BTreeSet<String>>) -> BTreeMap<&str, Vec<&str>> {
    let mut out: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for term in terms.keys() {
        let mut longer: Vec<&str> = terms
            .keys()
            .filter(|t| t.len() > term.len() && t.contains(term.as_str()))
            .map(String::as_str)
            .collect();
        longer.sort_by_key(|t| std::cmp::Reverse(t.len()));
        out.insert(term, longer);
    }
    out
}

/// Whether `term` stands in `text` outside every longer glossary term that holds it
/// (`longer`, longest first): 文件 in 文件夹 is the folder's own term, checked as that.
fn stands_alone(text: &str, term: &str, longer: &[&str]) -> bool {
    if !text.contains(term) {
        return false;
    }
    let mut rest = text.to_string();
    for t in longer.iter().filter(|t| text.contains(**t)) {
        rest = rest.replace(t, "\u{0}");
    }
    rest.contains(term)
}

fn disagreements() -> Vec<String> {
    let terms = glossary_terms();
    let zh = messages(Lang::Zh);
    let mn = messages(Lang::Mn);
    let holders = holders(&terms);
    let mut bad = Vec::new();
    for (id, zh_text) in &zh {
        let Some(mn_text) = mn.get(id) else { continue };
        let used = |t: &&String| stands_alone(zh_text, t, &holders[t.as_str()]);
        for (term, forms) in terms.iter().filter(|(t, _)| used(t)) {
            if EXCEPTIONS.contains(&(id.as_str(), term.as_str())) {
                continue;
            }
            if !forms.iter().any(|f| uses(mn_text, f)) {
                let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
                bad.push(format!("{id}: {term} → {}", forms.join(" | ")));
            }
        }
    }
    bad
}

#[test]
fn the_glossary_has_terms_to_check() {
    let terms = glossary_terms();
    assert!(terms.len() > 200, "only {} terms parsed", terms.len());
    for term in ["服务对象", "申请材料", "依据", "返回", "医疗保险", "单位"] {
        assert!(terms.contains_key(term), "{term} is not a checkable entry");
    }
}

#[test]
fn every_message_uses_the_glossary_mongolian_for_its_chinese_terms() {
    let bad: Vec<String> = disagreements()
        .into_iter()
        .filter(|d| !not_yet_reconciled(d))
        .collect();
    assert!(
        bad.is_empty(),
        "{} messages disagree with locales/GLOSSARY.md:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn families_not_yet_reconciled_still_disagree_and_get_no_worse() {
    let bad = disagreements();
    for (prefix, known) in NOT_YET_RECONCILED {
        let now = bad.iter().filter(|d| d.starts_with(prefix)).count();
        assert!(
            now > 0,
            "{prefix} agrees now: take it off NOT_YET_RECONCILED"
        );
        let listed: Vec<&String> = bad.iter().filter(|d| d.starts_with(prefix)).collect();
        assert!(
            now <= *known,
            "{prefix}: {now} disagreements, {known} known:\n{listed:#?}"
        );
    }
}

#[test]
fn stems_match_inflected_forms_and_only_them() {
    assert!(uses("ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠰᠠᠨ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ", "ᠭᠤᠶᠤᠴᠢᠯᠠᠬᠤ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ"));
    assert!(uses("ᠨᠡᠶᠢᠲᠡ\u{202F}ᠳᠦ ᠠᠰᠢᠭ", "ᠨᠡᠶᠢᠲᠡ\u{202F}ᠶᠢᠨ"));
    assert!(uses("ᠲᠤᠰ ᠦᠨᠳᠦᠰᠦᠯᠡᠯ᠄", "ᠦᠨᠳᠦᠰᠦᠯᠡᠯ"));
    assert!(uses("ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ", "ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠭ\u{180E}ᠠ"));
    assert!(!uses("ᠡᠬᠢ ᠰᠤᠷᠪᠤᠯᠵᠢ", "ᠦᠨᠳᠦᠰᠦᠯᠡᠯ"));
    assert!(!uses("ᠮᠥᠷᠳᠡᠯ\u{202F}ᠦᠨ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ", "ᠭᠤᠶᠤᠴᠢᠯᠠᠬᠤ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ"));
    assert!(!checkable("市") && !checkable("编号（编排）") && checkable("服务对象"));
    let longer = ["备份文件", "文件夹"];
    assert!(!stands_alone("请检查该文件夹", "文件", &longer));
    assert!(stands_alone("文件夹中的文件", "文件", &longer));
    assert!(!stands_alone("请检查磁盘", "文件", &longer));
}
