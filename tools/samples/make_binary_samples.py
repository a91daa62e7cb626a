#!/usr/bin/env python3
"""Generate the samples of trame's bundled corpus that cannot be hand-written
as UTF-8 text: a windows-1251 HTML page, a per-record-gzipped WARC file, a
gzipped text file, and the JSON Lines batch (generated so that escaping is
always valid).

All content is original, fictional, and dedicated to the public domain
(CC0-1.0); see samples/README.md.

Usage:  python3 tools/samples/make_binary_samples.py [--check]

Python 3.11 standard library only. The output is deterministic (fixed gzip
mtime, name-based UUIDs), so re-running it produces byte-identical files.
With --check it also reads every generated file back and verifies it.
"""

import base64
import gzip
import hashlib
import html
import io
import json
import re
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "corpus"

MERIDIAN_URL = (
    "https://www.meridianreview.example/world/2022/01/12/"
    "valdoria-compact-troops-sarn-valley"
)
MERIDIAN_TITLE = "Valdoria calls in Compact troops as Sarn Valley unrest spreads"

# The twelve body paragraphs of the English original, exactly as they appear
# (after HTML entity decoding) in samples/corpus/story-original-meridian.html.
ORIGINAL_PARAGRAPHS = [
    "CASTRELLE, Valdoria — The government of Valdoria formally asked the Northern Marches Compact on Wednesday to send troops into the Sarn Valley, after a week of clashes between security forces and armed groups that has left at least 16 people dead and turned the valley’s main town, Dravik, into a maze of checkpoints.",
    "“We are not facing a protest. We are facing an organised attempt to seize the valley,” Prime Minister Aurel Kostan said in a televised address on Tuesday night. “The state will not negotiate with people who burn schools.”",
    "The Compact’s secretary general, Piet Lanvaard, said in a statement that about 1,200 soldiers from four member states would begin arriving within 48 hours. “The mission is temporary, limited and defensive,” Lanvaard said. He added that the troops would guard “strategic facilities” and would take no part in policing the protests.",
    "The Compact, founded in 2009, brings together Valdoria, Lusmark, Tervia and Brannholm; Orlania joined last year. Its charter was loosely modelled on that of the Collective Security Treaty Organization, whose members are Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan. Wednesday’s request is the first time the Compact’s mutual-defence clause has been invoked.",
    "Valdorian officials insist the unrest is not home-grown. At least 3,000 fighters have entered the valley from neighbouring Kestrenia since early December, a senior security official, speaking on condition of anonymity because he was not authorised to brief the press, told The Meridian Review. Many of them, the official said, had been trained at camps on the Kestrenian side of the border.",
    "Kestrenia’s foreign minister, Ilya Morozan, rejected the accusation. “There are no camps, there are no fighters and there is no evidence. There is only a government that has lost the trust of its own people,” Morozan told reporters in Velmar, the Kestrenian capital. He said his country had offered to open its border posts to international observers.",
    "The Meridian Review could not independently verify the official’s figures. Residents of Dravik reached by telephone described a different picture. “People came out because the heating bill doubled in one winter,” said Sorin Dalca, a secondary-school teacher who joined the first demonstration on January 4. “Then the armoured cars came, and then the men in masks. I don’t know who they are. Nobody here does.”",
    "Fuel and heating prices in the valley have risen by up to 40 percent since November, according to the National Statistics Office. The Sarn Valley Monitor, a local rights group, said at least 340 people had been detained since the start of the month, many of them without access to a lawyer. Interior Minister Teodor Branik said the detentions were lawful and that those held were “suspected of terrorism-related offences.”",
    "Officials said that protecting the Dravik pumping station was the main reason for the request. The valley is crossed by the Trans-Marches pipeline, a 7,500 km gas link whose Valdorian section cost $2.5 billion to build. A prolonged shutdown would cut supplies to about 1.5 million households across the region, according to the pipeline’s operator, Transmarca.",
    "Analysts question whether the Compact is ready for the task. A 2018 study by the Halden Institute for Strategic Studies, an independent think tank based in Lusmark, concluded that the Compact’s rapid reaction force “exists largely on paper” and had never exercised above battalion strength. “Sending 1,200 soldiers into a valley of 400,000 people is not a peacekeeping mission. It is a statement,” said Marta Quillen, the study’s lead author.",
    "The opposition leader, Nadia Serban, called the request “a confession of failure” and demanded an emergency session of parliament. Lawmakers are expected to vote on the deployment on Friday; Mr. Kostan’s Civic Union holds 71 of the 120 seats.",
    "In Dravik, shops reopened for two hours on Wednesday morning under the eyes of soldiers. “We want the shooting to stop,” said a grocer who asked not to be named for fear of reprisals. “Whoever stops it, I don’t care any more.”",
]


# ---------------------------------------------------------------------------
# 1. story-en-republished.txt.gz — verbatim English republication
# ---------------------------------------------------------------------------

def republished_text() -> str:
    head = [
        MERIDIAN_TITLE,
        "",
        "By Clara Wexford",
        "The Coastal Dispatch | January 13, 2022",
        "Republished from The Meridian Review",
        "",
    ]
    tail = [
        "Additional reporting by Tomas Grell in Dravik.",
        "",
        "First published in The Meridian Review on January 12, 2022. "
        "Republished by The Coastal Dispatch under a content-sharing agreement.",
        f"Original article: {MERIDIAN_URL}",
        "© 2022 The Meridian Review. Reproduced with permission.",
        "",
        "Share this story: Facebook | Twitter | Email",
        "Support independent journalism on the coast: subscribe to The Coastal Dispatch from $5 a month.",
    ]
    body = []
    for p in ORIGINAL_PARAGRAPHS:
        body += [p, ""]
    return "\n".join(head + body + tail) + "\n"


# ---------------------------------------------------------------------------
# 2. reporting-ru.html — Russian news page in windows-1251, no charset meta
# ---------------------------------------------------------------------------

RU_TITLE = "Кестрения сообщила о более чем 4 тысячах беженцев из долины Сарна"

RU_PARAGRAPHS = [
    "ВЕЛЬМАР, 15 января — Более 4 200 жителей валдорской долины Сарна с начала января пересекли границу с Кестренией, заявила в субботу глава кестренской Службы гражданской защиты Вера Озолина. По её словам, большинство беженцев — женщины, дети и пожилые люди.",
    "«Люди идут пешком по горной дороге, многие без документов и без тёплой одежды. Ночью температура опускается до минус пятнадцати», — сказала Озолина на брифинге в Вельмаре. Она отметила, что в приграничном городе Арвень развёрнуты три временных лагеря на 1 500 мест.",
    "Валдорские власти эти цифры оспаривают. Официальный представитель МИД Валдории Лидия Карст назвала данные кестренской стороны «сильно завышенными» и заявила, что через официальные пункты пропуска за последние две недели выехали «не более 900 человек». «Всё остальное — пропаганда», — добавила она.",
    "По неподтверждённым данным, среди пересёкших границу есть и участники вооружённых групп, которых Кастрель обвиняет в организации беспорядков. Источник в валдорских силовых структурах, пожелавший остаться неизвестным, утверждает, что часть боевиков якобы «переодевается в гражданское и уходит вместе с беженцами». Проверить это утверждение «Вестнику Пограничья» не удалось.",
    "Министр иностранных дел Кестрении Илья Морозан назвал подобные обвинения «циничными». «Когда им нечего сказать, они начинают обвинять детей и стариков», — заявил он журналистам.",
    "Тем временем в долину начали прибывать войска Пакта Северных марок. Первая колонна из примерно 300 тервийских военнослужащих в субботу утром вошла в Дравик, сообщило Министерство обороны Валдории. Всего, как ожидается, в регион будут направлены около 1 200 военных из Люсмарка, Браннхольма, Тервии и Орлании.",
    "Правозащитники из группы «Наблюдатель долины Сарна» опасаются, что прибытие иностранных войск усилит отток населения. По их оценкам, с начала года долину покинули до 10% жителей — около 40 000 человек, включая тех, кто уехал в другие регионы Валдории.",
    "Кестренские власти обратились к международным гуманитарным организациям с просьбой о помощи. По словам Озолиной, запасов продовольствия в лагерях хватит «примерно на десять дней». Стоимость содержания лагерей она оценила в 2,3 млн евро в месяц.",
]


def ru_html() -> str:
    paras = "\n".join(f"    <p>{html.escape(p, quote=False)}</p>" for p in RU_PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<title>{RU_TITLE} — Вестник Пограничья</title>
<meta name="author" content="Глеб Каретников">
<meta name="description" content="Валдорские власти называют кестренские данные о беженцах «сильно завышенными».">
<meta property="og:title" content="{RU_TITLE}">
<meta property="og:site_name" content="Вестник Пограничья">
<meta property="article:published_time" content="2022-01-15T16:45:00+03:00">
<link rel="canonical" href="https://vestnik-pogranichya.example/news/2022/01/15/bezhentsy-sarn">
</head>
<body>
<div class="top-bar">Суббота, 15 января 2022 · Курсы валют · Погода в Вельмаре: -12°</div>
<header>
  <a class="logo" href="/">Вестник Пограничья</a>
  <nav>
    <ul>
      <li><a href="/">Главная</a></li>
      <li><a href="/news">Новости</a></li>
      <li><a href="/region">Регион</a></li>
      <li><a href="/politics">Политика</a></li>
      <li><a href="/economy">Экономика</a></li>
      <li><a href="/opinions">Мнения</a></li>
    </ul>
  </nav>
</header>
<main>
  <article>
    <h1>{RU_TITLE}</h1>
    <div class="meta">Глеб Каретников · <time datetime="2022-01-15T16:45:00+03:00">15 января 2022, 16:45</time> · Просмотров: 3 214</div>
{paras}
    <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div>
  </article>
  <aside class="related">
    <h2>Читайте также</h2>
    <ul>
      <li><a href="/news/2022/01/13/valdoria-pakt">Валдория призывает войска Пакта на фоне распространения беспорядков в долине Сарна</a></li>
      <li><a href="/news/2022/01/14/parlament-valdorii">Парламент Валдории одобрил ввод войск Пакта</a></li>
    </ul>
  </aside>
</main>
<footer>
  <p>© 2022 «Вестник Пограничья». При полном или частичном использовании материалов ссылка на «Вестник Пограничья» обязательна.</p>
  <p>Мнение авторов может не совпадать с позицией редакции. 16+</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 3. batch.jsonl — three articles, en / fr / es
# ---------------------------------------------------------------------------

BATCH = [
    {
        "url": "https://www.meridianreview.example/world/2022/01/14/tervian-troops-head-for-valdoria",
        "title": "Tervian troops head for Valdoria as critics question mandate",
        "published": "2022-01-14",
        "outlet": "The Meridian Review",
        "text": "\n\n".join([
            "SKARN, Tervia — The first of 300 Tervian soldiers pledged to the Northern Marches Compact’s mission in Valdoria left their barracks at Skarn on Friday, hours before Valdoria’s parliament was due to vote on whether to let them in.",
            "“Our soldiers are going to protect infrastructure that heats homes in Tervia too,” Defence Minister Jorun Alsvik told reporters at the barracks gate. “This is not somebody else’s war.”",
            "Critics in Tervia’s parliament say the government committed the troops before the mandate was even written. \"We are sending young men into a valley where nobody can tell us who the enemy is,\" said Edda Lind, the opposition’s spokeswoman on defence.",
            "A poll by the Skarn Institute published on Thursday found that 52 percent of Tervians opposed the deployment and 37 percent supported it. The rest were undecided.",
            "The contingent will reportedly travel with light armoured vehicles only, and its rules of engagement allow soldiers to open fire solely in self-defence, according to a copy of the orders seen by The Meridian Review. Tervian officials put the cost of the three-month mission at about $14 million.",
            "Valdoria’s government says at least 3,000 fighters have entered the Sarn Valley from Kestrenia since December, a figure that has not been independently verified. Kestrenia denies any involvement.",
        ]),
    },
    {
        "url": "https://echo-des-marches.example/international/2022/01/15/orlanie-150-soldats-pacte",
        "title": "L'Orlanie envoie 150 soldats pour sa première mission au sein du Pacte",
        "published": "2022-01-15",
        "outlet": "L'Écho des Marches",
        "html": (
            "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
            "<title>L'Orlanie envoie 150 soldats pour sa première mission au sein du Pacte – L'Écho des Marches</title>"
            "<meta name=\"author\" content=\"Noémie Castel\"></head><body>"
            "<nav><a href=\"/\">Accueil</a> | <a href=\"/international\">International</a> | <a href=\"/abonnement\">S'abonner</a></nav>"
            "<article><h1>L'Orlanie envoie 150 soldats pour sa première mission au sein du Pacte</h1>"
            "<p class=\"byline\">Par Noémie Castel, le 15 janvier 2022</p>"
            "<p>Moins d'un an après son adhésion, l'Orlanie participe à sa première opération du Pacte des Marches du Nord. Le gouvernement de Port-Aurel a confirmé samedi l'envoi de 150 soldats dans la vallée de la Sarn, en Valdorie.</p>"
            "<p>« C'est le prix de la solidarité. Nous avons demandé à entrer dans le Pacte, nous ne pouvons pas refuser d'y prendre notre part », a déclaré la ministre de la Défense, Clémence Arvel, devant la presse.</p>"
            "<p>Le contingent orlanien, composé pour l'essentiel de sapeurs et d'infirmiers militaires, sera chargé de la logistique et du soutien médical. Il ne participera à aucune patrouille, a précisé la ministre.</p>"
            "<p>Selon un sondage de l'institut Prisme publié vendredi, 58 % des Orlaniens approuvent cette participation. L'opposition, elle, dénonce une décision prise « sans le moindre débat » au Parlement.</p>"
            "<p>D'après des sources diplomatiques, la Valdorie aurait souhaité un contingent plus important, ce que Port-Aurel aurait refusé pour des raisons budgétaires.</p>"
            "</article><div class=\"share\">Partager sur Facebook · Partager sur Twitter</div>"
            "<footer>© L'Écho des Marches 2022</footer></body></html>"
        ),
    },
    {
        "url": "https://gaceta-continental.example/internacional/2022-01-14/lusmark-enviara-400-soldados-a-valdoria",
        "title": "Lusmark enviará 400 soldados a Valdoria, el mayor contingente de la misión del Pacto",
        "published": "2022-01-14",
        "outlet": "La Gaceta Continental",
        "text": "\n\n".join([
            "El Gobierno de Lusmark aprobó este viernes el envío de 400 soldados a Valdoria, lo que lo convierte en el mayor contribuyente a la misión del Pacto de las Marcas del Norte en el valle del Sarn.",
            "«Lusmark no puede quedarse de brazos cruzados mientras arde el valle por el que pasa el gas que calienta nuestras casas», declaró el primer ministro lusmarqués, Erik Vandel, en una rueda de prensa en la capital.",
            "Según el Ministerio de Defensa, el contingente incluirá una unidad de ingenieros y llegará a la ciudad de Dravik el lunes. La misión, de tres meses, costará a Lusmark unos 15 millones de euros.",
            "El Instituto Halden de Estudios Estratégicos, con sede en Lusmark, advirtió en 2018 de que la fuerza de reacción rápida del Pacto «existe en gran parte sobre el papel». Fuentes militares citadas por la prensa local aseguran que, desde entonces, la fuerza apenas ha realizado maniobras conjuntas.",
            "El Gobierno de Valdoria afirma que al menos 3.000 combatientes han entrado en el valle desde la vecina Kestrenia, algo que Kestrenia niega. Al menos 16 personas han muerto desde el 4 de enero.",
        ]),
    },
]


def batch_jsonl() -> str:
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in BATCH)


# ---------------------------------------------------------------------------
# 4. archive.warc.gz — warcinfo, response (fr), request (en), response (en)
# ---------------------------------------------------------------------------

WARC_DATE = "2022-01-17T10:15:32Z"
HTTP_DATE = "Mon, 17 Jan 2022 10:15:32 GMT"

FR_URL = "https://courrier-castrelle.example/societe/2022/01/16/premiers-soldats-du-pacte-a-dravik/"
EN_URL = "https://www.meridianreview.example/world/2022/01/15/first-compact-troops-arrive-in-dravik"

FR_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Premiers soldats du Pacte à Dravik : « On attend de voir » – Le Courrier de Castrelle</title>
<meta name="author" content="Élise Marchetti">
<meta property="og:site_name" content="Le Courrier de Castrelle">
<meta property="og:title" content="Premiers soldats du Pacte à Dravik : « On attend de voir »">
<meta property="article:published_time" content="2022-01-16T07:00:00+01:00">
<link rel="canonical" href="https://courrier-castrelle.example/societe/2022/01/16/premiers-soldats-du-pacte-a-dravik/">
</head>
<body>
<nav><a href="/">Accueil</a> · <a href="/politique/">Politique</a> · <a href="/societe/">Société</a> · <a href="/economie/">Économie</a> · <a href="/abonnement/">S'abonner</a></nav>
<article>
<h1>Premiers soldats du Pacte à Dravik : « On attend de voir »</h1>
<p class="auteur">Par Élise Marchetti — <time datetime="2022-01-16T07:00:00+01:00">16 janvier 2022</time></p>
<p>Les premiers soldats du Pacte des Marches du Nord sont arrivés samedi matin à Dravik, avec un jour de retard sur le calendrier annoncé. Une colonne d'une quarantaine de véhicules transportant environ 300 militaires terviens est entrée dans la ville peu après 9 heures, sous l'œil d'habitants venus en nombre.</p>
<p>« Notre mission est de protéger la station de pompage et le pont de Vessen. Nous ne ferons pas de contrôles d'identité et nous n'entrerons pas dans les quartiers », a déclaré le colonel Aren Toft, qui commande le contingent tervien.</p>
<p>Sur la place du Marché, où se tenaient les premiers rassemblements début janvier, l'accueil est resté prudent. « On attend de voir. S'ils gardent les tuyaux et qu'ils nous laissent tranquilles, tant mieux », résume Irina Vosk, pharmacienne.</p>
<p>Selon l'Observatoire de la vallée de la Sarn, le nombre de personnes arrêtées depuis le début du mois atteint désormais 380. Le ministère de l'Intérieur n'a pas confirmé ce chiffre. Le bilan des affrontements reste de 16 morts.</p>
<p>Le contingent lusmarquois, fort de 400 soldats, est attendu lundi. Ceux du Brannholm et de l'Orlanie devraient suivre d'ici mercredi, selon le secrétariat du Pacte.</p>
<p class="signature">Avec Tomas Grell à Dravik.</p>
</article>
<p class="partage">Partager : Facebook · Twitter · E-mail</p>
<footer>© Le Courrier de Castrelle 2022 — Tous droits réservés</footer>
</body>
</html>
"""

EN_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>First Compact troops arrive in Dravik, a day behind schedule | The Meridian Review</title>
<meta name="author" content="Tomas Grell">
<meta property="og:site_name" content="The Meridian Review">
<meta property="og:title" content="First Compact troops arrive in Dravik, a day behind schedule">
<meta property="article:published_time" content="2022-01-15T13:10:00Z">
<link rel="canonical" href="https://www.meridianreview.example/world/2022/01/15/first-compact-troops-arrive-in-dravik">
</head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/politics">Politics</a> | <a href="/subscribe">Subscribe</a></nav>
<article>
<h1>First Compact troops arrive in Dravik, a day behind schedule</h1>
<p class="byline">By Tomas Grell — <time datetime="2022-01-15T13:10:00Z">January 15, 2022</time></p>
<p>DRAVIK, Valdoria — About 300 Tervian soldiers rolled into Dravik on Saturday morning, the first contingent of the Northern Marches Compact force that Valdoria requested on Wednesday. The column arrived a day later than the Compact had promised, after Valdoria’s parliament approved the deployment late on Friday by 74 votes to 41.</p>
<p>“We are here to guard the pumping station and the Vessen bridge. We will not be checking identity papers and we will not be going into neighbourhoods,” said Colonel Aren Toft, the contingent’s commander.</p>
<p>Residents watched in silence as the trucks crossed Market Square, where the first protests were held on January 4. Some filmed on their phones; a few waved.</p>
<p>A Valdorian official, who spoke on condition of anonymity, said the deployment had been delayed because Lusmark and Tervia disagreed over who would command the force. The Compact’s secretariat said the delay was “purely logistical.”</p>
<p>The Sarn Valley Monitor said on Saturday that 380 people had now been detained since the start of the month. The Interior Ministry did not respond to a request for comment.</p>
<p>The remaining 900 soldiers, from Lusmark, Brannholm and Orlania, are expected by Wednesday.</p>
</article>
<p class="share">Share on Facebook · Tweet · Email</p>
<footer>© 2022 The Meridian Review Ltd. All rights reserved.</footer>
</body>
</html>
"""


def sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def record_id(name: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'trame-samples/' + name)}>"


def warc_record(headers: list[tuple[str, str]], block: bytes) -> bytes:
    lines = ["WARC/1.0"] + [f"{k}: {v}" for k, v in headers]
    lines.append(f"Content-Length: {len(block)}")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return head + block + b"\r\n\r\n"


def http_response(body: bytes, last_modified: str) -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\n"
        f"Date: {HTTP_DATE}\r\n"
        "Server: nginx\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        f"Last-Modified: {last_modified}\r\n"
        "Cache-Control: max-age=300\r\n"
        "Connection: close\r\n"
        "\r\n"
    ).encode("ascii")
    return head + body


def http_request(url: str) -> bytes:
    m = re.match(r"https?://([^/]+)(/.*)", url)
    host, path = m.group(1), m.group(2)
    return (
        f"GET {path} HTTP/1.1\r\n"
        f"Host: {host}\r\n"
        "User-Agent: trame-samples-crawler/1.0 (+https://example.org/trame)\r\n"
        "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8\r\n"
        "Accept-Language: en;q=1.0, fr;q=0.8\r\n"
        "Accept-Encoding: identity\r\n"
        "Connection: close\r\n"
        "\r\n"
    ).encode("ascii")


def warc_records() -> list[bytes]:
    info = (
        "software: trame-samples/make_binary_samples.py\r\n"
        "format: WARC File Format 1.0\r\n"
        "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/\r\n"
        "isPartOf: trame-samples\r\n"
        "description: Fictional articles for the trame sample corpus (CC0-1.0)\r\n"
        "robots: obey\r\n"
    ).encode("utf-8")
    fr_body = FR_HTML.encode("utf-8")
    en_body = EN_HTML.encode("utf-8")
    fr_http = http_response(fr_body, "Sun, 16 Jan 2022 06:00:00 GMT")
    en_req = http_request(EN_URL)
    en_http = http_response(en_body, "Sat, 15 Jan 2022 13:10:00 GMT")
    return [
        warc_record([
            ("WARC-Type", "warcinfo"),
            ("WARC-Date", WARC_DATE),
            ("WARC-Filename", "archive.warc.gz"),
            ("WARC-Record-ID", record_id("warcinfo")),
            ("Content-Type", "application/warc-fields"),
        ], info),
        warc_record([
            ("WARC-Type", "response"),
            ("WARC-Target-URI", FR_URL),
            ("WARC-Date", WARC_DATE),
            ("WARC-Record-ID", record_id("response-fr")),
            ("WARC-Warcinfo-ID", record_id("warcinfo")),
            ("WARC-IP-Address", "192.0.2.10"),
            ("WARC-Block-Digest", sha1_b32(fr_http)),
            ("WARC-Payload-Digest", sha1_b32(fr_body)),
            ("Content-Type", "application/http; msgtype=response"),
        ], fr_http),
        warc_record([
            ("WARC-Type", "request"),
            ("WARC-Target-URI", EN_URL),
            ("WARC-Date", WARC_DATE),
            ("WARC-Record-ID", record_id("request-en")),
            ("WARC-Warcinfo-ID", record_id("warcinfo")),
            ("WARC-Concurrent-To", record_id("response-en")),
            ("WARC-Block-Digest", sha1_b32(en_req)),
            ("Content-Type", "application/http; msgtype=request"),
        ], en_req),
        warc_record([
            ("WARC-Type", "response"),
            ("WARC-Target-URI", EN_URL),
            ("WARC-Date", WARC_DATE),
            ("WARC-Record-ID", record_id("response-en")),
            ("WARC-Warcinfo-ID", record_id("warcinfo")),
            ("WARC-IP-Address", "198.51.100.7"),
            ("WARC-Block-Digest", sha1_b32(en_http)),
            ("WARC-Payload-Digest", sha1_b32(en_body)),
            ("Content-Type", "application/http; msgtype=response"),
        ], en_http),
    ]


# ---------------------------------------------------------------------------
# Writing and checking
# ---------------------------------------------------------------------------

def gz(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def write_all() -> None:
    (SAMPLES / "story-en-republished.txt.gz").write_bytes(gz(republished_text().encode("utf-8")))
    (SAMPLES / "reporting-ru.html").write_bytes(ru_html().encode("cp1251"))  # strict: fails on unencodable text
    (SAMPLES / "batch.jsonl").write_text(batch_jsonl(), encoding="utf-8")
    (SAMPLES / "archive.warc.gz").write_bytes(b"".join(gz(r) for r in warc_records()))


def read_warc(path: Path) -> list[tuple[dict, bytes]]:
    """Minimal WARC reader: checks each gzip member holds exactly one record."""
    raw = path.read_bytes()
    records = []
    pos = 0
    while pos < len(raw):
        d = __import__("zlib").decompressobj(wbits=31)
        data = d.decompress(raw[pos:])
        consumed = len(raw) - pos - len(d.unused_data)
        pos += consumed
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("utf-8").split("\r\n")
        assert lines[0] == "WARC/1.0", lines[0]
        hdrs = dict(l.split(": ", 1) for l in lines[1:])
        n = int(hdrs["Content-Length"])
        block = rest[:n]
        assert len(block) == n and rest[n:] == b"\r\n\r\n", "bad record length / trailer"
        if "WARC-Block-Digest" in hdrs:
            assert hdrs["WARC-Block-Digest"] == sha1_b32(block)
        records.append((hdrs, block))
    return records


def check() -> None:
    # Republished text matches the HTML original paragraph for paragraph.
    page = (SAMPLES / "story-original-meridian.html").read_text("utf-8")
    body = page.split('<div class="article-body"', 1)[1].split('<p class="contributor">', 1)[0]
    body = re.sub(r"<aside.*?</aside>", "", body, flags=re.S)
    paras = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip()
             for p in re.findall(r"<p>(.*?)</p>", body, flags=re.S)]
    assert paras == ORIGINAL_PARAGRAPHS, "HTML original and ORIGINAL_PARAGRAPHS differ"
    rep = gzip.decompress((SAMPLES / "story-en-republished.txt.gz").read_bytes()).decode("utf-8")
    for p in ORIGINAL_PARAGRAPHS:
        assert p in rep
    # windows-1251 page: not valid UTF-8, no charset declaration, decodes as cp1251.
    ru = (SAMPLES / "reporting-ru.html").read_bytes()
    try:
        ru.decode("utf-8")
        raise AssertionError("reporting-ru.html unexpectedly decodes as UTF-8")
    except UnicodeDecodeError:
        pass
    text = ru.decode("cp1251")
    assert "charset" not in text.lower() and "encoding" not in text.lower()
    assert RU_TITLE in text and "якобы" in text
    # JSON Lines.
    lines = (SAMPLES / "batch.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == 3
    objs = [json.loads(l) for l in lines]
    assert [("text" in o) or ("html" in o) for o in objs] == [True] * 3
    # WARC.
    recs = read_warc(SAMPLES / "archive.warc.gz")
    assert [h["WARC-Type"] for h, _ in recs] == ["warcinfo", "response", "request", "response"]
    for h, block in recs:
        if h["WARC-Type"] == "response":
            http_head, _, payload = block.partition(b"\r\n\r\n")
            cl = int(re.search(rb"Content-Length: (\d+)", http_head).group(1))
            assert cl == len(payload)
            assert h["WARC-Payload-Digest"] == sha1_b32(payload)
    for f in sorted(SAMPLES.iterdir()):
        print(f"{f.stat().st_size:8d}  {f.name}")
    print("check: OK")


if __name__ == "__main__":
    write_all()
    if "--check" in sys.argv[1:]:
        check()
