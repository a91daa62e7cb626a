use std::collections::HashSet;

use proptest::prelude::*;
use trame_doc::BoilerplateKind::{self, *};

use super::*;

const FRENCH_BODY: [&str; 6] = [
    "Le gouvernement a présenté mardi un plan de relance de 30 milliards d'euros, destiné selon lui à « remettre le pays sur les rails » après deux années de crise sanitaire.",
    "« Nous ne laisserons personne au bord du chemin », a déclaré le Premier ministre devant l'Assemblée nationale, sous les huées d'une partie de l'opposition.",
    "Pour l'économiste Marc Lefèvre, interrogé par Le Monde, ce plan « arrive trop tard et cible mal les ménages modestes ». Il rappelle que l'inflation a atteint 5,8 % sur un an.",
    "Le ministre de l'Économie a pour sa part assuré que les premières mesures entreraient en vigueur dès le mois de mars, sans toutefois préciser leur calendrier exact.",
    "Selon un rapport de la Cour des comptes publié en décembre, les dispositifs précédents n'ont profité qu'à un tiers des entreprises éligibles, faute d'information suffisante.",
    "Reste à savoir si le Parlement suivra. Les débats, qui s'ouvrent la semaine prochaine, s'annoncent houleux.",
];

fn french_article() -> String {
    let mut lines = vec![
        "Le plan de relance, une promesse de plus ?",
        "Par Jeanne Martin et Paul Durand",
        "Carrefour Global, 16 janvier 2022",
    ];
    lines.extend(FRENCH_BODY);
    lines.extend([
        "— Jeanne Martin",
        "Article original en anglais :",
        "Recovery Plan, Another Empty Promise?",
        "Global Research, le 12 janvier 2022",
        "Traduit de l'anglais par Hervé Dupont pour Mondialisation.ca",
        "La source originale de cet article est Global Research",
        "Copyright © Jeanne Martin et Paul Durand, Global Research, 2022",
        "Avis de non-responsabilité : Les opinions exprimées dans cet article n'engagent que le ou les auteurs. Le Centre de recherche sur la mondialisation se dégage de toute responsabilité concernant le contenu de cet article.",
        "Le Centre de recherche sur la mondialisation (CRM) accorde la permission de reproduire la version intégrale ou des extraits d'articles du site Mondialisation.ca sur des sites de médias alternatifs. La source de l'article, l'adresse url ainsi qu'un hyperlien vers l'article original du CRM doivent être indiqués. Une note de droit d'auteur (copyright) doit également être indiquée.",
        "Contact média : media@globalresearch.ca",
        "Partagez cet article",
        "Soutenez notre travail : faites un don à Mondialisation.ca",
    ]);
    lines.join("\n")
}

fn kinds(cleaned: &Cleaned) -> Vec<BoilerplateKind> {
    cleaned.boilerplate.iter().map(|b| b.kind).collect()
}

#[test]
fn french_republished_translation() {
    let cleaned = clean(&french_article(), &CleanOptions::default());
    assert_eq!(cleaned.text, FRENCH_BODY.join("\n\n"));

    let header = &cleaned.header;
    assert_eq!(
        header.title.as_deref(),
        Some("Le plan de relance, une promesse de plus ?")
    );
    assert_eq!(header.authors, ["Jeanne Martin", "Paul Durand"]);
    assert_eq!(header.published.as_deref(), Some("2022-01-16"));
    assert_eq!(header.outlet.as_deref(), Some("Carrefour Global"));

    let provenance = &cleaned.provenance;
    let original = provenance.original.as_ref().unwrap();
    assert_eq!(
        original.title.as_deref(),
        Some("Recovery Plan, Another Empty Promise?")
    );
    assert_eq!(original.outlet.as_deref(), Some("Global Research"));
    assert_eq!(original.date.as_deref(), Some("2022-01-12"));
    assert_eq!(original.language.as_deref(), Some("en"));
    assert_eq!(provenance.translated_by, ["Hervé Dupont"]);
    assert_eq!(provenance.republished_from, ["Global Research"]);
    assert!(provenance.links.is_empty());

    assert_eq!(
        kinds(&cleaned),
        [
            Byline,
            Byline,
            Byline,
            Byline,
            Provenance,
            Provenance,
            Provenance,
            Copyright,
            Disclaimer,
            Permission,
            Contact,
            Share,
            Subscription
        ]
    );
    assert_eq!(
        cleaned.boilerplate[4].text,
        "Article original en anglais :\nRecovery Plan, Another Empty Promise?\nGlobal Research, le 12 janvier 2022"
    );
}

#[test]
fn known_title_is_dropped_not_detected() {
    let text = format!(
        "Le plan de relance, une promesse de plus ?\n\n{}",
        FRENCH_BODY.join("\n\n")
    );
    let opts = CleanOptions {
        known_title: Some("Le plan de relance, une promesse de plus ? | Le Devoir"),
        ..CleanOptions::default()
    };
    let cleaned = clean(&text, &opts);
    assert_eq!(cleaned.text, FRENCH_BODY.join("\n\n"));
    assert_eq!(cleaned.header.title, None);
    assert_eq!(kinds(&cleaned), [Byline]);

    // A known title that the text does not repeat: the first line is body.
    let opts = CleanOptions {
        known_title: Some("Autre titre"),
        ..CleanOptions::default()
    };
    let cleaned = clean(&FRENCH_BODY.join("\n"), &opts);
    assert_eq!(cleaned.text, FRENCH_BODY.join("\n\n"));
}

#[test]
fn soft_hyphens_are_removed_from_the_body() {
    let text = FRENCH_BODY.join("\n\n");
    let hinted = text
        .replacen("de ", "de \u{AD}", 1)
        .replacen("ment", "me\u{AD}nt", 1);
    assert_ne!(hinted, text);
    let cleaned = clean(&hinted, &CleanOptions::default());
    assert_eq!(cleaned.text, clean(&text, &CleanOptions::default()).text);
}

const ENGLISH_BODY: [&str; 5] = [
    "The central bank raised its key interest rate by half a percentage point on Wednesday, its largest increase in more than two decades.",
    "\"Inflation is much too high and we understand the hardship it brings,\" the chair told reporters after the two-day meeting.",
    "Analysts at Goldman Sachs said in a note that they now expect three more increases this year, citing a tight labor market and rising wages.",
    "Some lawmakers warned that the move could tip the economy into recession. Senator Ruth Alvarez called it \"a gamble with people's jobs.\"",
    "Markets rallied after the announcement, with the S&P 500 closing up 3 percent.",
];

#[test]
fn english_article() {
    let mut lines = vec![
        "Central Bank Makes Biggest Rate Rise in Decades",
        "By Jane Roe, Jan. 12, 2022 at 10:00",
    ];
    lines.extend(ENGLISH_BODY);
    lines.extend([
        "Jane Roe is a senior economics correspondent based in Washington.",
        "This article was originally published on The Conversation.",
        "Translated from the German by John Smith",
        "Disclaimer: The views expressed in this article are those of the author and do not necessarily reflect the views of this site.",
        "© 2022 Example Media. All rights reserved.",
        "Share this article",
        "Facebook Twitter LinkedIn Email",
        "Subscribe to our newsletter",
        "Read more:",
        "Why inflation hits the poor hardest",
        "Media contact: press@example.org",
    ]);
    let cleaned = clean(&lines.join("\n\n"), &CleanOptions::default());
    assert_eq!(cleaned.text, ENGLISH_BODY.join("\n\n"));
    assert_eq!(
        cleaned.header.title.as_deref(),
        Some("Central Bank Makes Biggest Rate Rise in Decades")
    );
    assert_eq!(cleaned.header.authors, ["Jane Roe"]);
    assert_eq!(cleaned.header.published.as_deref(), Some("2022-01-12"));
    assert_eq!(cleaned.provenance.republished_from, ["The Conversation"]);
    assert_eq!(cleaned.provenance.translated_by, ["John Smith"]);
    let original = cleaned.provenance.original.as_ref().unwrap();
    assert_eq!(original.outlet.as_deref(), Some("The Conversation"));
    assert_eq!(original.language.as_deref(), Some("de"));
    assert_eq!(
        kinds(&cleaned),
        [
            Byline,
            Byline,
            Byline,
            Provenance,
            Provenance,
            Disclaimer,
            Copyright,
            Share,
            Share,
            Subscription,
            Navigation,
            Contact
        ]
    );
    assert_eq!(
        cleaned.boilerplate[10].text,
        "Read more:\nWhy inflation hits the poor hardest"
    );
}

const RUSSIAN_BODY: [&str; 5] = [
    "Правительство в среду одобрило законопроект о поддержке малого бизнеса, который, по словам премьер-министра, «поможет сохранить сотни тысяч рабочих мест».",
    "«Мы не оставим предпринимателей один на один с кризисом», — заявил глава кабинета на заседании.",
    "Эксперты Высшей школы экономики отмечают, что эффект от мер будет ограниченным: по их оценке, поддержку получат лишь около трети компаний.",
    "В оппозиции назвали документ запоздалым. Депутат Анна Смирнова заявила, что «деньги снова дойдут только до крупных игроков».",
    "Законопроект будет рассмотрен Госдумой в первом чтении на следующей неделе.",
];

#[test]
fn russian_article() {
    let mut lines = vec![
        "Правительство одобрило план поддержки бизнеса",
        "— Автор Иван Петров",
        "12 января 2022 г.",
    ];
    lines.extend(RUSSIAN_BODY);
    lines.extend([
        "Перевод с английского: Ольга Иванова",
        "Оригинал опубликован в Financial Times",
        "Мнение редакции может не совпадать с мнением автора.",
        "Перепечатка материалов разрешается только с активной ссылкой на источник.",
        "Все права защищены.",
        "Читайте также: Бюджет на 2022 год",
        "Поделиться",
        "Подпишитесь на наш канал в Telegram",
        "Источник: РИА Новости",
    ]);
    let cleaned = clean(&lines.join("\n"), &CleanOptions::default());
    assert_eq!(cleaned.text, RUSSIAN_BODY.join("\n\n"));
    assert_eq!(
        cleaned.header.title.as_deref(),
        Some("Правительство одобрило план поддержки бизнеса")
    );
    assert_eq!(cleaned.header.authors, ["Иван Петров"]);
    assert_eq!(cleaned.header.published.as_deref(), Some("2022-01-12"));
    assert_eq!(cleaned.provenance.translated_by, ["Ольга Иванова"]);
    assert_eq!(
        cleaned.provenance.republished_from,
        ["Financial Times", "РИА Новости"]
    );
    let original = cleaned.provenance.original.as_ref().unwrap();
    assert_eq!(original.language.as_deref(), Some("en"));
    assert_eq!(original.outlet.as_deref(), Some("Financial Times"));
    assert_eq!(
        kinds(&cleaned),
        [
            Byline,
            Byline,
            Byline,
            Provenance,
            Provenance,
            Disclaimer,
            Permission,
            Copyright,
            Navigation,
            Share,
            Subscription,
            Provenance
        ]
    );
}

#[test]
fn other_languages_provenance() {
    let body = "Die Regierung hat am Mittwoch ein Hilfspaket beschlossen, das nach Angaben des Kanzlers „Hunderttausende Arbeitsplätze sichern“ soll.";
    let text = format!(
        "{body}\n{body}\nÜbersetzung: Anna Schmidt\nZuerst erschienen bei Telepolis\nQuelle: Der Spiegel"
    );
    let cleaned = clean(
        &text,
        &CleanOptions {
            language: Some("de"),
            ..Default::default()
        },
    );
    assert_eq!(cleaned.text, format!("{body}\n\n{body}"));
    assert_eq!(cleaned.provenance.translated_by, ["Anna Schmidt"]);
    assert_eq!(
        cleaned.provenance.republished_from,
        ["Telepolis", "Der Spiegel"]
    );

    let body = "El Gobierno aprobó el miércoles un paquete de ayudas que, según el presidente, «salvará cientos de miles de empleos».";
    let text = format!(
        "{body}\n{body}\nTraducción de María López\nPublicado originalmente en El País\nFuente: EFE"
    );
    let cleaned = clean(&text, &CleanOptions::default());
    assert_eq!(cleaned.text, format!("{body}\n\n{body}"));
    assert_eq!(cleaned.provenance.translated_by, ["María López"]);
    assert_eq!(cleaned.provenance.republished_from, ["El País", "EFE"]);

    let body = "Il governo ha approvato mercoledì un pacchetto di aiuti che, secondo il premier, «salverà centinaia di migliaia di posti di lavoro».";
    let text = format!(
        "{body}\n{body}\nTraduzione di Marco Rossi\nPubblicato originariamente su Il Manifesto\nFonte: ANSA"
    );
    let cleaned = clean(&text, &CleanOptions::default());
    assert_eq!(cleaned.text, format!("{body}\n\n{body}"));
    assert_eq!(cleaned.provenance.translated_by, ["Marco Rossi"]);
    assert_eq!(
        cleaned.provenance.republished_from,
        ["Il Manifesto", "ANSA"]
    );
}

#[test]
fn original_article_on_one_line() {
    let text = format!(
        "{}\nArticle original en anglais : Recovery Plan, Another Empty Promise?, Global Research, le 12 janvier 2022\nhttps://www.globalresearch.ca/recovery-plan/5768",
        FRENCH_BODY.join("\n")
    );
    let cleaned = clean(&text, &CleanOptions::default());
    assert_eq!(cleaned.text, FRENCH_BODY.join("\n\n"));
    let original = cleaned.provenance.original.unwrap();
    assert_eq!(
        original.title.as_deref(),
        Some("Recovery Plan, Another Empty Promise?")
    );
    assert_eq!(original.outlet.as_deref(), Some("Global Research"));
    assert_eq!(original.date.as_deref(), Some("2022-01-12"));
    assert_eq!(
        original.url.as_deref(),
        Some("https://www.globalresearch.ca/recovery-plan/5768")
    );
}

#[test]
fn ordinary_article_is_unchanged() {
    let text = FRENCH_BODY.join("\n");
    let cleaned = clean(&text, &CleanOptions::default());
    assert_eq!(cleaned.text, FRENCH_BODY.join("\n\n"));
    assert!(cleaned.boilerplate.is_empty());
    assert_eq!(cleaned.header, HeaderMeta::default());
    assert!(cleaned.provenance.is_empty());

    let text = ENGLISH_BODY.join("\n\n\n");
    let cleaned = clean(&text, &CleanOptions::default());
    assert_eq!(cleaned.text, ENGLISH_BODY.join("\n\n"));
    assert!(cleaned.boilerplate.is_empty());
}

#[test]
fn body_mentions_stay() {
    let lines = [
        "La Cour a jugé que le copyright de l'œuvre revenait à l'éditeur, tous droits réservés compris, ce qui a surpris les juristes présents à l'audience ce jour-là.",
        "Source : les chiffres de l'Insee montrent une hausse du chômage.",
        "Le ministre a conclu son discours sans évoquer la question des salaires.",
    ];
    let text = lines.join("\n");
    let cleaned = clean(&text, &CleanOptions::default());
    assert_eq!(cleaned.text, lines.join("\n\n"));
}

#[test]
fn bio_signature_names_the_author() {
    let text = format!(
        "{}\nJeanne Martin est journaliste indépendante, spécialiste des questions économiques.\nTous droits réservés",
        FRENCH_BODY.join("\n")
    );
    let cleaned = clean(&text, &CleanOptions::default());
    assert_eq!(cleaned.text, FRENCH_BODY.join("\n\n"));
    assert_eq!(cleaned.header.authors, ["Jeanne Martin"]);
    assert_eq!(kinds(&cleaned), [Byline, Copyright]);
}

#[test]
fn markdown_then_clean() {
    let md = "# Le plan de relance\n\nPar **Jeanne Martin**\n\nLe gouvernement a présenté un plan, selon [Le Monde](https://lemonde.fr/x).\n\n*Partagez cet article*";
    assert!(looks_like_markdown(md));
    let text = markdown_to_text(md);
    assert_eq!(text.title.as_deref(), Some("Le plan de relance"));
    let cleaned = clean(
        &text.text,
        &CleanOptions {
            known_title: text.title.as_deref(),
            ..Default::default()
        },
    );
    assert_eq!(
        cleaned.text,
        "Le gouvernement a présenté un plan, selon Le Monde."
    );
    assert_eq!(cleaned.header.authors, ["Jeanne Martin"]);
}

/// The lines of `text` as the cleaned text may hold them: trimmed, their
/// soft hyphens dropped (`assemble` removes them).
fn input_lines(text: &str) -> HashSet<String> {
    text.lines()
        .map(|l| l.replace('\u{AD}', "").trim().to_string())
        .collect()
}

#[test]
fn soft_hyphens_leave_the_lines_they_were_in() {
    let text = "Jan\u{AD} 12, 2022\n\nLe ministre du \u{AD}Japon a parlé.";
    let cleaned = clean(text, &CleanOptions::default());
    assert!(!cleaned.text.contains('\u{AD}'), "{:?}", cleaned.text);
    let input = input_lines(text);
    for line in cleaned
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        assert!(input.contains(line), "{line:?} not in input");
    }
}

proptest! {
    #[test]
    fn never_panics_and_keeps_only_input_lines(s in "\\PC*(\n\\PC*){0,8}") {
        let cleaned = clean(&s, &CleanOptions::default());
        let input = input_lines(&s);
        for line in cleaned.text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            prop_assert!(input.contains(line), "{line:?} not in input");
        }
    }

    #[test]
    fn never_panics_on_boilerplate_like_lines(
        lines in proptest::collection::vec(
            "(Par |By |— |Source ?: |Traduction : |Article original en anglais :|©|Lire aussi|[A-Z][a-z]+ )?[\\PC]{0,40}( 12 janvier 2022| Jan. 12, 2022)?",
            0..12,
        )
    ) {
        let text = lines.join("\n");
        let cleaned = clean(&text, &CleanOptions { known_title: lines.first().map(String::as_str), language: None });
        let input = input_lines(&text);
        for line in cleaned.text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            prop_assert!(input.contains(line), "{line:?} not in input");
        }
    }

    #[test]
    fn markdown_never_panics(s in "\\PC*(\n\\PC*){0,6}") {
        let _ = looks_like_markdown(&s);
        let _ = markdown_to_text(&s);
    }
}

/// Throughput on synthetic 10 MB article streams:
/// `cargo test -p trame-clean --release -- --ignored --nocapture throughput`.
/// "dense" repeats the test articles above, a third of whose bytes are
/// header and boilerplate lines; "typical" is a 6 KB article of sixteen
/// paragraphs with a header and a few closing lines.
#[test]
#[ignore]
fn throughput() {
    let dense = format!(
        "{}\n{}\n{}\n",
        french_article(),
        english_article_text(),
        RUSSIAN_BODY.join("\n")
    );
    let paragraphs: Vec<String> = FRENCH_BODY
        .iter()
        .chain(&ENGLISH_BODY)
        .chain(&RUSSIAN_BODY)
        .collect::<Vec<_>>()
        .chunks(2)
        .map(|chunk| chunk.iter().map(|p| **p).collect::<Vec<_>>().join(" "))
        .collect();
    let typical = format!(
        "Le plan de relance, une promesse de plus ?\nPar Jeanne Martin\nLe Devoir, 16 janvier 2022\n{}\nLire aussi :\nLa guerre des mots\n© 2022 Le Devoir. Tous droits réservés.\nPartagez cet article\n",
        [paragraphs.join("\n"), paragraphs.join("\n")].join("\n")
    );
    for (name, article) in [("dense", dense), ("typical", typical)] {
        measure(name, &article);
    }
}

fn measure(name: &str, article: &str) {
    let copies = (10 << 20) / article.len() + 1;
    // Compiles the regexes outside the measure.
    clean(article, &CleanOptions::default());
    let mut best = f64::MAX;
    let mut best_cpu = f64::MAX;
    let mut kept = 0;
    for _ in 0..5 {
        let start = std::time::Instant::now();
        let cpu_start = thread_cpu_seconds();
        kept = (0..copies)
            .map(|_| clean(article, &CleanOptions::default()).text.len())
            .sum();
        best = best.min(start.elapsed().as_secs_f64());
        if let (Some(end), Some(start)) = (thread_cpu_seconds(), cpu_start) {
            best_cpu = best_cpu.min(end - start);
        }
    }
    let mb = (copies * article.len()) as f64 / 1e6;
    println!(
        "clean {name}: {mb:.1} MB, {copies} articles of {} bytes: {best:.3} s wall = {:.0} MB/s; {best_cpu:.3} s on CPU = {:.0} MB/s; {kept} bytes kept",
        article.len(),
        mb / best,
        mb / best_cpu,
    );
    assert!(kept > 0);
}

/// CPU time of this thread (Linux), so that the figure holds on a machine
/// shared with other jobs.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(nanos / 1e9)
}

fn english_article_text() -> String {
    let mut lines = vec!["By Jane Roe, Jan. 12, 2022 at 10:00"];
    lines.extend(ENGLISH_BODY);
    lines.extend([
        "Disclaimer: The views expressed in this article are those of the author.",
        "Subscribe to our newsletter",
    ]);
    lines.join("\n")
}
