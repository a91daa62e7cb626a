//! Checks the invariant every stage must keep: each span lies inside `text`.

use crate::{Document, Span};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{layer} span {start}..{end} is outside the text of {len} code points")]
pub struct SpanError {
    pub layer: &'static str,
    pub start: usize,
    pub end: usize,
    pub len: usize,
}

/// Returns every span of `doc` that is reversed or runs past the end of its
/// text. Code-point offsets are always on character boundaries, so bounds are
/// the whole invariant.
pub fn validate(doc: &Document) -> Vec<SpanError> {
    let len = doc.text.chars().count();
    let mut errors = Vec::new();
    let mut check = |layer: &'static str, start: usize, end: usize| {
        if start > end || end > len {
            errors.push(SpanError {
                layer,
                start,
                end,
                len,
            });
        }
    };
    let spans = |v: &[Span]| v.to_vec();
    for s in spans(&doc.sentences) {
        check("sentence", s.start, s.end);
    }
    for s in spans(&doc.tokens) {
        check("token", s.start, s.end);
    }
    for e in &doc.entities {
        for m in &e.mentions {
            check("entity", m.start, m.end);
        }
    }
    for q in &doc.quotes {
        check("quote", q.start, q.end);
        if let Some(c) = &q.cue {
            check("quote cue", c.start, c.end);
        }
        if let Some(s) = q.speaker_span {
            check("quote speaker", s.start, s.end);
        }
    }
    for c in &doc.claims {
        check("claim", c.start, c.end);
        for q in &c.quantities {
            check("quantity", q.start, q.end);
        }
        for h in &c.hedges {
            check("hedge", h.start, h.end);
        }
        if let (Some(s), Some(e)) = (c.source.start, c.source.end) {
            check("claim source", s, e);
        }
    }
    for r in &doc.relations {
        check("relation", r.start, r.end);
    }
    for s in &doc.signals {
        check("signal", s.start, s.end);
    }
    errors
}
