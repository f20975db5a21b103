//! What the audit trail records: the kinds of action, with stable names for lists and JSON.
//! New kinds are added at the end: the stored form is the variant's position.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AuditAction {
    Intake,
    StatusChange,
    Correction,
    Export,
    Login,
    FailedLogin,
    ViewFullDetails,
    OperatorAdded,
    OperatorDisabled,
    PasswordChanged,
    /// A supervisor revised a catalogue item's field (on screen or by import).
    CatalogueEdit,
    /// The applicant's rating of a completed intake recorded.
    Rating,
    /// An outstanding material of an intake handed in.
    MaterialSupplied,
}

impl AuditAction {
    pub const ALL: [AuditAction; 13] = [
        AuditAction::Intake,
        AuditAction::StatusChange,
        AuditAction::Correction,
        AuditAction::Export,
        AuditAction::Login,
        AuditAction::FailedLogin,
        AuditAction::ViewFullDetails,
        AuditAction::OperatorAdded,
        AuditAction::OperatorDisabled,
        AuditAction::PasswordChanged,
        AuditAction::CatalogueEdit,
        AuditAction::Rating,
        AuditAction::MaterialSupplied,
    ];

    /// The name in JSON output and in message ids (`security-action-<name>`).
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::Intake => "intake",
            AuditAction::StatusChange => "status-change",
            AuditAction::Correction => "correction",
            AuditAction::Export => "export",
            AuditAction::Login => "login",
            AuditAction::FailedLogin => "failed-login",
            AuditAction::ViewFullDetails => "view-full-details",
            AuditAction::OperatorAdded => "operator-added",
            AuditAction::OperatorDisabled => "operator-disabled",
            AuditAction::PasswordChanged => "password-changed",
            AuditAction::CatalogueEdit => "item-revised",
            AuditAction::Rating => "rating",
            AuditAction::MaterialSupplied => "material-supplied",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_distinct() {
        let mut names: Vec<_> = AuditAction::ALL.iter().map(|a| a.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), AuditAction::ALL.len());
    }
}
