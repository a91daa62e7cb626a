//! PolNeAR error listing for analysis on the **train** split:
//! `cargo run --release -p trame-quotes --example polnear_errors [DIR]`.
//!
//! DIR defaults to `../shared/data/quotes/polnear/data/train` next to the
//! workspace. One line per error (`MISS`, `FP`, `SPK`), then the figures on
//! standard error.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args().nth(1).map_or_else(
        || {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../../../shared/data/quotes/polnear/data/train")
        },
        PathBuf::from,
    );
    match (
        trame_quotes::polnear_errors(&dir),
        trame_quotes::eval_polnear(&dir),
    ) {
        (Ok(lines), Ok(report)) => {
            for line in lines {
                println!("{line}");
            }
            eprintln!("{report}");
            ExitCode::SUCCESS
        }
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("polnear_errors: {e}");
            ExitCode::FAILURE
        }
    }
}
