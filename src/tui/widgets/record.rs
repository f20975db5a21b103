//! An item's full record as wrapped lines for the detail pane: the name, then the shared
//! record rows (`i18n::record`), each label over its wrapped value.
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

use crate::domain::text::wrap;
use crate::domain::{Catalogue, CatalogueItem};
use crate::i18n::Localizer;
use crate::i18n::record::{RowKind, record_rows};

fn wrapped(text: &str, width: usize, style: Style) -> impl Iterator<Item = Line<'static>> {
    wrap(text, width)
        .into_iter()
        .map(move |l| Line::from(Span::styled(l, style)))
}

/// The record's lines, each at most `width` cells wide.
pub fn lines(
    cat: &Catalogue,
    item: &CatalogueItem,
    l10n: &Localizer,
    width: usize,
) -> Vec<Line<'static>> {
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let label_style = Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
    let dim = Style::new().fg(Color::DarkGray);
    let mut out: Vec<Line<'static>> = wrapped(item.name.get(l10n.lang()), width, bold).collect();
    let mut last_label = String::new();
    for row in record_rows(cat, item, l10n) {
        if row.kind == RowKind::Domain {
            let id_line = format!("{} · {}", item.id, row.value);
            out.extend(wrapped(&id_line, width, Style::new().fg(Color::Cyan)));
            continue;
        }
        if row.label != last_label {
            out.extend(wrapped(&row.label, width, label_style));
            last_label = row.label.clone();
        }
        let style = match row.kind {
            RowKind::Unspecified | RowKind::Source => dim,
            _ => Style::new(),
        };
        out.extend(wrapped(&row.value, width, style));
    }
    out
}
