//! Notices from opening the desk, told on stderr in the clerk's language so that scripts
//! reading stdout are not disturbed.
use std::io::Write;

use crate::i18n::Localizer;
use crate::service::{Desk, Notice};

/// The message id for a notice; a screen can show the same message.
pub fn notice_message_id(notice: Notice) -> &'static str {
    match notice {
        Notice::NewerVersionWroteStore => "cli-notice-newer-store",
        Notice::CatalogueConflicts => "catalogue-notice-conflicts",
    }
}

/// Writes each of the desk's notices as one line; a closed stderr is not worth failing for.
pub fn print_notices(desk: &Desk, l10n: &Localizer, err: &mut dyn Write) {
    for notice in desk.notices() {
        let _ = writeln!(err, "{}", l10n.t(notice_message_id(*notice)));
    }
}
