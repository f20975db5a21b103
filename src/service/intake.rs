//! Intake use cases both front ends call: check an application, number it and store it
//! durably with its people sealed and its audit entry, with the deadline it promises; read
//! one back by its receipt number (audited) or find a person's intakes by the blind index.
//! Each needs a signed-in operator.
use std::sync::OnceLock;

use thiserror::Error;

use super::Desk;
use super::audit;
use super::context::Context;
pub use super::context::{HALL_UTC_OFFSET_SECONDS, hall_time, hall_timestamp};
use super::keys::BlindKind;
use super::sealing::{self, SealError};
use crate::domain::Phone;
use crate::domain::application::{
    self, ApplicationInput, Deadline, FieldProblem, Limits, References, promised_deadline,
    working_days_stated,
};
use crate::domain::audit::AuditAction;
use crate::domain::reference::{Division, EthnicGroup, divisions, ethnic_groups};
use crate::domain::seed::SeedError;
use crate::domain::text::clean_input;
use crate::domain::{
    CatalogueItem, Date, DivisionCode, ItemId, ReceiptError, ReceiptNumber, WorkingCalendar,
};
use crate::store::intakes::{self, AddError, LookupBy, NewIntake, StoredIntake, split};
use crate::store::{Batch, StoreError};

/// What the clerk hands over: the number, the promised deadline, and what was stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Receipt {
    pub number: ReceiptNumber,
    pub deadline: Deadline,
    pub record: StoredIntake,
}

#[derive(Debug, Error)]
pub enum IntakeError {
    /// Every field that must change; nothing was stored.
    #[error("{} fields of the application must change", .0.len())]
    Invalid(Vec<FieldProblem>),
    #[error(transparent)]
    Store(#[from] StoreError),
    /// No receipt number is left today.
    #[error(transparent)]
    Receipt(ReceiptError),
    /// The reference lists or holiday calendar built into the program do not parse.
    #[error(transparent)]
    Seed(#[from] SeedError),
    /// The machine's clock is before 1970 or far in the future.
    #[error("the system clock does not give a usable date")]
    Clock,
    /// Nobody is signed in: intakes hold personal data.
    #[error("intakes need a signed-in operator")]
    SignInRequired,
    /// The personal part could not be sealed (no random bytes from the system).
    #[error("personal data cannot be sealed: {0}")]
    Sealing(String),
}

impl From<SealError> for IntakeError {
    fn from(e: SealError) -> IntakeError {
        match e {
            SealError::SignInRequired => IntakeError::SignInRequired,
            SealError::Store(e) => IntakeError::Store(e),
            SealError::Key(e) => IntakeError::Sealing(e.to_string()),
        }
    }
}

struct ReferenceData {
    groups: Vec<EthnicGroup>,
    calendar: WorkingCalendar,
}

/// Parsed once: the lists are built into the program and never change while it runs.
fn reference_data() -> Result<&'static ReferenceData, SeedError> {
    static DATA: OnceLock<ReferenceData> = OnceLock::new();
    if let Some(data) = DATA.get() {
        return Ok(data);
    }
    let data = ReferenceData {
        groups: ethnic_groups()?,
        calendar: WorkingCalendar::official()?,
    };
    Ok(DATA.get_or_init(|| data))
}

/// What an application is checked against on `today`: the same references `submit` uses, for
/// a form that checks as the clerk types.
pub fn references(desk: &Desk, today: Date) -> Result<References<'_>, SeedError> {
    Ok(References {
        catalogue: desk.catalogue(),
        ethnic_groups: &reference_data()?.groups,
        today,
        limits: Limits::COUNTER,
    })
}

/// The ethnic groups of GB 3304, parsed once.
pub fn ethnic_group_list() -> Result<&'static [EthnicGroup], SeedError> {
    Ok(&reference_data()?.groups)
}

/// The region's divisions, parsed once: the form's region picker and what an ID number's
/// address code names.
pub fn division_list() -> Result<&'static [Division], SeedError> {
    static DIVISIONS: OnceLock<Vec<Division>> = OnceLock::new();
    if let Some(list) = DIVISIONS.get() {
        return Ok(list);
    }
    let list = divisions()?;
    Ok(DIVISIONS.get_or_init(|| list))
}

/// The limit in working days the catalogue states for `item`, if it states one.
pub fn working_day_limit(item: &CatalogueItem) -> Option<u32> {
    item.time_limit
        .as_ref()
        .and_then(|field| working_days_stated(&field.text.zh))
}

fn deadline(desk: &Desk, services: &[String], today: Date, calendar: &WorkingCalendar) -> Deadline {
    let limits: Vec<Option<u32>> = services
        .iter()
        .map(|id| {
            ItemId::parse(id)
                .ok()
                .and_then(|id| desk.item(id))
                .and_then(working_day_limit)
        })
        .collect();
    promised_deadline(&limits, today, calendar)
}

/// Checks `input`, then numbers it with the hall's next receipt number of the day and stores
/// it, its people sealed, with its audit entry; returns once it is on disk. Invalid input
/// stores nothing and names every problem. Refused without a signed-in operator.
pub fn submit(
    desk: &Desk,
    ctx: &Context,
    centre: &DivisionCode,
    input: &ApplicationInput,
) -> Result<Receipt, IntakeError> {
    submit_with(desk, ctx, centre, input, |_| {})
}

/// [`submit`], with `also` adding writes to the intake's own transaction.
pub(crate) fn submit_with(
    desk: &Desk,
    ctx: &Context,
    centre: &DivisionCode,
    input: &ApplicationInput,
    also: impl FnOnce(&mut Batch),
) -> Result<Receipt, IntakeError> {
    let keys = sealing::session(ctx)?.unlocked();
    let data = reference_data()?;
    let (created_at, today) = hall_time(ctx.now()).ok_or(IntakeError::Clock)?;
    let refs = References {
        catalogue: desk.catalogue(),
        ethnic_groups: &data.groups,
        today,
        limits: Limits::COUNTER,
    };
    let application = application::validate(input, &refs).map_err(IntakeError::Invalid)?;
    let deadline = deadline(desk, &application.services, today, &data.calendar);
    let lookup = sealing::lookup_keys(keys, &application.personal.applicant);
    let (clear, private) = split(application);
    let new = NewIntake {
        centre: centre.clone(),
        accepted_on: today,
        created_at,
        deadline,
        operator: ctx.operator.as_ref().map(|o| o.name.clone()),
        lookup,
        clear,
        personal: sealing::seal(keys, &private)?,
    };
    let entry = audit::entry(ctx, AuditAction::Intake, None, "").map_err(|_| IntakeError::Clock)?;
    let stored = intakes::add_with(desk.store(), new, |store, batch, record| {
        also(batch);
        let mut entry = entry;
        entry.record = Some(record.receipt.to_string());
        entry.detail = record.clear.services.join(" ");
        audit::record_in(store, batch, entry).map(|_| ())
    })
    .map_err(|e| match e {
        AddError::Store(e) => IntakeError::Store(e),
        AddError::Receipt(e) => IntakeError::Receipt(e),
    })?;
    let record = stored
        .opened(private, |note| sealing::open_note(keys, note))
        .map_err(|e| IntakeError::Store(StoreError::corrupt(desk.store().path(), e.to_string())))?;
    Ok(Receipt {
        number: record.receipt.clone(),
        deadline,
        record,
    })
}

/// Why the full details of an intake are read: said in the audit entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Viewing {
    /// Shown in full (the detail view, `records show`).
    Details,
    /// Its receipt or notice written or printed again.
    Papers,
}

impl Viewing {
    fn detail(self) -> &'static str {
        match self {
            Viewing::Details => "details",
            Viewing::Papers => "papers",
        }
    }
}

/// The intake with this receipt number, as stored, its people opened; the view is audited
/// (in its own transaction, before the details are handed back). Refused without a
/// signed-in operator.
pub fn show(
    desk: &Desk,
    ctx: &Context,
    receipt: &ReceiptNumber,
    why: Viewing,
) -> Result<Option<StoredIntake>, IntakeError> {
    let keys = sealing::session(ctx)?.unlocked();
    let Some(record) = intakes::find_by_receipt(desk.store(), receipt)? else {
        return Ok(None);
    };
    let opened = sealing::open(desk.store(), keys, record)?;
    let number = receipt.to_string();
    let entry = audit::entry(
        ctx,
        AuditAction::ViewFullDetails,
        Some(&number),
        why.detail(),
    )
    .map_err(|_| IntakeError::Clock)?;
    desk.store().commit_with(|store| {
        let mut batch = store.batch();
        audit::record_in(store, &mut batch, entry)?;
        Ok::<_, StoreError>((batch, ()))
    })?;
    Ok(Some(opened))
}

/// Every intake of the person with this ID number (or phone, or name), oldest first, found
/// through the blind index and opened. For a list: show it masked, and the full details
/// through [`show`], which is audited. Damaged records are passed over.
pub fn find_person(
    desk: &Desk,
    ctx: &Context,
    by: LookupBy,
    value: &str,
) -> Result<Vec<StoredIntake>, IntakeError> {
    let keys = sealing::session(ctx)?.unlocked();
    let (kind, value) = match by {
        LookupBy::IdNumber => (
            BlindKind::IdNumber,
            clean_input(value).trim().to_uppercase(),
        ),
        LookupBy::Phone => (BlindKind::Phone, phone_key(value)),
        LookupBy::Name => (BlindKind::Name, sealing::name_key(value)),
        LookupBy::IdTail => (
            BlindKind::IdTail,
            sealing::id_tail(&clean_input(value)).unwrap_or_default(),
        ),
        LookupBy::NameSound => (BlindKind::NameSound, sealing::fold_sound(value)),
    };
    let key = keys.blind(kind, &value);
    let page = intakes::find_by(desk.store(), by, &key)?;
    page.records
        .into_iter()
        .map(|r| sealing::open(desk.store(), keys, r).map_err(IntakeError::from))
        .collect()
}

/// A phone as the form stores it, or as typed when it is not one.
fn phone_key(value: &str) -> String {
    let value = clean_input(value);
    Phone::parse(value.trim()).map_or_else(|_| value.trim().to_string(), |p| p.normalized())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;
    use std::time::UNIX_EPOCH;

    #[test]
    fn the_hall_day_turns_at_midnight_in_china_not_in_utc() {
        // 2026-12-01 16:00 UTC is 2026-12-02 00:00 in Hohhot.
        let turn = UNIX_EPOCH + Duration::from_secs(1_796_140_800);
        let before = turn - Duration::from_secs(1);
        assert_eq!(hall_time(turn).unwrap().1, Date::new(2026, 12, 2).unwrap());
        assert_eq!(
            hall_time(before).unwrap().1,
            Date::new(2026, 12, 1).unwrap()
        );
        assert_eq!(hall_time(turn).unwrap().0, 1_796_140_800);
        assert_eq!(hall_timestamp(1_796_140_800), "2026-12-02T00:00:00+08:00");
        assert_eq!(
            hall_timestamp(1_796_140_800 + 9 * 3600 + 61),
            "2026-12-02T09:01:01+08:00"
        );
    }

    #[test]
    fn only_limits_in_working_days_count() {
        let seed = crate::domain::seed::embedded().unwrap();
        let stated: Vec<String> = seed
            .catalogue
            .items
            .iter()
            .filter(|i| working_day_limit(i).is_some())
            .map(|i| i.id.to_string())
            .collect();
        assert_eq!(stated, ["EMP-10"]);
    }
}
