//! Who is asking, when, and in which language: the context every use case is called with, so
//! deadlines and audit entries come out the same in tests as the clock they were given.
use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

use crate::domain::Lang;

/// Where the time comes from. The program uses the system clock; tests fix it.
pub trait Clock: Send + Sync + fmt::Debug {
    fn now(&self) -> SystemTime;
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
}

/// The clerk signed in at a counter. Operators and their sign-in arrive with intake; until
/// then a session has none, which the public catalogue does not need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operator {
    pub name: String,
}

/// Who, where, when and which language, for one call.
#[derive(Clone, Debug)]
pub struct Context {
    pub operator: Option<Operator>,
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

    pub fn now(&self) -> SystemTime {
        self.clock.now()
    }
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
