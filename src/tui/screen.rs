//! What a screen is to the session: its own state and key table, how it handles an action
//! and how it draws itself, given only the context it needs.
use std::any::Any;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::action::Action;
use super::hall::Hall;
use super::keymap::Binding;
use super::theme::Theme;
use crate::domain::ItemId;
use crate::i18n::Localizer;
use crate::service::context::Context;
use crate::service::{Desk, Notice as DeskNotice};

/// What a screen is given for one update or one frame.
pub struct Ctx<'a> {
    pub desk: &'a Desk,
    pub l10n: &'a Localizer,
    /// Who, when and which language, for service calls.
    pub context: &'a Context,
    pub theme: &'a Theme,
    /// Where the screen is drawn: the body between the bars, or the whole window for an
    /// overlay. Handling uses it too, to page by what is shown.
    pub area: Rect,
    /// Whether the screen is on top and so has the keyboard: only then does it show a caret.
    pub focused: bool,
    /// The hall's configuration (centre code), shared by every session.
    pub hall: &'a Hall,
}

/// A message for the clerk in place of the hints, until the next key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    NotYetAvailable,
    NothingToSave,
    /// Something opening the desk found, e.g. a store written by a newer version.
    Desk(DeskNotice),
    /// A screen's own message, by its id.
    Message(&'static str),
}

impl Notice {
    pub fn message_id(self) -> &'static str {
        match self {
            Notice::NotYetAvailable => "common-not-yet-available",
            Notice::NothingToSave => "common-nothing-to-save",
            // The command line prints the same message on stderr.
            Notice::Desk(DeskNotice::NewerVersionWroteStore) => "cli-notice-newer-store",
            Notice::Desk(DeskNotice::CatalogueConflicts) => "catalogue-notice-conflicts",
            Notice::Message(id) => id,
        }
    }
}

/// What a screen did with an action.
pub enum Outcome {
    /// Handled; the screen stays.
    Done,
    /// Not meaningful here; the session may act on it (Esc at the bottom of a screen closes it).
    Unhandled,
    /// Open another screen on top of this one.
    Push(Box<dyn Screen>),
    /// Close this screen.
    Close,
    /// Close this screen for good (not kept for coming back) and open another in its place.
    Replace(Box<dyn Screen>),
    /// Start an intake for this catalogue item (the form kept from before, or a new one).
    StartIntake(ItemId),
    /// Open the revision form for this catalogue item, once a supervisor is signed in.
    Revise(ItemId),
    /// Close this screen and open this form in place of an empty one (a draft resumed).
    OpenForm(Box<dyn Screen>),
    Notice(Notice),
}

pub trait Screen: Send + Any {
    /// The screen's own key table; help and the hint bar list it between the global keys.
    fn keys(&self) -> &'static [Binding];

    /// True while a text field has the caret: keys that type a character type it.
    fn typing(&self) -> bool {
        false
    }

    /// Whether closing the screen keeps it, so that its key brings it back as it was (the
    /// intake form: Esc leaves it, F4 finds it).
    fn keep_when_closed(&self) -> bool {
        false
    }

    /// An overlay is drawn over the whole window, on top of the screen below it.
    fn overlay(&self) -> bool {
        false
    }

    fn handle(&mut self, ctx: &Ctx, action: Action) -> Outcome;

    /// Brings derived state up to date after a run of actions (e.g. searching once for the
    /// query a burst of keys typed). The session calls it before every frame.
    fn settle(&mut self, _ctx: &Ctx) {}

    /// A short status for the title bar, e.g. how many items are shown.
    fn status(&self, _ctx: &Ctx) -> Option<String> {
        None
    }

    /// Draws the screen into `ctx.area`; reads state only.
    fn render(&self, ctx: &Ctx, frame: &mut Frame);

    fn as_any(&self) -> &dyn Any;

    fn as_any_mut(&mut self) -> &mut dyn Any;
}
