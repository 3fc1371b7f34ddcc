//! The short game code: the same game as a join link, for a bundled deck, in 16 typed
//! characters, for a phone whose camera cannot read the QR code. A layout version, the
//! deck's tag, rounds, seconds and the seed, in Crockford base32 with a check symbol.

use super::base32;
use super::invite::{Invite, InviteError, rounds, seconds};
use super::result_code::deck_tag;
use crate::deck::Outline;

/// The layout of the short code this build writes and reads: bump it when the layout
/// changes (`tests/invite.rs` reads codes back).
const SHORT_VERSION: u8 = 1;
const MISTYPED: &str = "a character was mistyped";
const WRONG_LENGTH: &str = "it is too short or too long";

impl Invite {
    /// The short code for this game, or `None` when the deck travels packed (a code
    /// cannot carry a deck).
    pub fn short_code(&self) -> Option<String> {
        if self.pack.is_some() {
            return None;
        }
        let mut bytes = vec![SHORT_VERSION];
        bytes.extend_from_slice(&deck_tag(&self.deck).to_be_bytes());
        bytes.push(self.rounds);
        bytes.extend_from_slice(&self.seconds.unwrap_or(0).to_be_bytes());
        base32::push_leb128(&mut bytes, self.seed);
        Some(base32::write(&bytes, base32::check(bytes.iter().copied())))
    }

    /// Reads a short code, finding its deck among `installed`.
    pub fn from_short_code(code: &str, installed: &[Outline]) -> Result<Invite, InviteError> {
        let (bytes, check) = base32::read(code).map_err(|e| match e {
            base32::ReadError::BadCharacter(_) => {
                InviteError::Code("it has a character codes do not use")
            }
            base32::ReadError::WrongLength => InviteError::Code("it is empty"),
            base32::ReadError::Mistyped => InviteError::Code(MISTYPED),
        })?;
        if base32::check(bytes.iter().copied()) != check {
            return Err(InviteError::Code(MISTYPED));
        }
        let [version, t0, t1, rounds_byte, s0, s1, seed @ ..] = bytes.as_slice() else {
            return Err(InviteError::Code(WRONG_LENGTH));
        };
        if *version != SHORT_VERSION {
            return Err(InviteError::Version(*version));
        }
        let Some((seed, [])) = base32::take_leb128(seed) else {
            return Err(InviteError::Code(WRONG_LENGTH));
        };
        let tag = u16::from_be_bytes([*t0, *t1]);
        let deck = installed
            .iter()
            .find(|d| deck_tag(&d.id) == tag)
            .ok_or(InviteError::UnknownDeckTag)?;
        Ok(Invite {
            deck: deck.id.clone(),
            seed,
            rounds: rounds(*rounds_byte)?,
            seconds: seconds(u16::from_be_bytes([*s0, *s1]))?,
            pack: None,
        })
    }
}
