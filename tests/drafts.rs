//! Drafts outlive the process that saved them: a closed store, and a process killed with
//! SIGKILL while saving, leave every draft it reported saved readable at the next start.
use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use service_desk::domain::Lang;
use service_desk::domain::application::ApplicationInput;
use service_desk::service::context::{Context, SystemClock};
use service_desk::service::drafts::{self, DraftId};
use service_desk::service::{Desk, OpenOptions};

mod common;

/// Set in the environment of the child process that saves drafts until it is killed.
const CHILD_STORE: &str = "SERVICE_DESK_TEST_DRAFTS_CHILD_STORE";

fn open(path: &Path) -> Desk {
    Desk::open(path, &OpenOptions::default()).unwrap()
}

fn ctx(desk: &Desk) -> Context {
    Context::new(Arc::new(SystemClock), Lang::Mn)
        .at_window(Some("3"))
        .signed_in(common::operator_for(desk))
}

/// The form after `revision` edits: the revision is in the notes, to tell which was kept.
fn form(revision: u64) -> ApplicationInput {
    let mut input = ApplicationInput::default();
    input.applicant.name = "ᠮᠣᠩᠭᠣᠯ".into();
    input.services = vec!["SOC-01".into()];
    input.notes = format!("revision {revision}");
    input
}

fn revision(input: &ApplicationInput) -> u64 {
    input.notes.trim_start_matches("revision ").parse().unwrap()
}

#[test]
fn a_draft_survives_closing_and_reopening_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let desk = open(dir.path());
        let ctx = ctx(&desk);
        let id = drafts::save(&desk, &ctx, None, &form(1), "notes").unwrap();
        drafts::save(&desk, &ctx, Some(id), &form(2), "notes").unwrap()
    };
    let desk = open(dir.path());
    let ctx = ctx(&desk);
    let list = drafts::list(&desk, ctx.session.as_deref()).unwrap();
    assert_eq!(list.drafts.len(), 1);
    assert_eq!(list.drafts[0].id, id);
    assert_eq!(list.drafts[0].name, "ᠮ**");
    let draft = drafts::load(&desk, &ctx, id).unwrap().unwrap();
    assert_eq!(draft.input, form(2));
    assert_eq!(draft.owner.window.as_deref(), Some("3"));
}

/// Not a test of its own: the body of the child process that
/// `a_killed_process_loses_no_draft_it_reported_saved` starts and kills. Run without the
/// variable (as every test run does), it returns at once.
#[test]
fn child_saving_drafts_until_killed() {
    let Some(store) = std::env::var_os(CHILD_STORE) else {
        return;
    };
    let desk = open(Path::new(&store));
    let ctx = ctx(&desk);
    let mut out = std::io::stdout().lock();
    let mut id: Option<DraftId> = None;
    for revision in 1.. {
        let saved = drafts::save(&desk, &ctx, id, &form(revision), "notes").unwrap();
        id = Some(saved);
        writeln!(out, "saved {saved} {revision}").unwrap();
        out.flush().unwrap();
    }
}

/// The last `saved ID REVISION` line the child printed whole.
fn last_reported(log: &Path) -> Option<(DraftId, u64)> {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    // Only lines ended by a newline: a kill may cut the last one short.
    let whole = &text[..text.rfind('\n').map_or(0, |end| end + 1)];
    whole
        .lines()
        .filter_map(|l| {
            let mut words = l.strip_prefix("saved ")?.split(' ');
            let id = words.next()?.parse().ok()?;
            let revision = words.next()?.parse().ok()?;
            Some((DraftId::new(id), revision))
        })
        .next_back()
}

/// Kill moments that vary from run to run, without a random number crate.
fn kill_delays(n: usize) -> Vec<Duration> {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let mut state = u64::from(nanos) | 1;
    (0..n)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            Duration::from_millis(200 + state % 600)
        })
        .collect()
}

#[cfg(unix)]
#[test]
fn a_killed_process_loses_no_draft_it_reported_saved() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let me = std::env::current_exe().unwrap();
    let mut reported = Vec::new();
    for (round, delay) in kill_delays(6).into_iter().enumerate() {
        let log = dir.path().join(format!("round-{round}.out"));
        let mut child = std::process::Command::new(&me)
            .args(["--exact", "child_saving_drafts_until_killed", "--nocapture"])
            .args(["--test-threads", "1"])
            .env(CHILD_STORE, &store)
            .stdout(std::fs::File::create(&log).unwrap())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        reported.extend(last_reported(&log));
    }
    assert!(!reported.is_empty(), "no save finished before a kill");
    let desk = open(&store);
    let ctx = ctx(&desk);
    let list = drafts::list(&desk, ctx.session.as_deref()).unwrap();
    assert!(list.unreadable.is_empty(), "{:?}", list.unreadable);
    for (id, saved) in reported {
        let draft = drafts::load(&desk, &ctx, id).unwrap();
        let draft = draft.unwrap_or_else(|| panic!("draft {id} reported saved is gone"));
        let kept = revision(&draft.input);
        // The revision after the last reported may have landed before the kill, unreported.
        assert!(
            kept == saved || kept == saved + 1,
            "draft {id}: saved {saved}, kept {kept}"
        );
    }
}
