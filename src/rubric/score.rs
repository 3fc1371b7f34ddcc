//! The score of one answer against one card, with the evidence behind it.
//!
//! A card compiles once into a [`Rubric`] (`compile`); each answer is then matched, its
//! mentions read for whether they are stated (`stated`), and the credited concepts,
//! quantities, jargon and length summed by the formula (`formula`) into a [`Report`]
//! (`report`) with tips (`tips`); `mentions` holds the spans read between.

mod compile;
mod formula;
mod mentions;
mod report;
mod stated;
mod tips;

pub(crate) use compile::stem_key;
pub use compile::{ConceptTerms, Rubric};
pub use formula::{
    CONCEPT_POINTS, JARGON_PENALTY, JARGON_PENALTY_CAP, LIFT, LIFT_KNEE, QUANTITY_BONUS,
    QUANTITY_BONUS_CAP, RAMBLE_PENALTY_CAP, SATURATION,
};
pub use report::{ConceptHit, ConceptMiss, DimensionScore, JargonHit, Report, Tip};
pub(crate) use stated::Denials;
pub use stated::{LIST_MENTIONS, NEGATION_REACH};

use super::matcher::Answer;
use super::quantity::quantities;
use super::text::{Span, Vocab};
use crate::deck::{Card, Dimension};
use formula::Parts;
use mentions::{Mentions, TokenAt, merge_overlapping, merged};
use stated::prose_sentences;

/// How many distinct words a rubric remembers before it starts again: far more than a
/// practice session types. A remembered word costs about 200 bytes (its spellings, forms
/// and matches), so this holds the memory to about 10 MB between answers.
const VOCAB_LIMIT: usize = 50_000;

/// The most characters of an answer the app scores and shows back: about 3,000 words, ten
/// times the longest useful answer. Past it (a whole document pasted) the app scores the
/// first part, says so, and keeps the rest in the box untouched; the scorer itself has no
/// limit (the command line grades whatever it is given).
pub const MAX_ANSWER_CHARS: usize = 20_000;

/// The part of `answer` the app scores: all of it, or its first [`MAX_ANSWER_CHARS`]
/// characters.
pub fn scored_part(answer: &str) -> &str {
    match answer.char_indices().nth(MAX_ANSWER_CHARS) {
        Some((end, _)) => &answer[..end],
        None => answer,
    }
}

/// The card's length guide in words: its model answer's length, at least 40. An answer
/// loses points for rambling only past twice the guide.
pub fn length_guide(card: &Card) -> usize {
    card.model_answer.split_whitespace().count().max(40)
}

/// Score `answer` against `card` (compiles the card each call; keep a [`Rubric`] to reuse).
pub fn score(card: &Card, answer: &str) -> Report {
    Rubric::new(card).score(answer)
}

impl Rubric {
    /// Score one answer.
    pub fn score(&self, text: &str) -> Report {
        let answer = {
            // Every vocabulary entry is complete when it is added, so a lock poisoned by a
            // panic elsewhere is safe to take.
            let mut vocab = self.vocab.lock().unwrap_or_else(|e| e.into_inner());
            if vocab.len() > VOCAB_LIMIT {
                *vocab = Vocab::default();
            }
            Answer::with_index(text, &self.index, &mut vocab)
        };
        let tokens = &answer.tokens;
        // Which tokens each span covers, in constant time.
        let token_at = TokenAt::new(tokens, text.len());

        // ConceptTerms: every mention, then only those stated in a sentence and not denied.
        let quantities = quantities(text, tokens);
        // Only a term with a word the answer matches can be found: most terms are skipped.
        let mut live = vec![false; self.terms.len()];
        for id in answer.matched_words() {
            for &term in &self.users[id] {
                live[term as usize] = true;
            }
        }
        // Where each live term occurs: `found_at[t]` is its slice of `term_spans`.
        let mut term_spans: Vec<Span> = Vec::with_capacity(tokens.len());
        let mut found_at = vec![0..0; self.terms.len()];
        for (t, term) in self.terms.iter().enumerate() {
            if live[t] {
                let from = term_spans.len();
                term.find_into(&answer, &mut term_spans);
                found_at[t] = from..term_spans.len();
            }
        }
        let spans_of = |t: u32| &term_spans[found_at[t as usize].clone()];
        // Each concept's mentions, each with whether its term is stated by a denial ("no
        // children"), in one buffer: each mention once, however many terms saw it, with
        // positive and negative terms apart, since they are read the opposite way.
        let mut mentions =
            Mentions::with_capacity(self.concepts.len(), term_spans.len() + quantities.len());
        for ((terms, &positive), amounts) in
            self.concepts.iter().zip(&self.positive).zip(&self.amounts)
        {
            let (positive, negative) = terms.split_at(positive);
            for &t in positive {
                mentions.spans.extend_from_slice(spans_of(t));
            }
            mentions.spans.extend(
                quantities
                    .iter()
                    .filter(|q| amounts.iter().any(|a| a.same_amount(q)))
                    .map(|q| q.span),
            );
            mentions.end_group();
            for &t in negative {
                mentions.spans.extend_from_slice(spans_of(t));
            }
            mentions.end_group();
        }
        let prose = prose_sentences(tokens, &token_at, &mentions);
        let denials = Denials::new(tokens);
        let mut matched = Vec::with_capacity(self.shape.len());
        let mut missed = Vec::with_capacity(self.shape.len());
        let mut credited = vec![false; self.shape.len()];
        // Each concept's stated mentions, gathered here and copied out merged: one
        // allocation a credited concept, where growing a new vector took three.
        let mut good = Vec::with_capacity(8);
        for (k, &(dimension, _)) in self.shape.iter().enumerate() {
            let (mut denied, mut listed, mut opposite) = (Vec::new(), Vec::new(), Vec::new());
            for (span, negative) in mentions.of(k) {
                let first = token_at.first(span);
                if first >= tokens.len() {
                    continue;
                }
                // "Without" does not deny a point, but it states one made by a denial.
                let negator = denials.of(first, negative);
                if negator.is_some() != negative {
                    if negative {
                        opposite.push(span);
                    } else {
                        denied.push(span);
                    }
                } else if !prose.get(tokens[first].sentence).copied().unwrap_or(false) {
                    listed.push(span);
                } else {
                    // A point made by a denial shows with its denial: "does not have any
                    // children", not "children".
                    good.push(match negator {
                        Some(n) => tokens[n].span.cover(span),
                        None => span,
                    });
                }
            }
            if good.is_empty() {
                missed.push(ConceptMiss {
                    label: self.texts[k].0.clone(),
                    dimension,
                    hint: self.texts[k].1.clone(),
                    denied: merge_overlapping(denied),
                    listed: merge_overlapping(listed),
                    opposite: merge_overlapping(opposite),
                });
            } else {
                credited[k] = true;
                matched.push(ConceptHit {
                    label: self.texts[k].0.clone(),
                    dimension,
                    spans: merged(&mut good),
                });
            }
        }

        let dimensions: Vec<DimensionScore> = Dimension::ALL
            .into_iter()
            .filter(|d| self.shape.iter().any(|(of, _)| of == d))
            .map(|dimension| DimensionScore {
                dimension,
                score: self.dimension_score(dimension, &credited),
            })
            .collect();

        // Jargon: the card's list first, then the lexicon; one phrase is penalised once.
        let mut claimed = vec![false; tokens.len()];
        let mut jargon = Vec::new();
        for (name, swap, term) in &self.jargon {
            let spans: Vec<Span> = spans_of(*term)
                .iter()
                .copied()
                .filter(|s| !claimed[token_at.range(*s)].contains(&true))
                .collect();
            if !spans.is_empty() {
                for span in &spans {
                    claimed[token_at.range(*span)].fill(true);
                }
                jargon.push(JargonHit {
                    term: name.clone(),
                    swap: swap.clone(),
                    spans,
                });
            }
        }

        let parts = Parts::new(self, &dimensions, &quantities, jargon.len(), tokens.len());
        let tips = self.tips(&parts, &missed, &jargon, &quantities, &credited);
        let message = if tokens.is_empty() {
            Some(format!(
                "Write what you would say to {}, then score it.",
                self.addressee
            ))
        } else if matched.is_empty() {
            Some(format!(
                "Nothing here speaks to risk, cost or opportunity yet. Start with what {} gains or stands to lose.",
                self.addressee
            ))
        } else {
            None
        };
        Report {
            total: parts.total(),
            dimensions,
            matched,
            missed,
            jargon,
            quantities,
            tips,
            message,
            word_count: tokens.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Concept;

    /// A small card in the shape of the bundled API-gateway card, for the scorer's own tests.
    pub(super) fn card() -> Card {
        let concept = |dimension, label: &str, terms: &[&str], hint: &str| Concept {
            dimension,
            label: label.into(),
            terms: terms.iter().map(|t| (*t).to_owned()).collect(),
            weight: 1,
            hint: hint.into(),
        };
        Card {
            id: "gateway".into(),
            title: "Refactor the API gateway".into(),
            prompt: "We need to refactor the API gateway before Q3.".into(),
            context: "The VP of Sales asks why.".into(),
            audience: "VP of Sales".into(),
            difficulty: 2,
            tags: Vec::new(),
            jargon: vec!["refactor".into(), "API gateway".into()],
            model_answer: "Every request goes through one part of the system, and it tops out \
                around 100 new sign-ups a day. Past that, sign-ups fail, and the three deals \
                planned for Q3 would stall. Fixing it takes six weeks of two engineers, and \
                avoids hiring support staff to onboard customers by hand."
                .into(),
            concepts: vec![
                concept(
                    Dimension::Risk,
                    "Sign-ups fail",
                    &["fail*", "outage"],
                    "What breaks at the limit?",
                ),
                concept(
                    Dimension::Risk,
                    "Deals stall",
                    &["deal*"],
                    "Which deals depend on it?",
                ),
                concept(
                    Dimension::Cost,
                    "Six weeks of work",
                    &["six weeks", "engineers"],
                    "What does it cost?",
                ),
                concept(
                    Dimension::Cost,
                    "No support hires",
                    &["hiring", "support staff"],
                    "What does it save?",
                ),
                concept(
                    Dimension::Opportunity,
                    "More customers",
                    &["onboard*", "new customers"],
                    "What does the business gain?",
                ),
            ],
            examples: Vec::new(),
        }
    }

    #[test]
    fn a_report_credits_stated_concepts_with_their_spans_and_misses_the_rest_with_hints() {
        let answer = "Above 100, requests fail.";
        let report = score(&card(), answer);
        assert_eq!(report.matched.len(), 1, "{:?}", report.matched);
        let hit = &report.matched[0];
        assert_eq!(
            (&*hit.label, hit.dimension),
            ("Sign-ups fail", Dimension::Risk)
        );
        assert_eq!(
            hit.spans
                .iter()
                .map(|s| &answer[s.start..s.end])
                .collect::<Vec<_>>(),
            ["fail"]
        );
        assert_eq!(report.missed.len(), 4);
        assert_eq!(&*report.missed[0].hint, "Which deals depend on it?");
        assert_eq!(report.quantities.len(), 1);
        assert_eq!(report.word_count, 4);
        assert_eq!(report.message, None);
    }

    #[test]
    fn an_empty_answer_names_the_audience_as_the_object_of_say_to() {
        // (tests/rubric.rs covers the off-topic message and its zero.)
        let empty = score(&card(), "");
        assert_eq!(empty.total, 0);
        assert_eq!(
            empty.message.as_deref(),
            Some("Write what you would say to the VP of Sales, then score it.")
        );
    }

    #[test]
    fn denied_and_listed_mentions_are_kept_as_evidence_on_the_miss() {
        let denied = score(&card(), "There is no risk that sign-ups fail.");
        assert_eq!(denied.matched.len(), 0);
        assert_eq!(denied.missed[0].denied.len(), 1);
        let listed = score(&card(), "Failures, deals, six weeks, hiring, onboarding.");
        assert_eq!(listed.matched.len(), 0);
        assert!(
            listed.missed.iter().all(|m| m.listed.len() == 1),
            "{listed:?}"
        );
    }

    #[test]
    fn the_scored_part_stops_at_the_limit_on_a_character_boundary() {
        let long = "é".repeat(MAX_ANSWER_CHARS + 5);
        assert_eq!(scored_part(&long).chars().count(), MAX_ANSWER_CHARS);
        assert_eq!(scored_part("short"), "short");
    }
}
