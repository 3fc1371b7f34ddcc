//! Scenario decks: the data model of `scenarios/*.toml` and its parser. (The bundled
//! library is compiled in by `build.rs`; see [`crate::bundled`].)
//!
//! The format is a public contract (see `shared/DESIGN.md`): authors write decks by hand, so
//! every error names the file, line, column and, where known, the field. A [`Deck`] that
//! exists has passed validation; the rest of the code never re-checks it.

mod error;
mod json;
mod model;
mod outline;
pub mod pack;
mod parse;
mod read;
mod validate;
mod write;

pub use error::DeckError;
pub use model::{Card, Concept, Deck, Dimension, Example, Expect, addressee, count};
pub use outline::{CardOutline, Outline};
pub use pack::{PackError, deflate_text, inflate_text, pack, pack_whole, unpack};
pub use parse::{
    MAX_DECK_BYTES, MAX_NESTING, check_deck, parse_bytes, parse_deck, parse_json, parse_toml,
    position,
};
pub use validate::MAX_CARDS;
pub use write::{to_json, to_toml};
