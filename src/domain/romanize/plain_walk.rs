//! The walk that stops early and keeps its room between starts finds what the plain walk
//! finds: every end from every start, in fresh room each time.
use proptest::prelude::*;

use super::{PhoneticKey, PhoneticMatch};

/// The ways one reading can consume the start of `rest`, as first written.
fn plain_steps(reading: &[u8], rest: &[u8]) -> Vec<(usize, bool)> {
    let mut out = Vec::new();
    if rest.starts_with(reading) {
        out.push((reading.len(), false));
    }
    if reading.len() > 1 && rest.first() == reading.first() {
        out.push((1, false));
    }
    let digraph = reading.len() > 2 && matches!(&reading[..2], b"zh" | b"ch" | b"sh");
    if digraph && rest.starts_with(&reading[..2]) {
        out.push((2, false));
    }
    if rest.len() < reading.len() && reading.starts_with(rest) {
        out.push((rest.len(), true));
    }
    out
}

/// Every unit at which `query` is used up when matching begins at `start`.
fn plain_ends(key: &PhoneticKey, start: usize, query: &[u8]) -> Vec<usize> {
    let width = query.len() + 1;
    let mut seen = vec![false; (key.units.len() + 1) * width];
    let mut ends = Vec::new();
    let mut stack = vec![(start, 0usize)];
    while let Some((unit, used)) = stack.pop() {
        if std::mem::replace(&mut seen[unit * width + used], true) {
            continue;
        }
        if used == query.len() {
            ends.push(unit);
            continue;
        }
        let Some(current) = key.units.get(unit) else {
            continue;
        };
        for reading in &current.readings {
            for (len, partial) in plain_steps(reading.as_bytes(), &query[used..]) {
                if partial {
                    ends.push(unit + 1);
                } else {
                    stack.push((unit + 1, used + len));
                }
            }
        }
    }
    ends
}

fn plain_find(key: &PhoneticKey, query: &str) -> Option<PhoneticMatch> {
    let bytes = query.as_bytes();
    bytes.first()?;
    (0..key.units.len()).find_map(|start| {
        let last = plain_ends(key, start, bytes).into_iter().max()?;
        Some(PhoneticMatch {
            start,
            whole: start == 0 && last == key.units.len(),
        })
    })
}

/// Names and aliases of the embedded catalogue, in both scripts.
fn seed_keys() -> Vec<String> {
    let catalogue = crate::domain::seed::embedded().unwrap().catalogue;
    let mut texts = Vec::new();
    for item in &catalogue.items {
        texts.extend([item.name.zh.clone(), item.name.mn.clone()]);
        texts.extend(item.aliases.zh.iter().chain(&item.aliases.mn).cloned());
    }
    texts
}

#[test]
fn every_prefix_of_every_romanised_name_matches_as_before() {
    for text in seed_keys() {
        let key = PhoneticKey::new(&text);
        let romanised = key.romanised();
        let initials: String = key
            .units
            .iter()
            .filter_map(|u| u.readings.first()?.get(..1))
            .collect();
        for spelled in [&romanised, &initials] {
            for end in 1..=spelled.len().min(24) {
                let q = &spelled[..end];
                assert_eq!(key.find(q), plain_find(&key, q), "{text} {q}");
            }
        }
    }
}

proptest! {
    #[test]
    fn any_query_matches_as_before(
        text in prop::sample::select(seed_keys()),
        query in "[abcdeghijklmnoqrstuwxyz0-9]{1,12}",
        from in 0usize..40,
    ) {
        let key = PhoneticKey::new(&text);
        // Pieces of the key's own spelling match far more often than random letters.
        let romanised = key.romanised();
        let from = from.min(romanised.len());
        let near: String = romanised[from..].chars().take(query.len()).collect();
        for q in [query.as_str(), near.as_str(), &format!("{near}{query}")] {
            prop_assert_eq!(key.find(q), plain_find(&key, q), "{} {}", text, q);
        }
    }
}
