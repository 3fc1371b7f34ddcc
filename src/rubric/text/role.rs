//! What a word is to the scorer (a grammar word, a negator, an article...), decided once
//! per distinct word and kept with it.

use crate::rubric::lexicon::{
    is_absence_word, is_clause_negator, is_clause_word, is_function_word, is_negator,
};
use crate::rubric::quantity::starts_quantity;

/// What a word is to the scorer, decided once per distinct word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Role {
    /// A grammar word (see `lexicon::FUNCTION_WORDS`).
    pub(crate) function: bool,
    /// A word that denies what follows (see `lexicon::NEGATORS`).
    pub(crate) negator: bool,
    /// A negator that denies the rest of its clause (see `lexicon::CLAUSE_NEGATORS`).
    pub(crate) clause_negator: bool,
    /// A word that starts a new clause (see `lexicon::CLAUSE_WORDS`).
    pub(crate) clause_word: bool,
    /// A word that states an absence (see `lexicon::ABSENCE_WORDS`).
    pub(crate) absence: bool,
    /// A word a quantity can start with (a number word, a month, `q3`, `a`).
    pub(crate) quantity_start: bool,
    /// An article ("a", "an", "the"): says nothing of its own in a list of keywords.
    pub(crate) article: bool,
    /// A word that chains items ("and", "or", "plus", "also").
    pub(crate) chain: bool,
    /// A pronoun that starts a new subject ("we", "you"), which ends a clause's denial.
    pub(crate) subject: bool,
}

impl Role {
    pub(super) fn of(word: &str) -> Role {
        Role {
            function: is_function_word(word),
            negator: is_negator(word),
            clause_negator: is_clause_negator(word),
            clause_word: is_clause_word(word),
            absence: is_absence_word(word),
            quantity_start: starts_quantity(word),
            article: matches!(word, "a" | "an" | "the"),
            chain: matches!(word, "and" | "or" | "plus" | "also"),
            subject: matches!(word, "i" | "we" | "you" | "they" | "he" | "she"),
        }
    }
}
