//! One module per screen: its state, its keys, how actions change it, and how it is drawn.

pub mod catalogue;
pub mod drafts;
pub mod help;
pub mod intake;
pub mod login;
pub mod receipt;
pub mod records;
pub mod stats;
