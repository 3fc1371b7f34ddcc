//! Finding the concrete quantities in an answer: the numbers a decision maker can act on.

mod words;

use super::fast_map::FastMap;
use super::text::{Span, Token};
use std::sync::OnceLock;
use words::*;

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
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantity {
    /// What kind it is.
    pub kind: QuantityKind,
    /// Where it stands in the answer.
    pub span: Span,
    /// Its value where it has one: money in currency units, durations in days, shares in
    /// percent, numbers and counts as themselves. Dates have none.
    pub value: Option<f64>,
}

impl Quantity {
    /// Whether two quantities say the same amount ("four grand" and "$4,000", "a fortnight"
    /// and "two weeks"): same kind (numbers and counts alike) and values within 0.5%.
    pub fn same_amount(&self, other: &Quantity) -> bool {
        use QuantityKind::{Count, Number};
        let kinds = self.kind == other.kind
            || matches!((self.kind, other.kind), (Number | Count, Number | Count));
        match (self.value, other.value) {
            (Some(a), Some(b)) if kinds => (a - b).abs() <= 0.005 * a.abs().max(b.abs()),
            _ => false,
        }
    }
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

/// Whether a quantity could start with this token: most words rule themselves out here,
/// before any list is searched.
fn may_start(token: &Token) -> bool {
    token.numeric || token.role.quantity_start
}

/// Whether a quantity could start with this (normalised, non-numeric) word.
pub(crate) fn starts_quantity(word: &str) -> bool {
    static STARTS: OnceLock<FastMap<&'static str, ()>> = OnceLock::new();
    let starts = STARTS.get_or_init(|| {
        let extra: &[&str] = &["q1", "q2", "q3", "q4", "h1", "h2", "fortnight", "a", "an"];
        COUNTS
            .iter()
            .chain(MULTIPLIERS)
            .chain(SCALES)
            .map(|(word, _)| word)
            .chain(MONTHS)
            .chain(extra)
            .map(|w| (*w, ()))
            .collect()
    });
    starts.contains_key(word)
}

/// The quantity starting at token `i`, and the index of the token after it.
fn quantity_at(text: &str, tokens: &[Token], i: usize) -> Option<(Quantity, usize)> {
    if !may_start(&tokens[i]) {
        return None;
    }
    let word = &*tokens[i].word;
    let next_word = |j: usize| {
        tokens
            .get(j)
            .filter(|t| t.sentence == tokens[i].sentence)
            .map(|t| &*t.word)
    };
    let done = |kind, to: usize, value| {
        let span = Span {
            start: tokens[i].span.start,
            end: tokens[to].span.end,
        };
        Some((Quantity { kind, span, value }, to + 1))
    };

    // Quarters and dates.
    if matches!(word, "q1" | "q2" | "q3" | "q4" | "h1" | "h2") {
        let end = if next_word(i + 1).is_some_and(is_year) {
            i + 1
        } else {
            i
        };
        return done(QuantityKind::Date, end, None);
    }
    if is_month(word) && (word != "may" || starts_upper(text, &tokens[i])) {
        let end = if next_word(i + 1).is_some_and(|w| is_year(w) || is_day(w)) {
            i + 1
        } else {
            i
        };
        return done(QuantityKind::Date, end, None);
    }
    if word == "fortnight" {
        return done(QuantityKind::Duration, i, Some(14.0));
    }

    // "a week", "an hour", "a hundred", "a dozen".
    if matches!(word, "a" | "an" | "one") {
        if let Some(next) = next_word(i + 1) {
            if is_duration_unit(next) {
                return done(QuantityKind::Duration, i + 1, days_in(next));
            }
            if is_scale_word(next) || next == "fortnight" {
                return number_from(text, tokens, i, i + 1);
            }
        }
        // A bare "one" ("no one", "one component") is not a quantity anyone can act on.
        let number_after_and = next_word(i + 2).is_some_and(|w| is_number_word(w) || w == "a");
        let counted = match next_word(i + 1) {
            Some("and") => number_after_and,
            Some(next) => is_number_word(next),
            None => false,
        };
        if word != "one" || !counted {
            return None;
        }
    }
    if tokens[i].numeric || is_number_word(word) {
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
            .map(|t| &*t.word)
    };
    // "two hundred thousand", "one and a half".
    let a_half = |j: usize| word_at(j) == Some("a") && word_at(j + 1) == Some("half");
    // "half a million", "half a dozen".
    let half_a = |j: usize| {
        word_at(j - 1) == Some("half")
            && matches!(word_at(j), Some("a" | "an"))
            && word_at(j + 1).is_some_and(is_scale_word)
    };
    while let Some(next) = word_at(last + 1) {
        let continues = is_number_word(next)
            || a_half(last + 1)
            || half_a(last + 1)
            || (next == "and"
                && (word_at(last + 2).is_some_and(is_number_word) || a_half(last + 2)));
        if !continues {
            break;
        }
        last += 1;
    }
    let words: Vec<&str> = tokens[first..=last].iter().map(|t| &*t.word).collect();
    let numeric = tokens[first..=last].iter().any(|t| t.numeric);
    let lone = words[0];
    let mut value = if numeric && first == last {
        numeral_value(lone)
    } else {
        spoken_value(&words)
    };
    let mut kind = if numeric {
        QuantityKind::Number
    } else {
        QuantityKind::Count
    };

    let mut start = tokens[first].span.start;
    let before = text[..start].trim_end_matches(' ');
    if let Some(symbol) = before
        .chars()
        .next_back()
        .filter(|c| matches!(c, '$' | '€' | '£'))
    {
        kind = QuantityKind::Money;
        start = before.len() - symbol.len_utf8();
    }
    let end = tokens[last].span.end;
    if text[end..].starts_with('%') {
        let span = Span {
            start,
            end: end + 1,
        };
        return Some((
            Quantity {
                kind: QuantityKind::Percent,
                span,
                value,
            },
            last + 1,
        ));
    }
    // Attached suffixes: 30k, 4m, 2bn are money unless said otherwise.
    if numeric
        && first == last
        && (lone.ends_with('k') || lone.ends_with('m') || lone.ends_with("bn"))
    {
        kind = QuantityKind::Money;
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
        Some(unit) if is_money_unit(unit) => {
            last += 1;
            kind = QuantityKind::Money;
            let scale = match unit {
                "k" | "grand" => 1e3,
                "m" => 1e6,
                "bn" => 1e9,
                _ => 1.0,
            };
            value = value.map(|v| v * scale);
        }
        Some(unit) if is_duration_unit(unit) && kind != QuantityKind::Money => {
            last += 1;
            kind = QuantityKind::Duration;
            value = value.map(|v| v * days_in(unit).unwrap_or(1.0));
        }
        _ => {}
    }
    if numeric && kind == QuantityKind::Number && is_year(lone) {
        kind = QuantityKind::Date;
        value = None;
    }
    let span = Span {
        start,
        end: tokens[last].span.end,
    };
    Some((Quantity { kind, span, value }, last + 1))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spoken_numbers_read_group_by_group() {
        let cases: &[(&[&str], Option<f64>)] = &[
            (&["two", "hundred", "thousand"], Some(200_000.0)),
            (&["a", "dozen"], Some(12.0)),
            (&["one", "and", "a", "half", "million"], Some(1_500_000.0)),
            (&["half", "a", "million"], Some(500_000.0)),
            (&["three", "hundred", "and", "twenty"], Some(320.0)),
            (&["twice"], Some(2.0)),
            (&["two", "apples"], None),
        ];
        for (words, expected) in cases {
            assert_eq!(spoken_value(words), *expected, "{words:?}");
        }
    }

    #[test]
    fn every_table_word_is_known_for_what_it_is() {
        assert!(
            COUNTS
                .iter()
                .all(|(w, _)| is_number_word(w) && !is_scale_word(w))
        );
        assert!(
            MULTIPLIERS
                .iter()
                .chain(SCALES)
                .all(|(w, _)| is_scale_word(w))
        );
        assert!(
            COUNTS
                .iter()
                .chain(MULTIPLIERS)
                .chain(SCALES)
                .all(|(w, _)| starts_quantity(w))
        );
        // The map gives each word its table's kind and value, and nothing else a value.
        for &(w, v) in COUNTS {
            assert_eq!(number_word(w), Some(NumberWord::Count(v)), "{w}");
        }
        for &(w, v) in MULTIPLIERS {
            assert_eq!(number_word(w), Some(NumberWord::Multiplier(v)), "{w}");
        }
        for &(w, v) in SCALES {
            assert_eq!(number_word(w), Some(NumberWord::Scale(v)), "{w}");
        }
        for w in ["", "a", "and", "tens", "One", "hundreds", "week"] {
            assert_eq!(number_word(w), None, "{w}");
        }
        assert_eq!(days_in("weeks"), Some(7.0));
        assert_eq!(days_in("fortnight"), Some(14.0));
        assert_eq!(days_in("weekends"), Some(2.0));
        assert_eq!(days_in("s"), None);
        assert_eq!(days_in("dollars"), None);
    }
}
