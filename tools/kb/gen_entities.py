#!/usr/bin/env python3
"""Generate the hand-written parts of the trame knowledge base:
regions, cities, organisations, services, armed groups, people, media,
companies and diseases (crates/trame-kb/data/*.jsonl except countries.jsonl).

Usage (from the repository root; needs no third-party package):
    python3 tools/kb/gen_entities.py

The tables below are the project's own work (CC0). Names are written once per
language; the script adds Russian case forms (kblib rules) and surname-only
aliases for people. A QID is given only where it is known for certain; an
entry without one gets the local id "trame:<slug>" when loaded.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kblib  # noqa: E402

DATA = os.path.join(os.path.dirname(__file__), "..", "..", "crates", "trame-kb", "data")
LANGS = ["en", "fr", "ru", "de", "es", "it"]

US, RU, UA, FR, GB, DE, CN, KZ, UZ, BY = "Q30", "Q159", "Q212", "Q142", "Q145", "Q183", "Q148", "Q232", "Q265", "Q184"
TR, IL, IR, IN, JP, IT, ES, PL, GE, AM, AZ = "Q43", "Q801", "Q794", "Q668", "Q17", "Q38", "Q29", "Q36", "Q230", "Q399", "Q227"
KG, TJ, TM, MD, HU, PK, SY, LB, PS, SA, BR = "Q813", "Q863", "Q874", "Q217", "Q28", "Q843", "Q858", "Q822", "Q219060", "Q851", "Q155"
QA, CA, AU, KR, KP, MX, AR, ID, ZA, EG, IQ = "Q846", "Q16", "Q408", "Q884", "Q423", "Q96", "Q414", "Q252", "Q258", "Q79", "Q796"


def split(value):
    return [v for v in value.split("|") if v] if value else []


def entity(qid, label, kind, name, country=None, acr="", ru_decline=True, dem=None, **langs):
    """One entry; `langs` maps language code → "name|other name", `acr` is "lang:ACR lang:ACR",
    `dem` maps language code → "every|inflected|demonym" (places that are not countries)."""
    entry = {}
    if qid:
        entry["id"] = qid
    entry.update({"type": label, "kind": kind, "name": name})
    aliases = {}
    for lang in LANGS + ["uk"]:
        names = split(langs.get(lang, ""))
        if lang == "ru" and ru_decline:
            declined = []
            for n in names:
                declined += kblib.ru_name_forms(n)
            names = declined
        names = [n for n in kblib.dedup(names) if n != name]
        if names:
            aliases[lang] = names
    if aliases:
        entry["aliases"] = aliases
    acronyms = {}
    for item in acr.split():
        lang, _, value = item.partition(":")
        acronyms.setdefault(lang, []).append(value.replace("_", " "))
    if acronyms:
        entry["acronyms"] = acronyms
    if dem:
        entry["demonyms"] = {lang: split(forms) for lang, forms in dem.items()}
    if country:
        entry["country"] = country
    return entry


def org(qid, kind, name, country=None, acr="", **langs):
    return entity(qid, "ORG", kind, name, country, acr, **langs)


def loc(qid, kind, name, country=None, acr="", dem=None, **langs):
    return entity(qid, "LOC", kind, name, country, acr, dem=dem, **langs)


def same(name):
    """The same spelling in every Latin-script language."""
    return {lang: name for lang in ["fr", "de", "es", "it"]}


def party(qid, name, country=None, acr="", decline=True, **langs):
    # `decline=False` for names Russian quotes undeclined («Братья Италии», «Право и справедливость»).
    return entity(qid, "ORG", "political_party", name, country, acr, ru_decline=decline, **langs)


# ------------------------------------------------------------------ regions
REGIONS = [
    loc("Q15", "continent", "Africa", fr="Afrique", ru="Африка", de="Afrika", es="África", it="Africa"),
    loc("Q46", "continent", "Europe", fr="Europe", ru="Европа", de="Europa", es="Europa", it="Europa"),
    loc("Q48", "continent", "Asia", fr="Asie", ru="Азия", de="Asien", es="Asia", it="Asia"),
    loc("Q49", "continent", "North America", fr="Amérique du Nord", ru="Северная Америка", de="Nordamerika", es="América del Norte|Norteamérica", it="America del Nord|Nordamerica"),
    loc("Q18", "continent", "South America", fr="Amérique du Sud", ru="Южная Америка", de="Südamerika", es="América del Sur|Sudamérica", it="America del Sud|Sudamerica"),
    loc("Q538", "continent", "Oceania", fr="Océanie", ru="Океания", de="Ozeanien", es="Oceanía", it="Oceania"),
    loc("Q828", "region", "Americas", fr="Amériques", ru="Америка", de="Amerika", es="América", it="Americhe"),
    loc("Q12585", "region", "Latin America", fr="Amérique latine", ru="Латинская Америка", de="Lateinamerika", es="América Latina|Latinoamérica", it="America Latina"),
    loc("Q7204", "region", "Middle East", en="Near East|Mideast", fr="Moyen-Orient|Proche-Orient", ru="Ближний Восток", de="Naher Osten|Mittlerer Osten", es="Oriente Medio|Oriente Próximo", it="Medio Oriente|Vicino Oriente"),
    loc("Q27275", "region", "Central Asia", fr="Asie centrale", ru="Центральная Азия|Средняя Азия", de="Zentralasien", es="Asia Central", it="Asia centrale"),
    loc("Q11708", "region", "Southeast Asia", fr="Asie du Sud-Est", ru="Юго-Восточная Азия", de="Südostasien", es="Sudeste Asiático", it="Sud-est asiatico"),
    loc("Q27231", "region", "East Asia", fr="Asie de l'Est|Extrême-Orient", ru="Восточная Азия|Дальний Восток", de="Ostasien", es="Asia Oriental", it="Asia orientale"),
    loc("Q771405", "region", "South Asia", fr="Asie du Sud", ru="Южная Азия", de="Südasien", es="Asia del Sur", it="Asia meridionale"),
    loc("Q27468", "region", "Eastern Europe", fr="Europe de l'Est", ru="Восточная Европа", de="Osteuropa", es="Europa del Este|Europa Oriental", it="Europa orientale|Europa dell'Est"),
    loc("Q27496", "region", "Western Europe", fr="Europe de l'Ouest|Europe occidentale", ru="Западная Европа", de="Westeuropa", es="Europa Occidental", it="Europa occidentale"),
    loc("Q132959", "region", "Sub-Saharan Africa", fr="Afrique subsaharienne", ru="Тропическая Африка|Африка южнее Сахары", de="Subsahara-Afrika", es="África subsahariana", it="Africa subsahariana"),
    loc("Q27381", "region", "North Africa", fr="Afrique du Nord|Maghreb", ru="Северная Африка", de="Nordafrika", es="África del Norte|Norte de África", it="Nordafrica|Africa settentrionale"),
    loc("Q4412", "region", "West Africa", fr="Afrique de l'Ouest", ru="Западная Африка", de="Westafrika", es="África Occidental", it="Africa occidentale"),
    loc("Q27611", "region", "Central America", fr="Amérique centrale", ru="Центральная Америка", de="Zentralamerika|Mittelamerika", es="Centroamérica|América Central", it="America centrale"),
    loc("Q664609", "region", "Caribbean", fr="Caraïbes|Antilles", ru="Карибский регион|Карибы", de="Karibik", es="Caribe", it="Caraibi"),
    loc(None, "region", "Sahel", fr="Sahel", ru="Сахель", de="Sahel|Sahelzone", es="Sahel", it="Sahel"),
    loc(None, "region", "Caucasus", fr="Caucase", ru="Кавказ", de="Kaukasus", es="Cáucaso", it="Caucaso"),
    loc(None, "region", "South Caucasus", en="Transcaucasia", fr="Caucase du Sud|Transcaucasie", ru="Южный Кавказ|Закавказье", de="Südkaukasus|Transkaukasien", es="Cáucaso Sur", it="Caucaso meridionale"),
    loc(None, "region", "Balkans", fr="Balkans", ru="Балканы", de="Balkan", es="Balcanes", it="Balcani"),
    loc("Q39731", "region", "Baltic states", en="Baltics", fr="pays baltes|États baltes", ru="Прибалтика|страны Балтии", de="Baltikum|baltische Staaten", es="países bálticos", it="Paesi baltici"),
    loc(None, "region", "Arctic", fr="Arctique", ru="Арктика", de="Arktis", es="Ártico", it="Artico"),
    loc(None, "region", "Indo-Pacific", fr="Indo-Pacifique", ru="Индо-Тихоокеанский регион", de="Indopazifik", es="Indo-Pacífico", it="Indo-Pacifico"),
    loc(None, "region", "Global South", fr="Sud global|Sud Global", ru="Глобальный Юг", de="Globaler Süden", es="Sur Global", it="Sud globale|Sud del mondo"),
    loc(None, "region", "Donbas", en="Donbass", fr="Donbass|Donbas", ru="Донбасс", de="Donbass|Donbas", es="Donbás|Dombás", it="Donbass", uk="Донбас"),
    loc("Q1286", "mountain_range", "Alps", fr="Alpes", ru="Альпы|Альп|Альпах|Альпам|Альпами", de="Alpen", es="Alpes", it="Alpi"),
    loc("Q1216", "region", "Piedmont", fr="Piémont", ru="Пьемонт", de="Piemont", es="Piamonte", it="Piemonte", country=IT),
    loc("Q1273", "region", "Tuscany", fr="Toscane", ru="Тоскана", de="Toskana", es="Toscana", it="Toscana", country=IT),
    loc("Q1282", "region", "Lazio", fr="Latium", ru="Лацио", de="Latium", es="Lacio", it="Lazio", country=IT),
    loc("Q1210", "region", "Lombardy", fr="Lombardie", ru="Ломбардия", de="Lombardei", es="Lombardía", it="Lombardia", country=IT),
    loc("Q626", "river", "Volga", ru="Волга", country=RU),
    loc("Q6583", "desert", "Sahara", ru="Сахара"),
    loc("Q18097", "region", "Korea", fr="Corée", ru="Корея", de="Korea", es="Corea", it="Corea"),
    loc(None, "region", "Volhynia", fr="Volhynie", ru="Волынь", de="Wolhynien", es="Volinia", it="Volinia"),
    loc("Q7835", "peninsula", "Crimea", en="Crimean Peninsula", fr="Crimée", ru="Крым", de="Krim", es="Crimea", it="Crimea", uk="Крим"),
    loc(None, "territory", "Nagorno-Karabakh", en="Karabakh|Artsakh", fr="Haut-Karabakh|Karabakh", ru="Нагорный Карабах|Карабах", de="Bergkarabach|Karabach", es="Alto Karabaj|Nagorno Karabaj", it="Nagorno Karabakh|Alto Karabakh"),
    loc("Q23334", "territory", "Abkhazia", fr="Abkhazie", ru="Абхазия", de="Abchasien", es="Abjasia", it="Abcasia"),
    loc("Q23427", "territory", "South Ossetia", fr="Ossétie du Sud", ru="Южная Осетия", de="Südossetien", es="Osetia del Sur", it="Ossezia del Sud"),
    loc("Q907112", "territory", "Transnistria", en="Pridnestrovie|Trans-Dniester", fr="Transnistrie", ru="Приднестровье|Приднестровская Молдавская Республика", de="Transnistrien", es="Transnistria", it="Transnistria", acr="ru:ПМР"),
    loc("Q23681", "territory", "Turkish Republic of Northern Cyprus", en="Northern Cyprus", fr="Chypre du Nord", ru="Северный Кипр|Турецкая Республика Северного Кипра", de="Nordzypern", es="Chipre del Norte", it="Cipro del Nord", acr="ru:ТРСК"),
    loc("Q39760", "territory", "Gaza Strip", en="Gaza", fr="bande de Gaza|Gaza", ru="сектор Газа|Газа", de="Gazastreifen|Gaza", es="Franja de Gaza|Gaza", it="Striscia di Gaza|Gaza"),
    loc("Q36678", "territory", "West Bank", fr="Cisjordanie", ru="Западный берег реки Иордан|Западный берег", de="Westjordanland", es="Cisjordania", it="Cisgiordania"),
    loc("Q83210", "territory", "Golan Heights", en="Golan", fr="plateau du Golan|Golan", ru="Голанские высоты", de="Golanhöhen", es="Altos del Golán", it="Alture del Golan"),
    loc("Q43100", "territory", "Kashmir", fr="Cachemire", ru="Кашмир", de="Kaschmir", es="Cachemira", it="Kashmir"),
    loc(None, "territory", "Xinjiang", fr="Xinjiang", ru="Синьцзян|Синьцзян-Уйгурский автономный район", de="Xinjiang", es="Sinkiang|Xinjiang", it="Xinjiang", country=CN),
    loc(None, "territory", "Tibet", fr="Tibet", ru="Тибет", de="Tibet", es="Tíbet", it="Tibet", country=CN),
    loc("Q5187", "territory", "Chechnya", fr="Tchétchénie", ru="Чечня|Чеченская Республика", de="Tschetschenien", es="Chechenia", it="Cecenia", country=RU),
    loc(None, "territory", "Dagestan", fr="Daghestan", ru="Дагестан", de="Dagestan", es="Daguestán", it="Daghestan", country=RU),
    loc(None, "territory", "Kaliningrad Oblast", en="Kaliningrad region", fr="oblast de Kaliningrad|enclave de Kaliningrad", ru="Калининградская область", de="Oblast Kaliningrad", es="óblast de Kaliningrado", it="oblast di Kaliningrad", country=RU),
    loc(None, "territory", "Kursk Oblast", fr="oblast de Koursk|région de Koursk", ru="Курская область", de="Oblast Kursk", es="óblast de Kursk", it="oblast di Kursk", country=RU),
    loc(None, "territory", "Belgorod Oblast", fr="oblast de Belgorod|région de Belgorod", ru="Белгородская область", de="Oblast Belgorod", es="óblast de Bélgorod", it="oblast di Belgorod", country=RU),
    loc("Q2012050", "territory", "Donetsk Oblast", fr="oblast de Donetsk|région de Donetsk", ru="Донецкая область", de="Oblast Donezk", es="óblast de Donetsk", it="oblast di Donec'k", uk="Донецька область", country=UA),
    loc("Q171965", "territory", "Luhansk Oblast", fr="oblast de Louhansk|région de Louhansk", ru="Луганская область", de="Oblast Luhansk", es="óblast de Lugansk", it="oblast di Luhans'k", uk="Луганська область", country=UA),
    loc("Q171334", "territory", "Zaporizhzhia Oblast", fr="oblast de Zaporijia|région de Zaporijjia", ru="Запорожская область", de="Oblast Saporischschja", es="óblast de Zaporiyia", it="oblast di Zaporižžja", uk="Запорізька область", country=UA),
    loc("Q163271", "territory", "Kherson Oblast", fr="oblast de Kherson|région de Kherson", ru="Херсонская область", de="Oblast Cherson", es="óblast de Jersón", it="oblast di Cherson", uk="Херсонська область", country=UA),
    loc("Q16150196", "territory", "Donetsk People's Republic", en="DPR|DNR", fr="République populaire de Donetsk", ru="Донецкая Народная Республика", de="Volksrepublik Donezk", es="República Popular de Donetsk", it="Repubblica Popolare di Doneck", acr="en:DPR fr:RPD ru:ДНР"),
    loc("Q16746854", "territory", "Luhansk People's Republic", en="LPR|LNR", fr="République populaire de Louhansk|République populaire de Lougansk", ru="Луганская Народная Республика", de="Volksrepublik Luhansk", es="República Popular de Lugansk", it="Repubblica Popolare di Lugansk", acr="en:LPR fr:RPL ru:ЛНР"),
    loc("Q15180", "historical_country", "Soviet Union", en="USSR|Union of Soviet Socialist Republics", fr="Union soviétique|URSS|Union des républiques socialistes soviétiques", ru="Советский Союз|Союз Советских Социалистических Республик", de="Sowjetunion|UdSSR", es="Unión Soviética|URSS", it="Unione Sovietica|URSS", acr="en:USSR fr:URSS ru:СССР de:UdSSR es:URSS it:URSS"),
    loc("Q34266", "historical_country", "Russian Empire", fr="Empire russe", ru="Российская империя", de="Russisches Kaiserreich", es="Imperio ruso", it="Impero russo"),
    loc("Q12560", "historical_country", "Ottoman Empire", fr="Empire ottoman", ru="Османская империя", de="Osmanisches Reich", es="Imperio otomano", it="Impero ottomano"),
    loc("Q16957", "historical_country", "East Germany", en="German Democratic Republic|GDR", fr="Allemagne de l'Est|RDA|République démocratique allemande", ru="Германская Демократическая Республика|ГДР", de="DDR|Deutsche Demokratische Republik", es="Alemania Oriental|RDA", it="Germania Est|DDR", acr="en:GDR fr:RDA ru:ГДР de:DDR es:RDA it:DDR"),
    # Whole, so that "Autriche-Hongrie" is not read as Austria and Hungary.
    loc("Q28513", "historical_country", "Austria-Hungary", en="Austro-Hungarian Empire|Austro-Hungarian Monarchy", fr="Autriche-Hongrie|Empire austro-hongrois", ru="Австро-Венгрия", de="Österreich-Ungarn", es="Imperio austrohúngaro|Austria-Hungría", it="Austria-Ungheria|Impero austro-ungarico"),
    loc("Q33946", "historical_country", "Czechoslovakia", fr="Tchécoslovaquie", ru="Чехословакия", de="Tschechoslowakei", es="Checoslovaquia", it="Cecoslovacchia"),
    loc("Q36704", "historical_country", "Yugoslavia", fr="Yougoslavie", ru="Югославия", de="Jugoslawien", es="Yugoslavia", it="Jugoslavia"),
    # Not "Amazon" alone: the company (companies below) is what the news
    # names so far more often, and the English tagger labels it a place.
    loc("Q177567", "region", "Amazon rainforest", en="Amazonia", fr="Amazonie|forêt amazonienne", ru="Амазония|Амазонская сельва", de="Amazonien|Amazonas-Regenwald", es="Amazonia|Amazonía|selva amazónica", it="Amazzonia|foresta amazzonica"),
    loc("Q8268", "region", "Eurozone", en="euro area", fr="zone euro", ru="Еврозона|зона евро", de="Eurozone|Euroraum", es="eurozona|zona euro", it="eurozona|zona euro"),
    loc(None, "region", "Schengen Area", en="Schengen zone", fr="espace Schengen|zone Schengen", ru="Шенгенская зона|шенгенская зона", de="Schengen-Raum|Schengenraum", es="espacio Schengen|zona Schengen", it="spazio Schengen|area Schengen"),
    loc("Q166", "sea", "Black Sea", fr="mer Noire", ru="Чёрное море", de="Schwarzes Meer", es="mar Negro", it="Mar Nero"),
    loc("Q5484", "sea", "Caspian Sea", fr="mer Caspienne|Caspienne", ru="Каспийское море|Каспий", de="Kaspisches Meer", es="mar Caspio", it="Mar Caspio"),
    loc("Q545", "sea", "Baltic Sea", fr="mer Baltique|Baltique", ru="Балтийское море|Балтика", de="Ostsee", es="mar Báltico", it="Mar Baltico"),
    loc("Q4918", "sea", "Mediterranean Sea", en="Mediterranean", fr="mer Méditerranée|Méditerranée", ru="Средиземное море", de="Mittelmeer", es="mar Mediterráneo|Mediterráneo", it="Mar Mediterraneo|Mediterraneo"),
    loc(None, "sea", "Red Sea", fr="mer Rouge", ru="Красное море", de="Rotes Meer", es="mar Rojo", it="Mar Rosso"),
    loc("Q37660", "sea", "South China Sea", fr="mer de Chine méridionale", ru="Южно-Китайское море", de="Südchinesisches Meer", es="mar de la China Meridional", it="Mar Cinese Meridionale"),
    loc(None, "sea", "Sea of Azov", fr="mer d'Azov", ru="Азовское море", de="Asowsches Meer", es="mar de Azov", it="Mar d'Azov"),
    loc(None, "strait", "Strait of Hormuz", fr="détroit d'Ormuz", ru="Ормузский пролив", de="Straße von Hormus", es="estrecho de Ormuz", it="stretto di Hormuz"),
    loc(None, "strait", "Taiwan Strait", fr="détroit de Taïwan", ru="Тайваньский пролив", de="Taiwanstraße", es="estrecho de Taiwán", it="stretto di Taiwan"),
    loc("Q35958", "strait", "Bosphorus", fr="Bosphore", ru="Босфор", de="Bosporus", es="Bósforo", it="Bosforo"),
    loc(None, "region", "Western world", en="the West", fr="Occident", ru="Запад",
        dem={"fr": "occidental|occidentale|occidentaux|occidentales", "en": "Westerner|Westerners",
             "ru": "западный|западная|западное|западные|западного|западной|западных"}),
    # "la Manche" of the migrant crossings; the département Manche has no bare alias (below).
    loc(None, "sea", "English Channel", fr="Manche|mer de la Manche", ru="Ла-Манш|пролив Ла-Манш", de="Ärmelkanal", es="canal de la Mancha", it="Canale della Manica|Manica"),
    loc(None, "region", "Quebec", en="Province of Quebec", fr="Québec|province de Québec|province du Québec", ru="Квебек", de="Québec|Provinz Québec", es="Quebec|provincia de Quebec", it="Québec|provincia del Québec", country=CA),
]

# ------------------------------------------------------------------ France: regions, départements, rivers
# The 13 regions of metropolitan France; the five overseas regions (Guadeloupe, Martinique, French
# Guiana, Réunion, Mayotte) are ISO 3166 territories in countries.jsonl. Corsica is a region too.
FRENCH_REGIONS = [
    # Not "AURA" for Auvergne-Rhône-Alpes: acronyms of four letters match in title case too ("Aura").
    loc(None, "administrative_region", "Auvergne-Rhône-Alpes", ru="Овернь — Рона — Альпы", country=FR),
    loc(None, "administrative_region", "Bourgogne-Franche-Comté", ru="Бургундия — Франш-Конте", country=FR),
    loc(None, "administrative_region", "Brittany", fr="Bretagne", ru="Бретань", de="Bretagne", es="Bretaña", it="Bretagna", country=FR),
    loc(None, "administrative_region", "Centre-Val de Loire", ru="Центр — Долина Луары", country=FR),
    loc(None, "administrative_region", "Corsica", fr="Corse|collectivité de Corse", ru="Корсика", de="Korsika", es="Córcega", it="Corsica", country=FR),
    loc(None, "administrative_region", "Grand Est", fr="Grand Est|région Grand Est", ru="Гранд-Эст", country=FR),
    loc(None, "administrative_region", "Hauts-de-France", ru="О-де-Франс", country=FR),
    loc(None, "administrative_region", "Île-de-France", en="Paris Region|Ile-de-France", fr="Île-de-France|région parisienne", ru="Иль-де-Франс", country=FR),
    loc(None, "administrative_region", "Normandy", fr="Normandie", ru="Нормандия", de="Normandie", es="Normandía", it="Normandia", country=FR),
    loc(None, "administrative_region", "Nouvelle-Aquitaine", ru="Новая Аквитания", country=FR),
    loc(None, "administrative_region", "Occitania", fr="Occitanie", ru="Окситания", de="Okzitanien", es="Occitania", it="Occitania", country=FR),
    loc(None, "administrative_region", "Pays de la Loire", ru="Земли Луары", country=FR),
    loc(None, "administrative_region", "Provence-Alpes-Côte d'Azur", fr="Provence-Alpes-Côte d'Azur|Région Sud", ru="Прованс — Альпы — Лазурный Берег", country=FR, acr="fr:PACA en:PACA"),
    loc(None, "region", "Alsace", fr="Alsace|Collectivité européenne d'Alsace", ru="Эльзас", de="Elsass", es="Alsacia", it="Alsazia", country=FR),
    loc(None, "region", "French Riviera", fr="Côte d'Azur", ru="Лазурный Берег", de="Côte d’Azur|Französische Riviera", es="Costa Azul", it="Costa Azzurra", country=FR),
]

# Départements of metropolitan France by their French names ("Maine-et-Loire"; spellings without
# hyphens normalise to the same key). Flags: Q = the bare name is a common word somewhere
# (German "Landes" and "Lot", French "aube", "creuse", "somme", "orne", English "lot"), a first
# name ("Aude"), a wider area (Ardennes, Vosges, Savoie, the Gironde estuary), a river flowing
# through other countries (Meuse, Moselle) or "Aïn" of Arabic place names (Ain): the canonical
# name is qualified ("Lot (department)") and the bare name a French alias only, which the press
# uses for the département. S = the bare name is left out, it is mostly something else: Var
# (lookups fold case, and the football "VAR" would read as the département), Cher (a French
# adjective, the singer), Jura (the mountains, the Swiss canton, German "Jura" = law), Manche
# (the English Channel), Nord ("mer du Nord", "Europe du Nord": every north), Vienne (French
# name of Vienna), Loire, Rhône, Marne (the rivers, entries of their own); these keep
# "département de …" forms. Paris is the city.
DEPARTMENTS = """
01|Ain|Q
02|Aisne|
03|Allier|
04|Alpes-de-Haute-Provence|
05|Hautes-Alpes|
06|Alpes-Maritimes|
07|Ardèche|
08|Ardennes|Q
09|Ariège|
10|Aube|Q
11|Aude|Q
12|Aveyron|
13|Bouches-du-Rhône|
14|Calvados|
15|Cantal|
16|Charente|
17|Charente-Maritime|
18|Cher|S
19|Corrèze|
2A|Corse-du-Sud|
2B|Haute-Corse|
21|Côte-d'Or|
22|Côtes-d'Armor|
23|Creuse|Q
24|Dordogne|
25|Doubs|
26|Drôme|
27|Eure|
28|Eure-et-Loir|
29|Finistère|
30|Gard|
31|Haute-Garonne|
32|Gers|
33|Gironde|Q
34|Hérault|
35|Ille-et-Vilaine|
36|Indre|
37|Indre-et-Loire|
38|Isère|
39|Jura|S
40|Landes|Q
41|Loir-et-Cher|
42|Loire|S
43|Haute-Loire|
44|Loire-Atlantique|
45|Loiret|
46|Lot|Q
47|Lot-et-Garonne|
48|Lozère|
49|Maine-et-Loire|
50|Manche|S
51|Marne|S
52|Haute-Marne|
53|Mayenne|
54|Meurthe-et-Moselle|
55|Meuse|Q
56|Morbihan|
57|Moselle|Q
58|Nièvre|
59|Nord|S
60|Oise|
61|Orne|Q
62|Pas-de-Calais|
63|Puy-de-Dôme|
64|Pyrénées-Atlantiques|
65|Hautes-Pyrénées|
66|Pyrénées-Orientales|
67|Bas-Rhin|
68|Haut-Rhin|
69|Rhône|S
70|Haute-Saône|
71|Saône-et-Loire|
72|Sarthe|
73|Savoie|Q
74|Haute-Savoie|
76|Seine-Maritime|
77|Seine-et-Marne|
78|Yvelines|
79|Deux-Sèvres|
80|Somme|Q
81|Tarn|
82|Tarn-et-Garonne|
83|Var|S
84|Vaucluse|
85|Vendée|
86|Vienne|S
87|Haute-Vienne|
88|Vosges|Q
89|Yonne|
90|Territoire de Belfort|
91|Essonne|
92|Hauts-de-Seine|
93|Seine-Saint-Denis|
94|Val-de-Marne|
95|Val-d'Oise|
"""

# "département de la Loire", "département du Nord", "département de l'Ain"…
FR_DEPARTMENT_OF = {"Ain": "de l'", "Aisne": "de l'", "Allier": "de l'", "Ardèche": "de l'", "Ariège": "de l'",
                    "Aube": "de l'", "Aude": "de l'", "Aveyron": "de l'", "Essonne": "de l'", "Eure": "de l'",
                    "Hérault": "de l'", "Indre": "de l'", "Isère": "de l'", "Oise": "de l'", "Orne": "de l'",
                    "Yonne": "de l'", "Ille-et-Vilaine": "d'", "Indre-et-Loire": "d'", "Eure-et-Loir": "d'",
                    "Maine-et-Loire": "de ", "Saône-et-Loire": "de ", "Seine-et-Marne": "de ",
                    "Meurthe-et-Moselle": "de "}
FR_DEPARTMENT_MASCULINE = {"Calvados", "Cantal", "Cher", "Doubs", "Finistère", "Gard", "Gers", "Jura", "Loir-et-Cher",
                           "Loiret", "Lot", "Lot-et-Garonne", "Morbihan", "Nord", "Pas-de-Calais", "Puy-de-Dôme",
                           "Rhône", "Tarn", "Tarn-et-Garonne", "Var", "Val-de-Marne", "Val-d'Oise", "Vaucluse",
                           "Bas-Rhin", "Haut-Rhin", "Territoire de Belfort"}
FR_DEPARTMENT_PLURAL = {"Alpes-de-Haute-Provence", "Hautes-Alpes", "Alpes-Maritimes", "Ardennes", "Bouches-du-Rhône",
                        "Côtes-d'Armor", "Hautes-Pyrénées", "Landes", "Pyrénées-Atlantiques", "Pyrénées-Orientales",
                        "Deux-Sèvres", "Vosges", "Yvelines", "Hauts-de-Seine"}


def department_of(name):
    if name in FR_DEPARTMENT_OF:
        article = FR_DEPARTMENT_OF[name]
    elif name in FR_DEPARTMENT_PLURAL:
        article = "des "
    elif name in FR_DEPARTMENT_MASCULINE:
        article = "du "
    else:
        article = "de la "
    return f"département {article}{name}"


def build_departments():
    entries = []
    for line in DEPARTMENTS.strip().split("\n"):
        _number, name, flags = line.split("|")
        fr = [department_of(name)]
        extra = {"Seine-Saint-Denis": ["Seine-St-Denis"]}.get(name, [])
        if flags == "":
            entries.append(loc(None, "department", name, fr="|".join(extra + fr), country=FR))
        else:
            bare = [name] if flags == "Q" else []
            entries.append(loc(None, "department", f"{name} (department)", en=f"{name} department",
                               fr="|".join(bare + fr), country=FR))
    return entries


# The great French rivers, so that "la Loire" or "le Rhône" are no département. The Rhine too
# (Bas-Rhin, Haut-Rhin are départements).
RIVERS = [
    loc(None, "river", "Loire", fr="Loire", ru="Луара", de="Loire", es="Loira", it="Loira"),
    loc(None, "river", "Seine", fr="Seine", ru="Сена", de="Seine", es="Sena", it="Senna"),
    loc(None, "river", "Rhône", en="Rhone", fr="Rhône", ru="Рона", de="Rhone", es="Ródano", it="Rodano"),
    loc(None, "river", "Garonne", fr="Garonne", ru="Гаронна", de="Garonne", es="Garona", it="Garonna"),
    loc(None, "river", "Marne", fr="Marne", ru="Марна", de="Marne", es="Marne", it="Marna"),
    loc(None, "river", "Rhine", fr="Rhin", ru="Рейн", de="Rhein", es="Rin", it="Reno"),
]

REGIONS += FRENCH_REGIONS + build_departments() + RIVERS

# ------------------------------------------------------------------ United States and other places (third 2026 batch)
# From the unlinked names of the SemEval 2023 French and English articles. US states are
# `federated_state`, as is Bavaria. Decisions (see the README): Georgia, New York and Washington
# share their bare names with the country, New York City and the federal capital, so their states
# are qualified ("Georgia (U.S. state)") and named only by longer forms ("État de Géorgie",
# "New York State", "штат Вашингтон"); "Virginia" is a first name in English, Spanish, Italian and
# (as "Virginie") French: the state has a qualified canonical name and the bare word in English
# and German only. "Bayern" is also the football club: German only. The oceans have no bare
# English alias ("The Atlantic" is the magazine, "Pacific" a region of trade talk); "Golfe" alone
# is the Persian Gulf in French ("pays du Golfe", "guerre du Golfe"). "Capitole" alone is
# Toulouse's town hall in French and "Campidoglio" Rome's in Italian: the US Capitol only by
# qualified forms there.
def us_state(qid, name, fr, ru, de=None, es=None, it=None, **extra):
    langs = {"fr": fr, "ru": ru, "de": de or name, "es": es or name, "it": it or name}
    for lang, more in extra.items():
        langs[lang] = "|".join(filter(None, [langs.get(lang, ""), more]))
    return loc(qid, "federated_state", name, US, **langs)


PLACES_2026C = [
    us_state("Q99", "California", "Californie", "Калифорния", "Kalifornien", "California", "California"),
    us_state("Q812", "Florida", "Floride", "Флорида"),
    us_state("Q1439", "Texas", "Texas", "Техас"),
    us_state("Q816", "Arizona", "Arizona", "Аризона"),
    us_state("Q1527", "Minnesota", "Minnesota", "Миннесота"),
    us_state("Q1522", "New Mexico", "Nouveau-Mexique", "Нью-Мексико", "New Mexico", "Nuevo México", "Nuovo Messico"),
    us_state("Q1397", "Ohio", "Ohio", "Огайо"),
    us_state("Q1227", "Nevada", "Nevada", "Невада"),
    us_state("Q1400", "Pennsylvania", "Pennsylvanie", "Пенсильвания", "Pennsylvania", "Pensilvania", "Pennsylvania"),
    us_state("Q1391", "Maryland", "Maryland", "Мэриленд"),
    us_state("Q16551", "Vermont", "Vermont", "Вермонт"),
    us_state("Q1408", "New Jersey", "New Jersey", "Нью-Джерси", "New Jersey", "Nueva Jersey", "New Jersey"),
    us_state("Q1166", "Michigan", "Michigan", "Мичиган", "Michigan", "Míchigan", "Michigan"),
    us_state("Q771", "Massachusetts", "Massachusetts", "Массачусетс"),
    us_state("Q1371", "West Virginia", "Virginie-Occidentale", "Западная Виргиния", "West Virginia", "Virginia Occidental", "Virginia Occidentale"),
    us_state("Q1581", "Missouri", "Missouri", "Миссури", "Missouri", "Misuri", "Missouri"),
    us_state("Q1204", "Illinois", "Illinois", "Иллинойс"),
    us_state("Q173", "Alabama", "Alabama", "Алабама"),
    us_state("Q824", "Oregon", "Oregon", "Орегон", "Oregon", "Oregón", "Oregon"),
    us_state("Q759", "New Hampshire", "New Hampshire", "Нью-Гэмпшир", "New Hampshire", "Nuevo Hampshire", "New Hampshire"),
    us_state("Q1558", "Kansas", "Kansas", "Канзас"),
    us_state("Q1509", "Tennessee", "Tennessee", "Теннесси"),
    us_state("Q797", "Alaska", "Alaska", "Аляска"),
    us_state("Q1261", "Colorado", "Colorado", "Колорадо"),
    us_state("Q779", "Connecticut", "Connecticut", "Коннектикут"),
    us_state("Q1456", "South Carolina", "Caroline du Sud", "Южная Каролина", "South Carolina", "Carolina del Sur", "Carolina del Sud"),
    us_state("Q1415", "Indiana", "Indiana", "Индиана"),
    us_state("Q1546", "Iowa", "Iowa", "Айова"),
    # Qualified: the bare names are a country, a city, the federal capital or a first name.
    loc("Q1370", "federated_state", "Virginia (U.S. state)", US, en="Virginia|State of Virginia|Commonwealth of Virginia", fr="État de Virginie|Virginie (État)", ru="Виргиния|штат Виргиния", de="Virginia|Bundesstaat Virginia", es="estado de Virginia", it="stato della Virginia"),
    loc("Q1428", "federated_state", "Georgia (U.S. state)", US, en="State of Georgia|Georgia (state)", fr="État de Géorgie|Géorgie (État)", ru="штат Джорджия", de="Bundesstaat Georgia|Georgia (Bundesstaat)", es="estado de Georgia|Georgia (Estados Unidos)", it="stato della Georgia|Georgia (Stati Uniti)"),
    loc("Q1384", "federated_state", "New York (state)", US, en="New York State|State of New York", fr="État de New York", ru="штат Нью-Йорк", de="Bundesstaat New York", es="estado de Nueva York", it="stato di New York"),
    loc("Q1223", "federated_state", "Washington (state)", US, en="Washington State|State of Washington", fr="État de Washington", ru="штат Вашингтон", de="Bundesstaat Washington", es="estado de Washington", it="stato di Washington"),
    loc("Q980", "federated_state", "Bavaria", DE, en="Free State of Bavaria", fr="Bavière", ru="Бавария", de="Bayern|Freistaat Bayern", es="Baviera", it="Baviera"),
    # ---- oceans, gulf, river
    loc("Q97", "ocean", "Atlantic Ocean", fr="océan Atlantique|Atlantique", ru="Атлантический океан|Атлантика", de="Atlantischer Ozean|Atlantik", es="océano Atlántico|Atlántico", it="oceano Atlantico|Atlantico"),
    loc("Q98", "ocean", "Pacific Ocean", fr="océan Pacifique|Pacifique", ru="Тихий океан", de="Pazifischer Ozean|Pazifik|Stiller Ozean", es="océano Pacífico|Pacífico", it="oceano Pacifico|Pacifico"),
    loc("Q34675", "sea", "Persian Gulf", en="Arabian Gulf", fr="golfe Persique|golfe Arabo-Persique|Golfe", ru="Персидский залив", de="Persischer Golf", es="golfo Pérsico", it="Golfo Persico"),
    loc(None, "river", "Nile", en="River Nile|Nile River", fr="Nil", ru="Нил", de="Nil", es="Nilo", it="Nilo"),
    # ---- districts and buildings named for what they house
    loc("Q11299", "borough", "Manhattan", US, fr="Manhattan", ru="Манхэттен", de="Manhattan", es="Manhattan", it="Manhattan"),
    loc("Q34006", "district", "Hollywood", US, fr="Hollywood", ru="Голливуд", de="Hollywood", es="Hollywood", it="Hollywood"),
    entity("Q54109", "LOC", "building", "United States Capitol", US, ru_decline=False, en="Capitol|US Capitol|U.S. Capitol|Capitol Hill|Capitol building", fr="Capitole des États-Unis|Capitole de Washington|Capitol Hill", ru="Капитолий|Капитолия|Капитолию|Капитолием|Капитолии|Капитолий США|Капитолия США|Капитолию США|Капитолием США|Капитолии США", de="Kapitol|US-Kapitol|Kapitol der Vereinigten Staaten|Capitol Hill", es="Capitolio|Capitolio de los Estados Unidos", it="Capitol Hill|Campidoglio di Washington"),
    loc("Q11235", "building", "World Trade Center", US, acr="en:WTC fr:WTC", en="Twin Towers", fr="World Trade Center|tours jumelles|Tours jumelles", ru="Всемирный торговый центр", de="World Trade Center|Twin Towers", es="World Trade Center|Torres Gemelas", it="World Trade Center|Torri Gemelle"),
    loc(None, "building", "Mandalay Bay", US, en="Mandalay Bay Resort|Mandalay Bay Resort and Casino|Mandalay Bay hotel|Mandalay Bay Hotel", fr="Mandalay Bay|hôtel Mandalay Bay", ru="Мандалай-Бэй|отель Mandalay Bay", de="Mandalay Bay", es="Mandalay Bay", it="Mandalay Bay"),
]

REGIONS += PLACES_2026C

# ------------------------------------------------------------------ cities
# (QID or "", kind, country, en, fr, ru, de, es, it, extra aliases "lang:alias;lang:alias")
CITIES = """
Q90|capital|Q142|Paris|Paris|Париж|Paris|París|Parigi|
Q84|capital|Q145|London|Londres|Лондон|London|Londres|Londra|
Q64|capital|Q183|Berlin|Berlin|Берлин|Berlin|Berlín|Berlino|
Q649|capital|Q159|Moscow|Moscou|Москва|Moskau|Moscú|Mosca|
Q1899|capital|Q212|Kyiv|Kiev|Киев|Kiew|Kiev|Kiev|en:Kiev;fr:Kyiv;uk:Київ;de:Kyjiw;es:Kyiv;it:Kyiv
Q61|capital|Q30|Washington, D.C.|Washington|Вашингтон|Washington|Washington D. C.|Washington|en:Washington;en:Washington D.C.
Q60|city|Q30|New York City|New York|Нью-Йорк|New York|Nueva York|New York|en:New York;en:NYC
Q956|capital|Q148|Beijing|Pékin|Пекин|Peking|Pekín|Pechino|en:Peking;fr:Beijing
Q1490|capital|Q17|Tokyo|Tokyo|Токио|Tokio|Tokio|Tokyo|
Q220|capital|Q38|Rome|Rome|Рим|Rom|Roma|Roma|
Q2807|capital|Q29|Madrid|Madrid|Мадрид|Madrid|Madrid|Madrid|
Q597|capital|Q45|Lisbon|Lisbonne|Лиссабон|Lissabon|Lisboa|Lisbona|
Q239|capital|Q31|Brussels|Bruxelles|Брюссель|Brüssel|Bruselas|Bruxelles|
Q727|capital|Q55|Amsterdam|Amsterdam|Амстердам|Amsterdam|Ámsterdam|Amsterdam|
Q1741|capital|Q40|Vienna|Vienne|Вена|Wien|Viena|Vienna|
Q270|capital|Q36|Warsaw|Varsovie|Варшава|Warschau|Varsovia|Varsavia|
Q1085|capital|Q213|Prague|Prague|Прага|Prag|Praga|Praga|
Q1781|capital|Q28|Budapest|Budapest|Будапешт|Budapest|Budapest|Budapest|
Q19660|capital|Q218|Bucharest|Bucarest|Бухарест|Bukarest|Bucarest|Bucarest|
Q472|capital|Q219|Sofia|Sofia|София|Sofia|Sofía|Sofia|
Q1524|capital|Q41|Athens|Athènes|Афины|Athen|Atenas|Atene|
Q3640|capital|Q43|Ankara|Ankara|Анкара|Ankara|Ankara|Ankara|
Q406|city|Q43|Istanbul|Istanbul|Стамбул|Istanbul|Estambul|Istanbul|
Q3616|capital|Q794|Tehran|Téhéran|Тегеран|Teheran|Teherán|Teheran|
Q1530|capital|Q796|Baghdad|Bagdad|Багдад|Bagdad|Bagdad|Baghdad|
Q3766|capital|Q858|Damascus|Damas|Дамаск|Damaskus|Damasco|Damasco|
Q3820|capital|Q822|Beirut|Beyrouth|Бейрут|Beirut|Beirut|Beirut|
Q1218|city|Q801|Jerusalem|Jérusalem|Иерусалим|Jerusalem|Jerusalén|Gerusalemme|
Q33935|city|Q801|Tel Aviv|Tel Aviv|Тель-Авив|Tel Aviv|Tel Aviv|Tel Aviv|
Q3805|capital|Q810|Amman|Amman|Амман|Amman|Amán|Amman|
Q3692|capital|Q851|Riyadh|Riyad|Эр-Рияд|Riad|Riad|Riad|ru:Рияд
Q85|capital|Q79|Cairo|Le Caire|Каир|Kairo|El Cairo|Il Cairo|fr:Caire;es:Cairo;it:Cairo
Q2280|capital|Q184|Minsk|Minsk|Минск|Minsk|Minsk|Minsk|
Q21197|capital|Q217|Chișinău|Chisinau|Кишинёв|Chișinău|Chisináu|Chișinău|en:Chisinau;en:Kishinev;fr:Chișinău;de:Kischinau;ru:Кишинев
Q994|capital|Q230|Tbilisi|Tbilissi|Тбилиси|Tiflis|Tiflis|Tbilisi|en:Tiflis
Q1953|capital|Q399|Yerevan|Erevan|Ереван|Jerewan|Ereván|Erevan|
Q9248|capital|Q227|Baku|Bakou|Баку|Baku|Bakú|Baku|
Q1520|capital|Q232|Astana|Astana|Астана|Astana|Astaná|Astana|en:Nur-Sultan;fr:Nour-Soultan;ru:Нур-Султан;en:Akmola
Q35493|city|Q232|Almaty|Almaty|Алма-Ата|Almaty|Almaty|Almaty|en:Alma-Ata;fr:Alma-Ata;ru:Алматы
Q269|capital|Q265|Tashkent|Tachkent|Ташкент|Taschkent|Taskent|Tashkent|
Q9361|capital|Q813|Bishkek|Bichkek|Бишкек|Bischkek|Biskek|Bishkek|en:Frunze
Q9365|capital|Q863|Dushanbe|Douchanbé|Душанбе|Duschanbe|Dusambé|Dushanbe|
Q23438|capital|Q874|Ashgabat|Achgabat|Ашхабад|Aşgabat|Asjabad|Aşgabat|en:Ashkhabad
Q216|capital|Q37|Vilnius|Vilnius|Вильнюс|Vilnius|Vilna|Vilnius|
Q1773|capital|Q211|Riga|Riga|Рига|Riga|Riga|Riga|
Q1770|capital|Q191|Tallinn|Tallinn|Таллин|Tallinn|Tallin|Tallinn|ru:Таллинн
Q656|city|Q159|Saint Petersburg|Saint-Pétersbourg|Санкт-Петербург|Sankt Petersburg|San Petersburgo|San Pietroburgo|en:St. Petersburg;en:Leningrad;fr:Léningrad;ru:Петербург;ru:Ленинград;ru:Питер
Q42308|city|Q212|Kharkiv|Kharkiv|Харьков|Charkiw|Járkov|Charkiv|en:Kharkov;fr:Kharkov;uk:Харків;it:Kharkiv
Q1874|city|Q212|Odesa|Odessa|Одесса|Odessa|Odesa|Odessa|en:Odessa;uk:Одеса
Q36036|city|Q212|Lviv|Lviv|Львов|Lwiw|Leópolis|Leopoli|en:Lvov;fr:Lvov;uk:Львів;de:Lemberg;pl:Lwów
|city|Q212|Dnipro|Dnipro|Днепр|Dnipro|Dnipró|Dnipro|en:Dnipropetrovsk;fr:Dnipropetrovsk;ru:Днепропетровск;uk:Дніпро
|city|Q212|Donetsk|Donetsk|Донецк|Donezk|Donetsk|Donec'k|uk:Донецьк
Q134279|city|Q212|Luhansk|Louhansk|Луганск|Luhansk|Lugansk|Luhans'k|en:Lugansk;fr:Lougansk;uk:Луганськ
|city|Q212|Mariupol|Marioupol|Мариуполь|Mariupol|Mariúpol|Mariupol'|uk:Маріуполь
|city|Q212|Zaporizhzhia|Zaporijjia|Запорожье|Saporischschja|Zaporiyia|Zaporižžja|en:Zaporozhye;fr:Zaporijia;uk:Запоріжжя
|city|Q212|Kherson|Kherson|Херсон|Cherson|Jersón|Cherson|uk:Херсон
|city|Q212|Bakhmut|Bakhmout|Бахмут|Bachmut|Bajmut|Bachmut|en:Artemivsk;ru:Артёмовск;ru:Артемовск
|city|Q212|Avdiivka|Avdiïvka|Авдеевка|Awdijiwka|Avdiivka|Avdiïvka|uk:Авдіївка
|city|Q212|Bucha|Boutcha|Буча|Butscha|Bucha|Buča|uk:Буча
|city|Q212|Mykolaiv|Mykolaïv|Николаев|Mykolajiw|Mykoláiv|Mykolaïv|en:Nikolaev;uk:Миколаїв
|city|Q212|Sumy|Soumy|Сумы|Sumy|Sumy|Sumy|uk:Суми
|city|Q212|Chernihiv|Tchernihiv|Чернигов|Tschernihiw|Chernígov|Černihiv|uk:Чернігів
|city|Q212|Kramatorsk|Kramatorsk|Краматорск|Kramatorsk|Kramatorsk|Kramators'k|
|city|Q212|Pokrovsk|Pokrovsk|Покровск|Pokrowsk|Pokrovsk|Pokrovs'k|
|city|Q212|Chernobyl|Tchernobyl|Чернобыль|Tschernobyl|Chernóbil|Černobyl'|en:Chornobyl;uk:Чорнобиль
Q7525|city|Q212|Sevastopol|Sébastopol|Севастополь|Sewastopol|Sebastopol|Sebastopoli|
|city|Q212|Simferopol|Simferopol|Симферополь|Simferopol|Simferópol|Sinferopoli|
|city|Q212|Kerch|Kertch|Керчь|Kertsch|Kerch|Kerč|
|city|Q212|Yalta|Yalta|Ялта|Jalta|Yalta|Jalta|
|city|Q212|Melitopol|Melitopol|Мелитополь|Melitopol|Melitópol|Melitopol'|
|city|Q212|Zhytomyr|Jytomyr|Житомир|Schytomyr|Zhytómyr|Žytomyr|
|city|Q212|Vinnytsia|Vinnytsia|Винница|Winnyzja|Vínnytsia|Vinnycja|
|city|Q212|Poltava|Poltava|Полтава|Poltawa|Poltava|Poltava|
|city|Q212|Kryvyi Rih|Kryvyï Rih|Кривой Рог|Krywyj Rih|Kryvyi Rih|Kryvyj Rih|
|city|Q212|Uzhhorod|Oujhorod|Ужгород|Uschhorod|Úzhgorod|Užhorod|
Q883|city|Q159|Novosibirsk|Novossibirsk|Новосибирск|Nowosibirsk|Novosibirsk|Novosibirsk|
Q887|city|Q159|Yekaterinburg|Iekaterinbourg|Екатеринбург|Jekaterinburg|Ekaterimburgo|Ekaterinburg|
|city|Q159|Kazan|Kazan|Казань|Kasan|Kazán|Kazan'|
|city|Q159|Nizhny Novgorod|Nijni Novgorod|Нижний Новгород|Nischni Nowgorod|Nizhni Nóvgorod|Nižnij Novgorod|
|city|Q159|Chelyabinsk|Tcheliabinsk|Челябинск|Tscheljabinsk|Cheliábinsk|Čeljabinsk|
|city|Q159|Samara|Samara|Самара|Samara|Samara|Samara|
|city|Q159|Rostov-on-Don|Rostov-sur-le-Don|Ростов-на-Дону|Rostow am Don|Rostov del Don|Rostov sul Don|en:Rostov;fr:Rostov;ru:Ростов
|city|Q159|Ufa|Oufa|Уфа|Ufa|Ufá|Ufa|
|city|Q159|Krasnoyarsk|Krasnoïarsk|Красноярск|Krasnojarsk|Krasnoyarsk|Krasnojarsk|
|city|Q159|Perm|Perm|Пермь|Perm|Perm|Perm'|
|city|Q159|Voronezh|Voronej|Воронеж|Woronesch|Vorónezh|Voronež|
|city|Q159|Volgograd|Volgograd|Волгоград|Wolgograd|Volgogrado|Volgograd|en:Stalingrad;fr:Stalingrad;ru:Сталинград
|city|Q159|Krasnodar|Krasnodar|Краснодар|Krasnodar|Krasnodar|Krasnodar|
|city|Q159|Vladivostok|Vladivostok|Владивосток|Wladiwostok|Vladivostok|Vladivostok|
Q1829|city|Q159|Kaliningrad|Kaliningrad|Калининград|Kaliningrad|Kaliningrado|Kaliningrad|en:Königsberg;de:Königsberg
|city|Q159|Belgorod|Belgorod|Белгород|Belgorod|Bélgorod|Belgorod|
|city|Q159|Kursk|Koursk|Курск|Kursk|Kursk|Kursk|
|city|Q159|Bryansk|Briansk|Брянск|Brjansk|Briansk|Brjansk|
|city|Q159|Grozny|Grozny|Грозный|Grosny|Grozni|Groznyj|
|city|Q159|Murmansk|Mourmansk|Мурманск|Murmansk|Múrmansk|Murmansk|
|city|Q159|Sochi|Sotchi|Сочи|Sotschi|Sochi|Soči|
|city|Q159|Irkutsk|Irkoutsk|Иркутск|Irkutsk|Irkutsk|Irkutsk|
|city|Q159|Omsk|Omsk|Омск|Omsk|Omsk|Omsk|
|city|Q159|Novorossiysk|Novorossiisk|Новороссийск|Noworossijsk|Novorosíisk|Novorossijsk|
|city|Q159|Tver|Tver|Тверь|Twer|Tver|Tver'|
|city|Q159|Pskov|Pskov|Псков|Pskow|Pskov|Pskov|
|city|Q232|Shymkent|Chymkent|Шымкент|Schymkent|Shymkent|Shymkent|ru:Чимкент
|city|Q232|Karaganda|Karaganda|Караганда|Karaganda|Karagandá|Karaganda|en:Karagandy
|city|Q232|Aktobe|Aktobe|Актобе|Aqtöbe|Aktobe|Aktobe|
|city|Q232|Aktau|Aktaou|Актау|Aqtau|Aktau|Aktau|
|city|Q232|Atyrau|Atyraou|Атырау|Atyrau|Atyrau|Atyrau|
|city|Q232|Baikonur|Baïkonour|Байконур|Baikonur|Baikonur|Bajkonur|
|city|Q265|Samarkand|Samarcande|Самарканд|Samarkand|Samarcanda|Samarcanda|
|city|Q265|Bukhara|Boukhara|Бухара|Buchara|Bujará|Bukhara|
|city|Q265|Andijan|Andijan|Андижан|Andijon|Andiyán|Andijan|
|city|Q265|Namangan|Namangan|Наманган|Namangan|Namangán|Namangan|
|city|Q265|Nukus|Noukous|Нукус|Nukus|Nukus|Nukus|
|city|Q813|Osh|Och|Ош|Osch|Osh|Osh|
|city|Q863|Khujand|Khodjent|Худжанд|Chudschand|Juyand|Khujand|
|city|Q874|Türkmenabat|Türkmenabat|Туркменабат|Türkmenabat|Türkmenabat|Türkmenabat|
|city|Q230|Batumi|Batoumi|Батуми|Batumi|Batumi|Batumi|
|city|Q230|Kutaisi|Koutaïssi|Кутаиси|Kutaissi|Kutaisi|Kutaisi|
|city|Q399|Gyumri|Gumri|Гюмри|Gjumri|Gyumri|Gyumri|
|city|Q227|Ganja|Gandja|Гянджа|Gəncə|Ganyá|Ganja|
Q129352|city|Q227|Stepanakert|Stepanakert|Степанакерт|Stepanakert|Stepanakert|Stepanakert|en:Khankendi;fr:Khankendi;ru:Ханкенди
|city|Q184|Gomel|Gomel|Гомель|Homel|Gómel|Homel'|en:Homel
|city|Q184|Brest (Belarus)|Brest-Litovsk|Брест|Brest-Litowsk|Brest-Litovsk|Brest-Litovsk|en:Brest-Litovsk;en:Brest, Belarus;fr:Brest (Biélorussie);pl:Brześć
|city|Q184|Grodno|Grodno|Гродно|Hrodna|Grodno|Grodno|
Q132572|city|Q217|Tiraspol|Tiraspol|Тирасполь|Tiraspol|Tiráspol|Tiraspol|
Q40811|city|Q230|Sukhumi|Soukhoumi|Сухум|Suchumi|Sujumi|Sukhumi|ru:Сухуми
Q79863|city|Q230|Tskhinvali|Tskhinvali|Цхинвал|Zchinwali|Tsjinvali|Tskhinvali|
Q987|capital|Q668|New Delhi|New Delhi|Нью-Дели|Neu-Delhi|Nueva Delhi|Nuova Delhi|en:Delhi;fr:Delhi
Q1156|city|Q668|Mumbai|Bombay|Мумбаи|Mumbai|Bombay|Mumbai|en:Bombay;fr:Mumbai
Q8684|capital|Q884|Seoul|Séoul|Сеул|Seoul|Seúl|Seul|
Q18808|capital|Q423|Pyongyang|Pyongyang|Пхеньян|Pjöngjang|Pionyang|Pyongyang|
Q1861|capital|Q869|Bangkok|Bangkok|Бангкок|Bangkok|Bangkok|Bangkok|
Q1858|capital|Q881|Hanoi|Hanoï|Ханой|Hanoi|Hanói|Hanoi|
Q3630|capital|Q252|Jakarta|Jakarta|Джакарта|Jakarta|Yakarta|Giacarta|
Q1461|capital|Q928|Manila|Manille|Манила|Manila|Manila|Manila|
Q1489|capital|Q96|Mexico City|Mexico|Мехико|Mexiko-Stadt|Ciudad de México|Città del Messico|
Q1486|capital|Q414|Buenos Aires|Buenos Aires|Буэнос-Айрес|Buenos Aires|Buenos Aires|Buenos Aires|
Q2844|capital|Q155|Brasília|Brasilia|Бразилиа|Brasília|Brasilia|Brasilia|en:Brasilia
Q174|city|Q155|São Paulo|São Paulo|Сан-Паулу|São Paulo|São Paulo|San Paolo|
Q8678|city|Q155|Rio de Janeiro|Rio de Janeiro|Рио-де-Жанейро|Rio de Janeiro|Río de Janeiro|Rio de Janeiro|
Q1930|capital|Q16|Ottawa|Ottawa|Оттава|Ottawa|Ottawa|Ottawa|
Q3130|city|Q408|Sydney|Sydney|Сидней|Sydney|Sídney|Sydney|
Q3114|capital|Q408|Canberra|Canberra|Канберра|Canberra|Canberra|Canberra|
Q71|city|Q39|Geneva|Genève|Женева|Genf|Ginebra|Ginevra|
Q70|capital|Q39|Bern|Berne|Берн|Bern|Berna|Berna|
Q1726|city|Q183|Munich|Munich|Мюнхен|München|Múnich|Monaco di Baviera|
Q1055|city|Q183|Hamburg|Hambourg|Гамбург|Hamburg|Hamburgo|Amburgo|
Q1794|city|Q183|Frankfurt|Francfort|Франкфурт-на-Майне|Frankfurt am Main|Fráncfort|Francoforte|en:Frankfurt am Main;ru:Франкфурт
Q36600|capital|Q55|The Hague|La Haye|Гаага|Den Haag|La Haya|L'Aia|en:Hague
Q6602|city|Q142|Strasbourg|Strasbourg|Страсбург|Straßburg|Estrasburgo|Strasburgo|
Q23482|city|Q142|Marseille|Marseille|Марсель|Marseille|Marsella|Marsiglia|en:Marseilles
Q456|city|Q142|Lyon|Lyon|Лион|Lyon|Lyon|Lione|
Q490|city|Q38|Milan|Milan|Милан|Mailand|Milán|Milano|
Q1492|city|Q29|Barcelona|Barcelone|Барселона|Barcelona|Barcelona|Barcellona|
Q1754|capital|Q34|Stockholm|Stockholm|Стокгольм|Stockholm|Estocolmo|Stoccolma|
Q585|capital|Q20|Oslo|Oslo|Осло|Oslo|Oslo|Oslo|
Q1748|capital|Q35|Copenhagen|Copenhague|Копенгаген|Kopenhagen|Copenhague|Copenaghen|
Q1757|capital|Q33|Helsinki|Helsinki|Хельсинки|Helsinki|Helsinki|Helsinki|
Q1761|capital|Q27|Dublin|Dublin|Дублин|Dublin|Dublín|Dublino|
Q3711|capital|Q403|Belgrade|Belgrade|Белград|Belgrad|Belgrado|Belgrado|
Q1435|capital|Q224|Zagreb|Zagreb|Загреб|Zagreb|Zagreb|Zagabria|
Q11194|capital|Q225|Sarajevo|Sarajevo|Сараево|Sarajevo|Sarajevo|Sarajevo|
Q19689|capital|Q222|Tirana|Tirana|Тирана|Tirana|Tirana|Tirana|
Q25270|capital|Q1246|Pristina|Pristina|Приштина|Pristina|Pristina|Pristina|
Q384|capital|Q221|Skopje|Skopje|Скопье|Skopje|Skopie|Skopje|
Q3856|capital|Q229|Nicosia|Nicosie|Никосия|Nikosia|Nicosia|Nicosia|
Q1780|capital|Q214|Bratislava|Bratislava|Братислава|Bratislava|Bratislava|Bratislava|
Q437|capital|Q215|Ljubljana|Ljubljana|Любляна|Ljubljana|Liubliana|Lubiana|
Q23564|capital|Q236|Podgorica|Podgorica|Подгорица|Podgorica|Podgorica|Podgorica|
Q3870|capital|Q114|Nairobi|Nairobi|Найроби|Nairobi|Nairobi|Nairobi|
Q3624|capital|Q115|Addis Ababa|Addis-Abeba|Аддис-Абеба|Addis Abeba|Adís Abeba|Addis Abeba|
Q8673|city|Q1033|Lagos|Lagos|Лагос|Lagos|Lagos|Lagos|
Q1963|capital|Q1049|Khartoum|Khartoum|Хартум|Khartum|Jartum|Khartum|
Q3579|capital|Q1016|Tripoli|Tripoli|Триполи|Tripolis|Trípoli|Tripoli|
Q3572|capital|Q948|Tunis|Tunis|Тунис|Tunis|Túnez|Tunisi|
Q3561|capital|Q262|Algiers|Alger|Алжир|Algier|Argel|Algeri|
Q3551|capital|Q1028|Rabat|Rabat|Рабат|Rabat|Rabat|Rabat|
Q3718|capital|Q1041|Dakar|Dakar|Дакар|Dakar|Dakar|Dakar|
Q3703|capital|Q912|Bamako|Bamako|Бамако|Bamako|Bamako|Bamako|
Q3777|capital|Q965|Ouagadougou|Ouagadougou|Уагадугу|Ouagadougou|Uagadugú|Ouagadougou|
Q3674|capital|Q1032|Niamey|Niamey|Ниамей|Niamey|Niamey|Niamey|
Q3838|capital|Q974|Kinshasa|Kinshasa|Киншаса|Kinshasa|Kinsasa|Kinshasa|
Q3926|capital|Q258|Pretoria|Pretoria|Претория|Pretoria|Pretoria|Pretoria|
Q34647|city|Q258|Johannesburg|Johannesburg|Йоханнесбург|Johannesburg|Johannesburgo|Johannesburg|
Q5465|city|Q258|Cape Town|Le Cap|Кейптаун|Kapstadt|Ciudad del Cabo|Città del Capo|
Q1362|capital|Q843|Islamabad|Islamabad|Исламабад|Islamabad|Islamabad|Islamabad|
Q8660|city|Q843|Karachi|Karachi|Карачи|Karatschi|Karachi|Karachi|
Q5838|capital|Q889|Kabul|Kaboul|Кабул|Kabul|Kabul|Kabul|
Q1354|capital|Q902|Dhaka|Dacca|Дакка|Dhaka|Daca|Dacca|
Q23430|capital|Q711|Ulaanbaatar|Oulan-Bator|Улан-Батор|Ulaanbaatar|Ulán Bator|Ulan Bator|en:Ulan Bator
Q8686|city|Q148|Shanghai|Shanghai|Шанхай|Shanghai|Shanghái|Shanghai|
Q1865|capital|Q833|Kuala Lumpur|Kuala Lumpur|Куала-Лумпур|Kuala Lumpur|Kuala Lumpur|Kuala Lumpur|
Q2471|capital|Q805|Sanaa|Sanaa|Сана|Sanaa|Saná|Sana'a|en:Sana'a
Q3861|capital|Q846|Doha|Doha|Доха|Doha|Doha|Doha|
Q1519|capital|Q878|Abu Dhabi|Abou Dabi|Абу-Даби|Abu Dhabi|Abu Dabi|Abu Dhabi|
Q612|city|Q878|Dubai|Dubaï|Дубай|Dubai|Dubái|Dubai|
Q3826|capital|Q842|Muscat|Mascate|Маскат|Maskat|Mascate|Mascate|
"""

# French cities: every commune of about 60,000 inhabitants or more and the prefectures, overseas
# ones included. A French name is written once when English uses it too (the canonical name then
# matches in every language). Left out, or without their bare name, where the name is mostly
# something else (see the README): Valence (also Valencia in French), Laval (Pierre Laval, the
# Québec city), Antony (a first name), Le Tampon, Saint-Paul (a common noun, a saint), Sens,
# Vichy (the regime), Florence (a first name, the Italian city). "Gap", "Moulins" and "Auch"
# (German "auch") are common words elsewhere, "Nancy" and "Pau" first names in English, Spanish
# and Catalan (the languages matched without a tagger would read "Pau Gasol" as the city):
# qualified canonical names, the bare name in French only. "Brest" is the French city; the
# Belarusian one is "Brest (Belarus)" ("Брест" in Russian, "Brest-Litovsk" elsewhere).
# "Saint-Denis" alone is the commune north of Paris; the prefecture of Réunion is "Saint-Denis de
# La Réunion". "Orange" is both the town and the telecom company (companies below), each with the
# bare word in French: the tagger's label decides, and an untagged "Orange" stays unlinked.
# Russian names are left out where they are Russian words or other names: "Ним" (Nîmes, "with
# him"), "Тур" (Tours, a round), "По" (Pau, a preposition), "Кан" (Caen, a Korean surname),
# "Ванн" (Vannes, "of baths").
FRENCH_CITIES = """
Q7880|city|Q142|Toulouse|Toulouse|Тулуза|Toulouse|Toulouse|Tolosa|
|city|Q142|Nice|Nice|Ницца|Nizza|Niza|Nizza|
|city|Q142|Nantes|Nantes|Нант|Nantes|Nantes|Nantes|
|city|Q142|Montpellier|Montpellier|Монпелье|Montpellier|Montpellier|Montpellier|
Q1479|city|Q142|Bordeaux|Bordeaux|Бордо|Bordeaux|Burdeos|Bordeaux|
|city|Q142|Lille|Lille|Лилль|Lille|Lille|Lilla|
|city|Q142|Rennes|Rennes|Ренн|Rennes|Rennes|Rennes|
Q44160|city|Q142|Toulon|Toulon|Тулон|Toulon|Tolón|Tolone|
|city|Q142|Reims|Reims|Реймс|Reims|Reims|Reims|fr:Rheims;en:Rheims
|city|Q142|Saint-Étienne|Saint-Étienne|Сент-Этьен|Saint-Étienne|Saint-Étienne|Saint-Étienne|en:Saint-Etienne;fr:Saint-Etienne
|city|Q142|Le Havre|Le Havre|Гавр|Le Havre|El Havre|Le Havre|
|city|Q142|Villeurbanne|Villeurbanne|Виллёрбан||||
|city|Q142|Dijon|Dijon|Дижон|Dijon|Dijon|Digione|
|city|Q142|Angers|Angers|Анже|Angers|Angers|Angers|
|city|Q142|Grenoble|Grenoble|Гренобль|Grenoble|Grenoble|Grenoble|
|city|Q142|Nîmes|Nîmes||Nîmes|Nimes|Nîmes|en:Nimes;fr:Nimes
|city|Q142|Aix-en-Provence|Aix-en-Provence|Экс-ан-Прованс||||
|city|Q142|Clermont-Ferrand|Clermont-Ferrand|Клермон-Ферран||||
|city|Q142|Le Mans|Le Mans|Ле-Ман||||
Q12193|city|Q142|Brest|Brest|||||
|city|Q142|Tours|Tours|||||
|city|Q142|Amiens|Amiens|Амьен||||
Q45656|city|Q142|Limoges|Limoges|Лимож||||
Q50189|city|Q142|Annecy|Annecy|Анси||||
|city|Q142|Boulogne-Billancourt|Boulogne-Billancourt|Булонь-Бийанкур||||
|city|Q142|Perpignan|Perpignan|Перпиньян|Perpignan|Perpiñán|Perpignano|
|city|Q142|Saint-Denis (Seine-Saint-Denis)|Saint-Denis|Сен-Дени||||en:Saint-Denis
Q22690|city|Q142|Metz|Metz|Мец||||
Q37776|city|Q142|Besançon|Besançon|Безансон|Besançon|Besanzón|Besançon|en:Besancon;fr:Besancon
|city|Q142|Orléans|Orléans|Орлеан|Orléans|Orleans|Orléans|en:Orleans;fr:Orleans
|city|Q142|Rouen|Rouen|Руан|Rouen|Ruan|Rouen|
|city|Q142|Argenteuil|Argenteuil|Аржантёй||||
|city|Q142|Montreuil|Montreuil|Монтрёй||||
Q79815|city|Q142|Mulhouse|Mulhouse|Мюлуз|Mülhausen|Mulhouse|Mulhouse|
|city|Q142|Caen|Caen|||||
|city|Q142|Nancy, France|Nancy|Нанси||||
|city|Q142|Tourcoing|Tourcoing|Туркуэн||||
|city|Q142|Roubaix|Roubaix|Рубе||||
|city|Q142|Nanterre|Nanterre|Нантер||||
|city|Q142|Vitry-sur-Seine|Vitry-sur-Seine|||||
|city|Q142|Créteil|Créteil|Кретей||||
|city|Q142|Avignon|Avignon|Авиньон|Avignon|Aviñón|Avignone|
|city|Q142|Poitiers|Poitiers|Пуатье||||
|city|Q142|Aubervilliers|Aubervilliers|Обервилье||||
|city|Q142|Asnières-sur-Seine|Asnières-sur-Seine|||||
|city|Q142|Colombes|Colombes|||||
|city|Q142|Dunkirk|Dunkerque|Дюнкерк|Dünkirchen|Dunkerque|Dunkerque|
|city|Q142|Aulnay-sous-Bois|Aulnay-sous-Bois|||||
|city|Q142|Versailles|Versailles|Версаль|Versailles|Versalles|Versailles|
|city|Q142|Courbevoie|Courbevoie|||||
|city|Q142|Rueil-Malmaison|Rueil-Malmaison|||||
|city|Q142|Béziers|Béziers|Безье||||en:Beziers;fr:Beziers
|city|Q142|La Rochelle|La Rochelle|Ла-Рошель||||
Q132671|city|Q142|Pau, Pyrénées-Atlantiques|Pau|||||
|city|Q142|Champigny-sur-Marne|Champigny-sur-Marne|||||
|city|Q142|Antibes|Antibes|Антиб||||
|city|Q142|Cherbourg-en-Cotentin|Cherbourg-en-Cotentin|Шербур||||fr:Cherbourg;en:Cherbourg
|city|Q142|Saint-Maur-des-Fossés|Saint-Maur-des-Fossés|||||
|city|Q142|Mérignac|Mérignac|||||
|city|Q142|Cannes|Cannes|Канны||||
|city|Q142|Saint-Nazaire|Saint-Nazaire|Сен-Назер||||
|city|Q142|Drancy|Drancy|||||
Q130994|city|Q142|Colmar|Colmar|Кольмар||||
|city|Q142|Ajaccio|Ajaccio|Аяччо||||
Q132404|city|Q142|Bourges|Bourges|Бурж||||
|city|Q142|Issy-les-Moulineaux|Issy-les-Moulineaux|||||
|city|Q142|Noisy-le-Grand|Noisy-le-Grand|||||
|city|Q142|Levallois-Perret|Levallois-Perret|||||
|city|Q142|Calais|Calais|Кале||||
|city|Q142|Villeneuve-d'Ascq|Villeneuve-d'Ascq|||||
|city|Q142|Quimper|Quimper|Кемпер||||
|city|Q142|Pessac|Pessac|||||
|city|Q142|Cergy|Cergy|||||fr:Cergy-Pontoise
|city|Q142|Ivry-sur-Seine|Ivry-sur-Seine|||||
|city|Q142|Troyes|Troyes|Труа||||
Q172593|city|Q142|Montauban|Montauban|||||
|city|Q142|Neuilly-sur-Seine|Neuilly-sur-Seine|||||
|city|Q142|Chambéry|Chambéry|Шамбери||||en:Chambery
|city|Q142|Niort|Niort|Ньор||||
|city|Q142|Sarcelles|Sarcelles|||||
|city|Q142|Lorient|Lorient|Лорьян||||
|city|Q142|Pantin|Pantin|||||
|city|Q142|Villejuif|Villejuif|||||
|city|Q142|Hyères|Hyères|||||
|city|Q142|Saint-Quentin|Saint-Quentin|Сен-Кантен||||
Q174257|city|Q142|Beauvais|Beauvais|Бове||||
|city|Q142|Cholet|Cholet|||||
|city|Q142|Meaux|Meaux|||||
|city|Q142|Vannes|Vannes|||||
|city|Q142|Évry-Courcouronnes|Évry-Courcouronnes|||||fr:Évry;fr:Evry
|city|Q142|Arles|Arles|Арль||||
|city|Q142|Fréjus|Fréjus|||||
|city|Q142|Narbonne|Narbonne|Нарбонна||||
|city|Q142|Bayonne|Bayonne|Байонна||||
|city|Q142|Belfort|Belfort|Бельфор||||
|city|Q142|Évreux|Évreux|||||en:Evreux;fr:Evreux
|city|Q142|Bobigny|Bobigny|||||
|city|Q142|Bourg-en-Bresse|Bourg-en-Bresse|||||
|city|Q142|Laon|Laon|||||
|city|Q142|Moulins, Allier|Moulins|||||
|city|Q142|Digne-les-Bains|Digne-les-Bains|||||
|city|Q142|Gap, Hautes-Alpes|Gap|||||
|city|Q142|Privas|Privas|||||
|city|Q142|Charleville-Mézières|Charleville-Mézières|||||
|city|Q142|Foix|Foix|||||
|city|Q142|Carcassonne|Carcassonne|Каркасон||||
|city|Q142|Rodez|Rodez|||||
|city|Q142|Aurillac|Aurillac|||||
|city|Q142|Angoulême|Angoulême|Ангулем||||en:Angouleme
|city|Q142|Tulle|Tulle|||||
|city|Q142|Bastia|Bastia|Бастия||||
|city|Q142|Saint-Brieuc|Saint-Brieuc|||||
|city|Q142|Guéret|Guéret|||||
|city|Q142|Périgueux|Périgueux|||||
|city|Q142|Chartres|Chartres|Шартр||||
|city|Q142|Auch, Gers|Auch|||||
|city|Q142|Lons-le-Saunier|Lons-le-Saunier|||||
|city|Q142|Mont-de-Marsan|Mont-de-Marsan|||||
|city|Q142|Blois|Blois|Блуа||||
|city|Q142|Le Puy-en-Velay|Le Puy-en-Velay|||||
|city|Q142|Cahors|Cahors|||||
|city|Q142|Agen|Agen|||||
|city|Q142|Mende|Mende|||||
|city|Q142|Saint-Lô|Saint-Lô|||||
|city|Q142|Châlons-en-Champagne|Châlons-en-Champagne|||||
|city|Q142|Chaumont|Chaumont|||||
|city|Q142|Bar-le-Duc|Bar-le-Duc|||||
|city|Q142|Nevers|Nevers|Невер||||
|city|Q142|Alençon|Alençon|||||
|city|Q142|Arras|Arras|Аррас||||
|city|Q142|Tarbes|Tarbes|Тарб||||
|city|Q142|Vesoul|Vesoul|||||
|city|Q142|Mâcon|Mâcon|||||
|city|Q142|Melun|Melun|||||
|city|Q142|Albi|Albi|Альби||||
|city|Q142|La Roche-sur-Yon|La Roche-sur-Yon|||||
|city|Q142|Épinal|Épinal|||||en:Epinal
|city|Q142|Auxerre|Auxerre|||||
Q174251|city|Q142|Châteauroux|Châteauroux|||||
|city|Q142|Basse-Terre|Basse-Terre|||||
|city|Q142|Pointe-à-Pitre|Pointe-à-Pitre|Пуэнт-а-Питр||||
|city|Q142|Fort-de-France|Fort-de-France|Фор-де-Франс||||
|city|Q142|Cayenne|Cayenne|Кайенна||||
|city|Q142|Saint-Denis (Réunion)|Saint-Denis de La Réunion|||||en:Saint-Denis, Réunion
|city|Q142|Mamoudzou|Mamoudzou|||||
|city|Q142|Nouméa|Nouméa|Нумеа||||en:Noumea
|city|Q142|Papeete|Papeete|Папеэте||||
|city|Q142|Orange, Vaucluse|Orange|||||
Q68097|city|Q39|Davos|Davos|Давос||||
Q807|city|Q39|Lausanne|Lausanne|Лозанна|Lausanne|Lausana|Losanna|
Q78|city|Q39|Basel|Bâle|Базель|Basel|Basilea|Basilea|
Q72|city|Q39|Zurich|Zurich|Цюрих|Zürich|Zúrich|Zurigo|
Q7024|city|Q39|Lugano|Lugano|Лугано||||
Q1127|city|Q31|Liège|Liège|Льеж|Lüttich|Lieja|Liegi|en:Liege;fr:Liege;nl:Luik
|city|Q31|Namur|Namur|Намюр||||
|city|Q31|Charleroi|Charleroi|Шарлеруа||||
|city|Q31|Antwerp|Anvers|Антверпен|Antwerpen|Amberes|Anversa|nl:Antwerpen
|city|Q31|Ghent|Gand|Гент|Gent|Gante|Gand|nl:Gent
Q340|city|Q16|Montreal|Montréal|Монреаль|Montreal|Montreal|Montréal|en:Montréal
|city|Q16|Quebec City|ville de Québec|город Квебек|Québec (Stadt)|ciudad de Quebec|città di Québec|
|city|Q212|Sievierodonetsk|Severodonetsk|Северодонецк|Sjewjerodonezk|Severodonetsk|Severodonec'k|en:Severodonetsk;fr:Sievierodonetsk;uk:Сєвєродонецьк
|city|Q212|Lysychansk|Lyssytchansk|Лисичанск|Lyssytschansk|Lisichansk|Lysyčans'k|uk:Лисичанськ
|city|Q212|Sloviansk|Sloviansk|Славянск|Slowjansk|Sloviansk|Slov"jans'k|en:Slovyansk;uk:Слов'янськ
|city|Q212|Izium|Izioum|Изюм|Isjum|Izium|Izjum|en:Izyum;uk:Ізюм
|city|Q212|Kupiansk|Koupiansk|Купянск|Kupjansk|Kúpiansk|Kup"jans'k|uk:Куп'янськ
|city|Q212|Vuhledar|Vouhledar|Угледар|Wuhledar|Vugledar|Vuhledar|en:Ugledar;uk:Вугледар
|city|Q212|Chasiv Yar|Tchassiv Iar|Часов Яр|Tschassiw Jar|Chásiv Yar|Časiv Jar|uk:Часів Яр
|city|Q212|Vovchansk|Vovtchansk|Волчанск|Wowtschansk|Vovchansk|Vovčans'k|uk:Вовчанськ
|city|Q212|Irpin|Irpin|Ирпень|Irpin|Irpín|Irpin'|uk:Ірпінь
|city|Q212|Hostomel|Hostomel|Гостомель|Hostomel|Hostomel|Hostomel'|uk:Гостомель
|city|Q212|Enerhodar|Enerhodar|Энергодар|Enerhodar|Enerhodar|Enerhodar|uk:Енергодар
|city|Q212|Nova Kakhovka|Nova Kakhovka|Новая Каховка|Nowa Kachowka|Nova Kajovka|Nova Kachovka|uk:Нова Каховка
"""


# Third 2026 batch, from the unlinked names of the SemEval 2023 French and English articles:
# American cities, and cities of the Middle East, Africa, Latin America and China in the news.
# "Parkland, Florida" is qualified (an English common noun), with the bare name as an alias;
# "Canton" is Guangzhou in French and Italian ("Cantón" in Spanish), not in English; Oakland
# has no Russian name ("Окленд" is also Auckland); "Détroit" is the city capitalised inside a
# sentence (the strait is lowercase).
WORLD_CITIES = """
Q1297|city|Q30|Chicago|Chicago|Чикаго|Chicago|Chicago|Chicago|
Q65|city|Q30|Los Angeles|Los Angeles|Лос-Анджелес|Los Angeles|Los Ángeles|Los Angeles|
Q62|city|Q30|San Francisco|San Francisco|Сан-Франциско|San Francisco|San Francisco|San Francisco|
Q16557|city|Q30|Dallas|Dallas|Даллас|Dallas|Dallas|Dallas|
Q23768|city|Q30|Las Vegas|Las Vegas|Лас-Вегас|Las Vegas|Las Vegas|Las Vegas|en:Vegas
Q100|city|Q30|Boston|Boston|Бостон|Boston|Boston|Boston|
Q16552|city|Q30|San Diego|San Diego|Сан-Диего|San Diego|San Diego|San Diego|
Q975|city|Q30|San Antonio|San Antonio|Сан-Антонио|San Antonio|San Antonio|San Antonio|
Q5083|city|Q30|Seattle|Seattle|Сиэтл|Seattle|Seattle|Seattle|
Q8652|city|Q30|Miami|Miami|Майами|Miami|Miami|Miami|
Q16556|city|Q30|Phoenix|Phoenix|Финикс|Phoenix|Phoenix|Phoenix|
Q1345|city|Q30|Philadelphia|Philadelphie|Филадельфия|Philadelphia|Filadelfia|Filadelfia|
Q36091|city|Q30|Minneapolis|Minneapolis|Миннеаполис|Minneapolis|Mineápolis|Minneapolis|
Q34404|city|Q30|New Orleans|La Nouvelle-Orléans|Новый Орлеан|New Orleans|Nueva Orleans|New Orleans|fr:Nouvelle-Orléans
Q12439|city|Q30|Detroit|Détroit|Детройт|Detroit|Detroit|Detroit|fr:Detroit
Q17042|city|Q30|Oakland|Oakland||Oakland|Oakland|Oakland|
Q588338|city|Q30|Parkland, Florida|Parkland|Паркленд|Parkland|Parkland|Parkland|en:Parkland
|city|Q96|Tijuana|Tijuana|Тихуана|Tijuana|Tijuana|Tijuana|
Q16572|city|Q148|Guangzhou|Canton|Гуанчжоу|Guangzhou|Cantón|Canton|fr:Guangzhou;es:Guangzhou;it:Guangzhou
Q1563|capital|Q241|Havana|La Havane|Гавана|Havanna|La Habana|L'Avana|fr:Havane;es:Habana;it:Avana
|city|Q796|Mosul|Mossoul|Мосул|Mossul|Mosul|Mosul|
|city|Q858|Raqqa|Raqqa|Ракка|Rakka|Raqa|Raqqa|en:Ar-Raqqah;fr:Rakka
|city|Q858|Idlib|Idleb|Идлиб|Idlib|Idlib|Idlib|fr:Idlib
Q365|city|Q183|Cologne|Cologne|Кёльн|Köln|Colonia|Colonia|ru:Кельн
|city|Q1008|Abidjan|Abidjan|Абиджан|Abidjan|Abiyán|Abidjan|
"""

# Capitals of the remaining sovereign states and of Taiwan and Greenland, with the seats that the
# news names beside them (Bujumbura, Cotonou, Douala, Dar es Salaam, Yangon, Guayaquil, Ramallah).
# A capital that bears its country's name (Djibouti, Kuwait, Luxembourg, Monaco, Panama, San
# Marino, Singapore, the Vatican) is left to the country, and so are names that are also common
# words, first names or other places in the languages matched ("Victoria", "Castries", "Male",
# "Saint John's"). "Georgetown" is the Washington district and university as often as Guyana's
# capital, and "Santiago" also Santiago de Compostela and a first name: only "Georgetown, Guyana"
# and "Santiago de Chile" name them. QIDs are given where a second source agreed.
CAPITALS_2026D = """
Q1863|capital|Q228|Andorra la Vella|Andorre-la-Vieille|Андорра-ла-Велья|Andorra la Vella|Andorra la Vieja|Andorra la Vella|
Q3897|capital|Q916|Luanda|Luanda|Луанда|Luanda|Luanda|Luanda|
Q36168|capital|Q244|Bridgetown|Bridgetown|Бриджтаун|Bridgetown|Bridgetown|Bridgetown|
Q3882|capital|Q398|Manama|Manama|Манама|Manama|Manama|Manama|
Q167551|capital|Q967|Gitega|Gitega|Гитега|Gitega|Gitega|Gitega|
|city|Q967|Bujumbura|Bujumbura|Бужумбура|Bujumbura|Buyumbura|Bujumbura|
Q3799|capital|Q962|Porto-Novo|Porto-Novo|Порто-Ново|Porto-Novo|Porto Novo|Porto-Novo|
|city|Q962|Cotonou|Cotonou|Котону|Cotonou|Cotonú|Cotonou|
Q9279|capital|Q921|Bandar Seri Begawan|Bandar Seri Begawan|Бандар-Сери-Бегаван|Bandar Seri Begawan|Bandar Seri Begawan|Bandar Seri Begawan|
Q1491|capital|Q750|La Paz|La Paz|Ла-Пас|La Paz|La Paz|La Paz|
Q2907|capital|Q750|Sucre|Sucre|Сукре|Sucre|Sucre|Sucre|
Q2467|capital|Q778|Nassau|Nassau|Нассау|Nassau|Nasáu|Nassau|
Q9270|capital|Q917|Thimphu|Thimphou|Тхимпху|Thimphu|Timbu|Thimphu|
Q3919|capital|Q963|Gaborone|Gaborone|Габороне|Gaborone|Gaborone|Gaborone|
Q3043|capital|Q242|Belmopan|Belmopan|Бельмопан|Belmopan|Belmopán|Belmopan|
Q3832|capital|Q929|Bangui|Bangui|Банги|Bangui|Bangui|Bangui|
Q3844|capital|Q971|Brazzaville|Brazzaville|Браззавиль|Brazzaville|Brazzaville|Brazzaville|
Q3768|capital|Q1008|Yamoussoukro|Yamoussoukro|Ямусукро|Yamoussoukro|Yamusukro|Yamoussoukro|
Q2887|capital|Q298|Santiago, Chile|Santiago du Chili|Сантьяго-де-Чили|Santiago de Chile|Santiago de Chile|Santiago del Cile|en:Santiago de Chile
Q3808|capital|Q1009|Yaoundé|Yaoundé|Яунде|Jaunde|Yaundé|Yaoundé|en:Yaounde;de:Yaoundé
|city|Q1009|Douala|Douala|Дуала|Douala|Duala|Douala|
Q2841|capital|Q739|Bogotá|Bogota|Богота|Bogotá|Bogotá|Bogotà|en:Bogota;fr:Bogotá;de:Bogota
|capital|Q800|San José, Costa Rica|San José|Сан-Хосе|San José|San José|San José|en:San José
Q3751|capital|Q1011|Praia|Praia|Прая|Praia|Praia|Praia|
Q36281|capital|Q784|Roseau|Roseau|Розо|Roseau|Roseau|Roseau|
Q34820|capital|Q786|Santo Domingo|Saint-Domingue|Санто-Доминго|Santo Domingo|Santo Domingo|Santo Domingo|
Q2900|capital|Q736|Quito|Quito|Кито|Quito|Quito|Quito|
|city|Q736|Guayaquil|Guayaquil|Гуаякиль|Guayaquil|Guayaquil|Guayaquil|
Q3642|capital|Q986|Asmara|Asmara|Асмэра|Asmara|Asmara|Asmara|ru:Асмара
Q38807|capital|Q712|Suva|Suva|Сува|Suva|Suva|Suva|
Q42751|capital|Q702|Palikir|Palikir|Паликир|Palikir|Palikir|Palikir|
Q3825|capital|Q1000|Libreville|Libreville|Либревиль|Libreville|Libreville|Libreville|
Q41547|capital|Q769|St. George's, Grenada|Saint-Georges|Сент-Джорджес|St. George’s|Saint George|Saint George's|en:St. George's;en:Saint George's
Q3761|capital|Q117|Accra|Accra|Аккра|Accra|Acra|Accra|
Q3726|capital|Q1005|Banjul|Banjul|Банжул|Banjul|Banjul|Banjul|
Q3733|capital|Q1006|Conakry|Conakry|Конакри|Conakry|Conakri|Conakry|
|capital|Q983|Malabo|Malabo|Малабо|Malabo|Malabo|Malabo|
Q1555|capital|Q774|Guatemala City|ville de Guatemala||Guatemala-Stadt|Ciudad de Guatemala|Città del Guatemala|
Q3739|capital|Q1007|Bissau|Bissau|Бисау|Bissau|Bisáu|Bissau|
Q10717|capital|Q734|Georgetown, Guyana|Georgetown (Guyana)|Джорджтаун|Georgetown (Guyana)|Georgetown (Guyana)|Georgetown (Guyana)|
|capital|Q783|Tegucigalpa|Tegucigalpa|Тегусигальпа|Tegucigalpa|Tegucigalpa|Tegucigalpa|
Q34261|capital|Q790|Port-au-Prince|Port-au-Prince|Порт-о-Пренс|Port-au-Prince|Puerto Príncipe|Port-au-Prince|
Q1764|capital|Q189|Reykjavík|Reykjavik|Рейкьявик|Reykjavík|Reikiavik|Reykjavík|en:Reykjavik;fr:Reykjavík;de:Reykjavik
Q34692|capital|Q766|Kingston|Kingston|Кингстон|Kingston|Kingston|Kingston|
Q1850|capital|Q424|Phnom Penh|Phnom Penh|Пномпень|Phnom Penh|Nom Pen|Phnom Penh|
Q3901|capital|Q970|Moroni|Moroni|Морони|Moroni|Moroni|Moroni|
|capital|Q763|Basseterre|Basseterre|Бастер|Basseterre|Basseterre|Basseterre|
Q35178|capital|Q817|Kuwait City|Koweït City|Эль-Кувейт|Kuwait-Stadt|Ciudad de Kuwait|Kuwait City|fr:ville de Koweït
Q9326|capital|Q819|Vientiane|Vientiane|Вьентьян|Vientiane|Vientián|Vientiane|
Q1844|capital|Q347|Vaduz|Vaduz|Вадуц|Vaduz|Vaduz|Vaduz|
|capital|Q854|Colombo|Colombo|Коломбо|Colombo|Colombo|Colombo|
Q3748|capital|Q1014|Monrovia|Monrovia|Монровия|Monrovia|Monrovia|Monrovia|
Q3909|capital|Q1013|Maseru|Maseru|Масеру|Maseru|Maseru|Maseru|
Q3915|capital|Q1019|Antananarivo|Antananarivo|Антананариву|Antananarivo|Antananarivo|Antananarivo|fr:Tananarive
Q12919|capital|Q709|Majuro|Majuro|Маджуро|Majuro|Majuro|Majuro|
Q37400|capital|Q836|Naypyidaw|Naypyidaw|Нейпьидо|Naypyidaw|Naipyidó|Naypyidaw|en:Nay Pyi Taw;fr:Naypyitaw
|city|Q836|Yangon|Rangoun|Янгон|Rangun|Rangún|Yangon|en:Rangoon;fr:Yangon;ru:Рангун;de:Yangon;es:Yangón;it:Rangoon
Q3688|capital|Q1025|Nouakchott|Nouakchott|Нуакшот|Nouakchott|Nuakchot|Nouakchott|
Q23800|capital|Q233|Valletta|La Valette|Валлетта|Valletta|La Valeta|La Valletta|it:Valletta
Q3929|capital|Q1027|Port Louis|Port-Louis|Порт-Луи|Port Louis|Port Louis|Port Louis|
Q9347|capital|Q826|Malé|Malé|Мале|Malé|Malé|Malé|
Q3876|capital|Q1020|Lilongwe|Lilongwe|Лилонгве|Lilongwe|Lilongüe|Lilongwe|
Q3889|capital|Q1029|Maputo|Maputo|Мапуту|Maputo|Maputo|Maputo|
Q3935|capital|Q1030|Windhoek|Windhoek|Виндхук|Windhoek|Windhoek|Windhoek|
Q3787|capital|Q1033|Abuja|Abuja|Абуджа|Abuja|Abuya|Abuja|
Q3274|capital|Q811|Managua|Managua|Манагуа|Managua|Managua|Managua|
Q3037|capital|Q837|Kathmandu|Katmandou|Катманду|Kathmandu|Katmandú|Katmandu|
Q23661|capital|Q664|Wellington|Wellington|Веллингтон|Wellington|Wellington|Wellington|
Q3306|capital|Q804|Panama City|Panama (ville)||Panama-Stadt|Ciudad de Panamá|Città di Panama|
Q2868|capital|Q419|Lima|Lima|Лима|Lima|Lima|Lima|
Q36526|capital|Q691|Port Moresby|Port Moresby|Порт-Морсби|Port Moresby|Port Moresby|Port Moresby|
|city|Q219060|Ramallah|Ramallah|Рамалла|Ramallah|Ramala|Ramallah|
Q2933|capital|Q733|Asunción|Asuncion|Асунсьон|Asunción|Asunción|Asunción|en:Asuncion;fr:Asunción
Q3859|capital|Q1037|Kigali|Kigali|Кигали|Kigali|Kigali|Kigali|
Q40921|capital|Q685|Honiara|Honiara|Хониара|Honiara|Honiara|Honiara|
Q3780|capital|Q1044|Freetown|Freetown|Фритаун|Freetown|Freetown|Freetown|
Q2449|capital|Q1045|Mogadishu|Mogadiscio|Могадишо|Mogadischu|Mogadiscio|Mogadiscio|en:Mogadiscio;fr:Mogadishu
Q3001|capital|Q730|Paramaribo|Paramaribo|Парамарибо|Paramaribo|Paramaribo|Paramaribo|
Q1947|capital|Q958|Juba|Djouba|Джуба|Juba|Yuba|Giuba|fr:Juba
Q3932|capital|Q1039|São Tomé|São Tomé|Сан-Томе|São Tomé|Santo Tomé|São Tomé|en:Sao Tome;fr:Sao Tomé
Q3110|capital|Q792|San Salvador|San Salvador|Сан-Сальвадор|San Salvador|San Salvador|San Salvador|
Q3904|capital|Q1050|Mbabane|Mbabane|Мбабане|Mbabane|Mbabane|Mbabane|
Q3659|capital|Q657|N'Djamena|N'Djaména|Нджамена|N’Djamena|Yamena|N'Djamena|en:N’Djamena;fr:N’Djaména;fr:Ndjamena;de:N'Djamena
Q3792|capital|Q945|Lomé|Lomé|Ломе|Lomé|Lomé|Lomé|en:Lome
Q38834|capital|Q678|Nukuʻalofa|Nuku'alofa|Нукуалофа|Nukuʻalofa|Nukualofa|Nukuʻalofa|en:Nuku'alofa
Q39178|capital|Q754|Port of Spain|Port-d'Espagne|Порт-оф-Спейн|Port of Spain|Puerto España|Port of Spain|fr:Port-d’Espagne
Q34126|capital|Q672|Funafuti|Funafuti|Фунафути|Funafuti|Funafuti|Funafuti|
Q1867|capital|Q865|Taipei|Taipei|Тайбэй|Taipeh|Taipéi|Taipei|fr:Taïpei;fr:Taïpeh;de:Taipei;es:Taipei
Q3866|capital|Q924|Dodoma|Dodoma|Додома|Dodoma|Dodoma|Dodoma|
Q1960|city|Q924|Dar es Salaam|Dar es Salam|Дар-эс-Салам|Daressalam|Dar es-Salam|Dar es Salaam|fr:Dar es Salaam;es:Dar es Salaam
Q3894|capital|Q1036|Kampala|Kampala|Кампала|Kampala|Kampala|Kampala|
Q1335|capital|Q77|Montevideo|Montevideo|Монтевидео|Montevideo|Montevideo|Montevideo|
Q41474|capital|Q757|Kingstown|Kingstown|Кингстаун|Kingstown|Kingstown|Kingstown|
Q1533|capital|Q717|Caracas|Caracas|Каракас|Caracas|Caracas|Caracas|
Q37806|capital|Q686|Port Vila|Port-Vila|Порт-Вила|Port Vila|Port Vila|Port Vila|
Q36260|capital|Q683|Apia|Apia|Апиа|Apia|Apia|Apia|
Q3881|capital|Q953|Lusaka|Lusaka|Лусака|Lusaka|Lusaka|Lusaka|
Q3921|capital|Q954|Harare|Harare|Хараре|Harare|Harare|Harare|
Q226|capital|Q223|Nuuk|Nuuk|Нуук|Nuuk|Nuuk|Nuuk|
Q9310|capital|Q574|Dili|Dili|Дили|Dili|Dili|Dili|
Q131233|capital|Q710|South Tarawa|Tarawa-Sud|Южная Тарава|Süd-Tarawa|Tarawa Sur|Tarawa Sud|
Q515229|capital|Q695|Ngerulmud|Ngerulmud|Нгерулмуд|Ngerulmud|Melekeok|Ngerulmud|es:Ngerulmud
|capital|Q697|Yaren|Yaren|Ярен|Yaren|Yaren|Yaren|
"""

# ------------------------------------------------------------------ organisations
ORGS = [
    org("Q1065", "intergovernmental_organization", "United Nations", en="United Nations Organization|UN Organization", fr="Organisation des Nations unies|Nations unies", ru="Организация Объединённых Наций|Организация Объединенных Наций", de="Vereinte Nationen|Organisation der Vereinten Nationen", es="Organización de las Naciones Unidas|Naciones Unidas", it="Organizzazione delle Nazioni Unite|Nazioni Unite",
        acr="en:UN en:U.N. fr:ONU fr:Onu ru:ООН de:UN de:UNO es:ONU it:ONU"),
    org("Q37470", "un_body", "United Nations Security Council", en="UN Security Council|Security Council", fr="Conseil de sécurité des Nations unies|Conseil de sécurité de l'ONU|Conseil de sécurité", ru="Совет Безопасности ООН|Совбез ООН|Совет Безопасности|Совбез", de="UN-Sicherheitsrat|Sicherheitsrat der Vereinten Nationen|Sicherheitsrat", es="Consejo de Seguridad de las Naciones Unidas|Consejo de Seguridad de la ONU|Consejo de Seguridad", it="Consiglio di sicurezza delle Nazioni Unite|Consiglio di sicurezza dell'ONU|Consiglio di sicurezza",
        acr="en:UNSC ru:СБ_ООН"),
    org("Q47423", "un_body", "United Nations General Assembly", en="UN General Assembly|General Assembly", fr="Assemblée générale des Nations unies|Assemblée générale de l'ONU", ru="Генеральная Ассамблея ООН|Генассамблея ООН", de="UN-Generalversammlung|Generalversammlung der Vereinten Nationen", es="Asamblea General de las Naciones Unidas|Asamblea General de la ONU", it="Assemblea generale delle Nazioni Unite|Assemblea generale dell'ONU", acr="en:UNGA"),
    org(None, "un_body", "United Nations High Commissioner for Refugees", en="UN Refugee Agency|UN refugee agency", fr="Haut-Commissariat des Nations unies pour les réfugiés|Haut Commissariat aux réfugiés", ru="Управление Верховного комиссара ООН по делам беженцев", de="Hoher Flüchtlingskommissar der Vereinten Nationen|UN-Flüchtlingshilfswerk", es="Alto Comisionado de las Naciones Unidas para los Refugiados|Acnur", it="Alto commissariato delle Nazioni Unite per i rifugiati", acr="en:UNHCR fr:HCR fr:UNHCR ru:УВКБ de:UNHCR es:ACNUR it:UNHCR"),
    org("Q740308", "un_body", "UNICEF", en="United Nations Children's Fund", fr="Fonds des Nations unies pour l'enfance|Unicef", ru="Детский фонд ООН|ЮНИСЕФ", de="Kinderhilfswerk der Vereinten Nationen|Unicef", es="Fondo de las Naciones Unidas para la Infancia|Unicef", it="Fondo delle Nazioni Unite per l'infanzia|Unicef", acr="ru:ЮНИСЕФ"),
    org("Q7817", "un_body", "World Health Organization", fr="Organisation mondiale de la santé", ru="Всемирная организация здравоохранения", de="Weltgesundheitsorganisation", es="Organización Mundial de la Salud", it="Organizzazione mondiale della sanità", acr="en:WHO fr:OMS ru:ВОЗ de:WHO es:OMS it:OMS"),
    org("Q41984", "un_body", "International Atomic Energy Agency", fr="Agence internationale de l'énergie atomique", ru="Международное агентство по атомной энергии", de="Internationale Atomenergie-Organisation", es="Organismo Internacional de Energía Atómica", it="Agenzia internazionale per l'energia atomica", acr="en:IAEA fr:AIEA ru:МАГАТЭ de:IAEA de:IAEO es:OIEA it:AIEA"),
    org("Q7809", "un_body", "UNESCO", en="United Nations Educational, Scientific and Cultural Organization", fr="Organisation des Nations unies pour l'éducation, la science et la culture|Unesco", ru="ЮНЕСКО", de="Unesco", es="Unesco", it="Unesco", acr="ru:ЮНЕСКО"),
    org("Q204344", "un_body", "World Food Programme", fr="Programme alimentaire mondial", ru="Всемирная продовольственная программа", de="Welternährungsprogramm", es="Programa Mundial de Alimentos", it="Programma alimentare mondiale", acr="en:WFP fr:PAM ru:ВПП de:WFP es:PMA it:PAM"),
    org(None, "un_body", "Office of the United Nations High Commissioner for Human Rights", en="UN Human Rights Office", fr="Haut-Commissariat des Nations unies aux droits de l'homme", ru="Управление Верховного комиссара ООН по правам человека", de="Hochkommissariat der Vereinten Nationen für Menschenrechte", es="Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos", it="Alto commissariato delle Nazioni Unite per i diritti umani", acr="en:OHCHR fr:HCDH ru:УВКПЧ es:ACNUDH"),
    org("Q205650", "un_body", "United Nations Human Rights Council", en="UN Human Rights Council|Human Rights Council", fr="Conseil des droits de l'homme des Nations unies|Conseil des droits de l'homme", ru="Совет ООН по правам человека", de="UN-Menschenrechtsrat|Menschenrechtsrat der Vereinten Nationen", es="Consejo de Derechos Humanos de las Naciones Unidas", it="Consiglio per i diritti umani delle Nazioni Unite", acr="en:UNHRC"),
    org("Q846656", "un_body", "United Nations Relief and Works Agency for Palestine Refugees in the Near East", fr="Office de secours et de travaux des Nations unies pour les réfugiés de Palestine dans le Proche-Orient", ru="Ближневосточное агентство ООН для помощи палестинским беженцам", de="Hilfswerk der Vereinten Nationen für Palästina-Flüchtlinge im Nahen Osten", es="Agencia de Naciones Unidas para los Refugiados de Palestina en Oriente Próximo", it="Agenzia delle Nazioni Unite per il soccorso e l'occupazione dei profughi palestinesi", acr="en:UNRWA fr:UNRWA ru:БАПОР de:UNRWA es:UNRWA it:UNRWA"),
    org("Q161718", "un_body", "United Nations Development Programme", fr="Programme des Nations unies pour le développement", ru="Программа развития ООН", de="Entwicklungsprogramm der Vereinten Nationen", es="Programa de las Naciones Unidas para el Desarrollo", it="Programma delle Nazioni Unite per lo sviluppo", acr="en:UNDP fr:PNUD ru:ПРООН es:PNUD it:UNDP"),
    org("Q82151", "un_body", "Food and Agriculture Organization", fr="Organisation des Nations unies pour l'alimentation et l'agriculture", ru="Продовольственная и сельскохозяйственная организация ООН", de="Ernährungs- und Landwirtschaftsorganisation der Vereinten Nationen", es="Organización de las Naciones Unidas para la Alimentación y la Agricultura", it="Organizzazione delle Nazioni Unite per l'alimentazione e l'agricoltura", acr="en:FAO fr:FAO ru:ФАО de:FAO es:FAO it:FAO"),
    org("Q54129", "un_body", "International Labour Organization", fr="Organisation internationale du travail", ru="Международная организация труда", de="Internationale Arbeitsorganisation", es="Organización Internacional del Trabajo", it="Organizzazione internazionale del lavoro", acr="en:ILO fr:OIT ru:МОТ de:IAO es:OIT it:OIL"),
    org("Q7801", "un_body", "International Court of Justice", en="World Court", fr="Cour internationale de justice", ru="Международный суд ООН|Международный суд", de="Internationaler Gerichtshof", es="Corte Internacional de Justicia", it="Corte internazionale di giustizia", acr="en:ICJ fr:CIJ ru:МС_ООН de:IGH es:CIJ it:CIG"),
    org("Q47488", "international_court", "International Criminal Court", fr="Cour pénale internationale", ru="Международный уголовный суд", de="Internationaler Strafgerichtshof", es="Corte Penal Internacional", it="Corte penale internazionale", acr="en:ICC fr:CPI ru:МУС de:IStGH es:CPI it:CPI"),
    org("Q7184", "military_alliance", "NATO", en="North Atlantic Treaty Organization|North Atlantic Alliance|Atlantic Alliance", fr="Organisation du traité de l'Atlantique nord|Alliance atlantique|Alliance atlantique nord", ru="Организация Североатлантического договора|Североатлантический альянс|Североатлантический блок", de="Organisation des Nordatlantikvertrags|Nordatlantikpakt|Atlantische Allianz|Nato", es="Organización del Tratado del Atlántico Norte|Alianza Atlántica", it="Organizzazione del Trattato dell'Atlantico del Nord|Alleanza Atlantica|Patto Atlantico",
        acr="en:NATO fr:OTAN ru:НАТО de:NATO es:OTAN it:NATO uk:НАТО"),
    org("Q458", "supranational_union", "European Union", fr="Union européenne", ru="Европейский союз|Евросоюз", de="Europäische Union", es="Unión Europea", it="Unione europea", acr="en:EU fr:UE ru:ЕС de:EU es:UE it:UE uk:ЄС"),
    org("Q8880", "eu_institution", "European Commission", en="EU Commission", fr="Commission européenne|Commission de Bruxelles", ru="Европейская комиссия|Еврокомиссия", de="Europäische Kommission|EU-Kommission", es="Comisión Europea", it="Commissione europea", acr="en:EC"),
    org("Q8889", "eu_institution", "European Parliament", fr="Parlement européen", ru="Европейский парламент|Европарламент", de="Europäisches Parlament|EU-Parlament", es="Parlamento Europeo", it="Parlamento europeo", acr="ru:ЕП"),
    org("Q8896", "eu_institution", "Council of the European Union", en="Council of Ministers of the EU|EU Council", fr="Conseil de l'Union européenne|Conseil des ministres de l'UE", ru="Совет Европейского союза|Совет ЕС", de="Rat der Europäischen Union|Rat der EU|Ministerrat", es="Consejo de la Unión Europea", it="Consiglio dell'Unione europea"),
    org("Q8886", "eu_institution", "European Council", fr="Conseil européen", ru="Европейский совет|Евросовет", de="Europäischer Rat", es="Consejo Europeo", it="Consiglio europeo"),
    org("Q8901", "eu_institution", "European Central Bank", fr="Banque centrale européenne", ru="Европейский центральный банк", de="Europäische Zentralbank", es="Banco Central Europeo", it="Banca centrale europea", acr="en:ECB fr:BCE ru:ЕЦБ de:EZB es:BCE it:BCE"),
    org("Q318693", "military_alliance", "Collective Security Treaty Organization", en="Collective Security Treaty Organisation", fr="Organisation du traité de sécurité collective", ru="Организация Договора о коллективной безопасности", de="Organisation des Vertrags über kollektive Sicherheit", es="Organización del Tratado de Seguridad Colectiva", it="Organizzazione del Trattato di Sicurezza Collettiva", uk="Організація Договору про колективну безпеку",
        acr="en:CSTO fr:OTSC ru:ОДКБ de:OVKS es:OTSC it:CSTO it:OTSC uk:ОДКБ"),
    org("Q485207", "intergovernmental_organization", "Shanghai Cooperation Organisation", en="Shanghai Cooperation Organization|Shanghai Pact", fr="Organisation de coopération de Shanghai", ru="Шанхайская организация сотрудничества", de="Shanghaier Organisation für Zusammenarbeit", es="Organización de Cooperación de Shanghái", it="Organizzazione per la cooperazione di Shanghai", acr="en:SCO fr:OCS ru:ШОС de:SOZ es:OCS it:SCO it:OCS"),
    org("Q4173083", "intergovernmental_organization", "Eurasian Economic Union", fr="Union économique eurasiatique|Union économique eurasienne", ru="Евразийский экономический союз", de="Eurasische Wirtschaftsunion", es="Unión Económica Euroasiática", it="Unione economica eurasiatica", acr="en:EAEU en:EEU fr:UEEA ru:ЕАЭС de:EAWU es:UEE it:UEE"),
    org("Q7779", "intergovernmental_organization", "Commonwealth of Independent States", fr="Communauté des États indépendants", ru="Содружество Независимых Государств", de="Gemeinschaft Unabhängiger Staaten", es="Comunidad de Estados Independientes", it="Comunità degli Stati Indipendenti", acr="en:CIS fr:CEI ru:СНГ de:GUS es:CEI it:CSI"),
    org("Q243630", "intergovernmental_organization", "BRICS", en="BRICS group", fr="Brics|groupe des Brics", ru="БРИКС", de="Brics-Staaten", es="Brics", it="Brics", acr="ru:БРИКС"),
    org("Q81299", "intergovernmental_organization", "Organization for Security and Co-operation in Europe", en="Organisation for Security and Co-operation in Europe", fr="Organisation pour la sécurité et la coopération en Europe", ru="Организация по безопасности и сотрудничеству в Европе", de="Organisation für Sicherheit und Zusammenarbeit in Europa", es="Organización para la Seguridad y la Cooperación en Europa", it="Organizzazione per la sicurezza e la cooperazione in Europa", acr="en:OSCE fr:OSCE ru:ОБСЕ de:OSZE es:OSCE it:OSCE"),
    org("Q596850", "intergovernmental_organization", "Organization of Turkic States", en="Organisation of Turkic States|Turkic Council|Cooperation Council of Turkic-Speaking States|Cooperation Council of Turkic Speaking States", fr="Organisation des États turciques|Conseil turcique|Conseil de coopération des États turcophones", ru="Организация тюркских государств|Тюркский совет|Совет сотрудничества тюркоязычных государств", de="Organisation der Turkstaaten|Türkischer Rat|Turkrat", es="Organización de Estados Túrquicos|Consejo Túrquico", it="Organizzazione degli Stati turchi|Consiglio turco", acr="en:OTS fr:OET ru:ОТГ tr:TDT"),
    org("Q7768", "intergovernmental_organization", "Association of Southeast Asian Nations", fr="Association des nations de l'Asie du Sud-Est|Asean", ru="Ассоциация государств Юго-Восточной Азии", de="Verband Südostasiatischer Nationen", es="Asociación de Naciones del Sudeste Asiático", it="Associazione delle Nazioni del Sud-est asiatico", acr="en:ASEAN fr:ASEAN ru:АСЕАН de:ASEAN es:ASEAN it:ASEAN"),
    org("Q7159", "intergovernmental_organization", "African Union", fr="Union africaine", ru="Африканский союз", de="Afrikanische Union", es="Unión Africana", it="Unione africana", acr="en:AU fr:UA ru:АС de:AU es:UA it:UA"),
    org("Q7172", "intergovernmental_organization", "Arab League", en="League of Arab States", fr="Ligue arabe|Ligue des États arabes", ru="Лига арабских государств", de="Arabische Liga", es="Liga Árabe", it="Lega araba", acr="ru:ЛАГ"),
    org("Q7795", "intergovernmental_organization", "OPEC", en="Organization of the Petroleum Exporting Countries", fr="Organisation des pays exportateurs de pétrole|Opep", ru="Организация стран — экспортёров нефти|ОПЕК", de="Organisation erdölexportierender Länder|Opec", es="Organización de Países Exportadores de Petróleo|Opep", it="Organizzazione dei Paesi esportatori di petrolio|Opec", acr="fr:OPEP ru:ОПЕК es:OPEP"),
    org(None, "intergovernmental_organization", "OPEC+", en="OPEC Plus", fr="Opep+", ru="ОПЕК+", de="Opec+", es="OPEP+", it="Opec+", acr="en:OPEC+ fr:OPEP+ ru:ОПЕК+ de:OPEC+"),
    org("Q1764511", "intergovernmental_organization", "G7", en="Group of Seven", fr="Groupe des sept|G7", ru="Большая семёрка|Группа семи|G7", de="Gruppe der Sieben", es="Grupo de los Siete", it="Gruppo dei Sette", acr="ru:Г7 fr:G-7 en:G-7"),
    org("Q19771", "intergovernmental_organization", "G20", en="Group of Twenty", fr="Groupe des vingt|G20", ru="Большая двадцатка|Группа двадцати|G20", de="Gruppe der Zwanzig", es="Grupo de los Veinte", it="Gruppo dei Venti", acr="ru:Г20"),
    org("Q217172", "intergovernmental_organization", "Gulf Cooperation Council", en="Cooperation Council for the Arab States of the Gulf", fr="Conseil de coopération du Golfe", ru="Совет сотрудничества арабских государств Персидского залива", de="Golf-Kooperationsrat", es="Consejo de Cooperación del Golfo", it="Consiglio di cooperazione del Golfo", acr="en:GCC fr:CCG ru:ССАГПЗ de:GKR es:CCG it:CCG"),
    org("Q193272", "intergovernmental_organization", "Economic Community of West African States", fr="Communauté économique des États de l'Afrique de l'Ouest", ru="Экономическое сообщество стран Западной Африки", de="Westafrikanische Wirtschaftsgemeinschaft", es="Comunidad Económica de Estados de África Occidental", it="Comunità economica degli Stati dell'Africa occidentale", acr="en:ECOWAS fr:CEDEAO ru:ЭКОВАС de:ECOWAS es:CEDEAO it:ECOWAS"),
    org(None, "intergovernmental_organization", "Alliance of Sahel States", fr="Alliance des États du Sahel|Confédération des États du Sahel", ru="Альянс государств Сахеля|Конфедерация государств Сахеля", de="Allianz der Sahelstaaten", es="Alianza de Estados del Sahel", it="Alleanza degli Stati del Sahel", acr="en:AES fr:AES"),
    org("Q7804", "financial_institution", "International Monetary Fund", fr="Fonds monétaire international", ru="Международный валютный фонд", de="Internationaler Währungsfonds", es="Fondo Monetario Internacional", it="Fondo monetario internazionale", acr="en:IMF fr:FMI ru:МВФ de:IWF es:FMI it:FMI"),
    org("Q7164", "financial_institution", "World Bank", fr="Banque mondiale", ru="Всемирный банк", de="Weltbank", es="Banco Mundial", it="Banca mondiale"),
    org("Q7825", "intergovernmental_organization", "World Trade Organization", fr="Organisation mondiale du commerce", ru="Всемирная торговая организация", de="Welthandelsorganisation", es="Organización Mundial del Comercio", it="Organizzazione mondiale del commercio", acr="en:WTO fr:OMC ru:ВТО de:WTO es:OMC it:OMC"),
    org("Q8908", "intergovernmental_organization", "Council of Europe", fr="Conseil de l'Europe", ru="Совет Европы", de="Europarat", es="Consejo de Europa", it="Consiglio d'Europa"),
    org("Q122880", "international_court", "European Court of Human Rights", fr="Cour européenne des droits de l'homme", ru="Европейский суд по правам человека", de="Europäischer Gerichtshof für Menschenrechte", es="Tribunal Europeo de Derechos Humanos", it="Corte europea dei diritti dell'uomo", acr="en:ECHR en:ECtHR fr:CEDH ru:ЕСПЧ de:EGMR es:TEDH it:CEDU"),
    org("Q123759", "intergovernmental_organization", "Organization of American States", fr="Organisation des États américains", ru="Организация американских государств", de="Organisation Amerikanischer Staaten", es="Organización de los Estados Americanos", it="Organizzazione degli Stati americani", acr="en:OAS fr:OEA ru:ОАГ de:OAS es:OEA it:OSA"),
    org("Q4264", "intergovernmental_organization", "Mercosur", en="Southern Common Market", fr="Mercosur|Marché commun du Sud", ru="Меркосур|Южноамериканский общий рынок", de="Mercosur", es="Mercosur|Mercado Común del Sur", it="Mercosur"),
    org("Q8475", "intergovernmental_organization", "Interpol", en="International Criminal Police Organization", fr="Organisation internationale de police criminelle|Interpol", ru="Интерпол|Международная организация уголовной полиции", de="Interpol", es="Interpol", it="Interpol"),
    org("Q47543", "intergovernmental_organization", "Organisation of Islamic Cooperation", en="Organization of Islamic Cooperation|Organisation of the Islamic Conference", fr="Organisation de la coopération islamique", ru="Организация исламского сотрудничества", de="Organisation für Islamische Zusammenarbeit", es="Organización para la Cooperación Islámica", it="Organizzazione della cooperazione islamica", acr="en:OIC fr:OCI ru:ОИС"),
    org("Q166110", "supranational_union", "Union State", en="Union State of Russia and Belarus", fr="État de l'Union|Union de la Russie et de la Biélorussie", ru="Союзное государство|Союзное государство России и Белоруссии", de="Russisch-Weißrussische Union|Unionsstaat", es="Estado de la Unión", it="Stato dell'Unione"),
    org("Q41550", "intergovernmental_organization", "OECD", en="Organisation for Economic Co-operation and Development", fr="Organisation de coopération et de développement économiques", ru="Организация экономического сотрудничества и развития", de="Organisation für wirtschaftliche Zusammenarbeit und Entwicklung", es="Organización para la Cooperación y el Desarrollo Económicos", it="Organizzazione per la cooperazione e lo sviluppo economico", acr="fr:OCDE ru:ОЭСР de:OECD es:OCDE it:OCSE"),
    org("Q326816", "intergovernmental_organization", "GUAM Organization for Democracy and Economic Development", fr="GUAM", ru="ГУАМ|Организация за демократию и экономическое развитие", de="GUAM", es="GUAM", it="GUAM", acr="en:GUAM ru:ГУАМ"),
    org(None, "intergovernmental_organization", "Conference on Interaction and Confidence-Building Measures in Asia", fr="Conférence pour l'interaction et les mesures de confiance en Asie", ru="Совещание по взаимодействию и мерам доверия в Азии", acr="en:CICA ru:СВМДА"),
    org(None, "intergovernmental_organization", "Asia-Pacific Economic Cooperation", fr="Coopération économique pour l'Asie-Pacifique", ru="Азиатско-Тихоокеанское экономическое сотрудничество", de="Asiatisch-Pazifische Wirtschaftsgemeinschaft", es="Foro de Cooperación Económica Asia-Pacífico", it="Cooperazione economica asiatico-pacifica", acr="en:APEC ru:АТЭС"),
    org(None, "intergovernmental_organization", "Quadrilateral Security Dialogue", en="Quad", fr="Dialogue quadrilatéral pour la sécurité|Quad", ru="Четырёхсторонний диалог по безопасности", de="Quadrilateraler Sicherheitsdialog", es="Diálogo de Seguridad Cuadrilateral", it="Dialogo quadrilaterale di sicurezza"),
    org(None, "military_alliance", "AUKUS", acr="en:AUKUS fr:AUKUS ru:AUKUS de:AUKUS es:AUKUS it:AUKUS", ru="ОКУС"),
    org("Q15978258", "intelligence_alliance", "Five Eyes", fr="Five Eyes|Cinq Yeux", ru="Пять глаз", de="Five Eyes", es="Cinco Ojos", it="Five Eyes", acr="en:FVEY"),
    org(None, "intergovernmental_organization", "Warsaw Pact", en="Warsaw Treaty Organization", fr="pacte de Varsovie", ru="Организация Варшавского договора|Варшавский договор", de="Warschauer Pakt", es="Pacto de Varsovia", it="Patto di Varsavia", acr="ru:ОВД"),
    org("Q71720", "humanitarian_organization", "International Committee of the Red Cross", fr="Comité international de la Croix-Rouge", ru="Международный комитет Красного Креста", de="Internationales Komitee vom Roten Kreuz", es="Comité Internacional de la Cruz Roja", it="Comitato internazionale della Croce Rossa", acr="en:ICRC fr:CICR ru:МККК de:IKRK es:CICR it:CICR"),
    # "Amnesty" alone is the organisation's usual short name in English, French, German and Italian;
    # Spanish "Amnistía" and Russian "амнистия" are also the common noun, so they are left out.
    org("Q42970", "ngo", "Amnesty International", en="Amnesty", ru="Международная амнистия|Amnesty International", fr="Amnesty International|Amnesty", de="Amnesty International|Amnesty", es="Amnistía Internacional", it="Amnesty International|Amnesty"),
    org("Q187052", "ngo", "Human Rights Watch", ru="Хьюман Райтс Вотч|Human Rights Watch", fr="Human Rights Watch", de="Human Rights Watch", es="Human Rights Watch", it="Human Rights Watch", acr="en:HRW"),
    org(None, "ngo", "Médecins Sans Frontières", en="Doctors Without Borders", fr="Médecins sans frontières", ru="Врачи без границ", de="Ärzte ohne Grenzen", es="Médicos Sin Fronteras", it="Medici Senza Frontiere", acr="en:MSF fr:MSF es:MSF it:MSF"),
    org(None, "ngo", "Memorial", ru="Мемориал", fr="Memorial", de="Memorial", es="Memorial", it="Memorial"),
    org(None, "ngo", "Anti-Corruption Foundation", fr="Fondation anticorruption|Fonds de lutte contre la corruption", ru="Фонд борьбы с коррупцией", de="Stiftung zur Korruptionsbekämpfung", es="Fundación Anticorrupción", it="Fondazione anti-corruzione", acr="en:FBK fr:FBK ru:ФБК", country=RU),
    org("Q29552", "political_party", "Democratic Party", en="Democratic Party of the United States|Democrats", fr="Parti démocrate", ru="Демократическая партия США", de="Demokratische Partei", es="Partido Demócrata", it="Partito Democratico statunitense|Partito Democratico americano", country=US),
    org("Q29468", "political_party", "Republican Party", en="Republican Party of the United States|GOP|Grand Old Party", fr="Parti républicain", ru="Республиканская партия США", de="Republikanische Partei", es="Partido Republicano", it="Partito Repubblicano", acr="en:GOP", country=US),
    org("Q17427", "political_party", "Chinese Communist Party", en="Communist Party of China|CCP|CPC", fr="Parti communiste chinois|PCC", ru="Коммунистическая партия Китая|КПК", de="Kommunistische Partei Chinas|KPCh", es="Partido Comunista de China|PCCh", it="Partito Comunista Cinese|PCC", acr="en:CCP en:CPC fr:PCC ru:КПК de:KPCh es:PCCh it:PCC", country=CN),
    org(None, "political_party", "United Russia", fr="Russie unie", ru="Единая Россия", de="Einiges Russland", es="Rusia Unida", it="Russia Unita", country=RU),
    org(None, "political_party", "Communist Party of the Soviet Union", fr="Parti communiste de l'Union soviétique", ru="Коммунистическая партия Советского Союза", de="Kommunistische Partei der Sowjetunion", es="Partido Comunista de la Unión Soviética", it="Partito Comunista dell'Unione Sovietica", acr="en:CPSU fr:PCUS ru:КПСС de:KPdSU es:PCUS it:PCUS"),
    org(None, "legislature", "State Duma", fr="Douma d'État|Douma", ru="Государственная дума|Госдума|Дума", de="Staatsduma|Duma", es="Duma Estatal|Duma", it="Duma di Stato|Duma", country=RU),
    org(None, "legislature", "Federation Council", fr="Conseil de la Fédération", ru="Совет Федерации|Совфед", de="Föderationsrat", es="Consejo de la Federación", it="Consiglio federale", country=RU),
    org("Q176296", "legislature", "Verkhovna Rada", fr="Rada|Verkhovna Rada", ru="Верховная рада|Рада", de="Werchowna Rada|Rada", es="Rada Suprema", it="Verchovna Rada", uk="Верховна Рада", country=UA),
    org("Q11268", "legislature", "United States Congress", en="US Congress|Congress", fr="Congrès des États-Unis|Congrès américain", ru="Конгресс США", de="US-Kongress|Kongress der Vereinigten Staaten", es="Congreso de los Estados Unidos", it="Congresso degli Stati Uniti", country=US),
    org(None, "government_body", "Kremlin", en="Moscow Kremlin", fr="Kremlin", ru="Кремль", de="Kreml", es="Kremlin", it="Cremlino", country=RU),
    org(None, "government_body", "White House", fr="Maison-Blanche|Maison Blanche", ru="Белый дом", de="Weißes Haus", es="Casa Blanca", it="Casa Bianca", country=US),
    org(None, "government_body", "Élysée Palace", en="Elysee", fr="Élysée|palais de l'Élysée|Elysée", ru="Елисейский дворец", de="Élysée-Palast", es="Palacio del Elíseo", it="Eliseo", country=FR),
    org(None, "government_body", "Pentagon", en="United States Department of Defense|US Department of Defense|Department of Defense|Department of War", fr="Pentagone|département de la Défense", ru="Пентагон|Министерство обороны США", de="Pentagon|Verteidigungsministerium der Vereinigten Staaten", es="Pentágono|Departamento de Defensa", it="Pentagono|Dipartimento della Difesa", acr="en:DoD", country=US),
    org("Q789915", "government_body", "United States Department of State", en="State Department|US State Department", fr="Département d'État|département d'État|département d'État américain", ru="Государственный департамент США|Госдепартамент|Госдеп", de="US-Außenministerium|Außenministerium der Vereinigten Staaten", es="Departamento de Estado", it="Dipartimento di Stato", country=US),
    org(None, "government_body", "Ministry of Foreign Affairs of Russia", en="Russian Foreign Ministry|Russian Ministry of Foreign Affairs", fr="ministère russe des Affaires étrangères|ministère des Affaires étrangères de la Fédération de Russie|ministère des Affaires étrangères de la Russie|ministère des Affaires étrangères de Russie", ru="Министерство иностранных дел Российской Федерации|МИД России|МИД РФ", de="Russisches Außenministerium", es="Ministerio de Asuntos Exteriores de Rusia", it="Ministero degli Affari Esteri russo", acr="ru:МИД", country=RU),
    org(None, "government_body", "Ministry of Defence of Russia", en="Russian Ministry of Defence|Russian Defence Ministry|Russian Defense Ministry", fr="ministère russe de la Défense|ministère de la Défense de la Fédération de Russie|ministère de la Défense de la Russie|ministère de la Défense de Russie", ru="Министерство обороны Российской Федерации|Минобороны России|Минобороны РФ|Минобороны", de="Russisches Verteidigungsministerium", es="Ministerio de Defensa de Rusia", it="Ministero della Difesa russo", country=RU),
    org(None, "armed_forces", "Armed Forces of Ukraine", en="Ukrainian Armed Forces|Ukrainian army", fr="Forces armées ukrainiennes|armée ukrainienne", ru="Вооружённые силы Украины|ВСУ", de="Ukrainische Streitkräfte", es="Fuerzas Armadas de Ucrania", it="Forze armate ucraine", acr="ru:ВСУ uk:ЗСУ en:AFU", country=UA),
    org(None, "armed_forces", "Russian Armed Forces", en="Armed Forces of the Russian Federation|Russian army", fr="Forces armées russes|armée russe", ru="Вооружённые силы Российской Федерации|ВС РФ|Российская армия", de="Russische Streitkräfte|russische Armee", es="Fuerzas Armadas de Rusia|ejército ruso", it="Forze armate russe|esercito russo", country=RU),
    org(None, "armed_forces", "Israel Defense Forces", en="Israeli army|Tsahal", fr="Forces de défense d'Israël|Tsahal|armée israélienne", ru="Армия обороны Израиля|ЦАХАЛ", de="Israelische Verteidigungsstreitkräfte|israelische Armee", es="Fuerzas de Defensa de Israel|ejército israelí", it="Forze di difesa israeliane|esercito israeliano", acr="en:IDF fr:FDI ru:АОИ ru:ЦАХАЛ de:IDF es:FDI it:IDF", country=IL),
    org(None, "armed_forces", "Islamic Revolutionary Guard Corps", en="Revolutionary Guards|Iranian Revolutionary Guards", fr="Corps des Gardiens de la révolution islamique|Gardiens de la révolution|Pasdaran", ru="Корпус стражей Исламской революции", de="Iranische Revolutionsgarde|Revolutionsgarde|Pasdaran", es="Cuerpo de la Guardia Revolucionaria Islámica|Guardia Revolucionaria", it="Corpo delle Guardie della Rivoluzione islamica|Guardiani della Rivoluzione|Pasdaran", acr="en:IRGC fr:CGRI ru:КСИР de:IRGC", country=IR),
    # "APL" is no French acronym of the PLA: in French political news it is the housing benefit
    # (aide personnalisée au logement). Russian "Вооружённые силы" declines as a plural noun the
    # rules cannot know (сил, not «силов»): the French forces' forms are spelled out.
    org(None, "armed_forces", "People's Liberation Army", en="Chinese People's Liberation Army|Chinese army", fr="Armée populaire de libération|Armée populaire de libération chinoise|armée chinoise", ru="Народно-освободительная армия Китая", de="Volksbefreiungsarmee|Chinesische Volksbefreiungsarmee", es="Ejército Popular de Liberación|Ejército Popular de Liberación de China", it="Esercito Popolare di Liberazione|Esercito Popolare di Liberazione cinese", acr="en:PLA ru:НОАК es:EPL it:EPL", country=CN),
    org(None, "armed_forces", "Bundeswehr", en="German Armed Forces|German armed forces", fr="Bundeswehr|armée allemande", ru="Бундесвер", de="Bundeswehr", es="Bundeswehr", it="Bundeswehr", country=DE),
    # "Rote Armee Fraktion" / "Fraction armée rouge" (the RAF): a German "Rote Armee" inside it
    # reads as the Soviet army; the French name is lowercase ("armée") and does not match.
    org(None, "armed_forces", "Red Army", en="Workers' and Peasants' Red Army|Soviet Red Army", fr="Armée rouge", ru="Красная армия|Рабоче-крестьянская Красная армия", de="Rote Armee", es="Ejército Rojo", it="Armata Rossa", acr="ru:РККА", country="Q15180"),
    entity(None, "ORG", "armed_forces", "French Armed Forces", FR, ru_decline=False, en="Armed Forces of France|French army|French military", fr="Forces armées françaises|armée française|Armées françaises", ru="Вооружённые силы Франции|Вооружённых сил Франции|Вооружённым силам Франции|Вооружёнными силами Франции|Вооружённых силах Франции|Вооруженные силы Франции|Вооруженных сил Франции|Вооруженным силам Франции|Вооруженными силами Франции|Вооруженных силах Франции|французская армия", de="Französische Streitkräfte|französische Armee", es="Fuerzas Armadas de Francia|Fuerzas Armadas francesas|ejército francés", it="Forze armate francesi|esercito francese"),
    org("Q102673", "state_company", "Gazprom", fr="Gazprom", ru="Газпром", de="Gazprom", es="Gazprom", it="Gazprom", country=RU),
    org(None, "state_company", "Rosneft", fr="Rosneft", ru="Роснефть", de="Rosneft", es="Rosneft", it="Rosneft", country=RU),
    org(None, "state_company", "Rosatom", fr="Rosatom", ru="Росатом", de="Rosatom", es="Rosatom", it="Rosatom", country=RU),
    org(None, "state_company", "Naftogaz", fr="Naftogaz", ru="Нафтогаз", de="Naftogaz", es="Naftogaz", it="Naftogaz", country=UA),
    org(None, "state_company", "KazMunayGas", fr="KazMunayGas", ru="КазМунайГаз", country=KZ),
    # State-owned companies (majority owned by a state) of the news: Russian banks and the arms
    # industry, French public companies.
    org(None, "state_company", "Sberbank", en="Sber|Sberbank of Russia", fr="Sberbank|Sber", ru="Сбербанк|Сбер|Сбербанк России", de="Sberbank", es="Sberbank", it="Sberbank", country=RU),
    org(None, "state_company", "VTB Bank", en="VTB", fr="VTB|banque VTB", ru="ВТБ|Банк ВТБ", de="VTB Bank", es="VTB", it="VTB", acr="en:VTB fr:VTB ru:ВТБ de:VTB es:VTB it:VTB", country=RU),
    org(None, "state_company", "Gazprombank", fr="Gazprombank", ru="Газпромбанк", de="Gazprombank", es="Gazprombank", it="Gazprombank", country=RU),
    org(None, "state_company", "Rostec", en="Rostekh|Russian Technologies", fr="Rostec", ru="Ростех|Ростехнологии|Государственная корпорация «Ростех»", de="Rostec|Rostech", es="Rostec", it="Rostec", country=RU),
    org(None, "state_company", "Almaz-Antey", en="Almaz-Antei", fr="Almaz-Antey|Almaz-Anteï", ru="Алмаз-Антей|концерн «Алмаз-Антей»", de="Almas-Antei", es="Almaz-Antey", it="Almaz-Antey", country=RU),
    org(None, "state_company", "Saudi Aramco", en="Aramco", fr="Saudi Aramco|Aramco", ru="Saudi Aramco|Сауди Арамко|Арамко", de="Saudi Aramco|Aramco", es="Saudi Aramco|Aramco", it="Saudi Aramco|Aramco", country=SA),
    # Uniper, nationalised by Germany in 2022.
    org(None, "state_company", "Uniper", fr="Uniper", ru="Uniper|Юнипер", de="Uniper", es="Uniper", it="Uniper", country=DE),
    org(None, "state_company", "Électricité de France", en="EDF|Electricite de France", fr="Électricité de France|Electricité de France|EDF", ru="Électricité de France|EDF", de="Électricité de France", es="Électricité de France", it="Électricité de France", acr="en:EDF fr:EDF ru:EDF de:EDF es:EDF it:EDF", country=FR),
    org(None, "state_company", "SNCF", en="French National Railway Company", fr="Société nationale des chemins de fer français", ru="Национальная компания французских железных дорог", acr="en:SNCF fr:SNCF ru:SNCF de:SNCF es:SNCF it:SNCF", country=FR),
    org(None, "state_company", "RATP", en="Régie autonome des transports parisiens", fr="Régie autonome des transports parisiens", acr="en:RATP fr:RATP ru:RATP de:RATP es:RATP it:RATP", country=FR),
    # Without its article "La Poste" is the common noun "poste": the lookup strips the article, so
    # only a capitalised "Poste" matches it without the tagger.
    org(None, "state_company", "La Poste", en="French Post Office|La Poste group", fr="La Poste|groupe La Poste", country=FR),
    org(None, "state_company", "Naval Group", en="DCNS", fr="Naval Group|DCNS", ru="Naval Group", de="Naval Group", es="Naval Group", it="Naval Group", acr="en:DCNS fr:DCNS", country=FR),
    # Areva split in 2018; its nuclear fuel business, Orano, is the firm the press still calls "Areva".
    org(None, "state_company", "Orano", en="Areva|Orano SA", fr="Orano|Areva", ru="Orano|Areva|Арева|Орано", de="Orano|Areva", es="Orano|Areva", it="Orano|Areva", country=FR),
    org(None, "un_body", "Intergovernmental Panel on Climate Change", fr="Groupe d'experts intergouvernemental sur l'évolution du climat", ru="Межправительственная группа экспертов по изменению климата", de="Weltklimarat", acr="en:IPCC fr:GIEC ru:МГЭИК de:IPCC"),
    # "Davos" alone is the town (cities); "forum de Davos" is the Forum.
    org(None, "foundation", "World Economic Forum", en="Davos Forum|Davos forum", fr="Forum économique mondial|Forum de Davos|forum de Davos", ru="Всемирный экономический форум|Давосский форум", de="Weltwirtschaftsforum|Davoser Forum", es="Foro Económico Mundial|Foro de Davos", it="Forum economico mondiale|Forum di Davos", acr="en:WEF fr:FEM fr:WEF ru:ВЭФ"),
    org("Q42262", "intergovernmental_organization", "European Space Agency", fr="Agence spatiale européenne", ru="Европейское космическое агентство", acr="en:ESA fr:ESA ru:ЕКА"),
    # ---- political parties and alliances
    # A party whose one-word name is also a common word (Renaissance, Horizons, Vox, Ensemble)
    # gets a qualified canonical name: canonical names match in every language, and German
    # capitalises every noun ("das Ensemble", "die Renaissance"). The bare word is an alias only
    # in the languages whose press names the party so and where, capitalised inside a sentence,
    # it is the party (the entity stage matches a lone word only when it is capitalised and not
    # the first of its sentence). Acronyms that are also common abbreviations elsewhere are given
    # only in the party's language ("PP", "PD"): a tagged mention in another language still
    # finds them, since the linker retries all languages for tagged mentions.
    party("Q205150", "National Rally", FR, acr="fr:RN fr:FN", en="Rassemblement National|National Front", fr="Rassemblement national|Front national", ru="Национальное объединение|Национальный фронт", de="Rassemblement National|Front National", es="Agrupación Nacional|Reagrupamiento Nacional|Frente Nacional", it="Rassemblement National|Raggruppamento Nazionale|Fronte Nazionale"),
    # "Renaissance" alone is the period in English and German. In French it is the period too, but
    # the party's only short name and the more frequent reading in the news since 2022: kept, and
    # "la Renaissance" of history books links to the party (see the README).
    party("Q23731823", "Renaissance (French political party)", FR, acr="fr:LREM fr:LaREM en:LREM",
          en="Renaissance party|La République En Marche!|La République En Marche|En Marche", fr="Renaissance|La République en marche|République en marche|En marche", ru="Республика на марше", de="La République en Marche", es="La República en Marcha|Renaissance", it="La République En Marche|Renaissance"),
    entity(None, "ORG", "political_alliance", "Ensemble (French coalition)", FR,
           en="Ensemble coalition|Ensemble Citoyens", fr="Ensemble|Ensemble citoyens|Ensemble pour la majorité présidentielle|Ensemble pour la République"),
    party("Q20012759", "Les Républicains", FR, acr="fr:LR fr:UMP en:UMP",
          en="The Republicans (France)|Union for a Popular Movement", fr="Union pour un mouvement populaire", ru="Республиканцы (Франция)|Союз за народное движение", de="Union pour un mouvement populaire", es="Unión por un Movimiento Popular", it="Unione per un Movimento Popolare"),
    party("Q170972", "Socialist Party (France)", FR, acr="fr:PS", en="French Socialist Party", fr="Parti socialiste", ru="Социалистическая партия Франции", de="Parti socialiste|Sozialistische Partei Frankreichs", es="Partido Socialista francés", it="Partito Socialista francese"),
    party("Q27978402", "La France Insoumise", FR, acr="fr:LFI en:LFI", en="France Unbowed", fr="France insoumise", ru="Непокорённая Франция", de="La France insoumise|Unbeugsames Frankreich", es="Francia Insumisa|La Francia Insumisa", it="La France Insoumise|Francia Ribelle"),
    entity(None, "ORG", "political_alliance", "NUPES", FR, acr="fr:NUPES en:NUPES",
           en="New Ecological and Social People's Union", fr="Nouvelle Union populaire écologique et sociale|Nupes", ru="Новый народный экологический и социальный союз", de="Nupes", es="Nueva Unión Popular Ecológica y Social", it="Nuova Unione Popolare Ecologica e Sociale"),
    entity(None, "ORG", "political_alliance", "New Popular Front", FR, acr="fr:NFP en:NFP",
           fr="Nouveau Front populaire", ru="Новый народный фронт", de="Neue Volksfront|Nouveau Front populaire", es="Nuevo Frente Popular", it="Nuovo Fronte Popolare"),
    # "Les Verts" alone is also the Saint-Étienne football club: left out.
    party("Q613786", "Les Écologistes", FR, acr="fr:EELV en:EELV", decline=False,
          en="Europe Ecology – The Greens|Europe Écologie Les Verts", fr="Europe Écologie Les Verts|Europe Écologie-Les Verts|Écologistes", ru="Европа Экология Зелёные|Европа Экология Зеленые", de="Europe Écologie-Les Verts", es="Europa Ecología Los Verdes", it="Europa Ecologia I Verdi"),
    party("Q192821", "French Communist Party", FR, acr="fr:PCF en:PCF ru:ФКП", fr="Parti communiste français", ru="Французская коммунистическая партия|Коммунистическая партия Франции", de="Kommunistische Partei Frankreichs", es="Partido Comunista Francés", it="Partito Comunista Francese"),
    # Also the French name of the Reconquista, which the French press calls "Reconquista".
    party("Q109932430", "Reconquête", FR, en="Reconquête!", fr="Reconquête !"),
    party("Q587370", "Democratic Movement (France)", FR, acr="fr:MoDem fr:Modem en:MoDem de:MoDem es:MoDem it:MoDem", fr="Mouvement démocrate", de="Mouvement démocrate"),
    party("Q108846587", "Horizons (French political party)", FR, fr="Horizons"),
    party("Q82892", "Union of Democrats and Independents", FR, acr="fr:UDI en:UDI", fr="Union des démocrates et indépendants"),
    party(None, "Debout la France", FR, acr="fr:DLF"),
    # "Patriotes pour l'Europe" needs its own entry: the longest match would otherwise stop at
    # "Patriotes", Philippot's party.
    party(None, "Les Patriotes", FR),
    entity(None, "ORG", "parliamentary_group", "Patriots for Europe", acr="en:PfE fr:PfE", fr="Patriotes pour l'Europe", ru="Патриоты за Европу", de="Patrioten für Europa", es="Patriotas por Europa", it="Patrioti per l'Europa", ru_decline=False),
    party(None, "Popular Republican Union", FR, acr="fr:UPR", fr="Union populaire républicaine"),
    # Capitalised only: "les gilets jaunes" in lowercase are the protesters (case_fits keeps the
    # KB's capital), "Gilets jaunes" the movement.
    org(None, "movement", "Yellow vests movement", FR, en="Yellow Vests|Yellow Vest movement|Gilets jaunes", fr="Gilets jaunes|mouvement des Gilets jaunes", ru="жёлтые жилеты|движение «жёлтых жилетов»", de="Gelbwesten|Gelbwestenbewegung|Gilets jaunes", es="chalecos amarillos|movimiento de los chalecos amarillos|Gilets jaunes", it="gilet gialli|movimento dei gilet gialli|Gilets jaunes"),
    # Taiwan. "DPP" and the bare English name are also Malawi's Democratic Progressive Party (and
    # "DPP" the British Director of Public Prosecutions): qualified in English, acronym elsewhere.
    party(None, "Kuomintang", "Q865", acr="en:KMT fr:KMT de:KMT es:KMT it:KMT", en="Chinese Nationalist Party|Nationalist Party of China", fr="Kuomintang|Guomindang|Parti nationaliste chinois", ru="Гоминьдан", de="Kuomintang|Guomindang", es="Kuomintang", it="Kuomintang"),
    party(None, "Democratic Progressive Party (Taiwan)", "Q865", acr="fr:DPP de:DPP es:DPP it:DPP", en="Taiwan's Democratic Progressive Party|Taiwanese Democratic Progressive Party", fr="Parti démocrate progressiste|Parti démocrate progressiste taïwanais", ru="Демократическая прогрессивная партия|Демократическая прогрессивная партия Тайваня", de="Demokratische Fortschrittspartei", es="Partido Democrático Progresista", it="Partito Democratico Progressista"),
    # Belgium. "écolo" is a French common word and "groen" Dutch for green: qualified names.
    party(None, "Ecolo (Belgian political party)", "Q31", en="Ecolo", fr="Ecolo|Écolo", ru="Эколо", de="Ecolo", es="Ecolo", it="Ecolo"),
    party(None, "Groen (Belgian political party)", "Q31", en="Groen", fr="Groen"),
    party("Q49762", "Christian Democratic Union of Germany", DE, acr="en:CDU fr:CDU de:CDU es:CDU it:CDU ru:ХДС", en="Christian Democratic Union", fr="Union chrétienne-démocrate|Union chrétienne-démocrate d'Allemagne", ru="Христианско-демократический союз|Христианско-демократический союз Германии", de="Christlich Demokratische Union Deutschlands|Christlich Demokratische Union", es="Unión Demócrata Cristiana", it="Unione Cristiano-Democratica"),
    party("Q49763", "Christian Social Union in Bavaria", DE, acr="en:CSU fr:CSU de:CSU es:CSU it:CSU ru:ХСС", en="Christian Social Union", fr="Union chrétienne-sociale|Union chrétienne-sociale en Bavière", ru="Христианско-социальный союз|Христианско-социальный союз в Баварии", de="Christlich-Soziale Union in Bayern|Christlich-Soziale Union", es="Unión Social Cristiana", it="Unione Cristiano-Sociale"),
    party("Q49768", "Social Democratic Party of Germany", DE, acr="en:SPD fr:SPD de:SPD es:SPD it:SPD ru:СДПГ", fr="Parti social-démocrate d'Allemagne|Parti social-démocrate allemand", ru="Социал-демократическая партия Германии", de="Sozialdemokratische Partei Deutschlands", es="Partido Socialdemócrata de Alemania", it="Partito Socialdemocratico di Germania"),
    party("Q6721203", "Alternative for Germany", DE, acr="en:AfD fr:AfD de:AfD es:AfD it:AfD ru:АдГ", fr="Alternative pour l'Allemagne", ru="Альтернатива для Германии", de="Alternative für Deutschland", es="Alternativa para Alemania", it="Alternativa per la Germania"),
    # "die Grünen", "les Verts" alone name every green party: only the German party's full names.
    party("Q49766", "Alliance 90/The Greens", DE, decline=False, en="German Greens|Alliance 90/Greens", fr="Alliance 90/Les Verts|Verts allemands", ru="Союз 90/Зелёные|Союз 90/Зеленые", de="Bündnis 90/Die Grünen", es="Alianza 90/Los Verdes|Verdes alemanes", it="Alleanza 90/I Verdi|Verdi tedeschi"),
    # "FDP" is also the Swiss liberals' acronym; in German news it is mostly the German party.
    party("Q13124", "Free Democratic Party (Germany)", DE, acr="en:FDP fr:FDP de:FDP es:FDP it:FDP ru:СвДП", en="Free Democratic Party", fr="Parti libéral-démocrate allemand", ru="Свободная демократическая партия", de="Freie Demokratische Partei|Freie Demokraten", es="Partido Democrático Libre", it="Partito Liberale Democratico tedesco"),
    party("Q49764", "Die Linke", DE, en="The Left (Germany)", fr="Die Linke|parti de gauche Die Linke", ru="Левая партия Германии|Левая партия", de="Die Linke"),
    party(None, "Sahra Wagenknecht Alliance", DE, acr="en:BSW fr:BSW de:BSW es:BSW it:BSW ru:ССВ", fr="Alliance Sahra Wagenknecht", ru="Союз Сары Вагенкнехт", de="Bündnis Sahra Wagenknecht", es="Alianza Sahra Wagenknecht", it="Alleanza Sahra Wagenknecht"),
    # "Conservative Party" and "Labour Party" name parties of other countries too (Canada, Norway,
    # Israel…): in the press without a country they are the British ones. "Labour" alone is the
    # British party's usual name.
    party("Q9626", "Conservative Party (UK)", GB, en="Conservative Party|Conservative and Unionist Party|Tories|Tory Party", fr="Parti conservateur|Parti conservateur britannique|tories", ru="Консервативная партия Великобритании|Консервативная партия|тори", de="Konservative Partei|Tories", es="Partido Conservador británico|Partido Conservador|tories", it="Partito Conservatore britannico|Partito Conservatore|Tories"),
    party("Q9630", "Labour Party (UK)", GB, en="Labour Party|Labour|British Labour Party", fr="Parti travailliste|Parti travailliste britannique|Labour", ru="Лейбористская партия Великобритании|Лейбористская партия", de="Labour-Partei|Labour Party|Labour", es="Partido Laborista", it="Partito Laburista"),
    party(None, "Reform UK", GB, fr="Reform UK", ru="Reform UK|Партия реформ", de="Reform UK", es="Reform UK", it="Reform UK"),
    party(None, "Communist Party of the Russian Federation", RU, acr="en:CPRF en:KPRF fr:KPRF fr:PCFR ru:КПРФ de:KPRF es:PCFR it:PCFR", fr="Parti communiste de la fédération de Russie|Parti communiste russe", ru="Коммунистическая партия Российской Федерации", de="Kommunistische Partei der Russischen Föderation", es="Partido Comunista de la Federación de Rusia", it="Partito Comunista della Federazione Russa"),
    party(None, "Liberal Democratic Party of Russia", RU, acr="en:LDPR fr:LDPR ru:ЛДПР de:LDPR es:LDPR it:LDPR", fr="Parti libéral-démocrate de Russie", ru="Либерально-демократическая партия России", de="Liberal-Demokratische Partei Russlands", es="Partido Liberal-Demócrata de Rusia", it="Partito Liberal-Democratico di Russia"),
    # Named after the television series in which Zelensky played the president.
    party(None, "Servant of the People", UA, fr="Serviteur du peuple", ru="Слуга народа", uk="Слуга народу", de="Diener des Volkes", es="Servidor del Pueblo", it="Servitore del Popolo"),
    party(None, "Fidesz", HU, en="Fidesz – Hungarian Civic Alliance", fr="Fidesz", ru="Фидес", de="Fidesz", es="Fidesz", it="Fidesz"),
    # Italian press calls the anthem "Fratelli d'Italia" too; in news it is the party.
    party(None, "Brothers of Italy", IT, acr="en:FdI fr:FdI it:FdI de:FdI es:FdI", decline=False, fr="Frères d'Italie|Fratelli d'Italia", ru="Братья Италии|«Братья Италии»", de="Brüder Italiens|Fratelli d'Italia", es="Hermanos de Italia|Fratelli d'Italia", it="Fratelli d'Italia"),
    # Not "Ligue" alone in French: "Ligue 1", "Ligue des champions".
    party(None, "Lega", IT, en="Lega Nord|Northern League", fr="Ligue du Nord|Lega", ru="Лига Севера", de="Lega Nord", es="Liga Norte|Lega", it="Lega Nord|Lega per Salvini Premier"),
    party("Q47817", "Five Star Movement", IT, acr="en:M5S fr:M5S it:M5S de:M5S es:M5S", fr="Mouvement 5 étoiles|Mouvement cinq étoiles", ru="Движение пяти звёзд|Движение пяти звезд", de="Fünf-Sterne-Bewegung", es="Movimiento 5 Estrellas|Movimiento Cinco Estrellas", it="Movimento 5 Stelle|Movimento Cinque Stelle"),
    # "Partito Democratico" alone is this party in Italian; in French "Parti démocrate" alone is the
    # American one, so only the qualified French name here.
    party("Q47729", "Democratic Party (Italy)", IT, acr="it:PD", en="Italian Democratic Party", fr="Parti démocrate italien", ru="Демократическая партия Италии", de="Partito Democratico|Demokratische Partei Italiens", es="Partido Democrático italiano", it="Partito Democratico"),
    # Russian stresses "рабочей", which the adjective rule (after ч: -ой) cannot know: forms spelled out.
    party(None, "Spanish Socialist Workers' Party", ES, acr="en:PSOE fr:PSOE es:PSOE it:PSOE de:PSOE ru:ИСРП", decline=False, fr="Parti socialiste ouvrier espagnol", ru="Испанская социалистическая рабочая партия|Испанской социалистической рабочей партии|Испанскую социалистическую рабочую партию|Испанской социалистической рабочей партией", de="Spanische Sozialistische Arbeiterpartei", es="Partido Socialista Obrero Español", it="Partito Socialista Operaio Spagnolo"),
    # "PP" only in Spanish: elsewhere it also abbreviates pages or a police prefecture.
    party(None, "People's Party (Spain)", ES, acr="es:PP", en="Spanish People's Party|Partido Popular", fr="Parti populaire espagnol|Parti populaire|Partido Popular", ru="Народная партия Испании", de="Partido Popular|Spanische Volkspartei", es="Partido Popular", it="Partito Popolare spagnolo|Partido Popular"),
    # "Vox" alone is also an American news site (vox.com): not in English.
    party(None, "Vox (Spanish political party)", ES, en="Vox party", fr="Vox", ru="Вокс", de="Vox", es="Vox", it="Vox"),
    party(None, "Podemos", ES, fr="Podemos", ru="Подемос", de="Podemos", es="Podemos", it="Podemos"),
    # "PiS" is matched case-sensitively as an acronym: lowercased, "pis" is a French word.
    party(None, "Law and Justice", PL, acr="en:PiS fr:PiS de:PiS es:PiS it:PiS ru:ПиС", decline=False, fr="Droit et Justice", ru="Право и справедливость", de="Recht und Gerechtigkeit", es="Ley y Justicia", it="Diritto e Giustizia"),
    party(None, "Likud", IL, fr="Likoud|Likud", ru="Ликуд", de="Likud", es="Likud", it="Likud"),
    # Not "PPE" in French: it is also the energy plan (programmation pluriannuelle de l'énergie).
    party(None, "European People's Party", acr="en:EPP de:EVP es:PPE it:PPE ru:ЕНП", fr="Parti populaire européen", ru="Европейская народная партия", de="Europäische Volkspartei", es="Partido Popular Europeo", it="Partito Popolare Europeo"),
    # ---- French institutions
    # "Assemblée nationale" alone is the French one in French press (Québec's, Senegal's… are
    # qualified); the other languages name many national assemblies so, hence only qualified forms.
    org("Q193582", "legislature", "National Assembly (France)", en="French National Assembly|National Assembly of France", fr="Assemblée nationale|Assemblée nationale française|Palais-Bourbon", ru="Национальное собрание Франции", de="Französische Nationalversammlung|Assemblée nationale", es="Asamblea Nacional francesa|Asamblea Nacional de Francia", it="Assemblea nazionale francese", country=FR),
    # "Sénat" alone is no alias: the French press names the American Senate so as often as the French one.
    org(None, "legislature", "Senate (France)", en="French Senate", fr="Sénat français|Palais du Luxembourg|Haute Assemblée", ru="Сенат Франции", de="Französischer Senat", es="Senado francés|Senado de Francia", it="Senato francese", country=FR),
    org(None, "court", "Constitutional Council (France)", en="French Constitutional Council|Conseil constitutionnel", fr="Conseil constitutionnel", ru="Конституционный совет Франции", de="Französischer Verfassungsrat|Conseil constitutionnel", es="Consejo Constitucional francés", it="Consiglio costituzionale francese", country=FR),
    org(None, "court", "Council of State (France)", en="French Council of State|Conseil d'État", fr="Conseil d'État", ru="Государственный совет Франции", de="Französischer Staatsrat|Conseil d'État", es="Consejo de Estado francés", it="Consiglio di Stato francese", country=FR),
    org(None, "court", "Court of Audit (France)", en="French Court of Audit|Cour des comptes", fr="Cour des comptes", ru="Счётная палата Франции|Счетная палата Франции", de="Französischer Rechnungshof|Cour des comptes", es="Tribunal de Cuentas francés", it="Corte dei conti francese", country=FR),
    org(None, "court", "Court of Cassation (France)", en="French Court of Cassation|Cour de cassation", fr="Cour de cassation", ru="Кассационный суд Франции", de="Französischer Kassationshof|Cour de cassation", es="Tribunal de Casación francés", it="Corte di cassazione francese", country=FR),
    org(None, "independent_authority", "Defender of Rights", en="Défenseur des droits", fr="Défenseur des droits", country=FR),
    org(None, "independent_authority", "CNIL", acr="en:CNIL fr:CNIL de:CNIL es:CNIL it:CNIL", en="French Data Protection Authority|Commission nationale de l'informatique et des libertés", fr="Commission nationale de l'informatique et des libertés", country=FR),
    # "CSA", the regulator Arcom replaced in 2022, is no acronym here: it is also the polling
    # institute (Institut CSA) the press quotes with its polls.
    org(None, "independent_authority", "Arcom", en="Regulatory Authority for Audiovisual and Digital Communication", fr="Arcom|Autorité de régulation de la communication audiovisuelle et numérique|Conseil supérieur de l'audiovisuel", country=FR),
    # "HAS" only in French: in English capitals it is a verb.
    org(None, "independent_authority", "Haute Autorité de santé", acr="fr:HAS", en="French National Authority for Health", country=FR),
    org(None, "central_bank", "Bank of France", fr="Banque de France", ru="Банк Франции", de="Banque de France|Französische Zentralbank", es="Banco de Francia", it="Banca di Francia", country=FR),
    org(None, "government_agency", "INSEE", acr="en:INSEE fr:INSEE de:INSEE es:INSEE it:INSEE", en="National Institute of Statistics and Economic Studies", fr="Institut national de la statistique et des études économiques", country=FR),
    # Four capitals or more also match in title case: "Ined" as the institute writes itself.
    org(None, "government_agency", "INED", acr="en:INED fr:INED de:INED es:INED it:INED", en="French Institute for Demographic Studies|French National Institute for Demographic Studies", fr="Institut national d'études démographiques", ru="Национальный институт демографических исследований Франции", country=FR),
    org(None, "government_agency", "Santé publique France", en="Public Health France", country=FR),
    org(None, "government_agency", "ANSM", acr="en:ANSM fr:ANSM", en="National Agency for the Safety of Medicines and Health Products", fr="Agence nationale de sécurité du médicament et des produits de santé|Agence nationale de sécurité du médicament", country=FR),
    org(None, "government_agency", "Paris Police Prefecture", fr="Préfecture de police de Paris|Préfecture de police", ru="Префектура полиции Парижа", de="Pariser Polizeipräfektur", country=FR),
    # Ministries by the names that are France's only: "ministère de l'Intérieur" alone is every
    # country's; "ministère de l'Économie et des Finances" is also Morocco's and several West
    # African states', but in French news mostly France's, and kept. "Bercy" is left out: it is
    # also the Paris district and its arena (concerts, sport), which the tagger labels places, and
    # a place label would link to the ministry. "Place Vendôme" (also the jewellers) and "rue de
    # Grenelle" (two ministries) are left out too.
    org(None, "government_body", "Hôtel Matignon", en="Matignon", fr="Matignon|hôtel de Matignon|Hôtel Matignon", ru="Матиньон", de="Hôtel Matignon|Matignon", es="Palacio de Matignon|Matignon", it="Palazzo Matignon|Matignon", country=FR),
    org(None, "government_body", "Ministry of the Armed Forces (France)", en="French Ministry of the Armed Forces|French Armed Forces Ministry|French Ministry of Defence|French Defence Ministry", fr="ministère des Armées|ministère des Armées et des Anciens combattants|ministère français des Armées|hôtel de Brienne", ru="Министерство вооружённых сил Франции|Министерство вооруженных сил Франции|Министерство обороны Франции|Минобороны Франции", de="Französisches Verteidigungsministerium", es="Ministerio de las Fuerzas Armadas de Francia", it="Ministero delle Forze armate francese", country=FR),
    org(None, "government_body", "Ministry for Europe and Foreign Affairs (France)", en="Quai d'Orsay|French Foreign Ministry|French Ministry of Foreign Affairs", fr="Quai d'Orsay|ministère de l'Europe et des Affaires étrangères|ministère français des Affaires étrangères", ru="Министерство иностранных дел Франции|МИД Франции|Кэ д'Орсе", de="Quai d'Orsay|Französisches Außenministerium", es="Quai d'Orsay|Ministerio de Asuntos Exteriores de Francia", it="Quai d'Orsay|Ministero degli Esteri francese", country=FR),
    org(None, "government_body", "Ministry of the Interior (France)", en="French Interior Ministry|French Ministry of the Interior", fr="place Beauvau|Beauvau|ministère français de l'Intérieur", ru="Министерство внутренних дел Франции|МВД Франции", de="Französisches Innenministerium", es="Ministerio del Interior de Francia", it="Ministero dell'Interno francese", country=FR),
    org(None, "government_body", "Ministry of the Economy and Finance (France)", en="French Ministry of the Economy|French Economy Ministry|French Finance Ministry", fr="ministère français de l'Économie|ministère de l'Économie et des Finances|ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique", ru="Министерство экономики Франции|Министерство финансов Франции|Минфин Франции", de="Französisches Wirtschaftsministerium|Französisches Finanzministerium", es="Ministerio de Economía de Francia", it="Ministero dell'Economia francese", country=FR),
    org(None, "government_body", "Ministry of Justice (France)", en="French Ministry of Justice|French Justice Ministry", fr="ministère français de la Justice", ru="Министерство юстиции Франции|Минюст Франции", de="Französisches Justizministerium", es="Ministerio de Justicia de Francia", it="Ministero della Giustizia francese", country=FR),
    org(None, "government_body", "Ministry of National Education (France)", en="French Ministry of Education|French Education Ministry", fr="ministère de l'Éducation nationale|Éducation nationale", ru="Министерство национального образования Франции", de="Französisches Bildungsministerium", es="Ministerio de Educación Nacional de Francia", it="Ministero dell'Istruzione francese", country=FR),
    # So that the longest match takes "Centre Pompidou" and "Pompidou" alone stays the president's.
    org(None, "cultural_institution", "Centre Pompidou", FR, en="Pompidou Centre|Centre Georges Pompidou", fr="Centre Pompidou|Centre Georges-Pompidou", ru="Центр Помпиду|Центр Жоржа Помпиду", de="Centre Pompidou", es="Centro Pompidou|Centre Pompidou", it="Centro Pompidou|Centre Pompidou"),
    # The American chambers, so that "Sénat américain" is not the French Senate's.
    org("Q66096", "legislature", "United States Senate", en="US Senate|U.S. Senate", fr="Sénat américain|Sénat des États-Unis", ru="Сенат США", de="US-Senat|Senat der Vereinigten Staaten", es="Senado de los Estados Unidos|Senado estadounidense", it="Senato degli Stati Uniti|Senato americano", country=US),
    org("Q11701", "legislature", "United States House of Representatives", en="House of Representatives|US House of Representatives|U.S. House", fr="Chambre des représentants|Chambre des représentants américaine|Chambre des représentants des États-Unis", ru="Палата представителей США|Палата представителей Конгресса США", de="Repräsentantenhaus|US-Repräsentantenhaus", es="Cámara de Representantes de los Estados Unidos|Cámara de Representantes", it="Camera dei rappresentanti degli Stati Uniti|Camera dei rappresentanti", country=US),
    org("Q53536", "central_bank", "Federal Reserve", en="Federal Reserve System|Fed|US Federal Reserve|U.S. Federal Reserve|Federal Reserve Board", fr="Réserve fédérale|Réserve fédérale américaine|Fed|Federal Reserve", ru="Федеральная резервная система|Федеральная резервная система США", de="Federal Reserve|Fed|US-Notenbank|US-Zentralbank", es="Reserva Federal|Reserva Federal de Estados Unidos|Fed", it="Federal Reserve|Fed|Riserva Federale", acr="ru:ФРС", country=US),
    # Not "Cour suprême" / "Supreme Court" alone: every country has one (India's, Brazil's, Israel's…).
    org("Q11201", "court", "Supreme Court of the United States", acr="en:SCOTUS", en="US Supreme Court|U.S. Supreme Court|United States Supreme Court", fr="Cour suprême des États-Unis|Cour suprême américaine", ru="Верховный суд США|Верховный суд Соединённых Штатов", de="Oberster Gerichtshof der Vereinigten Staaten|Supreme Court der Vereinigten Staaten|US-Supreme-Court", es="Corte Suprema de los Estados Unidos|Corte Suprema de Estados Unidos|Tribunal Supremo de Estados Unidos", it="Corte suprema degli Stati Uniti|Corte Suprema americana", country=US),
    # ---- European Union
    org(None, "eu_institution", "Court of Justice of the European Union", en="European Court of Justice|EU Court of Justice", fr="Cour de justice de l'Union européenne|Cour de justice de l'UE|Cour de justice européenne", ru="Суд Европейского союза|Суд ЕС", de="Gerichtshof der Europäischen Union|Europäischer Gerichtshof|EU-Gerichtshof", es="Tribunal de Justicia de la Unión Europea", it="Corte di giustizia dell'Unione europea", acr="en:CJEU en:ECJ fr:CJUE ru:СЕС de:EuGH es:TJUE it:CGUE"),
    org(None, "eu_body", "European External Action Service", fr="Service européen pour l'action extérieure", ru="Европейская служба внешнеполитической деятельности", de="Europäischer Auswärtiger Dienst", es="Servicio Europeo de Acción Exterior", it="Servizio europeo per l'azione esterna", acr="en:EEAS fr:SEAE ru:ЕСВД de:EAD es:SEAE it:SEAE"),
    org(None, "eu_agency", "Frontex", en="European Border and Coast Guard Agency", fr="Frontex|Agence européenne de garde-frontières et de garde-côtes", ru="Фронтекс", de="Frontex|Europäische Agentur für die Grenz- und Küstenwache", es="Frontex|Agencia Europea de la Guardia de Fronteras y Costas", it="Frontex|Agenzia europea della guardia di frontiera e costiera"),
    org(None, "eu_agency", "European Medicines Agency", fr="Agence européenne des médicaments|Agence européenne du médicament", ru="Европейское агентство лекарственных средств", de="Europäische Arzneimittel-Agentur", es="Agencia Europea de Medicamentos", it="Agenzia europea per i medicinali", acr="en:EMA fr:EMA fr:AEM ru:EMA de:EMA es:EMA it:EMA"),
]

# ---- Third 2026 batch, from the unlinked names of the SemEval 2023 French and English articles:
# American federal bodies, the Catholic Church and the Holy See's bodies, American NGOs and
# lobbies, French unions, parties and movements. Decisions (see the README): "Treasury" alone is
# also Britain's (HM Treasury), "Judiciary Committee" alone the House's too, "Curie" the
# physicists in French: only longer forms. "Department of Justice" and "Secret Service" alone are
# the American ones in English (capitalised; the other countries' are qualified). "CGT" is also
# Spain's and Argentina's union: French only; "FO" and "FLN" French only. "Red Cross" and
# "Croix-Rouge" alone are left out (the ICRC, the IFRC or a national society).
ORGS += [
    org("Q1553390", "government_body", "United States Department of Justice", US, acr="en:DOJ", en="Justice Department|Department of Justice|US Department of Justice|U.S. Department of Justice|US Justice Department|U.S. Justice Department", fr="département de la Justice américain|département américain de la Justice|ministère américain de la Justice|Département de la Justice des États-Unis", ru="Министерство юстиции США|Минюст США", de="US-Justizministerium|Justizministerium der Vereinigten Staaten", es="Departamento de Justicia de los Estados Unidos|Departamento de Justicia", it="Dipartimento di Giustizia degli Stati Uniti|Dipartimento della Giustizia"),
    org(None, "government_body", "United States Department of Homeland Security", US, acr="en:DHS", en="Department of Homeland Security|Homeland Security|US Department of Homeland Security|U.S. Department of Homeland Security", fr="département de la Sécurité intérieure|ministère américain de la Sécurité intérieure", ru="Министерство внутренней безопасности США", de="US-Heimatschutzministerium|Heimatschutzministerium", es="Departamento de Seguridad Nacional de los Estados Unidos", it="Dipartimento della Sicurezza Interna degli Stati Uniti"),
    org("Q648666", "government_body", "United States Department of the Treasury", US, en="Treasury Department|US Treasury|U.S. Treasury|US Treasury Department|U.S. Treasury Department|Department of the Treasury", fr="Trésor américain|département du Trésor|département du Trésor américain", ru="Министерство финансов США|Минфин США", de="US-Finanzministerium|Finanzministerium der Vereinigten Staaten", es="Departamento del Tesoro de los Estados Unidos|Departamento del Tesoro", it="Dipartimento del Tesoro degli Stati Uniti|Tesoro americano"),
    org(None, "government_agency", "U.S. Immigration and Customs Enforcement", US, acr="en:ICE fr:ICE", en="Immigration and Customs Enforcement|US Immigration and Customs Enforcement", fr="Service de l'immigration et des douanes des États-Unis|police de l'immigration américaine", ru="Иммиграционная и таможенная полиция США", de="US-Einwanderungs- und Zollbehörde|Einwanderungs- und Zollbehörde", es="Servicio de Inmigración y Control de Aduanas", it="Immigration and Customs Enforcement"),
    org("Q368804", "government_agency", "U.S. Customs and Border Protection", US, acr="en:CBP fr:CBP", en="Customs and Border Protection|US Customs and Border Protection", fr="Service des douanes et de la protection des frontières des États-Unis", ru="Служба таможенного и пограничного контроля США", de="US-Zoll- und Grenzschutzbehörde", es="Oficina de Aduanas y Protección Fronteriza", it="Ufficio delle dogane e della protezione dei confini"),
    org(None, "government_agency", "United States Border Patrol", US, en="Border Patrol|US Border Patrol|U.S. Border Patrol", fr="Border Patrol|police aux frontières américaine", ru="Пограничный патруль США", de="Border Patrol|US-Grenzschutz", es="Patrulla Fronteriza|Patrulla Fronteriza de los Estados Unidos", it="Border Patrol"),
    org("Q23548", "government_agency", "NASA", US, acr="en:NASA fr:NASA ru:НАСА de:NASA es:NASA it:NASA", en="National Aeronautics and Space Administration", fr="Agence spatiale américaine", ru="Национальное управление по аэронавтике и исследованию космического пространства", de="US-Raumfahrtbehörde", es="Administración Nacional de Aeronáutica y el Espacio", it="Ente nazionale per le attività spaziali e aeronautiche"),
    org(None, "parliamentary_committee", "United States Senate Committee on the Judiciary", US, en="Senate Judiciary Committee|US Senate Judiciary Committee", fr="commission judiciaire du Sénat américain|commission judiciaire du Sénat", ru="Юридический комитет Сената США|Комитет Сената США по судебной власти", de="Justizausschuss des US-Senats|Justizausschuss des Senats", es="Comité Judicial del Senado de los Estados Unidos|Comité Judicial del Senado", it="Commissione giustizia del Senato degli Stati Uniti"),
    org(None, "party_committee", "Democratic National Committee", US, acr="en:DNC fr:DNC", fr="Comité national démocrate", ru="Национальный комитет Демократической партии США|Национальный комитет Демократической партии", de="Democratic National Committee", es="Comité Nacional Demócrata", it="Comitato nazionale democratico"),
    # ---- religious bodies: Russian forms spelled out ("церковь" declines irregularly)
    entity("Q9592", "ORG", "religious_organization", "Catholic Church", ru_decline=False, en="Roman Catholic Church|Church of Rome", fr="Église catholique|Église catholique romaine|Eglise catholique", ru="Католическая церковь|Католической церкви|Католическую церковь|Католической церковью|Римско-католическая церковь|Римско-католической церкви|Римско-католическую церковь|Римско-католической церковью", de="Katholische Kirche|katholische Kirche|Römisch-katholische Kirche|römisch-katholische Kirche", es="Iglesia católica|Iglesia católica romana", it="Chiesa cattolica|Chiesa cattolica romana"),
    entity(None, "ORG", "religious_organization", "Roman Curia", "Q237", ru_decline=False, en="Curia|Vatican Curia", fr="Curie romaine", ru="Римская курия|Римской курии|Римскую курию|Римской курией", de="Römische Kurie", es="Curia romana", it="Curia romana"),
    entity(None, "ORG", "religious_organization", "Dicastery for the Doctrine of the Faith", "Q237", acr="en:CDF", ru_decline=False, en="Congregation for the Doctrine of the Faith", fr="Dicastère pour la doctrine de la foi|Congrégation pour la doctrine de la foi", ru="Дикастерия вероучения|Конгрегация доктрины веры|Конгрегации доктрины веры", de="Dikasterium für die Glaubenslehre|Glaubenskongregation|Kongregation für die Glaubenslehre", es="Dicasterio para la Doctrina de la Fe|Congregación para la Doctrina de la Fe", it="Dicastero per la dottrina della fede|Congregazione per la dottrina della fede"),
    entity(None, "ORG", "religious_organization", "College of Cardinals", "Q237", ru_decline=False, en="Sacred College of Cardinals", fr="Collège des cardinaux|Sacré Collège", ru="Коллегия кардиналов|Коллегии кардиналов|Коллегию кардиналов", de="Kardinalskollegium", es="Colegio Cardenalicio|Colegio de Cardenales", it="Collegio cardinalizio"),
    org(None, "religious_organization", "United States Conference of Catholic Bishops", US, acr="en:USCCB fr:USCCB", en="U.S. Conference of Catholic Bishops|US Conference of Catholic Bishops", fr="Conférence des évêques catholiques des États-Unis", ru="Конференция католических епископов США", de="US-Bischofskonferenz|Bischofskonferenz der Vereinigten Staaten", es="Conferencia de Obispos Católicos de los Estados Unidos", it="Conferenza episcopale degli Stati Uniti"),
    org(None, "religious_organization", "Nation of Islam", US, fr="Nation of Islam|Nation de l'islam", ru="Нация ислама", de="Nation of Islam", es="Nación del Islam|Nation of Islam", it="Nation of Islam"),
    # ---- American NGOs, lobbies and think tanks
    org(None, "ngo", "Council on American-Islamic Relations", US, acr="en:CAIR fr:CAIR", en="Council on American–Islamic Relations", fr="Conseil des relations américano-islamiques", ru="Совет по американо-исламским отношениям", de="Council on American-Islamic Relations", es="Consejo de Relaciones Americano-Islámicas", it="Council on American-Islamic Relations"),
    org(None, "ngo", "Anti-Defamation League", US, acr="en:ADL fr:ADL de:ADL", fr="Ligue anti-diffamation|Anti-Defamation League", ru="Антидиффамационная лига", de="Anti-Defamation League", es="Liga Antidifamación", it="Anti-Defamation League"),
    org(None, "ngo", "Southern Poverty Law Center", US, acr="en:SPLC fr:SPLC", fr="Southern Poverty Law Center", ru="Южный центр правовой защиты бедноты", de="Southern Poverty Law Center", es="Southern Poverty Law Center", it="Southern Poverty Law Center"),
    org(None, "interest_group", "National Rifle Association", US, acr="en:NRA fr:NRA de:NRA es:NRA it:NRA", en="National Rifle Association of America", fr="National Rifle Association|lobby des armes NRA", ru="Национальная стрелковая ассоциация|Национальная стрелковая ассоциация США", de="National Rifle Association|US-Waffenlobby NRA", es="Asociación Nacional del Rifle", it="National Rifle Association"),
    org(None, "activist_group", "Project Veritas", US, fr="Project Veritas", ru="Project Veritas|Проект Веритас", de="Project Veritas", es="Project Veritas", it="Project Veritas"),
    org(None, "think_tank", "Heritage Foundation", US, en="The Heritage Foundation", fr="Heritage Foundation|fondation Heritage", ru="Фонд «Наследие»|Heritage Foundation", de="Heritage Foundation", es="Heritage Foundation|Fundación Heritage", it="Heritage Foundation"),
    org(None, "think_tank", "Atlantic Council", US, fr="Atlantic Council|Conseil atlantique", ru="Атлантический совет|Atlantic Council", de="Atlantic Council", es="Atlantic Council|Consejo Atlántico", it="Atlantic Council"),
    org(None, "foundation", "Clinton Foundation", US, en="Bill, Hillary & Chelsea Clinton Foundation", fr="Fondation Clinton", ru="Фонд Клинтонов|Фонд Клинтона", de="Clinton Foundation|Clinton-Stiftung", es="Fundación Clinton", it="Fondazione Clinton"),
    org(None, "ngo", "Transparency International", fr="Transparency International", ru="Transparency International|Трансперенси Интернешнл", de="Transparency International", es="Transparencia Internacional|Transparency International", it="Transparency International"),
    # ---- Middle East
    org(None, "political_organization", "Palestine Liberation Organization", PS, acr="en:PLO fr:OLP ru:ООП de:PLO es:OLP it:OLP", en="Palestinian Liberation Organization", fr="Organisation de libération de la Palestine", ru="Организация освобождения Палестины", de="Palästinensische Befreiungsorganisation", es="Organización para la Liberación de Palestina", it="Organizzazione per la Liberazione della Palestina"),
    org(None, "political_organization", "People's Mojahedin Organization of Iran", IR, acr="en:MEK en:MKO fr:MEK fr:OMPI", en="Mojahedin-e Khalq|Mujahedin-e Khalq|People's Mujahedin of Iran", fr="Organisation des moudjahiddines du peuple iranien|Moudjahidines du peuple|moudjahidines du peuple iranien", ru="Организация моджахедов иранского народа|Моджахеды иранского народа", de="Volksmudschahedin|Volksmudschahedin Iran", es="Muyahidín del Pueblo|Muyahidines del Pueblo de Irán", it="Mojahedin del Popolo|Mojahedin del Popolo Iraniano"),
    org(None, "movement", "Boycott, Divestment and Sanctions", acr="en:BDS fr:BDS", en="BDS movement", fr="Boycott, désinvestissement et sanctions|mouvement BDS|campagne BDS", ru="Бойкот, изоляция и санкции|движение BDS", de="BDS-Bewegung|Boycott, Divestment and Sanctions", es="Boicot, Desinversiones y Sanciones|movimiento BDS", it="Boicottaggio, Disinvestimento e Sanzioni|movimento BDS"),
    # ---- finance
    org(None, "financial_institution", "SWIFT", acr="en:SWIFT fr:SWIFT ru:SWIFT ru:СВИФТ de:SWIFT es:SWIFT it:SWIFT", en="Society for Worldwide Interbank Financial Telecommunication", fr="Society for Worldwide Interbank Financial Telecommunication|système SWIFT|réseau SWIFT", ru="система SWIFT|система СВИФТ", de="SWIFT-System|Swift-System", es="sistema SWIFT", it="sistema SWIFT"),
    org(None, "central_bank", "Central Bank of Russia", RU, acr="ru:ЦБ_РФ", en="Bank of Russia|Russian Central Bank|Central Bank of the Russian Federation", fr="Banque centrale de Russie|Banque de Russie|Banque centrale russe", ru="Центральный банк Российской Федерации|Центральный банк России|Банк России|Центробанк", de="Russische Zentralbank|Zentralbank Russlands|Bank von Russland", es="Banco Central de Rusia|Banco de Rusia", it="Banca centrale russa|Banca di Russia"),
    # ---- France: unions; Algeria's FLN; European movements and parties
    org(None, "trade_union", "General Confederation of Labour (France)", FR, acr="fr:CGT", en="French General Confederation of Labour", fr="Confédération générale du travail", ru="Всеобщая конфедерация труда Франции|Всеобщая конфедерация труда", de="Confédération générale du travail", es="Confederación General del Trabajo de Francia", it="Confédération générale du travail"),
    org(None, "trade_union", "French Democratic Confederation of Labour", FR, acr="en:CFDT fr:CFDT ru:ФДКТ de:CFDT es:CFDT it:CFDT", fr="Confédération française démocratique du travail", ru="Французская демократическая конфедерация труда", de="Confédération française démocratique du travail", es="Confederación Francesa Democrática del Trabajo", it="Confédération française démocratique du travail"),
    org(None, "trade_union", "Force Ouvrière", FR, acr="fr:FO", en="Workers' Force|CGT-FO", fr="Force ouvrière|CGT-Force ouvrière|CGT-FO", ru="Форс увриер|профсоюз «Рабочая сила»", de="Force ouvrière", es="Fuerza Obrera", it="Force ouvrière"),
    party(None, "National Liberation Front (Algeria)", "Q262", acr="en:FLN fr:FLN", decline=False, en="Algerian National Liberation Front", fr="Front de libération nationale|Front de libération nationale algérien", ru="Фронт национального освобождения Алжира|Фронт национального освобождения", de="Nationale Befreiungsfront (Algerien)|Front de Libération Nationale", es="Frente de Liberación Nacional de Argelia|Frente de Liberación Nacional (Argelia)", it="Fronte di Liberazione Nazionale algerino"),
    party(None, "Sweden Democrats", "Q34", decline=False, fr="Démocrates de Suède", ru="Шведские демократы", de="Schwedendemokraten", es="Demócratas de Suecia", it="Democratici Svedesi"),
    org(None, "movement", "English Defence League", GB, acr="en:EDL fr:EDL", fr="English Defence League|Ligue de défense anglaise", ru="Лига английской обороны", de="English Defence League", es="Liga de Defensa Inglesa", it="English Defence League"),
]

# ------------------------------------------------------------------ intelligence and security services
SERVICES = [
    org(None, "security_service", "Federal Security Service", en="Federal Security Service of the Russian Federation", fr="Service fédéral de sécurité", ru="Федеральная служба безопасности|Федеральная служба безопасности Российской Федерации", de="Föderaler Sicherheitsdienst|Inlandsgeheimdienst FSB", es="Servicio Federal de Seguridad", it="Servizio federale per la sicurezza", acr="en:FSB fr:FSB ru:ФСБ de:FSB es:FSB it:FSB", country=RU),
    org(None, "intelligence_service", "Foreign Intelligence Service", en="Foreign Intelligence Service of the Russian Federation", fr="Service des renseignements extérieurs|Service de renseignement extérieur", ru="Служба внешней разведки|Служба внешней разведки Российской Федерации", de="Auslandsgeheimdienst SWR|Dienst der Außenaufklärung", es="Servicio de Inteligencia Exterior", it="Servizio di intelligence estera", acr="en:SVR fr:SVR ru:СВР de:SWR es:SVR it:SVR", country=RU),
    org(None, "intelligence_service", "GRU", en="Main Intelligence Directorate|Main Directorate of the General Staff|GU", fr="Direction générale des renseignements|renseignement militaire russe", ru="Главное разведывательное управление|Главное управление Генерального штаба", de="Militärgeheimdienst GRU|Hauptverwaltung für Aufklärung", es="Directorio Principal de Inteligencia", it="Direttorato principale per l'informazione", acr="en:GRU fr:GRU ru:ГРУ de:GRU es:GRU it:GRU", country=RU),
    org(None, "security_service", "KGB", en="Committee for State Security", fr="Comité pour la sécurité de l'État", ru="Комитет государственной безопасности", de="Komitee für Staatssicherheit", es="Comité para la Seguridad del Estado", it="Comitato per la sicurezza dello Stato", acr="en:KGB fr:KGB ru:КГБ de:KGB es:KGB it:KGB"),
    org(None, "security_service", "Federal Protective Service", fr="Service fédéral de protection", ru="Федеральная служба охраны", acr="en:FSO fr:FSO ru:ФСО", country=RU),
    org(None, "security_service", "National Guard of Russia", en="Rosgvardiya|Rosgvardia", fr="Garde nationale russe|Rosgvardia", ru="Росгвардия|Федеральная служба войск национальной гвардии", de="Nationalgarde Russlands|Rosgwardija", es="Guardia Nacional de Rusia", it="Guardia nazionale russa", country=RU),
    org("Q37230", "intelligence_service", "Central Intelligence Agency", fr="Agence centrale de renseignement", ru="Центральное разведывательное управление", de="Central Intelligence Agency", es="Agencia Central de Inteligencia", it="Central Intelligence Agency", acr="en:CIA fr:CIA ru:ЦРУ de:CIA es:CIA it:CIA", country=US),
    org("Q40930", "intelligence_service", "National Security Agency", fr="Agence nationale de la sécurité", ru="Агентство национальной безопасности", de="National Security Agency", es="Agencia de Seguridad Nacional", it="National Security Agency", acr="en:NSA fr:NSA ru:АНБ de:NSA es:NSA it:NSA", country=US),
    org("Q8333", "security_service", "Federal Bureau of Investigation", fr="Bureau fédéral d'enquête", ru="Федеральное бюро расследований", de="Federal Bureau of Investigation", es="Buró Federal de Investigaciones|Oficina Federal de Investigación", it="Federal Bureau of Investigation", acr="en:FBI fr:FBI ru:ФБР de:FBI es:FBI it:FBI", country=US),
    org(None, "intelligence_service", "Office of the Director of National Intelligence", en="Director of National Intelligence", fr="Bureau du directeur du renseignement national", ru="Директор национальной разведки США", acr="en:ODNI en:DNI", country=US),
    org(None, "intelligence_service", "Secret Intelligence Service", en="MI6|British foreign intelligence", fr="Secret Intelligence Service|MI6", ru="Секретная разведывательная служба|МИ-6", de="Secret Intelligence Service|MI6", es="Servicio Secreto de Inteligencia|MI6", it="Secret Intelligence Service|MI6", acr="en:SIS en:MI6 fr:MI6 ru:МИ-6 ru:МИ6 de:MI6 es:MI6 it:MI6", country=GB),
    org(None, "security_service", "MI5", en="Security Service", fr="MI5", ru="МИ-5|Служба безопасности Великобритании", de="MI5", es="MI5", it="MI5", acr="en:MI5 fr:MI5 ru:МИ-5 ru:МИ5 de:MI5 es:MI5 it:MI5", country=GB),
    org(None, "intelligence_service", "Government Communications Headquarters", fr="Government Communications Headquarters", ru="Центр правительственной связи", acr="en:GCHQ fr:GCHQ ru:ЦПС de:GCHQ es:GCHQ it:GCHQ", country=GB),
    org(None, "intelligence_service", "Directorate-General for External Security", fr="Direction générale de la Sécurité extérieure", ru="Главное управление внешней безопасности", de="Generaldirektion für äußere Sicherheit", es="Dirección General de Seguridad Exterior", it="Direzione generale della sicurezza esterna", acr="en:DGSE fr:DGSE ru:DGSE de:DGSE es:DGSE it:DGSE", country=FR),
    org(None, "security_service", "General Directorate for Internal Security", fr="Direction générale de la Sécurité intérieure", ru="Главное управление внутренней безопасности", de="Generaldirektion für innere Sicherheit", es="Dirección General de Seguridad Interior", it="Direzione generale della sicurezza interna", acr="en:DGSI fr:DGSI ru:DGSI de:DGSI es:DGSI it:DGSI", country=FR),
    org(None, "intelligence_service", "Federal Intelligence Service", en="German Federal Intelligence Service", fr="Service fédéral de renseignement|renseignement allemand", ru="Федеральная разведывательная служба Германии", de="Bundesnachrichtendienst", es="Servicio Federal de Inteligencia", it="Servizio federale di informazioni", acr="en:BND fr:BND ru:БНД de:BND es:BND it:BND", country=DE),
    org(None, "security_service", "Federal Office for the Protection of the Constitution", fr="Office fédéral de protection de la Constitution", ru="Федеральное ведомство по защите конституции", de="Bundesamt für Verfassungsschutz|Verfassungsschutz", acr="en:BfV fr:BfV de:BfV", country=DE),
    org(None, "intelligence_service", "Mossad", en="Institute for Intelligence and Special Operations", fr="Mossad", ru="Моссад", de="Mossad", es="Mosad", it="Mossad", country=IL),
    org(None, "security_service", "Shin Bet", en="Israel Security Agency|Shabak", fr="Shin Bet|Shabak", ru="Шабак|Шин Бет", de="Schin Bet|Schabak", es="Shin Bet", it="Shin Bet", acr="en:ISA", country=IL),
    org(None, "intelligence_service", "National Intelligence Organization", en="Turkish intelligence", fr="Organisation nationale du renseignement|renseignement turc", ru="Национальная разведывательная организация Турции", de="Nationaler Nachrichtendienst der Türkei", es="Organización Nacional de Inteligencia", it="Organizzazione nazionale di intelligence", acr="en:MIT fr:MIT ru:MIT ru:МИТ de:MIT", country=TR),
    org(None, "security_service", "Security Service of Ukraine", fr="Service de sécurité d'Ukraine|services de sécurité ukrainiens", ru="Служба безопасности Украины", de="Sicherheitsdienst der Ukraine|Ukrainischer Geheimdienst", es="Servicio de Seguridad de Ucrania", it="Servizio di sicurezza dell'Ucraina", uk="Служба безпеки України",
        acr="en:SBU fr:SBU ru:СБУ de:SBU es:SBU it:SBU uk:СБУ", country=UA),
    org(None, "intelligence_service", "Main Directorate of Intelligence of Ukraine", en="HUR|GUR|Ukrainian military intelligence|Defence Intelligence of Ukraine", fr="Direction principale du renseignement|renseignement militaire ukrainien", ru="Главное управление разведки Министерства обороны Украины|Главное управление разведки Украины", de="Militärgeheimdienst der Ukraine", es="Dirección Principal de Inteligencia de Ucrania", it="Direzione principale dell'intelligence ucraina", uk="Головне управління розвідки",
        acr="en:HUR en:GUR fr:GUR fr:HUR ru:ГУР ru:ГУР_МО uk:ГУР de:HUR es:GUR it:GUR", country=UA),
    org(None, "security_service", "National Security Committee of Kazakhstan", fr="Comité de sécurité nationale du Kazakhstan", ru="Комитет национальной безопасности Республики Казахстан|Комитет национальной безопасности Казахстана", de="Komitee für nationale Sicherheit Kasachstans", acr="en:KNB fr:KNB ru:КНБ", country=KZ),
    org(None, "security_service", "State Security Service of Uzbekistan", fr="Service de sécurité de l'État d'Ouzbékistan", ru="Служба государственной безопасности Республики Узбекистан", acr="en:SGB en:SNB ru:СГБ ru:СНБ", country=UZ),
    org(None, "security_service", "State Committee for National Security of Kyrgyzstan", fr="Comité d'État pour la sécurité nationale du Kirghizistan", ru="Государственный комитет национальной безопасности Кыргызской Республики", acr="en:GKNB ru:ГКНБ", country=KG),
    org(None, "security_service", "State Committee for National Security of Tajikistan", ru="Государственный комитет национальной безопасности Республики Таджикистан", acr="en:GKNB ru:ГКНБ", country=TJ),
    org(None, "security_service", "State Security Committee of Belarus", en="KGB of Belarus", fr="KGB biélorusse", ru="Комитет государственной безопасности Республики Беларусь|КГБ Белоруссии|КГБ Беларуси", acr="en:KGB ru:КГБ", country=BY),
    org(None, "security_service", "State Security Service of Georgia", fr="Service de sécurité de l'État de Géorgie|services de sécurité géorgiens", ru="Служба государственной безопасности Грузии", de="Staatssicherheitsdienst Georgiens", acr="en:SSSG en:SSG ru:СГБ", country=GE),
    org(None, "security_service", "National Security Service of Armenia", fr="Service de sécurité nationale d'Arménie", ru="Служба национальной безопасности Армении", acr="en:NSS ru:СНБ", country=AM),
    org(None, "security_service", "State Security Service of Azerbaijan", fr="Service de sécurité de l'État d'Azerbaïdjan", ru="Служба государственной безопасности Азербайджана", acr="en:DTX ru:СГБ", country=AZ),
    org(None, "intelligence_service", "Inter-Services Intelligence", fr="Inter-Services Intelligence|renseignement pakistanais", ru="Межведомственная разведка Пакистана", de="Inter-Services Intelligence", acr="en:ISI fr:ISI ru:ISI de:ISI es:ISI it:ISI", country=PK),
    org(None, "intelligence_service", "Research and Analysis Wing", fr="Research and Analysis Wing", ru="Отдел исследований и анализа", acr="en:RAW en:R&AW fr:RAW", country=IN),
    org(None, "intelligence_service", "Ministry of State Security", en="Chinese Ministry of State Security", fr="ministère de la Sécurité de l'État", ru="Министерство государственной безопасности КНР", de="Ministerium für Staatssicherheit der Volksrepublik China", es="Ministerio de Seguridad del Estado", it="Ministero della Sicurezza di Stato", acr="en:MSS fr:MSS ru:МГБ_КНР", country=CN),
    org(None, "security_service", "Stasi", en="Ministry for State Security", fr="Stasi", ru="Штази|Министерство государственной безопасности ГДР", de="Stasi|Ministerium für Staatssicherheit", es="Stasi", it="Stasi"),
    org(None, "intelligence_service", "Ministry of Intelligence of Iran", en="Iranian Ministry of Intelligence", fr="ministère du Renseignement iranien", ru="Министерство разведки Ирана", acr="en:MOIS en:VAJA", country=IR),
    org(None, "intelligence_service", "General Intelligence Directorate of Egypt", en="Egyptian General Intelligence", fr="services de renseignement égyptiens", ru="Главное разведывательное управление Египта", acr="en:GID", country=EG),
]

# Third 2026 batch: "Secret Service" alone is the American service in English (capitalised; the
# British "secret service" is a common noun).
SERVICES += [
    org(None, "security_service", "United States Secret Service", US, acr="en:USSS", en="Secret Service|US Secret Service|U.S. Secret Service", fr="Secret Service|Service secret des États-Unis", ru="Секретная служба США", de="Secret Service|US-Secret-Service", es="Servicio Secreto de los Estados Unidos", it="Servizio segreto degli Stati Uniti"),
]

# ------------------------------------------------------------------ armed groups and movements
ARMED = [
    org(None, "private_military_company", "Wagner Group", en="Wagner|PMC Wagner|Wagner PMC", fr="groupe Wagner|Wagner|milice Wagner", ru="ЧВК Вагнер|ЧВК «Вагнер»|Вагнер|группа Вагнера", de="Gruppe Wagner|Wagner-Gruppe|Wagner", es="Grupo Wagner|Wagner", it="Gruppo Wagner|Wagner", country=RU),
    org(None, "private_military_company", "Africa Corps", fr="Africa Corps|Afrika Korps", ru="Африканский корпус", de="Afrikakorps", country=RU),
    org("Q38799", "armed_group", "Hamas", en="Islamic Resistance Movement", fr="Hamas|Mouvement de la résistance islamique", ru="ХАМАС|Движение исламского сопротивления", de="Hamas", es="Hamás", it="Hamas", acr="ru:ХАМАС"),
    org(None, "armed_group", "Izz ad-Din al-Qassam Brigades", en="al-Qassam Brigades|Qassam Brigades", fr="Brigades Izz al-Din al-Qassam|brigades Ezzedine al-Qassam", ru="Бригады «Изз ад-Дин аль-Кассам»|Бригады Изз ад-Дин аль-Кассам", de="Essedin-al-Qassam-Brigaden|Qassam-Brigaden", es="Brigadas de Ezzeldín al-Qassam", it="Brigate Ezzedin al-Qassam"),
    org(None, "armed_group", "Palestinian Islamic Jihad", en="Islamic Jihad", fr="Jihad islamique palestinien|Jihad islamique", ru="Палестинский исламский джихад|Исламский джихад", de="Palästinensischer Islamischer Dschihad|Islamischer Dschihad", es="Yihad Islámica Palestina|Yihad Islámica", it="Jihad islamica palestinese|Jihad islamica"),
    org("Q41053", "armed_group", "Hezbollah", en="Hizbollah|Hizbullah", fr="Hezbollah", ru="Хезболла|Хизбалла", de="Hisbollah", es="Hezbolá", it="Hezbollah", country=LB),
    org("Q2429253", "armed_group", "Islamic State", en="ISIS|ISIL|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria|Daesh|IS", fr="État islamique|Etat islamique|Daech|organisation État islamique", ru="Исламское государство|ИГИЛ|ДАИШ|ИГ", de="Islamischer Staat|IS|Daesch", es="Estado Islámico|Dáesh|EI", it="Stato Islamico|Daesh|ISIS", acr="en:ISIS en:ISIL en:IS fr:EI fr:EIIL ru:ИГИЛ ru:ИГ de:IS es:EI it:ISIS"),
    org(None, "armed_group", "Islamic State – Khorasan Province", en="ISIS-K|ISKP|IS-K", fr="État islamique au Khorassan|EI-K", ru="Вилаят Хорасан|ИГИЛ-Хорасан", de="Islamischer Staat Provinz Khorasan|ISPK", es="Estado Islámico del Gran Jorasán", it="Stato Islamico del Khorasan", acr="en:ISKP en:ISIS-K"),
    org("Q34490", "armed_group", "al-Qaeda", en="Al-Qaeda|al-Qaida|Al Qaeda|al Qaeda", fr="al-Qaïda|Al-Qaïda|Al Qaïda", ru="Аль-Каида", de="al-Qaida|Al-Qaida", es="al-Qaeda|Al Qaeda", it="al-Qaida|Al Qaeda"),
    org(None, "armed_group", "Al-Qaeda in the Islamic Maghreb", fr="al-Qaïda au Maghreb islamique", ru="Аль-Каида в странах исламского Магриба", de="al-Qaida im Islamischen Maghreb", es="Al Qaeda del Magreb Islámico", it="al-Qaida nel Maghreb islamico", acr="en:AQIM fr:AQMI ru:АКИМ es:AQMI"),
    org(None, "armed_group", "Jama'at Nasr al-Islam wal-Muslimin", en="JNIM|Group for the Support of Islam and Muslims", fr="Groupe de soutien à l'islam et aux musulmans|JNIM", ru="Джамаат Нусрат аль-Ислам валь-Муслимин", acr="en:JNIM fr:JNIM fr:GSIM"),
    org("Q42418", "armed_group", "Taliban", en="Taleban", fr="talibans|Talibans|taliban", ru="Талибан|талибы|Движение Талибан", de="Taliban", es="talibanes|Talibán", it="talebani|Talebani", country="Q889"),
    org(None, "armed_group", "Houthis", en="Houthi movement|Ansar Allah|Ansarullah|Houthi", fr="Houthis|houthistes|Ansar Allah|rebelles houthis", ru="Хуситы|Ансар Аллах|хуситы", de="Huthi|Huthis|Ansar Allah", es="hutíes|Ansar Alá", it="Houthi|Ansar Allah", country="Q805"),
    org(None, "armed_group", "Kurdistan Workers' Party", en="PKK", fr="Parti des travailleurs du Kurdistan", ru="Рабочая партия Курдистана", de="Arbeiterpartei Kurdistans", es="Partido de los Trabajadores de Kurdistán", it="Partito dei Lavoratori del Kurdistan", acr="en:PKK fr:PKK ru:РПК de:PKK es:PKK it:PKK"),
    org(None, "armed_group", "People's Defense Units", en="People's Protection Units|YPG", fr="Unités de protection du peuple", ru="Отряды народной самообороны", de="Volksverteidigungseinheiten", es="Unidades de Protección Popular", it="Unità di Protezione Popolare", acr="en:YPG fr:YPG ru:YPG de:YPG es:YPG it:YPG"),
    org(None, "armed_group", "Syrian Democratic Forces", fr="Forces démocratiques syriennes", ru="Сирийские демократические силы", de="Demokratische Kräfte Syriens", es="Fuerzas Democráticas Sirias", it="Forze Democratiche Siriane", acr="en:SDF fr:FDS ru:СДС de:SDF es:FDS it:SDF", country=SY),
    org(None, "armed_group", "Hay'at Tahrir al-Sham", en="HTS|Hayat Tahrir al-Sham|Tahrir al-Sham", fr="Hayat Tahrir al-Cham|HTC", ru="Хайят Тахрир аш-Шам|Хайят Тахрир аш-Шам", de="Hai'at Tahrir asch-Scham|HTS", es="Hayat Tahrir al Sham|HTS", it="Hay'at Tahrir al-Sham|HTS", acr="en:HTS fr:HTC fr:HTS ru:ХТШ de:HTS es:HTS it:HTS"),
    org(None, "armed_group", "Jabhat al-Nusra", en="al-Nusra Front|Nusra Front", fr="Front al-Nosra|Jabhat al-Nosra", ru="Джебхат ан-Нусра|Фронт ан-Нусра", de="Al-Nusra-Front", es="Frente al-Nusra", it="Fronte al-Nusra"),
    org(None, "armed_group", "al-Shabaab", en="Al-Shabaab|al-Shabab|Harakat al-Shabaab al-Mujahideen", fr="Chebab|shebab|al-Shabaab", ru="Аш-Шабаб|Харакат аш-Шабаб", de="al-Shabaab|asch-Schabab", es="al Shabab", it="al-Shabaab", country="Q1045"),
    org(None, "armed_group", "Boko Haram", fr="Boko Haram", ru="Боко харам|Боко Харам", de="Boko Haram", es="Boko Haram", it="Boko Haram", country="Q1033"),
    org(None, "armed_group", "Azov Brigade", en="Azov Regiment|Azov Battalion|Azov", fr="régiment Azov|bataillon Azov|Azov", ru="Азов|полк «Азов»|батальон «Азов»|полк Азов|батальон Азов", de="Asow-Regiment|Asow", es="Regimiento Azov|Batallón Azov", it="Battaglione Azov|Reggimento Azov", uk="Азов", country=UA),
    org(None, "armed_group", "M23", en="March 23 Movement", fr="Mouvement du 23 mars|M23", ru="Движение 23 марта|М23", de="Bewegung 23. März", es="Movimiento 23 de Marzo", it="Movimento 23 marzo", country="Q974"),
    org(None, "armed_group", "Rapid Support Forces", fr="Forces de soutien rapide", ru="Силы быстрого реагирования", de="Rapid Support Forces|Schnelle Eingreiftruppe", es="Fuerzas de Apoyo Rápido", it="Forze di supporto rapido", acr="en:RSF fr:FSR", country="Q1049"),
    org(None, "armed_group", "Kataib Hezbollah", fr="Kataëb Hezbollah", ru="Катаиб Хезболла", de="Kata'ib Hisbollah", country=IQ),
    org(None, "armed_group", "Popular Mobilization Forces", en="Hashd al-Shaabi|Popular Mobilization Units", fr="Hachd al-Chaabi|Unités de mobilisation populaire", ru="Силы народной мобилизации|Хашд аш-Шааби", de="Volksmobilisierungseinheiten", country=IQ),
    org(None, "movement", "Muslim Brotherhood", fr="Frères musulmans|confrérie des Frères musulmans", ru="Братья-мусульмане", de="Muslimbruderschaft|Muslimbrüder", es="Hermanos Musulmanes", it="Fratelli Musulmani"),
    org(None, "armed_group", "Hizb ut-Tahrir", fr="Hizb ut-Tahrir", ru="Хизб ут-Тахрир", de="Hizb ut-Tahrir", es="Hizb ut-Tahrir", it="Hizb ut-Tahrir"),
    org(None, "armed_group", "Islamic Movement of Uzbekistan", fr="Mouvement islamique d'Ouzbékistan", ru="Исламское движение Узбекистана", de="Islamische Bewegung Usbekistans", acr="en:IMU fr:MIO ru:ИДУ"),
    org(None, "armed_group", "Fatah", en="Fateh", fr="Fatah", ru="ФАТХ|Фатх", de="Fatah", es="Fatah|Al Fatah", it="Fatah", acr="ru:ФАТХ", country=PS),
    org("Q42620", "government_body", "Palestinian Authority", en="Palestinian National Authority", fr="Autorité palestinienne", ru="Палестинская национальная администрация|Палестинская администрация", de="Palästinensische Autonomiebehörde", es="Autoridad Nacional Palestina", it="Autorità Nazionale Palestinese", acr="en:PA fr:AP ru:ПНА de:PA es:ANP it:ANP", country=PS),
    org(None, "armed_group", "Free Syrian Army", fr="Armée syrienne libre", ru="Свободная сирийская армия", de="Freie Syrische Armee", es="Ejército Libre Sirio", it="Esercito siriano libero", acr="en:FSA fr:ASL ru:ССА de:FSA es:ELS it:ESL", country=SY),
    org(None, "armed_group", "Russian Volunteer Corps", fr="Corps des volontaires russes", ru="Русский добровольческий корпус", de="Russisches Freiwilligenkorps", acr="en:RDK fr:RDK ru:РДК"),
    org(None, "armed_group", "Freedom of Russia Legion", fr="Légion Liberté de la Russie", ru="Легион «Свобода России»|Легион Свобода России", de="Legion Freiheit Russlands"),
    org(None, "armed_group", "Akhmat", en="Akhmat special forces", fr="forces Akhmat|bataillon Akhmat", ru="Ахмат|спецназ «Ахмат»", country=RU),
]

# Third 2026 batch: the Ku Klux Klan (a movement) and MS-13 (a criminal organisation).
ARMED += [
    org(None, "movement", "Ku Klux Klan", US, acr="en:KKK fr:KKK ru:ККК de:KKK es:KKK it:KKK", en="the Klan|Klan", fr="Ku Klux Klan|Ku-Klux-Klan", ru="Ку-клукс-клан", de="Ku-Klux-Klan|Ku Klux Klan", es="Ku Klux Klan", it="Ku Klux Klan"),
    org(None, "criminal_organization", "MS-13", en="Mara Salvatrucha|MS13", fr="MS-13|Mara Salvatrucha", ru="MS-13|Мара Сальватруча", de="MS-13|Mara Salvatrucha", es="MS-13|Mara Salvatrucha", it="MS-13|Mara Salvatrucha"),
]

# ------------------------------------------------------------------ companies
def company(qid, name, country=None, acr="", decline=True, **langs):
    # Russian declines a one-word firm name written in Cyrillic ("Боинга"); a name of two
    # words or more is quoted undeclined ("компании Локхид Мартин"): `decline=False`.
    return entity(qid, "ORG", "company", name, country, acr, ru_decline=decline, **langs)


# Private companies in political and geopolitical news (state companies are organisations
# above). A family name shared by a firm and its founders ("Dassault") is no alias: alone it is
# as often the person. "X" alone (Twitter's new name) is left out: it is a letter.
COMPANIES = [
    company(None, "Alstom", FR, fr="Alstom", ru="Альстом", de="Alstom", es="Alstom", it="Alstom"),
    company(None, "McKinsey & Company", US, en="McKinsey|McKinsey & Co.", fr="McKinsey|cabinet McKinsey", ru="McKinsey|Маккинзи", de="McKinsey", es="McKinsey", it="McKinsey"),
    # Bayer took Monsanto over in 2018; the press names the merged group "Bayer-Monsanto".
    company(None, "Bayer", DE, en="Bayer AG|Bayer-Monsanto", fr="Bayer|Bayer-Monsanto", ru="Байер", de="Bayer|Bayer AG|Bayer-Monsanto", es="Bayer", it="Bayer"),
    company(None, "Monsanto", US, fr="Monsanto", ru="Монсанто", de="Monsanto", es="Monsanto", it="Monsanto"),
    company("Q206921", "Pfizer", US, en="Pfizer Inc.", fr="Pfizer", ru="Пфайзер|Pfizer", de="Pfizer", es="Pfizer", it="Pfizer"),
    company(None, "BioNTech", DE, fr="BioNTech", ru="BioNTech|Бионтех", de="BioNTech", es="BioNTech", it="BioNTech"),
    company(None, "Moderna", US, fr="Moderna", ru="Moderna|Модерна", de="Moderna", es="Moderna", it="Moderna"),
    company(None, "AstraZeneca", GB, fr="AstraZeneca", ru="AstraZeneca|АстраЗенека", de="AstraZeneca", es="AstraZeneca", it="AstraZeneca"),
    company(None, "BlackRock", US, fr="BlackRock", ru="BlackRock|БлэкРок", de="BlackRock", es="BlackRock", it="BlackRock"),
    # "Total" alone only where the press calls the firm so and the word is no common one in capitals.
    company(None, "TotalEnergies", FR, en="Total SA", fr="TotalEnergies|Total|Total SA", ru="TotalEnergies|Total|Тоталь", de="TotalEnergies", es="TotalEnergies", it="TotalEnergies"),
    company(None, "Thales Group", FR, en="Thales", fr="Thales|groupe Thales", ru="Thales|Талес", de="Thales", es="Thales", it="Thales"),
    company(None, "Dassault Aviation", FR, decline=False, fr="Dassault Aviation", ru="Dassault Aviation|Дассо Авиасьон", de="Dassault Aviation", es="Dassault Aviation", it="Dassault Aviation"),
    company("Q67", "Airbus", fr="Airbus", ru="Airbus|Эйрбас", de="Airbus", es="Airbus", it="Airbus"),
    company("Q66", "Boeing", US, en="Boeing Company|The Boeing Company", fr="Boeing", ru="Boeing|Боинг", de="Boeing", es="Boeing", it="Boeing"),
    company("Q7240", "Lockheed Martin", US, decline=False, en="Lockheed", fr="Lockheed Martin|Lockheed", ru="Lockheed Martin|Локхид Мартин|Локхид", de="Lockheed Martin", es="Lockheed Martin", it="Lockheed Martin"),
    company(None, "Raytheon", US, en="Raytheon Technologies|Raytheon Company|RTX Corporation", fr="Raytheon|Raytheon Technologies", ru="Raytheon|Рейтеон", de="Raytheon", es="Raytheon", it="Raytheon", acr="en:RTX fr:RTX de:RTX"),
    company("Q95", "Google", US, fr="Google", ru="Google|Гугл", de="Google", es="Google", it="Google"),
    # Facebook, Inc. renamed itself Meta Platforms in 2021: one company.
    company("Q380", "Meta Platforms", US, en="Meta|Facebook|Facebook Inc.", fr="Meta|Facebook", ru="Meta|Facebook|Фейсбук", de="Meta|Facebook", es="Meta|Facebook", it="Meta|Facebook"),
    # "X" alone is a letter; the network's new name only in forms that say what it is.
    company("Q918", "Twitter", US, en="Twitter Inc.|X Corp.|X (formerly Twitter)|X, formerly Twitter", fr="Twitter|X (ex-Twitter)|X (anciennement Twitter)|réseau social X", ru="Twitter|Твиттер|соцсеть X", de="Twitter|X (ehemals Twitter)", es="Twitter|X (antes Twitter)", it="Twitter|X (ex Twitter)"),
    company("Q2283", "Microsoft", US, fr="Microsoft", ru="Microsoft|Майкрософт", de="Microsoft", es="Microsoft", it="Microsoft"),
    company("Q312", "Apple Inc.", US, en="Apple", fr="Apple", ru="Apple", de="Apple", es="Apple", it="Apple"),
    company("Q3884", "Amazon", US, en="Amazon.com", fr="Amazon", ru="Amazon", de="Amazon", es="Amazon", it="Amazon"),
    company("Q478214", "Tesla, Inc.", US, en="Tesla|Tesla Motors", fr="Tesla", ru="Tesla|Тесла", de="Tesla", es="Tesla", it="Tesla"),
    # ---- banks and financial firms. A founding family's name is no alias (the Dassault rule):
    # "Rothschild" alone is the family as often as the bank.
    company("Q193326", "Goldman Sachs", US, decline=False, en="Goldman Sachs Group", fr="Goldman Sachs|banque Goldman Sachs", ru="Goldman Sachs|Голдман Сакс", de="Goldman Sachs", es="Goldman Sachs", it="Goldman Sachs"),
    company("Q192314", "JPMorgan Chase", US, decline=False, en="JPMorgan|JP Morgan|J.P. Morgan|JPMorgan Chase & Co.", fr="JPMorgan Chase|JPMorgan|JP Morgan|J.P. Morgan", ru="JPMorgan Chase|JPMorgan|Джей Пи Морган", de="JPMorgan Chase|JPMorgan|JP Morgan", es="JPMorgan Chase|JPMorgan|JP Morgan", it="JPMorgan Chase|JPMorgan|JP Morgan"),
    company(None, "Morgan Stanley", US, decline=False, fr="Morgan Stanley", ru="Morgan Stanley|Морган Стэнли", de="Morgan Stanley", es="Morgan Stanley", it="Morgan Stanley"),
    # "Vanguard" alone is an English word and a class of British submarines: only the firm's names.
    company(None, "The Vanguard Group", US, decline=False, en="Vanguard Group", fr="Vanguard|Vanguard Group|groupe Vanguard", ru="Vanguard|Вэнгард", de="Vanguard|Vanguard Group", es="Vanguard|Vanguard Group", it="Vanguard|Vanguard Group"),
    company(None, "Citigroup", US, en="Citi|Citibank", fr="Citigroup|Citi|Citibank", ru="Citigroup|Ситигруп|Ситибанк", de="Citigroup|Citi|Citibank", es="Citigroup|Citi|Citibank", it="Citigroup|Citi|Citibank"),
    company("Q190464", "HSBC", GB, acr="en:HSBC fr:HSBC ru:HSBC de:HSBC es:HSBC it:HSBC", en="HSBC Holdings", ru="Эйч-эс-би-си"),
    company(None, "Barclays", GB, fr="Barclays", ru="Barclays|Барклайс", de="Barclays", es="Barclays", it="Barclays"),
    company("Q66048", "Deutsche Bank", DE, decline=False, fr="Deutsche Bank", ru="Deutsche Bank|Дойче банк", de="Deutsche Bank", es="Deutsche Bank", it="Deutsche Bank"),
    company(None, "UBS", "Q39", acr="en:UBS fr:UBS ru:UBS de:UBS es:UBS it:UBS", en="UBS Group", fr="banque UBS"),
    company(None, "Credit Suisse", "Q39", decline=False, fr="Credit Suisse|Crédit suisse|Crédit Suisse", ru="Credit Suisse|Креди Свисс", de="Credit Suisse", es="Credit Suisse", it="Credit Suisse"),
    company("Q499707", "BNP Paribas", FR, decline=False, fr="BNP Paribas|BNP", ru="BNP Paribas", de="BNP Paribas", es="BNP Paribas", it="BNP Paribas", acr="fr:BNP en:BNP"),
    company(None, "Société Générale", FR, decline=False, en="Societe Generale|SocGen", fr="Société générale|Société Générale|SocGen", ru="Société Générale|Сосьете Женераль", de="Société Générale", es="Société Générale", it="Société Générale"),
    company(None, "Crédit Agricole", FR, decline=False, en="Credit Agricole", fr="Crédit agricole|Crédit Agricole|Credit Agricole", ru="Crédit Agricole|Креди Агриколь", de="Crédit Agricole", es="Crédit Agricole", it="Crédit Agricole"),
    company(None, "Rothschild & Co", FR, decline=False, en="Rothschild & Co.|N M Rothschild & Sons", fr="Rothschild & Co|Rothschild & Cie|banque Rothschild|Rothschild & Cie Banque", ru="Rothschild & Co|банк Ротшильдов", de="Rothschild & Co", es="Rothschild & Co", it="Rothschild & Co"),
    # ---- energy (Gazprom, Rosneft, Naftogaz, Saudi Aramco, EDF, Uniper: state companies above)
    company("Q329347", "Lukoil", RU, acr="en:LUKOIL fr:LUKOIL ru:ЛУКОЙЛ", fr="Loukoïl|Lukoil", ru="Лукойл", de="Lukoil", es="Lukoil", it="Lukoil"),
    company(None, "Novatek", RU, fr="Novatek", ru="Новатэк|НОВАТЭК", de="Nowatek|Novatek", es="Novatek", it="Novatek"),
    company("Q154950", "Shell plc", GB, en="Shell|Royal Dutch Shell", fr="Shell|Royal Dutch Shell", ru="Shell|Шелл|Royal Dutch Shell", de="Shell|Royal Dutch Shell", es="Shell|Royal Dutch Shell", it="Shell|Royal Dutch Shell"),
    company(None, "BP", GB, acr="en:BP fr:BP ru:BP de:BP es:BP it:BP", en="British Petroleum|BP plc", fr="British Petroleum", ru="Бритиш Петролеум|British Petroleum", de="British Petroleum"),
    company(None, "ExxonMobil", US, en="Exxon Mobil|Exxon", fr="ExxonMobil|Exxon Mobil|Exxon", ru="ExxonMobil|Эксон Мобил|Exxon", de="ExxonMobil|Exxon", es="ExxonMobil|Exxon", it="ExxonMobil|Exxon"),
    company(None, "Chevron Corporation", US, en="Chevron", fr="Chevron", ru="Chevron|Шеврон", de="Chevron", es="Chevron", it="Chevron"),
    company(None, "Engie", FR, en="GDF Suez", fr="Engie|GDF Suez|Gaz de France", ru="Engie|GDF Suez", de="Engie", es="Engie", it="Engie"),
    # ---- industry and defence
    company("Q81230", "Siemens", DE, en="Siemens AG", fr="Siemens", ru="Siemens|Сименс", de="Siemens", es="Siemens", it="Siemens"),
    company(None, "Rolls-Royce Holdings", GB, en="Rolls-Royce", fr="Rolls-Royce", ru="Rolls-Royce|Роллс-Ройс", de="Rolls-Royce", es="Rolls-Royce", it="Rolls-Royce"),
    company(None, "Northrop Grumman", US, decline=False, fr="Northrop Grumman", ru="Northrop Grumman|Нортроп Грумман", de="Northrop Grumman", es="Northrop Grumman", it="Northrop Grumman"),
    company(None, "General Dynamics", US, decline=False, fr="General Dynamics", ru="General Dynamics|Дженерал Дайнемикс", de="General Dynamics", es="General Dynamics", it="General Dynamics"),
    company(None, "BAE Systems", GB, decline=False, fr="BAE Systems", ru="BAE Systems", de="BAE Systems", es="BAE Systems", it="BAE Systems"),
    # "Safran" is saffron in German (a capitalised noun): not in German.
    company(None, "Safran S.A.", FR, en="Safran", fr="Safran|groupe Safran", ru="Safran|Сафран", de="Safran S.A.|Safran-Konzern", es="Safran", it="Safran"),
    company(None, "Rheinmetall", DE, fr="Rheinmetall", ru="Rheinmetall|Рейнметалл", de="Rheinmetall", es="Rheinmetall", it="Rheinmetall"),
    company(None, "KNDS", acr="en:KNDS fr:KNDS de:KNDS ru:KNDS es:KNDS it:KNDS", en="KMW+Nexter Defense Systems", fr="KMW+Nexter Defense Systems"),
    company(None, "Krauss-Maffei Wegmann", DE, decline=False, fr="Krauss-Maffei Wegmann", ru="Krauss-Maffei Wegmann|Краусс-Маффей Вегманн", de="Krauss-Maffei Wegmann", es="Krauss-Maffei Wegmann", it="Krauss-Maffei Wegmann", acr="en:KMW fr:KMW de:KMW"),
    company(None, "Nexter", FR, en="Nexter Systems|GIAT Industries", fr="Nexter|Nexter Systems|GIAT Industries", ru="Nexter", de="Nexter", es="Nexter", it="Nexter"),
    company(None, "MBDA", acr="en:MBDA fr:MBDA ru:MBDA de:MBDA es:MBDA it:MBDA"),
    # "Leonardo" alone is a first name: the firm's full names only.
    company(None, "Leonardo S.p.A.", IT, decline=False, en="Leonardo SpA|Leonardo-Finmeccanica|Finmeccanica", fr="Leonardo-Finmeccanica|Finmeccanica|groupe Leonardo", ru="Leonardo S.p.A.|Финмекканика", de="Leonardo S.p.A.|Finmeccanica", es="Leonardo S.p.A.|Finmeccanica", it="Leonardo S.p.A.|Leonardo-Finmeccanica|Finmeccanica"),
    company(None, "Baykar", TR, fr="Baykar", ru="Baykar|Байкар", de="Baykar", es="Baykar", it="Baykar"),
    # ---- tech and platforms (kind online_platform: the networks and services themselves)
    # "Alphabet" is a common noun, capitalised in German: not in German.
    company(None, "Alphabet Inc.", US, en="Alphabet", fr="Alphabet", ru="Alphabet|Алфавит Инк.", es="Alphabet", it="Alphabet"),
    entity("Q209330", "ORG", "online_platform", "Instagram", US, fr="Instagram", ru="Instagram|Инстаграм", de="Instagram", es="Instagram", it="Instagram"),
    entity("Q1049511", "ORG", "online_platform", "WhatsApp", US, fr="WhatsApp", ru="WhatsApp|Ватсап|Вотсап", de="WhatsApp", es="WhatsApp", it="WhatsApp"),
    entity("Q48938223", "ORG", "online_platform", "TikTok", CN, fr="TikTok", ru="TikTok|Тикток|ТикТок", de="TikTok", es="TikTok", it="TikTok"),
    company(None, "ByteDance", CN, fr="ByteDance", ru="ByteDance|Байтдэнс", de="ByteDance", es="ByteDance", it="ByteDance"),
    entity(None, "ORG", "online_platform", "Telegram", fr="Telegram|messagerie Telegram", ru="Telegram|Телеграм|Телеграмм", de="Telegram", es="Telegram", it="Telegram"),
    entity(None, "ORG", "online_platform", "VK", RU, acr="en:VK fr:VK ru:VK de:VK es:VK it:VK", en="VKontakte", fr="VKontakte|VKontakte", ru="ВКонтакте|ВК|Вконтакте", de="VKontakte", es="VKontakte", it="VKontakte"),
    company(None, "Yandex", RU, fr="Yandex|Iandex", ru="Яндекс", de="Yandex", es="Yandex", it="Yandex"),
    entity("Q866", "ORG", "online_platform", "YouTube", US, fr="YouTube|Youtube", ru="YouTube|Ютуб|Ютьюб", de="YouTube", es="YouTube", it="YouTube"),
    company("Q907311", "Netflix", US, fr="Netflix", ru="Netflix|Нетфликс", de="Netflix", es="Netflix", it="Netflix"),
    company("Q193701", "SpaceX", US, fr="SpaceX", ru="SpaceX|Спейс Икс", de="SpaceX", es="SpaceX", it="SpaceX"),
    entity(None, "ORG", "satellite_service", "Starlink", US, fr="Starlink", ru="Starlink|Старлинк", de="Starlink", es="Starlink", it="Starlink"),
    company(None, "OpenAI", US, fr="OpenAI", ru="OpenAI", de="OpenAI", es="OpenAI", it="OpenAI"),
    company(None, "Nvidia", US, en="NVIDIA", fr="Nvidia|NVIDIA", ru="Nvidia|Нвидиа", de="Nvidia", es="Nvidia", it="Nvidia"),
    company("Q160120", "Huawei", CN, fr="Huawei", ru="Huawei|Хуавэй|Хуавей", de="Huawei", es="Huawei", it="Huawei"),
    company(None, "Palantir Technologies", US, en="Palantir", fr="Palantir", ru="Palantir|Палантир", de="Palantir", es="Palantir", it="Palantir"),
    # ---- pharmaceuticals ("Roche" alone is a surname, and a French common noun: no bare alias)
    company(None, "Johnson & Johnson", US, decline=False, acr="en:J&J fr:J&J", fr="Johnson & Johnson", ru="Johnson & Johnson|Джонсон и Джонсон", de="Johnson & Johnson", es="Johnson & Johnson", it="Johnson & Johnson"),
    company("Q158205", "Sanofi", FR, fr="Sanofi|Sanofi-Aventis", ru="Sanofi|Санофи", de="Sanofi", es="Sanofi", it="Sanofi"),
    company(None, "Novartis", "Q39", fr="Novartis", ru="Novartis|Новартис", de="Novartis", es="Novartis", it="Novartis"),
    company(None, "F. Hoffmann-La Roche", "Q39", en="Hoffmann-La Roche|Roche Holding|Roche Group", fr="Hoffmann-La Roche|laboratoire Roche|laboratoires Roche|groupe Roche", ru="Хоффманн-Ля Рош|Hoffmann-La Roche", de="Hoffmann-La Roche|Roche Holding", es="Hoffmann-La Roche|Roche Holding", it="Hoffmann-La Roche|Roche Holding"),
    # ---- consultancies and others
    company(None, "Deloitte", GB, fr="Deloitte", ru="Deloitte|Делойт", de="Deloitte", es="Deloitte", it="Deloitte"),
    company(None, "KPMG", acr="en:KPMG fr:KPMG ru:KPMG de:KPMG es:KPMG it:KPMG"),
    company(None, "PwC", GB, en="PricewaterhouseCoopers", fr="PwC|PricewaterhouseCoopers", ru="PwC|PricewaterhouseCoopers", de="PwC|PricewaterhouseCoopers", es="PwC", it="PwC"),
    company(None, "Accenture", fr="Accenture", ru="Accenture|Аксенчер", de="Accenture", es="Accenture", it="Accenture"),
    company(None, "Burisma Holdings", UA, en="Burisma", fr="Burisma", ru="Burisma|Бурисма", de="Burisma", es="Burisma", it="Burisma"),
    # ---- French firms. "Bouygues" alone is the family (Martin Bouygues) as often as the group;
    # "Orange" alone is the town too (cities): the tagger's label decides, in French only.
    company("Q504998", "LVMH", FR, acr="en:LVMH fr:LVMH ru:LVMH de:LVMH es:LVMH it:LVMH", en="LVMH Moët Hennessy Louis Vuitton", fr="LVMH Moët Hennessy Louis Vuitton|Moët Hennessy Louis Vuitton"),
    company(None, "Vinci SA", FR, en="Vinci", fr="Vinci|groupe Vinci|Vinci Autoroutes", ru="Vinci|Венси"),
    company(None, "Bouygues SA", FR, en="Bouygues group", fr="groupe Bouygues"),
    company(None, "Orange S.A.", FR, en="Orange SA|France Télécom", fr="Orange|groupe Orange|France Télécom|France Telecom", ru="Orange S.A.|France Télécom"),
    company("Q6686", "Renault", FR, en="Renault Group", fr="Renault|groupe Renault|Renault Group", ru="Renault|Рено", de="Renault", es="Renault", it="Renault"),
    company(None, "Stellantis", fr="Stellantis", ru="Stellantis|Стеллантис", de="Stellantis", es="Stellantis", it="Stellantis"),
    company(None, "Peugeot", FR, en="PSA Group|Groupe PSA", fr="Peugeot|PSA|PSA Peugeot Citroën|groupe PSA", ru="Peugeot|Пежо", de="Peugeot", es="Peugeot", it="Peugeot"),
    company(None, "Carrefour", FR, fr="Carrefour|groupe Carrefour", ru="Carrefour|Карфур", de="Carrefour", es="Carrefour", it="Carrefour"),
    company("Q160746", "Nestlé", "Q39", en="Nestle", fr="Nestlé|Nestle", ru="Nestlé|Нестле", de="Nestlé", es="Nestlé", it="Nestlé"),
    company(None, "Danone", FR, fr="Danone", ru="Danone|Данон", de="Danone", es="Danone", it="Danone"),
    # ---- consumer goods, platforms, media groups and funds of the news. "Disney" alone is the
    # company (Walt Disney himself is rarely named alone in the news); "Uber" folds to German
    # "über" (the lookup drops diacritics), so not in German.
    company(None, "PepsiCo", US, decline=False, fr="PepsiCo", ru="PepsiCo|Пепсико", de="PepsiCo", es="PepsiCo", it="PepsiCo"),
    company(None, "The Coca-Cola Company", US, decline=False, en="Coca-Cola|Coca-Cola Company", fr="Coca-Cola|groupe Coca-Cola", ru="Coca-Cola|Кока-Кола", de="Coca-Cola", es="Coca-Cola", it="Coca-Cola"),
    company(None, "Airbnb", US, fr="Airbnb", ru="Airbnb", de="Airbnb", es="Airbnb", it="Airbnb"),
    company(None, "Uber Technologies", US, en="Uber", fr="Uber", ru="Uber|Убер", de="Uber Technologies", es="Uber", it="Uber"),
    company("Q7414", "The Walt Disney Company", US, decline=False, en="Walt Disney Company|Disney", fr="Disney|Walt Disney Company|groupe Disney", ru="Disney|Дисней|Walt Disney Company", de="Disney|Walt Disney Company", es="Disney|Walt Disney Company", it="Disney|Walt Disney Company"),
    # Bill Gates's climate fund (its venture arm is the name the press uses as often).
    company(None, "Breakthrough Energy", US, decline=False, en="Breakthrough Energy Ventures", fr="Breakthrough Energy|Breakthrough Energy Ventures", ru="Breakthrough Energy", de="Breakthrough Energy", es="Breakthrough Energy", it="Breakthrough Energy"),
    # Industrial, energy, car and consumer groups the energy-crisis and sanctions news names.
    # Left out: "Intel" (English "intel"), "Visa" (a visa), "Suez" (the canal).
    company(None, "BASF", DE, fr="BASF", ru="BASF|БАСФ", de="BASF", es="BASF", it="BASF"),
    company(None, "Eni", IT, fr="ENI|Eni", ru="Eni|ENI", de="Eni", es="Eni", it="Eni|ENI"),
    company(None, "Equinor", fr="Equinor", ru="Equinor|Эквинор", de="Equinor", es="Equinor", it="Equinor"),
    company(None, "Wintershall Dea", DE, decline=False, en="Wintershall", fr="Wintershall|Wintershall Dea", ru="Wintershall|Wintershall Dea", de="Wintershall|Wintershall Dea", es="Wintershall Dea", it="Wintershall Dea"),
    company(None, "Siemens Energy", DE, decline=False, fr="Siemens Energy", ru="Siemens Energy", de="Siemens Energy", es="Siemens Energy", it="Siemens Energy"),
    company(None, "ArcelorMittal", fr="ArcelorMittal", ru="ArcelorMittal", de="ArcelorMittal", es="ArcelorMittal", it="ArcelorMittal"),
    company(None, "Saint-Gobain", FR, fr="Saint-Gobain", ru="Saint-Gobain|Сен-Гобен", de="Saint-Gobain", es="Saint-Gobain", it="Saint-Gobain"),
    company(None, "Michelin", FR, fr="Michelin", ru="Michelin|Мишлен", de="Michelin", es="Michelin", it="Michelin"),
    company(None, "Veolia", FR, fr="Veolia", ru="Veolia", de="Veolia", es="Veolia", it="Veolia"),
    company(None, "AXA", FR, fr="AXA|Axa", ru="AXA", de="AXA", es="AXA", it="AXA"),
    company(None, "Kering", FR, fr="Kering", ru="Kering", de="Kering", es="Kering", it="Kering"),
    company(None, "L'Oréal", FR, fr="L'Oréal", ru="L'Oréal|Л'Ореаль", de="L'Oréal", es="L'Oréal", it="L'Oréal"),
    company(None, "Vivendi", FR, fr="Vivendi", ru="Vivendi", de="Vivendi", es="Vivendi", it="Vivendi"),
    company(None, "Volkswagen", DE, en="Volkswagen Group|VW", fr="Volkswagen|groupe Volkswagen", ru="Volkswagen|Фольксваген", de="Volkswagen|VW", es="Volkswagen", it="Volkswagen"),
    company(None, "Mercedes-Benz Group", DE, decline=False, en="Mercedes-Benz|Daimler", fr="Mercedes-Benz|Daimler", ru="Mercedes-Benz|Daimler|Даймлер", de="Mercedes-Benz|Daimler", es="Mercedes-Benz", it="Mercedes-Benz"),
    company(None, "BMW", DE, fr="BMW", ru="BMW|БМВ", de="BMW", es="BMW", it="BMW"),
    company(None, "Toyota", JP, fr="Toyota", ru="Toyota|Тойота", de="Toyota", es="Toyota", it="Toyota"),
    company(None, "Samsung", KR, en="Samsung Electronics", fr="Samsung", ru="Samsung|Самсунг", de="Samsung", es="Samsung", it="Samsung"),
    company(None, "Sony", JP, fr="Sony", ru="Sony|Сони", de="Sony", es="Sony", it="Sony"),
    company(None, "IBM", US, fr="IBM", ru="IBM", de="IBM", es="IBM", it="IBM"),
    company(None, "Nokia", fr="Nokia", ru="Nokia|Нокиа", de="Nokia", es="Nokia", it="Nokia"),
    company(None, "Ericsson", fr="Ericsson", ru="Ericsson|Эрикссон", de="Ericsson", es="Ericsson", it="Ericsson"),
    company(None, "Mastercard", US, fr="Mastercard|MasterCard", ru="Mastercard|MasterCard", de="Mastercard", es="Mastercard", it="Mastercard"),
]

# Third 2026 batch: a network of the news (kind online_platform, as Telegram).
COMPANIES += [
    entity(None, "ORG", "online_platform", "LinkedIn", US, fr="LinkedIn", ru="LinkedIn|Линкедин", de="LinkedIn", es="LinkedIn", it="LinkedIn"),
]

# ------------------------------------------------------------------ diseases
def misc(qid, kind, name, acr="", decline=True, country=None, **langs):
    # `decline=False` where the Russian forms are spelled out («Северный поток-2») or quoted.
    return entity(qid, "MISC", kind, name, country, acr, ru_decline=decline, **langs)


# Named diseases and viruses (MISC, as CoNLL tags them). "coronavirus" is no alias: it names a
# family of viruses and, in French and English, is a common noun ("le coronavirus"); the
# pandemic is no entry of its own, since the press names it with the disease's name
# ("la pandémie de Covid-19") and the disease's entry then covers it.
DISEASES = [
    misc("Q84263196", "disease", "COVID-19", en="Covid-19|Covid|Covid19|coronavirus disease 2019", fr="Covid-19|Covid|Covid19|covid-19|covid|covid19|maladie à coronavirus 2019", ru="Covid-19|ковид|коронавирусная инфекция 2019 года", de="Covid-19|Covid|Covid19", es="Covid-19|Covid|Covid19", it="Covid-19|Covid|Covid19"),
    misc(None, "virus", "SARS-CoV-2", en="2019-nCoV"),
    # Variants are named with their word: "Omicron" alone is MISC, matched only when tagged.
    misc(None, "virus_variant", "SARS-CoV-2 Omicron variant", en="Omicron variant|Omicron", fr="variant Omicron|Omicron", ru="Омикрон|штамм «Омикрон»|омикрон-штамм", de="Omikron-Variante|Omikron", es="variante ómicron|ómicron", it="variante Omicron|Omicron"),
    misc(None, "virus_variant", "SARS-CoV-2 Delta variant", en="Delta variant", fr="variant Delta", ru="штамм «Дельта»|дельта-штамм", de="Delta-Variante", es="variante delta", it="variante Delta"),
    misc(None, "disease", "mpox", en="monkeypox|Mpox", fr="variole du singe|variole simienne|mpox|Mpox", ru="оспа обезьян|оспа обезьян mpox", de="Affenpocken|Mpox", es="viruela del mono|viruela símica|mpox", it="vaiolo delle scimmie|mpox", decline=False),
    misc("Q51993", "disease", "Ebola virus disease", en="Ebola|Ebola fever|Ebola haemorrhagic fever", fr="Ebola|maladie à virus Ebola|fièvre Ebola|fièvre hémorragique Ebola", ru="Эбола|лихорадка Эбола|геморрагическая лихорадка Эбола", de="Ebola|Ebolafieber", es="ébola|enfermedad por el virus del Ébola", it="Ebola|febbre emorragica da virus Ebola", decline=False),
    # "AIDS" is matched case-sensitively: "Aides", the French NGO, and the French word "aides"
    # are another key ("Aides" would read as the acronym "AIDES", not "AIDS").
    misc(None, "virus", "HIV", en="human immunodeficiency virus", fr="virus de l'immunodéficience humaine", ru="вирус иммунодефицита человека", de="Humanes Immundefizienz-Virus", es="virus de la inmunodeficiencia humana", it="virus dell'immunodeficienza umana",
         acr="en:HIV fr:VIH ru:ВИЧ de:HIV es:VIH it:HIV"),
    misc(None, "disease", "AIDS", en="acquired immunodeficiency syndrome|HIV/AIDS", fr="sida|syndrome d'immunodéficience acquise|VIH/sida", ru="синдром приобретённого иммунодефицита|ВИЧ/СПИД", de="Aids|erworbenes Immunschwächesyndrom", es="sida|síndrome de inmunodeficiencia adquirida", it="AIDS|sindrome da immunodeficienza acquisita",
         acr="en:AIDS fr:SIDA ru:СПИД de:AIDS es:SIDA it:AIDS", decline=False),
]

# ------------------------------------------------------------------ events, treaties, programmes, weapons
# Type MISC, as CoNLL tags them. The entity stage links a MISC entry without the tagger only on
# a surface of several words or an acronym ("Nord Stream", "HIMARS", "COP26"), and a one-word
# surface across types only when it is the word's only reading: one-word names here ("Brexit",
# "Holodomor", "Barkhane") count when the tagger finds them. Decisions (see the README):
# - A family name or first name is no alias of a weapon: "Abrams" (Stacey, J. J. Abrams),
#   "Bayraktar" (the family that owns Baykar) only in longer names ("chars Abrams", "Bayraktar
#   TB2", "TB2"); "Iskander" (a Central Asian first name) alone in French and English only.
# - "Caesar" alone is Julius Caesar in English and German (a person entry, so that a lone
#   "Caesar" there is his, and the howitzer only on a MISC tag or in capitals), and "César" the
#   French first name and film awards: the French howitzer is "Caesar" in French only, "CAESAR"
#   (an acronym, which a title-case "Caesar" also reads as) and "canon(s) Caesar".
# - "Patriot" alone is the English and German word (and the Patriot Act): the missile system
#   alone only in French, Spanish and Italian ("les Patriot"), else "Patriot missile(s)".
# - Russian "Кинжал" (dagger), "Триумф" are common nouns: only "Х-47М2 «Кинжал»", "С-400".
# - "Coupe du monde" is football's (the rugby one is qualified in the press, "Coupe du monde de
#   rugby"); "Euro" alone is the currency: the football championship is "Euro 2024", "Euro de
#   football". "JO" alone is no alias: it names one edition (Paris 2024) as often as the Games,
#   and the Journal officiel; "JO de Paris", "JO 2024" are Paris 2024's.
# - "Maïdan" is the 2014 revolution (and the square, which the press names for it).
# - "11-Septembre": the normaliser reads the hyphen as a space, so the alias is also the key of
#   any "11 septembre"; it is French only and matched only when the tagger finds it (no name
#   window starts with a digit), and a tagger rarely takes a bare date for a name.
MISC = [
    # ---- weapons
    misc(None, "weapon_system", "FGM-148 Javelin", en="Javelin|Javelin missile|Javelin missiles", fr="Javelin|missile Javelin|missiles Javelin", ru="Javelin|Джавелин|ПТРК Javelin", de="Javelin|Javelin-Raketen", es="Javelin|misiles Javelin", it="Javelin|missili Javelin", decline=False),
    misc(None, "weapon_system", "NLAW", acr="en:NLAW fr:NLAW ru:NLAW de:NLAW es:NLAW it:NLAW", en="Next generation Light Anti-tank Weapon", ru="ПТРК NLAW"),
    misc(None, "weapon_system", "M142 HIMARS", acr="en:HIMARS fr:HIMARS ru:HIMARS de:HIMARS es:HIMARS it:HIMARS", en="HIMARS|High Mobility Artillery Rocket System", fr="HIMARS|lance-roquettes HIMARS", ru="HIMARS|Хаймарс|РСЗО HIMARS", de="HIMARS", es="HIMARS", it="HIMARS", decline=False),
    misc(None, "weapon_system", "M777 howitzer", en="M777|M777 howitzers", fr="M777|obusier M777|obusiers M777|canons M777", ru="M777|гаубица M777|гаубицы M777", de="M777|Haubitze M777", es="M777|obús M777", it="M777|obice M777", decline=False),
    misc(None, "weapon_system", "CAESAR (howitzer)", acr="en:CAESAR fr:CAESAR ru:CAESAR de:CAESAR", en="CAESAR howitzer|Caesar howitzer|Caesar howitzers", fr="Caesar|canon Caesar|canons Caesar|canon CAESAR|canons CAESAR|obusier Caesar|obusiers Caesar", ru="САУ CAESAR|САУ Caesar|Цезарь (САУ)", de="Panzerhaubitze Caesar", es="cañón Caesar|cañones Caesar", it="obice Caesar", decline=False),
    misc(None, "weapon_system", "MIM-104 Patriot", en="Patriot missile|Patriot missiles|Patriot system|Patriot systems|Patriot air defence system|Patriot air defense system", fr="Patriot|missile Patriot|missiles Patriot|système Patriot|systèmes Patriot|batterie Patriot|batteries Patriot", ru="Patriot|Пэтриот|ЗРК Patriot|ЗРК «Пэтриот»", de="Patriot-System|Patriot-Systeme|Patriot-Raketen|Patriot-Flugabwehrsystem", es="Patriot|misiles Patriot|sistema Patriot", it="Patriot|missili Patriot|sistema Patriot", decline=False),
    misc(None, "weapon_system", "S-300", acr="ru:С-300", en="S-300 missile system", fr="S-300|système S-300", ru="С-300|ЗРК С-300", de="S-300", es="S-300", it="S-300", decline=False),
    misc(None, "weapon_system", "S-400", acr="ru:С-400", en="S-400 Triumf|S-400 missile system", fr="S-400|système S-400", ru="С-400|ЗРК С-400|С-400 «Триумф»", de="S-400", es="S-400", it="S-400", decline=False),
    misc(None, "weapon_system", "9K720 Iskander", en="Iskander|Iskander-M|Iskander missile|Iskander missiles", fr="Iskander|Iskander-M|missile Iskander|missiles Iskander", ru="Искандер-М|ОТРК «Искандер»|ОТРК «Искандер-М»|ракета «Искандер»|ракеты «Искандер»|комплекс «Искандер»", de="Iskander-M|Iskander-Raketen", es="Iskander-M|misiles Iskander", it="Iskander-M|missili Iskander", decline=False),
    misc(None, "weapon_system", "Kh-47M2 Kinzhal", en="Kinzhal|Kinzhal missile|Kinzhal missiles", fr="Kinjal|Kinzhal|missile Kinjal|missiles Kinjal|missile Kinzhal|missiles Kinzhal", ru="Х-47М2|Х-47М2 «Кинжал»|ракета «Кинжал»|ракеты «Кинжал»|гиперзвуковая ракета «Кинжал»", de="Kinschal|Kinzhal", es="Kinzhal|Kinjal", it="Kinzhal|Kinžal", decline=False),
    misc(None, "weapon_system", "RS-28 Sarmat", en="Sarmat|Sarmat missile", fr="Sarmat|missile Sarmat", ru="Сармат|РС-28 «Сармат»|ракета «Сармат»|Сармата", de="Sarmat", es="Sarmat", it="Sarmat", decline=False),
    misc(None, "weapon_system", "3M-54 Kalibr", en="Kalibr|Kalibr missile|Kalibr missiles", fr="Kalibr|missile Kalibr|missiles Kalibr", ru="Калибр|ракеты «Калибр»|ракета «Калибр»|крылатые ракеты «Калибр»", de="Kalibr", es="Kalibr", it="Kalibr", decline=False),
    misc(None, "weapon_system", "Bayraktar TB2", acr="en:TB2 fr:TB2 ru:TB2 de:TB2 es:TB2 it:TB2", en="Bayraktar drone|Bayraktar drones", fr="drone Bayraktar|drones Bayraktar|Bayraktar TB2", ru="Bayraktar TB2|Байрактар TB2|беспилотник Bayraktar|беспилотники Bayraktar", de="Bayraktar-Drohne|Bayraktar-Drohnen", es="dron Bayraktar|drones Bayraktar", it="drone Bayraktar|droni Bayraktar", decline=False),
    misc(None, "weapon_system", "Leopard 2", en="Leopard 2 tank|Leopard 2 tanks|Leopard tanks|Leopard 2A6|Leopard 2A4", fr="Leopard|Leopard 2|char Leopard|chars Leopard|chars Leopard 2", ru="Leopard 2|Леопард 2|Леопард-2|танки Leopard|танки «Леопард»", de="Leopard 2|Kampfpanzer Leopard 2|Leopard-Panzer|Leopard-2-Panzer", es="Leopard 2|tanques Leopard", it="Leopard 2|carri armati Leopard", decline=False),
    misc(None, "weapon_system", "M1 Abrams", en="Abrams tank|Abrams tanks|M1A1 Abrams|M1A2 Abrams", fr="char Abrams|chars Abrams|M1 Abrams|chars M1 Abrams", ru="танки Abrams|танки «Абрамс»|M1 Abrams", de="Abrams-Panzer|M1 Abrams", es="tanques Abrams", it="carri armati Abrams", decline=False),
    misc(None, "weapon_system", "Challenger 2", en="Challenger 2 tank|Challenger 2 tanks", fr="Challenger 2|char Challenger 2|chars Challenger 2|chars Challenger", ru="Challenger 2|Челленджер 2|танки Challenger", de="Challenger 2", es="Challenger 2", it="Challenger 2", decline=False),
    misc(None, "weapon_system", "F-16 Fighting Falcon", en="F-16|F16|F-16s", fr="F-16|F16|avion F-16|avions F-16", ru="F-16|Ф-16|истребители F-16", de="F-16|F-16-Kampfjets", es="F-16", it="F-16", decline=False),
    misc(None, "weapon_system", "F-35 Lightning II", en="F-35|F35|F-35s", fr="F-35|F35|avion F-35|avions F-35", ru="F-35|Ф-35|истребители F-35", de="F-35|F-35-Kampfjets", es="F-35", it="F-35", decline=False),
    misc(None, "weapon_system", "Sukhoi Su-35", en="Su-35", fr="Su-35|Soukhoï Su-35", ru="Су-35|Су-35С", de="Su-35|Suchoi Su-35", es="Su-35|Sujói Su-35", it="Su-35", decline=False),
    misc(None, "weapon_system", "Storm Shadow", acr="en:SCALP fr:SCALP de:SCALP es:SCALP it:SCALP ru:SCALP", en="Storm Shadow missile|Storm Shadow missiles|SCALP-EG|Storm Shadow/SCALP", fr="Storm Shadow|SCALP-EG|missile Scalp|missiles Scalp|missiles SCALP|missile SCALP", ru="Storm Shadow|Шторм Шэдоу|ракеты Storm Shadow|SCALP-EG", de="Storm Shadow|Marschflugkörper Storm Shadow", es="Storm Shadow", it="Storm Shadow", decline=False),
    misc(None, "weapon_system", "MGM-140 ATACMS", acr="en:ATACMS fr:ATACMS ru:ATACMS de:ATACMS es:ATACMS it:ATACMS", en="Army Tactical Missile System|ATACMS missiles", fr="missiles ATACMS", ru="ATACMS|ракеты ATACMS|ОТРК ATACMS", decline=False),
    # ---- infrastructure
    misc(None, "infrastructure", "Nord Stream", en="Nord Stream 1|Nord Stream pipeline|Nord Stream pipelines", fr="Nord Stream|Nord Stream 1|gazoduc Nord Stream|gazoducs Nord Stream", ru="Северный поток|Северного потока|Северному потоку|Северным потоком|Северном потоке|Северный поток-1|Северный поток — 1|Nord Stream", de="Nord Stream|Nord Stream 1|Ostseepipeline", es="Nord Stream|gasoducto Nord Stream", it="Nord Stream|gasdotto Nord Stream", decline=False),
    misc(None, "infrastructure", "Nord Stream 2", en="Nord Stream II", fr="Nord Stream 2|Nord Stream II|gazoduc Nord Stream 2", ru="Северный поток-2|Северного потока-2|Северному потоку-2|Северным потоком-2|Северном потоке-2|Северный поток — 2|Северного потока — 2|Северный поток 2|Северного потока 2|Nord Stream 2", de="Nord Stream 2", es="Nord Stream 2", it="Nord Stream 2", decline=False),
    misc(None, "infrastructure", "TurkStream", en="Turkish Stream", fr="TurkStream|Turkish Stream|gazoduc TurkStream", ru="Турецкий поток|Турецкого потока|Турецкому потоку|Турецким потоком|Турецком потоке|TurkStream", de="TurkStream|Turkish Stream", es="TurkStream", it="TurkStream", decline=False),
    misc(None, "infrastructure", "Power of Siberia", fr="Force de Sibérie|gazoduc Force de Sibérie|Power of Siberia", ru="Сила Сибири|Силы Сибири|Силе Сибири|Силу Сибири|Силой Сибири", de="Kraft Sibiriens|Power of Siberia", es="Fuerza de Siberia", it="Forza della Siberia|Power of Siberia", decline=False),
    # ---- programmes, initiatives, military operations
    misc(None, "programme", "Belt and Road Initiative", acr="en:BRI", en="Belt and Road|One Belt, One Road|New Silk Road|New Silk Roads", fr="Nouvelles Routes de la soie|nouvelles routes de la soie|Nouvelle Route de la soie|Initiative la Ceinture et la Route|Belt and Road", ru="Один пояс, один путь|Один пояс — один путь|Пояс и путь|инициатива «Пояс и путь»|Новый шёлковый путь", de="Neue Seidenstraße|Belt and Road Initiative", es="Nueva Ruta de la Seda|Iniciativa de la Franja y la Ruta", it="Nuova via della seta|Belt and Road", decline=False),
    misc(None, "programme", "EU Digital COVID Certificate", en="Green Pass|EU Digital Covid Certificate|EU Covid certificate", fr="Green Pass|certificat COVID numérique de l'UE|certificat Covid numérique européen|pass sanitaire européen", ru="Green Pass|зелёный паспорт|ковидный сертификат ЕС", de="Green Pass|Digitales COVID-Zertifikat der EU|EU-Impfzertifikat", es="Green Pass|certificado COVID digital de la UE", it="Green Pass|green pass|certificazione verde COVID-19|Certificato COVID digitale dell'UE", decline=False),
    misc(None, "programme", "Build Back Better Plan", en="Build Back Better|Build Back Better Act", fr="Build Back Better|plan Build Back Better", ru="Build Back Better|«Отстроить лучше, чем было»", de="Build Back Better", es="Build Back Better", it="Build Back Better", decline=False),
    misc(None, "programme", "Great Reset", en="The Great Reset", fr="Great Reset|Grande Réinitialisation", ru="Великая перезагрузка|Великая перезагрузка ВЭФ|Великой перезагрузки", de="Great Reset|Großer Neustart", es="Gran Reinicio|Great Reset", it="Grande Reset|Great Reset", decline=False),
    misc(None, "programme", "Erasmus Programme", en="Erasmus+|Erasmus programme|Erasmus Program", fr="Erasmus|Erasmus+|programme Erasmus|programme Erasmus+", ru="Erasmus+|программа Erasmus|Эразмус", de="Erasmus+|Erasmus-Programm", es="Erasmus+|programa Erasmus", it="Erasmus+|programma Erasmus|progetto Erasmus", decline=False),
    misc(None, "military_operation", "Operation Barkhane", en="Barkhane|Operation Barkhane", fr="Barkhane|opération Barkhane|force Barkhane|Opération Barkhane", ru="операция «Бархан»|операция Barkhane", de="Operation Barkhane|Barkhane", es="Operación Barkhane|Barkhane", it="Operazione Barkhane|Barkhane", decline=False, country=FR),
    misc(None, "military_operation", "Operation Serval", en="Serval|Operation Serval", fr="Serval|opération Serval|Opération Serval", ru="операция «Сервал»|операция Serval", de="Opération Serval|Operation Serval", es="Operación Serval", it="Operazione Serval", decline=False, country=FR),
    # ---- treaties and agreements
    misc(None, "treaty", "Minsk agreements", en="Minsk accords|Minsk Protocol|Minsk II|Minsk 2|Minsk agreement", fr="accords de Minsk|accord de Minsk|protocole de Minsk|Minsk II|Minsk 2|accords de Minsk II", ru="Минские соглашения|Минских соглашений|Минским соглашениям|Минскими соглашениями|Минских соглашениях|Минск-2|Минские договорённости|Минских договорённостей", de="Minsker Abkommen|Minsk II|Minsker Protokoll", es="Acuerdos de Minsk|Minsk II", it="Accordi di Minsk|Minsk II", decline=False),
    misc(None, "treaty", "Treaty of Versailles", fr="traité de Versailles", ru="Версальский мирный договор|Версальский договор|Версальского договора", de="Versailler Vertrag|Friedensvertrag von Versailles", es="Tratado de Versalles", it="Trattato di Versailles", decline=False),
    misc(None, "treaty", "Paris Agreement", en="Paris climate agreement|Paris climate accord|Paris Accord", fr="accord de Paris|accord de Paris sur le climat|accords de Paris sur le climat", ru="Парижское соглашение|Парижского соглашения|Парижскому соглашению|Парижским соглашением|Парижском соглашении|Парижское соглашение по климату", de="Übereinkommen von Paris|Pariser Klimaabkommen|Pariser Abkommen", es="Acuerdo de París", it="Accordo di Parigi", decline=False),
    misc(None, "treaty", "Schengen Agreement", en="Schengen Agreements|Schengen Convention", fr="accords de Schengen|accord de Schengen|convention de Schengen", ru="Шенгенское соглашение|Шенгенские соглашения", de="Schengener Abkommen|Schengener Übereinkommen", es="Acuerdo de Schengen", it="Accordi di Schengen", decline=False),
    # ---- wars, periods and events
    misc("Q361", "event", "World War I", acr="en:WWI en:WW1", en="First World War|Great War|World War One", fr="Première Guerre mondiale|première guerre mondiale|Grande Guerre|guerre de 14-18|guerre de 1914-1918", ru="Первая мировая война|Первой мировой войны|Первой мировой войне|Первую мировую войну|Первой мировой войной|Первая мировая|Первой мировой", de="Erster Weltkrieg|Ersten Weltkrieg|Ersten Weltkriegs|Ersten Weltkrieges|Erstem Weltkrieg", es="Primera Guerra Mundial|Gran Guerra", it="Prima guerra mondiale|Grande Guerra", decline=False),
    misc("Q362", "event", "World War II", acr="en:WWII en:WW2", en="Second World War|World War Two", fr="Seconde Guerre mondiale|seconde guerre mondiale|Deuxième Guerre mondiale|deuxième guerre mondiale|guerre de 39-45|guerre de 1939-1945", ru="Вторая мировая война|Второй мировой войны|Второй мировой войне|Вторую мировую войну|Второй мировой войной|Вторая мировая|Второй мировой", de="Zweiter Weltkrieg|Zweiten Weltkrieg|Zweiten Weltkriegs|Zweiten Weltkrieges|Zweitem Weltkrieg", es="Segunda Guerra Mundial", it="Seconda guerra mondiale", decline=False),
    # The Soviet name of the war against Germany, 1941–1945: an event of its own in Wikidata.
    misc(None, "event", "Great Patriotic War", fr="Grande Guerre patriotique", ru="Великая Отечественная война|Великой Отечественной войны|Великой Отечественной войне|Великую Отечественную войну|Великой Отечественной войной|Великая Отечественная|Великой Отечественной", de="Großer Vaterländischer Krieg|Großen Vaterländischen Krieg|Großen Vaterländischen Krieges", es="Gran Guerra Patria", it="Grande guerra patriottica", acr="ru:ВОВ", decline=False),
    misc("Q8683", "event", "Cold War", fr="guerre froide|Guerre froide", ru="холодная война|холодной войны|холодной войне|холодную войну|холодной войной|Холодная война", de="Kalter Krieg|Kalten Krieg|Kalten Krieges|Kalten Kriegs", es="Guerra Fría", it="guerra fredda|Guerra fredda", decline=False),
    misc("Q7888194", "event", "Brexit", fr="Brexit", ru="Брексит|брексит", de="Brexit", es="Brexit", it="Brexit"),
    # A slogan, which the taggers read as a person's name.
    misc(None, "slogan", "Make America Great Again", acr="en:MAGA fr:MAGA", decline=False),
    misc(None, "event", "Holodomor", fr="Holodomor", ru="Голодомор", de="Holodomor", es="Holodomor", it="Holodomor", uk="Голодомор"),
    misc(None, "event", "Euromaidan", en="Maidan|Maidan revolution|Revolution of Dignity|Euromaidan revolution", fr="Euromaïdan|Euromaidan|Maïdan|Maidan|révolution de Maïdan|révolution du Maïdan|révolution de la Dignité", ru="Евромайдан|Майдан|Революция достоинства", de="Euromaidan|Maidan|Maidan-Revolution|Revolution der Würde", es="Euromaidán|Maidán|Revolución de la Dignidad", it="Euromaidan|Maidan|Rivoluzione della dignità", uk="Євромайдан|Майдан|Революція гідності"),
    misc("Q33761", "event", "Arab Spring", fr="Printemps arabe|printemps arabe|printemps arabes|Printemps arabes", ru="Арабская весна|Арабской весны|Арабской весне|Арабскую весну|Арабской весной", de="Arabischer Frühling|Arabischen Frühling|Arabischen Frühlings", es="Primavera Árabe", it="Primavera araba", decline=False),
    misc("Q10806", "event", "September 11 attacks", en="9/11|September 11|9/11 attacks|September 11th attacks", fr="attentats du 11 septembre 2001|attentats du 11-Septembre|11-Septembre", ru="теракты 11 сентября|теракт 11 сентября|терактов 11 сентября|теракты 11 сентября 2001 года", de="Terroranschläge am 11. September 2001|9/11", es="atentados del 11 de septiembre de 2001|11-S", it="attentati dell'11 settembre 2001", decline=False),
    # The climate conferences by their acronyms ("COP 26" and "COP26" share one acronym key).
    misc(None, "event", "2015 United Nations Climate Change Conference", acr="en:COP21 fr:COP21 ru:COP21 de:COP21 es:COP21 it:COP21 en:COP-21 fr:COP-21", en="Paris climate conference|COP 21", fr="conférence de Paris sur le climat|Conférence de Paris sur les changements climatiques", ru="Парижская климатическая конференция|КС-21", de="UN-Klimakonferenz in Paris 2015", es="Conferencia de París sobre el Clima", it="Conferenza di Parigi sul clima", decline=False),
    misc(None, "event", "2021 United Nations Climate Change Conference", acr="en:COP26 fr:COP26 ru:COP26 de:COP26 es:COP26 it:COP26 en:COP-26 fr:COP-26", en="Glasgow climate conference|COP 26", fr="conférence de Glasgow sur le climat", ru="КС-26|Конференция ООН по изменению климата в Глазго", de="UN-Klimakonferenz in Glasgow 2021", decline=False),
    misc(None, "event", "2022 United Nations Climate Change Conference", acr="en:COP27 fr:COP27 ru:COP27 de:COP27 es:COP27 it:COP27 en:COP-27 fr:COP-27", en="Sharm el-Sheikh climate conference|COP 27", fr="conférence de Charm el-Cheikh sur le climat", ru="КС-27", de="UN-Klimakonferenz in Scharm el-Scheich 2022", decline=False),
    misc(None, "event", "2023 United Nations Climate Change Conference", acr="en:COP28 fr:COP28 ru:COP28 de:COP28 es:COP28 it:COP28 en:COP-28 fr:COP-28", en="Dubai climate conference|COP 28", fr="conférence de Dubaï sur le climat", ru="КС-28", de="UN-Klimakonferenz in Dubai 2023", decline=False),
    misc("Q5389", "event", "Olympic Games", en="Olympics|Summer Olympics|Winter Olympics|Olympic games", fr="Jeux olympiques|jeux Olympiques|Jeux Olympiques|jeux olympiques|JO d'été|JO d'hiver|Jeux olympiques d'été|Jeux olympiques d'hiver", ru="Олимпийские игры|Олимпийских игр|Олимпийским играм|Олимпийскими играми|Олимпийских играх|Олимпиада|Олимпиады|Олимпиаде|Олимпиаду|Олимпиадой", de="Olympische Spiele|Olympischen Spiele|Olympischen Spielen", es="Juegos Olímpicos|Olimpiadas", it="Giochi olimpici|Olimpiadi", decline=False),
    misc(None, "event", "2024 Summer Olympics", en="Paris 2024|Paris 2024 Olympics|Paris Olympics", fr="Paris 2024|JO de Paris|JO de Paris 2024|JO 2024|JO de 2024|Jeux de 2024|Jeux de Paris|Jeux de Paris 2024|Jeux olympiques de Paris|Jeux olympiques de Paris 2024|Jeux de Paris 2024|Jeux olympiques de 2024", ru="Олимпиада в Париже|Олимпиада-2024|Олимпийские игры 2024|Олимпийские игры в Париже|Париж-2024", de="Olympische Sommerspiele 2024|Olympische Spiele in Paris|Paris 2024", es="Juegos Olímpicos de París 2024|París 2024", it="Giochi olimpici di Parigi 2024|Parigi 2024", decline=False),
    misc(None, "event", "FIFA World Cup", en="World Cup|football World Cup", fr="Coupe du monde|Coupe du monde de football|Coupe du monde de la FIFA|Mondial de football", ru="чемпионат мира по футболу|Чемпионат мира по футболу|чемпионата мира по футболу|ЧМ по футболу", de="Fußball-Weltmeisterschaft|Fußball-WM", es="Copa Mundial de la FIFA|Copa del Mundo de fútbol|Mundial de fútbol", it="Campionato mondiale di calcio|Mondiali di calcio|Coppa del Mondo FIFA", decline=False),
    misc(None, "event", "UEFA European Championship", en="UEFA Euro|European Football Championship|Euro 2016|Euro 2020|Euro 2024", fr="Championnat d'Europe de football|Euro de football|Euro 2016|Euro 2020|Euro 2021|Euro 2024", ru="чемпионат Европы по футболу|Чемпионат Европы по футболу|Евро-2016|Евро-2020|Евро-2024", de="Fußball-Europameisterschaft|Fußball-EM|EM 2024|Euro 2024", es="Eurocopa|Euro 2024", it="Campionato europeo di calcio|Europei di calcio|Euro 2024", decline=False),
    # "Conférence de Munich" alone is the 1938 agreement: the security conference by its full name.
    misc(None, "event", "Munich Security Conference", acr="en:MSC de:MSC de:SiKo", fr="Conférence de Munich sur la sécurité|conférence de Munich sur la sécurité|conférence sur la sécurité de Munich", ru="Мюнхенская конференция по безопасности|Мюнхенской конференции по безопасности|Мюнхенскую конференцию по безопасности", de="Münchner Sicherheitskonferenz", es="Conferencia de Seguridad de Múnich", it="Conferenza sulla sicurezza di Monaco", decline=False),
    # ---- awards ("Nobel" alone is Alfred Nobel)
    misc("Q7191", "award", "Nobel Prize", fr="prix Nobel|Prix Nobel", ru="Нобелевская премия|Нобелевской премии|Нобелевскую премию|Нобелевской премией", de="Nobelpreis|Nobelpreises", es="Premio Nobel|premio Nobel", it="Premio Nobel|premio Nobel", decline=False),
    misc(None, "award", "Nobel Peace Prize", fr="prix Nobel de la paix|Prix Nobel de la paix|Nobel de la paix", ru="Нобелевская премия мира|Нобелевской премии мира|Нобелевскую премию мира|Нобелевской премией мира", de="Friedensnobelpreis|Friedensnobelpreises", es="Premio Nobel de la Paz|Nobel de la Paz", it="Premio Nobel per la pace|Nobel per la pace", decline=False),
]

# Third 2026 batch, from the SemEval 2023 articles: wars, the Holocaust, the American
# Constitution and two of its amendments, treaties and agreements, a Supreme Court ruling and a
# papal exhortation. "Vatican II" is the council (the longest match beats "Vatican").
MISC += [
    misc("Q2763", "event", "The Holocaust", en="Holocaust|Shoah", fr="Shoah|Holocauste", ru="Холокост", de="Holocaust|Shoah", es="Holocausto|Shoá", it="Olocausto|Shoah"),
    misc("Q8740", "war", "Vietnam War", en="Vietnam war|Viet Nam War", fr="guerre du Vietnam|guerre du Viêt Nam|Guerre du Vietnam", ru="Вьетнамская война|война во Вьетнаме", de="Vietnamkrieg", es="guerra de Vietnam|Guerra de Vietnam", it="guerra del Vietnam|Guerra del Vietnam"),
    misc(None, "war", "Algerian War", en="Algerian War of Independence|Algerian war", fr="guerre d'Algérie|Guerre d'Algérie", ru="Алжирская война|война в Алжире|война за независимость Алжира", de="Algerienkrieg", es="guerra de Argelia|guerra de independencia de Argelia", it="guerra d'Algeria"),
    misc(None, "event", "Second Vatican Council", en="Vatican II|Vatican Council II|Second Vatican Ecumenical Council", fr="concile Vatican II|Vatican II|IIe concile œcuménique du Vatican", ru="Второй Ватиканский собор", de="Zweites Vatikanisches Konzil|Zweites Vatikanum", es="Concilio Vaticano II", it="Concilio Vaticano II"),
    misc(None, "law", "Constitution of the United States", decline=False, en="US Constitution|U.S. Constitution|United States Constitution", fr="Constitution américaine|Constitution des États-Unis", ru="Конституция США|Конституции США|Конституцию США|Конституцией США|Конституция Соединённых Штатов", de="Verfassung der Vereinigten Staaten|US-Verfassung", es="Constitución de los Estados Unidos", it="Costituzione degli Stati Uniti"),
    misc(None, "law", "First Amendment to the United States Constitution", decline=False, en="First Amendment", fr="premier amendement|Premier amendement|premier amendement de la Constitution américaine", ru="Первая поправка к Конституции США|Первой поправки к Конституции США|Первую поправку к Конституции США", de="Erster Zusatzartikel zur Verfassung der Vereinigten Staaten|First Amendment", es="Primera Enmienda|Primera Enmienda de la Constitución de los Estados Unidos", it="Primo emendamento|Primo emendamento della Costituzione degli Stati Uniti"),
    misc(None, "law", "Second Amendment to the United States Constitution", decline=False, en="Second Amendment", fr="deuxième amendement|Deuxième amendement|second amendement|Second amendement", ru="Вторая поправка к Конституции США|Второй поправки к Конституции США|Вторую поправку к Конституции США", de="Zweiter Zusatzartikel zur Verfassung der Vereinigten Staaten|Second Amendment", es="Segunda Enmienda|Segunda Enmienda de la Constitución de los Estados Unidos", it="Secondo emendamento|Secondo emendamento della Costituzione degli Stati Uniti"),
    misc(None, "treaty", "Joint Comprehensive Plan of Action", acr="en:JCPOA fr:JCPOA ru:СВПД de:JCPOA es:PAIC it:JCPOA", decline=False, en="Iran nuclear deal|Iran nuclear agreement", fr="Plan d'action global commun|accord de Vienne sur le nucléaire iranien|accord sur le nucléaire iranien", ru="Совместный всеобъемлющий план действий|Совместного всеобъемлющего плана действий|ядерная сделка с Ираном|ядерной сделки с Ираном", de="Gemeinsamer umfassender Aktionsplan|Atomabkommen mit dem Iran|Iran-Atomabkommen", es="Plan de Acción Integral Conjunto|acuerdo nuclear con Irán", it="Piano d'azione congiunto globale|accordo sul nucleare iraniano"),
    misc(None, "treaty", "Budapest Memorandum", decline=False, en="Budapest Memorandum on Security Assurances", fr="mémorandum de Budapest|Mémorandum de Budapest", ru="Будапештский меморандум|Будапештского меморандума|Будапештскому меморандуму|Будапештским меморандумом|Будапештском меморандуме", de="Budapester Memorandum", es="Memorándum de Budapest", it="Memorandum di Budapest"),
    misc(None, "treaty", "Balfour Declaration", decline=False, fr="déclaration Balfour|Déclaration Balfour", ru="Декларация Бальфура|Декларации Бальфура|Декларацию Бальфура", de="Balfour-Deklaration", es="Declaración Balfour", it="Dichiarazione Balfour"),
    misc(None, "court_case", "Roe v. Wade", decline=False, en="Roe vs. Wade|Roe v Wade|Roe vs Wade", fr="Roe v. Wade|Roe contre Wade|arrêt Roe v. Wade|Roe vs. Wade", ru="Роу против Уэйда|дело «Роу против Уэйда»", de="Roe v. Wade", es="Roe contra Wade|Roe v. Wade", it="Roe contro Wade|Roe v. Wade"),
    misc(None, "document", "Amoris laetitia", decline=False, en="Amoris Laetitia", fr="Amoris laetitia|Amoris Laetitia", ru="Amoris laetitia|Amoris Laetitia", de="Amoris laetitia|Amoris Laetitia", es="Amoris laetitia|Amoris Laetitia", it="Amoris laetitia|Amoris Laetitia"),
]

# ------------------------------------------------------------------ news outlets and agencies
def media(qid, kind, name, country=None, acr="", **langs):
    # Outlet names are proper titles: Russian texts quote them undeclined ("газета «Коммерсантъ»").
    return entity(qid, "ORG", kind, name, country, acr, ru_decline=False, **langs)


MEDIA = [
    media("Q40464", "news_agency", "Agence France-Presse", FR, acr="en:AFP fr:AFP ru:АФП de:AFP es:AFP it:AFP", fr="Agence France-Presse|Agence France Presse|France-Presse", ru="Франс Пресс|Франс-Пресс|Агентство Франс Пресс", de="Agence France-Presse", es="Agencia France-Presse", it="Agence France-Presse"),
    media("Q130879", "news_agency", "Reuters", GB, fr="Reuters", ru="Рейтер|Reuters|Рейтерс", de="Reuters", es="Reuters", it="Reuters", en="Thomson Reuters"),
    media("Q40469", "news_agency", "Associated Press", US, acr="en:AP fr:AP de:AP es:AP it:AP", fr="Associated Press", ru="Ассошиэйтед Пресс|Associated Press", de="Associated Press", es="Associated Press", it="Associated Press"),
    media("Q223799", "news_agency", "TASS", RU, acr="en:TASS fr:TASS ru:ТАСС de:TASS es:TASS it:TASS", en="Russian News Agency TASS|ITAR-TASS", fr="agence Tass|Tass|Itar-Tass", ru="ИТАР-ТАСС|Информационное агентство России ТАСС", de="Tass", es="Tass", it="Tass"),
    media(None, "news_agency", "RIA Novosti", RU, en="RIA", fr="RIA Novosti|Ria Novosti", ru="РИА Новости|РИА «Новости»", de="RIA Nowosti", es="RIA Novosti", it="RIA Novosti", acr="ru:РИА"),
    media(None, "news_agency", "Interfax", RU, fr="Interfax", ru="Интерфакс", de="Interfax", es="Interfax", it="Interfax"),
    media(None, "news_agency", "Sputnik", RU, fr="Sputnik|Spoutnik", ru="Спутник|Sputnik", de="Sputnik", es="Sputnik", it="Sputnik"),
    media("Q22868", "news_outlet", "RT", RU, acr="en:RT fr:RT ru:RT de:RT es:RT it:RT", en="Russia Today|RT France|RT International", fr="Russia Today|RT France", ru="Russia Today|Раша Тудэй", de="RT DE|RT Deutsch", es="RT en Español|Russia Today"),
    media("Q12461", "newspaper", "Le Monde", FR, fr="Le Monde", ru="Монд|Le Monde", de="Le Monde", es="Le Monde", it="Le Monde", en="Le Monde"),
    media("Q216047", "newspaper", "Le Figaro", FR, fr="Le Figaro", ru="Фигаро|Le Figaro", de="Le Figaro", es="Le Figaro", it="Le Figaro"),
    media("Q13717", "newspaper", "Libération", FR, fr="Libération|Libé", ru="Либерасьон", de="Libération", es="Libération", it="Libération", en="Liberation"),
    media(None, "newspaper", "Le Monde diplomatique", FR, fr="Le Monde diplomatique|Monde diplo", ru="Монд дипломатик", de="Le Monde diplomatique"),
    media(None, "newspaper", "Les Echos", FR, fr="Les Échos", ru="Эко"),
    media(None, "newspaper", "L'Humanité", FR, fr="L'Humanité|L'Huma", ru="Юманите"),
    media(None, "newspaper", "Le Parisien", FR, fr="Le Parisien", ru="Паризьен"),
    media(None, "news_outlet", "Mediapart", FR, fr="Mediapart", ru="Медиапарт"),
    media(None, "news_outlet", "Radio France Internationale", FR, acr="en:RFI fr:RFI ru:RFI de:RFI es:RFI it:RFI", fr="Radio France internationale", ru="Радио Франс Интернасьональ"),
    media(None, "news_outlet", "France 24", FR, fr="France 24|France24", ru="Франс 24"),
    media(None, "news_outlet", "BFM TV", FR, fr="BFMTV|BFM"),
    media("Q9531", "news_outlet", "BBC", GB, acr="en:BBC fr:BBC ru:Би-би-си ru:BBC de:BBC es:BBC it:BBC", en="British Broadcasting Corporation|BBC News", fr="BBC News", ru="Би-би-си|Русская служба Би-би-си", de="BBC News", es="BBC Mundo", it="BBC News"),
    media("Q48340", "news_outlet", "CNN", US, acr="en:CNN fr:CNN ru:CNN ru:Си-эн-эн de:CNN es:CNN it:CNN", en="Cable News Network", ru="Си-эн-эн"),
    media("Q9684", "newspaper", "The New York Times", US, acr="en:NYT", en="New York Times|NYT", fr="New York Times", ru="Нью-Йорк таймс|The New York Times", de="New York Times", es="The New York Times|New York Times", it="New York Times"),
    media("Q166032", "newspaper", "The Washington Post", US, en="Washington Post", fr="Washington Post", ru="Вашингтон пост|The Washington Post", de="Washington Post", es="The Washington Post", it="Washington Post"),
    media("Q11148", "newspaper", "The Guardian", GB, en="Guardian", fr="The Guardian|Guardian", ru="Гардиан|The Guardian", de="The Guardian|Guardian", es="The Guardian", it="The Guardian"),
    media("Q164746", "newspaper", "The Wall Street Journal", US, acr="en:WSJ", en="Wall Street Journal", fr="Wall Street Journal", ru="Уолл-стрит джорнэл|The Wall Street Journal", de="Wall Street Journal", es="The Wall Street Journal", it="Wall Street Journal"),
    media(None, "newspaper", "Financial Times", GB, acr="en:FT", fr="Financial Times", ru="Файнэншл таймс|Financial Times", de="Financial Times"),
    media("Q180089", "newspaper", "The Economist", GB, en="Economist", fr="The Economist", ru="Экономист|The Economist", de="The Economist"),
    media(None, "news_outlet", "Politico", US, fr="Politico", ru="Политико|Politico", de="Politico"),
    media(None, "news_outlet", "Bloomberg", US, fr="Bloomberg", ru="Блумберг|Bloomberg", de="Bloomberg"),
    media(None, "news_outlet", "Fox News", US, fr="Fox News", ru="Фокс ньюс|Fox News"),
    media(None, "news_outlet", "Al Jazeera", QA, en="Al Jazeera English|Al-Jazeera|Aljazeera", fr="Al Jazeera|Al-Jazira|Al Jazira", ru="Аль-Джазира", de="Al Jazeera|al-Dschasira", es="Al Jazeera|Al Yazira", it="Al Jazeera"),
    media(None, "news_agency", "Anadolu Agency", TR, en="Anadolu", fr="Anadolu|agence Anadolu", ru="Анадолу|агентство Анадолу", de="Anadolu Ajansı|Anadolu", es="Anadolu", it="Anadolu", acr="en:AA"),
    media(None, "news_agency", "Xinhua News Agency", CN, en="Xinhua", fr="Xinhua|agence Chine nouvelle|Chine nouvelle", ru="Синьхуа", de="Xinhua", es="Xinhua", it="Xinhua"),
    media(None, "newspaper", "Kommersant", RU, fr="Kommersant", ru="Коммерсантъ|Коммерсант", de="Kommersant", es="Kommersant", it="Kommersant"),
    media(None, "news_outlet", "Meduza", RU, fr="Meduza", ru="Медуза", de="Meduza", es="Meduza", it="Meduza"),
    media("Q170135", "newspaper", "Novaya Gazeta", RU, fr="Novaïa Gazeta|Novaya Gazeta", ru="Новая газета", de="Nowaja Gaseta", es="Nóvaya Gazeta", it="Novaja Gazeta"),
    media("Q753932", "newspaper", "Izvestia", RU, fr="Izvestia", ru="Известия", de="Iswestija", es="Izvestia", it="Izvestija"),
    media("Q1853433", "newspaper", "Rossiyskaya Gazeta", RU, fr="Rossiïskaïa Gazeta", ru="Российская газета", de="Rossijskaja Gaseta"),
    media(None, "newspaper", "Vedomosti", RU, fr="Vedomosti", ru="Ведомости", de="Wedomosti"),
    media("Q330067", "news_outlet", "Channel One Russia", RU, en="Channel One|Perviy Kanal", fr="Pervi Kanal|Première chaîne", ru="Первый канал"),
    media("Q155172", "news_outlet", "Dozhd", RU, en="TV Rain", fr="TV Rain|Dojd", ru="Дождь|телеканал «Дождь»", de="Doschd"),
    media(None, "news_outlet", "Euronews", FR, fr="Euronews", ru="Евроньюс|Euronews", de="Euronews", es="Euronews", it="Euronews"),
    media("Q153770", "news_outlet", "Deutsche Welle", DE, acr="en:DW fr:DW ru:DW de:DW es:DW it:DW", fr="Deutsche Welle", ru="Немецкая волна|Deutsche Welle", de="Deutsche Welle", es="Deutsche Welle", it="Deutsche Welle"),
    media(None, "news_outlet", "Radio Free Europe/Radio Liberty", US, acr="en:RFE/RL", en="Radio Free Europe|Radio Liberty|RFE/RL", fr="Radio Free Europe|Radio Europe libre|Radio Liberty", ru="Радио Свобода|Радио Свободная Европа", de="Radio Free Europe|Radio Liberty|Radio Freies Europa", es="Radio Europa Libre", it="Radio Free Europe|Radio Europa Libera"),
    media(None, "news_outlet", "Voice of America", US, acr="en:VOA", fr="Voice of America|Voix de l'Amérique", ru="Голос Америки", de="Voice of America|Stimme Amerikas", es="La Voz de América", it="Voce dell'America"),
    media("Q131478", "newspaper", "Der Spiegel", DE, en="Spiegel", fr="Der Spiegel|Spiegel", ru="Шпигель|Der Spiegel", de="Der Spiegel|Spiegel"),
    media("Q10184", "newspaper", "Frankfurter Allgemeine Zeitung", DE, acr="en:FAZ de:FAZ", fr="Frankfurter Allgemeine Zeitung", ru="Франкфуртер альгемайне цайтунг", de="FAZ"),
    media(None, "newspaper", "El País", ES, fr="El País", ru="Эль Паис|El País", es="El País", it="El País"),
    media(None, "newspaper", "Corriere della Sera", IT, fr="Corriere della Sera", ru="Коррьере делла Сера", it="Corriere della Sera|Corriere"),
    media(None, "newspaper", "la Repubblica", IT, fr="La Repubblica", ru="Репубблика", it="la Repubblica|Repubblica"),
    media(None, "news_outlet", "Global Research", CA, en="Centre for Research on Globalization|Center for Research on Globalization|CRG", fr="Mondialisation.ca|Centre de recherche sur la mondialisation", ru="Глобал Рисёрч"),
    media(None, "news_outlet", "The Cradle", en="Cradle", fr="The Cradle", ru="The Cradle"),
    media(None, "news_outlet", "Réseau International", FR, fr="Réseau International|reseauinternational.net"),
    media(None, "news_agency", "Kazinform", KZ, fr="Kazinform", ru="Казинформ|МИА «Казинформ»"),
    media("Q987030", "news_agency", "Ukrinform", UA, fr="Ukrinform", ru="Укринформ", uk="Укрінформ"),
    media("Q904463", "news_outlet", "Ukrainska Pravda", UA, fr="Ukraïnska Pravda", ru="Украинская правда", uk="Українська правда"),
    media("Q111028947", "news_outlet", "Kyiv Independent", UA, en="The Kyiv Independent", fr="Kyiv Independent"),
    media(None, "news_agency", "BelTA", BY, fr="BelTA", ru="БелТА|БЕЛТА"),
    # Russian and Ukrainian outlets the Russian SemEval articles cite by name.
    media(None, "news_outlet", "RBC", RU, en="RBC Group", fr="RBC", ru="РБК"),
    media(None, "news_outlet", "RBC-Ukraine", UA, fr="RBC-Ukraine", ru="РБК-Украина", uk="РБК-Україна"),
    media(None, "news_agency", "Federal News Agency", RU, fr="Agence fédérale de presse", ru="Федеральное агентство новостей|ФАН"),
    media(None, "newspaper", "Vzglyad", RU, fr="Vzgliad", ru="Взгляд|ВЗГЛЯД"),
    media(None, "broadcaster", "Tsargrad TV", RU, en="Tsargrad", fr="Tsargrad", ru="Царьград"),
    media(None, "broadcaster", "NewsOne", UA, ru="NewsOne"),
    media(None, "news_outlet", "Strana.ua", UA, ru="Страна.ua"),
    media(None, "news_agency", "UNIAN", UA, acr="en:UNIAN fr:UNIAN ru:УНИАН", ru="УНИАН"),
    media(None, "news_agency", "Gruzinform", GE, ru="Грузинформ|ГРУЗИНФОРМ"),
    # Medical and scientific journals the Covid controversies cite. "Nature" is the journal
    # only in French, where the common noun is written in lowercase; "Science" is left out.
    media(None, "journal", "The Lancet", GB, en="Lancet", fr="The Lancet|Lancet", ru="The Lancet|Ланцет", de="The Lancet", es="The Lancet", it="The Lancet"),
    media(None, "journal", "JAMA", US, en="Journal of the American Medical Association", fr="JAMA", ru="JAMA", de="JAMA", es="JAMA", it="JAMA"),
    media(None, "journal", "The New England Journal of Medicine", US, acr="en:NEJM fr:NEJM", en="New England Journal of Medicine", fr="New England Journal of Medicine", ru="New England Journal of Medicine"),
    media(None, "journal", "The BMJ", GB, en="BMJ|British Medical Journal", fr="BMJ|British Medical Journal", ru="BMJ|British Medical Journal"),
    media(None, "journal", "Nature (journal)", GB, fr="Nature|revue Nature"),
    media(None, "news_agency", "Trend News Agency", AZ, en="Trend", ru="Тренд"),
    media(None, "news_agency", "Armenpress", AM, ru="Арменпресс"),
    media(None, "news_agency", "IRNA", IR, acr="en:IRNA fr:IRNA ru:ИРНА", en="Islamic Republic News Agency", ru="ИРНА"),
    # No "CCTV": in English it is mostly closed-circuit television ("CCTV footage"), and a tagged
    # mention falls back to the other languages' surfaces.
    media(None, "news_outlet", "China Central Television", CN, fr="Télévision centrale de Chine", ru="Центральное телевидение Китая", de="Chinesisches Zentralfernsehen", es="Televisión Central de China", it="Televisione Centrale Cinese"),
    media(None, "news_outlet", "CGTN", CN, acr="en:CGTN fr:CGTN ru:CGTN", en="China Global Television Network"),
    media(None, "newspaper", "Global Times", CN, fr="Global Times", ru="Глобал таймс|Huanqiu Shibao"),
    media(None, "newspaper", "People's Daily", CN, fr="Quotidien du peuple", ru="Жэньминь жибао", de="Volkszeitung", es="Diario del Pueblo", it="Quotidiano del Popolo"),
    media(None, "newspaper", "Haaretz", IL, fr="Haaretz", ru="Гаарец|Хаарец", de="Haaretz"),
    media(None, "newspaper", "The Times of Israel", IL, en="Times of Israel", fr="Times of Israel"),
    # French broadcasters and titles. A title whose name, once its article is stripped, is a
    # common capitalised word in another language gets a qualified canonical name and the short
    # title only in French ("Le Point" would otherwise match "Point", "L'Express" "American
    # Express"). Left out: "Marianne" (a first name and the Republic's figure: a tagged person
    # would link to the magazine), "Voici" (the French word opens countless sentences),
    # "The Atlantic" (the lookup drops the article, leaving the ocean's name).
    media(None, "broadcaster", "TF1", FR, acr="en:TF1 fr:TF1 de:TF1 es:TF1 it:TF1 ru:TF1"),
    media(None, "broadcaster", "France Télévisions", FR, en="France Televisions", fr="France Télévisions"),
    media(None, "broadcaster", "France 2", FR, fr="France 2", ru="Франс 2"),
    media(None, "broadcaster", "France 3", FR, fr="France 3", ru="Франс 3"),
    media(None, "broadcaster", "Radio France", FR, fr="Radio France"),
    media(None, "broadcaster", "France Inter", FR, fr="France Inter"),
    media(None, "news_outlet", "Franceinfo", FR, en="France Info", fr="Franceinfo|France Info|France info"),
    media(None, "news_outlet", "LCI", FR, acr="en:LCI fr:LCI", en="La Chaîne Info", fr="La Chaîne Info"),
    media(None, "news_outlet", "CNews", FR, fr="CNews"),
    media(None, "broadcaster", "C8", FR, fr="C8"),
    media(None, "broadcaster", "RMC", FR, acr="en:RMC fr:RMC", en="Radio Monte-Carlo", fr="Radio Monte-Carlo"),
    media(None, "broadcaster", "Europe 1", FR, fr="Europe 1"),
    # "RTL" is also the German and Luxembourg channels of the same group: the French radio in French only.
    media(None, "broadcaster", "RTL (French radio)", FR, acr="fr:RTL"),
    media(None, "magazine", "L'Express (magazine)", FR, fr="L'Express"),
    media(None, "magazine", "Le Point (magazine)", FR, fr="Le Point"),
    media(None, "magazine", "L'Obs", FR, fr="L'Obs|Le Nouvel Observateur|Nouvel Obs|Nouvel Observateur"),
    media(None, "magazine", "Valeurs actuelles", FR),
    media(None, "magazine", "Paris Match", FR, fr="Paris Match", ru="Пари Матч"),
    media(None, "newspaper", "Le Journal du dimanche", FR, acr="fr:JDD en:JDD", fr="Journal du dimanche|Le JDD"),
    media(None, "newspaper", "Ouest-France", FR, fr="Ouest-France|Ouest France"),
    # Never matched without the tagger: a name starting with a digit starts no name window.
    media(None, "newspaper", "20 Minutes", FR),
    media(None, "newspaper", "Le Canard enchaîné", FR, fr="Le Canard enchaîné|Canard enchaîné"),
    # Belgian, Swiss and Quebec titles. Without its article a title is a French common noun
    # ("presse", "soir", "temps", "devoir"), matched only capitalised inside a sentence; "La
    # Presse" and "Le Temps" get qualified names (Montreal's daily, Geneva's; the Paris "Le Temps"
    # of 1861–1942 and the Canadian Press are others). Their known false readings, each given its
    # own entry where it is a title: "France-Presse" (AFP's alias), "La Presse canadienne",
    # "France-Soir", "Paris-Soir"; "le Grand Soir" still reads its "Soir" as Le Soir. "La Libre"
    # alone is left out ("la France Libre"), as is "Marianne" (see above).
    media(None, "newspaper", "Le Devoir", CA, fr="Le Devoir", ru="Le Devoir"),
    media(None, "newspaper", "La Presse (Canadian newspaper)", CA, en="La Presse (Montreal)", fr="La Presse|La Presse de Montréal"),
    media(None, "news_agency", "The Canadian Press", CA, en="Canadian Press", fr="La Presse canadienne|Presse canadienne"),
    media(None, "broadcaster", "Radio-Canada", CA, en="Radio-Canada|Ici Radio-Canada", fr="Radio-Canada|Ici Radio-Canada|Société Radio-Canada", ru="Радио-Канада"),
    media(None, "broadcaster", "RTBF", "Q31", acr="en:RTBF fr:RTBF de:RTBF es:RTBF it:RTBF ru:RTBF", en="Radio-télévision belge de la Communauté française", fr="Radio-télévision belge de la Communauté française"),
    # "RTS" is also Senegal's and Serbia's public broadcasters: the acronym in French only.
    media(None, "broadcaster", "Radio Télévision Suisse", "Q39", acr="fr:RTS", en="Radio Television Switzerland", fr="Radio télévision suisse|RTS Info", de="Radio Télévision Suisse"),
    media(None, "newspaper", "Le Soir", "Q31", fr="Le Soir", ru="Le Soir"),
    media(None, "newspaper", "Le Temps (Swiss newspaper)", "Q39", fr="Le Temps", de="Le Temps"),
    media(None, "newspaper", "La Libre Belgique", "Q31", fr="La Libre Belgique|Libre Belgique"),
    media(None, "news_outlet", "FranceSoir", FR, fr="France-Soir|FranceSoir"),
    media(None, "newspaper", "Paris-Soir", FR),
    media(None, "magazine", "Challenges (magazine)", FR, fr="Challenges|magazine Challenges"),
    media(None, "magazine", "Causeur", FR, fr="Causeur|magazine Causeur"),
    # "Arte" is Italian and Spanish for art: the channel's name in French, English and German only.
    media(None, "broadcaster", "Arte (broadcaster)", acr="fr:ARTE de:ARTE en:ARTE", en="Arte", fr="Arte", de="Arte", ru="Arte|Арте"),
    # Foreign titles. "The Times" alone is left out: without its article it is "Times", which
    # would take the rest of "Los Angeles Times", "Moscow Times" or "Times Square" once a
    # shorter name matched their first words (as "The Atlantic" above).
    media(None, "newspaper", "The Times (London)", GB, en="The Times of London|Times of London", fr="Times de Londres|Times of London", ru="Таймс"),
    media("Q210534", "newspaper", "Daily Mail", GB, fr="Daily Mail", ru="Daily Mail|Дейли мейл", de="Daily Mail", es="Daily Mail", it="Daily Mail"),
    # "Bild" is German for picture: the bare title only outside German.
    media(None, "newspaper", "Bild (newspaper)", DE, en="Bild|Bild-Zeitung", fr="Bild|Bild-Zeitung", ru="Bild|Бильд", de="Bild-Zeitung", es="Bild", it="Bild"),
    media(None, "newspaper", "Die Welt", DE, fr="Die Welt", ru="Die Welt|Ди Вельт", es="Die Welt", it="Die Welt"),
    media(None, "news_outlet", "MSNBC", US, acr="en:MSNBC fr:MSNBC de:MSNBC es:MSNBC it:MSNBC ru:MSNBC"),
    media(None, "news_outlet", "Al Arabiya", SA, en="Al-Arabiya", fr="Al Arabiya|Al-Arabiya", ru="Аль-Арабия|Al Arabiya", de="Al Arabiya|al-Arabija", es="Al Arabiya", it="Al Arabiya"),
    media(None, "news_outlet", "HuffPost", US, en="Huffington Post|The Huffington Post", fr="HuffPost|Le HuffPost|Huffington Post|Le Huffington Post", de="HuffPost|Huffington Post", es="HuffPost|Huffington Post", it="HuffPost|Huffington Post"),
    media(None, "news_outlet", "Axios", US, fr="Axios", ru="Axios|Аксиос", de="Axios"),
    # "Insider" (its name in 2021–2023) alone only in French, where the English word is rare.
    media(None, "news_outlet", "Business Insider", US, fr="Business Insider|Insider", ru="Business Insider|Бизнес инсайдер", de="Business Insider"),
    media(None, "magazine", "Forbes", US, fr="Forbes", ru="Форбс|Forbes", de="Forbes", es="Forbes", it="Forbes"),
    media(None, "magazine", "Fortune (magazine)", US, en="Fortune magazine", fr="Fortune|magazine Fortune", ru="Fortune"),
    media(None, "magazine", "Closer (magazine)", FR, fr="Closer"),
]

# Third 2026 batch, American and other outlets of the SemEval 2023 articles. The networks are
# named with their news divisions ("CBS News" is an alias of CBS); "ABC" is the American network
# in English only (Spain's daily ABC, Australia's broadcaster). Left out: "The Hill" (the lookup
# drops the article and leaves "Hill", a surname), "The Sun" ("sun"), "The New Yorker" (also the
# demonym), "The Intercept".
MEDIA += [
    media("Q43380", "broadcaster", "CBS", US, acr="en:CBS fr:CBS ru:CBS de:CBS es:CBS it:CBS", en="CBS News|Columbia Broadcasting System", fr="CBS News", ru="CBS News|Си-би-эс", de="CBS News", es="CBS News", it="CBS News"),
    media(None, "broadcaster", "NBC", US, acr="en:NBC fr:NBC ru:NBC de:NBC es:NBC it:NBC", en="NBC News|National Broadcasting Company", fr="NBC News", ru="NBC News|Эн-би-си", de="NBC News", es="NBC News", it="NBC News"),
    media("Q169889", "broadcaster", "American Broadcasting Company", US, acr="en:ABC", en="ABC News", fr="ABC News", ru="ABC News|Эй-би-си", de="ABC News", es="ABC News", it="ABC News"),
    media("Q671510", "broadcaster", "NPR", US, acr="en:NPR fr:NPR ru:NPR de:NPR es:NPR it:NPR", en="National Public Radio", fr="National Public Radio", ru="Национальное общественное радио"),
    media("Q188515", "newspaper", "Los Angeles Times", US, en="LA Times|L.A. Times", fr="Los Angeles Times|LA Times", ru="Los Angeles Times|Лос-Анджелес таймс", de="Los Angeles Times", es="Los Angeles Times", it="Los Angeles Times"),
    media(None, "newspaper", "The Washington Times", US, en="Washington Times", fr="Washington Times", ru="The Washington Times|Washington Times|Вашингтон таймс", de="Washington Times", es="The Washington Times", it="The Washington Times"),
    media("Q192621", "newspaper", "The Daily Telegraph", GB, en="The Telegraph|Daily Telegraph", fr="Daily Telegraph|The Telegraph|Telegraph", ru="The Daily Telegraph|The Telegraph|Дейли телеграф", de="Daily Telegraph|The Telegraph", es="The Daily Telegraph|The Telegraph", it="The Daily Telegraph|The Telegraph"),
    media(None, "news_outlet", "Breitbart News", US, en="Breitbart|Breitbart.com", fr="Breitbart|Breitbart News", ru="Breitbart|Брейтбарт", de="Breitbart|Breitbart News", es="Breitbart|Breitbart News", it="Breitbart|Breitbart News"),
    media(None, "news_outlet", "The Daily Caller", US, en="Daily Caller|Daily Caller News Foundation|The Daily Caller News Foundation", fr="Daily Caller", ru="The Daily Caller|Daily Caller", de="Daily Caller", es="The Daily Caller", it="The Daily Caller"),
    media(None, "news_outlet", "LifeSiteNews", CA, en="LifeSite|LifeSiteNews.com", fr="LifeSiteNews", ru="LifeSiteNews", de="LifeSiteNews"),
    media(None, "news_outlet", "InfoWars", US, en="Infowars|Infowars.com", fr="InfoWars|Infowars", ru="InfoWars|Infowars", de="InfoWars|Infowars", es="InfoWars|Infowars", it="InfoWars|Infowars"),
    media(None, "news_outlet", "Freedom Outpost", US, fr="Freedom Outpost", ru="Freedom Outpost", de="Freedom Outpost"),
    media(None, "news_outlet", "The Free Thought Project", US, acr="en:TFTP", en="Free Thought Project|TheFreeThoughtProject.com", fr="Free Thought Project", ru="The Free Thought Project"),
    media(None, "news_outlet", "Las Vegas Review-Journal", US, en="Review-Journal", fr="Las Vegas Review-Journal", ru="Las Vegas Review-Journal"),
    media("Q359", "news_outlet", "WikiLeaks", en="Wikileaks", fr="WikiLeaks|Wikileaks", ru="WikiLeaks|Викиликс", de="WikiLeaks|Wikileaks", es="WikiLeaks|Wikileaks", it="WikiLeaks|Wikileaks"),
    media(None, "broadcaster", "Public Sénat", FR, fr="Public Sénat|Public Senat", ru="Public Sénat"),
    media(None, "news_outlet", "The Daily Beast", US, en="Daily Beast", fr="Daily Beast"),
    media("Q217305", "news_outlet", "The New Yorker", US, en="New Yorker", fr="New Yorker"),
    media(None, "news_outlet", "USA Today", US),
    media(None, "news_outlet", "CNBC", US),
    media(None, "news_outlet", "The Intercept", US),
    media(None, "news_outlet", "Zero Hedge", US, en="ZeroHedge", fr="ZeroHedge"),
    media(None, "news_outlet", "Newsweek", US),
    media(None, "news_outlet", "Sky News", GB),
    media("Q1542536", "news_outlet", "The Atlantic", US),
    media(None, "news_outlet", "Washington Examiner", US, en="The Washington Examiner"),
    media(None, "news_outlet", "New York Post", US, en="The New York Post"),
    media(None, "news_outlet", "National Review", US),
]

# ------------------------------------------------------------------ people
# (QID or "", kind, country, en name, fr, ru, de, es, it, flags, extra aliases "lang:alias;…")
# flags: F = woman (Russian feminine surname forms), C = family name first (Chinese, Korean),
# N = no surname-only alias: the surname alone is a common word or first name ("Philippe",
# "Le Maire" → "maire"), or names another person too ("Macron" is Emmanuel Macron's)
PEOPLE = """
Q7747|head_of_state|Q159|Vladimir Putin|Vladimir Poutine|Владимир Путин|Wladimir Putin|Vladímir Putin|Vladimir Putin||ru:Владимир Владимирович Путин;en:Vladimir Vladimirovich Putin;uk:Володимир Путін;uk:Путін
Q3874799|head_of_state|Q212|Volodymyr Zelenskyy|Volodymyr Zelensky|Владимир Зеленский|Wolodymyr Selenskyj|Volodímir Zelenski|Volodymyr Zelens'kyj||en:Volodymyr Zelensky;en:Zelensky;en:Zelenskiy;fr:Zelenski;fr:Volodymyr Zelenskyy;de:Selenski;es:Zelensky;it:Zelensky;uk:Володимир Зеленський;uk:Зеленський;ru:Зеленский
Q6279|former_head_of_state|Q30|Joe Biden|Joe Biden|Джо Байден|Joe Biden|Joe Biden|Joe Biden||en:Joseph Biden;en:Joseph R. Biden
Q22686|head_of_state|Q30|Donald Trump|Donald Trump|Дональд Трамп|Donald Trump|Donald Trump|Donald Trump||en:Donald J. Trump
Q76|former_head_of_state|Q30|Barack Obama|Barack Obama|Барак Обама|Barack Obama|Barack Obama|Barack Obama||
Q3052772|head_of_state|Q142|Emmanuel Macron|Emmanuel Macron|Эмманюэль Макрон|Emmanuel Macron|Emmanuel Macron|Emmanuel Macron||ru:Эммануэль Макрон
Q567|former_head_of_government|Q183|Angela Merkel|Angela Merkel|Ангела Меркель|Angela Merkel|Angela Merkel|Angela Merkel|F|
Q61053|former_head_of_government|Q183|Olaf Scholz|Olaf Scholz|Олаф Шольц|Olaf Scholz|Olaf Scholz|Olaf Scholz||
|head_of_government|Q183|Friedrich Merz|Friedrich Merz|Фридрих Мерц|Friedrich Merz|Friedrich Merz|Friedrich Merz||
Q15031|head_of_state|Q148|Xi Jinping|Xi Jinping|Си Цзиньпин|Xi Jinping|Xi Jinping|Xi Jinping|C|
Q1058|head_of_government|Q668|Narendra Modi|Narendra Modi|Нарендра Моди|Narendra Modi|Narendra Modi|Narendra Modi||
Q39259|head_of_state|Q43|Recep Tayyip Erdoğan|Recep Tayyip Erdoğan|Реджеп Тайип Эрдоган|Recep Tayyip Erdoğan|Recep Tayyip Erdogan|Recep Tayyip Erdoğan||en:Recep Tayyip Erdogan;en:Erdogan;fr:Erdogan;fr:Recep Tayyip Erdogan;de:Erdogan;it:Erdogan
Q2866|head_of_state|Q184|Alexander Lukashenko|Alexandre Loukachenko|Александр Лукашенко|Aljaksandr Lukaschenka|Aleksandr Lukashenko|Aljaksandr Lukašenka||en:Aliaksandr Lukashenka;en:Lukashenka;fr:Loukachenka;de:Alexander Lukaschenko;de:Lukaschenko;it:Aleksandr Lukashenko;it:Lukashenko;es:Lukashenko
Q200881|head_of_state|Q232|Kassym-Jomart Tokayev|Kassym-Jomart Tokaïev|Касым-Жомарт Токаев|Qassym-Schomart Toqajew|Kasim-Yomart Tokáyev|Qasym-Jomart Toqaev||en:Kassym-Jomart Tokaev;en:Tokaev;fr:Tokaev;fr:Kassym-Jomart Tokaev;de:Tokajew;de:Toqajew;es:Tokayev;it:Tokayev;it:Tokaev
|former_head_of_state|Q232|Nursultan Nazarbayev|Noursoultan Nazarbaïev|Нурсултан Назарбаев|Nursultan Nasarbajew|Nursultán Nazarbáyev|Nursultan Nazarbaev||fr:Nazarbaev;en:Nazarbaev;es:Nazarbayev;it:Nazarbayev
Q57808|head_of_state|Q265|Shavkat Mirziyoyev|Chavkat Mirziyoïev|Шавкат Мирзиёев|Shavkat Mirziyoyev|Shavkat Mirziyóyev|Shavkat Mirziyoyev||en:Mirziyoev;fr:Mirziyoev;fr:Mirzioïev;ru:Мирзиеев
|former_head_of_state|Q265|Islam Karimov|Islam Karimov|Ислам Каримов|Islom Karimov|Islom Karímov|Islom Karimov||
|head_of_state|Q227|Ilham Aliyev|Ilham Aliev|Ильхам Алиев|İlham Əliyev|Ilham Alíev|İlham Əliyev||en:Ilham Aliev;de:Ilham Alijew;de:Alijew;es:Aliyev;it:Aliyev
|head_of_government|Q399|Nikol Pashinyan|Nikol Pachinian|Никол Пашинян|Nikol Paschinjan|Nikol Pashinián|Nikol Pashinyan||en:Pashinian;fr:Pashinyan
|head_of_state|Q813|Sadyr Japarov|Sadyr Japarov|Садыр Жапаров|Sadyr Dschaparow|Sadyr Zhapárov|Sadyr Japarov||en:Zhaparov;fr:Djaparov;fr:Sadyr Djaparov
Q57366|head_of_state|Q863|Emomali Rahmon|Emomali Rahmon|Эмомали Рахмон|Emomalij Rahmon|Emomali Rajmón|Emomali Rahmon||en:Emomali Rakhmon;ru:Рахмонов
Q51874548|head_of_state|Q874|Serdar Berdimuhamedow|Serdar Berdimoukhamedov|Сердар Бердымухамедов|Serdar Berdimuhamedow|Serdar Berdimuhamédov|Serdar Berdimuhamedow||en:Serdar Berdimuhamedov
|former_head_of_state|Q874|Gurbanguly Berdimuhamedow|Gourbangouly Berdymoukhamedov|Гурбангулы Бердымухамедов|Gurbanguly Berdimuhamedow|Gurbanguly Berdimuhamédov|Gurbanguly Berdimuhamedow||
|head_of_state|Q217|Maia Sandu|Maia Sandu|Майя Санду|Maia Sandu|Maia Sandu|Maia Sandu|F|
Q27885302|head_of_government|Q230|Irakli Kobakhidze|Irakli Kobakhidzé|Ираклий Кобахидзе|Irakli Kobachidse|Irakli Kobajidze|Irakli Kobakhidze||
|political_figure|Q230|Bidzina Ivanishvili|Bidzina Ivanichvili|Бидзина Иванишвили|Bidsina Iwanischwili|Bidzina Ivanishvili|Bidzina Ivanishvili||
|former_head_of_state|Q230|Mikheil Saakashvili|Mikheil Saakachvili|Михаил Саакашвили|Micheil Saakaschwili|Mijeil Saakashvili|Mikheil Saakashvili||
|former_head_of_state|Q230|Salome Zourabichvili|Salomé Zourabichvili|Саломе Зурабишвили|Salome Surabischwili|Salomé Zurabishvili|Salome Zourabichvili|F|
Q4298520|head_of_government|Q159|Mikhail Mishustin|Mikhaïl Michoustine|Михаил Мишустин|Michail Mischustin|Mijaíl Mishustin|Michail Mišustin||
Q23530|office_holder|Q159|Dmitry Medvedev|Dmitri Medvedev|Дмитрий Медведев|Dmitri Medwedew|Dmitri Medvédev|Dmitrij Medvedev||en:Dmitri Medvedev
Q58217|foreign_minister|Q159|Sergey Lavrov|Sergueï Lavrov|Сергей Лавров|Sergei Lawrow|Serguéi Lavrov|Sergej Lavrov||en:Sergei Lavrov
|spokesperson|Q159|Dmitry Peskov|Dmitri Peskov|Дмитрий Песков|Dmitri Peskow|Dmitri Peskov|Dmitrij Peskov||en:Dmitri Peskov
|office_holder|Q159|Sergei Shoigu|Sergueï Choïgou|Сергей Шойгу|Sergei Schoigu|Serguéi Shoigú|Sergej Šojgu||en:Sergey Shoigu;fr:Choïgou;fr:Shoïgu
|spokesperson|Q159|Maria Zakharova|Maria Zakharova|Мария Захарова|Marija Sacharowa|María Zajárova|Marija Zacharova|F|
|defence_minister|Q159|Andrey Belousov|Andreï Belooussov|Андрей Белоусов|Andrei Beloussow|Andréi Belousov|Andrej Belousov||en:Andrei Belousov
|office_holder|Q159|Valery Gerasimov|Valeri Guerassimov|Валерий Герасимов|Waleri Gerassimow|Valeri Guerásimov|Valerij Gerasimov||
|office_holder|Q159|Alexander Bortnikov|Alexandre Bortnikov|Александр Бортников|Alexander Bortnikow|Aleksandr Bórtnikov|Aleksandr Bortnikov||
|office_holder|Q159|Sergey Naryshkin|Sergueï Narychkine|Сергей Нарышкин|Sergei Naryschkin|Serguéi Narishkin|Sergej Naryškin||en:Sergei Naryshkin
|office_holder|Q159|Vyacheslav Volodin|Viatcheslav Volodine|Вячеслав Володин|Wjatscheslaw Wolodin|Viacheslav Volodin|Vjačeslav Volodin||
|office_holder|Q159|Valentina Matviyenko|Valentina Matvienko|Валентина Матвиенко|Walentina Matwijenko|Valentina Matviyenko|Valentina Matvienko|F|
|office_holder|Q159|Elvira Nabiullina|Elvira Nabioullina|Эльвира Набиуллина|Elwira Nabiullina|Elvira Nabiúllina|Elvira Nabiullina|F|
|office_holder|Q159|Ramzan Kadyrov|Ramzan Kadyrov|Рамзан Кадыров|Ramsan Kadyrow|Ramzán Kadírov|Ramzan Kadyrov||
Q20850503|businessperson|Q159|Yevgeny Prigozhin|Evgueni Prigojine|Евгений Пригожин|Jewgeni Prigoschin|Yevgueni Prigozhin|Evgenij Prigožin||en:Evgeny Prigozhin
|opposition_figure|Q159|Alexei Navalny|Alexeï Navalny|Алексей Навальный|Alexei Nawalny|Alekséi Navalny|Aleksej Naval'nyj||en:Alexey Navalny
|opposition_figure|Q159|Yulia Navalnaya|Ioulia Navalnaïa|Юлия Навальная|Julija Nawalnaja|Yulia Naválnaya|Julija Naval'naja|F|
|businessperson|Q159|Roman Abramovich|Roman Abramovitch|Роман Абрамович|Roman Abramowitsch|Román Abramóvich|Roman Abramovič||
Q315514|businessperson|Q159|Oleg Deripaska|Oleg Deripaska|Олег Дерипаска|Oleg Deripaska|Oleg Deripaska|Oleg Deripaska||
|ideologue|Q159|Aleksandr Dugin|Alexandre Douguine|Александр Дугин|Alexander Dugin|Aleksandr Duguin|Aleksandr Dugin||en:Alexander Dugin
|religious_leader|Q159|Patriarch Kirill|patriarche Kirill|Патриарх Кирилл|Patriarch Kyrill|patriarca Kiril|patriarca Kirill||ru:патриарх Кирилл;en:Kirill of Moscow
Q30487|former_head_of_state|Q15180|Mikhail Gorbachev|Mikhaïl Gorbatchev|Михаил Горбачёв|Michail Gorbatschow|Mijaíl Gorbachov|Michail Gorbačëv||ru:Михаил Горбачев;ru:Горбачев;it:Gorbaciov
Q34453|former_head_of_state|Q159|Boris Yeltsin|Boris Eltsine|Борис Ельцин|Boris Jelzin|Borís Yeltsin|Boris El'cin||it:Eltsin
|historical_figure||Julius Caesar|Jules César|Юлий Цезарь|Julius Caesar|Julio César|Giulio Cesare|N|en:Caesar;de:Caesar;de:Cäsar;ru:Гай Юлий Цезарь
Q855|former_head_of_state|Q15180|Joseph Stalin|Joseph Staline|Иосиф Сталин|Josef Stalin|Iósif Stalin|Iosif Stalin||en:Stalin;ru:Сталин
Q1394|former_head_of_state|Q15180|Vladimir Lenin|Vladimir Lénine|Владимир Ленин|Wladimir Lenin|Vladímir Lenin|Vladimir Lenin||
|former_head_of_state|Q15180|Nikita Khrushchev|Nikita Khrouchtchev|Никита Хрущёв|Nikita Chruschtschow|Nikita Jrushchov|Nikita Chruščëv||ru:Хрущев;it:Kruscev;it:Nikita Kruscev
|historical_figure|Q15180|Leon Trotsky|Léon Trotski||Leo Trotzki|León Trotski|Lev Trockij||en:Trotski;fr:Trotsky;fr:Léon Trotsky;es:Trotsky;es:León Trotsky;it:Trotsky;it:Lev Trotsky;ru:Лев Троцкий;ru:Льва Троцкого;ru:Льву Троцкому;ru:Львом Троцким;ru:Льве Троцком;ru:Троцкий;ru:Троцкого;ru:Троцкому;ru:Троцким;ru:Троцком
Q9061|historical_figure|Q183|Karl Marx|Karl Marx|Карл Маркс|Karl Marx|Karl Marx|Karl Marx||
Q352|former_head_of_state|Q183|Adolf Hitler|Adolf Hitler|Адольф Гитлер|Adolf Hitler|Adolf Hitler|Adolf Hitler||
Q23559|former_head_of_government|Q38|Benito Mussolini|Benito Mussolini|Бенито Муссолини|Benito Mussolini|Benito Mussolini|Benito Mussolini||en:Il Duce;fr:Duce;it:Duce
Q8442|former_head_of_government|Q183|Otto von Bismarck|Otto von Bismarck|Отто фон Бисмарк|Otto von Bismarck|Otto von Bismarck|Otto von Bismarck||en:Bismarck;fr:Bismarck;de:Bismarck;es:Bismarck;it:Bismarck;ru:Бисмарк
Q8007|former_head_of_state|Q30|Franklin D. Roosevelt|Franklin D. Roosevelt|Франклин Рузвельт|Franklin D. Roosevelt|Franklin D. Roosevelt|Franklin D. Roosevelt||en:Franklin Delano Roosevelt;en:Franklin Roosevelt;en:FDR;fr:Franklin Delano Roosevelt;fr:Franklin Roosevelt;fr:FDR;de:Franklin Delano Roosevelt;es:Franklin Delano Roosevelt;it:Franklin Delano Roosevelt;ru:Франклин Делано Рузвельт
Q9696|former_head_of_state|Q30|John F. Kennedy|John F. Kennedy|Джон Кеннеди|John F. Kennedy|John F. Kennedy|John F. Kennedy|N|en:John Kennedy;en:John Fitzgerald Kennedy;en:JFK;fr:John Kennedy;fr:John Fitzgerald Kennedy;fr:JFK;de:John Kennedy;de:John Fitzgerald Kennedy;de:JFK;es:John Kennedy;es:JFK;it:John Kennedy;it:JFK;ru:Джон Фицджеральд Кеннеди
Q7416|former_head_of_government|Q145|Margaret Thatcher|Margaret Thatcher|Маргарет Тэтчер|Margaret Thatcher|Margaret Thatcher|Margaret Thatcher|F|
Q517|former_head_of_state|Q142|Napoleon|Napoléon Bonaparte|Наполеон Бонапарт|Napoleon Bonaparte|Napoleón Bonaparte|Napoleone Bonaparte||en:Napoleon Bonaparte;en:Napoleon I;en:Bonaparte;fr:Napoléon;fr:Napoléon Ier;de:Napoleon I.;es:Napoleón;es:Napoleón I;it:Napoleone;it:Napoleone I;ru:Наполеон
|former_head_of_state|Q142|Napoleon III|Napoléon III||Napoleon III.|Napoleón III|Napoleone III|N|en:Louis-Napoléon Bonaparte;en:Louis Napoleon;fr:Louis-Napoléon Bonaparte;fr:Louis-Napoléon;de:Louis-Napoléon Bonaparte;ru:Наполеон III;ru:Наполеона III;ru:Наполеону III;ru:Наполеоном III;ru:Наполеоне III
Q7226|historical_figure|Q142|Joan of Arc|Jeanne d'Arc|Жанна д’Арк|Jeanne d'Arc|Juana de Arco|Giovanna d'Arco|FN|en:Jeanne d'Arc;de:Johanna von Orléans
Q171730|former_head_of_government|Q142|Georges Clemenceau|Georges Clemenceau|Жорж Клемансо|Georges Clemenceau|Georges Clemenceau|Georges Clemenceau||
Q192615|military_officer|Q142|Ferdinand Foch|Ferdinand Foch|Фердинанд Фош|Ferdinand Foch|Ferdinand Foch|Ferdinand Foch||en:Marshal Foch;fr:maréchal Foch
|former_head_of_state|Q142|Philippe Pétain|Philippe Pétain|Филипп Петен|Philippe Pétain|Philippe Pétain|Philippe Pétain||en:Philippe Petain;en:Petain;en:Marshal Pétain;fr:maréchal Pétain
|historical_figure|Q142|Jean Jaurès|Jean Jaurès|Жан Жорес|Jean Jaurès|Jean Jaurès|Jean Jaurès||en:Jean Jaures
|head_of_government|Q212|Yulia Svyrydenko|Ioulia Svyrydenko|Юлия Свириденко|Julija Swyrydenko|Yulia Svyrydenko|Julija Svyrydenko|F|uk:Юлія Свириденко
|office_holder|Q212|Andriy Yermak|Andriï Iermak|Андрей Ермак|Andrij Jermak|Andrí Yermak|Andrij Jermak||en:Andrii Yermak;uk:Андрій Єрмак
|office_holder|Q212|Dmytro Kuleba|Dmytro Kouleba|Дмитрий Кулеба|Dmytro Kuleba|Dmytró Kuleba|Dmytro Kuleba||
|foreign_minister|Q212|Andrii Sybiha|Andriï Sybiha|Андрей Сибига|Andrij Sybiha|Andrí Sibiga|Andrij Sybiha||
|military_officer|Q212|Valerii Zaluzhnyi|Valeri Zaloujny|Валерий Залужный|Walerij Saluschnyj|Valeri Zaluzhni|Valerij Zalužnyj||en:Valery Zaluzhny
|military_officer|Q212|Oleksandr Syrskyi|Oleksandr Syrsky|Александр Сырский|Oleksandr Syrskyj|Oleksandr Sirski|Oleksandr Syrs'kyj||
|intelligence_chief|Q212|Kyrylo Budanov|Kyrylo Boudanov|Кирилл Буданов|Kyrylo Budanow|Kirilo Budánov|Kyrylo Budanov||
|former_head_of_state|Q212|Petro Poroshenko|Petro Porochenko|Пётр Порошенко|Petro Poroschenko|Petró Poroshenko|Petro Porošenko||ru:Петр Порошенко
|former_head_of_state|Q212|Viktor Yanukovych|Viktor Ianoukovytch|Виктор Янукович|Wiktor Janukowytsch|Víktor Yanukóvich|Viktor Janukovyč||
|opposition_figure|Q184|Sviatlana Tsikhanouskaya|Svetlana Tikhanovskaïa|Светлана Тихановская|Swjatlana Zichanouskaja|Svetlana Tijanóvskaya|Svjatlana Cichanoŭskaja|F|en:Svetlana Tikhanovskaya
Q2530|former_head_of_government|Q183|Gerhard Schröder|Gerhard Schröder|Герхард Шрёдер|Gerhard Schröder|Gerhard Schröder|Gerhard Schröder||ru:Герхард Шредер
|head_of_government|Q145|Keir Starmer|Keir Starmer|Кир Стармер|Keir Starmer|Keir Starmer|Keir Starmer||
Q180589|former_head_of_government|Q145|Boris Johnson|Boris Johnson|Борис Джонсон|Boris Johnson|Boris Johnson|Boris Johnson||
Q264766|former_head_of_government|Q145|Theresa May|Theresa May|Тереза Мэй|Theresa May|Theresa May|Theresa May|F|
|former_head_of_government|Q145|Rishi Sunak|Rishi Sunak|Риши Сунак|Rishi Sunak|Rishi Sunak|Rishi Sunak||
Q9545|former_head_of_government|Q145|Tony Blair|Tony Blair|Тони Блэр|Tony Blair|Tony Blair|Tony Blair||
Q8016|former_head_of_government|Q145|Winston Churchill|Winston Churchill|Уинстон Черчилль|Winston Churchill|Winston Churchill|Winston Churchill||
Q43274|head_of_state|Q145|Charles III|Charles III|Карл III|Charles III.|Carlos III|Carlo III|N|en:King Charles;fr:roi Charles III
|head_of_government|Q38|Giorgia Meloni|Giorgia Meloni|Джорджа Мелони|Giorgia Meloni|Giorgia Meloni|Giorgia Meloni|F|ru:Джорджия Мелони
|head_of_state|Q38|Sergio Mattarella|Sergio Mattarella|Серджо Маттарелла|Sergio Mattarella|Sergio Mattarella|Sergio Mattarella||
|head_of_government|Q29|Pedro Sánchez|Pedro Sánchez|Педро Санчес|Pedro Sánchez|Pedro Sánchez|Pedro Sánchez||en:Pedro Sanchez
Q57641|head_of_government|Q28|Viktor Orbán|Viktor Orbán|Виктор Орбан|Viktor Orbán|Viktor Orbán|Viktor Orbán||en:Viktor Orban;fr:Viktor Orban
|head_of_government|Q36|Donald Tusk|Donald Tusk|Дональд Туск|Donald Tusk|Donald Tusk|Donald Tusk||
Q329|former_head_of_state|Q142|Nicolas Sarkozy|Nicolas Sarkozy|Николя Саркози|Nicolas Sarkozy|Nicolas Sarkozy|Nicolas Sarkozy||
Q157|former_head_of_state|Q142|François Hollande|François Hollande|Франсуа Олланд|François Hollande|François Hollande|François Hollande||en:Francois Hollande
Q2105|former_head_of_state|Q142|Jacques Chirac|Jacques Chirac|Жак Ширак|Jacques Chirac|Jacques Chirac|Jacques Chirac||
Q2042|former_head_of_state|Q142|Charles de Gaulle|Charles de Gaulle|Шарль де Голль|Charles de Gaulle|Charles de Gaulle|Charles de Gaulle||en:de Gaulle;fr:de Gaulle;fr:général de Gaulle;ru:де Голль
|former_head_of_state|Q142|Georges Pompidou|Georges Pompidou|Жорж Помпиду|Georges Pompidou|Georges Pompidou|Georges Pompidou||
|former_head_of_state|Q142|Valéry Giscard d'Estaing|Valéry Giscard d'Estaing|Валери Жискар д’Эстен|Valéry Giscard d'Estaing|Valéry Giscard d'Estaing|Valéry Giscard d'Estaing|N|en:Valery Giscard d'Estaing;en:Giscard d'Estaing;en:Giscard;fr:Giscard d'Estaing;fr:Giscard;fr:VGE;de:Giscard d'Estaing;de:Giscard;es:Giscard d'Estaing;es:Giscard;it:Giscard d'Estaing;it:Giscard;ru:Жискар д’Эстен;ru:Жискар
|former_head_of_state|Q142|François Mitterrand|François Mitterrand|Франсуа Миттеран|François Mitterrand|François Mitterrand|François Mitterrand||en:Francois Mitterrand
|foreign_minister|Q142|Jean-Noël Barrot|Jean-Noël Barrot|Жан-Ноэль Барро|Jean-Noël Barrot|Jean-Noël Barrot|Jean-Noël Barrot||
Q12927|politician|Q142|Marine Le Pen|Marine Le Pen|Марин Ле Пен|Marine Le Pen|Marine Le Pen|Marine Le Pen|F|
Q5829|politician|Q142|Jean-Luc Mélenchon|Jean-Luc Mélenchon|Жан-Люк Меланшон|Jean-Luc Mélenchon|Jean-Luc Mélenchon|Jean-Luc Mélenchon||
|politician|Q142|Jordan Bardella|Jordan Bardella|Жордан Барделла|Jordan Bardella|Jordan Bardella|Jordan Bardella||
Q60772|office_holder|Q183|Ursula von der Leyen|Ursula von der Leyen|Урсула фон дер Ляйен|Ursula von der Leyen|Ursula von der Leyen|Ursula von der Leyen|F|en:von der Leyen;fr:von der Leyen;de:von der Leyen;ru:фон дер Ляйен
|office_holder|Q45|António Costa|António Costa|Антониу Кошта|António Costa|António Costa|António Costa||en:Antonio Costa
|office_holder|Q191|Kaja Kallas|Kaja Kallas|Кая Каллас|Kaja Kallas|Kaja Kallas|Kaja Kallas|F|
|office_holder|Q29|Josep Borrell|Josep Borrell|Жозеп Боррель|Josep Borrell|Josep Borrell|Josep Borrell||
|office_holder|Q31|Charles Michel|Charles Michel|Шарль Мишель|Charles Michel|Charles Michel|Charles Michel||
Q311440|office_holder|Q45|António Guterres|António Guterres|Антониу Гутерреш|António Guterres|António Guterres|António Guterres||en:Antonio Guterres;fr:Antonio Guterres
|office_holder|Q20|Jens Stoltenberg|Jens Stoltenberg|Йенс Столтенберг|Jens Stoltenberg|Jens Stoltenberg|Jens Stoltenberg||
Q57792|office_holder|Q55|Mark Rutte|Mark Rutte|Марк Рютте|Mark Rutte|Mark Rutte|Mark Rutte||ru:Марк Рутте
|office_holder|Q39|Rafael Grossi|Rafael Grossi|Рафаэль Гросси|Rafael Grossi|Rafael Grossi|Rafael Grossi||en:Rafael Mariano Grossi
|office_holder|Q115|Tedros Adhanom Ghebreyesus|Tedros Adhanom Ghebreyesus|Тедрос Адханом Гебрейесус|Tedros Adhanom Ghebreyesus|Tedros Adhanom Ghebreyesus|Tedros Adhanom Ghebreyesus||en:Tedros
|office_holder|Q41|Kristalina Georgieva|Kristalina Georgieva|Кристалина Георгиева|Kristalina Georgiewa|Kristalina Georgieva|Kristalina Georgieva|F|
|foreign_minister|Q30|Antony Blinken|Antony Blinken|Энтони Блинкен|Antony Blinken|Antony Blinken|Antony Blinken||
Q324546|foreign_minister|Q30|Marco Rubio|Marco Rubio|Марко Рубио|Marco Rubio|Marco Rubio|Marco Rubio||
Q28935729|office_holder|Q30|JD Vance|JD Vance|Джей Ди Вэнс|JD Vance|JD Vance|JD Vance||en:J. D. Vance;en:James David Vance
Q10853588|office_holder|Q30|Kamala Harris|Kamala Harris|Камала Харрис|Kamala Harris|Kamala Harris|Kamala Harris|F|
|office_holder|Q30|Steve Witkoff|Steve Witkoff|Стив Уиткофф|Steve Witkoff|Steve Witkoff|Steve Witkoff||
|office_holder|Q30|Lloyd Austin|Lloyd Austin|Ллойд Остин|Lloyd Austin|Lloyd Austin|Lloyd Austin||
|office_holder|Q30|Pete Hegseth|Pete Hegseth|Пит Хегсет|Pete Hegseth|Pete Hegseth|Pete Hegseth||
|office_holder|Q30|Jake Sullivan|Jake Sullivan|Джейк Салливан|Jake Sullivan|Jake Sullivan|Jake Sullivan||
Q6294|politician|Q30|Hillary Clinton|Hillary Clinton|Хиллари Клинтон|Hillary Clinton|Hillary Clinton|Hillary Clinton|F|
Q1124|former_head_of_state|Q30|Bill Clinton|Bill Clinton|Билл Клинтон|Bill Clinton|Bill Clinton|Bill Clinton||
Q207|former_head_of_state|Q30|George W. Bush|George W. Bush|Джордж Буш|George W. Bush|George W. Bush|George W. Bush||en:George Bush
Q9960|former_head_of_state|Q30|Ronald Reagan|Ronald Reagan|Рональд Рейган|Ronald Reagan|Ronald Reagan|Ronald Reagan||
Q317521|businessperson|Q30|Elon Musk|Elon Musk|Илон Маск|Elon Musk|Elon Musk|Elon Musk||
Q43723|head_of_government|Q801|Benjamin Netanyahu|Benyamin Netanyahou|Биньямин Нетаньяху|Benjamin Netanjahu|Benjamín Netanyahu|Benjamin Netanyahu||en:Bibi Netanyahu;en:Bibi;fr:Benjamin Netanyahou;ru:Беньямин Нетаньяху;ru:Нетаньяху;de:Netanyahu
|head_of_state|Q801|Isaac Herzog|Isaac Herzog|Ицхак Герцог|Jitzchak Herzog|Isaac Herzog|Isaac Herzog||
Q57336|head_of_state|Q794|Ali Khamenei|Ali Khamenei|Али Хаменеи|Ali Chamenei|Alí Jameneí|Ali Khamenei||en:Ayatollah Khamenei;fr:ayatollah Khamenei;fr:Ali Khamenei;ru:аятолла Хаменеи
Q5933752|head_of_government|Q794|Masoud Pezeshkian|Massoud Pezeshkian|Масуд Пезешкиан|Massud Peseschkian|Masud Pezeshkian|Masoud Pezeshkian||
|former_head_of_state|Q794|Ebrahim Raisi|Ebrahim Raïssi|Эбрахим Раиси|Ebrahim Raisi|Ebrahim Raisi|Ebrahim Raisi||
|foreign_minister|Q794|Abbas Araghchi|Abbas Araghchi|Аббас Аракчи|Abbas Araghtschi|Abbas Araghchi|Abbas Araghchi||
Q44329|former_head_of_state|Q858|Bashar al-Assad|Bachar al-Assad|Башар Асад|Baschar al-Assad|Bashar al-Ásad|Bashar al-Assad||en:Assad;fr:Assad;fr:Bachar el-Assad;ru:Башар аль-Асад;ru:Асад;de:Assad;es:Asad;it:Assad
|head_of_state|Q858|Ahmed al-Sharaa|Ahmed al-Charaa|Ахмед аш-Шараа|Ahmed al-Scharaa|Ahmed al Shara|Ahmed al-Sharaa||en:Abu Mohammad al-Julani;fr:Abou Mohammed al-Joulani
Q56226|head_of_state|Q423|Kim Jong Un|Kim Jong-un|Ким Чен Ын|Kim Jong-un|Kim Jong-un|Kim Jong-un|C|en:Kim Jong-un
Q3099714|former_head_of_government|Q16|Justin Trudeau|Justin Trudeau|Джастин Трюдо|Justin Trudeau|Justin Trudeau|Justin Trudeau||
|head_of_government|Q16|Mark Carney|Mark Carney|Марк Карни|Mark Carney|Mark Carney|Mark Carney||
Q37181|head_of_state|Q155|Luiz Inácio Lula da Silva|Luiz Inácio Lula da Silva|Луис Инасиу Лула да Силва|Luiz Inácio Lula da Silva|Luiz Inácio Lula da Silva|Luiz Inácio Lula da Silva||en:Lula;fr:Lula;ru:Лула;ru:Лула да Силва;de:Lula;es:Lula;it:Lula;en:Lula da Silva
|head_of_state|Q414|Javier Milei|Javier Milei|Хавьер Милей|Javier Milei|Javier Milei|Javier Milei||
|head_of_state|Q96|Claudia Sheinbaum|Claudia Sheinbaum|Клаудия Шейнбаум|Claudia Sheinbaum|Claudia Sheinbaum|Claudia Sheinbaum|F|
|head_of_state|Q258|Cyril Ramaphosa|Cyril Ramaphosa|Сирил Рамафоса|Cyril Ramaphosa|Cyril Ramaphosa|Cyril Ramaphosa||
|head_of_state|Q252|Prabowo Subianto|Prabowo Subianto|Прабово Субианто|Prabowo Subianto|Prabowo Subianto|Prabowo Subianto||en:Prabowo
Q132345|former_head_of_government|Q17|Shinzo Abe|Shinzo Abe|Синдзо Абэ|Shinzō Abe|Shinzō Abe|Shinzō Abe||
|former_head_of_government|Q17|Shigeru Ishiba|Shigeru Ishiba|Сигэру Исиба|Shigeru Ishiba|Shigeru Ishiba|Shigeru Ishiba||
|head_of_government|Q17|Sanae Takaichi|Sanae Takaichi|Санаэ Такаити|Sanae Takaichi|Sanae Takaichi|Sanae Takaichi|F|
|head_of_state|Q884|Lee Jae-myung|Lee Jae-myung|Ли Чжэ Мён|Lee Jae-myung|Lee Jae-myung|Lee Jae-myung|C|
|head_of_government|Q408|Anthony Albanese|Anthony Albanese|Энтони Албанезе|Anthony Albanese|Anthony Albanese|Anthony Albanese||
|head_of_government|Q851|Mohammed bin Salman|Mohammed ben Salmane|Мухаммед бен Сальман|Mohammed bin Salman|Mohammed bin Salmán|Mohammad bin Salman||en:MBS;fr:MBS
|head_of_state|Q79|Abdel Fattah el-Sisi|Abdel Fattah al-Sissi|Абдель Фаттах ас-Сиси|Abd al-Fattah as-Sisi|Abdelfatah al Sisi|Abd al-Fattah al-Sisi||en:Sisi;fr:Sissi;ru:Сиси;de:Sisi
|head_of_state|Q846|Tamim bin Hamad Al Thani|Tamim ben Hamad Al Thani|Тамим бен Хамад Аль Тани|Tamim bin Hamad Al Thani|Tamim bin Hamad Al Thani|Tamim bin Hamad Al Thani||
|head_of_government|Q843|Shehbaz Sharif|Shehbaz Sharif|Шахбаз Шариф|Shehbaz Sharif|Shehbaz Sharif|Shehbaz Sharif||
|head_of_state|Q889|Hibatullah Akhundzada|Haibatullah Akhundzada|Хайбатулла Ахундзада|Haibatullah Achundsada|Hibatullah Akhundzada|Hibatullah Akhundzada||
|political_figure|Q219060|Mahmoud Abbas|Mahmoud Abbas|Махмуд Аббас|Mahmud Abbas|Mahmud Abás|Mahmoud Abbas||
|political_figure|Q219060|Yahya Sinwar|Yahya Sinouar|Яхья Синвар|Jahja Sinwar|Yahya Sinwar|Yahya Sinwar||
|political_figure|Q822|Hassan Nasrallah|Hassan Nasrallah|Хасан Насралла|Hassan Nasrallah|Hasán Nasralá|Hassan Nasrallah||
|separatist_leader|Q217|Vadim Krasnoselsky||Вадим Красносельский|||||
Q5816|former_head_of_state|Q148|Mao Zedong|Mao Zedong|Мао Цзэдун|Mao Zedong|Mao Zedong|Mao Zedong|C|en:Mao Tse-tung;fr:Mao Tsé-toung;fr:Mao
|head_of_government|Q148|Li Qiang|Li Qiang|Ли Цян|Li Qiang|Li Qiang|Li Qiang|C|
|foreign_minister|Q148|Wang Yi|Wang Yi|Ван И|Wang Yi|Wang Yi|Wang Yi|C|
|head_of_government|Q232|Olzhas Bektenov|Oljas Bektenov|Олжас Бектенов|Olschas Bektenow|Olzhas Bektenov|Olzhas Bektenov||
|foreign_minister|Q232|Murat Nurtleu|Mourat Nourtleou|Мурат Нуртлеу|Murat Nurtleu|Murat Nurtleu|Murat Nurtleu||
|office_holder|Q232|Karim Massimov|Karim Massimov|Карим Масимов|Karim Massimow|Karim Masímov|Karim Massimov||
Q28002959|head_of_government|Q265|Abdulla Aripov|Abdoulla Aripov|Абдулла Арипов|Abdulla Aripow|Abdulla Arípov|Abdulla Aripov||
|head_of_government|Q227|Ali Asadov|Ali Assadov|Али Асадов|Ali Əsədov|Alí Asádov|Ali Asadov||
|foreign_minister|Q399|Ararat Mirzoyan|Ararat Mirzoyan|Арарат Мирзоян|Ararat Mirsojan|Ararat Mirzoyán|Ararat Mirzoyan||
|head_of_state|Q218|Nicușor Dan|Nicușor Dan|Никушор Дан|Nicușor Dan|Nicușor Dan|Nicușor Dan||en:Nicusor Dan
|head_of_government|Q214|Robert Fico|Robert Fico|Роберт Фицо|Robert Fico|Robert Fico|Robert Fico||
|head_of_state|Q1246|Vjosa Osmani|Vjosa Osmani|Вьоса Османи|Vjosa Osmani|Vjosa Osmani|Vjosa Osmani|F|
|head_of_state|Q403|Aleksandar Vučić|Aleksandar Vučić|Александр Вучич|Aleksandar Vučić|Aleksandar Vučić|Aleksandar Vučić||en:Aleksandar Vucic;fr:Aleksandar Vucic
|head_of_government|Q41|Kyriakos Mitsotakis|Kyriakos Mitsotakis|Кириакос Мицотакис|Kyriakos Mitsotakis|Kyriakos Mitsotakis|Kyriakos Mitsotakis||
|head_of_state|Q37|Gitanas Nausėda|Gitanas Nausėda|Гитанас Науседа|Gitanas Nausėda|Gitanas Nausėda|Gitanas Nausėda||
|head_of_state|Q33|Alexander Stubb|Alexander Stubb|Александр Стубб|Alexander Stubb|Alexander Stubb|Alexander Stubb||
Q10304982|former_head_of_state|Q155|Jair Bolsonaro|Jair Bolsonaro|Жаир Болсонару|Jair Bolsonaro|Jair Bolsonaro|Jair Bolsonaro||
|former_head_of_state|Q155|Dilma Rousseff|Dilma Rousseff|Дилма Руссефф|Dilma Rousseff|Dilma Rousseff|Dilma Rousseff|F|
|former_head_of_government|Q145|Liz Truss|Liz Truss|Лиз Трасс|Liz Truss|Liz Truss|Liz Truss|F|en:Elizabeth Truss
|former_head_of_government|Q145|David Cameron|David Cameron|Дэвид Кэмерон|David Cameron|David Cameron|David Cameron||
Q11860|former_head_of_government|Q38|Silvio Berlusconi|Silvio Berlusconi|Сильвио Берлускони|Silvio Berlusconi|Silvio Berlusconi|Silvio Berlusconi||
|former_head_of_government|Q38|Mario Draghi|Mario Draghi|Марио Драги|Mario Draghi|Mario Draghi|Mario Draghi||
|former_head_of_government|Q38|Matteo Renzi|Matteo Renzi|Маттео Ренци|Matteo Renzi|Matteo Renzi|Matteo Renzi||
|former_head_of_government|Q38|Giuseppe Conte|Giuseppe Conte|Джузеппе Конте|Giuseppe Conte|Giuseppe Conte|Giuseppe Conte||
|former_head_of_government|Q17|Fumio Kishida|Fumio Kishida|Фумио Кисида|Fumio Kishida|Fumio Kishida|Fumio Kishida||
|former_head_of_state|Q414|Mauricio Macri|Mauricio Macri|Маурисио Макри|Mauricio Macri|Mauricio Macri|Mauricio Macri||
|former_head_of_state|Q414|Cristina Fernández de Kirchner|Cristina Fernández de Kirchner|Кристина Фернандес де Киршнер|Cristina Fernández de Kirchner|Cristina Fernández de Kirchner|Cristina Fernández de Kirchner|FN|en:Cristina Kirchner;en:Cristina Fernandez de Kirchner;fr:Cristina Kirchner;de:Cristina Kirchner;es:Cristina Kirchner;es:Cristina Fernández;it:Cristina Kirchner;ru:Кристина Киршнер
|former_head_of_state|Q96|Andrés Manuel López Obrador|Andrés Manuel López Obrador|Андрес Мануэль Лопес Обрадор|Andrés Manuel López Obrador|Andrés Manuel López Obrador|Andrés Manuel López Obrador|N|en:López Obrador;en:Lopez Obrador;en:Andres Manuel Lopez Obrador;en:AMLO;fr:López Obrador;fr:AMLO;de:López Obrador;de:AMLO;es:López Obrador;es:AMLO;it:López Obrador;it:AMLO;ru:Лопес Обрадор
|former_head_of_state|Q258|Jacob Zuma|Jacob Zuma|Джейкоб Зума|Jacob Zuma|Jacob Zuma|Jacob Zuma||
|former_head_of_state|Q148|Hu Jintao|Hu Jintao|Ху Цзиньтао|Hu Jintao|Hu Jintao|Hu Jintao|C|
|former_head_of_state|Q252|Joko Widodo|Joko Widodo|Джоко Видодо|Joko Widodo|Joko Widodo|Joko Widodo||en:Jokowi;fr:Jokowi;de:Jokowi;es:Jokowi;it:Jokowi;ru:Джокови
|former_head_of_state|Q884|Yoon Suk Yeol|Yoon Suk-yeol|Юн Сок Ёль|Yoon Suk-yeol|Yoon Suk-yeol|Yoon Suk-yeol|C|en:Yoon Suk-yeol
Q76658|head_of_state|Q183|Frank-Walter Steinmeier|Frank-Walter Steinmeier|Франк-Вальтер Штайнмайер|Frank-Walter Steinmeier|Frank-Walter Steinmeier|Frank-Walter Steinmeier||
|head_of_state|Q851|Salman of Saudi Arabia|Salmane ben Abdelaziz Al Saoud|Сальман ибн Абдул-Азиз Аль Сауд|Salman ibn Abd al-Aziz|Salmán bin Abdelaziz|Salman bin Abd al-Aziz|N|en:King Salman;en:Salman bin Abdulaziz;en:Salman bin Abdulaziz Al Saud;fr:roi Salmane;fr:Salmane ben Abdelaziz;de:König Salman;es:rey Salmán;it:re Salman;ru:король Сальман
|former_head_of_government|Q142|Dominique de Villepin|Dominique de Villepin|Доминик де Вильпен|Dominique de Villepin|Dominique de Villepin|Dominique de Villepin||en:Villepin;fr:Villepin
|former_head_of_government|Q142|Michel Rocard|Michel Rocard|Мишель Рокар|Michel Rocard|Michel Rocard|Michel Rocard||
|former_head_of_government|Q142|Lionel Jospin|Lionel Jospin|Лионель Жоспен|Lionel Jospin|Lionel Jospin|Lionel Jospin||
|former_head_of_government|Q142|Alain Juppé|Alain Juppé|Ален Жюппе|Alain Juppé|Alain Juppé|Alain Juppé||en:Alain Juppe
|politician|Q142|Simone Veil|Simone Veil|Симона Вейль|Simone Veil|Simone Veil|Simone Veil|F|
|former_head_of_government|Q142|Manuel Valls|Manuel Valls|Мануэль Вальс|Manuel Valls|Manuel Valls|Manuel Valls||
|former_head_of_government|Q142|François Fillon|François Fillon|Франсуа Фийон|François Fillon|François Fillon|François Fillon||en:Francois Fillon
|head_of_government|Q142|Sébastien Lecornu|Sébastien Lecornu|Себастьен Лекорню|Sébastien Lecornu|Sébastien Lecornu|Sébastien Lecornu||en:Sebastien Lecornu
|former_head_of_government|Q142|François Bayrou|François Bayrou|Франсуа Байру|François Bayrou|François Bayrou|François Bayrou||en:Francois Bayrou
|former_head_of_government|Q142|Michel Barnier|Michel Barnier|Мишель Барнье|Michel Barnier|Michel Barnier|Michel Barnier||
|former_head_of_government|Q142|Gabriel Attal|Gabriel Attal|Габриэль Атталь|Gabriel Attal|Gabriel Attal|Gabriel Attal||
|former_head_of_government|Q142|Élisabeth Borne|Élisabeth Borne|Элизабет Борн|Élisabeth Borne|Élisabeth Borne|Élisabeth Borne|F|en:Elisabeth Borne;fr:Elisabeth Borne
|former_head_of_government|Q142|Jean Castex|Jean Castex|Жан Кастекс|Jean Castex|Jean Castex|Jean Castex||
|former_head_of_government|Q142|Édouard Philippe|Édouard Philippe|Эдуар Филипп|Édouard Philippe|Édouard Philippe|Édouard Philippe|N|en:Edouard Philippe;fr:Edouard Philippe
|office_holder|Q142|Gérald Darmanin|Gérald Darmanin|Жеральд Дарманен|Gérald Darmanin|Gérald Darmanin|Gérald Darmanin||en:Gerald Darmanin
|politician|Q142|Éric Dupond-Moretti|Éric Dupond-Moretti|Эрик Дюпон-Моретти|Éric Dupond-Moretti|Éric Dupond-Moretti|Éric Dupond-Moretti||en:Eric Dupond-Moretti
|politician|Q142|Bruno Le Maire|Bruno Le Maire|Брюно Ле Мэр|Bruno Le Maire|Bruno Le Maire|Bruno Le Maire|N|
|politician|Q142|Jean-Yves Le Drian|Jean-Yves Le Drian|Жан-Ив Ле Дриан|Jean-Yves Le Drian|Jean-Yves Le Drian|Jean-Yves Le Drian||
|politician|Q142|Olivier Véran|Olivier Véran|Оливье Веран|Olivier Véran|Olivier Véran|Olivier Véran||en:Olivier Veran
|politician|Q142|Christophe Castaner|Christophe Castaner|Кристоф Кастанер|Christophe Castaner|Christophe Castaner|Christophe Castaner||
|politician|Q142|Catherine Colonna|Catherine Colonna|Катрин Колонна|Catherine Colonna|Catherine Colonna|Catherine Colonna|FN|
|office_holder|Q142|Stéphane Séjourné|Stéphane Séjourné|Стефан Сежурне|Stéphane Séjourné|Stéphane Séjourné|Stéphane Séjourné||en:Stephane Sejourne
|politician|Q142|Agnès Pannier-Runacher|Agnès Pannier-Runacher|Аньес Панье-Рюнаше|Agnès Pannier-Runacher|Agnès Pannier-Runacher|Agnès Pannier-Runacher|F|en:Agnes Pannier-Runacher
|politician|Q142|Pap Ndiaye|Pap Ndiaye|Пап Ндиай|Pap Ndiaye|Pap Ndiaye|Pap Ndiaye|N|
|politician|Q142|Jean-Michel Blanquer|Jean-Michel Blanquer|Жан-Мишель Бланкер|Jean-Michel Blanquer|Jean-Michel Blanquer|Jean-Michel Blanquer||
|politician|Q142|Roselyne Bachelot|Roselyne Bachelot|Розлин Башло|Roselyne Bachelot|Roselyne Bachelot|Roselyne Bachelot|F|
|politician|Q142|Barbara Pompili|Barbara Pompili|Барбара Помпили|Barbara Pompili|Barbara Pompili|Barbara Pompili|F|
|politician|Q142|Olivier Dussopt|Olivier Dussopt|Оливье Дюссопт|Olivier Dussopt|Olivier Dussopt|Olivier Dussopt||
|politician|Q142|Marlène Schiappa|Marlène Schiappa|Марлен Скьяппа|Marlène Schiappa|Marlène Schiappa|Marlène Schiappa|F|en:Marlene Schiappa
|politician|Q142|Bruno Retailleau|Bruno Retailleau|Брюно Ретайо|Bruno Retailleau|Bruno Retailleau|Bruno Retailleau||
|office_holder|Q142|Laurent Nuñez|Laurent Nuñez|Лоран Нуньес|Laurent Nuñez|Laurent Nuñez|Laurent Nuñez|N|en:Laurent Nunez;fr:Laurent Nunez;fr:Nuñez
|office_holder|Q142|Yaël Braun-Pivet|Yaël Braun-Pivet|Яэль Браун-Пиве|Yaël Braun-Pivet|Yaël Braun-Pivet|Yaël Braun-Pivet|F|en:Yael Braun-Pivet
|office_holder|Q142|Gérard Larcher|Gérard Larcher|Жерар Ларше|Gérard Larcher|Gérard Larcher|Gérard Larcher||en:Gerard Larcher
|politician|Q142|Rachida Dati|Rachida Dati|Рашида Дати|Rachida Dati|Rachida Dati|Rachida Dati|F|
|politician|Q142|Éric Zemmour|Éric Zemmour|Эрик Земмур|Éric Zemmour|Éric Zemmour|Éric Zemmour||en:Eric Zemmour;fr:Eric Zemmour
|politician|Q142|Valérie Pécresse|Valérie Pécresse|Валери Пекресс|Valérie Pécresse|Valérie Pécresse|Valérie Pécresse|F|en:Valerie Pecresse
|politician|Q142|Yannick Jadot|Yannick Jadot|Янник Жадо|Yannick Jadot|Yannick Jadot|Yannick Jadot||
|politician|Q142|Fabien Roussel|Fabien Roussel|Фабьен Руссель|Fabien Roussel|Fabien Roussel|Fabien Roussel||
Q2851133|office_holder|Q142|Anne Hidalgo|Anne Hidalgo|Анн Идальго|Anne Hidalgo|Anne Hidalgo|Anne Hidalgo|FN|en:Hidalgo;fr:Hidalgo;de:Hidalgo;it:Hidalgo;ru:Идальго
|politician|Q142|Nicolas Dupont-Aignan|Nicolas Dupont-Aignan|Николя Дюпон-Эньян|Nicolas Dupont-Aignan|Nicolas Dupont-Aignan|Nicolas Dupont-Aignan||
|politician|Q142|Florian Philippot|Florian Philippot|Флориан Филиппо|Florian Philippot|Florian Philippot|Florian Philippot||
|politician|Q142|François Asselineau|François Asselineau|Франсуа Асселино|François Asselineau|François Asselineau|François Asselineau||
|politician|Q142|Julien Bayou|Julien Bayou|Жюльен Байу|Julien Bayou|Julien Bayou|Julien Bayou||
|politician|Q142|Marion Maréchal|Marion Maréchal|Марион Марешаль|Marion Maréchal|Marion Maréchal|Marion Maréchal|FN|en:Marion Marechal;en:Marion Maréchal-Le Pen;fr:Marion Maréchal-Le Pen;ru:Марион Марешаль-Ле Пен
|politician|Q142|Laurent Wauquiez|Laurent Wauquiez|Лоран Вокье|Laurent Wauquiez|Laurent Wauquiez|Laurent Wauquiez||
|politician|Q142|Éric Ciotti|Éric Ciotti|Эрик Чотти|Éric Ciotti|Éric Ciotti|Éric Ciotti||en:Eric Ciotti
|politician|Q142|François Ruffin|François Ruffin|Франсуа Рюффен|François Ruffin|François Ruffin|François Ruffin||
|politician|Q142|Raphaël Glucksmann|Raphaël Glucksmann|Рафаэль Глюксман|Raphaël Glucksmann|Raphaël Glucksmann|Raphaël Glucksmann||en:Raphael Glucksmann
|politician|Q142|Olivier Faure|Olivier Faure|Оливье Фор|Olivier Faure|Olivier Faure|Olivier Faure||
|politician|Q142|Marine Tondelier|Marine Tondelier|Марин Тонделье|Marine Tondelier|Marine Tondelier|Marine Tondelier|F|
|politician|Q142|Mathilde Panot|Mathilde Panot|Матильд Пано|Mathilde Panot|Mathilde Panot|Mathilde Panot|F|
|public_figure|Q142|Brigitte Macron|Brigitte Macron|Брижит Макрон|Brigitte Macron|Brigitte Macron|Brigitte Macron|FN|
|office_holder|Q142|Christine Lagarde|Christine Lagarde|Кристин Лагард|Christine Lagarde|Christine Lagarde|Christine Lagarde|F|
|politician|Q142|Thierry Breton|Thierry Breton|Тьерри Бретон|Thierry Breton|Thierry Breton|Thierry Breton|N|
|office_holder|Q233|Roberta Metsola|Roberta Metsola|Роберта Мецола|Roberta Metsola|Roberta Metsola|Roberta Metsola|F|
|office_holder|Q159|Nikolai Patrushev|Nikolaï Patrouchev|Николай Патрушев|Nikolai Patruschew|Nikolái Pátrushev|Nikolaj Patrušev||en:Nikolay Patrushev
|office_holder|Q159|Vladimir Medinsky|Vladimir Medinski|Владимир Мединский|Wladimir Medinski|Vladímir Medinski|Vladimir Medinskij||
|journalist|Q159|Margarita Simonyan|Margarita Simonian|Маргарита Симоньян|Margarita Simonjan|Margarita Simonián|Margarita Simonyan|F|
|politician|Q159|Gennady Zyuganov|Guennadi Ziouganov|Геннадий Зюганов|Gennadi Sjuganow|Guennadi Ziugánov|Gennadij Zjuganov||
|politician|Q212|Oleksii Reznikov|Oleksiï Reznikov|Алексей Резников|Oleksij Resnikow|Oleksii Réznikov|Oleksij Reznikov||en:Oleksiy Reznikov;uk:Олексій Резніков
|office_holder|Q212|Mykhailo Podolyak|Mykhaïlo Podoliak|Михаил Подоляк|Mychajlo Podoljak|Mijailo Podoliak|Mychajlo Podoljak||fr:Podolyak;uk:Михайло Подоляк
|former_head_of_government|Q212|Denys Shmyhal|Denys Chmyhal|Денис Шмыгаль|Denys Schmyhal|Denís Shmigal|Denys Šmyhal'||en:Denys Shmygal;uk:Денис Шмигаль
|office_holder|Q212|Vitali Klitschko|Vitali Klitschko|Виталий Кличко|Vitali Klitschko|Vitali Klitschkó|Vitali Klitschko||en:Vitaliy Klitschko;uk:Віталій Кличко
|office_holder|Q212|Rustem Umerov|Roustem Oumerov|Рустем Умеров|Rustem Umjerow|Rustem Umérov|Rustem Umerov||uk:Рустем Умєров
|politician|Q183|Alice Weidel|Alice Weidel|Алиса Вайдель|Alice Weidel|Alice Weidel|Alice Weidel|F|
|politician|Q183|Sahra Wagenknecht|Sahra Wagenknecht|Сара Вагенкнехт|Sahra Wagenknecht|Sahra Wagenknecht|Sahra Wagenknecht|F|
|politician|Q38|Matteo Salvini|Matteo Salvini|Маттео Сальвини|Matteo Salvini|Matteo Salvini|Matteo Salvini||
|politician|Q145|Nigel Farage|Nigel Farage|Найджел Фарадж|Nigel Farage|Nigel Farage|Nigel Farage||
Q170581|politician|Q30|Nancy Pelosi|Nancy Pelosi|Нэнси Пелоси|Nancy Pelosi|Nancy Pelosi|Nancy Pelosi|F|
|politician|Q30|Kevin McCarthy|Kevin McCarthy|Кевин Маккарти|Kevin McCarthy|Kevin McCarthy|Kevin McCarthy||
Q24313|politician|Q30|Mike Pence|Mike Pence|Майк Пенс|Mike Pence|Mike Pence|Mike Pence||
Q473239|politician|Q30|Mike Pompeo|Mike Pompeo|Майк Помпео|Mike Pompeo|Mike Pompeo|Mike Pompeo||
|spokesperson|Q30|Jen Psaki|Jen Psaki|Джен Псаки|Jen Psaki|Jen Psaki|Jen Psaki|F|
|spokesperson|Q30|John Kirby|John Kirby|Джон Кирби|John Kirby|John Kirby|John Kirby||
|politician|Q30|Victoria Nuland|Victoria Nuland|Виктория Нуланд|Victoria Nuland|Victoria Nuland|Victoria Nuland|F|
|office_holder|Q30|Mike Johnson|Mike Johnson|Майк Джонсон|Mike Johnson|Mike Johnson|Mike Johnson|N|
|office_holder|Q30|Tulsi Gabbard|Tulsi Gabbard|Тулси Габбард|Tulsi Gabbard|Tulsi Gabbard|Tulsi Gabbard|F|
|office_holder|Q30|Kash Patel|Kash Patel|Кэш Пател|Kash Patel|Kash Patel|Kash Patel|N|
|office_holder|Q30|Robert F. Kennedy Jr.|Robert F. Kennedy Jr.||Robert F. Kennedy Jr.|Robert F. Kennedy Jr.|Robert F. Kennedy Jr.||en:RFK Jr.;en:Robert Kennedy Jr.;fr:RFK Jr.;fr:Robert Kennedy Jr.;de:Robert Kennedy Jr.;es:Robert Kennedy Jr.;it:Robert Kennedy Jr.;ru:Роберт Кеннеди-младший;ru:Роберта Кеннеди-младшего;ru:Роберту Кеннеди-младшему;ru:Робертом Кеннеди-младшим;ru:Роберте Кеннеди-младшем
|office_holder|Q30|Scott Bessent|Scott Bessent|Скотт Бессент|Scott Bessent|Scott Bessent|Scott Bessent||
|spokesperson|Q30|Karoline Leavitt|Karoline Leavitt|Кэролайн Левитт|Karoline Leavitt|Karoline Leavitt|Karoline Leavitt|F|
Q380900|politician|Q30|Chuck Schumer|Chuck Schumer|Чак Шумер|Chuck Schumer|Chuck Schumer|Chuck Schumer||
Q359442|politician|Q30|Bernie Sanders|Bernie Sanders|Берни Сандерс|Bernie Sanders|Bernie Sanders|Bernie Sanders||
Q5284|businessperson|Q30|Bill Gates|Bill Gates|Билл Гейтс|Bill Gates|Bill Gates|Bill Gates||
|public_figure|Q30|Melinda French Gates|Melinda French Gates|Мелинда Френч Гейтс|Melinda French Gates|Melinda French Gates|Melinda French Gates|FN|en:Melinda Gates;fr:Melinda Gates;de:Melinda Gates;es:Melinda Gates;it:Melinda Gates;ru:Мелинда Гейтс
Q12908|businessperson|Q30|George Soros|George Soros|Джордж Сорос|George Soros|George Soros|George Soros||
|businessperson|Q183|Klaus Schwab|Klaus Schwab|Клаус Шваб|Klaus Schwab|Klaus Schwab|Klaus Schwab||
Q312556|businessperson|Q30|Jeff Bezos|Jeff Bezos|Джефф Безос|Jeff Bezos|Jeff Bezos|Jeff Bezos||
Q36215|businessperson|Q30|Mark Zuckerberg|Mark Zuckerberg|Марк Цукерберг|Mark Zuckerberg|Mark Zuckerberg|Mark Zuckerberg||
|businessperson|Q142|Vincent Bolloré|Vincent Bolloré|Венсан Боллоре|Vincent Bolloré|Vincent Bolloré|Vincent Bolloré||en:Vincent Bollore
|businessperson|Q142|Bernard Arnault|Bernard Arnault|Бернар Арно|Bernard Arnault|Bernard Arnault|Bernard Arnault||
|public_figure|Q142|Jacques Attali|Jacques Attali|Жак Аттали|Jacques Attali|Jacques Attali|Jacques Attali||
|public_figure|Q142|Coluche|Coluche|Колюш|Coluche|Coluche|Coluche||
|scientist|Q30|Anthony Fauci|Anthony Fauci|Энтони Фаучи|Anthony Fauci|Anthony Fauci|Anthony Fauci||
|scientist|Q142|Didier Raoult|Didier Raoult|Дидье Рауль|Didier Raoult|Didier Raoult|Didier Raoult||
|public_figure|Q142|Bernard-Henri Lévy|Bernard-Henri Lévy|Бернар-Анри Леви|Bernard-Henri Lévy|Bernard-Henri Lévy|Bernard-Henri Lévy|N|en:Bernard-Henri Levy;en:BHL;fr:BHL
Q56434717|activist|Q34|Greta Thunberg|Greta Thunberg|Грета Тунберг|Greta Thunberg|Greta Thunberg|Greta Thunberg|F|
|former_head_of_government|Q36|Mateusz Morawiecki|Mateusz Morawiecki|Матеуш Моравецкий|Mateusz Morawiecki|Mateusz Morawiecki|Mateusz Morawiecki||
|former_head_of_state|Q36|Andrzej Duda|Andrzej Duda|Анджей Дуда|Andrzej Duda|Andrzej Duda|Andrzej Duda||
|office_holder|Q30|Jerome Powell|Jerome Powell|Джером Пауэлл|Jerome Powell|Jerome Powell|Jerome Powell|N|en:Jay Powell;fr:Jay Powell
Q10390|politician|Q30|John McCain|John McCain|Джон Маккейн|John McCain|John McCain|John McCain||
|politician|Q32|Jean-Claude Juncker|Jean-Claude Juncker|Жан-Клод Юнкер|Jean-Claude Juncker|Jean-Claude Juncker|Jean-Claude Juncker||
|politician|Q142|Nicolas Hulot|Nicolas Hulot|Николя Юло|Nicolas Hulot|Nicolas Hulot|Nicolas Hulot||
|politician|Q142|Fabrice Leggeri|Fabrice Leggeri|Фабрис Леджери|Fabrice Leggeri|Fabrice Leggeri|Fabrice Leggeri||
Q66107|diplomat|Q30|Henry Kissinger|Henry Kissinger|Генри Киссинджер|Henry Kissinger|Henry Kissinger|Henry Kissinger||
|politician|Q183|Robert Habeck|Robert Habeck|Роберт Хабек|Robert Habeck|Robert Habeck|Robert Habeck||
|politician|Q183|Christian Lindner|Christian Lindner|Кристиан Линднер|Christian Lindner|Christian Lindner|Christian Lindner||
|academic|Q30|John Mearsheimer|John Mearsheimer|Джон Миршаймер|John Mearsheimer|John Mearsheimer|John Mearsheimer||
|politician|Q30|Lindsey Graham|Lindsey Graham|Линдси Грэм|Lindsey Graham|Lindsey Graham|Lindsey Graham|N|
Q4962244|judge|Q30|Brett Kavanaugh|Brett Kavanaugh|Бретт Кавано|Brett Kavanaugh|Brett Kavanaugh|Brett Kavanaugh||
Q450675|religious_leader|Q237|Pope Francis|pape François||Papst Franziskus|papa Francisco|papa Francesco|N|en:Jorge Mario Bergoglio;en:Jorge Bergoglio;en:Bergoglio;en:Pope Bergoglio;fr:Pape François;fr:Jorge Mario Bergoglio;fr:Bergoglio;de:Franziskus;de:Jorge Mario Bergoglio;de:Bergoglio;es:Papa Francisco;es:Jorge Mario Bergoglio;es:Bergoglio;it:Papa Francesco;it:Jorge Mario Bergoglio;it:Bergoglio;ru:Папа Франциск;ru:Папы Франциска;ru:Папе Франциску;ru:Папу Франциска;ru:Папой Франциском;ru:Франциск;ru:Франциска;ru:Франциску;ru:Франциском;ru:Франциске;ru:Хорхе Марио Бергольо;ru:Бергольо
Q2494|religious_leader|Q237|Pope Benedict XVI|Benoît XVI||Benedikt XVI.|Benedicto XVI|Benedetto XVI|N|en:Benedict XVI;en:Pope Benedict;en:Joseph Ratzinger;en:Ratzinger;fr:pape Benoît XVI;fr:Joseph Ratzinger;fr:Ratzinger;de:Papst Benedikt XVI.;de:Joseph Ratzinger;de:Ratzinger;es:papa Benedicto XVI;es:Joseph Ratzinger;es:Ratzinger;it:papa Benedetto XVI;it:Joseph Ratzinger;it:Ratzinger;ru:Бенедикт XVI;ru:Бенедикта XVI;ru:Бенедикту XVI;ru:Бенедиктом XVI;ru:Бенедикте XVI;ru:Папа Бенедикт XVI;ru:Йозеф Ратцингер;ru:Ратцингер;ru:Ратцингера;ru:Ратцингеру;ru:Ратцингером;ru:Ратцингере
|religious_leader|Q237|Pope John Paul II|Jean-Paul II||Johannes Paul II.|Juan Pablo II|Giovanni Paolo II|N|en:John Paul II;en:Saint John Paul II;en:Karol Wojtyła;en:Karol Wojtyla;en:Wojtyła;en:Wojtyla;fr:pape Jean-Paul II;fr:Karol Wojtyła;fr:Karol Wojtyla;de:Papst Johannes Paul II.;de:Karol Wojtyła;es:papa Juan Pablo II;es:Karol Wojtyła;it:papa Giovanni Paolo II;it:Karol Wojtyła;ru:Иоанн Павел II;ru:Иоанна Павла II;ru:Иоанну Павлу II;ru:Иоанном Павлом II;ru:Иоанне Павле II;ru:Папа Иоанн Павел II;ru:Кароль Войтыла
|politician|Q30|Nikki Haley|Nikki Haley|Никки Хейли|Nikki Haley|Nikki Haley|Nikki Haley|F|
|activist|Q30|Pamela Geller|Pamela Geller|Памела Геллер|Pamela Geller|Pamela Geller|Pamela Geller|F|
|journalist|Q30|Jim Acosta|Jim Acosta|Джим Акоста|Jim Acosta|Jim Acosta|Jim Acosta|N|
|criminal|Q30|Stephen Paddock|Stephen Paddock|Стивен Пэддок|Stephen Paddock|Stephen Paddock|Stephen Paddock||
|commentator|Q30|Robert Spencer|Robert Spencer|Роберт Спенсер|Robert Spencer|Robert Spencer|Robert Spencer|N|
|office_holder|Q30|Robert Mueller|Robert Mueller|Роберт Мюллер|Robert Mueller|Robert Mueller|Robert Mueller||en:Robert S. Mueller;en:Robert S. Mueller III;en:Bob Mueller
|public_figure|Q30|Christine Blasey Ford|Christine Blasey Ford|Кристин Блейзи Форд|Christine Blasey Ford|Christine Blasey Ford|Christine Blasey Ford|FN|en:Christine Ford;en:Blasey Ford;fr:Christine Ford;fr:Blasey Ford;de:Blasey Ford;es:Blasey Ford;it:Blasey Ford
|religious_leader|Q30|Louis Farrakhan|Louis Farrakhan|Луис Фаррахан|Louis Farrakhan|Louis Farrakhan|Louis Farrakhan||
Q167607|office_holder|Q30|James Comey|James Comey|Джеймс Коми|James Comey|James Comey|James Comey||en:James B. Comey
|politician|Q30|Dianne Feinstein|Dianne Feinstein|Дайэнн Файнстайн|Dianne Feinstein|Dianne Feinstein|Dianne Feinstein|F|
|politician|Q30|Keith Ellison|Keith Ellison|Кит Эллисон|Keith Ellison|Keith Ellison|Keith Ellison|N|
|office_holder|Q30|Peter Strzok|Peter Strzok|Питер Стржок|Peter Strzok|Peter Strzok|Peter Strzok||
|politician|Q30|Jeff Sessions|Jeff Sessions|Джефф Сешнс|Jeff Sessions|Jeff Sessions|Jeff Sessions||
|political_figure|Q30|Paul Manafort|Paul Manafort|Пол Манафорт|Paul Manafort|Paul Manafort|Paul Manafort||
|politician|Q30|Sarah Huckabee Sanders|Sarah Huckabee Sanders|Сара Хакаби Сандерс|Sarah Huckabee Sanders|Sarah Huckabee Sanders|Sarah Huckabee Sanders|FN|en:Sarah Sanders;en:Huckabee Sanders;fr:Sarah Sanders;de:Sarah Sanders;ru:Сара Сандерс
|politician|Q30|John Bolton|John Bolton|Джон Болтон|John Bolton|John Bolton|John Bolton||
|commentator|Q30|Tucker Carlson|Tucker Carlson|Такер Карлсон|Tucker Carlson|Tucker Carlson|Tucker Carlson||
|journalist|Q30|Glenn Greenwald|Glenn Greenwald|Гленн Гринвальд|Glenn Greenwald|Glenn Greenwald|Glenn Greenwald||
Q360|public_figure|Q408|Julian Assange|Julian Assange|Джулиан Ассанж|Julian Assange|Julian Assange|Julian Assange||
|intelligence_chief|Q30|Gina Haspel|Gina Haspel|Джина Хаспел|Gina Haspel|Gina Haspel|Gina Haspel|FN|en:Haspel;fr:Haspel
|politician|Q30|Chuck Grassley|Chuck Grassley|Чак Грассли|Chuck Grassley|Chuck Grassley|Chuck Grassley||en:Charles Grassley
|politician|Q30|Rex Tillerson|Rex Tillerson|Рекс Тиллерсон|Rex Tillerson|Rex Tillerson|Rex Tillerson||
|office_holder|Q30|Rod Rosenstein|Rod Rosenstein|Род Розенстайн|Rod Rosenstein|Rod Rosenstein|Rod Rosenstein||
|office_holder|Q30|William Barr|William Barr|Уильям Барр|William Barr|William Barr|William Barr|N|en:Bill Barr;fr:Bill Barr;de:Bill Barr
|politician|Q30|Rudy Giuliani|Rudy Giuliani|Руди Джулиани|Rudy Giuliani|Rudy Giuliani|Rudy Giuliani||en:Rudolph Giuliani;en:Rudolph W. Giuliani;fr:Rudolph Giuliani
|religious_leader|Q30|Theodore McCarrick|Theodore McCarrick|Теодор Маккэррик|Theodore McCarrick|Theodore McCarrick|Theodore McCarrick||en:Ted McCarrick;en:Cardinal McCarrick
|religious_leader|Q38|Carlo Maria Viganò|Carlo Maria Viganò|Карло Мария Вигано|Carlo Maria Viganò|Carlo Maria Viganò|Carlo Maria Viganò||en:Carlo Maria Vigano;en:Vigano;fr:Carlo Maria Vigano;fr:Vigano
|office_holder|Q30|Andrew McCabe|Andrew McCabe|Эндрю Маккейб|Andrew McCabe|Andrew McCabe|Andrew McCabe||
Q350843|politician|Q30|Adam Schiff|Adam Schiff|Адам Шифф|Adam Schiff|Adam Schiff|Adam Schiff|N|en:Schiff;fr:Schiff
|politician|Q30|Cory Booker|Cory Booker|Кори Букер|Cory Booker|Cory Booker|Cory Booker||
|intelligence_chief|Q30|John Brennan|John Brennan|Джон Бреннан|John Brennan|John Brennan|John Brennan||
Q13424289|public_figure|Q30|Edward Snowden|Edward Snowden|Эдвард Сноуден|Edward Snowden|Edward Snowden|Edward Snowden||
|commentator|Q30|Alex Jones|Alex Jones|Алекс Джонс|Alex Jones|Alex Jones|Alex Jones|N|
|activist|Q145|Tommy Robinson|Tommy Robinson|Томми Робинсон|Tommy Robinson|Tommy Robinson|Tommy Robinson|N|en:Stephen Yaxley-Lennon;fr:Stephen Yaxley-Lennon
|journalist|Q851|Jamal Khashoggi|Jamal Khashoggi|Джамаль Хашогги|Jamal Khashoggi|Jamal Khashoggi|Jamal Khashoggi||
|politician|Q30|John Kerry|John Kerry|Джон Керри|John Kerry|John Kerry|John Kerry||
Q355522|politician|Q30|Mitch McConnell|Mitch McConnell|Митч Макконнелл|Mitch McConnell|Mitch McConnell|Mitch McConnell||
|politician|Q30|Ted Cruz|Ted Cruz|Тед Круз|Ted Cruz|Ted Cruz|Ted Cruz|N|
Q434706|politician|Q30|Elizabeth Warren|Elizabeth Warren|Элизабет Уоррен|Elizabeth Warren|Elizabeth Warren|Elizabeth Warren|FN|
Q9588|former_head_of_state|Q30|Richard Nixon|Richard Nixon|Ричард Никсон|Richard Nixon|Richard Nixon|Richard Nixon||en:Richard M. Nixon;en:Richard Milhous Nixon
Q9916|former_head_of_state|Q30|Dwight D. Eisenhower|Dwight D. Eisenhower|Дуайт Эйзенхауэр|Dwight D. Eisenhower|Dwight D. Eisenhower|Dwight D. Eisenhower||en:Dwight Eisenhower;fr:Dwight Eisenhower;de:Dwight Eisenhower;es:Dwight Eisenhower;it:Dwight Eisenhower
Q8027|historical_figure|Q30|Martin Luther King Jr.|Martin Luther King|Мартин Лютер Кинг|Martin Luther King|Martin Luther King|Martin Luther King|N|en:Martin Luther King;en:MLK;fr:Martin Luther King Jr.;de:Martin Luther King Jr.;es:Martin Luther King Jr.;it:Martin Luther King Jr.
Q11256|former_head_of_state|Q241|Fidel Castro|Fidel Castro|Фидель Кастро|Fidel Castro|Fidel Castro|Fidel Castro|N|
|former_head_of_state|Q717|Hugo Chávez|Hugo Chávez|Уго Чавес|Hugo Chávez|Hugo Chávez|Hugo Chávez||en:Hugo Chavez;en:Chavez;fr:Hugo Chavez;fr:Chavez
Q302|religious_figure||Jesus|Jésus||Jesus|Jesús|Gesù|N|en:Jesus Christ;en:Christ;en:Jesus of Nazareth;fr:Jésus-Christ;fr:Christ;fr:Jésus de Nazareth;de:Jesus Christus;de:Christus;de:Jesus von Nazaret;es:Jesucristo;es:Cristo;es:Jesús de Nazaret;it:Gesù Cristo;it:Cristo;it:Gesù di Nazaret;ru:Иисус;ru:Иисуса;ru:Иисусу;ru:Иисусом;ru:Иисусе;ru:Иисус Христос;ru:Иисуса Христа;ru:Иисусу Христу;ru:Иисусом Христом;ru:Иисусе Христе;ru:Христос;ru:Христа;ru:Христу;ru:Христом;ru:Христе
|religious_figure||Muhammad (prophet)|Mahomet||Mohammed (Prophet)|Mahoma|Maometto|N|en:Prophet Muhammad;en:Prophet Mohammed;en:Prophet Mohammad;en:the Prophet Muhammad;fr:prophète Mahomet;fr:Prophète Mahomet;fr:prophète Mohammed;fr:Prophète Mohammed;de:Prophet Mohammed;de:Prophet Muhammad;es:profeta Mahoma;it:profeta Maometto;ru:пророк Мухаммед;ru:пророка Мухаммеда;ru:пророку Мухаммеду;ru:пророком Мухаммедом;ru:пророке Мухаммеде;ru:Пророк Мухаммед;ru:Пророка Мухаммеда;ru:Магомет;ru:Магомета;ru:Магомету;ru:Магометом;ru:Магомете
|politician|Q55|Geert Wilders|Geert Wilders|Герт Вилдерс|Geert Wilders|Geert Wilders|Geert Wilders||
|political_figure|Q30|Huma Abedin|Huma Abedin|Хума Абедин|Huma Abedin|Huma Abedin|Huma Abedin|F|
|commentator|Q30|Sean Hannity|Sean Hannity|Шон Хэннити|Sean Hannity|Sean Hannity|Sean Hannity||
"""

def parse_extra(text):
    extra = {}
    for item in filter(None, text.split(";")):
        lang, _, alias = item.partition(":")
        extra.setdefault(lang, []).append(alias)
    return extra


def latin_surname(full, family_first):
    parts = full.split(" ")
    if len(parts) < 2:
        return None
    if family_first:
        return parts[0]
    # Particles belong to the surname: "von der Leyen", "de Gaulle", "Lula da Silva".
    for index, part in enumerate(parts[1:], start=1):
        if part in ("von", "van", "de", "da", "del", "der", "bin", "ben", "al", "el", "Le"):
            return " ".join(parts[index:])
    last = parts[-1]
    return None if last in ("II", "III", "Jr.") else last


def build_people():
    entries = []
    for line in PEOPLE.strip().split("\n"):
        fields = line.split("|")
        qid, kind, country, en = fields[0:4]
        fr, ru, de, es, it, flags, extra = fields[4:11]
        female = "F" in flags
        family_first = "C" in flags
        surname_alone = "N" not in flags
        names = {"en": en, "fr": fr or en, "de": de or en, "es": es or en, "it": it or en}
        extras = parse_extra(extra)
        aliases = {}
        for lang, full in names.items():
            forms = [full]
            surname = latin_surname(full, family_first)
            if surname and len(surname) > 2 and surname_alone:
                forms.append(surname)
            forms += extras.get(lang, [])
            aliases[lang] = [f for f in kblib.dedup(forms) if f != en]
        if ru:
            if family_first:
                forms = [ru]
            else:
                forms = kblib.ru_person_forms(ru, female=female, surname_alone=surname_alone)
            for alias in extras.get("ru", []):
                if " " not in alias or alias.count(" ") == 1:
                    # An alias of one word is that surname alone, asked for.
                    alone = surname_alone or " " not in alias
                    forms += kblib.ru_person_forms(alias, female=female, surname_alone=alone)
                else:
                    forms.append(alias)
            aliases["ru"] = kblib.dedup(forms)
        for lang, values in extras.items():
            if lang not in aliases:
                aliases[lang] = values
        entry = {}
        if qid:
            entry["id"] = qid
        entry.update({"type": "PER", "kind": kind, "name": en,
                      "aliases": {k: v for k, v in aliases.items() if v}})
        if country:
            entry["country"] = country
        entries.append(entry)
    return entries


def build_cities():
    entries = []
    for line in "\n".join(part.strip() for part in (CITIES, FRENCH_CITIES, WORLD_CITIES, CAPITALS_2026D)).split("\n"):
        fields = line.split("|")
        if len(fields) != 10:
            sys.exit(f"city line with {len(fields)} fields: {line}")
        qid, kind, country, en = fields[0:4]
        fr, ru, de, es, it = fields[4:9]
        langs = {"fr": fr, "ru": ru, "de": de, "es": es, "it": it}
        for lang, values in parse_extra(fields[9]).items():
            langs[lang] = "|".join(filter(None, [langs.get(lang, "")] + values))
        entries.append(entity(qid or None, "LOC", kind, en, country, **langs))
    return entries


def check_unique(entries):
    seen = set()
    for entry in entries:
        key = entry.get("id") or entry["name"]
        if key in seen:
            sys.exit(f"duplicate entry {key}")
        seen.add(key)


def main():
    outputs = {
        "regions.jsonl": REGIONS,
        "cities.jsonl": build_cities(),
        "organizations.jsonl": ORGS,
        "services.jsonl": SERVICES,
        "armed_groups.jsonl": ARMED,
        "people.jsonl": build_people(),
        "media.jsonl": MEDIA,
        "companies.jsonl": COMPANIES,
        "diseases.jsonl": DISEASES,
        "misc.jsonl": MISC,
    }
    everything = [e for entries in outputs.values() for e in entries]
    check_unique(everything)
    for file, entries in outputs.items():
        kblib.write_jsonl(os.path.join(DATA, file), entries)
        print(f"wrote {len(entries)} entries to {file}")


if __name__ == "__main__":
    main()
