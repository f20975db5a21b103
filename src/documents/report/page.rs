//! The monthly report as one self-contained HTML file: a page per language (the clerk's
//! first), each with the headline numbers beside three charts (intakes per day, overdue by
//! domain, the ratings) and the numbers by domain. The Mongolian page sets its text
//! vertically, as the receipt does; its chart labels run down under the bars.
use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::labels::{days, domain_short, key_label, number_columns, percent};
use super::svg::{Bar, Labels, bar_chart};
use crate::domain::{Catalogue, Lang, MessageId, Rating};
use crate::i18n::{Arg, Localizer};
use crate::service::stats::{By, Overview, Summary};

const STYLE: &str = include_str!("report.css");

/// What the report is drawn from.
pub struct MonthlyReport<'a> {
    /// `YYYY-MM`.
    pub month: &'a str,
    /// The hall's name, else its centre code.
    pub hall: &'a str,
    /// When it was made, as the hall's clock showed it.
    pub made_at: &'a str,
    pub operator: &'a str,
    pub overview: &'a Overview,
    pub catalogue: &'a Catalogue,
}

/// The report, both languages, the clerk's first.
pub fn render_report(report: &MonthlyReport<'_>, l10n: &Localizer) -> String {
    let first = l10n.lang();
    let langs = [first, first.other()];
    let title = l10n.format(first, "stats-report-title", &[]);
    html! {
        (DOCTYPE)
        html lang=(first.tag()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " " (report.month) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                @for lang in langs {
                    (page(report, l10n, lang))
                }
            }
        }
    }
    .into_string()
}

fn class(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh",
        Lang::Mn => "mn",
    }
}

fn page(report: &MonthlyReport<'_>, l10n: &Localizer, lang: Lang) -> Markup {
    let t = |id: &str| l10n.format(lang, id, &[]);
    let total = &report.overview.total;
    let subtitle = l10n.format(
        lang,
        "stats-report-subtitle",
        &[
            ("month", Arg::Str(report.month)),
            ("hall", Arg::Str(report.hall)),
        ],
    );
    let made = l10n.format(
        lang,
        "stats-report-generated",
        &[
            ("at", Arg::Str(report.made_at)),
            ("operator", Arg::Str(report.operator)),
        ],
    );
    html! {
        main class={ "page " (class(lang)) } lang=(lang.tag()) {
            div.page-top {
                header {
                    h1 { (t("stats-report-title")) }
                    p.subtitle { (subtitle) }
                    p.made { (made) }
                }
                @if lang == Lang::Mn {
                    (numbers_section(l10n, lang, total))
                }
            }
            div.body {
                @if lang == Lang::Zh {
                    (numbers_section(l10n, lang, total))
                }
                section.charts {
                    (figure(&t("stats-report-figure-per-day"), per_day(report), Labels::Across, "#2f5d8a", None))
                    (figure(&t("stats-report-figure-overdue"), overdue(report, lang), Labels::Down, "#b23b2e", None))
                    (figure(&t("stats-report-figure-ratings"), ratings(l10n, lang, total), Labels::Down, "#3b7d3a",
                        (total.rated == 0).then(|| t("stats-none-rated"))))
                }
            }
            section.domains {
                h2 { (t("stats-report-by-domain")) }
                (domain_table(report, l10n, lang))
            }
            p.notes { (t("stats-report-notes")) }
        }
    }
}

/// A chart with its caption; `empty` says why it has no bars to read, when it has none.
fn figure(
    caption: &str,
    bars: Vec<Bar>,
    labels: Labels,
    color: &str,
    empty: Option<String>,
) -> Markup {
    html! {
        figure {
            (bar_chart(caption, &bars, labels, color))
            figcaption {
                (caption)
                @if let Some(why) = empty { "　" span.empty { (why) } }
            }
        }
    }
}

/// The headline numbers: beside the charts on the Chinese page, beside the heading on the
/// Mongolian one (where they run down the page and need its width).
fn numbers_section(l10n: &Localizer, lang: Lang, total: &Summary) -> Markup {
    html! {
        section.numbers {
            h2 { (l10n.format(lang, "stats-report-numbers", &[])) }
            (numbers(l10n, lang, total))
        }
    }
}

fn numbers(l10n: &Localizer, lang: Lang, total: &Summary) -> Markup {
    let mut rows: Vec<(String, String)> = number_columns(total)
        .into_iter()
        .map(|(id, value)| (l10n.format(lang, id, &[]), value))
        .collect();
    rows.insert(
        8,
        (
            l10n.format(lang, "stats-column-rated", &[]),
            total.rated.to_string(),
        ),
    );
    html! {
        dl {
            @for (label, value) in &rows {
                div.row { dt { (label) } dd { (value) } }
            }
        }
    }
}

fn per_day(report: &MonthlyReport<'_>) -> Vec<Bar> {
    report
        .overview
        .per_day
        .iter()
        .map(|(day, count)| Bar {
            label: day.day().to_string(),
            value: *count,
        })
        .collect()
}

fn overdue(report: &MonthlyReport<'_>, lang: Lang) -> Vec<Bar> {
    report
        .catalogue
        .domains
        .iter()
        .map(|domain| {
            let code = domain.code.as_str();
            let value = report
                .overview
                .domains
                .iter()
                .find(|row| row.key == code)
                .map_or(0, |row| row.summary.overdue);
            Bar {
                label: domain_short(report.catalogue, lang, code),
                value,
            }
        })
        .collect()
}

fn ratings(l10n: &Localizer, lang: Lang, total: &Summary) -> Vec<Bar> {
    Rating::ALL
        .iter()
        .map(|rating| Bar {
            label: l10n.format(lang, rating.message_id(), &[]),
            value: total.rating(*rating),
        })
        .collect()
}

fn domain_table(report: &MonthlyReport<'_>, l10n: &Localizer, lang: Lang) -> Markup {
    let heads = [
        "stats-column-intakes",
        "stats-column-completed",
        "stats-column-on-time",
        "stats-column-overdue",
        "stats-column-rejected",
        "stats-column-good-rate",
    ];
    html! {
        table {
            thead {
                tr {
                    th { (l10n.format(lang, "stats-by-domain", &[])) }
                    @for id in heads { th { (l10n.format(lang, id, &[])) } }
                }
            }
            tbody {
                @for row in &report.overview.domains {
                    @let s = &row.summary;
                    tr {
                        th { (key_label(report.catalogue, l10n, lang, By::Domain, &row.key)) }
                        td { (s.intakes) } td { (s.completed) } td { (s.on_time) }
                        td { (s.overdue) } td { (s.rejected) } td { (percent(s.good_rate)) }
                    }
                }
                tr.total {
                    @let s = &report.overview.total;
                    th { (l10n.format(lang, "stats-total", &[])) }
                    td { (s.intakes) } td { (s.completed) } td { (s.on_time) }
                    td { (s.overdue) } td { (s.rejected) } td { (percent(s.good_rate)) }
                }
            }
        }
        @if report.overview.total.completed > 0 {
            p.average { (l10n.format(lang, "stats-headline-average",
                &[("days", Arg::Str(&days(report.overview.total.average_days_to_completion)))])) }
        }
    }
}
