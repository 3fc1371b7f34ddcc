//! Dealing a deck's cards in an order fixed by a seed.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Version of the dealing algorithm; a join link carries it so that a phone running a build
/// with a different algorithm can refuse the game instead of dealing other cards.
pub const DEAL_VERSION: u8 = 1;

/// The order in which to deal `count` cards for `seed`: a permutation of `0..count`.
///
/// Stable across builds and platforms for the same [`DEAL_VERSION`].
pub fn deal(count: usize, seed: u64) -> Vec<usize> {
    let mut rng = ChaCha8Rng::from_seed(expand_seed(seed));
    let mut order: Vec<usize> = (0..count).collect();
    // Fisher–Yates, from the back.
    for i in (1..count).rev() {
        let j = below(&mut rng, i as u64 + 1) as usize;
        order.swap(i, j);
    }
    order
}

/// The 32-byte ChaCha seed for a 64-bit game seed: the seed's little-endian bytes, then
/// three words of SplitMix64 so that nearby seeds give unrelated keys.
fn expand_seed(seed: u64) -> [u8; 32] {
    let mut out = [0u8; 32];
    let mut state = seed;
    out[..8].copy_from_slice(&seed.to_le_bytes());
    for chunk in out[8..].chunks_exact_mut(8) {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        chunk.copy_from_slice(&(z ^ (z >> 31)).to_le_bytes());
    }
    out
}

/// A uniform integer in `0..bound` (`bound > 0`), by rejection so no value is favoured.
fn below(rng: &mut impl Rng, bound: u64) -> u64 {
    let zone = u64::MAX - (u64::MAX % bound);
    loop {
        let x = rng.next_u64();
        if x < zone {
            return x % bound;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deal_is_a_permutation() {
        for count in [0, 1, 2, 7, 60] {
            let mut order = deal(count, 42);
            order.sort_unstable();
            assert_eq!(order, (0..count).collect::<Vec<_>>());
        }
    }

    #[test]
    fn deal_is_pinned_for_version_1() {
        // If this changes, every join link already shared deals different cards:
        // bump DEAL_VERSION instead of editing these numbers.
        assert_eq!(deal(10, 0), PINNED_SEED_0);
        assert_eq!(deal(10, 20261121), PINNED_SEED_DATE);
    }

    #[test]
    fn different_seeds_give_different_orders() {
        assert_ne!(deal(20, 1), deal(20, 2));
    }

    const PINNED_SEED_0: [usize; 10] = [0, 3, 2, 1, 9, 7, 4, 8, 6, 5];
    const PINNED_SEED_DATE: [usize; 10] = [2, 4, 6, 3, 1, 0, 8, 5, 9, 7];
}
