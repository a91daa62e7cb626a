//! Closing lines that sign the article: "— Jeanne Martin", a lone name, or a
//! short author biography ("Jeanne Martin est journaliste indépendante…").

use std::sync::LazyLock;

use regex::Regex;

use crate::names::is_name_like;
use crate::rules::compile;

/// The copula or dash after the name in "X est …", "X is …", "X —
/// журналист".
static BIO_VERB: LazyLock<Regex> = LazyLock::new(|| compile(r"\s(?:est|is|ist|es|è|—|–|-)\s"));

/// Occupations that make a closing "X est …" line a biography rather than
/// the last sentence of the body.
static OCCUPATION: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)journalist|écrivain|auteur|autrice|chercheu|professeu|rédact|correspondant|analyste|éditorialiste|chroniqueu|essayiste|économiste|historien|politologue|sociologue|writer|author|researcher|professor|editor|correspondent|analyst|columnist|contributor|fellow|reporter|журналист|писател|исследовател|профессор|редактор|обозревател|аналитик|политолог|publizist|autor|periodista|escritor|investigador|giornalista|scrittore|ricercatore|editorialista",
    )
});

/// The signing name when `line` is a signature line. `known_authors` are the
/// header's authors: a biography of one of them needs no occupation word.
pub(crate) fn signature(line: &str, known_authors: &[String]) -> Option<String> {
    if let Some(rest) = line.strip_prefix(['—', '–', '-']) {
        let rest = rest.trim();
        let (name, descriptor) = rest.split_once(',').unwrap_or((rest, ""));
        let name = name.trim();
        return (is_name_like(name, 1) && descriptor.split_whitespace().count() <= 8)
            .then(|| name.to_string());
    }
    if line.chars().count() <= 50 && is_name_like(line, 2) {
        return Some(line.to_string());
    }
    if line.chars().count() > 400 {
        return None;
    }
    let verb = BIO_VERB.find(line)?;
    let name = line[..verb.start()].trim();
    let is_bio = is_name_like(name, 2)
        && (known_authors.iter().any(|a| a == name) || OCCUPATION.is_match(line));
    is_bio.then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures() {
        assert_eq!(
            signature("— Jeanne Martin", &[]).as_deref(),
            Some("Jeanne Martin")
        );
        assert_eq!(
            signature("Jeanne Martin", &[]).as_deref(),
            Some("Jeanne Martin")
        );
        assert_eq!(
            signature(
                "Jeanne Martin est journaliste indépendante, spécialiste du Proche-Orient.",
                &[]
            )
            .as_deref(),
            Some("Jeanne Martin")
        );
        assert_eq!(
            signature("Иван Петров — журналист, живёт в Москве.", &[]).as_deref(),
            Some("Иван Петров")
        );
        assert_eq!(
            signature("Jane Roe is a senior fellow at the Institute.", &[]).as_deref(),
            Some("Jane Roe")
        );
    }

    #[test]
    fn closing_sentences_are_not_signatures() {
        for line in [
            "Emmanuel Macron est un président qui divise.",
            "La suite au prochain numéro.",
            "Affaire à suivre.",
            "Vladimir Poutine est resté silencieux.",
        ] {
            assert_eq!(signature(line, &[]), None, "{line}");
        }
    }
}
