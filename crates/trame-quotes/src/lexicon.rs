//! Speech cues per language, compiled once per language set.
//!
//! One regex per language set holds every cue class as a named group, so a
//! sentence is scanned once and the class is read off the group that matched.
//! Verbs are matched case-sensitively (lowercase) on purpose: "United States"
//! or "Le Juge" must not read as "states" or "juge".

use regex::Regex;
use std::sync::LazyLock;

/// How a cue relates to its speaker and content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueClass {
    /// A speech or thought verb: speaker is its subject ("X said") or, right
    /// after a quote, follows it ("», a déclaré X", "said X").
    Verb,
    /// A verb whose clause is reported only with a complementizer ("polls
    /// show that …"); alone it is not speech.
    ThatVerb,
    /// A preposition naming the speaker after it ("selon X", "according to X").
    Prep,
    /// French inversion holding its pronoun speaker ("a-t-il ajouté").
    Inverted,
    /// A verb that qualifies with someone's words ("called it “…”",
    /// "qualifie les faits d'« … »"): a cue for quoted terms only.
    Govern,
}

pub(crate) struct Lexicon {
    pub cue: Regex,
    /// Each class's alternatives alone, anchored at the start, in the
    /// priority order of `cue`'s alternation: the first that matches at the
    /// start of a `cue` match is the class that made it. Telling the class
    /// this way runs small automata instead of `cue`'s capturing engine,
    /// which over the whole lexicon cost more than finding the cues.
    classes: Vec<(CueClass, Regex)>,
    /// French and Russian verbs whose subject follows them right after a
    /// quote ("», analyse Orietta Cazzuli", "», détaillait alors la
    /// députée", "», — заключил Боррель"), anchored at the start. Many are
    /// nouns or other verbs elsewhere ("une analyse", "la note", "заключил
    /// договор"), so they are cues only in that position.
    pub postposed: Option<Regex>,
}

/// A cue found in the text.
#[derive(Debug, Clone)]
pub(crate) struct CueMatch {
    pub range: std::ops::Range<usize>,
    pub class: CueClass,
    /// The pronoun inside an inverted cue.
    pub pronoun: Option<std::ops::Range<usize>>,
}

impl Lexicon {
    /// The French or Russian verb (with its adverbs) at `at` whose subject
    /// follows it, as after a quote: "analyse", "détaillait alors", "se
    /// désole", "заключил".
    pub fn postposed_cue(
        &self,
        text: &str,
        at: usize,
        hi: usize,
    ) -> Option<std::ops::Range<usize>> {
        let region = text.get(at..hi)?;
        let m = self.postposed.as_ref()?.find(region)?;
        // The match ends on the character bounding the cue; a parenthesis
        // closing an adverb ("écrivent (conjointement)") stays with the cue.
        let cue = region[..m.end()]
            .trim_end_matches(|c: char| !is_pattern_word_char(c) && c != ')')
            .trim_end();
        (!cue.is_empty()).then(|| at..at + cue.len())
    }

    /// Cues in `text[lo..hi]`, in order.
    pub fn cues(&self, text: &str, lo: usize, hi: usize) -> Vec<CueMatch> {
        let Some(region) = text.get(lo..hi) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        // The fast automaton finds where cues are; the slower capturing
        // engine then only reads the short match to tell the cue class.
        for m in self.cue.find_iter(region) {
            let matched = m.as_str();
            let Some((class, regex)) = self
                .classes
                .iter()
                .find(|(_, regex)| regex.is_match(matched))
            else {
                continue;
            };
            let class = *class;
            let base = lo + m.start();
            // The match holds the cue and, on each side, the non-word
            // character (if any) that bounds it; a cue starts with a letter.
            let lead = matched
                .chars()
                .next()
                .filter(|&c| !is_pattern_word_char(c))
                .map_or(0, char::len_utf8);
            let trail = matched
                .chars()
                .next_back()
                .filter(|&c| !is_pattern_word_char(c) && matched.len() > lead)
                .map_or(0, char::len_utf8);
            let pronoun = if class == CueClass::Inverted {
                regex.captures(matched).and_then(|caps| {
                    caps.name("pro1")
                        .or_else(|| caps.name("pro2"))
                        .map(|p| base + p.start()..base + p.end())
                })
            } else {
                None
            };
            let start = base + lead;
            let whole_end = base + matched.len() - trail;
            if class == CueClass::Verb && reads_as_noun_or_passive(text, start, whole_end) {
                continue;
            }
            if class == CueClass::Verb && french_verb_is_not_speech(text, start, whole_end) {
                continue;
            }
            if class == CueClass::Prep
                && text[start..whole_end].eq_ignore_ascii_case("pour")
                && !pour_names_a_source(text, whole_end)
            {
                continue;
            }
            // "le principe selon lequel …" introduces a content, no source.
            if class == CueClass::Prep && opens_relative(text, whole_end) {
                continue;
            }
            let mut end = whole_end;
            // "continued:" needs its colon to be a cue, but the colon is not
            // part of the verb.
            while text[..end].ends_with([':', ',', '.', ' ']) {
                end -= 1;
            }
            out.push(CueMatch {
                range: start..end,
                class,
                pronoun,
            });
        }
        out
    }
}

/// Whether a relative pronoun follows `end`: "selon lequel", "d'après
/// laquelle", "according to which".
fn opens_relative(text: &str, end: usize) -> bool {
    let next = text[end..]
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    matches!(
        next.as_str(),
        "lequel" | "laquelle" | "lesquels" | "lesquelles" | "quoi" | "which" | "whom"
    )
}

/// Whether `word` opens a French noun phrase as the object of a verb: after
/// a quote, "», la présidence dénonce un « crime »" is a new clause, not
/// the quote's attribution.
pub fn is_french_object_determiner(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "un" | "une"
            | "le"
            | "la"
            | "les"
            | "des"
            | "du"
            | "l"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "cet"
            | "cette"
            | "ces"
    )
}

/// Whether `word` is a preposition opening a complement, which a speaker
/// phrase never does ("de Poutine, dit le mème").
pub(crate) fn opens_complement(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "de" | "du"
            | "des"
            | "d"
            | "à"
            | "au"
            | "aux"
            | "par"
            | "sur"
            | "of"
            | "by"
            | "for"
            | "from"
    )
}

/// The word before `at` and the word after `end`, lowercased.
fn neighbour_words(text: &str, at: usize, end: usize) -> (String, String) {
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    let before = text[..at].trim_end();
    let prev = before.rfind(|c: char| !is_word(c)).map_or(before, |i| {
        &before[i + before[i..].chars().next().map_or(1, char::len_utf8)..]
    });
    let after = text[end..].trim_start();
    let next = after
        .find(|c: char| !is_word(c))
        .map_or(after, |i| &after[..i]);
    (prev.to_lowercase(), next.to_lowercase())
}

/// English verb cues that read as nouns or passives in context: "support
/// for", "the show", "a new report", "first reported by", "can be found".
/// Learnt from PolNeAR train false positives.
fn reads_as_noun_or_passive(text: &str, start: usize, end: usize) -> bool {
    let cue = &text[start..end];
    if !cue.is_ascii() || cue.contains(char::is_whitespace) {
        return false;
    }
    let (prev, next) = neighbour_words(text, start, end);
    // "reported by Politico", "released by the campaign".
    if next == "by" {
        return true;
    }
    // "That said, …" is no attribution.
    if cue == "said" && prev == "that" && text[end..].starts_with(',') {
        return true;
    }
    let nounish = matches!(
        cue,
        "support"
            | "supports"
            | "show"
            | "shows"
            | "report"
            | "reports"
            | "offer"
            | "plans"
            | "plan"
            | "backing"
            | "release"
            | "released"
            | "read"
            | "want"
            | "wants"
    );
    if !nounish {
        return false;
    }
    let determiner = matches!(
        prev.as_str(),
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "this"
            | "these"
            | "those"
            | "more"
            | "less"
            | "strong"
            | "broad"
            | "overwhelming"
            | "continued"
            | "growing"
            | "public"
            | "popular"
            | "bipartisan"
            | "new"
            | "latest"
            | "percent"
            | "grassroots"
            | "radio"
            | "tv"
            | "talk"
            | "lent"
            | "lend"
            | "whose"
            | "of"
            | "in"
            | "on"
            | "for"
            | "with"
    ) || prev.ends_with("'s")
        || prev.ends_with("’s");
    let noun_follows = matches!(
        next.as_str(),
        "for" | "from" | "of" | "among" | "base" | "host" | "was" | "is" | "in"
    );
    determiner || noun_follows
}

/// Words between a verb and a quoted term in its object, at most: "explique
/// son « opération militaire spéciale »".
const MAX_QUOTED_OBJECT_WORDS: usize = 3;

/// French verb cues that report nothing in context: the fixed phrases
/// "autrement dit", "cela dit", "en dit long"; reflexive uses ("il se
/// disait suprémaciste", "se déclare favorable"), which describe the
/// subject; opinion verbs without a "que" clause ("qu’on pense à la vague
/// de chaleur", "Londres considère Bruxelles comme un concurrent").
fn french_verb_is_not_speech(text: &str, start: usize, end: usize) -> bool {
    let cue = &text[start..end];
    let (prev, next) = neighbour_words(text, start, end);
    if prev == "se" {
        return true;
    }
    match cue {
        "dit" => matches!(prev.as_str(), "autrement" | "cela" | "ceci" | "ça") || next == "long",
        // "Le journal écrit que …", "X y écrit ceci : « … »": these
        // presents report only before what they report. Elsewhere "écrit"
        // is a participle ("un télégramme écrit en 1946", "j'avais écrit",
        // "est-il écrit") or a noun, and the others take plain objects
        // ("l'Occident soutient l'Ukraine", "ce qui explique la diffusion").
        "écrit" | "écrivent" | "soutient" | "soutiennent" | "soutenait" | "soutenaient"
        | "explique" | "expliquent" => {
            let rest = text[end..].trim_start();
            // "le Kremlin qui explique son « opération militaire spéciale »":
            // quoted words in the object are the subject's.
            let quoted_object = rest
                .split_whitespace()
                .take(MAX_QUOTED_OBJECT_WORDS)
                .take_while(|w| !w.ends_with(['.', ',', ';']))
                .any(|w| w.starts_with(['«', '“']));
            let introduces = opens_que_clause(rest)
                || matches!(next.as_str(), "ceci" | "cela")
                || rest.starts_with([':', '«', '“', '"'])
                || quoted_object;
            // "j’avais (aussi) écrit": an auxiliary, after its elided
            // subject and before an adverb.
            let is_auxiliary = |word: &str| {
                let word = word.rsplit(['\'', '’']).next().unwrap_or_default();
                matches!(
                    word.to_lowercase().as_str(),
                    "ai" | "as" | "avais" | "avait" | "avons" | "avions" | "avez" | "aviez" | "est"
                )
            };
            let after_auxiliary = text[..start]
                .split_whitespace()
                .rev()
                .take(2)
                .any(is_auxiliary);
            // "», explique l’hydrologue": after a comma or a quote, the
            // verb's subject follows it. "écrit" there may be a participle
            // ("un télégramme, écrit en 1946, …"): it is the verb only before
            // its subject ("…, écrit le Dr Al Dhaheri", "…, écrit Sputnik").
            let participle_possible = matches!(cue, "écrit" | "écrivent");
            let subject_follows = rest.starts_with(char::is_uppercase)
                || matches!(next.as_str(), "le" | "la" | "les" | "un" | "une" | "cette")
                || next.starts_with("l'")
                || next.starts_with("l’");
            let inverted = (!participle_possible || subject_follows)
                && text[..start].trim_end().ends_with([',', '»', '”', '"']);
            !(introduces || inverted) || after_auxiliary
        }
        // "Elle ne répond ni aux enjeux économiques", "répond aux besoins":
        // meeting needs, not answering.
        "répond" | "répondent" | "répondait" | "répondaient" => {
            let mut rest = text[end..].split_whitespace();
            let first = rest.next().unwrap_or_default();
            let object = match first {
                "ni" => return true,
                "à" | "au" | "aux" => rest.next(),
                _ => None,
            };
            object.is_some_and(|w| {
                matches!(
                    w.trim_end_matches([',', '.', ';']),
                    "enjeux"
                        | "besoins"
                        | "attentes"
                        | "critères"
                        | "exigences"
                        | "normes"
                        | "objectifs"
                        | "conditions"
                        | "défis"
                        | "impératifs"
                )
            })
        }
        "pense" | "pensent" | "pensait" | "pensaient" | "croit" | "croient" | "croyait"
        | "croyaient" | "considère" | "considèrent" => !opens_que_clause(&text[end..]),
        // "qui assurent la protection de la frontière": ensuring, not
        // assuring; "», assure le ministre" has its subject after it.
        "assure" | "assurent" | "assurait" | "assuraient" => {
            let inverted = text[..start].trim_end().ends_with([',', '»', '”', '"']);
            let object = next.starts_with("l'")
                || next.starts_with("l’")
                || matches!(
                    next.as_str(),
                    "la" | "le"
                        | "les"
                        | "un"
                        | "une"
                        | "des"
                        | "sa"
                        | "son"
                        | "ses"
                        | "leur"
                        | "leurs"
                        | "cette"
                        | "ce"
                        | "cet"
                );
            object && !inverted
        }
        _ => false,
    }
}

/// Whether `rest` starts with "que"/"qu’", possibly after one adverb
/// ("considère ainsi que").
fn opens_que_clause(rest: &str) -> bool {
    let is_que = |w: &str| {
        let w = w.to_lowercase();
        w == "que" || w.starts_with("qu'") || w.starts_with("qu’")
    };
    let mut words = rest.split_whitespace();
    match (words.next(), words.next()) {
        (Some(first), _) if is_que(first) => true,
        (Some(first), Some(second)) => {
            first.chars().all(char::is_alphabetic)
                && first.chars().next().is_some_and(char::is_lowercase)
                && is_que(second)
        }
        _ => false,
    }
}

/// Whether the words after a sentence-opening "Pour" name whose view the
/// sentence gives ("Pour Macron, …", "Pour le média, …", "Pour lui, …",
/// "Pour certains, …"), rather than a purpose or a linking phrase ("Pour
/// faire face à la crise, …", "Pour cela, …", "Pour l’heure, …", "Pour
/// que …"). An exhortation is never a view: "Pour le climat et pour la
/// paix, marchons samedi".
fn pour_names_a_source(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start();
    let Some(first) = rest.split_whitespace().next() else {
        return false;
    };
    let sentence = rest.split(['.', '!', '?', '\n']).next().unwrap_or_default();
    if sentence
        .split_once(',')
        .and_then(|(_, clause)| clause.split_whitespace().next())
        .is_some_and(is_exhortation)
    {
        return false;
    }
    if first.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    let first = first.trim_end_matches([',', ';', ':', '.']).to_lowercase();
    // The head noun after an elided article is in the same word: "l’heure".
    let elided = ["l'", "l’", "d'", "d’"]
        .iter()
        .find_map(|article| first.strip_prefix(article));
    let head = match elided {
        Some(noun) => noun.to_string(),
        None if is_pour_pronoun(&first) => return true,
        None if is_pour_determiner(&first) => rest
            .split_whitespace()
            .nth(1)
            .map(|w| w.trim_end_matches([',', ';', ':', '.']).to_lowercase())
            .unwrap_or_default(),
        None => return false,
    };
    !head.is_empty() && !is_linking_noun(&head)
}

/// A French imperative of the first person plural or the second person
/// opening a clause: "marchons", "agissons", "votez" (lowercase, so that
/// no name is one).
fn is_exhortation(word: &str) -> bool {
    word.chars().count() >= 5
        && word.chars().all(char::is_lowercase)
        && (word.ends_with("ons") || word.ends_with("ez"))
        && !matches!(word, "assez" | "selon")
}

fn is_pour_pronoun(word: &str) -> bool {
    matches!(
        word,
        "lui"
            | "elle"
            | "eux"
            | "elles"
            | "moi"
            | "nous"
            | "vous"
            | "toi"
            | "certains"
            | "certaines"
    )
}

fn is_pour_determiner(word: &str) -> bool {
    matches!(
        word,
        "le" | "la"
            | "les"
            | "un"
            | "une"
            | "des"
            | "ce"
            | "cet"
            | "cette"
            | "ces"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "notre"
            | "nos"
            | "votre"
            | "vos"
            | "mon"
            | "ma"
            | "mes"
            | "beaucoup"
            | "plusieurs"
            | "nombre"
            | "de"
            | "tous"
            | "toutes"
    )
}

/// Nouns of linking phrases built on "pour": "pour l’heure", "pour le
/// reste", "pour l’essentiel", "pour le cas de", "pour ma part".
fn is_linking_noun(word: &str) -> bool {
    matches!(
        word,
        "heure"
            | "instant"
            | "moment"
            | "reste"
            | "essentiel"
            | "cas"
            | "part"
            | "fois"
            | "ensemble"
    )
}

const EN_AUX: &str = r"(?:(?:continued\s+to|continues\s+to|went\s+on\s+to|began\s+to|tried\s+to|sought\s+to|appeared\s+to|seemed\s+to|has|have|had|also|later|previously|repeatedly|recently|again|then|once|would|will|did|publicly|privately|reportedly|further|often|even|still|never|flatly|simply|quickly|immediately|just|already|long|been|has\s+since|not|n't|has\s+not|had\s+not|never|always|frequently|openly)\s+){0,3}";

const EN_VERBS: &str = r"said|says|say|told|tells|tell|added|adds|warned|warns|warn|stated|claimed|claims|claim|insisted|insists|insist|noted|notes|note|argued|argues|argue|wrote|writes|explained|explains|explain|reported|reports|announced|announces|declared|declares|asserted|asserts|acknowledged|acknowledges|acknowledge|admitted|admits|admit|confirmed|confirms|denied|denies|deny|suggested|suggests|suggest|recalled|recalls|replied|replies|responded|responds|asked|asks|tweeted|tweets|posted|observed|observes|pointed\s+out|points\s+out|emphasized|emphasizes|stressed|stresses|contended|contends|maintained|maintains|alleged|alleges|predicted|predicts|promised|promises|promise|vowed|vows|pledged|pledges|urged|urges|conceded|concedes|complained|complains|charged|countered|counters|agreed|agrees|agree|boasted|boasts|bragged|joked|quipped|lamented|echoed|testified|explained|believes|believe|believed|thinks|think|thought|expects|expect|expected|hopes|hope|hoped|fears|fear|feared|feels|feel|felt|knows|know|knew|worried|worries|wants|want|wanted|plans|planned|saying|adding|arguing|noting|warning|claiming|insisting|telling|explaining|suggesting|accused|accuses|criticized|criticizes|attacked|mocked|praised|blamed|blames|questioned|cautioned|announced|advised|predicted|estimated|acknowledged|recalled|reiterated|reiterates|repeated|indicated|signaled|hinted|implied|demanded|demands|called\s+for|calls\s+for|called\s+on|calls\s+on|pushed\s+back|accused|cited|cites|citing|cite|shows|show|showed|shown|showing|found|finds|supports|support|supported|saw|sees|mentioned|mentions|discussed|discusses|estimates|estimated|declined|demanding|demanded|decided|charges|proposed|proposes|propose|refuses|refused|emphasizing|opposed|opposes|oppose|pointed\s+to|points\s+to|offered|offering|spoke\s+of|speaks\s+of|spoke\s+about|disclosed|rejected|rejects|endorses|endorsed|endorse|announcing|released|criticized|blasted|slammed|outlined|detailed|linked|praised|backed|questioned|disputes|disputed|promising|described|describes|suggesting|reporting|accusing|defended|defends|acknowledging|questioning|attacking|comparing|recommended|recommends|revealed|reveals|concluded|expressed|touted|touts|highlighted|highlights|dismissed|dismisses|condemned|condemns|welcomed|applauded|lauded|vowing|pledging|urging|demanding|calling\s+for|hailed|hails|slams|blasts|pitched|argue|reiterating|conceding|contending|asserting|declaring|announce|predicting|promised|prefers|preferred|opposing|supporting|rejecting|endorsing|Says|Said|Vows|Warns|Claims|Slams|Blasts|Urges|Denies|Admits|Insists|Tells|Argues|Wants|Pledges|Promises|Rips|Calls\s+for|Accuses|Defends|Praises|Attacks|Questions|Touts|sought|seeking|seeks|appeared\s+to|appears\s+to|seems\s+to|seemed\s+to|denounced|denounces|considered|considers|asking|hoping|backing|describing|recalling|denouncing|ordered|criticizing|challenged|decried|identified|stating|defend|answered|requested|invoked|ignored|envisions|defending|reminded|recounted|filed|expecting|emailed|discussing|considering|compared|unveiled|thanked|portrayed|planning|favored|favors|encouraged|embraced|threatened|threatens|proposing|projected|praising|mocking|introduced|intended|delivered|advocated|advocates|yells|screams|screamed|sings|sang|shouted|shouts|yelled|chanted|chanting|cried|exclaimed|whispered|muttered|snapped|retorted|interjected";

const EN_THAT: &str = r"found|finds|find|show|shows|showed|shown|revealed|reveals|indicates|concluded|concludes|learned|determined|means|meant|realize|realized|understands|understood|assumed|assumes|agreed|decided|ruled|announced|argued|insisted|predicted|guessed|imagined|noticed|discovered|doubt|doubts|doubted|wonder|wonders|wondered|worry|recognize|recognized|recognizes";

const EN_GOVERN: &str = r"called|calls|call|described|describes|dubbed|dubs|labeled|labelled|labels|termed|branded|deemed|referred\s+to";

const FR_AUX: &str = r"(?:(?:a|ont|avait|avaient|aurait|auraient|aura|avons|ai|ayant)\s+(?:(?:par\s+exemple|de\s+nouveau|à\s+nouveau|pour\s+sa\s+part|pour\s+leur\s+part|de\s+son\s+côté|de\s+leur\s+côté|encore|aussi|également|déjà|pourtant|toutefois|ensuite|alors|ainsi|toujours|notamment|bien|clairement|publiquement|longtemps|souvent|même|immédiatement|justement|ouvertement|vivement|plusieurs\s+fois)\s+)?)";

const FR_PARTICIPLES: &str = r"déclaré|dit|souligné|formulé|ajouté|affirmé|expliqué|précisé|indiqué|averti|martelé|assuré|reconnu|dénoncé|estimé|annoncé|confié|rappelé|insisté|répondu|lancé|jugé|regretté|prévenu|confirmé|démenti|nié|écrit|raconté|admis|soutenu|fait\s+valoir|fait\s+savoir|observé|noté|relevé|poursuivi|commenté|tweeté|répété|promis|considéré|déploré|signalé|révélé|argué|plaidé|conclu|résumé|lâché|glissé|protesté|objecté|rétorqué|publié|accusé|demandé|exigé|réclamé|prédit|pensé|cru|avoué|reproché|suggéré|proposé|évoqué|répliqué|conseillé|alerté|détaillé|ironisé|tranché|mis\s+en\s+garde|préconisé|recommandé|critiqué|relayé|répertorié|recensé|documenté|constaté";

const FR_PRESENT: &str = r"déclare|déclarent|dit|disent|écrit|écrivent|souligne|soulignent|ajoute|ajoutent|affirme|affirment|estime|estiment|explique|expliquent|précise|précisent|indique|indiquent|avertit|avertissent|martèle|martèlent|assure|assurent|reconnaît|reconnait|reconnaissent|dénonce|dénoncent|confie|confient|rappelle|rappellent|insiste|insistent|répond|répondent|regrette|regrettent|prévient|préviennent|confirme|confirment|dément|démentent|raconte|racontent|admet|admettent|soutient|soutiennent|observe|poursuit|commente|tweete|pense|pensent|croit|croient|considère|considèrent|déplore|déplorent|signale|signalent|révèle|révèlent|observent|poursuivent|commentent|conclut|concluent|résume|résument|rétorque|rétorquent|avoue|avouent|suggère|suggèrent|prédit|prédisent|réclame|réclament|exige|accuse|accusent|fait\s+valoir|fait\s+savoir|met\s+en\s+garde|préconise|préconisent|recommande|recommandent";

const FR_INVERTED_PRESENT: &str = r"notent|relèvent|observent|rappellent|insistent|préviennent|déclare|dit|souligne|ajoute|affirme|estime|explique|précise|indique|avertit|martèle|assure|reconnaît|reconnait|dénonce|confie|rappelle|insiste|répond|lance|juge|regrette|prévient|confirme|dément|nie|écrit|raconte|admet|soutient|observe|poursuit|commente|pense|croit|résume|rétorque|lâche|glisse|note|relève|conclut|interroge|s['’]interroge|s['’]exclame|s['’]alarme|s['’]inquiète|s['’]indigne|s['’]étonne|continue|tranche|avoue|ironise|analyse|détaille|annonce|annoncent|écrivent|reconnaissent|estiment|affirment|assurent|expliquent|disent|ajoutent|soulignent|déclarent|concluent";

/// Imperfect stems of speech verbs ("déclarait", "expliquaient"): the tense
/// of most attributions in French articles that recount what was said.
const FR_IMPERFECT_STEMS: &str = r"pens|croy|déclar|dis|estim|soulign|ajout|affirm|expliqu|précis|indiqu|avertiss|martel|assur|reconnaiss|dénonç|confi|rappel|insist|répond|regrett|préven|confirm|dément|racont|admett|souten|écriv|annonç|avou|répét|signal|rétorqu|répliqu|détaill";

/// Imperfect stems that are speech only when inverted ("notait-il",
/// "jugeait-elle"): alone they take plain objects.
const FR_INVERTED_IMPERFECT_STEMS: &str = r"not|relev|lanç|juge|analys|tranch|ironis|résum|poursuiv|comment|observ|conclu|gliss|lâch|pens|croy";

/// Object pronouns between a subject and its speech verb ("X l’a toujours
/// rappelé", "Y nous explique", "Z y écrit ceci"): part of the cue, never
/// of the speaker.
const FR_CLITIC: &str = r"(?:l['’]|lui\s+|leur\s+|nous\s+|vous\s+|y\s+)?";

/// An object pronoun with a third-person auxiliary ("l’a", "nous avait"):
/// "nous avons dit" has a subject, not an object.
const FR_CLITIC_AUX: &str = r"(?:(?:l['’]|lui\s+|leur\s+|nous\s+|vous\s+)(?:a|ont|avait|avaient|aurait|auraient|aura)\s+(?:(?:encore|aussi|également|déjà|ainsi|toujours|bien|souvent|même|justement)\s+)?)";

/// Adverbs between a verb and its postposed subject ("», détaille encore le
/// rapport", "comme le dit si bien X").
const FR_POSTPOSED_ADVERBS: &str = r"(?:\s*\([\p{L}\s]{1,30}\)|\s+(?:un\s+peu\s+)?plus\s+(?:tôt|tard)(?:\s+dans\s+la\s+(?:semaine|journée|matinée|soirée))?|\s+(?:si|très|encore|alors|ainsi|aussi|également|enfin|pourtant|déjà|toutefois|bien|justement|souvent|volontiers))*";

/// Verbs of attribution only found with a postposed subject after a quote
/// ("», tacle X", "», a menacé Xi Jinping"), and reflexive ones ("», se
/// désole X", "», s’est exprimé X").
const FR_POSTPOSED_ONLY: &str = r"(?:s['’]|se\s+)(?:désole|désolent|amuse|agace|insurge|indigne|inquiète|étonne|exclame|alarme|emporte|félicite|réjouit|interroge|défend|justifie|souvient|offusque|exaspère|impatiente|plaint|lamente|agaçait|amusait|désolait|indignait|inquiétait|étonnait|exclamait|emportait|félicitait|réjouissait|interrogeait|défendait|justifiait|souvenait|plaignait)|s['’]est\s+(?:\p{L}+\s+)?(?:exprimé|exclamé|félicité|inquiété|indigné|emporté|interrogé|défendu|justifié|souvenu|plaint|amusé|agacé|alarmé|étonné|réjoui|insurgé)e?s?|(?:a|avait|aurait)\s+(?:\p{L}+\s+)?(?:menacé|prêché|tonné|fustigé|taclé|souri|plaisanté|renchéri|abondé|complété|nuancé|témoigné|raillé|asséné|ajouté|interpellé)|menace|menaçait|prêche|tonne|fustige|tacle|sourit|souriait|plaisante|renchérit|abonde|complète|nuance|témoigne|raille|assène|interpelle|enchaîne|argumente|tempête|peste|s['’]agace|s['’]amuse";

const FR_GOVERN: &str = r"qualifie|qualifient|qualifié|qualifiait|traite|traité|traitent|appelle|appellent|appelé|parle|parlent|parlé|évoque|évoquent|évoqué|dénoncé|dénonce|dénoncent|décrit|décrivent|décrie|décrient|décrié|désigne|désignent|désigné|surnomme|surnommé|présente|présenté|se\s+dit|se\s+disent|se\s+disait|se\s+déclare|se\s+déclarent|se\s+montre|se\s+montrent|invoque|invoquent|invoqué|fustige|fustigent|fustigé|fustigeait|fustigeaient|(?:employé|utilisé|repris)\s+(?:l['’]expression|le\s+terme|le\s+mot|la\s+formule)";

const RU_VERBS: &str = r"(?:(?:также|уже|ранее|тогда|вновь|снова|неоднократно|не)\s+)?(?:заявил|сказал|отметил|подчеркнул|подчёркнул|добавил|сообщил|пояснил|признал|уточнил|написал|предупредил|рассказал|заметил|указал|утверждал|заверил|подтвердил|напомнил|считал|говорил|обвинил|объяснил|выразил|высказал|ответил|посчитал|пообещал|призвал|констатировал|опроверг|отверг|полагал|сетовал|резюмировал|процитировал|иронизировал)(?:а|и|о)?|возмутил(?:ся|ась|ись)|задал(?:ся|ась|ись)\s+вопросом|зада[её]тся\s+вопросом|задаются\s+вопросом|поясняет|поясняют|добавляет|добавляют|уточняет|уточняют|рассказывает|рассказывают|признает|признаёт|признают|предупреждает|предупреждают|констатирует|констатируют|резюмирует|резюмируют|заверяет|заверяют|подтверждает|подтверждают|цитирует|цитируют|передает|передаёт|передают|сетует|сетуют|возмущается|возмущаются|говорится|заявляет|заявляют|считает|считают|говорит|говорят|утверждает|утверждают|полагает|полагают|настаивает|настаивают|отмечает|отмечают|подчеркивает|подчёркивает|сообщает|сообщают|пишет|пишут|уверен|уверена|уверены";

/// Russian verbs of attribution only read as such with their subject after
/// them, after a quote ("», — заключил Боррель", "», — продолжил
/// замминистра", "», — парировал он"): before an object they mean
/// something else ("заключил договор", "продолжил наступление").
const RU_POSTPOSED_ONLY: &str = r"(?:заключил|продолжил|парировал|возразил|отрезал|посетовал|подытожил|резюмировал|объявил)(?:а|и|о)?|(?:признал|пожаловал|высказал|поделил|усомнил|возмутил)(?:ся|ась|ись)";

const RU_GOVERN: &str = r"назвал(?:а|и)?|называет|называют|охарактеризовал(?:а|и)?";

/// English cues learnt from PolNeAR's train split (`data/README.md`;
/// rebuilt by `examples/learn_cues.rs`): one form a line, then its class.
const EN_LEARNT: &str = include_str!("../data/cues-en.tsv");

/// The learnt verb cues as one alternation, longest first so "pointed to"
/// wins over "pointed". Forms the hand lists give another class (govern
/// verbs such as "called") stay with that class.
fn learnt_verbs() -> String {
    let govern: Vec<&str> = EN_GOVERN.split('|').collect();
    let mut forms: Vec<&str> = EN_LEARNT
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut fields = l.split('\t');
            let form = fields.next()?;
            (fields.next()? == "verb").then_some(form)
        })
        .filter(|f| !govern.contains(f))
        .collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    forms
        .iter()
        .map(|f| {
            f.split(' ')
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join(r"\s+")
        })
        .collect::<Vec<_>>()
        .join("|")
}

fn build(en: bool, fr: bool, ru: bool) -> Lexicon {
    let mut inv = Vec::new();
    let mut prep = Vec::new();
    let mut verb = Vec::new();
    let mut that = Vec::new();
    let mut gov = Vec::new();
    if fr {
        inv.push(format!(
            r"{FR_CLITIC}(?:a-t|avait|aurait|ont|avaient|auraient)-(?P<pro1>il|elle|ils|elles|on)\s+(?:\p{{L}}+\s+)?(?:{FR_PARTICIPLES})|{FR_CLITIC}(?:{FR_INVERTED_PRESENT}|(?:{FR_IMPERFECT_STEMS}|{FR_INVERTED_IMPERFECT_STEMS})(?:ait|aient))-(?:t-)?(?P<pro2>il|elle|ils|elles|on)"
        ));
        // "Ce qui fait dire à Martin Brudermüller que « … »".
        prep.push(
            r"[Ss]elon|[Dd]['’]après|[Dd]e\s+l['’]avis\s+d(?:e|u|es)|[Aa]ux\s+yeux\s+d(?:e|u|es)|^Pour|(?:fait|font|faisait|faisaient)\s+dire\s+à"
                .to_string(),
        );
        // "Comme le disait X", "comme l’a rappelé X": the subject follows.
        prep.push(format!(
            r"[Cc]omme\s+l(?:e\s+|['’])(?:{FR_AUX}(?:{FR_PARTICIPLES})|{FR_PRESENT}|{FR_INVERTED_PRESENT}|(?:{FR_IMPERFECT_STEMS}|{FR_INVERTED_IMPERFECT_STEMS})(?:ait|aient)){FR_POSTPOSED_ADVERBS}"
        ));
        verb.push(format!(
            r"{FR_CLITIC_AUX}(?:{FR_PARTICIPLES})(?:e|s|es)?|{FR_AUX}(?:{FR_PARTICIPLES})|s['’]est\s+(?:\p{{L}}+\s+)?(?:exclamé|félicité|inquiété|indigné|dit|déclaré|montré|voulu)e?s?|{FR_CLITIC}(?:{FR_PRESENT})|(?:{FR_IMPERFECT_STEMS})(?:ait|aient)"
        ));
        // "il a qualifié X de « … »": the auxiliary is the cue's, not the
        // speaker's.
        gov.push(format!(r"{FR_AUX}?(?:{FR_GOVERN})"));
    }
    if en {
        prep.push(r"[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of".to_string());
        verb.push(format!(r"{EN_AUX}(?:{EN_VERBS})"));
        verb.push(format!(r"{EN_AUX}(?:{})", learnt_verbs()));
        // "Caddell continued:" introduces a quote; "continued to" does not.
        verb.push(format!(r"{EN_AUX}continued\s*[:,.]"));
        that.push(format!(r"{EN_AUX}(?:{EN_THAT})\s+that"));
        gov.push(EN_GOVERN.to_string());
    }
    if ru {
        prep.push(
            r"[Пп]о\s+словам|[Пп]о\s+мнению|[Пп]о\s+данным|[Пп]о\s+информации|[Кк]ак\s+(?:(?:заявил|сказал|отметил|сообщил|пояснил|подчеркнул)(?:а|и)?|переда[её]т|передают|сообщает|сообщают|пишет|пишут)"
                .to_string(),
        );
        verb.push(RU_VERBS.to_string());
        gov.push(RU_GOVERN.to_string());
    }
    // Order matters for leftmost-first alternation: inversions before plain
    // verbs ("a-t-il ajouté" must not be read as "a … ajouté"), and
    // that-verbs before verbs so "agreed that" keeps its complementizer test.
    let classes: Vec<(CueClass, String)> = [
        (CueClass::Inverted, inv),
        (CueClass::Prep, prep),
        (CueClass::ThatVerb, that),
        (CueClass::Verb, verb),
        (CueClass::Govern, gov),
    ]
    .into_iter()
    .filter(|(_, alts)| !alts.is_empty())
    .map(|(class, alts)| {
        let wrapped: Vec<String> = alts.iter().map(|alt| format!("(?:{alt})")).collect();
        (class, wrapped.join("|"))
    })
    .collect();
    let all: Vec<&str> = classes.iter().map(|(_, alts)| alts.as_str()).collect();
    // Word edges are spelled out rather than written `\b`: a Unicode `\b`
    // sends the regex engine off its fast automaton on non-ASCII text, and
    // an ASCII one would cut "déclaré" or "заявил" short.
    let bounded =
        |alts: &str| format!(r"(?:^|[^\p{{L}}\p{{N}}_])(?:{alts})(?:$|[^\p{{L}}\p{{N}}_])");
    // The patterns are constants of this file: a failure is a bug caught by
    // the tests, never an input-dependent condition.
    // The learnt cues make a large automaton: a roomier lazy-DFA cache keeps
    // it from being rebuilt on every sentence.
    let compile = |pattern: &str| {
        regex::RegexBuilder::new(pattern)
            .dfa_size_limit(32 << 20)
            .size_limit(64 << 20)
            .build()
            .expect("cue lexicon regex is valid")
    };
    let mut postposed_alternatives = Vec::new();
    if fr {
        postposed_alternatives.push(format!(
            r"(?:{FR_AUX}(?:{FR_PARTICIPLES})|{FR_PRESENT}|{FR_INVERTED_PRESENT}|(?:{FR_IMPERFECT_STEMS}|{FR_INVERTED_IMPERFECT_STEMS})(?:ait|aient)|{FR_POSTPOSED_ONLY}){FR_POSTPOSED_ADVERBS}"
        ));
    }
    if ru {
        postposed_alternatives.push(format!("(?:{RU_POSTPOSED_ONLY})"));
    }
    let postposed = (!postposed_alternatives.is_empty()).then(|| {
        compile(&format!(
            r"^(?:{})(?:$|[^\p{{L}}\p{{N}}_-])",
            postposed_alternatives.join("|")
        ))
    });
    Lexicon {
        postposed,
        cue: compile(&bounded(&all.join("|"))),
        classes: classes
            .iter()
            .map(|(class, alts)| (*class, compile(&format!("^{}", bounded(alts)))))
            .collect(),
    }
}

static ALL: LazyLock<Lexicon> = LazyLock::new(|| build(true, true, true));
static FR: LazyLock<Lexicon> = LazyLock::new(|| build(false, true, false));
static EN: LazyLock<Lexicon> = LazyLock::new(|| build(true, false, false));
static RU: LazyLock<Lexicon> = LazyLock::new(|| build(false, false, true));

/// The cue lexicon of an ISO 639-1 language; every language's cues when the
/// language is unknown or unsupported.
pub(crate) fn lexicon(lang: Option<&str>) -> &'static Lexicon {
    match lang.map(|l| l.get(..2).unwrap_or(l)) {
        Some("fr") => &FR,
        Some("en") => &EN,
        Some("ru") => &RU,
        _ => &ALL,
    }
}

/// Whether a cue is a French present that also reads after a comma with
/// its subject after it ("…, écrit le journal", "…, souligne l'ONG").
pub(crate) fn is_french_inverted_present(cue: &str) -> bool {
    FR_INVERTED_PRESENT.split('|').any(|form| form == cue)
}

/// Words that end a speaker phrase: clause links and complementizers.
pub(crate) fn is_clause_link(word: &str) -> bool {
    matches!(
        word,
        "that"
            | "and"
            | "but"
            | "because"
            | "while"
            | "when"
            | "as"
            | "if"
            | "than"
            | "so"
            | "which"
            | "who"
            | "whom"
            | "where"
            | "since"
            | "though"
            | "although"
            | "after"
            | "before"
            | "until"
            | "unless"
            | "whether"
            | "what"
            | "how"
            | "why"
            | "que"
            | "qu"
            | "qu'"
            | "qu’"
            | "et"
            | "mais"
            | "car"
            | "quand"
            | "lorsque"
            | "qui"
            | "dont"
            | "où"
            | "puisque"
            | "si"
            | "alors"
            | "comme"
            | "что"
            | "и"
            | "но"
            | "когда"
            | "который"
            | "которая"
            | "которые"
            | "а"
            | "если"
            | "как"
            | "чтобы"
    )
}

/// Words after which an inverted speaker ("said Trump on Monday") stops.
pub(crate) fn ends_inverted_speaker(word: &str) -> bool {
    is_clause_link(word)
        || matches!(
            word,
            "on" | "in"
                | "at"
                | "during"
                | "after"
                | "before"
                | "about"
                | "to"
                | "with"
                | "via"
                | "lors"
                | "dans"
                | "devant"
                | "à"
                | "au"
                | "aux"
                | "en"
                | "sur"
                | "ce"
                | "cette"
                | "в"
                | "во"
                | "на"
                | "журналистам"
                | "агентству"
                | "reporters"
                | "today"
                | "aujourd’hui"
                | "aujourd'hui"
                // "a déclaré Simonyan selon le Daily Beast": the outlet
                // that reports the words is not who says them.
                | "selon"
                | "d’après"
                | "d'après"
                | "according"
                | "citing"
                | "citant"
                | "согласно"
        )
        || is_day_word(word)
}

/// Days and "yesterday": adverbials between a cue and its postposed subject
/// ("a annoncé samedi le président") and after an inverted speaker.
pub(crate) fn is_day_word(word: &str) -> bool {
    matches!(
        word,
        "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "hier"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "yesterday"
    )
}

/// Determiners alone do not name a speaker ("le juge a dit" must not give
/// speaker "le" to a cue "juge").
/// Whether speaker words name a saying rather than someone who says it:
/// "« … », dit un slogan lancé dans les années 1980".
pub(crate) fn names_a_saying(words: &str) -> bool {
    let mut words = words.split_whitespace();
    let first = words.next().unwrap_or_default();
    let head = if is_bare_determiner(first) {
        words.next().unwrap_or_default()
    } else {
        first
    };
    matches!(
        head.to_lowercase().as_str(),
        "slogan"
            | "slogans"
            | "adage"
            | "dicton"
            | "proverbe"
            | "devise"
            | "maxime"
            | "motto"
            | "saying"
            | "proverb"
            | "лозунг"
            | "пословица"
    )
}

pub(crate) fn is_bare_determiner(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "the"
            | "a"
            | "an"
            | "le"
            | "la"
            | "les"
            | "l’"
            | "l'"
            | "un"
            | "une"
            | "des"
            | "ce"
            | "cette"
            | "ces"
    )
}

/// Personal pronouns that name a speaker to resolve later: the third-person
/// ones and those that stand for the writer or anyone.
pub(crate) fn is_pronoun(word: &str) -> bool {
    is_third_person_pronoun(word)
        || matches!(
            word.to_lowercase().as_str(),
            "we" | "i" | "on" | "nous" | "je" | "мы" | "я"
        )
}

/// Third-person personal pronouns: they stand for someone named earlier,
/// where "je", "nous", "on" stand for the writer or anyone.
pub fn is_third_person_pronoun(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "he" | "she"
            | "they"
            | "him"
            | "her"
            | "them"
            | "il"
            | "elle"
            | "ils"
            | "elles"
            | "lui"
            | "eux"
            | "он"
            | "она"
            | "они"
            | "него"
            | "неё"
            | "нее"
            | "них"
    )
}

/// Whether `lead`, the words before a quote in its sentence, hands the
/// floor back to the last speaker: "Et d'ajouter :", "avant de conclure :".
/// A French gerund or present participle of a speech verb ("en
/// expliquant", "en reconnaissant", ", déclarant"): its subject is the
/// clause's, and the words it governs are that subject's.
static SPEECH_GERUND: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)(?:(?:^|[^\p{L}])en\s+|,\s*)(?:expliquant|affirmant|déclarant|reconnaissant|soulignant|dénonçant|estimant|assurant|précisant|ajoutant|rappelant|qualifiant|évoquant|faisant\s+valoir|indiquant|annonçant|jugeant|promettant|réclamant|exigeant|critiquant|accusant|insistant|martelant|avertissant|fustigeant|plaidant|saluant|regrettant|déplorant)(?:$|[^\p{L}])",
    )
    .expect("static regex")
});

/// Connectives that may open a clause before its pronoun subject ("Puis
/// il a ajouté", "And she said").
pub(crate) fn is_connective(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "puis"
            | "alors"
            | "ensuite"
            | "et"
            | "mais"
            | "enfin"
            | "then"
            | "and"
            | "but"
            | "и"
            | "но"
            | "затем"
    )
}

/// Whether `text` holds a French speech gerund or participle.
pub fn has_speech_gerund(text: &str) -> bool {
    SPEECH_GERUND.is_match(text)
}

pub(crate) fn continues_speech(lead: &str) -> bool {
    let lead = lead.trim().replace('’', "'").to_lowercase();
    let words: Vec<&str> = lead
        .split(|c: char| c.is_whitespace() || c == '\'' || c == ':' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    // "et d'ajouter, plus loin :" — a short lead only.
    words.len() <= 6
        && matches!(words.first(), Some(&("et" | "avant" | "puis")))
        && matches!(words.get(1), Some(&("d" | "de")))
        && words.get(2).is_some_and(|verb| {
            matches!(
                *verb,
                "ajouter"
                    | "conclure"
                    | "poursuivre"
                    | "préciser"
                    | "insister"
                    | "enchaîner"
                    | "renchérir"
                    | "expliquer"
                    | "marteler"
                    | "lancer"
                    | "résumer"
            )
        })
}

/// Nouns after which a quoted phrase is a title, not speech.
pub(crate) fn is_title_noun(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "rapport"
            | "livre"
            | "ouvrage"
            | "intitulé"
            | "intitulée"
            | "baptisé"
            | "baptisée"
            | "film"
            | "documentaire"
            | "émission"
            | "série"
            | "album"
            | "chanson"
            | "roman"
            | "essai"
            | "tribune"
            | "report"
            | "book"
            | "titled"
            | "entitled"
            | "movie"
            | "documentary"
            | "show"
            | "series"
            | "song"
            | "novel"
            | "op-ed"
            | "column"
            | "article"
            | "headline"
            | "заголовком"
            | "заголовок"
            | "доклад"
            | "докладе"
            | "доклада"
            | "книга"
            | "книге"
            | "книгу"
            | "фильм"
            | "фильме"
            | "статья"
            | "статье"
            | "статью"
            | "под названием"
            | "названием"
            | "передача"
            | "программа"
    )
}

/// A character of a word, as the cue patterns' edges `[^\p{L}\p{N}_]` see it.
fn is_pattern_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}
