//! Application state and the one place it changes: `App::update`.
use ratatui::layout::Rect;

use super::action::Action;
use super::screens::catalogue::{CatalogueState, View, panes};
use super::screens::help;
use super::ui;
use super::widgets::record;
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
    /// First help row shown, when help is taller than the window.
    pub help_scroll: usize,
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
            help_scroll: 0,
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

    /// What the catalogue panes show at the current size, computed with the same layout the
    /// screen is drawn with.
    pub fn view(&self) -> View {
        let (width, height) = self.size;
        let body = ui::regions(Rect::new(0, 0, width, height))[2];
        let panes = panes(body);
        let detail_width = usize::from(panes.detail.width.saturating_sub(1));
        let detail_lines = self
            .catalogue
            .selected_id()
            .and_then(|id| self.desk.item(id))
            .map_or(0, |item| {
                record::lines(self.desk.catalogue(), item, self.l10n, detail_width).len()
            });
        View {
            list_rows: usize::from(panes.items.height.saturating_sub(1)),
            detail_rows: usize::from(panes.detail.height.saturating_sub(1)),
            detail_lines,
        }
    }

    /// Applies one action to the state.
    pub fn update(&mut self, action: Action) {
        self.notice = None;
        match action {
            Action::Quit => self.quit = true,
            Action::Help => {
                self.show_help = !self.show_help;
                self.help_scroll = 0;
            }
            Action::ToggleLanguage => {
                let other = self.l10n.lang().other();
                self.l10n.set_lang(other);
            }
            Action::Resize(w, h) => self.size = (w, h),
            Action::Catalogue => self.show_help = false,
            Action::NewIntake | Action::Records => self.notice = Some(Notice::NotYetAvailable),
            Action::Save => self.notice = Some(Notice::NothingToSave),
            other if self.show_help => self.update_help(other),
            // Only movement needs the pane sizes and the record's length; typing, the hot
            // path, does not lay the record out.
            motion @ (Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Home
            | Action::End) => {
                let view = self.view();
                self.catalogue.navigate(motion, view);
            }
            other => self.catalogue.update(self.desk, other),
        }
    }

    /// Help is an overlay: the movement keys scroll it (it can be taller than a small window),
    /// any other key closes it and does nothing else.
    fn update_help(&mut self, action: Action) {
        let page = usize::from(self.size.1.saturating_sub(4)).max(1);
        self.help_scroll = match action {
            Action::Up => self.help_scroll.saturating_sub(1),
            Action::Down => self.help_scroll + 1,
            Action::PageUp => self.help_scroll.saturating_sub(page),
            Action::PageDown => self.help_scroll + page,
            Action::Home => 0,
            Action::End => usize::MAX / 2,
            _ => {
                self.show_help = false;
                0
            }
        };
        self.help_scroll = self.help_scroll.min(help::max_scroll(self.size.1));
    }
}
