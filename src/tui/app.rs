//! Application state and the one place it changes: `App::update`.
use super::action::Action;
use super::screens::catalogue::CatalogueState;
use crate::i18n::Localizer;
use crate::service::Desk;

/// A short message for the clerk, shown in place of the hints until the next key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    NotYetAvailable,
    NothingToSave,
}

impl Notice {
    pub fn message_id(self) -> &'static str {
        match self {
            Notice::NotYetAvailable => "common-not-yet-available",
            Notice::NothingToSave => "common-nothing-to-save",
        }
    }
}

/// Everything the screens draw from.
pub struct App<'a> {
    pub desk: &'a Desk,
    pub l10n: &'a mut Localizer,
    pub catalogue: CatalogueState,
    pub show_help: bool,
    pub notice: Option<Notice>,
    pub size: (u16, u16),
    quit: bool,
}

impl<'a> App<'a> {
    pub fn new(desk: &'a Desk, l10n: &'a mut Localizer, width: u16, height: u16) -> App<'a> {
        let catalogue = CatalogueState::new(desk);
        App {
            desk,
            l10n,
            catalogue,
            show_help: false,
            notice: None,
            size: (width, height),
            quit: false,
        }
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// True while keys type into a text field rather than act on lists.
    pub fn is_typing(&self) -> bool {
        !self.show_help && self.catalogue.searching
    }

    /// Rows a list page holds at the current size: what PgUp/PgDn move by.
    pub fn page_rows(&self) -> usize {
        usize::from(self.size.1.saturating_sub(6)).max(1)
    }

    /// Applies one action to the state.
    pub fn update(&mut self, action: Action) {
        self.notice = None;
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.show_help = !self.show_help,
            Action::ToggleLanguage => {
                let other = self.l10n.lang().other();
                self.l10n.set_lang(other);
            }
            Action::Resize(w, h) => self.size = (w, h),
            Action::Catalogue => self.show_help = false,
            Action::NewIntake | Action::Records => self.notice = Some(Notice::NotYetAvailable),
            Action::Save => self.notice = Some(Notice::NothingToSave),
            Action::Back if self.show_help => self.show_help = false,
            // Help is an overlay: any other key closes it and does nothing else.
            _ if self.show_help => self.show_help = false,
            other => {
                let page = self.page_rows();
                self.catalogue.update(self.desk, other, page);
            }
        }
    }
}
