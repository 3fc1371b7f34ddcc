//! Malformed decks and the exact messages each must give (none may panic).

mod util;

use boardroom::deck::{MAX_DECK_BYTES, parse_bytes, parse_toml};

/// The demo deck with the first `from` replaced by `to`.
#[track_caller]
fn edit(from: &str, to: &str) -> String {
    assert!(util::DECK.contains(from), "demo deck has no {from:?}");
    util::DECK.replacen(from, to, 1)
}

/// Every error for `text`, as the command line prints them.
fn errors(text: &str) -> Vec<String> {
    match parse_toml("d.toml", text) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn malformed_decks_table() {
    let cases: Vec<(&str, String, Vec<&str>)> = vec![
        (
            "empty file",
            String::new(),
            vec![
                "d.toml:1:1: cards: missing field `cards` (expected one or more tables)",
                "d.toml:1:1: format: missing field `format` (expected a positive whole number)",
                "d.toml:1:1: id: missing field `id` (expected a string)",
                "d.toml:1:1: title: missing field `title` (expected a string)",
                "d.toml:1:1: description: missing field `description` (expected a string)",
                "d.toml:1:1: language: missing field `language` (expected a string)",
            ],
        ),
        (
            "title is a number",
            edit("title = \"Demo\"", "title = 5"),
            vec!["d.toml:3:9: title: expected a string, found an integer"],
        ),
        (
            "title is a boolean",
            edit("title = \"Demo\"", "title = true"),
            vec!["d.toml:3:9: title: expected a string, found a boolean"],
        ),
        (
            "title is a date",
            edit("title = \"Demo\"", "title = 1979-05-27"),
            vec!["d.toml:3:9: title: expected a string, found a date"],
        ),
        (
            "theme is a list",
            edit("language = \"en\"", "language = \"en\"\ntheme = [\"Risk\"]"),
            vec!["d.toml:6:9: theme: expected a string, found an array"],
        ),
        (
            "language is a number",
            edit("language = \"en\"", "language = 1"),
            vec!["d.toml:5:12: language: expected a string, found an integer"],
        ),
        (
            "format is a string",
            edit("format = 1", "format = \"1\""),
            vec!["d.toml:1:10: format: expected a positive whole number, found a string"],
        ),
        (
            "format unsupported",
            edit("format = 1", "format = 3"),
            vec!["d.toml:1:10: format: unsupported deck format 3; this version reads format 1"],
        ),
        (
            "description empty",
            edit("description = \"A deck for tests.\"", "description = \" \""),
            vec!["d.toml:4:15: description: description must not be empty"],
        ),
        (
            "deck id with spaces",
            edit("id = \"demo\"", "id = \"my deck\""),
            vec!["d.toml:2:6: id: deck id \"my deck\" must use only a-z, 0-9 and -"],
        ),
        (
            "unknown deck field, close",
            edit("language = \"en\"", "language = \"en\"\nlangauge = \"fr\""),
            vec!["d.toml:6:1: langauge: unknown field `langauge`; did you mean `language`?"],
        ),
        (
            "unknown deck field, far",
            edit("language = \"en\"", "language = \"en\"\ncolour = \"blue\""),
            vec![
                "d.toml:6:1: colour: unknown field `colour`; expected one of `format`, `id`, `title`, `description`, `theme`, `language`, `cards`",
            ],
        ),
        (
            "cards is a string",
            edit("language = \"en\"", "language = \"en\"\ncards = \"none\"")
                .split("[[cards]]")
                .next()
                .unwrap()
                .to_owned(),
            vec!["d.toml:6:9: cards: expected one or more [[cards]] tables, found a string"],
        ),
        (
            "no cards",
            format!(
                "{}cards = []\n",
                util::DECK.split("[[cards]]").next().unwrap()
            ),
            vec!["d.toml:7:9: cards: a deck needs at least one card"],
        ),
        (
            "unknown card field",
            edit(
                "title = \"Refactor the gateway\"",
                "tittle = \"Refactor the gateway\"",
            ),
            vec![
                "d.toml:7:1: cards[0].title: missing field `title` (expected a string)",
                "d.toml:9:1: cards[0].tittle: unknown field `tittle`; did you mean `title`?",
            ],
        ),
        (
            "card id uppercase",
            edit("id = \"gateway\"", "id = \"Gateway\""),
            vec!["d.toml:8:6: cards[0].id: card id \"Gateway\" must use only a-z, 0-9 and -"],
        ),
        (
            "prompt missing",
            edit("prompt = \"We need to refactor the API gateway.\"\n", ""),
            vec!["d.toml:7:1: cards[0].prompt: missing field `prompt` (expected a string)"],
        ),
        (
            "model answer missing",
            edit(
                "model_answer = \"We can onboard more customers and close the deals without outages.\"\n",
                "",
            ),
            vec![
                "d.toml:7:1: cards[0].model_answer: missing field `model_answer` (expected a string)",
            ],
        ),
        (
            "context empty",
            edit("context = \"Sales asks why.\"", "context = \"\""),
            vec!["d.toml:11:11: cards[0].context: context must not be empty"],
        ),
        (
            "difficulty as text",
            edit("difficulty = 2", "difficulty = \"2\""),
            vec![
                "d.toml:13:14: cards[0].difficulty: expected 1 (easy), 2 (medium) or 3 (hard), found a string",
            ],
        ),
        (
            "difficulty decimal",
            edit("difficulty = 2", "difficulty = 2.5"),
            vec![
                "d.toml:13:14: cards[0].difficulty: expected 1 (easy), 2 (medium) or 3 (hard), found a decimal number",
            ],
        ),
        (
            "difficulty zero",
            edit("difficulty = 2", "difficulty = 0"),
            vec![
                "d.toml:13:14: cards[0].difficulty: `difficulty` must be 1 (easy), 2 (medium) or 3 (hard), not 0",
            ],
        ),
        (
            "difficulty huge",
            edit("difficulty = 2", "difficulty = 9999999999"),
            vec![
                "d.toml:13:14: cards[0].difficulty: `difficulty` must be 1 (easy), 2 (medium) or 3 (hard), not 9999999999",
            ],
        ),
        (
            "tags as a string",
            edit("difficulty = 2", "difficulty = 2\ntags = \"scaling\""),
            vec!["d.toml:14:8: cards[0].tags: expected an array of strings, found a string"],
        ),
        (
            "jargon with a number",
            edit(
                "jargon = [\"refactor\", \"API gateway\"]",
                "jargon = [\"refactor\", 3]",
            ),
            vec!["d.toml:14:23: cards[0].jargon[1]: expected a string, found an integer"],
        ),
        (
            "jargon that is also a concept term",
            edit(
                "jargon = [\"refactor\", \"API gateway\"]",
                "jargon = [\"refactor\", \"Sign up\"]",
            ),
            vec![
                "d.toml:14:23: cards[0].jargon[1]: \"Sign up\" is both jargon and a term of concept \"More customers\" (cards[0].concepts[0]); a card cannot reward and penalise the same words",
            ],
        ),
        (
            "concepts empty",
            format!(
                "{}\nconcepts = []\n",
                util::DECK.split("\n[[cards.concepts]]").next().unwrap()
            ),
            vec!["d.toml:17:12: cards[0].concepts: a card needs at least one concept"],
        ),
        (
            "dimension misspelt",
            edit("dimension = \"risk\"", "dimension = \"rik\""),
            vec![
                "d.toml:25:13: cards[0].concepts[1].dimension: `rik` is not allowed here; did you mean `risk`? (expected one of `risk`, `cost`, `opportunity`)",
            ],
        ),
        (
            "dimension unknown",
            edit("dimension = \"risk\"", "dimension = \"danger\""),
            vec![
                "d.toml:25:13: cards[0].concepts[1].dimension: `danger` is not allowed here; expected one of `risk`, `cost`, `opportunity`",
            ],
        ),
        (
            "dimension a number",
            edit("dimension = \"risk\"", "dimension = 2"),
            vec![
                "d.toml:25:13: cards[0].concepts[1].dimension: expected one of `risk`, `cost`, `opportunity`, found an integer",
            ],
        ),
        (
            "unknown concept field",
            edit("hint = \"What breaks?\"", "hints = \"What breaks?\""),
            vec![
                "d.toml:24:1: cards[0].concepts[1].hint: missing field `hint` (expected a string)",
                "d.toml:28:1: cards[0].concepts[1].hints: unknown field `hints`; did you mean `hint`?",
            ],
        ),
        (
            "terms only blank",
            edit("terms = [\"outage*\", \"fail*\"]", "terms = [\" \"]"),
            vec![
                "d.toml:27:9: cards[0].concepts[1].terms: a concept needs at least one non-empty term",
            ],
        ),
        (
            "terms missing",
            edit("terms = [\"outage*\", \"fail*\"]\n", ""),
            vec![
                "d.toml:24:1: cards[0].concepts[1].terms: missing field `terms` (expected an array of strings)",
            ],
        ),
        (
            "weight negative",
            edit("weight = 2", "weight = -1"),
            vec![
                "d.toml:21:10: cards[0].concepts[0].weight: `weight` must be a whole number from 1 to 10, not -1",
            ],
        ),
        (
            "weight hexadecimal",
            edit("weight = 2", "weight = 0x10"),
            vec![
                "d.toml:21:10: cards[0].concepts[0].weight: `weight` must be a whole number from 1 to 10, not 16",
            ],
        ),
        (
            "example band unknown",
            format!(
                "{}\n[[cards.examples]]\nanswer = \"x\"\nexpect = \"medium\"\n",
                util::DECK
            ),
            vec![
                "d.toml:38:10: cards[0].examples[0].expect: `medium` is not allowed here; expected one of `low`, `mid`, `high`",
            ],
        ),
        (
            "example key misspelt",
            format!(
                "{}\n[[cards.examples]]\nanswer = \"x\"\nexpected = \"low\"\n",
                util::DECK
            ),
            vec![
                "d.toml:36:1: cards[0].examples[0].expect: missing field `expect` (expected one of `low`, `mid`, `high`)",
                "d.toml:38:1: cards[0].examples[0].expected: unknown field `expected`; did you mean `expect`?",
            ],
        ),
        (
            "duplicate key",
            edit("title = \"Demo\"", "title = \"Demo\"\ntitle = \"Again\""),
            vec!["d.toml:4:1: title: `title` is given twice; keep one of them"],
        ),
        (
            "duplicate key in a card",
            edit("audience = ", "audience = \"CFO\"\naudience = "),
            vec!["d.toml:13:1: cards[0].audience: `audience` is given twice; keep one of them"],
        ),
        (
            "duplicate key in the third concept",
            edit(
                "[[cards.concepts]]\ndimension = \"cost\"",
                "[[cards.concepts]]\ndimension = \"cost\"\ndimension = \"risk\"",
            ),
            vec![
                "d.toml:32:1: cards[0].concepts[2].dimension: `dimension` is given twice; keep one of them",
            ],
        ),
        (
            "unclosed header",
            edit("[[cards]]", "[[cards]"),
            vec!["d.toml:7:9: unclosed array table, expected `]`"],
        ),
        (
            "unclosed string",
            edit("title = \"Demo\"\n", "title = \"Demo\n"),
            vec!["d.toml:3:14: invalid basic string, expected `\"`"],
        ),
        (
            "several problems at once",
            edit("format = 1", "format = 2")
                .replace("difficulty = 2", "difficulty = 7")
                .replace("dimension = \"cost\"", "dimension = \"money\""),
            vec![
                "d.toml:1:10: format: unsupported deck format 2; this version reads format 1",
                "d.toml:13:14: cards[0].difficulty: `difficulty` must be 1 (easy), 2 (medium) or 3 (hard), not 7",
                "d.toml:31:13: cards[0].concepts[2].dimension: `money` is not allowed here; expected one of `risk`, `cost`, `opportunity`",
            ],
        ),
        (
            "deep nesting",
            format!("{}{}{}", "x = ", "[".repeat(100), "]".repeat(100)),
            vec!["d.toml:1:37: arrays or tables nested more than 32 deep; a deck needs three"],
        ),
    ];
    assert!(cases.len() >= 40, "{} cases", cases.len());
    let mut failures = Vec::new();
    for (name, text, want) in &cases {
        let got = errors(text);
        if got != *want {
            failures.push(format!("{name}:\n  got  {got:#?}\n  want {want:#?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn byte_order_marks_and_windows_line_ends_are_accepted() {
    let bom = format!("\u{feff}{}", util::DECK);
    assert!(parse_toml("d.toml", &bom).is_ok());
    let crlf = util::DECK.replace('\n', "\r\n");
    assert!(parse_toml("d.toml", &crlf).is_ok());
    let broken = crlf.replace("difficulty = 2", "difficulty = 4");
    assert_eq!(
        parse_toml("d.toml", &broken).unwrap_err()[0].to_string(),
        "d.toml:13:14: cards[0].difficulty: `difficulty` must be 1 (easy), 2 (medium) or 3 (hard), not 4"
    );
}

#[test]
fn invalid_utf8_and_huge_files_are_refused_with_a_reason() {
    let mut bytes = util::DECK.as_bytes().to_vec();
    let at = util::DECK.find("Sales asks").unwrap();
    bytes[at] = 0xff;
    let errors = parse_bytes("d.toml", &bytes).unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "d.toml:11:12: the file is not valid UTF-8: save it as UTF-8 text"
    );

    let huge = format!("{}# {}\n", util::DECK, "x".repeat(10 * 1024 * 1024));
    let errors = parse_toml("d.toml", &huge).unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        format!(
            "d.toml:1:1: the file is {} bytes; a deck may be at most {MAX_DECK_BYTES} bytes (8 MB)",
            huge.len()
        )
    );
}
