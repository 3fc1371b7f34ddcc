//! The command-line companion, run as a user runs it.

mod util;

use std::path::PathBuf;
use std::process::{Command, Output};

fn boardroom(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_boardroom"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

/// The demo deck written to a temporary file of the calling test's own: tests run in
/// parallel, and one must never read a file another is still writing.
fn demo_deck(test: &str) -> PathBuf {
    let path =
        std::env::temp_dir().join(format!("boardroom-demo-{}-{test}.toml", std::process::id()));
    std::fs::write(&path, util::DECK).unwrap();
    path
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn grade_json_lines_follows_the_contract() {
    let deck = demo_deck("grade_json_lines_follows_the_contract");
    let out = boardroom(&[
        "grade",
        "--deck",
        deck.to_str().unwrap(),
        "tests/fixtures/answers.jsonl",
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a bad line makes the exit status 1"
    );
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            r#"{"card":"gateway","total":95,"dimensions":{"risk":100,"cost":100,"opportunity":100},"matched":["More customers","Outages","Six weeks"],"missed":[],"jargon":[],"quantities":["six weeks"]}"#,
            r#"{"card":"gateway","total":0,"dimensions":{"risk":0,"cost":0,"opportunity":0},"matched":[],"missed":["More customers","Outages","Six weeks"],"jargon":["refactor","API gateway"],"quantities":[]}"#,
            r#"{"card":"gateway","total":0,"dimensions":{"risk":0,"cost":0,"opportunity":0},"matched":[],"missed":["More customers","Outages","Six weeks"],"jargon":[],"quantities":[]}"#,
        ]
    );
    let stderr = text(&out.stderr);
    assert!(stderr.contains("tests/fixtures/answers.jsonl:3: cannot read this row: expected ident at line 1 column 2"), "{stderr}");
    assert!(
        stderr.contains("tests/fixtures/answers.jsonl:4: unknown card \"nope\""),
        "{stderr}"
    );
}

#[test]
fn grade_csv_in_and_out() {
    let deck = demo_deck("grade_csv_in_and_out");
    let out = boardroom(&[
        "grade",
        "--deck",
        deck.to_str().unwrap(),
        "tests/fixtures/answers.csv",
        "--csv",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines[0],
        "card,total,risk,cost,opportunity,matched,missed,jargon,quantities"
    );
    assert_eq!(
        lines[1],
        "gateway,95,100,100,100,More customers; Outages; Six weeks,,,\"$4,000\""
    );
    assert!(
        lines[2].starts_with("gateway,0,0,0,0,,More customers; Outages; Six weeks,refactor,"),
        "{stdout}"
    );
    assert!(text(&out.stderr).contains("tests/fixtures/answers.csv:3: unknown card \"missing\""));
}

#[test]
fn grade_explains_usage_problems() {
    let out = boardroom(&["grade", "tests/fixtures/answers.jsonl"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr), "boardroom grade: missing --deck FILE\n");
    let deck = demo_deck("grade_explains_usage_problems");
    let out = boardroom(&["grade", "--deck", deck.to_str().unwrap(), "answers.txt"]);
    assert_eq!(
        text(&out.stderr),
        "boardroom grade: cannot tell the format of answers.txt: use --format jsonl or csv\n"
    );
}

#[test]
fn check_reports_broken_decks_with_positions() {
    let path = std::env::temp_dir().join(format!("boardroom-broken-{}.toml", std::process::id()));
    std::fs::write(
        &path,
        util::DECK.replace("difficulty = 2", "difficulty = 4"),
    )
    .unwrap();
    let out = boardroom(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.ends_with(":13:14: cards[0].difficulty: `difficulty` must be 1 (easy), 2 (medium) or 3 (hard), not 4\n"),
        "{stderr}"
    );
    assert_eq!(
        text(&out.stdout),
        "checked 1 files: 0 decks, 0 cards, 1 errors\n"
    );
    let ok = boardroom(&["check"]);
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stderr));
}

#[test]
fn draft_prints_a_deck_that_grade_accepts() {
    let input = std::env::temp_dir().join(format!("boardroom-draft-{}.jsonl", std::process::id()));
    std::fs::write(
        &input,
        concat!(
            r#"{"id": "cache-layer", "prompt": "We should add a Redis cache layer to cut p99 latency.", "model_answer": "Pages load slowly for our biggest customers, and two of them said so at renewal. Keeping a fast copy of the most used data makes pages three times faster, protects the $400,000 those renewals are worth, and takes two weeks."}"#,
            "\n",
            r#"{"id": "rotate-keys", "prompt": "Rotate the leaked API keys now.", "model_answer": "A password to our payment system was exposed. Until we change it, anyone who found it can move money, so we will change it today and it costs us an afternoon."}"#,
            "\n"
        ),
    )
    .unwrap();
    let out = boardroom(&["draft", input.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let deck_text = text(&out.stdout);
    let deck = boardroom::deck::parse_toml("drafted", &deck_text)
        .unwrap_or_else(|e| panic!("{e:#?}\n{deck_text}"));
    let ids: Vec<&str> = deck.cards.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["cache-layer", "rotate-keys"], "ids are kept");
    assert!(
        deck.cards[0].jargon.iter().any(|j| j == "latency"),
        "{:?}",
        deck.cards[0].jargon
    );
    assert!(
        deck.cards[0]
            .concepts
            .iter()
            .any(|c| c.terms == ["$400,000"]),
        "the amount is a concept"
    );

    let deck_path = input.with_extension("toml");
    std::fs::write(&deck_path, &deck_text).unwrap();
    let answers = input.with_extension("answers.jsonl");
    std::fs::write(&answers, "{\"card\": \"rotate-keys\", \"answer\": \"Anyone can move money until we change the password.\"}\n").unwrap();
    let out = boardroom(&[
        "grade",
        "--deck",
        deck_path.to_str().unwrap(),
        answers.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with(r#"{"card":"rotate-keys","total":"#));
}

#[test]
fn check_runs_calibration_and_refuses_repeated_deck_ids() {
    let dir = std::env::temp_dir().join(format!("boardroom-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // The same deck twice (the second with an example in the wrong band), and bad UTF-8.
    std::fs::write(dir.join("a.toml"), util::DECK).unwrap();
    let wrong_band = format!(
        "{}\n[[cards.examples]]\nanswer = \"We refactor the API gateway.\"\nexpect = \"high\"\n",
        util::DECK
    );
    std::fs::write(dir.join("b.toml"), wrong_band).unwrap();
    std::fs::write(dir.join("c.toml"), b"format = 1\nid = \"caf\xe9\"\n").unwrap();
    let out = boardroom(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    let (a, b, c) = (dir.join("a.toml"), dir.join("b.toml"), dir.join("c.toml"));
    let (a, b, c) = (a.display(), b.display(), c.display());
    assert_eq!(
        lines,
        [
            // The test deck's own model answer has no cost point and no number.
            format!(
                "{a}:15:16: cards[0].model_answer: the model answer scores 60; it must score above 70"
            ),
            format!("{b}:2:6: id: deck id \"demo\" is already used by {a}"),
            format!(
                "{b}:15:16: cards[0].model_answer: the model answer scores 60; it must score above 70"
            ),
            format!(
                "{b}:37:10: cards[0].examples[0].answer: this example scores 0; it is expected high (above 70)"
            ),
            format!("{c}:2:10: the file is not valid UTF-8: save it as UTF-8 text"),
        ]
    );
    let stdout = text(&out.stdout);
    assert!(
        stdout.ends_with("checked 3 files: 2 decks, 2 cards, 5 errors\n"),
        "{stdout}"
    );
}

#[test]
fn check_reads_json_decks_with_positions() {
    let dir = std::env::temp_dir().join(format!("boardroom-json-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let deck = &boardroom::bundled::decks()[0];
    let json = serde_json::to_string_pretty(deck).unwrap();
    std::fs::write(dir.join("deck.json"), &json).unwrap();
    let ok = boardroom(&["check", dir.to_str().unwrap()]);
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stderr));
    let summary = format!(
        "checked 1 files: 1 decks, {} cards, 0 errors\n",
        deck.cards.len()
    );
    assert!(text(&ok.stdout).ends_with(&summary), "{}", text(&ok.stdout));

    // A misspelt field, and a model answer that no longer scores: both placed in the JSON.
    let at = json.find("\"difficulty\"").unwrap();
    let line = json[..at].lines().count();
    let column = at - json[..at].rfind('\n').unwrap();
    let broken = json
        .replacen("\"difficulty\"", "\"dificulty\"", 1)
        .replacen(&deck.cards[0].model_answer, "We will see.", 1);
    std::fs::write(dir.join("deck.json"), broken).unwrap();
    let out = boardroom(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "deck.json:{line}:{column}: cards[0].dificulty: unknown field `dificulty`; did you mean `difficulty`?"
        )),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
