//! The game setup form, checked: what the facilitator typed becomes a [`HostSetup`] or a
//! list of problems, each naming its field.

use super::invite::{HostSetup, Invite, MAX_PLAYERS, MAX_ROUNDS, SECONDS};
use super::round::Mode;
use crate::deck::count;

/// The longest player name, in characters: enough for a full name, short enough for a
/// leaderboard line.
pub const MAX_NAME: usize = 30;

/// The setup form as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetupForm {
    /// The chosen deck's id.
    pub deck: String,
    /// Rounds, as typed.
    pub rounds: String,
    /// Whether rounds have a clock.
    pub timed: bool,
    /// Seconds per round, as typed.
    pub seconds: String,
    /// How the game is played.
    pub mode: Mode,
    /// Hot-seat players, one per line.
    pub players: String,
    /// The seed, as typed.
    pub seed: String,
}

/// One thing wrong with the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetupProblem {
    /// The form field (`rounds`, `seconds`, `players`, `seed`).
    pub field: &'static str,
    /// What is wrong, as a sentence.
    pub message: String,
}

impl SetupForm {
    /// The game this form describes, for a deck of `cards` cards (`pack` set when the deck
    /// is not bundled), or every problem with it.
    pub fn check(
        &self,
        cards: usize,
        pack: Option<String>,
    ) -> Result<HostSetup, Vec<SetupProblem>> {
        let mut problems = Vec::new();
        let mut problem = |field, message: String| problems.push(SetupProblem { field, message });
        let most = cards.min(usize::from(MAX_ROUNDS));
        let rounds = match self.rounds.trim().parse::<usize>() {
            Ok(n) if (1..=most).contains(&n) => n as u8,
            _ if most == 0 => {
                problem("rounds", "This deck has no cards to play.".into());
                0
            }
            _ => {
                let why = if cards < usize::from(MAX_ROUNDS) {
                    format!(" (this deck has {})", count(cards, "card"))
                } else {
                    String::new()
                };
                problem(
                    "rounds",
                    format!("Rounds must be a whole number from 1 to {most}{why}."),
                );
                0
            }
        };
        let seconds = if self.timed {
            match self.seconds.trim().parse::<u16>() {
                Ok(n) if SECONDS.contains(&n) => Some(n),
                _ => {
                    problem(
                        "seconds",
                        format!(
                            "Seconds per round must be a whole number from {} to {}, or untick “Timed rounds”.",
                            SECONDS.start(),
                            SECONDS.end()
                        ),
                    );
                    None
                }
            }
        } else {
            None
        };
        let seed = self.seed.trim().parse::<u64>().unwrap_or_else(|_| {
            problem(
                "seed",
                "The seed must be a whole number (0 or more, digits only).".into(),
            );
            0
        });
        let players: Vec<String> = if self.mode == Mode::HotSeat {
            players(&self.players).unwrap_or_else(|message| {
                problem("players", message);
                Vec::new()
            })
        } else {
            Vec::new()
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(HostSetup {
            invite: Invite {
                deck: self.deck.clone(),
                seed,
                rounds,
                seconds,
                pack,
            },
            mode: self.mode,
            players,
        })
    }
}

/// Hot-seat names, one per line: two to twelve, none too long, none twice.
fn players(text: &str) -> Result<Vec<String>, String> {
    let names: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .collect();
    if !(2..=MAX_PLAYERS).contains(&names.len()) {
        return Err(format!(
            "Hot-seat needs 2 to {MAX_PLAYERS} players, one name per line ({} given).",
            names.len()
        ));
    }
    if let Some(long) = names.iter().find(|n| n.chars().count() > MAX_NAME) {
        return Err(format!(
            "“{long}” is longer than {MAX_NAME} characters: shorten it for the leaderboard."
        ));
    }
    for (i, name) in names.iter().enumerate() {
        if names[..i]
            .iter()
            .any(|n| n.to_lowercase() == name.to_lowercase())
        {
            return Err(format!(
                "“{name}” is there twice: give each player a different name."
            ));
        }
    }
    Ok(names)
}

/// A player's name as typed on a phone, trimmed, or why it cannot be used.
pub fn player_name(text: &str) -> Result<String, String> {
    let name = text.trim();
    if name.is_empty() {
        return Err("Enter your name: it goes on the leaderboard.".into());
    }
    if name.chars().count() > MAX_NAME {
        return Err(format!("Your name can be at most {MAX_NAME} characters."));
    }
    Ok(name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> SetupForm {
        SetupForm {
            deck: "architecture".into(),
            rounds: "5".into(),
            timed: true,
            seconds: "90".into(),
            mode: Mode::Room,
            players: String::new(),
            seed: "4242".into(),
        }
    }

    #[track_caller]
    fn problems(form: SetupForm, cards: usize) -> Vec<(&'static str, String)> {
        match form.check(cards, None) {
            Ok(_) => Vec::new(),
            Err(p) => p.into_iter().map(|p| (p.field, p.message)).collect(),
        }
    }

    #[test]
    fn a_good_form_makes_the_game() {
        let setup = form().check(12, None).unwrap();
        assert_eq!(
            setup.invite.query(),
            "deck=architecture&seed=4242&rounds=5&seconds=90&v=1"
        );
        assert_eq!(setup.mode, Mode::Room);
        let untimed = SetupForm {
            timed: false,
            seconds: "nonsense is ignored".into(),
            ..form()
        };
        assert_eq!(untimed.check(12, None).unwrap().invite.seconds, None);
        let hot = SetupForm {
            mode: Mode::HotSeat,
            players: "  Ana \n\nBea\nCy".into(),
            ..form()
        };
        assert_eq!(hot.check(12, None).unwrap().players, ["Ana", "Bea", "Cy"]);
    }

    #[test]
    fn every_problem_names_its_field() {
        // The form, the deck's card count, and every problem expected (field, message).
        type Case = (SetupForm, usize, Vec<(&'static str, &'static str)>);
        let cases: Vec<Case> = vec![
            (
                SetupForm {
                    rounds: "0".into(),
                    ..form()
                },
                30,
                vec![("rounds", "Rounds must be a whole number from 1 to 20.")],
            ),
            (
                SetupForm {
                    rounds: "9".into(),
                    ..form()
                },
                6,
                vec![(
                    "rounds",
                    "Rounds must be a whole number from 1 to 6 (this deck has 6 cards).",
                )],
            ),
            (
                form(),
                0,
                vec![("rounds", "This deck has no cards to play.")],
            ),
            (
                SetupForm {
                    seconds: "20".into(),
                    seed: "-1".into(),
                    ..form()
                },
                12,
                vec![
                    (
                        "seconds",
                        "Seconds per round must be a whole number from 30 to 300, or untick “Timed rounds”.",
                    ),
                    (
                        "seed",
                        "The seed must be a whole number (0 or more, digits only).",
                    ),
                ],
            ),
            (
                SetupForm {
                    mode: Mode::HotSeat,
                    players: "Ana".into(),
                    ..form()
                },
                12,
                vec![(
                    "players",
                    "Hot-seat needs 2 to 12 players, one name per line (1 given).",
                )],
            ),
            (
                SetupForm {
                    mode: Mode::HotSeat,
                    players: "Ana\nana".into(),
                    ..form()
                },
                12,
                vec![(
                    "players",
                    "“ana” is there twice: give each player a different name.",
                )],
            ),
        ];
        for (form, cards, want) in cases {
            let want: Vec<(&str, String)> =
                want.into_iter().map(|(f, m)| (f, m.to_string())).collect();
            assert_eq!(problems(form.clone(), cards), want, "{form:?}");
        }
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(player_name("  Ana  "), Ok("Ana".into()));
        assert!(player_name("   ").is_err());
        assert!(player_name(&"x".repeat(31)).is_err());
    }
}
