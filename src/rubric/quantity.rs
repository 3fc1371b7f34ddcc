//! Finding the concrete quantities in an answer: the numbers a decision maker can act on.

use super::text::{Span, Token};

/// What kind of quantity an answer states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuantityKind {
    /// A plain number (`100`, `3.5`).
    Number,
    /// A count in words (`a hundred`, `ten`).
    Count,
    /// A share (`20%`, `ten percent`).
    Percent,
    /// An amount of money (`$30,000`, `4 grand`, `€2m`).
    Money,
    /// A length of time (`six weeks`, `a fortnight`, `3 days`).
    Duration,
    /// A point in time (`Q3`, `by March`, `2027`).
    Date,
}

/// A quantity found in an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quantity {
    /// What kind it is.
    pub kind: QuantityKind,
    /// Where it stands in the answer.
    pub span: Span,
}

const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "dozen",
    "half",
    "double",
    "twice",
    "triple",
];
const SCALE_WORDS: &[&str] = &["hundred", "thousand", "million", "billion", "dozen"];
const MONEY_AFTER: &[&str] = &[
    "k", "m", "bn", "grand", "dollar", "dollars", "euro", "euros", "pound", "pounds", "usd", "eur",
    "gbp", "quid", "bucks",
];
const DURATION_UNITS: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "quarter",
    "quarters",
    "year",
    "years",
    "sprint",
    "sprints",
    "fortnight",
    "fortnights",
    "weekend",
    "weekends",
];
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn is_number_word(word: &str) -> bool {
    NUMBER_WORDS.contains(&word)
}

/// Every quantity in the answer, in text order, without overlaps.
pub(crate) fn quantities(text: &str, tokens: &[Token]) -> Vec<Quantity> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match quantity_at(text, tokens, i) {
            Some((quantity, next)) => {
                found.push(quantity);
                i = next;
            }
            None => i += 1,
        }
    }
    found
}

/// The quantity starting at token `i`, and the index of the token after it.
fn quantity_at(text: &str, tokens: &[Token], i: usize) -> Option<(Quantity, usize)> {
    let word = tokens[i].word.as_str();
    let same_sentence = |j: usize| tokens.get(j).filter(|t| t.sentence == tokens[i].sentence);
    let next_word = |j: usize| same_sentence(j).map(|t| t.word.as_str());
    let done = |kind, from: usize, to: usize, extra_end: usize| {
        let span = Span {
            start: tokens[from].span.start,
            end: tokens[to].span.end + extra_end,
        };
        Some((Quantity { kind, span }, to + 1))
    };

    // Quarters and dates.
    if matches!(word, "q1" | "q2" | "q3" | "q4" | "h1" | "h2") {
        let end = if next_word(i + 1).is_some_and(is_year) {
            i + 1
        } else {
            i
        };
        return done(QuantityKind::Date, i, end, 0);
    }
    if MONTHS.contains(&word) && (word != "may" || starts_upper(text, &tokens[i])) {
        let end = if next_word(i + 1).is_some_and(|w| is_year(w) || is_day(w)) {
            i + 1
        } else {
            i
        };
        return done(QuantityKind::Date, i, end, 0);
    }
    if word == "fortnight" {
        return done(QuantityKind::Duration, i, i, 0);
    }

    // "a week", "an hour", "a hundred", "a dozen".
    let article = matches!(word, "a" | "an" | "one");
    if article {
        if let Some(next) = next_word(i + 1) {
            if DURATION_UNITS.contains(&next) {
                return done(QuantityKind::Duration, i, i + 1, 0);
            }
            if SCALE_WORDS.contains(&next) || next == "fortnight" {
                return number_from(text, tokens, i, i + 1);
            }
        }
        // A bare "one" ("no one", "one component") is not a quantity anyone can act on.
        if word != "one" || !next_word(i + 1).is_some_and(is_number_word) {
            return None;
        }
    }
    if tokens[i].numeric || is_number_word(word) {
        if !tokens[i].numeric && word.len() == 4 && is_year(word) {
            return None;
        }
        return number_from(text, tokens, i, i);
    }
    None
}

/// A number whose words run from `first` through at least `last`, with what follows it.
fn number_from(
    text: &str,
    tokens: &[Token],
    first: usize,
    mut last: usize,
) -> Option<(Quantity, usize)> {
    let sentence = tokens[first].sentence;
    let word_at = |j: usize| {
        tokens
            .get(j)
            .filter(|t| t.sentence == sentence)
            .map(|t| t.word.as_str())
    };
    // "two hundred thousand", "one and a half".
    while let Some(next) = word_at(last + 1) {
        if is_number_word(next) || (next == "and" && word_at(last + 2).is_some_and(is_number_word))
        {
            last += 1;
        } else {
            break;
        }
    }
    let start = tokens[first].span.start;
    let mut end = tokens[last].span.end;
    let before = text[..start].trim_end_matches(' ');
    let after = &text[end..];
    let numeric = tokens[first..=last].iter().any(|t| t.numeric);
    let lone = &tokens[first].word;

    let mut kind = if numeric {
        QuantityKind::Number
    } else {
        QuantityKind::Count
    };
    let mut start = start;
    if let Some(symbol) = before
        .chars()
        .next_back()
        .filter(|c| matches!(c, '$' | '€' | '£'))
    {
        kind = QuantityKind::Money;
        start = before.len() - symbol.len_utf8();
    }
    if after.starts_with('%') {
        return Some((
            Quantity {
                kind: QuantityKind::Percent,
                span: Span {
                    start,
                    end: end + 1,
                },
            },
            last + 1,
        ));
    }
    // Attached suffixes: 30k, 4m, 2bn, 10x.
    if numeric && first == last {
        let unit = lone.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        if matches!(unit, "k" | "m" | "bn") && kind != QuantityKind::Money {
            kind = QuantityKind::Money;
        }
    }
    match word_at(last + 1) {
        Some("percent" | "pct") => {
            last += 1;
            kind = QuantityKind::Percent;
        }
        Some("per") if word_at(last + 2) == Some("cent") => {
            last += 2;
            kind = QuantityKind::Percent;
        }
        Some(unit) if MONEY_AFTER.contains(&unit) => {
            last += 1;
            kind = QuantityKind::Money;
        }
        Some(unit) if DURATION_UNITS.contains(&unit) && kind != QuantityKind::Money => {
            last += 1;
            kind = QuantityKind::Duration;
        }
        _ => {}
    }
    if numeric && kind == QuantityKind::Number && is_year(lone) {
        kind = QuantityKind::Date;
    }
    end = end.max(tokens[last].span.end);
    Some((
        Quantity {
            kind,
            span: Span { start, end },
        },
        last + 1,
    ))
}

fn is_year(word: &str) -> bool {
    word.len() == 4 && word.starts_with("20") && word.bytes().all(|b| b.is_ascii_digit())
}

fn is_day(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty() && digits.len() <= 2 && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the token is capitalised in the original (so "May" the month, not "may").
fn starts_upper(text: &str, token: &Token) -> bool {
    token.span.slice(text).starts_with(char::is_uppercase)
}
