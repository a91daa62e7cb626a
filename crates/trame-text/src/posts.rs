//! Social-media posts embedded in an article, as pages give them in text:
//! the post's words, then its signature, "— Laura Loomer (@LauraLoomer)
//! October 6, 2017", ending the post's line or on a line of its own.
//!
//! The signature says who wrote the post (a display name and a handle) and
//! when; the post runs back from the signature to the start of its
//! paragraph (a blank line), since a post of several lines keeps single
//! line breaks. Both the entity stage (the name and the handle are one
//! account) and the quote stage (the post is the account's words) read it.

use std::ops::Range;
use std::sync::LazyLock;

/// A post signature and the post it signs, in byte ranges of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostSignature {
    /// The post's words, trimmed, without its trailing picture or link
    /// address ("pic.twitter.com/…", "https://t.co/…"); empty when the
    /// signature stands alone.
    pub post: Range<usize>,
    /// The account's display name, up to its first comma and without an
    /// abbreviated title ("Rep.") or the emoji and marks around it ("Caty, gauloise non génétiquement
    /// modifiée" is "Caty", "Mike Cernovich ??" is "Mike Cernovich");
    /// `None` when no letter or digit is left.
    pub name: Option<Range<usize>>,
    /// The handle without its "@": "LauraLoomer".
    pub handle: Range<usize>,
    /// From the dash to the end of the date.
    pub signature: Range<usize>,
}

/// A post longer than this is no single embedded post: the paragraph holds
/// the article's own words too, and only the signature's line is the post.
const MAX_POST_BYTES: usize = 1_200;

/// Characters of a display name, at most.
const MAX_NAME_CHARS: usize = 60;

/// "— Name (@handle) Month D, YYYY" at the end of a line. The dash may be
/// an em dash, a horizontal bar, an en dash or a hyphen; the date is one to
/// four words and a year, checked further by [`is_post_date`].
static SIGNATURE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?m)(?:^|[ \t\u{a0}])[—―–-][ \t\u{a0}]+(?P<name>[^\n()]+?)[ \t\u{a0}]*\(@(?P<handle>[A-Za-z0-9_]{1,30})\)[ \t\u{a0}]*(?P<date>[^\n]{4,30}?)[ \t\u{a0}]*$",
    )
    .expect("post signature regex is valid")
});

/// Addresses a post ends with: its picture or a shortened link.
static TRAILING_ADDRESS: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")
        .expect("trailing address regex is valid")
});

/// Every post signature of `text`, in order.
pub fn post_signatures(text: &str) -> Vec<PostSignature> {
    SIGNATURE
        .captures_iter(text)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let name = caps.name("name")?;
            let handle = caps.name("handle")?;
            let date = caps.name("date")?;
            if !is_post_date(date.as_str())
                || name.as_str().chars().count() > MAX_NAME_CHARS
                || name.as_str().trim().is_empty()
            {
                return None;
            }
            let dash = whole.start() + (whole.as_str().len() - whole.as_str().trim_start().len());
            Some(PostSignature {
                post: post_before(text, dash),
                name: display_name(text, name.range()),
                handle: handle.range(),
                signature: dash..date.end(),
            })
        })
        .collect()
}

/// The name within a signature's display name (see [`PostSignature`]).
fn display_name(text: &str, name: Range<usize>) -> Option<Range<usize>> {
    let whole = &text[name.clone()];
    let kept = &whole[..whole.find(',').unwrap_or(whole.len())];
    // "Rep. Ilhan Omar", "Sec. Kirstjen Nielsen": an abbreviated title is
    // no part of the name (an initial is: "J. Smith").
    let title = kept
        .split_once(' ')
        .filter(|(first, rest)| {
            first.ends_with('.') && (3..=5).contains(&first.len()) && !rest.trim().is_empty()
        })
        .map_or(0, |(first, _)| first.len() + 1);
    let kept = &kept[title..];
    let name = name.start + title..name.end;
    let start = kept.find(char::is_alphanumeric)?;
    let (last, c) = kept
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_alphanumeric())?;
    Some(name.start + start..name.start + last + c.len_utf8())
}

/// Whether `date` reads as a post's date: a year of four digits and a month
/// name, in a few words ("July 23, 2022", "23 juillet 2022").
fn is_post_date(date: &str) -> bool {
    let words: Vec<&str> = date
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let year = words
        .last()
        .is_some_and(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
    year && words.len() <= 4 && words.iter().any(|w| crate::dates::is_month_word(w))
}

/// The post that ends at `dash`: back to the start of its paragraph, or of
/// its line when the paragraph is too long to be one post. A signature
/// standing as a paragraph of its own signs the paragraph before it (pages
/// set a post's lines apart as the article's).
fn post_before(text: &str, dash: usize) -> Range<usize> {
    let before = &text[..dash];
    let mut paragraph_start = before
        .rfind(
            "

",
        )
        .map_or(0, |i| i + 2);
    if before[paragraph_start..].trim().is_empty() {
        let end = before.trim_end().len();
        paragraph_start = before[..end]
            .rfind(
                "

",
            )
            .map_or(0, |i| i + 2);
    }
    let line_start = before.trim_end().rfind('\n').map_or(0, |i| i + 1);
    let start = if dash - paragraph_start <= MAX_POST_BYTES {
        paragraph_start
    } else {
        line_start
    };
    let post = &text[start..dash];
    let post = match TRAILING_ADDRESS.find(post) {
        Some(address) => &post[..address.start()],
        None => post,
    };
    let lead = post.len() - post.trim_start().len();
    start + lead..start + post.trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Vec<(&str, &str, &str)> {
        post_signatures(text)
            .into_iter()
            .map(|s| {
                let name = s.name.map_or("", |r| &text[r]);
                (&text[s.post], name, &text[s.handle])
            })
            .collect()
    }

    #[test]
    fn a_signature_ending_the_post_line() {
        let text = "Intro.\n\nLaw enforcement and @FBI misled the public. pic.twitter.com/y9hS6GqdKI — Laura Loomer (@LauraLoomer) October 6, 2017\n\nNext.";
        assert_eq!(
            parts(text),
            [(
                "Law enforcement and @FBI misled the public.",
                "Laura Loomer",
                "LauraLoomer"
            )]
        );
    }

    #[test]
    fn a_signature_on_its_own_line_signs_the_paragraph() {
        let text = "Texte.\n\nVous en avez assez des pâtes ?\nGérard LARCHER, lui n'a pas ce problème... \n— A__SAMEDI (@_samedi_) July 24, 2022\n\nSuite.";
        assert_eq!(
            parts(text),
            [(
                "Vous en avez assez des pâtes ?\nGérard LARCHER, lui n'a pas ce problème...",
                "A__SAMEDI",
                "_samedi_"
            )]
        );
        let text = "Extrait d'un article.\n\n— Caty, gauloise non génétiquement modifiée (@LaColitruche) 19 juillet 2022";
        assert_eq!(
            parts(text),
            [("Extrait d'un article.", "Caty", "LaColitruche")]
        );
        let text = "— Caty (@LaColitruche) 19 juillet 2022";
        assert_eq!(parts(text), [("", "Caty", "LaColitruche")]);
    }

    #[test]
    fn display_names_lose_their_description_and_marks() {
        let name = |s: &'static str| display_name(s, 0..s.len()).map(|r| &s[r]);
        assert_eq!(name("Michael 🇺🇸"), Some("Michael"));
        assert_eq!(name("Mike Cernovich ??"), Some("Mike Cernovich"));
        assert_eq!(name("???Steff???"), Some("Steff"));
        assert_eq!(name("A__SAMEDI"), Some("A__SAMEDI"));
        assert_eq!(name("Rep. Ilhan Omar"), Some("Ilhan Omar"));
        assert_eq!(name("J. Smith"), Some("J. Smith"));
        assert_eq!(name("🇺🇸 ??"), None);
    }

    #[test]
    fn no_signature_without_a_date_or_a_handle() {
        assert!(parts("— Laura Loomer (@LauraLoomer)").is_empty());
        assert!(parts("— Laura Loomer (Infowars) October 6, 2017").is_empty());
        assert!(parts("a - b (@c) the end of it all").is_empty());
    }

    #[test]
    fn a_long_paragraph_keeps_only_the_signed_line() {
        let long = "mot ".repeat(400);
        let text = format!("{long}\nLe post. — X (@x) July 1, 2022");
        assert_eq!(parts(&text), [("Le post.", "X", "x")]);
    }

    proptest::proptest! {
        #[test]
        fn ranges_are_char_boundaries(text in "\\PC{0,200}( — [A-Za-zé ]{1,12} \\(@[a-z_]{1,8}\\) July [0-9], 2022)?\\PC{0,50}") {
            for s in post_signatures(&text) {
                for r in [s.post, s.handle, s.signature].into_iter().chain(s.name) {
                    proptest::prop_assert!(text.get(r).is_some());
                }
            }
        }
    }
}
