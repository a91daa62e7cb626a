//! Crash safety of `trame ingest`: real ingest processes killed with
//! SIGKILL at random moments, again and again. After every kill the store
//! must open, pass SQLite's integrity check, and hold at least every
//! document an ingest reported committed; the next run resumes, and the
//! last one, left to finish, leaves every input stored and searchable once.
//!
//! `TRAME_KILL_LOOPS` sets the number of kills (default 12).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use trame_store::{CorpusRead, SearchQuery, SqliteStore};

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/corpus")
}

/// `copies` distinct text articles made from the plain-text samples (each
/// copy numbered in its title line, so every file is a document of its own).
fn write_inputs(dir: &Path, copies: usize) -> usize {
    std::fs::create_dir_all(dir).unwrap();
    let bases: Vec<String> = [
        "reporting-en-wire.txt",
        "story-fr-carrefour-global.txt",
        "story-ru-vestnik.txt",
    ]
    .iter()
    .map(|f| std::fs::read_to_string(samples().join(f)).unwrap())
    .collect();
    for n in 0..copies {
        let base = &bases[n % bases.len()];
        let (title, rest) = base.split_once('\n').unwrap();
        std::fs::write(
            dir.join(format!("{n:04}.txt")),
            format!("{title} — édition {n}\n{rest}"),
        )
        .unwrap();
    }
    copies
}

/// Runs one ingest, killing it after `kill_after` if given. Returns the
/// largest committed count it reported.
fn run_ingest(store: &Path, inputs: &Path, kill_after: Option<Duration>) -> u64 {
    let mut child = Command::new(env!("CARGO_BIN_EXE_trame"))
        // Commits every 0.2 s, so that kills land between and during
        // commits with documents already committed.
        .args([
            "ingest",
            "--log-commits",
            "--commit-seconds",
            "0.2",
            "--threads",
            "2",
            "--store",
        ])
        .arg(store)
        .arg(inputs)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("trame runs");
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(n) = line
                .strip_prefix("committed ")
                .and_then(|rest| rest.split_whitespace().next())
                .and_then(|n| n.parse::<u64>().ok())
            {
                let _ = tx.send(n);
            }
        }
    });
    if let Some(after) = kill_after {
        let start = Instant::now();
        while start.elapsed() < after {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        // SIGKILL: no destructor, no flush, no chance to clean up.
        let _ = child.kill();
    }
    let status = child.wait().unwrap();
    reader.join().unwrap();
    if kill_after.is_none() {
        assert!(status.success(), "the final ingest failed");
    }
    rx.try_iter().max().unwrap_or(0)
}

#[test]
fn killed_ingests_never_lose_committed_documents() {
    let kills: usize = std::env::var("TRAME_KILL_LOOPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(12);
    let root = std::env::temp_dir().join(format!("trame-kill-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let inputs = root.join("inputs");
    let store_dir = root.join("store");
    let total = write_inputs(&inputs, 240);

    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut committed_so_far = 0u64;
    for kill in 0..kills {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        // Between 0.3 s (still loading models or opening the store) and
        // 3 s (mid-run, between and during commits).
        let after = Duration::from_millis(300 + seed % 2_700);
        let reported = run_ingest(&store_dir, &inputs, Some(after));
        if !store_dir.join("trame.db").exists() {
            continue;
        }
        let store = SqliteStore::open_read_only(&store_dir)
            .unwrap_or_else(|e| panic!("kill {kill}: the store does not open: {e}"));
        store
            .check_integrity()
            .unwrap_or_else(|e| panic!("kill {kill}: {e}"));
        let held = store.overview().unwrap().documents;
        committed_so_far += reported;
        assert!(
            held >= committed_so_far.min(total as u64),
            "kill {kill}: {held} documents held, {committed_so_far} reported committed"
        );
        committed_so_far = held;
    }

    run_ingest(&store_dir, &inputs, None);
    let store = SqliteStore::open_read_only(&store_dir).unwrap();
    store.check_integrity().unwrap();
    assert_eq!(store.overview().unwrap().documents, total as u64);
    let everything = store
        .search(&SearchQuery {
            limit: 1,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        everything.total, total,
        "the index caught up with the database"
    );
    let _ = std::fs::remove_dir_all(&root);
}
