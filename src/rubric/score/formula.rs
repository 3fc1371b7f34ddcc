//! The formula that turns what an answer credits into its total, with every constant it
//! uses and the reason for each: coverage per dimension, the lift of a partial answer, the
//! quantity bonus, the jargon and rambling penalties.

use super::Rubric;
use super::report::DimensionScore;
use crate::deck::Dimension;
use crate::rubric::quantity::Quantity;

/// Share of a dimension's concept weight that earns full marks for it: covering the main
/// points is enough; the last synonym-level concept should not decide the grade.
pub const SATURATION: f64 = 0.7;
/// Points the concepts are worth in all: the rest comes from concrete numbers, because an
/// answer without any number is rarely the best a decision maker could get.
pub const CONCEPT_POINTS: u8 = 90;
/// How much a partial answer's coverage is raised: a reader gives one point made well about
/// half marks, not the quarter its share of the rubric would be. Coverage `c` below
/// [`LIFT_KNEE`] counts as `c + LIFT × c × (1 − c / LIFT_KNEE)`: a sixth of the rubric reads
/// as about a quarter, a third as about a half. Fitted on the hand-graded agreement sets
/// (see `tests/agreement.rs`).
pub const LIFT: f64 = 0.8;
/// Where the lift has faded out: from here on the answer covers most of what matters, and
/// its coverage counts as it is (a middling answer stays middling).
pub const LIFT_KNEE: f64 = 0.6;
/// Points for each distinct quantity (number, money, duration, date).
pub const QUANTITY_BONUS: u8 = 5;
/// The most the quantities can add: two numbers make the point; ten do not make it better.
pub const QUANTITY_BONUS_CAP: u8 = 10;
/// Points lost for each distinct jargon term: small next to a concept (a card has three to
/// six), so one slip in a good answer still scores well.
pub const JARGON_PENALTY: u8 = 5;
/// The most points jargon can cost, so jargon alone cannot sink an answer that covers
/// everything.
pub const JARGON_PENALTY_CAP: u8 = 15;
/// The most points rambling can cost: length is a style problem, not a content one.
pub const RAMBLE_PENALTY_CAP: u8 = 10;

impl Rubric {
    /// A dimension's score from which concepts are credited: weight covered over
    /// [`SATURATION`] of the dimension's weight, capped at 100.
    pub(super) fn dimension_score(&self, dimension: Dimension, credited: &[bool]) -> u8 {
        let (got, all) = self.weights(dimension, credited);
        weight_score(got, all)
    }

    /// The weight credited in `dimension`, and its whole weight.
    pub(super) fn weights(&self, dimension: Dimension, credited: &[bool]) -> (u32, u32) {
        let (mut got, mut all) = (0u32, 0u32);
        for (&(of, weight), &hit) in self.shape.iter().zip(credited) {
            if of == dimension {
                all += weight;
                got += if hit { weight } else { 0 };
            }
        }
        (got, all)
    }
}

/// The parts of the total, kept apart so tips can ask "what if".
#[derive(Debug, Clone, Copy)]
pub(super) struct Parts {
    /// The scores of the card's dimensions, in the first `covered` places.
    pub(super) dimensions: [DimensionScore; 3],
    pub(super) covered: usize,
    pub(super) quantity_count: usize,
    pub(super) jargon_terms: usize,
    pub(super) words: usize,
    pub(super) guide_words: usize,
}

impl Parts {
    pub(super) fn new(
        rubric: &Rubric,
        dimensions: &[DimensionScore],
        quantities: &[Quantity],
        jargon_terms: usize,
        words: usize,
    ) -> Parts {
        let mut slots = [DimensionScore {
            dimension: Dimension::Risk,
            score: 0,
        }; 3];
        let covered = dimensions.len().min(slots.len());
        slots[..covered].copy_from_slice(&dimensions[..covered]);
        Parts {
            dimensions: slots,
            covered,
            quantity_count: quantities.len(),
            jargon_terms,
            words,
            guide_words: rubric.guide_words,
        }
    }

    pub(super) fn mean(&self) -> f64 {
        if self.covered == 0 {
            return 0.0;
        }
        self.dimensions[..self.covered]
            .iter()
            .map(|d| f64::from(d.score))
            .sum::<f64>()
            / self.covered as f64
    }

    /// The total: concept coverage worth [`CONCEPT_POINTS`], plus the quantity bonus (only
    /// once something is covered), minus jargon and rambling, clamped to 0–100.
    pub(super) fn total(&self) -> u8 {
        let coverage = self.mean();
        if coverage == 0.0 {
            return 0;
        }
        let concepts = lift(coverage / 100.0) * f64::from(CONCEPT_POINTS);
        let bonus = (self.quantity_count as f64 * f64::from(QUANTITY_BONUS))
            .min(f64::from(QUANTITY_BONUS_CAP));
        let jargon = (self.jargon_terms as f64 * f64::from(JARGON_PENALTY))
            .min(f64::from(JARGON_PENALTY_CAP));
        let limit = 2 * self.guide_words;
        let ramble = if self.words > limit {
            // One point for every tenth of the guide past twice the guide.
            ((self.words - limit) as f64 * 10.0 / self.guide_words as f64)
                .min(f64::from(RAMBLE_PENALTY_CAP))
        } else {
            0.0
        };
        (concepts + bonus - jargon - ramble)
            .round()
            .clamp(0.0, 100.0) as u8
    }
}

/// Coverage (0 to 1) as a reader weighs it: below [`LIFT_KNEE`] raised by up to [`LIFT`]
/// times itself, fading to nothing at the knee; unchanged from there on.
pub(super) fn lift(coverage: f64) -> f64 {
    if coverage < LIFT_KNEE {
        coverage + LIFT * coverage * (1.0 - coverage / LIFT_KNEE)
    } else {
        coverage
    }
}

/// A dimension's score from the weight credited and its whole weight: the credited
/// weight over [`SATURATION`] of the whole, capped at 100.
pub(super) fn weight_score(got: u32, all: u32) -> u8 {
    if all == 0 {
        return 0;
    }
    let score = f64::from(got) / (f64::from(all) * SATURATION) * 100.0;
    score.round().min(100.0) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(scores: &[u8]) -> Parts {
        let mut dimensions = [DimensionScore {
            dimension: Dimension::Risk,
            score: 0,
        }; 3];
        for (slot, (&score, dimension)) in
            dimensions.iter_mut().zip(scores.iter().zip(Dimension::ALL))
        {
            *slot = DimensionScore { dimension, score };
        }
        Parts {
            dimensions,
            covered: scores.len(),
            quantity_count: 0,
            jargon_terms: 0,
            words: 50,
            guide_words: 50,
        }
    }

    #[test]
    fn the_lift_raises_partial_coverage_and_fades_at_the_knee() {
        assert_eq!(lift(0.0), 0.0);
        assert!(
            (lift(1.0 / 6.0) - 0.263).abs() < 0.001,
            "a sixth reads as about a quarter"
        );
        assert!(
            (lift(1.0 / 3.0) - 0.452).abs() < 0.001,
            "a third as about a half"
        );
        assert_eq!(lift(LIFT_KNEE), LIFT_KNEE);
        assert_eq!(lift(0.8), 0.8);
        let steps: Vec<f64> = (0..=100).map(|i| lift(f64::from(i) / 100.0)).collect();
        assert!(
            steps.windows(2).all(|w| w[0] <= w[1]),
            "never lower for more coverage"
        );
    }

    #[test]
    fn a_dimension_saturates_at_seventy_percent_of_its_weight() {
        let cases = [
            ((0, 0), 0),
            ((0, 4), 0),
            ((1, 2), 71),
            ((7, 10), 100),
            ((4, 4), 100),
            ((1, 4), 36),
        ];
        for ((got, all), expected) in cases {
            assert_eq!(weight_score(got, all), expected, "{got} of {all}");
        }
    }

    #[test]
    fn the_total_adds_quantities_and_takes_off_jargon_and_rambling_within_their_caps() {
        let full = parts(&[100, 100, 100]);
        assert_eq!(full.total(), CONCEPT_POINTS);
        let cases = [
            (
                Parts {
                    quantity_count: 1,
                    ..full
                },
                95,
            ),
            (
                Parts {
                    quantity_count: 9,
                    ..full
                },
                100,
            ), // the bonus stops at its cap
            (
                Parts {
                    jargon_terms: 1,
                    ..full
                },
                85,
            ),
            (
                Parts {
                    jargon_terms: 9,
                    ..full
                },
                75,
            ), // so does the penalty
            (Parts { words: 100, ..full }, 90), // twice the guide is still fine
            (Parts { words: 110, ..full }, 88), // a point per tenth of the guide past it
            (
                Parts {
                    words: 1000,
                    ..full
                },
                80,
            ), // at most ten
        ];
        for (parts, expected) in cases {
            assert_eq!(parts.total(), expected, "{parts:?}");
        }
    }

    #[test]
    fn numbers_alone_earn_nothing_and_the_mean_is_over_covered_dimensions() {
        let none = Parts {
            quantity_count: 2,
            ..parts(&[0, 0, 0])
        };
        assert_eq!(none.total(), 0);
        let half = parts(&[100, 0]);
        assert_eq!(half.mean(), 50.0);
        assert_eq!(
            half.total(),
            (lift(0.5) * f64::from(CONCEPT_POINTS)).round() as u8
        );
        assert_eq!(parts(&[]).total(), 0);
    }
}
