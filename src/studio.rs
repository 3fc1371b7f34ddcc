//! The deck studio's pure side: the learner's own decks and how they are stored, decks read
//! from notes (CSV, Anki) and written for Anki, the editing form, and shared deck links.
//! The screens are in [`crate::app`]; nothing here touches the browser.

mod anki;
mod editing;
mod fields;
mod form;
mod library;
mod notes;
mod shelf;

pub use anki::to_anki_tsv;
pub use editing::{Studio, StudioAction, Undone};
pub use fields::{CardField, ConceptField, DeckField, Field};
pub use form::{CardDraft, ConceptDraft, DeckDraft, FieldProblem};
pub use library::{Fetch, FetchAction, Fetches, Have, Library, NO_THEME, audiences, by_theme};
pub use notes::{Note, free_id, is_notes, notes_deck, read_notes};
pub use shelf::{
    DECKS_FORMAT, DECKS_SCHEMA, ReadDecks, Shelf, ShelfAction, copy_title, decode_shelf,
    encode_shelf,
};

use crate::deck::{Deck, DeckError, parse_deck};
use crate::deck::{pack_whole, unpack};
use crate::rubric::Thesaurus;

/// The most characters a QR code can hold of a link (version 40, lowest error correction,
/// byte mode): a longer share link is offered as a file instead.
pub const QR_MAX_CHARS: usize = 2953;

/// The query of the screen that opens a shared deck (`#/decks/open?deck=…`): the whole
/// deck, deflated and base64url-encoded.
pub fn share_query(deck: &Deck) -> String {
    crate::query::build(&[("deck", &pack_whole(deck))])
}

/// The deck in a shared link's query, or why it cannot be opened.
pub fn open_shared(query: &str) -> Result<Deck, String> {
    let pairs = crate::query::pairs(query);
    let packed = crate::query::get(&pairs, "deck")
        .ok_or("This link has no deck in it. Ask for the link again, or for the deck file.")?;
    unpack(packed).map_err(|e| {
        format!(
            "This shared deck cannot be opened: {e}. Ask for the link again, or for the deck file."
        )
    })
}

/// A deck from the text of a file, a paste or a download: a deck file (TOML or JSON), or
/// notes (CSV, Anki TSV) drafted into cards with synonyms from `thesaurus` (see
/// [`is_notes`] to know beforehand whether it will be needed). `source` names it in errors
/// and, for notes, names the deck.
pub fn import(source: &str, text: &str, thesaurus: &Thesaurus) -> Result<Deck, Vec<DeckError>> {
    if is_notes(source, text) {
        notes_deck(source, &read_notes(source, text)?, thesaurus)
    } else {
        parse_deck(source, text)
    }
}

/// The longest deck name the importer takes, in characters.
pub const MAX_NAME_CHARS: usize = 80;

/// `deck` named `name` by the learner before it is installed (notes get their file's name
/// until then): its title the name, its id drawn from the name's words. A blank or
/// over-long name is refused in words, and the deck stays as it was.
pub fn named(deck: &Deck, name: &str) -> Result<Deck, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("Give the deck a name first: it is how you will find it in your decks.".into());
    }
    let length = name.chars().count();
    if length > MAX_NAME_CHARS {
        return Err(format!(
            "The name is {length} characters long; keep it to {MAX_NAME_CHARS} or fewer."
        ));
    }
    let mut deck = deck.clone();
    deck.title = name.to_owned();
    deck.id = crate::rubric::slug(name);
    Ok(deck)
}
