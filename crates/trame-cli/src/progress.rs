//! A progress line on stderr for long runs, shown only on a terminal so that
//! logs and pipes stay clean.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

pub struct Progress {
    enabled: bool,
    start: Instant,
    last: Instant,
    shown: bool,
}

impl Progress {
    pub fn new() -> Self {
        let now = Instant::now();
        Progress {
            enabled: std::io::stderr().is_terminal(),
            start: now,
            last: now,
            shown: false,
        }
    }

    /// Redraws the line at most four times a second.
    pub fn update(&mut self, documents: usize, failed: usize, bytes: u64) {
        if !self.enabled || self.last.elapsed() < Duration::from_millis(250) {
            return;
        }
        self.last = Instant::now();
        self.shown = true;
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r{documents} documents, {failed} failed, {:.1} MB, {:.0} docs/s   ",
            bytes as f64 / 1e6,
            documents as f64 / secs
        );
        let _ = err.flush();
    }

    pub fn finish(&self) {
        if self.shown {
            eprintln!();
        }
    }
}
