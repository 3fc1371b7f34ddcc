//! The backup file: all progress, flags and settings in one JSON document. The browser's
//! storage holds the same document, so saving, loading, exporting and importing share one
//! reader and one set of error messages.
//!
//! ```json
//! {"format": "boardroom-progress", "schema": 1,
//!  "attempts": [{"deck": "tech-debt", "card": "database-upgrade", "at": 1795000000000,
//!                "total": 72, "risk": 80, "cost": 60, "opportunity": 75}],
//!  "flags": [], "settings": {"new_per_day": 10, "streak": false}}
//! ```
//!
//! `schema` numbers the layout. A reader migrates older layouts forward one step at a time
//! and refuses newer ones by name, so data written by a later Boardroom is kept aside
//! rather than misread.

use super::model::{Attempt, Flag, Progress, Settings};
use serde::{Deserialize, Serialize};
use std::fmt;

/// What the `format` field of every backup says.
const FORMAT: &str = "boardroom-progress";

/// The layout this build writes. (1 is the first; there is nothing older to migrate yet.)
pub const SCHEMA: u32 = 1;

/// Why a text is not a backup this build can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupError {
    /// Not JSON, or not the backup layout; the message says where.
    Invalid(String),
    /// Written by a newer Boardroom, with this schema.
    Newer(u32),
}

impl fmt::Display for BackupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackupError::Invalid(message) => f.write_str(message),
            BackupError::Newer(schema) => write!(
                f,
                "it was written by a newer version of Boardroom (layout {schema}; this one reads up to {SCHEMA})"
            ),
        }
    }
}

impl std::error::Error for BackupError {}

#[derive(Serialize)]
struct Out<'a> {
    format: &'static str,
    schema: u32,
    attempts: &'a [Attempt],
    flags: &'a [Flag],
    settings: &'a Settings,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct In {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    schema: u32,
    #[serde(default)]
    attempts: Vec<Attempt>,
    #[serde(default)]
    flags: Vec<Flag>,
    #[serde(default)]
    settings: Settings,
}

/// The progress as a backup document.
pub fn encode(progress: &Progress) -> String {
    let out = Out {
        format: FORMAT,
        schema: SCHEMA,
        attempts: &progress.attempts,
        flags: &progress.flags,
        settings: &progress.settings,
    };
    // Serialising plain structs of strings and numbers into a String cannot fail.
    serde_json::to_string(&out).unwrap_or_default()
}

/// Reads a backup document (from storage or a file), migrating an older layout forward.
pub fn decode(text: &str) -> Result<Progress, BackupError> {
    #[derive(Deserialize)]
    struct Header {
        format: Option<String>,
        schema: Option<u32>,
    }
    let not_ours = || {
        BackupError::Invalid(format!(
            "it is not a Boardroom progress file (its \"format\" should be \"{FORMAT}\")"
        ))
    };
    let header: Header = match serde_json::from_str(text) {
        Ok(header) => header,
        // Valid JSON of another shape (a list, a deck) is someone else's file.
        Err(e) if e.is_data() => return Err(not_ours()),
        Err(e) => return Err(invalid(&e)),
    };
    if header.format.as_deref() != Some(FORMAT) {
        return Err(not_ours());
    }
    let schema = header.schema.ok_or_else(|| {
        BackupError::Invalid("it has no \"schema\" number saying which layout it uses".into())
    })?;
    if schema > SCHEMA {
        return Err(BackupError::Newer(schema));
    }
    // Schema 1 is the first layout: older numbers would be migrated here, one step each.
    let read: In = serde_json::from_str(text).map_err(|e| invalid(&e))?;
    let mut progress = Progress {
        attempts: read.attempts,
        flags: read.flags,
        settings: read.settings,
    };
    // A hand-edited file may list things out of order; the history is kept in time order.
    crate::sort::sort_by_key(&mut progress.attempts, |a| a.at);
    crate::sort::sort_by_key(&mut progress.flags, |f| f.at);
    Ok(progress)
}

fn invalid(error: &serde_json::Error) -> BackupError {
    let what = error.to_string();
    // serde_json ends its messages with " at line L column C": say the place first.
    let message = match what.rsplit_once(" at line ") {
        Some((message, place)) => format!(
            "line {}: {message}",
            place.replacen(" column ", ", column ", 1)
        ),
        None => what,
    };
    BackupError::Invalid(message)
}

/// The flags alone, for a deck author: every flagged answer with its note.
pub fn flags_json(flags: &[Flag]) -> String {
    #[derive(Serialize)]
    struct Flags<'a> {
        format: &'static str,
        flags: &'a [Flag],
    }
    let out = Flags {
        format: "boardroom-flags",
        flags,
    };
    serde_json::to_string_pretty(&out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn error(text: &str) -> String {
        decode(text).unwrap_err().to_string()
    }

    #[test]
    fn unreadable_files_say_what_and_where() {
        let cases = [
            ("", "line 1, column 0: EOF while parsing a value"),
            (
                "[]",
                "it is not a Boardroom progress file (its \"format\" should be \"boardroom-progress\")",
            ),
            (
                "{\"format\": ",
                "line 1, column 11: EOF while parsing a value",
            ),
            (
                r#"{"schema": 1}"#,
                "it is not a Boardroom progress file (its \"format\" should be \"boardroom-progress\")",
            ),
            (
                r#"{"format": "boardroom-progress"}"#,
                "it has no \"schema\" number saying which layout it uses",
            ),
            (
                r#"{"format": "boardroom-progress", "schema": 7}"#,
                "it was written by a newer version of Boardroom (layout 7; this one reads up to 1)",
            ),
            (
                "{\"format\": \"boardroom-progress\", \"schema\": 1,\n \"attempts\": [{\"deck\": \"d\", \"card\": \"c\", \"at\": 1, \"total\": 300}]}",
                "line 2, column 62: invalid value: integer `300`, expected u8",
            ),
            (
                "{\"format\": \"boardroom-progress\", \"schema\": 1, \"atempts\": []}",
                "line 1, column 55: unknown field `atempts`, expected one of `format`, `schema`, `attempts`, `flags`, `settings`",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(error(text), want, "{text}");
        }
    }

    #[test]
    fn a_newer_layout_is_told_apart() {
        let err = decode(r#"{"format": "boardroom-progress", "schema": 2}"#).unwrap_err();
        assert_eq!(err, BackupError::Newer(2));
    }

    #[test]
    fn a_minimal_backup_reads_as_empty_progress() {
        let progress = decode(r#"{"format": "boardroom-progress", "schema": 1}"#).unwrap();
        assert_eq!(progress, Progress::default());
    }

    #[test]
    fn out_of_order_records_are_put_in_time_order() {
        let text = r#"{"format": "boardroom-progress", "schema": 1, "attempts": [
            {"deck": "d", "card": "b", "at": 20, "total": 5},
            {"deck": "d", "card": "a", "at": 10, "total": 7}]}"#;
        let cards: Vec<String> = decode(text)
            .unwrap()
            .attempts
            .into_iter()
            .map(|a| a.card)
            .collect();
        assert_eq!(cards, ["a", "b"]);
    }
}
