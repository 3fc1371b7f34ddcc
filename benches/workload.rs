//! The workload shared by the scoring benchmark and the profiling example.

use boardroom::bundled;
use boardroom::deck::{Card, Concept, Dimension};

/// A card with 30 concepts (ten per dimension), each with four terms of the kinds decks use.
pub fn big_card() -> Card {
    let mut card = bundled::decks()[0].cards[0].clone();
    let words = [
        "onboard*",
        "customers",
        "deal*",
        "revenue",
        "outage*",
        "breach",
        "fines",
        "six weeks",
        "support staff",
        "hiring",
        "ceiling",
        "limit",
        "growth",
        "faster releases",
        "cost*",
        "security",
        "trust",
        "churn",
        "contract*",
        "$30,000",
        "sign up",
        "new markets",
        "downtime",
        "complaints",
        "budget",
        "engineer time",
        "two weeks",
        "renewal*",
        "competitor*",
        "reputation",
        "partners",
        "launch",
        "late",
        "refund*",
        "audit",
        "compliance",
        "backups",
        "data loss",
        "overtime",
        "licen*",
    ];
    card.concepts = (0..30)
        .map(|i| Concept {
            dimension: Dimension::ALL[i % 3],
            label: format!("Concept {i}"),
            terms: (0..4)
                .map(|j| words[(i * 4 + j) % words.len()].to_owned())
                .collect(),
            weight: 1 + (i as u32 % 2),
            hint: format!("Hint {i}"),
        })
        .collect();
    card
}

/// A realistic answer of about `words` words, built from the bundled model answers.
pub fn answer(words: usize) -> String {
    let source: Vec<String> = bundled::decks()[0]
        .cards
        .iter()
        .map(|c| c.model_answer.clone())
        .collect();
    let all: Vec<&str> = source.iter().flat_map(|s| s.split_whitespace()).collect();
    all.iter()
        .cycle()
        .take(words)
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}
