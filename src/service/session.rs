//! A signed-in operator: who, in which role, and the keys the login opened; what the call
//! context carries so that use cases can seal, open and look up personal data.
use super::keys::{DataKey, Unlocked};
use crate::domain::operator::Role;

/// The name of the operator a call is made for (the public catalogue needs none).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operator {
    pub name: String,
}

/// A logged-in operator: who, in which role, and the keys the login opened. Wiped on drop.
pub struct Session {
    // Readable by the operator use cases beside this file (rewrapping the data key on a
    // password change); nothing outside `service` sees the key.
    pub(super) name: String,
    pub(super) role: Role,
    pub(super) data_key: DataKey,
    pub(super) unlocked: Unlocked,
}

impl Session {
    pub(super) fn new(name: String, role: Role, data_key: DataKey) -> Session {
        let unlocked = Unlocked::from_data_key(&data_key);
        Session {
            name,
            role,
            data_key,
            unlocked,
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn role(&self) -> Role {
        self.role
    }

    /// The keys for sealing records and drafts and for the blind index.
    pub fn unlocked(&self) -> &Unlocked {
        &self.unlocked
    }

    /// The check of the data key the login opened (equal for every operator of a store).
    pub fn data_key_check(&self) -> [u8; 32] {
        self.data_key.check()
    }

    /// Who to name in the context of calls made for this session.
    pub fn operator(&self) -> Operator {
        Operator {
            name: self.name.clone(),
        }
    }
}

/// Names the operator and role only: the keys never reach a log or a panic message.
impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("name", &self.name)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}
