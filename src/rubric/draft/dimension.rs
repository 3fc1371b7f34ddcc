//! The business dimension a drafted concept belongs to, from cue words: in the concept's
//! own words, or else in its sentence.

use crate::deck::Dimension;
use crate::rubric::text::Token;

const RISK_CUES: &[&str] = &[
    "risk", "fail", "failure", "lose", "loss", "breach", "break", "outage", "down", "fine",
    "security", "danger", "threat", "stop", "delay", "late", "churn", "complain", "error",
    "mistake", "crash", "exposure", "attack", "leak", "slow", "problem", "incident", "weak",
];
const COST_CUES: &[&str] = &[
    "cost", "spend", "money", "budget", "pay", "price", "week", "day", "hour", "month", "year",
    "people", "person", "engineer", "staff", "hire", "save", "saving", "expens", "cheap", "effort",
    "fee", "contract", "invoic", "bill",
];
const OPPORTUNITY_CUES: &[&str] = &[
    "grow", "growth", "more", "new", "custom", "revenu", "sale", "faster", "win", "gain", "deal",
    "market", "onboard", "scale", "sooner", "launch", "ship", "opportun", "improv", "better",
    "increas", "enabl", "featur", "user", "trust",
];

/// How strongly a stem signals any business dimension.
pub(super) fn cue_strength(stem: &str) -> f64 {
    if word_dimension(stem).is_some() {
        0.5
    } else {
        0.0
    }
}

/// The dimension a stem (or phrase of stems) itself signals, if any.
pub(super) fn word_dimension(key: &str) -> Option<Dimension> {
    let hit = |cues: &[&str]| {
        key.split(' ')
            .any(|w| cues.iter().any(|c| w.starts_with(c)))
    };
    if hit(RISK_CUES) {
        Some(Dimension::Risk)
    } else if hit(COST_CUES) {
        Some(Dimension::Cost)
    } else if hit(OPPORTUNITY_CUES) {
        Some(Dimension::Opportunity)
    } else {
        None
    }
}

/// The dimension a sentence leans to, by its cue words; opportunity when it has none.
pub(super) fn sentence_dimension(tokens: &[Token], sentence: usize) -> Dimension {
    let mut counts = [0usize; 3];
    for t in tokens.iter().filter(|t| t.sentence == sentence) {
        if let Some(d) = word_dimension(&t.stem()) {
            counts[Dimension::ALL.iter().position(|x| *x == d).unwrap_or(2)] += 1;
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], i == 2)).unwrap_or(2);
    Dimension::ALL[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_words_name_their_dimension_in_order_of_precedence() {
        let cases = [
            ("failur", Some(Dimension::Risk)),
            ("budget", Some(Dimension::Cost)),
            ("revenu", Some(Dimension::Opportunity)),
            // A phrase with a risk cue and a cost cue is a risk.
            ("cost failur", Some(Dimension::Risk)),
            ("databas", None),
        ];
        for (stem, dimension) in cases {
            assert_eq!(word_dimension(stem), dimension, "{stem}");
        }
        assert_eq!(cue_strength("databas"), 0.0);
        assert_eq!(cue_strength("budget"), 0.5);
    }
}
