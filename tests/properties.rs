//! Properties of the scorer over generated answers (proptest).

mod util;

use boardroom::bundled;
use boardroom::deck::Card;
use boardroom::rubric::{Report, Rubric, Span};
use proptest::prelude::*;
use std::sync::LazyLock;

/// Every card the project ships, plus the test deck's.
static CARDS: LazyLock<Vec<Card>> = LazyLock::new(|| {
    let decks = bundled::decks();
    let mut cards: Vec<Card> = decks.into_iter().flat_map(|d| d.cards).collect();
    cards.push(util::card());
    cards
});

/// Each card compiled once for the whole run.
static RUBRICS: LazyLock<Vec<Rubric>> = LazyLock::new(|| CARDS.iter().map(Rubric::new).collect());

fn cards() -> &'static [Card] {
    &CARDS
}

fn score(k: usize, text: &str) -> Report {
    RUBRICS[k].score(text)
}

/// Words that make answers look like answers: grammar, rubric terms, jargon, numbers,
/// punctuation and some non-ASCII.
fn word() -> impl Strategy<Value = String> {
    let mut vocabulary: Vec<String> = [
        "we", "the", "a", "no", "not", "will", "can", "and", "to", "of", "is", "without", "but",
        ".", ",", ";", "!", "-", "$", "%", "’s", "Q3", "30k", "1,000", "six", "weeks", "café",
        "ﬁx", "日本", "\u{301}", "—", "\n",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for card in cards() {
        vocabulary.extend(
            card.concepts
                .iter()
                .flat_map(|c| c.terms.iter().map(|t| t.trim_end_matches('*').to_owned())),
        );
        vocabulary.extend(
            card.jargon
                .iter()
                .map(|t| t.trim_end_matches('*').to_owned()),
        );
    }
    prop::sample::select(vocabulary)
}

fn answer() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 0..60).prop_map(|words| words.join(" "))
}

fn card_index() -> impl Strategy<Value = usize> {
    0..cards().len()
}

/// Every span a report holds, with what it is.
fn spans(report: &Report) -> Vec<(&'static str, Span)> {
    let mut all = Vec::new();
    for hit in &report.matched {
        all.extend(hit.spans.iter().map(|s| ("matched", *s)));
    }
    for miss in &report.missed {
        all.extend(
            miss.denied
                .iter()
                .chain(&miss.listed)
                .map(|s| ("mention", *s)),
        );
    }
    for hit in &report.jargon {
        all.extend(hit.spans.iter().map(|s| ("jargon", *s)));
    }
    all.extend(report.quantities.iter().map(|q| ("quantity", q.span)));
    all
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn never_panics_on_any_text(text in "\\PC{0,300}", k in card_index()) {
        let report = score(k, &text);
        prop_assert!(report.total <= 100);
    }

    #[test]
    fn totals_and_dimensions_stay_in_range(text in answer(), k in card_index()) {
        let report = score(k, &text);
        prop_assert!(report.total <= 100);
        prop_assert!(report.dimensions.iter().all(|d| d.score <= 100));
        prop_assert!(report.tips.len() <= 3);
    }

    #[test]
    fn spans_lie_on_char_boundaries_and_cover_what_matched(text in answer(), k in card_index()) {
        let card = &cards()[k];
        let report = score(k, &text);
        for (what, span) in spans(&report) {
            prop_assert!(span.start < span.end && span.end <= text.len(), "{what} {span:?}");
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{what} {span:?}");
        }
        for hit in &report.matched {
            let concept = card.concepts.iter().find(|c| *c.label == *hit.label).unwrap();
            for span in &hit.spans {
                let slice = span.slice(&text);
                let covered = concept.terms.iter().any(|t| !util::matches(t, slice).is_empty());
                prop_assert!(covered, "{slice:?} matches none of {:?}", concept.terms);
            }
        }
    }

    #[test]
    fn stating_a_missed_concept_never_lowers_the_total(text in answer(), k in card_index(), pick in 0usize..16) {
        let card = &cards()[k];
        let before = score(k, &text);
        prop_assume!(!before.missed.is_empty());
        let miss = &before.missed[pick % before.missed.len()];
        let concept = card.concepts.iter().find(|c| *c.label == *miss.label).unwrap();
        let term = concept.terms[pick % concept.terms.len()].trim_end_matches('*');
        let after_text = format!("{text}. We will see {term} here.");
        let guide = card.model_answer.split_whitespace().count().max(40);
        prop_assume!(after_text.split_whitespace().count() <= guide);
        let after = score(k, &after_text);
        prop_assert!(after.total >= before.total, "{} -> {} adding {term:?}", before.total, after.total);
    }
}
