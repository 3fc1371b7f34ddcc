//! The deck parser's errors: exact positions and messages, as a table.

mod util;

use boardroom::bundled;
use boardroom::deck::{Expect, parse_json, parse_toml};
use boardroom::rubric::score;

/// Replace the first occurrence of `from` in the demo deck.
#[track_caller]
fn edited(from: &str, to: &str) -> String {
    assert!(util::DECK.contains(from), "demo deck has no {from:?}");
    util::DECK.replacen(from, to, 1)
}

#[test]
fn demo_deck_parses() {
    let deck = util::deck();
    assert_eq!(deck.id, "demo");
    assert_eq!(deck.cards.len(), 1);
    assert_eq!(deck.cards[0].concepts[0].weight, 2);
    assert_eq!(deck.cards[0].concepts[1].weight, 1, "weight defaults to 1");
}

#[test]
fn errors_name_file_line_column_field_and_problem() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "format = 1",
            "format = 2",
            "demo.toml:1:10: format: unsupported deck format 2; this version reads format 1",
        ),
        (
            "id = \"demo\"",
            "id = \"Demo Deck\"",
            "demo.toml:2:6: id: deck id \"Demo Deck\" must use only a-z, 0-9 and -",
        ),
        (
            "difficulty = 2",
            "difficulty = 5",
            "demo.toml:13:14: cards[0].difficulty: `difficulty` must be 1 (easy), 2 (medium) or 3 (hard), not 5",
        ),
        (
            "weight = 2",
            "weight = 0",
            "demo.toml:21:10: cards[0].concepts[0].weight: `weight` must be a whole number from 1 to 10, not 0",
        ),
        (
            "hint = \"What breaks?\"",
            "hint = \"  \"",
            "demo.toml:28:8: cards[0].concepts[1].hint: hint must not be empty",
        ),
        (
            "terms = [\"six weeks\", \"cost\"]",
            "terms = []",
            "demo.toml:33:9: cards[0].concepts[2].terms: a concept needs at least one non-empty term",
        ),
        (
            "language = \"en\"",
            "language = \"en\"\nlanguge = \"en\"",
            "demo.toml:6:1: languge: unknown field `languge`; did you mean `language`?",
        ),
        (
            "dimension = \"risk\"",
            "dimension = \"danger\"",
            "demo.toml:25:13: cards[0].concepts[1].dimension: `danger` is not allowed here; expected one of `risk`, `cost`, `opportunity`",
        ),
        (
            "title = \"Demo\"\n",
            "title = \"Demo\n",
            "demo.toml:3:14: invalid basic string, expected `\"`",
        ),
    ];
    for (from, to, want) in cases {
        let errors = parse_toml("demo.toml", &edited(from, to)).expect_err(to);
        let got: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(got, [*want], "editing {from:?} to {to:?}");
    }
}

#[test]
fn every_problem_is_reported_in_file_order() {
    let text = edited("difficulty = 2", "difficulty = 0").replace("format = 1", "format = 9");
    let errors = parse_toml("demo.toml", &text).unwrap_err();
    let fields: Vec<_> = errors
        .iter()
        .map(|e| (e.line, e.field.as_deref()))
        .collect();
    assert_eq!(
        fields,
        [(1, Some("format")), (13, Some("cards[0].difficulty"))]
    );
}

#[test]
fn duplicate_card_ids_are_refused() {
    let second = &util::DECK[util::DECK.find("[[cards]]").unwrap()..];
    let text = format!("{}\n{second}", util::DECK);
    let errors = parse_toml("demo.toml", &text).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field.as_deref(), Some("cards[1].id"));
    assert_eq!(
        errors[0].message,
        "card id \"gateway\" is used twice in this deck"
    );
}

/// The deck files in `scenarios/`, in the order `scenarios/order.txt` lists them (the order
/// of the bundled decks); the build refuses a deck file the list leaves out.
fn scenario_files() -> Vec<std::path::PathBuf> {
    let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"));
    let listed = std::fs::read_to_string(dir.join("order.txt")).unwrap();
    let files: Vec<_> = listed
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|name| dir.join(format!("{name}.toml")))
        .collect();
    let on_disk = std::fs::read_dir(dir)
        .unwrap()
        .filter(|entry| {
            entry
                .as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|e| e == "toml")
        })
        .count();
    assert_eq!(
        files.len(),
        on_disk,
        "scenarios/order.txt lists every deck file once"
    );
    files
}

/// FNV-1a, 64 bits: the hash in a served deck file's name (`served_name` in `build.rs`).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3)
    })
}

#[test]
fn the_bundled_index_outlines_every_deck_and_names_its_served_json_by_its_contents() {
    // The published test vectors of FNV-1a 64.
    assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    let files = scenario_files();
    let index = bundled::index();
    assert_eq!(index.len(), files.len());
    for (entry, path) in index.iter().zip(&files) {
        let label = path.display().to_string();
        let deck = parse_toml(&label, &std::fs::read_to_string(path).unwrap()).unwrap();
        assert_eq!(entry.outline, deck.outline());
        // What build.rs serves (`served_json`): compact JSON that reads back as the same deck.
        let json = serde_json::to_string(&deck).unwrap();
        assert_eq!(
            parse_json(&entry.file, &json).as_ref(),
            Ok(&deck),
            "{label}"
        );
        let stem = path.file_stem().unwrap().to_str().unwrap();
        assert_eq!(
            entry.file,
            format!("decks/{stem}.{:016x}.json", fnv1a(json.as_bytes()))
        );
    }
}

#[test]
fn bundled_decks_read_back_exactly_as_the_parser_reads_scenarios() {
    let files = scenario_files();
    let parsed: Vec<_> = files
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).unwrap();
            parse_toml(&path.display().to_string(), &text).unwrap()
        })
        .collect();
    assert_eq!(bundled::decks(), parsed);
}

#[test]
fn bundled_decks_meet_their_calibration() {
    let decks = bundled::decks();
    assert!(!decks.is_empty());
    for deck in &decks {
        for card in &deck.cards {
            let at = format!("{}/{}", deck.id, card.id);
            assert!(
                score(card, &card.model_answer).total > 70,
                "{at}: model answer must score high"
            );
            assert!(
                score(card, &card.prompt).total < 35,
                "{at}: the prompt must score low"
            );
            assert_eq!(score(card, "").total, 0, "{at}: empty must score zero");
            for example in &card.examples {
                let total = score(card, &example.answer).total;
                assert!(
                    example.expect.contains(total),
                    "{at}: {:?} scored {total}, want {:?}",
                    example.answer,
                    example.expect
                );
            }
        }
    }
}

#[test]
fn score_bands_have_the_documented_edges() {
    assert!(Expect::Low.contains(34) && !Expect::Low.contains(35));
    assert!(Expect::Mid.contains(35) && Expect::Mid.contains(70) && !Expect::Mid.contains(71));
    assert!(Expect::High.contains(71) && !Expect::High.contains(70));
}

#[test]
fn the_addressee_takes_an_article_only_when_the_audience_has_none() {
    // (audience as the deck gives it, as the object of "say to")
    let cases = [
        ("CFO", "the CFO"),
        ("VP of Sales", "the VP of Sales"),
        ("the board", "the board"),
        ("The board", "The board"),
        ("a customer", "a customer"),
        ("an investor", "an investor"),
        ("your manager", "your manager"),
        ("  CFO ", "the CFO"),
        ("", "the audience"),
        ("theatre producers", "the theatre producers"),
    ];
    for (audience, expected) in cases {
        assert_eq!(
            boardroom::deck::addressee(audience),
            expected,
            "{audience:?}"
        );
    }
    let mut card = util::card();
    card.audience = "the board".into();
    assert_eq!(card.addressee(), "the board");
}

#[test]
fn counts_say_one_card_and_two_cards() {
    use boardroom::deck::count;
    assert_eq!(count(0, "card"), "0 cards");
    assert_eq!(count(1, "card"), "1 card");
    assert_eq!(count(2, "card"), "2 cards");
    assert_eq!(count(1, "round"), "1 round");
    assert_eq!(count(1_000, "card"), "1000 cards");
}
