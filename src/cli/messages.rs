//! Rule messages said in the clerk's language: a domain error or choice names its Fluent id
//! and variables, and a variable may itself be another message.
use crate::domain::{MessageArg, MessageId};
use crate::i18n::{Arg, Localizer};

/// The message of `named`, with its variables formatted first.
pub fn say(l10n: &Localizer, named: &dyn MessageId) -> String {
    let values: Vec<(&'static str, String)> = named
        .message_args()
        .into_iter()
        .map(|(name, value)| match value {
            MessageArg::Text(text) => (name, text),
            MessageArg::Message(id) => (name, l10n.t(id)),
        })
        .collect();
    let args: Vec<(&str, Arg<'_>)> = values
        .iter()
        .map(|(name, value)| (*name, Arg::Str(value)))
        .collect();
    l10n.t_args(named.message_id(), &args)
}
