//! The intake form driven through `Session::handle`: snapshots at 80×24 in both languages,
//! the language switch, Tab never trapped, Ctrl-S on an incomplete form, a complete form
//! stored and read back, the centre code asked once, pasted control characters, a card
//! reader's burst, Esc and F4, Enter on a catalogue record, and tiny windows.
mod common;

use std::sync::Arc;

use common::{Fixture, snapshot, text};
use ratatui::layout::Size;
use service_desk::domain::application::Field;
use service_desk::domain::{Lang, ReceiptNumber};
use service_desk::service::config;
use service_desk::service::intake;
use service_desk::tui::screens::intake::{IntakeScreen, Stop};
use service_desk::tui::screens::receipt::ReceiptScreen;
use service_desk::tui::{Hall, Input, Key, KeyCode, Session};

fn key(code: KeyCode) -> Input {
    Input::Key(Key::plain(code))
}

fn ctrl(c: char) -> Input {
    Input::Key(Key::ctrl(c))
}

fn typed(s: &mut Session, text: &str) {
    for c in text.chars() {
        s.handle(key(KeyCode::Char(c)));
    }
}

fn form(s: &Session) -> &IntakeScreen {
    s.find::<IntakeScreen>().expect("the form is open")
}

/// A hall whose configuration file lives in the fixture's folder, with `centre` if given;
/// receipts go into the fixture's folder too.
fn hall(fx: &Fixture, centre: Option<&str>) -> Arc<Hall> {
    let path = fx.dir.path().join("config").join("config.toml");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let receipts = fx.dir.path().join("receipts");
    let mut text = format!("receipts-dir = {:?}\n", receipts.to_str().unwrap());
    if let Some(code) = centre {
        text.push_str(&format!("centre-code = \"{code}\"\n"));
    }
    std::fs::write(&path, text).unwrap();
    Arc::new(Hall::at(path).unwrap())
}

fn session(fx: &Fixture, lang: Lang, centre: Option<&str>) -> Session {
    fx.session(lang, 80, 24).with_hall(hall(fx, centre))
}

/// The form opened with F4 and the applicant's name and ID number typed.
fn started(fx: &Fixture, lang: Lang, centre: Option<&str>) -> Session {
    let mut s = session(fx, lang, centre);
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    typed(&mut s, "乌云其其格");
    s.handle(key(KeyCode::Tab));
    typed(&mut s, "150102195503071243");
    s
}

/// Adds SOC-01 through the form's own catalogue search.
fn add_dibao(s: &mut Session) {
    while form(s).focus() != Stop::ServiceSearch {
        s.handle(key(KeyCode::Tab));
    }
    typed(s, "dibao");
    s.handle(key(KeyCode::Enter));
}

#[test]
fn the_form_at_80x24_in_chinese() {
    let fx = common::desk();
    let s = started(&fx, Lang::Zh, Some("150102"));
    insta::assert_snapshot!(snapshot(&s));
}

#[test]
fn the_form_at_80x24_in_mongolian() {
    let fx = common::desk();
    let s = started(&fx, Lang::Mn, Some("150102"));
    insta::assert_snapshot!(snapshot(&s));
}

#[test]
fn a_whole_id_number_tells_birth_sex_age_division_and_derived_facts() {
    let fx = common::desk();
    let s = started(&fx, Lang::Zh, Some("150102"));
    let shown = text(&s);
    // Born 1955-03-07, female (7th-from-last digit even), 70 on 2025-12-02, in 新城区.
    for part in ["1955-03-07", "女", "70 岁", "新城区", "60 周岁以上"] {
        assert!(shown.contains(part), "{part} missing:\n{shown}");
    }
}

#[test]
fn f2_switches_the_form_live_and_keeps_what_was_typed() {
    let fx = common::desk();
    let mut s = started(&fx, Lang::Zh, Some("150102"));
    assert!(text(&s).contains("身份证号码"));
    s.handle(key(KeyCode::F(2)));
    let mn = text(&s);
    assert!(!mn.contains("身份证号码"), "{mn}");
    assert!(mn.contains("乌云其其格") && mn.contains("150102195503071243"));
    assert_eq!(form(&s).input().applicant.name, "乌云其其格");
    let label = common::texts().format(Lang::Mn, "form-label-phone", &[]);
    assert!(mn.contains(label.split(' ').next().unwrap()), "{mn}");
}

#[test]
fn tab_and_shift_tab_go_round_every_stop_and_are_never_trapped() {
    let fx = common::desk();
    let mut s = started(&fx, Lang::Zh, Some("150102"));
    add_dibao(&mut s);
    // A query half typed, and the agent section on: Tab still leaves every stop.
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    let stops = form(&s).stops();
    let start = form(&s).focus();
    let mut seen = vec![start];
    for _ in 0..stops.len() {
        typed(&mut s, "x");
        s.handle(key(KeyCode::Tab));
        seen.push(form(&s).focus());
    }
    assert_eq!(form(&s).focus(), start, "Tab comes round to where it began");
    for stop in &stops {
        assert!(seen.contains(stop), "{stop:?} never reached");
    }
    for _ in 0..stops.len() {
        s.handle(key(KeyCode::BackTab));
    }
    assert_eq!(form(&s).focus(), start, "Shift-Tab too");
}

#[test]
fn ctrl_s_on_an_incomplete_form_jumps_to_the_first_problem() {
    let fx = common::desk();
    let mut s = session(&fx, Lang::Zh, Some("150102"));
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    typed(&mut s, "乌云其其格");
    s.handle(key(KeyCode::Tab));
    typed(&mut s, "15010219550307124"); // one character short
    s.handle(key(KeyCode::Tab));
    s.handle(key(KeyCode::Tab));
    let footer = text(&s);
    assert!(footer.contains("尚需填写或修改"), "{footer}");
    s.handle(ctrl('s'));
    assert_eq!(form(&s).focus(), Stop::Text(Field::ApplicantIdNumber));
    let shown = text(&s);
    assert!(shown.contains("应为 18 位"), "{shown}");
    assert!(shown.contains("申请事项"), "{shown}");
    assert!(s.find::<ReceiptScreen>().is_none(), "nothing was stored");
}

#[test]
fn an_id_number_is_judged_while_it_is_typed() {
    let fx = common::desk();
    let mut s = session(&fx, Lang::Zh, Some("150102"));
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    s.handle(key(KeyCode::Tab));
    typed(&mut s, "1501a");
    assert!(text(&s).contains("前 17 位应为数字"), "{}", text(&s));
}

#[test]
fn a_complete_form_is_stored_and_reads_back() {
    let fx = common::desk();
    let mut s = started(&fx, Lang::Zh, Some("150102"));
    add_dibao(&mut s);
    s.handle(ctrl('s'));
    let receipt = s
        .find::<ReceiptScreen>()
        .expect("the receipt replaces the form")
        .receipt()
        .clone();
    assert_eq!(receipt.number.to_string(), "150102-20251202-0001");
    let shown = text(&s);
    assert!(shown.contains("150102-20251202-0001"), "{shown}");
    let stored = intake::show(
        &fx.desk,
        &fx.context(),
        &ReceiptNumber::parse("150102-20251202-0001").unwrap(),
        intake::Viewing::Details,
    )
    .unwrap()
    .expect("the record is there");
    let back = stored.application.to_input();
    assert_eq!(back.applicant.name, "乌云其其格");
    assert_eq!(back.applicant.id_number, "150102195503071243");
    assert_eq!(back.services, ["SOC-01"]);
    assert_eq!(back.channel, "counter");
    // The papers are in the receipts folder, and the view says so.
    let written = fx
        .dir
        .path()
        .join("receipts")
        .join("150102-20251202-0001-receipt.txt");
    assert!(written.is_file());
    assert!(text(&s).contains("回执已保存："), "{}", text(&s));
    // With no print command the print key says so.
    s.handle(ctrl('p'));
    assert!(text(&s).contains("未设置打印命令"), "{}", text(&s));
    // The next F4 is a new form.
    s.handle(key(KeyCode::Esc));
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    assert_eq!(form(&s).input().applicant.name, "");
}

#[test]
fn the_centre_code_is_asked_once_and_saved() {
    let fx = common::desk();
    let mut s = started(&fx, Lang::Zh, None);
    add_dibao(&mut s);
    s.handle(ctrl('s'));
    assert!(form(&s).centre_picker().is_some(), "asked for the centre");
    typed(&mut s, "xinchengqu");
    s.handle(key(KeyCode::Enter));
    let receipt = s
        .find::<ReceiptScreen>()
        .expect("stored once the centre is chosen");
    assert!(receipt.receipt().number.to_string().starts_with("150102-"));
    let path = fx.dir.path().join("config").join("config.toml");
    let loaded = config::load(Some(&path)).unwrap();
    assert_eq!(
        loaded.config.centre_code().map(|c| c.as_str()),
        Some("150102")
    );
    // The next intake does not ask again.
    s.handle(key(KeyCode::Esc));
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    typed(&mut s, "巴特尔");
    s.handle(key(KeyCode::Tab));
    typed(&mut s, "11010519491231002X");
    add_dibao(&mut s);
    s.handle(ctrl('s'));
    assert!(s.find::<ReceiptScreen>().is_some());
}

#[test]
fn control_characters_and_escapes_pasted_into_a_field_are_removed() {
    let fx = common::desk();
    let mut s = session(&fx, Lang::Zh, Some("150102"));
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    s.handle(Input::Paste(
        "乌云\u{1b}[31m其其\u{7}格\r\n\u{1b}]0;x\u{7}".into(),
    ));
    let name = &form(&s).input().applicant.name;
    assert_eq!(name.trim(), "乌云其其格");
    assert!(!name.chars().any(char::is_control), "{name:?}");
    assert!(!text(&s).contains('\u{1b}'));
}

#[test]
fn a_card_readers_burst_of_18_characters_and_enter_loses_nothing() {
    let fx = common::desk();
    let mut s = session(&fx, Lang::Zh, Some("150102"));
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    s.handle(key(KeyCode::Tab));
    let mut burst: Vec<Input> = "11010519491231002X"
        .chars()
        .map(|c| key(KeyCode::Char(c)))
        .collect();
    burst.push(key(KeyCode::Enter));
    burst.extend("13904711234".chars().map(|c| key(KeyCode::Char(c))));
    s.handle_all(burst);
    let input = form(&s).input();
    assert_eq!(input.applicant.id_number, "11010519491231002X");
    assert_eq!(input.applicant.phone, "13904711234");
    assert_eq!(form(&s).focus(), Stop::Text(Field::ApplicantPhone));
}

#[test]
fn esc_leaves_the_form_and_f4_finds_it_as_it_was() {
    let fx = common::desk();
    let mut s = started(&fx, Lang::Zh, Some("150102"));
    s.handle(key(KeyCode::Esc));
    assert!(s.find::<IntakeScreen>().is_none());
    assert!(text(&s).contains("EDU-01"), "back on the catalogue");
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    assert_eq!(form(&s).input().applicant.name, "乌云其其格");
    assert_eq!(form(&s).focus(), Stop::Text(Field::ApplicantIdNumber));
    // F3 to the catalogue keeps it as well.
    s.handle(key(KeyCode::F(3)));
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    assert_eq!(form(&s).input().applicant.name, "乌云其其格");
}

#[test]
fn enter_on_a_catalogue_record_starts_an_intake_for_that_item() {
    let fx = common::desk();
    let mut s = session(&fx, Lang::Zh, Some("150102"));
    typed(&mut s, "dibao");
    s.handle(key(KeyCode::Enter)); // to the record
    assert!(s.find::<IntakeScreen>().is_none());
    common::press_signed_in(&mut s, key(KeyCode::Enter)); // start an intake for it, once signed in
    assert_eq!(form(&s).input().services, ["SOC-01"]);
    assert_eq!(form(&s).focus(), Stop::Text(Field::ApplicantName));
}

#[test]
fn the_drafts_interface_gives_back_what_it_was_given() {
    let fx = common::desk();
    let mut s = started(&fx, Lang::Zh, Some("150102"));
    let (input, field) = form(&s).state();
    let again = IntakeScreen::from_input(input.clone(), field);
    assert_eq!(again.state(), (input, Field::ApplicantIdNumber));
    assert_eq!(again.focus(), Stop::Text(Field::ApplicantIdNumber));
    // Typed changes wait for their draft (the fixed clock never lets the pause pass); Esc
    // saves it at once, and the form is found while parked.
    assert!(form(&s).draft_pending());
    assert_eq!(form(&s).draft_id(), None);
    s.handle(key(KeyCode::Tab));
    typed(&mut s, "139");
    s.handle(key(KeyCode::Esc));
    assert!(s.find::<IntakeScreen>().is_none());
    let parked = s.intake_mut().unwrap();
    assert!(!parked.draft_pending());
    assert!(parked.draft_id().is_some(), "saved on leaving");
}

#[test]
fn tiny_windows_never_panic() {
    let fx = common::desk();
    let mut s = started(&fx, Lang::Mn, None);
    add_dibao(&mut s);
    for (w, h) in [
        (1, 1),
        (10, 3),
        (59, 15),
        (60, 16),
        (61, 17),
        (80, 24),
        (200, 60),
    ] {
        s.handle(Input::Resize(Size::new(w, h)));
        let _ = text(&s);
        s.handle(key(KeyCode::Tab));
        let _ = text(&s);
    }
    s.handle(ctrl('s'));
    s.handle(Input::Resize(Size::new(60, 16)));
    let _ = text(&s);
}

#[test]
fn a_query_and_enter_in_one_burst_pick_what_the_query_found() {
    let fx = common::desk();
    let mut s = session(&fx, Lang::Zh, Some("150102"));
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    while form(&s).focus() != Stop::ServiceSearch {
        s.handle(key(KeyCode::Tab));
    }
    let mut burst: Vec<Input> = "dibao".chars().map(|c| key(KeyCode::Char(c))).collect();
    burst.push(key(KeyCode::Enter));
    burst.extend("gongzufang".chars().map(|c| key(KeyCode::Char(c))));
    burst.push(key(KeyCode::Enter));
    s.handle_all(burst);
    assert_eq!(form(&s).input().services, ["SOC-01", "HOU-01"]);
    // A material typed and entered in one go is the one typed, not a common document.
    while !matches!(form(&s).focus(), Stop::MaterialAdd(0)) {
        s.handle(key(KeyCode::Tab));
    }
    let mut burst: Vec<Input> = "低保申请书"
        .chars()
        .map(|c| key(KeyCode::Char(c)))
        .collect();
    burst.push(key(KeyCode::Enter));
    s.handle_all(burst);
    let names: Vec<&str> = form(&s)
        .input()
        .materials
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(names, ["低保申请书"]);
}

#[test]
fn a_letter_in_an_id_number_is_named_even_after_the_field_was_left_once() {
    let fx = common::desk();
    let mut s = session(&fx, Lang::Zh, Some("150102"));
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    s.handle(key(KeyCode::Tab));
    typed(&mut s, "1501");
    s.handle(key(KeyCode::Tab));
    s.handle(key(KeyCode::BackTab));
    assert!(text(&s).contains("18 位"), "{}", text(&s));
    typed(&mut s, "a");
    assert!(text(&s).contains("前 17 位应为数字"), "{}", text(&s));
}

#[test]
fn stepping_past_the_agent_channel_does_not_leave_an_agent_to_fill_in() {
    let fx = common::desk();
    let mut s = started(&fx, Lang::Zh, Some("150102"));
    while form(&s).focus() != Stop::Channel {
        s.handle(key(KeyCode::Tab));
    }
    // counter → home visit → appointment → agent → cross-area
    for _ in 0..4 {
        s.handle(key(KeyCode::Right));
    }
    assert_eq!(form(&s).input().channel, "cross-area");
    assert_eq!(form(&s).input().agent, None);
    // An agent whose name was typed stays: only a section nobody filled in closes.
    s.handle(key(KeyCode::Left));
    assert_eq!(form(&s).input().channel, "agent");
    while form(&s).focus() != Stop::Text(Field::AgentName) {
        s.handle(key(KeyCode::Tab));
    }
    typed(&mut s, "巴特尔");
    while form(&s).focus() != Stop::Channel {
        s.handle(key(KeyCode::Tab));
    }
    s.handle(key(KeyCode::Right));
    assert_eq!(form(&s).input().channel, "cross-area");
    assert_eq!(form(&s).input().agent.as_ref().unwrap().name, "巴特尔");
}

#[test]
fn the_same_document_is_listed_once_per_service() {
    let fx = common::desk();
    let mut s = started(&fx, Lang::Zh, Some("150102"));
    add_dibao(&mut s);
    while !matches!(form(&s).focus(), Stop::MaterialAdd(0)) {
        s.handle(key(KeyCode::Tab));
    }
    s.handle(key(KeyCode::Enter));
    s.handle(key(KeyCode::Enter));
    let materials = &form(&s).input().materials;
    assert_eq!(materials.len(), 1, "{materials:?}");
}

// Who has been here before: earlier intakes beside the form, the open one flagged before
// Ctrl-S and gone on with only with a reason, and the eligibility hints behind F7.

/// An intake for the applicant of [`started`] stored directly, as another window would;
/// its receipt number.
fn earlier_intake(fx: &Fixture, services: &[&str]) -> String {
    use service_desk::domain::DivisionCode;
    use service_desk::domain::application::{ApplicantInput, ApplicationInput};
    let input = ApplicationInput {
        applicant: ApplicantInput {
            name: "乌云其其格".into(),
            id_number: "150102195503071243".into(),
            ..ApplicantInput::default()
        },
        services: services.iter().map(|s| s.to_string()).collect(),
        channel: "counter".into(),
        ..ApplicationInput::default()
    };
    let centre = DivisionCode::parse("150102").unwrap();
    intake::submit(&fx.desk, &fx.context(), &centre, &input)
        .expect("the earlier intake is stored")
        .number
        .to_string()
}

#[test]
fn earlier_intakes_show_under_a_whole_id_number() {
    let fx = common::desk();
    let receipt = earlier_intake(&fx, &["SOC-01"]);
    let mut s = session(&fx, Lang::Zh, Some("150102"));
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    s.handle(key(KeyCode::Tab));
    typed(&mut s, "15010219550307124");
    assert!(
        !text(&s).contains("此前受理"),
        "not before the number is whole"
    );
    typed(&mut s, "3");
    let shown = text(&s);
    assert!(shown.contains("此前受理 1 件，其中在办 1 件"), "{shown}");
    assert!(
        shown.contains(&format!(
            "{receipt} 2025-12-02 [已受理] SOC-01 最低生活保障"
        )),
        "{shown}"
    );
    assert!(
        !shown.contains("乌云其其格 150102"),
        "the list names nobody"
    );
}

#[test]
fn a_person_is_looked_up_once_per_whole_id_number_not_per_key_or_frame() {
    let fx = common::desk();
    earlier_intake(&fx, &["SOC-01"]);
    let mut s = started(&fx, Lang::Zh, Some("150102"));
    assert!(text(&s).contains("此前受理 1 件"), "{}", text(&s));
    // Another window stores a second intake; keys and frames here do not look again.
    earlier_intake(&fx, &["HOU-01"]);
    s.handle(key(KeyCode::Tab));
    typed(&mut s, "139");
    s.handle(key(KeyCode::BackTab));
    assert!(text(&s).contains("此前受理 1 件"), "{}", text(&s));
    // The number changed and whole again: looked up afresh.
    s.handle(key(KeyCode::Backspace));
    assert!(!text(&s).contains("此前受理"), "{}", text(&s));
    typed(&mut s, "3");
    assert!(
        text(&s).contains("此前受理 2 件，其中在办 2 件"),
        "{}",
        text(&s)
    );
}

#[test]
fn an_open_intake_of_the_same_service_is_stored_again_only_with_a_reason() {
    let fx = common::desk();
    let open = earlier_intake(&fx, &["SOC-01"]);
    let mut s = started(&fx, Lang::Zh, Some("150102"));
    add_dibao(&mut s);
    let shown = text(&s);
    assert!(
        shown.contains(&format!("本人此项尚有在办受理：{open}")),
        "{shown}"
    );
    assert!(shown.contains("Ctrl-S 本人同一事项尚在办理"), "{shown}");
    s.handle(ctrl('s'));
    assert!(form(&s).reason_prompt().is_some(), "asked why");
    let asked = text(&s);
    assert!(asked.contains("申请人同一事项尚有受理在办"), "{asked}");
    assert!(asked.contains(&open), "the open receipt is named:\n{asked}");
    // No reason, no intake.
    s.handle(key(KeyCode::Enter));
    assert!(text(&s).contains("请填写理由后再按 Enter"), "{}", text(&s));
    typed(&mut s, "   ");
    s.handle(key(KeyCode::Enter));
    assert!(s.find::<ReceiptScreen>().is_none());
    typed(&mut s, "原申请材料遗失，重新申请");
    s.handle(key(KeyCode::Enter));
    let receipt = s
        .find::<ReceiptScreen>()
        .expect("stored once the reason is given")
        .receipt()
        .clone();
    assert_eq!(receipt.number.to_string(), "150102-20251202-0002");
    let stored = intake::show(
        &fx.desk,
        &fx.context(),
        &receipt.number,
        intake::Viewing::Details,
    )
    .unwrap()
    .unwrap();
    assert_eq!(
        stored.application.personal.notes,
        format!("【重复受理说明】在办：{open}；理由：原申请材料遗失，重新申请")
    );
}

#[test]
fn esc_on_the_reason_goes_back_to_the_form_and_another_service_is_not_asked_about() {
    let fx = common::desk();
    earlier_intake(&fx, &["SOC-01"]);
    let mut s = started(&fx, Lang::Zh, Some("150102"));
    add_dibao(&mut s);
    s.handle(ctrl('s'));
    typed(&mut s, "x");
    s.handle(key(KeyCode::Esc));
    assert!(form(&s).reason_prompt().is_none());
    assert!(s.find::<ReceiptScreen>().is_none(), "nothing stored");
    assert_eq!(form(&s).input().notes, "", "the reason is not kept");
    // Without SOC-01, and with 公租房 instead, Ctrl-S stores at once.
    while form(&s).focus() != Stop::Service(0) {
        s.handle(key(KeyCode::BackTab));
    }
    s.handle(key(KeyCode::Delete));
    while form(&s).focus() != Stop::ServiceSearch {
        s.handle(key(KeyCode::Tab));
    }
    typed(&mut s, "gongzufang");
    s.handle(key(KeyCode::Enter));
    assert_eq!(form(&s).input().services, ["HOU-01"]);
    s.handle(ctrl('s'));
    assert!(s.find::<ReceiptScreen>().is_some(), "{}", text(&s));
}

#[test]
fn f7_opens_the_hints_with_their_sources_and_enter_adds_one() {
    let fx = common::desk();
    let mut s = started(&fx, Lang::Zh, Some("150102"));
    let shown = text(&s);
    assert!(
        shown.contains("F7 可能符合、尚未申请 2 项：HEA-07"),
        "{shown}"
    );
    s.handle(key(KeyCode::F(7)));
    assert_eq!(form(&s).hints_open(), Some(0));
    let panel = text(&s);
    assert!(panel.contains("HEA-07 老年人健康管理"), "{panel}");
    assert!(panel.contains("服务对象：65岁及以上常住居民"), "{panel}");
    assert!(
        panel.contains("出处：《2018年国家基本公共卫生服务项目一览表》"),
        "{panel}"
    );
    s.handle(key(KeyCode::Enter));
    assert_eq!(form(&s).input().services, ["HEA-07"]);
    let left: Vec<String> = form(&s)
        .hints()
        .iter()
        .map(|h| h.item.to_string())
        .collect();
    assert_eq!(left, ["HEA-12"]);
    s.handle(key(KeyCode::Esc));
    assert_eq!(form(&s).hints_open(), None);
    assert!(
        s.find::<IntakeScreen>().is_some(),
        "Esc closed the hints, not the form"
    );
    // Ticking 低保 hints the assistance it opens.
    while form(&s).focus() != Stop::Fact(service_desk::domain::application::Fact::Dibao) {
        s.handle(key(KeyCode::Tab));
    }
    s.handle(key(KeyCode::Char(' ')));
    let items: Vec<String> = form(&s)
        .hints()
        .iter()
        .map(|h| h.item.to_string())
        .collect();
    assert_eq!(items, ["SOC-03", "INS-05", "HEA-12"]);
}

#[test]
fn f7_without_hints_says_so() {
    let fx = common::desk();
    let mut s = session(&fx, Lang::Zh, Some("150102"));
    common::press_signed_in(&mut s, key(KeyCode::F(4)));
    s.handle(key(KeyCode::Tab));
    typed(&mut s, "11010519891231002X");
    assert!(form(&s).hints().is_empty());
    s.handle(key(KeyCode::F(7)));
    assert_eq!(form(&s).hints_open(), None);
    assert!(
        text(&s).contains("没有可能符合而尚未申请的服务项目"),
        "{}",
        text(&s)
    );
}

/// The form with an earlier open intake and hints, in `lang`.
fn seen_before(lang: Lang) -> (Fixture, Session) {
    let fx = common::desk();
    earlier_intake(&fx, &["SOC-01"]);
    earlier_intake(&fx, &["HEA-07", "SOC-07"]);
    let s = started(&fx, lang, Some("150102"));
    (fx, s)
}

#[test]
fn the_form_with_earlier_intakes_and_hints_at_80x24_in_chinese() {
    let (_fx, s) = seen_before(Lang::Zh);
    insta::assert_snapshot!(snapshot(&s));
}

#[test]
fn the_form_with_earlier_intakes_and_hints_at_80x24_in_mongolian() {
    let (_fx, s) = seen_before(Lang::Mn);
    insta::assert_snapshot!(snapshot(&s));
}

#[test]
fn the_hints_opened_at_80x24_in_both_languages() {
    for lang in [Lang::Zh, Lang::Mn] {
        let (_fx, mut s) = seen_before(lang);
        s.handle(key(KeyCode::F(7)));
        insta::assert_snapshot!(format!("hints-{}", lang.tag()), snapshot(&s));
    }
}

#[test]
fn the_reason_asked_at_80x24_in_both_languages() {
    for lang in [Lang::Zh, Lang::Mn] {
        let (_fx, mut s) = seen_before(lang);
        add_dibao(&mut s);
        s.handle(ctrl('s'));
        typed(&mut s, "补交材料");
        insta::assert_snapshot!(format!("reason-{}", lang.tag()), snapshot(&s));
    }
}

#[test]
fn ctrl_s_with_the_hints_open_saves_as_the_form_would() {
    let fx = common::desk();
    let mut s = started(&fx, Lang::Zh, Some("150102"));
    s.handle(key(KeyCode::F(7)));
    s.handle(key(KeyCode::Enter)); // HEA-07: the form is whole now
    assert_eq!(form(&s).hints_open(), Some(0));
    s.handle(ctrl('s'));
    let receipt = s.find::<ReceiptScreen>().expect("stored");
    assert_eq!(receipt.receipt().record.application.services, ["HEA-07"]);
}

#[test]
fn a_reason_that_the_notes_have_no_room_for_is_told_before_anything_is_stored() {
    let fx = common::desk();
    earlier_intake(&fx, &["SOC-01"]);
    let mut s = started(&fx, Lang::Zh, Some("150102"));
    add_dibao(&mut s);
    while form(&s).focus() != Stop::Text(Field::Notes) {
        s.handle(key(KeyCode::Tab));
    }
    s.handle(Input::Paste("备".repeat(480)));
    s.handle(ctrl('s'));
    typed(&mut s, "原件遗失重新申请");
    s.handle(key(KeyCode::Enter));
    assert!(text(&s).contains("放不下理由"), "{}", text(&s));
    assert!(s.find::<ReceiptScreen>().is_none());
    // Notes shortened, the same reason goes through.
    s.handle(key(KeyCode::Esc));
    while form(&s).focus() != Stop::Text(Field::Notes) {
        s.handle(key(KeyCode::Tab));
    }
    s.handle(ctrl('u'));
    s.handle(ctrl('s'));
    typed(&mut s, "原件遗失重新申请");
    s.handle(key(KeyCode::Enter));
    assert!(s.find::<ReceiptScreen>().is_some(), "{}", text(&s));
}

#[test]
fn many_open_intakes_are_named_three_and_counted_so_the_question_still_fits() {
    let fx = common::desk();
    for _ in 0..5 {
        earlier_intake(&fx, &["SOC-01"]);
    }
    let mut s = started(&fx, Lang::Zh, Some("150102"));
    add_dibao(&mut s);
    s.handle(ctrl('s'));
    let asked = text(&s);
    assert!(asked.contains("150102-20251202-0003 等 5 件"), "{asked}");
    assert!(asked.contains("理由 ›"), "{asked}");
    typed(&mut s, "r");
    s.handle(key(KeyCode::Enter));
    let receipt = s.find::<ReceiptScreen>().expect("stored").receipt();
    let notes = &receipt.record.application.personal.notes;
    assert!(notes.ends_with("等 5 件；理由：r"), "{notes}");
}
