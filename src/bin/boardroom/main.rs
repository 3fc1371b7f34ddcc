//! `boardroom`: the command-line companion to the web app, sharing its scorer and decks.
//!
//! Native only; on wasm32 this binary is an empty stub, so the web build never pulls in the
//! command-line crates.

#[cfg(not(target_arch = "wasm32"))]
mod check;
#[cfg(not(target_arch = "wasm32"))]
mod draft;
#[cfg(not(target_arch = "wasm32"))]
mod grade;

/// Read and validate one deck file; every error as `file:line:col: message`, one per line.
#[cfg(not(target_arch = "wasm32"))]
fn load_deck(path: &std::path::Path) -> Result<boardroom::deck::Deck, String> {
    let label = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| format!("{label}: {e}"))?;
    boardroom::deck::parse_bytes(&label, &bytes).map_err(|errors| {
        errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    const USAGE: &str = "usage: boardroom <command> [args]

commands:
  check [PATH...]   validate decks (default: scenarios/) and their calibration examples
  grade --deck FILE ANSWERS [--format jsonl|csv] [--csv]
                    score answers (JSON Lines or CSV with card and answer fields)
  draft INPUT.jsonl draft a deck from JSON Lines with id, prompt and model_answer
  help              show this message";

    let mut args = std::env::args_os().skip(1);
    let command = args.next().map(|a| a.to_string_lossy().into_owned());
    match command.as_deref() {
        Some("check") => finish("check", check::run(args)),
        Some("grade") => finish("grade", grade::run(args)),
        Some("draft") => finish("draft", draft::run(args)),
        Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("--version" | "-V") => {
            println!("boardroom {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("boardroom: unknown command {other:?}\n\n{USAGE}");
            ExitCode::from(2)
        }
        None => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The exit status of a command: its own, or 2 with the message for a usage or input problem.
#[cfg(not(target_arch = "wasm32"))]
fn finish(command: &str, result: Result<std::process::ExitCode, String>) -> std::process::ExitCode {
    result.unwrap_or_else(|message| {
        eprintln!("boardroom {command}: {message}");
        std::process::ExitCode::from(2)
    })
}

#[cfg(target_arch = "wasm32")]
fn main() {}
