//! Decks written in JSON: the same schema as TOML, read by the same checks, with errors
//! placed in the JSON text.

mod util;

use boardroom::bundled;
use boardroom::deck::{parse_bytes, parse_deck, parse_json};
use proptest::prelude::*;

/// The demo deck in JSON, valid as written, laid out one field a line so positions are easy
/// to read in the expected messages.
const DECK: &str = r#"{
  "format": 1,
  "id": "demo",
  "title": "Demo",
  "description": "A deck for tests.",
  "language": "en",
  "cards": [
    {
      "id": "gateway",
      "title": "Refactor the gateway",
      "prompt": "We need to refactor the API gateway.",
      "context": "Sales asks why.",
      "audience": "VP of Sales",
      "difficulty": 2,
      "jargon": ["refactor", "API gateway"],
      "model_answer": "We can onboard more customers and close the deals without outages.",
      "concepts": [
        {"dimension": "opportunity", "label": "More customers", "terms": ["onboard*", "new customers", "sign up"], "weight": 2, "hint": "What do we gain?"},
        {"dimension": "risk", "label": "Outages", "terms": ["outage*", "fail*"], "hint": "What breaks?"},
        {"dimension": "cost", "label": "Six weeks", "terms": ["six weeks", "cost"], "hint": "What does it take?"}
      ]
    }
  ]
}
"#;

#[track_caller]
fn errors(text: &str) -> Vec<String> {
    match parse_json("demo.json", text) {
        Ok(_) => panic!("expected errors"),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[track_caller]
fn edited(from: &str, to: &str) -> String {
    assert!(DECK.contains(from), "demo deck has no {from:?}");
    DECK.replacen(from, to, 1)
}

#[test]
fn the_json_demo_deck_equals_the_toml_one() {
    let json = parse_json("demo.json", DECK).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(json, util::deck());
}

#[test]
fn every_bundled_deck_reads_back_from_its_own_json() {
    for deck in bundled::decks() {
        let json = serde_json::to_string_pretty(&deck).unwrap();
        let back = parse_json(&format!("{}.json", deck.id), &json)
            .unwrap_or_else(|e| panic!("{}: {e:#?}", deck.id));
        assert_eq!(back, deck);
    }
}

#[test]
fn the_format_is_chosen_by_name_or_first_character() {
    assert!(parse_deck("pasted text", DECK).is_ok(), "starts with `{{`");
    assert!(parse_deck("pasted text", util::DECK).is_ok(), "TOML");
    assert!(parse_bytes("deck.JSON", DECK.as_bytes()).is_ok());
    let toml_named_json = parse_deck("deck.json", util::DECK).unwrap_err();
    assert_eq!(
        toml_named_json[0].to_string(),
        "deck.json:1:1: a deck in JSON is one object: expected `{`"
    );
}

#[test]
fn json_errors_name_line_column_field_and_problem() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "\"difficulty\": 2",
            "\"difficulty\": 5",
            "demo.json:14:21: cards[0].difficulty: `difficulty` must be 1 (easy), 2 (medium) or 3 (hard), not 5",
        ),
        (
            "\"audience\": \"VP of Sales\"",
            "\"audiense\": \"VP of Sales\"",
            "demo.json:13:7: cards[0].audiense: unknown field `audiense`; did you mean `audience`?",
        ),
        (
            "\"difficulty\": 2",
            "\"difficulty\": \"2\"",
            "demo.json:14:21: cards[0].difficulty: expected 1 (easy), 2 (medium) or 3 (hard), found a string",
        ),
        (
            "\"concepts\": [",
            "\"concepts\": {\"x\": 1}, \"unused\": [",
            "demo.json:17:19: cards[0].concepts: expected an array of objects, found an object",
        ),
        (
            "\"difficulty\": 2",
            "\"difficulty\": null",
            "demo.json:14:21: `null` is not a value a deck can hold: leave the field out",
        ),
        (
            "\"difficulty\": 2,",
            "\"difficulty\": 2,,",
            "demo.json:14:23: expected a key in double quotes, found `,`",
        ),
        (
            "\"id\": \"gateway\",",
            "\"id\": \"gateway\", \"id\": \"again\",",
            "demo.json:9:24: the key \"id\" is given twice in this object",
        ),
    ];
    for (from, to, expected) in cases {
        let got = errors(&edited(from, to));
        assert!(
            got.iter().any(|e| e == expected),
            "{from} -> {to}: expected {expected:?}, got {got:#?}"
        );
    }
}

#[test]
fn several_problems_are_all_reported_in_file_order() {
    let text = edited("\"difficulty\": 2", "\"difficulty\": 9")
        .replacen("\"weight\": 2", "\"weight\": 0", 1)
        .replacen("\"dimension\": \"risk\"", "\"dimension\": \"danger\"", 1);
    let got = errors(&text);
    assert_eq!(got.len(), 3, "{got:#?}");
    let lines: Vec<&str> = got.iter().map(|e| e.split(':').nth(1).unwrap()).collect();
    assert_eq!(lines, ["14", "18", "19"]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Cutting a piece out of a valid deck, or pasting any text into it, gives errors or a
    /// deck, never a panic, and every error lies inside the text.
    #[test]
    fn damaged_json_never_panics(at in 0..DECK.len(), len in 0usize..40, junk in "\\PC{0,12}") {
        let mut text = DECK.to_owned();
        let mut start = at;
        while !text.is_char_boundary(start) { start -= 1; }
        let mut end = (start + len).min(text.len());
        while !text.is_char_boundary(end) { end -= 1; }
        text.replace_range(start..end, &junk);
        if let Err(errors) = parse_json("damaged.json", &text) {
            let lines = text.lines().count().max(1);
            for e in errors {
                prop_assert!(e.line >= 1 && e.line <= lines + 1, "{e} in {lines} lines");
            }
        }
    }
}
