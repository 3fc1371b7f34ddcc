//! Reading a deck from toml's span-preserving tree against the deck schema, so that every
//! structural problem (unknown, missing or mistyped fields) is found in one pass, each with
//! its position and field path, instead of stopping at the first as serde would.

mod suggest;

use suggest::did_you_mean;

use super::model::{Card, Concept, Deck, Dimension, Example, Expect};
use super::validate::Step;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// A structural problem: where it is, which field, and what was expected.
pub(super) struct Found {
    pub(super) offset: usize,
    pub(super) path: Vec<Step>,
    pub(super) message: String,
}

const DECK_FIELDS: &[&str] = &[
    "format",
    "id",
    "title",
    "description",
    "theme",
    "language",
    "cards",
];
const CARD_FIELDS: &[&str] = &[
    "id",
    "title",
    "prompt",
    "context",
    "audience",
    "difficulty",
    "tags",
    "jargon",
    "model_answer",
    "concepts",
    "examples",
];
const CONCEPT_FIELDS: &[&str] = &["dimension", "label", "terms", "weight", "hint"];
const EXAMPLE_FIELDS: &[&str] = &["answer", "expect"];

/// The language a deck was written in, for naming what was found in its own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Syntax {
    Toml,
    Json,
}

/// Read the whole document; problems go to `found`, and the deck holds placeholders (empty
/// text, zero numbers) where a field could not be read.
pub(super) fn read_deck(root: &DeTable<'_>, syntax: Syntax, found: &mut Vec<Found>) -> Deck {
    let mut r = Reader { found, syntax };
    let deck = Table {
        table: root,
        at: 0,
        path: Vec::new(),
    };
    r.check_keys(&deck, DECK_FIELDS);
    let cards = r
        .tables(&deck, "cards", true)
        .iter()
        .map(|card| r.card(card))
        .collect();
    Deck {
        format: r
            .integer(
                &deck,
                "format",
                true,
                1,
                u32::MAX.into(),
                "a positive whole number",
            )
            .unwrap_or(1) as u32,
        id: r.string(&deck, "id", true),
        title: r.string(&deck, "title", true),
        description: r.string(&deck, "description", true),
        theme: r.string(&deck, "theme", false),
        language: r.string(&deck, "language", true),
        cards,
    }
}

/// A table being read: its tree, where it starts, and its field path.
struct Table<'t, 'i> {
    table: &'t DeTable<'i>,
    at: usize,
    path: Vec<Step>,
}

impl Table<'_, '_> {
    fn path_to(&self, key: &'static str) -> Vec<Step> {
        let mut path = self.path.clone();
        path.push(Step::Key(key));
        path
    }
}

struct Reader<'f> {
    found: &'f mut Vec<Found>,
    syntax: Syntax,
}

impl Reader<'_> {
    fn report(&mut self, offset: usize, path: Vec<Step>, message: String) {
        self.found.push(Found {
            offset,
            path,
            message,
        });
    }

    fn card(&mut self, t: &Table<'_, '_>) -> Card {
        self.check_keys(t, CARD_FIELDS);
        let concepts = self
            .tables(t, "concepts", true)
            .iter()
            .map(|c| self.concept(c))
            .collect();
        let examples = self
            .tables(t, "examples", false)
            .iter()
            .map(|e| self.example(e))
            .collect();
        Card {
            id: self.string(t, "id", true),
            title: self.string(t, "title", true),
            prompt: self.string(t, "prompt", true),
            context: self.string(t, "context", true),
            audience: self.string(t, "audience", true),
            difficulty: self
                .integer(
                    t,
                    "difficulty",
                    true,
                    1,
                    3,
                    "1 (easy), 2 (medium) or 3 (hard)",
                )
                .unwrap_or(1) as u8,
            tags: self.strings(t, "tags", false),
            jargon: self.strings(t, "jargon", false),
            model_answer: self.string(t, "model_answer", true),
            concepts,
            examples,
        }
    }

    fn concept(&mut self, t: &Table<'_, '_>) -> Concept {
        self.check_keys(t, CONCEPT_FIELDS);
        let dimensions = Dimension::ALL.map(|d| (d.as_str(), d));
        Concept {
            dimension: self
                .choice(t, "dimension", &dimensions)
                .unwrap_or(Dimension::Risk),
            label: self.string(t, "label", true),
            terms: self.strings(t, "terms", true),
            weight: self
                .integer(t, "weight", false, 1, 10, "a whole number from 1 to 10")
                .unwrap_or(1) as u32,
            hint: self.string(t, "hint", true),
        }
    }

    fn example(&mut self, t: &Table<'_, '_>) -> Example {
        self.check_keys(t, EXAMPLE_FIELDS);
        let bands = Expect::ALL.map(|e| (e.as_str(), e));
        Example {
            answer: self.string(t, "answer", true),
            expect: self.choice(t, "expect", &bands).unwrap_or(Expect::Low),
        }
    }

    /// Report every key the schema does not know, suggesting the closest one it does.
    fn check_keys(&mut self, t: &Table<'_, '_>, known: &[&str]) {
        for (key, _) in t.table.iter() {
            let name: &str = key.get_ref();
            if known.contains(&name) {
                continue;
            }
            let message = match did_you_mean(name, known) {
                Some(close) => format!("unknown field `{name}`; did you mean `{close}`?"),
                None => format!(
                    "unknown field `{name}`; expected one of {}",
                    quoted_list(known)
                ),
            };
            let mut path = t.path.clone();
            path.push(Step::Named(name.to_owned()));
            self.report(key.span().start, path, message);
        }
    }

    /// The value at `key`, or a report that it is missing (when required).
    fn value<'t, 'i>(
        &mut self,
        t: &'t Table<'_, 'i>,
        key: &'static str,
        required: bool,
        expected: &str,
    ) -> Option<&'t Spanned<DeValue<'i>>> {
        let value = t.table.get(key);
        if value.is_none() && required {
            self.report(
                t.at,
                t.path_to(key),
                format!("missing field `{key}` (expected {expected})"),
            );
        }
        value
    }

    fn string(&mut self, t: &Table<'_, '_>, key: &'static str, required: bool) -> String {
        let Some(value) = self.value(t, key, required, "a string") else {
            return String::new();
        };
        match value.get_ref() {
            DeValue::String(s) => s.to_string(),
            other => {
                let message = format!("expected a string, found {}", kind(other, self.syntax));
                self.report(value.span().start, t.path_to(key), message);
                String::new()
            }
        }
    }

    fn integer(
        &mut self,
        t: &Table<'_, '_>,
        key: &'static str,
        required: bool,
        min: i64,
        max: i64,
        expected: &str,
    ) -> Option<i64> {
        let value = self.value(t, key, required, expected)?;
        let number = match value.get_ref() {
            DeValue::Integer(i) => {
                i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok()
            }
            _ => None,
        };
        match number {
            Some(n) if (min..=max).contains(&n) => Some(n),
            Some(n) => {
                self.report(
                    value.span().start,
                    t.path_to(key),
                    format!("`{key}` must be {expected}, not {n}"),
                );
                None
            }
            None => {
                let message = format!(
                    "expected {expected}, found {}",
                    kind(value.get_ref(), self.syntax)
                );
                self.report(value.span().start, t.path_to(key), message);
                None
            }
        }
    }

    fn strings(&mut self, t: &Table<'_, '_>, key: &'static str, required: bool) -> Vec<String> {
        let Some(value) = self.value(t, key, required, "an array of strings") else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            let message = format!(
                "expected an array of strings, found {}",
                kind(value.get_ref(), self.syntax)
            );
            self.report(value.span().start, t.path_to(key), message);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            match item.get_ref() {
                DeValue::String(s) => out.push(s.to_string()),
                other => {
                    let mut path = t.path_to(key);
                    path.push(Step::Index(i));
                    self.report(
                        item.span().start,
                        path,
                        format!("expected a string, found {}", kind(other, self.syntax)),
                    );
                }
            }
        }
        out
    }

    fn choice<T: Copy>(
        &mut self,
        t: &Table<'_, '_>,
        key: &'static str,
        options: &[(&str, T)],
    ) -> Option<T> {
        let names: Vec<&str> = options.iter().map(|(name, _)| *name).collect();
        let expected = format!("one of {}", quoted_list(&names));
        let value = self.value(t, key, true, &expected)?;
        let DeValue::String(text) = value.get_ref() else {
            let message = format!(
                "expected {expected}, found {}",
                kind(value.get_ref(), self.syntax)
            );
            self.report(value.span().start, t.path_to(key), message);
            return None;
        };
        if let Some((_, v)) = options.iter().find(|(name, _)| *name == text.as_ref()) {
            return Some(*v);
        }
        let message = match did_you_mean(text, &names) {
            Some(close) => format!(
                "`{text}` is not allowed here; did you mean `{close}`? (expected {expected})"
            ),
            None => format!("`{text}` is not allowed here; expected {expected}"),
        };
        self.report(value.span().start, t.path_to(key), message);
        None
    }

    /// The tables of an array of tables (`[[cards]]`), or a report of what is there instead.
    fn tables<'t, 'i>(
        &mut self,
        t: &'t Table<'_, 'i>,
        key: &'static str,
        required: bool,
    ) -> Vec<Table<'t, 'i>> {
        let expected = match self.syntax {
            Syntax::Toml => "one or more tables",
            Syntax::Json => "an array of objects",
        };
        let Some(value) = self.value(t, key, required, expected) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            let message = match self.syntax {
                Syntax::Toml => format!(
                    "expected one or more [[{key}]] tables, found {}",
                    kind(value.get_ref(), self.syntax)
                ),
                Syntax::Json => format!(
                    "expected an array of objects, found {}",
                    kind(value.get_ref(), self.syntax)
                ),
            };
            self.report(value.span().start, t.path_to(key), message);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let mut path = t.path_to(key);
            path.push(Step::Index(i));
            match item.get_ref() {
                DeValue::Table(table) => out.push(Table {
                    table,
                    at: item.span().start,
                    path,
                }),
                other => {
                    let what = kind(&DeValue::Table(DeTable::new()), self.syntax);
                    let message = format!("expected {what}, found {}", kind(other, self.syntax));
                    self.report(item.span().start, path, message);
                }
            }
        }
        out
    }
}

/// The name of a value's kind, with its article, as the deck's language calls it.
fn kind(value: &DeValue<'_>, syntax: Syntax) -> &'static str {
    match value {
        DeValue::Table(_) if syntax == Syntax::Json => "an object",
        DeValue::Integer(_) if syntax == Syntax::Json => "a whole number",
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

fn quoted_list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
