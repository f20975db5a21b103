//! The terminal front end. A `Session` holds one clerk's screens and language and turns input
//! into state (`Session::handle`); `render` draws it; a driver runs it over a transport (the
//! local terminal today). Keys → key tables → `Action` → the session or the screen on top.
pub mod action;
pub mod driver;
pub mod gate;
pub mod glyphs;
pub mod hall;
pub mod input;
pub mod keymap;
pub mod keys;
pub mod layout;
pub mod render;
pub mod screen;
pub mod screens;
pub mod session;
pub mod theme;
pub mod widgets;

pub use action::Action;
pub use driver::Ending;
pub use hall::Hall;
pub use input::Input;
pub use keys::{Key, KeyCode, Mods};
pub use render::render;
pub use session::{Effect, Session, Shared};

use keymap::Binding;

/// Every key table, for the checks that each description exists in both languages.
pub fn key_tables() -> [&'static [Binding]; 14] {
    [
        keymap::GLOBAL_FIRST,
        keymap::GLOBAL_LAST,
        screens::catalogue::KEYS,
        screens::drafts::KEYS,
        screens::help::KEYS,
        screens::intake::KEYS,
        screens::login::KEYS,
        screens::receipt::KEYS,
        screens::stats::KEYS,
        screens::records::KEYS,
        screens::records::DETAIL_KEYS,
        screens::records::NOTE_KEYS,
        screens::records::RATING_KEYS,
        screens::records::PANEL_KEYS,
    ]
}

/// Why the TUI cannot run on this process's terminal, as a message id; `None` when it can.
pub fn unusable_terminal() -> Option<&'static str> {
    #[cfg(unix)]
    return driver::local::check();
    #[cfg(not(unix))]
    return Some("common-error-not-a-terminal");
}

/// Runs one session on this process's terminal in `lang` until the clerk quits, or a signal
/// or hang-up ends it; the terminal is restored in every case.
#[cfg(unix)]
pub fn run(
    shared: &Shared,
    hall: std::sync::Arc<hall::Hall>,
    lang: crate::domain::Lang,
) -> std::io::Result<Ending> {
    driver::local::run(shared, hall, lang)
}
