//! Indexing throughput and query latency on a synthetic corpus.
//!
//!     cargo run --release -p trame-search --example search_latency -- 100000
//!
//! Builds an index of N documents (default 10 000) in a temporary
//! directory from a few hundred generated French, English and Russian
//! sentences with varying entities, outlets and dates, then times about 200
//! mixed queries (words, phrases, exclusions, filters; every query computes
//! facets) and prints docs/s and latency percentiles.

use std::error::Error;
use std::path::Path;
use std::time::{Duration, Instant};

use trame_search::{IndexedDocument, IndexedEntity, SearchIndex, SearchQuery};

const DEFAULT_DOCS: usize = 10_000;
/// About 5 KB of text per document, as a news article.
const TARGET_TEXT_BYTES: usize = 5_000;
const WRITER_HEAP: usize = 200_000_000;
const COMMIT_EVERY: usize = 20_000;

/// A small deterministic generator (xorshift), so runs are comparable.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

struct Language {
    code: &'static str,
    subjects: &'static [&'static str],
    verbs: &'static [&'static str],
    objects: &'static [&'static str],
    places: &'static [&'static str],
}

const LANGUAGES: [Language; 3] = [
    Language {
        code: "fr",
        subjects: &[
            "Le gouvernement de la Valdorie",
            "Le secrétaire général du Pacte",
            "Le ministre kestrénien",
            "Un haut responsable de la sécurité",
            "Les habitants de Dravik",
            "L'opposition",
            "Le Premier ministre Aurel Kostan",
            "Piet Lanvaard",
            "Les observateurs internationaux",
            "Un porte-parole de l'OTAN",
            "La présidence du Lusmark",
            "Les soldats du Pacte",
        ],
        verbs: &[
            "a annoncé",
            "a démenti",
            "a confirmé",
            "aurait reconnu",
            "a rejeté",
            "a réclamé",
            "a dénoncé",
            "a promis",
            "a estimé",
            "a laissé entendre",
        ],
        objects: &[
            "l'envoi de 1 200 soldats",
            "la fermeture de la frontière",
            "une enquête indépendante",
            "la hausse du prix du gaz",
            "l'arrivée des troupes du Pacte",
            "un cessez-le-feu temporaire",
            "des élections anticipées",
            "l'existence de camps d'entraînement",
            "la mission défensive",
            "une aide humanitaire d'urgence",
            "le couvre-feu à Castrelle",
            "des sanctions économiques",
        ],
        places: &[
            "dans la vallée de la Sarn",
            "à Castrelle",
            "à Velmar",
            "près de Dravik",
            "à la frontière kestrénienne",
            "devant le Parlement",
            "lors d'une allocution télévisée",
            "d'après l'Ouzbékistan",
            "selon des sources anonymes",
        ],
    },
    Language {
        code: "en",
        subjects: &[
            "The government of Valdoria",
            "The Compact's secretary general",
            "Kestrenia's foreign minister",
            "A senior security official",
            "Residents of Dravik",
            "The opposition",
            "Prime Minister Aurel Kostan",
            "Piet Lanvaard",
            "International observers",
            "A NATO spokesperson",
            "Lusmark's presidency",
            "Compact soldiers",
        ],
        verbs: &[
            "announced",
            "denied",
            "confirmed",
            "reportedly acknowledged",
            "rejected",
            "demanded",
            "condemned",
            "promised",
            "estimated",
            "hinted at",
        ],
        objects: &[
            "the deployment of 1,200 soldiers",
            "the closure of the border",
            "an independent inquiry",
            "the rise in gas prices",
            "the arrival of Compact troops",
            "a temporary ceasefire",
            "early elections",
            "the existence of training camps",
            "the defensive mission",
            "emergency humanitarian aid",
            "the curfew in Castrelle",
            "economic sanctions",
        ],
        places: &[
            "in the Sarn Valley",
            "in Castrelle",
            "in Velmar",
            "near Dravik",
            "at the Kestrenian border",
            "outside parliament",
            "in a televised address",
            "according to anonymous sources",
            "after the pumping station shut down",
        ],
    },
    Language {
        code: "ru",
        subjects: &[
            "Правительство Валдории",
            "Генеральный секретарь Пакта",
            "Министр иностранных дел Кестрении",
            "Высокопоставленный представитель службы безопасности",
            "Жители Дравика",
            "Оппозиция",
            "Премьер-министр Аурел Костан",
            "Пит Ланваард",
            "Международные наблюдатели",
            "Представитель НАТО",
            "Президент Люсмарка",
            "Солдаты Пакта",
        ],
        verbs: &[
            "объявил",
            "опроверг",
            "подтвердил",
            "якобы признал",
            "отверг",
            "потребовал",
            "осудил",
            "пообещал",
            "оценил",
            "намекнул на",
        ],
        objects: &[
            "отправку 1 200 солдат",
            "закрытие границы",
            "независимое расследование",
            "рост цен на газ",
            "прибытие войск Пакта",
            "временное прекращение огня",
            "досрочные выборы",
            "существование тренировочных лагерей",
            "оборонительную миссию",
            "срочную гуманитарную помощь",
            "комендантский час в Кастреле",
            "экономические санкции",
        ],
        places: &[
            "в долине Сарна",
            "в Кастреле",
            "в Велмаре",
            "под Дравиком",
            "на кестренийской границе",
            "перед парламентом",
            "в телевизионном обращении",
            "по словам анонимных источников",
        ],
    },
];

const OUTLETS: [&str; 12] = [
    "Carrefour Global",
    "Horizon",
    "The Meridian Review",
    "The Coastal Dispatch",
    "Continental Wire",
    "La Vigie Continentale",
    "Вестник Пограничья",
    "Courrier de Castrelle",
    "Le Quotidien du Nord",
    "Baltic Observer",
    "Северный курьер",
    "Sarn Valley Post",
];
const LABELS: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];
const SOURCE_KINDS: [&str; 4] = ["named", "anonymous", "document", "none"];
const TECHNIQUES: [&str; 6] = [
    "Loaded_Language",
    "Doubt",
    "Name_Calling-Labeling",
    "Exaggeration-Minimisation",
    "Appeal_to_Fear-Prejudice",
    "Repetition",
];
/// Entity ids follow a skewed distribution, as names in news do.
const ENTITY_POOL: usize = 2_000;

/// A few hundred sentences per language, drawn from the grammar above.
fn sentences(random: &mut Random, language: &Language) -> Vec<String> {
    (0..300)
        .map(|_| {
            format!(
                "{} {} {} {}.",
                random.pick(language.subjects),
                random.pick(language.verbs),
                random.pick(language.objects),
                random.pick(language.places)
            )
        })
        .collect()
}

fn skewed_entity(random: &mut Random) -> IndexedEntity {
    // The square of a uniform draw favours small ids.
    let draw = random.below(ENTITY_POOL);
    let id = (draw * draw / ENTITY_POOL) as i64;
    IndexedEntity {
        id,
        label: LABELS[id as usize % LABELS.len()].to_string(),
        name: format!("Entity {id}"),
        qid: (id % 3 == 0).then(|| format!("Q{}", 1_000 + id)),
    }
}

fn document(n: usize, random: &mut Random, pools: &[Vec<String>]) -> IndexedDocument {
    let language_index = random.below(LANGUAGES.len());
    let pool = &pools[language_index];
    let mut text = String::with_capacity(TARGET_TEXT_BYTES + 200);
    while text.len() < TARGET_TEXT_BYTES {
        text.push_str(&pool[random.below(pool.len())]);
        text.push(if random.below(5) == 0 { '\n' } else { ' ' });
    }
    let entities: Vec<IndexedEntity> = (0..3 + random.below(10))
        .map(|_| skewed_entity(random))
        .collect();
    let speakers = entities.iter().take(2).cloned().collect();
    IndexedDocument {
        seq: n as u64,
        id: format!("doc-{n}"),
        title: pool[random.below(pool.len())].clone(),
        text,
        language: Some(LANGUAGES[language_index].code.to_string()),
        outlet: Some(OUTLETS[random.below(OUTLETS.len())].to_string()),
        published: (random.below(20) != 0).then(|| {
            format!(
                "{}-{:02}-{:02}",
                2020 + random.below(5),
                1 + random.below(12),
                1 + random.below(28)
            )
        }),
        entities,
        speakers,
        source_kinds: (0..random.below(3))
            .map(|_| SOURCE_KINDS[random.below(SOURCE_KINDS.len())].to_string())
            .collect(),
        techniques: (0..random.below(3))
            .map(|_| TECHNIQUES[random.below(TECHNIQUES.len())].to_string())
            .collect(),
    }
}

fn queries(random: &mut Random) -> Vec<SearchQuery> {
    let texts = [
        "soldats",
        "Valdorie",
        "Костан",
        "soldiers border",
        "\"vallée de la Sarn\"",
        "\"Sarn Valley\"",
        "OTAN -Kostan",
        "ceasefire elections",
        "прекращение огня",
        "Ouzbekistan",
        "gaz prix",
        "",
        "Lanvaard mission",
        "-Dravik",
        "санкции",
        "humanitarian aid Castrelle",
        "l'arrivée des troupes",
    ];
    (0..200)
        .map(|n| {
            let mut query = SearchQuery {
                text: texts[n % texts.len()].to_string(),
                ..SearchQuery::default()
            };
            match n % 6 {
                1 => query.outlet = Some(OUTLETS[random.below(OUTLETS.len())].to_string()),
                2 => query.entity = Some(format!("E{}", random.below(50))),
                3 => {
                    query.date_from = Some("2022-01-01".into());
                    query.date_to = Some("2022-06-30".into());
                }
                4 => {
                    query.language = Some(LANGUAGES[random.below(LANGUAGES.len())].code.into());
                    query.technique = Some(TECHNIQUES[random.below(TECHNIQUES.len())].into());
                }
                5 => query.offset = 20,
                _ => {}
            }
            query
        })
        .collect()
}

fn percentile(sorted: &[Duration], fraction: f64) -> Duration {
    let rank = ((sorted.len() as f64 * fraction).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn main() -> Result<(), Box<dyn Error>> {
    let docs: usize = match std::env::args().nth(1) {
        Some(arg) => arg.parse()?,
        None => DEFAULT_DOCS,
    };
    let dir = std::env::temp_dir().join(format!("trame-search-latency-{}", std::process::id()));
    let result = run(docs, &dir);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn run(docs: usize, dir: &Path) -> Result<(), Box<dyn Error>> {
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    let pools: Vec<Vec<String>> = LANGUAGES
        .iter()
        .map(|language| sentences(&mut random, language))
        .collect();
    let generated: Vec<IndexedDocument> = (0..docs)
        .map(|n| document(n, &mut random, &pools))
        .collect();
    let text_bytes: usize = generated.iter().map(|doc| doc.text.len()).sum();

    let index = SearchIndex::open_or_create(dir)?;
    let started = Instant::now();
    let mut writer = index.writer(WRITER_HEAP)?;
    for (n, doc) in generated.iter().enumerate() {
        writer.add(doc)?;
        if (n + 1) % COMMIT_EVERY == 0 {
            writer.commit(doc.seq)?;
        }
    }
    writer.commit(docs as u64)?;
    drop(writer);
    let indexing = started.elapsed();
    println!(
        "indexed {docs} docs ({:.1} MB of text) in {:.2} s: {:.0} docs/s, {:.3} ms/doc",
        text_bytes as f64 / 1e6,
        indexing.as_secs_f64(),
        docs as f64 / indexing.as_secs_f64(),
        indexing.as_secs_f64() * 1e3 / docs.max(1) as f64
    );

    let queries = queries(&mut random);
    // One pass to warm the page cache and the reader, as a running server is.
    for query in &queries {
        index.search(query)?;
    }
    let mut latencies = Vec::with_capacity(queries.len());
    let mut matched = 0;
    for query in &queries {
        let started = Instant::now();
        let results = index.search(query)?;
        latencies.push(started.elapsed());
        matched += results.total;
    }
    latencies.sort();
    println!(
        "{} queries (with facets), {} docs in the index, {:.0} matches on average: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        latencies.len(),
        index.doc_count(),
        matched as f64 / latencies.len() as f64,
        percentile(&latencies, 0.50).as_secs_f64() * 1e3,
        percentile(&latencies, 0.95).as_secs_f64() * 1e3,
        percentile(&latencies, 1.0).as_secs_f64() * 1e3,
    );
    Ok(())
}
