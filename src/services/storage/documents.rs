//! The documents the app keeps, one `impl Stored` each: its key, its aside key, its words,
//! and its text form (each format's own module owns the layout and its schema number).

use super::{Decoded, Stored, Words};
use crate::game::SavedGame;
use crate::progress::{BackupError, Progress, decode, encode};
use crate::studio::{Shelf, decode_shelf, encode_shelf};

/// Where progress lives, as a backup document (see [`crate::progress::encode`]).
pub const PROGRESS_KEY: &str = "boardroom/v1/progress";
/// Where the learner's own decks live (see [`crate::studio::encode_shelf`]).
pub const DECKS_KEY: &str = "boardroom/v1/decks";
/// Where the game in progress on this device is kept, so a reload resumes it.
pub const GAME_KEY: &str = "boardroom/v1/game";

impl Stored for Progress {
    const KEY: &'static str = PROGRESS_KEY;
    const ASIDE_KEY: &'static str = "boardroom/v1/progress-unreadable";
    const WORDS: Words = Words {
        name: "progress",
        what: "Your saved progress",
        then: "Boardroom started afresh.",
        set_aside: "Your progress could not be read, so it was set aside and Boardroom started afresh: download it to keep a copy, or carry on.",
        not_saved: "Your latest progress could not be saved: this browser's storage is full or blocked. \
                    Export a backup on the Progress page so nothing is lost.",
    };

    fn encode(&self) -> String {
        encode(self)
    }

    fn decode(text: &str) -> Decoded<Progress> {
        match decode(text) {
            Ok(progress) => Decoded::read(progress),
            Err(error @ BackupError::Newer(_)) => Decoded::unreadable(error.to_string()),
            Err(error) => Decoded::unreadable(format!("it is damaged ({error})")),
        }
    }
}

impl Stored for Shelf {
    const KEY: &'static str = DECKS_KEY;
    const ASIDE_KEY: &'static str = "boardroom/v1/decks-unreadable";
    const WORDS: Words = Words {
        name: "decks",
        what: "Some of your decks",
        then: "",
        set_aside: "Some of your decks could not be read, so they were set aside: download them to keep a copy.",
        not_saved: "Your decks could not be saved: this browser's storage is full or blocked. \
                    Export each deck you changed as a file so nothing is lost.",
    };

    fn encode(&self) -> String {
        encode_shelf(&self.decks)
    }

    fn decode(text: &str) -> Decoded<Shelf> {
        let read = decode_shelf(text);
        let nothing = read.decks.is_empty() && !read.problems.is_empty();
        Decoded {
            value: (!nothing).then(|| Shelf {
                decks: read.decks,
                ..Shelf::default()
            }),
            problems: read.problems,
        }
    }
}

impl Stored for SavedGame {
    const KEY: &'static str = GAME_KEY;
    const ASIDE_KEY: &'static str = "boardroom/v1/game-unreadable";
    const WORDS: Words = Words {
        name: "game",
        what: "The game kept on this device",
        then: "To play on, join the game again with its link or code.",
        set_aside: "The game kept on this device could not be read, so it was set aside: to play on, join the game again with its link or code.",
        not_saved: "This browser's storage is full or blocked, so the game is not kept: \
                    reloading this page would start it again.",
    };

    fn encode(&self) -> String {
        self.encode()
    }

    fn decode(text: &str) -> Decoded<SavedGame> {
        match SavedGame::read(text) {
            Ok(saved) => Decoded::read(saved),
            Err(why) => Decoded::unreadable(why),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::storage::StorageError;
    use std::rc::Rc;

    /// What `load` reports for `T` stored as `text`, when the copy aside worked.
    fn unreadable<T: Stored>(text: &str) -> StorageError {
        StorageError::Unreadable {
            words: &T::WORDS,
            problems: T::decode(text).problems,
            aside: Some(T::ASIDE_KEY),
            text: Rc::from(text),
        }
    }

    #[test]
    fn every_document_reads_back_what_it_wrote() {
        let progress = Progress::default();
        assert_eq!(
            Progress::decode(&Stored::encode(&progress)),
            Decoded::read(progress)
        );
        let shelf = Shelf::default();
        assert_eq!(Shelf::decode(&Stored::encode(&shelf)), Decoded::read(shelf));
    }

    #[test]
    fn every_key_has_its_own_aside_key() {
        let keys = [
            (Progress::KEY, Progress::ASIDE_KEY),
            (Shelf::KEY, Shelf::ASIDE_KEY),
            (SavedGame::KEY, SavedGame::ASIDE_KEY),
        ];
        for (key, aside) in keys {
            assert!(key.starts_with("boardroom/v1/"), "{key}");
            assert_eq!(aside, format!("{key}-unreadable"));
        }
    }

    #[test]
    fn unreadable_text_is_told_calmly_with_its_reason_and_key_in_the_details() {
        let cases: [(StorageError, &str, &str); 5] = [
            (
                unreadable::<Progress>("{not json"),
                "Your progress could not be read, so it was set aside and Boardroom started afresh: download it to keep a copy, or carry on.",
                "Why: it is damaged (",
            ),
            (
                unreadable::<Progress>(r#"{"format": "boardroom-progress", "schema": 99}"#),
                "Your progress could not be read, so it was set aside",
                "Why: it was written by a newer version of Boardroom (layout 99;",
            ),
            (
                unreadable::<Shelf>("42"),
                "Some of your decks could not be read, so they were set aside: download them to keep a copy.",
                "Why: the stored decks are damaged (",
            ),
            (
                unreadable::<SavedGame>("{not json"),
                "The game kept on this device could not be read, so it was set aside: to play on, join the game again with its link or code.",
                "Why: it is damaged (",
            ),
            (
                unreadable::<SavedGame>("[1]"),
                "The game kept on this device could not be read",
                "Why: ",
            ),
        ];
        for (error, notice, details) in cases {
            let (said, more) = (error.to_string(), error.details().unwrap_or_default());
            assert!(said.starts_with(notice), "{said}");
            for detail in ["line", "column", "boardroom/v1", "-unreadable", "schema"] {
                assert!(
                    !said.contains(detail),
                    "no parser detail or key in the notice: {said}"
                );
            }
            assert!(more.starts_with(details), "{more}");
            assert!(more.contains("-unreadable”."), "{more}");
        }
    }

    #[test]
    fn a_shelf_with_one_bad_deck_keeps_the_others_but_a_damaged_one_keeps_nothing() {
        let one_bad = r#"{"format": "boardroom-decks", "schema": 2, "decks": ["{}"]}"#;
        let read = Shelf::decode(one_bad);
        assert_eq!(read.problems.len(), 1);
        assert_eq!(read.value, None, "no deck read, so nothing to keep");
        assert_eq!(Shelf::decode("{").value, None);
        let none = r#"{"format": "boardroom-decks", "schema": 2, "decks": []}"#;
        assert_eq!(Shelf::decode(none), Decoded::read(Shelf::default()));
    }

    #[test]
    fn a_full_storage_says_so_and_what_to_do() {
        let full = StorageError::Unreadable {
            words: &Shelf::WORDS,
            problems: vec!["stored deck 2 is damaged".into()],
            aside: None,
            text: Rc::from("x"),
        };
        assert_eq!(
            full.to_string(),
            "Some of your decks could not be read, and storage is too full to keep it aside: download it now, before anything new is saved over it."
        );
        assert_eq!(
            full.details().as_deref(),
            Some("Why: stored deck 2 is damaged.")
        );
        assert_eq!(full.unreadable_text(), Some("x"));
        assert_eq!(full.name(), Some("decks"));
        assert_eq!(
            StorageError::NotSaved(&Progress::WORDS).unreadable_text(),
            None
        );
        assert!(
            StorageError::NotSaved(&SavedGame::WORDS)
                .to_string()
                .contains("reloading this page would start it again")
        );
    }
}
