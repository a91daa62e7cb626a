//! Pairing of quotation marks into top-level quoted spans.
//!
//! Marks are paired with a stack so nested quotes (« … “ … ” … ») stay inside
//! the outer quote. A line break ends every open quote unless the next
//! paragraph opens with the same mark: that is how French and English
//! typography continue a quote over paragraphs.

use std::ops::Range;

/// A top-level quote: `open` and `close` are the byte ranges of its marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MarkedQuote {
    pub open: Range<usize>,
    pub close: Range<usize>,
}

impl MarkedQuote {
    /// The quoted text between the marks, without surrounding spaces.
    pub fn inner(&self, text: &str) -> Range<usize> {
        trim_range(text, self.open.end..self.close.start)
    }
}

/// The mark family a quote was opened with, and so which mark closes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Guillemet,
    SingleGuillemet,
    Curly,
    Low,
    Straight,
    CurlySingle,
    /// ” opening a quote: typed the wrong way round ("de ” terrain miné
    /// “") or for “ ("said X. ” It was nothing.”").
    Reversed,
}

impl Family {
    fn closes(self, c: char) -> bool {
        match self {
            Family::Guillemet => c == '»',
            Family::SingleGuillemet => c == '›',
            // Straight and curly double quotes get mixed in pasted text.
            Family::Curly => c == '”' || c == '"',
            // „ … “ (German, Russian inner quotes); some texts close with ”.
            Family::Low => c == '“' || c == '”',
            Family::Straight => c == '"' || c == '”',
            Family::CurlySingle => c == '’',
            // ” … “, or a typo for “ closed as usual: ” … ”.
            Family::Reversed => c == '“' || c == '”',
        }
    }

    /// Whether a paragraph opening with `self` continues a quote of `other`.
    fn same_style(self, other: Family) -> bool {
        let double = |f| matches!(f, Family::Curly | Family::Straight);
        self == other || (double(self) && double(other))
    }

    fn opener(c: char) -> Option<Family> {
        match c {
            '«' => Some(Family::Guillemet),
            '‹' => Some(Family::SingleGuillemet),
            '“' => Some(Family::Curly),
            '„' => Some(Family::Low),
            '"' => Some(Family::Straight),
            '‘' => Some(Family::CurlySingle),
            _ => None,
        }
    }
}

/// Quotes longer than this without a closing mark are markup noise, not
/// speech; the limit also bounds work on adversarial input.
const MAX_QUOTE_BYTES: usize = 20_000;

pub(crate) fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let Some(s) = text.get(r.clone()) else {
        return r.start..r.start;
    };
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.start + s.trim_end().len();
    if end < start {
        start..start
    } else {
        start..end
    }
}

/// Top-level quoted spans of `text`, in order. A quote left open at the
/// end of its paragraph lacks its closing mark: the quotes closed inside it
/// are top-level ones ("« la Hongrie, … cobelligérant ? « Nous, on n'est
/// pas en guerre », affirme Josep Borrell"), see [`close_unclosed`].
pub(crate) fn find_marked(text: &str) -> Vec<MarkedQuote> {
    let mut out = Vec::new();
    // (family, opening mark range)
    let mut stack: Vec<(Family, Range<usize>)> = Vec::new();
    // Quotes closed right inside the open top-level one.
    let mut inner: Vec<MarkedQuote> = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut prev: Option<char> = None;
    // Set when a paragraph continuation mark has to be skipped.
    let mut skip_until: usize = 0;
    while let Some((i, mut c)) = chars.next() {
        let mut end = i + c.len_utf8();
        if i < skip_until {
            prev = Some(c);
            continue;
        }
        if c == '\'' {
            // Typewriter double quotes written as two apostrophes ('' … ''),
            // or a paragraph opened by one ('Perhaps … ,''): both read as ".
            if chars.peek().is_some_and(|&(_, n)| n == '\'') {
                chars.next();
                end += 1;
                c = '"';
            } else if prev.is_none_or(|p| p == '\n')
                && chars.peek().is_some_and(|&(_, n)| n.is_uppercase())
            {
                c = '"';
            }
        }
        // A paragraph opened by a closing mark (”Mr. Trump …”) is a typo
        // for the opening one.
        if c == '”' && prev.is_none_or(|p| p == '\n') {
            c = '“';
        }
        let next = chars.peek().map(|&(_, n)| n);
        if c == '\n' {
            if let Some((family, _)) = stack.first() {
                let rest = &text[end..];
                let para = rest.trim_start();
                let continued = para
                    .chars()
                    .next()
                    .and_then(Family::opener)
                    .is_some_and(|f| f.same_style(*family))
                    && !opens_transcript_turn(para);
                if continued {
                    let mark_at = end + (rest.len() - para.len());
                    skip_until = mark_at + para.chars().next().map_or(1, char::len_utf8);
                    // Inner quotes do not continue over paragraphs.
                    stack.truncate(1);
                } else {
                    close_unclosed(&mut out, &stack, &mut inner);
                    stack.clear();
                }
            }
            prev = Some(c);
            continue;
        }
        if let Some((family, open)) = stack.last() {
            if open.start + MAX_QUOTE_BYTES < i {
                close_unclosed(&mut out, &stack, &mut inner);
                stack.clear();
            } else if family.closes(c) && is_closing(*family, prev, next) {
                let quote = MarkedQuote {
                    open: open.clone(),
                    close: i..end,
                };
                stack.pop();
                match stack.len() {
                    0 => {
                        inner.clear();
                        out.push(quote);
                    }
                    1 => inner.push(quote),
                    _ => {}
                }
                prev = Some(c);
                continue;
            }
        }
        // A ” after a space and before a word, with no quote open, opens a
        // quote typed the wrong way round.
        let reversed = c == '”'
            && stack.is_empty()
            && prev.is_some_and(char::is_whitespace)
            && text[end..]
                .trim_start_matches(' ')
                .starts_with(char::is_alphanumeric);
        let family = if reversed {
            Some(Family::Reversed)
        } else {
            Family::opener(c)
        };
        // "\"WALLACE: If I may, sir, …": a mark opening a transcript's
        // turn pairs with nothing; the turn is the label's.
        let turn_mark = prev.is_none_or(|p| p == '\n') && opens_transcript_turn(&text[i..]);
        if let Some(family) = family.filter(|_| !turn_mark) {
            if is_opening(family, prev, next) {
                stack.push((family, i..end));
            }
        }
        prev = Some(c);
    }
    close_unclosed(&mut out, &stack, &mut inner);
    out
}

/// Letters and spaces of a transcript's speaker label, at most.
const MAX_TURN_LABEL_BYTES: usize = 30;

/// Whether `para` opens with a quotation mark and a transcript's label in
/// capitals: "\"WALLACE: …", "“PENCE: …".
fn opens_transcript_turn(para: &str) -> bool {
    let mut chars = para.chars();
    if chars.next().and_then(Family::opener).is_none() {
        return false;
    }
    let rest = chars.as_str();
    let Some(colon) = rest
        .get(..MAX_TURN_LABEL_BYTES.min(rest.len()))
        .and_then(|head| head.find(':'))
    else {
        return false;
    };
    let label = &rest[..colon];
    crate::is_written_in_capitals(label)
        && label
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-'))
}

/// Ends a top-level quote its paragraph left open. When quotes were closed
/// inside it, its closing mark is missing before the first of them, as in
/// the French interrupted quote "« Nous n'avons rien à cacher, a-t-il
/// ajouté. « Les enquêteurs sont les bienvenus. »": the words up to that
/// quote are one quote, those inside it others. Without inner quotes the
/// open mark pairs with nothing and quotes nothing.
fn close_unclosed(
    out: &mut Vec<MarkedQuote>,
    stack: &[(Family, Range<usize>)],
    inner: &mut Vec<MarkedQuote>,
) {
    let (Some((_, open)), Some(first)) = (stack.first(), inner.first()) else {
        inner.clear();
        return;
    };
    let missing_close = first.open.start..first.open.start;
    out.push(MarkedQuote {
        open: open.clone(),
        close: missing_close,
    });
    out.append(inner);
}

fn is_opening(family: Family, prev: Option<char>, next: Option<char>) -> bool {
    let after_space = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/«“„‘‹:'\"".contains(p));
    match family {
        // Straight quotes are ambiguous: they open only where a word cannot
        // end, and not before a space.
        Family::Straight => after_space && next.is_some_and(|n| !n.is_whitespace()),
        // ‘ opens only before a word, so ‘90s-style elisions stay text.
        Family::CurlySingle => after_space && next.is_some_and(char::is_alphanumeric),
        _ => next.is_some(),
    }
}

fn is_closing(family: Family, prev: Option<char>, next: Option<char>) -> bool {
    match family {
        Family::Straight => prev.is_some_and(|p| !p.is_whitespace()),
        // ’ is also the apostrophe: it closes only where no letter follows.
        Family::CurlySingle => next.is_none_or(|n| !n.is_alphanumeric()),
        // “ closes a reversed quote only where no word follows it.
        Family::Reversed => next.is_none_or(|n| !n.is_alphanumeric()),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        find_marked(text)
            .iter()
            .map(|q| &text[q.inner(text)])
            .collect()
    }

    #[test]
    fn pairs_every_style() {
        assert_eq!(inner("Il a dit : « Non\u{a0}! »"), vec!["Non\u{a0}!"]);
        assert_eq!(inner("He said “no” and ‘yes’."), vec!["no", "yes"]);
        assert_eq!(inner("He said \"no\" twice."), vec!["no"]);
        assert_eq!(inner("Он сказал: „нет“."), vec!["нет"]);
        assert_eq!(inner("Un ‹ mot › ici"), vec!["mot"]);
        assert_eq!(inner("''It's fine,'' he said."), vec!["It's fine,"]);
        assert_eq!(inner("\"Mixed,” he said."), vec!["Mixed,"]);
    }

    #[test]
    fn apostrophe_is_not_a_closing_mark() {
        assert_eq!(
            inner("She said ‘it’s Trump’s party’ today."),
            vec!["it’s Trump’s party"]
        );
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(
            inner("« Il m’a dit “jamais” hier », raconte-t-elle."),
            vec!["Il m’a dit “jamais” hier"]
        );
    }

    #[test]
    fn paragraph_opening_with_the_mark_continues_the_quote() {
        let text = "« Premier paragraphe.\n« Second paragraphe. »\nFin.";
        assert_eq!(
            inner(text),
            vec!["Premier paragraphe.\n« Second paragraphe."]
        );
        assert!(inner("« Jamais fermé.\nAutre chose.").is_empty());
    }

    #[test]
    fn marks_typed_the_wrong_way_round_pair() {
        assert_eq!(
            inner("la visite de ” terrain miné “. Puis “ici”."),
            vec!["terrain miné", "ici"]
        );
        assert_eq!(
            inner("said X. ” It was nothing.” He left."),
            vec!["It was nothing."]
        );
        // A closing ” after a word stays a closing mark.
        assert_eq!(inner("Il dit “oui” et “non”."), vec!["oui", "non"]);
    }

    #[test]
    fn quotes_inside_a_quote_never_closed_are_top_level() {
        let text = "Il remarque que « la Hongrie a interdit le passage ? « Non, pas en guerre », affirme-t-il : « On livre des armes ».\nFin « ici ».";
        assert_eq!(
            inner(text),
            vec![
                "la Hongrie a interdit le passage ?",
                "Non, pas en guerre",
                "On livre des armes",
                "ici"
            ]
        );
        assert_eq!(
            inner("« Ouvert « dedans » sans fin"),
            vec!["Ouvert", "dedans"]
        );
    }

    #[test]
    fn a_mark_opening_a_transcript_turn_pairs_with_nothing() {
        // PolNeAR's Breitbart transcripts open each turn with a mark they
        // never close.
        let text = "\"WALLACE: Will Gennifer Flowers be there?\n\n\"PENCE: She will not be \"there\" tomorrow.\n";
        assert_eq!(inner(text), vec!["there"]);
    }
}
