//! Local storage: the only code that touches it. Each kept document is a type that
//! implements [`Stored`] (its key, the key its unreadable text is moved to, the words its
//! notices use, and its text form); [`load`] and [`save`] do the rest, the same way for all.
//!
//! Data that cannot be read is never thrown away: [`load`] copies it to the document's
//! aside key (and only then, when nothing in it could be read, removes it from its own key)
//! and reports [`StorageError::Unreadable`] with the text, so the learner can download it.

mod documents;

pub use documents::{DECKS_KEY, GAME_KEY, PROGRESS_KEY};

use std::fmt;
use std::rc::Rc;
use web_sys::Storage;

/// A document kept in local storage. Adding a storage key is one `impl Stored` (see
/// `documents.rs`).
pub trait Stored: Sized {
    /// Where it lives: `boardroom/v1/<name>`, the `v1` naming the key's layout and the
    /// document its own schema.
    const KEY: &'static str;
    /// Where its text goes when it cannot be read.
    const ASIDE_KEY: &'static str;
    /// What its notices say about it.
    const WORDS: Words;
    /// The stored text.
    fn encode(&self) -> String;
    /// What `text` holds, and a sentence for each part that could not be read.
    fn decode(text: &str) -> Decoded<Self>;
}

/// What a notice about one kept document says, besides the reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    /// A short name ("progress"): the notice's test id and the download's file name.
    pub name: &'static str,
    /// The subject of "… could not be read": "Your saved progress".
    pub what: &'static str,
    /// What the app did instead ("Boardroom started afresh."); may be empty.
    pub then: &'static str,
    /// The calm sentence when it could not be read and was set aside: what happened, what
    /// was kept, what the learner can do ("… so it was set aside: download it to keep a copy.").
    pub set_aside: &'static str,
    /// The whole message when a save is refused, with what the learner can do about it.
    pub not_saved: &'static str,
}

/// What stored text held.
#[derive(Debug, PartialEq)]
pub struct Decoded<T> {
    /// The document, or `None` when nothing in the text could be read.
    pub value: Option<T>,
    /// What could not be read, one sentence each (empty when all of it read).
    pub problems: Vec<String>,
}

impl<T> Decoded<T> {
    /// All of it read.
    pub fn read(value: T) -> Decoded<T> {
        Decoded {
            value: Some(value),
            problems: Vec::new(),
        }
    }

    /// None of it read, for this reason.
    pub fn unreadable(problem: String) -> Decoded<T> {
        Decoded {
            value: None,
            problems: vec![problem],
        }
    }
}

/// What went wrong with storage, with what the learner is told about it: its `Display` is
/// one calm sentence (what happened, what was kept, what to do), and [`details`] the
/// reader's reasons and key names, shown only on request.
///
/// [`details`]: StorageError::details
/// It derives `Clone` and `PartialEq` so it can travel as state and props.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageError {
    /// The browser keeps nothing (private browsing, storage blocked).
    Unavailable,
    /// What was stored could not be read, in whole or in part.
    Unreadable {
        /// Which document.
        words: &'static Words,
        /// Why, one sentence each.
        problems: Vec<String>,
        /// The aside key its text was copied to, or `None` when storage was too full to.
        aside: Option<&'static str>,
        /// The text that could not be read, to offer back as a file.
        text: Rc<str>,
    },
    /// A save was refused: storage is full or blocked.
    NotSaved(&'static Words),
}

impl StorageError {
    /// What lies behind the notice, for those who ask (the notice's "Details"): the reader's
    /// reasons and the storage key its text was moved to. `None` when the notice says it all.
    pub fn details(&self) -> Option<String> {
        let StorageError::Unreadable {
            problems, aside, ..
        } = self
        else {
            return None;
        };
        let mut details = format!("Why: {}.", problems.join("; "));
        if let Some(aside) = aside {
            details.push_str(&format!(
                " It is kept aside in this browser's storage under “{aside}”."
            ));
        }
        Some(details)
    }

    /// The short name of the document concerned (`None` for storage as a whole).
    pub fn name(&self) -> Option<&'static str> {
        match self {
            StorageError::Unavailable => None,
            StorageError::Unreadable { words, .. } | StorageError::NotSaved(words) => {
                Some(words.name)
            }
        }
    }

    /// The stored text that could not be read, if that is what went wrong.
    pub fn unreadable_text(&self) -> Option<&str> {
        match self {
            StorageError::Unreadable { text, .. } => Some(text),
            _ => None,
        }
    }
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => f.write_str(
                "This browser does not let Boardroom keep anything (private browsing or blocked storage). \
                 You can practise, but your progress and decks will be gone when you close the tab: \
                 export a backup on the Progress page, and your decks on the Decks page, to keep them.",
            ),
            StorageError::Unreadable {
                words, aside: None, ..
            } => {
                write!(
                    f,
                    "{} could not be read, and storage is too full to keep it aside: download it now, before anything new is saved over it.",
                    words.what
                )?;
                if !words.then.is_empty() {
                    write!(f, " {}", words.then)?;
                }
                Ok(())
            }
            StorageError::Unreadable { words, .. } => f.write_str(words.set_aside),
            StorageError::NotSaved(words) => f.write_str(words.not_saved),
        }
    }
}

/// What [`load`] found.
#[derive(Debug)]
pub struct Loaded<T> {
    /// The document read (`None`: nothing stored, or nothing of it could be read).
    pub value: Option<T>,
    /// What the learner must be told, if anything went wrong.
    pub error: Option<StorageError>,
}

fn local_storage() -> Option<Storage> {
    // Both steps throw in some private modes and when storage is disabled.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the stored `T` (see the module docs for what happens to unreadable text).
pub fn load<T: Stored>() -> Loaded<T> {
    let unavailable = Loaded {
        value: None,
        error: Some(StorageError::Unavailable),
    };
    let Some(storage) = local_storage() else {
        return unavailable;
    };
    let text = match storage.get_item(T::KEY) {
        Ok(Some(text)) => text,
        Ok(None) => {
            return Loaded {
                value: None,
                error: None,
            };
        }
        Err(_) => return unavailable,
    };
    let Decoded { value, problems } = T::decode(&text);
    if problems.is_empty() {
        return Loaded { value, error: None };
    }
    let kept = storage.set_item(T::ASIDE_KEY, &text).is_ok();
    if kept && value.is_none() {
        // Safe now that a copy exists: the next start does not find it again.
        let _ = storage.remove_item(T::KEY);
    }
    Loaded {
        value,
        error: Some(StorageError::Unreadable {
            words: &T::WORDS,
            problems,
            aside: kept.then_some(T::ASIDE_KEY),
            text: Rc::from(text),
        }),
    }
}

/// Saves `value` under its key.
pub fn save<T: Stored>(value: &T) -> Result<(), StorageError> {
    let storage = local_storage().ok_or(StorageError::Unavailable)?;
    storage
        .set_item(T::KEY, &value.encode())
        .map_err(|_| StorageError::NotSaved(&T::WORDS))
}

/// Forgets the stored `T`.
pub fn clear<T: Stored>() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(T::KEY);
    }
}
