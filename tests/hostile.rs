//! Hostile input on stable Rust: the properties the cargo-fuzz targets check
//! (`util/hostile.rs`), run by proptest over random bytes and over valid inputs with random
//! edits, and over every corpus entry the fuzzers found interesting (committed under
//! `tests/fuzz-regressions/<target>/`).

#[path = "util/hostile.rs"]
mod hostile;

use boardroom::deck::to_json;
use boardroom::game::{self, PlayerResult};
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
            let game = hostile::game();
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

/// A message with its particulars (numbers, quoted text) taken out: one class of outcome.
fn shape(message: &str) -> String {
    let mut out = String::new();
    let mut quoted = false;
    for c in message.chars() {
        match c {
            '“' | '"' if !quoted => {
                quoted = true;
                out.push('…');
            }
            '”' | '"' if quoted => quoted = false,
            _ if quoted => {}
            '0'..='9' if out.ends_with('#') => {}
            '0'..='9' => out.push('#'),
            _ => out.push(c),
        }
    }
    out
}

/// The kind of outcome `data` gives `target`: inputs of one kind exercise the same path.
fn outcome(target: &str, data: &[u8]) -> String {
    let text = String::from_utf8_lossy(data);
    let first = |r: Result<boardroom::deck::Deck, Vec<boardroom::deck::DeckError>>| match r {
        Ok(_) => "ok".to_owned(),
        Err(e) => shape(&e[0].message),
    };
    match target {
        "deck_parsing" => format!(
            "{} | {} | {}",
            first(boardroom::deck::parse_toml("d", &text)),
            first(boardroom::deck::parse_json("d", &text)),
            first(studio::import("n.csv", &text, &Default::default())),
        ),
        "scoring" => {
            let rubric = boardroom::rubric::Rubric::new(&boardroom::bundled::decks()[0].cards[0]);
            let r = rubric.score(&text);
            format!(
                "{} {} {} {} {}",
                r.total / 20,
                r.matched.len(),
                r.jargon.len().min(2),
                r.quantities.len().min(2),
                r.message.is_some()
            )
        }
        "result_codes" => {
            let game = hostile::game();
            game::decode(&game, &text).map_or_else(|e| shape(&e.to_string()), |_| "ok".into())
        }
        "share_links" => format!(
            "{} | {}",
            studio::open_shared(&text).map_or_else(|e| shape(&e), |_| "ok".into()),
            game::Invite::parse(&text).map_or_else(|e| shape(&e.to_string()), |_| "ok".into()),
        ),
        "backups" => format!(
            "{} | {}",
            progress::decode(&text).map_or_else(|e| shape(&e.to_string()), |_| "ok".into()),
            studio::decode_shelf(&text)
                .problems
                .first()
                .map_or("ok".into(), |p| shape(p)),
        ),
        _ => unreachable!(),
    }
}

/// Picks the fuzzers' interesting finds for stable CI to replay: from each target's corpus
/// (`fuzz/corpus/<target>/`, after `cargo fuzz cmin`), the smallest input of every kind of
/// outcome, among inputs of at most 16 KB (what only larger inputs reach is left to the
/// fuzzers), written to `tests/fuzz-regressions/<target>/`:
/// `cargo test --test hostile -- --ignored select_fuzz_regressions`.
#[test]
#[ignore = "a helper for fuzzing, not a test"]
fn select_fuzz_regressions() {
    for (target, _) in TARGETS {
        let Ok(entries) = std::fs::read_dir(Path::new("fuzz/corpus").join(target)) else {
            continue;
        };
        let mut smallest = std::collections::BTreeMap::<String, (Vec<u8>, String)>::new();
        for entry in entries {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            if data.len() > 16 * 1024 {
                continue;
            }
            let kind = outcome(target, &data);
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if smallest
                .get(&kind)
                .is_none_or(|(d, _)| data.len() < d.len())
            {
                smallest.insert(kind, (data, name));
            }
        }
        let dir = Path::new("tests/fuzz-regressions").join(target);
        std::fs::create_dir_all(&dir).unwrap();
        for (data, name) in smallest.values() {
            std::fs::write(dir.join(name), data).unwrap();
        }
        eprintln!("{target}: {} kinds of outcome", smallest.len());
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
