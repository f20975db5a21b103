//! Periods, the days of a sparkline and the month rows, without a store.
use super::*;
use crate::service::context::HALL_UTC_OFFSET_SECONDS;

fn d(y: u16, m: u8, day: u8) -> Date {
    Date::new(y, m, day).unwrap()
}

#[test]
fn the_store_counts_days_by_the_halls_clock() {
    assert_eq!(HALL_OFFSET_SECONDS, HALL_UTC_OFFSET_SECONDS);
}

#[test]
fn months_and_years_have_their_real_ends() {
    let feb = Period::month(2028, 2).unwrap();
    assert_eq!((feb.from, feb.to), (d(2028, 2, 1), d(2028, 2, 29)));
    let dec = Period::month(2026, 12).unwrap();
    assert_eq!(dec.to, d(2026, 12, 31));
    let before = Period::month_before(d(2027, 1, 15)).unwrap();
    assert_eq!((before.from, before.to), (d(2026, 12, 1), d(2026, 12, 31)));
    let year = Period::year_to(d(2026, 12, 2)).unwrap();
    assert_eq!((year.from, year.days()), (d(2026, 1, 1), 336));
    assert!(Period::month(2026, 13).is_none());
    assert!(matches!(
        Period::new(d(2026, 2, 2), d(2026, 2, 1)),
        Err(StatsError::EmptyPeriod)
    ));
}

#[test]
fn every_day_of_the_period_has_a_count() {
    let counts = Counts {
        intakes: 3,
        ..Counts::default()
    };
    let period = Period::new(d(2026, 2, 27), d(2026, 3, 2)).unwrap();
    let days = every_day(period, &[(d(2026, 3, 1), counts)]);
    assert_eq!(
        days,
        [
            (d(2026, 2, 27), 0),
            (d(2026, 2, 28), 0),
            (d(2026, 3, 1), 3),
            (d(2026, 3, 2), 0)
        ]
    );
}

#[test]
fn months_sum_their_days_and_the_good_rate_counts_the_top_two_of_the_rated() {
    let one = Counts {
        intakes: 2,
        ratings: [1, 1, 1, 0, 1],
        ..Counts::default()
    };
    let months = by_month(&[
        (d(2026, 1, 3), one.clone()),
        (d(2026, 1, 9), one.clone()),
        (d(2026, 2, 1), one),
    ]);
    assert_eq!(months["2026-01"].intakes, 4);
    assert_eq!(months["2026-02"].intakes, 2);
    let summary = Summary::of(&months["2026-01"], d(2026, 3, 1));
    assert_eq!(summary.rated, 8);
    assert_eq!(summary.good_rate, Some(0.5));
    assert_eq!(summary.rating(Rating::VeryDissatisfied), 2);
    assert_eq!(
        Summary::of(&Counts::default(), d(2026, 3, 1)).good_rate,
        None
    );
}
