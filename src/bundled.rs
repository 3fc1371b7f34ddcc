//! The decks that ship with the app, from `scenarios/`.
//!
//! `build.rs` parses and validates every `scenarios/*.toml` at build time, so the app ships
//! decks known to be valid. The wasm carries only their outlines (titles, cards' names and
//! labels: what lists, filters and the scheduler need), written by `build.rs` as one compact
//! text of fields that [`index`] reads back. Each deck is served beside the app as JSON
//! (`build.rs` writes it; the app reads it faster, and with less code, than the TOML), under a
//! name that changes with its contents ([`Entry::file`]); the app fetches it when a card of
//! the deck is first opened, and the service worker keeps it for offline use. `make test`
//! also runs their calibration (`boardroom check`), and a test checks that the outlines here
//! are those of the decks the parser reads from `scenarios/`.

use crate::deck::{CardOutline, Outline};

/// The outlines as `build.rs` wrote them: fields separated by [`SEPARATOR`], each list led by
/// its length, in the order of `Blob` in `build.rs`.
const INDEX: &str = include_str!(concat!(env!("OUT_DIR"), "/bundled_index.txt"));

/// Keep in step with `SEPARATOR` in `build.rs`.
const SEPARATOR: char = '\u{1f}';

/// One bundled deck: its outline and the file its whole text is served as.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// What lists and filters show of it.
    pub outline: Outline,
    /// Its file's path beside `index.html`: `decks/<name>.<hash>.json`.
    pub file: String,
}

/// Every bundled deck, in the order `scenarios/order.txt` lists them.
pub fn index() -> Vec<Entry> {
    let mut fields = Fields(INDEX.split(SEPARATOR));
    let entries = fields.list(Fields::entry);
    debug_assert_eq!(
        fields.0.collect::<Vec<_>>(),
        [""],
        "bundled decks: fields left over"
    );
    entries
}

/// Every bundled deck whole, read from `scenarios/` (native builds: the tests and the command
/// line; the app fetches them instead).
#[cfg(not(target_arch = "wasm32"))]
pub fn decks() -> Vec<crate::deck::Deck> {
    const FILES: &[&str] = include!(concat!(env!("OUT_DIR"), "/bundled_files.rs"));
    FILES
        .iter()
        .zip(index())
        .map(|(text, entry)| {
            crate::deck::parse_toml(&entry.file, text)
                .unwrap_or_else(|e| panic!("{}: checked by build.rs, yet {e:?}", entry.file))
        })
        .collect()
}

/// Reads the index field by field. The index is written by our own build from decks that
/// passed validation, so a field out of place is a build bug, not a user error: it panics
/// with the field it expected.
struct Fields<'a>(std::str::Split<'a, char>);

impl Fields<'_> {
    fn text(&mut self) -> String {
        // Invariant: build.rs wrote every field this reads (see the type's comment).
        self.0.next().expect("bundled decks end early").to_owned()
    }

    fn number<T: std::str::FromStr>(&mut self) -> T {
        // Invariant: build.rs wrote every field this reads (see the type's comment).
        let field = self.0.next().expect("bundled decks end early");
        field
            .parse()
            .unwrap_or_else(|_| panic!("bundled decks: {field:?} is not a number"))
    }

    fn list<T>(&mut self, mut each: impl FnMut(&mut Self) -> T) -> Vec<T> {
        let len: usize = self.number();
        (0..len).map(|_| each(self)).collect()
    }

    fn entry(&mut self) -> Entry {
        let (id, title, description) = (self.text(), self.text(), self.text());
        let (theme, file) = (self.text(), self.text());
        Entry {
            outline: Outline {
                id,
                title,
                description,
                theme,
                cards: self.list(Self::card),
            },
            file,
        }
    }

    fn card(&mut self) -> CardOutline {
        CardOutline {
            id: self.text(),
            title: self.text(),
            audience: self.text(),
            difficulty: self.number(),
            tags: self.list(Self::text),
        }
    }
}
