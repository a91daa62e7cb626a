//! Language-aware text primitives shared by every stage: language
//! identification, sentence and token segmentation, date parsing, the
//! social-media posts pages embed, and the word classes several layers read
//! alike.
//!
//! Functions here take `&str` and return byte ranges; the pipeline converts
//! them to the code-point spans of the document model once, with
//! `trame_doc::TextIndex`.

pub mod dates;
pub mod lang;
pub mod posts;
pub mod segment;
pub mod words;

/// `s` without its parenthesised aside, the span from the first "(" to the
/// last ")": the words around "(est)" in "la région de Lougansk (est), X".
pub fn without_aside(s: &str) -> std::borrow::Cow<'_, str> {
    match (s.find('('), s.rfind(')')) {
        (Some(open), Some(close)) if open < close => {
            format!("{}{}", &s[..open], &s[close + 1..]).into()
        }
        _ => s.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::without_aside;

    #[test]
    fn drops_the_parenthesised_aside_only() {
        assert_eq!(without_aside(" (est), "), " , ");
        assert_eq!(without_aside(", ajoutant : "), ", ajoutant : ");
        assert_eq!(without_aside(") ("), ") (");
    }
}
