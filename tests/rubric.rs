//! The scorer's public contract, as tables of cases.

mod util;

use boardroom::deck::Dimension;
use boardroom::rubric::QuantityKind::{self, Count, Date, Duration, Money, Number, Percent};
use boardroom::rubric::{Rubric, Span, highlights, score};
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
    ("more customers", "customers without hiring more", &[]),
    ("cut cost", "We cut. Cost rose.", &[]),
    // Compounds, joined or split.
    ("signup", "every sign-up counts", &["sign-up"]),
    ("sign up", "signups doubled", &["signups"]),
];

/// Assert every (term, answer, matched texts) row of a table.
#[track_caller]
fn check_terms(table: &[(&str, &str, &[&str])]) {
    for (term, answer, want) in table {
        assert_eq!(
            &util::matches(term, answer),
            want,
            "term {term:?} in {answer:?}"
        );
    }
}

#[test]
fn matching_rules_table() {
    check_terms(MATCHING);
}

#[test]
fn spans_are_exact_byte_ranges() {
    let answer = "Ünïcode first: we onboard, then ONBOARD again; six weeks.";
    let report = score(&card(), answer);
    let more = &report.matched[0];
    assert_eq!(&*more.label, "More customers");
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
    // One of three dimensions full: a third of the rubric, which a reader weighs as 0.45
    // (`LIFT`) of the 90 concept points.
    assert_eq!(report.total, 41);
}

#[test]
fn a_term_several_concepts_list_credits_each_of_them() {
    // A rubric searches each distinct term once; every concept listing it still gets it.
    let mut card = card();
    card.jargon.clear();
    for concept in &mut card.concepts {
        concept.terms.push("lunch budget".into());
    }
    let answer = "We would cut the lunch budget by half this year.";
    let report = score(&card, answer);
    assert_eq!(report.matched.len(), card.concepts.len(), "{report:?}");
    for hit in &report.matched {
        assert_eq!(
            slices(answer, &hit.spans),
            ["lunch budget"],
            "{}",
            hit.label
        );
    }
}

#[test]
fn jargon_costs_points_and_is_reported_with_spans() {
    let card = card();
    // 90 for full coverage, 5 for one quantity ("six weeks").
    let clean = score(&card, "We onboard customers without outages in six weeks.");
    assert_eq!(clean.total, 95);
    let answer = "We refactor the API gateway to onboard customers without outages in six weeks.";
    let jargony = score(&card, answer);
    // Two of the card's jargon terms; the lexicon's "API" inside "API gateway" is not
    // charged twice.
    assert_eq!(jargony.total, 85);
    let terms: Vec<(&str, Vec<&str>)> = jargony
        .jargon
        .iter()
        .map(|j| (j.term.as_ref(), slices(answer, &j.spans)))
        .collect();
    assert_eq!(
        terms,
        [
            ("refactor", vec!["refactor"]),
            ("API gateway", vec!["API gateway"])
        ]
    );
    let swaps: Vec<Option<&str>> = jargony.jargon.iter().map(|j| j.swap.as_deref()).collect();
    assert_eq!(
        swaps,
        [Some("restructure"), Some("front door for every request")],
        "card jargon takes the lexicon's swap"
    );
}

#[test]
fn missed_concepts_carry_their_hints() {
    let report = score(&card(), "We onboard customers.");
    let missed: Vec<(&str, &str)> = report
        .missed
        .iter()
        .map(|m| (m.label.as_ref(), m.hint.as_ref()))
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
    ("the one and only fix", &[]),
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

#[test]
fn denied_concepts_earn_nothing() {
    let card = card();
    let said = score(
        &card,
        "We can onboard new customers, and outages stay rare.",
    );
    let denied = score(
        &card,
        "We can onboard new customers, and there are no outages at all.",
    );
    assert!(said.matched.iter().any(|m| &*m.label == "Outages"));
    let miss = denied
        .missed
        .iter()
        .find(|m| &*m.label == "Outages")
        .expect("outages missed");
    assert_eq!(
        slices(
            "We can onboard new customers, and there are no outages at all.",
            &miss.denied
        ),
        ["outages"]
    );
    assert!(
        denied.total < said.total,
        "{} < {}",
        denied.total,
        said.total
    );
    // Pronoun denials count too.
    for denial in ["Nobody will notice outages.", "Nobody sees outages."] {
        let report = score(&card, denial);
        assert!(
            !report.matched.iter().any(|m| &*m.label == "Outages"),
            "{denial}: {report:#?}"
        );
    }
    // "without" is not a denial: it says what the work avoids.
    let without = score(&card, "We onboard customers without outages.");
    assert!(without.matched.iter().any(|m| &*m.label == "Outages"));
}

#[test]
fn keyword_lists_score_low_and_say_why() {
    let card = card();
    let list = "Onboarding outages cost six weeks.";
    let report = score(&card, list);
    assert_eq!(
        report.total, 0,
        "no concept counts, so the quantity earns nothing: {report:#?}"
    );
    assert!(report.matched.is_empty());
    assert!(
        report.missed.iter().all(|m| !m.listed.is_empty()),
        "{report:#?}"
    );
    assert!(
        report
            .tips
            .iter()
            .any(|t| t.text.contains("in a list of words rather than a sentence"))
    );
    // A leftover word does not make a list a sentence: it still has no grammar.
    let padded = score(&card, "Onboarding outages costs slowly.");
    assert!(padded.matched.is_empty(), "{padded:#?}");
    let prose = "We can onboard new customers, avoid outages, and it will cost six weeks.";
    assert!(score(&card, prose).total > 70);
}

#[test]
fn lexicon_jargon_carries_swaps_and_concept_terms_are_exempt() {
    let mut card = card();
    let answer = "We onboard customers faster, cutting latency, and deploy weekly.";
    let report = score(&card, answer);
    let jargon: Vec<(&str, Option<&str>, Vec<&str>)> = report
        .jargon
        .iter()
        .map(|j| (j.term.as_ref(), j.swap.as_deref(), slices(answer, &j.spans)))
        .collect();
    assert_eq!(
        jargon,
        [
            ("latency", Some("delay"), vec!["latency"]),
            ("deploy*", Some("release"), vec!["deploy"])
        ]
    );
    // A card that rewards "deploy" never penalises it.
    card.concepts[0].terms.push("deploy weekly".into());
    let report = score(&card, answer);
    assert_eq!(
        report
            .jargon
            .iter()
            .map(|j| j.term.as_ref())
            .collect::<Vec<_>>(),
        ["latency"]
    );
}

#[test]
fn rambling_far_past_the_guide_costs_a_little() {
    let card = card();
    let core = "We can onboard new customers, avoid outages, and it will cost six weeks. ";
    let filler =
        "The team has thought about this carefully and discussed it at length. ".repeat(12);
    let tight = score(&card, core);
    let long = score(&card, &format!("{core}{filler}"));
    assert!(long.word_count > 2 * 40, "{} words", long.word_count);
    assert!(
        tight.total > long.total && tight.total - long.total <= 10,
        "{} vs {}",
        tight.total,
        long.total
    );
}

#[test]
fn empty_and_off_topic_answers_get_a_friendly_message() {
    let card = card();
    let empty = score(&card, "   ");
    assert_eq!(empty.total, 0);
    assert_eq!(
        empty.message.as_deref(),
        Some("Write what you would say to the VP of Sales, then score it.")
    );
    let off = score(
        &card,
        "The weather in Lisbon was lovely and the food was great, 20 degrees.",
    );
    assert_eq!(off.total, 0, "numbers alone earn nothing");
    assert!(
        off.message
            .as_deref()
            .is_some_and(|m| m.starts_with("Nothing here speaks to risk"))
    );
}

#[test]
fn tips_are_ordered_by_points_and_capped_at_three() {
    let report = score(&card(), "We refactor things so we can onboard people.");
    assert!(!report.tips.is_empty() && report.tips.len() <= 3);
    assert!(
        report.tips.windows(2).all(|w| w[0].points >= w[1].points),
        "{:#?}",
        report.tips
    );
    assert!(report.tips.iter().all(|t| t.points > 0));
    assert!(
        report.tips[0].text.contains("What breaks?")
            || report.tips[0].text.contains("What does it take?")
    );
}

/// (concept term, answer, the texts that must match): plain paraphrase a reader accepts.
const PARAPHRASE: &[(&str, &str, &[&str])] = &[
    (
        "breach",
        "one break-in could expose every record",
        &["break-in"],
    ),
    ("breach", "a data leak", &["data leak"]),
    ("customers", "our clients notice", &["clients"]),
    ("two weeks", "a fortnight of work", &["a fortnight"]),
    ("two weeks", "14 days of work", &["14 days"]),
    ("two weeks", "three weeks of work", &[]),
    ("$4,000", "about four grand a month", &["four grand"]),
    ("$4,000", "roughly 4k", &["4k"]),
    ("$4,000", "4,000 dollars", &["4,000 dollars"]),
    ("$4,000", "$40,000", &[]),
    ("data breach", "a break-in", &[]),
];

#[test]
fn paraphrase_table() {
    check_terms(PARAPHRASE);
}

/// (answer, the value of its only quantity).
const VALUES: &[(&str, f64)] = &[
    ("four grand", 4_000.0),
    ("$1,000.50", 1_000.5),
    ("two hundred thousand users", 200_000.0),
    ("a dozen", 12.0),
    ("one and a half million dollars", 1_500_000.0),
    ("half a million dollars", 500_000.0),
    ("half a dozen", 6.0),
    ("3 days", 3.0),
    ("a fortnight", 14.0),
    ("six weeks", 42.0),
    ("2 sprints", 28.0),
    ("an hour", 1.0 / 24.0),
    ("20%", 20.0),
    ("30k", 30_000.0),
    ("€2m", 2_000_000.0),
];

#[test]
fn quantity_values_table() {
    for (answer, want) in VALUES {
        let report = score(&card(), answer);
        let values: Vec<Option<f64>> = report.quantities.iter().map(|q| q.value).collect();
        assert_eq!(values, [Some(*want)], "answer {answer:?}");
    }
}

#[test]
fn drafts_reward_their_model_answer_and_not_their_prompt() {
    for deck in boardroom::bundled::decks() {
        for card in &deck.cards {
            let drafted = boardroom::rubric::draft(&card.prompt, &card.model_answer);
            let model = score(&drafted, &card.model_answer).total;
            let prompt = score(&drafted, &card.prompt).total;
            assert!(
                model > 70,
                "{}: the model answer scores {model} against its draft",
                card.id
            );
            assert!(
                prompt < 35,
                "{}: the prompt scores {prompt} against the draft",
                card.id
            );
            assert!((1..=8).contains(&drafted.concepts.len()));
            let text = toml::to_string(&boardroom::deck::Deck {
                format: 1,
                id: "d".into(),
                title: "D".into(),
                description: "D".into(),
                theme: String::new(),
                language: "en".into(),
                cards: vec![drafted],
            })
            .unwrap();
            boardroom::deck::parse_toml("draft", &text)
                .unwrap_or_else(|e| panic!("{}: {e:#?}", card.id));
        }
    }
}

#[test]
fn tips_price_each_missed_concept_even_when_labels_repeat() {
    // Two concepts share a label: crediting the cost one is worth far more than the risk one
    // (risk has a heavier concept beside it), and each tip must say so.
    let mut card = card();
    card.concepts[2].label = card.concepts[1].label.clone();
    let mut heavy = card.concepts[1].clone();
    heavy.label = "Heavy risk".into();
    heavy.terms = vec!["meteor".into()];
    heavy.weight = 3;
    heavy.hint = "Heavy hint".into();
    card.concepts.push(heavy);
    let report = score(&card, "We onboard customers.");
    let points = |hint: &str| {
        report
            .tips
            .iter()
            .find(|t| t.text.starts_with(hint))
            .map(|t| t.points)
    };
    assert_eq!(points("What does it take?"), Some(19), "{:#?}", report.tips);
    assert_eq!(points("What breaks?"), Some(8), "{:#?}", report.tips);
}

#[test]
fn a_rubric_that_has_read_many_words_scores_as_a_fresh_one() {
    let card = util::card();
    let answer = "If we skip it, checkout fails for new customers for six weeks.";
    let seasoned = Rubric::new(&card);
    // More distinct words than a rubric remembers: it must forget them and stay exact.
    let flood: String = (0..60_000).map(|i| format!("w{i} ")).collect();
    seasoned.score(&flood);
    seasoned.score(&flood);
    assert_eq!(seasoned.score(answer), Rubric::new(&card).score(answer));
}

#[test]
fn highlights_cut_the_answer_into_marked_stretches() {
    let answer = "If we refactor now, checkout fails for new customers for six weeks.";
    let report = score(&card(), answer);
    let marked: Vec<(&str, Option<&str>, Option<&str>, bool)> = highlights(&report)
        .iter()
        .map(|h| {
            (
                h.span.slice(answer),
                h.concept.map(|i| &*report.matched[i].label),
                h.jargon.map(|i| &*report.jargon[i].term),
                h.quantity.is_some(),
            )
        })
        .collect();
    assert_eq!(
        marked,
        [
            ("refactor", None, Some("refactor"), false),
            ("fails", Some("Outages"), None, false),
            ("new customers", Some("More customers"), None, false),
            ("six weeks", Some("Six weeks"), None, true),
        ]
    );
}

#[test]
fn overlapping_marks_split_into_pieces_that_name_all_of_them() {
    let answer = "We onboard new customers.";
    let mut report = score(&card(), answer);
    // A quantity over "onboard new" overlaps the concept's two spans differently.
    report.quantities.push(boardroom::rubric::Quantity {
        kind: Number,
        span: Span { start: 3, end: 14 },
        value: None,
    });
    let pieces: Vec<(&str, bool, bool)> = highlights(&report)
        .iter()
        .map(|h| {
            (
                h.span.slice(answer),
                h.concept.is_some(),
                h.quantity.is_some(),
            )
        })
        .collect();
    assert_eq!(
        pieces,
        [
            ("onboard", true, true),
            (" ", false, true),
            ("new", true, true),
            (" customers", true, false)
        ]
    );
}

#[test]
fn the_app_scores_the_first_20000_characters_of_a_pasted_document() {
    use boardroom::rubric::{MAX_ANSWER_CHARS, scored_part};
    assert_eq!(scored_part("Short answer."), "Short answer.");
    let exact = "é".repeat(MAX_ANSWER_CHARS);
    assert_eq!(scored_part(&exact), exact);
    // Characters, not bytes: two-byte letters are cut on a boundary.
    let long = "é".repeat(MAX_ANSWER_CHARS + 5);
    assert_eq!(scored_part(&long).chars().count(), MAX_ANSWER_CHARS);
    assert_eq!(scored_part(&long).len(), 2 * MAX_ANSWER_CHARS);
}
