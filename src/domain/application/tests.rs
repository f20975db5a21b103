use proptest::prelude::*;

use super::*;
use crate::domain::calendar::WorkingCalendar;
use crate::domain::date::Date;
use crate::domain::reference::{EthnicGroup, ethnic_groups};
use crate::domain::resident_id::ResidentIdError;
use crate::domain::seed;
use crate::domain::{Catalogue, MaterialError};

fn today() -> Date {
    Date::new(2026, 12, 2).unwrap()
}

fn fixtures() -> &'static (Catalogue, Vec<EthnicGroup>) {
    static F: std::sync::OnceLock<(Catalogue, Vec<EthnicGroup>)> = std::sync::OnceLock::new();
    F.get_or_init(|| {
        (
            seed::embedded().unwrap().catalogue,
            ethnic_groups().unwrap(),
        )
    })
}

pub(super) fn refs() -> References<'static> {
    let (catalogue, groups) = fixtures();
    References {
        catalogue,
        ethnic_groups: groups,
        today: today(),
        limits: Limits::COUNTER,
    }
}

fn good() -> ApplicationInput {
    serde_json::from_str(
        r#"{"applicant": {"name": "乌云其其格", "id_number": "150102198503071247",
            "phone": "13904711234", "region": "150102", "ethnicity": "02",
            "address": "呼和浩特市新城区", "document_lang": "mn-Mong",
            "facts": ["dibao", "disability"]},
            "agent": null, "services": ["SOC-01"], "channel": "counter",
            "materials": [{"service": "SOC-01", "name": "身份证", "status": "received"}],
            "notes": ""}"#,
    )
    .unwrap()
}

fn paths(problems: &[FieldProblem]) -> Vec<String> {
    problems.iter().map(|p| p.path.to_string()).collect()
}

#[test]
fn a_sound_application_is_accepted_and_gives_back_its_input() {
    let checked = validate(&good(), &refs()).unwrap();
    assert_eq!(checked.id_number(), "150102198503071247");
    assert_eq!(
        checked.personal.applicant.facts,
        [Fact::Dibao, Fact::Disability]
    );
    assert_eq!(checked.to_input(), good());
}

#[test]
fn every_bad_field_is_named_at_once() {
    let mut input = good();
    input.applicant.name = " ".into();
    input.applicant.id_number = "150102198503071248".into();
    input.applicant.phone = "12345".into();
    input.applicant.ethnicity = "99".into();
    input.services = vec!["SOC-01".into(), "XYZ-01".into(), "soc-1".into()];
    input.channel = "post".into();
    input.materials[0].service = "EDU-01".into();
    let problems = validate(&input, &refs()).unwrap_err();
    assert_eq!(
        paths(&problems),
        [
            "applicant.name",
            "applicant.id_number",
            "applicant.phone",
            "applicant.ethnicity",
            "services[1]",
            "services[2]",
            "channel",
            "materials[0].service",
        ]
    );
    assert_eq!(
        problems[1].problem,
        Problem::IdNumber(ResidentIdError::Checksum)
    );
    assert_eq!(problems[5].problem, Problem::Duplicate);
}

#[test]
fn required_fields_of_an_empty_document_are_all_named() {
    let problems = validate(&ApplicationInput::default(), &refs()).unwrap_err();
    assert_eq!(
        paths(&problems),
        [
            "applicant.name",
            "applicant.id_number",
            "services",
            "channel"
        ]
    );
    assert!(problems.iter().all(|p| p.problem == Problem::Required));
}

#[test]
fn an_agent_is_checked_like_the_applicant_and_required_by_its_channel() {
    let mut input = good();
    input.channel = "agent".into();
    let problems = validate(&input, &refs()).unwrap_err();
    assert_eq!(paths(&problems), ["agent"]);
    input.agent = Some(AgentInput {
        name: "巴特尔".into(),
        id_number: "11010519491231002x".into(),
        relationship: "".into(),
    });
    let problems = validate(&input, &refs()).unwrap_err();
    assert_eq!(paths(&problems), ["agent.relationship"]);
    input.agent.as_mut().unwrap().relationship = "子女".into();
    let checked = validate(&input, &refs()).unwrap();
    assert_eq!(
        checked.personal.agent.unwrap().id_number,
        "11010519491231002X"
    );
}

#[test]
fn escape_sequences_and_controls_are_removed_and_length_is_capped() {
    let mut input = good();
    input.applicant.name = "乌云\u{1b}[31m其其格\u{7}".into();
    input.notes = "字".repeat(Limits::COUNTER.notes + 1);
    let problems = validate(&input, &refs()).unwrap_err();
    assert_eq!(paths(&problems), ["notes"]);
    assert_eq!(
        problems[0].problem,
        Problem::TooLong {
            max: Limits::COUNTER.notes
        }
    );
    input.notes.clear();
    let checked = validate(&input, &refs()).unwrap();
    assert_eq!(checked.personal.applicant.name, "乌云其其格");
}

#[test]
fn a_deferred_material_needs_a_due_date_not_before_today() {
    let mut input = good();
    input.materials[0].status = "deferred".into();
    let problems = validate(&input, &refs()).unwrap_err();
    assert_eq!(
        problems[0].problem,
        Problem::Material(MaterialError::DueDateMissing)
    );
    input.materials[0].due = Some("2026-12-01".into());
    let problems = validate(&input, &refs()).unwrap_err();
    assert_eq!(paths(&problems), ["materials[0].due"]);
    assert_eq!(
        problems[0].problem,
        Problem::Material(MaterialError::DueDateInPast)
    );
    input.materials[0].due = Some("2026-12-02".into());
    let checked = validate(&input, &refs()).unwrap();
    assert_eq!(checked.materials[0].due, Some(today()));
    assert_eq!(checked.to_input(), input);
}

#[test]
fn unknown_fields_are_refused_when_read() {
    let text = r#"{"applicant": {"name": "a", "id_numbr": "1"}, "services": [], "channel": ""}"#;
    let err = serde_json::from_str::<ApplicationInput>(text).unwrap_err();
    assert!(err.to_string().contains("id_numbr"), "{err}");
}

#[test]
fn a_material_without_its_service_is_told_the_service_is_required() {
    let mut input = good();
    input.materials[0].service = " ".into();
    let problems = validate(&input, &refs()).unwrap_err();
    assert_eq!(paths(&problems), ["materials[0].service"]);
    assert_eq!(problems[0].problem, Problem::Required);
    input.materials[0].service = "EDU-01".into();
    let problems = validate(&input, &refs()).unwrap_err();
    assert_eq!(problems[0].problem, Problem::ServiceNotListed);
}

#[test]
fn the_longest_stated_limit_sets_the_deadline() {
    let calendar = WorkingCalendar::official().unwrap();
    let accepted = Date::new(2025, 9, 30).unwrap();
    assert_eq!(
        promised_deadline(&[None, None], accepted, &calendar),
        Deadline::NotStated
    );
    assert_eq!(
        promised_deadline(&[Some(1), None], accepted, &calendar),
        Deadline::NotStated,
        "a service with no limit borrows none from another"
    );
    assert_eq!(
        promised_deadline(&[], accepted, &calendar),
        Deadline::NotStated
    );
    let one = promised_deadline(&[Some(1)], accepted, &calendar);
    assert_eq!(one, Deadline::On(Date::new(2025, 10, 9).unwrap()));
    let longer = promised_deadline(&[Some(1), Some(5)], accepted, &calendar);
    assert!(longer.date().unwrap() > one.date().unwrap());
    let late = promised_deadline(&[Some(30)], Date::new(2026, 12, 20).unwrap(), &calendar);
    assert!(matches!(late, Deadline::BeyondCalendar { .. }), "{late:?}");
}

#[test]
fn every_field_has_a_path_and_a_message() {
    for field in Field::ALL {
        let path = if field.is_listed() {
            FieldPath::at(*field, 2)
        } else {
            FieldPath::new(*field)
        };
        assert!(!path.to_string().contains("{}"));
        assert_eq!(path.to_string().contains("[2]"), field.is_listed());
        assert!(field.message_id().starts_with("intake-field-"));
    }
}

proptest! {
    /// Whichever fields are spoiled, exactly those are named, each once.
    #[test]
    fn exactly_the_spoiled_fields_are_named(spoil in proptest::collection::vec(any::<bool>(), 6)) {
        let mut input = good();
        let mut want = Vec::new();
        if spoil[0] { input.applicant.name = "\u{1b}[2J".into(); want.push("applicant.name"); }
        if spoil[1] { input.applicant.id_number = "15010219850307124".into(); want.push("applicant.id_number"); }
        if spoil[2] { input.applicant.region = "990102".into(); want.push("applicant.region"); }
        if spoil[3] { input.applicant.document_lang = "en".into(); want.push("applicant.document_lang"); }
        if spoil[4] { input.channel = "fax".into(); want.push("channel"); }
        if spoil[5] { input.materials[0].status = "lost".into(); want.push("materials[0].status"); }
        match validate(&input, &refs()) {
            Ok(_) => prop_assert!(want.is_empty()),
            Err(problems) => prop_assert_eq!(paths(&problems), want),
        }
    }
}

#[test]
fn a_limit_is_read_only_where_the_text_counts_working_days() {
    let emp = "符合条件的投诉自接到之日起5个工作日内受理并立案；调查自立案之日起60个工作日内完成，情况复杂的经批准可延长30个工作日。";
    // 5 to accept and file, then 60 to investigate; the extension is not promised.
    assert_eq!(working_days_stated(emp), Some(65));
    assert_eq!(working_days_stated("自受理之日起60日内作出认定"), None);
    assert_eq!(working_days_stated("个工作日"), None);
    assert_eq!(working_days_stated("10个工作日内办结"), Some(10));
    assert_eq!(
        working_days_stated("受理后5个工作日内审核，审核通过后10个工作日内发放"),
        Some(15)
    );
    assert_eq!(
        working_days_stated("10个工作日内办结；经负责人批准可延长10个工作日"),
        Some(10)
    );
    assert_eq!(
        working_days_stated("自受理之日起20日内审核；审核通过后5个工作日内发放"),
        None,
        "a stage in calendar days cannot be counted in working days"
    );
    assert_eq!(
        working_days_stated("5个工作日内受理，十个工作日内办结"),
        None,
        "a figure not read is not left out of the sum"
    );
}
