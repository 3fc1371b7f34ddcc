//! One result code read by the host's camera: added, replaced or refused, in a sentence.

use super::Results;
use crate::deck::count;
use crate::game::pasted::find;
use crate::game::result_code::GameId;

impl Results {
    /// Adds the result code a camera read from one phone's QR code, and says in a sentence
    /// what came of it, for the screen and the live region: "Added Ana: 240 points.",
    /// "Replaced Ana's result: 250 points." or why it was refused. A QR code holds one code;
    /// text with none in it (another QR code held up) is refused as not a result code.
    pub fn scan(&mut self, game: &GameId, text: &str) -> Scanned {
        let Some(found) = find(game, text).into_iter().next() else {
            return Scanned::Refused(format!(
                "That QR code is not a result code (it says “{}”).",
                shortened(text.trim())
            ));
        };
        match found.result {
            Ok(result) => {
                let (name, points) = (result.name.clone(), result.points());
                let replaced = self.add(result);
                Scanned::Accepted {
                    name,
                    points,
                    replaced,
                }
            }
            Err(why) => Scanned::Refused(format!("Refused “{}”: {why}.", found.text)),
        }
    }
}

/// What scanning one result code did (see [`Results::scan`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scanned {
    /// A player's result is in: new, or replacing their earlier one.
    Accepted {
        /// The player's name.
        name: String,
        /// Their points over the game.
        points: u32,
        /// Whether it replaced an earlier result of theirs.
        replaced: bool,
    },
    /// The code was refused; the sentence says why.
    Refused(String),
}

impl Scanned {
    /// What happened, in one sentence.
    pub fn message(&self) -> String {
        match self {
            Scanned::Accepted {
                name,
                points,
                replaced: false,
            } => format!("Added {name}: {}.", count(*points as usize, "point")),
            Scanned::Accepted {
                name,
                points,
                replaced: true,
            } => format!(
                "Replaced {name}’s result: {}.",
                count(*points as usize, "point")
            ),
            Scanned::Refused(why) => why.clone(),
        }
    }
}

/// At most 40 characters of `text`, with "…" when cut: a stray QR code can hold a page.
fn shortened(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}
