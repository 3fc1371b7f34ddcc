//! A game in progress as this device keeps it, so a reload (a phone that locked, a projector
//! tab that was closed by mistake) picks the game up where it was.
//!
//! One game is kept at a time: the page it belongs to (`host` or `join`), that page's query,
//! the player's name on a phone, the round-by-round state, and the result codes the host has
//! collected. The document carries its format name and schema like the progress backup.

use super::round::Match;
use serde::{Deserialize, Serialize};

/// The `format` value of a saved game.
pub const GAME_FORMAT: &str = "boardroom-game";
/// The schema this build writes and reads.
pub const GAME_SCHEMA: u32 = 1;

/// A game in progress on this device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedGame {
    /// `host` or `join`: which screen the game belongs to.
    pub page: String,
    /// That screen's query: the game's identity.
    pub query: String,
    /// The player's name, on a phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The rounds so far.
    pub game: Match,
    /// Result codes the host has accepted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct Document {
    format: String,
    schema: u32,
    #[serde(flatten)]
    saved: SavedGame,
}

impl SavedGame {
    /// The saved game as stored text.
    pub fn encode(&self) -> String {
        let document = Document {
            format: GAME_FORMAT.into(),
            schema: GAME_SCHEMA,
            saved: self.clone(),
        };
        // Plain data: serialising it cannot fail.
        serde_json::to_string(&document).unwrap_or_default()
    }

    /// The saved game in `text`, or `None` when it is not one this build can use (another
    /// format or schema, damaged, or a game whose parts do not agree). A game that cannot be
    /// resumed is simply not resumed: the game itself can always be joined again.
    pub fn decode(text: &str) -> Option<SavedGame> {
        let document: Document = serde_json::from_str(text).ok()?;
        (document.format == GAME_FORMAT
            && document.schema == GAME_SCHEMA
            && document.saved.game.is_consistent())
        .then_some(document.saved)
    }

    /// Whether this is the game of `page` with `query`.
    pub fn is_for(&self, page: &str, query: &str) -> bool {
        self.page == page && self.query == query
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::game::{Answer, Step};

    fn played() -> SavedGame {
        let game = Match::new(3, vec!["Ana".into()])
            .step(Step::Start)
            .and_then(|g| {
                g.step(Step::Submit(Answer {
                    text: "It saves €2,000 a month.".into(),
                    total: Some(41),
                }))
            })
            .unwrap();
        SavedGame {
            page: "join".into(),
            query: "deck=a&seed=1&rounds=3&seconds=0&v=1".into(),
            name: Some("Ana".into()),
            game,
            codes: Vec::new(),
        }
    }

    #[test]
    fn a_saved_game_reads_back() {
        let saved = played();
        let text = saved.encode();
        assert!(
            text.starts_with(r#"{"format":"boardroom-game","schema":1,"#),
            "{text}"
        );
        assert_eq!(SavedGame::decode(&text), Some(saved.clone()));
        assert!(saved.is_for("join", "deck=a&seed=1&rounds=3&seconds=0&v=1"));
        assert!(!saved.is_for("host", "deck=a&seed=1&rounds=3&seconds=0&v=1"));
    }

    #[test]
    fn what_cannot_be_resumed_is_not() {
        let text = played().encode();
        let cases = [
            String::new(),
            "not json".into(),
            text.replace("boardroom-game", "boardroom-progress"),
            text.replace(r#""schema":1"#, r#""schema":2"#),
            // A phase past the last round, and a row missing: both would index out of range.
            text.replace(r#""round":0"#, r#""round":9"#),
            text.replace(r#""rounds":3"#, r#""rounds":4"#),
        ];
        for case in cases {
            assert_eq!(SavedGame::decode(&case), None, "{case}");
        }
    }
}
