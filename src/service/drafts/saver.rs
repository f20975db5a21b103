//! When the form saves its draft: soon after every change, so that a draft is on disk within
//! about a second of the last key, but not at every key, so that typing does not wait for a
//! sync per character. Pure state; the form calls it once per frame with the time.
use std::time::{Duration, Instant};

/// Tells the form when to save its draft.
///
/// Rules, for a form with unsaved changes:
/// - a pause in typing of [`DraftSaver::PAUSE`] saves;
/// - typing that goes on saves once the oldest unsaved change is [`DraftSaver::MAX_DELAY`]
///   old;
/// - either way, never sooner than [`DraftSaver::MIN_INTERVAL`] after the last save began, so
///   steady typing costs at most one save per interval.
///
/// A change is therefore on disk at most `MAX(PAUSE, MIN_INTERVAL)` plus one save after it
/// was made, when the form keeps drawing frames. A failed save counts as a save for the
/// interval, so a full disk is retried once per interval, not at every frame.
#[derive(Clone, Debug, Default)]
pub struct DraftSaver {
    /// The first change not yet saved.
    unsaved_since: Option<Instant>,
    last_change: Option<Instant>,
    last_save: Option<Instant>,
}

impl DraftSaver {
    pub const PAUSE: Duration = Duration::from_millis(300);
    pub const MAX_DELAY: Duration = Duration::from_millis(700);
    pub const MIN_INTERVAL: Duration = Duration::from_millis(700);

    pub fn new() -> DraftSaver {
        DraftSaver::default()
    }

    /// The form's content changed at `at`.
    pub fn changed(&mut self, at: Instant) {
        self.unsaved_since.get_or_insert(at);
        self.last_change = Some(at);
    }

    /// Whether the form holds changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.unsaved_since.is_some()
    }

    /// Whether to save now, at `now`.
    pub fn should_save(&self, now: Instant) -> bool {
        let (Some(since), Some(last)) = (self.unsaved_since, self.last_change) else {
            return false;
        };
        let waited = |from: Instant| now.saturating_duration_since(from);
        let spaced = self
            .last_save
            .is_none_or(|saved| waited(saved) >= Self::MIN_INTERVAL);
        spaced && (waited(last) >= Self::PAUSE || waited(since) >= Self::MAX_DELAY)
    }

    /// Whether to save on leaving the form (Esc, quit, a signal): whenever anything is
    /// unsaved, however recent.
    pub fn flush(&self) -> bool {
        self.is_dirty()
    }

    /// A save of everything changed until now began at `at` and succeeded.
    pub fn saved(&mut self, at: Instant) {
        self.unsaved_since = None;
        self.last_save = Some(at);
    }

    /// A save began at `at` and failed: the changes stay unsaved, and the next try waits
    /// for the interval.
    pub fn failed(&mut self, at: Instant) {
        self.last_save = Some(at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fake clock: instants at whole milliseconds after a fixed start.
    struct Clock(Instant);

    impl Clock {
        fn at(&self, ms: u64) -> Instant {
            self.0 + Duration::from_millis(ms)
        }
    }

    fn clock() -> Clock {
        Clock(Instant::now())
    }

    /// Runs a frame every 16 ms from 0 to `until`, with changes at `changes` (ms), saving
    /// whenever the saver says so; gives the save times.
    fn run(changes: &[u64], until: u64) -> Vec<u64> {
        let clock = clock();
        let mut saver = DraftSaver::new();
        let mut saves = Vec::new();
        for frame in (0..=until).step_by(16) {
            for _ in changes
                .iter()
                .filter(|c| (frame.saturating_sub(15)..=frame).contains(c))
            {
                saver.changed(clock.at(frame));
            }
            if saver.should_save(clock.at(frame)) {
                saver.saved(clock.at(frame));
                saves.push(frame);
            }
        }
        saves
    }

    #[test]
    fn nothing_changed_nothing_saved() {
        let clock = clock();
        let saver = DraftSaver::new();
        assert!(!saver.should_save(clock.at(5_000)));
        assert!(!saver.flush());
    }

    #[test]
    fn a_pause_saves_soon_after_the_last_key() {
        let saves = run(&[0, 100, 200], 2_000);
        assert_eq!(saves.len(), 1, "{saves:?}");
        let after_last = saves[0] - 200;
        assert!((300..=316).contains(&after_last), "{saves:?}");
    }

    #[test]
    fn steady_typing_saves_at_most_once_per_interval_and_never_lags_a_second() {
        // A key every 80 ms for 5 s.
        let keys: Vec<u64> = (0..=5_000).step_by(80).collect();
        let saves = run(&keys, 7_000);
        for pair in saves.windows(2) {
            assert!(pair[1] - pair[0] >= 700, "{saves:?}");
        }
        assert!(saves.len() >= 6, "typing is saved as it goes: {saves:?}");
        for key in &keys {
            let next = saves.iter().find(|s| *s >= key).unwrap();
            assert!(next - key <= 1_000, "key at {key} saved at {next}");
        }
        let last = *saves.last().unwrap();
        assert!(last > 5_000 && last <= 5_000 + 700 + 16, "{saves:?}");
    }

    #[test]
    fn a_change_right_after_a_save_waits_for_the_interval() {
        let clock = clock();
        let mut saver = DraftSaver::new();
        saver.changed(clock.at(0));
        assert!(!saver.should_save(clock.at(299)));
        assert!(saver.should_save(clock.at(300)));
        saver.saved(clock.at(300));
        assert!(!saver.is_dirty());
        saver.changed(clock.at(350));
        assert!(
            !saver.should_save(clock.at(900)),
            "paused, but within the interval"
        );
        assert!(saver.should_save(clock.at(1_000)));
    }

    #[test]
    fn flush_saves_anything_unsaved_at_once() {
        let clock = clock();
        let mut saver = DraftSaver::new();
        saver.changed(clock.at(0));
        assert!(!saver.should_save(clock.at(1)));
        assert!(saver.flush());
        saver.saved(clock.at(1));
        assert!(!saver.flush());
    }

    #[test]
    fn a_failed_save_is_retried_once_per_interval() {
        let clock = clock();
        let mut saver = DraftSaver::new();
        saver.changed(clock.at(0));
        assert!(saver.should_save(clock.at(300)));
        saver.failed(clock.at(300));
        assert!(saver.is_dirty());
        assert!(!saver.should_save(clock.at(316)));
        assert!(!saver.should_save(clock.at(999)));
        assert!(saver.should_save(clock.at(1_000)));
    }
}
