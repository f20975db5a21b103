//! What the detail asks before it changes an intake: the note of a status move (a rejection's
//! reason, which is required) or of a material handed in, or the applicant's rating on the
//! five levels with an optional comment. Kept until confirmed or cancelled; a refusal is
//! shown beside the field and the prompt stays for the clerk to correct.
use crate::domain::{Rating, Status};
use crate::service::records::MAX_NOTE_CHARS;
use crate::tui::action::Action;
use crate::tui::widgets::edit::{self, Caret, Edit};

use super::said::Said;

/// What a note is written for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Move(Status),
    /// The material at this position (from 0) handed in.
    Supply(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Prompt {
    Note {
        purpose: Purpose,
        text: String,
        error: Option<Said>,
    },
    Rating {
        /// Position in [`Rating::ALL`].
        level: usize,
        comment: String,
        error: Option<Said>,
    },
}

impl Prompt {
    pub fn note(purpose: Purpose) -> Prompt {
        Prompt::Note {
            purpose,
            text: String::new(),
            error: None,
        }
    }

    pub fn rating() -> Prompt {
        Prompt::Rating {
            level: 0,
            comment: String::new(),
            error: None,
        }
    }

    /// The note or comment typed so far.
    pub fn text(&self) -> &str {
        match self {
            Prompt::Note { text, .. } => text,
            Prompt::Rating { comment, .. } => comment,
        }
    }

    pub fn error(&self) -> Option<&Said> {
        match self {
            Prompt::Note { error, .. } | Prompt::Rating { error, .. } => error.as_ref(),
        }
    }

    pub fn set_error(&mut self, said: Said) {
        match self {
            Prompt::Note { error, .. } | Prompt::Rating { error, .. } => *error = Some(said),
        }
    }

    /// The level chosen, when rating.
    pub fn level(&self) -> Option<Rating> {
        match self {
            Prompt::Rating { level, .. } => Rating::ALL.get(*level).copied(),
            Prompt::Note { .. } => None,
        }
    }

    /// Edits the text, or steps the level; anything else is not the prompt's.
    pub fn step(&mut self, action: &Action) {
        let edit = match action {
            Action::Insert(text) => Edit::Insert(text.clone()),
            Action::DeleteBack => Edit::DeleteBack,
            Action::ClearQuery => Edit::Clear,
            Action::Left | Action::Right => {
                if let Prompt::Rating { level, error, .. } = self {
                    let last = Rating::ALL.len() - 1;
                    *level = match action {
                        Action::Left => level.saturating_sub(1),
                        _ => (*level + 1).min(last),
                    };
                    *error = None;
                }
                return;
            }
            _ => return,
        };
        let (text, error) = match self {
            Prompt::Note { text, error, .. } => (text, error),
            Prompt::Rating { comment, error, .. } => (comment, error),
        };
        let mut caret = Caret::at_end(text);
        edit::apply(text, &mut caret, &edit, MAX_NOTE_CHARS);
        *error = None;
    }

    /// A rejection without its reason is not sent: the reason is asked for here.
    pub fn missing_reason(&self) -> bool {
        matches!(
            self,
            Prompt::Note {
                purpose: Purpose::Move(Status::Rejected),
                text,
                ..
            } if text.trim().is_empty()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rejection_needs_its_reason_and_other_moves_do_not() {
        let mut reject = Prompt::note(Purpose::Move(Status::Rejected));
        assert!(reject.missing_reason());
        reject.step(&Action::Insert("  ".into()));
        assert!(reject.missing_reason());
        reject.step(&Action::Insert("材料不实".into()));
        assert!(!reject.missing_reason());
        assert!(!Prompt::note(Purpose::Move(Status::InProgress)).missing_reason());
    }

    #[test]
    fn the_level_stays_among_the_five() {
        let mut rating = Prompt::rating();
        rating.step(&Action::Left);
        assert_eq!(rating.level(), Some(Rating::VerySatisfied));
        for _ in 0..9 {
            rating.step(&Action::Right);
        }
        assert_eq!(rating.level(), Some(Rating::VeryDissatisfied));
        rating.step(&Action::Insert("排队太久".into()));
        assert_eq!(rating.text(), "排队太久");
    }
}
