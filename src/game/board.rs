//! The host's leaderboard: the results pasted, typed or scanned so far, ranked (one scanned
//! code at a time in `scanned`).

mod scanned;

pub use scanned::Scanned;

use super::pasted::find;
use super::result_code::{GameId, PlayerResult};
use crate::deck::count;

/// What adding a batch of pasted result codes did (see [`Results::collect`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Collected {
    /// Codes from players not seen before.
    pub added: usize,
    /// Codes that replaced a player's earlier one.
    pub replaced: usize,
    /// One sentence per refused code: its line, its text and why.
    pub refused: Vec<String>,
    /// The refused codes, one per line, to leave in the box for fixing.
    pub kept: String,
}

impl Collected {
    /// The batch in one sentence: "Added 2 results, replaced 1; 1 refused and left in the
    /// box to fix."
    pub fn summary(&self) -> String {
        let mut summary = format!("Added {}", count(self.added, "result"));
        if self.replaced > 0 {
            summary.push_str(&format!(", replaced {}", self.replaced));
        }
        if !self.refused.is_empty() {
            summary.push_str(&format!(
                "; {} refused and left in the box to fix",
                self.refused.len()
            ));
        }
        summary.push('.');
        summary
    }
}

/// What a result code looks like, for messages and the paste box.
pub const EXAMPLE: &str = "Ana 0A92-22R1-0D46-AS05";

/// One line of the leaderboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    /// 1 for the top; equal points share a rank and the next rank skips (1, 1, 3).
    pub rank: usize,
    /// The player's result.
    pub result: PlayerResult,
    /// The sum of their round totals.
    pub points: u32,
}

/// The results a host has collected, one per player name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    results: Vec<PlayerResult>,
}

/// Two names are one player when they match ignoring case and surrounding space.
fn same_player(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

impl Results {
    /// Adds a result; one from a player already here replaces theirs (a corrected code).
    /// Returns whether it replaced one.
    pub fn add(&mut self, result: PlayerResult) -> bool {
        match self
            .results
            .iter_mut()
            .find(|r| same_player(&r.name, &result.name))
        {
            Some(old) => {
                *old = result;
                true
            }
            None => {
                self.results.push(result);
                false
            }
        }
    }

    /// Adds every result code found in `text` for `game`, wherever it sits: typed one per
    /// line, or in a whole meeting chat pasted at once (see [`find`]). A player's second
    /// code replaces the first; a code that does not read for this game is refused, with
    /// why, and kept to fix. Text with no code in it at all is refused as a whole.
    pub fn collect(&mut self, game: &GameId, text: &str) -> Collected {
        let mut collected = Collected::default();
        let mut kept = Vec::new();
        for found in find(game, text) {
            match found.result {
                Ok(result) => match self.add(result) {
                    true => collected.replaced += 1,
                    false => collected.added += 1,
                },
                Err(why) => {
                    collected
                        .refused
                        .push(format!("Line {} (“{}”): {why}.", found.line, found.text));
                    kept.push(found.text);
                }
            }
        }
        if collected.added + collected.replaced == 0
            && collected.refused.is_empty()
            && !text.trim().is_empty()
        {
            collected.refused.push(format!(
                "No result code was found in the text: a code is the player's name and groups of four characters, like “{EXAMPLE}”."
            ));
            kept.push(text.trim().to_owned());
        }
        collected.kept = kept.join("\n");
        collected
    }

    /// How many players have a result.
    pub fn len(&self) -> usize {
        self.results.len()
    }

    /// Whether no result is in yet.
    pub fn is_empty(&self) -> bool {
        self.results.is_empty()
    }

    /// The ranked standings: most points first; equal points share a rank and are listed
    /// by name (ignoring case, then exactly), so every device orders a tie the same way.
    pub fn standings(&self) -> Vec<Standing> {
        let mut lines: Vec<Standing> = self
            .results
            .iter()
            .map(|r| Standing {
                rank: 0,
                points: r.points(),
                result: r.clone(),
            })
            .collect();
        crate::sort::sort_by(&mut lines, |a, b| {
            b.points
                .cmp(&a.points)
                .then_with(|| {
                    a.result
                        .name
                        .to_lowercase()
                        .cmp(&b.result.name.to_lowercase())
                })
                .then_with(|| a.result.name.cmp(&b.result.name))
        });
        for i in 0..lines.len() {
            lines[i].rank = if i > 0 && lines[i].points == lines[i - 1].points {
                lines[i - 1].rank
            } else {
                i + 1
            };
        }
        lines
    }

    /// The results as CSV: `rank,name,points,round 1,...`, one line per player, ranked.
    pub fn csv(&self, rounds: usize) -> String {
        let mut out = String::from("rank,name,points");
        for round in 1..=rounds {
            out.push_str(&format!(",round {round}"));
        }
        out.push('\n');
        for line in self.standings() {
            out.push_str(&format!(
                "{},{},{}",
                line.rank,
                csv_field(&line.result.name),
                line.points
            ));
            for round in 0..rounds {
                out.push(',');
                if let Some(Some(total)) = line.result.totals.get(round) {
                    out.push_str(&total.to_string());
                }
            }
            out.push('\n');
        }
        out
    }
}

/// A CSV field, quoted when it holds a comma, quote or line break. A leading `=`, `+`, `-`
/// or `@` gets a `'` so a spreadsheet shows the name instead of running it as a formula.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::game::result_code::{GameId, encode};

    fn result(name: &str, totals: &[u8]) -> PlayerResult {
        PlayerResult {
            name: name.into(),
            totals: totals.iter().map(|&t| Some(t)).collect(),
        }
    }

    /// A game, and another with the same deck and rounds but another seed.
    fn games() -> (GameId, GameId) {
        let game = GameId {
            deck: "core".into(),
            seed: 7,
            rounds: 2,
        };
        let other = GameId {
            seed: 8,
            ..game.clone()
        };
        (game, other)
    }

    #[test]
    fn a_scanned_code_is_added_replaced_or_refused_in_words() {
        let (game, other) = games();
        let mut results = Results::default();
        let ana = encode(&game, &result("Ana", &[40, 30]));
        let again = encode(&game, &result("Ana", &[40, 35]));
        let cases: [(&str, String); 5] = [
            (ana.as_str(), "Added Ana: 70 points.".into()),
            (again.as_str(), "Replaced Ana’s result: 75 points.".into()),
            (
                &encode(&other, &result("Bo", &[1, 0])),
                format!(
                    "Refused “{}”: it is from another game (a different deck, seed or number of rounds).",
                    encode(&other, &result("Bo", &[1, 0]))
                ),
            ),
            (
                "https://example.org/a-very-long-address/that-goes-on-and-on",
                "That QR code is not a result code (it says “https://example.org/a-very-long-address/…”).".into(),
            ),
            ("", "That QR code is not a result code (it says “”).".into()),
        ];
        for (text, message) in cases {
            assert_eq!(results.scan(&game, text).message(), message, "{text}");
        }
        assert_eq!(results.len(), 1);
        assert_eq!(results.standings()[0].points, 75);
    }

    #[test]
    fn ties_share_a_rank_and_list_by_name() {
        let mut results = Results::default();
        for r in [
            result("zoe", &[50, 50]),
            result("Bea", &[90, 10]),
            result("al", &[30, 20]),
            result("Cy", &[100, 0]),
            result("ann", &[50, 0]),
        ] {
            results.add(r);
        }
        let board: Vec<(usize, String, u32)> = results
            .standings()
            .into_iter()
            .map(|s| (s.rank, s.result.name, s.points))
            .collect();
        assert_eq!(
            board,
            [
                (1, "Bea".into(), 100),
                (1, "Cy".into(), 100),
                (1, "zoe".into(), 100),
                (4, "al".into(), 50),
                (4, "ann".into(), 50),
            ]
        );
    }

    #[test]
    fn a_players_second_code_replaces_the_first() {
        let mut results = Results::default();
        assert!(!results.add(result("Ana", &[10])));
        assert!(results.add(result(" ana ", &[80])));
        assert_eq!(results.len(), 1);
        assert_eq!(results.standings()[0].points, 80);
    }

    #[test]
    fn pasted_codes_are_added_replaced_or_refused() {
        let (game, other) = games();
        let ana = encode(&game, &result("Ana", &[70, 20]));
        let ana_again = encode(&game, &result("ana", &[80, 20]));
        let bo = encode(&game, &result("Bo", &[40, 40]));
        let elsewhere = encode(&other, &result("Cy", &[10, 10]));
        let mut results = Results::default();
        let text = format!("{ana}\n\n  {bo}  \n{elsewhere}\nnot a code\n{ana_again}\n");
        let collected = results.collect(&game, &text);
        assert_eq!((collected.added, collected.replaced), (2, 1));
        assert_eq!(
            collected.refused,
            [format!(
                "Line 4 (“{elsewhere}”): it is from another game (a different deck, seed or number of rounds)."
            )],
            "a line without a code's shape is chat, skipped"
        );
        assert_eq!(collected.kept, elsewhere, "what was refused stays to fix");
        assert_eq!(
            collected.summary(),
            "Added 2 results, replaced 1; 1 refused and left in the box to fix."
        );
        assert_eq!(results.len(), 2);
        assert_eq!(
            results.standings()[0].points,
            100,
            "Ana's second code replaced her first"
        );
        let one = Results::default().collect(&game, &bo);
        assert_eq!(one.summary(), "Added 1 result.");
        assert_eq!(one.kept, "");
        let none = Results::default().collect(&game, "  thanks all, great session!\n");
        assert_eq!(
            none.refused,
            [format!(
                "No result code was found in the text: a code is the player's name and groups of four characters, like “{EXAMPLE}”."
            )]
        );
        assert_eq!(none.kept, "thanks all, great session!");
        assert_eq!(Results::default().collect(&game, " \n ").refused.len(), 0);
    }

    #[test]
    fn csv_quotes_names_and_defuses_formulas() {
        let mut results = Results::default();
        results.add(result("Lee, \"J\"", &[70, 20]));
        results.add(PlayerResult {
            name: "=SUM(A1)".into(),
            totals: vec![Some(40), None],
        });
        assert_eq!(
            results.csv(2),
            "rank,name,points,round 1,round 2\n1,\"Lee, \"\"J\"\"\",90,70,20\n2,'=SUM(A1),40,40,\n"
        );
    }
}
