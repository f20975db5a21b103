//! What one more counter costs in a process that serves many: the heap each session holds
//! once it has drawn a frame (its screens, its terminal's two buffers, its output), counted
//! by the allocator of this test binary. Twenty counters must fit in a small PC's memory.
mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

use ratatui::layout::Size;
use service_desk::domain::Lang;
use service_desk::tui::{Action, Session, driver, render};

/// Bytes allocated and not yet freed.
static LIVE: AtomicIsize = AtomicIsize::new(0);

struct Counting;

// SAFETY: every call is passed to the system allocator unchanged; only a counter is kept.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        // SAFETY: same layout, as the caller promised it for us.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        // SAFETY: forwarded as received.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A session that has searched and drawn one frame into its own output buffer.
fn served(shared: &service_desk::tui::Shared, lang: Lang) -> impl Sized {
    let size = Size::new(80, 24);
    let mut session = Session::new(shared, lang, size);
    session.perform(Action::Insert("dibao".into()));
    let mut terminal = driver::terminal(Vec::new(), size).expect("terminal");
    terminal.draw(|f| render(&session, f)).expect("a frame");
    (session, terminal)
}

#[test]
fn each_more_session_costs_well_under_two_megabytes() {
    const SESSIONS: isize = 20;
    let fx = common::desk();
    let shared = fx.shared();
    // The first of each language builds what every later one shares.
    let warm = [served(&shared, Lang::Zh), served(&shared, Lang::Mn)];
    let before = LIVE.load(Ordering::Relaxed);
    let held: Vec<_> = (0..SESSIONS)
        .map(|i| served(&shared, Lang::ALL[i as usize % 2]))
        .collect();
    let per_session = (LIVE.load(Ordering::Relaxed) - before) / SESSIONS;
    eprintln!("heap per additional session: {} KiB", per_session / 1024);
    assert!(per_session > 0, "the counter counts");
    assert!(
        per_session < 2 * 1024 * 1024,
        "{per_session} bytes per session"
    );
    drop((held, warm));
}
