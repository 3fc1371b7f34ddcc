//! Tips: the few changes that would raise an answer's score most, each worded for the
//! learner with about how many points it would win.

use super::Rubric;
use super::formula::{Parts, QUANTITY_BONUS, QUANTITY_BONUS_CAP, weight_score};
use super::report::{ConceptMiss, JargonHit, Tip};
use crate::rubric::quantity::Quantity;

impl Rubric {
    pub(super) fn tips(
        &self,
        parts: &Parts,
        missed: &[ConceptMiss],
        jargon: &[JargonHit],
        quantities: &[Quantity],
        credited: &[bool],
    ) -> Vec<Tip> {
        let base = parts.total();
        // What each tip would win, worded only for the three kept.
        enum Kind<'a> {
            Concept(&'a ConceptMiss),
            Jargon(&'a JargonHit),
            Number,
        }
        let mut gains: Vec<(u8, Kind)> = Vec::new();
        // The missed concepts are the uncredited ones, in card order: pair them by position
        // (labels may repeat, so they cannot identify a concept).
        let uncredited = (0..credited.len()).filter(|&k| !credited[k]);
        let weights: Vec<(u32, u32)> = parts.dimensions[..parts.covered]
            .iter()
            .map(|d| self.weights(d.dimension, credited))
            .collect();
        for (k, miss) in uncredited.zip(missed) {
            // Crediting concept `k` changes only its own dimension.
            let (dimension, weight) = self.shape[k];
            let mut what_if = *parts;
            for (d, &(got, all)) in what_if.dimensions[..parts.covered].iter_mut().zip(&weights) {
                if d.dimension == dimension {
                    d.score = weight_score(got + weight, all);
                }
            }
            gains.push((what_if.total().saturating_sub(base), Kind::Concept(miss)));
        }
        if let Some(first) = jargon.first() {
            let what_if = Parts {
                jargon_terms: parts.jargon_terms - 1,
                ..*parts
            };
            gains.push((what_if.total().saturating_sub(base), Kind::Jargon(first)));
        }
        if quantities.len() < usize::from(QUANTITY_BONUS_CAP / QUANTITY_BONUS) && parts.mean() > 0.0
        {
            let what_if = Parts {
                quantity_count: parts.quantity_count + 1,
                ..*parts
            };
            gains.push((what_if.total().saturating_sub(base), Kind::Number));
        }
        gains.retain(|(points, _)| *points > 0);
        // Stable: among equal gains, concepts in card order, then jargon, then numbers.
        crate::sort::sort_by_key(&mut gains, |(points, _)| std::cmp::Reverse(*points));
        gains.truncate(3);
        gains
            .into_iter()
            .map(|(points, kind)| {
                let text = match kind {
                    Kind::Concept(miss) => {
                        let why = if !miss.opposite.is_empty() {
                            " You mentioned it, but as something that is there: the point is that it is not."
                        } else if !miss.denied.is_empty() {
                            " You mentioned it, but as something that is not there."
                        } else if !miss.listed.is_empty() {
                            " You named it, but in a list of words rather than a sentence."
                        } else {
                            ""
                        };
                        format!("{} ({}){why}", miss.hint, miss.dimension)
                    }
                    Kind::Jargon(hit) => {
                        let swap = hit
                            .swap
                            .as_deref()
                            .map(|s| format!(": try “{s}”"))
                            .unwrap_or_default();
                        format!("Drop the jargon “{}”{swap}.", hit.term)
                    }
                    Kind::Number => "Put a number on it: how much, how many, by when.".into(),
                };
                Tip { text, points }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::rubric::score;
    use crate::rubric::score::tests::card;

    #[test]
    fn a_missed_concepts_tip_is_its_hint_with_its_dimension() {
        // (tests/rubric.rs covers the order by points and the cap at three.)
        let report = score(&card(), "We will refactor it, or sign-ups fail.");
        let texts: Vec<&str> = report.tips.iter().map(|t| t.text.as_str()).collect();
        assert!(
            texts.iter().any(|t| [
                "Which deals depend on it? (risk)",
                "What does it cost? (cost)",
                "What does the business gain? (opportunity)"
            ]
            .contains(t)),
            "{texts:?}"
        );
    }

    #[test]
    fn a_tip_says_why_a_mention_did_not_count() {
        let report = score(
            &card(),
            "Nobody would ever see requests fail. The work takes six weeks and saves hiring support staff, so we onboard new customers and deals close in Q3.",
        );
        let tip = report
            .tips
            .iter()
            .find(|t| t.text.starts_with("What breaks at the limit?"))
            .expect("the denied concept's tip");
        assert!(
            tip.text
                .ends_with("You mentioned it, but as something that is not there."),
            "{}",
            tip.text
        );
    }

    #[test]
    fn jargon_and_numbers_get_their_own_tips() {
        let report = score(
            &card(),
            "The API gateway refactor takes six weeks, saves hiring support staff, lets us onboard new customers, and keeps deals from stalling and sign-ups from failing.",
        );
        let texts: Vec<&str> = report.tips.iter().map(|t| t.text.as_str()).collect();
        assert!(
            texts.iter().any(|t| t.starts_with("Drop the jargon “")),
            "{texts:?}"
        );
        let plain = score(
            &card(),
            "The engineers' work lets us onboard new customers without hiring support staff, and keeps deals on track when requests would otherwise fail.",
        );
        assert!(
            plain
                .tips
                .iter()
                .any(|t| t.text == "Put a number on it: how much, how many, by when."),
            "{:?}",
            plain.tips
        );
    }
}
