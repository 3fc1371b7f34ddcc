//! Finding a card's terms in an answer, with the tolerance a human reader has.
//!
//! A term word matches a token when (first that applies):
//! - either is a number: only the same number;
//! - the stems are equal (`onboarding` ~ `onboard`);
//! - the token is the term word plus English suffixes (`risk` ~ `risky`); a trailing `*`
//!   allows derivational suffixes too (`contract*` ~ `contractors`), but only real suffixes,
//!   so `cost*` never reaches `costume` and `break*` never reaches `breakfast`;
//! - a typo: one edit for terms of 5+ letters, two for 9+, same first letter, letters only,
//!   at most one letter longer or shorter (two added letters are a different word form:
//!   `contractors` is not a typo of `contracts`), where swapping two letters is one edit and
//!   replacing one is one edit only between neighbouring keys (`budgte` ~ `budget`, but
//!   `scalp` is two edits from `scale`).
//!
//! A multi-word term matches when all its words occur within a few tokens of each other in
//! one sentence, in any order (`cut cost` ~ `the costs we cut`). Compounds match joined or
//! split: `sign up` ~ `signup` and `signup` ~ `sign-up`.

use super::text::{Span, Token, stem, tokenize};

/// Suffixes any term word may take.
const INFLECTIONS: &[&str] = &[
    "s", "es", "ed", "d", "ing", "y", "ly", "ies", "ied", "er", "ers",
];

/// Further suffixes a `*` term may take, alone or after another suffix.
const DERIVATIONS: &[&str] = &[
    "ation", "ations", "ion", "ions", "ment", "ments", "able", "ably", "ability", "ible", "al",
    "ally", "ual", "ful", "fully", "less", "ness", "ity", "ive", "ively", "or", "ors", "ure",
    "ures", "age", "ages", "ist", "ists", "ize", "ise", "ized", "ised", "izing", "ising", "ee",
    "ees", "ship", "worthy", "ers", "ings",
];

/// Extra tokens a multi-word term may span beyond its own words: one lets "cut cost" match
/// "costs we cut"; two would let "more customers" match "customers without hiring more".
const WINDOW_SLACK: usize = 1;

/// A term from a deck, ready to match.
#[derive(Debug, Clone)]
pub(crate) struct Term {
    words: Vec<TermWord>,
    /// The words joined into one (`sign up` → `signup`), for a multi-word term.
    compound: Option<TermWord>,
}

#[derive(Debug, Clone)]
struct TermWord {
    word: String,
    stem: String,
    prefix: bool,
    numeric: bool,
}

impl TermWord {
    fn new(word: String, prefix: bool) -> TermWord {
        let numeric = word.chars().any(|c| c.is_ascii_digit());
        let stem = if numeric { word.clone() } else { stem(&word) };
        TermWord {
            word,
            stem,
            prefix,
            numeric,
        }
    }

    fn matches(&self, token: &Token) -> bool {
        if self.numeric || token.numeric {
            return self.word == token.word;
        }
        token.stem == self.stem
            || token.word == self.word
            || extends(&token.word, &self.word, self.prefix)
            || extends(&token.stem, &self.stem, self.prefix)
            || is_typo(&self.word, &token.word)
    }
}

impl Term {
    /// Parse a deck term; `None` when it has no words.
    pub(crate) fn parse(term: &str) -> Option<Term> {
        let trimmed = term.trim();
        let (body, prefix) = match trimmed.strip_suffix('*') {
            Some(body) => (body, true),
            None => (trimmed, false),
        };
        let tokens = tokenize(body);
        let last = tokens.len().checked_sub(1)?;
        let compound = (tokens.len() > 1 && tokens.iter().all(|t| !t.numeric)).then(|| {
            let joined: String = tokens.iter().map(|t| t.word.as_str()).collect();
            TermWord::new(joined, prefix)
        });
        let words = tokens
            .into_iter()
            .enumerate()
            .map(|(i, t)| TermWord::new(t.word, prefix && i == last))
            .collect();
        Some(Term { words, compound })
    }

    /// Every non-overlapping span where the term occurs, in text order.
    pub(crate) fn find(&self, answer: &Answer) -> Vec<Span> {
        let mut spans = Vec::new();
        let singles = match (&self.words[..], &self.compound) {
            ([only], _) => Some(only),
            (_, compound) => compound.as_ref(),
        };
        if let Some(word) = singles {
            let candidates = answer.tokens.iter();
            // A one-word term also matches a split compound (`sign-up` for `signup`).
            let joined = answer.joined.iter().filter(|_| self.words.len() == 1);
            spans.extend(
                candidates
                    .chain(joined)
                    .filter(|t| word.matches(t))
                    .map(|t| t.span),
            );
        }
        if self.words.len() > 1 {
            spans.extend(self.find_near(&answer.tokens));
        }
        non_overlapping(spans)
    }

    /// Spans where every word occurs within a short window of one sentence, in any order.
    fn find_near(&self, tokens: &[Token]) -> Vec<Span> {
        let m = self.words.len();
        let mut spans = Vec::new();
        for (i, first) in tokens.iter().enumerate() {
            let end = tokens.len().min(i + m + WINDOW_SLACK);
            let mut taken = vec![false; m];
            let mut span: Option<Span> = None;
            for token in tokens[i..end]
                .iter()
                .take_while(|t| t.sentence == first.sentence)
            {
                if let Some(w) = (0..m).find(|&w| !taken[w] && self.words[w].matches(token)) {
                    taken[w] = true;
                    span = Some(span.map_or(token.span, |s| s.cover(token.span)));
                } else if span.is_none() {
                    break; // the window must start on one of the term's words
                }
            }
            if let (true, Some(span)) = (taken.iter().all(|&t| t), span) {
                spans.push(span);
            }
        }
        spans
    }
}

/// An answer tokenised once for all of a card's terms.
#[derive(Debug, Clone)]
pub(crate) struct Answer {
    /// The answer's tokens.
    pub(crate) tokens: Vec<Token>,
    /// Each pair of neighbouring words joined (`sign` `up` → `signup`), for compound terms.
    joined: Vec<Token>,
}

impl Answer {
    pub(crate) fn new(text: &str) -> Answer {
        let tokens = tokenize(text);
        let joined = tokens
            .windows(2)
            .filter(|pair| {
                let (a, b) = (&pair[0], &pair[1]);
                let gap = text.get(a.span.end..b.span.start).unwrap_or("");
                a.sentence == b.sentence
                    && !a.numeric
                    && !b.numeric
                    && gap.chars().count() == 1
                    && gap
                        .chars()
                        .all(|c| c == ' ' || c == '-' || c == '\u{2010}' || c == '\u{2011}')
            })
            .map(|pair| {
                let word = format!("{}{}", pair[0].word, pair[1].word);
                Token {
                    stem: stem(&word),
                    word,
                    span: pair[0].span.cover(pair[1].span),
                    sentence: pair[0].sentence,
                    numeric: false,
                }
            })
            .collect();
        Answer { tokens, joined }
    }
}

/// Whether `word` is `base` plus one or two suffixes (derivational ones only when `wide`),
/// allowing the base's final consonant to double first (`ship` → `shipping`).
fn extends(word: &str, base: &str, wide: bool) -> bool {
    fn chain(rest: &str, wide: bool, depth: u8) -> bool {
        rest.is_empty()
            || (depth < 2
                && INFLECTIONS
                    .iter()
                    .chain(if wide { DERIVATIONS } else { &[] })
                    .any(|s| {
                        rest.strip_prefix(s)
                            .is_some_and(|r| chain(r, wide, depth + 1))
                    }))
    }
    let Some(rest) = word.strip_prefix(base).filter(|rest| !rest.is_empty()) else {
        return false;
    };
    let doubled = base
        .chars()
        .last()
        .filter(|c| "bdglmnprt".contains(*c))
        .and_then(|c| rest.strip_prefix(c));
    chain(rest, wide, 0) || doubled.is_some_and(|r| !r.is_empty() && chain(r, wide, 0))
}

/// Whether `word` is a plausible typo of `term`.
fn is_typo(term: &str, word: &str) -> bool {
    let (t, w): (Vec<char>, Vec<char>) = (term.chars().collect(), word.chars().collect());
    let budget = match t.len() {
        0..=4 => return false,
        5..=8 => 1,
        _ => 2,
    };
    t.iter().chain(&w).all(|c| c.is_alphabetic())
        && t.first() == w.first()
        && t.len().abs_diff(w.len()) <= 1
        && typo_distance(&t, &w) <= budget
}

/// Optimal-string-alignment distance where replacing a letter costs 1 only if the two keys
/// are neighbours on a QWERTY keyboard, and 2 otherwise.
fn typo_distance(a: &[char], b: &[char]) -> usize {
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    d[0] = (0..=m).collect();
    for i in 1..=n {
        for j in 1..=m {
            let replace = if a[i - 1] == b[j - 1] {
                0
            } else if neighbours(a[i - 1], b[j - 1]) {
                1
            } else {
                2
            };
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + replace);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[n][m]
}

/// Whether two letters sit next to each other on a QWERTY keyboard (rows staggered).
fn neighbours(a: char, b: char) -> bool {
    const ROWS: [(&str, f32); 3] = [("qwertyuiop", 0.0), ("asdfghjkl", 0.25), ("zxcvbnm", 0.75)];
    let place = |c: char| {
        ROWS.iter()
            .enumerate()
            .find_map(|(r, (keys, offset))| keys.find(c).map(|col| (r as f32, col as f32 + offset)))
    };
    match (place(a), place(b)) {
        (Some((ra, ca)), Some((rb, cb))) if a != b => {
            (ra == rb && (ca - cb).abs() == 1.0)
                || ((ra - rb).abs() == 1.0 && (ca - cb).abs() < 1.0)
        }
        _ => false,
    }
}

/// Sorted spans with any span that overlaps an earlier one dropped.
fn non_overlapping(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort();
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        if out.last().is_none_or(|last| span.start >= last.end) {
            out.push(span);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyboard_neighbours() {
        assert!(neighbours('g', 'h') && neighbours('a', 'q') && neighbours('a', 'z'));
        assert!(!neighbours('g', 'j') && !neighbours('e', 'p') && !neighbours('a', 'x'));
        assert!(!neighbours('a', 'a'));
    }

    #[test]
    fn suffix_chains() {
        assert!(extends("failing", "fail", false));
        assert!(extends("onboarders", "onboard", true));
        assert!(extends("contractors", "contract", true));
        assert!(
            !extends("contractors", "contract", false),
            "derivations need a `*`"
        );
        assert!(
            extends("shipping", "ship", false),
            "doubled final consonant"
        );
        assert!(!extends("shopping", "ship", false));
        assert!(
            !extends("costume", "cost", true),
            "costume is not cost + suffix"
        );
        assert!(
            !extends("breakfast", "break", true),
            "breakfast is not break + suffix"
        );
        assert!(
            !extends("cost", "cost", true),
            "nothing added is not an extension"
        );
    }
}
