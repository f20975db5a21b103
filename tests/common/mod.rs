//! Shared test fixtures: a seeded desk in a temporary folder.
#![allow(dead_code)]
use service_desk::service::{Desk, OpenOptions};

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub desk: Desk,
}

pub fn desk() -> Fixture {
    let dir = tempfile::tempdir().expect("temporary folder");
    let desk = Desk::open(dir.path(), &OpenOptions::default()).expect("a fresh store opens");
    Fixture { dir, desk }
}
