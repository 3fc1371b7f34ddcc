//! Tokenising text into normalised, stemmed words that keep their byte spans in the original.
//!
//! Normalisation is per token: Unicode NFKC (see `fold`, so full-width letters and ligatures read as
//! plain ones), lowercase, and curly apostrophes folded to `'`. Dashes, quotes and all other
//! punctuation separate tokens, which makes `sign-up`, `sign–up` and `sign up` the same words.
//! A token keeps the byte span of its original text, so feedback can point at exactly what
//! the learner typed.

mod role;
mod vocab;

pub(crate) use role::Role;
pub(crate) use vocab::{Vocab, VocabWord};

use super::fold::nfkc;
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
    pub word: Word,
    /// Where the token stands in the original text.
    pub span: Span,
    /// Index of the sentence the token belongs to, counting from 0.
    pub sentence: usize,
    /// Index of the clause the token belongs to, counting from 0 across the whole text: a
    /// clause ends where a sentence does and at `,`, `:`, a bracket or a dash between
    /// words. A denial reaches no further than its clause.
    pub clause: usize,
    /// Whether the token contains a digit.
    pub numeric: bool,
    /// The word's number in the [`Vocab`] that read it: equal words, equal ids.
    pub(crate) id: u32,
    /// What the word is to the scorer, looked up once per distinct word.
    pub(crate) role: Role,
}

impl Token {
    /// The Snowball English stem of the word (the word itself for numbers). Computed on
    /// each call: scoring reads stems from its vocabulary instead.
    pub fn stem(&self) -> String {
        stem_of(&self.word, self.numeric)
    }
}

/// A normalised word: kept inline when short (almost every word is), shared when long, so
/// copying a token never allocates.
pub type Word = smol_str::SmolStr;

/// The English Snowball stemmer, built once.
pub(crate) fn stem(word: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    let word = IRREGULAR_PLURALS
        .iter()
        .find(|(plural, _)| *plural == word)
        .map_or(word, |(_, singular)| singular);
    STEMMER
        .get_or_init(|| Stemmer::create(Algorithm::English))
        .stem(word)
        .into_owned()
}

/// Plurals Snowball leaves apart from their singular ("children" stems to "children"): a
/// reader hears one word. Not those that are also verbs ("leaves", "halves").
const IRREGULAR_PLURALS: &[(&str, &str)] = &[
    ("children", "child"),
    ("people", "person"),
    ("men", "man"),
    ("women", "woman"),
    ("mice", "mouse"),
    ("feet", "foot"),
    ("teeth", "tooth"),
    ("indices", "index"),
    ("vertices", "vertex"),
    ("matrices", "matrix"),
    ("analyses", "analysis"),
    ("criteria", "criterion"),
    ("phenomena", "phenomenon"),
    ("knives", "knife"),
    ("wives", "wife"),
];

/// Whether a normalised word is a number (contains a digit): numbers are compared whole,
/// never stemmed or forgiven typos.
pub(crate) fn is_numeric(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit())
}

/// The stem matching uses for a normalised word: its Snowball stem, or the word itself
/// for a number.
pub(crate) fn stem_of(word: &str, numeric: bool) -> String {
    if numeric { word.to_owned() } else { stem(word) }
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

/// Whether `c`, outside a word, ends a clause (as every sentence end does too). A hyphen
/// does not: it joins words (`sign-up`) far more often than it separates clauses.
fn ends_clause(c: char) -> bool {
    matches!(
        c,
        ',' | ':' | '(' | ')' | '[' | ']' | '–' | '—' | '"' | '“' | '”'
    ) || ends_sentence(c)
}

/// The ASCII letters and digits, as a table: one load a byte where three comparisons were.
static WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Split `text` into tokens: runs of letters and digits.
///
/// An apostrophe between letters stays inside the word (`don't`, `customer's`), and a `.` or
/// `,` between digits stays inside the number (`3.5`, `1,000`). A sentence ends at `.`, `!`,
/// `?`, `;` or a line break.
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_with(text, &mut Vocab::default())
}

/// [`tokenize`], reading words through `vocab`.
pub(crate) fn tokenize_with(text: &str, vocab: &mut Vocab) -> Vec<Token> {
    // About one token per six bytes of English: one allocation for most answers.
    let mut tokens = Vec::with_capacity(text.len() / 6 + 1);
    let mut sentence = 0;
    let mut clause = 0;
    let mut start: Option<usize> = None;
    // Whether the character before `at` is an ASCII digit: `.` and `,` stay inside numbers.
    let mut after_digit = false;
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        // A run of ASCII letters and digits is inside a word whatever surrounds it: skip
        // it byte by byte (most of any English text).
        if WORD_BYTE[usize::from(byte)] {
            start.get_or_insert(at);
            at += 1;
            while bytes.get(at).is_some_and(|&b| WORD_BYTE[usize::from(b)]) {
                at += 1;
            }
            after_digit = bytes[at - 1].is_ascii_digit();
            continue;
        }
        // Any other ASCII byte is a whole character; the rest are decoded.
        let ch = if byte.is_ascii() {
            char::from(byte)
        } else {
            text[at..].chars().next().unwrap_or_default()
        };
        let width = ch.len_utf8();
        let inside = start.is_some();
        let letter_next = || {
            text[at + width..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
        };
        let keep = (!byte.is_ascii() && ch.is_alphanumeric())
            || (inside && is_apostrophe(ch) && letter_next())
            || (inside
                && matches!(byte, b'.' | b',')
                && after_digit
                && bytes.get(at + 1).is_some_and(u8::is_ascii_digit));
        match (keep, start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                tokens.push(token(text, s, at, (sentence, clause), vocab));
                start = None;
            }
            _ => {}
        }
        if !keep && ends_sentence(ch) {
            sentence += 1;
        }
        if !keep && ends_clause(ch) && tokens.last().is_some_and(|t| t.clause == clause) {
            clause += 1;
        }
        after_digit = false;
        at += width;
    }
    if let Some(s) = start {
        tokens.push(token(text, s, text.len(), (sentence, clause), vocab));
    }
    tokens
}

fn token(
    text: &str,
    start: usize,
    end: usize,
    (sentence, clause): (usize, usize),
    vocab: &mut Vocab,
) -> Token {
    let id = vocab.intern(text, start, end);
    let word = &vocab.words[id as usize];
    Token {
        word: word.word.clone(),
        span: Span { start, end },
        sentence,
        clause,
        numeric: word.numeric,
        id,
        role: word.role,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, &str, usize)> {
        tokenize(text)
            .into_iter()
            .map(|t| (t.word.to_string(), t.span.slice(text), t.sentence))
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
        let got: Vec<String> = tokenize(text).iter().map(|t| t.word.to_string()).collect();
        assert_eq!(got, ["cost", "finance"]);
    }

    #[test]
    fn stems_are_snowball_english() {
        let got: Vec<String> = tokenize("onboarding customers failed")
            .iter()
            .map(Token::stem)
            .collect();
        assert_eq!(got, ["onboard", "custom", "fail"]);
    }

    #[test]
    fn the_word_byte_table_is_the_ascii_letters_and_digits() {
        for b in 0..=255u8 {
            assert_eq!(WORD_BYTE[usize::from(b)], b.is_ascii_alphanumeric(), "{b}");
        }
    }

    #[test]
    fn blank_text_has_no_words() {
        assert!(tokenize("  \n\t ... ").is_empty());
    }
}
