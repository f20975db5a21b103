//! The three one-line bars: title (with the language switch), search line, and hints
//! generated from the key table.
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

use super::text::{ellipsize, put};
use crate::domain::text::display_width;
use crate::i18n::{Arg, Localizer};
use crate::tui::keymap::{BINDINGS, key_label};
use unicode_segmentation::UnicodeSegmentation;

/// `服务清单  82项 ……  [中文] F2 ᠮᠣᠩᠭᠣᠯ`
pub fn title(frame: &mut Frame, area: Rect, l10n: &Localizer, shown: usize, total: usize) {
    let lang = l10n.lang();
    let left = format!(
        "{}  {}",
        l10n.t("common-app-title"),
        l10n.t_args(
            "catalogue-count",
            &[
                ("shown", Arg::Num(shown as i64)),
                ("count", Arg::Num(total as i64))
            ]
        )
    );
    let current = format!("[{}]", l10n.format(lang, "common-language-name", &[]));
    let switch = format!(
        " F2 {}",
        l10n.format(lang.other(), "common-language-name", &[])
    );
    let right_width = display_width(&current) + display_width(&switch);
    let left = ellipsize(
        &left,
        usize::from(area.width).saturating_sub(right_width + 1),
    );
    let fill = usize::from(area.width).saturating_sub(display_width(&left) + right_width);
    let line = Line::from(vec![
        Span::styled(left, Style::new().add_modifier(Modifier::BOLD)),
        Span::raw(" ".repeat(fill)),
        Span::styled(current, Style::new().fg(Color::Yellow)),
        Span::styled(switch, Style::new().fg(Color::DarkGray)),
    ]);
    put(frame, area, line);
}

/// `搜索 › dibao` with the terminal cursor at the caret while searching, so an input
/// method's candidate window follows it.
pub fn search(frame: &mut Frame, area: Rect, l10n: &Localizer, query: &str, active: bool) {
    let prompt = format!("{} › ", l10n.t("catalogue-search"));
    let prompt_style = if active {
        Style::new().fg(Color::Yellow)
    } else {
        Style::new().fg(Color::Cyan)
    };
    let room = usize::from(area.width).saturating_sub(display_width(&prompt) + 1);
    // Show the end of a long query: that is where the clerk is typing.
    let shown = tail_within(query, room);
    let mut spans = vec![
        Span::styled(prompt.clone(), prompt_style),
        Span::raw(shown.to_string()),
    ];
    if query.is_empty() {
        spans.push(Span::styled(
            l10n.t("catalogue-search-placeholder"),
            Style::new().fg(Color::DarkGray),
        ));
    }
    put(frame, area, Line::from(spans));
    if active {
        let x = area.x
            + (display_width(&prompt) + display_width(shown))
                .min(usize::from(area.width.saturating_sub(1))) as u16;
        frame.set_cursor_position(Position::new(x, area.y));
    }
}

/// The longest end of `s` that fits in `width` cells, cut on a grapheme boundary.
fn tail_within(s: &str, width: usize) -> &str {
    let mut start = s.len();
    let mut used = 0;
    for (at, g) in s.grapheme_indices(true).rev() {
        used += display_width(g);
        if used > width {
            break;
        }
        start = at;
    }
    &s[start..]
}

/// `F1 帮助  F2 ᠮᠣᠩᠭᠣᠯ  / 搜索 …` from the key table, as many as fit; or a notice instead.
pub fn hints(frame: &mut Frame, area: Rect, l10n: &Localizer, notice: Option<&str>) {
    if let Some(id) = notice {
        let line = Line::from(Span::styled(
            ellipsize(&l10n.t(id), area.width.into()),
            Style::new().fg(Color::Yellow),
        ));
        put(frame, area, line);
        return;
    }
    let mut spans = Vec::new();
    let mut used = 0;
    for binding in BINDINGS.iter().filter(|b| b.hint) {
        let Some(key) = binding.keys.first() else {
            continue;
        };
        let key = key_label(key);
        let desc = l10n.t(&format!("{}-hint", binding.desc));
        let width = display_width(&key) + 1 + display_width(&desc) + 2;
        if used + width > usize::from(area.width) + 2 {
            break;
        }
        used += width;
        spans.push(Span::styled(
            key,
            Style::new().fg(Color::Black).bg(Color::Cyan),
        ));
        spans.push(Span::raw(format!(" {desc}  ")));
    }
    put(frame, area, Line::from(spans));
}
