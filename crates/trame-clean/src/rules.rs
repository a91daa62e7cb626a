//! Line classification: which boilerplate or provenance rule a paragraph
//! line matches.
//!
//! Every line of every article passes through here, so the rules run as two
//! `RegexSet`s, one pass each: anchored rules on the whole line (the DFA
//! stops as soon as no rule can match the line's start, so long body lines
//! cost a few bytes), and unanchored rules only on lines short enough for
//! them. No pattern uses a Unicode `\b`, which would push the regex engine
//! off its DFA on non-ASCII text.

use std::sync::LazyLock;

use regex::{Regex, RegexSet};
use trame_doc::BoilerplateKind;

use crate::provenance::{
    ORIGINAL_ARTICLE_MARKER, REPUBLISHED_MARKER, SOURCE_MARKER, TRANSLATION_MARKER,
};

/// What a matched line is, as far as the line alone tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rule {
    Boilerplate(BoilerplateKind),
    /// "Lire aussi :", "Read more": navigation, and when nothing follows the
    /// prompt, the linked title is on the next line.
    ReadAlso,
    OriginalArticle,
    Translation,
    Republished,
    /// "Source : Y": provenance only among the closing lines.
    Source,
}

/// Decoration that may precede a boilerplate line: bullets, dashes,
/// Markdown emphasis, opening quotes or brackets.
const LEAD: &str = r#"[\s\-–—•·*_>|«"“(\[]*"#;

pub(crate) fn anchored(body: &str) -> String {
    format!("(?i)^{LEAD}(?:{body})")
}

pub(crate) fn compile(pattern: &str) -> Regex {
    // Patterns are constants of this crate; a broken one fails every test.
    Regex::new(pattern).expect("clean pattern is valid")
}

struct RuleDef {
    rule: Rule,
    /// Anchored at the line start (after `LEAD`), or found anywhere.
    anchored: bool,
    /// Longer lines are body text even when the pattern matches.
    max_len: usize,
    pattern: &'static str,
    /// A check the DFA-friendly pattern cannot express cheaply.
    confirm: fn(&str) -> bool,
}

use BoilerplateKind::*;

const fn start(rule: Rule, max_len: usize, pattern: &'static str) -> RuleDef {
    RuleDef {
        rule,
        anchored: true,
        max_len,
        pattern,
        confirm: always,
    }
}

const fn anywhere(rule: Rule, max_len: usize, pattern: &'static str) -> RuleDef {
    RuleDef {
        rule,
        anchored: false,
        max_len,
        pattern,
        confirm: always,
    }
}

fn always(_: &str) -> bool {
    true
}

/// "Copyright Jeanne Martin, Global Research, 2022": a line that opens with
/// the word is a credit only if it also gives a year or a sign.
fn is_copyright_credit(line: &str) -> bool {
    line.contains(['©', '('])
        || line.as_bytes().windows(4).any(|w| {
            (w.starts_with(b"19") || w.starts_with(b"20")) && w.iter().all(u8::is_ascii_digit)
        })
}

/// In priority order: when several rules match a line, the first wins
/// (a permission notice mentions copyright; a provenance line may carry a
/// copyright sign).
const RULES: &[RuleDef] = &[
    start(Rule::OriginalArticle, 400, ORIGINAL_ARTICLE_MARKER),
    start(Rule::Translation, 200, TRANSLATION_MARKER),
    start(Rule::Republished, 250, REPUBLISHED_MARKER),
    start(
        Rule::Boilerplate(Disclaimer),
        1500,
        r"avis\s+de\s+non[-\s]responsabilit|clause\s+de\s+non[-\s]responsabilit|avertissement\s*:|disclaimer\s*(?::|$|-|–)|haftungsausschluss|descargo\s+de\s+responsabilidad|aviso\s+legal|esclusione\s+di\s+responsabilit|отказ\s+от\s+ответственности|les\s+(?:opinions|vues|points\s+de\s+vue|propos)\s+(?:exprim\p{L}*|émis\p{L}*)\s+(?:dans\s+(?:cet|cette|ce|les)\s+(?:article|texte|tribune|chronique|publication|site)|ici|sur\s+ce\s+site|par\s+(?:l['’]auteur|les\s+auteurs|le\s+ou\s+les\s+auteurs))|(?:the\s+)?(?:views|opinions)\s+(?:and\s+opinions\s+)?expressed\s+(?:in\s+this|here|by\s+the\s+authors?|are\s+(?:those|solely))|мнение\s+(?:автора|авторов|редакции)|точка\s+зрения\s+(?:автора|редакции)|редакция\s+(?:может\s+не\s+разделять|не\s+несет|не\s+несёт)|die\s+(?:hier\s+|in\s+diesem\s+(?:artikel|beitrag)\s+)?(?:geäußerten|vertretenen|dargestellten)\s+(?:meinungen|ansichten)|las\s+opiniones\s+expresadas\s+(?:en\s+este|por\s+(?:el|los)\s+autor|son)|le\s+opinioni\s+espresse\s+(?:in\s+questo|dall['’]autore|dagli\s+autori|sono)|cet\s+article\s+n['’]engage",
    ),
    anywhere(
        Rule::Boilerplate(Disclaimer),
        800,
        r"(?i)n['’]engage(?:nt)?\s+que\s+(?:leur|leurs|son|ses|la\s+responsabilit|l['’]auteur|le\s+ou\s+les\s+auteurs|les\s+auteurs)|do(?:es)?\s+not\s+necessarily\s+(?:reflect|represent)\s+(?:the|those)\s+(?:views|opinions|position|official|policy|editorial)|ne\s+(?:reflètent|reflète|représentent|représente)\s+pas\s+(?:nécessairement|forcément)\s+(?:celles?|les?|la|l['’])\s*(?:opinion|position|point|vue|ligne)|не\s+(?:обязательно\s+)?(?:совпада\p{L}*|отража\p{L}*)\s+(?:с\s+)?(?:мнени\p{L}*|позици\p{L}*|точк\p{L}*\s+зрения)\s+редакции|мнение\s+редакции\s+может\s+не\s+совпадать|geben\s+nicht\s+(?:unbedingt|notwendigerweise|zwingend)\s+die\s+(?:meinung|ansicht|position)|no\s+(?:reflejan?|representan?)\s+necesariamente\s+(?:la|las|el)\s+(?:opini|posici|punto|l[íi]nea)|non\s+(?:riflett\p{L}+|rappresent\p{L}+)\s+necessariamente\s+(?:la|le|il|l['’])\s*(?:opinion|posizion|punto|linea)|se\s+dégage\s+de\s+toute\s+responsabilité|décline\s+toute\s+responsabilité|(?:is|are)\s+solely\s+responsible\s+for\s+(?:the\s+)?(?:content|views|opinions)",
    ),
    anywhere(
        Rule::Boilerplate(Permission),
        900,
        r"(?i)accorde\s+la\s+permission\s+de|(?:permission|autorisation)\s+(?:is\s+granted\s+|est\s+accordée\s+)?(?:to|de)\s+(?:reprint|republish|repost|reproduce|reproduire|republier|reprendre)|grants?\s+permission\s+to|(?:la\s+|toute\s+)?reproduction\s+(?:totale\s+ou\s+partielle|intégrale\s+ou\s+partielle|interdite|autorisée|strictement\s+interdite)|(?:may|may\s+not)\s+be\s+(?:reproduced|republished|reprinted|redistributed)|(?:licensed|available|published|distributed)\s+under\s+(?:a|the)\s+creative\s+commons|sous\s+(?:une\s+)?licence\s+creative\s+commons|(?:se\s+permite|queda\s+prohibida|está\s+prohibida)\s+la\s+reproducci|(?:è\s+consentita|è\s+vietata)\s+la\s+riproduzione|nachdruck\s+(?:nur|ausdrücklich|mit|ist|erwünscht|gestattet|verboten)|при\s+(?:перепечатке|цитировании|использовании\s+материалов)",
    ),
    start(
        Rule::Boilerplate(Permission),
        600,
        r"перепечатка|перепечатывание|полное\s+или\s+частичное\s+(?:копирование|использование)|toute\s+reproduction|reproduction\s+autorisée|reprinted\s+with\s+permission|reproduced\s+with\s+permission",
    ),
    start(
        Rule::Boilerplate(Copyright),
        300,
        r"©|\(c\)\s*(?:19|20)\d\d|tous\s+droits\s+réservés|all\s+rights\s+reserved|все\s+права\s+защищены|alle\s+rechte\s+vorbehalten|todos\s+los\s+derechos\s+reservados|tutti\s+i\s+diritti\s+riservati|droits\s+d['’]auteur\s*:",
    ),
    RuleDef {
        confirm: is_copyright_credit,
        ..start(Rule::Boilerplate(Copyright), 300, r"copyright(?:\s|:|©)")
    },
    anywhere(
        Rule::Boilerplate(Copyright),
        200,
        // Reserved-rights phrases close a credit line; mid-sentence they are
        // the body talking about rights.
        r"(?i)(?:tous\s+droits\s+réservés|all\s+rights\s+reserved|все\s+права\s+защищены|alle\s+rechte\s+vorbehalten|todos\s+los\s+derechos\s+reservados|tutti\s+i\s+diritti\s+riservati)[\s.!)»]*$|©\s*(?:19|20)\d\d|(?:19|20)\d\d\s*©",
    ),
    anywhere(
        Rule::Boilerplate(Copyright),
        1500,
        r"(?i)matériel\s+protégé\s+par\s+le\s+droit\s+d['’]auteur|contains?\s+copyrighted\s+material|principe\s+(?:d['’]|de\s+l['’])(?:utilisation|usage)\s+équitable",
    ),
    start(
        Rule::Boilerplate(Contact),
        300,
        r"contacts?\s+(?:média|médias|presse)|media\s+(?:contact|inquiries|enquiries)|press\s+(?:contact|inquiries)|pour\s+(?:nous\s+)?contacter|contactez[-\s]nous|contact\s+us|nous\s+contacter|pour\s+toute\s+(?:question|demande)|medienkontakt|pressekontakt|kontakt\s*:|contacto(?:\s+de\s+prensa)?\s*:|contatti?(?:\s+stampa)?\s*:|контакты(?:\s+для\s+(?:прессы|сми))?\s*:|для\s+связи|пресс-служба\s*:|e-?mail\s*:|courriel\s*:|contact\s*:|[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$",
    ),
    anywhere(
        Rule::Boilerplate(Contact),
        300,
        r"(?i)(?:veuillez\s+(?:nous\s+)?contacter|please\s+contact|write\s+to\s+us\s+at|écrivez-nous\s+à)\s*:?\s*[\w.+-]+@",
    ),
    start(
        Rule::Boilerplate(Subscription),
        300,
        r"soutenez|abonnez-vous|inscrivez-vous|recevez\s+(?:notre|nos|gratuitement)|faites\s+un\s+don|faire\s+un\s+don|pour\s+faire\s+un\s+don|merci\s+de\s+(?:faire\s+un\s+don|soutenir)|aidez-nous|subscribe|sign\s+up\s+(?:for|to)|donate|make\s+a\s+donation|support\s+(?:our|us|independent|this\s+site|the\s+work)|become\s+a\s+(?:patron|member|subscriber|supporter)|join\s+our\s+(?:newsletter|mailing)|get\s+(?:our|the)\s+newsletter|подпишитесь|подписывайтесь|поддержите|поддержать\s+(?:нас|проект|редакцию)|abonnieren\s+sie|jetzt\s+abonnieren|newsletter\s+abonnieren|spenden\s+sie|jetzt\s+spenden|unterstützen\s+sie|suscr[íi]b(?:ete|ase|irse)|hazte\s+socio|haz\s+una\s+donaci|dona\s+ahora|ap[óo]yanos|apoya\s+(?:nuestro|a\s+)|iscriviti|abbonati|sostieni|fai\s+una\s+donazione|dona\s+ora",
    ),
    start(
        Rule::Boilerplate(Share),
        100,
        r"partagez(?:\s+cet\s+article|\s+cette\s+page|-le)?|partager(?:\s+sur|\s+cet\s+article|\s+cette\s+page|\s*:|$)|share(?:\s+this|\s+on|\s+via|\s*:|$)|tweet(?:er)?(?:\s+this)?\s*$|email\s+this|envoyer\s+(?:par\s+e-?mail|cet\s+article)|imprimer(?:\s+cet\s+article)?\s*$|print(?:\s+this)?(?:\s+article|\s+page)?\s*$|поделиться|teilen(?:\s+sie)?\s*(?::|$)|diesen\s+(?:artikel|beitrag)\s+teilen|auf\s+(?:facebook|twitter|x)\s+teilen|compart(?:ir|e)(?:\s+en|\s+este|\s*:|$)|condividi",
    ),
    start(
        Rule::ReadAlso,
        200,
        r"lire\s+aussi|à\s+lire\s+(?:aussi|également)|a\s+lire\s+(?:aussi|également)|lire\s+également|voir\s+aussi|lire\s+la\s+suite|sur\s+le\s+même\s+sujet|dans\s+la\s+même\s+rubrique|articles?\s+(?:connexes|similaires|liés)|read\s+(?:more|also|next)|see\s+also|related(?:\s+(?:articles|stories|posts|content|reading))?\s*(?::|$)|more\s+on\s+this|recommended(?:\s+for\s+you)?\s*:|читайте\s+(?:также|еще|ещё)|смотрите\s+также|см\.\s+также|по\s+теме\s*:|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|weiterlesen|auch\s+interessant|lee\s+tambi[ée]n|leer\s+más|te\s+puede\s+interesar|ver\s+también|leggi\s+anche|leggi\s+(?:di\s+più|tutto)|potrebbe\s+interessarti|vedi\s+anche",
    ),
    start(
        Rule::Boilerplate(Navigation),
        200,
        r"(?:accueil|home|startseite|inicio|portada|главная)\s*[>»›/|→]|article\s+(?:précédent|suivant)|(?:previous|next)\s+(?:article|post|story)|mots[-\s]clés\s*:|tags\s*:|étiquettes\s*:|thèmes?\s*:|régions?\s*:|rubriques?\s*:|catégories?\s*:|categories\s*:|category\s*:|topics?\s*:|themen\s*:|теги\s*:|рубрика\s*:|etiquetas\s*:",
    ),
    start(
        Rule::Boilerplate(Other),
        200,
        r"(?:crédits?\s+photos?|photo\s+credit|image\s+credit|credits?|crédits?|фото|foto|photo|image|illustration|bildquelle|imagen)\s*:",
    ),
    start(Rule::Source, 200, SOURCE_MARKER),
];

/// Words that make up a row of share buttons: "Facebook Twitter Email"
/// (compared ignoring ASCII case, so Cyrillic ones come in both cases).
const SHARE_BUTTONS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "telegram",
    "email",
    "e-mail",
    "mail",
    "print",
    "imprimer",
    "reddit",
    "pinterest",
    "vk",
    "вконтакте",
    "ВКонтакте",
    "одноклассники",
    "Одноклассники",
    "mastodon",
    "bluesky",
    "threads",
    "flipboard",
    "messenger",
    "copier",
    "copy",
    "le",
    "lien",
    "link",
];

/// Fragments at least one of which every unanchored rule contains. Body
/// lines rarely hold any, and a case-sensitive literal search (Teddy or
/// Aho-Corasick inside the regex engine) is several times faster than the
/// case-insensitive set, which then runs only on the lines found. The
/// fragments skip the first letters of their words: that makes them
/// case-proof at sentence starts, and their rarer leading bytes keep the
/// literal search from stopping on every "con" or "per".
const ANYWHERE_PREFILTER: &str = "ngag|ssaire|ssaril|sariam|rcément|едакц|nbeding|twendig|zwing|sponsab|olely|ermissi|torisat|eproduc|iproduz|epublish|eprint|edistribut|ommons|achdruck|репечат|итирован|спользовании|servés|eserved|ащищен|rbehalt|servados|servati|©|'auteur|’auteur|yrighted|quitable|ontact|rite to us|crivez";

struct RuleSets {
    anchored: RegexSet,
    /// Index in `RULES` of each pattern of `anchored`.
    anchored_rules: Vec<usize>,
    anywhere: RegexSet,
    anywhere_rules: Vec<usize>,
    anywhere_prefilter: Regex,
    /// The longest line an unanchored rule accepts: longer lines skip that
    /// set entirely.
    anywhere_max_len: usize,
}

static RULE_SETS: LazyLock<RuleSets> = LazyLock::new(|| {
    let (anchored_rules, anywhere_rules): (Vec<usize>, Vec<usize>) =
        (0..RULES.len()).partition(|&i| RULES[i].anchored);
    let set = |indices: &[usize], build: fn(&str) -> String| {
        RegexSet::new(indices.iter().map(|&i| build(RULES[i].pattern)))
            .expect("clean rule set is valid")
    };
    RuleSets {
        anchored: set(&anchored_rules, anchored),
        anywhere: set(&anywhere_rules, str::to_string),
        anywhere_max_len: anywhere_rules
            .iter()
            .map(|&i| RULES[i].max_len)
            .max()
            .unwrap_or(0),
        anchored_rules,
        anywhere_rules,
        anywhere_prefilter: compile(ANYWHERE_PREFILTER),
    }
});

/// Lines up to this many bytes are checked against every rule; longer ones
/// only against the rules for long paragraphs when asked.
const SHORT_LINE: usize = 300;

pub(crate) fn is_short(line: &str) -> bool {
    line.len() <= SHORT_LINE
}

/// The rules `line` (trimmed) matches, in priority order; empty for body
/// text, without allocating. `long_rules`: whether a long line is checked
/// against the unanchored rules for long paragraphs (disclaimers,
/// permission notices), or only against the anchored ones.
pub(crate) fn classify(line: &str, long_rules: bool) -> Vec<Rule> {
    let sets = &*RULE_SETS;
    let check_anywhere = (long_rules || is_short(line))
        && line.len() <= sets.anywhere_max_len
        && sets.anywhere_prefilter.is_match(line);
    // `is_match` allocates nothing; most lines stop here.
    let any_match =
        sets.anchored.is_match(line) || (check_anywhere && sets.anywhere.is_match(line));
    if !any_match {
        return if line.len() <= 80 && is_share_buttons(line) {
            vec![Rule::Boilerplate(Share)]
        } else {
            Vec::new()
        };
    }
    let mut matched: Vec<usize> = sets
        .anchored
        .matches(line)
        .iter()
        .map(|i| sets.anchored_rules[i])
        .collect();
    if check_anywhere {
        matched.extend(
            sets.anywhere
                .matches(line)
                .iter()
                .map(|i| sets.anywhere_rules[i]),
        );
    }
    matched.retain(|&i| line.len() <= RULES[i].max_len && (RULES[i].confirm)(line));
    matched.sort_unstable();
    let mut rules: Vec<Rule> = matched.into_iter().map(|i| RULES[i].rule).collect();
    if line.len() <= 80 && is_share_buttons(line) {
        rules.push(Rule::Boilerplate(Share));
    }
    rules
}

fn is_share_buttons(line: &str) -> bool {
    let mut words = line
        .split(|c: char| c.is_whitespace() || "|·•,/".contains(c))
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some()
        && words.all(|w| {
            SHARE_BUTTONS
                .iter()
                .any(|button| button.eq_ignore_ascii_case(w))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(line: &str) -> Option<Rule> {
        classify(line, true).first().copied()
    }

    #[test]
    fn boilerplate_lines() {
        let cases = [
            ("Avis de non-responsabilité : Les opinions exprimées dans cet article n'engagent que le ou les auteurs.", Disclaimer),
            ("Disclaimer: The views expressed in this article are those of the author.", Disclaimer),
            ("Les opinions exprimées dans cet article n'engagent que leur auteur.", Disclaimer),
            ("Copyright © Jeanne Martin, Global Research, 2022", Copyright),
            ("© 2022 Le Devoir. Tous droits réservés.", Copyright),
            ("Все права защищены.", Copyright),
            ("Le Centre de recherche sur la mondialisation (CRM) accorde la permission de reproduire la version intégrale ou des extraits d'articles du site Mondialisation.ca sur des sites de médias alternatifs. Une note de droit d'auteur (copyright) doit également être indiquée.", Permission),
            ("Перепечатка материалов разрешается только с активной ссылкой на источник.", Permission),
            ("Contact média : media@globalresearch.ca", Contact),
            ("Partagez cet article", Share),
            ("Facebook | Twitter | Email", Share),
            ("Поделиться", Share),
            ("Soutenez notre travail : faites un don !", Subscription),
            ("Subscribe to our newsletter", Subscription),
            ("Подпишитесь на наш канал", Subscription),
            ("Accueil > Monde > Europe", Navigation),
        ];
        for (line, expected) in cases {
            assert_eq!(kind(line), Some(Rule::Boilerplate(expected)), "{line}");
        }
        assert_eq!(
            kind("Lire aussi : La guerre des mots"),
            Some(Rule::ReadAlso)
        );
        assert_eq!(kind("Читайте также:"), Some(Rule::ReadAlso));
    }

    #[test]
    fn body_lines_stay() {
        for line in [
            "Le juge a estimé que le copyright de l'œuvre appartenait à l'éditeur.",
            "Les opinions exprimées par les manifestants étaient diverses.",
            "Subscriptions to the service fell sharply last year, the company said, as rivals cut prices.",
            "Partager le pouvoir n'a jamais été son fort, a-t-il ajouté en souriant devant les caméras de télévision.",
            "Source de tensions, la réforme divise.",
        ] {
            assert_eq!(kind(line), None, "{line}");
        }
    }
}
