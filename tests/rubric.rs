//! The scorer's public contract, as tables of cases.

mod util;

use boardroom::deck::Dimension;
use boardroom::rubric::{Span, score};
use util::{card, slices};

#[test]
fn concept_matching_table() {
    // (answer, labels of the concepts that must match)
    let cases: &[(&str, &[&str])] = &[
        ("", &[]),
        ("   \n\t ", &[]),
        ("We can onboard more people.", &["More customers"]),
        ("ONBOARDING gets easier.", &["More customers"]),
        ("Onboarded customers stay.", &["More customers"]),
        ("New customers can sign up.", &["More customers"]),
        ("new-customers", &["More customers"]),
        ("customers new", &[]),
        ("It took six weeks.", &["Six weeks"]),
        ("It took six long weeks.", &[]),
        ("Costs rise.", &[]),
        ("It cost us.", &["Six weeks"]),
        ("Failures and outages.", &["Outages"]),
        ("the board", &[]),
        (
            "We can onboard people, avoid outages, and it costs little: cost six weeks.",
            &["More customers", "Outages", "Six weeks"],
        ),
    ];
    let card = card();
    for (answer, want) in cases {
        let report = score(&card, answer);
        let got: Vec<&str> = report.matched.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(&got, want, "answer {answer:?}");
    }
}

#[test]
fn spans_are_exact_byte_ranges() {
    let answer = "Ünïcode first: we onboard, then ONBOARD again; six weeks.";
    let report = score(&card(), answer);
    let more = &report.matched[0];
    assert_eq!(more.label, "More customers");
    assert_eq!(
        more.spans,
        [Span { start: 20, end: 27 }, Span { start: 34, end: 41 }]
    );
    assert_eq!(slices(answer, &more.spans), ["onboard", "ONBOARD"]);
    let weeks = &report.matched[1];
    assert_eq!(slices(answer, &weeks.spans), ["six weeks"]);
}

#[test]
fn dimension_scores_follow_weights() {
    let card = card();
    let report = score(&card, "We onboard new customers.");
    let by_dim: Vec<(Dimension, u8)> = report
        .dimensions
        .iter()
        .map(|d| (d.dimension, d.score))
        .collect();
    assert_eq!(
        by_dim,
        [
            (Dimension::Risk, 0),
            (Dimension::Cost, 0),
            (Dimension::Opportunity, 100)
        ]
    );
    assert_eq!(report.total, 33);
}

#[test]
fn jargon_costs_points_and_is_reported_with_spans() {
    let card = card();
    let clean = score(&card, "We onboard customers without outages in six weeks.");
    assert_eq!(clean.total, 100);
    let answer = "We refactor the API gateway to onboard customers without outages in six weeks.";
    let jargony = score(&card, answer);
    assert_eq!(jargony.total, 90);
    let terms: Vec<(&str, Vec<&str>)> = jargony
        .jargon
        .iter()
        .map(|j| (j.term.as_str(), slices(answer, &j.spans)))
        .collect();
    assert_eq!(
        terms,
        [
            ("refactor", vec!["refactor"]),
            ("API gateway", vec!["API gateway"])
        ]
    );
}

#[test]
fn missed_concepts_carry_their_hints() {
    let report = score(&card(), "We onboard customers.");
    let missed: Vec<(&str, &str)> = report
        .missed
        .iter()
        .map(|m| (m.label.as_str(), m.hint.as_str()))
        .collect();
    assert_eq!(
        missed,
        [
            ("Outages", "What breaks?"),
            ("Six weeks", "What does it take?")
        ]
    );
}

#[test]
fn empty_answer_scores_zero_everywhere() {
    let report = score(&card(), "");
    assert_eq!(report.total, 0);
    assert!(report.dimensions.iter().all(|d| d.score == 0));
    assert_eq!(report.word_count, 0);
}
