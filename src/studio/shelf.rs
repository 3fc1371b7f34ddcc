//! The learner's own decks: how they are stored, changed and undone, and the library that
//! puts them beside the bundled ones.

use crate::deck::{Deck, deflate_text, inflate_text, parse_json, to_json};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The `format` value of the stored decks document.
pub const DECKS_FORMAT: &str = "boardroom-decks";
/// The schema this build writes. Schema 2 stores a large deck deflated (see [`PACK_ABOVE`]);
/// schema 1, every deck as plain JSON, is still read.
pub const DECKS_SCHEMA: u32 = 2;
/// A deck whose JSON is longer than this many bytes is stored deflated, in base64url, so that
/// decks of thousands of cards fit local storage's 5 MiB. Smaller ones stay plain JSON, which
/// is quicker to write on every edit in the studio.
pub const PACK_ABOVE: usize = 64 * 1024;

/// A copy's title: "… (copy)", and for a copy of a copy "… (copy 2)", "… (copy 3)"….
pub fn copy_title(title: &str) -> String {
    let Some(stem) = title.strip_suffix(')') else {
        return format!("{title} (copy)");
    };
    if let Some(base) = stem.strip_suffix(" (copy") {
        return format!("{base} (copy 2)");
    }
    let numbered = stem
        .rsplit_once(" (copy ")
        .and_then(|(base, n)| Some((base, n.parse::<u32>().ok()?)));
    match numbered {
        Some((base, n)) => format!("{base} (copy {})", n.saturating_add(1)),
        None => format!("{title} (copy)"),
    }
}

/// What a change to the learner's decks asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum ShelfAction {
    /// Install a deck, replacing the learner's deck with the same id if there is one.
    Put(Deck),
    /// Delete the learner's deck with this id (undoable).
    Remove(String),
    /// Bring back the deck deleted last.
    Undo,
    /// Forget the undo.
    DismissUndo,
    /// The decks storage held when the app started (nothing to save: `revision` is 0).
    Loaded(Vec<Deck>),
}

/// The learner's decks and the last deletion (for undo).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shelf {
    /// The learner's decks, in the order they were added.
    pub decks: Vec<Deck>,
    /// Counts changes to `decks`, so saving follows changes and nothing else.
    pub revision: u64,
    /// The deck deleted last and where it stood.
    pub removed: Option<(usize, Deck)>,
}

impl Shelf {
    /// The shelf after `action`.
    pub fn apply(&self, action: ShelfAction) -> Shelf {
        let mut next = self.clone();
        match action {
            ShelfAction::Put(deck) => {
                match next.decks.iter_mut().find(|d| d.id == deck.id) {
                    Some(slot) => *slot = deck,
                    None => next.decks.push(deck),
                }
                next.revision += 1;
            }
            ShelfAction::Remove(id) => {
                if let Some(at) = next.decks.iter().position(|d| d.id == id) {
                    next.removed = Some((at, next.decks.remove(at)));
                    next.revision += 1;
                }
            }
            ShelfAction::Undo => {
                if let Some((at, deck)) = next.removed.take() {
                    if !next.decks.iter().any(|d| d.id == deck.id) {
                        next.decks.insert(at.min(next.decks.len()), deck);
                        next.revision += 1;
                    }
                }
            }
            ShelfAction::DismissUndo => next.removed = None,
            ShelfAction::Loaded(decks) => {
                next.decks = decks;
                next.revision = 0;
            }
        }
        next
    }
}

#[derive(Serialize, Deserialize)]
struct Document {
    format: String,
    schema: u32,
    /// Each deck as its JSON deck file (or, past [`PACK_ABOVE`] bytes, that file deflated in
    /// base64url), so it is read back by the deck parser and checked like any other import.
    decks: Vec<String>,
}

/// The learner's decks as stored text.
pub fn encode_shelf(decks: &[Deck]) -> String {
    let document = Document {
        format: DECKS_FORMAT.into(),
        schema: DECKS_SCHEMA,
        decks: decks.iter().map(stored_text).collect(),
    };
    // Plain data: serialising it cannot fail.
    serde_json::to_string(&document).unwrap_or_default()
}

/// One deck as the document keeps it.
fn stored_text(deck: &Deck) -> String {
    let json = to_json(deck);
    if json.len() <= PACK_ABOVE {
        return json;
    }
    // Level 6: a 5 MB deck packs several times smaller, quickly enough to save on each edit.
    deflate_text(json.as_bytes(), 6)
}

/// What stored text held: the decks that read, and a sentence for each that did not.
#[derive(Debug, Default, PartialEq)]
pub struct ReadDecks {
    /// The decks read.
    pub decks: Vec<Deck>,
    /// What could not be read, in words.
    pub problems: Vec<String>,
}

/// Reads stored decks. A deck that does not read is left out and named in `problems`; a
/// document that is not one at all gives no decks and one problem.
pub fn decode_shelf(text: &str) -> ReadDecks {
    let document: Document = match serde_json::from_str(text) {
        Ok(document) => document,
        Err(e) => {
            return ReadDecks {
                decks: Vec::new(),
                problems: vec![format!("the stored decks are damaged ({e})")],
            };
        }
    };
    if document.format != DECKS_FORMAT || document.schema > DECKS_SCHEMA {
        return ReadDecks {
            decks: Vec::new(),
            problems: vec![format!(
                "the stored decks are {} schema {}, which this version of Boardroom cannot read",
                document.format, document.schema
            )],
        };
    }
    let mut stored = ReadDecks::default();
    for (i, text) in document.decks.iter().enumerate() {
        // JSON begins with `{`, which base64url never holds.
        let json = if text.trim_start().starts_with('{') {
            Some(Cow::Borrowed(text.as_str()))
        } else {
            inflate_text(text).map(Cow::Owned)
        };
        let Some(json) = json else {
            stored.problems.push(format!(
                "stored deck {} is damaged: its packed text does not unpack",
                i + 1
            ));
            continue;
        };
        match parse_json(&format!("stored deck {}", i + 1), &json) {
            Ok(deck) if stored.decks.iter().any(|d| d.id == deck.id) => stored.problems.push(
                format!("stored deck {} repeats the id “{}”", i + 1, deck.id),
            ),
            Ok(deck) => stored.decks.push(deck),
            Err(errors) => stored
                .problems
                .push(errors.first().map(ToString::to_string).unwrap_or_default()),
        }
    }
    stored
}
