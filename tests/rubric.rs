//! The scorer's public contract, as tables of cases.

mod util;

use boardroom::deck::Dimension;
use boardroom::rubric::QuantityKind::{self, Count, Date, Duration, Money, Number, Percent};
use boardroom::rubric::{Span, score};
use util::{card, slices};

/// (term, answer, the texts that must match), one rule or guard per row.
const MATCHING: &[(&str, &str, &[&str])] = &[
    // Case, Unicode and punctuation folding.
    ("cost", "COST overrun", &["COST"]),
    ("cost", "ｃｏｓｔ", &["ｃｏｓｔ"]),
    ("customer's", "the customer’s data", &["customer’s"]),
    ("sign-up", "each sign up", &["sign up"]),
    ("sign up", "each sign–up", &["sign–up"]),
    // Stems and inflections.
    ("onboard", "onboarding new staff", &["onboarding"]),
    ("customer", "our customers", &["customers"]),
    ("risk", "a risky move", &["risky"]),
    ("scale*", "scaling up", &["scaling"]),
    ("ship", "shipping weekly", &["shipping"]),
    ("fail*", "fails and failures", &["fails", "failures"]),
    // Prefixes take real suffixes only, and derivations only with `*`.
    ("contract*", "contractors", &["contractors"]),
    ("contract", "contractors", &[]),
    ("break*", "breaking changes", &["breaking"]),
    // False friends.
    ("cost*", "a costume party", &[]),
    ("cost", "costume", &[]),
    ("risk", "an asterisk", &[]),
    ("scale", "a scalp", &[]),
    ("break*", "breakfast meeting", &[]),
    ("delay", "decay", &[]),
    ("ship", "shopping", &[]),
    // Typos: one edit at 5+ letters, two at 9+, same first letter, never numbers.
    ("budget", "the budgte is tight", &["budgte"]),
    ("customers", "custmers", &["custmers"]),
    ("security", "securty", &["securty"]),
    ("delay", "dekay", &["dekay"]),
    ("infrastructure", "infrastrucure", &["infrastrucure"]),
    ("risk", "rusk", &[]),
    ("budget", "nudget", &[]),
    ("100", "101 users", &[]),
    ("100", "100 users", &["100"]),
    // Multi-word terms: any order, close together, one sentence.
    ("cut cost", "the costs we cut", &["costs we cut"]),
    ("six weeks", "six long weeks", &["six long weeks"]),
    ("new customers", "customers new", &["customers new"]),
    ("six weeks", "six of the most tiring weeks", &[]),
    ("cut cost", "We cut. Cost rose.", &[]),
    // Compounds, joined or split.
    ("signup", "every sign-up counts", &["sign-up"]),
    ("sign up", "signups doubled", &["signups"]),
];

#[test]
fn matching_rules_table() {
    for (term, answer, want) in MATCHING {
        assert_eq!(
            &util::matches(term, answer),
            want,
            "term {term:?} in {answer:?}"
        );
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

/// (answer, every quantity as (kind, text)), one form per row.
const QUANTITIES: &[(&str, &[(QuantityKind, &str)])] = &[
    (
        "about 100 accounts a day",
        &[(Number, "100"), (Duration, "a day")],
    ),
    (
        "it costs $30,000 a year",
        &[(Money, "$30,000"), (Duration, "a year")],
    ),
    ("four grand", &[(Money, "four grand")]),
    ("a €2m contract", &[(Money, "€2m")]),
    ("£450 per month", &[(Money, "£450")]),
    ("saves 30k", &[(Money, "30k")]),
    ("1.5 million dollars", &[(Money, "1.5 million dollars")]),
    ("cuts errors by 20%", &[(Percent, "20%")]),
    ("ten percent fewer", &[(Percent, "ten percent")]),
    ("5 per cent", &[(Percent, "5 per cent")]),
    ("two weeks of work", &[(Duration, "two weeks")]),
    ("3 days", &[(Duration, "3 days")]),
    ("a fortnight", &[(Duration, "a fortnight")]),
    ("six weeks", &[(Duration, "six weeks")]),
    ("before Q3", &[(Date, "Q3")]),
    ("in Q4 2027", &[(Date, "Q4 2027")]),
    ("by March", &[(Date, "March")]),
    ("by March 31", &[(Date, "March 31")]),
    ("we may slip", &[]),
    ("in May", &[(Date, "May")]),
    ("by 2027", &[(Date, "2027")]),
    ("a hundred customers", &[(Count, "a hundred")]),
    (
        "two hundred thousand users",
        &[(Count, "two hundred thousand")],
    ),
    ("no one noticed", &[]),
    ("one component", &[]),
    ("ten times as many", &[(Count, "ten")]),
    ("nothing to count here", &[]),
];

#[test]
fn quantities_table() {
    for (answer, want) in QUANTITIES {
        let report = score(&card(), answer);
        let got: Vec<(QuantityKind, &str)> = report
            .quantities
            .iter()
            .map(|q| (q.kind, q.span.slice(answer)))
            .collect();
        assert_eq!(&got, want, "answer {answer:?}");
    }
}
