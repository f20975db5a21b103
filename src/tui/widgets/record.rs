//! An item's full record as wrapped lines for the detail pane: the name, then the shared
//! record rows (`i18n::record`), each label over its wrapped value.
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::domain::text::wrap;
use crate::domain::{Catalogue, CatalogueItem};
use crate::i18n::Localizer;
use crate::i18n::record::{RowKind, record_rows};
use crate::tui::glyphs::ID_SEPARATOR;
use crate::tui::theme::Theme;

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
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let mut out: Vec<Line<'static>> =
        wrapped(item.name.get(l10n.lang()), width, theme.heading()).collect();
    let mut last_label = String::new();
    for row in record_rows(cat, item, l10n) {
        if row.kind == RowKind::Domain {
            let id_line = format!("{}{ID_SEPARATOR}{}", item.id, row.value);
            out.extend(wrapped(&id_line, width, theme.item_id()));
            continue;
        }
        if row.label != last_label {
            out.extend(wrapped(&row.label, width, theme.label()));
            last_label = row.label.clone();
        }
        let style = match row.kind {
            RowKind::Unspecified
            | RowKind::Source
            | RowKind::Edition
            | RowKind::Checked
            | RowKind::History => theme.quiet(),
            _ => Style::new(),
        };
        out.extend(wrapped(&row.value, width, style));
    }
    out
}
