//! Closed word lists the segmenter consults: abbreviations that keep their
//! period, elided articles and pronouns, and capitalised function words that
//! reliably open a sentence.
//!
//! Lookups happen only at periods and apostrophes, so plain `match`
//! statements are fast enough and keep the lists readable.

use super::Lang;

/// How an abbreviation that keeps its period behaves at a sentence boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum AbbrevClass {
    /// Titles and prefixes ("M.", "Dr.", "z.B."): always followed by more of
    /// the same sentence.
    Title,
    /// Words often last in a sentence ("etc.", "janv.", "г."): the sentence
    /// ends when the next word is capitalised.
    Final,
    /// Acronyms, initials and company suffixes ("U.S.", "J.", "Inc."): the
    /// next word is usually a capitalised name, so only a typical
    /// sentence-opening word ("The", "Le", "Он") ends the sentence.
    Name,
}

use AbbrevClass::{Final, Name, Title};

/// The class of `token` (which ends with its period) when the language's
/// lists know it; `Lang::Any` consults every list.
pub(super) fn abbreviation(token: &str, lang: Lang) -> Option<AbbrevClass> {
    let specific = match lang {
        Lang::Fr => french(token),
        Lang::En => english(token),
        Lang::Ru => russian(token),
        Lang::Uk => ukrainian(token),
        Lang::De => german(token),
        Lang::Es => spanish(token),
        Lang::It => italian(token),
        Lang::Pt => portuguese(token),
        Lang::Nl => dutch(token),
        Lang::Pl => polish(token),
        Lang::Tr => turkish(token),
        Lang::Other => None,
        Lang::Any => french(token)
            .or_else(|| english(token))
            .or_else(|| russian(token))
            .or_else(|| ukrainian(token))
            .or_else(|| german(token))
            .or_else(|| spanish(token))
            .or_else(|| italian(token))
            .or_else(|| portuguese(token))
            .or_else(|| dutch(token))
            .or_else(|| polish(token))
            .or_else(|| turkish(token)),
    };
    specific.or_else(|| common(token))
}

/// Abbreviations that only abbreviate before a number: "No. 10" but
/// "He said No." ends a sentence.
pub(super) fn needs_following_digit(token: &str) -> bool {
    matches!(token, "No." | "Nos." | "no.")
}

fn common(t: &str) -> Option<AbbrevClass> {
    match t {
        "Dr." | "Prof." | "St." | "vs." | "e.g." | "i.e." | "cf." | "Mr." | "Mrs." | "Ms."
        | "No." | "Nos." | "no." => Some(Title),
        "etc." => Some(Final),
        "Inc." | "Ltd." | "Corp." | "Jr." | "Sr." => Some(Name),
        _ => None,
    }
}

fn french(t: &str) -> Option<AbbrevClass> {
    match t {
        "M." | "MM." | "Mme." | "Mmes." | "Mlle." | "Mlles." | "Dr." | "Pr." | "St." | "Ste."
        | "Mgr." | "Gal." | "Cdt." | "Lt." | "Col." | "Sgt." | "p." | "pp." | "ex." | "cf."
        | "av." | "apr." | "art." | "chap." | "vol." | "env." | "éd." | "bd." | "boul." => {
            Some(Title)
        }
        "janv." | "févr." | "fév." | "avr." | "juil." | "sept." | "oct." | "nov." | "déc."
        | "etc." | "J.-C." | "hab." => Some(Final),
        _ => None,
    }
}

fn english(t: &str) -> Option<AbbrevClass> {
    match t {
        "Mr." | "Mrs." | "Ms." | "Messrs." | "Dr." | "Prof." | "St." | "Gen." | "Col." | "Lt."
        | "Sgt." | "Gov." | "Sen." | "Rep." | "Capt." | "Maj." | "Adm." | "Cmdr." | "Cpl."
        | "Pvt." | "Rev." | "Hon." | "Pres." | "Supt." | "Det." | "Mt." | "Ft." | "e.g."
        | "i.e." | "vs." | "cf." | "approx." | "Fig." | "fig." => Some(Title),
        "Jan." | "Feb." | "Mar." | "Apr." | "Jun." | "Jul." | "Aug." | "Sep." | "Sept."
        | "Oct." | "Nov." | "Dec." | "etc." | "a.m." | "p.m." => Some(Final),
        "Inc." | "Corp." | "Ltd." | "Co." | "Jr." | "Sr." | "Bros." | "Ave." | "Blvd."
        | "Dept." | "U.S." | "U.K." | "U.N." => Some(Name),
        _ => None,
    }
}

fn russian(t: &str) -> Option<AbbrevClass> {
    match t {
        "т.е." | "им." | "ул." | "пр." | "пер." | "д." | "стр." | "см." | "ср." | "т." | "св."
        | "проф." | "акад." | "ген." | "тов." | "просп." => Some(Title),
        "г." | "гг." | "т.д." | "т.п." | "др." | "руб." | "млн." | "млрд." | "тыс." | "коп."
        | "обл." | "р." | "долл." => Some(Final),
        _ => None,
    }
}

fn ukrainian(t: &str) -> Option<AbbrevClass> {
    match t {
        "ім." | "вул." | "м." | "д." | "проф." | "див." | "т." => Some(Title),
        "р." | "рр." | "т.д." | "т.п." | "млн." | "млрд." | "тис." | "грн." | "обл." => {
            Some(Final)
        }
        _ => None,
    }
}

fn german(t: &str) -> Option<AbbrevClass> {
    match t {
        "z.B." | "bzw." | "Nr." | "Dr." | "Prof." | "ca." | "d.h." | "vgl." | "Hr." | "Fr."
        | "St." | "geb." | "evtl." | "inkl." | "Abs." | "Art." | "Bd." | "sog." | "u.U."
        | "z.T." | "Tel." | "Str." => Some(Title),
        "usw." | "u.a." | "u.ä." | "Mio." | "Mrd." | "Jh." | "Jan." | "Feb." | "Aug." | "Sept."
        | "Okt." | "Nov." | "Dez." | "etc." => Some(Final),
        _ => None,
    }
}

fn spanish(t: &str) -> Option<AbbrevClass> {
    match t {
        "Sra." | "Sres." | "Srta." | "Dña." | "Dr." | "Dra." | "Lic." | "Ing." | "núm."
        | "pág." | "Ud." | "Uds." | "Av." | "Avda." | "aprox." | "p.ej." => Some(Title),
        "EE.UU." | "etc." | "ene." | "feb." | "abr." | "ago." | "sept." | "oct." | "nov."
        | "dic." | "S.A." => Some(Final),
        _ => None,
    }
}

fn italian(t: &str) -> Option<AbbrevClass> {
    match t {
        "Sig." | "Sigg." | "Dott." | "dott." | "Prof." | "On." | "Avv." | "Ing." | "pag."
        | "art." | "p.es." => Some(Title),
        "ecc." | "S.p.A." => Some(Final),
        _ => None,
    }
}

fn portuguese(t: &str) -> Option<AbbrevClass> {
    match t {
        "Sra." | "Dr." | "Dra." | "pág." | "Av." | "p.ex." => Some(Title),
        "etc." => Some(Final),
        _ => None,
    }
}

fn dutch(t: &str) -> Option<AbbrevClass> {
    match t {
        "dhr." | "mevr." | "bijv." | "o.a." | "nl." | "d.w.z." | "m.b.t." | "ca." | "blz."
        | "nr." => Some(Title),
        "enz." | "jl." => Some(Final),
        _ => None,
    }
}

fn polish(t: &str) -> Option<AbbrevClass> {
    match t {
        "np." | "tj." | "m.in." | "ul." | "ok." | "tzw." | "godz." | "prof." | "św." | "al."
        | "pl." => Some(Title),
        "r." | "itd." | "itp." | "mln." | "mld." | "tys." | "zł." | "woj." => Some(Final),
        _ => None,
    }
}

fn turkish(t: &str) -> Option<AbbrevClass> {
    match t {
        "Doç." | "Av." | "Yrd." => Some(Title),
        "vb." | "vs." => Some(Final),
        _ => None,
    }
}

/// Whether `piece` (the letters before an apostrophe) is a French or Italian
/// elided word that stands as its own token: "l'", "qu'", "dell'".
pub(super) fn is_elision(piece: &str) -> bool {
    let bytes = piece.as_bytes();
    if bytes.len() > 6 {
        return false;
    }
    let mut lower = [0u8; 6];
    for (slot, b) in lower.iter_mut().zip(bytes) {
        *slot = b.to_ascii_lowercase();
    }
    matches!(
        &lower[..bytes.len()],
        b"l" | b"d"
            | b"j"
            | b"n"
            | b"s"
            | b"c"
            | b"m"
            | b"t"
            | b"qu"
            | b"jusqu"
            | b"lorsqu"
            | b"puisqu"
            | b"quoiqu"
            | b"dell"
            | b"dall"
            | b"nell"
            | b"sull"
            | b"all"
            | b"coll"
            | b"pell"
            | b"un"
            | b"quest"
            | b"quell"
            | b"bell"
            | b"sant"
            | b"nessun"
    )
}

/// The byte length of an English clitic ("s", "re", "ve", "ll", "m", "d")
/// at the start of `rest`, which follows an apostrophe.
pub(super) fn english_clitic_len(rest: &[u8]) -> Option<usize> {
    let lower = |i: usize| rest.get(i).map(u8::to_ascii_lowercase);
    match (lower(0), lower(1)) {
        (Some(b'r'), Some(b'e')) | (Some(b'v'), Some(b'e')) | (Some(b'l'), Some(b'l')) => Some(2),
        (Some(b's' | b'm' | b'd'), _) => Some(1),
        _ => None,
    }
}

/// French inverted subject pronouns split from their verb ("a-t-il" gives
/// "a" + "-t-il"), longest first so "-t-elles" wins over "-t-elle".
pub(super) const INVERTED_PRONOUNS: [&str; 12] = [
    "-t-elles", "-t-elle", "-t-ils", "-t-il", "-t-on", "-elles", "-elle", "-ils", "-il", "-on",
    "-je", "-tu",
];

/// English compounds whose second half looks like the French pronoun "-on".
pub(super) fn is_english_on_compound(first_half: &str) -> bool {
    let bytes = first_half.as_bytes();
    if bytes.len() > 6 {
        return false;
    }
    let mut lower = [0u8; 6];
    for (slot, b) in lower.iter_mut().zip(bytes) {
        *slot = b.to_ascii_lowercase();
    }
    matches!(
        &lower[..bytes.len()],
        b"add"
            | b"follow"
            | b"carry"
            | b"head"
            | b"hands"
            | b"walk"
            | b"roll"
            | b"bolt"
            | b"clip"
            | b"slip"
            | b"run"
            | b"put"
            | b"spin"
            | b"knock"
            | b"tack"
            | b"stick"
            | b"sign"
            | b"switch"
            | b"turn"
            | b"log"
            | b"plug"
    )
}

/// Capitalised function words that open sentences: after an acronym or an
/// initial, they are the evidence that its period also ended the sentence.
pub(super) fn is_sentence_opener(word: &str) -> bool {
    matches!(
        word,
        // English
        "The" | "A" | "An" | "He" | "She" | "It" | "They" | "We" | "I" | "You" | "This" | "That"
            | "These" | "Those" | "There" | "His" | "Her" | "Their" | "Its" | "But" | "And"
            | "In" | "On" | "At" | "For" | "If" | "When" | "While" | "After" | "Before" | "As"
            | "Some" | "Many" | "Most"
            // French
            | "Le" | "La" | "Les" | "L'" | "L’" | "Un" | "Une" | "Des" | "Il" | "Elle" | "Ils"
            | "Elles" | "Nous" | "Vous" | "Je" | "Ce" | "Cette" | "Ces" | "Cet" | "Mais"
            | "Et" | "En" | "Dans" | "Selon" | "Pour" | "Depuis" | "Après" | "Avant" | "Alors"
            | "Ainsi" | "Cependant" | "Pourtant" | "Son" | "Sa" | "Ses" | "Leur" | "Leurs"
            | "Du" | "De" | "D'" | "D’" | "Au" | "Aux" | "C'" | "C’" | "Lors"
            // Russian, Ukrainian
            | "Он" | "Она" | "Они" | "Оно" | "Мы" | "Я" | "В" | "На" | "Но" | "И" | "Это" | "По"
            | "С" | "Как" | "После" | "Він" | "Вона" | "Вони" | "Але"
            // German
            | "Der" | "Die" | "Das" | "Er" | "Sie" | "Es" | "Wir" | "Ich" | "Ein" | "Eine"
            | "Aber" | "Und" | "Im" | "Am" | "Auf" | "Nach"
            // Spanish, Italian, Portuguese
            | "El" | "Los" | "Las" | "Él" | "Ella" | "Ellos" | "Pero" | "Y" | "Según" | "Por"
            | "Para" | "Lo" | "Gli" | "Lui" | "Lei" | "Ma" | "E" | "Per" | "Secondo" | "Os"
            | "Ele" | "Mas"
    )
}
