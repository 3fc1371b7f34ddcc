//! Checks the bundled decks and writes what the app knows of them: every `scenarios/*.toml` is
//! parsed and validated here with the app's own deck parser, so a broken deck fails the build
//! with the same `file:line:col` messages `boardroom check` prints. The app carries only an
//! index of their outlines (see `Blob`) and fetches a deck, when a card of it is first opened,
//! as the JSON this writes (`served/` in `OUT_DIR`, under the names `served_name` gives them;
//! `scripts/deck-files.mjs` copies them beside the app): JSON, because the app reads it in a
//! fraction of the time and code TOML takes, with the same checks.

use std::path::Path;

/// The app's own deck parser (see that file for why it is listed separately).
#[path = "src/deck/for_build.rs"]
#[allow(dead_code, unused_imports)]
mod deck;

/// The sort the deck parser uses.
#[path = "src/sort.rs"]
#[allow(dead_code)]
mod sort;

use deck::{Card, Deck};

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
    let files = in_library_order(files);

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
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_owned();
    // Only this build's files: a deck changed since the last build leaves no old copy behind.
    let served = out.join("served");
    let _ = std::fs::remove_dir_all(&served);
    std::fs::create_dir_all(&served).expect("writable OUT_DIR");
    let mut index = Blob::default();
    index.number(decks.len());
    for (deck, path) in decks.iter().zip(&files) {
        let json = served_json(deck);
        let name = served_name(path, json.as_bytes());
        match deck::parse_json(&name, &json) {
            Ok(back) if back == *deck => {}
            _ => {
                panic!("{name}: the served JSON does not read back as the deck it was written from")
            }
        }
        let file = served.join(name.trim_start_matches("decks/"));
        std::fs::write(file, &json).expect("writable OUT_DIR");
        index.outline(deck, &name);
    }
    std::fs::write(out.join("bundled_index.txt"), index.0).expect("writable OUT_DIR");
    // The native build (tests, the command line) reads the whole decks from the files.
    let includes: Vec<String> = files
        .iter()
        .map(|path| {
            let absolute = std::fs::canonicalize(path).expect("a deck file's full path");
            format!("    include_str!({:?}),\n", absolute.display().to_string())
        })
        .collect();
    let list = format!("&[\n{}]", includes.concat());
    std::fs::write(out.join("bundled_files.rs"), list).expect("writable OUT_DIR");
}

/// The deck files in the order `scenarios/order.txt` lists them (one file stem a line; blank
/// lines and `#` comments skipped): the order the app lists decks in and introduces new cards
/// from, so a learner's first card is the first deck's first card. A deck file the list does
/// not name, or a name with no file, fails the build with the fix in the message.
fn in_library_order(files: Vec<std::path::PathBuf>) -> Vec<std::path::PathBuf> {
    const ORDER: &str = "scenarios/order.txt";
    println!("cargo::rerun-if-changed={ORDER}");
    let listed = std::fs::read_to_string(ORDER).unwrap_or_else(|e| {
        eprintln!("{ORDER}: {e}; it lists the bundled decks' file names in the order to show them");
        std::process::exit(1)
    });
    let names: Vec<&str> = listed
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect();
    let stem = |path: &std::path::PathBuf| {
        path.file_stem()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_owned()
    };
    let mut problems = Vec::new();
    for path in &files {
        if !names.contains(&stem(path).as_str()) {
            problems.push(format!(
                "{ORDER}: scenarios/{}.toml is not listed; add the line `{}` where the deck should appear",
                stem(path),
                stem(path)
            ));
        }
    }
    for (line, name) in listed.lines().enumerate() {
        let name = name.trim();
        if name.is_empty() || name.starts_with('#') {
            continue;
        }
        if !files.iter().any(|path| stem(path) == name) {
            problems.push(format!(
                "{ORDER}:{}: no file scenarios/{name}.toml; remove the line or add the deck",
                line + 1
            ));
        } else if names.iter().filter(|n| **n == name).count() > 1 {
            problems.push(format!("{ORDER}:{}: `{name}` is listed twice", line + 1));
        }
    }
    if !problems.is_empty() {
        for problem in &problems {
            eprintln!("{problem}");
        }
        std::process::exit(1);
    }
    let mut files = files;
    files.sort_by_key(|path| names.iter().position(|n| *n == stem(path)));
    files
}

/// A deck as the app fetches it: compact JSON, which `parse_json` reads back as the same deck
/// (checked above). Keep in step with the test that checks the served names.
fn served_json(deck: &Deck) -> String {
    serde_json::to_string(deck).expect("a deck is plain data")
}

/// The name the app fetches a deck by: `decks/<file stem>.<hash>.json`, the hash being FNV-1a
/// (64 bits, hex) of the served JSON, so a changed deck is a new address and a host may cache
/// every deck file for ever.
fn served_name(path: &Path, bytes: &[u8]) -> String {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .expect("a deck file name in UTF-8");
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("decks/{stem}.{hash:016x}.json")
}

/// Separates fields in the blob; no deck text may contain it (the build refuses one that does).
const SEPARATOR: char = '\u{1f}';

/// The bundled decks' outlines as one text of fields, decoded by `src/bundled.rs` in the same
/// order. Text compresses far better than the code that would build the same values, which
/// keeps the app small: every field once, each list led by its length.
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

    /// A deck's outline (what lists and filters show) and the name its file is served by.
    fn outline(&mut self, deck: &Deck, served: &str) {
        self.text(&deck.id);
        self.text(&deck.title);
        self.text(&deck.description);
        self.text(&deck.theme);
        self.text(served);
        self.list(&deck.cards, Self::card);
    }

    fn card(&mut self, card: &Card) {
        self.text(&card.id);
        self.text(&card.title);
        self.text(&card.audience);
        self.number(card.difficulty);
        self.texts(&card.tags);
    }
}
