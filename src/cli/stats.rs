//! `service-desk stats`: the supervisor's numbers over a period, by domain, item, region,
//! channel, status, operator or month, as a table in the clerk's language, JSON or CSV;
//! `stats report` writes the printable monthly report; `stats rebuild` recomputes the
//! counters from the records, with progress on a terminal's stderr.
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;

use clap::builder::{OsStringValueParser, TypedValueParser};
use clap::{Args as ClapArgs, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::{Value, json};

use super::Start;
use super::error::{CliError, ExitStatus};
use super::operators::{LoginArgs, context, log_in};
use crate::documents::report::{
    self as words, MonthlyReport, by_heading, key_label, number_columns, render_report,
};
use crate::domain::text::{display_width, path_for_terminal};
use crate::domain::{Date, Rating};
use crate::i18n::{Arg, Localizer};
use crate::service::Desk;
use crate::service::context::{Context, hall_timestamp};
use crate::service::operators::OperatorError;
use crate::service::stats::{self, By, Period, Stats, StatsError, Summary};

#[derive(Debug, ClapArgs)]
#[command(args_conflicts_with_subcommands = true)]
pub struct StatsArgs {
    #[command(subcommand)]
    pub action: Option<StatsAction>,
    /// First day of acceptance counted (YYYY-MM-DD); default 1 January of this year.
    #[arg(long)]
    pub from: Option<String>,
    /// Last day of acceptance counted (YYYY-MM-DD); default today.
    #[arg(long)]
    pub to: Option<String>,
    /// What the rows are: domain, item, region, channel, status, operator or month.
    #[arg(long, value_enum, default_value_t = ByArg::Domain)]
    pub by: ByArg,
    #[arg(long, value_enum, default_value_t = StatsFormat::Table)]
    pub format: StatsFormat,
    #[command(flatten)]
    pub login: LoginArgs,
}

#[derive(Debug, Subcommand)]
pub enum StatsAction {
    /// Write the printable monthly report (HTML, Chinese and Mongolian, with charts).
    Report {
        /// The month, YYYY-MM.
        #[arg(long)]
        month: String,
        /// The HTML file to write.
        #[arg(long, value_parser = OsStringValueParser::new().map(PathBuf::from))]
        out: PathBuf,
        #[command(flatten)]
        login: LoginArgs,
    },
    /// Recompute every counter from the stored intakes (a store from before the counters).
    Rebuild {
        #[command(flatten)]
        login: LoginArgs,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ByArg {
    Domain,
    Item,
    Region,
    Channel,
    Status,
    Operator,
    Month,
}

impl ByArg {
    fn by(self) -> By {
        match self {
            ByArg::Domain => By::Domain,
            ByArg::Item => By::Item,
            ByArg::Region => By::Region,
            ByArg::Channel => By::Channel,
            ByArg::Status => By::Status,
            ByArg::Operator => By::Operator,
            ByArg::Month => By::Month,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    Table,
    Json,
    Csv,
}

pub fn run(start: &Start, args: StatsArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let desk = start.open_desk()?;
    super::notice::print_notices(&desk, &start.l10n, &mut std::io::stderr().lock());
    let written = match args.action {
        None => {
            let ctx = signed_in(start, &desk, &args.login)?;
            let period = period(start, &ctx, args.from.as_deref(), args.to.as_deref())?;
            let found = stats::query(&desk, &ctx, args.by.by(), period)
                .map_err(|e| stats_error(e, &start.l10n))?;
            write_stats(out, &desk, &start.l10n, &found, args.format)
        }
        Some(StatsAction::Report {
            month,
            out: file,
            login,
        }) => {
            let ctx = signed_in(start, &desk, &login)?;
            return write_report(start, &desk, &ctx, &month, &file, out);
        }
        Some(StatsAction::Rebuild { login }) => {
            let ctx = signed_in(start, &desk, &login)?;
            return rebuild(start, &desk, &ctx, out);
        }
    };
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(CliError::Output),
    }
}

pub(super) fn signed_in(
    start: &Start,
    desk: &Desk,
    login: &LoginArgs,
) -> Result<Context, CliError> {
    let session = log_in(start, desk, login)?;
    Ok(context(start).signed_in(Arc::new(session)))
}

/// The error of a statistics use case, told in the clerk's language.
pub(super) fn stats_error(e: StatsError, l10n: &Localizer) -> CliError {
    let told = |status, id: &str| CliError::Stats {
        status,
        message: l10n.t(id),
    };
    match e {
        StatsError::Store(e) => CliError::Service(e.into()),
        StatsError::Operator(OperatorError::Store(e)) => CliError::Service(e.into()),
        StatsError::Operator(e) => CliError::Operator(e),
        StatsError::SignInRequired => told(ExitStatus::Rejected, "stats-error-sign-in"),
        StatsError::EmptyPeriod => told(ExitStatus::Rejected, "stats-error-empty-period"),
        StatsError::Clock => told(ExitStatus::Other, "stats-error-clock"),
    }
}

fn day(text: &str) -> Result<Date, CliError> {
    Date::parse(text.trim()).map_err(|_| CliError::BadDate(text.to_string()))
}

/// `--from` and `--to`, each defaulting to this year so far.
fn period(
    start: &Start,
    ctx: &Context,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<Period, CliError> {
    let today = stats::today(ctx).map_err(|e| stats_error(e, &start.l10n))?;
    let to = to.map(day).transpose()?.unwrap_or(today);
    let from = match from.map(day).transpose()? {
        Some(from) => from,
        None => Period::year_to(to)
            .map(|p| p.from)
            .ok_or_else(|| CliError::BadDate(to.to_string()))?,
    };
    Period::new(from, to).map_err(|e| stats_error(e, &start.l10n))
}

fn write_stats(
    out: &mut dyn Write,
    desk: &Desk,
    l10n: &Localizer,
    found: &Stats,
    format: StatsFormat,
) -> std::io::Result<()> {
    match format {
        StatsFormat::Json => super::output::write_json(out, &stats_json(found)),
        StatsFormat::Csv => write_csv(out, desk, l10n, found),
        StatsFormat::Table => write_table(out, desk, l10n, found),
    }
}

/// The ratings as an object keyed by their codes.
fn ratings_json(summary: &Summary) -> Value {
    let map = Rating::ALL
        .iter()
        .map(|r| (r.code().to_string(), json!(summary.rating(*r))))
        .collect();
    Value::Object(map)
}

fn summary_json(key: &str, s: &Summary) -> Value {
    json!({
        "key": key,
        "intakes": s.intakes,
        "completed": s.completed,
        "on_time": s.on_time,
        "overdue": s.overdue,
        "rejected": s.rejected,
        "withdrawn": s.withdrawn,
        "open": s.open,
        "outstanding_intakes": s.outstanding_intakes,
        "outstanding_materials": s.outstanding_materials,
        "average_days_to_completion": s.average_days_to_completion,
        "ratings": ratings_json(s),
        "rated": s.rated,
        "good_rate": s.good_rate,
    })
}

/// An array of rows, each with `key` and its counts, as DESIGN.md's contract says.
pub fn stats_json(found: &Stats) -> Value {
    found
        .rows
        .iter()
        .map(|row| summary_json(&row.key, &row.summary))
        .collect()
}

const CSV_COLUMNS: [&str; 12] = [
    "key",
    "name",
    "intakes",
    "completed",
    "on_time",
    "overdue",
    "rejected",
    "withdrawn",
    "open",
    "outstanding_intakes",
    "outstanding_materials",
    "average_days_to_completion",
];

fn write_csv(
    out: &mut dyn Write,
    desk: &Desk,
    l10n: &Localizer,
    found: &Stats,
) -> std::io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    let mut header: Vec<String> = CSV_COLUMNS.iter().map(|c| c.to_string()).collect();
    header.extend(Rating::ALL.iter().map(|r| r.code().replace('-', "_")));
    header.extend(["rated".to_string(), "good_rate".to_string()]);
    writer.write_record(&header)?;
    for row in &found.rows {
        let s = &row.summary;
        let name = key_label(desk.catalogue(), l10n, l10n.lang(), found.by, &row.key);
        let mut cells = vec![row.key.clone(), name];
        cells.extend(
            [
                s.intakes,
                s.completed,
                s.on_time,
                s.overdue,
                s.rejected,
                s.withdrawn,
                s.open,
                s.outstanding_intakes,
                s.outstanding_materials,
            ]
            .map(|n| n.to_string()),
        );
        let optional = |v: Option<f64>| v.map_or_else(String::new, |v| format!("{v:.4}"));
        cells.push(optional(s.average_days_to_completion));
        cells.extend(s.ratings.map(|n| n.to_string()));
        cells.push(s.rated.to_string());
        cells.push(optional(s.good_rate));
        writer.write_record(&cells)?;
    }
    writer.flush()
}

/// The key column left-aligned, numbers right-aligned, widths in terminal cells; a total row,
/// and the ratings of the whole period below.
fn write_table(
    out: &mut dyn Write,
    desk: &Desk,
    l10n: &Localizer,
    found: &Stats,
) -> std::io::Result<()> {
    let period = l10n.t_args(
        "stats-period",
        &[
            ("from", Arg::Str(&found.period.from.to_string())),
            ("to", Arg::Str(&found.period.to.to_string())),
            ("today", Arg::Str(&found.today.to_string())),
        ],
    );
    writeln!(out, "{period}")?;
    if found.rows.is_empty() {
        return writeln!(out, "{}", l10n.t("stats-empty"));
    }
    let mut lines: Vec<Vec<String>> = Vec::new();
    let mut header = vec![l10n.t(by_heading(found.by))];
    header.extend(number_columns(&found.total).map(|(id, _)| l10n.t(id)));
    lines.push(header);
    for row in &found.rows {
        let label = key_label(desk.catalogue(), l10n, l10n.lang(), found.by, &row.key);
        let mut line = vec![label];
        line.extend(number_columns(&row.summary).map(|(_, v)| v));
        lines.push(line);
    }
    let mut total = vec![l10n.t("stats-total")];
    total.extend(number_columns(&found.total).map(|(_, v)| v));
    lines.push(total);
    write_aligned(out, &lines)?;
    writeln!(out, "{}", ratings_line(l10n, &found.total))
}

fn write_aligned(out: &mut dyn Write, lines: &[Vec<String>]) -> std::io::Result<()> {
    let columns = lines.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            lines
                .iter()
                .filter_map(|l| l.get(c))
                .map(|s| display_width(s))
                .max()
                .unwrap_or(0)
        })
        .collect();
    for line in lines {
        let cells: Vec<String> = line
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(c, (cell, width))| {
                let fill = " ".repeat(width.saturating_sub(display_width(cell)));
                if c == 0 {
                    format!("{cell}{fill}")
                } else {
                    format!("{fill}{cell}")
                }
            })
            .collect();
        writeln!(out, "{}", cells.join("  ").trim_end())?;
    }
    Ok(())
}

/// "满意度评价：非常满意 3、满意 2、…；好评率 83.3%".
pub(super) fn ratings_line(l10n: &Localizer, total: &Summary) -> String {
    use crate::domain::MessageId;
    let ratings: Vec<String> = Rating::ALL
        .iter()
        .map(|r| format!("{} {}", l10n.t(r.message_id()), total.rating(*r)))
        .collect();
    l10n.t_args(
        "stats-ratings",
        &[
            ("ratings", Arg::Str(&ratings.join("  "))),
            ("rate", Arg::Str(&words::percent(total.good_rate))),
        ],
    )
}

/// Recomputes the counters, with a bar on stderr when it is a terminal.
fn rebuild(start: &Start, desk: &Desk, ctx: &Context, out: &mut dyn Write) -> Result<(), CliError> {
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{msg} {pos} / {len} {wide_bar}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar.set_message(start.l10n.t("stats-progress"));
        bar
    });
    let mut progress = |done: u64, total: u64| {
        if let Some(bar) = &bar {
            bar.set_length(total);
            bar.set_position(done);
        }
    };
    let rebuilt =
        stats::rebuild(desk, ctx, &mut progress).map_err(|e| stats_error(e, &start.l10n))?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let l10n = &start.l10n;
    let mut said = l10n.t_args(
        "stats-rebuilt",
        &[
            ("records", Arg::Num(rebuilt.records as i64)),
            ("rows", Arg::Num(rebuilt.rows as i64)),
        ],
    );
    if rebuilt.damaged > 0 {
        said.push('\n');
        said.push_str(&l10n.t_args(
            "stats-rebuilt-damaged",
            &[("damaged", Arg::Num(rebuilt.damaged as i64))],
        ));
    }
    writeln!(out, "{said}").map_err(CliError::Output)
}

/// `YYYY-MM` as the whole month.
fn month_period(start: &Start, text: &str) -> Result<Period, CliError> {
    let bad = || CliError::Stats {
        status: ExitStatus::Rejected,
        message: start.l10n.t_args(
            "stats-error-bad-month",
            &[("value", Arg::Str(&crate::domain::text::clean_input(text)))],
        ),
    };
    let (year, month) = text.trim().split_once('-').ok_or_else(bad)?;
    let year: u16 = year.parse().map_err(|_| bad())?;
    let month: u8 = month.parse().map_err(|_| bad())?;
    if year < 1000 {
        return Err(bad());
    }
    Period::month(year, month).ok_or_else(bad)
}

/// Writes the monthly report of `month` to `file` and says where.
fn write_report(
    start: &Start,
    desk: &Desk,
    ctx: &Context,
    month: &str,
    file: &std::path::Path,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let period = month_period(start, month)?;
    let overview = stats::overview(desk, ctx, period).map_err(|e| stats_error(e, &start.l10n))?;
    let config = start.config()?;
    let hall = config
        .config
        .centre_name()
        .map(str::to_string)
        .or_else(|| config.config.centre_code().map(|c| c.as_str().to_string()))
        .unwrap_or_default();
    let made_at = hall_timestamp(now_seconds(ctx));
    let operator = ctx
        .operator
        .as_ref()
        .map(|o| o.name.clone())
        .unwrap_or_default();
    let label = format!("{:04}-{:02}", period.from.year(), period.from.month());
    let report = MonthlyReport {
        month: &label,
        hall: &hall,
        made_at: &made_at,
        operator: &operator,
        overview: &overview,
        catalogue: desk.catalogue(),
    };
    let html = render_report(&report, &start.l10n);
    std::fs::write(file, html).map_err(CliError::Output)?;
    let path = path_for_terminal(file);
    let said = start
        .l10n
        .t_args("stats-report-written", &[("path", Arg::Str(&path))]);
    writeln!(out, "{said}").map_err(CliError::Output)
}

fn now_seconds(ctx: &Context) -> i64 {
    ctx.now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}
