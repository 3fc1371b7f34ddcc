//! The decks compiled into the app from `scenarios/`.
//!
//! `build.rs` parses and validates every `scenarios/*.toml` with the deck parser at build
//! time and generates the code below, so the app ships decks that are known to be valid
//! and never parses them in the browser. `make test` also runs their calibration
//! (`boardroom check`).

use crate::deck::{Card, Concept, Deck, Dimension, Example, Expect};

/// Every bundled deck, in file-name order.
pub fn decks() -> Vec<Deck> {
    include!(concat!(env!("OUT_DIR"), "/bundled_decks.rs"))
}
