//! The distinct words of a tokenised text, with where each occurs and how a term word finds
//! the ones it matches: through a rubric's [`Index`], or word by word.

use super::TermWord;
use super::index::Index;
use crate::rubric::fast_map::FastMap;
use crate::rubric::text::{Span, Token, VocabWord};
use std::borrow::Cow;

/// The distinct words of a token list, with where each occurs: a term word is matched
/// against each distinct word once, not against every token.
#[derive(Debug, Clone, Default)]
pub(super) struct Words {
    /// The entry (distinct word) of each token.
    pub(super) of_token: Vec<u32>,
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
        let mut ids: Vec<u32> = Vec::with_capacity(tokens.len());
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
    pub(super) fn plain(tokens: &[Token], vocab: &[VocabWord], typos: bool) -> Words {
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
    pub(super) fn indexed(
        tokens: &[Token],
        index: &Index,
        vocab: &mut [VocabWord],
        typos: bool,
        scratch: &mut Vec<u32>,
    ) -> Words {
        let (mut words, ids) = Words::group(tokens, scratch);
        let mut pairs: Vec<(u32, u32)> = Vec::with_capacity(ids.len());
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
    pub(super) fn matched_words(&self) -> impl Iterator<Item = usize> + '_ {
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
    pub(super) fn positions(&self, e: u32) -> impl Iterator<Item = usize> + '_ {
        let e = e as usize;
        self.order[self.starts[e] as usize..self.starts[e + 1] as usize]
            .iter()
            .map(|&i| i as usize)
    }

    /// The entries `word` matches, in order.
    pub(super) fn hits(&self, word: &TermWord) -> Cow<'_, [u32]> {
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
    pub(super) fn may_match(&self, word: &TermWord) -> bool {
        match &self.lookup {
            Lookup::Indexed { .. } => !self.hits(word).is_empty(),
            Lookup::Plain { .. } => true,
        }
    }

    /// Add the span of every token `word` matches to `out`, in no particular order.
    pub(super) fn spans_of(&self, word: &TermWord, tokens: &[Token], out: &mut Vec<Span>) {
        for &e in self.hits(word).iter() {
            out.extend(self.positions(e).map(|i| tokens[i].span));
        }
    }
}
