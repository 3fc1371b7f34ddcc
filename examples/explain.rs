//! Which words of an answer each concept matched: a deck author's magnifying glass.
//!
//! `cargo run --release --example explain -- DECK.toml CARD-ID "answer text"`

use boardroom::deck::parse_deck;
use boardroom::rubric::Rubric;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [file, card, answer] = args.as_slice() else {
        eprintln!("usage: explain DECK CARD-ID ANSWER");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(file).expect("readable deck");
    let deck = parse_deck(file, &text).unwrap_or_else(|errors| {
        errors.iter().for_each(|e| eprintln!("{e}"));
        std::process::exit(1)
    });
    let card = deck
        .cards
        .iter()
        .find(|c| &c.id == card)
        .expect("a card with that id");
    let report = Rubric::new(card).score(answer);
    println!("total {} {:?}", report.total, report.dimensions);
    for hit in &report.matched {
        let words: Vec<&str> = hit.spans.iter().map(|s| &answer[s.start..s.end]).collect();
        println!("  + {:?} {}: {words:?}", hit.dimension, hit.label);
    }
    for miss in &report.missed {
        println!("  - {:?} {}", miss.dimension, miss.label);
    }
    for jargon in &report.jargon {
        println!("  ! jargon {}", jargon.term);
    }
}
