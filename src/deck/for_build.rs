//! The deck module as `build.rs` sees it: the same files as `src/deck.rs`, listed from
//! inside this folder because a module loaded by `#[path]` finds its children beside it.
//! Keep this list in step with `src/deck.rs`.

mod error;
mod json;
mod model;
mod parse;
mod read;
mod validate;

pub use error::DeckError;
pub use model::{Card, Concept, Deck, Dimension, Example, Expect};
pub use parse::{parse_bytes, parse_json};
