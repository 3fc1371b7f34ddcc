//! The words a tokenizer has read, each normalised, stemmed and given its role once: the
//! scorer's vocabulary, kept by a compiled card between answers.

use super::{Role, Word, is_numeric, normalize, stem_of};
use crate::rubric::fast_map::FastMap;
use std::sync::Arc;

/// One distinct normalised word, analysed once.
#[derive(Debug, Clone)]
pub(crate) struct VocabWord {
    pub(crate) word: Word,
    pub(crate) stem: Word,
    pub(crate) numeric: bool,
    pub(crate) letters: usize,
    /// The registered term words this word matches, once a rubric's index has been asked.
    pub(crate) matches: Option<Arc<[u32]>>,
    pub(crate) role: Role,
}

impl VocabWord {
    fn new(word: Word, stem: Word, numeric: bool) -> VocabWord {
        let letters = word.chars().count();
        let role = Role::of(&word);
        VocabWord {
            word,
            stem,
            numeric,
            letters,
            matches: None,
            role,
        }
    }
}

/// Every word a tokenizer has read, each normalised and stemmed once.
///
/// The costly steps (NFKC, stemming, looking a word up in a rubric's index) are done once
/// per distinct spelling; a token after that costs one hash lookup. A rubric keeps its
/// vocabulary between answers, so re-scoring while the learner types only analyses the
/// word being typed.
#[derive(Debug, Clone, Default)]
pub(crate) struct Vocab {
    /// Spellings as typed (`Customers`, `customers`) to their word: those of up to eight
    /// bytes (most words) packed into one number, which hashes and compares in one step.
    short_spellings: FastMap<u64, u32>,
    /// Longer spellings to their word.
    spellings: FastMap<Box<str>, u32>,
    /// Normalised words to their number.
    ids: FastMap<Box<str>, u32>,
    pub(crate) words: Vec<VocabWord>,
    /// Neighbouring words joined (`sign` `up` → `signup`), compared whole, never stemmed.
    pairs: FastMap<(u32, u32), u32>,
    pub(crate) joined: Vec<VocabWord>,
    /// Working space for grouping tokens by word, all zero between uses.
    pub(crate) scratch: Vec<u32>,
}

impl Vocab {
    /// How many words and joined pairs it holds.
    pub(crate) fn len(&self) -> usize {
        self.words.len() + self.joined.len()
    }

    /// The number of the spelling `text[start..end]`'s normalised word, analysing it the
    /// first time.
    pub(super) fn intern(&mut self, text: &str, start: usize, end: usize) -> u32 {
        let spelling = &text[start..end];
        let short = packed(text.as_bytes(), start, end);
        let known = match short {
            Some(key) => self.short_spellings.get(&key),
            None => self.spellings.get(spelling),
        };
        if let Some(&id) = known {
            return id;
        }
        let word = normalize(spelling);
        let id = match self.ids.get(word.as_str()) {
            Some(&id) => id,
            None => {
                let id = self.words.len() as u32;
                let numeric = is_numeric(&word);
                let stem = Word::new(stem_of(&word, numeric));
                self.words
                    .push(VocabWord::new(Word::new(&word), stem, numeric));
                self.ids.insert(word.into(), id);
                id
            }
        };
        match short {
            Some(key) => self.short_spellings.insert(key, id),
            None => self.spellings.insert(spelling.into(), id),
        };
        id
    }

    /// The number of two words joined, in the joined list.
    pub(crate) fn join(&mut self, a: u32, b: u32) -> u32 {
        if let Some(&id) = self.pairs.get(&(a, b)) {
            return id;
        }
        let id = self.joined.len() as u32;
        let (first, second) = (&self.words[a as usize].word, &self.words[b as usize].word);
        let mut word = String::with_capacity(first.len() + second.len());
        word.push_str(first);
        word.push_str(second);
        let word = Word::new(&word);
        self.joined.push(VocabWord::new(word.clone(), word, false));
        self.pairs.insert((a, b), id);
        id
    }
}

/// The spelling `text[start..end]`, if eight bytes or shorter, as one number: its bytes in
/// order with zeros after. Unambiguous, since no word contains a zero byte.
fn packed(text: &[u8], start: usize, end: usize) -> Option<u64> {
    let len = end - start;
    if len > 8 {
        return None;
    }
    // Eight bytes read at once where the text has them, the ones past the word cleared.
    if let Some(eight) = text.get(start..start + 8) {
        let word = u64::from_le_bytes(eight.try_into().ok()?);
        return Some(word & (u64::MAX >> (8 * (8 - len))));
    }
    let mut word = [0u8; 8];
    word[..len].copy_from_slice(&text[start..end]);
    Some(u64::from_le_bytes(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::text::tokenize_with;

    #[test]
    fn a_spelling_is_one_word_wherever_it_stands() {
        // Spellings of up to eight bytes are looked up packed into a number, read eight
        // bytes at a time where the text has them: near its end it does not.
        let text = "abcdefgh abcdefghi x abcdefgh x abcdefghi abcdefgh";
        let mut vocab = Vocab::default();
        let tokens = tokenize_with(text, &mut vocab);
        let ids: Vec<u32> = tokens.iter().map(|t| t.id).collect();
        assert_eq!(ids, [0, 1, 2, 0, 2, 1, 0]);
        assert_eq!(vocab.words.len(), 3);
        // A shorter spelling is not read as a longer one that begins with it.
        let ids: Vec<u32> = tokenize_with("ab abc a ab", &mut vocab)
            .iter()
            .map(|t| t.id)
            .collect();
        assert_eq!(ids[0], ids[3]);
        assert!(ids[0] != ids[1] && ids[0] != ids[2] && ids[1] != ids[2]);
    }

    #[test]
    fn packed_spellings_keep_their_bytes_in_order() {
        let text = b"sign-up onboarding";
        assert_eq!(
            packed(text, 0, 4),
            Some(u64::from_le_bytes(*b"sign\0\0\0\0"))
        );
        assert_eq!(
            packed(text, 5, 7),
            Some(u64::from_le_bytes(*b"up\0\0\0\0\0\0"))
        );
        assert_eq!(packed(text, 8, 18), None, "ten bytes are looked up as text");
        assert_eq!(
            packed(text, 14, 18),
            Some(u64::from_le_bytes(*b"ding\0\0\0\0"))
        );
    }
}
