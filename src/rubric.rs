//! Scoring an answer against a card's rubric: pure, deterministic and fast enough to run on
//! every keystroke.
//!
//! Terms match as a human reader would: normalised, stemmed, tolerant of small typos, in any
//! order when they have several words (see the `matcher` module for the exact rules).
//!
//! The formula:
//! - a dimension's score is the weight of its matched concepts over the weight of all its
//!   concepts, as a percentage;
//! - the total is the mean of the dimensions the card covers, minus [`JARGON_PENALTY`] for
//!   each distinct jargon term used (at most [`JARGON_PENALTY_CAP`] in all), clamped to 0–100.
//!
//! The jargon penalty is small next to one concept (a card has three to six), so a good
//! answer that slips once still scores well, and capped so jargon alone cannot sink an answer
//! that covers every concept.

mod fold;
mod fold_table;
mod matcher;
mod quantity;
mod score;
mod text;

pub use fold::COVERED as NORMALISED_RANGES;
pub use quantity::{Quantity, QuantityKind};
pub use score::{ConceptHit, ConceptMiss, DimensionScore, JargonHit, Report, score};
pub use text::{Span, Token, tokenize};

/// Points lost for each distinct jargon term the answer uses.
pub const JARGON_PENALTY: u8 = 5;
/// The most points jargon can cost in one answer.
pub const JARGON_PENALTY_CAP: u8 = 15;
