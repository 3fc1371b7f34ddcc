//! Agreement between the engine and hand grades (tests/fixtures/agreement.jsonl).
//!
//! The fixture holds 100 answers over the ten bundled cards, graded 0-100 by hand before
//! the engine's output was looked at. This test reports Spearman's rho (and Pearson's r,
//! and the mean absolute gap) and fails if rho drops below the floor, so a change that
//! makes the scorer disagree with people shows up as a failing test.

use boardroom::bundled;
use boardroom::rubric::Rubric;
use serde::Deserialize;

/// Lowest acceptable rank agreement (the target the scoring issue sets); the measured
/// figure is printed with every run (`cargo test --test agreement -- --nocapture`).
const RHO_FLOOR: f64 = 0.85;

#[derive(Deserialize)]
struct Graded {
    card: String,
    grade: f64,
    answer: String,
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

#[test]
fn ranks_handle_ties() {
    assert_eq!(ranks(&[10.0, 30.0, 10.0, 20.0]), [1.5, 4.0, 1.5, 3.0]);
    assert!((pearson(&[1.0, 2.0, 3.0], &[2.0, 4.0, 6.0]) - 1.0).abs() < 1e-12);
}

#[test]
fn engine_agrees_with_hand_grades() {
    let decks = bundled::decks();
    let cards: Vec<_> = decks.iter().flat_map(|d| &d.cards).collect();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/agreement.jsonl"
    ))
    .unwrap();
    let rows: Vec<Graded> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        rows.len() >= 100,
        "the agreement set needs at least 100 answers"
    );

    let mut human = Vec::new();
    let mut engine = Vec::new();
    let mut worst: Vec<(f64, &str, f64, f64)> = Vec::new();
    for row in &rows {
        let card = cards
            .iter()
            .find(|c| c.id == row.card)
            .unwrap_or_else(|| panic!("no card {}", row.card));
        let total = f64::from(Rubric::new(card).score(&row.answer).total);
        human.push(row.grade);
        engine.push(total);
        worst.push((
            (total - row.grade).abs(),
            row.answer.as_str(),
            row.grade,
            total,
        ));
    }
    let rho = pearson(&ranks(&human), &ranks(&engine));
    let r = pearson(&human, &engine);
    let gap = worst.iter().map(|w| w.0).sum::<f64>() / rows.len() as f64;
    println!(
        "agreement over {} answers: Spearman rho = {rho:.3}, Pearson r = {r:.3}, mean |gap| = {gap:.1}",
        rows.len()
    );
    worst.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (gap, answer, grade, total) in worst.iter().take(8) {
        println!("  gap {gap:>3.0}: hand {grade:>3.0}, engine {total:>3.0}: {answer}");
    }
    assert!(
        rho >= RHO_FLOOR,
        "Spearman rho {rho:.3} is below the floor {RHO_FLOOR}"
    );
}
