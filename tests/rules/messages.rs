//! Every message the intake rules name exists in `locales/*/intake.ftl`, formats without
//! missing variables in both languages, and the Mongolian follows the spelling rules.
use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast::Entry;
use service_desk::domain::application::{Deadline, Fact, Field, FieldPath, Problem};
use service_desk::domain::*;
use unic_langid::langid;

use super::d;

const ZH: &str = include_str!("../../locales/zh-CN/intake.ftl");
const MN: &str = include_str!("../../locales/mn-Mong/intake.ftl");

/// One value of every type that names a message, every variant of each.
fn everything_named() -> Vec<Box<dyn MessageId>> {
    let mut all: Vec<Box<dyn MessageId>> = Vec::new();
    let mut add = |m: Box<dyn MessageId>| all.push(m);
    add(Box::new(DateError::Malformed));
    add(Box::new(DateError::NotACalendarDay));
    for e in [
        ResidentIdError::WrongLength { found: 17 },
        ResidentIdError::BadCharacter,
        ResidentIdError::BirthDateInvalid,
        ResidentIdError::BirthDateTooEarly,
        ResidentIdError::BirthDateInFuture,
        ResidentIdError::Checksum,
    ] {
        add(Box::new(e));
    }
    add(Box::new(Sex::Male));
    add(Box::new(Sex::Female));
    add(Box::new(DivisionCodeError::Format));
    add(Box::new(DivisionCodeError::UnknownProvince));
    for e in [
        ReceiptError::Malformed,
        ReceiptError::BadCentre,
        ReceiptError::BadDate,
        ReceiptError::SequenceOutOfRange,
        ReceiptError::DayFull,
    ] {
        add(Box::new(e));
    }
    for e in [
        PhoneError::Empty,
        PhoneError::BadCharacter,
        PhoneError::MobileLength,
        PhoneError::MobilePrefix,
        PhoneError::AreaCode,
        PhoneError::LocalNumber,
        PhoneError::MissingAreaCode,
        PhoneError::NotMainland,
        PhoneError::Extension,
    ] {
        add(Box::new(e));
    }
    add(Box::new(CalendarError::BeyondCoveredYears {
        last_covered: d("2026-12-31"),
    }));
    add(Box::new(CalendarError::BeforeCoveredYears {
        first_covered: d("2024-01-01"),
    }));
    for e in [
        WorkflowError::MoveNotAllowed {
            from: Status::Completed,
            to: Status::Rejected,
        },
        WorkflowError::ReasonRequired,
        WorkflowError::RatingBeforeCompletion,
        WorkflowError::AlreadyRated,
    ] {
        add(Box::new(e));
    }
    for e in [
        MaterialError::DueDateMissing,
        MaterialError::DueDateNotDeferred,
        MaterialError::DueDateInPast,
    ] {
        add(Box::new(e));
    }
    Status::ALL.iter().for_each(|v| add(Box::new(*v)));
    Rating::ALL.iter().for_each(|v| add(Box::new(*v)));
    Channel::ALL.iter().for_each(|v| add(Box::new(*v)));
    MaterialKind::ALL.iter().for_each(|v| add(Box::new(*v)));
    for p in [
        Problem::Required,
        Problem::TooLong { max: 50 },
        Problem::TooMany { max: 10 },
        Problem::Duplicate,
        Problem::UnknownEthnicity,
        Problem::UnknownLanguage,
        Problem::UnknownFact,
        Problem::UnknownService,
        Problem::UnknownChannel,
        Problem::AgentRequired,
        Problem::ServiceNotListed,
        Problem::UnknownMaterialStatus,
    ] {
        add(Box::new(p));
    }
    Fact::ALL.iter().for_each(|v| add(Box::new(*v)));
    add(Box::new(Deadline::On(d("2026-12-09"))));
    add(Box::new(Deadline::NotStated));
    for field in Field::ALL {
        let path = match field.is_listed() {
            true => FieldPath::at(*field, 0),
            false => FieldPath::new(*field),
        };
        add(Box::new(path));
    }
    all
}

fn ids_in(file: &str, text: &str) -> BTreeSet<String> {
    let resource = FluentResource::try_new(text.to_string())
        .unwrap_or_else(|(_, errors)| panic!("{file} does not parse: {errors:?}"));
    resource
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

fn bundle(lang: unic_langid::LanguageIdentifier, text: &str) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![lang]);
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(text.to_string()).unwrap();
    bundle.add_resource(resource).unwrap();
    bundle
}

fn format(bundle: &FluentBundle<FluentResource>, id: &str, args: Option<&FluentArgs>) -> String {
    let message = bundle.get_message(id).unwrap_or_else(|| panic!("no {id}"));
    let mut errors = Vec::new();
    let text = bundle.format_pattern(message.value().unwrap(), args, &mut errors);
    assert!(errors.is_empty(), "{id}: {errors:?}");
    text.into_owned()
}

#[test]
fn both_locales_define_the_same_messages() {
    let zh = ids_in("zh-CN/intake.ftl", ZH);
    let mn = ids_in("mn-Mong/intake.ftl", MN);
    assert_eq!(zh, mn);
    assert!(zh.iter().all(|id| id.starts_with("intake-")));
}

#[test]
fn every_named_message_exists_and_no_message_is_unused() {
    let named: BTreeSet<String> = everything_named()
        .iter()
        .map(|m| m.message_id().to_string())
        .collect();
    assert_eq!(named, ids_in("zh-CN/intake.ftl", ZH));
}

#[test]
fn every_message_formats_with_the_variables_it_is_given() {
    for (lang, text) in [(langid!("zh-CN"), ZH), (langid!("mn-Mong"), MN)] {
        let bundle = bundle(lang, text);
        for named in everything_named() {
            let mut args = FluentArgs::new();
            for (name, value) in named.message_args() {
                let value = match value {
                    MessageArg::Text(text) => text,
                    MessageArg::Message(id) => format(&bundle, id, None),
                };
                args.set(name, value);
            }
            let shown = format(&bundle, named.message_id(), Some(&args));
            for (_, value) in args.iter() {
                let value = format!("{value:?}");
                let inner = value
                    .trim_start_matches("String(\"")
                    .trim_end_matches("\")");
                assert!(shown.contains(inner), "{shown} lacks {inner}");
            }
        }
    }
}

#[test]
fn an_argument_the_message_needs_is_really_given() {
    let bundle = bundle(langid!("zh-CN"), ZH);
    let message = bundle.get_message("intake-error-id-length").unwrap();
    let mut errors = Vec::new();
    bundle.format_pattern(message.value().unwrap(), None, &mut errors);
    assert!(
        !errors.is_empty(),
        "formatting without $found must be noticed"
    );
}

/// Every intake message is written in the script, and the case suffixes in them are joined
/// with a narrow no-break space. The spelling itself (no suffix after a plain space, no
/// Cyrillic or private-use characters) is checked for every locale file in
/// `tests/mongolian.rs`, which reads `intake.ftl` with the others.
#[test]
fn mongolian_intake_messages_are_in_the_script_and_join_their_suffixes() {
    let mut checked = 0;
    for line in MN.lines().filter(|l| l.starts_with("intake-")) {
        let value = line.split_once(" = ").unwrap().1;
        assert!(
            value
                .chars()
                .any(|c| ('\u{1820}'..='\u{18AF}').contains(&c)),
            "{line}"
        );
        checked += usize::from(value.contains('\u{202F}'));
    }
    assert!(checked > 30, "only {checked} messages use a suffix");
}
