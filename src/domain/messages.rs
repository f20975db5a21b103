//! How the intake rules name their Fluent messages: every error and every choice the clerk
//! sees has a stable message id, defined in `locales/*/intake.ftl`.

/// Something the front ends show through Fluent.
pub trait MessageId {
    /// The Fluent message id, e.g. `intake-error-id-checksum`.
    fn message_id(&self) -> &'static str;

    /// The message's variables, by name.
    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        Vec::new()
    }
}

/// The value of a message variable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MessageArg {
    /// Plain text to pass as it is: a number, or a date as `YYYY-MM-DD`.
    Text(String),
    /// Another message, to be formatted in the same language first (a status name, say).
    Message(&'static str),
}
