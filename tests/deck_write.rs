//! Decks written back out read back as the same deck, in both formats (issue 7's export).

use boardroom::bundled;
use boardroom::deck::{parse_json, parse_toml, to_json, to_toml};

#[test]
fn every_bundled_deck_reads_back_from_toml_and_json() {
    for deck in bundled::decks() {
        let toml = to_toml(&deck);
        assert_eq!(
            parse_toml("export.toml", &toml),
            Ok(deck.clone()),
            "{}",
            deck.id
        );
        let json = to_json(&deck);
        assert_eq!(
            parse_json("export.json", &json),
            Ok(deck.clone()),
            "{}",
            deck.id
        );
        assert!(
            !deck.cards[0].examples.is_empty(),
            "calibration examples are written too"
        );
    }
}

use boardroom::deck::{Card, Concept, Deck, Dimension, Example, Expect};
use proptest::prelude::*;

/// Text a deck field may hold: anything printable with quotes, backslashes, line breaks and
/// non-Latin letters, never blank.
fn text() -> impl Strategy<Value = String> {
    "[^\\s\\p{C}][^\\p{Cc}]{0,30}|[a-z]{1,5}\n\t\"\\\\'[a-z]{1,5}|ü李 [a-z]{1,5}"
}

fn id() -> impl Strategy<Value = String> {
    "[a-z0-9][a-z0-9-]{0,15}"
}

prop_compose! {
    fn concept()(
        dimension in prop::sample::select(Dimension::ALL.to_vec()),
        label in text(),
        // Terms are letters only and jargon always holds a digit, so none is both.
        terms in prop::collection::vec("[a-z]{1,8}( [a-z]{1,8})?\\*?", 1..4),
        weight in 1u32..=10,
        hint in text(),
    ) -> Concept {
        Concept { dimension, label, terms, weight, hint }
    }
}

prop_compose! {
    fn card()(
        id in id(),
        title in text(),
        prompt in text(),
        context in text(),
        audience in text(),
        difficulty in 1u8..=3,
        tags in prop::collection::vec("[a-z-]{1,10}", 0..3),
        jargon in prop::collection::vec("[A-Z]{1,4}[0-9]", 0..3),
        model_answer in text(),
        concepts in prop::collection::vec(concept(), 1..4),
        examples in prop::collection::vec(
            (text(), prop::sample::select(Expect::ALL.to_vec()))
                .prop_map(|(answer, expect)| Example { answer, expect }),
            0..2,
        ),
    ) -> Card {
        Card { id, title, prompt, context, audience, difficulty, tags, jargon, model_answer, concepts, examples }
    }
}

prop_compose! {
    fn deck()(
        id in id(),
        title in text(),
        description in text(),
        theme in prop::option::of(text()),
        cards in prop::collection::vec(card(), 1..4),
    ) -> Deck {
        // Card ids must differ within a deck.
        let cards = cards
            .into_iter()
            .enumerate()
            .map(|(i, card)| Card { id: format!("{}-{i}", card.id), ..card })
            .collect();
        let theme = theme.unwrap_or_default();
        Deck { format: 1, id, title, description, theme, language: "en".into(), cards }
    }
}

proptest! {
    #[test]
    fn any_valid_deck_reads_back_from_toml_and_json(deck in deck()) {
        prop_assert_eq!(parse_toml("export.toml", &to_toml(&deck)), Ok(deck.clone()));
        prop_assert_eq!(parse_json("export.json", &to_json(&deck)), Ok(deck));
    }
}
