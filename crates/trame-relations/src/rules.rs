//! The rules, one sentence at a time. All offsets here are bytes of
//! `Document::text`; every slice goes through [`Context::slice`], which
//! refuses reversed or out-of-range spans instead of panicking.

use crate::lexicon::{self, LIST_SEPARATORS, LIST_WORDS, PORTFOLIO, ROLE, ROLE_LINK};
use crate::{Found, Mention, MEMBER_OF, ROLE as ROLE_KIND};
use regex::Regex;
use std::sync::LazyLock;
use trame_doc::{Document, EntityLabel};

/// How far (bytes) a rule looks before or after a mention for its words.
const WINDOW: usize = 160;
/// The longest gap (bytes) between an organisation and the verb that lists
/// its members ("Le Pacte, fondé en 2009, réunit …").
const MAX_ORG_GAP: usize = 80;
/// How far back (bytes) "l'organisation" looks for the organisation it names.
const MAX_ANAPHOR_DISTANCE: usize = 1500;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("static regex")
}

/// Cheap test that a sentence may state a membership.
static MEMBERSHIP_HINT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)membre|member|réuni|regroup|rassembl|compren|compos|formé|constitu|inclu|englob|rejoi|adhér|adhèr|intégr|quitt|retir|sorti|partie|group|together|compris|consist|made\s+up|join|left|withdr|quit|exited|part\s+of|входя|входи|член|объедин|включа|вступ|присоедин|выш|участни",
    )
});

/// Cheap test that a sentence may name a role.
static ROLE_HINT: LazyLock<Regex> = LazyLock::new(|| re(&format!("(?i){ROLE}")));

/// Verbs and relatives that open an enumeration of the members of the
/// organisation named just before them.
static ENUMERATION_TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)qui\s+(?:réuni(?:t|ssait)|regroup(?:e|ait)|rassembl(?:e|ait)|compren(?:d|ait)|inclu(?:t|ait)|englob(?:e|ait)|compte\s+parmi\s+ses\s+membres)|réunissant|regroupant|rassemblant|comprenant|incluant|compos[ée]e?s?\s+de|form[ée]e?s?\s+de|constitu[ée]e?s?\s+de|dont\s+sont\s+membres|dont\s+les\s+(?:pays\s+|états\s+)?membres\s+sont|réuni(?:t|ssait)|regroup(?:e|ait)|rassembl(?:e|ait)|(?:which|that)\s+(?:groups|grouped|brings\s+together|brought\s+together|includes|included|comprises|comprised|unites|gathers)|grouping|bringing\s+together|comprising|made\s+up\s+of|composed\s+of|consisting\s+of|whose\s+members\s+(?:are|include)|(?:its\s+)?members\s+(?:are|include)|groups|comprises|brings\s+together|(?:которая|который|которое)\s+(?:объединяет|включает)|в\s+(?:которую|который|которое)\s+входят|в\s+состав\s+которо(?:й|го)\s+входят|объединяющ\w+|объединяет|включает\s+в\s+себя",
    )
});

/// A noun phrase standing for an organisation named earlier.
static ORG_ANAPHOR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:l['’](?:organisation|alliance|union)|le\s+(?:bloc|pacte|groupe|club|traité)|the\s+(?:organi[sz]ation|alliance|bloc|group|pact|union)|альянс|организация|блок)\s*,?\s*$",
    )
});

/// Words before an organisation that announce its member list ("les membres
/// de l'", "the members of", "в", "членами").
static MEMBERS_OF_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:(?:les|the)\s+)?(?:(?:pays|états|nations)\s+)?(?:membres\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+)|members\s+of\s+(?:the\s+)?|в\s+состав\s+|в\s+|членами\s+)$",
    )
});

/// The verb after "les membres de X" that opens the list.
static MEMBERS_OF_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^\s*(?:sont|étaient|are|were|include|входят|входили|являются|являлись)\s*:?")
});

/// "NATO members Poland and Estonia", "NATO's members are …".
static ORG_MEMBERS_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:['’]s)?\s*(?:members|member\s+states|member\s+countries|états\s+membres|pays\s+membres)\s*[,:]?\s*(?:(?:are|include|sont)\s*:?)?",
    )
});

/// "…, dont la Norvège n'est pas membre", "…, of which X is not a member".
static DONT: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)[\s)»]*,\s*(?:dont|of\s+which)\s+"));

static DONT_MEMBER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:(?P<neg>n['’](?:est|était)\s+(?:pas|plus|pas\s+encore|toujours\s+pas)|ne\s+(?:sont|étaient)\s+(?:pas|plus)|n['’](?:a|ont)\s+jamais\s+été|(?:is|are|was|were)\s+not)|est|sont|était|étaient|is|are|was|were)\s+(?:un\s+|une\s+|a\s+|an\s+)?(?:membres?|partie|members?)",
    )
});

/// What a membership predicate asserts about its subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Effect {
    /// Is, becomes or joins: a member (unless negated).
    Member,
    /// Leaves: no longer a member.
    Leave,
}

/// Membership predicates between a subject before and an organisation after.
/// A `neg` group marks negation; a `pron` group means the organisation is
/// the pronoun object ("l'Orlanie l'a rejoint").
static PREDICATES: LazyLock<Vec<(Regex, Effect)>> = LazyLock::new(|| {
    vec![
        (
            re(
                r"(?i)(?:(?P<neg>n['’](?:est|était)\s+(?:pas|plus|pas\s+encore|toujours\s+pas)|ne\s+(?:sont|étaient)\s+(?:pas|plus|pas\s+encore)|n['’](?:a|ont)\s+jamais\s+été)|est|sont|était|étaient|est\s+devenue?|sont\s+devenus?|reste|restent|demeure|demeurent)\s+(?:un\s+|une\s+|des\s+)?(?:pays\s+|état\s+)?membres?(?:\s+à\s+part\s+entière)?\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+|d['’])",
            ),
            Effect::Member,
        ),
        (
            re(
                r"(?i)(?:(?P<neg>ne\s+(?:fait|font|faisait|faisaient)\s+(?:pas|plus|pas\s+encore)\s+partie)|(?:fait|font|faisait|faisaient)\s+partie)\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+|d['’])",
            ),
            Effect::Member,
        ),
        (
            re(
                r"(?i)(?:is|are|was|were|has\s+been|have\s+been|remains|remain|became|become)\s+(?P<neg>not\s+|no\s+longer\s+|not\s+yet\s+|never\s+)?(?:a\s+|an\s+)?(?:full\s+|founding\s+)?(?:members?|part)\s+of\s+",
            ),
            Effect::Member,
        ),
        (
            re(
                r"(?i)(?P<neg>isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:a\s+|an\s+)?members?\s+of\s+",
            ),
            Effect::Member,
        ),
        (
            re(
                r"(?i)(?P<neg>не\s+)?(?:является|являются|являлась|являлся|являлись|стала|стал|стали)\s+(?:членом|членами|участником|участницей|частью)\s+",
            ),
            Effect::Member,
        ),
        (
            re(r"(?i)(?P<neg>не\s+)?(?:входит|входят|входила|входил|входили)\s+в\s+(?:состав\s+)?"),
            Effect::Member,
        ),
        (
            re(r"(?i)(?P<pron>l['’](?:a|ont|avait|avaient)\s+rejoint|l['’]a\s+intégré)"),
            Effect::Member,
        ),
        (
            re(
                r"(?i)(?P<neg>n['’](?:a|ont|avait|avaient)\s+(?:pas|jamais)\s+(?:rejoint|adhéré\s+à|intégré))|(?:a|ont|avait|avaient)\s+(?:rejoint|adhéré\s+à|intégré)|rejoint|rejoignent|adhère\s+à|adhèrent\s+à|est\s+entrée?\s+dans|sont\s+entrés\s+dans",
            ),
            Effect::Member,
        ),
        (
            re(
                r"(?i)(?P<neg>(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t|never)\s+(?:join|joined))|(?:has\s+|have\s+|had\s+)?(?:joined|acceded\s+to)|joins",
            ),
            Effect::Member,
        ),
        (
            re(r"(?i)(?P<neg>не\s+)?(?:вступил[аио]?\s+в|присоединил(?:ась|ся|ись|ось)\s+к)\s*"),
            Effect::Member,
        ),
        (
            re(
                r"(?i)(?:a|ont|avait|avaient)\s+quitté|quitte|quittent|s['’](?:est|sont)\s+retiré(?:e|s|es)?\s+(?:de\s+l['’]|du\s+|de\s+la\s+|des\s+)|(?:est|sont)\s+sorti(?:e|s|es)?\s+(?:de\s+l['’]|du\s+|de\s+la\s+|des\s+)",
            ),
            Effect::Leave,
        ),
        (
            re(
                r"(?i)(?:has\s+|have\s+|had\s+)?(?:left|quit|withdrew\s+from|withdrawn\s+from|exited)",
            ),
            Effect::Leave,
        ),
        (re(r"(?i)(?:вышл[аио]|вышел)\s+из\s*"), Effect::Leave),
    ]
});

/// What may sit between a predicate's subject and the predicate.
static SUBJECT_GAP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:,\s*(?:qui|which|who|который|которая|которые)\s+)?(?:(?:also|already|finally|formally|officially|aussi|déjà|également|также|уже|официально)\s+)*$",
    )
});

/// A subject taken up by a pronoun after an incise ("Quant à la Kestrénie,
/// que l'on accuse de tous les maux, elle n'est pas membre du Pacte").
static SUBJECT_PRONOUN_GAP: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^,[^.;!?]{0,100},\s*(?:elle|il|elles|ils|it|they|она|он|они)\s+$"));

/// Articles and prepositions between a predicate and its organisation.
static OBJECT_GAP: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^\s*(?:l['’]|le\s+|la\s+|les\s+|the\s+)?\s*$"));

/// "X, secrétaire général de l'OTAN", "X, président du Kazakhstan".
static APPOSITION_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^\s*,\s*(?:l['’]|le\s+|la\s+|the\s+|un\s+|une\s+|a\s+|an\s+)?(?P<role>{ROLE})\s*{ROLE_LINK}"
    ))
});

/// A word that may be a demonym. Latin and Cyrillic letters only, as in
/// [`ROLE`]: a class of every letter makes the end-anchored rules rebuild
/// their automaton at each search.
const DEMONYM_WORD: &str = r"[\p{Latin}\p{Cyrillic}.-]+";

/// "X, premier ministre hongrois".
static APPOSITION_DEMONYM: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^\s*,\s*(?:l['’]|le\s+|la\s+|the\s+|un\s+|une\s+|a\s+|an\s+)?(?P<role>{ROLE})\s+(?P<dem>{DEMONYM_WORD})"
    ))
});

/// "le secrétaire général de l'" before "OTAN, X"; "пресс-секретарь " before
/// "Кремля X".
static ROLE_BEFORE_ORG: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?i)(?P<role>{ROLE})\s*{ROLE_LINK}$")));

/// " Secretary General " between "NATO" and "Jens Stoltenberg".
static ROLE_BETWEEN: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?i)^\s*(?:['’]s\s+)?(?P<role>{ROLE})\s*,?\s*$")));

/// A preposition right before a place name: the place is a complement.
static PREPOSITION_END: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?:^|[\s,])(?:in|at|from|to|à|en|au|aux|dans|de|в|во|из)\s*$"));

/// Role words and nothing else.
static ROLE_EXACT: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)^(?:{ROLE})$")));

/// "le Premier ministre hongrois " or "le ministre russe des Affaires
/// étrangères " before the person.
static ROLE_DEMONYM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?P<role>{ROLE})\s+(?P<dem>{DEMONYM_WORD})(?:\s+(?P<portfolio>{PORTFOLIO}))?\s*,?\s*$"
    ))
});

/// "Hungarian Prime Minister " before "Viktor Orbán".
static DEMONYM_ROLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?P<dem>{DEMONYM_WORD})\s+(?P<role>{ROLE})\s*,?\s*$"
    ))
});

/// One sentence and what the rules need around it.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub doc: &'a Document,
    /// Byte range of the sentence.
    pub start: usize,
    pub end: usize,
    /// Mentions inside the sentence, sorted by start.
    pub mentions: &'a [Mention],
    /// Every mention of the document, sorted by start.
    pub all_mentions: &'a [Mention],
}

impl Context<'_> {
    fn slice(&self, start: usize, end: usize) -> &str {
        self.text.get(start..end).unwrap_or("")
    }

    /// Up to [`WINDOW`] bytes of the sentence before `pos`.
    fn before(&self, pos: usize) -> (usize, &str) {
        let mut from = pos.saturating_sub(WINDOW).max(self.start);
        while from < pos && !self.text.is_char_boundary(from) {
            from += 1;
        }
        (from, self.slice(from, pos))
    }

    /// Up to [`WINDOW`] bytes of the sentence after `pos`.
    fn after(&self, pos: usize) -> &str {
        let mut to = (pos + WINDOW).min(self.end);
        while to > pos && !self.text.is_char_boundary(to) {
            to -= 1;
        }
        self.slice(pos, to)
    }

    /// Whether `[start, end)` is a run of whole words: no letter or digit
    /// glued to either side ("roi" is not a role inside "droit"). An end in
    /// an apostrophe or a space ("membre d'", "composé de ") may touch the
    /// next word.
    fn word_bounded(&self, start: usize, end: usize) -> bool {
        let span = self.slice(start, end);
        let last_is_letter = span.chars().next_back().is_some_and(char::is_alphanumeric);
        let glued_before = self
            .text
            .get(..start)
            .and_then(|s| s.chars().next_back())
            .is_some_and(char::is_alphanumeric);
        let glued_after = last_is_letter
            && self
                .text
                .get(end..)
                .and_then(|s| s.chars().next())
                .is_some_and(char::is_alphanumeric);
        !span.is_empty() && !glued_before && !glued_after
    }

    /// The nearest mention of the sentence ending at or before `pos`.
    fn mention_before(&self, pos: usize) -> Option<Mention> {
        self.mentions
            .iter()
            .filter(|m| m.end <= pos)
            .max_by_key(|m| (m.end, std::cmp::Reverse(m.start)))
            .copied()
    }

    /// The first mention of the sentence starting at or after `pos`.
    fn mention_after(&self, pos: usize) -> Option<Mention> {
        self.mentions.iter().find(|m| m.start >= pos).copied()
    }

    /// The entity of a country named by a demonym, if the document has one.
    fn country(&self, demonym: &str) -> Option<usize> {
        let names = lexicon::country_names(demonym)?;
        self.doc.entities.iter().position(|e| {
            e.label == EntityLabel::Loc
                && (names.contains(&e.name.to_lowercase().as_str())
                    || e.mentions.iter().any(|m| {
                        let mention = self.doc.slice(*m).to_lowercase();
                        names.contains(&mention.as_str())
                    }))
        })
    }

    /// The enumeration of members starting at `pos`: LOC/ORG mentions joined
    /// by commas, conjunctions and articles.
    fn enumeration_after(&self, pos: usize) -> Vec<Mention> {
        let mut items: Vec<Mention> = Vec::new();
        let mut cursor = pos;
        for m in self.mentions.iter().filter(|m| m.start >= pos) {
            if m.start < cursor {
                // Nested in or overlapping the previous item.
                continue;
            }
            if !list_gap(self.slice(cursor, m.start), items.is_empty()) || !is_member_label(m) {
                break;
            }
            items.push(*m);
            cursor = m.end;
        }
        items
    }

    /// The enumeration of subjects ending right before `pos`, given its last
    /// item, in text order.
    fn enumeration_ending_with(&self, last: Mention) -> Vec<Mention> {
        let mut items = vec![last];
        let mut cursor = last.start;
        for m in self.mentions.iter().rev().filter(|m| m.end <= last.start) {
            if m.end > cursor {
                continue;
            }
            if !list_gap(self.slice(m.end, cursor), false) || !is_member_label(m) {
                break;
            }
            items.push(*m);
            cursor = m.start;
        }
        items.reverse();
        items
    }

    /// The organisation an anaphor at `pos` stands for: the nearest ORG
    /// mention before it.
    fn antecedent(&self, pos: usize) -> Option<Mention> {
        let earlier = self.all_mentions.partition_point(|m| m.start < pos);
        self.all_mentions[..earlier]
            .iter()
            .rev()
            .take_while(|m| pos.saturating_sub(m.end) <= MAX_ANAPHOR_DISTANCE)
            .find(|m| m.end <= pos && self.is_organisation(m))
            .copied()
    }
}

/// Words (or word starts) of organisation names. The tagger labels unknown (for instance
/// fictional) organisations such as "Pacte des Marches du Nord" LOC; their
/// names still say what they are.
const ORGANISATION_WORDS: &[&str] = &[
    "pacte",
    "pact",
    "union",
    "organisation",
    "organization",
    "alliance",
    "traité",
    "treaty",
    "conseil",
    "council",
    "ligue",
    "league",
    "communauté",
    "community",
    "bloc",
    "forum",
    "groupe",
    "group",
    "association",
    "coalition",
    "commonwealth",
    "compact",
    "союз",
    "организаци",
    "договор",
    "совет",
    "альянс",
    "содружеств",
    "блок",
    "пакт",
];

impl Context<'_> {
    /// Whether a mention names an organisation that can have members.
    fn is_organisation(&self, m: &Mention) -> bool {
        match m.label {
            EntityLabel::Org => true,
            EntityLabel::Per => false,
            EntityLabel::Loc | EntityLabel::Misc => {
                let name = self
                    .doc
                    .entities
                    .get(m.entity)
                    .map(|e| e.name.to_lowercase())
                    .unwrap_or_default();
                let mention = self.slice(m.start, m.end).to_lowercase();
                // Word starts, so "Impact" is no pact but "Организации" is
                // an organisation.
                let has_word = |text: &str| {
                    text.split(|c: char| !c.is_alphanumeric())
                        .any(|word| ORGANISATION_WORDS.iter().any(|w| word.starts_with(w)))
                };
                has_word(&name) || has_word(&mention)
            }
        }
    }

    /// An organisation of the document named again before `pos` where the
    /// tagger missed it ("The Compact, founded in 2009, brings together …"
    /// after a tagged "Compact"): the nearest word-bounded occurrence of one
    /// of its mention texts, close enough to be the verb's subject.
    fn untagged_organisation_before(&self, pos: usize) -> Option<Mention> {
        let (from, before) = self.before(pos);
        let mut best: Option<Mention> = None;
        for m in self.all_mentions.iter().filter(|m| self.is_organisation(m)) {
            let surface = self.slice(m.start, m.end);
            if surface.chars().count() < 3 {
                continue;
            }
            let Some(offset) = before.rfind(surface) else {
                continue;
            };
            let (start, end) = (from + offset, from + offset + surface.len());
            let gap = self.slice(end, pos);
            let closer = best.is_none_or(|b| end > b.end);
            if closer
                && self.word_bounded(start, end)
                && gap.len() <= MAX_ORG_GAP
                && !gap.contains(['.', ';', '!', '?'])
            {
                best = Some(Mention { start, end, ..*m });
            }
        }
        best
    }

    /// Whether a mention can be what a person holds a role in.
    fn is_role_object(&self, m: &Mention) -> bool {
        matches!(m.label, EntityLabel::Org | EntityLabel::Loc) || self.is_organisation(m)
    }

    /// Whether the role words starting at `role_start` run through `org`:
    /// in "ministre de l'Intérieur" the tagged "Intérieur" is the portfolio,
    /// not the organisation.
    fn role_swallows(&self, role_start: usize, org: &Mention) -> bool {
        ROLE_EXACT.is_match(self.slice(role_start, org.end))
    }
}

fn is_member_label(m: &Mention) -> bool {
    matches!(m.label, EntityLabel::Loc | EntityLabel::Org)
}

/// Whether the text between two items (or before the first one) of an
/// enumeration holds only separators and articles.
fn list_gap(gap: &str, first: bool) -> bool {
    if gap.len() > 60 || gap.contains(['.', ';', '!', '?', '(', ')', '«', '»', '"']) {
        return false;
    }
    if !first && gap.contains(':') {
        return false;
    }
    let mut separated = first || gap.contains(',');
    for word in gap
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | '\'' | '’'))
        .filter(|w| !w.is_empty())
    {
        let word = word.to_lowercase();
        if !LIST_WORDS.contains(&word.as_str()) {
            return false;
        }
        separated |= LIST_SEPARATORS.contains(&word.as_str());
    }
    separated
}

fn normalise_role(role: &str) -> String {
    role.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Runs every rule on one sentence.
pub(crate) fn find(ctx: &Context, out: &mut Vec<Found>) {
    let sentence = ctx.slice(ctx.start, ctx.end);
    if MEMBERSHIP_HINT.is_match(sentence) {
        enumerations_after_trigger(ctx, sentence, out);
        enumerations_after_org(ctx, out);
        dont_member(ctx, sentence, out);
        predicates(ctx, sentence, out);
    }
    if ctx.mentions.iter().any(|m| m.label == EntityLabel::Per) && ROLE_HINT.is_match(sentence) {
        roles(ctx, out);
    }
}

/// Records `member_of` for each member but the organisation itself, with
/// `evidence` as the span that states it.
fn push_members(
    out: &mut Vec<Found>,
    members: &[Mention],
    org: usize,
    negated: bool,
    evidence: std::ops::Range<usize>,
) {
    for m in members.iter().filter(|m| m.entity != org) {
        out.push(Found {
            kind: MEMBER_OF,
            subject: m.entity,
            object: org,
            role: None,
            negated,
            start: evidence.start,
            end: evidence.end,
        });
    }
}

/// Evidence of an enumeration: from `start` to the end of its last member.
fn through_members(start: usize, members: &[Mention]) -> std::ops::Range<usize> {
    start..members.iter().map(|m| m.end).max().unwrap_or(start)
}

/// "l'OTSC, qui réunit la Russie, …", "L'organisation, qui réunit …".
fn enumerations_after_trigger(ctx: &Context, sentence: &str, out: &mut Vec<Found>) {
    for t in ENUMERATION_TRIGGER.find_iter(sentence) {
        let (t_start, t_end) = (ctx.start + t.start(), ctx.start + t.end());
        if !ctx.word_bounded(t_start, t_end) {
            continue;
        }
        let named = ctx.mention_before(t_start).filter(|m| {
            let gap = ctx.slice(m.end, t_start);
            ctx.is_organisation(m)
                && gap.len() <= MAX_ORG_GAP
                && !gap.contains(['.', ';', '!', '?'])
        });
        let (org, evidence_start) = match named {
            Some(m) => (m, m.start),
            None => {
                let (from, before) = ctx.before(t_start);
                let resolved = match ORG_ANAPHOR.find(before) {
                    Some(anaphor) => ctx
                        .antecedent(from + anaphor.start())
                        .map(|m| (m, from + anaphor.start())),
                    None => ctx
                        .untagged_organisation_before(t_start)
                        .map(|m| (m, m.start)),
                };
                match resolved {
                    Some(found) => found,
                    None => continue,
                }
            }
        };
        let members: Vec<Mention> = ctx
            .enumeration_after(t_end)
            .into_iter()
            .filter(|m| m.entity != org.entity)
            .collect();
        let evidence = through_members(evidence_start, &members);
        push_members(out, &members, org.entity, false, evidence);
    }
}

/// "les membres de l'OTSC sont …", "в ОДКБ входят …", "NATO members …".
fn enumerations_after_org(ctx: &Context, out: &mut Vec<Found>) {
    for org in ctx.mentions.iter().filter(|m| ctx.is_organisation(m)) {
        let (from, before) = ctx.before(org.start);
        let after = ctx.after(org.end);
        let (start, list_start) =
            match (MEMBERS_OF_PREFIX.find(before), MEMBERS_OF_VERB.find(after)) {
                (Some(prefix), Some(verb))
                    if ctx.word_bounded(from + prefix.start(), org.start) =>
                {
                    (from + prefix.start(), org.end + verb.end())
                }
                _ => match ORG_MEMBERS_SUFFIX.find(after) {
                    Some(suffix) if !suffix.as_str().trim().is_empty() => {
                        (org.start, org.end + suffix.end())
                    }
                    _ => continue,
                },
            };
        let members: Vec<Mention> = ctx
            .enumeration_after(list_start)
            .into_iter()
            .filter(|m| m.entity != org.entity)
            .collect();
        let evidence = through_members(start, &members);
        push_members(out, &members, org.entity, false, evidence);
    }
}

/// "l'Union européenne, dont la Norvège n'est pas membre".
fn dont_member(ctx: &Context, sentence: &str, out: &mut Vec<Found>) {
    for d in DONT.find_iter(sentence) {
        let d_start = ctx.start + d.start();
        let Some(org) = ctx
            .mention_before(d_start)
            .filter(|m| m.end == d_start && ctx.is_organisation(m))
        else {
            continue;
        };
        let members = ctx.enumeration_after(ctx.start + d.end());
        let Some(last) = members.last() else {
            continue;
        };
        let Some(predicate) = DONT_MEMBER.captures(ctx.after(last.end)) else {
            continue;
        };
        let negated = predicate.name("neg").is_some();
        let end = predicate.get(0).map_or(last.end, |p| last.end + p.end());
        push_members(out, &members, org.entity, negated, org.start..end);
    }
}

/// "X n'est pas membre de Y", "X joined Y", "X вышла из Y", "l'Orlanie l'a
/// rejoint".
fn predicates(ctx: &Context, sentence: &str, out: &mut Vec<Found>) {
    for (regex, effect) in PREDICATES.iter() {
        for c in regex.captures_iter(sentence) {
            let Some(whole) = c.get(0) else { continue };
            let (p_start, p_end) = (ctx.start + whole.start(), ctx.start + whole.end());
            let trimmed_end = ctx.start + whole.as_str().trim_end().len() + whole.start();
            if !ctx.word_bounded(p_start, trimmed_end) {
                continue;
            }
            let Some(last_subject) = ctx.mention_before(p_start).filter(|m| {
                let gap = ctx.slice(m.end, p_start);
                is_member_label(m)
                    && (SUBJECT_GAP.is_match(gap) || SUBJECT_PRONOUN_GAP.is_match(gap))
            }) else {
                continue;
            };
            let subjects = ctx.enumeration_ending_with(last_subject);
            let first_start = subjects.first().map_or(last_subject.start, |m| m.start);
            let object = if c.name("pron").is_some() {
                ctx.mentions
                    .iter()
                    .rev()
                    .find(|m| m.end <= first_start && ctx.is_organisation(m))
                    .map(|m| (*m, m.start, p_end))
            } else {
                ctx.mention_after(p_end)
                    .filter(|m| {
                        OBJECT_GAP.is_match(ctx.slice(p_end, m.start)) && ctx.is_organisation(m)
                    })
                    .map(|m| (m, first_start, m.end))
            };
            let Some((org, start, end)) = object else {
                continue;
            };
            let negated_words = c.name("neg").is_some();
            let negated = match effect {
                Effect::Member => negated_words,
                // "n'a pas quitté" asserts nothing the member rules miss.
                Effect::Leave if negated_words => continue,
                Effect::Leave => true,
            };
            push_members(out, &subjects, org.entity, negated, start..end);
        }
    }
}

/// Roles of the persons named in the sentence.
fn roles(ctx: &Context, out: &mut Vec<Found>) {
    for person in ctx.mentions.iter().filter(|m| m.label == EntityLabel::Per) {
        if let Some(found) = role_after(ctx, person).or_else(|| role_before(ctx, person)) {
            out.push(found);
        }
    }
}

fn role_found(person: &Mention, object: usize, role: &str, start: usize, end: usize) -> Found {
    Found {
        kind: ROLE_KIND,
        subject: person.entity,
        object,
        role: Some(normalise_role(role)),
        negated: false,
        start,
        end,
    }
}

/// "X, secrétaire général de l'OTAN", "X, premier ministre hongrois".
fn role_after(ctx: &Context, person: &Mention) -> Option<Found> {
    let after = ctx.after(person.end);
    if let Some(c) = APPOSITION_ROLE.captures(after) {
        let role = c.name("role")?;
        let link_end = person.end + c.get(0)?.end();
        let bounded = ctx.word_bounded(person.end + role.start(), person.end + role.end());
        if let Some(org) = ctx.mention_after(link_end).filter(|m| {
            bounded
                && ctx.is_role_object(m)
                && ctx.slice(link_end, m.start).trim().is_empty()
                && !ctx.role_swallows(person.end + role.start(), m)
        }) {
            return Some(role_found(
                person,
                org.entity,
                role.as_str(),
                person.start,
                org.end,
            ));
        }
    }
    let c = APPOSITION_DEMONYM.captures(after)?;
    let (role, demonym) = (c.name("role")?, c.name("dem")?);
    if !ctx.word_bounded(person.end + role.start(), person.end + role.end()) {
        return None;
    }
    let country = ctx.country(demonym.as_str())?;
    Some(role_found(
        person,
        country,
        role.as_str(),
        person.start,
        person.end + demonym.end(),
    ))
}

/// "le secrétaire général de l'OTAN, X", "NATO Secretary General X", "le
/// Premier ministre hongrois X", "Hungarian Prime Minister X".
fn role_before(ctx: &Context, person: &Mention) -> Option<Found> {
    if let Some(org) = ctx
        .mention_before(person.start)
        .filter(|m| ctx.is_role_object(m))
    {
        let gap = ctx.slice(org.end, person.start);
        if gap.trim_start().trim_start_matches(',').trim().is_empty() {
            let (from, before) = ctx.before(org.start);
            if let Some(role) = ROLE_BEFORE_ORG
                .captures(before)
                .and_then(|c| c.name("role"))
            {
                if ctx.word_bounded(from + role.start(), from + role.end())
                    && !ctx.role_swallows(from + role.start(), &org)
                {
                    return Some(role_found(
                        person,
                        org.entity,
                        role.as_str(),
                        from + role.start(),
                        person.end,
                    ));
                }
            }
        }
        // "In Moscow President X" names a place, not the office's country.
        let place_complement =
            org.label == EntityLabel::Loc && PREPOSITION_END.is_match(ctx.before(org.start).1);
        if let Some(role) = ROLE_BETWEEN.captures(gap).and_then(|c| c.name("role")) {
            if !place_complement && ctx.word_bounded(org.end + role.start(), org.end + role.end()) {
                return Some(role_found(
                    person,
                    org.entity,
                    role.as_str(),
                    org.start,
                    person.end,
                ));
            }
        }
    }
    let (from, before) = ctx.before(person.start);
    for regex in [&*ROLE_DEMONYM_BEFORE, &*DEMONYM_ROLE_BEFORE] {
        let Some(c) = regex.captures(before) else {
            continue;
        };
        let (Some(role), Some(demonym)) = (c.name("role"), c.name("dem")) else {
            continue;
        };
        if !ctx.word_bounded(from + role.start(), from + role.end())
            || !ctx.word_bounded(from + demonym.start(), from + demonym.end())
        {
            continue;
        }
        if let Some(country) = ctx.country(demonym.as_str()) {
            let start = from + role.start().min(demonym.start());
            let role = match c.name("portfolio") {
                Some(portfolio) => format!("{} {}", role.as_str(), portfolio.as_str()),
                None => role.as_str().to_string(),
            };
            return Some(role_found(person, country, &role, start, person.end));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(regex: &Regex, text: &str, name: &str) -> Option<String> {
        let captures = regex.captures(text)?;
        Some(captures.name(name)?.as_str().to_string())
    }

    #[test]
    fn russian_roles_keep_their_case_endings() {
        for role in [
            "президентом",
            "Генеральным секретарём",
            "пресс-секретаря",
            "командующего",
            "бывшего министра обороны",
        ] {
            assert!(ROLE_EXACT.is_match(role), "{role}");
        }
        assert_eq!(
            group(&ROLE_BEFORE_ORG, "встретился с президентом ", "role").as_deref(),
            Some("президентом")
        );
    }

    #[test]
    fn demonyms_are_latin_or_cyrillic_words() {
        let before = "a rencontré le Premier ministre hongrois ";
        assert_eq!(
            group(&ROLE_DEMONYM_BEFORE, before, "dem").as_deref(),
            Some("hongrois")
        );
        let before = "встретился с казахстанским президентом ";
        assert_eq!(
            group(&DEMONYM_ROLE_BEFORE, before, "dem").as_deref(),
            Some("казахстанским")
        );
        assert_eq!(
            group(&DEMONYM_ROLE_BEFORE, before, "role").as_deref(),
            Some("президентом")
        );
    }
}
