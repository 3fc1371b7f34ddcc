//! The join link: everything a phone needs to deal the same game (the short game code, for a
//! phone that cannot read the link, is in `short_code.rs`).
//!
//! A join link's query is `deck=<id>&seed=<n>&rounds=<n>&seconds=<n>&v=<deal version>`;
//! `seconds=0` means untimed. A deck that is not bundled travels in the link as `pack` (see
//! [`crate::deck::pack`]), calibration examples left out.
//!
//! The host's own address adds `mode` and, for hot-seat, a `player` for each name, so a
//! reload brings the same game back.

use super::deal::DEAL_VERSION;
use super::result_code::GameId;
use super::round::Mode;
use crate::deck::{Deck, PackError, unpack};
use crate::query;
use std::fmt;

/// The most rounds a game has.
pub const MAX_ROUNDS: u8 = 20;
/// The shortest and longest timed round, in seconds.
pub const SECONDS: std::ops::RangeInclusive<u16> = 30..=300;
/// The most players a hot-seat game takes turns between.
pub const MAX_PLAYERS: usize = 12;

/// One game as every device in the room deals it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    /// The deck's id.
    pub deck: String,
    /// The seed the cards are dealt from.
    pub seed: u64,
    /// How many rounds.
    pub rounds: u8,
    /// Seconds per round; `None` for untimed rounds.
    pub seconds: Option<u16>,
    /// The deck itself, packed, when it is not bundled.
    pub pack: Option<String>,
}

/// The host's game: the invite and how this device plays it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostSetup {
    /// What every device deals.
    pub invite: Invite,
    /// Room, hot-seat or group.
    pub mode: Mode,
    /// The players taking turns, in hot-seat mode.
    pub players: Vec<String>,
}

/// Why a link or code could not start a game, in words a player can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InviteError {
    /// A part of the link is not there.
    Missing(&'static str),
    /// A part of the link has a value that cannot be right.
    Bad {
        /// Which part.
        field: &'static str,
        /// What it says.
        value: String,
        /// What it should be.
        expected: String,
    },
    /// Made by a Boardroom that deals or writes codes differently.
    Version(u8),
    /// The link names a deck this device does not have.
    UnknownDeck(String),
    /// The short code names a deck this device does not have.
    UnknownDeckTag,
    /// The deck has fewer cards than the game has rounds.
    TooFewCards {
        /// The deck's title.
        deck: String,
        /// How many cards it has.
        cards: usize,
        /// How many rounds the game asks for.
        rounds: u8,
    },
    /// The deck packed in the link does not read.
    Pack(PackError),
    /// The short code does not read.
    Code(&'static str),
}

impl fmt::Display for InviteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InviteError::Missing(field) => {
                write!(f, "the link has no “{field}”: check it was copied whole")
            }
            InviteError::Bad {
                field,
                value,
                expected,
            } => write!(
                f,
                "the link's “{field}” is “{value}”, but it should be {expected}"
            ),
            InviteError::Version(v) => write!(
                f,
                "it was made by a different version of Boardroom (version {v}, this one reads {DEAL_VERSION}): ask the host for a link from this page"
            ),
            InviteError::UnknownDeck(id) => write!(
                f,
                "the game uses the deck “{id}”, which this Boardroom does not have: ask the host for the full link"
            ),
            InviteError::UnknownDeckTag => f.write_str(
                "the code names a deck this Boardroom does not have: ask the host for the link or the QR code",
            ),
            InviteError::TooFewCards {
                deck,
                cards,
                rounds,
            } => write!(
                f,
                "the deck “{deck}” has {cards} cards, too few for {rounds} rounds"
            ),
            InviteError::Pack(why) => why.fmt(f),
            InviteError::Code(why) => write!(f, "the game code does not read: {why}"),
        }
    }
}

impl std::error::Error for InviteError {}

impl Invite {
    /// The game a result code belongs to.
    pub fn game_id(&self) -> GameId {
        GameId {
            deck: self.deck.clone(),
            seed: self.seed,
            rounds: self.rounds,
        }
    }

    /// The join link's query, without the `?`.
    pub fn query(&self) -> String {
        let (seed, rounds, seconds, version) = (
            self.seed.to_string(),
            self.rounds.to_string(),
            self.seconds.unwrap_or(0).to_string(),
            DEAL_VERSION.to_string(),
        );
        let mut pairs = vec![
            ("deck", self.deck.as_str()),
            ("seed", &seed),
            ("rounds", &rounds),
            ("seconds", &seconds),
            ("v", &version),
        ];
        if let Some(pack) = &self.pack {
            pairs.push(("pack", pack));
        }
        query::build(&pairs)
    }

    /// Reads a join link's query (with or without the `?`).
    pub fn parse(query: &str) -> Result<Invite, InviteError> {
        let pairs = query::pairs(query);
        let get =
            |field: &'static str| query::get(&pairs, field).ok_or(InviteError::Missing(field));
        let version: u8 = number(get("v")?, "v", "a version number")?;
        if version != DEAL_VERSION {
            return Err(InviteError::Version(version));
        }
        let deck = get("deck")?.to_owned();
        if deck.is_empty() {
            return Err(InviteError::Missing("deck"));
        }
        let seed = number(get("seed")?, "seed", "a whole number")?;
        let rounds = rounds(number(get("rounds")?, "rounds", &rounds_expected())?)?;
        let seconds = seconds(number(get("seconds")?, "seconds", &seconds_expected())?)?;
        let pack = get("pack").ok().map(str::to_owned);
        Ok(Invite {
            deck,
            seed,
            rounds,
            seconds,
            pack,
        })
    }

    /// The id of the installed deck the game in this query deals from: none when the link
    /// carries its deck itself, or does not describe a game.
    pub fn installed_deck(query: &str) -> Option<String> {
        Invite::parse(query)
            .ok()
            .filter(|invite| invite.pack.is_none())
            .map(|invite| invite.deck)
    }

    /// The deck this game deals from: the packed one, or the installed one with the id.
    pub fn resolve(&self, installed: &[Deck]) -> Result<Deck, InviteError> {
        let deck = match &self.pack {
            Some(pack) => unpack(pack).map_err(InviteError::Pack)?,
            None => installed
                .iter()
                .find(|d| d.id == self.deck)
                .cloned()
                .ok_or_else(|| InviteError::UnknownDeck(self.deck.clone()))?,
        };
        if deck.cards.len() < usize::from(self.rounds) {
            return Err(InviteError::TooFewCards {
                deck: deck.title.clone(),
                cards: deck.cards.len(),
                rounds: self.rounds,
            });
        }
        Ok(deck)
    }
}

impl HostSetup {
    /// The host page's query, without the `?`: the invite's, then mode and a `player` for
    /// each player.
    pub fn query(&self) -> String {
        let mut pairs = vec![("mode", self.mode.as_str())];
        if self.mode == Mode::HotSeat {
            pairs.extend(self.players.iter().map(|p| ("player", p.as_str())));
        }
        format!("{}&{}", self.invite.query(), query::build(&pairs))
    }

    /// Reads the host page's query.
    pub fn parse(query: &str) -> Result<HostSetup, InviteError> {
        let invite = Invite::parse(query)?;
        let pairs = query::pairs(query);
        let mode = match query::get(&pairs, "mode") {
            None => Mode::Room,
            Some(m) => Mode::parse(m).ok_or_else(|| InviteError::Bad {
                field: "mode",
                value: m.to_owned(),
                expected: "room, hot-seat or group".into(),
            })?,
        };
        // Earlier builds listed the names in one `players`, comma-separated.
        let mut named: Vec<&str> = query::all(&pairs, "player").collect();
        if named.is_empty() {
            named = query::get(&pairs, "players")
                .map(|list| list.split(',').collect())
                .unwrap_or_default();
        }
        let players: Vec<String> = match mode {
            Mode::HotSeat => named
                .iter()
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect(),
            _ => Vec::new(),
        };
        if mode == Mode::HotSeat && !(2..=MAX_PLAYERS).contains(&players.len()) {
            return Err(InviteError::Bad {
                field: "players",
                value: players.join(", "),
                expected: format!("2 to {MAX_PLAYERS} names"),
            });
        }
        Ok(HostSetup {
            invite,
            mode,
            players,
        })
    }
}

/// What a link's `rounds` must be, from [`MAX_ROUNDS`].
fn rounds_expected() -> String {
    format!("a number of rounds from 1 to {MAX_ROUNDS}")
}

/// What a link's `seconds` must be, from [`SECONDS`].
fn seconds_expected() -> String {
    format!(
        "0 (untimed) or {} to {} seconds",
        SECONDS.start(),
        SECONDS.end()
    )
}

pub(super) fn rounds(n: u8) -> Result<u8, InviteError> {
    if (1..=MAX_ROUNDS).contains(&n) {
        Ok(n)
    } else {
        Err(InviteError::Bad {
            field: "rounds",
            value: n.to_string(),
            expected: rounds_expected(),
        })
    }
}

pub(super) fn seconds(n: u16) -> Result<Option<u16>, InviteError> {
    match n {
        0 => Ok(None),
        n if SECONDS.contains(&n) => Ok(Some(n)),
        n => Err(InviteError::Bad {
            field: "seconds",
            value: n.to_string(),
            expected: seconds_expected(),
        }),
    }
}

fn number<T: std::str::FromStr>(
    value: &str,
    field: &'static str,
    expected: &str,
) -> Result<T, InviteError> {
    value.parse().map_err(|_| InviteError::Bad {
        field,
        value: value.to_owned(),
        expected: expected.to_owned(),
    })
}
