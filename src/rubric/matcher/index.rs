//! Every term word of a rubric, indexed so an answer word finds the ones it matches by
//! lookups instead of comparisons.

use super::suffix::{REMNANT_BASE, STEM_REMNANTS, extends, remnant_of};
use super::typo::is_typo;
use super::{Term, TermWord};
use crate::rubric::fast_map::FastMap;
use crate::rubric::text::VocabWord;

/// Every term word of a rubric, indexed so an answer word finds the ones it matches by
/// lookups: equal words and stems by hash, suffixed forms by looking up the word's own
/// prefixes, typos among the few words with the same first letter and a similar length.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    pub(super) words: Vec<TermWord>,
    pub(super) by_word: FastMap<String, Vec<usize>>,
    pub(super) by_stem: FastMap<String, Vec<usize>>,
    pub(super) by_shape: FastMap<(char, usize), Vec<usize>>,
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
    pub(super) fn matching(&self, entry: &VocabWord, typos: bool) -> Vec<u32> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// An index with every word of `terms` registered, and the terms.
    fn indexed(terms: &[&str]) -> (Index, Vec<Term>) {
        let mut index = Index::default();
        let mut terms: Vec<Term> = terms.iter().filter_map(|t| Term::parse(t)).collect();
        terms.iter_mut().for_each(|t| index.register(t));
        (index, terms)
    }

    #[test]
    fn equal_words_share_one_place_and_prefix_words_keep_their_own() {
        let (index, terms) = indexed(&["cost", "cut cost", "cost*", "sign up"]);
        // cost, cut, cost*, sign, up, and the compounds cutcost and signup
        assert_eq!(index.len(), 7);
        let ids: Vec<Vec<usize>> = terms.iter().map(|t| t.word_ids().collect()).collect();
        assert_eq!(ids[0][0], ids[1][1], "the two plain `cost`s are one word");
        assert_ne!(
            ids[0][0], ids[2][0],
            "`cost*` matches more, so it is another"
        );
    }

    #[test]
    fn an_answer_word_finds_what_it_matches_by_every_rule() {
        let (index, _) = indexed(&["onboard", "contract*", "security", "100"]);
        let mut vocab = crate::rubric::text::Vocab::default();
        let answer = super::super::Answer::with_index(
            "onboarding contractors securty 100 costume",
            &index,
            &mut vocab,
        );
        let matched: Vec<usize> = answer.matched_words().collect();
        assert_eq!(
            matched,
            [0, 1, 2, 3],
            "stem, derivation, typo and number; nothing for costume"
        );
    }
}
