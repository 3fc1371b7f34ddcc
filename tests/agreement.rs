//! Agreement between the engine and hand grades, on two sets graded before the engine's
//! output was looked at.
//!
//! - `tests/fixtures/agreement.jsonl`: 100 business answers over ten bundled cards, graded
//!   0-100. Held to Spearman's rho and to band accuracy (low < 35, mid 35-70, high > 70:
//!   the bands a deck's `examples` use).
//! - `tests/fixtures/short_answers.jsonl`: 311 short answers to 18 general computing
//!   questions, graded 0-5, scored against a card `draft` makes from the one reference
//!   answer (with the shipped thesaurus), as every imported note and every "Draft from
//!   model answer" is. Held to
//!   Pearson's r. Printed beside it: a plain baseline, the stemmed recall of the
//!   reference's content words, which the engine must beat.
//!
//! `cargo test --test agreement -- --nocapture` prints every figure and the widest gaps.

use boardroom::bundled;
use boardroom::deck::Card;
use boardroom::rubric::{Rubric, Thesaurus, draft_with, tokenize};
use serde::Deserialize;

/// Lowest acceptable rank agreement on the business set.
const RHO_FLOOR: f64 = 0.85;
/// Lowest acceptable share of business answers in the grader's band.
const BAND_FLOOR: f64 = 0.80;
/// Lowest acceptable Pearson's r on the short-answer set, with drafted rubrics.
const SHORT_PEARSON_FLOOR: f64 = 0.60;

#[derive(Deserialize)]
struct Graded {
    card: String,
    grade: f64,
    answer: String,
}

/// One line of the short-answer set: a question, or a graded answer to one.
#[derive(Deserialize)]
#[serde(untagged)]
enum ShortLine {
    Question {
        question: String,
        prompt: String,
        reference: String,
    },
    Answer {
        question: String,
        grade: f64,
        answer: String,
    },
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Ranks from 1, ties sharing their average rank.
fn ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    let mut ranks = vec![0.0; values.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && values[order[j + 1]] == values[order[i]] {
            j += 1;
        }
        let average = (i + j) as f64 / 2.0 + 1.0;
        for &k in &order[i..=j] {
            ranks[k] = average;
        }
        i = j + 1;
    }
    ranks
}

fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len() as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let cov: f64 = x.iter().zip(y).map(|(a, b)| (a - mx) * (b - my)).sum();
    let vx: f64 = x.iter().map(|a| (a - mx).powi(2)).sum();
    let vy: f64 = y.iter().map(|b| (b - my).powi(2)).sum();
    cov / (vx * vy).sqrt()
}

fn spearman(x: &[f64], y: &[f64]) -> f64 {
    pearson(&ranks(x), &ranks(y))
}

/// The band of a 0-100 score, as deck examples name them.
fn band(score: f64) -> &'static str {
    if score < 35.0 {
        "low"
    } else if score <= 70.0 {
        "mid"
    } else {
        "high"
    }
}

/// Print the widest gaps between reader and engine, both on the engine's 0-100 scale.
fn print_worst(rows: &mut [(f64, f64, &str)], scale: f64) {
    rows.sort_by(|a, b| {
        (b.0 * scale - b.1)
            .abs()
            .total_cmp(&(a.0 * scale - a.1).abs())
    });
    for (grade, total, answer) in rows.iter().take(10) {
        println!("  reader {grade:>4}, engine {total:>3.0}: {answer}");
    }
}

#[test]
fn statistics_are_right() {
    assert_eq!(ranks(&[10.0, 30.0, 10.0, 20.0]), [1.5, 4.0, 1.5, 3.0]);
    assert!((pearson(&[1.0, 2.0, 3.0], &[2.0, 4.0, 6.0]) - 1.0).abs() < 1e-12);
    assert!((spearman(&[1.0, 2.0, 3.0], &[1.0, 8.0, 27.0]) - 1.0).abs() < 1e-12);
    assert_eq!(
        [0.0, 34.9, 35.0, 70.0, 70.5].map(band),
        ["low", "low", "mid", "mid", "high"]
    );
}

#[test]
fn engine_agrees_with_hand_grades_on_bundled_cards() {
    let decks = bundled::decks();
    let cards: Vec<&Card> = decks.iter().flat_map(|d| &d.cards).collect();
    let rows: Vec<Graded> = fixture("agreement.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(rows.len() >= 100, "the set needs at least 100 answers");

    let mut human = Vec::new();
    let mut engine = Vec::new();
    let mut in_band = 0;
    let mut worst = Vec::new();
    for row in &rows {
        let card = cards
            .iter()
            .find(|c| c.id == row.card)
            .unwrap_or_else(|| panic!("no card {}", row.card));
        let total = f64::from(Rubric::new(card).score(&row.answer).total);
        human.push(row.grade);
        engine.push(total);
        in_band += usize::from(band(total) == band(row.grade));
        worst.push((row.grade, total, row.answer.as_str()));
    }
    let rho = spearman(&human, &engine);
    let r = pearson(&human, &engine);
    let bands = in_band as f64 / rows.len() as f64;
    println!(
        "business set, {} answers: Spearman {rho:.3}, Pearson {r:.3}, band accuracy {bands:.2}",
        rows.len()
    );
    print_worst(&mut worst, 1.0);
    assert!(rho >= RHO_FLOOR, "Spearman {rho:.3} is below {RHO_FLOOR}");
    assert!(
        bands >= BAND_FLOOR,
        "band accuracy {bands:.2} is below {BAND_FLOOR}"
    );
}

/// The baseline the drafted rubric must beat: the share of the reference's distinct content
/// words (stemmed, grammar words and the question's own words left out) the answer uses.
fn word_recall(prompt: &str, reference: &str, answer: &str) -> f64 {
    const GRAMMAR: &[&str] = &[
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "is",
        "are", "was", "be", "it", "its", "that", "this", "so", "as", "from", "into", "than",
        "then", "there", "which", "when", "what", "how", "why", "do", "does", "can", "not", "no",
        "one", "two", "each", "every", "such", "other", "another", "their", "they", "you",
    ];
    let stems = |text: &str| -> Vec<String> {
        let mut stems: Vec<String> = tokenize(text)
            .iter()
            .filter(|t| !GRAMMAR.contains(&&*t.word))
            .map(|t| t.stem())
            .collect();
        stems.sort();
        stems.dedup();
        stems
    };
    let asked = stems(prompt);
    let wanted: Vec<String> = stems(reference)
        .into_iter()
        .filter(|s| !asked.contains(s))
        .collect();
    let given = stems(answer);
    let hit = wanted.iter().filter(|s| given.contains(s)).count();
    hit as f64 / wanted.len().max(1) as f64
}

#[test]
fn drafted_rubrics_agree_with_hand_grades_on_short_answers() {
    let mut cards: Vec<(String, Card, String, String)> = Vec::new();
    let mut human = Vec::new();
    let mut engine = Vec::new();
    let mut baseline = Vec::new();
    let mut worst = Vec::new();
    let text = fixture("short_answers.jsonl");
    let lines: Vec<ShortLine> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let mut rubrics = Vec::new();
    let thesaurus = Thesaurus::parse(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/thesaurus.txt"))
            .unwrap(),
    )
    .unwrap();
    for line in &lines {
        match line {
            ShortLine::Question {
                question,
                prompt,
                reference,
            } => {
                let card = draft_with(prompt, reference, &thesaurus);
                rubrics.push(Rubric::new(&card));
                cards.push((question.clone(), card, prompt.clone(), reference.clone()));
            }
            ShortLine::Answer {
                question,
                grade,
                answer,
            } => {
                let at = cards
                    .iter()
                    .position(|c| c.0 == *question)
                    .unwrap_or_else(|| panic!("no question {question} before its answers"));
                let total = f64::from(rubrics[at].score(answer).total);
                human.push(*grade);
                engine.push(total);
                baseline.push(word_recall(&cards[at].2, &cards[at].3, answer));
                worst.push((*grade, total, answer.as_str()));
            }
        }
    }
    assert!(cards.len() >= 15, "the set needs at least 15 questions");
    assert!(human.len() >= 300, "the set needs at least 300 answers");
    let r = pearson(&human, &engine);
    let rho = spearman(&human, &engine);
    println!(
        "short-answer set, {} answers to {} questions, drafted rubrics: Pearson {r:.3}, Spearman {rho:.3}; word-recall baseline: Pearson {:.3}, Spearman {:.3}; zero scores {} (reader mean {:.2})",
        human.len(),
        cards.len(),
        pearson(&human, &baseline),
        spearman(&human, &baseline),
        engine.iter().filter(|&&e| e == 0.0).count(),
        {
            let zero: Vec<f64> = human
                .iter()
                .zip(&engine)
                .filter(|p| *p.1 == 0.0)
                .map(|p| *p.0)
                .collect();
            zero.iter().sum::<f64>() / zero.len().max(1) as f64
        }
    );
    print_worst(&mut worst, 20.0);
    assert!(
        r >= SHORT_PEARSON_FLOOR,
        "Pearson {r:.3} is below {SHORT_PEARSON_FLOOR}"
    );
}
