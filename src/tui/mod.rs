//! The terminal front end: terminal events → keymap → `Action` → `App::update` → state;
//! `ui::render` only reads state. The terminal is restored on exit and on panic.
use std::io;

use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use ratatui::crossterm::execute;

use crate::i18n::Localizer;
use crate::service::Desk;

pub mod action;
pub mod app;
pub mod keymap;
pub mod screens;
pub mod ui;
pub mod widgets;

pub use action::Action;
pub use app::App;

/// Runs the TUI until the clerk quits. `l10n` keeps the language the clerk ended in.
pub fn run(desk: &Desk, l10n: &mut Localizer) -> io::Result<()> {
    // ratatui::init enters raw mode and the alternate screen and installs a panic hook that
    // restores the terminal before the panic message is printed.
    let mut terminal = ratatui::try_init()?;
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    disable_paste_on_panic();
    let result = event_loop(&mut terminal, desk, l10n);
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::try_restore()?;
    result
}

/// ratatui's hook leaves raw mode and the alternate screen on a panic; bracketed paste,
/// which it did not turn on, must be turned off too or the shell receives paste markers.
fn disable_paste_on_panic() {
    let restore_terminal = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableBracketedPaste);
        restore_terminal(info);
    }));
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    desk: &Desk,
    l10n: &mut Localizer,
) -> io::Result<()> {
    let size = terminal.size()?;
    let mut app = App::new(desk, l10n, size.width, size.height);
    while !app.should_quit() {
        terminal.draw(|frame| ui::render(&app, frame))?;
        if let Some(action) = to_action(event::read()?, app.is_typing()) {
            app.update(action);
        }
    }
    Ok(())
}

/// Maps one terminal event to an action; pasted text is cleaned before it goes anywhere.
fn to_action(event: Event, typing: bool) -> Option<Action> {
    match event {
        Event::Key(key) => keymap::resolve(&key, typing),
        Event::Paste(text) => Some(Action::Insert(crate::domain::text::clean_input(&text))),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        _ => None,
    }
}
