//! `boardroom check [PATH...]`: validate deck files and their calibration examples.

use boardroom::deck::{DeckError, parse_toml};
use boardroom::rubric::score;
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
    for file in &files {
        let label = file.display().to_string();
        let text = std::fs::read_to_string(file).map_err(|e| format!("{label}: {e}"))?;
        match parse_toml(&label, &text) {
            Ok(deck) => {
                decks += 1;
                cards += deck.cards.len();
                for card in &deck.cards {
                    for (i, example) in card.examples.iter().enumerate() {
                        let total = score(card, &example.answer).total;
                        if !example.expect.contains(total) {
                            failures += 1;
                            eprintln!(
                                "{label}: card {:?}: examples[{i}] scored {total}, expected {:?}",
                                card.id, example.expect
                            );
                        }
                    }
                }
            }
            Err(errors) => {
                failures += errors.len();
                errors.iter().for_each(|e: &DeckError| eprintln!("{e}"));
            }
        }
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

/// The `.toml` files at `path`: the file itself, or every one under a folder, sorted.
fn collect(path: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        entries.sort();
        for entry in entries {
            if entry.is_dir() || entry.extension().is_some_and(|e| e == "toml") {
                collect(&entry, out)?;
            }
        }
    } else {
        std::fs::metadata(path)?;
        out.push(path.to_path_buf());
    }
    Ok(())
}
