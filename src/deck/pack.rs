//! A deck as text for a link or for storage: its JSON deflated and written in base64url
//! (RFC 4648 §5, no padding), so a deck of tens of cards fits a QR code and one of thousands
//! fits local storage. Pure; unpacking reads the deck back through the deck parser, so a
//! packed deck is checked like any other import.

use super::{Deck, MAX_DECK_BYTES, parse_json};
use std::fmt;

/// Why packed text is not a deck.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    /// The text is cut short or changed: it does not unpack.
    Damaged,
    /// It unpacks, but not into a valid deck (the first problem, in words).
    Invalid(String),
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::Damaged => f.write_str(
                "the deck inside the link is damaged: it was probably cut short when it was copied",
            ),
            PackError::Invalid(why) => {
                write!(f, "the deck inside the link is not a valid deck: {why}")
            }
        }
    }
}

impl std::error::Error for PackError {}

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
pub fn unpack(text: &str) -> Result<Deck, PackError> {
    let json = inflate_text(text).ok_or(PackError::Damaged)?;
    parse_json("link", &json).map_err(|errors| {
        let first = errors.first().map(|e| e.to_string()).unwrap_or_default();
        PackError::Invalid(first)
    })
}

/// `bytes` deflated at `level` (1 quickest, 9 smallest), in base64url.
pub fn deflate_text(bytes: &[u8], level: u8) -> String {
    base64url(&miniz_oxide::deflate::compress_to_vec(bytes, level))
}

/// The text [`deflate_text`] packed; `None` unless it is base64url of deflated UTF-8 that
/// inflates to at most a deck file's size limit.
pub fn inflate_text(text: &str) -> Option<String> {
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
}
