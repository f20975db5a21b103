//! The one-line bars: the title (with the language switch), a search line, and the hints
//! generated from the key tables in force.
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use unicode_segmentation::UnicodeSegmentation;

use super::text::{ellipsize, put};
use crate::domain::text::{display_width, menksoft_to_unicode};
use crate::i18n::Localizer;
use crate::tui::glyphs::PROMPT;
use crate::tui::keymap::Binding;
use crate::tui::screen::Ctx;
use crate::tui::theme::Theme;

/// `服务清单  82/82 项 ……  li 窗口人员  [中文] F2 ᠮᠣᠩᠭᠣᠯ`: the screen's status, and who is
/// signed in (`who`) before the language switch.
pub fn title(
    frame: &mut Frame,
    area: Rect,
    l10n: &Localizer,
    theme: &Theme,
    status: Option<&str>,
    who: Option<&str>,
) {
    let lang = l10n.lang();
    let current = format!("[{}]", l10n.format(lang, "common-language-name", &[]));
    let switch = format!(
        " F2 {}",
        l10n.format(lang.other(), "common-language-name", &[])
    );
    // Who is signed in gives way to the language switch in a narrow window.
    let who = who
        .map(|w| format!(" {}  ", ellipsize(w, 24)))
        .filter(|w| {
            display_width(w) + display_width(&current) + display_width(&switch) + 20
                <= usize::from(area.width)
        })
        .unwrap_or_default();
    let right_width = display_width(&who) + display_width(&current) + display_width(&switch);
    let left = title_left(
        &l10n.t("common-app-title"),
        status,
        usize::from(area.width).saturating_sub(right_width + 1),
    );
    let fill = usize::from(area.width).saturating_sub(display_width(&left) + right_width);
    let line = Line::from(vec![
        Span::styled(left, theme.app_title()),
        Span::raw(" ".repeat(fill)),
        Span::styled(who, theme.label()),
        Span::styled(current, theme.current_language()),
        Span::styled(switch, theme.quiet()),
    ]);
    put(frame, area, line);
}

/// The program's name and the screen's status within `width` cells: the name is cut first,
/// since the status (how many items are shown) changes with every key.
fn title_left(name: &str, status: Option<&str>, width: usize) -> String {
    let Some(status) = status else {
        return ellipsize(name, width);
    };
    let status = format!("  {status}");
    let name = ellipsize(name, width.saturating_sub(display_width(&status)));
    ellipsize(&format!("{name}{status}"), width)
}

/// `搜索 › dibao` with the terminal cursor at the caret while `active`, so an input
/// method's candidate window follows it.
pub fn search(frame: &mut Frame, area: Rect, ctx: &Ctx, query: &str, active: bool) {
    // Kept as typed; drawn converted whole, so no shape code reaches the screen.
    let converted = menksoft_to_unicode(query);
    let query: &str = &converted;
    let prompt = format!("{} {PROMPT} ", ctx.l10n.t("catalogue-search"));
    let room = usize::from(area.width).saturating_sub(display_width(&prompt) + 1);
    // Show the end of a long query: that is where the clerk is typing.
    let shown = tail_within(query, room);
    let mut spans = vec![
        Span::styled(prompt.clone(), ctx.theme.prompt(active)),
        Span::raw(shown.to_string()),
    ];
    if query.is_empty() {
        spans.push(Span::styled(
            ctx.l10n.t("catalogue-search-placeholder"),
            ctx.theme.quiet(),
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

/// `F1 帮助  F2 语言  / 搜索 … Ctrl-Q 退出` from the bindings in force, as many as fit with the
/// last one always among them; or a notice.
pub fn hints<'a>(
    frame: &mut Frame,
    area: Rect,
    l10n: &Localizer,
    theme: &Theme,
    bindings: impl Iterator<Item = &'a Binding>,
    notice: Option<&str>,
) {
    if let Some(id) = notice {
        let line = Line::from(Span::styled(
            ellipsize(&l10n.t(id), area.width.into()),
            theme.warning(),
        ));
        put(frame, area, line);
        return;
    }
    let hints: Vec<(String, String)> = bindings
        .filter(|b| b.hint)
        .filter_map(|b| {
            let key = b.keys.first()?.label();
            Some((key, l10n.t(&format!("{}-hint", b.desc))))
        })
        .collect();
    let width = |(key, desc): &(String, String)| display_width(key) + 1 + display_width(desc) + 2;
    // The trailing gap of the last hint may fall off the edge.
    let room = usize::from(area.width) + 2;
    // The last hint (how to quit) stays, whatever else has to go to make room for it.
    let kept = hints.last().map_or(0, width);
    let mut used = 0;
    let mut shown: Vec<&(String, String)> = Vec::new();
    for hint in hints.iter().take(hints.len().saturating_sub(1)) {
        if used + width(hint) + kept > room {
            break;
        }
        used += width(hint);
        shown.push(hint);
    }
    shown.extend(hints.last().filter(|_| kept <= room));
    let mut spans = Vec::new();
    for (key, desc) in shown {
        spans.push(Span::styled(key.clone(), theme.key_cap()));
        spans.push(Span::raw(format!(" {desc}  ")));
    }
    put(frame, area, Line::from(spans));
}

/// A search line like [`search`], with its own prompt and placeholder message ids.
pub fn search_line(
    frame: &mut Frame,
    area: Rect,
    ctx: &Ctx,
    ids: (&str, &str),
    query: &str,
    active: bool,
) {
    let (prompt_id, placeholder_id) = ids;
    let converted = menksoft_to_unicode(query);
    let query: &str = &converted;
    let prompt = format!("{} {PROMPT} ", ctx.l10n.t(prompt_id));
    let room = usize::from(area.width).saturating_sub(display_width(&prompt) + 1);
    let shown = tail_within(query, room);
    let mut spans = vec![
        Span::styled(prompt.clone(), ctx.theme.prompt(active)),
        Span::raw(shown.to_string()),
    ];
    if query.is_empty() {
        let hint = ellipsize(&ctx.l10n.t(placeholder_id), room);
        spans.push(Span::styled(hint, ctx.theme.quiet()));
    }
    put(frame, area, Line::from(spans));
    if active {
        let x = area.x
            + (display_width(&prompt) + display_width(shown))
                .min(usize::from(area.width.saturating_sub(1))) as u16;
        frame.set_cursor_position(Position::new(x, area.y));
    }
}
