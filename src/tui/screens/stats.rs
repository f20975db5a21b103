//! The statistics screen (F9, supervisors): this month, last month or this year, switched
//! with Tab or the arrows; the headline numbers, a bar chart by domain (intakes or overdue,
//! switched with c), the ratings as bars, and the intakes per day as a sparkline. The numbers
//! are read when the screen opens and when the period changes; drawing reads state only.
use std::any::Any;

use ratatui::Frame;

use super::super::action::Action;
use super::super::keymap::{Binding, Scope, bind};
use super::super::keys::{Key, KeyCode};
use super::super::screen::{Ctx, Outcome, Screen};
use crate::service::stats::{self, Overview, Period, StatsError};

mod view;

pub const KEYS: &[Binding] = &[
    bind(
        &[
            Key::plain(KeyCode::Tab),
            Key::plain(KeyCode::Right),
            Key::plain(KeyCode::Char('l')),
        ],
        Action::NextPane,
        "key-stats-period",
        true,
        Scope::Always,
    ),
    bind(
        &[
            Key::plain(KeyCode::BackTab),
            Key::plain(KeyCode::Left),
            Key::plain(KeyCode::Char('h')),
        ],
        Action::PrevPane,
        "key-prev-pane",
        false,
        Scope::Always,
    ),
    bind(
        &[Key::plain(KeyCode::Char('c'))],
        Action::Toggle,
        "key-stats-chart",
        true,
        Scope::Always,
    ),
    bind(
        &[Key::plain(KeyCode::Esc)],
        Action::Back,
        "key-back",
        true,
        Scope::Always,
    ),
];

/// Which period is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span {
    ThisMonth,
    LastMonth,
    ThisYear,
}

impl Span {
    pub const ALL: [Span; 3] = [Span::ThisMonth, Span::LastMonth, Span::ThisYear];

    pub fn message_id(self) -> &'static str {
        match self {
            Span::ThisMonth => "stats-period-this-month",
            Span::LastMonth => "stats-period-last-month",
            Span::ThisYear => "stats-period-this-year",
        }
    }

    fn period(self, today: crate::domain::Date) -> Option<Period> {
        match self {
            Span::ThisMonth => Period::month_to(today),
            Span::LastMonth => Period::month_before(today),
            Span::ThisYear => Period::year_to(today),
        }
    }

    fn step(self, by: isize) -> Span {
        let at = Span::ALL.iter().position(|s| *s == self).unwrap_or(0) as isize;
        let len = Span::ALL.len() as isize;
        Span::ALL[(at + by).rem_euclid(len) as usize]
    }
}

/// What the chart by domain counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DomainChart {
    Intakes,
    Overdue,
}

/// The statistics screen's state.
pub struct StatsScreen {
    span: Span,
    chart: DomainChart,
    /// The numbers of `span`, read by `settle`; `None` until then.
    numbers: Option<Result<Overview, &'static str>>,
}

impl Default for StatsScreen {
    fn default() -> Self {
        StatsScreen::new()
    }
}

impl StatsScreen {
    pub fn new() -> StatsScreen {
        StatsScreen {
            span: Span::ThisMonth,
            chart: DomainChart::Intakes,
            numbers: None,
        }
    }

    pub fn span(&self) -> Span {
        self.span
    }

    pub fn chart(&self) -> DomainChart {
        self.chart
    }

    pub fn overview(&self) -> Option<&Overview> {
        self.numbers.as_ref().and_then(|n| n.as_ref().ok())
    }

    fn load(&mut self, ctx: &Ctx) {
        let read = stats::today(ctx.context).and_then(|today| {
            let period = self.span.period(today).ok_or(StatsError::Clock)?;
            stats::overview(ctx.desk, ctx.context, period)
        });
        self.numbers = Some(read.map_err(|e| match e {
            StatsError::SignInRequired | StatsError::Operator(_) => "stats-refused",
            StatsError::Clock | StatsError::EmptyPeriod => "stats-error-clock",
            StatsError::Store(_) => "login-error-store",
        }));
    }

    fn switch(&mut self, by: isize) -> Outcome {
        self.span = self.span.step(by);
        self.numbers = None;
        Outcome::Done
    }
}

impl Screen for StatsScreen {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn handle(&mut self, _ctx: &Ctx, action: Action) -> Outcome {
        match action {
            Action::NextPane => self.switch(1),
            Action::PrevPane => self.switch(-1),
            Action::Toggle => {
                self.chart = match self.chart {
                    DomainChart::Intakes => DomainChart::Overdue,
                    DomainChart::Overdue => DomainChart::Intakes,
                };
                Outcome::Done
            }
            Action::Back => Outcome::Close,
            _ => Outcome::Unhandled,
        }
    }

    /// Reads the numbers once the period is chosen: one range read of the counters.
    fn settle(&mut self, ctx: &Ctx) {
        if self.numbers.is_none() {
            self.load(ctx);
        }
    }

    fn status(&self, ctx: &Ctx) -> Option<String> {
        Some(ctx.l10n.t("stats-title"))
    }

    fn render(&self, ctx: &Ctx, frame: &mut Frame) {
        view::render(self, ctx, frame);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}
