//! Receipt numbers and the division codes inside them.
use proptest::prelude::*;
use service_desk::domain::{
    DailySequence, DivisionCode, DivisionCodeError, ReceiptError, ReceiptNumber,
};

use super::d;

fn centre() -> DivisionCode {
    DivisionCode::parse("150102").unwrap()
}

#[test]
fn division_codes() {
    assert_eq!(centre().as_str(), "150102");
    assert_eq!(DivisionCode::parse(" １５０１０２ "), Ok(centre()));
    assert_eq!(DivisionCode::parse("15010"), Err(DivisionCodeError::Format));
    assert_eq!(
        DivisionCode::parse("15010a"),
        Err(DivisionCodeError::Format)
    );
    assert_eq!(
        DivisionCode::parse("990000"),
        Err(DivisionCodeError::UnknownProvince)
    );
    assert_eq!(
        DivisionCode::parse("000000"),
        Err(DivisionCodeError::UnknownProvince)
    );
    assert_eq!(serde_json::to_string(&centre()).unwrap(), "\"150102\"");
    assert!(serde_json::from_str::<DivisionCode>("\"99\"").is_err());
}

#[test]
fn formats_and_parses_the_documented_shape() {
    let number = ReceiptNumber::new(centre(), d("2026-12-02"), DailySequence::FIRST);
    assert_eq!(number.to_string(), "150102-20261202-0001");
    assert_eq!(
        ReceiptNumber::parse("150102-20261202-0001"),
        Ok(number.clone())
    );
    assert_eq!(
        ReceiptNumber::parse(" １５０１０２－２０２６１２０２－０００１ "),
        Ok(number.clone())
    );
    assert_eq!(number.centre(), &centre());
    assert_eq!(number.date(), d("2026-12-02"));
    assert_eq!(number.sequence().get(), 1);
    let json = serde_json::to_string(&number).unwrap();
    assert_eq!(json, "\"150102-20261202-0001\"");
    assert_eq!(
        serde_json::from_str::<ReceiptNumber>(&json).unwrap(),
        number
    );
}

#[test]
fn each_kind_of_mistake_has_its_own_error() {
    use ReceiptError::*;
    let parse = ReceiptNumber::parse;
    assert_eq!(parse("150102-2026122-0001"), Err(Malformed));
    assert_eq!(parse("150102_20261202_0001"), Err(Malformed));
    assert_eq!(parse("150102-20261202-0001-2"), Err(Malformed));
    assert_eq!(parse("150102-20261202-00a1"), Err(Malformed));
    assert_eq!(parse(""), Err(Malformed));
    assert_eq!(parse("990102-20261202-0001"), Err(BadCentre));
    assert_eq!(parse("150102-20261302-0001"), Err(BadDate));
    assert_eq!(parse("150102-20261202-0000"), Err(SequenceOutOfRange));
    assert_eq!(DailySequence::new(0), Err(SequenceOutOfRange));
    assert_eq!(DailySequence::new(10_000), Err(SequenceOutOfRange));
}

#[test]
fn the_daily_sequence_ends_at_9999() {
    let last_but_one = DailySequence::new(9998).unwrap();
    assert_eq!(last_but_one.next(), Ok(DailySequence::LAST));
    assert_eq!(DailySequence::LAST.next(), Err(ReceiptError::DayFull));
    let full = ReceiptNumber::new(centre(), d("2026-12-02"), DailySequence::LAST);
    assert_eq!(full.to_string(), "150102-20261202-9999");
    assert_eq!(full.next(), Err(ReceiptError::DayFull));
    let first = ReceiptNumber::new(centre(), d("2026-12-02"), DailySequence::FIRST);
    assert_eq!(first.next().unwrap().to_string(), "150102-20261202-0002");
}

fn any_number() -> impl Strategy<Value = ReceiptNumber> {
    let centres = prop::sample::select(vec!["150102", "150000", "152921", "110105"]);
    let first = d("2024-01-01").days_since_epoch();
    (centres, first..first + 2000, 1u16..=9999).prop_map(|(c, day, n)| {
        let date = service_desk::domain::Date::from_days_since_epoch(day).unwrap();
        ReceiptNumber::new(
            DivisionCode::parse(c).unwrap(),
            date,
            DailySequence::new(n).unwrap(),
        )
    })
}

proptest! {
    #[test]
    fn numbers_round_trip_and_sort_as_their_text(a in any_number(), b in any_number()) {
        prop_assert_eq!(ReceiptNumber::parse(&a.to_string()), Ok(a.clone()));
        prop_assert_eq!(a.cmp(&b), a.to_string().cmp(&b.to_string()));
    }
}
