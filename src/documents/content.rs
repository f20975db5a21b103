//! What a receipt and a one-time notice say, in each language they are given in: pure data
//! built from a stored intake, the catalogue and the hall's settings, drawn by the text and
//! HTML renderers. Every stored value is cleaned again here: whatever reached the store, no
//! control character or escape sequence reaches paper.
use std::sync::OnceLock;

use super::words::{say_in, words};
use crate::domain::application::{Deadline, Material};
use crate::domain::config::HallConfig;
use crate::domain::material::COMMON_DOCUMENTS;
use crate::domain::reference::{Division, divisions};
use crate::domain::text::clean_input;
use crate::domain::{Catalogue, ItemId, Lang, MaterialKind};
use crate::i18n::Localizer;
use crate::service::intake::hall_timestamp;
use crate::store::intakes::StoredIntake;

/// Which paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// 受理回执: handed over for every intake.
    Receipt,
    /// 一次性告知书: only when some material is missing or deferred.
    Notice,
    /// 不予受理告知书: only for a rejected intake, with the reason.
    Rejection,
}

impl Kind {
    /// The word in file names: `150102-20261202-0001-receipt.txt`.
    pub fn file_word(self) -> &'static str {
        match self {
            Kind::Receipt => "receipt",
            Kind::Notice => "notice",
            Kind::Rejection => "rejection",
        }
    }

    fn title_id(self) -> &'static str {
        match self {
            Kind::Receipt => "documents-receipt-title",
            Kind::Notice => "documents-notice-title",
            Kind::Rejection => "documents-rejection-title",
        }
    }
}

/// The hall as the configuration names it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hall {
    pub centre_name: Option<String>,
    pub window: Option<String>,
}

impl Hall {
    pub fn from_config(config: &HallConfig) -> Hall {
        Hall {
            centre_name: config.centre_name().map(str::to_string),
            window: config.window().map(str::to_string),
        }
    }
}

/// Everything a document is built from.
pub struct Source<'a> {
    pub record: &'a StoredIntake,
    pub catalogue: &'a Catalogue,
    pub hall: &'a Hall,
    /// The texts; its language is the clerk's, used when the applicant chose none.
    pub l10n: &'a Localizer,
}

/// A labelled value of one or more lines, or a paragraph when there is no label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub label: Option<String>,
    pub lines: Vec<String>,
    /// A heading over its lines (a service in the notice) rather than a field's label.
    pub heading: bool,
}

impl Block {
    fn field(label: String, value: String) -> Block {
        Block::list(label, vec![value])
    }

    fn list(label: String, lines: Vec<String>) -> Block {
        Block {
            label: Some(label),
            lines,
            heading: false,
        }
    }

    fn group(heading: String, lines: Vec<String>) -> Block {
        Block {
            label: Some(heading),
            lines,
            heading: true,
        }
    }

    fn paragraph(text: String) -> Block {
        Block {
            label: None,
            lines: vec![text],
            heading: false,
        }
    }
}

/// One language's side of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    pub lang: Lang,
    pub title: String,
    /// The hall's name, or the division its code names.
    pub hall: String,
    pub blocks: Vec<Block>,
    /// Sentences after the fields: what to do with the paper.
    pub closing: Vec<String>,
    /// Where the hall's seal goes.
    pub stamp: String,
}

/// A document in every language it is given in, the leading one first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub kind: Kind,
    pub receipt: String,
    pub sheets: Vec<Sheet>,
    /// The title in both languages, Mongolian first, for the heading of every sheet.
    pub titles: Vec<(Lang, String)>,
}

/// The languages of the sheets: the applicant's document language, else the clerk's; a
/// Mongolian sheet has the Chinese one beside it.
pub fn sheet_langs(record: &StoredIntake, clerk: Lang) -> Vec<Lang> {
    let chosen = Lang::parse(&record.application.personal.applicant.document_lang).unwrap_or(clerk);
    match chosen {
        Lang::Mn => vec![Lang::Mn, Lang::Zh],
        Lang::Zh => vec![Lang::Zh],
    }
}

/// The document of `kind`; `None` for a notice when nothing is outstanding.
pub fn build(kind: Kind, source: &Source<'_>) -> Option<Document> {
    match kind {
        Kind::Receipt => Some(receipt(source)),
        Kind::Notice => notice(source),
        Kind::Rejection => rejection(source),
    }
}

/// The rejection notice, for a rejected intake.
pub fn rejection(source: &Source<'_>) -> Option<Document> {
    (source.record.status == crate::domain::Status::Rejected)
        .then(|| document(Kind::Rejection, source, rejection_sheet))
}

/// The step that rejected the intake: its reason and when.
fn rejecting_step(record: &StoredIntake) -> Option<&crate::store::intakes::History> {
    let rejected = crate::store::intakes::Event::Status(crate::domain::Status::Rejected);
    record.history.iter().rev().find(|h| h.event == rejected)
}

/// The receipt, handed over for every intake.
pub fn receipt(source: &Source<'_>) -> Document {
    document(Kind::Receipt, source, receipt_sheet)
}

/// The one-time notice, when some material is missing or deferred.
pub fn notice(source: &Source<'_>) -> Option<Document> {
    has_outstanding(source.record).then(|| document(Kind::Notice, source, notice_sheet))
}

/// Whether some material is missing or deferred: what makes a notice due.
pub fn has_outstanding(record: &StoredIntake) -> bool {
    record
        .application
        .materials
        .iter()
        .any(|m| m.status != MaterialKind::Received)
}

fn document(kind: Kind, source: &Source<'_>, sheet: fn(&Source<'_>, Lang) -> Sheet) -> Document {
    let langs = sheet_langs(source.record, source.l10n.lang());
    Document {
        kind,
        receipt: source.record.receipt.to_string(),
        sheets: langs.iter().map(|lang| sheet(source, *lang)).collect(),
        titles: [Lang::Mn, Lang::Zh]
            .into_iter()
            .map(|lang| (lang, source.l10n.format(lang, kind.title_id(), &[])))
            .collect(),
    }
}

/// Stored text as it may be drawn: cleaned again, never trusted.
fn shown(s: &str) -> String {
    clean_input(s).trim().to_string()
}

/// `150102********123X`: an ID number on paper that leaves the hall.
pub fn masked_id(id: &str) -> String {
    let id = shown(id);
    let chars: Vec<char> = id.chars().collect();
    if chars.len() == 18 && id.is_ascii() {
        return format!("{}********{}", &id[..6], &id[14..]);
    }
    let keep = chars.len().min(4);
    let hidden = "*".repeat(chars.len() - keep);
    format!(
        "{hidden}{}",
        chars[chars.len() - keep..].iter().collect::<String>()
    )
}

/// `2026-12-02 09:30`: the hall's clock at acceptance.
fn accepted_at(seconds: i64) -> String {
    let stamp = hall_timestamp(seconds);
    match (stamp.get(..10), stamp.get(11..16)) {
        (Some(day), Some(time)) => format!("{day} {time}"),
        _ => stamp,
    }
}

fn region() -> &'static [Division] {
    static REGION: OnceLock<Vec<Division>> = OnceLock::new();
    // The list is built into the program; if it failed to parse, the code alone is shown.
    REGION.get_or_init(|| divisions().unwrap_or_default())
}

/// The hall's configured name, else the division its code names, with the code.
fn hall_name(source: &Source<'_>, lang: Lang) -> String {
    if let Some(name) = &source.hall.centre_name {
        return shown(name);
    }
    let code = source.record.receipt.centre().as_str();
    let division = region()
        .iter()
        .find(|d| d.code == code)
        .map(|d| match (lang, &d.name_mn) {
            (Lang::Mn, Some(mn)) => mn.clone(),
            _ => d.name_zh.clone(),
        })
        .unwrap_or_default();
    words(
        source.l10n,
        lang,
        "documents-hall-division",
        &[("division", &division), ("code", code)],
    )
}

/// `SOC-01 最低生活保障`: a service with its name in `lang`.
fn service_line(catalogue: &Catalogue, id: &str, lang: Lang) -> String {
    let id = shown(id);
    match ItemId::parse(&id)
        .ok()
        .and_then(|item| catalogue.item(item))
    {
        Some(item) => format!("{id} {}", shown(item.name.get(lang))),
        None => id,
    }
}

/// A material's name in the paper's language: a common document picked from the form's list
/// is stored in the clerk's language, so a Mongolian clerk's 《身份证》 reads in Chinese on the
/// Chinese page; a name typed by hand stays as typed.
fn material_name(l10n: &Localizer, lang: Lang, name: &str) -> String {
    let typed = name.trim();
    COMMON_DOCUMENTS
        .iter()
        .find(|id| Lang::ALL.iter().any(|l| l10n.format(*l, id, &[]) == typed))
        .map_or_else(|| shown(name), |id| l10n.format(lang, id, &[]))
}

fn material_line(l10n: &Localizer, lang: Lang, m: &Material) -> String {
    let (name, service) = (material_name(l10n, lang, &m.name), shown(&m.service));
    match m.due {
        Some(due) => words(
            l10n,
            lang,
            "documents-material-due",
            &[
                ("name", &name),
                ("service", &service),
                ("due", &due.to_string()),
            ],
        ),
        None => words(
            l10n,
            lang,
            "documents-material",
            &[("name", &name), ("service", &service)],
        ),
    }
}

fn deadline_line(l10n: &Localizer, lang: Lang, deadline: Deadline) -> String {
    let (id, args): (&str, Vec<(&str, String)>) = match deadline {
        Deadline::On(date) => ("documents-deadline-on", vec![("date", date.to_string())]),
        Deadline::NotStated => ("documents-deadline-not-stated", vec![]),
        Deadline::BeyondCalendar { last_covered } => (
            "documents-deadline-beyond-calendar",
            vec![("last", last_covered.to_string())],
        ),
        Deadline::BeforeCalendar { first_covered } => (
            "documents-deadline-before-calendar",
            vec![("first", first_covered.to_string())],
        ),
    };
    let args: Vec<(&str, &str)> = args.iter().map(|(n, v)| (*n, v.as_str())).collect();
    words(l10n, lang, id, &args)
}

/// Receipt number, hall and window: the top of both papers.
/// The hall's blocks, then the opening paragraph `intro_id`, which names the applicant and
/// the day the intake was accepted.
fn opening_blocks(source: &Source<'_>, lang: Lang, intro_id: &str) -> Vec<Block> {
    let record = source.record;
    let mut blocks = hall_blocks(source, lang);
    let intro = words(
        source.l10n,
        lang,
        intro_id,
        &[
            ("name", &shown(&record.application.personal.applicant.name)),
            ("date", &record.accepted_on.to_string()),
        ],
    );
    blocks.push(Block::paragraph(intro));
    blocks
}

fn hall_blocks(source: &Source<'_>, lang: Lang) -> Vec<Block> {
    let t = |id: &str| source.l10n.format(lang, id, &[]);
    let record = source.record;
    let mut blocks = vec![
        Block::field(t("documents-label-receipt"), record.receipt.to_string()),
        Block::field(
            t("documents-label-accepted"),
            accepted_at(record.created_at),
        ),
        Block::field(t("documents-label-hall"), hall_name(source, lang)),
    ];
    if let Some(window) = &source.hall.window {
        let window = words(
            source.l10n,
            lang,
            "documents-window",
            &[("window", &shown(window))],
        );
        blocks.push(Block::field(t("documents-label-window"), window));
    }
    blocks
}

fn materials_of<'a>(source: &Source<'a>, kind: MaterialKind) -> Vec<&'a Material> {
    source
        .record
        .application
        .materials
        .iter()
        .filter(|m| m.status == kind)
        .collect()
}

fn receipt_sheet(source: &Source<'_>, lang: Lang) -> Sheet {
    let l10n = source.l10n;
    let t = |id: &str| l10n.format(lang, id, &[]);
    let app = &source.record.application;
    let applicant = &app.personal.applicant;
    let mut blocks = hall_blocks(source, lang);
    blocks.push(Block::field(
        t("documents-label-applicant"),
        shown(&applicant.name),
    ));
    blocks.push(Block::field(
        t("documents-label-id-number"),
        masked_id(&applicant.id_number),
    ));
    if let Some(agent) = &app.personal.agent {
        let line = words(
            l10n,
            lang,
            "documents-agent",
            &[
                ("name", &shown(&agent.name)),
                ("relationship", &shown(&agent.relationship)),
                ("id", &masked_id(&agent.id_number)),
            ],
        );
        blocks.push(Block::field(t("documents-label-agent"), line));
    }
    let services = app
        .services
        .iter()
        .map(|id| service_line(source.catalogue, id, lang))
        .collect();
    blocks.push(Block::list(t("documents-label-services"), services));
    blocks.push(Block::field(
        t("documents-label-channel"),
        say_in(l10n, lang, &app.channel),
    ));
    blocks.push(Block::field(
        t("documents-label-deadline"),
        deadline_line(l10n, lang, source.record.deadline),
    ));
    let lines = |kind| -> Vec<String> {
        materials_of(source, kind)
            .into_iter()
            .map(|m| material_line(l10n, lang, m))
            .collect()
    };
    let received = lines(MaterialKind::Received);
    let received = if received.is_empty() {
        vec![t("documents-none")]
    } else {
        received
    };
    blocks.push(Block::list(t("documents-label-received"), received));
    for (kind, label) in [
        (MaterialKind::Deferred, "documents-label-deferred"),
        (MaterialKind::Missing, "documents-label-missing"),
    ] {
        let found = lines(kind);
        if !found.is_empty() {
            blocks.push(Block::list(t(label), found));
        }
    }
    if let Some(operator) = &source.record.operator {
        blocks.push(Block::field(t("documents-label-operator"), shown(operator)));
    }
    let mut closing = Vec::new();
    if has_outstanding(source.record) {
        closing.push(t("documents-see-notice"));
    }
    closing.push(t("documents-keep"));
    Sheet {
        lang,
        title: t(Kind::Receipt.title_id()),
        hall: hall_name(source, lang),
        blocks,
        closing,
        stamp: t("documents-stamp"),
    }
}

fn notice_sheet(source: &Source<'_>, lang: Lang) -> Sheet {
    let l10n = source.l10n;
    let t = |id: &str| l10n.format(lang, id, &[]);
    let app = &source.record.application;
    let mut blocks = opening_blocks(source, lang, "documents-notice-intro");
    for service in &app.services {
        let lines: Vec<String> = app
            .materials
            .iter()
            .filter(|m| &m.service == service && m.status != MaterialKind::Received)
            .map(|m| outstanding_line(l10n, lang, m))
            .collect();
        if !lines.is_empty() {
            blocks.push(Block::group(
                service_line(source.catalogue, service, lang),
                lines,
            ));
        }
    }
    Sheet {
        lang,
        title: t(Kind::Notice.title_id()),
        hall: hall_name(source, lang),
        blocks,
        closing: vec![t("documents-notice-closing")],
        stamp: t("documents-stamp"),
    }
}

fn rejection_sheet(source: &Source<'_>, lang: Lang) -> Sheet {
    let l10n = source.l10n;
    let t = |id: &str| l10n.format(lang, id, &[]);
    let record = source.record;
    let app = &record.application;
    let mut blocks = opening_blocks(source, lang, "documents-rejection-intro");
    let services = app
        .services
        .iter()
        .map(|id| service_line(source.catalogue, id, lang))
        .collect();
    blocks.push(Block::list(t("documents-label-services"), services));
    let step = rejecting_step(record);
    // The reason is the clerk's words, in the language they were typed in, on every sheet.
    let reason = step.map_or_else(String::new, |h| shown(&h.note));
    blocks.push(Block::field(t("documents-label-reason"), reason));
    if let Some(step) = step {
        blocks.push(Block::field(
            t("documents-label-decided"),
            accepted_at(step.at),
        ));
        if let Some(operator) = &step.operator {
            blocks.push(Block::field(
                t("documents-label-decided-by"),
                shown(operator),
            ));
        }
    }
    Sheet {
        lang,
        title: t(Kind::Rejection.title_id()),
        hall: hall_name(source, lang),
        blocks,
        closing: vec![t("documents-rejection-closing")],
        stamp: t("documents-stamp"),
    }
}

fn outstanding_line(l10n: &Localizer, lang: Lang, m: &Material) -> String {
    let name = material_name(l10n, lang, &m.name);
    match m.due {
        Some(due) => words(
            l10n,
            lang,
            "documents-notice-deferred",
            &[("name", &name), ("due", &due.to_string())],
        ),
        None => words(l10n, lang, "documents-notice-missing", &[("name", &name)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_numbers_on_paper_are_masked() {
        assert_eq!(masked_id("150102198503071247"), "150102********1247");
        assert_eq!(masked_id("12345"), "*2345");
        assert_eq!(masked_id(""), "");
    }
}
