//! Who is asking, when, and in which language: the context every use case is called with, so
//! deadlines and audit entries come out the same in tests as the clock they were given.
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub use super::session::Operator;
use super::session::Session;
use crate::domain::{Date, Lang};

/// Where the time comes from. The program uses the system clock; tests fix it.
pub trait Clock: Send + Sync + fmt::Debug {
    fn now(&self) -> SystemTime;

    /// A monotonic instant, for how long ago something happened (when to save a draft): the
    /// wall clock may be set back, this never goes back.
    fn instant(&self) -> Instant {
        Instant::now()
    }
}

/// The machine's clock.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

/// A clock that always says the same time.
#[derive(Clone, Copy, Debug)]
pub struct FixedClock(pub SystemTime);

impl Clock for FixedClock {
    fn now(&self) -> SystemTime {
        self.0
    }

    /// Time stands still on a fixed clock: every call gives the same instant.
    fn instant(&self) -> Instant {
        static FROZEN: OnceLock<Instant> = OnceLock::new();
        *FROZEN.get_or_init(Instant::now)
    }
}

/// A clock that stands still until it is moved on by hand: for tests of what happens as time
/// passes, without waiting for it.
#[derive(Debug)]
pub struct ManualClock {
    start: SystemTime,
    start_instant: Instant,
    passed: Mutex<Duration>,
}

impl ManualClock {
    pub fn new(start: SystemTime) -> ManualClock {
        ManualClock {
            start,
            start_instant: Instant::now(),
            passed: Mutex::new(Duration::ZERO),
        }
    }

    /// Moves the clock on by `by`.
    pub fn advance(&self, by: Duration) {
        let mut passed = self.passed.lock().unwrap_or_else(|e| e.into_inner());
        *passed += by;
    }

    fn passed(&self) -> Duration {
        *self.passed.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Clock for ManualClock {
    fn now(&self) -> SystemTime {
        self.start + self.passed()
    }

    fn instant(&self) -> Instant {
        self.start_instant + self.passed()
    }
}

/// Who, where, when and which language, for one call.
#[derive(Clone, Debug)]
pub struct Context {
    pub operator: Option<Operator>,
    /// The signed-in operator with the keys the login opened: what personal data is sealed,
    /// opened and looked up with. `None` before a login; use cases that touch personal data
    /// refuse without it.
    pub session: Option<Arc<Session>>,
    /// The window (counter) the call comes from, as the hall's configuration names it; one
    /// process may serve several. Drafts belong to their window.
    pub window: Option<String>,
    pub clock: Arc<dyn Clock>,
    pub lang: Lang,
}

impl Context {
    pub fn new(clock: Arc<dyn Clock>, lang: Lang) -> Context {
        Context {
            operator: None,
            session: None,
            window: None,
            clock,
            lang,
        }
    }

    /// The same context at the window `window`.
    pub fn at_window(mut self, window: Option<&str>) -> Context {
        self.window = window.map(str::to_owned);
        self
    }

    /// The same context for the operator signed in as `session`.
    pub fn signed_in(mut self, session: Arc<Session>) -> Context {
        self.operator = Some(session.operator());
        self.session = Some(session);
        self
    }

    pub fn now(&self) -> SystemTime {
        self.clock.now()
    }
}

/// The halls keep China Standard Time (UTC+8, no daylight saving): the day of acceptance and
/// receipt numbers follow the wall clock at the counter, not UTC.
pub const HALL_UTC_OFFSET_SECONDS: i64 = 8 * 3600;

/// Seconds since 1970 and the hall's calendar day at `now`.
pub fn hall_time(now: SystemTime) -> Option<(i64, Date)> {
    let seconds = i64::try_from(now.duration_since(UNIX_EPOCH).ok()?.as_secs()).ok()?;
    let local = seconds.checked_add(HALL_UTC_OFFSET_SECONDS)?;
    Some((
        seconds,
        Date::from_days_since_epoch(local.div_euclid(86_400))?,
    ))
}

/// `2026-12-02T09:30:00+08:00`: a stored time as the hall's clock showed it.
pub fn hall_timestamp(seconds: i64) -> String {
    let local = seconds.saturating_add(HALL_UTC_OFFSET_SECONDS);
    let (days, in_day) = (local.div_euclid(86_400), local.rem_euclid(86_400));
    let date = Date::from_days_since_epoch(days).map_or_else(|| "?".into(), |d| d.to_string());
    let (h, m, s) = (in_day / 3600, in_day % 3600 / 60, in_day % 60);
    format!("{date}T{h:02}:{m:02}:{s:02}+08:00")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_fixed_clock_makes_the_context_repeatable() {
        let at = SystemTime::UNIX_EPOCH + Duration::from_secs(1_764_633_600);
        let ctx = Context::new(Arc::new(FixedClock(at)), Lang::Mn);
        assert_eq!(ctx.now(), at);
        assert_eq!(ctx.now(), ctx.now());
        assert_eq!(ctx.operator, None);
    }

    #[test]
    fn the_system_clock_moves_forward() {
        let ctx = Context::new(Arc::new(SystemClock), Lang::Zh);
        let first = ctx.now();
        assert!(ctx.now() >= first);
    }
}
