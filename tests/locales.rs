//! Locale completeness: every `.ftl` parses, both locales define the same messages, every
//! message id the code names exists, and the key tables' descriptions and hints exist.
use std::collections::BTreeSet;
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::Entry;
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

/// String literals in the source that look like message ids.
fn ids_named_in(dir: &Path, out: &mut BTreeSet<String>) {
    const PREFIXES: [&str; 8] = [
        "common-",
        "catalogue-",
        "cli-",
        "config-",
        "help-",
        "key-",
        "intake-",
        "records-",
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
