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

/// Which of a game's screens a device is: stored as `host` or `join`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Device {
    /// The host's device (`#/play/host`): the projector, or the one shared device.
    Host,
    /// A player's phone (`#/play/join`).
    Join,
}

/// A game in progress on this device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedGame {
    /// Which screen the game belongs to.
    pub page: Device,
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

    /// The saved game in `text`, or why it cannot be used, in words that finish “the game
    /// kept on this device could not be read: …”: damaged, another format, a newer or unknown
    /// schema, or a game whose parts do not agree.
    pub fn read(text: &str) -> Result<SavedGame, String> {
        /// The two fields every schema keeps, read before the rest.
        #[derive(Deserialize)]
        struct Head {
            format: Option<String>,
            schema: Option<u32>,
        }
        let damaged = |e: serde_json::Error| format!("it is damaged ({e})");
        let head: Head = serde_json::from_str(text).map_err(damaged)?;
        if head.format.as_deref() != Some(GAME_FORMAT) {
            return Err("it is not a Boardroom game".into());
        }
        match head.schema {
            Some(GAME_SCHEMA) => {}
            Some(schema) if schema > GAME_SCHEMA => {
                return Err(format!(
                    "it was kept by a newer version of Boardroom (schema {schema})"
                ));
            }
            _ => return Err("its schema is missing or unknown".into()),
        }
        let document: Document = serde_json::from_str(text).map_err(damaged)?;
        if !document.saved.game.is_consistent() {
            return Err("its rounds do not agree with each other".into());
        }
        Ok(document.saved)
    }

    /// Whether this is the game of `page` with `query`.
    pub fn is_for(&self, page: Device, query: &str) -> bool {
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
            page: Device::Join,
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
        assert_eq!(SavedGame::read(&text), Ok(saved.clone()));
        assert!(text.contains(r#""page":"join""#), "{text}");
        assert!(saved.is_for(Device::Join, "deck=a&seed=1&rounds=3&seconds=0&v=1"));
        assert!(!saved.is_for(Device::Host, "deck=a&seed=1&rounds=3&seconds=0&v=1"));
    }

    #[test]
    fn what_cannot_be_resumed_is_not() {
        let text = played().encode();
        let cases = [
            (String::new(), "it is damaged"),
            ("not json".into(), "it is damaged"),
            ("42".into(), "it is damaged"),
            (
                r#"{"format":"boardroom-game","schema":1,"page":7}"#.into(),
                "it is damaged",
            ),
            (
                text.replace("boardroom-game", "boardroom-progress"),
                "it is not a Boardroom game",
            ),
            (
                text.replace(r#""schema":1"#, r#""schema":2"#),
                "a newer version of Boardroom (schema 2)",
            ),
            (
                text.replace(r#""schema":1"#, r#""schema":"1""#),
                "it is damaged",
            ),
            (
                text.replace(r#""schema":1,"#, ""),
                "its schema is missing or unknown",
            ),
            // A phase past the last round, and a row missing: both would index out of range.
            (text.replace(r#""round":0"#, r#""round":9"#), "do not agree"),
            (
                text.replace(r#""rounds":3"#, r#""rounds":4"#),
                "do not agree",
            ),
        ];
        for (case, why) in cases {
            let message = SavedGame::read(&case).unwrap_err();
            assert!(message.contains(why), "{case}: {message}");
        }
    }
}
