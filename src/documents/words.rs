//! Messages said in one language, with a rule's variables formatted first: the documents'
//! own way of turning a domain value that names its message into words.
use crate::domain::{Lang, MessageArg, MessageId};
use crate::i18n::{Arg, Localizer};

/// The message of `named` in the language `l10n` speaks.
pub fn say(l10n: &Localizer, named: &dyn MessageId) -> String {
    say_in(l10n, l10n.lang(), named)
}

/// The message of `named` in `lang`, whatever `l10n` speaks.
pub fn say_in(l10n: &Localizer, lang: Lang, named: &dyn MessageId) -> String {
    let values: Vec<(&'static str, String)> = named
        .message_args()
        .into_iter()
        .map(|(name, value)| match value {
            MessageArg::Text(text) => (name, text),
            MessageArg::Message(id) => (name, l10n.format(lang, id, &[])),
        })
        .collect();
    let args: Vec<(&str, Arg<'_>)> = values
        .iter()
        .map(|(name, value)| (*name, Arg::Str(value)))
        .collect();
    l10n.format(lang, named.message_id(), &args)
}

/// A message of the documents in `lang` with text arguments.
pub fn words(l10n: &Localizer, lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(n, v)| (*n, Arg::Str(v))).collect();
    l10n.format(lang, id, &args)
}
