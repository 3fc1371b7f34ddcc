//! `boardroom check [PATH...]`: validate deck files and run every card's calibration.
//!
//! Calibration (DESIGN.md): the model answer scores high (> 70), the prompt restated in its
//! own jargon scores low (< 35), an empty answer scores near zero (≤ 5), and every
//! `examples` entry lands in its band. Every problem prints as `file:line:col: message`.

use boardroom::deck::{Card, Deck, Expect, count, parse_bytes, position};
use boardroom::rubric::Rubric;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Check every deck under the given paths; errors go to stderr as `file:line:col: message`.
pub fn run(args: impl Iterator<Item = OsString>) -> Result<ExitCode, String> {
    let mut parser = lexopt::Parser::from_args(args);
    let mut roots = Vec::new();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            lexopt::Arg::Value(path) => roots.push(PathBuf::from(path)),
            other => return Err(other.unexpected().to_string()),
        }
    }
    if roots.is_empty() {
        roots.push(PathBuf::from("scenarios"));
    }

    let mut files = Vec::new();
    for root in &roots {
        collect(root, &mut files).map_err(|e| format!("{}: {e}", root.display()))?;
    }
    let (mut decks, mut cards, mut failures) = (0, 0, 0);
    let mut ids: Vec<(String, String)> = Vec::new();
    for file in &files {
        let label = file.display().to_string();
        let bytes = std::fs::read(file).map_err(|e| format!("{label}: {e}"))?;
        let deck = match parse_bytes(&label, &bytes) {
            Ok(deck) => deck,
            Err(errors) => {
                failures += errors.len();
                errors.iter().for_each(|e| eprintln!("{e}"));
                continue;
            }
        };
        let text = String::from_utf8_lossy(&bytes);
        let report = |field: &str, message: String| {
            let (line, column) = position(&text, field).unwrap_or((1, 1));
            eprintln!("{label}:{line}:{column}: {field}: {message}");
        };
        if let Some((_, other)) = ids.iter().find(|(id, _)| *id == deck.id) {
            failures += 1;
            report(
                "id",
                format!("deck id {:?} is already used by {other}", deck.id),
            );
        }
        ids.push((deck.id.clone(), label.clone()));
        for (c, card) in deck.cards.iter().enumerate() {
            for (field, message) in calibrate(card) {
                failures += 1;
                report(&format!("cards[{c}].{field}"), message);
            }
        }
        decks += 1;
        cards += deck.cards.len();
        summarise(&deck);
    }
    println!(
        "checked {} files: {decks} decks, {cards} cards, {failures} errors",
        files.len()
    );
    Ok(if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Every calibration target a card misses, as (field under the card, message).
fn calibrate(card: &Card) -> Vec<(String, String)> {
    let rubric = Rubric::new(card);
    let mut misses = Vec::new();
    let model = rubric.score(&card.model_answer).total;
    if model <= 70 {
        misses.push((
            "model_answer".into(),
            format!("the model answer scores {model}; it must score above 70"),
        ));
    }
    let prompt = rubric.score(&card.prompt).total;
    if prompt >= 35 {
        misses.push((
            "prompt".into(),
            format!("the prompt, restated as it stands, scores {prompt}; it must score below 35"),
        ));
    }
    let empty = rubric.score("").total;
    if empty > 5 {
        misses.push((
            "concepts".into(),
            format!("an empty answer scores {empty}; it must score 5 or less"),
        ));
    }
    for (i, example) in card.examples.iter().enumerate() {
        let total = rubric.score(&example.answer).total;
        if !example.expect.contains(total) {
            let band = match example.expect {
                Expect::Low => "low (below 35)",
                Expect::Mid => "mid (35 to 70)",
                Expect::High => "high (above 70)",
            };
            misses.push((
                format!("examples[{i}].answer"),
                format!("this example scores {total}; it is expected {band}"),
            ));
        }
    }
    misses
}

/// One line per deck on standard output: how many cards, for whom.
fn summarise(deck: &Deck) {
    let mut audiences: Vec<(&str, usize)> = Vec::new();
    for card in &deck.cards {
        match audiences.iter_mut().find(|(a, _)| *a == card.audience) {
            Some(entry) => entry.1 += 1,
            None => audiences.push((&card.audience, 1)),
        }
    }
    let audiences: Vec<String> = audiences.iter().map(|(a, n)| format!("{a} {n}")).collect();
    println!(
        "  {}: {} ({})",
        deck.id,
        count(deck.cards.len(), "card"),
        audiences.join(", ")
    );
}

/// The deck files at `path`: the file itself, or every `.toml` and `.json` under a folder,
/// sorted.
fn collect(path: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        entries.sort();
        for entry in entries {
            if entry.is_dir()
                || entry
                    .extension()
                    .is_some_and(|e| e == "toml" || e == "json")
            {
                collect(&entry, out)?;
            }
        }
    } else {
        std::fs::metadata(path)?;
        out.push(path.to_path_buf());
    }
    Ok(())
}
