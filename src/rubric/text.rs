//! Tokenising text into normalised, stemmed words that keep their byte spans in the original.
//!
//! Normalisation is per token: Unicode NFKC (see `fold`, so full-width letters and ligatures read as
//! plain ones), lowercase, and curly apostrophes folded to `'`. Dashes, quotes and all other
//! punctuation separate tokens, which makes `sign-up`, `sign–up` and `sign up` the same words.
//! A token keeps the byte span of its original text, so feedback can point at exactly what
//! the learner typed.

use super::fold::nfkc;
use super::matcher::FastMap;
use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

/// A half-open byte range `[start, end)` in the answer text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// The text this span covers in `source`.
    ///
    /// Spans produced by this module always lie on character boundaries of the text they
    /// were made from; a foreign span that does not gives an empty string.
    pub fn slice(self, source: &str) -> &str {
        source.get(self.start..self.end).unwrap_or("")
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// One word or number of a text, normalised, with where it stands in the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The token normalised: NFKC, lowercase, `'` for any apostrophe.
    pub word: String,
    /// The Snowball English stem of `word` (`word` itself for numbers).
    pub stem: String,
    /// Where the token stands in the original text.
    pub span: Span,
    /// Index of the sentence the token belongs to, counting from 0.
    pub sentence: usize,
    /// Whether the token contains a digit.
    pub numeric: bool,
}

/// The English Snowball stemmer, built once.
pub(crate) fn stem(word: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER
        .get_or_init(|| Stemmer::create(Algorithm::English))
        .stem(word)
        .into_owned()
}

/// Normalise one word: NFKC, lowercase, curly apostrophes folded.
pub(crate) fn normalize(text: &str) -> String {
    // ASCII is already NFKC and folds case byte by byte: the common case, made cheap.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    nfkc(text)
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| {
            if matches!(c, '\u{2019}' | '\u{2018}' | '\u{02BC}') {
                '\''
            } else {
                c
            }
        })
        .collect()
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | '\n' | '…' | '。')
}

/// Split `text` into tokens: runs of letters and digits.
///
/// An apostrophe between letters stays inside the word (`don't`, `customer's`), and a `.` or
/// `,` between digits stays inside the number (`3.5`, `1,000`). A sentence ends at `.`, `!`,
/// `?`, `;` or a line break.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let next_is = |i: usize, f: fn(char) -> bool| chars.get(i + 1).is_some_and(|&(_, c)| f(c));
    let mut tokens = Vec::new();
    // Stemming is the costliest step per word; an answer repeats its words, so stem each
    // distinct word once.
    let mut stems: FastMap<String, String> = FastMap::default();
    let mut sentence = 0;
    let mut start: Option<usize> = None;
    for (i, &(at, ch)) in chars.iter().enumerate() {
        let inside = start.is_some();
        let keep = ch.is_alphanumeric()
            || (inside && is_apostrophe(ch) && next_is(i, char::is_alphabetic))
            || (inside
                && matches!(ch, '.' | ',')
                && i > 0
                && chars[i - 1].1.is_ascii_digit()
                && next_is(i, |c| c.is_ascii_digit()));
        match (keep, start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                tokens.push(token(text, s, at, sentence, &mut stems));
                start = None;
            }
            _ => {}
        }
        if !keep && ends_sentence(ch) {
            sentence += 1;
        }
    }
    if let Some(s) = start {
        tokens.push(token(text, s, text.len(), sentence, &mut stems));
    }
    tokens
}

fn token(
    text: &str,
    start: usize,
    end: usize,
    sentence: usize,
    stems: &mut FastMap<String, String>,
) -> Token {
    let word = normalize(&text[start..end]);
    let numeric = word.chars().any(|c| c.is_ascii_digit());
    let stem = if numeric {
        word.clone()
    } else {
        stems
            .entry(word.clone())
            .or_insert_with(|| stem(&word))
            .clone()
    };
    Token {
        word,
        stem,
        span: Span { start, end },
        sentence,
        numeric,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, &str, usize)> {
        tokenize(text)
            .into_iter()
            .map(|t| (t.word, t.span.slice(text), t.sentence))
            .collect()
    }

    #[test]
    fn words_keep_their_byte_spans() {
        let text = "Sign-up fails, Ünïcode!";
        assert_eq!(
            words(text),
            [
                ("sign".into(), "Sign", 0),
                ("up".into(), "up", 0),
                ("fails".into(), "fails", 0),
                ("ünïcode".into(), "Ünïcode", 0),
            ]
        );
    }

    #[test]
    fn apostrophes_numbers_and_sentences() {
        let text = "We don’t lose $1,000.50 today. Customer's data; 3.5x";
        assert_eq!(
            words(text),
            [
                ("we".into(), "We", 0),
                ("don't".into(), "don’t", 0),
                ("lose".into(), "lose", 0),
                ("1,000.50".into(), "1,000.50", 0),
                ("today".into(), "today", 0),
                ("customer's".into(), "Customer's", 1),
                ("data".into(), "data", 1),
                ("3.5x".into(), "3.5x", 2),
            ]
        );
    }

    #[test]
    fn nfkc_folds_compatibility_forms() {
        let text = "ｃｏｓｔ ﬁnance";
        let got: Vec<String> = tokenize(text).into_iter().map(|t| t.word).collect();
        assert_eq!(got, ["cost", "finance"]);
    }

    #[test]
    fn stems_are_snowball_english() {
        let got: Vec<String> = tokenize("onboarding customers failed")
            .into_iter()
            .map(|t| t.stem)
            .collect();
        assert_eq!(got, ["onboard", "custom", "fail"]);
    }

    #[test]
    fn blank_text_has_no_words() {
        assert!(tokenize("  \n\t ... ").is_empty());
    }
}
