//! Drafted rubrics, as every imported note and every "Draft from model answer" gets them:
//! what `draft` proposes, and how the scorer reads answers against it. Each test names the
//! class of disagreement with readers it guards against (see `tests/agreement.rs` for the
//! figures).

use boardroom::deck::{Card, Concept};
use boardroom::rubric::{Rubric, Thesaurus, draft, draft_with};

fn thesaurus() -> Thesaurus {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/thesaurus.txt");
    Thesaurus::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The concept of `card` labelled `label`; fails with every concept when there is none.
#[track_caller]
fn concept<'a>(card: &'a Card, label: &str) -> &'a Concept {
    card.concepts
        .iter()
        .find(|c| c.label == label)
        .unwrap_or_else(|| panic!("no concept {label:?}: {:#?}", card.concepts))
}

/// The labels of the concepts `answer` is credited with.
fn credited(card: &Card, answer: &str) -> Vec<String> {
    Rubric::new(card)
        .score(answer)
        .matched
        .iter()
        .map(|m| m.label.to_string())
        .collect()
}

#[track_caller]
fn assert_credits(card: &Card, cases: &[(&str, bool)], label: &str) {
    for (answer, expected) in cases {
        let got = credited(card, answer).iter().any(|l| l == label);
        assert_eq!(got, *expected, "{answer:?} credits {label:?}: {got}");
    }
}

#[test]
fn a_point_made_by_a_denial_is_drafted_negative_and_read_in_any_wording() {
    let card = draft(
        "In a binary tree, what is a leaf node?",
        "A leaf is a node that has no children: both its left and right child are empty.",
    );
    let no_children = concept(&card, "No children");
    assert_eq!(no_children.terms[0], "no children");
    assert_credits(
        &card,
        &[
            ("A node with no children.", true),
            ("A node that does not have any children.", true),
            ("A node without children.", true),
            ("A node that has no child.", true),
            ("A node that has two children.", false),
            ("It is a node with children below it.", false),
        ],
        "No children",
    );
    // The opposite claim is told apart from a denial.
    let report = Rubric::new(&card).score("A node that has two children.");
    let miss = report
        .missed
        .iter()
        .find(|m| &*m.label == "No children")
        .unwrap();
    assert_eq!(miss.opposite.len(), 1);
    assert!(
        report
            .tips
            .iter()
            .any(|t| t.text.contains("the point is that it is not")),
        "{:#?}",
        report.tips
    );
}

#[test]
fn the_prompts_own_words_and_filler_words_are_no_concepts() {
    let card = draft(
        "What is a hash table, and why is looking up a key in it usually fast?",
        "A hash table stores key-value pairs in an array of buckets. A hash function turns each key into an index, so a lookup goes straight to the right bucket instead of searching every entry.",
    );
    for concept in &card.concepts {
        let label = concept.label.to_lowercase();
        assert!(
            ![
                "hash",
                "table",
                "key",
                "hash table",
                "usually",
                "instead",
                "right",
                "goes"
            ]
            .contains(&label.as_str()),
            "{label:?} is the question's word or a filler: {:#?}",
            card.concepts
        );
    }
    // Restating the question earns nothing.
    assert_eq!(
        Rubric::new(&card)
            .score("A hash table is a table with hashes, and looking up a key is fast.")
            .total,
        0
    );
    // A phrase that touches the prompt stays, at a lower weight than the rest.
    let hash_function = concept(&card, "Hash function");
    let heaviest = card.concepts.iter().map(|c| c.weight).max().unwrap();
    assert!(hash_function.weight < heaviest, "{:#?}", card.concepts);
}

#[test]
fn a_phrase_gives_credit_for_the_word_that_carries_it() {
    let card = draft(
        "Where does a C program start running?",
        "Every C program starts running at the main function, which the operating system calls first.",
    );
    let main = concept(&card, "Main function");
    assert!(main.terms.contains(&"main".to_owned()), "{main:#?}");
    assert_credits(
        &card,
        &[
            ("main", true),
            ("The main method.", true),
            ("It starts at main.", true),
            ("It starts at the first line of the file.", false),
        ],
        "Main function",
    );
}

#[test]
fn drafts_carry_synonyms_and_other_forms_from_the_thesaurus() {
    let thesaurus = thesaurus();
    let prompt = "What should a parser do with bad input?";
    let model = "It should report the error and store the rest for later.";
    let card = draft_with(prompt, model, &thesaurus);
    let terms = |label: &str| concept(&card, label).terms.clone();
    assert!(terms("Error").contains(&"mistake".to_owned()));
    // "storage" is a form of "store" that Snowball's stems keep apart.
    assert!(terms("Store").contains(&"storage".to_owned()));
    assert_credits(&card, &[("Say what the mistake is.", true)], "Error");
    assert_credits(&card, &[("Put the rest in storage.", true)], "Store");
    // Without a thesaurus the draft still stands, with the model answer's own words.
    let plain = draft(prompt, model);
    assert!(
        plain.concepts.iter().any(|c| c.terms == ["error"]),
        "{plain:#?}"
    );
    assert_credits(&plain, &[("Say what the mistake is.", false)], "Error");
}

#[test]
fn forms_snowball_keeps_apart_are_one_word() {
    let card = draft(
        "What does a pointer hold?",
        "A pointer holds an address; following it, called dereferencing, reaches the value. Good design favours reuse.",
    );
    assert_credits(
        &card,
        &[("You take what it dereferences.", true)],
        "Dereferencing",
    );
    let reuse = card
        .concepts
        .iter()
        .find(|c| c.terms.contains(&"reuse".to_owned()))
        .map(|c| c.label.clone())
        .unwrap_or_else(|| panic!("{:#?}", card.concepts));
    assert_credits(&card, &[("That helps reusability.", true)], &reuse);
}

#[test]
fn short_answers_earn_what_they_state() {
    let card = draft(
        "What is the difference between a stack and a queue?",
        "A stack lets you push and pop at the top. A queue lets you enqueue at the back and dequeue at the front.",
    );
    let rubric = Rubric::new(&card);
    let two = rubric.score("Enqueue and dequeue.");
    assert_eq!(two.matched.len(), 2, "{two:#?}");
    assert!(two.total > 0 && two.total < 70, "{}", two.total);
    // A string of many rubric words without a sentence still earns nothing.
    let salad = rubric.score("push pop top enqueue dequeue back front");
    assert_eq!(salad.total, 0, "{salad:#?}");
}

#[test]
fn the_lexicon_spares_words_readers_know_and_the_model_answers_own() {
    let card = draft(
        "What is a cache?",
        "A cache keeps a fast copy of data close to where it is needed.",
    );
    // "cache" is in the built-in jargon list, but this card is about caches.
    let report = Rubric::new(&card).score("A cache keeps a fast copy of data nearby.");
    assert!(report.jargon.is_empty(), "{:#?}", report.jargon);
    // Words a CFO uses every day are not jargon on any card.
    let report = Rubric::new(&card).score("Downtime and the backlog go down, and uptime goes up.");
    assert!(report.jargon.is_empty(), "{:#?}", report.jargon);
}
