//! One fast hash map for the scorer's short keys (words, stems, small numbers), shared by
//! the matcher, the tokeniser, the quantity reader and the word lists.

use std::collections::HashMap;

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

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, BuildHasherDefault};

    #[test]
    fn equal_keys_hash_equal_and_short_keys_spread() {
        let build = BuildHasherDefault::<WordHasher>::default();
        assert_eq!(build.hash_one("onboarding"), build.hash_one("onboarding"));
        let words = [
            "cost",
            "costs",
            "risk",
            "risky",
            "a",
            "b",
            "onboarding",
            "onboardings",
        ];
        let mut hashes: Vec<u64> = words.iter().map(|w| build.hash_one(w)).collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), words.len(), "no two of these collide");
        let mut map: FastMap<&str, usize> = FastMap::default();
        for (i, w) in words.iter().enumerate() {
            map.insert(w, i);
        }
        assert_eq!(map.get("risky"), Some(&3));
    }
}
