//! The filter panel: every filter of the list on one small form (status, service or domain,
//! channel, date range, overdue only, this operator only, order). Choices step with Left and
//! Right, text is typed; Enter checks the dates and the service and applies them all.
use crate::domain::{Channel, Date, DomainCode, ItemId, Status};
use crate::service::records::{Filter, Order};
use crate::tui::action::Action;
use crate::tui::widgets::edit::{self, Caret, Edit};

use super::said::Said;

/// The panel's fields, in the order they are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Status,
    Service,
    Channel,
    From,
    To,
    Overdue,
    Mine,
    Order,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::Status,
        Field::Service,
        Field::Channel,
        Field::From,
        Field::To,
        Field::Overdue,
        Field::Mine,
        Field::Order,
    ];

    pub fn label_id(self) -> &'static str {
        match self {
            Field::Status => "records-filter-status",
            Field::Service => "records-filter-service",
            Field::Channel => "records-filter-channel",
            Field::From => "records-filter-from",
            Field::To => "records-filter-to",
            Field::Overdue => "records-filter-overdue",
            Field::Mine => "records-filter-mine",
            Field::Order => "records-filter-order",
        }
    }

    /// Whether the field takes typed text.
    pub fn typed(self) -> bool {
        matches!(self, Field::Service | Field::From | Field::To)
    }
}

/// Longest text a filter field takes: an item id or a date.
const MAX_FIELD_CHARS: usize = 16;

/// The filters being edited, applied only on Enter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Panel {
    pub focus: usize,
    pub status: Option<Status>,
    pub service: String,
    pub channel: Option<Channel>,
    pub from: String,
    pub to: String,
    pub overdue: bool,
    pub mine: bool,
    pub order: Order,
    /// Why Enter did not apply the filters.
    pub error: Option<Said>,
}

impl Panel {
    /// The panel showing `filter`.
    pub fn new(filter: &Filter) -> Panel {
        Panel {
            focus: 0,
            status: filter.status,
            service: filter.service.clone().unwrap_or_default(),
            channel: filter.channel,
            from: filter.from.map(|d| d.to_string()).unwrap_or_default(),
            to: filter.to.map(|d| d.to_string()).unwrap_or_default(),
            overdue: filter.overdue_only,
            mine: filter.operator.is_some(),
            order: filter.order,
            error: None,
        }
    }

    pub fn field(&self) -> Field {
        Field::ALL[self.focus.min(Field::ALL.len() - 1)]
    }

    pub fn typing(&self) -> bool {
        self.field().typed()
    }

    /// Moves the focus, changes the focused choice or edits the focused text.
    pub fn step(&mut self, action: &Action) {
        self.error = None;
        let last = Field::ALL.len() - 1;
        match action {
            Action::Down => self.focus = (self.focus + 1).min(last),
            Action::Up => self.focus = self.focus.saturating_sub(1),
            Action::Right => self.change(1),
            Action::Left => self.change(-1),
            Action::Insert(text) => self.edit(&Edit::Insert(text.clone())),
            Action::DeleteBack => self.edit(&Edit::DeleteBack),
            Action::ClearQuery => self.edit(&Edit::Clear),
            _ => {}
        }
    }

    fn text_mut(&mut self) -> Option<&mut String> {
        match self.field() {
            Field::Service => Some(&mut self.service),
            Field::From => Some(&mut self.from),
            Field::To => Some(&mut self.to),
            _ => None,
        }
    }

    fn edit(&mut self, step: &Edit) {
        if let Some(text) = self.text_mut() {
            let mut caret = Caret::at_end(text);
            edit::apply(text, &mut caret, step, MAX_FIELD_CHARS);
        }
    }

    fn change(&mut self, by: isize) {
        match self.field() {
            Field::Status => self.status = cycle(Status::ALL, self.status, by),
            Field::Channel => self.channel = cycle(Channel::ALL, self.channel, by),
            Field::Overdue => self.overdue = !self.overdue,
            Field::Mine => self.mine = !self.mine,
            Field::Order => {
                self.order = match self.order {
                    Order::Newest => Order::Deadline,
                    Order::Deadline => Order::Newest,
                }
            }
            Field::Service | Field::From | Field::To => {}
        }
    }

    /// The filter the panel describes, `operator` standing for "this operator"; or why not,
    /// with the focus moved to the field at fault.
    pub fn filter(&mut self, operator: Option<&str>) -> Result<Filter, Said> {
        let service = self.service.trim().to_string();
        let service = match service_code(&service) {
            Ok(code) => code,
            Err(said) => return Err(self.fault(Field::Service, said)),
        };
        let from = match day(&self.from) {
            Ok(day) => day,
            Err(said) => return Err(self.fault(Field::From, said)),
        };
        let to = match day(&self.to) {
            Ok(day) => day,
            Err(said) => return Err(self.fault(Field::To, said)),
        };
        if from.zip(to).is_some_and(|(from, to)| from > to) {
            return Err(self.fault(Field::To, Said::failure("records-filter-range-backwards")));
        }
        Ok(Filter {
            status: self.status,
            service,
            channel: self.channel,
            from,
            to,
            overdue_only: self.overdue,
            operator: operator.filter(|_| self.mine).map(str::to_string),
            order: self.order,
        })
    }

    fn fault(&mut self, field: Field, said: Said) -> Said {
        self.focus = Field::ALL.iter().position(|f| *f == field).unwrap_or(0);
        self.error = Some(said.clone());
        said
    }
}

/// The next (or previous) of `all` after `current`, through "any" (`None`).
fn cycle<T: Copy + PartialEq>(all: &[T], current: Option<T>, by: isize) -> Option<T> {
    let len = all.len() as isize + 1;
    let at = current
        .and_then(|c| all.iter().position(|v| *v == c))
        .map_or(0, |i| i as isize + 1);
    match (at + by).rem_euclid(len) {
        0 => None,
        next => all.get(next as usize - 1).copied(),
    }
}

/// A domain code ("SOC") or an item id ("SOC-01") as stored; blank is no filter.
fn service_code(text: &str) -> Result<Option<String>, Said> {
    if text.is_empty() {
        return Ok(None);
    }
    if let Ok(id) = ItemId::parse(text) {
        return Ok(Some(id.to_string()));
    }
    match DomainCode::parse(text) {
        Some(domain) => Ok(Some(domain.to_string())),
        None => Err(Said::failure("records-filter-bad-service")),
    }
}

/// A day typed as `YYYY-MM-DD`; blank is no limit.
fn day(text: &str) -> Result<Option<Date>, Said> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    Date::parse(text)
        .map(Some)
        .map_err(|_| Said::failure("records-filter-bad-date"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_cycle_through_any() {
        let mut panel = Panel::new(&Filter::default());
        panel.step(&Action::Right);
        assert_eq!(panel.status, Some(Status::Accepted));
        panel.step(&Action::Left);
        panel.step(&Action::Left);
        assert_eq!(panel.status, Some(Status::Withdrawn));
    }

    #[test]
    fn bad_dates_and_services_are_refused_at_their_field() {
        let mut panel = Panel::new(&Filter::default());
        panel.focus = 3;
        panel.step(&Action::Insert("2026-13-01".into()));
        panel.focus = 0;
        assert!(panel.filter(None).is_err());
        assert_eq!(panel.field(), Field::From);
        panel.step(&Action::ClearQuery);
        panel.step(&Action::Insert("2026-12-05".into()));
        panel.focus = 4;
        panel.step(&Action::Insert("2026-12-01".into()));
        let err = panel.filter(None).unwrap_err();
        assert_eq!(err.id(), "records-filter-range-backwards");
        panel.to.clear();
        panel.service = "soc-1".into();
        panel.mine = true;
        let filter = panel.filter(Some("li")).unwrap();
        assert_eq!(filter.service.as_deref(), Some("SOC-01"));
        assert_eq!(filter.operator.as_deref(), Some("li"));
        panel.service = "nothing".into();
        assert!(panel.filter(None).is_err());
        assert_eq!(panel.field(), Field::Service);
    }
}
