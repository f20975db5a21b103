//! Telephone numbers: the ways clerks type them, one normalised form, and what is refused.
use proptest::prelude::*;
use service_desk::domain::{Phone, PhoneError};

fn normalized(s: &str) -> Result<String, PhoneError> {
    Phone::parse(s).map(|p| p.normalized())
}

#[test]
fn mobiles_in_every_usual_spelling() {
    for typed in [
        "13904711234",
        "139 0471 1234",
        "139-0471-1234",
        "+86 139 0471 1234",
        "+8613904711234",
        "0086 13904711234",
        "8613904711234",
        "１３９０４７１１２３４",
        " 139\u{2014}0471\u{2014}1234 ",
    ] {
        assert_eq!(normalized(typed).as_deref(), Ok("13904711234"), "{typed:?}");
    }
    let phone = Phone::parse("13904711234").unwrap();
    assert!(phone.is_mobile());
    assert_eq!(phone.area_code(), None);
    assert_eq!(phone.masked(), "139****1234");
}

#[test]
fn landlines_with_and_without_separators() {
    for typed in [
        "0471-6234567",
        "0471 6234567",
        "(0471)6234567",
        "04716234567",
        "0471-623-4567",
        "+86 471 6234567",
        "+86-471-6234567",
    ] {
        assert_eq!(
            normalized(typed).as_deref(),
            Ok("0471-6234567"),
            "{typed:?}"
        );
    }
    assert_eq!(normalized("010-62345678").as_deref(), Ok("010-62345678"));
    assert_eq!(normalized("01062345678").as_deref(), Ok("010-62345678"));
    assert_eq!(normalized("0471-62345678").as_deref(), Ok("0471-62345678"));
    let phone = Phone::parse("0471-6234567").unwrap();
    assert!(!phone.is_mobile());
    assert_eq!(phone.area_code(), Some("0471"));
    assert_eq!(phone.masked(), "0471-***4567");
}

#[test]
fn extensions_after_a_marker_or_a_last_dash() {
    for typed in [
        "0471-6234567-8001",
        "0471-6234567转8001",
        "0471-6234567 转 8001",
        "0471-6234567分机8001",
        "0471-6234567 ext. 8001",
        "0471-6234567 EXT 8001",
        "0471-6234567x8001",
        "0471-6234567#8001",
        "04716234567-8001",
    ] {
        assert_eq!(
            normalized(typed).as_deref(),
            Ok("0471-6234567-8001"),
            "{typed:?}"
        );
    }
    // Written AREA-LOCAL-EXT, a one-digit extension is not swallowed into the number.
    assert_eq!(
        normalized("0471-6234567-8").as_deref(),
        Ok("0471-6234567-8")
    );
    assert_eq!(
        Phone::parse("0471-6234567-8001").unwrap().masked(),
        "0471-***4567"
    );
}

#[test]
fn each_kind_of_mistake_has_its_own_error() {
    use PhoneError::*;
    assert_eq!(normalized("  "), Err(Empty));
    assert_eq!(normalized("139o4711234"), Err(BadCharacter));
    assert_eq!(normalized("1390471123"), Err(MobileLength));
    assert_eq!(normalized("139047112345"), Err(MobileLength));
    assert_eq!(normalized("12904711234"), Err(MobilePrefix));
    assert_eq!(normalized("00476234567"), Err(AreaCode));
    assert_eq!(normalized("010-6234567"), Err(LocalNumber));
    assert_eq!(normalized("0471-123456"), Err(LocalNumber));
    assert_eq!(normalized("0471-623456789"), Err(LocalNumber));
    assert_eq!(normalized("0471-0234567"), Err(LocalNumber));
    assert_eq!(
        normalized("0471-1234567"),
        Err(LocalNumber),
        "local numbers never begin with 1"
    );
    assert_eq!(normalized("6123456"), Err(MissingAreaCode));
    assert_eq!(normalized("+1 415 555 0100"), Err(NotMainland));
    assert_eq!(normalized("13904711234转12"), Err(Extension));
    assert_eq!(normalized("0471-6234567转6234567"), Err(Extension));
    assert_eq!(normalized("0471-6234567转"), Err(Extension));
}

#[test]
fn debug_output_never_shows_the_whole_number() {
    let shown = format!("{:?}", Phone::parse("13904711234").unwrap());
    assert!(!shown.contains("13904711234"), "{shown}");
}

fn any_mobile() -> impl Strategy<Value = String> {
    (3u8..=9, 0u32..1_000_000_000).prop_map(|(second, rest)| format!("1{second}{rest:09}"))
}

fn any_landline() -> impl Strategy<Value = (String, String, Option<String>)> {
    let area = prop_oneof![
        (0u8..=9).prop_map(|n| if n == 0 {
            "010".to_string()
        } else {
            format!("02{n}")
        }),
        (300u16..=999).prop_map(|n| format!("0{n}")),
    ];
    let extension = prop::option::of((1u32..7).prop_flat_map(|len| {
        (0..10u32.pow(len)).prop_map(move |n| format!("{n:0width$}", width = len as usize))
    }));
    (area, 2u32..=9, 0u32..10_000_000, any::<bool>(), extension).prop_map(
        |(area, first, rest, eight, ext)| {
            let local = if area.len() == 3 || eight {
                format!("{first}{rest:07}")
            } else {
                format!("{first}{:06}", rest % 1_000_000)
            };
            (area, local, ext)
        },
    )
}

proptest! {
    #[test]
    fn mobiles_come_back_as_typed(number in any_mobile()) {
        let phone = Phone::parse(&number).unwrap();
        prop_assert_eq!(phone.normalized(), number.clone());
        let masked = phone.masked();
        prop_assert_eq!(&masked[..3], &number[..3]);
        prop_assert_eq!(&masked[7..], &number[7..]);
    }

    #[test]
    fn landlines_round_trip_through_their_normalised_form(
        (area, local, ext) in any_landline()
    ) {
        let typed = match &ext {
            Some(e) => format!("{area} {local} 转{e}"),
            None => format!("{area}{local}"),
        };
        let phone = Phone::parse(&typed).unwrap();
        let mut want = format!("{area}-{local}");
        if let Some(e) = &ext {
            want.push('-');
            want.push_str(e);
        }
        prop_assert_eq!(phone.normalized(), want.clone());
        prop_assert_eq!(Phone::parse(&want).unwrap(), phone);
    }
}
