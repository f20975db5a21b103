//! What the catalogue commands that keep it current share: how a failed revision is told,
//! and a field's label.
use super::super::error::{CliError, ExitStatus};
use super::super::messages::say;
use crate::domain::editable::editable;
use crate::i18n::Localizer;
use crate::service::ServiceError;
use crate::service::catalogue::CatalogueError;

/// A service failure as the command line tells it.
pub(super) fn cli_error(e: CatalogueError, l10n: &Localizer) -> CliError {
    let told = |status, message| CliError::Catalogue { status, message };
    match e {
        CatalogueError::Operator(e) => CliError::from(e),
        CatalogueError::Store(e) => CliError::Service(ServiceError::Store(e)),
        CatalogueError::Seed(e) => CliError::Service(ServiceError::Seed(e)),
        CatalogueError::NewerCatalogue => {
            told(ExitStatus::Rejected, l10n.t("catalogue-edit-newer"))
        }
        CatalogueError::UnknownItem(id) => CliError::UnknownId(id.to_string()),
        CatalogueError::Invalid(problems) => {
            let lines: Vec<String> = problems.iter().map(|p| say(l10n, p)).collect();
            told(ExitStatus::Rejected, lines.join("\n"))
        }
        CatalogueError::Unchanged => told(ExitStatus::Rejected, l10n.t("catalogue-edit-unchanged")),
        CatalogueError::TooLong => told(ExitStatus::Rejected, l10n.t("catalogue-edit-too-long")),
        CatalogueError::Clock => CliError::Clock,
    }
}

pub(super) fn field_label(key: &str, l10n: &Localizer) -> String {
    editable(key).map_or_else(|| key.to_string(), |f| l10n.t(f.label))
}
