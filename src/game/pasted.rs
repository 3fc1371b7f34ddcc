//! Finding result codes in pasted text: typed lines, or a whole meeting chat copied at once.
//!
//! Players paste their codes into the meeting's chat, and the host copies the chat and pastes
//! it in one go, names, times, emoji and quotes included. A code is found by its body (groups
//! of four base32 symbols joined by hyphens, as [`encode`](super::encode) writes it, in any
//! case), and its name is the words just before it on its line, after any chat prefix (a
//! `:` or a quote ends one). The check symbol covers the name, so the name is found by trying
//! the last few words before the body, longest first, and keeping the first that checks.
//! A body broken over two lines is joined back when the join checks.
//!
//! Text that has no code shape (chat, times, dates, hyphenated words) is skipped silently;
//! something code-shaped that does not read is reported, with why.

use super::result_code::{CodeError, GameId, PlayerResult, decode};
use super::setup::MAX_NAME;

/// A code found in pasted text, read or refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The line it starts on, counting from 1.
    pub line: usize,
    /// The code as found: the name taken and the body, on one line.
    pub text: String,
    /// The player's result, or why the code was refused.
    pub result: Result<PlayerResult, CodeError>,
}

/// At most this many words before a body are tried as the player's name.
const NAME_WORDS: usize = 6;

/// The characters that end a chat prefix before a message: `Ana: …`, `"…"`, `[10:42] …`.
const PREFIX_ENDS: &[char] = &[':', '"', '“', '”', '„', '«', '»', '‹', '›', '>', ']', '|'];

/// Every code in `text` for `game`, in the order they appear.
pub fn find(game: &GameId, text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    // Where the text a name may come from starts: after the last code on the same line.
    let mut name_from = 0;
    let mut at = 0;
    while at < text.len() {
        let Some(run) = run_at(text, at) else {
            at += text[at..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        if !run.shaped() {
            at = run.end;
            continue;
        }
        let line_start = text[..run.start].rfind('\n').map_or(0, |i| i + 1);
        let names = names_before(&text[line_start.max(name_from)..run.start]);
        let mut best = read(game, &names, &run.body(text));
        let mut end = run.end;
        if best.result.is_err() {
            if let Some(next) = continued(text, run.end) {
                let joined = format!("{}{}", run.body(text), next.body(text));
                let second = read(game, &names, &joined);
                if second.result.is_ok() {
                    best = second;
                    end = next.end;
                }
            }
        }
        if best.result.is_ok() || run.reported() {
            found.push(Found {
                line: text[..run.start].matches('\n').count() + 1,
                text: best.text,
                result: best.result,
            });
        }
        name_from = end;
        at = end;
    }
    found
}

/// A stretch of symbol groups joined by hyphens (and any line break after a hyphen).
struct Run {
    start: usize,
    end: usize,
    /// Each group's length in characters.
    groups: Vec<usize>,
    digits: usize,
    letters: usize,
}

impl Run {
    /// Whether it has the shape of a code body and not of a word, a date or a time: groups of
    /// four but the last, at least three, or two with a digit; or one long group (a code
    /// typed without hyphens) with digits and letters.
    fn shaped(&self) -> bool {
        let (last, inner) = self.groups.split_last().unwrap_or((&0, &[]));
        match inner.len() {
            0 => *last >= 9 && self.digits >= 2 && self.letters >= 2,
            n => {
                inner.iter().all(|&g| g == 4)
                    && (1..=4).contains(last)
                    && (n >= 2 || self.digits > 0)
            }
        }
    }

    /// Whether, when it does not read, it is reported rather than skipped: a hyphenated
    /// body is meant as a code; one long group is reported only when long enough that it
    /// is unlikely to be anything else.
    fn reported(&self) -> bool {
        self.groups.len() > 1 || self.groups[0] >= 12
    }

    /// The body's symbols and hyphens, without the line breaks inside it.
    fn body(&self, text: &str) -> String {
        text[self.start..self.end]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect()
    }
}

/// The symbols a body is made of: ASCII letters and digits, and the check symbols, which
/// only end one.
fn is_symbol(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

fn is_check_symbol(c: char) -> bool {
    matches!(c, '*' | '~' | '$' | '=')
}

/// The run starting at byte `at`, when a word starts there.
fn run_at(text: &str, at: usize) -> Option<Run> {
    let before = text[..at].chars().next_back();
    if before.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_') {
        return None;
    }
    run_from(text, at)
}

/// The run starting at byte `at`, wherever that is.
fn run_from(text: &str, at: usize) -> Option<Run> {
    let mut run = Run {
        start: at,
        end: at,
        groups: Vec::new(),
        digits: 0,
        letters: 0,
    };
    let mut chars = text[at..].char_indices().peekable();
    loop {
        let mut length = 0;
        while let Some(&(i, c)) = chars.peek() {
            if !is_symbol(c) {
                break;
            }
            length += 1;
            run.digits += usize::from(c.is_ascii_digit());
            run.letters += usize::from(c.is_ascii_alphabetic());
            run.end = at + i + c.len_utf8();
            chars.next();
        }
        if let Some(&(i, c)) = chars.peek() {
            if is_check_symbol(c) && length < 4 {
                length += 1;
                run.end = at + i + 1;
                run.groups.push(length);
                break;
            }
        }
        if length == 0 {
            break;
        }
        run.groups.push(length);
        // A hyphen continues the run, even across a line break; anything else ends it.
        if chars.peek().map(|&(_, c)| c) != Some('-') {
            break;
        }
        chars.next();
        while chars.peek().is_some_and(|&(_, c)| c.is_whitespace()) {
            chars.next();
        }
        if !chars
            .peek()
            .is_some_and(|&(_, c)| is_symbol(c) || is_check_symbol(c))
        {
            break;
        }
    }
    (!run.groups.is_empty()).then_some(run)
}

/// The run that starts the next line, when only a line break (and perhaps the hyphen the
/// break fell before) separates it from `end`: the rest of a body a chat window wrapped.
fn continued(text: &str, end: usize) -> Option<Run> {
    let rest = &text[end..];
    let gap = rest.len() - rest.trim_start().len();
    if rest[..gap].matches('\n').count() != 1 {
        return None;
    }
    let at = end + gap;
    match text[at..].strip_prefix('-') {
        Some(_) => run_from(text, at + 1),
        None => run_at(text, at),
    }
}

/// The names a code's body may belong to, longest first: the last words of `before` (the
/// line up to the body), after any chat prefix.
fn names_before(before: &str) -> Vec<&str> {
    let message = before
        .rfind(PREFIX_ENDS)
        .map_or(before, |i| {
            &before[i + before[i..].chars().next().map_or(1, char::len_utf8)..]
        })
        .trim_end();
    let starts: Vec<usize> = message
        .char_indices()
        .filter(|&(i, c)| {
            !c.is_whitespace()
                && message[..i]
                    .chars()
                    .next_back()
                    .is_none_or(char::is_whitespace)
        })
        .map(|(i, _)| i)
        .collect();
    starts
        .iter()
        .rev()
        .take(NAME_WORDS)
        .rev()
        .map(|&i| &message[i..])
        .filter(|name| name.chars().count() <= MAX_NAME)
        .collect()
}

/// The best reading of `body` with one of `names`: the first that reads, else the refusal
/// that says the most (another game over a length over a typo over no name).
fn read(game: &GameId, names: &[&str], body: &str) -> Found {
    let text = |name: &str| match name {
        "" => body.to_owned(),
        name => format!("{name} {body}"),
    };
    let mut best: Option<(u8, Found)> = None;
    for name in names {
        let result = decode(game, &text(name));
        let rank = match &result {
            Ok(_) => u8::MAX,
            Err(CodeError::OtherGame | CodeError::Version(_)) => 3,
            Err(CodeError::BadCharacter(_) | CodeError::WrongLength) => 2,
            Err(CodeError::Mistyped) => 1,
            Err(CodeError::NoName) => 0,
        };
        if best.as_ref().is_none_or(|(r, _)| rank > *r) {
            let done = result.is_ok();
            best = Some((
                rank,
                Found {
                    line: 0,
                    text: text(name),
                    result,
                },
            ));
            if done {
                break;
            }
        }
    }
    best.map(|(_, found)| found).unwrap_or_else(|| Found {
        line: 0,
        text: body.to_owned(),
        result: Err(CodeError::NoName),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::game::result_code::encode;

    #[test]
    fn the_name_is_the_words_after_a_chat_prefix() {
        assert_eq!(names_before("[10:42] Ana Pérez: Ana "), ["Ana"]);
        assert_eq!(
            names_before("my code is Ana  Lee "),
            [
                "my code is Ana  Lee",
                "code is Ana  Lee",
                "is Ana  Lee",
                "Ana  Lee",
                "Lee"
            ]
        );
        assert_eq!(names_before("“"), Vec::<&str>::new());
        assert_eq!(names_before("a b c d e f g h").len(), NAME_WORDS);
    }

    #[test]
    fn runs_have_a_code_shape_or_are_skipped() {
        let shaped = |text: &str| run_at(text, 0).is_some_and(|r| r.shaped());
        for yes in [
            "0692-22R1-0D46-AS01",
            "0692-22r1-0d46-as0*",
            "ABCD-EFGH-J",
            "0692-22R1",
            "0692-\n22R1-0D46-AS01",
            "069222R10D46AS01",
        ] {
            assert!(shaped(yes), "{yes:?} should have a code's shape");
        }
        for no in [
            "long-term",
            "Jean-Paul",
            "2026-12-02",
            "10",
            "550e8400-e29b-41d4-a716-446655440000",
            "COVID-19",
            "0123456789",
            "-",
        ] {
            assert!(!shaped(no), "{no:?} should not have a code's shape");
        }
    }

    #[test]
    fn a_code_in_a_chat_line_is_found_with_its_name() {
        let game = GameId {
            deck: "core".into(),
            seed: 7,
            rounds: 2,
        };
        let ana = PlayerResult {
            name: "Ana Lee".into(),
            totals: vec![Some(70), None],
        };
        let code = encode(&game, &ana);
        let body = code.strip_prefix("Ana Lee ").unwrap_or_default();
        let text = format!("10:42:13 From Ana Lee to Everyone: here it is Ana Lee {body} 🎉");
        let found = find(&game, &text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].result, Ok(ana));
        assert_eq!(found[0].text, code);
    }
}
