//! Reading a deck written in JSON into the same span-preserving tree that TOML gives, so one
//! schema reader checks both formats and every error points into the author's JSON text.
//!
//! Strict JSON (RFC 8259): no comments, no trailing commas, no `NaN`. Two things JSON allows
//! and a deck does not are refused here with a position: `null` (a deck has no empty
//! values; leave the field out) and a key given twice in one object.

use super::parse::MAX_NESTING;
use std::borrow::Cow;
use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

/// A JSON syntax problem: the byte offset where it is, and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct JsonError {
    pub(super) offset: usize,
    pub(super) message: String,
}

/// Parse `text` (one JSON object) into a tree the schema reader walks.
pub(super) fn parse(text: &str) -> Result<DeTable<'_>, JsonError> {
    let mut parser = Parser { text, at: 0 };
    parser.skip_space();
    if parser.peek() != Some(b'{') {
        return Err(parser.error("a deck in JSON is one object: expected `{`"));
    }
    let root = parser.value(0)?;
    parser.skip_space();
    if parser.at < text.len() {
        return Err(parser.error("unexpected text after the deck's closing `}`"));
    }
    match root.into_inner() {
        DeValue::Table(table) => Ok(table),
        _ => Err(JsonError {
            offset: 0,
            message: "a deck in JSON is one object".into(),
        }),
    }
}

struct Parser<'i> {
    text: &'i str,
    at: usize,
}

impl<'i> Parser<'i> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn error(&self, message: &str) -> JsonError {
        JsonError {
            offset: self.at,
            message: message.to_owned(),
        }
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// What stands at the cursor, for messages.
    fn found(&self) -> String {
        match self.text[self.at..].chars().next() {
            None => "the end of the file".into(),
            Some(c) => format!("`{c}`"),
        }
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), JsonError> {
        self.skip_space();
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(&format!("expected {what}, found {}", self.found())))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Spanned<DeValue<'i>>, JsonError> {
        self.skip_space();
        let start = self.at;
        let value = match self.peek() {
            Some(b'{' | b'[') if depth >= MAX_NESTING => {
                return Err(self.error(&format!(
                    "objects or arrays nested more than {MAX_NESTING} deep; a deck needs three"
                )));
            }
            Some(b'{') => DeValue::Table(self.object(depth)?),
            Some(b'[') => DeValue::Array(self.array(depth)?),
            Some(b'"') => DeValue::String(self.string()?),
            Some(b't') => self.word("true", DeValue::Boolean(true))?,
            Some(b'f') => self.word("false", DeValue::Boolean(false))?,
            Some(b'n') if self.text[self.at..].starts_with("null") => {
                return Err(
                    self.error("`null` is not a value a deck can hold: leave the field out")
                );
            }
            Some(b'-' | b'0'..=b'9') => self.number()?,
            _ => {
                return Err(self.error(&format!(
                    "expected a value (a string, number, true, false, array or object), found {}",
                    self.found()
                )));
            }
        };
        Ok(Spanned::new(start..self.at, value))
    }

    fn word(&mut self, word: &str, value: DeValue<'i>) -> Result<DeValue<'i>, JsonError> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error(&format!("expected a value, found {}", self.found())))
        }
    }

    fn object(&mut self, depth: usize) -> Result<DeTable<'i>, JsonError> {
        self.at += 1; // `{`
        let mut table = DeTable::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(table);
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error(&format!(
                    "expected a key in double quotes, found {}",
                    self.found()
                )));
            }
            let key_start = self.at;
            let key = self.string()?;
            let key_span = key_start..self.at;
            if table.contains_key(key.as_ref()) {
                return Err(JsonError {
                    offset: key_start,
                    message: format!("the key \"{key}\" is given twice in this object"),
                });
            }
            self.expect(b':', "`:` after the key")?;
            let value = self.value(depth + 1)?;
            table.insert(Spanned::new(key_span, key), value);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(table);
                }
                _ => {
                    return Err(self.error(&format!(
                        "expected `,` or `}}` after a value, found {}",
                        self.found()
                    )));
                }
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<DeArray<'i>, JsonError> {
        self.at += 1; // `[`
        let mut array = DeArray::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(array);
        }
        loop {
            array.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(array);
                }
                _ => {
                    return Err(self.error(&format!(
                        "expected `,` or `]` after a value, found {}",
                        self.found()
                    )));
                }
            }
        }
    }

    fn string(&mut self) -> Result<Cow<'i, str>, JsonError> {
        self.at += 1; // opening quote
        let start = self.at;
        let mut owned: Option<String> = None;
        loop {
            let Some(c) = self.text[self.at..].chars().next() else {
                return Err(JsonError {
                    offset: start - 1,
                    message: "this string has no closing `\"`".into(),
                });
            };
            match c {
                '"' => {
                    let text = &self.text[start..self.at];
                    self.at += 1;
                    return Ok(owned.map_or(Cow::Borrowed(text), Cow::Owned));
                }
                '\\' => {
                    let so_far = owned.get_or_insert_with(|| self.text[start..self.at].to_owned());
                    let escape_at = self.at;
                    self.at += 1;
                    let decoded = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            let c = self.unicode_escape(escape_at)?;
                            so_far.push(c);
                            continue;
                        }
                        _ => {
                            return Err(JsonError {
                                offset: escape_at,
                                message: "unknown escape: use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX".into(),
                            });
                        }
                    };
                    so_far.push(decoded);
                    self.at += 1;
                }
                c if u32::from(c) < 0x20 => {
                    return Err(self.error(
                        "a control character (such as a line break) inside a string: write it as \\n or \\t",
                    ));
                }
                c => {
                    if let Some(so_far) = owned.as_mut() {
                        so_far.push(c);
                    }
                    self.at += c.len_utf8();
                }
            }
        }
    }

    /// The character of a `\uXXXX` escape (the cursor after the `u`), joining a surrogate
    /// pair written as two escapes.
    fn unicode_escape(&mut self, escape_at: usize) -> Result<char, JsonError> {
        let bad = |message: &str| JsonError {
            offset: escape_at,
            message: message.to_owned(),
        };
        let first = self
            .hex4()
            .ok_or_else(|| bad("\\u must be followed by four hex digits"))?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.text[self.at..].starts_with("\\u") {
                return Err(bad(
                    "a \\u escape for half of a character pair without its other half",
                ));
            }
            self.at += 2;
            let second = self
                .hex4()
                .filter(|s| (0xDC00..0xE000).contains(s))
                .ok_or_else(|| {
                    bad("a \\u escape for half of a character pair without its other half")
                })?;
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| bad("this \\u escape is not a character"))
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.get(self.at..self.at + 4)?;
        let value = u32::from_str_radix(digits, 16).ok()?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.at += 4;
        Some(value)
    }

    /// A JSON number, read as TOML reads the same digits.
    fn number(&mut self) -> Result<DeValue<'i>, JsonError> {
        let start = self.at;
        let bytes = self.text.as_bytes();
        let digits = |from: usize| {
            bytes[from..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count()
        };
        let mut end = start + usize::from(bytes[start] == b'-');
        let whole = digits(end);
        let leading_zero = whole > 1 && bytes[end] == b'0';
        end += whole;
        let mut ok = whole > 0 && !leading_zero;
        if bytes.get(end) == Some(&b'.') {
            let fraction = digits(end + 1);
            ok &= fraction > 0;
            end += 1 + fraction;
        }
        if matches!(bytes.get(end), Some(b'e' | b'E')) {
            end += 1;
            if matches!(bytes.get(end), Some(b'+' | b'-')) {
                end += 1;
            }
            let exponent = digits(end);
            ok &= exponent > 0;
            end += exponent;
        }
        let text = &self.text[start..end];
        let parsed = ok.then(|| DeValue::parse(text).ok()).flatten();
        match parsed {
            Some(value) => {
                self.at = end;
                Ok(value.into_inner())
            }
            None => Err(JsonError {
                offset: start,
                message: format!("`{text}` is not a JSON number"),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> (usize, String) {
        let e = parse(text).expect_err("should not parse");
        (e.offset, e.message)
    }

    #[test]
    fn values_keep_their_spans() {
        let text = r#"{"id": "ops", "n": 3, "cards": [{"x": "a\"b"}], "f": 1.5e2}"#;
        let table = parse(text).expect("parses");
        let id = table.get("id").expect("id");
        assert_eq!(&text[id.span()], "\"ops\"");
        assert_eq!(id.get_ref().as_str(), Some("ops"));
        let n = table.get("n").expect("n");
        assert_eq!(&text[n.span()], "3");
        assert!(matches!(n.get_ref(), DeValue::Integer(i) if i.as_str() == "3"));
        assert!(matches!(
            table.get("f").map(|f| f.get_ref()),
            Some(DeValue::Float(_))
        ));
        let cards = table
            .get("cards")
            .and_then(|c| c.get_ref().as_array())
            .expect("cards");
        let x = cards[0]
            .get_ref()
            .as_table()
            .and_then(|t| t.get("x"))
            .expect("x");
        assert_eq!(x.get_ref().as_str(), Some("a\"b"));
    }

    #[test]
    fn escapes_decode() {
        let table = parse(r#"{"s": "\u00e9 \ud83d\ude00 \n\t\/"}"#).expect("parses");
        assert_eq!(
            table.get("s").and_then(|s| s.get_ref().as_str()),
            Some("é 😀 \n\t/")
        );
    }

    #[test]
    fn mistakes_are_placed_and_named() {
        assert_eq!(
            error(r#"{"a": 1,}"#),
            (8, "expected a key in double quotes, found `}`".into())
        );
        assert_eq!(error(r#"{"a": null}"#).0, 6);
        assert_eq!(
            error(r#"{"a": 1, "a": 2}"#),
            (9, "the key \"a\" is given twice in this object".into())
        );
        assert_eq!(
            error(r#"{"a": 01}"#),
            (6, "`01` is not a JSON number".into())
        );
        assert_eq!(
            error(r#"{"a" 1}"#),
            (5, "expected `:` after the key, found `1`".into())
        );
        assert_eq!(error(r#"{"a": "x}"#).1, "this string has no closing `\"`");
        assert_eq!(error("[1]").0, 0);
        assert_eq!(
            error(r#"{"a": 1} x"#).1,
            "unexpected text after the deck's closing `}`"
        );
        assert_eq!(error(r#"{"a": "\q"}"#).0, 7);
        assert_eq!(error(r#"{"a": "\ud800"}"#).0, 7);
        assert_eq!(error("{\"a\": \"line\nbreak\"}").0, 11);
        let deep = format!("{{\"a\": {}{}}}", "[".repeat(40), "]".repeat(40));
        assert!(error(&deep).1.contains("nested more than"));
    }
}
