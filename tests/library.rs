//! The bundled library's own rules, stricter than what any deck must meet: every card is
//! worth practising. Calibration (model high, prompt low, examples in band) is checked by
//! `tests/deck.rs` and `boardroom check`; this file checks the shape of each card.

use std::collections::BTreeSet;

use boardroom::bundled;
use boardroom::deck::{Card, Dimension, Expect};
use boardroom::rubric::Rubric;

/// Every rule one card breaks, worded for the author.
fn faults(card: &Card) -> Vec<String> {
    let mut faults = Vec::new();
    if card.jargon.len() < 3 {
        faults.push(format!(
            "lists {} jargon terms; at least 3",
            card.jargon.len()
        ));
    }
    for dimension in Dimension::ALL {
        let concepts = card
            .concepts
            .iter()
            .filter(|c| c.dimension == dimension)
            .count();
        if concepts < 2 {
            faults.push(format!(
                "has {concepts} {} concepts; at least 2",
                dimension.as_str()
            ));
        }
    }
    let rubric = Rubric::new(card);
    for concept in &card.concepts {
        if concept.terms.len() < 4 {
            faults.push(format!(
                "concept {:?} has {} terms; at least 4",
                concept.label,
                concept.terms.len()
            ));
        }
        // A hint teaches when answering it takes thought: the hint itself must not
        // already state its concept.
        if rubric
            .score(&concept.hint)
            .matched
            .iter()
            .any(|hit| *hit.label == *concept.label)
        {
            faults.push(format!(
                "the hint {:?} gives its own concept away",
                concept.hint
            ));
        }
    }
    let model = rubric.score(&card.model_answer);
    if !(40..=120).contains(&model.word_count) {
        faults.push(format!(
            "model answer has {} words; 40 to 120",
            model.word_count
        ));
    }
    if model.quantities.is_empty() {
        faults.push("model answer states no figure".into());
    }
    let low = card.examples.iter().filter(|e| e.expect == Expect::Low);
    if !low
        .clone()
        .any(|e| !rubric.score(&e.answer).jargon.is_empty())
    {
        faults.push("no low example uses the card's jargon".into());
    }
    if low.count() == card.examples.len() {
        faults.push("no mid or high example".into());
    }
    faults
}

#[test]
fn every_bundled_card_is_worth_practising() {
    let mut all = Vec::new();
    for deck in bundled::decks() {
        for card in &deck.cards {
            for fault in faults(card) {
                all.push(format!("{}/{}: {fault}", deck.id, card.id));
            }
        }
    }
    assert!(all.is_empty(), "{} faults:\n{}", all.len(), all.join("\n"));
}

#[test]
fn the_library_is_broad() {
    let decks = bundled::decks();
    let cards: Vec<&Card> = decks.iter().flat_map(|d| &d.cards).collect();
    assert!(decks.len() >= 8, "{} decks; at least 8", decks.len());
    assert!(cards.len() >= 60, "{} cards; at least 60", cards.len());
    for deck in &decks {
        // The home page groups decks by theme; a bundled one never falls to "Your decks".
        assert!(
            !deck.theme.trim().is_empty(),
            "deck {} names no theme",
            deck.id
        );
        assert!(
            deck.cards.len() >= 5,
            "deck {} has {} cards; at least 5",
            deck.id,
            deck.cards.len()
        );
    }
    let audiences: BTreeSet<&str> = cards.iter().map(|c| c.audience.as_str()).collect();
    for wanted in [
        "CFO",
        "CEO",
        "VP of Sales",
        "product manager",
        "the board",
        "a customer",
    ] {
        assert!(audiences.contains(wanted), "no card speaks to {wanted}");
    }
    for difficulty in 1..=3 {
        let n = cards.iter().filter(|c| c.difficulty == difficulty).count();
        assert!(
            n * 5 >= cards.len(),
            "only {n} of {} cards at difficulty {difficulty}; at least a fifth",
            cards.len()
        );
    }
}

#[test]
fn the_rules_catch_a_thin_card() {
    let mut card = bundled::decks()[0].cards[0].clone();
    assert!(faults(&card).is_empty());
    card.jargon.truncate(2);
    card.concepts.retain(|c| c.dimension != Dimension::Cost);
    card.model_answer = "Too short.".into();
    card.examples.retain(|e| e.expect == Expect::Low);
    let term = card.concepts[0].terms[0].trim_end_matches('*').to_owned();
    card.concepts[0].hint = format!("Could we say that we {term} here?");
    let faults = faults(&card);
    assert!(
        faults.iter().any(|f| f.contains("jargon terms")),
        "{faults:?}"
    );
    assert!(
        faults.iter().any(|f| f.contains("0 cost concepts")),
        "{faults:?}"
    );
    assert!(faults.iter().any(|f| f.contains("2 words")), "{faults:?}");
    assert!(faults.iter().any(|f| f.contains("no figure")), "{faults:?}");
    assert!(
        faults.iter().any(|f| f.contains("no mid or high")),
        "{faults:?}"
    );
    assert!(
        faults
            .iter()
            .any(|f| f.contains("gives its own concept away")),
        "{faults:?}"
    );
}
