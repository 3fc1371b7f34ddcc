//! The join link and the short game code: everything a phone needs to deal the same game.
//!
//! A join link's query is `deck=<id>&seed=<n>&rounds=<n>&seconds=<n>&v=<deal version>`;
//! `seconds=0` means untimed. A deck that is not bundled travels in the link as `pack`: its
//! JSON (calibration examples left out), deflated and written in base64url. The short code
//! carries the same game for a bundled deck in 16 typed characters, for a phone whose camera
//! cannot read the QR code: a layout version, the deck's tag, rounds, seconds and the seed, in
//! Crockford base32 with a check symbol.
//!
//! The host's own address adds `mode` and, for hot-seat, `players` (comma-separated), so a
//! reload brings the same game back.

use super::deal::DEAL_VERSION;
use super::result_code::GameId;
use super::round::Mode;
use crate::deck::{Deck, MAX_DECK_BYTES, parse_json};
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
    /// The packed deck is cut short or changed.
    DamagedPack,
    /// The packed deck reads but is not a valid deck.
    InvalidPack(String),
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
            InviteError::DamagedPack => f.write_str(
                "the deck inside the link is damaged: it was probably cut short when it was copied",
            ),
            InviteError::InvalidPack(why) => {
                write!(f, "the deck inside the link is not a valid deck: {why}")
            }
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
        let mut query = format!(
            "deck={}&seed={}&rounds={}&seconds={}&v={DEAL_VERSION}",
            encode_component(&self.deck),
            self.seed,
            self.rounds,
            self.seconds.unwrap_or(0)
        );
        if let Some(pack) = &self.pack {
            query.push_str("&pack=");
            query.push_str(pack);
        }
        query
    }

    /// Reads a join link's query (with or without the `?`).
    pub fn parse(query: &str) -> Result<Invite, InviteError> {
        let pairs = pairs(query);
        let get = |field: &'static str| {
            pairs
                .iter()
                .find(|(k, _)| k == field)
                .map(|(_, v)| v.as_str())
                .ok_or(InviteError::Missing(field))
        };
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

    /// The deck this game deals from: the packed one, or the installed one with the id.
    pub fn resolve(&self, installed: &[Deck]) -> Result<Deck, InviteError> {
        let deck = match &self.pack {
            Some(pack) => unpack(pack)?,
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
    /// The host page's query, without the `?`: the invite's, then mode and players.
    pub fn query(&self) -> String {
        let mut query = self.invite.query();
        query.push_str("&mode=");
        query.push_str(self.mode.as_str());
        if self.mode == Mode::HotSeat {
            let names: Vec<String> = self.players.iter().map(|p| encode_component(p)).collect();
            query.push_str("&players=");
            query.push_str(&names.join(","));
        }
        query
    }

    /// Reads the host page's query.
    pub fn parse(query: &str) -> Result<HostSetup, InviteError> {
        let invite = Invite::parse(query)?;
        let pairs = pairs(query);
        let get = |field: &str| pairs.iter().find(|(k, _)| k == field).map(|(_, v)| v);
        // Names are split before they are decoded: a name may hold a comma.
        let raw_players = query
            .trim_start_matches('?')
            .split('&')
            .find_map(|p| p.strip_prefix("players="));
        let mode = match get("mode") {
            None => Mode::Room,
            Some(m) => Mode::parse(m).ok_or_else(|| InviteError::Bad {
                field: "mode",
                value: m.clone(),
                expected: "room, hot-seat or group".into(),
            })?,
        };
        let players: Vec<String> = match (mode, raw_players) {
            (Mode::HotSeat, Some(list)) => list
                .split(',')
                .map(|p| decode_component(p).trim().to_owned())
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

/// A query's `key=value` pairs, values percent-decoded.
fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode_component(k), decode_component(v))
        })
        .collect()
}

/// Percent-encodes everything but unreserved characters.
fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Percent-decodes, reading `+` as a space; malformed escapes are kept as typed.
fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A deck as link text: its JSON without calibration examples, deflated, in base64url.
pub fn pack(deck: &Deck) -> String {
    let mut slim = deck.clone();
    for card in &mut slim.cards {
        card.examples.clear();
    }
    pack_whole(&slim)
}

/// The whole deck, calibration examples included, packed as [`pack`] packs a game's deck:
/// what a shared deck link carries. [`unpack`] reads both.
pub fn pack_whole(deck: &Deck) -> String {
    // A `Deck` is plain data: serialising it cannot fail.
    let json = serde_json::to_vec(deck).unwrap_or_default();
    deflate_text(&json, 9)
}

/// The deck packed by [`pack`].
pub fn unpack(text: &str) -> Result<Deck, InviteError> {
    let json = inflate_text(text).ok_or(InviteError::DamagedPack)?;
    parse_json("link", &json).map_err(|errors| {
        let first = errors.first().map(|e| e.to_string()).unwrap_or_default();
        InviteError::InvalidPack(first)
    })
}

/// `bytes` deflated at `level` (1 quickest, 9 smallest), in base64url.
pub(crate) fn deflate_text(bytes: &[u8], level: u8) -> String {
    base64url(&miniz_oxide::deflate::compress_to_vec(bytes, level))
}

/// The text [`deflate_text`] packed; `None` unless it is base64url of deflated UTF-8 that
/// inflates to at most a deck file's size limit.
pub(crate) fn inflate_text(text: &str) -> Option<String> {
    let bytes = from_base64url(text)?;
    let inflated =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, MAX_DECK_BYTES).ok()?;
    String::from_utf8(inflated).ok()
}

const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648 §5).
fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(BASE64URL[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// Reads base64url with or without padding; `None` for any other character or a
/// length no byte string has.
fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let v = BASE64URL.iter().position(|&s| s == c)? as u32;
        buffer = (buffer << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_the_rfc_examples() {
        let cases: [(&[u8], &str); 7] = [
            (b"", ""),
            (b"f", "Zg"),
            (b"fo", "Zm8"),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg"),
            (b"fooba", "Zm9vYmE"),
            (b"\xfb\xff", "-_8"),
        ];
        for (bytes, text) in cases {
            assert_eq!(base64url(bytes), text);
            assert_eq!(from_base64url(text).as_deref(), Some(bytes));
        }
        assert_eq!(from_base64url("Zm9vYg=="), Some(b"foob".to_vec()));
        assert_eq!(from_base64url("Zm9vY"), None);
        assert_eq!(from_base64url("Zm9v!"), None);
    }

    #[test]
    fn components_round_trip() {
        for text in ["Ana", "Zoë & Bea", "a=b,c?d", "李"] {
            assert_eq!(decode_component(&encode_component(text)), text);
        }
        assert_eq!(decode_component("a+b%2"), "a b%2");
    }
}
