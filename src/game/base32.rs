//! The pieces both kinds of typed code share: Crockford base32 with its mod-37 check symbol,
//! groups of four for reading aloud, and LEB128 numbers so small seeds give short codes.

/// Crockford's base32 digits, then the five extra check symbols (values 32–36).
pub(super) const SYMBOLS: &[u8; 37] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U";

/// Crockford's check value: the bytes as one big-endian number, modulo 37.
pub(super) fn check(bytes: impl IntoIterator<Item = u8>) -> u8 {
    bytes
        .into_iter()
        .fold(0u32, |r, b| (r * 256 + u32::from(b)) % 37) as u8
}

/// `bytes` as base32 symbols followed by `check`'s symbol, in hyphenated groups of four.
pub(super) fn write(bytes: &[u8], check: u8) -> String {
    let mut symbols = Vec::with_capacity(bytes.len() * 8 / 5 + 2);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            symbols.push(SYMBOLS[((buffer >> bits) & 31) as usize]);
        }
    }
    if bits > 0 {
        symbols.push(SYMBOLS[((buffer << (5 - bits)) & 31) as usize]);
    }
    symbols.push(SYMBOLS[usize::from(check)]);
    let groups: Vec<&str> = symbols
        .chunks(4)
        .map(|g| std::str::from_utf8(g).unwrap_or_default())
        .collect();
    groups.join("-")
}

/// Why typed symbols could not be read back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ReadError {
    /// A character that is not a symbol.
    BadCharacter(char),
    /// Nothing, or a length no byte string encodes to.
    WrongLength,
    /// A check symbol in the data, bits that should be zero, or a check that does not match.
    Mistyped,
}

/// The bytes of a body written by [`write`], and its check symbol's value, reading `I`/`L`
/// as 1 and `O` as 0, ignoring case, hyphens and spaces.
pub(super) fn read(body: &str) -> Result<(Vec<u8>, u8), ReadError> {
    let mut digits = Vec::with_capacity(body.len());
    for c in body.chars().filter(|&c| c != '-' && !c.is_whitespace()) {
        digits.push(value(c).ok_or(ReadError::BadCharacter(c))?);
    }
    let (&check_symbol, data) = digits.split_last().ok_or(ReadError::WrongLength)?;
    if data.iter().any(|&d| d >= 32) {
        return Err(ReadError::Mistyped);
    }
    let (mut buffer, mut bits, mut bytes) = (0u32, 0u32, Vec::with_capacity(data.len()));
    for &d in data {
        buffer = (buffer << 5) | u32::from(d);
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            bytes.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    if bits >= 5 || buffer != 0 {
        return Err(ReadError::Mistyped);
    }
    Ok((bytes, check_symbol))
}

/// The value of one typed symbol.
fn value(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'I' | 'L' => '1',
        'O' => '0',
        c => c,
    };
    SYMBOLS
        .iter()
        .position(|&s| char::from(s) == c)
        .map(|v| v as u8)
}

/// Appends `n` as LEB128: seven bits a byte, low first, the top bit saying more follows.
pub(super) fn push_leb128(bytes: &mut Vec<u8>, mut n: u64) {
    loop {
        let low = (n & 0x7F) as u8;
        n >>= 7;
        bytes.push(if n == 0 { low } else { low | 0x80 });
        if n == 0 {
            return;
        }
    }
}

/// Reads a LEB128 number from the front of `bytes`: the number and the bytes after it.
pub(super) fn take_leb128(bytes: &[u8]) -> Option<(u64, &[u8])> {
    let mut n: u64 = 0;
    for (at, &byte) in bytes.iter().enumerate().take(10) {
        n |= u64::from(byte & 0x7F) << (7 * at);
        if byte & 0x80 == 0 {
            return Some((n, &bytes[at + 1..]));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_read_back() {
        for bytes in [&b""[..], b"\x00", b"\xff\x01", b"Boardroom!"] {
            let text = write(bytes, 36);
            assert_eq!(read(&text), Ok((bytes.to_vec(), 36)), "{text}");
        }
        assert_eq!(write(b"\x01\x02", 5), "0410-5");
    }

    #[test]
    fn leb128_reads_back() {
        for n in [0, 1, 127, 128, 999_999, u64::MAX] {
            let mut bytes = Vec::new();
            push_leb128(&mut bytes, n);
            bytes.push(7);
            assert_eq!(take_leb128(&bytes), Some((n, &[7u8][..])));
        }
        assert_eq!(take_leb128(&[0x80; 11]), None);
    }
}
