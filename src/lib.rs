//! service-desk: catalogue lookup and applicant intake for Inner Mongolia's public-service counters.
//!
//! Layers, each importing only those above it: `domain` (pure types and rules), `store` (sled),
//! `service` (use cases), `i18n` (Fluent), then the thin front ends `cli` and `tui`, which
//! `entry` dispatches to as equals, and `documents` beside them (receipts and notices on
//! paper), which both use.
#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod cli;
pub mod documents;
pub mod domain;
pub mod entry;
pub mod i18n;
pub mod service;
pub mod store;
pub mod tui;
