//! `boardroom`: the command-line companion to the web app, sharing its scorer and decks.
//!
//! Native only; on wasm32 this binary is an empty stub, so the web build never pulls in the
//! command-line crates.

#[cfg(not(target_arch = "wasm32"))]
mod check;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    const USAGE: &str = "usage: boardroom <command> [args]

commands:
  check [PATH...]   validate decks (default: scenarios/) and their calibration examples
  help              show this message";

    let mut args = std::env::args_os().skip(1);
    let command = args.next().map(|a| a.to_string_lossy().into_owned());
    match command.as_deref() {
        Some("check") => match check::run(args) {
            Ok(code) => code,
            Err(message) => {
                eprintln!("boardroom check: {message}");
                ExitCode::from(2)
            }
        },
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

#[cfg(target_arch = "wasm32")]
fn main() {}
