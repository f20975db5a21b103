//! Stored operators and their consecutive login failures. An operator's record holds no
//! password and no password hash: only the Argon2 salt and parameters and the store's data key
//! sealed under the key they derive. Which record a login opens is the service's business.
use serde::{Deserialize, Serialize};

use super::codec::format;
use super::table::{Batch, Record};
use super::{Key, Store, StoreError, trees};
use crate::domain::operator::Role;

/// Argon2id parameters, kept with each operator so that they can be raised later: an
/// operator's next password change rewraps under the parameters the program then uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub memory_kib: u32,
    /// Passes over the memory.
    pub iterations: u32,
    pub parallelism: u32,
}

/// The data key sealed under an operator's password-derived key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrappedKey {
    pub nonce: [u8; 24],
    /// Ciphertext and tag.
    pub sealed: Vec<u8>,
}

/// One operator as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredOperator {
    pub name: String,
    pub role: Role,
    pub disabled: bool,
    /// Seconds since 1970-01-01 UTC.
    pub created_at: i64,
    /// The supervisor who added this operator; `None` for the first one.
    pub created_by: Option<String>,
    pub password_changed_at: i64,
    pub kdf: KdfParams,
    pub salt: [u8; 16],
    /// `None` once the operator is disabled: the key is dropped with the right to use it.
    pub wrapped: Option<WrappedKey>,
}

fn operator_key(name: &str) -> Key {
    Key::new().str(name)
}

impl Record for StoredOperator {
    const TREE: &'static str = trees::OPERATORS;
    const FORMAT: u8 = format::OPERATOR;

    fn key(&self) -> Key {
        operator_key(&self.name)
    }
}

/// Consecutive failed logins under one name, known or not; removed by a success.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginFailures {
    pub name: String,
    pub count: u32,
    pub last_at: i64,
}

impl Record for LoginFailures {
    const TREE: &'static str = trees::LOGIN_FAILURES;
    const FORMAT: u8 = format::LOGIN_FAILURES;

    fn key(&self) -> Key {
        operator_key(&self.name)
    }
}

/// In `meta`: a keyed hash of the data key, so that a key unwrapped under any operator's
/// password can be checked to be this store's key. It reveals nothing of the key.
const DATA_KEY_CHECK: &str = "data_key_check";

pub fn get(store: &Store, name: &str) -> Result<Option<StoredOperator>, StoreError> {
    store.table::<StoredOperator>()?.get(&operator_key(name))
}

/// Every operator in name order.
pub fn all(store: &Store) -> Result<Vec<StoredOperator>, StoreError> {
    store.table::<StoredOperator>()?.all()
}

pub fn any(store: &Store) -> Result<bool, StoreError> {
    Ok(!store.table::<StoredOperator>()?.is_empty())
}

/// Adds a new operator to `batch`; the commit fails with `Duplicate` when the name is taken.
pub fn insert_in(batch: &mut Batch, operator: &StoredOperator) -> Result<(), StoreError> {
    batch.insert(operator).map(|_| ())
}

/// Writes a changed operator into `batch`.
pub fn replace_in(batch: &mut Batch, operator: &StoredOperator) -> Result<(), StoreError> {
    batch.replace(operator).map(|_| ())
}

/// Consecutive failures recorded under `name`.
pub fn failures(store: &Store, name: &str) -> Result<u32, StoreError> {
    let found = store.table::<LoginFailures>()?.get(&operator_key(name))?;
    Ok(found.map_or(0, |f| f.count))
}

pub fn set_failures_in(batch: &mut Batch, failures: &LoginFailures) -> Result<(), StoreError> {
    batch.replace(failures).map(|_| ())
}

pub fn clear_failures_in(batch: &mut Batch, name: &str) {
    batch.remove::<LoginFailures>(&operator_key(name));
}

pub fn data_key_check(store: &Store) -> Result<Option<[u8; 32]>, StoreError> {
    store.meta_get(DATA_KEY_CHECK)
}

pub fn set_data_key_check_in(batch: &mut Batch, check: &[u8; 32]) -> Result<(), StoreError> {
    batch.put_meta(DATA_KEY_CHECK, check).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::OpenOptions;

    fn operator(name: &str) -> StoredOperator {
        StoredOperator {
            name: name.into(),
            role: Role::Clerk,
            disabled: false,
            created_at: 1,
            created_by: Some("boss".into()),
            password_changed_at: 1,
            kdf: KdfParams {
                memory_kib: 8,
                iterations: 1,
                parallelism: 1,
            },
            salt: [7; 16],
            wrapped: Some(WrappedKey {
                nonce: [1; 24],
                sealed: vec![2; 48],
            }),
        }
    }

    #[test]
    fn operators_round_trip_and_names_are_unique() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), &OpenOptions::default()).unwrap();
        assert!(!any(&store).unwrap());
        let mut batch = store.batch();
        insert_in(&mut batch, &operator("li")).unwrap();
        store.commit(batch).unwrap();
        assert_eq!(get(&store, "li").unwrap(), Some(operator("li")));
        let mut again = store.batch();
        insert_in(&mut again, &operator("li")).unwrap();
        assert!(matches!(
            store.commit(again),
            Err(StoreError::Duplicate { .. })
        ));
    }

    #[test]
    fn failures_count_and_clear() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), &OpenOptions::default()).unwrap();
        assert_eq!(failures(&store, "nobody").unwrap(), 0);
        let mut batch = store.batch();
        let record = LoginFailures {
            name: "nobody".into(),
            count: 4,
            last_at: 9,
        };
        set_failures_in(&mut batch, &record).unwrap();
        store.commit(batch).unwrap();
        assert_eq!(failures(&store, "nobody").unwrap(), 4);
        let mut batch = store.batch();
        clear_failures_in(&mut batch, "nobody");
        store.commit(batch).unwrap();
        assert_eq!(failures(&store, "nobody").unwrap(), 0);
    }
}
