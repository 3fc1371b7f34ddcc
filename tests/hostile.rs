//! Hostile input on stable Rust: the properties the cargo-fuzz targets check
//! (`util/hostile.rs`), run by proptest over random bytes and over valid inputs with random
//! edits, and over every corpus entry the fuzzers found interesting (committed under
//! `tests/fuzz-regressions/<target>/`).

#[path = "util/hostile.rs"]
mod hostile;

use boardroom::deck::to_json;
use boardroom::game::{self, GameId, PlayerResult};
use boardroom::progress::{self, Progress};
use boardroom::studio;
use proptest::prelude::*;
use std::path::Path;

/// A property: panics when `data` breaks it.
type Property = fn(&[u8]);

/// Every property, by the name of its fuzz target.
const TARGETS: &[(&str, Property)] = &[
    ("deck_parsing", hostile::deck_parsing),
    ("scoring", hostile::scoring),
    ("result_codes", hostile::result_codes),
    ("share_links", hostile::share_links),
    ("backups", hostile::backups),
];

/// Valid inputs for each target, for the edits below to break in interesting ways.
fn seeds(target: &str) -> Vec<Vec<u8>> {
    let decks = boardroom::bundled::decks();
    let texts: Vec<String> = match target {
        "deck_parsing" => std::fs::read_dir("scenarios")
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .chain(decks.iter().take(2).map(to_json))
            .chain(["prompt,model answer,tags\nUpgrade the database,It keeps customer data safe,security\n".into()])
            .collect(),
        "scoring" => decks.iter().flat_map(|d| d.cards.iter().map(|c| c.model_answer.clone())).collect(),
        "result_codes" => {
            let game = GameId { deck: "architecture".into(), seed: 4242, rounds: 3 };
            let result = PlayerResult { name: "Ana".into(), totals: vec![Some(71), None, Some(100)] };
            vec![game::encode(&game, &result)]
        }
        "share_links" => vec![studio::share_query(&decks[0])],
        "backups" => {
            let mut progress = Progress::default();
            progress.settings.new_per_day = 7;
            vec![progress::encode(&progress), studio::encode_shelf(&decks[..2])]
        }
        _ => unreachable!(),
    };
    texts.into_iter().map(String::into_bytes).collect()
}

/// `seed` with each edit applied: (where, what, byte), where `what` picks insert, delete or
/// replace.
fn edited(seed: &[u8], edits: &[(usize, u8, u8)]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for &(at, what, byte) in edits {
        let at = if bytes.is_empty() {
            0
        } else {
            at % (bytes.len() + 1)
        };
        match what % 3 {
            0 => bytes.insert(at, byte),
            1 if at < bytes.len() => {
                bytes.remove(at);
            }
            _ if at < bytes.len() => bytes[at] = byte,
            _ => bytes.push(byte),
        }
    }
    bytes
}

fn input() -> impl Strategy<Value = (usize, Vec<u8>, Vec<(usize, u8, u8)>)> {
    (
        any::<usize>(),
        prop::collection::vec(any::<u8>(), 0..400),
        prop::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 0..12),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_keep_every_property((_, bytes, _) in input()) {
        for (_, property) in TARGETS {
            property(&bytes);
        }
    }

    #[test]
    fn valid_inputs_with_random_edits_keep_every_property((pick, _, edits) in input()) {
        for (target, property) in TARGETS {
            let seeds = seeds(target);
            property(&edited(&seeds[pick % seeds.len()], &edits));
        }
    }
}

#[test]
fn the_seeds_are_valid_inputs() {
    for (target, property) in TARGETS {
        for seed in seeds(target) {
            property(&seed);
        }
    }
}

/// Writes the seeds into `fuzz/corpus/<target>/` for cargo-fuzz to start from:
/// `cargo test --test hostile -- --ignored write_fuzz_seeds`.
#[test]
#[ignore = "a helper for fuzzing, not a test"]
fn write_fuzz_seeds() {
    for (target, _) in TARGETS {
        let dir = Path::new("fuzz/corpus").join(target);
        std::fs::create_dir_all(&dir).unwrap();
        for (i, seed) in seeds(target).iter().enumerate() {
            std::fs::write(dir.join(format!("seed-{i}")), seed).unwrap();
        }
    }
}

#[test]
fn every_committed_fuzz_finding_keeps_its_property() {
    let root = Path::new("tests/fuzz-regressions");
    let mut replayed = 0;
    for (target, property) in TARGETS {
        let Ok(entries) = std::fs::read_dir(root.join(target)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            let outcome = std::panic::catch_unwind(|| property(&data));
            assert!(outcome.is_ok(), "{} breaks {target}", path.display());
            replayed += 1;
        }
    }
    eprintln!("{replayed} fuzz findings replayed");
}
