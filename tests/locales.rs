//! Locale completeness: every `.ftl` parses, both locales define the same messages with the
//! same variables, every message id the code names exists, and the key tables' descriptions
//! and hints exist.
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use service_desk::domain::Lang;
use service_desk::i18n::{Localizer, sources};
use service_desk::tui::key_tables;

fn message_ids(lang: Lang) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (file, text) in sources(lang) {
        let resource = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|(_, errors)| panic!("{file} does not parse: {errors:?}"));
        for entry in resource.entries() {
            if let Entry::Message(m) = entry {
                assert!(m.value.is_some(), "{file}: {} has no value", m.id.name);
                ids.insert(m.id.name.to_string());
            }
        }
    }
    ids
}

#[test]
fn every_ftl_parses_and_both_locales_match() {
    let zh = message_ids(Lang::Zh);
    let mn = message_ids(Lang::Mn);
    let only_zh: Vec<_> = zh.difference(&mn).collect();
    let only_mn: Vec<_> = mn.difference(&zh).collect();
    assert!(only_zh.is_empty(), "missing from mn-Mong: {only_zh:?}");
    assert!(only_mn.is_empty(), "missing from zh-CN: {only_mn:?}");
}

type Variables = BTreeMap<String, BTreeSet<String>>;

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// The variables each message of `lang` uses.
fn message_variables(lang: Lang) -> Variables {
    let mut all = Variables::new();
    for (_, text) in sources(lang) {
        let Ok(resource) = FluentResource::try_new(text.to_string()) else {
            continue; // reported by the parsing test
        };
        for entry in resource.entries() {
            if let Entry::Message(m) = entry {
                let used = all.entry(m.id.name.to_string()).or_default();
                if let Some(value) = &m.value {
                    pattern_variables(value, used);
                }
            }
        }
    }
    all
}

/// A message that drops a variable in one language loses what it was for there: the
/// receipt number of a confirmation, the field of a complaint.
#[test]
fn both_locales_use_the_same_variables_in_each_message() {
    let zh = message_variables(Lang::Zh);
    let mn = message_variables(Lang::Mn);
    let differ: Vec<_> = zh
        .iter()
        .filter(|(id, used)| mn.get(*id).is_some_and(|other| other != *used))
        .map(|(id, used)| format!("{id}: zh-CN {used:?}, mn-Mong {:?}", mn[id]))
        .collect();
    assert!(differ.is_empty(), "{differ:#?}");
    assert!(
        zh.values().any(|used| used.contains("receipt")),
        "the walk finds variables"
    );
}

/// String literals in the source that look like message ids.
fn ids_named_in(dir: &Path, out: &mut BTreeSet<String>) {
    const PREFIXES: [&str; 11] = [
        "common-",
        "documents-",
        "form-",
        "catalogue-",
        "cli-",
        "config-",
        "help-",
        "key-",
        "intake-",
        "records-",
        "stats-",
    ];
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ids_named_in(&path, out);
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for literal in text.split('"').skip(1).step_by(2) {
            let looks_like_id = PREFIXES.iter().any(|p| literal.starts_with(p))
                && literal.len() > 4
                && literal
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !literal.ends_with('-');
            if looks_like_id {
                out.insert(literal.to_string());
            }
        }
    }
}

#[test]
fn every_message_the_code_names_exists_in_both_locales() {
    let l10n = Localizer::new(Lang::Zh).unwrap();
    let mut named = BTreeSet::new();
    ids_named_in(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut named,
    );
    assert!(
        named.len() > 30,
        "the scan found too few ids to be working: {named:?}"
    );
    for lang in Lang::ALL {
        let missing: Vec<_> = named.iter().filter(|id| !l10n.has(lang, id)).collect();
        assert!(missing.is_empty(), "{}: {missing:?}", lang.tag());
    }
}

#[test]
fn every_key_has_a_description_and_every_hint_a_label() {
    let l10n = Localizer::new(Lang::Zh).unwrap();
    for lang in Lang::ALL {
        for b in key_tables().into_iter().flatten() {
            assert!(l10n.has(lang, b.desc), "{}: {}", lang.tag(), b.desc);
            if b.hint {
                let hint = format!("{}-hint", b.desc);
                assert!(l10n.has(lang, &hint), "{}: {hint}", lang.tag());
            }
        }
    }
}

#[test]
fn mongolian_messages_use_the_traditional_script() {
    let l10n = Localizer::new(Lang::Mn).unwrap();
    for (file, source) in sources(Lang::Mn) {
        let text = source
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(
            !text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
            "{file}: Cyrillic in {text}"
        );
        assert!(
            !text.chars().any(|c| ('\u{E000}'..='\u{F8FF}').contains(&c)),
            "{file}: private use in {text}"
        );
    }
    let title = l10n.format(Lang::Mn, "common-app-title", &[]);
    assert!(
        title
            .chars()
            .any(|c| ('\u{1820}'..='\u{18AF}').contains(&c)),
        "{title}"
    );
}
