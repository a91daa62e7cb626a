use super::*;
use proptest::prelude::*;

fn toks<'a>(text: &'a str, lang: Option<&str>) -> Vec<&'a str> {
    tokens(text, lang).into_iter().map(|r| &text[r]).collect()
}

fn sents<'a>(text: &'a str, lang: Option<&str>) -> Vec<&'a str> {
    sentences(text, lang)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

fn fr(text: &str) -> Vec<&str> {
    toks(text, Some("fr"))
}

// ---------------------------------------------------------------- sentences

#[test]
fn sentences_split_at_terminals_with_their_closing_quotes() {
    assert_eq!(
        sents("« Il viendra. » Puis il est parti ! Pourquoi ?", Some("fr")),
        ["« Il viendra. »", "Puis il est parti !", "Pourquoi ?"]
    );
    assert_eq!(
        sents(
            "“He will come.” Then he left... Nobody knows why.",
            Some("en")
        ),
        ["“He will come.”", "Then he left...", "Nobody knows why."]
    );
    assert_eq!(
        sents("„Er kommt.“ Dann ging er.", Some("de")),
        ["„Er kommt.“", "Dann ging er."]
    );
    assert_eq!(
        sents("He said: \"No.\" Then he left.", Some("en")),
        ["He said: \"No.\"", "Then he left."]
    );
}

#[test]
fn every_line_is_a_sentence() {
    assert_eq!(
        sents(
            "Guerre en Ukraine\n\nLes combats continuent. Kiev résiste\nSuite",
            None
        ),
        [
            "Guerre en Ukraine",
            "Les combats continuent.",
            "Kiev résiste",
            "Suite"
        ]
    );
    assert_eq!(sents("  \n\n  Titre  \n\n", None), ["Titre"]);
    assert!(sents(" \n\t ", None).is_empty());
}

#[test]
fn french_abbreviations_do_not_end_sentences() {
    assert_eq!(
        sents(
            "M. Dupont et Mme Durand ont vu MM. Martin, le Dr Petit et le Pr Roy. Ils ont parlé.",
            Some("fr")
        ),
        [
            "M. Dupont et Mme Durand ont vu MM. Martin, le Dr Petit et le Pr Roy.",
            "Ils ont parlé."
        ]
    );
    assert_eq!(
        sents(
            "Le 12 janv. 2022, à St. Malo, p. ex. ici. Puis cf. Durand.",
            Some("fr")
        )
        .len(),
        2
    );
    assert_eq!(
        sents("Né en 52 av. J.-C. à Rome. Il régna.", Some("fr")),
        ["Né en 52 av. J.-C. à Rome.", "Il régna."]
    );
    assert_eq!(
        sents("Voir le décret n° 12. Il s'applique.", Some("fr")),
        ["Voir le décret n° 12.", "Il s'applique."]
    );
}

#[test]
fn etc_ends_a_sentence_only_before_a_capital() {
    assert_eq!(
        sents(
            "Des chars, des obus, etc. et des drones. Puis rien.",
            Some("fr")
        ),
        ["Des chars, des obus, etc. et des drones.", "Puis rien."]
    );
    assert_eq!(
        sents("Des chars, des obus, etc. Le front tient.", Some("fr")),
        ["Des chars, des obus, etc.", "Le front tient."]
    );
}

#[test]
fn english_abbreviations_and_acronyms() {
    assert_eq!(
        sents(
            "Mr. Smith met Gen. Milley and Sen. Warren on Jan. 6 in the U.S. Capitol. They talked.",
            Some("en")
        ),
        [
            "Mr. Smith met Gen. Milley and Sen. Warren on Jan. 6 in the U.S. Capitol.",
            "They talked."
        ]
    );
    assert_eq!(
        sents("He moved to the U.S. The move was costly.", Some("en")),
        ["He moved to the U.S.", "The move was costly."]
    );
    assert_eq!(
        sents(
            "Acme Inc. reported gains, e.g. in No. 10 markets, vs. losses. It grew.",
            Some("en")
        ),
        [
            "Acme Inc. reported gains, e.g. in No. 10 markets, vs. losses.",
            "It grew."
        ]
    );
    assert_eq!(sents("He said No. Then he left.", Some("en")).len(), 2);
}

#[test]
fn initials_do_not_end_sentences() {
    assert_eq!(
        sents("J. R. R. Tolkien wrote it. It sold.", Some("en")).len(),
        2
    );
    assert_eq!(
        sents("В. В. Путин заявил об этом. Он уехал.", Some("ru")),
        ["В. В. Путин заявил об этом.", "Он уехал."]
    );
}

#[test]
fn russian_abbreviations() {
    assert_eq!(
        sents(
            "В 2022 г. в Москве, т.е. на ул. Тверской, им. Пушкина, собрали 5 млн. руб. и т.д. Это много.",
            Some("ru")
        ),
        [
            "В 2022 г. в Москве, т.е. на ул. Тверской, им. Пушкина, собрали 5 млн. руб. и т.д.",
            "Это много."
        ]
    );
    assert_eq!(
        sents("Это было в 1990-х гг. 15 человек погибли.", Some("ru")).len(),
        1
    );
}

#[test]
fn german_and_spanish_abbreviations() {
    assert_eq!(
        sents(
            "Er kam z.B. mit Dr. Müller bzw. Nr. 5 usw. Dann ging er am 1. Mai.",
            Some("de")
        ),
        [
            "Er kam z.B. mit Dr. Müller bzw. Nr. 5 usw.",
            "Dann ging er am 1. Mai."
        ]
    );
    assert_eq!(
        sents(
            "El Sr. García y la Sra. López viajaron a EE.UU. para hablar. Luego volvieron.",
            Some("es")
        ),
        [
            "El Sr. García y la Sra. López viajaron a EE.UU. para hablar.",
            "Luego volvieron."
        ]
    );
}

#[test]
fn numbers_urls_and_emails_never_split() {
    assert_eq!(
        sents("Le PIB a crû de 3.5 % et 1.200 emplois. Voir https://lemonde.fr/a.b?x=1. Écrire à jean.dupont@lemonde.fr. Fin.", Some("fr")),
        [
            "Le PIB a crû de 3.5 % et 1.200 emplois.",
            "Voir https://lemonde.fr/a.b?x=1.",
            "Écrire à jean.dupont@lemonde.fr.",
            "Fin."
        ]
    );
}

#[test]
fn ellipsis_and_quoted_questions_before_lowercase_continue() {
    assert_eq!(
        sents(
            "Il hésite… puis renonce. « Pourquoi ? » a-t-il demandé.",
            Some("fr")
        ),
        ["Il hésite… puis renonce.", "« Pourquoi ? » a-t-il demandé."]
    );
    assert_eq!(
        sents(
            "« Assez ! » lance-t-elle. [...] Les autres suivent.",
            Some("fr")
        ),
        ["« Assez ! » lance-t-elle.", "[...] Les autres suivent."]
    );
    assert_eq!(
        sents("Il cite « les ouvriers […] Les patrons » ici.", Some("fr")).len(),
        1
    );
    assert_eq!(sents("“Why?” he asked. “Because.”", Some("en")).len(), 2);
}

#[test]
fn sentences_start_with_opening_quotes_and_dashes() {
    assert_eq!(
        sents("Il se tait. « Non », dit-il. — Et après ?", Some("fr")),
        ["Il se tait.", "« Non », dit-il.", "— Et après ?"]
    );
}

// ------------------------------------------------------------------- tokens

#[test]
fn punctuation_is_split() {
    assert_eq!(
        fr("« Oui », (dit-il) ; non : « jamais ! »…"),
        [
            "«", "Oui", "»", ",", "(", "dit", "-il", ")", ";", "non", ":", "«", "jamais", "!", "»",
            "…"
        ]
    );
    assert_eq!(
        toks("\"Stop,\" he said...", Some("en")),
        ["\"", "Stop", ",", "\"", "he", "said", "..."]
    );
}

#[test]
fn abbreviations_and_initials_keep_their_period() {
    assert_eq!(
        fr("M. Macron, Mme Borne et le 3 janv. ; fin."),
        ["M.", "Macron", ",", "Mme", "Borne", "et", "le", "3", "janv.", ";", "fin", "."]
    );
    assert_eq!(
        toks(
            "The U.S.A. and the U.K. and J. R. R. Tolkien, O.T.A.N. etc.",
            None
        ),
        [
            "The", "U.S.A.", "and", "the", "U.K.", "and", "J.", "R.", "R.", "Tolkien", ",",
            "O.T.A.N.", "etc."
        ]
    );
    assert_eq!(toks("U.S.-led talks", Some("en")), ["U.S.-led", "talks"]);
    // A party and state label: the dotted part after the hyphen.
    assert_eq!(
        toks("Jack Reed (D-R.I.) said", Some("en")),
        ["Jack", "Reed", "(", "D-R.I.", ")", "said"]
    );
    assert_eq!(
        sents("Sen. Jack Reed (D-R.I.) said it. He left.", Some("en")),
        ["Sen. Jack Reed (D-R.I.) said it.", "He left."]
    );
    assert_eq!(toks("z.B. heute", Some("de")), ["z.B.", "heute"]);
    assert_eq!(toks("т.е. сегодня", Some("ru")), ["т.е.", "сегодня"]);
    assert_eq!(fr("52 av. J.-C."), ["52", "av.", "J.-C."]);
    assert_eq!(
        fr("le n° 5 et le N°3"),
        ["le", "n°", "5", "et", "le", "N°", "3"]
    );
    assert_eq!(
        fr("Il est parti... etc..."),
        ["Il", "est", "parti", "...", "etc", "..."]
    );
}

#[test]
fn elisions_split_after_the_apostrophe() {
    assert_eq!(
        fr("l'Organisation d’Abou-Bakr qu'il jusqu'à L'État n'a s’est c'est"),
        [
            "l'",
            "Organisation",
            "d’",
            "Abou-Bakr",
            "qu'",
            "il",
            "jusqu'",
            "à",
            "L'",
            "État",
            "n'",
            "a",
            "s’",
            "est",
            "c'",
            "est"
        ]
    );
    assert_eq!(
        fr("aujourd'hui lorsqu'on puisqu’elle"),
        ["aujourd'hui", "lorsqu'", "on", "puisqu’", "elle"]
    );
    assert_eq!(
        toks("dell'Unione l'anno un'altra", Some("it")),
        ["dell'", "Unione", "l'", "anno", "un'", "altra"]
    );
}

#[test]
fn english_clitics_split_before_the_apostrophe() {
    assert_eq!(
        toks("Putin's war doesn't end; they're O'Brien's", Some("en")),
        ["Putin", "'s", "war", "does", "n't", "end", ";", "they", "'re", "O'Brien", "'s"]
    );
    assert_eq!(
        toks("Putin’s leaders' plan", None),
        ["Putin", "’s", "leaders", "'", "plan"]
    );
}

#[test]
fn hyphenated_words_stay_whole_but_inverted_pronouns_split() {
    assert_eq!(
        fr("Jean-Pierre au Nord-Kivu, sud-est, a-t-il dit ; dit-il ; déclare-t-elle ; peut-on"),
        [
            "Jean-Pierre",
            "au",
            "Nord-Kivu",
            ",",
            "sud-est",
            ",",
            "a",
            "-t-il",
            "dit",
            ";",
            "dit",
            "-il",
            ";",
            "déclare",
            "-t-elle",
            ";",
            "peut",
            "-on"
        ]
    );
    assert_eq!(toks("an add-on", None), ["an", "add-on"]);
    assert_eq!(toks("dit-il", Some("en")), ["dit-il"]);
    assert_eq!(toks("1-й батальон", Some("ru")), ["1-й", "батальон"]);
}

#[test]
fn digit_groups_glue_into_one_number() {
    assert_eq!(fr("2 500 soldats"), ["2 500", "soldats"]);
    assert_eq!(fr("7\u{202F}500 km"), ["7\u{202F}500", "km"]);
    assert_eq!(
        fr("1\u{A0}200\u{A0}000 habitants"),
        ["1\u{A0}200\u{A0}000", "habitants"]
    );
    assert_eq!(
        fr("en 2022 3 000 soldats"),
        ["en", "2022", "3 000", "soldats"]
    );
    assert_eq!(fr("2 500,5 tonnes"), ["2 500,5", "tonnes"]);
    assert_eq!(fr("les 12 1234"), ["les", "12", "1234"]);
    assert_eq!(fr("(3 000)"), ["(", "3 000", ")"]);
}

#[test]
fn numbers_with_separators_percentages_and_currencies() {
    assert_eq!(
        toks(
            "1,5 et 3.5 et 1,200,000 et 60 % et 60% et $2.5 et 2,5 € et €3",
            None
        ),
        [
            "1,5",
            "et",
            "3.5",
            "et",
            "1,200,000",
            "et",
            "60",
            "%",
            "et",
            "60",
            "%",
            "et",
            "$",
            "2.5",
            "et",
            "2,5",
            "€",
            "et",
            "€",
            "3"
        ]
    );
    assert_eq!(
        fr("le 12/01/2022 à 10h30 ou 10:30, le 1er, 2ème, 210e, XXIe ; 3rd 21st"),
        [
            "le",
            "12/01/2022",
            "à",
            "10h30",
            "ou",
            "10:30",
            ",",
            "le",
            "1er",
            ",",
            "2ème",
            ",",
            "210e",
            ",",
            "XXIe",
            ";",
            "3rd",
            "21st"
        ]
    );
    assert_eq!(fr("en 2022."), ["en", "2022", "."]);
}

#[test]
fn links_addresses_tags_and_handles_are_whole() {
    assert_eq!(
        fr("Voir (https://fr.wikipedia.org/wiki/Paris_(ville)), www.lemonde.fr. ou lemonde.fr/monde !"),
        [
            "Voir", "(", "https://fr.wikipedia.org/wiki/Paris_(ville)", ")", ",", "www.lemonde.fr", ".",
            "ou", "lemonde.fr/monde", "!"
        ]
    );
    assert_eq!(
        fr("«http://x.com/a»; écrire à jean.dupont@afp.com, #Ukraine @EmmanuelMacron sur t.me."),
        [
            "«",
            "http://x.com/a",
            "»",
            ";",
            "écrire",
            "à",
            "jean.dupont@afp.com",
            ",",
            "#Ukraine",
            "@EmmanuelMacron",
            "sur",
            "t.me",
            "."
        ]
    );
}

#[test]
fn emoji_and_other_scripts() {
    assert_eq!(toks("Bravo 👍🏽! 🇫🇷", None), ["Bravo", "👍🏽", "!", "🇫🇷"]);
    assert_eq!(
        toks("قال الرئيس، إن", Some("ar")),
        ["قال", "الرئيس", "،", "إن"]
    );
    assert_eq!(
        toks("İstanbul'da toplantı", Some("tr")),
        ["İstanbul", "'da", "toplantı"]
    );
    assert_eq!(toks("п'ять м’ясо", Some("uk")), ["п'ять", "м’ясо"]);
}

#[test]
fn sentence_token_index() {
    let seg = segment("Il pleut. Il vente fort.", Some("fr"));
    assert_eq!(seg.sentences.len(), 2);
    assert_eq!(seg.sentence_tokens(1).len(), 4);
    assert_eq!(seg.token_sentence_ids(), [0, 0, 0, 1, 1, 1, 1]);
    let counts: Vec<usize> = seg.sentences_with_tokens().map(|(_, t)| t.len()).collect();
    assert_eq!(counts, [3, 4]);
}

#[test]
fn language_codes_are_tolerant() {
    assert_eq!(Lang::from_code(Some("FR-ca")), Lang::Fr);
    assert_eq!(Lang::from_code(Some("zz")), Lang::Other);
    assert_eq!(Lang::from_code(Some("")), Lang::Other);
    assert_eq!(Lang::from_code(None), Lang::Any);
}

// --------------------------------------------------------------- invariants

fn is_digit_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}')
}

fn check_invariants(text: &str, lang: Option<&str>) {
    let seg = segment(text, lang);
    let mut previous_end = 0;
    for token in &seg.tokens {
        assert!(token.start < token.end, "empty token {token:?}");
        assert!(token.start >= previous_end, "overlap at {token:?}");
        assert!(text.is_char_boundary(token.start) && text.is_char_boundary(token.end));
        let word = &text[token.clone()];
        for (i, c) in word.char_indices() {
            if c.is_whitespace() {
                let digits_around = word[..i].ends_with(|d: char| d.is_ascii_digit())
                    && word[i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit());
                assert!(
                    is_digit_group_space(c) && digits_around,
                    "whitespace in {word:?}"
                );
            }
        }
        previous_end = token.end;
    }
    let mut previous_end = 0;
    let mut covered = 0;
    assert_eq!(seg.sentences.len(), seg.sentence_token_indices.len());
    for (sentence, indices) in seg.sentences.iter().zip(&seg.sentence_token_indices) {
        assert!(sentence.start < sentence.end && sentence.start >= previous_end);
        let body = &text[sentence.clone()];
        assert_eq!(body.trim(), body);
        assert_eq!(indices.start, covered);
        assert!(indices.start < indices.end);
        covered = indices.end;
        for token in &seg.tokens[indices.clone()] {
            assert!(sentence.start <= token.start && token.end <= sentence.end);
        }
        previous_end = sentence.end;
    }
    assert_eq!(covered, seg.tokens.len());
    assert_eq!(seg.token_sentence_ids().len(), seg.tokens.len());
}

fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        " ",
        "\u{A0}",
        "\u{202F}",
        "\n",
        "\n\n",
        "\r\n",
        "\u{2028}",
        "\u{200B}",
        "\u{FEFF}",
        ".",
        "...",
        "…",
        "!",
        "?",
        "«",
        "»",
        "“",
        "”",
        "\"",
        "'",
        "’",
        "(",
        ")",
        "[",
        "]",
        "-",
        "-t-il",
        "-on",
        "l'",
        "n't",
        "'s",
        "M.",
        "U.S.",
        "J.-C.",
        "z.B.",
        "etc.",
        "2",
        "500",
        "2022",
        "3,5",
        "1.200",
        "12/01",
        "10:30",
        "http://",
        "https://x.fr/a(b)",
        "www.",
        "lemonde.fr",
        "@",
        "#",
        "a",
        "Le",
        "été",
        "Путин",
        "г.",
        "°",
        "%",
        "$",
        "€",
        "👍",
        "\u{1F3FD}",
        "\u{200D}",
        "\u{FE0F}",
        "🇫",
        "e\u{301}",
        "ʼ",
        "\u{AD}",
        "\t",
        "\u{85}",
        "\u{0}",
        "İ",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn invariants_hold_on_arbitrary_strings(text in any::<String>()) {
        check_invariants(&text, None);
        check_invariants(&text, Some("fr"));
    }

    #[test]
    fn invariants_hold_on_tricky_mixtures(text in tricky_text(), lang in prop::sample::select(vec![None, Some("fr"), Some("en"), Some("de"), Some("ru"), Some("tr")])) {
        check_invariants(&text, lang);
    }
}

// -------------------------------------------------------------- throughput

const FRENCH: &str = "Le président Emmanuel Macron a annoncé mardi 12 janv. 2022 l'envoi de 2 500 soldats supplémentaires au Sahel, selon l'Élysée. « Nous ne laisserons pas faire », a-t-il déclaré devant les députés, qui l'ont applaudi. M. Dupont, porte-parole du ministère, a précisé qu'aujourd'hui 60 % des crédits étaient engagés, soit 1,5 milliard d'euros.\n\nLa situation reste tendue dans le nord-est du pays, où les combats ont fait plus de 3 000 morts depuis 2021. Pourquoi ? « Parce que l'État est absent », répond un élu local.\n\n";
const ENGLISH: &str = "President Joe Biden's administration said on Jan. 6 that the U.S. would send $2.5 billion in aid. \"We won't back down,\" Mr. Smith told reporters in Washington. The package, approved by Congress, includes 7,500 tons of equipment.\n\n";
const RUSSIAN: &str = "В. В. Путин заявил в 2022 г., что бюджет вырос на 3,5 %, т.е. на 1,2 млрд. руб. Он добавил: «Мы не отступим». Москва, ул. Тверская, д. 13.\n\n";

/// Nanoseconds this thread has spent on a CPU (Linux), so the throughput
/// figure means "per core" even when other builds share the machine.
fn thread_cpu_nanos() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// Best wall-clock and CPU seconds of five runs of `f`.
fn best_of_five(mut f: impl FnMut()) -> (f64, Option<f64>) {
    let mut wall = f64::MAX;
    let mut cpu: Option<f64> = None;
    for _ in 0..5 {
        let cpu_before = thread_cpu_nanos();
        let started = std::time::Instant::now();
        f();
        wall = wall.min(started.elapsed().as_secs_f64());
        if let (Some(before), Some(after)) = (cpu_before, thread_cpu_nanos()) {
            let seconds = after.saturating_sub(before) as f64 / 1e9;
            cpu = Some(cpu.map_or(seconds, |best| best.min(seconds)));
        }
    }
    (wall, cpu)
}

#[test]
#[ignore = "throughput measurement; run in release with --ignored --nocapture"]
fn throughput() {
    let paragraph = format!("{FRENCH}{FRENCH}{ENGLISH}{RUSSIAN}");
    let text = paragraph.repeat(10 * 1024 * 1024 / paragraph.len());
    let megabytes = text.len() as f64 / 1e6;
    let report = |what: &str, (wall, cpu): (f64, Option<f64>)| {
        let cpu = cpu.map_or(String::new(), |cpu| {
            format!(", {:.0} MB/s of CPU time", megabytes / cpu)
        });
        eprintln!(
            "{what}: {megabytes:.1} MB, {:.0} MB/s wall{cpu} (best of 5)",
            megabytes / wall
        );
    };
    report(
        "tokens",
        best_of_five(|| assert!(!tokens(&text, Some("fr")).is_empty())),
    );
    report(
        "segment",
        best_of_five(|| assert!(!segment(&text, Some("fr")).sentences.is_empty())),
    );
}

#[test]
fn variant_names_keep_their_dotted_digits() {
    // SemEval French article: "BA.4" split the sentence in two.
    let text = "Le nombre de cas augmente en France et les variants d’Omicron BA.4 et BA.5 se diffusent rapidement.";
    assert_eq!(sents(text, Some("fr")), [text]);
    assert!(toks(text, Some("fr")).contains(&"BA.4"));
    assert!(toks("le variant B.1.1.7 domine", Some("fr")).contains(&"B.1.1.7"));
    // A sentence still ends before a number after a space.
    assert_eq!(
        sents(
            "Il est arrivé à Paris. 4 personnes l’attendaient.",
            Some("fr")
        )
        .len(),
        2
    );
}
