//! Runs the PolNeAR evaluation when the shared data is present; the figures
//! are the example's business, this only checks that every file parses.

use std::path::PathBuf;

#[test]
fn polnear_dev_parses() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/quotes/polnear/data/dev");
    if !dir.exists() {
        eprintln!("skipping: no PolNeAR data at {}", dir.display());
        return;
    }
    let report = match trame_quotes::eval_polnear(&dir) {
        Ok(report) => report,
        Err(e) => panic!("PolNeAR dev does not parse: {e}"),
    };
    assert!(report.files > 0);
    assert!(report.gold > 0);
    assert_eq!(report.offset_mismatches, 0, "gold offsets misread");
    println!("{report}");
}
