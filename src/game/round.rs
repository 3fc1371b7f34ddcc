//! The round-by-round state machine every game screen runs.
//!
//! One machine serves all of them; what differs is who answers on this device (its seats):
//! the room's projector has none (players answer on their phones), a phone has its player,
//! a hot-seat device has every player in turn, and group mode has one seat for the room.
//!
//! ```text
//! Ready{r, s} --Start--> Answering{r, s}
//! Answering{r, s} --Submit--> Ready{r, s+1}   (another seat still to answer)
//!                          \-> Reveal{r}      (the last seat answered)
//! Answering{r, _} --Reveal--> Reveal{r}       (only with no seats: the projector)
//! Reveal{r} --Next--> Ready{r+1, 0}, or Over after the last round
//! ```

use super::result_code::PlayerResult;
use serde::{Deserialize, Serialize};

/// How a game is played.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A projector paces the rounds; everyone answers on their own phone.
    Room,
    /// One device; players answer in turn, unseen by each other until the reveal.
    HotSeat,
    /// One device; the room agrees one answer that the facilitator types.
    Group,
}

impl Mode {
    /// Every mode, in the order the setup offers them.
    pub const ALL: [Mode; 3] = [Mode::Room, Mode::HotSeat, Mode::Group];

    /// The name used in links.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Room => "room",
            Mode::HotSeat => "hot-seat",
            Mode::Group => "group",
        }
    }

    /// The mode a link names.
    pub fn parse(text: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.as_str() == text)
    }

    /// The name shown to people.
    pub fn title(self) -> &'static str {
        match self {
            Mode::Room => "Room: a projector and everyone's phones",
            Mode::HotSeat => "Hot-seat: players take turns on this device",
            Mode::Group => "Group: the room agrees one answer",
        }
    }
}

/// Where a game is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "lowercase")]
pub enum Phase {
    /// Waiting to start round `round` (from 0) for seat `seat`.
    Ready {
        /// The round, from 0.
        round: u8,
        /// Whose turn it is, from 0.
        seat: usize,
    },
    /// Round `round`'s card is up and seat `seat` is answering.
    Answering {
        /// The round, from 0.
        round: u8,
        /// Who is answering, from 0.
        seat: usize,
    },
    /// Round `round` is closed: the model answer and every answer are shown.
    Reveal {
        /// The round, from 0.
        round: u8,
    },
    /// Every round is played.
    Over,
}

impl Phase {
    /// The round this phase is in, from 0; `None` once the game is over.
    pub fn round(self) -> Option<u8> {
        match self {
            Phase::Ready { round, .. }
            | Phase::Answering { round, .. }
            | Phase::Reveal { round } => Some(round),
            Phase::Over => None,
        }
    }
}

/// One seat's answer to one round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// What was written.
    pub text: String,
    /// Its total, `None` when nothing was written.
    pub total: Option<u8>,
}

/// What the people at this device do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Start the round (or this seat's turn).
    Start,
    /// The answering seat's answer, sent or cut off by the clock.
    Submit(Answer),
    /// Close the round on the projector.
    Reveal,
    /// Go on to the next round, or to the end.
    Next,
}

/// A game as one device plays it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Match {
    rounds: u8,
    seats: Vec<String>,
    phase: Phase,
    /// `answers[round][seat]`.
    answers: Vec<Vec<Option<Answer>>>,
}

impl Match {
    /// A game of `rounds` rounds (at least 1) answered by `seats` on this device.
    pub fn new(rounds: u8, seats: Vec<String>) -> Match {
        let rounds = rounds.max(1);
        Match {
            answers: vec![vec![None; seats.len()]; usize::from(rounds)],
            rounds,
            seats,
            phase: Phase::Ready { round: 0, seat: 0 },
        }
    }

    /// Whether the parts agree: a round for every answer row, a seat for every column, and
    /// a phase inside the game. A game read back from storage is used only when they do.
    pub fn is_consistent(&self) -> bool {
        let rows_fit = self.answers.len() == usize::from(self.rounds)
            && self.answers.iter().all(|row| row.len() == self.seats.len());
        let phase_fits = match self.phase {
            Phase::Ready { round, seat } | Phase::Answering { round, seat } => {
                round < self.rounds
                    && (seat < self.seats.len() || (seat == 0 && self.seats.is_empty()))
            }
            Phase::Reveal { round } => round < self.rounds,
            Phase::Over => true,
        };
        self.rounds >= 1 && rows_fit && phase_fits
    }

    /// Where the game is.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// How many rounds the game has.
    pub fn rounds(&self) -> u8 {
        self.rounds
    }

    /// Who answers on this device.
    pub fn seats(&self) -> &[String] {
        &self.seats
    }

    /// The answer `seat` gave in `round`, if any.
    pub fn answer(&self, round: u8, seat: usize) -> Option<&Answer> {
        self.answers.get(usize::from(round))?.get(seat)?.as_ref()
    }

    /// The game after `step`, or `None` when the step does not apply where the game is.
    pub fn step(&self, step: Step) -> Option<Match> {
        let last_seat = self.seats.len().checked_sub(1);
        let phase = match (self.phase, step) {
            (Phase::Ready { round, seat }, Step::Start) => Phase::Answering { round, seat },
            (Phase::Answering { round, seat }, Step::Submit(answer)) => {
                let last_seat = last_seat?;
                let mut next = self.clone();
                *next.answers.get_mut(usize::from(round))?.get_mut(seat)? = Some(answer);
                next.phase = if seat < last_seat {
                    Phase::Ready {
                        round,
                        seat: seat + 1,
                    }
                } else {
                    Phase::Reveal { round }
                };
                return Some(next);
            }
            (Phase::Answering { round, .. }, Step::Reveal) if self.seats.is_empty() => {
                Phase::Reveal { round }
            }
            (Phase::Reveal { round }, Step::Next) if round + 1 < self.rounds => Phase::Ready {
                round: round + 1,
                seat: 0,
            },
            (Phase::Reveal { .. }, Step::Next) => Phase::Over,
            _ => return None,
        };
        Some(Match {
            phase,
            ..self.clone()
        })
    }

    /// Each seat's result so far, for the leaderboard and the result code.
    pub fn results(&self) -> Vec<PlayerResult> {
        self.seats
            .iter()
            .enumerate()
            .map(|(seat, name)| PlayerResult {
                name: name.clone(),
                totals: self
                    .answers
                    .iter()
                    .map(|round| round.get(seat).cloned().flatten().and_then(|a| a.total))
                    .collect(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phase_but_the_end_names_its_round() {
        assert_eq!(Phase::Ready { round: 0, seat: 1 }.round(), Some(0));
        assert_eq!(Phase::Answering { round: 2, seat: 0 }.round(), Some(2));
        assert_eq!(Phase::Reveal { round: 4 }.round(), Some(4));
        assert_eq!(Phase::Over.round(), None);
    }

    fn answer(total: u8) -> Step {
        Step::Submit(Answer {
            text: format!("answer worth {total}"),
            total: Some(total),
        })
    }

    fn ready(round: u8, seat: usize) -> Phase {
        Phase::Ready { round, seat }
    }

    fn answering(round: u8, seat: usize) -> Phase {
        Phase::Answering { round, seat }
    }

    fn reveal(round: u8) -> Phase {
        Phase::Reveal { round }
    }

    /// Runs `steps` from the start; each expected phase, or `None` where the step is refused.
    #[track_caller]
    fn table(rounds: u8, seats: &[&str], steps: &[(Step, Option<Phase>)]) -> Match {
        let mut game = Match::new(rounds, seats.iter().map(|s| s.to_string()).collect());
        for (i, (step, want)) in steps.iter().enumerate() {
            let got = game.step(step.clone());
            assert_eq!(got.as_ref().map(Match::phase), *want, "step {i}: {step:?}");
            game = got.unwrap_or(game);
        }
        game
    }

    #[test]
    fn the_projector_starts_reveals_and_moves_on() {
        table(
            2,
            &[],
            &[
                (Step::Reveal, None),
                (Step::Next, None),
                (Step::Start, Some(answering(0, 0))),
                (answer(50), None),
                (Step::Start, None),
                (Step::Reveal, Some(reveal(0))),
                (Step::Reveal, None),
                (Step::Next, Some(ready(1, 0))),
                (Step::Start, Some(answering(1, 0))),
                (Step::Reveal, Some(reveal(1))),
                (Step::Next, Some(Phase::Over)),
                (Step::Next, None),
                (Step::Start, None),
            ],
        );
    }

    #[test]
    fn hot_seat_players_answer_in_turn_then_see_the_reveal() {
        let game = table(
            2,
            &["Ana", "Bea", "Cy"],
            &[
                (Step::Start, Some(answering(0, 0))),
                (Step::Reveal, None),
                (answer(40), Some(ready(0, 1))),
                (Step::Next, None),
                (Step::Start, Some(answering(0, 1))),
                (answer(70), Some(ready(0, 2))),
                (Step::Start, Some(answering(0, 2))),
                (answer(90), Some(reveal(0))),
                (answer(90), None),
                (Step::Next, Some(ready(1, 0))),
                (Step::Start, Some(answering(1, 0))),
                (answer(10), Some(ready(1, 1))),
                (Step::Start, Some(answering(1, 1))),
                (
                    Step::Submit(Answer {
                        text: String::new(),
                        total: None,
                    }),
                    Some(ready(1, 2)),
                ),
                (Step::Start, Some(answering(1, 2))),
                (answer(100), Some(reveal(1))),
                (Step::Next, Some(Phase::Over)),
            ],
        );
        let totals: Vec<(String, Vec<Option<u8>>)> = game
            .results()
            .into_iter()
            .map(|r| (r.name, r.totals))
            .collect();
        assert_eq!(
            totals,
            [
                ("Ana".to_string(), vec![Some(40), Some(10)]),
                ("Bea".to_string(), vec![Some(70), None]),
                ("Cy".to_string(), vec![Some(90), Some(100)]),
            ]
        );
        assert_eq!(
            game.answer(0, 1).map(|a| a.text.as_str()),
            Some("answer worth 70")
        );
        assert_eq!(game.answer(5, 0), None);
    }

    #[test]
    fn a_phone_or_the_group_has_one_seat() {
        let game = table(
            1,
            &["Ana"],
            &[
                (Step::Start, Some(answering(0, 0))),
                (answer(65), Some(reveal(0))),
                (Step::Next, Some(Phase::Over)),
            ],
        );
        assert_eq!(game.results()[0].totals, vec![Some(65)]);
    }

    #[test]
    fn modes_read_back_from_links() {
        for mode in Mode::ALL {
            assert_eq!(Mode::parse(mode.as_str()), Some(mode));
        }
        assert_eq!(Mode::parse("party"), None);
    }
}
