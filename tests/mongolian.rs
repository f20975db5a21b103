//! Mongolian text hygiene across every place the program takes it from: Fluent messages, the
//! catalogue and the reference seeds. A case suffix is joined with NNBSP, never a plain space.
use service_desk::domain::reference::{divisions, ethnic_groups};
use service_desk::domain::seed::embedded;
use service_desk::domain::{FieldKind, Lang};
use service_desk::i18n::sources;

/// Suffixes written apart from their stem (locales/GLOSSARY.md, spelling convention 1).
const SUFFIXES: &[&str] = &[
    "ᠤᠨ",
    "ᠦᠨ",
    "ᠶᠢᠨ",
    "ᠢ",
    "ᠶᠢ",
    "ᠳᠤ",
    "ᠳᠦ",
    "ᠲᠤ",
    "ᠲᠦ",
    "ᠪᠠᠷ",
    "ᠪᠡᠷ",
    "ᠢᠶᠠᠷ",
    "ᠢᠶᠡᠷ",
    "ᠠᠴᠠ",
    "ᠡᠴᠡ",
    "ᠲᠠᠢ",
    "ᠲᠡᠢ",
    "ᠤ",
    "ᠦ",
    "ᠪᠠᠨ",
    "ᠪᠡᠨ",
    "ᠢᠶᠠᠨ",
    "ᠢᠶᠡᠨ",
    "ᠳᠠᠬᠢ",
    "ᠳᠡᠬᠢ",
    "ᠲᠠᠬᠢ",
    "ᠲᠡᠬᠢ",
];

fn is_letter(c: char) -> bool {
    ('\u{1820}'..='\u{18AF}').contains(&c) || ('\u{180B}'..='\u{180F}').contains(&c)
}

/// Suffixes preceded by an ASCII space in `text`.
fn loose_suffixes(text: &str) -> Vec<String> {
    let parts: Vec<&str> = text.split(' ').collect();
    parts
        .windows(2)
        .filter(|w| w[0].chars().last().is_some_and(is_letter))
        .filter_map(|w| {
            let word: String = w[1].chars().take_while(|c| is_letter(*c)).collect();
            SUFFIXES
                .contains(&word.as_str())
                .then(|| format!("…{} {word}", w[0]))
        })
        .collect()
}

fn all_mongolian_texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    // Every message is one line: its text as written, placeables and all.
    for (file, text) in sources(Lang::Mn) {
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            if let Some((id, value)) = line.split_once(" = ") {
                out.push((format!("{file} {id}"), value.to_string()));
            }
        }
    }
    let seed = embedded().unwrap();
    for d in &seed.catalogue.domains {
        out.push((format!("domain {}", d.code), d.name.mn.clone()));
        out.push((format!("domain {} summary", d.code), d.summary.mn.clone()));
    }
    for item in &seed.catalogue.items {
        out.push((item.id.to_string(), item.name.mn.clone()));
        for alias in &item.aliases.mn {
            out.push((format!("{} alias", item.id), alias.clone()));
        }
        for kind in FieldKind::ALL {
            if let Some(f) = item.field(kind) {
                out.push((format!("{} {}", item.id, kind.key()), f.text.mn.clone()));
            }
        }
    }
    for d in divisions().unwrap() {
        out.extend(d.name_mn.map(|n| (d.code.clone(), n)));
    }
    for g in ethnic_groups().unwrap() {
        out.extend(g.name_mn.map(|n| (g.code.clone(), n)));
    }
    out
}

#[test]
fn suffixes_are_joined_with_nnbsp_everywhere() {
    let texts = all_mongolian_texts();
    assert!(
        texts.len() > 250,
        "the scan must see the catalogue and the locales"
    );
    let bad: Vec<String> = texts
        .iter()
        .flat_map(|(whose, text)| {
            loose_suffixes(text)
                .into_iter()
                .map(move |s| format!("{whose}: {s}"))
        })
        .collect();
    assert!(
        bad.is_empty(),
        "plain space before a suffix:\n{}",
        bad.join("\n")
    );
}

#[test]
fn no_cyrillic_private_use_or_presentation_forms() {
    for (whose, text) in all_mongolian_texts() {
        let bad = text
            .chars()
            .find(|c| service_desk::domain::seed::is_foreign_to_mongolian(*c));
        assert!(
            bad.is_none(),
            "{whose}: U+{:04X} in {text}",
            bad.map_or(0, |c| c as u32)
        );
    }
}

#[test]
fn the_checker_itself_catches_a_loose_suffix() {
    assert_eq!(loose_suffixes("ᠮᠣᠩᠭᠣᠯ ᠤᠨ").len(), 1);
    assert!(loose_suffixes("ᠮᠣᠩᠭᠣᠯ\u{202F}ᠤᠨ ᠣᠷᠣᠨ").is_empty());
}
