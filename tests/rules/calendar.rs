//! The State Council's working-day calendar and deadlines counted on it.
use proptest::prelude::*;
use service_desk::domain::{CalendarError, Date, WorkingCalendar};

use super::d;

fn calendar() -> WorkingCalendar {
    WorkingCalendar::official().unwrap()
}

#[test]
fn the_embedded_notices_cover_2024_to_2026() {
    let cal = calendar();
    assert_eq!(cal.covered(), (d("2024-01-01"), d("2026-12-31")));
    let numbers: Vec<&str> = cal.notices().iter().map(|n| n.number.as_str()).collect();
    assert_eq!(
        numbers,
        [
            "国办发明电〔2023〕7号",
            "国办发明电〔2024〕12号",
            "国办发明电〔2025〕7号"
        ]
    );
    assert!(cal.notices().iter().all(|n| n.source.starts_with("http")));
}

#[test]
fn weekends_holidays_and_make_up_days() {
    let cal = calendar();
    let working = |s: &str| cal.is_working_day(d(s)).unwrap();
    assert!(working("2025-11-17"), "an ordinary Monday");
    assert!(!working("2025-11-15"), "an ordinary Saturday");
    assert!(!working("2025-10-08"), "National Day break, a Wednesday");
    assert!(working("2025-09-28"), "make-up working Sunday");
    assert!(
        working("2026-02-14"),
        "make-up working Saturday before the Spring Festival"
    );
    assert!(
        !working("2026-02-23"),
        "last day of the Spring Festival break, a Monday"
    );
    assert!(!working("2024-01-01"));
    let special = cal.special_day(d("2025-09-28")).unwrap();
    assert!(special.working);
    assert_eq!(special.holiday, "国庆节、中秋节");
    assert_eq!(special.notice.year, 2025);
    assert!(cal.special_day(d("2025-11-17")).is_none());
}

#[test]
fn deadlines_from_the_documented_examples() {
    let cal = calendar();
    let due = |s: &str, n: u32| cal.add_working_days(d(s), n).unwrap();
    assert_eq!(
        due("2025-09-26", 1),
        d("2025-09-28"),
        "Friday, then a make-up Sunday"
    );
    assert_eq!(
        due("2025-09-30", 1),
        d("2025-10-09"),
        "over the National Day break"
    );
    assert_eq!(due("2025-09-30", 0), d("2025-09-30"), "handled on the spot");
    assert_eq!(
        due("2025-11-15", 1),
        d("2025-11-17"),
        "accepted on a Saturday"
    );
    assert_eq!(due("2025-11-17", 5), d("2025-11-24"), "a plain week");
    assert_eq!(due("2026-02-13", 1), d("2026-02-14"));
    assert_eq!(
        due("2026-02-13", 2),
        d("2026-02-24"),
        "over the Spring Festival"
    );
    assert_eq!(due("2026-12-30", 1), d("2026-12-31"));
}

#[test]
fn outside_the_covered_years_is_an_error_never_a_guess() {
    let cal = calendar();
    let last = d("2026-12-31");
    let first = d("2024-01-01");
    assert_eq!(
        cal.add_working_days(d("2026-12-30"), 2),
        Err(CalendarError::BeyondCoveredYears { last_covered: last })
    );
    assert_eq!(
        cal.add_working_days(d("2027-01-04"), 0),
        Err(CalendarError::BeyondCoveredYears { last_covered: last })
    );
    assert_eq!(
        cal.add_working_days(d("2023-12-29"), 1),
        Err(CalendarError::BeforeCoveredYears {
            first_covered: first
        })
    );
    assert!(cal.is_working_day(d("2027-01-01")).is_err());
}

/// The notices move days but never change a year's count: every year has its weekends off
/// plus the statutory days (11 until 2024; 13 from 2025, by 国务院令第795号), the make-up
/// working days paying back the weekdays that bridge a holiday.
#[test]
fn each_year_has_as_many_working_days_as_the_statute_leaves() {
    let cal = calendar();
    for (year, statutory) in [(2024, 11), (2025, 13), (2026, 13)] {
        let (mut working, mut weekend, mut days) = (0, 0, 0);
        let mut day = Date::new(year, 1, 1).unwrap();
        while day.year() == year {
            days += 1;
            weekend += u32::from(day.weekday().is_weekend());
            working += u32::from(cal.is_working_day(day).unwrap());
            day = day.next_day().unwrap();
        }
        assert_eq!(working, days - weekend - statutory, "{year}");
    }
}

const ONE_YEAR: &str = r#"
[[notice]]
year = 2030
number = "N"
source = "S"
[[notice.holiday]]
name = "H"
off = ["2030-01-01"]
work = []
"#;

#[test]
fn a_well_formed_seed_loads() {
    let cal = WorkingCalendar::from_toml(ONE_YEAR).unwrap();
    assert_eq!(cal.covered(), (d("2030-01-01"), d("2030-12-31")));
    assert_eq!(cal.is_working_day(d("2030-01-01")), Ok(false));
}

#[test]
fn a_broken_seed_is_refused() {
    let weekday_make_up = ONE_YEAR.replace("work = []", r#"work = ["2030-01-02"]"#);
    let listed_twice = ONE_YEAR.replace("work = []", r#"work = ["2030-01-01"]"#);
    let wrong_year = ONE_YEAR.replace(r#"off = ["2030-01-01"]"#, r#"off = ["2031-01-01"]"#);
    let gap = format!("{ONE_YEAR}{}", ONE_YEAR.replace("2030", "2032"));
    let unknown_field = ONE_YEAR.replace("name = \"H\"", "name = \"H\"\nnote = \"x\"");
    let bad_date = ONE_YEAR.replace("2030-01-01", "2030-02-30");
    for (why, text) in [
        ("make-up day on a weekday", weekday_make_up),
        ("day listed twice", listed_twice),
        ("day outside the notice's year", wrong_year),
        ("years not consecutive", gap),
        ("unknown field", unknown_field),
        ("no such day", bad_date),
        ("no notice", "notice = []".to_string()),
    ] {
        assert!(WorkingCalendar::from_toml(&text).is_err(), "{why}");
    }
}

fn covered_day() -> impl Strategy<Value = Date> {
    let (first, last) = (d("2024-01-01"), d("2026-12-31"));
    (first.days_since_epoch()..=last.days_since_epoch())
        .prop_map(|n| Date::from_days_since_epoch(n).unwrap())
}

proptest! {
    #[test]
    fn a_deadline_is_the_nth_working_day_after_acceptance(
        accepted in covered_day(),
        n in 0u32..120,
    ) {
        let cal = calendar();
        match cal.add_working_days(accepted, n) {
            Ok(due) => {
                prop_assert!(due >= accepted);
                let mut counted = 0;
                let mut day = accepted;
                while day < due {
                    day = day.next_day().unwrap();
                    counted += u32::from(cal.is_working_day(day).unwrap());
                }
                prop_assert_eq!(counted, n);
                prop_assert!(n == 0 || cal.is_working_day(due).unwrap());
            }
            Err(e) => {
                let last = cal.covered().1;
                prop_assert_eq!(e, CalendarError::BeyondCoveredYears { last_covered: last });
                let mut available = 0;
                let mut day = accepted;
                while day < last {
                    day = day.next_day().unwrap();
                    available += u32::from(cal.is_working_day(day).unwrap());
                }
                prop_assert!(available < n);
            }
        }
    }

    #[test]
    fn a_longer_limit_never_ends_earlier(accepted in covered_day(), n in 0u32..100) {
        let cal = calendar();
        if let Ok(later) = cal.add_working_days(accepted, n + 1) {
            prop_assert!(cal.add_working_days(accepted, n).unwrap() < later);
        }
    }
}
