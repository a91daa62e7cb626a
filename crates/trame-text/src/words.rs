//! Word classes that more than one layer reads the same way.

/// Whether an English speech verb that is also a plural noun ("claims",
/// "reports") is the noun here, from the lowercased words around it: after
/// an article or a demonstrative ("the claims", "such reports"), or before
/// a preposition with no possessor before it ("territorial claims in the
/// South China Sea", "reports of shelling"). A possessor (`possessive` for
/// "North Korea’s", or "his", "their" …) names the source of a nominal
/// attribution, as PolNeAR reads them: "North Korea’s claims about …".
pub fn english_cue_is_plural_noun(previous: &str, possessive: bool, next: &str) -> bool {
    let possessor = possessive
        || matches!(
            previous,
            "his" | "her" | "their" | "its" | "our" | "my" | "your" | "whose"
        );
    let determiner = matches!(
        previous,
        "the" | "a" | "an" | "these" | "those" | "such" | "any" | "no"
    );
    let preposition = matches!(
        next,
        "in" | "on"
            | "about"
            | "of"
            | "by"
            | "over"
            | "against"
            | "from"
            | "for"
            | "with"
            | "at"
            | "between"
            | "among"
            | "into"
    );
    determiner || (preposition && !possessor)
}

#[cfg(test)]
mod tests {
    use super::english_cue_is_plural_noun as noun;

    #[test]
    fn articles_and_prepositions_make_the_noun_and_possessors_the_attribution() {
        assert!(noun("the", false, "were"));
        assert!(noun("territorial", false, "in"));
        assert!(!noun("korea", true, "about"));
        assert!(!noun("his", false, "of"));
        assert!(!noun("ministry", false, "that"));
    }
}
