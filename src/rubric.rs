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
mod fast_map;
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
    CONCEPT_POINTS, ConceptHit, ConceptMiss, ConceptTerms, DimensionScore, JARGON_PENALTY,
    JARGON_PENALTY_CAP, JargonHit, LIFT, LIFT_KNEE, LIST_MENTIONS, MAX_ANSWER_CHARS,
    NEGATION_REACH, QUANTITY_BONUS, QUANTITY_BONUS_CAP, RAMBLE_PENALTY_CAP, Report, Rubric,
    SATURATION, Tip, length_guide, score, scored_part,
};
pub use text::{Span, Token, Word, tokenize};
pub use thesaurus::{Thesaurus, ThesaurusError};
