//! The properties hostile input must keep, one function per surface, shared by the stable
//! tests (`tests/hostile.rs`: proptest, and every committed fuzz corpus entry replayed) and
//! the cargo-fuzz targets (`fuzz/fuzz_targets/*.rs`). Each takes raw bytes, panics on a
//! broken property (which both harnesses report), and otherwise returns quietly.

use boardroom::deck::{parse_bytes, parse_json, parse_toml, to_json, to_toml};
use boardroom::game::{self, GameId, HostSetup, Invite, SavedGame};
use boardroom::progress;
use boardroom::rubric::{Report, Rubric};
use boardroom::studio;
use std::sync::OnceLock;

/// Bytes as the text a browser would hand over (a lossy UTF-8 reading).
fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Deck parsing, TOML and JSON (and the studio's import, which adds CSV and Anki notes): any
/// bytes give a deck or errors that point inside the text; a deck read writes back out in
/// both formats and reads back the same.
pub fn deck_parsing(data: &[u8]) {
    let text = text(data);
    let lines = text.lines().count().max(1) + 1;
    for (file, result) in [
        ("deck.toml", parse_toml("deck.toml", &text)),
        ("deck.json", parse_json("deck.json", &text)),
        ("deck", parse_bytes("deck", data)),
        (
            "notes.csv",
            studio::import("notes.csv", &text, &Default::default()),
        ),
        (
            "notes.txt",
            studio::import("notes.txt", &text, &Default::default()),
        ),
    ] {
        match result {
            Ok(deck) => {
                let json = to_json(&deck);
                assert_eq!(
                    parse_json("again.json", &json).as_ref(),
                    Ok(&deck),
                    "{file}: JSON round trip"
                );
                let toml = to_toml(&deck);
                assert_eq!(
                    parse_toml("again.toml", &toml).as_ref(),
                    Ok(&deck),
                    "{file}: TOML round trip"
                );
            }
            Err(errors) => {
                assert!(!errors.is_empty(), "{file}: refused without a reason");
                for error in &errors {
                    assert!(
                        error.line >= 1 && error.line <= lines,
                        "{file}: {error} is outside the text"
                    );
                    assert!(!error.message.is_empty(), "{file}: an empty message");
                }
            }
        }
    }
}

/// The bundled cards, compiled once.
fn rubrics() -> &'static [Rubric] {
    static RUBRICS: OnceLock<Vec<Rubric>> = OnceLock::new();
    RUBRICS.get_or_init(|| {
        boardroom::bundled::decks()
            .iter()
            .flat_map(|deck| deck.cards.iter().map(Rubric::new))
            .collect()
    })
}

/// Scoring: any answer on a few bundled cards gives scores from 0 to 100 and spans that
/// are inside the answer on character boundaries (the page slices the answer by them).
pub fn scoring(data: &[u8]) {
    let answer = text(data);
    let first = data.first().copied().unwrap_or(0) as usize;
    let all = rubrics();
    for rubric in [&all[first % all.len()], &all[(first * 7 + 3) % all.len()]] {
        let report = rubric.score(&answer);
        check_report(&answer, &report);
        // Scoring is a function of the text: the same answer, the same report.
        assert_eq!(rubric.score(&answer), report, "scored twice, differently");
    }
}

fn check_report(answer: &str, report: &Report) {
    assert!(report.total <= 100, "total {}", report.total);
    for d in &report.dimensions {
        assert!(d.score <= 100, "{:?} {}", d.dimension, d.score);
    }
    let spans = report
        .matched
        .iter()
        .flat_map(|m| &m.spans)
        .chain(
            report
                .missed
                .iter()
                .flat_map(|m| m.denied.iter().chain(&m.listed)),
        )
        .chain(report.jargon.iter().flat_map(|j| &j.spans))
        .chain(report.quantities.iter().map(|q| &q.span));
    for span in spans {
        assert!(
            span.start <= span.end && span.end <= answer.len(),
            "{span:?} in {} bytes",
            answer.len()
        );
        assert!(
            answer.is_char_boundary(span.start) && answer.is_char_boundary(span.end),
            "{span:?} splits a character"
        );
    }
}

/// The game every result code below is read for.
pub fn game() -> GameId {
    GameId {
        deck: "architecture".into(),
        seed: 4242,
        rounds: 3,
    }
}

/// Result codes: any text is refused in words or read as a result that encodes back to a
/// code that reads the same.
pub fn result_codes(data: &[u8]) {
    let code = text(data);
    let game = game();
    if let Ok(result) = game::decode(&game, &code) {
        assert!(
            result.totals.iter().flatten().all(|&t| t <= 100),
            "{result:?}"
        );
        let again = game::encode(&game, &result);
        assert_eq!(game::decode(&game, &again), Ok(result), "{again}");
    } else if let Err(error) = game::decode(&game, &code) {
        assert!(!error.to_string().is_empty());
    }
}

/// Share and game links, and a saved game: any text opens as a deck or game, or is refused
/// in words; a deck that opens packs back to a link that opens the same deck.
pub fn share_links(data: &[u8]) {
    let query = text(data);
    match studio::open_shared(&query) {
        Ok(deck) => {
            let again = studio::share_query(&deck);
            assert_eq!(studio::open_shared(&again).as_ref(), Ok(&deck));
        }
        Err(message) => assert!(!message.is_empty()),
    }
    if let Ok(deck) = boardroom::deck::unpack(&query) {
        assert_eq!(
            boardroom::deck::unpack(&boardroom::deck::pack_whole(&deck)).as_ref(),
            Ok(&deck)
        );
    }
    if let Ok(invite) = Invite::parse(&query) {
        assert_eq!(
            Invite::parse(&invite.query()).as_ref(),
            Ok(&invite),
            "{}",
            invite.query()
        );
    }
    let _ = HostSetup::parse(&query);
    let _ = SavedGame::read(&query);
}

/// Backups and stored decks: any text is refused in words or read as progress that encodes
/// back to a backup that reads the same; stored decks read as decks and named problems.
pub fn backups(data: &[u8]) {
    let backup = text(data);
    match progress::decode(&backup) {
        Ok(progress) => {
            let again = progress::encode(&progress);
            assert_eq!(progress::decode(&again).as_ref(), Ok(&progress), "{again}");
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
    let stored = studio::decode_shelf(&backup);
    let again = studio::decode_shelf(&studio::encode_shelf(&stored.decks));
    assert_eq!(again.decks, stored.decks);
}
