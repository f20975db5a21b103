//! What only the crate can see: the data key's own bytes, looked for in the store's files.
use std::sync::Arc;

use super::*;
use crate::domain::Lang;
use crate::service::OpenOptions;
use crate::service::context::SystemClock;

const FAST: KdfParams = KdfParams {
    memory_kib: 256,
    iterations: 1,
    parallelism: 1,
};

fn files(dir: &std::path::Path, out: &mut Vec<u8>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.extend(std::fs::read(&path).unwrap());
        }
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn the_raw_store_holds_no_password_and_no_data_key() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = Context::new(Arc::new(SystemClock), Lang::Zh);
    let (key, check) = {
        let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
        let ops = Operators::new(&desk).with_kdf(FAST);
        let boss = ops.init(&ctx, "boss", "boss-password-1").unwrap();
        ops.add(&ctx, &boss, "li", Role::Clerk, "clerk-password-1")
            .unwrap();
        ops.change_password(&ctx, &boss, Some("li"), "clerk-password-2")
            .unwrap();
        assert!(
            ops.login(&ctx, "nobody", "typed-in-the-wrong-field")
                .is_err()
        );
        (boss.data_key.bytes_for_test(), boss.data_key_check())
    };
    let mut bytes = Vec::new();
    files(dir.path(), &mut bytes);
    // The check is there (the store recognises its key by it), so the files were read whole.
    assert!(contains(&bytes, &check), "the check is stored");
    assert!(!contains(&bytes, &key), "the data key is in the store");
    for secret in [
        "boss-password-1",
        "clerk-password-1",
        "clerk-password-2",
        "typed-in-the-wrong-field",
        "nobody",
    ] {
        assert!(
            !contains(&bytes, secret.as_bytes()),
            "{secret} in the store"
        );
    }
}

#[test]
fn a_key_wrapped_by_someone_else_is_not_this_stores() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = Context::new(Arc::new(SystemClock), Lang::Zh);
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    let ops = Operators::new(&desk).with_kdf(FAST);
    ops.init(&ctx, "boss", "boss-password-1").unwrap();
    // An operator record written into the store by hand, around a key of its own.
    let foreign = DataKey::generate().unwrap();
    let record = ops
        .new_operator(
            "intruder",
            Role::Supervisor,
            None,
            "intruder-pass",
            &foreign,
            1,
        )
        .unwrap();
    let mut batch = desk.store().batch();
    stored::insert_in(&mut batch, &record).unwrap();
    desk.store().commit(batch).unwrap();
    assert!(matches!(
        ops.login(&ctx, "intruder", "intruder-pass"),
        Err(OperatorError::BadLogin)
    ));
}
