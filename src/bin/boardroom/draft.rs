//! `boardroom draft INPUT.jsonl`: propose one card per line, printed as one deck in TOML.
//!
//! Each line is `{"id": "...", "prompt": "...", "model_answer": "..."}`; the ids are kept.
//! Concepts carry synonyms from the thesaurus the app fetches (`assets/thesaurus.txt`,
//! reduced from WordNet), built into this native tool.

use boardroom::deck::{Deck, parse_toml};
use boardroom::rubric::{Thesaurus, draft_with};
use serde::Deserialize;
use std::ffi::OsString;
use std::io::{self, BufRead, Read};
use std::process::ExitCode;

/// The drafting thesaurus (see [`Thesaurus`]), the same file the app fetches.
const THESAURUS: &str = include_str!("../../../assets/thesaurus.txt");

#[derive(Deserialize)]
struct Line {
    id: String,
    prompt: String,
    model_answer: String,
}

/// Draft a deck from the input; `Err` is a usage or input problem (exit status 2).
pub fn run(args: impl Iterator<Item = OsString>) -> Result<ExitCode, String> {
    let mut parser = lexopt::Parser::from_args(args);
    let mut input = None;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            lexopt::Arg::Value(path) if input.is_none() => input = Some(path),
            other => return Err(other.unexpected().to_string()),
        }
    }
    let input = input.ok_or("missing INPUT.jsonl (or - for standard input)")?;
    let label = input.to_string_lossy().into_owned();
    let reader: Box<dyn Read> = if label == "-" {
        Box::new(io::stdin())
    } else {
        Box::new(std::fs::File::open(&input).map_err(|e| format!("{label}: {e}"))?)
    };
    let thesaurus = Thesaurus::parse(THESAURUS)
        .map_err(|e| format!("the built-in thesaurus cannot be read (a bug): {e}"))?;
    let mut cards = Vec::new();
    let mut failures = 0;
    for (i, line) in io::BufReader::new(reader).lines().enumerate() {
        let line = line.map_err(|e| format!("{label}: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Line>(&line) {
            Ok(row) => {
                let mut card = draft_with(&row.prompt, &row.model_answer, &thesaurus);
                card.id = row.id;
                cards.push(card);
            }
            Err(e) => {
                failures += 1;
                eprintln!("{label}:{}: cannot read this line: {e}", i + 1);
            }
        }
    }
    let deck = Deck {
        format: 1,
        id: "drafted".into(),
        title: "Drafted cards".into(),
        description: format!("Cards drafted by `boardroom draft` from {label}; edit before use."),
        theme: String::new(),
        language: "en".into(),
        cards,
    };
    let text = toml::to_string_pretty(&deck).map_err(|e| e.to_string())?;
    // What we print must be a deck `grade` accepts as it stands.
    if let Err(errors) = parse_toml("drafted deck", &text) {
        for e in &errors {
            eprintln!("{e}");
        }
        return Err(
            "the drafted deck does not validate (a bug: please report it with the input)".into(),
        );
    }
    print!("{text}");
    Ok(if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
