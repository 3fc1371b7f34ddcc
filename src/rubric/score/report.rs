//! What a score says: the report of one answer and its parts (dimension scores, concepts
//! hit and missed with their evidence, jargon, tips). Plain data, built by `score`.

use crate::deck::Dimension;
use crate::rubric::quantity::Quantity;
use crate::rubric::text::Span;
use std::sync::Arc;

/// The explained result of scoring an answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Overall score, 0–100.
    pub total: u8,
    /// One score per dimension the card covers, in [`Dimension::ALL`] order.
    pub dimensions: Vec<DimensionScore>,
    /// Concepts the answer conveys, in card order, with where it conveys them.
    pub matched: Vec<ConceptHit>,
    /// Concepts the answer misses, in card order, with their hints.
    pub missed: Vec<ConceptMiss>,
    /// Jargon the answer uses (the card's, then the built-in lexicon's), with plain swaps.
    pub jargon: Vec<JargonHit>,
    /// The concrete quantities the answer states, in text order.
    pub quantities: Vec<Quantity>,
    /// Up to three ways to raise the score, the most valuable first.
    pub tips: Vec<Tip>,
    /// A friendly word when there is nothing to score yet (empty or off-topic).
    pub message: Option<String>,
    /// Number of words in the answer.
    pub word_count: usize,
}

/// A score for one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DimensionScore {
    /// The dimension.
    pub dimension: Dimension,
    /// Its score, 0–100.
    pub score: u8,
}

/// A concept the answer conveys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConceptHit {
    /// The concept's label (shared with the compiled card, so a report copies no text).
    pub label: Arc<str>,
    /// The concept's dimension.
    pub dimension: Dimension,
    /// Every place in the answer where it is conveyed, in text order.
    pub spans: Vec<Span>,
}

/// A concept the answer misses, and why a mention did not count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConceptMiss {
    /// The concept's label (shared with the compiled card, so a report copies no text).
    pub label: Arc<str>,
    /// The concept's dimension.
    pub dimension: Dimension,
    /// The author's nudge toward it.
    pub hint: Arc<str>,
    /// Mentions that were denied ("there is no risk").
    pub denied: Vec<Span>,
    /// Mentions in a list of words rather than a sentence.
    pub listed: Vec<Span>,
    /// Mentions that claim the opposite of a point made by a denial: "it has children"
    /// where the point is that it has none.
    pub opposite: Vec<Span>,
}

/// A jargon term the answer uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JargonHit {
    /// The term as the card or lexicon lists it.
    pub term: Arc<str>,
    /// A plain-language swap, where one is known.
    pub swap: Option<Arc<str>>,
    /// Every place the answer uses it, in text order.
    pub spans: Vec<Span>,
}

/// One way to raise the score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tip {
    /// What to do, in a sentence.
    pub text: String,
    /// About how many points it would win.
    pub points: u8,
}
