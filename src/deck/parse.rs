//! Parse deck TOML, then validate it into a [`Deck`].
//!
//! Three passes, each reporting everything it finds: toml's own syntax errors; the schema
//! reader (unknown, missing and mistyped fields, with "did you mean"); then the checks types
//! cannot express (ids, ranges, uniqueness, empty text, conflicting terms). Every error
//! carries file, line, column and field path, and they come back in file order.

use super::error::line_column;
use super::json;
use super::read::{Found, Syntax, read_deck};
use super::validate::{Step, locate, render_path, validate};
use super::{Deck, DeckError};
use toml::de::DeTable;

/// The largest deck file accepted, 8 MiB: room for [`super::MAX_CARDS`] cards of a
/// kilobyte and more, small enough to parse quickly.
pub const MAX_DECK_BYTES: usize = 8 * 1024 * 1024;

/// Deepest nesting of arrays and inline tables accepted (the format needs three).
pub const MAX_NESTING: usize = 32;

/// Parse and validate one deck from the bytes of a file: like [`parse_deck`], and invalid
/// UTF-8 is reported with the position of the first bad byte.
pub fn parse_bytes(file: &str, bytes: &[u8]) -> Result<Deck, Vec<DeckError>> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_deck(file, text),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let text = std::str::from_utf8(valid).unwrap_or_default();
            Err(vec![at(
                file,
                text,
                text.len(),
                None,
                "the file is not valid UTF-8: save it as UTF-8 text".into(),
            )])
        }
    }
}

/// Parse and validate one deck in TOML or JSON: JSON when `file` ends in `.json`, or when
/// the text's first character (after spaces) is `{`, which no TOML deck starts with.
pub fn parse_deck(file: &str, text: &str) -> Result<Deck, Vec<DeckError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let json = file.to_ascii_lowercase().ends_with(".json") || text.trim_start().starts_with('{');
    if json {
        parse_json(file, text)
    } else {
        parse_toml(file, text)
    }
}

/// Parse and validate one deck written in TOML.
///
/// `file` labels the source in errors (a path, or `pasted text`). Every problem found is
/// returned, in the order it appears in the file, not just the first.
pub fn parse_toml(file: &str, text: &str) -> Result<Deck, Vec<DeckError>> {
    // A byte-order mark is invisible in editors; accept it rather than confuse the author.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    check_size(file, text)?;
    if let Some(offset) = too_deep(text) {
        let message =
            format!("arrays or tables nested more than {MAX_NESTING} deep; a deck needs three");
        return Err(vec![at(file, text, offset, None, message)]);
    }
    let (tree, syntax) = DeTable::parse_recoverable(text);
    if !syntax.is_empty() {
        let mut errors: Vec<DeckError> = syntax
            .iter()
            .map(|e| {
                let offset = e.span().map_or(0, |s| s.start);
                let message = e.message().trim();
                match duplicate_key_path(text, offset).filter(|_| message == "duplicate key") {
                    Some((path, key)) => {
                        let message = format!("`{key}` is given twice; keep one of them");
                        at(file, text, offset, Some(&path), message)
                    }
                    None => at(file, text, offset, None, message.to_owned()),
                }
            })
            .collect();
        crate::sort::sort_by_key(&mut errors, |e| (e.line, e.column));
        errors.dedup();
        return Err(errors);
    }
    check(file, text, tree.get_ref(), Syntax::Toml)
}

/// Parse and validate one deck written in JSON: the same fields as TOML, one object with a
/// `cards` array of objects. A syntax error stops at the first (JSON cannot be read past
/// one); schema and validation errors are all reported, as for TOML.
pub fn parse_json(file: &str, text: &str) -> Result<Deck, Vec<DeckError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    check_size(file, text)?;
    match json::parse(text) {
        Ok(root) => check(file, text, &root, Syntax::Json),
        Err(e) => Err(vec![at(file, text, e.offset, None, e.message)]),
    }
}

fn check_size(file: &str, text: &str) -> Result<(), Vec<DeckError>> {
    if text.len() <= MAX_DECK_BYTES {
        return Ok(());
    }
    let message = format!(
        "the file is {} bytes; a deck may be at most {MAX_DECK_BYTES} bytes (8 MB)",
        text.len()
    );
    Err(vec![at(file, text, 0, None, message)])
}

/// Read the parsed tree against the schema, then validate what was read.
fn check(
    file: &str,
    text: &str,
    root: &DeTable<'_>,
    syntax: Syntax,
) -> Result<Deck, Vec<DeckError>> {
    let mut found: Vec<Found> = Vec::new();
    let deck = read_deck(root, syntax, &mut found);
    let mut errors: Vec<DeckError> = found
        .iter()
        .map(|f| at(file, text, f.offset, Some(&f.path), f.message.clone()))
        .collect();
    // A field that could not be read is reported once, not again as empty or out of range.
    let unread: Vec<&Vec<Step>> = found.iter().map(|f| &f.path).collect();
    for problem in validate(&deck) {
        if unread.contains(&&problem.path) {
            continue;
        }
        let offset = locate(root, &problem.path).unwrap_or(0);
        errors.push(at(file, text, offset, Some(&problem.path), problem.message));
    }
    if errors.is_empty() {
        return Ok(deck);
    }
    crate::sort::sort_by_key(&mut errors, |e| (e.line, e.column));
    Err(errors)
}

fn at(file: &str, text: &str, offset: usize, path: Option<&[Step]>, message: String) -> DeckError {
    let (line, column) = line_column(text, offset);
    DeckError {
        file: file.to_owned(),
        line,
        column,
        field: path.map(render_path),
        message,
    }
}

/// The field path of the key at `offset` (`cards[0].audience`) and the key, for a key given
/// twice: TOML's parser names no key, so the path is read from the table headers above it,
/// as every other deck error names its field. `None` when no `key =` starts there.
fn duplicate_key_path(text: &str, offset: usize) -> Option<(Vec<Step>, &str)> {
    let line = text.get(offset..)?.lines().next()?;
    let key = line.split_once('=')?.0.trim().trim_matches(['"', '\'']);
    if key.is_empty() {
        return None;
    }
    // How many cards, and concepts and examples of the last card, the headers above open.
    let mut counts = [0usize; 3];
    let mut path = Vec::new();
    for header in text[..offset].lines().map(str::trim) {
        let table = match header {
            "[[cards]]" => 0,
            "[[cards.concepts]]" => 1,
            "[[cards.examples]]" => 2,
            _ => continue,
        };
        if table == 0 {
            counts = [counts[0] + 1, 0, 0];
        } else if counts[0] > 0 {
            counts[table] += 1;
        } else {
            continue;
        }
        path = vec![Step::Key("cards"), Step::Index(counts[0] - 1)];
        if table > 0 {
            let name = if table == 1 { "concepts" } else { "examples" };
            path.extend([Step::Key(name), Step::Index(counts[table] - 1)]);
        }
    }
    path.push(Step::Named(key.to_owned()));
    Some((path, key))
}

/// Where nesting first passes [`MAX_NESTING`], skipping strings and comments, if it does.
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '#' => {
                while chars.peek().is_some_and(|&(_, c)| c != '\n') {
                    chars.next();
                }
            }
            '"' | '\'' => {
                while let Some((_, d)) = chars.next() {
                    if c == '"' && d == '\\' {
                        chars.next();
                    } else if d == c || d == '\n' {
                        break;
                    }
                }
            }
            '[' | '{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
            }
            ']' | '}' => depth = depth.saturating_sub(1),
            '\n' => {}
            _ => {}
        }
    }
    None
}

/// What is wrong with a deck built in memory (by an editor, or from notes), as
/// `(field path, message)` pairs: the checks that follow reading a file, without one.
pub fn check_deck(deck: &Deck) -> Vec<(String, String)> {
    validate(deck)
        .into_iter()
        .map(|p| (render_path(&p.path), p.message))
        .collect()
}

/// Line and column (1-based) of the field at `path` (`cards[2].examples[0].answer`) in a
/// deck's TOML or JSON text, or of its nearest ancestor that exists; `None` when the text does not
/// parse or the path is malformed.
pub fn position(text: &str, path: &str) -> Option<(usize, usize)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The same choice as `parse_deck` makes without a file name.
    let tree = if text.trim_start().starts_with('{') {
        json::parse(text).ok()?
    } else {
        DeTable::parse(text).ok()?.into_inner()
    };
    let mut steps = Vec::new();
    for part in path.split('.') {
        let (key, indices) = part
            .split_once('[')
            .map_or((part, ""), |(k, rest)| (k, rest));
        steps.push(Step::Named(key.to_owned()));
        for index in indices.split('[').filter(|s| !s.is_empty()) {
            steps.push(Step::Index(index.trim_end_matches(']').parse().ok()?));
        }
    }
    Some(line_column(text, locate(&tree, &steps)?))
}
