//! One intake per row of the list, fitted to the width: the urgency marker, the receipt
//! number (its date-number tail when the row is short), the day, the masked name, the
//! services, the status and the deadline. Overdue and soon-due rows carry a marker character
//! as well as a colour, so they stand out in monochrome too.
use ratatui::style::{Color, Modifier, Style};

use crate::domain::text::display_width;
use crate::i18n::Localizer;
use crate::service::records::{Line, Urgency};
use crate::tui::theme::{Palette, Theme};
use crate::tui::widgets::text::ellipsize;

/// The marker of an overdue row.
pub const OVERDUE: &str = "!";
/// The marker of a row due within a few days.
pub const DUE_SOON: &str = "~";

/// How wide each column is at one width of the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Columns {
    /// Whole receipt numbers, or their date-number tail.
    pub whole_receipt: bool,
    /// Whether the day accepted has a column of its own (the tail shows it too).
    pub day: bool,
    pub name: usize,
    pub services: usize,
    pub status: usize,
}

const MARKS: usize = 2;
const WHOLE_RECEIPT: usize = 20;
/// `20261202-0001`: the receipt number after the centre code.
const RECEIPT_TAIL: usize = 13;
const DAY: usize = 10;
const NAME: usize = 8;
const DEADLINE: usize = 10;
const MIN_SERVICES: usize = 8;
const MIN_STATUS: usize = 8;

impl Columns {
    /// The columns for a row `width` cells wide: the whole receipt number when the services
    /// and status still get room enough, else its tail; what is left is shared by services
    /// and status.
    pub fn fit(width: usize) -> Columns {
        // Separators: one space after every column but the last.
        let fixed = |receipt: usize, day: usize| {
            MARKS + 1 + receipt + 1 + day + NAME + 1 + 1 + 1 + DEADLINE
        };
        let roomy = MIN_SERVICES + MIN_STATUS + 14;
        let whole_receipt = width >= fixed(WHOLE_RECEIPT, DAY + 1) + roomy;
        let receipt = if whole_receipt {
            WHOLE_RECEIPT
        } else {
            RECEIPT_TAIL
        };
        let day = width >= fixed(receipt, DAY + 1) + MIN_SERVICES + MIN_STATUS;
        let left = width.saturating_sub(fixed(receipt, if day { DAY + 1 } else { 0 }));
        let services = (left / 2).max(MIN_SERVICES);
        let status = left.saturating_sub(services).max(MIN_STATUS);
        Columns {
            whole_receipt,
            day,
            name: NAME,
            services,
            status,
        }
    }

    fn receipt_width(&self) -> usize {
        if self.whole_receipt {
            WHOLE_RECEIPT
        } else {
            RECEIPT_TAIL
        }
    }

    /// The header row, in the clerk's language.
    pub fn header(&self, l10n: &Localizer) -> String {
        let receipt_id = if self.whole_receipt {
            "records-column-receipt"
        } else {
            "records-column-receipt-tail"
        };
        self.row(
            "  ",
            &l10n.t(receipt_id),
            &l10n.t("records-column-day"),
            &l10n.t("records-screen-column-name"),
            &l10n.t("records-screen-column-services"),
            &l10n.t("records-column-status"),
            &l10n.t("records-column-deadline"),
        )
    }

    /// The row for `line`, `selected` marked; the deadline is the day, or a short word when
    /// there is none.
    pub fn line(&self, line: &Line, selected: bool, l10n: &Localizer) -> String {
        let marks = format!(
            "{}{}",
            if selected {
                crate::tui::glyphs::SELECTED
            } else {
                " "
            },
            marker(line.urgency)
        );
        let number = line.receipt.to_string();
        let receipt = if self.whole_receipt {
            number.as_str()
        } else {
            tail(&number)
        };
        let deadline = match line.deadline.date() {
            Some(day) => day.to_string(),
            None => l10n.t("records-no-deadline"),
        };
        self.row(
            &marks,
            receipt,
            &line.accepted_on.to_string(),
            &line.name,
            &line.services.join(" "),
            &l10n.say(&line.status),
            &deadline,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn row(
        &self,
        marks: &str,
        receipt: &str,
        day: &str,
        name: &str,
        services: &str,
        status: &str,
        deadline: &str,
    ) -> String {
        [
            pad(marks, MARKS),
            pad(receipt, self.receipt_width()),
            pad(day, DAY),
            pad(name, self.name),
            pad(services, self.services),
            pad(status, self.status),
            ellipsize(deadline, DEADLINE),
        ]
        .into_iter()
        .enumerate()
        .filter(|(at, _)| *at != 2 || self.day)
        .map(|(_, column)| column)
        .collect::<Vec<_>>()
        .join(" ")
    }
}

/// `s` cut or padded to exactly `width` cells.
fn pad(s: &str, width: usize) -> String {
    let shown = ellipsize(s, width);
    let fill = width.saturating_sub(display_width(&shown));
    format!("{shown}{}", " ".repeat(fill))
}

/// `150102-20261202-0001` → `20261202-0001`.
fn tail(number: &str) -> &str {
    number.split_once('-').map_or(number, |(_, rest)| rest)
}

/// The marker character of an urgency: works without colour.
pub fn marker(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Overdue => OVERDUE,
        Urgency::DueSoon => DUE_SOON,
        Urgency::OnTrack | Urgency::NoDeadline | Urgency::Closed => " ",
    }
}

/// How a row of this urgency is drawn: red and bold when overdue, yellow when due soon,
/// quiet once closed; in monochrome bold for overdue, the marker says the rest.
pub fn style(theme: &Theme, urgency: Urgency) -> Style {
    let colour = theme.palette() == Palette::Colour;
    let fg = |c: Color, style: Style| if colour { style.fg(c) } else { style };
    match urgency {
        Urgency::Overdue => fg(Color::Red, Style::new().add_modifier(Modifier::BOLD)),
        Urgency::DueSoon => fg(Color::Yellow, Style::new()),
        Urgency::Closed => theme.quiet(),
        Urgency::OnTrack | Urgency::NoDeadline => Style::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_fit_their_width() {
        for width in [60, 80, 100, 140] {
            let columns = Columns::fit(width);
            let day = if columns.day { DAY + 1 } else { 0 };
            let total = MARKS
                + columns.receipt_width()
                + day
                + columns.name
                + columns.services
                + columns.status
                + DEADLINE
                + 5;
            assert!(total <= width, "{width}: {columns:?} takes {total}");
        }
        assert!(!Columns::fit(80).whole_receipt);
        assert!(Columns::fit(80).day);
        assert!(!Columns::fit(60).day);
        assert!(Columns::fit(120).whole_receipt);
    }

    #[test]
    fn the_tail_is_the_date_and_number() {
        assert_eq!(tail("150102-20261202-0001"), "20261202-0001");
    }

    #[test]
    fn urgent_rows_have_a_marker_and_a_style_in_monochrome_too() {
        let mono = Theme::new(Palette::Monochrome);
        assert_ne!(marker(Urgency::Overdue), " ");
        assert_ne!(marker(Urgency::DueSoon), " ");
        assert_ne!(marker(Urgency::Overdue), marker(Urgency::DueSoon));
        assert_ne!(style(&mono, Urgency::Overdue), Style::new());
        let colour = Theme::new(Palette::Colour);
        assert_eq!(style(&colour, Urgency::Overdue).fg, Some(Color::Red));
    }
}
