//! Drawing the form: rows built from the stops (section headings, each field with its value,
//! what a query offers, what an ID number tells and the person's earlier intakes, the problem
//! beside it), scrolled so the field in focus shows; the eligibility hints on one line; and a
//! two-row footer saying what Ctrl-S will do and what is missing.
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::super::glyphs::{PROMPT, SELECTED};
use super::super::super::screen::Ctx;
use super::super::super::widgets::edit::{self, window};
use super::super::super::widgets::text::{ellipsize, fit, put, put_rows};
use super::IntakeScreen;
use super::candidates::{self, Candidate};
use super::centre::{self, CentrePicker};
use super::stops::Stop;
use super::{earlier, hints, reason};
use crate::domain::application::{Fact, Field, Section, field_def};
use crate::domain::choice::Choice;
use crate::domain::text::{display_width, wrap};
use crate::domain::{Channel, ItemId, Lang, MaterialKind, MessageId, ResidentId};
use crate::i18n::Arg;
use crate::service::intake::division_list;

/// Rows the footer takes at the bottom of the body.
const FOOTER_ROWS: u16 = 2;

/// One row of the form, with the stop it belongs to and the caret's column if it has it.
struct Row {
    line: Line<'static>,
    stop: Option<Stop>,
    caret: Option<u16>,
}

impl Row {
    fn plain(line: Line<'static>, stop: Option<Stop>) -> Row {
        Row {
            line,
            stop,
            caret: None,
        }
    }
}

/// The short label of a field on the form (the field list's names are for messages, where
/// the section is not there to say whose name it is).
pub fn label_id(field: Field) -> &'static str {
    match field {
        Field::ApplicantName | Field::AgentName => "form-label-name",
        Field::ApplicantIdNumber | Field::AgentIdNumber => "form-label-id-number",
        Field::ApplicantPhone => "form-label-phone",
        Field::ApplicantEthnicity => "form-label-ethnicity",
        Field::ApplicantRegion => "form-label-region",
        Field::ApplicantAddress => "form-label-address",
        Field::ApplicantDocumentLang => "form-label-document-lang",
        Field::ApplicantFact => "form-label-facts",
        Field::Agent => "form-label-agent",
        Field::AgentRelationship => "form-label-relationship",
        Field::Services | Field::Service => "form-label-services",
        Field::Materials
        | Field::MaterialService
        | Field::MaterialName
        | Field::MaterialStatus
        | Field::MaterialDue => "form-label-materials",
        Field::Channel => "form-label-channel",
        Field::Notes => "form-label-notes",
    }
}

pub fn render(screen: &IntakeScreen, ctx: &Ctx, frame: &mut Frame) {
    let area = ctx.area;
    let footer_rows = FOOTER_ROWS.min(area.height);
    let body = Rect {
        height: area.height - footer_rows,
        ..area
    };
    let footer = Rect {
        y: body.bottom(),
        height: footer_rows,
        ..area
    };
    if let Some(picker) = screen.centre_picker() {
        render_centre(picker, ctx, frame, body);
        render_keys_footer(ctx, frame, footer, "form-centre-keys");
        return;
    }
    if let Some(prompt) = screen.reason_prompt() {
        reason::render(prompt, screen, ctx, frame, body);
        render_keys_footer(ctx, frame, footer, "form-duplicate-keys");
        return;
    }
    if screen.hints_open().is_some() {
        hints::render_panel(screen, ctx, frame, body);
        render_keys_footer(ctx, frame, footer, "form-hints-keys");
        return;
    }
    let body = match hints::summary(screen, ctx, usize::from(area.width)) {
        // The hints line stands just above the footer, so it shows however the form scrolls.
        Some(line) if body.height > 1 => {
            let rest = Rect {
                height: body.height - 1,
                ..body
            };
            put(frame, Rect::new(area.x, rest.bottom(), area.width, 1), line);
            rest
        }
        _ => body,
    };
    let form = Form::new(screen, ctx, body.width);
    let rows = form.rows();
    draw_rows(screen, ctx, frame, body, &rows);
    render_footer(screen, ctx, frame, footer);
}

/// What every row of one frame needs.
struct Form<'a> {
    screen: &'a IntakeScreen,
    ctx: &'a Ctx<'a>,
    width: usize,
    label_width: usize,
    lang: Lang,
}

impl<'a> Form<'a> {
    fn new(screen: &'a IntakeScreen, ctx: &'a Ctx<'a>, width: u16) -> Form<'a> {
        let width = usize::from(width);
        let widest = screen
            .stops()
            .iter()
            .map(|s| display_width(&ctx.l10n.t(label_id(s.field()))))
            .max()
            .unwrap_or(8);
        Form {
            screen,
            ctx,
            width,
            label_width: widest.clamp(4, (width / 3).max(4)),
            lang: ctx.l10n.lang(),
        }
    }

    /// Where values start: after the focus marker, the label and a space.
    fn value_x(&self) -> usize {
        1 + self.label_width + 1
    }

    fn value_width(&self) -> usize {
        self.width.saturating_sub(self.value_x())
    }

    fn rows(&self) -> Vec<Row> {
        let mut rows = Vec::new();
        let mut section: Option<Section> = None;
        let mut material_service: Option<String> = None;
        let mut previous: Option<Field> = None;
        for stop in self.screen.stops() {
            if section != Some(stop.section()) {
                section = Some(stop.section());
                let title = self.ctx.l10n.t(stop.section().message_id());
                let style = self.ctx.theme.heading();
                rows.push(Row::plain(fit(&title, self.width, style), None));
            }
            if let Some(service) = self.material_heading(stop) {
                if material_service.as_ref() != Some(&service) {
                    rows.push(Row::plain(self.service_heading(&service), None));
                    material_service = Some(service);
                }
            }
            // A list's label stands on its first row only.
            let label_shown = previous != Some(stop.field()) || matches!(stop, Stop::Text(_));
            previous = Some(stop.field());
            rows.push(self.main_row(stop, label_shown));
            if stop == self.screen.focus() {
                rows.extend(self.offered_rows());
            }
            for line in self.id_facts(stop) {
                rows.push(Row::plain(line, Some(stop)));
            }
            if stop == Stop::Text(Field::ApplicantIdNumber) {
                for line in earlier::rows(self.screen, self.ctx, self.width) {
                    rows.push(Row::plain(line, Some(stop)));
                }
            }
            if let Some(line) = self.open_elsewhere(stop) {
                rows.push(Row::plain(line, Some(stop)));
            }
            if let Some(problem) = self.screen.problem_at(stop) {
                let text = self.ctx.l10n.say(&problem);
                let indent = " ".repeat(self.value_x());
                for part in wrap(&text, self.value_width().max(1)) {
                    let line = Line::from(vec![
                        Span::raw(indent.clone()),
                        Span::styled(part, self.ctx.theme.warning()),
                    ]);
                    rows.push(Row::plain(line, Some(stop)));
                }
            }
        }
        rows
    }

    /// Under a service applied for: the person's open intakes for it, which Ctrl-S asks
    /// about.
    fn open_elsewhere(&self, stop: Stop) -> Option<Line<'static>> {
        let Stop::Service(at) = stop else {
            return None;
        };
        let service = self.screen.input().services.get(at)?;
        let open: Vec<String> = self
            .screen
            .open_duplicates()
            .into_iter()
            .filter(|e| e.services.contains(service))
            .map(|e| e.receipt.to_string())
            .collect();
        if open.is_empty() {
            return None;
        }
        let list = open.join(&self.ctx.l10n.t("common-list-separator"));
        let text = self
            .ctx
            .l10n
            .t_args("form-duplicate-flag", &[("receipts", Arg::Str(&list))]);
        let indent = " ".repeat(self.value_x());
        Some(Line::from(vec![
            Span::raw(indent),
            Span::styled(
                ellipsize(&text, self.value_width()),
                self.ctx.theme.warning(),
            ),
        ]))
    }

    /// The service a material stop belongs to, for its heading.
    fn material_heading(&self, stop: Stop) -> Option<String> {
        let input = self.screen.input();
        match stop {
            Stop::Material(at) | Stop::MaterialDue(at) => {
                input.materials.get(at).map(|m| m.service.clone())
            }
            Stop::MaterialAdd(index) => input.services.get(index).cloned(),
            _ => None,
        }
    }

    fn service_heading(&self, service: &str) -> Line<'static> {
        let name = self.service_name(service);
        fit(
            &format!(" {service} {name}"),
            self.width,
            self.ctx.theme.item_id(),
        )
    }

    fn service_name(&self, service: &str) -> String {
        ItemId::parse(service)
            .ok()
            .and_then(|id| self.ctx.desk.item(id))
            .map(|item| item.name.get(self.lang).to_string())
            .unwrap_or_default()
    }

    fn label(&self, stop: Stop, shown: bool) -> String {
        let text = match stop {
            Stop::Material(_) => String::new(),
            Stop::MaterialDue(_) => format!(" {}", self.ctx.l10n.t("form-label-due")),
            Stop::MaterialAdd(_) => format!(" {}", self.ctx.l10n.t("form-label-material-add")),
            Stop::ServiceSearch => self.ctx.l10n.t("form-label-service-add"),
            _ if shown => self.ctx.l10n.t(label_id(stop.field())),
            _ => String::new(),
        };
        let cut = ellipsize(&text, self.label_width);
        let fill = self.label_width.saturating_sub(display_width(&cut));
        format!("{cut}{}", " ".repeat(fill))
    }

    fn main_row(&self, stop: Stop, label_shown: bool) -> Row {
        let focused = stop == self.screen.focus();
        let theme = self.ctx.theme;
        let marker = if focused { SELECTED } else { " " };
        let label_style = if focused {
            theme.pane_title(true)
        } else if stop != Stop::AgentToggle && field_def(stop.field()).required && label_shown {
            theme.label()
        } else {
            Style::new()
        };
        let (value, caret) = self.value(stop, focused);
        let mut spans = vec![
            Span::raw(marker.to_string()),
            Span::styled(self.label(stop, label_shown), label_style),
            Span::raw(" "),
        ];
        spans.extend(value);
        Row {
            line: Line::from(spans),
            stop: Some(stop),
            caret: caret.map(|c| (self.value_x() + c) as u16),
        }
    }

    /// The value's spans, and the caret's column within them when the caret is here.
    fn value(&self, stop: Stop, focused: bool) -> (Vec<Span<'static>>, Option<usize>) {
        let width = self.value_width();
        let quiet = self.ctx.theme.quiet();
        if focused && stop.types() && !(stop.queries() && self.screen.query().is_empty()) {
            let (text, caret) = edit::shown(&self.screen.focused_text(), self.screen.caret);
            let (shown, col) = window(&text, caret, width);
            return (vec![Span::raw(shown.to_string())], Some(col));
        }
        let (text, style) = self.value_text(stop, focused);
        let caret = (focused && stop.types()).then_some(0);
        let text = ellipsize(&text, width);
        let style = if text.is_empty() { quiet } else { style };
        (vec![Span::styled(text, style)], caret)
    }

    /// The value as text when the caret is not editing it, or a quiet placeholder.
    fn value_text(&self, stop: Stop, focused: bool) -> (String, Style) {
        let l10n = self.ctx.l10n;
        let input = self.screen.input();
        let plain = Style::new();
        let quiet = self.ctx.theme.quiet();
        let or_placeholder = |value: String, id: &str| {
            if value.is_empty() {
                (if focused { l10n.t(id) } else { String::new() }, quiet)
            } else {
                (value, plain)
            }
        };
        match stop {
            Stop::Text(field) => or_placeholder(
                field_def(field).get(input).to_string(),
                "form-placeholder-text",
            ),
            Stop::Pick(field) => {
                let code = field_def(field).get(input);
                let list = candidates::list_for(field);
                let shown = match candidates::find(list, code) {
                    Some(choice) => self.choice_text(choice),
                    None => code.to_string(),
                };
                or_placeholder(shown, "form-placeholder-pick")
            }
            Stop::Language => {
                let id = match Lang::parse(&input.applicant.document_lang) {
                    Some(Lang::Zh) => "form-lang-zh",
                    Some(Lang::Mn) => "form-lang-mn",
                    None => "form-not-chosen",
                };
                (self.choice(l10n.t(id), focused), plain)
            }
            Stop::Fact(fact) => (self.tick(has_fact(input, fact), fact.message_id()), plain),
            Stop::AgentToggle => (
                self.tick(input.agent.is_some(), "form-agent-applies"),
                plain,
            ),
            Stop::ServiceSearch => or_placeholder(String::new(), "form-placeholder-service"),
            Stop::Service(at) => {
                let id = input.services.get(at).cloned().unwrap_or_default();
                let name = self.service_name(&id);
                (format!("{id} {name}"), plain)
            }
            Stop::Material(at) => {
                let Some(material) = input.materials.get(at) else {
                    return (String::new(), plain);
                };
                let kind = MaterialKind::ALL
                    .iter()
                    .find(|k| crate::domain::application::material_code(**k) == material.status);
                let status = kind.map_or_else(String::new, |k| l10n.t(k.message_id()));
                let status = if focused {
                    format!("< {status} >")
                } else {
                    format!("[{status}]")
                };
                (format!("{status} {}", material.name), plain)
            }
            Stop::MaterialDue(at) => or_placeholder(
                input
                    .materials
                    .get(at)
                    .and_then(|m| m.due.clone())
                    .unwrap_or_default(),
                "form-placeholder-date",
            ),
            Stop::MaterialAdd(_) => or_placeholder(String::new(), "form-placeholder-material"),
            Stop::Channel => {
                let text = Channel::from_code(&input.channel)
                    .map_or_else(|| l10n.t("form-not-chosen"), |c| l10n.t(c.message_id()));
                (self.choice(text, focused), plain)
            }
        }
    }

    /// A choice shows that Left and Right step it while it has the focus.
    fn choice(&self, text: String, focused: bool) -> String {
        if focused { format!("< {text} >") } else { text }
    }

    fn tick(&self, on: bool, id: &str) -> String {
        let mark = if on { "[x]" } else { "[ ]" };
        format!("{mark} {}", self.ctx.l10n.t(id))
    }

    fn choice_text(&self, choice: &Choice) -> String {
        let (name, parent) = match self.lang {
            Lang::Zh => (&choice.zh, &choice.parent_zh),
            Lang::Mn => (&choice.mn, &choice.parent_mn),
        };
        if parent.is_empty() {
            format!("{} {name}", choice.code)
        } else {
            format!("{} {name} ({parent})", choice.code)
        }
    }

    /// What the focused query offers, the highlighted one marked.
    fn offered_rows(&self) -> Vec<Row> {
        let indent = " ".repeat(self.value_x().saturating_sub(1));
        let width = self.value_width();
        let mut rows = Vec::new();
        for (at, candidate) in self.screen.candidates().iter().enumerate() {
            let chosen = at == self.screen.chosen;
            let text = self.candidate_text(candidate);
            let style = if chosen {
                self.ctx.theme.selected_row(true)
            } else {
                self.ctx.theme.quiet()
            };
            let marker = if chosen { SELECTED } else { " " };
            let line = Line::from(vec![
                Span::raw(indent.clone()),
                Span::raw(marker.to_string()),
                Span::styled(ellipsize(&text, width), style),
            ]);
            rows.push(Row::plain(line, Some(self.screen.focus())));
        }
        rows
    }

    fn candidate_text(&self, candidate: &Candidate) -> String {
        match candidate {
            Candidate::Choice(code) => {
                let list = candidates::list_for(match self.screen.focus() {
                    Stop::Pick(field) => field,
                    _ => Field::ApplicantRegion,
                });
                candidates::find(list, code).map_or_else(|| code.clone(), |c| self.choice_text(c))
            }
            Candidate::Service(id) => format!("{id} {}", self.service_name(&id.to_string())),
            Candidate::Typed(text) => text.clone(),
            Candidate::Document(id) => self.ctx.l10n.t(id),
        }
    }

    /// Birth date, sex, age and the division an ID number names, as soon as it is whole and
    /// sound; age 60 and over, and 80 and over, as derived facts.
    fn id_facts(&self, stop: Stop) -> Vec<Line<'static>> {
        let Stop::Text(field @ (Field::ApplicantIdNumber | Field::AgentIdNumber)) = stop else {
            return Vec::new();
        };
        let Some(today) = self.screen.today() else {
            return Vec::new();
        };
        let Ok(id) = ResidentId::parse(field_def(field).get(self.screen.input()), today) else {
            return Vec::new();
        };
        let l10n = self.ctx.l10n;
        let Some(age) = id.age_on(today) else {
            return Vec::new();
        };
        let division = division_list()
            .ok()
            .and_then(|list| id.division(list))
            .map(|d| match self.lang {
                Lang::Zh => d.name_zh.clone(),
                Lang::Mn => d.name_mn.clone().unwrap_or_else(|| d.name_zh.clone()),
            })
            .unwrap_or_else(|| {
                l10n.t_args(
                    "form-id-division-unknown",
                    &[("code", Arg::Str(id.address_code()))],
                )
            });
        let birth = id.birth_date().to_string();
        let mut text = l10n.t_args(
            "form-id-facts",
            &[
                ("birth", Arg::Str(&birth)),
                ("sex", Arg::Str(&l10n.t(id.sex().message_id()))),
                ("age", Arg::Num(age.into())),
                ("division", Arg::Str(&division)),
            ],
        );
        let derived = match age {
            80.. => Some(l10n.t("form-derived-80-plus")),
            60.. => Some(l10n.t("form-derived-60-plus")),
            _ => None,
        };
        let width = self.value_width();
        let indent = " ".repeat(self.value_x());
        let row = |spans: Vec<Span<'static>>| {
            let mut all = vec![Span::raw(indent.clone())];
            all.extend(spans);
            Line::from(all)
        };
        let facts = Span::styled(ellipsize(&text, width), self.ctx.theme.item_id());
        let Some(derived) = derived else {
            return vec![row(vec![facts])];
        };
        // Beside the facts when there is room, else on a row of its own.
        text.push_str("  ");
        if display_width(&text) + display_width(&derived) <= width {
            let facts = Span::styled(text, self.ctx.theme.item_id());
            return vec![row(vec![
                facts,
                Span::styled(derived, self.ctx.theme.label()),
            ])];
        }
        let derived = Span::styled(ellipsize(&derived, width), self.ctx.theme.label());
        vec![row(vec![facts]), row(vec![derived])]
    }
}

fn has_fact(input: &crate::domain::application::ApplicationInput, fact: Fact) -> bool {
    input
        .applicant
        .facts
        .iter()
        .any(|c| Fact::from_code(c) == Some(fact))
}

/// Draws the rows that fit, scrolled so that the focused field and what belongs to it show.
/// Rows kept in view after the focused field when the form is scrolled.
const ROWS_AFTER_FOCUS: usize = 3;

fn draw_rows(screen: &IntakeScreen, ctx: &Ctx, frame: &mut Frame, area: Rect, rows: &[Row]) {
    let height = usize::from(area.height);
    if height == 0 {
        return;
    }
    let focus = screen.focus();
    let first = rows.iter().position(|r| r.stop == Some(focus)).unwrap_or(0);
    let last = rows
        .iter()
        .rposition(|r| r.stop == Some(focus))
        .unwrap_or(first);
    // The focused block's end shows with a few rows after it (what Enter just added below
    // the search line, the next field), and its start never scrolls off above.
    let wanted_end = (last + 1 + ROWS_AFTER_FOCUS).min(rows.len());
    let offset = wanted_end.saturating_sub(height).min(first);
    // Keep the section heading above the focus in view when there is room.
    let offset = if first > 0 && offset == first && last + 1 - first < height {
        offset - 1
    } else {
        offset
    };
    for (row_at, row) in rows.iter().skip(offset).take(height).enumerate() {
        let rect = Rect::new(area.x, area.y + row_at as u16, area.width, 1);
        put(frame, rect, row.line.clone());
        if let Some(x) = row.caret.filter(|_| ctx.focused && row.stop == Some(focus)) {
            let x = area.x + x.min(area.width.saturating_sub(1));
            frame.set_cursor_position(Position::new(x, rect.y));
        }
    }
}

fn render_footer(screen: &IntakeScreen, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let l10n = ctx.l10n;
    let missing = screen.missing();
    let action = if !missing.is_empty() {
        "form-footer-jump"
    } else if ctx.hall.centre_code().is_none() {
        "form-footer-save-ask-centre"
    } else if !screen.open_duplicates().is_empty() {
        "form-footer-save-duplicate"
    } else {
        "form-footer-save"
    };
    let width = usize::from(area.width);
    let first = Line::from(vec![
        Span::styled("Ctrl-S".to_string(), ctx.theme.key_cap()),
        Span::raw(" "),
        Span::styled(
            ellipsize(&l10n.t(action), width.saturating_sub(7)),
            ctx.theme.heading(),
        ),
    ]);
    put(
        frame,
        Rect {
            height: area.height.min(1),
            ..area
        },
        first,
    );
    if area.height < 2 {
        return;
    }
    let second = if missing.is_empty() {
        Line::from(Span::styled(
            ellipsize(&l10n.t("form-footer-complete"), width),
            ctx.theme.quiet(),
        ))
    } else {
        let names: Vec<String> = missing.iter().map(|f| l10n.t(label_id(*f))).collect();
        let list = names.join(&l10n.t("common-list-separator"));
        let text = l10n.t_args("form-footer-missing", &[("fields", Arg::Str(&list))]);
        Line::from(Span::styled(ellipsize(&text, width), ctx.theme.warning()))
    };
    put(frame, Rect::new(area.x, area.y + 1, area.width, 1), second);
}

fn render_centre(picker: &CentrePicker, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let l10n = ctx.l10n;
    let width = usize::from(area.width);
    let mut rows: Vec<Line<'static>> = wrap(&l10n.t("form-centre-ask"), width)
        .into_iter()
        .map(|l| Line::from(Span::styled(l, ctx.theme.heading())))
        .collect();
    let prompt = format!("{} {PROMPT} ", l10n.t("catalogue-search"));
    let (query, caret) = edit::shown(&picker.query, picker.caret);
    let (shown, col) = window(&query, caret, width.saturating_sub(display_width(&prompt)));
    let query_row = rows.len();
    rows.push(Line::from(vec![
        Span::styled(prompt.clone(), ctx.theme.prompt(true)),
        Span::raw(shown.to_string()),
    ]));
    let list = candidates::divisions();
    let first = picker.chosen.saturating_sub(centre::ROWS - 1);
    for (at, code) in picker
        .offered
        .iter()
        .enumerate()
        .skip(first)
        .take(centre::ROWS)
    {
        let chosen = at == picker.chosen;
        let text = candidates::find(list, code).map_or_else(
            || code.clone(),
            |c| match l10n.lang() {
                Lang::Zh if c.parent_zh.is_empty() => format!("{} {}", c.code, c.zh),
                Lang::Zh => format!("{} {} ({})", c.code, c.zh, c.parent_zh),
                Lang::Mn if c.parent_mn.is_empty() => format!("{} {}", c.code, c.mn),
                Lang::Mn => format!("{} {} ({})", c.code, c.mn, c.parent_mn),
            },
        );
        let style = if chosen {
            ctx.theme.selected_row(true)
        } else {
            Style::new()
        };
        let marker = if chosen { SELECTED } else { " " };
        rows.push(Line::from(vec![
            Span::raw(marker.to_string()),
            Span::styled(ellipsize(&text, width.saturating_sub(1)), style),
        ]));
    }
    if let Some(error) = picker.error {
        for l in wrap(&l10n.t(error), width) {
            rows.push(Line::from(Span::styled(l, ctx.theme.warning())));
        }
    }
    put_rows(frame, area, rows);
    if ctx.focused && query_row < usize::from(area.height) {
        let x = (display_width(&prompt) + col).min(width.saturating_sub(1)) as u16;
        frame.set_cursor_position(Position::new(area.x + x, area.y + query_row as u16));
    }
}

/// The footer of a picker or question over the form: the message `keys` saying what the keys
/// do there, on one quiet line.
fn render_keys_footer(ctx: &Ctx, frame: &mut Frame, area: Rect, keys: &str) {
    let line = Line::from(Span::styled(
        ellipsize(&ctx.l10n.t(keys), area.width.into()),
        ctx.theme.quiet(),
    ));
    put(
        frame,
        Rect {
            height: area.height.min(1),
            ..area
        },
        line,
    );
}
