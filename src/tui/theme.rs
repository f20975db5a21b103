//! How things look: one named style per role, in the 16 named colours only (the terminals at
//! the counters promise no more), or without colour when `NO_COLOR` asks for it. Focus and
//! warnings carry a modifier as well as a colour, so they stay visible in monochrome.
use ratatui::style::{Color, Modifier, Style};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Palette {
    #[default]
    Colour,
    Monochrome,
}

impl Palette {
    /// `NO_COLOR` set to anything but the empty string turns colour off (no-color.org).
    pub fn from_no_color(value: Option<&std::ffi::OsStr>) -> Palette {
        match value {
            Some(v) if !v.is_empty() => Palette::Monochrome,
            _ => Palette::Colour,
        }
    }
}

/// The styles of one palette.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Theme {
    palette: Palette,
}

impl Theme {
    pub fn new(palette: Palette) -> Theme {
        Theme { palette }
    }

    pub fn palette(&self) -> Palette {
        self.palette
    }

    /// A style that is `modifiers` always, plus `fg`/`bg` when colour is on.
    fn pick(&self, fg: Option<Color>, bg: Option<Color>, modifiers: Modifier) -> Style {
        let mut style = Style::new().add_modifier(modifiers);
        if self.palette == Palette::Colour {
            if let Some(fg) = fg {
                style = style.fg(fg);
            }
            if let Some(bg) = bg {
                style = style.bg(bg);
            }
        }
        style
    }

    pub fn app_title(&self) -> Style {
        self.pick(None, None, Modifier::BOLD)
    }

    pub fn current_language(&self) -> Style {
        self.pick(Some(Color::Yellow), None, Modifier::empty())
    }

    /// Quiet text: the other language's name, placeholders, notes, sources.
    pub fn quiet(&self) -> Style {
        self.pick(Some(Color::DarkGray), None, Modifier::empty())
    }

    pub fn pane_title(&self, focused: bool) -> Style {
        if focused {
            self.pick(
                Some(Color::Yellow),
                None,
                Modifier::BOLD | Modifier::UNDERLINED,
            )
        } else {
            self.pick(Some(Color::Cyan), None, Modifier::empty())
        }
    }

    /// The selected row: reversed where the focus is, bold and underlined elsewhere.
    pub fn selected_row(&self, focused: bool) -> Style {
        if focused {
            self.pick(None, None, Modifier::REVERSED)
        } else {
            self.pick(None, None, Modifier::BOLD | Modifier::UNDERLINED)
        }
    }

    pub fn rule(&self) -> Style {
        self.pick(Some(Color::DarkGray), None, Modifier::empty())
    }

    /// The prompt of the search line: bright and bold while it has the caret.
    pub fn prompt(&self, active: bool) -> Style {
        if active {
            self.pick(Some(Color::Yellow), None, Modifier::BOLD)
        } else {
            self.pick(Some(Color::Cyan), None, Modifier::empty())
        }
    }

    /// Key names in the hint bar.
    pub fn key_cap(&self) -> Style {
        match self.palette {
            Palette::Colour => Style::new().fg(Color::Black).bg(Color::Cyan),
            Palette::Monochrome => Style::new().add_modifier(Modifier::REVERSED),
        }
    }

    /// Key names in help.
    pub fn key_name(&self) -> Style {
        self.pick(Some(Color::Yellow), None, Modifier::BOLD)
    }

    /// Notices and warnings: the window is too small, a key is not available yet.
    pub fn warning(&self) -> Style {
        self.pick(Some(Color::Yellow), None, Modifier::BOLD)
    }

    pub fn label(&self) -> Style {
        self.pick(Some(Color::Yellow), None, Modifier::BOLD)
    }

    pub fn heading(&self) -> Style {
        self.pick(None, None, Modifier::BOLD)
    }

    pub fn item_id(&self) -> Style {
        self.pick(Some(Color::Cyan), None, Modifier::empty())
    }

    pub fn more_below(&self) -> Style {
        self.pick(Some(Color::Yellow), None, Modifier::BOLD)
    }

    pub fn border(&self) -> Style {
        self.pick(Some(Color::Cyan), None, Modifier::empty())
    }

    /// Every style, for tests that check what they may contain.
    pub fn all_styles(&self) -> Vec<Style> {
        let mut styles = vec![
            self.app_title(),
            self.current_language(),
            self.quiet(),
            self.rule(),
            self.key_cap(),
            self.key_name(),
            self.warning(),
            self.label(),
            self.heading(),
            self.item_id(),
            self.more_below(),
            self.border(),
        ];
        for flag in [false, true] {
            styles.extend([
                self.pane_title(flag),
                self.selected_row(flag),
                self.prompt(flag),
            ]);
        }
        styles
    }
}

/// Whether `colour` is one of the 16 named colours (or the terminal's default).
pub fn is_named(colour: Color) -> bool {
    !matches!(colour, Color::Indexed(_) | Color::Rgb(..))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_sixteen_named_colours() {
        for style in Theme::new(Palette::Colour).all_styles() {
            assert!(style.fg.is_none_or(is_named), "{style:?}");
            assert!(style.bg.is_none_or(is_named), "{style:?}");
        }
    }

    #[test]
    fn monochrome_has_no_colour_and_keeps_focus_and_warnings_visible() {
        let mono = Theme::new(Palette::Monochrome);
        for style in mono.all_styles() {
            assert_eq!((style.fg, style.bg), (None, None), "{style:?}");
        }
        assert_ne!(mono.pane_title(true), mono.pane_title(false));
        assert_ne!(mono.selected_row(true), mono.selected_row(false));
        assert_ne!(mono.selected_row(false), Style::new());
        assert_ne!(mono.prompt(true), mono.prompt(false));
        assert_ne!(mono.warning(), Style::new());
        assert_ne!(mono.key_cap(), Style::new());
    }

    #[test]
    fn no_color_means_any_value_but_empty() {
        use std::ffi::OsStr;
        assert_eq!(Palette::from_no_color(None), Palette::Colour);
        assert_eq!(
            Palette::from_no_color(Some(OsStr::new(""))),
            Palette::Colour
        );
        assert_eq!(
            Palette::from_no_color(Some(OsStr::new("1"))),
            Palette::Monochrome
        );
    }
}
