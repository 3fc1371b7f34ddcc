//! Writing a deck back out, as TOML or JSON, in the format the parser reads.
//!
//! Both come from the deck model's `Serialize`, so a field added to the model is written in
//! both formats at once; the tests read every bundled deck back through the parser.

use super::model::Deck;

/// The deck as a TOML deck file.
pub fn to_toml(deck: &Deck) -> String {
    // A `Deck` is strings, numbers and arrays of tables: TOML can hold all of it.
    toml::to_string(deck).unwrap_or_default()
}

/// The deck as a JSON deck file, indented for people.
pub fn to_json(deck: &Deck) -> String {
    // Plain data: serialising it cannot fail.
    serde_json::to_string_pretty(deck).unwrap_or_default()
}
