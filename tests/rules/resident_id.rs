//! Resident ID numbers: the standard's check character, the birth date inside, what the
//! number tells, and how it is shown.
use proptest::prelude::*;
use service_desk::domain::reference::divisions;
use service_desk::domain::resident_id::check_character;
use service_desk::domain::{Date, ResidentId, ResidentIdError, Sex};

use super::d;

fn today() -> Date {
    d("2026-12-02")
}

fn parse(s: &str) -> Result<ResidentId, ResidentIdError> {
    ResidentId::parse(s, today())
}

/// A number with a correct check character for the given first 17 digits.
fn with_check(first_17: &str) -> String {
    format!("{first_17}{}", check_character(first_17).unwrap())
}

#[test]
fn the_standards_example_is_valid() {
    let id = parse("11010519491231002X").unwrap();
    assert_eq!(id.as_str(), "11010519491231002X");
    assert_eq!(id.birth_date(), d("1949-12-31"));
    assert_eq!(id.sex(), Sex::Female);
    assert_eq!(id.address_code(), "110105");
    assert_eq!(id.age_on(today()), Some(76));
    assert_eq!(id.masked(), "110105********002X");
    assert_eq!(id.tail(4), "002X");
    assert_eq!(id.tail(40), id.as_str());
}

/// ISO 7064 MOD 11-2, which the standard applies: digit i (from the left, of 17) weighs
/// 2^(17-i) mod 11, and the check value is (12 - sum mod 11) mod 11, 10 written X.
fn iso_7064_mod_11_2(body: &str) -> char {
    let sum: u64 = body
        .bytes()
        .enumerate()
        .map(|(i, b)| u64::from(b - b'0') * (2u64.pow(17 - i as u32) % 11))
        .sum();
    match (12 - sum % 11) % 11 {
        10 => 'X',
        n => char::from_digit(n as u32, 10).unwrap(),
    }
}

#[test]
fn check_character_of_the_standards_examples() {
    assert_eq!(check_character("11010519491231002"), Some('X'));
    // The standard's other example; born 1880, so only its check character is used here.
    assert_eq!(check_character("44052418800101001"), Some('4'));
    assert_eq!(check_character("1101051949123100"), None);
    assert_eq!(check_character("1101051949123100a"), None);
}

#[test]
fn typed_forms_are_normalised() {
    let want = parse("11010519491231002X").unwrap();
    for typed in [
        "11010519491231002x",
        "  11010519491231002X\t",
        "１１０１０５１９４９１２３１００２Ｘ",
        "１１０１０５１９４９１２３１００２ｘ",
        "\u{3000}11010519491231002X\u{200B}",
    ] {
        assert_eq!(parse(typed), Ok(want.clone()), "{typed:?}");
    }
}

#[test]
fn each_kind_of_mistake_has_its_own_error() {
    use ResidentIdError::*;
    assert_eq!(parse(""), Err(WrongLength { found: 0 }));
    assert_eq!(parse("11010519491231002"), Err(WrongLength { found: 17 }));
    assert_eq!(parse("11010519491231002X1"), Err(WrongLength { found: 19 }));
    assert_eq!(
        parse("110105 19491231 002X"),
        Err(WrongLength { found: 20 })
    );
    assert_eq!(parse("11010519491231002Y"), Err(BadCharacter));
    assert_eq!(parse("1101051949123100X2"), Err(BadCharacter));
    assert_eq!(parse("11010519491231002蒙"), Err(BadCharacter));
    assert_eq!(
        parse(&with_check("11010519490231002")),
        Err(BirthDateInvalid)
    );
    assert_eq!(
        parse(&with_check("11010518991231002")),
        Err(BirthDateTooEarly)
    );
    assert_eq!(
        parse(&with_check("11010520261203002")),
        Err(BirthDateInFuture)
    );
    assert_eq!(parse("110105194912310021"), Err(Checksum));
}

#[test]
fn a_typing_error_in_the_birth_date_is_reported_as_such() {
    // 19491231 → 19491331: both the date and the check character are now wrong.
    assert_eq!(
        parse("11010519491331002X"),
        Err(ResidentIdError::BirthDateInvalid)
    );
}

#[test]
fn born_today_is_accepted_and_aged_zero() {
    let id = parse(&with_check("15010220261202001")).unwrap();
    assert_eq!(id.age_on(today()), Some(0));
    assert_eq!(id.sex(), Sex::Male);
    assert_eq!(id.age_on(d("2026-12-01")), None);
}

#[test]
fn the_address_code_names_a_division_when_the_reference_knows_it() {
    let all = divisions().unwrap();
    let current = parse(&with_check("15010219850307124")).unwrap();
    assert_eq!(
        current.division(&all).map(|d| d.name_zh.as_str()),
        Some("新城区")
    );
    // 150101 (呼和浩特市市辖区) is no longer a division: the number still stands.
    let old = parse(&with_check("15010119850307124")).unwrap();
    assert_eq!(old.address_code(), "150101");
    assert!(old.division(&all).is_none());
    let elsewhere = parse("11010519491231002X").unwrap();
    assert!(elsewhere.division(&all).is_none());
}

#[test]
fn debug_output_never_shows_the_whole_number() {
    let id = parse("11010519491231002X").unwrap();
    let shown = format!("{id:?}");
    assert!(!shown.contains("19491231"), "{shown}");
    assert!(shown.contains("110105********002X"), "{shown}");
}

/// The first 17 digits of a number born between 1900-01-01 and today.
fn any_body() -> impl Strategy<Value = String> {
    let first = d("1900-01-01").days_since_epoch();
    let last = today().days_since_epoch();
    (0u32..1_000_000, first..=last, 0u32..1000).prop_map(|(area, day, seq)| {
        let born = Date::from_days_since_epoch(day).unwrap();
        format!("{area:06}{}{seq:03}", born.compact())
    })
}

proptest! {
    #[test]
    fn the_check_character_is_iso_7064_mod_11_2(body in "[0-9]{17}") {
        prop_assert_eq!(check_character(&body), Some(iso_7064_mod_11_2(&body)));
    }

    #[test]
    fn any_body_with_its_check_character_parses(body in any_body()) {
        let number = with_check(&body);
        let id = parse(&number).unwrap();
        prop_assert_eq!(id.as_str(), number.as_str());
        prop_assert_eq!(id.birth_date().compact(), &body[6..14]);
        prop_assert_eq!(id.address_code(), &body[..6]);
        let odd = (body.as_bytes()[16] - b'0') % 2 == 1;
        prop_assert_eq!(id.sex() == Sex::Male, odd);
        prop_assert!(id.age_on(today()).is_some());
    }

    #[test]
    fn changing_any_one_character_is_caught(
        body in any_body(),
        position in 0usize..18,
        replacement in prop::sample::select(b"0123456789X".to_vec()),
    ) {
        let mut number = with_check(&body).into_bytes();
        prop_assume!(number[position] != replacement);
        prop_assume!(position == 17 || replacement != b'X');
        number[position] = replacement;
        let number = String::from_utf8(number).unwrap();
        let result = parse(&number);
        prop_assert!(result.is_err(), "{number} was accepted");
        if !(6..14).contains(&position) {
            prop_assert_eq!(result, Err(ResidentIdError::Checksum));
        }
    }
}
