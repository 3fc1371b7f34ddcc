//! Compiles the bundled decks into the app: every `scenarios/*.toml` is parsed and validated
//! here with the app's own deck parser, so a broken deck fails the build with the same
//! `file:line:col` messages `boardroom check` prints, and the browser never parses them.

use std::fmt::Write as _;
use std::path::Path;

/// The app's own deck parser (see that file for why it is listed separately).
#[path = "src/deck/for_build.rs"]
#[allow(dead_code, unused_imports)]
mod deck;

use deck::{Card, Concept, Deck, Dimension, Example, Expect};

fn main() {
    println!("cargo::rerun-if-changed=scenarios");
    println!("cargo::rerun-if-changed=src/deck.rs");
    println!("cargo::rerun-if-changed=src/deck");

    let mut files: Vec<_> = std::fs::read_dir("scenarios")
        .expect("scenarios/ must exist")
        .map(|entry| entry.expect("readable scenarios/ entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();

    let mut code = String::from("vec![\n");
    let mut errors = Vec::new();
    for path in &files {
        let label = format!(
            "scenarios/{}",
            path.file_name().and_then(|n| n.to_str()).unwrap_or("?")
        );
        println!("cargo::rerun-if-changed={label}");
        let bytes = std::fs::read(path).expect("readable deck file");
        match deck::parse_bytes(&label, &bytes) {
            Ok(deck) => code.push_str(&deck_literal(&deck)),
            Err(mut e) => errors.append(&mut e),
        }
    }
    code.push_str("]\n");
    if !errors.is_empty() {
        for error in &errors {
            eprintln!("{error}");
        }
        eprintln!(
            "{} problem(s) in the bundled decks; run `cargo run --bin boardroom -- check`",
            errors.len()
        );
        std::process::exit(1);
    }
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled_decks.rs");
    std::fs::write(out, code).expect("writable OUT_DIR");
}

/// Rust source that builds `value` (a string's `Debug` form is a valid Rust literal).
fn s(value: &str) -> String {
    format!("String::from({value:?})")
}

fn strings(values: &[String]) -> String {
    let items: Vec<String> = values.iter().map(|v| s(v)).collect();
    format!("vec![{}]", items.join(", "))
}

fn deck_literal(deck: &Deck) -> String {
    let cards: String = deck.cards.iter().map(card_literal).collect();
    format!(
        "Deck {{ format: {}, id: {}, title: {}, description: {}, language: {}, cards: vec![\n{cards}] }},\n",
        deck.format,
        s(&deck.id),
        s(&deck.title),
        s(&deck.description),
        s(&deck.language)
    )
}

fn card_literal(card: &Card) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "Card {{ id: {}, title: {}, prompt: {}, context: {}, audience: {}, difficulty: {}, tags: {}, jargon: {}, model_answer: {}, concepts: vec![",
        s(&card.id),
        s(&card.title),
        s(&card.prompt),
        s(&card.context),
        s(&card.audience),
        card.difficulty,
        strings(&card.tags),
        strings(&card.jargon),
        s(&card.model_answer)
    );
    for c in &card.concepts {
        out.push_str(&concept_literal(c));
    }
    out.push_str("], examples: vec![");
    for e in &card.examples {
        out.push_str(&example_literal(e));
    }
    out.push_str("] },\n");
    out
}

fn concept_literal(c: &Concept) -> String {
    let dimension = match c.dimension {
        Dimension::Risk => "Risk",
        Dimension::Cost => "Cost",
        Dimension::Opportunity => "Opportunity",
    };
    format!(
        "Concept {{ dimension: Dimension::{dimension}, label: {}, terms: {}, weight: {}, hint: {} }}, ",
        s(&c.label),
        strings(&c.terms),
        c.weight,
        s(&c.hint)
    )
}

fn example_literal(e: &Example) -> String {
    let expect = match e.expect {
        Expect::Low => "Low",
        Expect::Mid => "Mid",
        Expect::High => "High",
    };
    format!(
        "Example {{ answer: {}, expect: Expect::{expect} }}, ",
        s(&e.answer)
    )
}
