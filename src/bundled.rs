//! The decks compiled into the app from `scenarios/`.
//!
//! `build.rs` parses and validates every `scenarios/*.toml` with the deck parser at build
//! time and writes the checked decks as one compact text of fields, which this module reads
//! back. The app therefore ships decks that are known to be valid and never parses deck
//! syntax in the browser; and text costs far less of the download than code that builds the
//! same strings would. `make test` also runs their calibration (`boardroom check`), and a test
//! checks that what is read back here equals what the parser reads from `scenarios/`.

use crate::deck::{Card, Concept, Deck, Dimension, Example, Expect};

/// The decks as `build.rs` wrote them: fields separated by [`SEPARATOR`], each list led by
/// its length, in the order of `Blob` in `build.rs`.
const BLOB: &str = include_str!(concat!(env!("OUT_DIR"), "/bundled_decks.txt"));

/// Keep in step with `SEPARATOR` in `build.rs`.
const SEPARATOR: char = '\u{1f}';

/// Every bundled deck, in file-name order.
pub fn decks() -> Vec<Deck> {
    let mut fields = Fields(BLOB.split(SEPARATOR));
    let decks = fields.list(Fields::deck);
    debug_assert_eq!(
        fields.0.collect::<Vec<_>>(),
        [""],
        "bundled decks: fields left over"
    );
    decks
}

/// Reads the blob field by field. The blob is written by our own build from decks that
/// passed validation, so a field out of place is a build bug, not a user error: it panics
/// with the field it expected.
struct Fields<'a>(std::str::Split<'a, char>);

impl Fields<'_> {
    fn text(&mut self) -> String {
        self.0.next().expect("bundled decks end early").to_owned()
    }

    fn number<T: std::str::FromStr>(&mut self) -> T {
        let field = self.0.next().expect("bundled decks end early");
        field
            .parse()
            .unwrap_or_else(|_| panic!("bundled decks: {field:?} is not a number"))
    }

    fn list<T>(&mut self, mut each: impl FnMut(&mut Self) -> T) -> Vec<T> {
        let len: usize = self.number();
        (0..len).map(|_| each(self)).collect()
    }

    fn texts(&mut self) -> Vec<String> {
        self.list(Self::text)
    }

    fn deck(&mut self) -> Deck {
        Deck {
            format: self.number(),
            id: self.text(),
            title: self.text(),
            description: self.text(),
            language: self.text(),
            cards: self.list(Self::card),
        }
    }

    fn card(&mut self) -> Card {
        Card {
            id: self.text(),
            title: self.text(),
            prompt: self.text(),
            context: self.text(),
            audience: self.text(),
            difficulty: self.number(),
            tags: self.texts(),
            jargon: self.texts(),
            model_answer: self.text(),
            concepts: self.list(Self::concept),
            examples: self.list(Self::example),
        }
    }

    /// The member of `all` whose deck-file name is the next field.
    fn named<T: Copy>(&mut self, all: &[T], name: fn(T) -> &'static str) -> T {
        let field = self.0.next().expect("bundled decks end early");
        all.iter()
            .copied()
            .find(|&member| name(member) == field)
            .unwrap_or_else(|| panic!("bundled decks: {field:?} is not a name here"))
    }

    fn concept(&mut self) -> Concept {
        Concept {
            dimension: self.named(&Dimension::ALL, Dimension::as_str),
            label: self.text(),
            terms: self.texts(),
            weight: self.number(),
            hint: self.text(),
        }
    }

    fn example(&mut self) -> Example {
        Example {
            answer: self.text(),
            expect: self.named(&Expect::ALL, Expect::as_str),
        }
    }
}
