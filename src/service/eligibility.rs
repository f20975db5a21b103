//! Who has been here before: a person's earlier intakes in brief (no personal value), which
//! of them are still open for a service applied for now, the note that says why the clerk
//! went on regardless, and the eligibility hints for the person on the form.
use std::sync::OnceLock;

use super::Desk;
use super::context::Context;
use super::intake::{IntakeError, find_person};
use crate::domain::application::ApplicationInput;
use crate::domain::eligibility::{self, Hint, Person, Rule};
use crate::domain::seed::SeedError;
use crate::domain::{Date, ItemId, ReceiptNumber, Status};
use crate::store::intakes::{LookupBy, StoredIntake};

/// An earlier intake of the person, as lists show it: nothing in it names the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EarlierIntake {
    pub receipt: ReceiptNumber,
    pub accepted_on: Date,
    pub services: Vec<String>,
    pub status: Status,
}

impl EarlierIntake {
    fn from_stored(record: &StoredIntake) -> EarlierIntake {
        EarlierIntake {
            receipt: record.receipt.clone(),
            accepted_on: record.accepted_on,
            services: record.application.services.clone(),
            status: record.status,
        }
    }

    /// Accepted or in progress: the hall is still working on it.
    pub fn is_open(&self) -> bool {
        matches!(self.status, Status::Accepted | Status::InProgress)
    }

    /// Open or completed: the person has this service or is getting it.
    fn counts_as_taken(&self) -> bool {
        self.is_open() || self.status == Status::Completed
    }
}

/// The intakes of the person with this ID number, newest first, through the blind index.
/// Refused without a signed-in operator.
pub fn earlier_intakes(
    desk: &Desk,
    ctx: &Context,
    id_number: &str,
) -> Result<Vec<EarlierIntake>, IntakeError> {
    let found = find_person(desk, ctx, LookupBy::IdNumber, id_number)?;
    // The index gives them oldest first.
    Ok(found.iter().rev().map(EarlierIntake::from_stored).collect())
}

/// The open intakes among `earlier` that share a service with `services`.
pub fn open_for<'a>(earlier: &'a [EarlierIntake], services: &[String]) -> Vec<&'a EarlierIntake> {
    earlier
        .iter()
        .filter(|e| e.is_open() && e.services.iter().any(|s| services.contains(s)))
        .collect()
}

/// How many open receipts a note or message names; the rest are counted, so that a note
/// stays within the notes' limit however many intakes are open.
pub const NAMED: usize = 3;

/// The first [`NAMED`] receipt numbers of `open`, as one text for a message; with more open,
/// `more` words the named ones and the count ("R1、R2、R3 等 5 件").
pub fn receipts_text(
    open: &[&EarlierIntake],
    separator: &str,
    more: impl Fn(&str, usize) -> String,
) -> String {
    let numbers: Vec<String> = open
        .iter()
        .take(NAMED)
        .map(|e| e.receipt.to_string())
        .collect();
    let named = numbers.join(separator);
    if open.len() > NAMED {
        more(&named, open.len())
    } else {
        named
    }
}

/// `input` with `note` (why the clerk went on despite an open intake, already worded with
/// its fixed prefix) after the notes the clerk typed.
pub fn with_note(input: &ApplicationInput, note: &str) -> ApplicationInput {
    let mut out = input.clone();
    let typed = input.notes.trim();
    out.notes = if typed.is_empty() {
        note.to_string()
    } else {
        format!("{typed} {note}")
    };
    out
}

/// The rules built into the program, parsed once.
pub fn rules() -> Result<&'static [Rule], SeedError> {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    if let Some(rules) = RULES.get() {
        return Ok(rules);
    }
    let rules = eligibility::embedded_rules()?;
    Ok(RULES.get_or_init(|| rules))
}

/// What the rules hint for the applicant on the form on `today`: items not applied for now
/// and neither open nor completed among `earlier`.
pub fn hints_for(
    rules: &'static [Rule],
    input: &ApplicationInput,
    earlier: &[EarlierIntake],
    today: Date,
) -> Vec<Hint<'static>> {
    let person = Person::from_form(&input.applicant.facts, &input.applicant.id_number, today);
    let now = input.services.iter().filter_map(|s| ItemId::parse(s).ok());
    let before = earlier
        .iter()
        .filter(|e| e.counts_as_taken())
        .flat_map(|e| e.services.iter().filter_map(|s| ItemId::parse(s).ok()));
    let skip: Vec<ItemId> = now.chain(before).collect();
    eligibility::hints(rules, &person, &skip)
}
