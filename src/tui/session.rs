//! One clerk's session, with no transport: a stack of screens, the language, the window size
//! and the context for service calls. Input goes in (`handle`), effects come out; `render`
//! draws it. Many sessions can run in one process, each in its own language, sharing the
//! desk and the texts.
use std::sync::Arc;
use std::time::{Duration, Instant};

use ratatui::layout::{Rect, Size};

use super::action::Action;
use super::gate::{Answer, Gate, Request, Then};
use super::hall::Hall;
use super::input::Input;
use super::keymap;
use super::keys::{Key, KeyCode, Mods};
use super::layout;
use super::screen::{Ctx, Notice, Outcome, Screen};
use super::screens::catalogue::{CatalogueScreen, ReviseScreen};
use super::screens::drafts::{DraftsScreen, Offer};
use super::screens::help::HelpScreen;
use super::screens::intake::IntakeScreen;
use super::screens::login::{self, LoginMessage, LoginScreen, Purpose, Step};
use super::screens::records::RecordsScreen;
use super::screens::stats::StatsScreen;
use super::theme::Theme;
use crate::domain::operator::{Role, operator_name};
use crate::domain::text::clean_input;
use crate::domain::{ItemId, Lang};
use crate::i18n::{Localizer, Texts};
use crate::service::Desk;
use crate::service::context::{Clock, Context};
use crate::service::drafts::{self, owner_of};
use crate::service::operators::{Operators, Session as Signed};

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
    /// The sign-in form in front of everything: asking for a first sign-in, or locked.
    gate: Option<Gate>,
    /// Who is signed in; kept while the screen is locked (the keys are not).
    operator: Option<SignedIn>,
    /// When the clerk last pressed a key, by the session's clock: what idleness is measured
    /// from.
    last_key: Instant,
}

/// The operator a session is signed in as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedIn {
    pub name: String,
    pub role: Role,
}

impl Session {
    /// A session at the catalogue, signed in as nobody. When this window has unfinished
    /// intakes, a notice says so; they are offered after a sign-in, since they name people.
    pub fn new(shared: &Shared, lang: Lang, size: Size) -> Session {
        let mut session = Session::bare(shared, lang, size);
        session.tell_of_drafts();
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
            gate: None,
            operator: None,
            last_key: shared.clock.instant(),
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
        if self.operator.is_some() {
            self.offer_drafts();
        } else {
            self.tell_of_drafts();
        }
        self
    }

    /// The sign-in form in front of the session (a first sign-in, or the locked screen).
    pub fn login(&self) -> Option<&LoginScreen> {
        self.gate.as_ref().map(|g| &g.screen)
    }

    /// Whether the screen is locked after a pause.
    pub fn locked(&self) -> bool {
        self.gate.as_ref().is_some_and(Gate::locked)
    }

    /// Who is signed in (also while the screen is locked).
    pub fn operator(&self) -> Option<&SignedIn> {
        self.operator.as_ref()
    }

    /// Waits for a sign-in being checked and takes its answer. The driver never calls it
    /// (it polls, and keeps drawing); tests do, rather than waiting on the clock.
    pub fn finish_sign_in(&mut self) {
        self.take_answer(true);
        self.settle();
    }

    /// The session signed in as `operator` from the start, as a sign-in through the form
    /// leaves it: for front ends that sign in elsewhere, and for tests. The offer of drafts is
    /// made again, now with what they hold.
    pub fn with_operator(mut self, operator: Arc<crate::service::operators::Session>) -> Session {
        self.adopt(operator);
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
        // A key after a pause longer than allowed goes to the lock, not to the form.
        self.lock_if_idle();
        let mut effects = Vec::new();
        for input in inputs {
            if matches!(input, Input::Key(_) | Input::Paste(_)) {
                self.last_key = self.env.context.clock.instant();
            }
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
    /// While a sign-in is checked, soon, to show its answer; while someone is signed in, at
    /// the latest when the screen is due to lock.
    pub fn wake_in(&self) -> Option<Duration> {
        let pending = self
            .screens
            .iter()
            .filter_map(|s| s.as_any().downcast_ref::<IntakeScreen>())
            .any(IntakeScreen::draft_pending);
        let checking = self.gate.as_ref().is_some_and(Gate::checking);
        let lock = self.until_lock();
        [
            pending.then_some(DRAFT_TICK),
            checking.then_some(CHECK_TICK),
            lock,
        ]
        .into_iter()
        .flatten()
        .min()
    }

    /// How long until the screen locks, if someone is signed in and it is not locked yet.
    fn until_lock(&self) -> Option<Duration> {
        if self.operator.is_none() || self.gate.is_some() {
            return None;
        }
        let idle = self
            .env
            .context
            .clock
            .instant()
            .saturating_duration_since(self.last_key);
        Some(self.env.hall.idle_lock().saturating_sub(idle))
    }

    /// Locks the screen once the pause is long enough: the forms are saved as drafts, the
    /// keys the sign-in opened are dropped, and only the lock is drawn until the password
    /// is given again. The forms stay in memory as they were.
    fn lock_if_idle(&mut self) {
        if self.until_lock() != Some(Duration::ZERO) {
            return;
        }
        let Some(operator) = self.operator.clone() else {
            return;
        };
        self.flush_drafts();
        self.env.context.session = None;
        let purpose = Purpose::Unlock {
            operator: operator.name,
        };
        self.gate = Some(Gate::new(purpose, None));
    }

    /// Whether a form holds changes that are not in its draft on disk.
    fn forms_unsaved(&self) -> bool {
        self.screens
            .iter()
            .chain(self.parked.iter())
            .filter_map(|s| s.as_any().downcast_ref::<IntakeScreen>())
            .any(IntakeScreen::draft_pending)
    }

    /// Closes every screen but the catalogue and forgets the kept form: what the operator
    /// leaving had open is theirs (in their drafts), not the next one's.
    fn drop_forms(&mut self) {
        self.screens.truncate(1);
        self.parked = None;
    }

    /// F6: the forms saved as drafts and closed, the keys dropped, back to the catalogue.
    fn sign_out(&mut self) {
        if self.operator.is_none() {
            self.notice = Some(Notice::Message("login-not-signed-in"));
            return;
        }
        self.flush_drafts();
        if self.forms_unsaved() {
            self.notice = Some(Notice::Message("login-error-sign-out-unsaved"));
            return;
        }
        self.drop_forms();
        self.operator = None;
        self.env.context.session = None;
        self.env.context.operator = None;
        self.notice = Some(Notice::Message("login-signed-out"));
    }

    /// Does `then` once someone is signed in; else opens the sign-in form (or, on a store
    /// with no operator, the form that creates the first supervisor) and does it after.
    fn with_sign_in(&mut self, then: Then) {
        if self.env.context.session.is_some() {
            self.go_on(then);
            return;
        }
        let purpose = match Operators::new(&self.env.desk).any() {
            Ok(true) => Purpose::SignIn,
            Ok(false) => Purpose::FirstSupervisor,
            Err(_) => {
                self.notice = Some(Notice::Message("login-error-store"));
                return;
            }
        };
        self.gate = Some(Gate::new(purpose, Some(then)));
    }

    fn go_on(&mut self, then: Then) {
        match then {
            Then::Intake(service) => self.open_intake(service),
            Then::Records => self.open_records(),
            Then::Revise(id) => self.open_revision(id),
            Then::Statistics => self.open_statistics(),
        }
    }

    /// Keys while the sign-in form is in front: the language and quitting work, the rest
    /// goes to the form. F3 leaves a first sign-in (not a lock) for the catalogue.
    fn act_gated(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Quit => {
                self.flush_drafts();
                return vec![Effect::Quit];
            }
            Action::ToggleLanguage => self.set_lang(self.lang().other()),
            Action::Catalogue if !self.locked() => self.gate = None,
            Action::Help
            | Action::Catalogue
            | Action::NewIntake
            | Action::Records
            | Action::Statistics
            | Action::SignOut
            | Action::Save => {}
            other => self.step_gate(other),
        }
        Vec::new()
    }

    fn step_gate(&mut self, action: Action) {
        let Some(gate) = self.gate.as_mut() else {
            return;
        };
        let step = gate.screen.step(action);
        let locked_for = match gate.screen.purpose() {
            Purpose::Unlock { operator } => Some(operator.clone()),
            _ => None,
        };
        let request = match step {
            Step::Stay => return,
            Step::Cancel => {
                self.gate = None;
                return;
            }
            Step::Check { name, password } => Request::Login { name, password },
            Step::Create { name, password } => Request::Init { name, password },
        };
        if let (Request::Login { name, .. }, Some(operator)) = (&request, &locked_for) {
            let other = operator_name(name).ok().as_deref() != Some(operator.as_str());
            if other && self.forms_unsaved() {
                // The form of the operator who left is not safe on disk: only they may go on.
                if let Some(gate) = self.gate.as_mut() {
                    gate.screen
                        .refused(LoginMessage::plain("login-error-form-unsaved"));
                }
                return;
            }
        }
        if let Some(gate) = self.gate.as_mut() {
            gate.start(self.env.desk.clone(), self.env.context.clone(), request);
        }
    }

    /// Takes the answer of a sign-in check if it came (`wait`: waits for it).
    fn take_answer(&mut self, wait: bool) {
        let Some(answer) = self.gate.as_mut().and_then(|g| g.answer(wait)) else {
            return;
        };
        match answer {
            Answer::Signed(signed) => self.signed_in(signed),
            Answer::Refused(error) => {
                if let Some(gate) = self.gate.as_mut() {
                    gate.refused(Some(error));
                }
            }
            Answer::NoAnswer => {
                if let Some(gate) = self.gate.as_mut() {
                    gate.refused(None);
                }
            }
        }
    }

    /// A sign-in went through: the keys go into the context for the use cases, and what it
    /// was asked for goes on. Another operator at a locked screen starts afresh at the
    /// catalogue: the form of the one who left was saved as their draft when the screen
    /// locked, and it is theirs to finish (each intake is recorded under who took it).
    /// Takes `operator` as who is signed in: named in the title bar, its keys in the context
    /// the use cases get, and the idle time counted from now.
    fn adopt(&mut self, operator: Arc<crate::service::operators::Session>) {
        self.operator = Some(SignedIn {
            name: operator.name().to_string(),
            role: operator.role(),
        });
        self.env.context = self.env.context.clone().signed_in(operator);
        self.last_key = self.env.context.clock.instant();
    }

    fn signed_in(&mut self, signed: Signed) {
        let then = self.gate.take().and_then(|g| g.then);
        let switching = self
            .operator
            .as_ref()
            .is_some_and(|o| o.name != signed.name());
        if switching {
            self.drop_forms();
        }
        self.adopt(Arc::new(signed));
        match then {
            Some(then) => self.go_on(then),
            None if switching => self.offer_drafts(),
            None => {}
        }
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

    /// Before a sign-in: says that this window has unfinished intakes, and how many, but
    /// nothing of them (they name people).
    fn tell_of_drafts(&mut self) {
        if self.notice.is_some() {
            return;
        }
        let Ok(list) = drafts::list(&self.env.desk, None) else {
            return;
        };
        let window = &self.env.context.window;
        let waiting = list.drafts.iter().any(|d| &d.owner.window == window);
        if waiting {
            self.notice = Some(Notice::Message("login-drafts-waiting"));
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
        if self.gate.is_some() {
            let action = keymap::resolve(&key, login::KEYS, true);
            return self.act_gated(action);
        }
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
        if self.gate.is_some() {
            return self.act_gated(action);
        }
        match action {
            Action::Quit => {
                self.flush_drafts();
                return vec![Effect::Quit];
            }
            Action::Help => self.toggle_help(),
            Action::ToggleLanguage => self.set_lang(self.lang().other()),
            Action::Catalogue => self.close_down_to(1),
            Action::NewIntake => self.with_sign_in(Then::Intake(None)),
            Action::Records => self.with_sign_in(Then::Records),
            Action::Statistics => self.with_sign_in(Then::Statistics),
            Action::SignOut => self.sign_out(),
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

    /// F5: the records screen on the stack, else a new one over the catalogue.
    fn open_records(&mut self) {
        let on_stack = self
            .screens
            .iter()
            .position(|s| s.as_any().is::<RecordsScreen>());
        match on_stack {
            Some(at) => self.close_down_to(at + 1),
            None => {
                self.close_down_to(1);
                self.screens.push(Box::new(RecordsScreen::new()));
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

    /// The revision form for `id` on top, for a supervisor; a clerk is told why not.
    fn open_revision(&mut self, id: ItemId) {
        let supervisor = self.operator.as_ref().map(|o| o.role) == Some(Role::Supervisor);
        if !supervisor {
            self.notice = Some(Notice::Message("catalogue-edit-clerk"));
            return;
        }
        if let Some(form) = ReviseScreen::new(&self.env.desk, id) {
            self.screens.push(Box::new(form));
        }
    }

    /// F9: the statistics over the catalogue, for a supervisor; anyone else is told why not.
    fn open_statistics(&mut self) {
        if self.operator.as_ref().map(|o| o.role) != Some(Role::Supervisor) {
            self.notice = Some(Notice::Message("stats-refused"));
            return;
        }
        self.close_down_to(1);
        self.screens.push(Box::new(StatsScreen::new()));
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
            Outcome::StartIntake(id) => self.with_sign_in(Then::Intake(Some(id))),
            Outcome::Revise(id) => self.with_sign_in(Then::Revise(id)),
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
        self.take_answer(false);
        self.lock_if_idle();
        for screen in &mut self.screens {
            let ctx = self.env.ctx_for(screen.as_ref());
            screen.settle(&ctx);
        }
        self.note_draft_failures();
    }
}

/// How often a session with unsaved form changes wants to settle when no key comes: well
/// under the draft saver's pause, so a draft is saved close to when it is due.
const DRAFT_TICK: Duration = Duration::from_millis(100);

/// How often a session looks for the answer of a sign-in check while it runs.
const CHECK_TICK: Duration = Duration::from_millis(50);

/// The body between the bars, or the whole window for an overlay (or when the window is too
/// small to lay out, where nothing but a notice is drawn).
fn area_for(size: Size, overlay: bool) -> Rect {
    let whole = Rect::new(0, 0, size.width, size.height);
    match layout::regions(size) {
        Some(regions) if !overlay => regions.body,
        _ => whole,
    }
}
