//! Result codes: how a phone hands its player's scores to the host with no network.
//!
//! A code is the player's name, a space, and a body of Crockford base32 in groups of four,
//! for example `Ana 1G2H-0J8K-4X3P-Q`. The body holds the code layout's version, the game's
//! seed, a 16-bit tag of the deck id, the round count and each round's total (0–100, or none
//! when the player did not answer), and ends with Crockford's mod-37 check symbol over the
//! name and everything else, so one mistyped character or two swapped neighbours are caught.
//! Since layout 2 the check reads the name in lower case, so a host who types "ana" for
//! "Ana" is not refused; layout 1's codes (exact name) are still read.
//!
//! Reading is forgiving where people are: case does not matter, `I` and `L` read as `1`,
//! `O` as `0`, and hyphens and spaces inside the body are ignored.

use super::base32;
use std::fmt;

/// The layout of the body this build writes and reads.
pub const CODE_VERSION: u8 = 2;

/// Which game a code belongs to: everything every device in the room shares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GameId {
    /// The deck's id.
    pub deck: String,
    /// The seed the cards were dealt from.
    pub seed: u64,
    /// How many rounds the game has.
    pub rounds: u8,
}

/// One player's result, as a code carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlayerResult {
    /// The name the player entered.
    pub name: String,
    /// Each round's total, `None` where the player gave no answer.
    pub totals: Vec<Option<u8>>,
}

impl PlayerResult {
    /// The sum of the player's round totals.
    pub fn points(&self) -> u32 {
        self.totals.iter().flatten().map(|&t| u32::from(t)).sum()
    }
}

/// Why a code was refused, in words the host can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// No name before the code.
    NoName,
    /// A character that is not in a code.
    BadCharacter(char),
    /// The code is cut short or has extra characters.
    WrongLength,
    /// The check symbol does not match: something was mistyped.
    Mistyped,
    /// Made by a newer Boardroom whose codes this one cannot read.
    Version(u8),
    /// From a game with another seed, deck or round count.
    OtherGame,
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::NoName => f.write_str("there is no name before the code"),
            CodeError::BadCharacter(c) => write!(f, "“{c}” cannot appear in a code"),
            CodeError::WrongLength => {
                f.write_str("the code is too short or too long: check it was copied whole")
            }
            CodeError::Mistyped => {
                f.write_str("the check character does not match: a character was mistyped")
            }
            CodeError::Version(v) => write!(
                f,
                "it was made by a different version of Boardroom (code layout {v}, this one reads {CODE_VERSION})"
            ),
            CodeError::OtherGame => {
                f.write_str("it is from another game (a different deck, seed or number of rounds)")
            }
        }
    }
}

impl std::error::Error for CodeError {}

/// A round with no answer.
const NO_ANSWER: u8 = 101;

/// The deck id's 16-bit tag (FNV-1a folded), so a code names its deck in two bytes.
pub(super) fn deck_tag(deck: &str) -> u16 {
    let mut hash: u32 = 0x811C_9DC5;
    for byte in deck.bytes() {
        hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    (hash ^ (hash >> 16)) as u16
}

/// The check over the name and the body's bytes, for the layout `version` (the body's
/// first byte): layout 1 checked the name exactly as typed, later ones in lower case.
fn check(name: &str, bytes: &[u8]) -> u8 {
    match bytes.first() {
        Some(1) => base32::check(name.bytes().chain(bytes.iter().copied())),
        _ => base32::check(name.to_lowercase().bytes().chain(bytes.iter().copied())),
    }
}

/// The code for `result` in `game`: `"<name> <body>"`.
pub fn encode(game: &GameId, result: &PlayerResult) -> String {
    let name = result.name.trim();
    let mut bytes = vec![CODE_VERSION];
    // The seed as LEB128, so the small seeds people type give short codes.
    base32::push_leb128(&mut bytes, game.seed);
    bytes.extend_from_slice(&deck_tag(&game.deck).to_be_bytes());
    bytes.push(result.totals.len() as u8);
    bytes.extend(
        result
            .totals
            .iter()
            .map(|t| t.map_or(NO_ANSWER, |v| v.min(100))),
    );
    format!("{name} {}", base32::write(&bytes, check(name, &bytes)))
}

/// Reads a code for `game`; see [`CodeError`] for what is refused.
pub fn decode(game: &GameId, code: &str) -> Result<PlayerResult, CodeError> {
    let code = code.trim();
    let (name, body) = code
        .rsplit_once(char::is_whitespace)
        .ok_or(CodeError::NoName)?;
    let name = name.trim();
    if name.is_empty() {
        return Err(CodeError::NoName);
    }
    let (bytes, check_symbol) = base32::read(body).map_err(|e| match e {
        base32::ReadError::BadCharacter(c) => CodeError::BadCharacter(c),
        base32::ReadError::WrongLength => CodeError::WrongLength,
        base32::ReadError::Mistyped => CodeError::Mistyped,
    })?;
    if check(name, &bytes) != check_symbol {
        return Err(CodeError::Mistyped);
    }
    let (&version, rest) = bytes.split_first().ok_or(CodeError::WrongLength)?;
    if !(1..=CODE_VERSION).contains(&version) {
        return Err(CodeError::Version(version));
    }
    let (seed, rest) = base32::take_leb128(rest).ok_or(CodeError::WrongLength)?;
    let [t0, t1, rounds, totals @ ..] = rest else {
        return Err(CodeError::WrongLength);
    };
    if totals.len() != usize::from(*rounds) {
        return Err(CodeError::WrongLength);
    }
    if seed != game.seed
        || u16::from_be_bytes([*t0, *t1]) != deck_tag(&game.deck)
        || *rounds != game.rounds
    {
        return Err(CodeError::OtherGame);
    }
    let totals = totals
        .iter()
        .map(|&t| match t {
            0..=100 => Ok(Some(t)),
            NO_ANSWER => Ok(None),
            _ => Err(CodeError::Mistyped),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(PlayerResult {
        name: name.to_owned(),
        totals,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn game() -> GameId {
        GameId {
            deck: "architecture".into(),
            seed: 4242,
            rounds: 3,
        }
    }

    fn ana() -> PlayerResult {
        PlayerResult {
            name: "Ana".into(),
            totals: vec![Some(72), None, Some(100)],
        }
    }

    #[test]
    fn a_code_reads_back_and_forgives_case_and_look_alikes() {
        let code = encode(&game(), &ana());
        assert_eq!(code, "Ana 0A92-22R1-0D46-AS05");
        assert_eq!(decode(&game(), &code), Ok(ana()));
        let sloppy = code
            .to_lowercase()
            .replace('1', "l")
            .replace('0', "o")
            .replace('-', " ");
        let sloppy = format!("  Ana {}  ", sloppy[4..].replace(' ', ""));
        assert_eq!(decode(&game(), &sloppy), Ok(ana()));
    }

    #[test]
    fn the_name_is_checked_in_any_case_and_layout_1_still_reads() {
        let code = encode(&game(), &ana());
        let typed = format!("ANA {}", &code[4..]);
        assert_eq!(decode(&game(), &typed).map(|r| r.name), Ok("ANA".into()));
        // A code from a build of layout 1, whose check read the name exactly.
        let old = "Ana 0692-22R1-0D46-AS01";
        assert_eq!(decode(&game(), old), Ok(ana()));
        assert_eq!(
            decode(&game(), "ana 0692-22R1-0D46-AS01"),
            Err(CodeError::Mistyped)
        );
    }

    #[test]
    fn refusals_say_why() {
        let code = encode(&game(), &ana());
        let other_seed = GameId {
            seed: 4243,
            ..game()
        };
        let other_deck = GameId {
            deck: "security".into(),
            ..game()
        };
        let cases: Vec<(GameId, String, CodeError)> = vec![
            (game(), "0A92-22R1-0D46-AS05".into(), CodeError::NoName),
            // The wrong check symbol, a typo in the name, two neighbours swapped, a cut.
            (
                game(),
                "Ana 0A92-22R1-0D46-AS06".into(),
                CodeError::Mistyped,
            ),
            (
                game(),
                "Ann 0A92-22R1-0D46-AS05".into(),
                CodeError::Mistyped,
            ),
            (
                game(),
                "Ana 0A92-2R21-0D46-AS05".into(),
                CodeError::Mistyped,
            ),
            (game(), "Ana 0A92-22R1-0D46-A".into(), CodeError::Mistyped),
            (
                game(),
                "Ana 0A92-22R1-0D46-AS0!".into(),
                CodeError::BadCharacter('!'),
            ),
            (other_seed, code.clone(), CodeError::OtherGame),
            (other_deck, code.clone(), CodeError::OtherGame),
        ];
        for (game, code, want) in cases {
            assert_eq!(decode(&game, &code), Err(want.clone()), "{code}");
        }
        assert_eq!(
            CodeError::Mistyped.to_string(),
            "the check character does not match: a character was mistyped"
        );
    }
}
