//! Scoring speed, natively: `cargo bench --bench scoring` (also `make bench`).
//!
//! Targets from the scoring issue: a 150-word answer against a 30-concept card in at most
//! 20 µs (median), a 1 MB answer in at most 50 ms. The card is compiled once, as the app
//! and `grade` do.

use boardroom::deck::{Card, Concept, Dimension, bundled_decks};
use boardroom::rubric::{Rubric, draft};
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

/// A card with 30 concepts (ten per dimension), each with four terms of the kinds decks use.
fn big_card() -> Card {
    let mut card = bundled_decks().expect("bundled decks")[0].cards[0].clone();
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
fn answer(words: usize) -> String {
    let source: Vec<String> = bundled_decks().expect("bundled decks")[0]
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

#[divan::bench]
fn score_150_words_30_concepts(bencher: Bencher) {
    let card = big_card();
    let rubric = Rubric::new(&card);
    let text = answer(150);
    bencher.bench(|| rubric.score(black_box(&text)));
}

#[divan::bench]
fn score_10_000_words(bencher: Bencher) {
    let card = big_card();
    let rubric = Rubric::new(&card);
    let text = answer(10_000);
    bencher.bench(|| rubric.score(black_box(&text)));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn score_1_mb(bencher: Bencher) {
    let card = big_card();
    let rubric = Rubric::new(&card);
    let mut text = answer(200_000);
    let mut end = 1 << 20;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    bencher.bench(|| rubric.score(black_box(&text)));
}

#[divan::bench]
fn compile_30_concept_card(bencher: Bencher) {
    let card = big_card();
    bencher.bench(|| Rubric::new(black_box(&card)));
}

#[divan::bench]
fn draft_from_model_answer(bencher: Bencher) {
    let card = &bundled_decks().expect("bundled decks")[0].cards[0];
    bencher.bench(|| draft(black_box(&card.prompt), black_box(&card.model_answer)));
}
