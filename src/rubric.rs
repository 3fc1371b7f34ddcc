//! Scoring an answer against a card's rubric: pure, deterministic and fast enough to run on
//! every keystroke.
//!
//! Terms match as a human reader would: normalised, stemmed, tolerant of small typos, in any
//! order when they have several words (see the `matcher` module for the exact rules).
//!
//! The formula (constants below, each with its reason):
//! - A concept counts when one of its terms is **stated**: in a sentence that reads as prose
//!   (fewer than [`LIST_MENTIONS`] concepts, or words of its own saying what they do) and
//!   not denied ("no" and "nobody" deny their clause, "not" the next [`NEGATION_REACH`]
//!   words, "it is not true that" its sentence). A term that starts with a denial ("no
//!   children") is stated by a denial in any wording. Lists of keywords, however they are
//!   joined, and "there is no risk" earn nothing, which is what stops a room gaming the score.
//! - A dimension scores the weight of its counted concepts over [`SATURATION`] of its total
//!   weight, capped at 100: a strong answer need not hit every concept.
//! - The mean of the card's dimensions is lifted where it is partial ([`LIFT`] up to
//!   [`LIFT_KNEE`]), as readers weigh one point made well, then scaled to [`CONCEPT_POINTS`],
//!   plus
//!   [`QUANTITY_BONUS`] per concrete quantity up to [`QUANTITY_BONUS_CAP`] (only once some
//!   concept counts, so numbers alone score nothing), minus [`JARGON_PENALTY`] per distinct
//!   jargon term up to [`JARGON_PENALTY_CAP`], minus up to [`RAMBLE_PENALTY_CAP`] for going
//!   far past the card's length guide; clamped to 0–100.

mod draft;
mod fold;
mod fold_table;
mod highlight;
mod lexicon;
mod matcher;
mod quantity;
mod score;
mod text;
mod thesaurus;

pub use draft::{draft, draft_with, slug};
pub use fold::COVERED as NORMALISED_RANGES;
pub use highlight::{Highlight, highlights};
pub use lexicon::JARGON as JARGON_LEXICON;
pub use quantity::{Quantity, QuantityKind};
pub use score::{
    ConceptHit, ConceptMiss, DimensionScore, JargonHit, MAX_ANSWER_CHARS, Report, Rubric, Tip,
    length_guide, score, scored_part,
};
pub use text::{Span, Token, Word, tokenize};
pub use thesaurus::{Thesaurus, ThesaurusError};

/// Share of a dimension's concept weight that earns full marks for it: covering the main
/// points is enough; the last synonym-level concept should not decide the grade.
pub const SATURATION: f64 = 0.7;
/// Points the concepts are worth in all: the rest comes from concrete numbers, because an
/// answer without any number is rarely the best a decision maker could get.
pub const CONCEPT_POINTS: u8 = 90;
/// How much a partial answer's coverage is raised: a reader gives one point made well about
/// half marks, not the quarter its share of the rubric would be. Coverage `c` below
/// [`LIFT_KNEE`] counts as `c + LIFT × c × (1 − c / LIFT_KNEE)`: a sixth of the rubric reads
/// as about a quarter, a third as about a half. Fitted on the hand-graded agreement sets
/// (see `tests/agreement.rs`).
pub const LIFT: f64 = 0.8;
/// Where the lift has faded out: from here on the answer covers most of what matters, and
/// its coverage counts as it is (a middling answer stays middling).
pub const LIFT_KNEE: f64 = 0.6;
/// Points for each distinct quantity (number, money, duration, date).
pub const QUANTITY_BONUS: u8 = 5;
/// The most the quantities can add: two numbers make the point; ten do not make it better.
pub const QUANTITY_BONUS_CAP: u8 = 10;
/// Points lost for each distinct jargon term: small next to a concept (a card has three to
/// six), so one slip in a good answer still scores well.
pub const JARGON_PENALTY: u8 = 5;
/// The most points jargon can cost, so jargon alone cannot sink an answer that covers
/// everything.
pub const JARGON_PENALTY_CAP: u8 = 15;
/// The most points rambling can cost: length is a style problem, not a content one.
pub const RAMBLE_PENALTY_CAP: u8 = 10;
/// Concepts one sentence must mention before it can read as a list of keywords: two are a
/// short answer ("enqueue and dequeue"), which earns what it states.
pub const LIST_MENTIONS: usize = 3;
/// How many words before a mention a negator still denies it.
pub const NEGATION_REACH: usize = 3;
