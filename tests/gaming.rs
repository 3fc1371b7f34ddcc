//! The gaming table: answers a room will try in order to score without saying anything. Each
//! must score below 35 (the low band) on a bundled card, while the card's own model answer
//! and an honest short answer still score as they should, so the table cannot pass by
//! scoring everything low.
//!
//! The rows: rubric words as a bare list, chained with "and" or commas, dressed with a
//! repeated frame or a few grammar words; and denials of the card's point in the forms a
//! reader hears as denials ("nobody would ever", "it is not true that", "no risk of").

use boardroom::bundled;
use boardroom::deck::Card;
use boardroom::rubric::score;

/// Below this is the low band, as deck examples name it.
const LOW: u8 = 35;

fn card(id: &str) -> Card {
    bundled::decks()
        .into_iter()
        .flat_map(|d| d.cards)
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("no bundled card {id}"))
}

/// (card, answer): every one must score below [`LOW`].
const GAMING: &[(&str, &str)] = &[
    // The five rows the scoring issue found scoring 29 to 80.
    (
        "api-gateway-refactor",
        "We have sign ups and deals and a limit and fail and a ceiling and onboard and hiring and support staff.",
    ),
    (
        "api-gateway-refactor",
        "Sign ups, deals, limits, failures, ceilings, onboarding, hiring and support staff all matter here.",
    ),
    (
        "api-gateway-refactor",
        "Nobody would ever see sign-ups fail, and no deals in Q3 depend on this.",
    ),
    (
        "api-gateway-refactor",
        "It is not true that sign-ups fail at the limit.",
    ),
    (
        "api-gateway-refactor",
        "There is no risk of sign-ups failing and no deals depend on it.",
    ),
    // Lists, however they are joined or dressed.
    (
        "api-gateway-refactor",
        "Sign-ups, deals, limit, failure, ceiling, onboarding, hiring, support staff.",
    ),
    (
        "api-gateway-refactor",
        "sign ups deals limit fail ceiling onboard hiring support staff six weeks growth revenue",
    ),
    (
        "api-gateway-refactor",
        "Keywords: sign ups, deals, limit, failure, ceiling, onboarding, hiring, support staff, six weeks.",
    ),
    (
        "api-gateway-refactor",
        "We have sign ups, we have deals, we have a limit, we have failures, we have a ceiling, we have onboarding, we have hiring and we have support staff.",
    ),
    (
        "api-gateway-refactor",
        "Think about sign ups and deals and limits and failures and ceilings and onboarding and hiring and support staff.",
    ),
    (
        "api-gateway-refactor",
        "Sign ups matter, deals matter, limits matter, failures matter, ceilings matter, onboarding matters, hiring matters.",
    ),
    // Denials.
    (
        "api-gateway-refactor",
        "It is not the case that new customers would fail to sign up or that deals slip.",
    ),
    (
        "api-gateway-refactor",
        "No customer will ever hit a limit, and nothing about the deals is at risk.",
    ),
    (
        "api-gateway-refactor",
        "None of the Q3 deals need this, and none of the sign-ups will fail.",
    ),
    (
        "api-gateway-refactor",
        "We never expect sign-ups to fail, and the deals are never at risk.",
    ),
    (
        "api-gateway-refactor",
        "There is no limit on sign-ups, no deal at risk, no hiring needed and no support staff to add.",
    ),
    // The same on another card.
    (
        "cloud-bill",
        "We have savings and idle machines and traffic and a commitment and funding and revenue and margins.",
    ),
    (
        "cloud-bill",
        "Savings, waste, traffic, outages, commitment, funding, analytics, revenue and margins all matter.",
    ),
    (
        "cloud-bill",
        "We have savings, we have waste, we have traffic, we have a commitment, we have funding and we have revenue.",
    ),
    (
        "cloud-bill",
        "It is not true that we pay for unused machines or that savings fund anything.",
    ),
    (
        "cloud-bill",
        "Nobody pays for idle machines, and nothing would be saved.",
    ),
    (
        "cloud-bill",
        "We never waste money and the bill never goes up.",
    ),
    (
        "cloud-bill",
        "savings idle waste traffic commitment fund revenue margin $25,000 a fifth",
    ),
];

#[test]
fn gaming_answers_score_low() {
    let mut high = Vec::new();
    for (id, answer) in GAMING {
        let total = score(&card(id), answer).total;
        if total >= LOW {
            high.push(format!("{total:>3} on {id}: {answer}"));
        }
    }
    assert!(
        high.is_empty(),
        "{} of {} gaming answers score {LOW} or more:\n{}",
        high.len(),
        GAMING.len(),
        high.join("\n")
    );
}

#[test]
fn honest_answers_on_the_same_cards_still_score() {
    for id in ["api-gateway-refactor", "cloud-bill"] {
        let card = card(id);
        let model = score(&card, &card.model_answer).total;
        assert!(model > 70, "{id}: the model answer scores {model}");
    }
    // One point made in a sentence earns what a reader gives it: the middle band.
    let short = score(
        &card("api-gateway-refactor"),
        "Right now sign-ups fail once we pass about 100 a day, so the deals we expect in Q3 would hit that limit.",
    )
    .total;
    assert!((LOW..=70).contains(&short), "scores {short}");
    // A point stated by a clause that is not denied keeps its credit beside a denial.
    let mixed = score(
        &card("api-gateway-refactor"),
        "There is no quick fix, but sign-ups fail once we pass about 100 a day and the Q3 deals depend on lifting that limit.",
    )
    .total;
    assert!(mixed >= LOW, "scores {mixed}");
}
