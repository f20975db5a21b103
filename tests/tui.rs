//! The TUI rendered to a `TestBackend`: insta snapshots at 80×24 in both languages, and the
//! behaviour a clerk relies on (search, language switch, help, tiny windows).
mod common;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use service_desk::domain::Lang;
use service_desk::i18n::Localizer;
use service_desk::tui::{Action, App, keymap, ui};
use unicode_width::UnicodeWidthStr;

/// The screen as text, one line per row; a wide character's hidden second cell is skipped.
fn screen(app: &App, width: u16, height: u16) -> String {
    columns_from(app, width, height, 0)
}

/// The detail pane at 80×24: columns 50 and up.
fn detail_pane(app: &App) -> String {
    columns_from(app, 80, 24, 50)
}

fn columns_from(app: &App, width: u16, height: u16, first: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| ui::render(app, f)).unwrap();
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut x = first;
        while x < buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            out.push_str(symbol);
            x += (UnicodeWidthStr::width(symbol) as u16).max(1);
        }
        out.push('\n');
    }
    out
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Insert(c.to_string()));
    }
}

#[test]
fn catalogue_at_80x24_in_chinese() {
    let fx = common::desk();
    let mut l10n = Localizer::new(Lang::Zh).unwrap();
    let app = App::new(&fx.desk, &mut l10n, 80, 24);
    insta::assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn catalogue_at_80x24_in_mongolian() {
    let fx = common::desk();
    let mut l10n = Localizer::new(Lang::Mn).unwrap();
    let app = App::new(&fx.desk, &mut l10n, 80, 24);
    insta::assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn search_for_dibao_at_80x24() {
    let fx = common::desk();
    let mut l10n = Localizer::new(Lang::Zh).unwrap();
    let mut app = App::new(&fx.desk, &mut l10n, 80, 24);
    typed(&mut app, "dibao");
    let shown = screen(&app, 80, 24);
    insta::assert_snapshot!(shown);
    assert_eq!(
        app.catalogue
            .selected_id()
            .map(|id| id.to_string())
            .as_deref(),
        Some("SOC-01")
    );
}

#[test]
fn f2_switches_everything_including_catalogue_text() {
    let fx = common::desk();
    let mut l10n = Localizer::new(Lang::Zh).unwrap();
    let mut app = App::new(&fx.desk, &mut l10n, 80, 24);
    let before = screen(&app, 80, 24);
    assert!(before.contains("免费义务教育"));
    app.update(Action::ToggleLanguage);
    let after = screen(&app, 80, 24);
    let edu01_mn = &fx.desk.catalogue().items[0].name.mn;
    let first_word = edu01_mn.split(' ').next().unwrap();
    assert!(
        after.contains(first_word),
        "Mongolian item name on screen:\n{after}"
    );
    assert!(
        !after.contains("免费义务教育"),
        "no Chinese item name left:\n{after}"
    );
    app.update(Action::ToggleLanguage);
    assert_eq!(screen(&app, 80, 24), before);
}

#[test]
fn help_is_generated_from_the_key_table_in_both_languages() {
    let fx = common::desk();
    for lang in Lang::ALL {
        let mut l10n = Localizer::new(lang).unwrap();
        let mut app = App::new(&fx.desk, &mut l10n, 80, 24);
        app.update(Action::Help);
        let shown = screen(&app, 80, 24);
        for key in ["F1", "F2", "Ctrl-Q", "PgDn", "Esc"] {
            assert!(shown.contains(key), "{key} missing from help:\n{shown}");
        }
        insta::assert_snapshot!(format!("help_{}", lang.tag()), shown);
        app.update(Action::Back);
        assert!(!app.show_help);
    }
}

#[test]
fn a_tiny_window_gets_a_polite_notice_not_a_panic() {
    let fx = common::desk();
    let mut l10n = Localizer::new(Lang::Zh).unwrap();
    let app = App::new(&fx.desk, &mut l10n, 40, 10);
    let shown = screen(&app, 40, 10);
    assert!(shown.contains("窗口太小"), "{shown}");
    for (w, h) in [(1, 1), (5, 2), (59, 24), (80, 15), (200, 3)] {
        screen(&app, w, h);
    }
}

#[test]
fn narrow_window_puts_the_record_below() {
    let fx = common::desk();
    let mut l10n = Localizer::new(Lang::Zh).unwrap();
    let app = App::new(&fx.desk, &mut l10n, 60, 20);
    insta::assert_snapshot!(screen(&app, 60, 20));
}

#[test]
fn keys_walk_domains_items_and_detail() {
    let fx = common::desk();
    let mut l10n = Localizer::new(Lang::Zh).unwrap();
    let mut app = App::new(&fx.desk, &mut l10n, 80, 24);
    app.update(Action::PrevPane); // from the search line to the domain pane
    for _ in 0..5 {
        app.update(Action::Down);
    }
    assert_eq!(
        app.catalogue.domain_filter().map(|d| d.as_str()),
        Some("SOC")
    );
    app.update(Action::Choose);
    app.update(Action::End);
    assert_eq!(
        app.catalogue
            .selected_id()
            .map(|id| id.to_string())
            .as_deref(),
        Some("SOC-13")
    );
    app.update(Action::Choose);
    let top = detail_pane(&app);
    assert!(top.contains("重点优抚对象集中供养"), "{top}");
    app.update(Action::PageDown);
    let paged = detail_pane(&app);
    assert_ne!(top, paged, "PageDown scrolls the record");
    assert!(
        !paged
            .lines()
            .nth(1)
            .unwrap_or("")
            .contains("重点优抚对象集中供养"),
        "{paged}"
    );
    app.update(Action::Back);
    app.update(Action::Back);
    assert_eq!(
        app.catalogue.domain_filter(),
        None,
        "Esc drops the domain filter"
    );
}

#[test]
fn the_record_scroll_stops_at_its_end() {
    let fx = common::desk();
    let mut l10n = Localizer::new(Lang::Mn).unwrap();
    let mut app = App::new(&fx.desk, &mut l10n, 80, 24);
    app.update(Action::Choose);
    app.update(Action::End);
    let bottom = detail_pane(&app);
    app.update(Action::PageDown);
    assert_eq!(detail_pane(&app), bottom, "nothing past the end");
    app.update(Action::Up);
    assert_ne!(
        detail_pane(&app),
        bottom,
        "one Up from the end moves at once"
    );
}

#[test]
fn unspecified_fields_say_so_in_the_current_language() {
    let fx = common::desk();
    // EDU-01, shown first, names no lead department in any source.
    assert!(fx.desk.catalogue().items[0].department.is_none());
    for lang in Lang::ALL {
        let mut l10n = Localizer::new(lang).unwrap();
        let note = l10n.t("catalogue-not-specified");
        let mut app = App::new(&fx.desk, &mut l10n, 80, 24);
        app.update(Action::Choose);
        let mut shown = detail_pane(&app);
        for _ in 0..5 {
            app.update(Action::PageDown);
            shown.push_str(&detail_pane(&app));
        }
        assert!(shown.contains(&note), "{}: {shown}", lang.tag());
    }
}

#[test]
fn typing_goes_straight_to_the_search() {
    let fx = common::desk();
    let mut l10n = Localizer::new(Lang::Zh).unwrap();
    let mut app = App::new(&fx.desk, &mut l10n, 80, 24);
    for c in "jiuye".chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        app.update(keymap::resolve(&key, app.is_typing()).unwrap());
    }
    assert_eq!(app.catalogue.query, "jiuye");
    assert_eq!(
        app.catalogue.selected_id().map(|id| id.domain.as_str()),
        Some("EMP")
    );
}

#[test]
fn help_scrolls_in_a_small_window() {
    let fx = common::desk();
    let mut l10n = Localizer::new(Lang::Zh).unwrap();
    let mut app = App::new(&fx.desk, &mut l10n, 60, 16);
    app.update(Action::Help);
    assert!(
        !screen(&app, 60, 16).contains("Ctrl-Q"),
        "the last row is below the fold"
    );
    app.update(Action::End);
    assert!(app.show_help, "movement keys keep help open");
    assert!(
        screen(&app, 60, 16).contains("Ctrl-Q"),
        "and scroll it into view"
    );
    app.update(Action::Choose);
    assert!(!app.show_help, "other keys close it");
}

#[test]
fn pasted_escape_sequences_never_reach_the_screen() {
    let fx = common::desk();
    let mut l10n = Localizer::new(Lang::Zh).unwrap();
    let mut app = App::new(&fx.desk, &mut l10n, 80, 24);
    let pasted = service_desk::domain::text::clean_input("低\u{1b}[2J\u{1b}]0;x\u{7}保");
    app.update(Action::Insert(pasted));
    assert_eq!(app.catalogue.query, "低保");
    app.update(Action::Insert("字".repeat(10_000)));
    assert_eq!(
        app.catalogue.query.chars().count(),
        100,
        "the query is capped"
    );
    screen(&app, 80, 24);
}
