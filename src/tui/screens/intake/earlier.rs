//! The applicant's earlier intakes beside the form: looked up once each time the ID number
//! becomes whole and sound (never per key or per frame), shown in brief under it, and the
//! open ones for a service applied for now flagged before Ctrl-S.
use ratatui::text::{Line, Span};

use super::super::super::screen::Ctx;
use super::super::super::widgets::text::ellipsize;
use super::IntakeScreen;
use crate::domain::{ItemId, MessageId, ResidentId};
use crate::i18n::Arg;
use crate::service::eligibility::{EarlierIntake, earlier_intakes, open_for};

/// How many earlier intakes are listed under the ID number; the rest are counted.
pub const LISTED: usize = 3;

/// What the lookup for the ID number on the form found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Lookup {
    /// No whole, sound ID number yet.
    #[default]
    NotYet,
    Found(Vec<EarlierIntake>),
    /// The store could not be read (or nobody is signed in): said, never guessed.
    Failed,
}

/// The lookup and the ID number it was made for.
#[derive(Clone, Debug, Default)]
pub struct Earlier {
    /// Canonical; `None` while the field holds no sound number.
    looked_up: Option<String>,
    pub lookup: Lookup,
}

impl Earlier {
    pub fn intakes(&self) -> &[EarlierIntake] {
        match &self.lookup {
            Lookup::Found(list) => list,
            _ => &[],
        }
    }
}

impl IntakeScreen {
    /// Looks the person up when the ID number has just become whole and sound; a number
    /// already looked up is not looked up again.
    pub(super) fn look_up_earlier(&mut self, ctx: &Ctx) {
        let Some(today) = self.today else {
            return;
        };
        let id = ResidentId::parse(&self.input.applicant.id_number, today)
            .ok()
            .map(|id| id.as_str().to_string());
        if id == self.earlier.looked_up {
            return;
        }
        self.earlier.lookup = match &id {
            None => Lookup::NotYet,
            Some(number) => match earlier_intakes(ctx.desk, ctx.context, number) {
                Ok(found) => Lookup::Found(found),
                Err(_) => Lookup::Failed,
            },
        };
        self.earlier.looked_up = id;
    }

    /// What the lookup found for the ID number on the form.
    pub fn earlier(&self) -> &Lookup {
        &self.earlier.lookup
    }

    /// The open intakes of this person for a service applied for now: Ctrl-S asks why the
    /// clerk goes on.
    pub fn open_duplicates(&self) -> Vec<&EarlierIntake> {
        open_for(self.earlier.intakes(), &self.input.services)
    }
}

/// The rows under the ID number: a count, then the open ones and the newest, in brief.
pub fn rows(screen: &IntakeScreen, ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let l10n = ctx.l10n;
    let indent = "  ";
    let room = width.saturating_sub(indent.len());
    let list = match &screen.earlier.lookup {
        Lookup::NotYet => return Vec::new(),
        Lookup::Failed => {
            let text = ellipsize(&l10n.t("form-earlier-failed"), room);
            return vec![Line::from(vec![
                Span::raw(indent),
                Span::styled(text, ctx.theme.warning()),
            ])];
        }
        Lookup::Found(list) => list,
    };
    let open = list.iter().filter(|e| e.is_open()).count();
    let heading = if list.is_empty() {
        l10n.t("form-earlier-none")
    } else {
        l10n.t_args(
            "form-earlier-count",
            &[
                ("count", Arg::Num(list.len() as i64)),
                ("open", Arg::Num(open as i64)),
            ],
        )
    };
    let mut out = vec![Line::from(vec![
        Span::raw(indent),
        Span::styled(ellipsize(&heading, room), ctx.theme.label()),
    ])];
    let flagged = screen.open_duplicates();
    // Open ones first: they are what the clerk must see; then the newest.
    let mut shown: Vec<&EarlierIntake> = list.iter().filter(|e| e.is_open()).collect();
    shown.extend(list.iter().filter(|e| !e.is_open()));
    for intake in shown.iter().take(LISTED) {
        let clash = flagged.iter().any(|f| f.receipt == intake.receipt);
        out.push(row(intake, clash, ctx, room));
    }
    if list.len() > LISTED {
        let more = l10n.t_args(
            "form-earlier-more",
            &[("count", Arg::Num((list.len() - LISTED) as i64))],
        );
        out.push(Line::from(vec![
            Span::raw(indent),
            Span::styled(ellipsize(&more, room), ctx.theme.quiet()),
        ]));
    }
    out
}

/// `! 150102-20251201-0001 2025-12-01 [受理] SOC-01 最低生活保障`: marked when it is open
/// for a service applied for now.
fn row(intake: &EarlierIntake, clash: bool, ctx: &Ctx, room: usize) -> Line<'static> {
    let status = ctx.l10n.t(intake.status.message_id());
    let services = services_text(&intake.services, ctx);
    let text = format!(
        "{} {} [{status}] {services}",
        intake.receipt, intake.accepted_on
    );
    let (mark, style) = if clash {
        ("! ", ctx.theme.warning())
    } else if intake.is_open() {
        ("  ", ratatui::style::Style::new())
    } else {
        ("  ", ctx.theme.quiet())
    };
    Line::from(vec![
        Span::styled(mark, style),
        Span::styled(ellipsize(&text, room), style),
    ])
}

/// One service with its name; several by their ids.
pub fn services_text(services: &[String], ctx: &Ctx) -> String {
    match services {
        [one] => {
            let name = ItemId::parse(one)
                .ok()
                .and_then(|id| ctx.desk.item(id))
                .map(|item| item.name.get(ctx.l10n.lang()).to_string())
                .unwrap_or_default();
            format!("{one} {name}")
        }
        many => many.join(&ctx.l10n.t("common-list-separator")),
    }
}
