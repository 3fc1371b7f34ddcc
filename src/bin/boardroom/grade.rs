//! `boardroom grade --deck FILE ANSWERS`: score a batch of answers collected elsewhere.
//!
//! ANSWERS is JSON Lines or CSV with `card` and `answer` fields (by extension, or
//! `--format jsonl|csv`; `-` reads standard input and needs `--format`). Output is one JSON
//! object per input row, in order, on standard output (`--csv` for CSV instead). Rows that
//! cannot be read or name an unknown card are reported on standard error with their line
//! number; the rest still grade, and the exit status is 1.

use crate::load_deck;
use boardroom::deck::{Deck, Dimension};
use boardroom::rubric::{Report, Rubric};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ffi::OsString;
use std::io::{self, BufRead, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq)]
enum Format {
    JsonLines,
    Csv,
}

/// One input row.
#[derive(Deserialize)]
struct Row {
    card: String,
    answer: String,
}

/// One output record: the exact contract other tooling reads.
#[derive(Serialize)]
struct Graded<'a> {
    card: &'a str,
    total: u8,
    dimensions: Dimensions,
    matched: Vec<&'a str>,
    missed: Vec<&'a str>,
    jargon: Vec<&'a str>,
    quantities: Vec<&'a str>,
}

/// Scores of the dimensions the card covers; the others are omitted.
#[derive(Serialize, Default)]
struct Dimensions {
    #[serde(skip_serializing_if = "Option::is_none")]
    risk: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cost: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    opportunity: Option<u8>,
}

impl<'a> Graded<'a> {
    fn new(card: &'a str, answer: &'a str, report: &'a Report) -> Graded<'a> {
        let mut dimensions = Dimensions::default();
        for d in &report.dimensions {
            let slot = match d.dimension {
                Dimension::Risk => &mut dimensions.risk,
                Dimension::Cost => &mut dimensions.cost,
                Dimension::Opportunity => &mut dimensions.opportunity,
            };
            *slot = Some(d.score);
        }
        Graded {
            card,
            total: report.total,
            dimensions,
            matched: report.matched.iter().map(|m| m.label.as_ref()).collect(),
            missed: report.missed.iter().map(|m| m.label.as_ref()).collect(),
            jargon: report.jargon.iter().map(|j| j.term.as_ref()).collect(),
            quantities: report
                .quantities
                .iter()
                .map(|q| q.span.slice(answer))
                .collect(),
        }
    }
}

/// Parse the arguments and grade; `Err` is a usage or input problem (exit status 2).
pub fn run(args: impl Iterator<Item = OsString>) -> Result<ExitCode, String> {
    let mut parser = lexopt::Parser::from_args(args);
    let (mut deck, mut answers, mut format, mut csv_out) = (None, None, None, false);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            lexopt::Arg::Long("deck") => {
                deck = Some(PathBuf::from(parser.value().map_err(|e| e.to_string())?))
            }
            lexopt::Arg::Long("format") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                format = Some(match value.to_str() {
                    Some("jsonl" | "json") => Format::JsonLines,
                    Some("csv") => Format::Csv,
                    _ => return Err(format!("--format must be jsonl or csv, not {value:?}")),
                });
            }
            lexopt::Arg::Long("csv") => csv_out = true,
            lexopt::Arg::Value(path) if answers.is_none() => answers = Some(PathBuf::from(path)),
            other => return Err(other.unexpected().to_string()),
        }
    }
    let deck_path = deck.ok_or("missing --deck FILE")?;
    let answers =
        answers.ok_or("missing ANSWERS (a .jsonl or .csv file, or - for standard input)")?;
    let format = match (format, answers.extension().and_then(|e| e.to_str())) {
        (Some(f), _) => f,
        (None, Some("jsonl" | "ndjson" | "json")) => Format::JsonLines,
        (None, Some("csv")) => Format::Csv,
        _ => {
            return Err(format!(
                "cannot tell the format of {}: use --format jsonl or csv",
                answers.display()
            ));
        }
    };
    let deck = load_deck(&deck_path)?;
    let label = answers.display().to_string();
    let input: Box<dyn Read> = if label == "-" {
        Box::new(io::stdin())
    } else {
        Box::new(std::fs::File::open(&answers).map_err(|e| format!("{label}: {e}"))?)
    };
    let grader = Grader::new(&deck, csv_out);
    let failures = match format {
        Format::JsonLines => grader.json_lines(&label, input)?,
        Format::Csv => grader.csv(&label, input)?,
    };
    Ok(if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

struct Grader<'d> {
    rubrics: HashMap<&'d str, Rubric>,
    csv_out: bool,
}

impl<'d> Grader<'d> {
    fn new(deck: &'d Deck, csv_out: bool) -> Grader<'d> {
        let rubrics = deck
            .cards
            .iter()
            .map(|c| (c.id.as_str(), Rubric::new(c)))
            .collect();
        Grader { rubrics, csv_out }
    }

    fn json_lines(&self, label: &str, input: impl Read) -> Result<usize, String> {
        let mut out = Output::new(self.csv_out)?;
        let mut failures = 0;
        for (i, line) in io::BufReader::new(input).lines().enumerate() {
            let line = line.map_err(|e| format!("{label}: {e}"))?;
            if line.trim().is_empty() {
                continue;
            }
            let row = serde_json::from_str::<Row>(&line).map_err(|e| e.to_string());
            failures += self.grade(label, i + 1, row, &mut out)?;
        }
        Ok(failures)
    }

    fn csv(&self, label: &str, input: impl Read) -> Result<usize, String> {
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
        let headers = reader
            .headers()
            .map_err(|e| format!("{label}: {e}"))?
            .clone();
        let column = |name: &str| {
            headers
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(name))
                .ok_or_else(|| format!("{label}:1: no `{name}` column in the header"))
        };
        let (card, answer) = (column("card")?, column("answer")?);
        let mut out = Output::new(self.csv_out)?;
        let mut failures = 0;
        for record in reader.records() {
            let (line, row) = match record {
                Ok(r) => {
                    let line = r.position().map_or(0, |p| p.line() as usize);
                    let row = match (r.get(card), r.get(answer)) {
                        (Some(c), Some(a)) => Ok(Row {
                            card: c.to_owned(),
                            answer: a.to_owned(),
                        }),
                        _ => Err("the row has too few fields".to_owned()),
                    };
                    (line, row)
                }
                Err(e) => (
                    e.position().map_or(0, |p| p.line() as usize),
                    Err(e.to_string()),
                ),
            };
            failures += self.grade(label, line, row, &mut out)?;
        }
        Ok(failures)
    }

    /// Grade one row, or report why not; the number of failures (0 or 1).
    fn grade(
        &self,
        label: &str,
        line: usize,
        row: Result<Row, String>,
        out: &mut Output,
    ) -> Result<usize, String> {
        let row = match row {
            Ok(row) => row,
            Err(e) => {
                eprintln!("{label}:{line}: cannot read this row: {e}");
                return Ok(1);
            }
        };
        let Some(rubric) = self.rubrics.get(row.card.as_str()) else {
            eprintln!("{label}:{line}: unknown card {:?}", row.card);
            return Ok(1);
        };
        let report = rubric.score(&row.answer);
        out.write(&Graded::new(&row.card, &row.answer, &report))?;
        Ok(0)
    }
}

/// Standard output as JSON Lines or CSV.
enum Output {
    Json(io::StdoutLock<'static>),
    Csv(Box<csv::Writer<io::StdoutLock<'static>>>),
}

impl Output {
    fn new(csv_out: bool) -> Result<Output, String> {
        let stdout = io::stdout().lock();
        if !csv_out {
            return Ok(Output::Json(stdout));
        }
        let mut writer = csv::Writer::from_writer(stdout);
        writer
            .write_record([
                "card",
                "total",
                "risk",
                "cost",
                "opportunity",
                "matched",
                "missed",
                "jargon",
                "quantities",
            ])
            .map_err(|e| e.to_string())?;
        Ok(Output::Csv(Box::new(writer)))
    }

    fn write(&mut self, graded: &Graded<'_>) -> Result<(), String> {
        match self {
            Output::Json(out) => {
                serde_json::to_writer(&mut *out, graded).map_err(|e| e.to_string())?;
                writeln!(out).map_err(|e| e.to_string())
            }
            Output::Csv(out) => {
                let score = |s: Option<u8>| s.map(|s| s.to_string()).unwrap_or_default();
                let d = &graded.dimensions;
                out.write_record([
                    graded.card.to_owned(),
                    graded.total.to_string(),
                    score(d.risk),
                    score(d.cost),
                    score(d.opportunity),
                    graded.matched.join("; "),
                    graded.missed.join("; "),
                    graded.jargon.join("; "),
                    graded.quantities.join("; "),
                ])
                .map_err(|e| e.to_string())?;
                out.flush().map_err(|e| e.to_string())
            }
        }
    }
}
