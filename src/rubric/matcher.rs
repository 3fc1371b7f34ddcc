//! Finding a card's terms in an answer, with the tolerance a human reader has.
//!
//! A term word matches a token when (first that applies):
//! - either is a number: only the same number;
//! - the stems are equal (`onboarding` ~ `onboard`);
//! - the stems differ only by what Snowball leaves of a suffix (`dereferences` ~
//!   `dereferencing`, `reuse` ~ `reusability`);
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

mod answer;
mod index;
mod suffix;
mod typo;
mod words;

pub(crate) use answer::Answer;
pub(crate) use index::Index;

use super::text::{Span, VocabWord, is_numeric, stem_of, tokenize};
use std::borrow::Cow;
use suffix::{extends, remnant_of};
use typo::is_typo;

/// Extra tokens a multi-word term may span beyond its own words: one lets "cut cost" match
/// "costs we cut"; two would let "more customers" match "customers without hiring more".
const WINDOW_SLACK: usize = 1;

/// A term from a deck, ready to match.
#[derive(Debug, Clone)]
pub(crate) struct Term {
    words: Vec<TermWord>,
    /// The term begins with a negator ("no children", "not lost"): it is stated when its
    /// other words are denied, in any wording ("does not have any children", "without
    /// children"), and its words are those other words.
    negative: bool,
    /// The words joined into one (`sign up` → `signup`), for a multi-word term.
    compound: Option<TermWord>,
}

#[derive(Debug, Clone)]
struct TermWord {
    word: String,
    stem: String,
    prefix: bool,
    numeric: bool,
    initial: char,
    letters: usize,
    /// Its place in the [`Index`] it was registered with, if any.
    id: Option<usize>,
}

impl TermWord {
    fn new(word: String, prefix: bool) -> TermWord {
        let numeric = is_numeric(&word);
        let stem = stem_of(&word, numeric);
        let initial = word.chars().next().unwrap_or(' ');
        let letters = word.chars().count();
        TermWord {
            word,
            stem,
            prefix,
            numeric,
            initial,
            letters,
            id: None,
        }
    }

    /// Whether a distinct answer word matches. Every rule implies the same first letter,
    /// which is how [`Words`] narrows the candidates before this runs.
    fn matches(&self, entry: &VocabWord, typos: bool) -> bool {
        if self.numeric || entry.numeric {
            return *self.word == *entry.word;
        }
        *entry.stem == *self.stem
            || *entry.word == *self.word
            || extends(&entry.word, &self.word, self.prefix)
            || extends(&entry.stem, &self.stem, self.prefix)
            || remnant_of(&entry.stem, &self.stem)
            || remnant_of(&self.stem, &entry.stem)
            || (typos
                && self.letters.abs_diff(entry.letters) <= 1
                && is_typo(&self.word, &entry.word))
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
        let mut tokens = tokenize(body);
        let negative = tokens.len() > 1 && tokens[0].role.negator;
        if negative {
            tokens.remove(0);
        }
        let last = tokens.len().checked_sub(1)?;
        let compound = (tokens.len() > 1 && tokens.iter().all(|t| !t.numeric)).then(|| {
            let joined: String = tokens.iter().map(|t| &*t.word).collect();
            TermWord::new(joined, prefix)
        });
        let words = tokens
            .into_iter()
            .enumerate()
            .map(|(i, t)| TermWord::new(t.word.to_string(), prefix && i == last))
            .collect();
        Some(Term {
            words,
            negative,
            compound,
        })
    }

    /// Whether the term is stated by denying its words (see [`Term::negative`]).
    pub(crate) fn is_negative(&self) -> bool {
        self.negative
    }

    /// The index places of its words (see [`Index::register`]).
    /// What the term matches, as text: two terms with the same key find the same spans.
    pub(crate) fn key(&self) -> String {
        let words: Vec<String> = self
            .words
            .iter()
            .map(|w| format!("{}{}", w.word, if w.prefix { "*" } else { "" }))
            .collect();
        let words = words.join(" ");
        if self.negative {
            format!("no {words}")
        } else {
            words
        }
    }

    pub(crate) fn word_ids(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().chain(&self.compound).filter_map(|w| w.id)
    }

    /// Every non-overlapping span where the term occurs, in text order.
    pub(crate) fn find(&self, answer: &Answer) -> Vec<Span> {
        let mut spans = Vec::new();
        self.find_into(answer, &mut spans);
        spans
    }

    /// Append every non-overlapping span where the term occurs to `out`, in text order.
    pub(crate) fn find_into(&self, answer: &Answer, out: &mut Vec<Span>) {
        let from = out.len();
        let single = match (&self.words[..], &self.compound) {
            ([only], _) => Some(only),
            (_, compound) => compound.as_ref(),
        };
        if let Some(word) = single {
            answer.words.spans_of(word, &answer.tokens, out);
            // A one-word term also matches a split compound (`sign-up` for `signup`).
            if self.words.len() == 1 {
                answer.joined_words.spans_of(word, &answer.joined, out);
            }
        }
        if self.words.len() > 1 && self.words.iter().all(|w| answer.words.may_match(w)) {
            self.find_near(answer, out);
        }
        keep_non_overlapping(out, from);
    }

    /// Spans where every word occurs within a short window of one sentence, in any order.
    fn find_near(&self, answer: &Answer, spans: &mut Vec<Span>) {
        let (tokens, words) = (&answer.tokens, &answer.words);
        let m = self.words.len();
        // For each term word, the distinct answer words it matches (sorted); on the stack
        // for the short terms decks use.
        let few: [Cow<'_, [u32]>; NEAR_WORDS] = std::array::from_fn(|w| {
            self.words
                .get(w)
                .filter(|_| m <= NEAR_WORDS)
                .map_or(Cow::Borrowed(&[][..]), |word| words.hits(word))
        });
        let many: Vec<Cow<'_, [u32]>> = if m > NEAR_WORDS {
            self.words.iter().map(|w| words.hits(w)).collect()
        } else {
            Vec::new()
        };
        let hits = if m > NEAR_WORDS { &many[..] } else { &few[..m] };
        let matches = |w: usize, i: usize| hits[w].binary_search(&words.of_token[i]).is_ok();
        let mut scratch = answer.scratch.borrow_mut();
        let (starts, taken) = &mut *scratch;
        starts.clear();
        starts.extend(
            hits.iter()
                .flat_map(|entries| entries.iter())
                .flat_map(|&e| words.positions(e)),
        );
        starts.sort_unstable();
        starts.dedup();
        taken.resize(m, false);
        for &i in starts.iter() {
            let first = &tokens[i];
            let end = tokens.len().min(i + m + WINDOW_SLACK);
            taken[..m].fill(false);
            let mut span: Option<Span> = None;
            for j in (i..end).take_while(|&j| tokens[j].sentence == first.sentence) {
                if let Some(w) = (0..m).find(|&w| !taken[w] && matches(w, j)) {
                    taken[w] = true;
                    let s = tokens[j].span;
                    span = Some(span.map_or(s, |old| old.cover(s)));
                } else if span.is_none() {
                    break; // the window must start on one of the term's words
                }
            }
            if let (true, Some(span)) = (taken[..m].iter().all(|&t| t), span) {
                spans.push(span);
            }
        }
    }
}

/// Terms with up to this many words are matched without allocating.
const NEAR_WORDS: usize = 6;

/// Sort `spans[from..]` and drop any span there that overlaps an earlier one of them.
fn keep_non_overlapping(spans: &mut Vec<Span>, from: usize) {
    if spans.len() - from < 2 {
        return;
    }
    spans[from..].sort_unstable();
    let mut kept = from + 1;
    for i in from + 1..spans.len() {
        if spans[i].start >= spans[kept - 1].end {
            spans[kept] = spans[i];
            kept += 1;
        }
    }
    spans.truncate(kept);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::text::Vocab;
    use proptest::prelude::*;

    const TERMS: &[&str] = &[
        "onboard*",
        "sign up",
        "signup",
        "customers",
        "cost*",
        "six weeks",
        "$4,000",
        "break*",
        "security",
        "cut cost",
        "API gateway",
        "deploy*",
        "100",
        "fail*",
        "infrastructure",
    ];
    const WORDS: &[&str] = &[
        "onboarding",
        "sign",
        "up",
        "sign-ups",
        "signups",
        "custmers",
        "costume",
        "costs",
        "six",
        "long",
        "weeks",
        "4,000",
        "breakfast",
        "breaking",
        "securty",
        "cut",
        "the",
        "we",
        "gateway",
        "API",
        "deployment",
        "100",
        "101",
        "failures",
        ".",
        "infrastrucure",
        "Ünï",
    ];

    proptest! {
        #[test]
        fn the_index_finds_exactly_what_matching_finds(
            first in prop::collection::vec(0..WORDS.len(), 0..40),
            second in prop::collection::vec(0..WORDS.len(), 0..40),
        ) {
            let mut index = Index::default();
            let mut terms: Vec<Term> = TERMS.iter().filter_map(|t| Term::parse(t)).collect();
            terms.iter_mut().for_each(|t| index.register(t));
            // One vocabulary for both texts: the second is read with what the first left.
            let mut vocab = Vocab::default();
            for picks in [first, second] {
                let text: String = picks.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ");
                let plain = Answer::new(&text);
                let indexed = Answer::with_index(&text, &index, &mut vocab);
                for term in &terms {
                    prop_assert_eq!(term.find(&plain), term.find(&indexed), "{:?} in {:?}", term, text);
                }
            }
        }
    }
}
