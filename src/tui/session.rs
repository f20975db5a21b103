//! One clerk's session, with no transport: a stack of screens, the language, the window size
//! and the context for service calls. Input goes in (`handle`), effects come out; `render`
//! draws it. Many sessions can run in one process, each in its own language, sharing the
//! desk and the texts.
use std::sync::Arc;

use ratatui::layout::{Rect, Size};

use super::action::Action;
use super::hall::Hall;
use super::input::Input;
use super::keymap;
use super::keys::{Key, KeyCode, Mods};
use super::layout;
use super::screen::{Ctx, Notice, Outcome, Screen};
use super::screens::catalogue::CatalogueScreen;
use super::screens::drafts::{DraftsScreen, Offer};
use super::screens::help::HelpScreen;
use super::screens::intake::IntakeScreen;
use super::theme::Theme;
use crate::domain::text::clean_input;
use crate::domain::{ItemId, Lang};
use crate::i18n::{Localizer, Texts};
use crate::service::Desk;
use crate::service::context::{Clock, Context};
use crate::service::drafts::owner_of;

/// What every session shares, built once per process: the desk (store, catalogue, search
/// index), the texts of both languages, and the clock.
#[derive(Clone)]
pub struct Shared {
    pub desk: Arc<Desk>,
    pub texts: Arc<Texts>,
    pub clock: Arc<dyn Clock>,
}

/// What a session asks of whatever runs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// The clerk asked to leave.
    Quit,
}

/// What every screen of a session is given: the desk, the texts in the session's language,
/// the context for service calls, the look, and the window size.
struct ScreenEnv {
    desk: Arc<Desk>,
    hall: Arc<Hall>,
    l10n: Localizer,
    context: Context,
    theme: Theme,
    size: Size,
}

impl ScreenEnv {
    fn ctx(&self, area: Rect, focused: bool) -> Ctx<'_> {
        Ctx {
            desk: &self.desk,
            l10n: &self.l10n,
            context: &self.context,
            theme: &self.theme,
            area,
            focused,
            hall: &self.hall,
        }
    }

    /// The context for handling or settling `screen`: where it is drawn at the current size.
    fn ctx_for(&self, screen: &dyn Screen) -> Ctx<'_> {
        self.ctx(area_for(self.size, screen.overlay()), true)
    }
}

pub struct Session {
    env: ScreenEnv,
    /// Never empty: the catalogue is at the bottom and cannot be closed.
    screens: Vec<Box<dyn Screen>>,
    /// A screen closed with Esc that its key brings back as it was: the intake form.
    parked: Option<Box<dyn Screen>>,
    notice: Option<Notice>,
}

impl Session {
    /// A session at the catalogue; when this window has unfinished intakes, their offer is
    /// on top.
    pub fn new(shared: &Shared, lang: Lang, size: Size) -> Session {
        let mut session = Session::bare(shared, lang, size);
        session.offer_drafts();
        session
    }

    fn bare(shared: &Shared, lang: Lang, size: Size) -> Session {
        Session {
            env: ScreenEnv {
                desk: shared.desk.clone(),
                hall: Arc::new(Hall::unconfigured()),
                l10n: Localizer::shared(shared.texts.clone(), lang),
                context: Context::new(shared.clock.clone(), lang),
                theme: Theme::default(),
                size,
            },
            screens: vec![Box::new(CatalogueScreen::new(&shared.desk))],
            parked: None,
            // What opening the desk found is the first thing the clerk reads.
            notice: shared.desk.notices().first().map(|n| Notice::Desk(*n)),
        }
    }

    pub fn with_theme(mut self, theme: Theme) -> Session {
        self.env.theme = theme;
        self
    }

    /// The hall's configuration this session reads and saves the centre code to. Its window
    /// owns the drafts, so the offer of drafts is made again for it.
    pub fn with_hall(mut self, hall: Arc<Hall>) -> Session {
        self.env.context.window = hall.window();
        self.env.hall = hall;
        self.screens.retain(|s| !s.as_any().is::<DraftsScreen>());
        self.offer_drafts();
        self
    }

    /// The operator signed in for this session: what intakes and drafts are sealed and opened
    /// with. The offer of drafts is made again, now with what they hold.
    pub fn signed_in(mut self, operator: Arc<crate::service::operators::Session>) -> Session {
        self.env.context = self.env.context.clone().signed_in(operator);
        self.screens.retain(|s| !s.as_any().is::<DraftsScreen>());
        self.offer_drafts();
        self
    }

    pub fn hall(&self) -> &Hall {
        &self.env.hall
    }

    /// The intake form kept after Esc, if any.
    pub fn parked(&self) -> Option<&dyn Screen> {
        self.parked.as_deref()
    }

    pub fn lang(&self) -> Lang {
        self.env.l10n.lang()
    }

    pub fn size(&self) -> Size {
        self.env.size
    }

    pub fn theme(&self) -> &Theme {
        &self.env.theme
    }

    pub fn l10n(&self) -> &Localizer {
        &self.env.l10n
    }

    pub fn context(&self) -> &Context {
        &self.env.context
    }

    pub fn notice(&self) -> Option<Notice> {
        self.notice
    }

    /// The screens from the bottom of the stack to the top.
    pub fn screens(&self) -> &[Box<dyn Screen>] {
        &self.screens
    }

    /// The topmost screen of type `T`, for tests and for screens that read another's state.
    pub fn find<T: Screen>(&self) -> Option<&T> {
        self.screens
            .iter()
            .rev()
            .find_map(|s| s.as_any().downcast_ref::<T>())
    }

    /// The intake form, on the stack or kept after Esc: what a draft is taken from.
    pub fn intake_mut(&mut self) -> Option<&mut IntakeScreen> {
        self.screens
            .iter_mut()
            .rev()
            .chain(self.parked.iter_mut())
            .find_map(|s| s.as_any_mut().downcast_mut::<IntakeScreen>())
    }

    /// The context a screen is drawn with into `area`; `focused` when it is on top.
    pub fn ctx(&self, area: Rect, focused: bool) -> Ctx<'_> {
        self.env.ctx(area, focused)
    }

    /// Applies one input and brings the screens up to date.
    pub fn handle(&mut self, input: Input) -> Vec<Effect> {
        self.handle_all([input])
    }

    /// Applies a burst of input, then brings the screens up to date once: a paste or a card
    /// reader costs one search, not one per character. Input after a quit is dropped.
    pub fn handle_all(&mut self, inputs: impl IntoIterator<Item = Input>) -> Vec<Effect> {
        let mut effects = Vec::new();
        for input in inputs {
            effects.extend(self.apply(input));
            if effects.contains(&Effect::Quit) {
                break;
            }
        }
        self.settle();
        effects
    }

    /// Does `action` as if its key had been pressed.
    pub fn perform(&mut self, action: Action) -> Vec<Effect> {
        self.notice = None;
        let effects = self.act(action);
        self.settle();
        effects
    }

    /// The connection is going away (hang-up, signal): what must be kept is kept.
    pub fn shutdown(&mut self) -> Vec<Effect> {
        self.flush_drafts();
        Vec::new()
    }

    /// How soon the session wants to settle again with no input: while a form holds changes
    /// not yet saved as its draft, soon, so that the draft is saved after a pause in typing.
    pub fn wake_in(&self) -> Option<std::time::Duration> {
        let pending = self
            .screens
            .iter()
            .filter_map(|s| s.as_any().downcast_ref::<IntakeScreen>())
            .any(IntakeScreen::draft_pending);
        pending.then_some(DRAFT_TICK)
    }

    /// Saves every form's unsaved changes as its draft now (quit, a signal, a hang-up).
    fn flush_drafts(&mut self) {
        let env = &self.env;
        let forms = self.screens.iter_mut().chain(self.parked.iter_mut());
        for screen in forms {
            let ctx = env.ctx_for(screen.as_ref());
            if let Some(form) = screen.as_any_mut().downcast_mut::<IntakeScreen>() {
                form.flush_draft(&ctx);
            }
        }
        self.note_draft_failures();
    }

    /// A failed draft save is told; the form stays as it is in memory.
    fn note_draft_failures(&mut self) {
        let forms = self.screens.iter_mut().chain(self.parked.iter_mut());
        let mut failed = false;
        for screen in forms {
            if let Some(form) = screen.as_any_mut().downcast_mut::<IntakeScreen>() {
                failed |= form.take_draft_failed();
            }
        }
        if failed {
            self.notice = Some(Notice::Message("form-draft-save-failed"));
        }
    }

    /// Puts the offer of this window's drafts on top, if there are any (except `except`, the
    /// open form's own); only damaged ones are told as a notice.
    fn offer_drafts_except(&mut self, except: Option<crate::service::drafts::DraftId>) {
        let owner = owner_of(&self.env.context);
        let signed_in = self.env.context.session.as_deref();
        match DraftsScreen::offer(&self.env.desk, signed_in, owner, except) {
            Offer::Drafts(screen) => self.screens.push(Box::new(screen)),
            Offer::OnlyDamaged => self.notice = Some(Notice::Message("drafts-only-damaged")),
            Offer::Nothing => {}
        }
    }

    fn offer_drafts(&mut self) {
        self.offer_drafts_except(None);
    }

    fn apply(&mut self, input: Input) -> Vec<Effect> {
        self.notice = None;
        match input {
            Input::Resize(size) => {
                self.env.size = size;
                Vec::new()
            }
            Input::Paste(text) => {
                let text = clean_input(&text);
                if text.is_empty() {
                    return Vec::new();
                }
                self.act(Action::Insert(text))
            }
            Input::Key(key) => self.press(key),
        }
    }

    /// Resolves `key` against the top screen's table and acts on it. Nothing is bound to Alt,
    /// and a terminal sends Esc followed at once by a letter exactly as it sends Alt and the
    /// letter: an Alt key that means nothing is the Esc and the key it came with, so a quick
    /// Esc before typing loses neither.
    fn press(&mut self, key: Key) -> Vec<Effect> {
        let Some(top) = self.screens.last() else {
            return Vec::new();
        };
        let action = keymap::resolve(&key, top.keys(), top.typing());
        if action != Action::Other || !key.mods.contains(Mods::ALT) {
            return self.act(action);
        }
        let mut effects = self.press(Key::plain(KeyCode::Esc));
        if !effects.contains(&Effect::Quit) {
            let plain = Key {
                mods: key.mods.without(Mods::ALT),
                ..key
            };
            effects.extend(self.press(plain));
        }
        effects
    }

    /// Global actions here; the rest to the screen on top.
    fn act(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Quit => {
                self.flush_drafts();
                return vec![Effect::Quit];
            }
            Action::Help => self.toggle_help(),
            Action::ToggleLanguage => self.set_lang(self.lang().other()),
            Action::Catalogue => self.close_down_to(1),
            Action::NewIntake => self.open_intake(None),
            Action::Records => self.notice = Some(Notice::NotYetAvailable),
            other => self.pass_to_top(other),
        }
        Vec::new()
    }

    fn set_lang(&mut self, lang: Lang) {
        self.env.l10n.set_lang(lang);
        self.env.context.lang = lang;
    }

    fn toggle_help(&mut self) {
        let help_on_top = self
            .screens
            .last()
            .is_some_and(|s| s.as_any().is::<HelpScreen>());
        if help_on_top {
            self.close_top();
        } else if let Some(top) = self.screens.last() {
            let help = HelpScreen::new(top.keys());
            self.screens.push(Box::new(help));
        }
    }

    /// Closes the top screen (never the catalogue); a form is kept for its key to find.
    fn close_top(&mut self) {
        if self.screens.len() > 1 {
            if let Some(top) = self.screens.pop() {
                if top.keep_when_closed() {
                    self.parked = Some(top);
                }
            }
        }
    }

    fn close_down_to(&mut self, len: usize) {
        while self.screens.len() > len.max(1) {
            self.close_top();
        }
    }

    /// F4, or Enter on a catalogue item: the form on the stack, else the one kept after Esc,
    /// else a new one; with `service` added to what is applied for. F4 on an empty form
    /// offers this window's drafts again.
    fn open_intake(&mut self, service: Option<ItemId>) {
        self.open_form(service);
        if service.is_none() {
            let blank = self.intake_mut().map(|f| (f.is_blank(), f.draft_id()));
            if let Some((true, except)) = blank {
                self.offer_drafts_except(except);
            }
        }
    }

    /// A resumed draft's form in place of the form there was (empty, since the offer is only
    /// made over an empty one), on top of the catalogue.
    fn open_resumed(&mut self, form: Box<dyn Screen>) {
        self.screens
            .retain(|s| !s.as_any().is::<DraftsScreen>() && !s.as_any().is::<IntakeScreen>());
        self.parked = None;
        self.close_down_to(1);
        self.screens.push(form);
    }

    fn open_form(&mut self, service: Option<ItemId>) {
        let on_stack = self
            .screens
            .iter()
            .position(|s| s.as_any().is::<IntakeScreen>());
        match on_stack {
            Some(at) => self.close_down_to(at + 1),
            None => {
                self.close_down_to(1);
                let form = self
                    .parked
                    .take()
                    .unwrap_or_else(|| Box::new(IntakeScreen::new()));
                self.screens.push(form);
            }
        }
        if let Some(id) = service {
            let form = self
                .screens
                .last_mut()
                .and_then(|s| s.as_any_mut().downcast_mut::<IntakeScreen>());
            if let Some(form) = form {
                form.add_service(id);
            }
        }
    }

    fn pass_to_top(&mut self, action: Action) {
        let Some(top) = self.screens.last_mut() else {
            return;
        };
        let ctx = self.env.ctx_for(top.as_ref());
        let unhandled = action.clone();
        match top.handle(&ctx, action) {
            Outcome::Done => {}
            Outcome::Push(screen) => self.screens.push(screen),
            Outcome::Close => self.close_top(),
            Outcome::Replace(screen) => {
                self.screens.pop();
                self.screens.push(screen);
            }
            Outcome::StartIntake(id) => self.open_intake(Some(id)),
            Outcome::OpenForm(form) => self.open_resumed(form),
            Outcome::Notice(notice) => self.notice = Some(notice),
            Outcome::Unhandled => match unhandled {
                Action::Save => self.notice = Some(Notice::NothingToSave),
                Action::Back => self.close_top(),
                _ => {}
            },
        }
    }

    fn settle(&mut self) {
        for screen in &mut self.screens {
            let ctx = self.env.ctx_for(screen.as_ref());
            screen.settle(&ctx);
        }
        self.note_draft_failures();
    }
}

/// How often a session with unsaved form changes wants to settle when no key comes: well
/// under the draft saver's pause, so a draft is saved close to when it is due.
const DRAFT_TICK: std::time::Duration = std::time::Duration::from_millis(100);

/// The body between the bars, or the whole window for an overlay (or when the window is too
/// small to lay out, where nothing but a notice is drawn).
fn area_for(size: Size, overlay: bool) -> Rect {
    let whole = Rect::new(0, 0, size.width, size.height);
    match layout::regions(size) {
        Some(regions) if !overlay => regions.body,
        _ => whole,
    }
}
