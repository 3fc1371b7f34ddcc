//! The score of one answer against one card, with the evidence behind it.

use super::matcher::{Answer, Term};
use super::quantity::{Quantity, quantities};
use super::text::Span;
use super::{JARGON_PENALTY, JARGON_PENALTY_CAP};
use crate::deck::{Card, Dimension};

/// The explained result of scoring an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Overall score, 0–100.
    pub total: u8,
    /// One score per dimension the card covers, in [`Dimension::ALL`] order.
    pub dimensions: Vec<DimensionScore>,
    /// Concepts the answer conveys, in card order, with where it conveys them.
    pub matched: Vec<ConceptHit>,
    /// Concepts the answer misses, in card order, with their hints.
    pub missed: Vec<ConceptMiss>,
    /// The card's jargon the answer uses, in card order.
    pub jargon: Vec<JargonHit>,
    /// The concrete quantities the answer states, in text order.
    pub quantities: Vec<Quantity>,
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
    /// The concept's label.
    pub label: String,
    /// The concept's dimension.
    pub dimension: Dimension,
    /// Every place in the answer where one of its terms matched, in text order.
    pub spans: Vec<Span>,
}

/// A concept the answer misses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConceptMiss {
    /// The concept's label.
    pub label: String,
    /// The concept's dimension.
    pub dimension: Dimension,
    /// The author's nudge toward it.
    pub hint: String,
}

/// A jargon term the answer uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JargonHit {
    /// The term as the card lists it.
    pub term: String,
    /// Every place the answer uses it, in text order.
    pub spans: Vec<Span>,
}

/// Score `answer` against `card`.
pub fn score(card: &Card, text: &str) -> Report {
    let answer = Answer::new(text);

    let hits: Vec<Vec<Span>> = card
        .concepts
        .iter()
        .map(|concept| find_all(&answer, &concept.terms))
        .collect();

    let dimensions: Vec<DimensionScore> = card
        .dimensions()
        .into_iter()
        .map(|dimension| {
            let (mut got, mut all) = (0u32, 0u32);
            for (concept, spans) in card.concepts.iter().zip(&hits) {
                if concept.dimension == dimension {
                    all += concept.weight;
                    if !spans.is_empty() {
                        got += concept.weight;
                    }
                }
            }
            let all = all.max(1);
            let score = ((got * 100 + all / 2) / all).min(100) as u8;
            DimensionScore { dimension, score }
        })
        .collect();

    let mut matched = Vec::new();
    let mut missed = Vec::new();
    for (concept, spans) in card.concepts.iter().zip(hits) {
        if spans.is_empty() {
            missed.push(ConceptMiss {
                label: concept.label.clone(),
                dimension: concept.dimension,
                hint: concept.hint.clone(),
            });
        } else {
            matched.push(ConceptHit {
                label: concept.label.clone(),
                dimension: concept.dimension,
                spans,
            });
        }
    }

    let jargon: Vec<JargonHit> = card
        .jargon
        .iter()
        .filter_map(|term| {
            let spans = find_all(&answer, std::slice::from_ref(term));
            (!spans.is_empty()).then(|| JargonHit {
                term: term.clone(),
                spans,
            })
        })
        .collect();

    let mean = if dimensions.is_empty() {
        0
    } else {
        let sum: u32 = dimensions.iter().map(|d| u32::from(d.score)).sum();
        let n = dimensions.len() as u32;
        (sum + n / 2) / n
    };
    let penalty =
        (jargon.len() as u32 * u32::from(JARGON_PENALTY)).min(u32::from(JARGON_PENALTY_CAP));
    let total = mean.saturating_sub(penalty).min(100) as u8;

    Report {
        total,
        dimensions,
        matched,
        missed,
        jargon,
        quantities: quantities(text, &answer.tokens),
        word_count: answer.tokens.len(),
    }
}

/// Every span where any of `terms` occurs, in text order, without overlaps.
fn find_all(answer: &Answer, terms: &[String]) -> Vec<Span> {
    let mut spans: Vec<Span> = terms
        .iter()
        .filter_map(|t| Term::parse(t))
        .flat_map(|t| t.find(answer))
        .collect();
    spans.sort();
    spans.dedup();
    spans
}
