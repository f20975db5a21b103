//! Operators end to end: the first supervisor, logins (one answer for a wrong name or
//! password), the wait after repeated failures, roles, disabling, password changes that
//! rewrap the same data key. (That the raw store holds neither a password nor the data key
//! is tested inside the crate, which can see the key.)
mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use service_desk::domain::Lang;
use service_desk::domain::audit::AuditAction;
use service_desk::domain::operator::{Permission, Role};
use service_desk::service::context::{Context, FixedClock};
use service_desk::service::operators::{OperatorError, Operators, Sleeper};
use service_desk::service::{Desk, OpenOptions};
use service_desk::store::operators::KdfParams;

/// Small Argon2 parameters: these tests are about the rules, not the cost. One CLI test
/// below runs at the counters' parameters.
const FAST: KdfParams = KdfParams {
    memory_kib: 256,
    iterations: 1,
    parallelism: 1,
};

const BOSS_PW: &str = "boss-password-1";
const CLERK_PW: &str = "clerk-password-1";

/// Records each wait instead of sleeping.
#[derive(Default)]
struct FakeSleeper(Mutex<Vec<Duration>>);

impl Sleeper for FakeSleeper {
    fn sleep(&self, wait: Duration) {
        self.0.lock().unwrap().push(wait);
    }
}

fn ctx() -> Context {
    Context::new(Arc::new(FixedClock(common::fixed_time())), Lang::Zh)
}

fn open(dir: &std::path::Path) -> Desk {
    Desk::open(dir, &OpenOptions::default()).unwrap()
}

#[test]
fn init_add_login_and_the_data_key_is_shared() {
    let dir = tempfile::tempdir().unwrap();
    let desk = open(dir.path());
    let sleeper = FakeSleeper::default();
    let ops = Operators::new(&desk).with_kdf(FAST).with_sleeper(&sleeper);
    assert!(matches!(
        ops.login(&ctx(), "boss", BOSS_PW),
        Err(OperatorError::NotSetUp)
    ));
    let boss = ops.init(&ctx(), "boss", BOSS_PW).unwrap();
    assert_eq!(boss.role(), Role::Supervisor);
    assert!(matches!(
        ops.init(&ctx(), "other", BOSS_PW),
        Err(OperatorError::AlreadySetUp)
    ));
    ops.add(&ctx(), &boss, "li", Role::Clerk, CLERK_PW).unwrap();
    let li = ops.login(&ctx(), "li", CLERK_PW).unwrap();
    assert_eq!(li.role(), Role::Clerk);
    assert_eq!(li.data_key_check(), boss.data_key_check());
    // What one operator seals, another opens: there is one data key per store.
    let sealed = boss.unlocked().seal(b"15010219850307124X").unwrap();
    assert_eq!(li.unlocked().open(&sealed).unwrap(), b"15010219850307124X");
    assert!(matches!(
        ops.add(&ctx(), &boss, "li", Role::Clerk, CLERK_PW),
        Err(OperatorError::NameTaken(_))
    ));
    assert!(matches!(
        ops.add(&ctx(), &boss, "wang", Role::Clerk, "short"),
        Err(OperatorError::BadPassword(_))
    ));
}

#[test]
fn a_wrong_password_and_an_unknown_name_get_the_same_answer() {
    let dir = tempfile::tempdir().unwrap();
    let desk = open(dir.path());
    let sleeper = FakeSleeper::default();
    let ops = Operators::new(&desk).with_kdf(FAST).with_sleeper(&sleeper);
    ops.init(&ctx(), "boss", BOSS_PW).unwrap();
    let wrong = ops.login(&ctx(), "boss", "not-the-password").err().unwrap();
    let unknown = ops.login(&ctx(), "nobody", BOSS_PW).err().unwrap();
    assert!(matches!(wrong, OperatorError::BadLogin));
    assert!(matches!(unknown, OperatorError::BadLogin));
    assert_eq!(wrong.to_string(), unknown.to_string());
}

#[test]
fn a_clerk_is_refused_supervisor_actions() {
    let dir = tempfile::tempdir().unwrap();
    let desk = open(dir.path());
    let ops = Operators::new(&desk).with_kdf(FAST);
    let boss = ops.init(&ctx(), "boss", BOSS_PW).unwrap();
    ops.add(&ctx(), &boss, "li", Role::Clerk, CLERK_PW).unwrap();
    ops.add(&ctx(), &boss, "wang", Role::Clerk, CLERK_PW)
        .unwrap();
    let li = ops.login(&ctx(), "li", CLERK_PW).unwrap();
    let refused = |r: Result<_, OperatorError>| {
        matches!(
            r,
            Err(OperatorError::Refused {
                role: Role::Clerk,
                needs: Permission::ManageOperators
            })
        )
    };
    assert!(refused(ops.add(&ctx(), &li, "zhao", Role::Clerk, CLERK_PW)));
    assert!(refused(ops.list(&li).map(|_| ())));
    assert!(refused(ops.disable(&ctx(), &li, "wang")));
    assert!(refused(ops.change_password(
        &ctx(),
        &li,
        Some("wang"),
        "new-password-2"
    )));
    // A clerk changes their own password.
    ops.change_password(&ctx(), &li, None, "new-password-2")
        .unwrap();
    let audit = service_desk::service::audit::list(
        &desk,
        &li,
        &service_desk::service::audit::AuditFilter::default(),
    );
    assert!(matches!(
        audit,
        Err(OperatorError::Refused {
            needs: Permission::ReadAudit,
            ..
        })
    ));
}

#[test]
fn passwd_rewraps_the_same_key_and_the_old_password_fails() {
    let dir = tempfile::tempdir().unwrap();
    let desk = open(dir.path());
    let ops = Operators::new(&desk).with_kdf(FAST);
    let boss = ops.init(&ctx(), "boss", BOSS_PW).unwrap();
    let check = boss.data_key_check();
    ops.change_password(&ctx(), &boss, None, "boss-password-2")
        .unwrap();
    assert!(matches!(
        ops.login(&ctx(), "boss", BOSS_PW),
        Err(OperatorError::BadLogin)
    ));
    let again = ops.login(&ctx(), "boss", "boss-password-2").unwrap();
    assert_eq!(again.data_key_check(), check);
    // A supervisor resets a clerk's password; the clerk's old one stops working.
    ops.add(&ctx(), &again, "li", Role::Clerk, CLERK_PW)
        .unwrap();
    ops.change_password(&ctx(), &again, Some("li"), "reset-password-1")
        .unwrap();
    assert!(ops.login(&ctx(), "li", CLERK_PW).is_err());
    assert_eq!(
        ops.login(&ctx(), "li", "reset-password-1")
            .unwrap()
            .data_key_check(),
        check
    );
}

#[test]
fn a_disabled_operator_cannot_log_in_and_the_last_supervisor_stays() {
    let dir = tempfile::tempdir().unwrap();
    let desk = open(dir.path());
    let ops = Operators::new(&desk).with_kdf(FAST);
    let boss = ops.init(&ctx(), "boss", BOSS_PW).unwrap();
    ops.add(&ctx(), &boss, "li", Role::Clerk, CLERK_PW).unwrap();
    let li = ops.login(&ctx(), "li", CLERK_PW).unwrap();
    ops.disable(&ctx(), &boss, "li").unwrap();
    assert!(matches!(
        ops.login(&ctx(), "li", CLERK_PW),
        Err(OperatorError::BadLogin)
    ));
    // A session opened before the disabling cannot act any more.
    assert!(matches!(
        ops.change_password(&ctx(), &li, None, "new-password-3"),
        Err(OperatorError::Disabled(_))
    ));
    assert!(matches!(
        ops.disable(&ctx(), &boss, "boss"),
        Err(OperatorError::LastSupervisor)
    ));
    let listed = ops.list(&boss).unwrap();
    assert_eq!(
        listed
            .iter()
            .map(|o| (o.name.as_str(), o.disabled))
            .collect::<Vec<_>>(),
        [("boss", false), ("li", true)]
    );
}

#[test]
fn failures_slow_down_after_three_are_audited_and_a_success_resets() {
    let dir = tempfile::tempdir().unwrap();
    let desk = open(dir.path());
    let sleeper = FakeSleeper::default();
    let ops = Operators::new(&desk).with_kdf(FAST).with_sleeper(&sleeper);
    let boss = ops.init(&ctx(), "boss", BOSS_PW).unwrap();
    for _ in 0..6 {
        assert!(ops.login(&ctx(), "boss", "wrong-password").is_err());
    }
    ops.login(&ctx(), "boss", BOSS_PW).unwrap();
    ops.login(&ctx(), "boss", BOSS_PW).unwrap();
    let waits: Vec<u64> = sleeper
        .0
        .lock()
        .unwrap()
        .iter()
        .map(|d| d.as_secs())
        .collect();
    // Six failures, then the success waits as the seventh attempt, then no wait again.
    assert_eq!(waits, [0, 0, 0, 1, 2, 4, 8, 0]);
    let entries = service_desk::service::audit::list(
        &desk,
        &boss,
        &service_desk::service::audit::AuditFilter::default(),
    )
    .unwrap();
    let failed: Vec<_> = entries
        .iter()
        .filter(|e| e.action == AuditAction::FailedLogin)
        .collect();
    assert_eq!(failed.len(), 6);
    assert!(failed.iter().all(|e| e.operator.as_deref() == Some("boss")));
    assert!(
        failed[5].detail.contains("6 in a row"),
        "{}",
        failed[5].detail
    );
}
