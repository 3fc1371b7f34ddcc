//! What types cannot say about a deck: id patterns, ranges, uniqueness, non-empty text,
//! and terms that a card both rewards and penalises.

use super::Deck;
use std::collections::HashSet;
use std::fmt::Write as _;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// The most cards a deck may hold: far more than a team writes (a whole flashcard collection
/// brought in as notes), few enough that importing, storing and listing a deck stays quick.
pub const MAX_CARDS: usize = 5000;

/// Deck format versions this build understands.
pub(super) const SUPPORTED_FORMATS: &[u32] = &[1];

/// One step of a field path: a table key or an array index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Step {
    Key(&'static str),
    /// A key named in the file that the schema does not know.
    Named(String),
    Index(usize),
}

pub(super) struct Problem {
    pub(super) path: Vec<Step>,
    pub(super) message: String,
}

pub(super) fn render_path(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Key(key) if out.is_empty() => out.push_str(key),
            Step::Named(key) if out.is_empty() => out.push_str(key),
            Step::Key(key) => {
                let _ = write!(out, ".{key}");
            }
            Step::Named(key) => {
                let _ = write!(out, ".{key}");
            }
            Step::Index(i) => {
                let _ = write!(out, "[{i}]");
            }
        }
    }
    out
}

/// Byte offset of the value at `path`, or of the nearest ancestor that exists.
pub(super) fn locate(root: &DeTable<'_>, path: &[Step]) -> Option<usize> {
    let mut found = None;
    let mut table = Some(root);
    let mut array: Option<&[Spanned<DeValue<'_>>]> = None;
    for step in path {
        let value = match (step, table, array) {
            (Step::Key(key), Some(t), _) => t.get(*key),
            (Step::Named(key), Some(t), _) => t.get(key.as_str()),
            (Step::Index(i), _, Some(a)) => a.get(*i),
            _ => None,
        };
        let Some(value) = value else { break };
        found = Some(value.span().start);
        let inner: &DeValue<'_> = value.get_ref();
        table = inner.as_table();
        array = inner.as_array().map(|a| &a[..]);
    }
    found
}

pub(super) fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

pub(super) fn validate(deck: &Deck) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report = |path: Vec<Step>, message: String| problems.push(Problem { path, message });

    if !SUPPORTED_FORMATS.contains(&deck.format) {
        report(
            vec![Step::Key("format")],
            format!(
                "unsupported deck format {}; this version reads format 1",
                deck.format
            ),
        );
    }
    if !is_id(&deck.id) {
        report(
            vec![Step::Key("id")],
            format!("deck id {:?} must use only a-z, 0-9 and -", deck.id),
        );
    }
    for (key, value) in [("title", &deck.title), ("description", &deck.description)] {
        if value.trim().is_empty() {
            report(vec![Step::Key(key)], format!("{key} must not be empty"));
        }
    }
    if deck.cards.is_empty() {
        report(
            vec![Step::Key("cards")],
            "a deck needs at least one card".into(),
        );
    }
    if deck.cards.len() > MAX_CARDS {
        report(
            vec![Step::Key("cards")],
            format!(
                "the deck has {} cards; a deck may have at most {MAX_CARDS}",
                deck.cards.len()
            ),
        );
    }

    let mut card_ids = HashSet::new();
    for (c, card) in deck.cards.iter().enumerate() {
        let at = |key| vec![Step::Key("cards"), Step::Index(c), Step::Key(key)];
        if !is_id(&card.id) {
            report(
                at("id"),
                format!("card id {:?} must use only a-z, 0-9 and -", card.id),
            );
        } else if !card_ids.insert(card.id.as_str()) {
            report(
                at("id"),
                format!("card id {:?} is used twice in this deck", card.id),
            );
        }
        for (key, value) in [
            ("title", &card.title),
            ("prompt", &card.prompt),
            ("context", &card.context),
            ("audience", &card.audience),
            ("model_answer", &card.model_answer),
        ] {
            if value.trim().is_empty() {
                report(at(key), format!("{key} must not be empty"));
            }
        }
        if card.concepts.is_empty() {
            report(at("concepts"), "a card needs at least one concept".into());
        }
        // A word cannot be rewarded and penalised on the same card.
        let folded = |t: &str| t.trim().trim_end_matches('*').trim().to_lowercase();
        for (j, jargon) in card.jargon.iter().enumerate() {
            let owner = card
                .concepts
                .iter()
                .enumerate()
                .find(|(_, c)| c.terms.iter().any(|t| folded(t) == folded(jargon)));
            if let Some((k, concept)) = owner {
                report(
                    vec![
                        Step::Key("cards"),
                        Step::Index(c),
                        Step::Key("jargon"),
                        Step::Index(j),
                    ],
                    format!(
                        "{jargon:?} is both jargon and a term of concept {:?} (cards[{c}].concepts[{k}]); \
                         a card cannot reward and penalise the same words",
                        concept.label
                    ),
                );
            }
        }
        for (k, concept) in card.concepts.iter().enumerate() {
            let at = |key| {
                vec![
                    Step::Key("cards"),
                    Step::Index(c),
                    Step::Key("concepts"),
                    Step::Index(k),
                    Step::Key(key),
                ]
            };
            if concept.terms.iter().all(|t| t.trim().is_empty()) {
                report(
                    at("terms"),
                    "a concept needs at least one non-empty term".into(),
                );
            }
            for (key, value) in [("label", &concept.label), ("hint", &concept.hint)] {
                if value.trim().is_empty() {
                    report(at(key), format!("{key} must not be empty"));
                }
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::Step::{Index, Key};
    use super::render_path;

    #[test]
    fn paths_render_like_the_deck_format() {
        assert_eq!(render_path(&[Key("id")]), "id");
        assert_eq!(
            render_path(&[
                Key("cards"),
                Index(3),
                Key("concepts"),
                Index(1),
                Key("terms")
            ]),
            "cards[3].concepts[1].terms"
        );
    }
}
