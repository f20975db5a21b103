//! The session core drawn to a `TestBackend`: insta snapshots at 80×24 in both languages
//! (text, cursor and styles), and the behaviour a clerk relies on (search, language switch,
//! help, tiny windows, keys that must change nothing).
mod common;

use common::{snapshot, text, text_from};
use ratatui::layout::Size;
use service_desk::domain::Lang;
use service_desk::tui::screens::catalogue::{CatalogueScreen, Pane};
use service_desk::tui::screens::help::HelpScreen;
use service_desk::tui::{Action, Effect, Input, Key, KeyCode, Mods, Session};

fn key(code: KeyCode) -> Input {
    Input::Key(Key::plain(code))
}

fn ctrl(c: char) -> Input {
    Input::Key(Key::ctrl(c))
}

fn typed(session: &mut Session, text: &str) {
    for c in text.chars() {
        session.handle(key(KeyCode::Char(c)));
    }
}

fn catalogue(session: &Session) -> &CatalogueScreen {
    session
        .find::<CatalogueScreen>()
        .expect("the catalogue is always there")
}

fn selected(session: &Session) -> Option<String> {
    catalogue(session).selected_id().map(|id| id.to_string())
}

fn help_open(session: &Session) -> bool {
    session.find::<HelpScreen>().is_some()
}

/// The detail pane at 80×24: columns 50 and up.
fn detail_pane(session: &Session) -> String {
    text_from(common::draw(session).backend().buffer(), 50)
}

#[test]
fn catalogue_at_80x24_in_chinese() {
    let fx = common::desk();
    insta::assert_snapshot!(snapshot(&fx.session(Lang::Zh, 80, 24)));
}

#[test]
fn catalogue_at_80x24_in_mongolian() {
    let fx = common::desk();
    insta::assert_snapshot!(snapshot(&fx.session(Lang::Mn, 80, 24)));
}

#[test]
fn search_for_dibao_at_80x24() {
    let fx = common::desk();
    let mut s = fx.session(Lang::Zh, 80, 24);
    typed(&mut s, "dibao");
    insta::assert_snapshot!(snapshot(&s));
    assert_eq!(selected(&s).as_deref(), Some("SOC-01"));
}

#[test]
fn the_cursor_sits_at_the_caret_after_wide_characters() {
    let fx = common::desk();
    let mut s = fx.session(Lang::Zh, 80, 24);
    typed(&mut s, "低保");
    let terminal = common::draw(&s);
    let backend = terminal.backend();
    assert!(backend.cursor_visible());
    // `搜索 › ` is 7 cells, 低保 another 4.
    assert_eq!(
        (backend.cursor_position().x, backend.cursor_position().y),
        (11, 1)
    );
    s.handle(key(KeyCode::Tab));
    assert!(
        !common::draw(&s).backend().cursor_visible(),
        "no caret outside the search line"
    );
}

#[test]
fn f2_switches_everything_including_catalogue_text() {
    let fx = common::desk();
    let mut s = fx.session(Lang::Zh, 80, 24);
    let before = text(&s);
    assert!(before.contains("免费义务教育"));
    s.handle(key(KeyCode::F(2)));
    assert_eq!(s.lang(), Lang::Mn);
    assert_eq!(
        s.context().lang,
        Lang::Mn,
        "service calls follow the switch"
    );
    let after = text(&s);
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
    s.handle(key(KeyCode::F(2)));
    assert_eq!(text(&s), before);
}

#[test]
fn help_is_generated_from_the_key_tables_in_both_languages() {
    let fx = common::desk();
    for lang in Lang::ALL {
        let mut s = fx.session(lang, 80, 24);
        s.handle(key(KeyCode::F(1)));
        assert!(help_open(&s));
        insta::assert_snapshot!(format!("help_{}", lang.tag()), snapshot(&s));
        // The rows past the first page are read scrolled to the end.
        let mut shown = text(&s);
        s.handle(key(KeyCode::End));
        shown.push_str(&text(&s));
        for label in ["F1", "F2", "Ctrl-Q", "PgDn", "Esc", "Up / k", "F7", "F8"] {
            assert!(shown.contains(label), "{label} missing from help:\n{shown}");
        }
        s.handle(key(KeyCode::Esc));
        assert!(!help_open(&s));
        s.handle(key(KeyCode::F(1)));
        s.handle(key(KeyCode::F(1)));
        assert!(!help_open(&s), "F1 closes what F1 opened");
    }
}

#[test]
fn help_keeps_the_language_switch_and_f3_goes_back_to_the_catalogue() {
    let fx = common::desk();
    let mut s = fx.session(Lang::Zh, 80, 24);
    s.handle(key(KeyCode::F(1)));
    s.handle(key(KeyCode::F(2)));
    assert!(help_open(&s), "switching language keeps help open");
    assert!(text(&s).contains("ᠳᠠᠷᠤᠭᠤᠯ"));
    s.handle(key(KeyCode::F(3)));
    assert!(!help_open(&s));
    assert_eq!(s.screens().len(), 1);
}

#[test]
fn a_tiny_window_gets_a_polite_notice_not_a_panic() {
    let fx = common::desk();
    let s = fx.session(Lang::Zh, 40, 10);
    let shown = text(&s);
    assert!(shown.contains("窗口太小"), "{shown}");
    for (w, h) in [(1, 1), (5, 2), (59, 24), (80, 15), (200, 3)] {
        let mut s = fx.session(Lang::Mn, w, h);
        s.handle(key(KeyCode::PageDown));
        s.handle(key(KeyCode::F(1)));
        s.handle(key(KeyCode::End));
        text(&s);
    }
}

#[test]
fn narrow_window_puts_the_record_below() {
    let fx = common::desk();
    insta::assert_snapshot!(snapshot(&fx.session(Lang::Zh, 60, 20)));
}

#[test]
fn a_resize_lays_the_screen_out_again() {
    let fx = common::desk();
    let mut s = fx.session(Lang::Zh, 80, 24);
    s.handle(Input::Resize(Size::new(60, 20)));
    assert_eq!(s.size(), Size::new(60, 20));
    assert_eq!(text(&s), text(&fx.session(Lang::Zh, 60, 20)));
}

#[test]
fn keys_walk_domains_items_and_detail() {
    let fx = common::desk();
    let mut s = fx.session(Lang::Zh, 80, 24);
    s.handle(Input::Key(Key::plain(KeyCode::BackTab).with(Mods::SHIFT)));
    for _ in 0..5 {
        s.handle(key(KeyCode::Down));
    }
    assert_eq!(
        catalogue(&s).domain_filter().map(|d| d.as_str()),
        Some("SOC")
    );
    s.handle(key(KeyCode::Enter));
    s.handle(key(KeyCode::End));
    assert_eq!(selected(&s).as_deref(), Some("SOC-13"));
    s.handle(key(KeyCode::Enter));
    let top = detail_pane(&s);
    assert!(top.contains("重点优抚对象集中供养"), "{top}");
    s.handle(key(KeyCode::PageDown));
    let paged = detail_pane(&s);
    assert_ne!(top, paged, "PageDown scrolls the record");
    assert!(
        !paged
            .lines()
            .nth(1)
            .unwrap_or("")
            .contains("重点优抚对象集中供养"),
        "{paged}"
    );
    s.handle(key(KeyCode::Esc));
    s.handle(key(KeyCode::Esc));
    assert_eq!(
        catalogue(&s).domain_filter(),
        None,
        "Esc drops the domain filter"
    );
}

#[test]
fn the_record_scroll_stops_at_its_end() {
    let fx = common::desk();
    let mut s = fx.session(Lang::Mn, 80, 24);
    s.perform(Action::Choose);
    s.perform(Action::End);
    let bottom = detail_pane(&s);
    s.perform(Action::PageDown);
    assert_eq!(detail_pane(&s), bottom, "nothing past the end");
    s.perform(Action::Up);
    assert_ne!(detail_pane(&s), bottom, "one Up from the end moves at once");
}

#[test]
fn unspecified_fields_say_so_in_the_current_language() {
    let fx = common::desk();
    // EDU-01, shown first, names no lead department in any source.
    assert!(fx.desk.catalogue().items[0].department.is_none());
    for lang in Lang::ALL {
        let note = common::texts().format(lang, "catalogue-not-specified", &[]);
        let mut s = fx.session(lang, 80, 24);
        s.perform(Action::Choose);
        let mut shown = detail_pane(&s);
        for _ in 0..5 {
            s.perform(Action::PageDown);
            shown.push_str(&detail_pane(&s));
        }
        assert!(shown.contains(&note), "{}: {shown}", lang.tag());
    }
}

#[test]
fn typing_goes_straight_to_the_search() {
    let fx = common::desk();
    let mut s = fx.session(Lang::Zh, 80, 24);
    typed(&mut s, "jiuye");
    assert_eq!(catalogue(&s).query, "jiuye");
    assert_eq!(
        catalogue(&s).selected_id().map(|id| id.domain.as_str()),
        Some("EMP")
    );
}

#[test]
fn help_scrolls_in_a_small_window() {
    let fx = common::desk();
    let mut s = fx.session(Lang::Zh, 60, 16);
    s.handle(key(KeyCode::F(1)));
    assert!(
        !text(&s).contains("Ctrl-Q"),
        "the last row is below the fold"
    );
    s.handle(key(KeyCode::End));
    assert!(help_open(&s), "movement keys keep help open");
    assert!(text(&s).contains("Ctrl-Q"), "and scroll it into view");
    s.handle(key(KeyCode::Enter));
    assert!(!help_open(&s), "other keys close it");
}

#[test]
fn pasted_escape_sequences_never_reach_the_screen() {
    let fx = common::desk();
    let mut s = fx.session(Lang::Zh, 80, 24);
    s.handle(Input::Paste("低\u{1b}[2J\u{1b}]0;x\u{7}保".into()));
    assert_eq!(catalogue(&s).query, "低保");
    s.handle(Input::Paste("字".repeat(10_000)));
    assert_eq!(
        catalogue(&s).query.chars().count(),
        100,
        "the query is capped"
    );
    text(&s);
}

#[test]
fn backspace_and_ctrl_u_on_an_empty_query_change_nothing() {
    let fx = common::desk();
    let mut s = fx.session(Lang::Zh, 80, 24);
    s.handle(key(KeyCode::Down));
    s.handle(key(KeyCode::Down));
    s.handle(key(KeyCode::Tab));
    assert_eq!(catalogue(&s).focus, Pane::Items);
    s.handle(key(KeyCode::Enter));
    assert_eq!(catalogue(&s).focus, Pane::Detail);
    s.handle(key(KeyCode::PageDown));
    let before = snapshot(&s);
    let state = format!("{:?}", catalogue(&s));
    for input in [key(KeyCode::Backspace), ctrl('u'), key(KeyCode::Backspace)] {
        s.handle(input);
        assert_eq!(format!("{:?}", catalogue(&s)), state);
        assert_eq!(snapshot(&s), before);
    }
}

#[test]
fn a_query_typed_and_taken_back_in_one_burst_keeps_the_selection() {
    let fx = common::desk();
    let mut s = fx.session(Lang::Zh, 80, 24);
    s.handle(key(KeyCode::Down));
    let burst = [
        key(KeyCode::Char('x')),
        key(KeyCode::Char('y')),
        key(KeyCode::Backspace),
        key(KeyCode::Backspace),
    ];
    s.handle_all(burst);
    assert_eq!(selected(&s).as_deref(), Some("EDU-02"));
    // A burst that changes the query searches once, at its end.
    s.handle_all("dibao".chars().map(|c| key(KeyCode::Char(c))));
    assert_eq!(selected(&s).as_deref(), Some("SOC-01"));
}

#[test]
fn f5_opens_the_records_after_a_sign_in_and_quit_is_an_effect() {
    let fx = common::desk();
    let mut s = fx.session(Lang::Zh, 80, 24);
    // F5 asks for a sign-in first, then opens the records.
    common::press_signed_in(&mut s, key(KeyCode::F(5)));
    assert!(
        s.find::<service_desk::tui::screens::records::RecordsScreen>()
            .is_some()
    );
    s.handle(ctrl('s'));
    let note = common::texts().format(Lang::Zh, "common-nothing-to-save", &[]);
    assert!(text(&s).contains(&note[..9]));
    assert_eq!(s.handle(ctrl('q')), vec![Effect::Quit]);
    assert_eq!(
        s.handle_all([ctrl('c'), key(KeyCode::F(2))]),
        vec![Effect::Quit]
    );
    assert_eq!(s.lang(), Lang::Zh, "nothing after a quit is done");
}

#[test]
fn a_store_written_by_a_newer_version_is_told_in_the_hint_bar() {
    use service_desk::domain::seed;
    use service_desk::service::{Desk, OpenOptions};
    use service_desk::store::{Store, catalogue::install_seed};
    let dir = tempfile::tempdir().unwrap();
    let embedded = seed::embedded().unwrap();
    {
        let store = Store::open(dir.path(), &OpenOptions::default()).unwrap();
        let mut newer = embedded.catalogue.clone();
        newer.items.pop();
        install_seed(&store, &newer, embedded.revision + 1, &[9; 32]).unwrap();
    }
    let fx = common::Fixture {
        desk: std::sync::Arc::new(Desk::open(dir.path(), &OpenOptions::default()).unwrap()),
        dir,
    };
    for lang in Lang::ALL {
        let mut s = fx.session(lang, 80, 24);
        let note = common::texts().format(lang, "cli-notice-newer-store", &[]);
        let head: String = note.chars().take(8).collect();
        assert!(
            text(&s).lines().last().unwrap().contains(&head),
            "{}",
            text(&s)
        );
        s.handle(key(KeyCode::Down));
        assert!(!text(&s).contains(&head));
    }
}

#[test]
fn the_context_carries_the_clock_it_was_given() {
    let fx = common::desk();
    let s = fx.signed_session(Lang::Mn, 80, 24);
    assert_eq!(s.context().now(), common::fixed_time());
    let operator = s.context().operator.as_ref().map(|o| o.name.as_str());
    assert_eq!(operator, Some(common::OPERATOR));
}

#[test]
fn sessions_can_move_between_threads() {
    fn send<T: Send>() {}
    fn send_sync<T: Send + Sync>() {}
    send::<Session>();
    send_sync::<service_desk::tui::Shared>();
}

#[test]
fn the_more_below_mark_shows_even_when_the_last_row_is_full() {
    let fx = common::desk();
    let items = fx.desk.catalogue().items.len();
    for lang in Lang::ALL {
        let mut s = fx.session(lang, 80, 24);
        s.perform(Action::Back);
        let mut marked = 0;
        for _ in 0..items {
            let frame = common::draw(&s);
            let buffer = frame.backend().buffer();
            let (mark, before) = (&buffer[(79, 22)], &buffer[(78, 22)]);
            let id = selected(&s);
            // Scrolling one line shows whether more of the record is below.
            s.perform(Action::NextPane);
            s.perform(Action::Down);
            if catalogue(&s).detail_scroll > 0 {
                marked += 1;
                assert_eq!(mark.symbol(), "▾", "{id:?} in {}", lang.tag());
                assert_eq!(
                    unicode_width::UnicodeWidthStr::width(before.symbol()),
                    1,
                    "{id:?}: nothing wide runs into the mark"
                );
            }
            s.perform(Action::PrevPane);
            s.perform(Action::Down);
        }
        assert!(marked > 40, "{marked} records longer than the pane");
    }
}

#[test]
fn no_results_are_said_whole_in_both_languages() {
    let fx = common::desk();
    for lang in Lang::ALL {
        let mut s = fx.session(lang, 80, 24);
        typed(&mut s, "qqqqqq");
        assert!(catalogue(&s).visible().is_empty());
        let items_pane = common::text_from(common::draw(&s).backend().buffer(), 22);
        let shown: String = items_pane
            .lines()
            .skip(3)
            .map(|l| l.split('|').next().unwrap_or_default().trim())
            .collect::<Vec<_>>()
            .join(" ");
        let note = common::texts().format(lang, "catalogue-no-results", &[]);
        for word in note.split_whitespace() {
            assert!(shown.contains(word), "{word:?} missing in {shown:?}");
        }
    }
}

#[test]
fn the_hint_bar_always_says_how_to_quit() {
    let fx = common::desk();
    for lang in Lang::ALL {
        for width in [60, 70, 80] {
            let s = fx.session(lang, width, 16);
            let hints = text(&s).lines().last().unwrap_or_default().to_string();
            assert!(hints.starts_with("F1 "), "{hints}");
            assert!(
                hints.contains("Ctrl-Q "),
                "{} at {width}: {hints}",
                lang.tag()
            );
        }
    }
}

#[test]
fn the_title_keeps_the_count_in_a_narrow_window() {
    let fx = common::desk();
    for lang in Lang::ALL {
        let mut s = fx.session(lang, 60, 16);
        typed(&mut s, "dibao");
        let title = text(&s).lines().next().unwrap_or_default().to_string();
        assert!(title.contains("2/82"), "{title}");
        assert!(title.contains("F2"), "{title}");
    }
}

/// Every glyph the chrome draws, and every interface message, is as wide in a terminal that
/// draws East Asian ambiguous characters wide as in one that draws them narrow.
#[test]
fn every_glyph_the_chrome_draws_has_one_width() {
    use service_desk::i18n::sources;
    use service_desk::tui::glyphs::{ALL, same_width_everywhere};
    for glyph in ALL {
        assert!(same_width_everywhere(glyph), "{glyph:?}");
    }
    for binding in service_desk::tui::key_tables().into_iter().flatten() {
        assert!(
            same_width_everywhere(&binding.label()),
            "{}",
            binding.label()
        );
    }
    for lang in Lang::ALL {
        for (file, source) in sources(lang) {
            if file.ends_with("cli.ftl") {
                continue;
            }
            for line in source.lines().filter(|l| !l.starts_with('#')) {
                let bad: Vec<char> = line
                    .chars()
                    .filter(|c| !same_width_everywhere(&c.to_string()))
                    .collect();
                assert!(bad.is_empty(), "{file}: {bad:?} in {line}");
            }
        }
    }
}

mod driven {
    //! Sessions run by the driver over an in-memory writer, read back through a VT100 model.
    use super::common;
    use ratatui::layout::Size;
    use service_desk::domain::Lang;
    use service_desk::tui::Session;
    use service_desk::tui::driver::{self, Batch, Ending, ScriptedSource, ansi};

    /// Runs `session` over `batches`; the bytes written and how it ended.
    fn run(mut session: Session, batches: Vec<Batch>) -> (Ending, Vec<u8>) {
        let size = session.size();
        let mut source = ScriptedSource::new(batches);
        let mut terminal = driver::terminal(Vec::new(), size).unwrap();
        let ending = driver::run(&mut session, &mut source, &mut terminal).unwrap();
        (ending, terminal.backend().writer().clone())
    }

    /// The last frame: the output up to where the driver left the alternate screen.
    fn last_frame(bytes: &[u8], size: Size) -> vt100::Parser {
        let frames = bytes
            .strip_suffix(ansi::LEAVE)
            .expect("the terminal is given back");
        let mut parser = vt100::Parser::new(size.height, size.width, 0);
        parser.process(frames);
        parser
    }

    /// Frames drawn: each ends by showing or hiding the cursor.
    fn frames(bytes: &[u8]) -> usize {
        let text = String::from_utf8_lossy(bytes);
        text.matches("\u{1b}[?25l").count() + text.matches("\u{1b}[?25h").count()
            - text
                .matches(std::str::from_utf8(ansi::LEAVE).unwrap())
                .count()
    }

    #[test]
    fn two_sessions_in_one_process_each_in_its_own_language() {
        let fx = common::desk();
        let shared = fx.shared();
        let runs = [(Lang::Zh, b"dibao".to_vec()), (Lang::Mn, b"jiuye".to_vec())];
        let screens: Vec<String> = std::thread::scope(|scope| {
            let handles: Vec<_> = runs
                .iter()
                .map(|(lang, typed)| {
                    let session = Session::new(&shared, *lang, Size::new(80, 24));
                    let batches = vec![Batch::bytes(typed.clone())];
                    scope.spawn(move || run(session, batches))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    let (ending, bytes) = h.join().unwrap();
                    assert_eq!(ending, Ending::Hangup);
                    last_frame(&bytes, Size::new(80, 24)).screen().contents()
                })
                .collect()
        });
        assert!(screens[0].contains("[中文]"), "{}", screens[0]);
        assert!(
            screens[0].contains("▸SOC-01 最低生活保障"),
            "{}",
            screens[0]
        );
        assert!(screens[1].contains("[ᠮᠣᠩᠭᠣᠯ]"), "{}", screens[1]);
        assert!(screens[1].contains("▸EMP-"), "{}", screens[1]);
        assert!(!screens[1].contains("服务项目"), "{}", screens[1]);
        assert!(
            std::sync::Arc::strong_count(&fx.desk) >= 2,
            "one desk shared, not copied"
        );
    }

    #[test]
    fn a_burst_is_handled_whole_and_drawn_once() {
        let fx = common::desk();
        let mut burst = [b"a".repeat(60), b"\x15".to_vec()].concat().repeat(60);
        burst.extend_from_slice(b"jiuye");
        let (_, bytes) = run(fx.session(Lang::Zh, 80, 24), vec![Batch::bytes(burst)]);
        assert_eq!(frames(&bytes), 2, "the first frame, then one for the burst");
        let screen = last_frame(&bytes, Size::new(80, 24));
        let line = screen.screen().rows(0, 80).nth(1).unwrap();
        assert!(line.contains("jiuye"), "{line}");
    }

    #[test]
    fn esc_right_before_a_function_key_and_a_lone_esc_after_a_pause() {
        let fx = common::desk();
        let batches = vec![
            Batch::bytes(b"dibao\x1b\x1bOP".to_vec()),
            // Esc at the end of a read, then nothing: the Esc key, once the wait is over.
            Batch::bytes(b"\x1b".to_vec()),
            Batch::default(),
        ];
        let (_, bytes) = run(fx.session(Lang::Zh, 80, 24), batches);
        let contents = last_frame(&bytes, Size::new(80, 24)).screen().contents();
        assert!(
            !contents.contains("Ctrl-Q / Ctrl-C"),
            "help closed:\n{contents}"
        );
        let line = contents.lines().nth(1).unwrap_or_default();
        assert!(!line.contains("OP") && !line.contains("dibao"), "{line}");
    }

    #[test]
    fn quit_and_hangup_both_give_the_terminal_back() {
        let fx = common::desk();
        let (ending, bytes) = run(
            fx.session(Lang::Mn, 80, 24),
            vec![Batch::bytes(b"\x11".to_vec())],
        );
        assert_eq!(ending, Ending::Quit);
        assert!(bytes.starts_with(ansi::ENTER) && bytes.ends_with(ansi::LEAVE));
        let ended = Batch {
            ended: Some(Ending::Signal(15)),
            ..Batch::default()
        };
        let (ending, bytes) = run(fx.session(Lang::Mn, 80, 24), vec![ended]);
        assert_eq!(ending, Ending::Signal(15));
        assert!(bytes.ends_with(ansi::LEAVE));
    }

    /// Where each `ESC [ row ; column H` starts in `text`: every cell a frame draws is placed.
    fn cursor_moves(text: &str) -> Vec<usize> {
        text.match_indices("\u{1b}[")
            .filter(|(at, _)| {
                let rest = &text[at + 2..];
                let end = rest
                    .find(|c: char| !(c.is_ascii_digit() || c == ';'))
                    .unwrap_or(rest.len());
                end > 0 && rest[end..].starts_with('H')
            })
            .map(|(at, _)| at)
            .collect()
    }

    /// A terminal drawing an ambiguous-width character two cells wide in the last column wraps
    /// it onto the next row (in the bottom row, scrolling the screen) unless autowrap is off.
    #[test]
    fn autowrap_is_off_while_frames_are_drawn_and_back_on_after() {
        let fx = common::desk();
        let hangup = Batch {
            ended: Some(Ending::Signal(1)),
            ..Batch::default()
        };
        for batches in [vec![Batch::bytes(b"dibao\x11".to_vec())], vec![hangup]] {
            let (_, bytes) = run(fx.session(Lang::Zh, 80, 24), batches);
            let text = String::from_utf8_lossy(&bytes);
            let moves = cursor_moves(&text);
            let (first, last) = (moves[0], moves[moves.len() - 1]);
            let off = text.find("\u{1b}[?7l").expect("autowrap turned off");
            let on = text.find("\u{1b}[?7h").expect("autowrap turned back on");
            assert!(off < first, "off before the first cell is drawn");
            assert!(on > last, "on only after the last cell is drawn");
            assert!(!text.ends_with("\u{1b}[?7l"));
        }
    }

    #[test]
    fn a_repaint_enters_the_modes_again_and_draws_every_cell() {
        let fx = common::desk();
        let repaint = Batch {
            repaint: true,
            ..Batch::default()
        };
        let (_, bytes) = run(
            fx.session(Lang::Zh, 80, 24),
            vec![Batch::bytes(b"dibao".to_vec()), repaint],
        );
        let text = String::from_utf8_lossy(&bytes);
        let enter = std::str::from_utf8(ansi::ENTER).unwrap();
        let (_, after) = text.rsplit_once(enter).expect("the modes entered again");
        assert!(
            text.matches(enter).count() == 2,
            "once at the start, once again"
        );
        // The title never changed, so only a full redraw writes it again.
        assert!(after.contains("基本公共服务清单"), "{after:?}");
        assert!(after.contains("\u{1b}[2J"), "the screen cleared first");
    }

    #[test]
    fn a_resize_redraws_at_the_new_size() {
        let fx = common::desk();
        let resized = Batch {
            resized: Some(Size::new(60, 20)),
            ..Batch::default()
        };
        let (_, bytes) = run(fx.session(Lang::Zh, 80, 24), vec![resized]);
        let screen = last_frame(&bytes, Size::new(60, 20));
        let trimmed = |s: &str| s.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
        assert_eq!(
            trimmed(&screen.screen().contents()),
            trimmed(&common::text(&fx.session(Lang::Zh, 60, 20)))
        );
    }

    #[test]
    fn frames_use_the_sixteen_named_colours_only() {
        let fx = common::desk();
        let (_, bytes) = run(
            fx.session(Lang::Zh, 80, 24),
            vec![Batch::bytes(b"dibao\t\x1bOP".to_vec())],
        );
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("\u{1b}[0;90m"), "dark grey as bright black");
        for wide in ["38;5;", "48;5;", "38;2;", "48;2;"] {
            assert!(!text.contains(wide), "{wide} in the output");
        }
    }
}

/// A terminal sends Esc and a letter typed at once as Alt and the letter; nothing is bound to
/// Alt, so the session takes them as the two keys: Esc leaves the typed query, then the letter
/// starts a new one. Neither is lost.
#[test]
fn an_esc_typed_at_once_before_a_letter_is_not_lost() {
    let fx = common::desk();
    let mut s = fx.session(Lang::Zh, 80, 24);
    typed(&mut s, "dibao");
    let by_hand = {
        let mut t = fx.session(Lang::Zh, 80, 24);
        typed(&mut t, "dibao");
        t.handle(key(KeyCode::Esc));
        t.handle(key(KeyCode::Char('j')));
        catalogue(&t).query.clone()
    };
    s.handle(Input::Key(Key::plain(KeyCode::Char('j')).with(Mods::ALT)));
    assert_eq!(catalogue(&s).query, by_hand);
    assert_ne!(by_hand, "dibao", "Esc did something the test can see");
}
