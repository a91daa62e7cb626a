//! PolNeAR dev evaluation: `cargo run --release -p trame-quotes --example polnear [DIR]`.
//!
//! DIR defaults to the shared copy, `../shared/data/quotes/polnear/data/dev`
//! next to the workspace.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args().nth(1).map_or_else(
        || {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../../../shared/data/quotes/polnear/data/dev")
        },
        PathBuf::from,
    );
    let started = std::time::Instant::now();
    match trame_quotes::eval_polnear(&dir) {
        Ok(report) => {
            println!("{report}");
            eprintln!("{:.2}s", started.elapsed().as_secs_f64());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("polnear: {e}");
            ExitCode::FAILURE
        }
    }
}
