//! The TUI rendered to a `TestBackend`: insta snapshots at 80×24 in both languages, and the
//! behaviour a clerk relies on (search, language switch, help, tiny windows).
mod common;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use service_desk::domain::Lang;
use service_desk::i18n::Localizer;
use service_desk::tui::{Action, App, ui};
use unicode_width::UnicodeWidthStr;

/// The screen as text, one line per row; a wide character's hidden second cell is skipped.
fn screen(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| ui::render(app, f)).unwrap();
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut x = 0;
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
    app.update(Action::PrevPane); // to the domain pane
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
    app.update(Action::PageDown);
    let shown = screen(&app, 80, 24);
    assert!(shown.contains("重点优抚对象集中供养"), "{shown}");
    app.update(Action::Back);
    app.update(Action::Back);
    assert_eq!(
        app.catalogue.domain_filter(),
        None,
        "Esc drops the domain filter"
    );
}

#[test]
fn unspecified_fields_say_so_in_the_current_language() {
    let fx = common::desk();
    let cat = fx.desk.catalogue();
    let (index, _) = cat
        .items
        .iter()
        .enumerate()
        .find(|(_, i)| i.department.is_none())
        .expect("some item has no lead department in any source");
    let mut l10n = Localizer::new(Lang::Zh).unwrap();
    let mut app = App::new(&fx.desk, &mut l10n, 80, 24);
    for _ in 0..index {
        app.update(Action::Down);
    }
    app.update(Action::Choose);
    for _ in 0..40 {
        app.update(Action::Down);
    }
    let mut seen = String::new();
    for _ in 0..6 {
        seen.push_str(&screen(&app, 80, 24));
        app.update(Action::Up);
        app.update(Action::Up);
        app.update(Action::Up);
    }
    assert!(seen.contains("清单未作规定"), "{seen}");
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
