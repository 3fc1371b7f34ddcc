//! Compiles the bundled decks into the app: every `scenarios/*.toml` is parsed and validated
//! here with the app's own deck parser, so a broken deck fails the build with the same
//! `file:line:col` messages `boardroom check` prints, and the browser never parses them: it
//! reads back the compact blob written here (see `Blob`).

use std::path::Path;

/// The app's own deck parser (see that file for why it is listed separately).
#[path = "src/deck/for_build.rs"]
#[allow(dead_code, unused_imports)]
mod deck;

/// The sort the deck parser uses.
#[path = "src/sort.rs"]
#[allow(dead_code)]
mod sort;

use deck::{Card, Concept, Deck, Example};

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

    let mut decks = Vec::new();
    let mut errors = Vec::new();
    for path in &files {
        let label = format!(
            "scenarios/{}",
            path.file_name().and_then(|n| n.to_str()).unwrap_or("?")
        );
        println!("cargo::rerun-if-changed={label}");
        let bytes = std::fs::read(path).expect("readable deck file");
        match deck::parse_bytes(&label, &bytes) {
            Ok(deck) => decks.push(deck),
            Err(mut e) => errors.append(&mut e),
        }
    }
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
    let mut blob = Blob::default();
    blob.list(&decks, Blob::deck);
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled_decks.txt");
    std::fs::write(out, blob.0).expect("writable OUT_DIR");
}

/// Separates fields in the blob; no deck text may contain it (the build refuses one that does).
const SEPARATOR: char = '\u{1f}';

/// The bundled decks as one text of fields, decoded by `src/bundled.rs` in the same order.
/// Text compresses far better than the code that would build the same values, which keeps the
/// app small: every field once, each list led by its length.
#[derive(Default)]
struct Blob(String);

impl Blob {
    fn text(&mut self, value: &str) {
        assert!(
            !value.contains(SEPARATOR),
            "deck text must not contain U+001F: {value:?}"
        );
        self.0.push_str(value);
        self.0.push(SEPARATOR);
    }

    fn number(&mut self, value: impl std::fmt::Display) {
        self.text(&value.to_string());
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.number(items.len());
        for item in items {
            each(self, item);
        }
    }

    fn texts(&mut self, items: &[String]) {
        self.list(items, |blob, item| blob.text(item));
    }

    fn deck(&mut self, deck: &Deck) {
        self.number(deck.format);
        self.text(&deck.id);
        self.text(&deck.title);
        self.text(&deck.description);
        self.text(&deck.language);
        self.list(&deck.cards, Self::card);
    }

    fn card(&mut self, card: &Card) {
        self.text(&card.id);
        self.text(&card.title);
        self.text(&card.prompt);
        self.text(&card.context);
        self.text(&card.audience);
        self.number(card.difficulty);
        self.texts(&card.tags);
        self.texts(&card.jargon);
        self.text(&card.model_answer);
        self.list(&card.concepts, Self::concept);
        self.list(&card.examples, Self::example);
    }

    fn concept(&mut self, concept: &Concept) {
        self.text(concept.dimension.as_str());
        self.text(&concept.label);
        self.texts(&concept.terms);
        self.number(concept.weight);
        self.text(&concept.hint);
    }

    fn example(&mut self, example: &Example) {
        self.text(&example.answer);
        self.text(example.expect.as_str());
    }
}
