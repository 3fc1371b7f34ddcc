//! The decks compiled into the app from `scenarios/`.
//!
//! Tests parse every bundled deck, so a broken file fails `make test` long before a browser
//! could see it.

use super::{Deck, DeckError, parse_toml};

/// File name and text of every bundled deck, in display order.
const SOURCES: &[(&str, &str)] = &[
    (
        "scenarios/core.toml",
        include_str!("../../scenarios/core.toml"),
    ),
    (
        "scenarios/operations.toml",
        include_str!("../../scenarios/operations.toml"),
    ),
];

/// Every bundled deck, parsed and validated.
pub fn bundled_decks() -> Result<Vec<Deck>, Vec<DeckError>> {
    let mut decks = Vec::with_capacity(SOURCES.len());
    let mut errors = Vec::new();
    for (file, text) in SOURCES {
        match parse_toml(file, text) {
            Ok(deck) => decks.push(deck),
            Err(mut e) => errors.append(&mut e),
        }
    }
    if errors.is_empty() {
        Ok(decks)
    } else {
        Err(errors)
    }
}
