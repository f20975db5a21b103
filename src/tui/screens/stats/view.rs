//! How the statistics screen is drawn at 80×24 and up: the period tabs, the headline numbers,
//! the chart by domain beside the ratings, and the sparkline of intakes per day (per week for
//! a year). Labels are drawn as lines of their own, so Mongolian keeps every character; the
//! bars are ratatui's BarChart and Sparkline.
use ratatui::Frame;
use ratatui::layout::{Direction, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::{Bar, BarChart, BarGroup, Sparkline};

use super::{DomainChart, Span, StatsScreen};
use crate::documents::report::{days, domain_short, percent};
use crate::domain::Rating;
use crate::domain::text::display_width;
use crate::i18n::Arg;
use crate::service::stats::{Overview, Summary};
use crate::tui::screen::Ctx;
use crate::tui::widgets::text::{ellipsize, put};

/// Widest a chart label may be, in cells.
const DOMAIN_LABEL_CELLS: usize = 19;
const RATING_LABEL_CELLS: usize = 18;

pub fn render(screen: &StatsScreen, ctx: &Ctx, frame: &mut Frame) {
    let area = ctx.area;
    let mut rows = Rows { area, next: 0 };
    put(frame, rows.take(1), tabs(screen, ctx));
    match &screen.numbers {
        None => {}
        Some(Err(id)) => put(
            frame,
            rows.take(1),
            Line::from(TextSpan::styled(ctx.l10n.t(id), ctx.theme.warning())),
        ),
        Some(Ok(overview)) => numbers(screen, ctx, frame, overview, &mut rows),
    }
}

/// Hands out the body's rows from the top.
struct Rows {
    area: Rect,
    next: u16,
}

impl Rows {
    fn take(&mut self, height: u16) -> Rect {
        let height = height.min(self.area.height.saturating_sub(self.next));
        let rect = Rect::new(
            self.area.x,
            self.area.y + self.next,
            self.area.width,
            height,
        );
        self.next += height;
        rect
    }

    fn left(&self) -> u16 {
        self.area.height.saturating_sub(self.next)
    }
}

fn tabs(screen: &StatsScreen, ctx: &Ctx) -> Line<'static> {
    let mut spans = Vec::new();
    for span in Span::ALL {
        let style = if span == screen.span {
            ctx.theme.selected_row(true)
        } else {
            ctx.theme.quiet()
        };
        spans.push(TextSpan::styled(
            format!(" {} ", ctx.l10n.t(span.message_id())),
            style,
        ));
        spans.push(TextSpan::raw(" "));
    }
    if let Some(overview) = screen.overview() {
        let period = format!("  {} ~ {}", overview.period.from, overview.period.to);
        spans.push(TextSpan::styled(period, ctx.theme.quiet()));
    }
    Line::from(spans)
}

fn numbers(
    screen: &StatsScreen,
    ctx: &Ctx,
    frame: &mut Frame,
    overview: &Overview,
    rows: &mut Rows,
) {
    for line in headline(ctx, &overview.total, usize::from(rows.area.width)) {
        put(frame, rows.take(1), line);
    }
    rows.take(1);
    let chart_rows = (overview_domains(ctx).len() as u16).min(rows.left().saturating_sub(4));
    let titles = rows.take(1);
    let charts = rows.take(chart_rows);
    let split = titles.width * 5 / 8;
    let (left_title, right_title) = halves(titles, split);
    let chart_id = match screen.chart {
        DomainChart::Intakes => "stats-chart-domains-intakes",
        DomainChart::Overdue => "stats-chart-domains-overdue",
    };
    put(frame, left_title, title(ctx, chart_id, left_title.width));
    put(
        frame,
        right_title,
        title(ctx, "stats-chart-ratings", right_title.width),
    );
    let (left, right) = halves(charts, split);
    domain_bars(screen, ctx, frame, overview, left);
    rating_bars(ctx, frame, &overview.total, right);
    rows.take(1);
    sparkline(ctx, frame, overview, rows);
}

fn halves(area: Rect, split: u16) -> (Rect, Rect) {
    let left = Rect {
        width: split.saturating_sub(1),
        ..area
    };
    let right = Rect {
        x: area.x + split,
        width: area.width.saturating_sub(split),
        ..area
    };
    (left, right)
}

/// A chart's title, cut with an ellipsis to `width` cells.
fn title(ctx: &Ctx, id: &str, width: u16) -> Line<'static> {
    let text = ellipsize(&ctx.l10n.t(id), usize::from(width));
    Line::from(TextSpan::styled(text, ctx.theme.heading()))
}

/// The headline numbers, wrapped at item boundaries into the width.
fn headline(ctx: &Ctx, total: &Summary, width: usize) -> Vec<Line<'static>> {
    let l10n = ctx.l10n;
    let items: Vec<(String, String)> = vec![
        (l10n.t("stats-column-intakes"), total.intakes.to_string()),
        (
            l10n.t("stats-column-completed"),
            total.completed.to_string(),
        ),
        (l10n.t("stats-column-on-time"), total.on_time.to_string()),
        (l10n.t("stats-column-overdue"), total.overdue.to_string()),
        (l10n.t("stats-column-rejected"), total.rejected.to_string()),
        (
            l10n.t("stats-column-withdrawn"),
            total.withdrawn.to_string(),
        ),
        (l10n.t("stats-column-open"), total.open.to_string()),
        (
            l10n.t("stats-column-outstanding"),
            total.outstanding_intakes.to_string(),
        ),
        (
            l10n.t("stats-column-average-days"),
            days(total.average_days_to_completion),
        ),
        (l10n.t("stats-column-good-rate"), percent(total.good_rate)),
    ];
    let mut lines: Vec<Vec<TextSpan<'static>>> = vec![Vec::new()];
    let mut used = 0;
    for (label, value) in items {
        let cells = display_width(&label) + 1 + display_width(&value) + 2;
        if used > 0 && used + cells > width {
            lines.push(Vec::new());
            used = 0;
        }
        if let Some(line) = lines.last_mut() {
            line.push(TextSpan::styled(label, ctx.theme.label()));
            line.push(TextSpan::raw(format!(" {value}  ")));
        }
        used += cells;
    }
    lines.into_iter().map(Line::from).collect()
}

/// Every domain of the catalogue with its label, in catalogue order.
fn overview_domains<'a>(ctx: &'a Ctx) -> Vec<&'a str> {
    ctx.desk
        .catalogue()
        .domains
        .iter()
        .map(|d| d.code.as_str())
        .collect()
}

/// Labels in a column of their own, bars beside them, one row each.
fn labelled_bars(
    frame: &mut Frame,
    area: Rect,
    rows: Vec<(String, u64)>,
    label_cells: usize,
    style: Style,
    value_style: Style,
) {
    let widest = rows
        .iter()
        .map(|(l, _)| display_width(l))
        .max()
        .unwrap_or(0);
    let label_width = widest.min(label_cells) as u16;
    for (at, (label, _)) in rows.iter().enumerate().take(usize::from(area.height)) {
        let cell = Rect::new(area.x, area.y + at as u16, label_width, 1);
        put(
            frame,
            cell,
            Line::from(ellipsize(label, usize::from(label_width))),
        );
    }
    let bars: Vec<Bar> = rows
        .iter()
        .map(|(_, value)| Bar::default().value(*value).text_value(value.to_string()))
        .collect();
    let max = rows.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let chart = BarChart::default()
        .direction(Direction::Horizontal)
        .data(BarGroup::default().bars(&bars))
        .bar_width(1)
        .bar_gap(0)
        .max(max)
        .bar_style(style)
        .value_style(value_style);
    let bars_area = Rect {
        x: area.x + label_width + 1,
        width: area.width.saturating_sub(label_width + 1),
        ..area
    };
    frame.render_widget(chart, bars_area);
}

fn domain_bars(
    screen: &StatsScreen,
    ctx: &Ctx,
    frame: &mut Frame,
    overview: &Overview,
    area: Rect,
) {
    let catalogue = ctx.desk.catalogue();
    let lang = ctx.l10n.lang();
    let rows: Vec<(String, u64)> = overview_domains(ctx)
        .into_iter()
        .map(|code| {
            let summary = overview
                .domains
                .iter()
                .find(|r| r.key == code)
                .map(|r| &r.summary);
            let value = summary.map_or(0, |s| match screen.chart {
                DomainChart::Intakes => s.intakes,
                DomainChart::Overdue => s.overdue,
            });
            let label = domain_short(catalogue, lang, code);
            (label, u64::try_from(value).unwrap_or(0))
        })
        .collect();
    let style = match screen.chart {
        DomainChart::Intakes => ctx.theme.item_id(),
        DomainChart::Overdue => ctx.theme.warning(),
    };
    labelled_bars(
        frame,
        area,
        rows,
        DOMAIN_LABEL_CELLS,
        style,
        ctx.theme.selected_row(true),
    );
}

fn rating_bars(ctx: &Ctx, frame: &mut Frame, total: &Summary, area: Rect) {
    let rows: Vec<(String, u64)> = Rating::ALL
        .iter()
        .map(|r| {
            let value = u64::try_from(total.rating(*r)).unwrap_or(0);
            (
                ctx.l10n.t(&format!("stats-rating-short-{}", r.code())),
                value,
            )
        })
        .collect();
    let bars_area = Rect {
        height: area.height.min(5),
        ..area
    };
    labelled_bars(
        frame,
        bars_area,
        rows,
        RATING_LABEL_CELLS,
        ctx.theme.label(),
        ctx.theme.selected_row(true),
    );
    if area.height > 6 {
        let said = match total.good_rate {
            Some(rate) => format!(
                "{} {}",
                ctx.l10n.t("stats-column-good-rate"),
                percent(Some(rate))
            ),
            None => ctx.l10n.t("stats-none-rated"),
        };
        let line_area = Rect::new(area.x, area.y + 6, area.width, 1);
        put(
            frame,
            line_area,
            Line::from(TextSpan::styled(said, ctx.theme.quiet())),
        );
    }
}

/// Intakes per day; a year is shown per week so it fits.
fn sparkline(ctx: &Ctx, frame: &mut Frame, overview: &Overview, rows: &mut Rows) {
    let per_week = overview.per_day.len() > usize::from(rows.area.width);
    let values: Vec<u64> = if per_week {
        overview
            .per_day
            .chunks(7)
            .map(|week| {
                week.iter()
                    .map(|(_, n)| u64::try_from(*n).unwrap_or(0))
                    .sum()
            })
            .collect()
    } else {
        overview
            .per_day
            .iter()
            .map(|(_, n)| u64::try_from(*n).unwrap_or(0))
            .collect()
    };
    let most = values.iter().copied().max().unwrap_or(0);
    let id = if per_week {
        "stats-chart-per-week"
    } else {
        "stats-chart-per-day"
    };
    let heading = Line::from(vec![
        TextSpan::styled(ctx.l10n.t(id), ctx.theme.heading()),
        TextSpan::styled(
            format!(
                "  {}",
                ctx.l10n
                    .t_args("stats-chart-most", &[("count", Arg::Num(most as i64))])
            ),
            ctx.theme.quiet(),
        ),
    ]);
    put(frame, rows.take(1), heading);
    let area = rows.take(rows.left().min(4));
    let width = (values.len() as u16).min(area.width);
    let line = Sparkline::default()
        .data(values)
        .max(most.max(1))
        .style(ctx.theme.item_id());
    frame.render_widget(line, Rect { width, ..area });
}
