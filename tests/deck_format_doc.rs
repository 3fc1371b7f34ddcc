//! `docs/deck-format.md` shows a whole deck in TOML and in JSON: both must parse, be the
//! same deck, and pass `check` (format and calibration), so the page cannot drift.

use boardroom::deck::{parse_json, parse_toml};
use std::process::Command;

const PAGE: &str = include_str!("../docs/deck-format.md");

/// The first fenced block of the given language on the page.
fn block(language: &str) -> &'static str {
    let fence = format!("```{language}\n");
    let start = PAGE.find(&fence).expect("the page has the block") + fence.len();
    let len = PAGE[start..].find("```").expect("the block is closed");
    &PAGE[start..start + len]
}

#[test]
fn the_documented_deck_is_the_same_in_toml_and_json() {
    let toml =
        parse_toml("deck-format.md (toml)", block("toml")).unwrap_or_else(|e| panic!("{e:#?}"));
    let json =
        parse_json("deck-format.md (json)", block("json")).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(toml, json);
    assert_eq!(toml.cards[0].examples.len(), 2);
}

#[test]
fn the_documented_deck_passes_check() {
    let dir = std::env::temp_dir().join(format!("boardroom-doc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("reporting.toml"), block("toml")).unwrap();
    std::fs::write(
        dir.join("reporting-json.json"),
        block("json").replace("\"id\": \"reporting\"", "\"id\": \"reporting-json\""),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_boardroom"))
        .arg("check")
        .arg(&dir)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stdout}{stderr}");
    assert!(
        stdout.contains("checked 2 files: 2 decks, 2 cards, 0 errors"),
        "{stdout}"
    );
}
