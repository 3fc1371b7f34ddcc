//! Helpers shared by the integration tests.
#![allow(dead_code)]

use boardroom::deck::{Card, Deck, parse_toml};

/// A small deck in TOML, valid as written; tests edit copies of it to break one thing.
pub const DECK: &str = r#"format = 1
id = "demo"
title = "Demo"
description = "A deck for tests."
language = "en"

[[cards]]
id = "gateway"
title = "Refactor the gateway"
prompt = "We need to refactor the API gateway."
context = "Sales asks why."
audience = "VP of Sales"
difficulty = 2
jargon = ["refactor", "API gateway"]
model_answer = "We can onboard more customers and close the deals without outages."

[[cards.concepts]]
dimension = "opportunity"
label = "More customers"
terms = ["onboard*", "new customers", "sign up"]
weight = 2
hint = "What do we gain?"

[[cards.concepts]]
dimension = "risk"
label = "Outages"
terms = ["outage*", "fail*"]
hint = "What breaks?"

[[cards.concepts]]
dimension = "cost"
label = "Six weeks"
terms = ["six weeks", "cost"]
hint = "What does it take?"
"#;

/// The demo deck, parsed; panics with every error if it does not parse.
#[track_caller]
pub fn deck() -> Deck {
    parse_toml("demo.toml", DECK).unwrap_or_else(|errors| panic!("demo deck invalid: {errors:#?}"))
}

/// The demo deck's only card.
#[track_caller]
pub fn card() -> Card {
    deck().cards.remove(0)
}

/// The texts an answer's spans cover.
pub fn slices<'a>(answer: &'a str, spans: &[boardroom::rubric::Span]) -> Vec<&'a str> {
    spans.iter().map(|s| s.slice(answer)).collect()
}

/// A card with one risk concept whose only term is `term`, and no jargon.
pub fn one_term_card(term: &str) -> Card {
    let mut card = card();
    card.jargon.clear();
    card.concepts.truncate(1);
    card.concepts[0].terms = vec![term.to_owned()];
    card
}

/// The texts in `answer` where `term` matches, as the scorer reports them.
pub fn matches<'a>(term: &str, answer: &'a str) -> Vec<&'a str> {
    let report = boardroom::rubric::score(&one_term_card(term), answer);
    report
        .matched
        .first()
        .map(|hit| slices(answer, &hit.spans))
        .unwrap_or_default()
}
