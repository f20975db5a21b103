//! One file per screen: its state, how actions change it, and how it is drawn.

pub mod catalogue;
pub mod help;
