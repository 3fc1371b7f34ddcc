//! An answer tokenised once for all of a card's terms, with neighbouring words joined for
//! compound terms (`sign up` ~ `signup`).

use super::index::Index;
use super::words::Words;
use crate::rubric::text::{Token, Vocab, tokenize_with};
use std::cell::RefCell;

/// An answer tokenised once for all of a card's terms.
#[derive(Debug, Clone)]
pub(crate) struct Answer {
    /// The answer's tokens.
    pub(crate) tokens: Vec<Token>,
    pub(super) words: Words,
    /// Neighbouring words joined (`sign` `up` → `signup`), for compound terms.
    pub(super) joined: Vec<Token>,
    pub(super) joined_words: Words,
    /// Working space for multi-word terms: window starts and words taken.
    pub(super) scratch: RefCell<(Vec<usize>, Vec<bool>)>,
}

impl Answer {
    /// Tokenise `text` for matching term by term.
    pub(crate) fn new(text: &str) -> Answer {
        let mut vocab = Vocab::default();
        let tokens = tokenize_with(text, &mut vocab);
        let joined = joined_tokens(text, &tokens, &mut vocab, None);
        Answer {
            words: Words::plain(&tokens, &vocab.words, true),
            joined_words: Words::plain(&joined, &vocab.joined, false),
            tokens,
            joined,
            scratch: RefCell::default(),
        }
    }

    /// The registered words that match a word of the answer: a term none of whose words
    /// is among them cannot occur.
    pub(crate) fn matched_words(&self) -> impl Iterator<Item = usize> + '_ {
        self.words
            .matched_words()
            .chain(self.joined_words.matched_words())
    }

    /// Tokenise `text` through `vocab` and look each distinct word up in `index` once (or
    /// not at all, when `vocab` remembers it): every term registered with the index then
    /// finds its matches without comparing words again. `vocab` must only ever be used with
    /// this one index.
    pub(crate) fn with_index(text: &str, index: &Index, vocab: &mut Vocab) -> Answer {
        let tokens = tokenize_with(text, vocab);
        let joined = joined_tokens(text, &tokens, vocab, Some(index));
        let words = Words::indexed(&tokens, index, &mut vocab.words, true, &mut vocab.scratch);
        let joined_words =
            Words::indexed(&joined, index, &mut vocab.joined, false, &mut vocab.scratch);
        Answer {
            tokens,
            words,
            joined,
            joined_words,
            scratch: RefCell::default(),
        }
    }
}

/// Each pair of neighbouring words with one space or hyphen between them, joined. With an
/// index, only the pairs that match a registered word are kept.
fn joined_tokens(
    text: &str,
    tokens: &[Token],
    vocab: &mut Vocab,
    index: Option<&Index>,
) -> Vec<Token> {
    let mut joined = Vec::new();
    for pair in tokens.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let gap = text.get(a.span.end..b.span.start).unwrap_or("");
        let mut gap_chars = gap.chars();
        let adjacent = a.sentence == b.sentence
            && !a.numeric
            && !b.numeric
            && gap_chars
                .next()
                .is_some_and(|c| matches!(c, ' ' | '-' | '\u{2010}' | '\u{2011}'))
            && gap_chars.next().is_none();
        if !adjacent {
            continue;
        }
        let id = vocab.join(a.id, b.id);
        let known = &mut vocab.joined[id as usize];
        if let Some(index) = index {
            if known.matches.is_none() {
                // Joined words exist to match compounds: no typo tolerance for them.
                known.matches = Some(index.matching(known, false).into());
            }
            if known.matches.as_deref().is_some_and(<[u32]>::is_empty) {
                continue;
            }
        }
        // Joined words are compared whole and by their suffixes, never by stem, so the
        // stemmer's cost is not paid twice per word.
        joined.push(Token {
            word: known.word.clone(),
            span: a.span.cover(b.span),
            sentence: a.sentence,
            clause: a.clause,
            numeric: false,
            id,
            role: known.role,
        });
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbouring_words_join_across_one_space_or_hyphen_in_one_sentence() {
        let text = "Sign up, sign-up or sign  up. Sign. Up 4 5";
        let answer = Answer::new(text);
        let joined: Vec<&str> = answer.joined.iter().map(|t| &*t.word).collect();
        assert_eq!(
            joined,
            ["signup", "signup", "upor", "orsign"],
            "without an index every pair is kept, but not across a comma, two spaces, a sentence end or numbers"
        );
        assert_eq!(
            &text[answer.joined[1].span.start..answer.joined[1].span.end],
            "sign-up"
        );
    }
}
