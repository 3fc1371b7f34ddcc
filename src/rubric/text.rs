//! Tokenising text into lowercase words that keep their byte spans in the original.

/// A half-open byte range `[start, end)` in the answer text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// The text this span covers in `source`.
    ///
    /// Spans produced by this module always lie on character boundaries of the text they
    /// were made from; a foreign span that does not gives an empty string.
    pub fn slice(self, source: &str) -> &str {
        source.get(self.start..self.end).unwrap_or("")
    }
}

/// One word of a text, lowercased, with where it stands in the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The word, lowercased.
    pub word: String,
    /// Where the word stands in the original text.
    pub span: Span,
}

/// Split `text` into words: maximal runs of letters and digits.
///
/// Everything else (spaces, punctuation, hyphens) separates words, so `sign-up` is the two
/// words `sign up`, as it would be in a term.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut start = None;
    for (i, ch) in text.char_indices() {
        match (ch.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                tokens.push(token(text, s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        tokens.push(token(text, s, text.len()));
    }
    tokens
}

fn token(text: &str, start: usize, end: usize) -> Token {
    Token {
        word: text[start..end].to_lowercase(),
        span: Span { start, end },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_byte_spans() {
        let text = "Sign-up fails, Ünïcode!";
        let words: Vec<_> = tokenize(text)
            .into_iter()
            .map(|t| (t.word, t.span.slice(text).to_owned()))
            .collect();
        assert_eq!(
            words,
            [
                ("sign".into(), "Sign".into()),
                ("up".into(), "up".into()),
                ("fails".into(), "fails".into()),
                ("ünïcode".into(), "Ünïcode".into()),
            ] as [(String, String); 4]
        );
    }

    #[test]
    fn blank_text_has_no_words() {
        assert!(tokenize("  \n\t ... ").is_empty());
    }
}
