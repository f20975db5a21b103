//! Mongolian text hygiene across every place the program takes it from: Fluent messages, the
//! catalogue and the reference seeds. A case suffix is joined with NNBSP, never a plain space;
//! the dative after g b r s d is ᠲᠤ/ᠲᠦ; punctuation is Mongolian (᠄ ᠃ ᠂ and 《》); an everyday
//! name is built from words the glossary or the catalogue already has.
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
        for old in &item.history {
            out.push((format!("{} history", item.id), old.text.mn.clone()));
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

/// Dative and locative suffixes that take ᠳ after a vowel or n m l ng but ᠲ after g b r s d
/// (locales/GLOSSARY.md, spelling convention 3): the wrong one after such a stem.
fn dative_slips(text: &str) -> Vec<String> {
    const AFTER_GBRSD: [char; 5] = ['ᠭ', 'ᠪ', 'ᠷ', 'ᠰ', 'ᠳ'];
    let parts: Vec<&str> = text.split('\u{202F}').collect();
    parts
        .windows(2)
        .filter_map(|w| {
            let last = w[0]
                .chars()
                .rev()
                .find(|c| is_letter(*c) && !('\u{180B}'..='\u{180F}').contains(c))?;
            let suffix: String = w[1].chars().take_while(|c| is_letter(*c)).collect();
            let soft = ["ᠳᠤ", "ᠳᠦ", "ᠳᠠᠬᠢ", "ᠳᠡᠬᠢ"].contains(&suffix.as_str());
            let hard = ["ᠲᠤ", "ᠲᠦ", "ᠲᠠᠬᠢ", "ᠲᠡᠬᠢ"].contains(&suffix.as_str());
            let wants_hard = AFTER_GBRSD.contains(&last);
            ((soft && wants_hard) || (hard && !wants_hard && last.is_alphabetic())).then(|| {
                format!(
                    "…{}\u{202F}{suffix}",
                    w[0].chars()
                        .rev()
                        .take(6)
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect::<String>()
                )
            })
        })
        .collect()
}

#[test]
fn the_dative_after_g_b_r_s_d_is_tu() {
    let bad: Vec<String> = all_mongolian_texts()
        .iter()
        .flat_map(|(whose, text)| {
            dative_slips(text)
                .into_iter()
                .map(move |s| format!("{whose}: {s}"))
        })
        .collect();
    assert!(bad.is_empty(), "dative slips:\n{}", bad.join("\n"));
    assert_eq!(dative_slips("ᠮᠥᠷ\u{202F}ᠳᠦ").len(), 1);
    assert_eq!(dative_slips("ᠣᠷᠣᠨ\u{202F}ᠲᠤ").len(), 1);
    assert!(dative_slips("ᠮᠥᠷ\u{202F}ᠲᠦ ᠣᠷᠣᠨ\u{202F}ᠳᠤ").is_empty());
}

/// Punctuation that has no place in Mongolian text: Chinese punctuation anywhere, straight
/// quotes around Mongolian words, and an ASCII colon, semicolon, comma or full stop after a
/// Mongolian letter, a closing bracket or a placeable. The Mongolian forms are ᠄ ᠂ ᠃ and 《》.
fn stray_punctuation(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut bad = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let mongolian = |c: Option<char>| c.is_some_and(|c| ('\u{1820}'..='\u{18AF}').contains(&c));
        let wrong = match c {
            '，' | '。' | '：' | '；' | '、' | '“' | '”' | '‘' | '’' => true,
            '"' => mongolian(before) || mongolian(after),
            ':' | ';' | ',' | '.' => {
                (mongolian(before) || matches!(before, Some(')' | '}')))
                    && after.is_none_or(|a| a == ' ')
            }
            _ => false,
        };
        if wrong {
            let from = i.saturating_sub(8);
            bad.push(chars[from..(i + 2).min(chars.len())].iter().collect());
        }
    }
    bad
}

#[test]
fn mongolian_text_uses_mongolian_punctuation() {
    let bad: Vec<String> = all_mongolian_texts()
        .iter()
        .flat_map(|(whose, text)| {
            stray_punctuation(text)
                .into_iter()
                .map(move |s| format!("{whose}: …{s}"))
        })
        .collect();
    assert!(
        bad.is_empty(),
        "non-Mongolian punctuation:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_punctuation_check_catches_each_kind() {
    for text in [
        "ᠮᠣᠩᠭᠣᠯ: ᠬᠡᠯᠡ",
        "ᠮᠣᠩᠭᠣᠯ，",
        "\"ᠮᠣᠩᠭᠣᠯ\"",
        "{ $x }: ᠠ",
        "ᠠᠪᠤᠨ᠎ᠠ.",
    ] {
        assert_eq!(stray_punctuation(text).len().min(1), 1, "{text}");
    }
    for text in [
        "ᠮᠣᠩᠭᠣᠯ᠄ ᠬᠡᠯᠡ᠃",
        "《ᠮᠣᠩᠭᠣᠯ》",
        "UTF-8 ᠬᠡᠯᠪᠡᠷᠢ",
        "A-2᠃",
        "/srv/x.db ᠪᠠ",
    ] {
        assert!(stray_punctuation(text).is_empty(), "{text}");
    }
}

const GLOSSARY: &str = include_str!("../locales/GLOSSARY.md");

/// The Mongolian letters of a word (variation selectors and the vowel separator kept).
fn letters(word: &str) -> String {
    word.chars()
        .filter(|c| ('\u{1820}'..='\u{18AF}').contains(c) || ('\u{180B}'..='\u{180F}').contains(c))
        .collect()
}

/// Words of a text, split at spaces and at NNBSP (a suffix is a word here).
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split([' ', '\u{202F}'])
        .map(letters)
        .filter(|w| !w.is_empty())
}

/// Every word of the glossary's Mongolian column and of the catalogue's Mongolian names, fields
/// and domains: the words an everyday name may be built from.
fn known_words() -> std::collections::BTreeSet<String> {
    let mut known = std::collections::BTreeSet::new();
    for line in GLOSSARY.lines().filter(|l| l.starts_with("| ")) {
        if let Some(mn) = line.split('|').nth(2) {
            known.extend(words(mn));
        }
    }
    let catalogue = embedded().unwrap().catalogue;
    for item in &catalogue.items {
        known.extend(words(&item.name.mn));
        for kind in FieldKind::ALL {
            if let Some(f) = item.field(kind) {
                known.extend(words(&f.text.mn));
            }
        }
    }
    for d in &catalogue.domains {
        known.extend(words(&d.name.mn));
    }
    known
}

#[test]
fn everyday_names_are_built_from_glossary_and_catalogue_words() {
    let known = known_words();
    let catalogue = embedded().unwrap().catalogue;
    let mut names = 0;
    let mut bad = Vec::new();
    for item in &catalogue.items {
        for alias in &item.aliases.mn {
            names += 1;
            let unknown: Vec<String> = words(alias).filter(|w| !known.contains(w)).collect();
            if !unknown.is_empty() {
                bad.push(format!("{} {alias}: {}", item.id, unknown.join(" ")));
            }
        }
    }
    assert!(names > 100, "only {names} Mongolian everyday names");
    assert!(
        bad.is_empty(),
        "words found in neither locales/GLOSSARY.md nor the catalogue (add a glossary row):\n{}",
        bad.join("\n")
    );
    // The check itself: a word of no source is caught.
    assert!(!known.contains("ᠵᠣᠬᠢᠶᠠᠯᠲᠠᠭᠦᠢ"));
}
