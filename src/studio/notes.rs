//! Notes from spreadsheets and flashcard apps: CSV, and Anki's plain-text notes (TSV with
//! `#separator:`, `#html:`, `#columns:` and `#tags column:` header lines), each turned
//! into a card by [`draft`](crate::rubric::draft).
//!
//! A note is a prompt, a model answer and tags. Columns are found, in this order: from
//! `#columns:`, from a first row that names them (`prompt`, `front`, `question`;
//! `model answer`, `answer`, `back`; `tags`), or by position: prompt, model answer, tags.
//! `#tags column:N` (counted from 1, as Anki does) names the tags column in any case.

mod cells;

use crate::deck::{Deck, DeckError, MAX_CARDS, check_deck, count, parse_json, to_json};
use crate::rubric::{Thesaurus, draft_with, slug};
use cells::{plain, separator, separator_name, split_rows};

/// One row of a notes file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// 1-based line the row starts on.
    pub line: usize,
    /// What the engineer would say.
    pub prompt: String,
    /// What they should say instead.
    pub model_answer: String,
    /// Tags, as written (Anki separates them with spaces).
    pub tags: Vec<String>,
}

/// Whether a file of this name and text is notes (CSV or TSV) rather than a deck.
pub fn is_notes(file: &str, text: &str) -> bool {
    let name = file.to_ascii_lowercase();
    if [".csv", ".tsv", ".txt"].iter().any(|e| name.ends_with(e)) {
        return true;
    }
    if [".toml", ".json"].iter().any(|e| name.ends_with(e)) {
        return false;
    }
    let first = text
        .trim_start_matches('\u{feff}')
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    first.starts_with("#separator:")
        || first.starts_with("#html:")
        || first.starts_with("#columns:")
        || first.starts_with("#tags column:")
        || (first.contains('\t') && !first.contains('='))
}

/// What the header lines of an Anki export said.
#[derive(Debug, Default)]
struct Header {
    separator: Option<char>,
    html: bool,
    /// The `#columns:` line's value and its line number.
    columns: Option<(String, usize)>,
    tags_column: Option<usize>,
}

/// Where each part of a note is, counted from 0.
#[derive(Debug, Clone, Copy)]
struct Columns {
    prompt: usize,
    answer: usize,
    tags: Option<usize>,
}

const PROMPT_NAMES: &[&str] = &["prompt", "front", "question", "text"];
const ANSWER_NAMES: &[&str] = &["model answer", "model_answer", "answer", "back"];

/// Reads the notes in `text`; `file` names it in errors and picks the default separator
/// (`.csv` comma, anything else tab unless the first row has no tab).
pub fn read_notes(file: &str, text: &str) -> Result<Vec<Note>, Vec<DeckError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let fail = |line: usize, message: String| DeckError {
        file: file.to_owned(),
        line,
        column: 1,
        field: None,
        message,
    };
    let mut header = Header::default();
    let mut body_start = 0;
    let mut body_line = 1;
    for line in text.split_inclusive('\n') {
        let Some((key, value)) = line.strip_prefix('#').and_then(|l| l.split_once(':')) else {
            break;
        };
        let value = value.trim_end_matches(['\r', '\n']);
        match key.trim().to_ascii_lowercase().as_str() {
            "separator" => header.separator = Some(separator(value).ok_or_else(|| {
                vec![fail(body_line, format!("#separator:{value} is not a separator Boardroom knows: use Tab, Comma, Semicolon, Pipe, Space or one character"))]
            })?),
            "html" => header.html = value.trim().eq_ignore_ascii_case("true"),
            "columns" => header.columns = Some((value.to_owned(), body_line)),
            "tags column" => {
                let n: usize = value.trim().parse().ok().filter(|&n| n >= 1).ok_or_else(|| {
                    vec![fail(body_line, format!("#tags column:{value} must be a column number, counted from 1"))]
                })?;
                header.tags_column = Some(n - 1);
            }
            // Anki writes others (`notetype`, `deck`, `guid column`); none matter here.
            _ => {}
        }
        body_start += line.len();
        body_line += 1;
    }
    let body = &text[body_start..];
    let sep = header.separator.unwrap_or_else(|| {
        let first = body.lines().next().unwrap_or_default();
        if file.to_ascii_lowercase().ends_with(".csv") || !first.contains('\t') {
            ','
        } else {
            '\t'
        }
    });
    let named: Option<(Vec<String>, usize)> = header
        .columns
        .as_ref()
        .map(|(raw, line)| (raw.split(sep).map(|c| c.trim().to_owned()).collect(), *line));

    let rows = split_rows(body, sep, body_line).map_err(|line| {
        vec![fail(
            line,
            "a quoted field is never closed: add the closing \" (a quote inside a field is written twice)".into(),
        )]
    })?;
    let mut rows = rows.into_iter().peekable();
    let columns = match named {
        Some((names, line)) => columns_named(&names).ok_or_else(|| {
            vec![fail(
                line,
                "#columns does not name a prompt (Prompt, Front or Question) and a model answer (Model answer, Answer or Back)".into(),
            )]
        })?,
        None => match rows.peek().and_then(|(_, first)| columns_named(first)) {
            Some(found) => {
                rows.next();
                found
            }
            None => {
                // By position: the prompt and model answer are the first two columns that
                // are not the tags column.
                let tags = header.tags_column.unwrap_or(2);
                let mut others = (0..).filter(|&i| i != tags);
                Columns {
                    prompt: others.next().unwrap_or(0),
                    answer: others.next().unwrap_or(1),
                    tags: Some(tags),
                }
            }
        },
    };
    let columns = Columns {
        tags: header.tags_column.or(columns.tags),
        ..columns
    };

    let mut notes = Vec::new();
    let mut errors = Vec::new();
    let sep_name = separator_name(sep);
    for (line, fields) in rows {
        if fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let cell = |i: usize| {
            let raw = fields.get(i).map_or("", String::as_str);
            let text = if header.html {
                plain(raw)
            } else {
                raw.to_owned()
            };
            text.trim().to_owned()
        };
        let (prompt, mut model_answer) = (cell(columns.prompt), cell(columns.answer));
        if header.html {
            // What Boardroom's own export adds after the model answer (the rubric in words).
            if let Some(cut) = fields
                .get(columns.answer)
                .and_then(|raw| raw.find("<hr"))
                .map(|at| plain(&fields[columns.answer][..at]))
            {
                model_answer = cut.trim().to_owned();
            }
        }
        if fields.len() <= columns.prompt.max(columns.answer) {
            errors.push(fail(
                line,
                format!(
                    "this row has {}; a note needs a prompt and a model answer, separated by {sep_name}",
                    count(fields.len(), "field")
                ),
            ));
            continue;
        }
        for (what, value) in [("prompt", &prompt), ("model answer", &model_answer)] {
            if value.is_empty() {
                errors.push(fail(line, format!("the {what} is empty")));
            }
        }
        let tags = columns
            .tags
            .map(|i| cell(i).split_whitespace().map(str::to_owned).collect())
            .unwrap_or_default();
        notes.push(Note {
            line,
            prompt,
            model_answer,
            tags,
        });
    }
    if notes.is_empty() && errors.is_empty() {
        errors.push(fail(
            body_line,
            "no notes found: each row needs a prompt and a model answer".into(),
        ));
    }
    if notes.len() > MAX_CARDS {
        errors.push(fail(
            notes[MAX_CARDS].line,
            format!(
                "{} notes; a deck may have at most {MAX_CARDS} cards",
                notes.len()
            ),
        ));
    }
    if errors.is_empty() {
        Ok(notes)
    } else {
        Err(errors)
    }
}

/// A deck of one card per note, drafted from its prompt and model answer: ids made unique,
/// the note's tags kept. Named after `file` (its stem, less the extension).
pub fn notes_deck(
    file: &str,
    notes: &[Note],
    thesaurus: &Thesaurus,
) -> Result<Deck, Vec<DeckError>> {
    let stem = file
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(file)
        .rsplit_once('.')
        .map_or(file, |(stem, _)| stem);
    let stem = if stem.trim().is_empty() {
        "Imported notes"
    } else {
        stem
    };
    let mut deck = Deck {
        format: 1,
        id: slug(&stem.replace(['_', '.'], " ")),
        title: stem.trim().to_owned(),
        description: format!(
            "Drafted from {} notes in {file}: check each card's concepts before relying on its scores.",
            notes.len()
        ),
        theme: String::new(),
        language: "en".into(),
        cards: Vec::with_capacity(notes.len()),
    };
    for note in notes {
        let mut card = draft_with(&note.prompt, &note.model_answer, thesaurus);
        card.id = free_id(&card.id, |id| deck.cards.iter().any(|c| c.id == id));
        if !note.tags.is_empty() {
            card.tags = note.tags.clone();
        }
        deck.cards.push(card);
    }
    // A drafted card validates as it stands; should one not, say so in the deck's terms.
    if check_deck(&deck).is_empty() {
        return Ok(deck);
    }
    parse_json(file, &to_json(&deck))
}

/// `base`, or `base-2`, `base-3`… : the first that `taken` does not claim.
pub fn free_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

/// The columns named in `names`, if they include a prompt and a model answer.
fn columns_named(names: &[String]) -> Option<Columns> {
    let find = |wanted: &[&str]| {
        names.iter().position(|n| {
            let n = n.trim().to_ascii_lowercase().replace('_', " ");
            wanted.iter().any(|w| w.replace('_', " ") == n)
        })
    };
    Some(Columns {
        prompt: find(PROMPT_NAMES)?,
        answer: find(ANSWER_NAMES)?,
        tags: find(&["tags"]),
    })
}
