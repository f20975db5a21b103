//! An item's full record as wrapped lines for the detail pane: name, domain, each field or an
//! honest "not specified in the catalogue", everyday names and sources.
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

use crate::domain::text::wrap;
use crate::domain::{Catalogue, CatalogueItem, FieldKind};
use crate::i18n::{Localizer, field_label_id};

fn label(text: String) -> Line<'static> {
    Line::from(Span::styled(
        text,
        Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    ))
}

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
    let lang = l10n.lang();
    let mut out: Vec<Line<'static>> = Vec::new();
    let bold = Style::new().add_modifier(Modifier::BOLD);
    out.extend(wrapped(item.name.get(lang), width, bold));
    let domain = cat.domain(item.domain()).map_or("", |d| d.name.get(lang));
    out.extend(wrapped(
        &format!("{} · {domain}", item.id),
        width,
        Style::new().fg(Color::Cyan),
    ));
    for kind in FieldKind::ALL {
        out.push(label(l10n.t(field_label_id(kind))));
        match item.field(kind) {
            Some(field) => out.extend(wrapped(field.text.get(lang), width, Style::new())),
            None => {
                let dim = Style::new().fg(Color::DarkGray);
                out.extend(wrapped(&l10n.t("catalogue-not-specified"), width, dim));
            }
        }
    }
    let aliases = item.aliases.get(lang);
    if !aliases.is_empty() {
        out.push(label(l10n.t("catalogue-aliases")));
        out.extend(wrapped(
            &aliases.join(&l10n.t("common-list-separator")),
            width,
            Style::new(),
        ));
    }
    let sources = item.sources();
    if !sources.is_empty() {
        out.push(label(l10n.t("catalogue-source")));
        let dim = Style::new().fg(Color::DarkGray);
        for source in sources {
            out.extend(wrapped(source, width, dim));
        }
    }
    out
}
