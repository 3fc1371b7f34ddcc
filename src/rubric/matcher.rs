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
use std::collections::HashMap;

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
    initial: char,
    letters: usize,
    /// Its place in the [`Index`] it was registered with, if any.
    id: Option<usize>,
}

impl TermWord {
    fn new(word: String, prefix: bool) -> TermWord {
        let numeric = word.chars().any(|c| c.is_ascii_digit());
        let stem = if numeric { word.clone() } else { stem(&word) };
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
    fn matches(&self, entry: &Entry) -> bool {
        if self.numeric || entry.numeric {
            return self.word == entry.word;
        }
        entry.stem == self.stem
            || entry.word == self.word
            || extends(&entry.word, &self.word, self.prefix)
            || extends(&entry.stem, &self.stem, self.prefix)
            || (self.letters.abs_diff(entry.letters) <= 1 && is_typo(&self.word, &entry.word))
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
        let single = match (&self.words[..], &self.compound) {
            ([only], _) => Some(only),
            (_, compound) => compound.as_ref(),
        };
        if let Some(word) = single {
            spans.extend(
                answer
                    .words
                    .positions_of(word)
                    .map(|i| answer.tokens[i].span),
            );
            // A one-word term also matches a split compound (`sign-up` for `signup`).
            if self.words.len() == 1 {
                spans.extend(
                    answer
                        .joined_words
                        .positions_of(word)
                        .map(|i| answer.joined[i].span),
                );
            }
        }
        if self.words.len() > 1 {
            spans.extend(self.find_near(answer));
        }
        non_overlapping(spans)
    }

    /// Spans where every word occurs within a short window of one sentence, in any order.
    fn find_near(&self, answer: &Answer) -> Vec<Span> {
        let (tokens, words) = (&answer.tokens, &answer.words);
        let m = self.words.len();
        // For each term word, which distinct answer words it matches.
        let hits: Vec<Vec<bool>> = self.words.iter().map(|w| words.matching(w)).collect();
        let matches = |w: usize, i: usize| hits[w][words.of_token[i]];
        let mut starts: Vec<usize> = Vec::new();
        for word_hits in &hits {
            for (entry, _) in word_hits.iter().enumerate().filter(|(_, hit)| **hit) {
                starts.extend(&words.positions[entry]);
            }
        }
        starts.sort_unstable();
        starts.dedup();
        let mut spans = Vec::new();
        for i in starts {
            let first = &tokens[i];
            let end = tokens.len().min(i + m + WINDOW_SLACK);
            let mut taken = vec![false; m];
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
            if let (true, Some(span)) = (taken.iter().all(|&t| t), span) {
                spans.push(span);
            }
        }
        spans
    }
}

/// One distinct word of an answer.
#[derive(Debug, Clone)]
struct Entry {
    word: String,
    stem: String,
    numeric: bool,
    letters: usize,
}

/// The distinct words of a token list, with where each occurs: every term word is checked
/// once per distinct word with its first letter, not once per token.
#[derive(Debug, Clone, Default)]
struct Words {
    entries: Vec<Entry>,
    /// The entry of each token.
    of_token: Vec<usize>,
    /// The tokens of each entry, in text order.
    positions: Vec<Vec<usize>>,
    /// Entries by first character.
    by_initial: FastMap<char, Vec<usize>>,
    /// With an [`Index`]: for each registered term word, the entries it matches.
    table: Option<Vec<Vec<usize>>>,
    /// Whether these are joined neighbours (`signup` from `sign up`): they exist to match
    /// compounds, so typo tolerance does not apply to them.
    joined: bool,
}

impl Words {
    fn new(tokens: &[Token]) -> Words {
        let mut words = Words::default();
        let mut index: FastMap<&str, usize> = FastMap::default();
        for (i, token) in tokens.iter().enumerate() {
            let entry = *index.entry(token.word.as_str()).or_insert_with(|| {
                let id = words.entries.len();
                words.entries.push(Entry {
                    word: token.word.clone(),
                    stem: token.stem.clone(),
                    numeric: token.numeric,
                    letters: token.word.chars().count(),
                });
                words.positions.push(Vec::new());
                words
                    .by_initial
                    .entry(token.word.chars().next().unwrap_or(' '))
                    .or_default()
                    .push(id);
                id
            });
            words.of_token.push(entry);
            words.positions[entry].push(i);
        }
        words
    }

    /// Look every entry up in `index` once, so registered term words need no matching.
    fn index(&mut self, index: &Index) {
        let mut table = vec![Vec::new(); index.words.len()];
        for (e, entry) in self.entries.iter().enumerate() {
            for id in index.matching(entry, !self.joined) {
                table[id].push(e);
            }
        }
        self.table = Some(table);
    }

    /// The entries a registered `word` matches, when this list was indexed.
    fn indexed(&self, word: &TermWord) -> Option<&[usize]> {
        Some(self.table.as_ref()?.get(word.id?)?.as_slice())
    }

    /// For each entry, whether `word` matches it.
    fn matching(&self, word: &TermWord) -> Vec<bool> {
        let mut hits = vec![false; self.entries.len()];
        if let Some(entries) = self.indexed(word) {
            for &e in entries {
                hits[e] = true;
            }
            return hits;
        }
        for &e in self.by_initial.get(&word.initial).into_iter().flatten() {
            hits[e] = word.matches(&self.entries[e]);
        }
        hits
    }

    /// The tokens `word` matches, in no particular order.
    fn positions_of(&self, word: &TermWord) -> impl Iterator<Item = usize> + '_ {
        let entries: Vec<usize> = match self.indexed(word) {
            Some(entries) => entries.to_vec(),
            None => self
                .by_initial
                .get(&word.initial)
                .into_iter()
                .flatten()
                .copied()
                .filter(|&e| word.matches(&self.entries[e]))
                .collect(),
        };
        entries
            .into_iter()
            .flat_map(|e| self.positions[e].iter().copied())
    }
}

/// An answer tokenised once for all of a card's terms.
#[derive(Debug, Clone)]
pub(crate) struct Answer {
    /// The answer's tokens.
    pub(crate) tokens: Vec<Token>,
    words: Words,
    /// Each pair of neighbouring words joined (`sign` `up` → `signup`), for compound terms.
    joined: Vec<Token>,
    joined_words: Words,
}

impl Answer {
    pub(crate) fn new(text: &str) -> Answer {
        let tokens = tokenize(text);
        let joined: Vec<Token> = tokens
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
                // Joined words are compared whole and by their suffixes, never by stem, so
                // the stemmer's cost is not paid twice per word.
                let mut word = String::with_capacity(pair[0].word.len() + pair[1].word.len());
                word.push_str(&pair[0].word);
                word.push_str(&pair[1].word);
                Token {
                    stem: word.clone(),
                    word,
                    span: pair[0].span.cover(pair[1].span),
                    sentence: pair[0].sentence,
                    numeric: false,
                }
            })
            .collect();
        let words = Words::new(&tokens);
        let mut joined_words = Words::new(&joined);
        joined_words.joined = true;
        Answer {
            tokens,
            words,
            joined,
            joined_words,
        }
    }

    /// Tokenise `text` and look each distinct word up in `index` once: every term
    /// registered with it then finds its matches without comparing words again.
    pub(crate) fn with_index(text: &str, index: &Index) -> Answer {
        let mut answer = Answer::new(text);
        answer.words.index(index);
        answer.joined_words.index(index);
        answer
    }
}

/// Every term word of a rubric, indexed so an answer word finds the ones it matches by
/// lookups: equal words and stems by hash, suffixed forms by looking up the word's own
/// prefixes, typos among the few words with the same first letter and a similar length.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    words: Vec<TermWord>,
    by_word: FastMap<String, Vec<usize>>,
    by_stem: FastMap<String, Vec<usize>>,
    by_shape: FastMap<(char, usize), Vec<usize>>,
}

impl Index {
    /// Give every word of `term` a place in the index (shared with equal words).
    pub(crate) fn register(&mut self, term: &mut Term) {
        for word in term.words.iter_mut().chain(term.compound.as_mut()) {
            let same = |w: &TermWord| w.word == word.word && w.prefix == word.prefix;
            let id = match self.words.iter().position(same) {
                Some(id) => id,
                None => {
                    let id = self.words.len();
                    self.by_word.entry(word.word.clone()).or_default().push(id);
                    if !word.numeric {
                        self.by_stem.entry(word.stem.clone()).or_default().push(id);
                        self.by_shape
                            .entry((word.initial, word.letters))
                            .or_default()
                            .push(id);
                    }
                    self.words.push(word.clone());
                    id
                }
            };
            word.id = Some(id);
        }
    }

    /// The registered words `entry` matches, each once.
    fn matching(&self, entry: &Entry, typos: bool) -> Vec<usize> {
        let mut found: Vec<usize> = Vec::new();
        // Each lookup path runs only the rule it stands for.
        let mut add = |ids: Option<&Vec<usize>>, rule: &dyn Fn(&TermWord) -> bool| {
            for &id in ids.into_iter().flatten() {
                if !found.contains(&id) && rule(&self.words[id]) {
                    found.push(id);
                }
            }
        };
        add(self.by_word.get(entry.word.as_str()), &|_| true);
        if entry.numeric {
            return found;
        }
        add(self.by_stem.get(entry.stem.as_str()), &|w| !w.numeric);
        // Suffixed forms: the term word is a prefix of the answer word, or its stem of the
        // answer word's stem.
        for (k, _) in entry.word.char_indices().skip(1) {
            add(self.by_word.get(&entry.word[..k]), &|w| {
                !w.numeric && extends(&entry.word, &w.word, w.prefix)
            });
        }
        for (k, _) in entry.stem.char_indices().skip(1) {
            add(self.by_stem.get(&entry.stem[..k]), &|w| {
                extends(&entry.stem, &w.stem, w.prefix)
            });
        }
        // Typos: same first letter, at most one letter longer or shorter.
        let initial = entry.word.chars().next().unwrap_or(' ');
        for letters in (entry.letters.saturating_sub(1)..=entry.letters + 1).filter(|_| typos) {
            add(self.by_shape.get(&(initial, letters)), &|w| {
                is_typo(&w.word, &entry.word)
            });
        }
        found
    }
}

/// FNV-1a: a fast hash for the short words these maps hold (the keys are the learner's own
/// words and the card's terms, so there is no untrusted party to fear collisions from).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// A hash map keyed by short strings, with [`Fnv`].
pub(crate) type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

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

/// Longest word typo tolerance applies to (the distance table lives on the stack).
const TYPO_MAX_LETTERS: usize = 32;

/// Whether `word` is a plausible typo of `term`.
fn is_typo(term: &str, word: &str) -> bool {
    let mut t = ['\0'; TYPO_MAX_LETTERS];
    let mut w = ['\0'; TYPO_MAX_LETTERS];
    let (Some(n), Some(m)) = (fill(&mut t, term), fill(&mut w, word)) else {
        return false;
    };
    let (t, w) = (&t[..n], &w[..m]);
    let budget = match n {
        0..=4 => return false,
        5..=8 => 1,
        _ => 2,
    };
    t[0] == w[0]
        && n.abs_diff(m) <= 1
        && t.iter().chain(w).all(|c| c.is_alphabetic())
        && letters_differ_by(t, w) <= 2 * budget
        && typo_distance(t, w, budget) <= budget
}

/// Copy the characters of `text` into `out`; `None` if it is empty or does not fit.
fn fill(out: &mut [char; TYPO_MAX_LETTERS], text: &str) -> Option<usize> {
    let mut n = 0;
    for c in text.chars() {
        *out.get_mut(n)? = c;
        n += 1;
    }
    (n > 0).then_some(n)
}

/// A lower bound on twice the edit distance: how many letters are in one word and not the
/// other, counted with repeats. One edit changes this by at most two, so it rules most
/// candidates out before the distance table is filled. Lowercase ASCII only; 0 (no bound)
/// for anything else, so the distance table decides.
fn letters_differ_by(a: &[char], b: &[char]) -> usize {
    if !a.iter().chain(b).all(char::is_ascii_lowercase) {
        return 0;
    }
    let mut counts = [0i32; 26];
    a.iter()
        .for_each(|&c| counts[(c as u8 - b'a') as usize] += 1);
    b.iter()
        .for_each(|&c| counts[(c as u8 - b'a') as usize] -= 1);
    counts.iter().map(|d| d.unsigned_abs() as usize).sum()
}

/// Optimal-string-alignment distance where replacing a letter costs 1 only if the two keys
/// are neighbours on a QWERTY keyboard, and 2 otherwise. Three rolling rows on the stack;
/// stops early with `limit + 1` once a whole row is past `limit`.
fn typo_distance(a: &[char], b: &[char], limit: usize) -> usize {
    let m = b.len();
    let mut before = [0usize; TYPO_MAX_LETTERS + 1];
    let mut previous = [0usize; TYPO_MAX_LETTERS + 1];
    let mut current = [0usize; TYPO_MAX_LETTERS + 1];
    for (j, cell) in previous.iter_mut().enumerate().take(m + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=m {
            let replace = if a[i - 1] == b[j - 1] {
                0
            } else if neighbours(a[i - 1], b[j - 1]) {
                1
            } else {
                2
            };
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + replace);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        if current[..=m].iter().all(|&d| d > limit) {
            return limit + 1;
        }
        before = previous;
        previous = current;
    }
    previous[m]
}

/// Row and column (in quarter keys, rows staggered) of `a`..=`z` on a QWERTY keyboard.
const KEYS: [(u8, u8); 26] = [
    (1, 1),
    (2, 19),
    (2, 11),
    (1, 9),
    (0, 8),
    (1, 13),
    (1, 17),
    (1, 21),
    (0, 28),
    (1, 25), // a-j
    (1, 29),
    (1, 33),
    (2, 27),
    (2, 23),
    (0, 32),
    (0, 36),
    (0, 0),
    (0, 12),
    (1, 5),
    (0, 16), // k-t
    (0, 24),
    (2, 15),
    (0, 4),
    (2, 7),
    (0, 20),
    (2, 3), // u-z
];

/// Whether two letters sit next to each other on a QWERTY keyboard: beside each other on
/// one row, or touching on the row above or below.
fn neighbours(a: char, b: char) -> bool {
    let place = |c: char| {
        c.is_ascii_lowercase()
            .then(|| KEYS[(c as u8 - b'a') as usize])
    };
    match (place(a), place(b)) {
        (Some((ra, ca)), Some((rb, cb))) if a != b => {
            (ra == rb && ca.abs_diff(cb) == 4) || (ra.abs_diff(rb) == 1 && ca.abs_diff(cb) < 4)
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
        fn the_index_finds_exactly_what_matching_finds(picks in prop::collection::vec(0..WORDS.len(), 0..40)) {
            let text: String = picks.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ");
            let mut index = Index::default();
            let mut terms: Vec<Term> = TERMS.iter().filter_map(|t| Term::parse(t)).collect();
            terms.iter_mut().for_each(|t| index.register(t));
            let plain = Answer::new(&text);
            let indexed = Answer::with_index(&text, &index);
            for term in &terms {
                prop_assert_eq!(term.find(&plain), term.find(&indexed), "{:?} in {:?}", term, text);
            }
        }
    }

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
