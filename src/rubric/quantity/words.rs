//! Number words and their values: the tables of counts, multipliers, scales and durations,
//! month names, money words, and reading a spoken number ("two hundred and fifty",
//! "half a million").

use crate::rubric::lexicon::word_set;
/// Words that count, with their values ("two", "half", "twice").
pub(super) const COUNTS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("half", 0.5),
    ("double", 2.0),
    ("twice", 2.0),
    ("triple", 3.0),
];
/// Words that multiply the count before them inside a group: "two hundred", "half a dozen".
pub(super) const MULTIPLIERS: &[(&str, f64)] = &[("hundred", 100.0), ("dozen", 12.0)];
/// Words that scale the group before them and close it: "two hundred thousand".
pub(super) const SCALES: &[(&str, f64)] = &[("thousand", 1e3), ("million", 1e6), ("billion", 1e9)];
/// Units of time, singular (a plural adds `s`), with their length in days.
pub(super) const DURATIONS: &[(&str, f64)] = &[
    ("second", 1.0 / 86_400.0),
    ("minute", 1.0 / 1_440.0),
    ("hour", 1.0 / 24.0),
    ("day", 1.0),
    ("weekend", 2.0),
    ("week", 7.0),
    ("fortnight", 14.0),
    ("sprint", 14.0),
    ("month", 30.0),
    ("quarter", 91.0),
    ("year", 365.0),
];
/// Words after an amount that make it money ("4 grand", "30 euros").
pub(super) const MONEY_AFTER: &[&str] = &[
    "k", "m", "bn", "grand", "dollar", "dollars", "euro", "euros", "pound", "pounds", "usd", "eur",
    "gbp", "quid", "bucks",
];
pub(super) const MONTHS: &[&str] = &[
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

/// What a number word does to the number it is part of.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum NumberWord {
    /// Adds its value ([`COUNTS`]).
    Count(f64),
    /// Multiplies the group so far ([`MULTIPLIERS`]).
    Multiplier(f64),
    /// Scales the group so far and closes it ([`SCALES`]).
    Scale(f64),
}

/// What `word` is as a number word, if it is one. A scan of the short tables: only the
/// words around a number are asked.
pub(super) fn number_word(word: &str) -> Option<NumberWord> {
    let find = |table: &[(&str, f64)]| table.iter().find(|(w, _)| *w == word).map(|e| e.1);
    find(COUNTS)
        .map(NumberWord::Count)
        .or_else(|| find(MULTIPLIERS).map(NumberWord::Multiplier))
        .or_else(|| find(SCALES).map(NumberWord::Scale))
}

pub(super) fn is_number_word(word: &str) -> bool {
    number_word(word).is_some()
}

pub(super) fn is_scale_word(word: &str) -> bool {
    matches!(
        number_word(word),
        Some(NumberWord::Multiplier(_) | NumberWord::Scale(_))
    )
}

/// Days in one of a unit of time ("week", "weeks"), if it is one.
pub(super) fn days_in(unit: &str) -> Option<f64> {
    let find = |name: &str| DURATIONS.iter().find(|(u, _)| *u == name).map(|(_, d)| *d);
    find(unit).or_else(|| find(unit.strip_suffix('s')?))
}

pub(super) fn is_duration_unit(word: &str) -> bool {
    days_in(word).is_some()
}

// Membership in the lists without values, asked about many words of every answer.
word_set!(pub(super) fn is_money_unit, MONEY_AFTER);
word_set!(pub(super) fn is_month, MONTHS);

/// The value of a number written in digits: `1,000.50`, `30k`, `4m`, `2bn`, `10x`.
pub(super) fn numeral_value(word: &str) -> Option<f64> {
    let digits: String = word
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .collect();
    let number: f64 = digits.replace(',', "").parse().ok()?;
    let scale = match &word[digits.len()..] {
        "k" => 1e3,
        "m" => 1e6,
        "bn" => 1e9,
        _ => 1.0,
    };
    Some(number * scale)
}

/// The value of a number in words: "two hundred thousand", "a dozen", "one and a half",
/// "half a million".
pub(super) fn spoken_value(words: &[&str]) -> Option<f64> {
    let (mut total, mut group): (f64, f64) = (0.0, 0.0);
    for (i, &word) in words.iter().enumerate() {
        match word {
            // "and a half", "half a million": the article belongs to the fraction.
            "a" | "an" if words.get(i + 1) == Some(&"half") || i > 0 && words[i - 1] == "half" => {}
            "a" | "an" => group += 1.0,
            "and" => {}
            _ => match number_word(word)? {
                NumberWord::Count(value) => group += value,
                NumberWord::Multiplier(by) => group = if group == 0.0 { by } else { group * by },
                NumberWord::Scale(by) => {
                    total += if group == 0.0 { by } else { group * by };
                    group = 0.0;
                }
            },
        }
    }
    Some(total + group)
}
