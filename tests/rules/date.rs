//! Calendar days: validity, parsing, weekdays, day arithmetic and ages.
use proptest::prelude::*;
use service_desk::domain::date::Weekday;
use service_desk::domain::{Date, DateError};

use super::d;

#[test]
fn leap_years_follow_the_gregorian_rule() {
    assert!(Date::new(2000, 2, 29).is_ok());
    assert!(Date::new(2024, 2, 29).is_ok());
    assert_eq!(Date::new(1900, 2, 29), Err(DateError::NotACalendarDay));
    assert_eq!(Date::new(2025, 2, 29), Err(DateError::NotACalendarDay));
    assert_eq!(Date::new(2025, 4, 31), Err(DateError::NotACalendarDay));
    assert_eq!(Date::new(2025, 13, 1), Err(DateError::NotACalendarDay));
    assert_eq!(Date::new(2025, 1, 0), Err(DateError::NotACalendarDay));
    assert_eq!(Date::new(0, 1, 1), Err(DateError::NotACalendarDay));
}

#[test]
fn parses_both_written_forms_and_refuses_others() {
    assert_eq!(Date::parse("2026-12-02"), Date::new(2026, 12, 2));
    assert_eq!(Date::parse_compact("20261202"), Date::new(2026, 12, 2));
    for bad in [
        "2026-1-02",
        "2026/12/02",
        "20261202",
        "2026-12-0x",
        "２０２６-12-02",
        "",
    ] {
        assert_eq!(Date::parse(bad), Err(DateError::Malformed), "{bad}");
    }
    assert_eq!(Date::parse("2026-02-30"), Err(DateError::NotACalendarDay));
    assert_eq!(Date::parse_compact("2026-1202"), Err(DateError::Malformed));
    assert_eq!(
        Date::parse_compact("20261232"),
        Err(DateError::NotACalendarDay)
    );
}

#[test]
fn shows_and_serialises_as_iso_dates() {
    let day = d("2026-03-07");
    assert_eq!(day.to_string(), "2026-03-07");
    assert_eq!(day.compact(), "20260307");
    assert_eq!(serde_json::to_string(&day).unwrap(), "\"2026-03-07\"");
    assert_eq!(serde_json::from_str::<Date>("\"2026-03-07\"").unwrap(), day);
    assert!(serde_json::from_str::<Date>("\"2026-02-30\"").is_err());
}

#[test]
fn weekdays_of_known_days() {
    assert_eq!(d("1970-01-01").weekday(), Weekday::Thursday);
    assert_eq!(d("2000-02-29").weekday(), Weekday::Tuesday);
    assert_eq!(d("2024-01-01").weekday(), Weekday::Monday);
    assert_eq!(d("2025-10-01").weekday(), Weekday::Wednesday);
    assert_eq!(d("2026-12-31").weekday(), Weekday::Thursday);
    assert_eq!(d("1949-10-01").weekday(), Weekday::Saturday);
    assert!(d("2026-02-14").weekday().is_weekend());
}

#[test]
fn day_arithmetic_crosses_months_years_and_leap_days() {
    assert_eq!(d("2024-02-28").next_day(), Some(d("2024-02-29")));
    assert_eq!(d("2025-02-28").next_day(), Some(d("2025-03-01")));
    assert_eq!(d("2025-12-31").next_day(), Some(d("2026-01-01")));
    assert_eq!(d("2026-01-01").add_days(-1), Some(d("2025-12-31")));
    assert_eq!(d("9999-12-31").next_day(), None);
    assert_eq!(d("0001-01-01").add_days(-1), None);
    assert_eq!(d("1970-01-01").days_since_epoch(), 0);
}

#[test]
fn ages_count_whole_years() {
    let born = d("1949-12-31");
    assert_eq!(born.full_years_until(d("2026-12-30")), Some(76));
    assert_eq!(born.full_years_until(d("2026-12-31")), Some(77));
    assert_eq!(born.full_years_until(born), Some(0));
    assert_eq!(born.full_years_until(d("1949-12-30")), None);
    let leap = d("2000-02-29");
    assert_eq!(leap.full_years_until(d("2001-02-28")), Some(0));
    assert_eq!(leap.full_years_until(d("2001-03-01")), Some(1));
    assert_eq!(leap.full_years_until(d("2004-02-29")), Some(4));
}

fn any_date() -> impl Strategy<Value = Date> {
    let first = d("0001-01-01").days_since_epoch();
    let last = d("9999-12-31").days_since_epoch();
    (first..=last).prop_map(|n| Date::from_days_since_epoch(n).unwrap())
}

proptest! {
    #[test]
    fn days_and_dates_convert_both_ways(day in any_date()) {
        prop_assert_eq!(Date::from_days_since_epoch(day.days_since_epoch()), Some(day));
        prop_assert_eq!(Date::parse(&day.to_string()), Ok(day));
        prop_assert_eq!(Date::parse_compact(&day.compact()), Ok(day));
        prop_assert_eq!(Date::new(day.year(), day.month(), day.day()), Ok(day));
    }

    #[test]
    fn order_is_the_order_of_days(a in any_date(), b in any_date()) {
        prop_assert_eq!(a.cmp(&b), a.days_since_epoch().cmp(&b.days_since_epoch()));
    }

    #[test]
    fn the_next_day_is_one_later_and_one_weekday_on(day in any_date()) {
        if let Some(next) = day.next_day() {
            prop_assert_eq!(next.days_since_epoch(), day.days_since_epoch() + 1);
            let (a, b) = (day.weekday() as u8, next.weekday() as u8);
            prop_assert_eq!((a + 1) % 7, b);
        }
    }
}
