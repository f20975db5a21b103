//! Statistics through the use cases: each dimension's numbers equal those counted straight
//! from the records, months sum their days, only a supervisor reads them, a rebuild gives the
//! counters back, and the monthly report carries both languages and its three charts.
mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use service_desk::documents::report::{MonthlyReport, render_report};
use service_desk::domain::application::{Applicant, Application, Deadline, Personal};
use service_desk::domain::material::MaterialKind;
use service_desk::domain::operator::Role;
use service_desk::domain::{Channel, Date, DivisionCode, Lang, Status};
use service_desk::i18n::Localizer;
use service_desk::service::context::{Context, FixedClock};
use service_desk::service::operators::Operators;
use service_desk::service::stats::{self, By, Period, StatsError};
use service_desk::service::{Desk, OpenOptions};
use service_desk::store::intakes::{
    self, Event, HistoryEntry, IntakeRecord, LookupKeys, MaterialState, NewIntake, Note,
    PersonalPart, split,
};
use service_desk::store::{Store, StoreError};

/// The fixed clock's day (2025-12-02) is "today": overdue is counted against it.
fn today() -> Date {
    Date::new(2025, 12, 2).unwrap()
}

fn nov(day: u8) -> Date {
    Date::new(2025, 11, day).unwrap()
}

fn noon(date: Date) -> i64 {
    date.days_since_epoch() * 86_400 + 4 * 3600
}

/// A small generator, so the history is the same on every run.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        (self.0 >> 33) % n
    }
}

const SERVICES: [&str; 6] = ["SOC-01", "SOC-02", "EDU-03", "HEA-05", "DIS-01", "EMP-02"];
const CENTRES: [&str; 2] = ["150102", "150105"];
const OPERATORS: [Option<&str>; 3] = [Some("alice"), Some("巴特尔"), None];

/// A record as the test knows it: the record, and the day it was completed if it was.
struct Known {
    record: IntakeRecord,
    completed_on: Option<Date>,
}

fn new_intake(rng: &mut Lcg, on: Date) -> NewIntake {
    let first = SERVICES[rng.below(6) as usize];
    let mut services = vec![first.to_string()];
    if rng.below(3) == 0 {
        services.push(SERVICES[rng.below(6) as usize].to_string());
    }
    let missing = rng.below(3) as usize;
    let application = Application {
        personal: Personal {
            applicant: Applicant {
                name: "乌云其其格".into(),
                id_number: "15010219850307124X".into(),
                phone: String::new(),
                region: "150203".into(),
                ethnicity: String::new(),
                address: String::new(),
                document_lang: String::new(),
                facts: Vec::new(),
            },
            agent: None,
            notes: String::new(),
        },
        services,
        channel: Channel::ALL[rng.below(5) as usize],
        materials: Vec::new(),
    };
    let (mut clear, mut private) = split(application);
    clear.materials = (0..missing)
        .map(|_| MaterialState {
            service: first.into(),
            status: MaterialKind::Deferred,
            due: Some(on),
        })
        .collect();
    private.material_names = vec!["户口簿".into(); missing];
    let deadline = match rng.below(5) {
        0 => Deadline::NotStated,
        n => Deadline::On(on.add_days(n as i64 * 4).unwrap()),
    };
    NewIntake {
        centre: DivisionCode::parse(CENTRES[rng.below(2) as usize]).unwrap(),
        accepted_on: on,
        created_at: noon(on),
        deadline,
        operator: OPERATORS[rng.below(3) as usize].map(str::to_string),
        lookup: LookupKeys::none(),
        clear,
        personal: PersonalPart::Plain(Box::new(private)),
    }
}

/// A status change as the records' path makes it: record and counters in one commit.
fn move_to(store: &Store, record: &IntakeRecord, to: Status, on: Date) -> IntakeRecord {
    store
        .commit_with(|store| {
            let mut moved = record.clone();
            moved.status = to;
            moved.history.push(HistoryEntry {
                at: noon(on),
                status: to,
                event: Event::Status(to),
                note: Note::empty(),
                operator: None,
            });
            let mut batch = store.batch();
            intakes::write(store, &mut batch, Some(record), &moved)?;
            Ok::<_, StoreError>((batch, moved))
        })
        .unwrap()
}

/// A month of intakes at two halls (and a few in October), moved on the way a hall moves
/// them. Returns what the test knows of each.
fn a_month_of_intakes(dir: &Path) -> Vec<Known> {
    let store = Store::open(dir, &OpenOptions::default()).unwrap();
    let mut rng = Lcg(7);
    let mut known = Vec::new();
    for n in 0..160u64 {
        let on = if n < 10 {
            Date::new(2025, 10, 31).unwrap()
        } else {
            nov(1 + (n % 30) as u8)
        };
        let record = intakes::add(&store, new_intake(&mut rng, on)).unwrap();
        known.push(Known {
            record,
            completed_on: None,
        });
    }
    for k in known.iter_mut() {
        let on = k.record.accepted_on;
        let later = |days: u64| on.add_days(days as i64).unwrap();
        match rng.below(6) {
            0 => {}
            1 => k.record = move_to(&store, &k.record, Status::Rejected, later(1)),
            2 => k.record = move_to(&store, &k.record, Status::Withdrawn, later(2)),
            3 => k.record = move_to(&store, &k.record, Status::InProgress, later(1)),
            _ => {
                let done = later(1 + rng.below(15));
                k.record = move_to(&store, &k.record, Status::InProgress, later(1));
                k.record = move_to(&store, &k.record, Status::Completed, done);
                k.completed_on = Some(done);
            }
        }
    }
    known
}

/// The keys a record counts under, worked out here without the store's code.
fn keys(record: &IntakeRecord, by: By) -> Vec<String> {
    let mut keys: Vec<String> = match by {
        By::Domain => record
            .clear
            .services
            .iter()
            .map(|s| s[..3].to_string())
            .collect(),
        By::Item => record.clear.services.clone(),
        By::Region => vec![record.receipt.to_string()[..6].to_string()],
        By::Channel => vec![record.clear.channel.code().to_string()],
        By::Status => vec![record.status.code().to_string()],
        By::Operator => vec![record.operator.clone().unwrap_or_default()],
        By::Month => vec![record.accepted_on.to_string()[..7].to_string()],
    };
    keys.sort();
    keys.dedup();
    keys
}

#[derive(Debug, Default, PartialEq)]
struct Expected {
    intakes: i64,
    completed: i64,
    on_time: i64,
    overdue: i64,
    rejected: i64,
    withdrawn: i64,
    outstanding: i64,
}

fn expected(known: &[Known], by: By, period: Period) -> BTreeMap<String, Expected> {
    let mut rows: BTreeMap<String, Expected> = BTreeMap::new();
    let in_period = known
        .iter()
        .filter(|k| (period.from..=period.to).contains(&k.record.accepted_on));
    for k in in_period {
        let r = &k.record;
        let deadline = r.deadline.date();
        let open = matches!(r.status, Status::Accepted | Status::InProgress);
        let late = match (k.completed_on, deadline) {
            (Some(done), Some(due)) => done > due,
            (None, Some(due)) => open && due < today(),
            _ => false,
        };
        for key in keys(r, by) {
            let row = rows.entry(key).or_default();
            row.intakes += 1;
            row.completed += i64::from(r.status == Status::Completed);
            row.on_time += i64::from(k.completed_on.is_some() && deadline.is_some() && !late);
            row.overdue += i64::from(late);
            row.rejected += i64::from(r.status == Status::Rejected);
            row.withdrawn += i64::from(r.status == Status::Withdrawn);
            row.outstanding += i64::from(open && !r.clear.materials.is_empty());
        }
    }
    rows
}

/// The store's first supervisor, signed in, at the fixed time.
fn supervisor(desk: &Desk) -> Context {
    Context::new(Arc::new(FixedClock(common::fixed_time())), Lang::Zh)
        .signed_in(Arc::new(common::ensure_supervisor(desk)))
}

#[test]
fn every_dimension_counts_what_the_records_say() {
    let dir = tempfile::tempdir().unwrap();
    let known = a_month_of_intakes(dir.path());
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    let ctx = supervisor(&desk);
    for period in [
        Period::month(2025, 11).unwrap(),
        Period::new(Date::new(2025, 10, 1).unwrap(), nov(10)).unwrap(),
    ] {
        for by in By::ALL {
            let found = stats::query(&desk, &ctx, by, period).unwrap();
            let got: BTreeMap<String, Expected> = found
                .rows
                .iter()
                .map(|row| {
                    let s = &row.summary;
                    let counts = Expected {
                        intakes: s.intakes,
                        completed: s.completed,
                        on_time: s.on_time,
                        overdue: s.overdue,
                        rejected: s.rejected,
                        withdrawn: s.withdrawn,
                        outstanding: s.outstanding_intakes,
                    };
                    (row.key.clone(), counts)
                })
                .collect();
            assert_eq!(got, expected(&known, by, period), "{by:?} over {period:?}");
            let all = expected(&known, By::Month, period);
            let total: i64 = all.values().map(|e| e.intakes).sum();
            assert_eq!(found.total.intakes, total, "{by:?}");
        }
    }
}

#[test]
fn the_overview_has_every_day_of_the_month_and_the_domains() {
    let dir = tempfile::tempdir().unwrap();
    let known = a_month_of_intakes(dir.path());
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    let november = Period::month(2025, 11).unwrap();
    let overview = stats::overview(&desk, &supervisor(&desk), november).unwrap();
    assert_eq!(overview.per_day.len(), 30);
    let per_day: i64 = overview.per_day.iter().map(|(_, n)| n).sum();
    assert_eq!(per_day, 150);
    assert_eq!(overview.total.intakes, 150);
    let domains = expected(&known, By::Domain, november);
    let overdue: Vec<(String, i64)> = overview
        .domains
        .iter()
        .map(|r| (r.key.clone(), r.summary.overdue))
        .collect();
    let want: Vec<(String, i64)> = domains
        .iter()
        .map(|(k, e)| (k.clone(), e.overdue))
        .collect();
    assert_eq!(overdue, want);
    assert!(
        want.iter().any(|(_, n)| *n > 0),
        "the history has overdue intakes"
    );
}

#[test]
fn only_a_supervisor_reads_the_statistics() {
    let fixture = common::desk();
    let desk = &fixture.desk;
    let november = Period::month(2025, 11).unwrap();
    let nobody = Context::new(Arc::new(FixedClock(common::fixed_time())), Lang::Zh);
    assert!(matches!(
        stats::query(desk, &nobody, By::Domain, november),
        Err(StatsError::SignInRequired)
    ));
    let boss = fixture.context();
    let ops = Operators::new(desk);
    ops.add(
        &boss,
        &fixture.operator(),
        "clerk1",
        Role::Clerk,
        "clerk-password-1",
    )
    .unwrap();
    let clerk = ops.login(&nobody, "clerk1", "clerk-password-1").unwrap();
    let as_clerk = nobody.clone().signed_in(Arc::new(clerk));
    assert!(matches!(
        stats::overview(desk, &as_clerk, november),
        Err(StatsError::Operator(_))
    ));
    assert!(stats::query(desk, &boss, By::Domain, november).is_ok());
}

#[test]
fn a_rebuild_gives_the_counters_kept_as_the_records_changed() {
    let dir = tempfile::tempdir().unwrap();
    a_month_of_intakes(dir.path());
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    let ctx = supervisor(&desk);
    let november = Period::month(2025, 11).unwrap();
    let before = stats::query(&desk, &ctx, By::Item, november).unwrap();
    let mut calls = 0;
    let rebuilt = stats::rebuild(&desk, &ctx, &mut |done, total| {
        calls += 1;
        assert!(done <= total);
    })
    .unwrap();
    assert_eq!(rebuilt.records, 160);
    assert!(calls > 0);
    assert_eq!(
        stats::query(&desk, &ctx, By::Item, november).unwrap(),
        before
    );
}

#[test]
fn the_monthly_report_has_both_languages_and_three_charts() {
    let dir = tempfile::tempdir().unwrap();
    a_month_of_intakes(dir.path());
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    let november = Period::month(2025, 11).unwrap();
    let overview = stats::overview(&desk, &supervisor(&desk), november).unwrap();
    for lang in Lang::ALL {
        let l10n = Localizer::new(lang).unwrap();
        let report = MonthlyReport {
            month: "2025-11",
            hall: "<回民区>",
            made_at: "2025-12-02T09:00:00+08:00",
            operator: "boss",
            overview: &overview,
            catalogue: desk.catalogue(),
        };
        let html = render_report(&report, &l10n);
        assert_eq!(html.matches("<svg").count(), 6, "three charts a page");
        assert!(html.contains("月度统计报告"));
        assert!(html.contains("ᠰᠠᠷ᠎ᠠ\u{202f}ᠶᠢᠨ ᠪᠦᠷᠢᠳᠬᠡᠯ\u{202f}ᠦᠨ ᠮᠡᠳᠡᠭᠦᠯᠦᠯ"));
        assert!(html.contains("&lt;回民区&gt;") && !html.contains("<回民区>"));
        let zh_first = html.find("月度统计报告") < html.find("ᠮᠡᠳᠡᠭᠦᠯᠦᠯ");
        assert_eq!(zh_first, lang == Lang::Zh, "the clerk's language first");
        let day_labels = (1..=30)
            .filter(|d| html.contains(&format!(">{d}</text>")))
            .count();
        assert_eq!(day_labels, 30);
        assert!(html.contains(&format!(">{}</td>", overview.total.intakes)));
    }
}

// The statistics screen.

use common::{snapshot, text};
use service_desk::tui::screens::stats::{DomainChart, Span, StatsScreen};
use service_desk::tui::{Input, Key, KeyCode, Session};

fn press(session: &mut Session, code: KeyCode) {
    session.handle(Input::Key(Key::plain(code)));
}

/// A session at 80×24 over a month of intakes, signed in as the supervisor, the statistics
/// open at last month (November: the fixed clock's day is 2 December).
fn on_the_screen(lang: Lang) -> (common::Fixture, Session) {
    let dir = tempfile::tempdir().unwrap();
    a_month_of_intakes(dir.path());
    let desk = Arc::new(Desk::open(dir.path(), &OpenOptions::default()).unwrap());
    let fixture = common::Fixture { dir, desk };
    let mut session = fixture.signed_session(lang, 80, 24);
    press(&mut session, KeyCode::F(9));
    press(&mut session, KeyCode::Tab);
    (fixture, session)
}

fn screen(session: &Session) -> &StatsScreen {
    session
        .find::<StatsScreen>()
        .expect("the statistics are open")
}

#[test]
fn the_statistics_at_80x24_in_chinese() {
    let (_fixture, session) = on_the_screen(Lang::Zh);
    assert_eq!(screen(&session).span(), Span::LastMonth);
    insta::assert_snapshot!(snapshot(&session));
}

#[test]
fn the_statistics_at_80x24_in_mongolian() {
    let (_fixture, session) = on_the_screen(Lang::Mn);
    let shown = text(&session);
    assert!(
        shown.contains("ᠥᠩᠭᠡᠷᠡᠭᠰᠡᠨ ᠰᠠᠷ᠎ᠠ"),
        "the vowel separator is kept:\n{shown}"
    );
    insta::assert_snapshot!(snapshot(&session));
}

#[test]
fn the_keys_switch_the_period_and_the_chart_and_the_numbers_follow() {
    let (_fixture, mut session) = on_the_screen(Lang::Zh);
    common::draw(&session);
    let november = screen(&session).overview().unwrap().clone();
    assert_eq!(november.total.intakes, 150);
    let domain_line = |s: &Session| {
        text(s)
            .lines()
            .find(|l| l.starts_with("社会服务"))
            .unwrap_or_default()
            .to_string()
    };
    let intakes = domain_line(&session);
    press(&mut session, KeyCode::Char('c'));
    assert_eq!(screen(&session).chart(), DomainChart::Overdue);
    let overdue = domain_line(&session);
    assert_ne!(intakes, overdue);
    let soc = november.domains.iter().find(|r| r.key == "SOC").unwrap();
    assert!(
        overdue.contains(&soc.summary.overdue.to_string()),
        "{overdue}"
    );
    press(&mut session, KeyCode::Tab);
    common::draw(&session);
    assert_eq!(screen(&session).span(), Span::ThisYear);
    assert_eq!(screen(&session).overview().unwrap().total.intakes, 160);
    assert!(text(&session).contains("每周受理量"));
    press(&mut session, KeyCode::Left);
    press(&mut session, KeyCode::Left);
    common::draw(&session);
    assert_eq!(screen(&session).span(), Span::ThisMonth);
    assert_eq!(screen(&session).overview().unwrap().total.intakes, 0);
    press(&mut session, KeyCode::Esc);
    assert!(session.find::<StatsScreen>().is_none());
}

#[test]
fn a_clerk_is_told_the_statistics_are_for_supervisors() {
    let fixture = common::desk();
    let boss = fixture.context();
    Operators::new(&fixture.desk)
        .add(
            &boss,
            &fixture.operator(),
            "clerk1",
            Role::Clerk,
            "clerk-password-1",
        )
        .unwrap();
    let mut session = fixture.session(Lang::Zh, 80, 24);
    press(&mut session, KeyCode::F(9));
    assert!(session.login().is_some(), "F9 asks who is there first");
    common::sign_in_as(&mut session, "clerk1", "clerk-password-1");
    assert!(session.find::<StatsScreen>().is_none());
    assert!(
        text(&session).contains("统计数据只供主管查看"),
        "{}",
        text(&session)
    );
}
