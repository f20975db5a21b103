//! What a list of drafts shows of each: enough for the clerk to tell them apart on a shared
//! screen, with the applicant's name and ID number masked.
use unicode_segmentation::UnicodeSegmentation;

use super::{Draft, DraftId, DraftOwner};
use crate::domain::text::clean_input;
use crate::store::drafts::StoredDraft;

/// One line of the list of drafts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftSummary {
    pub id: DraftId,
    pub owner: DraftOwner,
    /// Seconds since 1970-01-01 UTC.
    pub updated_at: i64,
    /// The catalogue ids chosen so far, as typed; empty without a login.
    pub services: Vec<String>,
    /// The applicant's name, masked ([`mask_name`]); empty without a login.
    pub name: String,
    /// The applicant's ID number, masked ([`mask_id_number`]); empty without a login.
    pub id_number: String,
}

impl DraftSummary {
    /// What a draft shows without a login: who saved it, where and when. Its content stays
    /// sealed (or, for a draft from before the store had a key, unread).
    pub(super) fn closed(draft: &StoredDraft) -> DraftSummary {
        DraftSummary {
            id: DraftId(draft.id),
            owner: draft.owner.clone(),
            updated_at: draft.updated_at,
            services: Vec::new(),
            name: String::new(),
            id_number: String::new(),
        }
    }

    pub(super) fn of(draft: &Draft) -> DraftSummary {
        let applicant = &draft.input.applicant;
        DraftSummary {
            id: draft.id,
            owner: draft.owner.clone(),
            updated_at: draft.updated_at,
            services: draft
                .input
                .services
                .iter()
                .map(|s| clean_input(s).trim().to_string())
                .filter(|s| !s.is_empty())
                .collect(),
            name: mask_name(&applicant.name),
            id_number: mask_id_number(&applicant.id_number),
        }
    }
}

/// Stars stand for the hidden part; at most this many, so a long Mongolian name stays short.
const MAX_STARS: usize = 2;

/// The first letter (grapheme) of a name and a star or two for the rest: 乌云其其格 →
/// 乌**, 王芳 → 王*. A one-letter name is shown as it is.
pub fn mask_name(name: &str) -> String {
    let name = clean_input(name);
    let mut graphemes = name.trim().graphemes(true);
    let Some(first) = graphemes.next() else {
        return String::new();
    };
    let hidden = graphemes.count().min(MAX_STARS);
    format!("{first}{}", "*".repeat(hidden))
}

/// A resident ID number as lists show it: the 6-digit address code and the last 4
/// characters, the 8 between hidden (150102********123X). Anything shorter than a whole
/// number is hidden entirely.
pub fn mask_id_number(id: &str) -> String {
    let chars: Vec<char> = clean_input(id).trim().chars().collect();
    if chars.len() < 18 {
        return "*".repeat(chars.len());
    }
    let (head, tail) = (&chars[..6], &chars[chars.len() - 4..]);
    let hidden = chars.len() - 10;
    format!(
        "{}{}{}",
        head.iter().collect::<String>(),
        "*".repeat(hidden),
        tail.iter().collect::<String>()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_their_first_letter_only() {
        assert_eq!(mask_name("乌云其其格"), "乌**");
        assert_eq!(mask_name("王芳"), "王*");
        assert_eq!(mask_name("王"), "王");
        assert_eq!(mask_name("  "), "");
        assert_eq!(mask_name("ᠮᠣᠩᠭᠣᠯ"), "ᠮ**");
    }

    #[test]
    fn id_numbers_show_the_address_code_and_the_last_four() {
        assert_eq!(mask_id_number("15010219850307124X"), "150102********124X");
        assert_eq!(mask_id_number("150102198"), "*********");
        assert_eq!(mask_id_number(""), "");
    }
}
