//! Every glyph the chrome draws. Terminals set to draw East Asian "ambiguous" characters two
//! cells wide (Xshell, SecureCRT, PuTTY, many CJK locales) break a row at each `│ … ↓ · →` or
//! box-drawing line; these are all one cell wide whichever way the terminal measures.
use ratatui::symbols::border;

/// The rule between panes.
pub const RULE: &str = "|";
/// Marks where text was cut to fit.
pub const ELLIPSIS: &str = "..";
/// Marks the selected row of a list.
pub const SELECTED: &str = "▸";
/// Between a field's name and what is typed into it.
pub const PROMPT: &str = "›";
/// Says there is more below the last row shown.
pub const MORE_BELOW: &str = "▾";
/// Between an item's id and its domain.
pub const ID_SEPARATOR: &str = " - ";

/// Box borders (the help screen).
pub const BORDER: border::Set = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

/// Every chrome glyph, for the test that each has one width.
pub const ALL: &[&str] = &[
    RULE,
    ELLIPSIS,
    SELECTED,
    PROMPT,
    MORE_BELOW,
    ID_SEPARATOR,
    BORDER.top_left,
    BORDER.top_right,
    BORDER.bottom_left,
    BORDER.bottom_right,
    BORDER.vertical_left,
    BORDER.vertical_right,
    BORDER.horizontal_top,
    BORDER.horizontal_bottom,
];

/// Whether every character of `s` is as wide in a terminal that draws ambiguous characters
/// wide as in one that draws them narrow.
pub fn same_width_everywhere(s: &str) -> bool {
    use unicode_width::UnicodeWidthChar;
    s.chars().all(|c| c.width() == c.width_cjk())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chrome_glyph_has_one_width() {
        for glyph in ALL {
            assert!(same_width_everywhere(glyph), "{glyph:?}");
        }
    }

    #[test]
    fn the_check_catches_the_glyphs_it_replaced() {
        for old in ["│", "…", "↓", "·", "→", "┌", "─", "×"] {
            assert!(!same_width_everywhere(old), "{old:?}");
        }
    }
}
