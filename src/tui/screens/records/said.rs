//! A message kept by its id and variables, and drawn in whatever language the clerk has
//! switched to since: an error or a confirmation stays readable across F2.
use crate::domain::{MessageArg, MessageId};
use crate::i18n::Localizer;

/// A message to draw later, and whether it reports a failure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    id: &'static str,
    args: Vec<(&'static str, MessageArg)>,
    pub failed: bool,
}

impl Said {
    /// A plain message that reports something done.
    pub fn done(id: &'static str) -> Said {
        Said {
            id,
            args: Vec::new(),
            failed: false,
        }
    }

    /// A message with variables that reports something done.
    pub fn done_with(id: &'static str, args: Vec<(&'static str, MessageArg)>) -> Said {
        Said {
            id,
            args,
            failed: false,
        }
    }

    /// A plain message that reports a failure.
    pub fn failure(id: &'static str) -> Said {
        Said {
            failed: true,
            ..Said::done(id)
        }
    }

    /// What went wrong, as `error` tells it.
    pub fn error(error: &dyn MessageId) -> Said {
        Said {
            id: error.message_id(),
            args: error.message_args(),
            failed: true,
        }
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The message in the clerk's current language.
    pub fn text(&self, l10n: &Localizer) -> String {
        l10n.say(self)
    }
}

impl MessageId for Said {
    fn message_id(&self) -> &'static str {
        self.id
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        self.args.clone()
    }
}
