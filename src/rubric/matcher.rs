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

use super::text::{Span, Token, Vocab, VocabWord, is_numeric, stem_of, tokenize, tokenize_with};
use std::borrow::Cow;
use std::cell::RefCell;
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

/// What Snowball leaves of a suffix it strips from one form of a word and not another:
/// "dereferences" stems to "derefer" but "dereferencing" to "dereferenc", "reuse" to "reus"
/// but "reusability" to "reusabl". Two stems that differ by one of these are one word to a
/// reader (when the shorter has at least [`REMNANT_BASE`] letters).
const STEM_REMNANTS: &[&str] = &["enc", "anc", "abl", "ibl"];
/// The fewest letters a stem needs before a remnant can extend it.
const REMNANT_BASE: usize = 4;

/// Whether `long` is `short` plus one of [`STEM_REMNANTS`]. Not "-able" after a stem
/// Snowball made from "-y" ("rely" → "reli", "reliable" → "reliabl"; "vary", "variable"):
/// those adjectives have drifted from their verbs.
fn remnant_of(long: &str, short: &str) -> bool {
    short.len() >= REMNANT_BASE
        && long.strip_prefix(short).is_some_and(|rest| {
            STEM_REMNANTS.contains(&rest) && !(rest.ends_with("bl") && short.ends_with('i'))
        })
}

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

/// The distinct words of a token list, with where each occurs: a term word is matched
/// against each distinct word once, not against every token.
#[derive(Debug, Clone, Default)]
struct Words {
    /// The entry (distinct word) of each token.
    of_token: Vec<u32>,
    /// The tokens of entry `e` are `order[starts[e]..starts[e + 1]]`, in text order.
    starts: Vec<u32>,
    order: Vec<u32>,
    /// How term words find their entries.
    lookup: Lookup,
}

#[derive(Debug, Clone)]
enum Lookup {
    /// Through an [`Index`]: registered word `w` matches `entries[offsets[w]..offsets[w + 1]]`.
    Indexed {
        offsets: Vec<u32>,
        entries: Vec<u32>,
    },
    /// Word by word: the entries' words, grouped by first character (every rule implies
    /// the same first letter).
    Plain {
        entries: Vec<VocabWord>,
        by_initial: FastMap<char, Vec<u32>>,
        typos: bool,
    },
}

impl Default for Lookup {
    fn default() -> Lookup {
        Lookup::Indexed {
            offsets: Vec::new(),
            entries: Vec::new(),
        }
    }
}

impl Words {
    /// Group tokens by word. Returns the words and each entry's vocabulary number;
    /// `scratch` is working space indexed by vocabulary number, left all zero.
    fn group(tokens: &[Token], scratch: &mut Vec<u32>) -> (Words, Vec<u32>) {
        let mut ids: Vec<u32> = Vec::new();
        let mut of_token = Vec::with_capacity(tokens.len());
        for token in tokens {
            let id = token.id as usize;
            if scratch.len() <= id {
                scratch.resize(id + 1, 0);
            }
            if scratch[id] == 0 {
                ids.push(token.id);
                scratch[id] = ids.len() as u32;
            }
            of_token.push(scratch[id] - 1);
        }
        for &id in &ids {
            scratch[id as usize] = 0;
        }
        let mut starts = vec![0u32; ids.len() + 1];
        for &e in &of_token {
            starts[e as usize + 1] += 1;
        }
        for e in 1..starts.len() {
            starts[e] += starts[e - 1];
        }
        let mut next = starts.clone();
        let mut order = vec![0u32; tokens.len()];
        for (i, &e) in of_token.iter().enumerate() {
            order[next[e as usize] as usize] = i as u32;
            next[e as usize] += 1;
        }
        let words = Words {
            of_token,
            starts,
            order,
            lookup: Lookup::default(),
        };
        (words, ids)
    }

    /// Words to match term by term.
    fn plain(tokens: &[Token], vocab: &[VocabWord], typos: bool) -> Words {
        let (mut words, ids) = Words::group(tokens, &mut Vec::new());
        let entries: Vec<VocabWord> = ids.iter().map(|&v| vocab[v as usize].clone()).collect();
        let mut by_initial: FastMap<char, Vec<u32>> = FastMap::default();
        for (e, entry) in entries.iter().enumerate() {
            let initial = entry.word.chars().next().unwrap_or(' ');
            by_initial.entry(initial).or_default().push(e as u32);
        }
        words.lookup = Lookup::Plain {
            entries,
            by_initial,
            typos,
        };
        words
    }

    /// Words looked up in `index`, once per vocabulary word (the answer is remembered in
    /// `vocab`), so registered term words need no matching at all.
    fn indexed(
        tokens: &[Token],
        index: &Index,
        vocab: &mut [VocabWord],
        typos: bool,
        scratch: &mut Vec<u32>,
    ) -> Words {
        let (mut words, ids) = Words::group(tokens, scratch);
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        for (e, &v) in ids.iter().enumerate() {
            let known = &mut vocab[v as usize];
            if known.matches.is_none() {
                known.matches = Some(index.matching(known, typos).into());
            }
            for &w in known.matches.as_deref().unwrap_or_default() {
                pairs.push((w, e as u32));
            }
        }
        // Counting sort by term word: count, sum to where each word's list ends, then
        // fill each list from its end (entries stay in order).
        let mut offsets = vec![0u32; index.words.len() + 1];
        for &(w, _) in &pairs {
            offsets[w as usize + 1] += 1;
        }
        let mut total = 0;
        for offset in &mut offsets {
            total += *offset;
            *offset = total;
        }
        let mut entries = vec![0u32; pairs.len()];
        for &(w, e) in pairs.iter().rev() {
            let end = &mut offsets[w as usize + 1];
            *end -= 1;
            entries[*end as usize] = e;
        }
        // Each word's list now starts at `offsets[w + 1]`: shift back to `offsets[w]`.
        offsets.rotate_left(1);
        if let Some(last) = offsets.last_mut() {
            *last = pairs.len() as u32;
        }
        words.lookup = Lookup::Indexed { offsets, entries };
        words
    }

    /// The registered words that match some entry (none without an index).
    fn matched_words(&self) -> impl Iterator<Item = usize> + '_ {
        let offsets = match &self.lookup {
            Lookup::Indexed { offsets, .. } => offsets.as_slice(),
            Lookup::Plain { .. } => &[],
        };
        offsets
            .windows(2)
            .enumerate()
            .filter(|(_, pair)| pair[1] > pair[0])
            .map(|(w, _)| w)
    }

    /// The tokens of entry `e`.
    fn positions(&self, e: u32) -> impl Iterator<Item = usize> + '_ {
        let e = e as usize;
        self.order[self.starts[e] as usize..self.starts[e + 1] as usize]
            .iter()
            .map(|&i| i as usize)
    }

    /// The entries `word` matches, in order.
    fn hits(&self, word: &TermWord) -> Cow<'_, [u32]> {
        match &self.lookup {
            Lookup::Indexed { offsets, entries } => {
                let found = word.id.and_then(|w| {
                    let (from, to) = (*offsets.get(w)?, *offsets.get(w + 1)?);
                    entries.get(from as usize..to as usize)
                });
                Cow::Borrowed(found.unwrap_or_default())
            }
            Lookup::Plain {
                entries,
                by_initial,
                typos,
            } => Cow::Owned(
                by_initial
                    .get(&word.initial)
                    .into_iter()
                    .flatten()
                    .copied()
                    .filter(|&e| word.matches(&entries[e as usize], *typos))
                    .collect(),
            ),
        }
    }

    /// Whether `word` may match anything here (false only when the index says it does not).
    fn may_match(&self, word: &TermWord) -> bool {
        match &self.lookup {
            Lookup::Indexed { .. } => !self.hits(word).is_empty(),
            Lookup::Plain { .. } => true,
        }
    }

    /// Add the span of every token `word` matches to `out`, in no particular order.
    fn spans_of(&self, word: &TermWord, tokens: &[Token], out: &mut Vec<Span>) {
        for &e in self.hits(word).iter() {
            out.extend(self.positions(e).map(|i| tokens[i].span));
        }
    }
}

/// An answer tokenised once for all of a card's terms.
#[derive(Debug, Clone)]
pub(crate) struct Answer {
    /// The answer's tokens.
    pub(crate) tokens: Vec<Token>,
    words: Words,
    /// Neighbouring words joined (`sign` `up` → `signup`), for compound terms.
    joined: Vec<Token>,
    joined_words: Words,
    /// Working space for multi-word terms: window starts and words taken.
    scratch: RefCell<(Vec<usize>, Vec<bool>)>,
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
    /// How many distinct words are registered.
    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }

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
    fn matching(&self, entry: &VocabWord, typos: bool) -> Vec<u32> {
        let mut found: Vec<u32> = Vec::new();
        // Each lookup path runs only the rule it stands for.
        let mut add = |ids: Option<&Vec<usize>>, rule: &dyn Fn(&TermWord) -> bool| {
            for &id in ids.into_iter().flatten() {
                if !found.contains(&(id as u32)) && rule(&self.words[id]) {
                    found.push(id as u32);
                }
            }
        };
        add(self.by_word.get(&*entry.word), &|_| true);
        if entry.numeric {
            return found;
        }
        add(self.by_stem.get(&*entry.stem), &|w| !w.numeric);
        // Suffixed forms: the term word is a prefix of the answer word, or its stem of the
        // answer word's stem.
        for (k, _) in entry.word.char_indices().skip(1) {
            add(self.by_word.get(&entry.word[..k]), &|w| {
                !w.numeric && extends(&entry.word, &w.word, w.prefix)
            });
        }
        for (k, _) in entry.stem.char_indices().skip(1) {
            add(self.by_stem.get(&entry.stem[..k]), &|w| {
                extends(&entry.stem, &w.stem, w.prefix) || remnant_of(&entry.stem, &w.stem)
            });
        }
        // The term word's stem is the answer word's plus what Snowball left ("derefer" in
        // the answer, "dereferenc" in the term).
        if entry.stem.len() >= REMNANT_BASE {
            for remnant in STEM_REMNANTS {
                let longer = format!("{}{remnant}", entry.stem);
                add(self.by_stem.get(longer.as_str()), &|w| {
                    !w.numeric && remnant_of(&w.stem, &entry.stem)
                });
            }
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

/// A fast hash for the short keys these maps hold, eight bytes at a step (the scheme of
/// rustc's FxHasher). Keys are a deck's terms and the learner's own words; a deck built to
/// collide could only slow its own scoring in its own tab.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let word = rest
                .iter()
                .rev()
                .fold(0u64, |word, &byte| (word << 8) | u64::from(byte));
            self.add(word);
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// A hash map keyed by short strings or numbers, with [`WordHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<WordHasher>>;

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
