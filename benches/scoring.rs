//! Scoring speed, natively: `cargo bench --bench scoring` (also `make bench`).
//!
//! Targets from the scoring issue: a 150-word answer against a 30-concept card in at most
//! 20 µs (median), a 1 MB answer in at most 50 ms. The card is compiled once, as the app
//! and `grade` do, and a compiled card remembers the words it has read: the main figures
//! are for an answer the rubric has seen (every keystroke re-scores one), and
//! `score_150_words_first_time` is the same answer on a freshly compiled card.

use boardroom::rubric::{Rubric, draft};
use workload::{answer, big_card};

mod workload;
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

#[divan::bench]
fn score_150_words_30_concepts(bencher: Bencher) {
    let card = big_card();
    let rubric = Rubric::new(&card);
    let text = answer(150);
    bencher.bench(|| rubric.score(black_box(&text)));
}

#[divan::bench]
fn score_150_words_first_time(bencher: Bencher) {
    let card = big_card();
    let text = answer(150);
    bencher
        .with_inputs(|| Rubric::new(&card))
        .bench_local_refs(|rubric| rubric.score(black_box(&text)));
}

#[divan::bench]
fn score_10_000_words(bencher: Bencher) {
    let card = big_card();
    let rubric = Rubric::new(&card);
    let text = answer(10_000);
    bencher.bench(|| rubric.score(black_box(&text)));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn score_1_mb(bencher: Bencher) {
    let card = big_card();
    let rubric = Rubric::new(&card);
    let mut text = answer(200_000);
    let mut end = 1 << 20;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    bencher.bench(|| rubric.score(black_box(&text)));
}

#[divan::bench]
fn compile_30_concept_card(bencher: Bencher) {
    let card = big_card();
    bencher.bench(|| Rubric::new(black_box(&card)));
}

#[divan::bench]
fn draft_from_model_answer(bencher: Bencher) {
    let card = big_card();
    bencher.bench(|| draft(black_box(&card.prompt), black_box(&card.model_answer)));
}
