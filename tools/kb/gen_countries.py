#!/usr/bin/env python3
"""Generate crates/trame-kb/data/countries.jsonl: every ISO 3166 region with its
names (from CLDR through the `babel` package), alternative names, acronyms,
demonyms with their inflected forms, and Russian case forms of the names.

Usage (from the repository root):
    python3 -m venv /tmp/kb-venv && /tmp/kb-venv/bin/pip install babel
    /tmp/kb-venv/bin/python tools/kb/gen_countries.py

CLDR holds country names but no demonyms, so the demonym table below is written
by hand (masculine singular base + irregular forms) and inflected by the rules
in kblib.py.
"""

import os
import re
import sys

from babel import Locale

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kblib  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "crates", "trame-kb", "data", "countries.jsonl")

CLDR_LANGS = ["en", "fr", "ru", "de", "es", "it", "uk", "pt", "nl", "pl", "ar", "tr"]

# CLDR codes that are not ISO 3166 regions of their own (supranational, pseudo, exceptional reservations).
SKIP = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}

# ISO code → (Wikidata QID, kind, sovereign QID for territories).
# Sovereign states (UN members, observers, Kosovo, Taiwan) are "country"; the rest "territory".
COUNTRIES = """
AD Q228 AE Q878 AF Q889 AG Q781 AL Q222 AM Q399 AO Q916 AR Q414 AT Q40 AU Q408 AZ Q227
BA Q225 BB Q244 BD Q902 BE Q31 BF Q965 BG Q219 BH Q398 BI Q967 BJ Q962 BN Q921 BO Q750
BR Q155 BS Q778 BT Q917 BW Q963 BY Q184 BZ Q242 CA Q16 CD Q974 CF Q929 CG Q971 CH Q39
CI Q1008 CL Q298 CM Q1009 CN Q148 CO Q739 CR Q800 CU Q241 CV Q1011 CY Q229 CZ Q213 DE Q183
DJ Q977 DK Q35 DM Q784 DO Q786 DZ Q262 EC Q736 EE Q191 EG Q79 ER Q986 ES Q29 ET Q115
FI Q33 FJ Q712 FM Q702 FR Q142 GA Q1000 GB Q145 GD Q769 GE Q230 GH Q117 GM Q1005 GN Q1006
GQ Q983 GR Q41 GT Q774 GW Q1007 GY Q734 HN Q783 HR Q224 HT Q790 HU Q28 ID Q252 IE Q27
IL Q801 IN Q668 IQ Q796 IR Q794 IS Q189 IT Q38 JM Q766 JO Q810 JP Q17 KE Q114 KG Q813
KH Q424 KI Q710 KM Q970 KN Q763 KP Q423 KR Q884 KW Q817 KZ Q232 LA Q819 LB Q822 LC Q760
LI Q347 LK Q854 LR Q1014 LS Q1013 LT Q37 LU Q32 LV Q211 LY Q1016 MA Q1028 MC Q235 MD Q217
ME Q236 MG Q1019 MH Q709 MK Q221 ML Q912 MM Q836 MN Q711 MR Q1025 MT Q233 MU Q1027
MV Q826 MW Q1020 MX Q96 MY Q833 MZ Q1029 NA Q1030 NE Q1032 NG Q1033 NI Q811 NL Q55
NO Q20 NP Q837 NR Q697 NZ Q664 OM Q842 PA Q804 PE Q419 PG Q691 PH Q928 PK Q843 PL Q36
PS Q219060 PT Q45 PW Q695 PY Q733 QA Q846 RO Q218 RS Q403 RU Q159 RW Q1037 SA Q851
SB Q685 SC Q1042 SD Q1049 SE Q34 SG Q334 SI Q215 SK Q214 SL Q1044 SM Q238 SN Q1041
SO Q1045 SR Q730 SS Q958 ST Q1039 SV Q792 SY Q858 SZ Q1050 TD Q657 TG Q945 TH Q869
TJ Q863 TL Q574 TM Q874 TN Q948 TO Q678 TR Q43 TT Q754 TV Q672 TW Q865 TZ Q924 UA Q212
UG Q1036 US Q30 UY Q77 UZ Q265 VA Q237 VC Q757 VE Q717 VN Q881 VU Q686 WS Q683 XK Q1246
YE Q805 ZA Q258 ZM Q953 ZW Q954
"""

TERRITORIES = """
AI Q25228 Q145   AQ Q51 -        AS Q16641 Q30    AW Q21203 Q55    AX Q5689 Q33
BL Q25362 Q142   BM Q23635 Q145  BQ Q27561 Q55    BV Q23408 Q20    CC Q36004 Q408
CK Q26988 Q664   CW Q25279 Q55   CX Q31063 Q408   EH Q6250 -       FK Q9648 Q145
FO Q4628 Q35     GF Q3769 Q142   GG Q25230 Q145   GI Q1410 Q145    GL Q223 Q35
GP Q17012 Q142   GS Q35086 Q145  GU Q16635 Q30    HK Q8646 Q148    HM Q131198 Q408
IM Q9676 Q145    IO Q43448 Q145  JE Q785 Q145     KY Q5785 Q145    MF Q126125 Q142
MO Q14773 Q148   MP Q16644 Q30   MQ Q17054 Q142   MS Q13353 Q145   NC Q33788 Q142
NF Q31057 Q408   NU Q34020 Q664  PF Q30971 Q142   PM Q34617 Q142   PN Q35672 Q145
PR Q1183 Q30     RE Q17070 Q142  SH Q192184 Q145  SJ Q842829 Q20   SX Q26273 Q55
TC Q18221 Q145   TF Q129003 Q142 TK Q36823 Q664   UM Q16645 Q30    VG Q25305 Q145
VI Q11703 Q30    WF Q35555 Q142  YT Q17063 Q142
"""

# Canonical English names where CLDR's display name differs from the Wikidata English label.
EN_NAME = {
    "BA": "Bosnia and Herzegovina", "AG": "Antigua and Barbuda", "BL": "Saint Barthélemy",
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "CI": "Ivory Coast",
    "CZ": "Czech Republic", "FM": "Federated States of Micronesia", "GS": "South Georgia and the South Sandwich Islands",
    "HK": "Hong Kong", "HM": "Heard Island and McDonald Islands", "KN": "Saint Kitts and Nevis",
    "LC": "Saint Lucia", "MF": "Collectivity of Saint Martin", "MM": "Myanmar", "MO": "Macau",
    "PM": "Saint Pierre and Miquelon", "PS": "State of Palestine", "SH": "Saint Helena, Ascension and Tristan da Cunha",
    "SJ": "Svalbard and Jan Mayen", "ST": "São Tomé and Príncipe", "TC": "Turks and Caicos Islands",
    "TT": "Trinidad and Tobago", "UM": "United States Minor Outlying Islands", "VC": "Saint Vincent and the Grenadines",
    "VI": "United States Virgin Islands", "WF": "Wallis and Futuna", "TL": "East Timor", "TR": "Turkey",
    "TF": "French Southern and Antarctic Lands", "AX": "Åland", "BS": "The Bahamas", "GM": "The Gambia",
    "CN": "People's Republic of China", "CV": "Cape Verde",
}

# Alternative names (beyond CLDR) per language; common press usage first.
ALT = {
    "US": {"en": ["United States of America", "USA", "America", "the United States", "the US", "the U.S."],
           "fr": ["Etats-Unis", "États-Unis d'Amérique", "Amérique", "USA"],
           "ru": ["Соединённые Штаты Америки", "Соединенные Штаты Америки", "Америка", "Штаты"],
           "de": ["Vereinigte Staaten von Amerika", "Amerika", "USA"], "es": ["Estados Unidos de América", "EE.UU.", "EE. UU.", "EEUU"],
           "it": ["Stati Uniti d'America", "America", "USA"]},
    "GB": {"en": ["UK", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
           "fr": ["Grande-Bretagne", "Angleterre"], "ru": ["Великобритания", "Британия", "Соединённое Королевство", "Англия"],
           "de": ["Großbritannien", "Britannien", "Vereinigtes Königreich", "England"], "es": ["Gran Bretaña", "Inglaterra"],
           "it": ["Gran Bretagna", "Inghilterra"]},
    "RU": {"en": ["Russian Federation"], "fr": ["Fédération de Russie"], "ru": ["Российская Федерация", "РФ"],
           "de": ["Russische Föderation", "Russländische Föderation"], "es": ["Federación de Rusia", "Federación Rusa"],
           "it": ["Federazione Russa"], "uk": ["Російська Федерація", "РФ"]},
    "BY": {"en": ["Belorussia", "Byelorussia", "Republic of Belarus"], "fr": ["Bélarus", "Belarus", "Biélorussie"],
           "ru": ["Беларусь", "Белоруссия", "Республика Беларусь"], "de": ["Weißrussland", "Belarus"],
           "es": ["Bielorrusia", "Belarús"], "it": ["Bielorussia"]},
    "KG": {"en": ["Kirghizia", "Kyrgyz Republic"], "fr": ["Kirghizstan", "Kirghizie", "Kirghizistan"],
           "ru": ["Кыргызстан", "Киргизия", "Киргизстан"], "de": ["Kirgisistan", "Kirgistan"], "es": ["Kirguistán", "Kirguizistán"],
           "it": ["Kirghizistan", "Kirghizia"]},
    "MD": {"en": ["Moldavia", "Republic of Moldova"], "fr": ["Moldavie", "Moldova", "République de Moldavie"],
           "ru": ["Молдавия", "Молдова", "Республика Молдова"], "de": ["Moldau", "Moldawien", "Republik Moldau"],
           "es": ["Moldavia"], "it": ["Moldavia"]},
    "TR": {"en": ["Türkiye", "Turkiye"], "fr": ["Turquie", "Türkiye"], "ru": ["Турция", "Турецкая Республика"],
           "de": ["Türkei"], "es": ["Turquía"], "it": ["Turchia"]},
    "CI": {"en": ["Côte d'Ivoire"], "fr": ["Côte d'Ivoire", "Cote d'Ivoire"], "ru": ["Кот-д’Ивуар", "Берег Слоновой Кости"],
           "de": ["Elfenbeinküste"], "es": ["Costa de Marfil"], "it": ["Costa d'Avorio"]},
    "KZ": {"en": ["Kazakstan", "Republic of Kazakhstan"], "fr": ["République du Kazakhstan"], "ru": ["Республика Казахстан", "РК"]},
    "UZ": {"en": ["Republic of Uzbekistan"], "ru": ["Республика Узбекистан"]},
    "TJ": {"en": ["Tadjikistan"], "fr": ["Tadjikistan"], "ru": ["Республика Таджикистан"]},
    "TM": {"en": ["Turkmenia"], "ru": ["Туркмения", "Туркменистан"]},
    "AZ": {"fr": ["Azerbaïdjan", "Azerbaidjan"], "ru": ["Азербайджанская Республика"]},
    "GE": {"fr": ["Géorgie"], "ru": ["Грузия", "Сакартвело"], "en": ["Sakartvelo"]},
    "UA": {"en": ["the Ukraine"], "ru": ["Украина"]},
    "CN": {"en": ["China", "PRC", "Mainland China"], "fr": ["République populaire de Chine", "RPC"],
           "ru": ["КНР", "Китайская Народная Республика", "Поднебесная"], "de": ["Volksrepublik China", "VR China"],
           "es": ["República Popular China"], "it": ["Repubblica Popolare Cinese"]},
    "TW": {"en": ["Republic of China", "ROC"], "fr": ["République de Chine"], "ru": ["Китайская Республика"]},
    "KR": {"en": ["Republic of Korea", "ROK"], "fr": ["Corée du Sud", "République de Corée"], "ru": ["Южная Корея"],
           "de": ["Südkorea", "Republik Korea"], "es": ["Corea del Sur"], "it": ["Corea del Sud"]},
    "KP": {"en": ["DPRK", "Democratic People's Republic of Korea"], "fr": ["Corée du Nord", "RPDC"],
           "ru": ["Северная Корея", "КНДР"], "de": ["Nordkorea"], "es": ["Corea del Norte"], "it": ["Corea del Nord"]},
    "IR": {"en": ["Islamic Republic of Iran", "Persia"], "fr": ["République islamique d'Iran"], "ru": ["Исламская Республика Иран"]},
    "SY": {"en": ["Syrian Arab Republic"], "fr": ["République arabe syrienne"]},
    "NL": {"en": ["Holland", "Kingdom of the Netherlands"], "fr": ["Hollande"], "ru": ["Голландия"], "de": ["Holland"],
           "es": ["Holanda"], "it": ["Olanda"]},
    "CZ": {"en": ["Czechia"], "fr": ["République tchèque"], "ru": ["Чешская Республика"], "de": ["Tschechische Republik"],
           "es": ["República Checa"], "it": ["Repubblica Ceca"]},
    "MK": {"en": ["Macedonia", "Republic of North Macedonia"], "fr": ["Macédoine"], "ru": ["Македония"], "de": ["Mazedonien"],
           "es": ["Macedonia"], "it": ["Macedonia"]},
    "SZ": {"en": ["Swaziland"], "fr": ["Swaziland"], "ru": ["Свазиленд"], "de": ["Swasiland"], "es": ["Suazilandia"], "it": ["Swaziland"]},
    "MM": {"en": ["Burma"], "fr": ["Birmanie"], "ru": ["Бирма"], "de": ["Birma"], "es": ["Birmania"], "it": ["Birmania"]},
    "CD": {"en": ["DR Congo", "DRC", "Congo-Kinshasa"], "fr": ["République démocratique du Congo", "RDC", "RD Congo", "Congo-Kinshasa"],
           "ru": ["Демократическая Республика Конго", "ДРК"], "de": ["Demokratische Republik Kongo"],
           "es": ["República Democrática del Congo"], "it": ["Repubblica Democratica del Congo"]},
    "CG": {"en": ["Congo-Brazzaville"], "fr": ["République du Congo", "Congo-Brazzaville"], "ru": ["Республика Конго"],
           "de": ["Republik Kongo"], "es": ["República del Congo"], "it": ["Repubblica del Congo"]},
    "TL": {"en": ["Timor-Leste"], "fr": ["Timor oriental"], "es": ["Timor Oriental"], "it": ["Timor Est"]},
    "VA": {"en": ["Holy See", "Vatican"], "fr": ["Vatican", "Saint-Siège"], "ru": ["Ватикан", "Святой Престол"],
           "de": ["Vatikan", "Heiliger Stuhl"], "es": ["Vaticano", "Santa Sede"], "it": ["Vaticano", "Santa Sede"]},
    "PS": {"en": ["Palestine", "Palestinian territories"], "fr": ["Palestine", "État de Palestine"], "ru": ["Палестина", "Государство Палестина"],
           "de": ["Palästina"], "es": ["Palestina"], "it": ["Palestina"]},
    "AE": {"en": ["UAE", "Emirates"], "fr": ["EAU", "Émirats"], "ru": ["ОАЭ", "Эмираты"], "de": ["VAE", "Emirate"], "es": ["EAU"], "it": ["EAU"]},
    "SA": {"en": ["KSA"], "fr": ["Arabie"]},
    "VN": {"en": ["Viet Nam"], "fr": ["Viet Nam"], "ru": ["Вьетнам"]},
    "LA": {"en": ["Lao PDR"]},
    "BO": {"en": ["Plurinational State of Bolivia"]},
    "VE": {"en": ["Bolivarian Republic of Venezuela"]},
    "XK": {"fr": ["Kosovo"], "ru": ["Косово"]},
    "CV": {"en": ["Cabo Verde"], "fr": ["Cabo Verde"]},
    "DE": {"en": ["Federal Republic of Germany", "FRG"], "fr": ["RFA", "République fédérale d'Allemagne"],
           "ru": ["ФРГ", "Федеративная Республика Германия"], "de": ["BRD", "Bundesrepublik Deutschland", "Bundesrepublik"],
           "es": ["RFA", "República Federal de Alemania"], "it": ["RFT", "Repubblica Federale di Germania"]},
    "FR": {"en": ["French Republic"], "fr": ["République française", "Hexagone"], "ru": ["Французская Республика"]},
    "IN": {"en": ["Republic of India", "Bharat"], "fr": ["Union indienne"]},
    "IL": {"en": ["State of Israel"], "fr": ["État d'Israël", "Etat d'Israël"], "ru": ["Государство Израиль"]},
    "AM": {"en": ["Hayastan"], "ru": ["Республика Армения"]},
    "BA": {"en": ["Bosnia"], "fr": ["Bosnie"], "ru": ["Босния"], "de": ["Bosnien"], "es": ["Bosnia"], "it": ["Bosnia"]},
    "IE": {"en": ["Republic of Ireland", "Eire"], "fr": ["Eire"]},
    "GL": {"fr": ["Groenland"], "ru": ["Гренландия"]},
    "HK": {"fr": ["Hong Kong"], "ru": ["Гонконг", "Сянган"], "de": ["Hongkong"], "es": ["Hong Kong"], "it": ["Hong Kong"]},
    "MO": {"en": ["Macao"], "fr": ["Macao"], "ru": ["Макао", "Аомынь"], "de": ["Macau"], "es": ["Macao"], "it": ["Macao"]},
    "FM": {"en": ["Micronesia"]},
    "BS": {"en": ["Bahamas"]},
    "GM": {"en": ["Gambia"]},
}

# Acronyms matched case-sensitively (press usage per language).
ACRONYMS = {
    "US": {"en": ["US", "U.S.", "USA", "U.S.A."], "fr": ["USA"], "ru": ["США"], "de": ["USA", "US"], "es": ["EE.UU.", "EEUU", "EUA"], "it": ["USA"]},
    "GB": {"en": ["UK", "U.K."], "de": ["UK"]},
    "RU": {"ru": ["РФ"]},
    "AE": {"en": ["UAE"], "fr": ["EAU"], "ru": ["ОАЭ"], "de": ["VAE"], "es": ["EAU"], "it": ["EAU"]},
    "CD": {"en": ["DRC"], "fr": ["RDC"], "ru": ["ДРК"], "es": ["RDC"], "it": ["RDC"]},
    "KP": {"en": ["DPRK"], "fr": ["RPDC"], "ru": ["КНДР"]},
    "CN": {"en": ["PRC"], "fr": ["RPC"], "ru": ["КНР"]},
    "DE": {"en": ["FRG"], "fr": ["RFA"], "ru": ["ФРГ"], "de": ["BRD"]},
    "ZA": {"ru": ["ЮАР"]},
    "CF": {"en": ["CAR"], "fr": ["RCA"], "ru": ["ЦАР"]},
    "KR": {"en": ["ROK"]},
}

# Demonyms: ISO | fr | en | ru | de | es | it. A field lists sets separated by ";",
# each "adjective[:noun]"; "=a,b,c" spells out irregular forms; "-" means none.
DEMONYMS = """
AD|andorran|Andorran|андоррский:андоррец|andorranisch:Andorraner|andorrano|andorrano
AE|émirien;émirati|Emirati|эмиратский|emiratisch|emiratí|emiratino
AF|afghan|Afghan|афганский:афганец|afghanisch:Afghane|afgano|afghano
AG|antiguais|Antiguan|антигуанский|antiguanisch|antiguano|antiguo
AL|albanais|Albanian|албанский:албанец|albanisch:Albaner|albanés|albanese
AM|arménien|Armenian|армянский:армянин|armenisch:Armenier|armenio|armeno
AO|angolais|Angolan|ангольский:анголец|angolanisch:Angolaner|angoleño|angolano
AR|argentin|Argentine;Argentinian|аргентинский:аргентинец|argentinisch:Argentinier|argentino|argentino
AT|autrichien|Austrian|австрийский:австриец|österreichisch:Österreicher|austriaco|=austriaco,austriaca,austriaci,austriache
AU|australien|Australian|австралийский:австралиец|australisch:Australier|australiano|australiano
AZ|azerbaïdjanais;azéri|Azerbaijani;Azeri|азербайджанский:азербайджанец|aserbaidschanisch:Aserbaidschaner|azerbaiyano;azerí|azero;azerbaigiano
BA|bosnien;bosniaque|Bosnian|боснийский:босниец|bosnisch:Bosnier|bosnio|=bosniaco,bosniaca,bosniaci,bosniache;bosniaco
BB|barbadien|Barbadian|барбадосский|barbadisch|barbadense|barbadiano
BD|bangladais|Bangladeshi|бангладешский|bangladeschisch:Bangladescher|bangladesí|bengalese
BE|belge|Belgian|бельгийский:бельгиец|belgisch:Belgier|belga|=belga,belgi,belghe
BF|burkinabé|Burkinabe|буркинийский|burkinisch:Burkiner|burkinés|=burkinabé
BG|bulgare|Bulgarian|болгарский:=болгарин,болгарина,болгарину,болгарином,болгарине,болгары,болгар,болгарам,болгарами,болгарах|bulgarisch:Bulgare|búlgaro|bulgaro
BH|bahreïni;bahreïnien|Bahraini|бахрейнский|bahrainisch:Bahrainer|bareiní|bahreinita
BI|burundais|Burundian|бурундийский|burundisch:Burundier|burundés|burundese
BJ|béninois|Beninese|бенинский|beninisch:Beniner|beninés|beninese
BN|brunéien|Bruneian|брунейский|bruneiisch|bruneano|bruneiano
BO|bolivien|Bolivian|боливийский:боливиец|bolivianisch:Bolivianer|boliviano|boliviano
BR|brésilien|Brazilian|бразильский:бразилец|brasilianisch:Brasilianer|brasileño|brasiliano
BS|bahaméen|Bahamian|багамский|bahamaisch|bahameño|bahamense
BT|bhoutanais|Bhutanese|бутанский|bhutanisch|butanés|bhutanese
BW|botswanais|Botswanan:Motswana|ботсванский|botswanisch|botsuano|botswano
BY|biélorusse;bélarusse|Belarusian;Belarussian;Byelorussian|белорусский:белорус|belarussisch:Belarusse;weißrussisch:Weißrusse|bielorruso|bielorusso
BZ|bélizien|Belizean|белизский|belizisch|beliceño|beliziano
CA|canadien|Canadian|канадский:канадец|kanadisch:Kanadier|canadiense|canadese
CD|congolais|Congolese|конголезский:конголезец|kongolesisch:Kongolese|congoleño|congolese
CF|centrafricain|Central African|центральноафриканский|zentralafrikanisch|centroafricano|centrafricano
CG|congolais|Congolese|конголезский:конголезец|kongolesisch:Kongolese|congoleño|congolese
CH|suisse|Swiss|швейцарский:швейцарец|schweizerisch:Schweizer|suizo|svizzero
CI|ivoirien|Ivorian|ивуарийский:ивуариец|ivorisch:Ivorer|marfileño|ivoriano
CL|chilien|Chilean|чилийский:чилиец|chilenisch:Chilene|chileno|cileno
CM|camerounais|Cameroonian|камерунский:камерунец|kamerunisch:Kameruner|camerunés|camerunense
CN|chinois|Chinese|китайский:китаец|chinesisch:Chinese|chino|cinese
CO|colombien|Colombian|колумбийский:колумбиец|kolumbianisch:Kolumbianer|colombiano|colombiano
CR|costaricien;costaricain|Costa Rican|костариканский|costa-ricanisch|costarricense|costaricano
CU|cubain|Cuban|кубинский:кубинец|kubanisch:Kubaner|cubano|cubano
CV|cap-verdien|Cape Verdean|кабовердианский|kap-verdisch|caboverdiano|capoverdiano
CY|chypriote|Cypriot|кипрский:киприот|zyprisch:Zyprer|chipriota|cipriota
CZ|tchèque|Czech|чешский:чех|tschechisch:Tscheche|checo|ceco
DE|allemand|German|немецкий:немец;германский|deutsch:=Deutscher,Deutsche,Deutschen|alemán|tedesco
DJ|djiboutien|Djiboutian|джибутийский|dschibutisch|yibutiano|gibutiano
DK|danois|Danish:Dane|датский:датчанин|dänisch:Däne|danés|danese
DM|dominiquais|Dominican|доминикский|dominicanisch|dominiqués|dominicense
DO|dominicain|Dominican|доминиканский:доминиканец|dominikanisch:Dominikaner|dominicano|dominicano
DZ|algérien|Algerian|алжирский:алжирец|algerisch:Algerier|argelino|algerino
EC|équatorien|Ecuadorian|эквадорский:эквадорец|ecuadorianisch:Ecuadorianer|ecuatoriano|ecuadoriano
EE|estonien|Estonian|эстонский:эстонец|estnisch:Este|estonio|estone
EG|égyptien|Egyptian|египетский:египтянин|ägyptisch:Ägypter|egipcio|egiziano
ER|érythréen|Eritrean|эритрейский|eritreisch:Eritreer|eritreo|eritreo
ES|espagnol|Spanish:Spaniard|испанский:испанец|spanisch:Spanier|español|spagnolo
ET|éthiopien|Ethiopian|эфиопский:эфиоп|äthiopisch:Äthiopier|etíope|etiope
FI|finlandais|Finnish:Finn|финский:финн;финляндский|finnisch:Finne|finlandés|finlandese
FJ|fidjien|Fijian|фиджийский|fidschianisch|fiyiano|figiano
FM|micronésien|Micronesian|микронезийский|mikronesisch|micronesio|micronesiano
FR|français|French:Frenchman|французский:француз|französisch:Franzose|francés|francese
GA|gabonais|Gabonese|габонский|gabunisch:Gabuner|gabonés|gabonese
GB|britannique|British:Briton|британский:британец;английский:англичанин|britisch:Brite|británico|britannico
GD|grenadien|Grenadian|гренадский|grenadisch|granadino|grenadino
GE|géorgien|Georgian|грузинский:грузин|georgisch:Georgier|georgiano|georgiano
GH|ghanéen|Ghanaian|ганский:ганец|ghanaisch:Ghanaer|ghanés|ghanese
GM|gambien|Gambian|гамбийский|gambisch|gambiano|gambiano
GN|guinéen|Guinean|гвинейский|guineisch:Guineer|guineano|guineano
GQ|équatoguinéen|Equatorial Guinean;Equatoguinean|экваториальногвинейский|äquatorialguineisch|ecuatoguineano|equatoguineano
GR|=grec,grecque,grecs,grecques|Greek|греческий:грек|griechisch:Grieche|griego|=greco,greca,greci,greche
GT|guatémaltèque|Guatemalan|гватемальский|guatemaltekisch|guatemalteco|guatemalteco
GW|bissau-guinéen|Bissau-Guinean|-|guinea-bissauisch|bisauguineano|guineense
GY|guyanien|Guyanese|гайанский|guyanisch|guyanés|guyanese
HN|hondurien|Honduran|гондурасский|honduranisch|hondureño|honduregno
HR|croate|Croatian:Croat|хорватский:хорват|kroatisch:Kroate|croata|croato
HT|haïtien|Haitian|гаитянский|haitianisch:Haitianer|haitiano|haitiano
HU|hongrois|Hungarian|венгерский:венгр|ungarisch:=Ungar,Ungarn,Ungarin,Ungarinnen|húngaro|ungherese
ID|indonésien|Indonesian|индонезийский:индонезиец|indonesisch:Indonesier|indonesio|indonesiano
IE|irlandais|Irish:Irishman|ирландский:ирландец|irisch:Ire|irlandés|irlandese
IL|israélien|Israeli|израильский:израильтянин|israelisch:Israeli|israelí|israeliano
IN|indien|Indian|индийский:индиец|indisch:Inder|indio|indiano
IQ|irakien|Iraqi|иракский:иракец|irakisch:Iraker|iraquí|iracheno
IR|iranien|Iranian|иранский:иранец|iranisch:Iraner|iraní|iraniano
IS|islandais|Icelandic:Icelander|исландский:исландец|isländisch:Isländer|islandés|islandese
IT|italien|Italian|итальянский:итальянец|italienisch:Italiener|italiano|italiano
JM|jamaïcain|Jamaican|ямайский|jamaikanisch:Jamaikaner|jamaicano|giamaicano
JO|jordanien|Jordanian|иорданский:иорданец|jordanisch:Jordanier|jordano|giordano
JP|japonais|Japanese|японский:японец|japanisch:Japaner|japonés|giapponese
KE|kényan|Kenyan|кенийский:кениец|kenianisch:Kenianer|keniano|keniota
KG|kirghiz;kirghize|Kyrgyz;Kirghiz|киргизский:киргиз;кыргызский:кыргыз;кыргызстанский|kirgisisch:Kirgise|=kirguís,kirguisa,kirguises,kirguisas;kirguiso|kirghiso;kirghizo
KH|cambodgien|Cambodian|камбоджийский|kambodschanisch:Kambodschaner|camboyano|cambogiano
KI|kiribatien|I-Kiribati|кирибатийский|kiribatisch|kiribatiano|kiribatiano
KM|comorien|Comorian|коморский|komorisch|comorense|comoriano
KN|kittitien|Kittitian|-|-|sancristobaleño|-
KP|nord-coréen|North Korean|северокорейский:северокореец|nordkoreanisch:Nordkoreaner|norcoreano|nordcoreano
KR|sud-coréen|South Korean|южнокорейский:южнокореец|südkoreanisch:Südkoreaner|surcoreano|sudcoreano
KW|koweïtien|Kuwaiti|кувейтский|kuwaitisch:Kuwaiter|kuwaití|kuwaitiano
KZ|kazakh;kazakhstanais|Kazakh;Kazakhstani|казахский:казах;казахстанский:казахстанец|kasachisch:Kasache;kasachstanisch|kazajo;kazajistano|kazako;kazakistano
LA|laotien|Laotian;Lao|лаосский|laotisch:Laote|laosiano|laotiano
LB|libanais|Lebanese|ливанский:ливанец|libanesisch:Libanese|libanés|libanese
LC|saint-lucien|Saint Lucian|сент-люсийский|lucianisch|santalucense|santaluciano
LI|liechtensteinois|Liechtensteiner|лихтенштейнский|liechtensteinisch:Liechtensteiner|liechtensteiniano|liechtensteinese
LK|sri-lankais|Sri Lankan|шри-ланкийский|sri-lankisch|esrilanqués;ceilanés|srilankese;singalese
LR|libérien|Liberian|либерийский|liberianisch:Liberianer|liberiano|liberiano
LS|lésothien|Basotho|лесотский|lesothisch|lesotense|lesothiano
LT|lituanien|Lithuanian|литовский:литовец|litauisch:Litauer|lituano|lituano
LU|luxembourgeois|Luxembourgish:Luxembourger|люксембургский|luxemburgisch:Luxemburger|luxemburgués|lussemburghese
LV|letton|Latvian|латвийский;латышский:латыш|lettisch:Lette|letón|lettone
LY|libyen|Libyan|ливийский:ливиец|libysch:Libyer|libio|libico
MA|marocain|Moroccan|марокканский:марокканец|marokkanisch:Marokkaner|marroquí|marocchino
MC|monégasque|Monegasque|монакский|monegassisch:Monegasse|monegasco|monegasco
MD|moldave|Moldovan;Moldavian|молдавский:молдаванин;молдовский|moldauisch:Moldauer;moldawisch|moldavo|moldavo
ME|monténégrin|Montenegrin|черногорский:черногорец|montenegrinisch:Montenegriner|montenegrino|montenegrino
MG|malgache|Malagasy|мадагаскарский|madagassisch:Madagasse|malgache|malgascio
MH|marshallais|Marshallese|маршалловский|marshallisch|marshalés|marshallese
MK|macédonien;nord-macédonien|Macedonian;North Macedonian|македонский:македонец;северомакедонский|mazedonisch:Mazedonier;nordmazedonisch|macedonio;norte-macedonio|macedone;nordmacedone
ML|malien|Malian|малийский:малиец|malisch:Malier|maliense|maliano
MM|birman|Burmese|мьянманский;бирманский|myanmarisch;birmanisch|birmano|birmano
MN|mongol|Mongolian|монгольский:монгол|mongolisch:Mongole|mongol|mongolo
MR|mauritanien|Mauritanian|мавританский|mauretanisch:Mauretanier|mauritano|mauritano
MT|maltais|Maltese|мальтийский:мальтиец|maltesisch:Malteser|maltés|maltese
MU|mauricien|Mauritian|маврикийский|mauritisch|mauriciano|mauriziano
MV|maldivien|Maldivian|мальдивский|maledivisch|maldivo|maldiviano
MW|malawite;malawien|Malawian|малавийский|malawisch|malauí|malawiano
MX|mexicain|Mexican|мексиканский:мексиканец|mexikanisch:Mexikaner|mexicano|messicano
MY|malaisien|Malaysian|малайзийский|malaysisch:Malaysier|malasio|malese
MZ|mozambicain|Mozambican|мозамбикский|mosambikanisch|mozambiqueño|mozambicano
NA|namibien|Namibian|намибийский|namibisch:Namibier|namibio|namibiano
NE|nigérien|Nigerien|нигерский|nigrisch:Nigrer|nigerino|nigerino
NG|nigérian|Nigerian|нигерийский:нигериец|nigerianisch:Nigerianer|nigeriano|nigeriano
NI|nicaraguayen|Nicaraguan|никарагуанский|nicaraguanisch|nicaragüense|nicaraguense
NL|néerlandais;hollandais|Dutch:Dutchman|нидерландский:нидерландец;голландский:голландец|niederländisch:Niederländer;holländisch:Holländer|neerlandés;holandés|olandese;neerlandese
NO|norvégien|Norwegian|норвежский:норвежец|norwegisch:Norweger|noruego|norvegese
NP|népalais|Nepali;Nepalese|непальский|nepalesisch:Nepalese|nepalí|nepalese
NR|nauruan|Nauruan|науруанский|nauruisch|nauruano|nauruano
NZ|néo-zélandais|New Zealand:New Zealander|новозеландский|neuseeländisch:Neuseeländer|neozelandés|neozelandese
OM|omanais|Omani|оманский|omanisch:Omaner|omaní|omanita
PA|panaméen|Panamanian|панамский|panamaisch|panameño|panamense
PE|péruvien|Peruvian|перуанский|peruanisch:Peruaner|peruano|peruviano
PG|papouan-néo-guinéen|Papua New Guinean|папуанский|papua-neuguineisch|papú|papuano
PH|philippin|Filipino;Philippine|филиппинский|philippinisch:Philippiner|filipino|filippino
PK|pakistanais|Pakistani|пакистанский:пакистанец|pakistanisch:Pakistaner|pakistaní|pakistano
PL|polonais|Polish:Pole|польский:поляк|polnisch:Pole|polaco|polacco
PS|palestinien|Palestinian|палестинский:палестинец|palästinensisch:Palästinenser|palestino|palestinese
PT|portugais|Portuguese|португальский:португалец|portugiesisch:Portugiese|portugués|portoghese
PW|palaosien|Palauan|палауский|palauisch|palauano|palauano
PY|paraguayen|Paraguayan|парагвайский|paraguayisch|paraguayo|paraguaiano
QA|qatari;qatarien|Qatari|катарский|katarisch:Katarer|catarí|qatariota
RO|roumain|Romanian|румынский:румын|rumänisch:Rumäne|rumano|rumeno
RS|serbe|Serbian:Serb|сербский:серб|serbisch:Serbe|serbio|serbo
RU|russe|Russian|российский:россиянин;русский|russisch:Russe|ruso|russo
RW|rwandais|Rwandan|руандийский|ruandisch|ruandés|ruandese
SA|saoudien|Saudi;Saudi Arabian|саудовский:саудовец;саудоаравийский|saudi-arabisch:Saudi|saudí|saudita
SB|salomonais|Solomon Islander|соломонов|salomonisch|salomonense|salomonese
SC|seychellois|Seychellois|сейшельский|seychellisch|seychellense|seychellese
SD|soudanais|Sudanese|суданский:суданец|sudanesisch:Sudanese|sudanés|sudanese
SE|suédois|Swedish:Swede|шведский:швед|schwedisch:Schwede|sueco|svedese
SG|singapourien|Singaporean|сингапурский|singapurisch:Singapurer|singapurense|singaporiano
SI|slovène|Slovenian;Slovene|словенский:словенец|slowenisch:Slowene|esloveno|sloveno
SK|slovaque|Slovak|словацкий:словак|slowakisch:Slowake|eslovaco|slovacco
SL|sierra-léonais|Sierra Leonean|сьерра-леонский|sierra-leonisch|sierraleonés|sierraleonese
SM|saint-marinais|Sammarinese|сан-маринский|san-marinesisch|sanmarinense|sammarinese
SN|sénégalais|Senegalese|сенегальский:сенегалец|senegalesisch:Senegalese|senegalés|senegalese
SO|somalien|Somali|сомалийский:сомалиец|somalisch:Somalier|somalí|somalo
SR|surinamien|Surinamese|суринамский|surinamisch|surinamés|surinamese
SS|sud-soudanais|South Sudanese|южносуданский|südsudanesisch:Südsudanese|sursudanés|sudsudanese
ST|santoméen|Santomean|-|são-toméisch|santotomense|santomense
SV|salvadorien|Salvadoran|сальвадорский|salvadorianisch|salvadoreño|salvadoregno
SY|syrien|Syrian|сирийский:сириец|syrisch:Syrer|sirio|siriano
SZ|swazi;eswatinien|Swazi|свазилендский|swasiländisch|suazi|swazi
TD|tchadien|Chadian|чадский|tschadisch|chadiano|ciadiano
TG|togolais|Togolese|тоголезский|togoisch|togolés|togolese
TH|thaïlandais;thaï|Thai|таиландский;тайский:таец|thailändisch:Thailänder|tailandés|thailandese
TJ|tadjik|Tajik;Tajikistani|таджикский:таджик;таджикистанский|tadschikisch:Tadschike|tayiko|tagiko
TL|est-timorais|Timorese|восточнотиморский|osttimoresisch|timorense|timorese
TM|turkmène|Turkmen|туркменский:туркмен;туркменистанский|turkmenisch:Turkmene|turcomano;turkmeno|turkmeno
TN|tunisien|Tunisian|тунисский:тунисец|tunesisch:Tunesier|tunecino|tunisino
TO|tongien|Tongan|тонганский|tongaisch|tongano|tongano
TR|=turc,turque,turcs,turques|Turkish:Turk|турецкий:=турок,турка,турку,турком,турке,турки,туркам,турками,турках|türkisch:Türke|turco|turco
TT|trinidadien|Trinidadian|тринидадский|trinidadisch|trinitense|trinidadiano
TV|tuvaluan|Tuvaluan|тувалуанский|tuvaluisch|tuvaluano|tuvaluano
TW|taïwanais|Taiwanese|тайваньский:тайванец|taiwanisch:Taiwaner|taiwanés|taiwanese
TZ|tanzanien|Tanzanian|танзанийский|tansanisch:Tansanier|tanzano|tanzaniano
UA|ukrainien|Ukrainian|украинский:украинец|ukrainisch:Ukrainer|ucraniano|ucraino
UG|ougandais|Ugandan|угандийский|ugandisch:Ugander|ugandés|ugandese
US|américain;étasunien;états-unien|American|американский:американец|amerikanisch:Amerikaner;US-amerikanisch:US-Amerikaner|estadounidense;norteamericano|statunitense;americano
UY|uruguayen|Uruguayan|уругвайский|uruguayisch|uruguayo|uruguaiano
UZ|ouzbek;ouzbékistanais|Uzbek;Uzbekistani|узбекский:узбек;узбекистанский|usbekisch:Usbeke|uzbeko|uzbeko
VA|vatican|Vatican|ватиканский|vatikanisch|vaticano|vaticano
VC|vincentais|Vincentian|-|vincentisch|sanvicentino|sanvincentino
VE|vénézuélien|Venezuelan|венесуэльский:венесуэлец|venezolanisch:Venezolaner|venezolano|venezuelano
VN|vietnamien|Vietnamese|вьетнамский:вьетнамец|vietnamesisch:Vietnamese|vietnamita|vietnamita
VU|vanuatais|Ni-Vanuatu|вануатский|vanuatuisch|vanuatuense|vanuatuano
WS|samoan|Samoan|самоанский|samoanisch|samoano|samoano
XK|kosovar|Kosovar;Kosovan|косовский:косовар|kosovarisch:Kosovare|kosovar|kosovaro
YE|yéménite|Yemeni|йеменский:йеменец|jemenitisch:Jemenit|yemení|yemenita
ZA|sud-africain|South African|южноафриканский|südafrikanisch:Südafrikaner|sudafricano|sudafricano
ZM|zambien|Zambian|замбийский|sambisch|zambiano|zambiano
ZW|zimbabwéen|Zimbabwean|зимбабвийский|simbabwisch|zimbabuense|zimbabwiano
GL|groenlandais|Greenlandic:Greenlander|гренландский|grönländisch|groenlandés|groenlandese
HK|hongkongais|Hong Konger;Hongkonger|гонконгский|hongkongisch|hongkonés|hongkonghese
PR|portoricain|Puerto Rican|пуэрто-риканский|puerto-ricanisch|puertorriqueño|portoricano
EH|sahraoui|Sahrawi|западносахарский|westsaharauisch|saharaui|saharawi
"""

# Russian case forms where the rule-based declension in kblib is wrong (fleeting vowels, plurals).
RU_NAME_FORMS = {
    "EG": ["Египет", "Египта", "Египту", "Египтом", "Египте"],
    "PH": ["Филиппины", "Филиппин", "Филиппинам", "Филиппинами", "Филиппинах"],
    "MV": ["Мальдивы", "Мальдив", "Мальдивам", "Мальдивами", "Мальдивах"],
    "BS": ["Багамы", "Багамских островов", "Багамам", "Багамами", "Багамах"],
    "KM": ["Коморы", "Комор", "Коморам", "Коморами", "Коморах", "Коморские Острова"],
    "NL": ["Нидерланды", "Нидерландов", "Нидерландам", "Нидерландами", "Нидерландах"],
    "US": ["Соединенные Штаты", "Соединенных Штатов", "Соединенным Штатам", "Соединенными Штатами",
           "Соединенных Штатах", "Соединённые Штаты", "Соединённых Штатов", "Соединённым Штатам",
           "Соединёнными Штатами", "Соединённых Штатах", "Штатов", "Штатам", "Штатах"],
    "CD": ["Конго - Киншаса"],
    "CG": ["Конго - Браззавиль"],
    "IL": ["Израиль", "Израиля", "Израилю", "Израилем", "Израиле"],
}

RU_EXPANSIONS = [("о-ва ", "острова "), (" о-ва", " острова"), ("о-в ", "остров "), ("Св. ", "Святой ")]


def parse_demonym_field(field, lang):
    """Expand one language column of DEMONYMS into surface forms."""
    if field == "-":
        return []
    forms = []
    for spec in field.split(";"):
        adj, _, noun = spec.partition(":")
        forms += explicit_or(adj, lambda a: adjective_forms(a, lang))
        if noun:
            forms += explicit_or(noun, lambda n: noun_forms(n, lang))
        elif lang == "en":
            forms += kblib.en_forms(adj)
    return kblib.dedup(forms)


def is_acronym(alias):
    return re.fullmatch(r"[A-ZА-Я][A-ZА-Я.\- ]+", alias) is not None and len(alias.replace(".", "")) <= 6


def explicit_or(spec, rule):
    if spec.startswith("="):
        return spec[1:].split(",")
    return rule(spec)


def adjective_forms(adj, lang):
    return {
        "fr": kblib.fr_forms, "en": lambda a: [a], "ru": kblib.ru_adjective_all_forms,
        "de": kblib.de_adjective_forms, "es": kblib.es_forms, "it": kblib.it_forms,
    }[lang](adj)


def noun_forms(noun, lang):
    if lang == "en":
        return kblib.en_forms(noun, noun)
    if lang == "ru":
        return kblib.ru_people_noun_forms(noun)
    if lang == "de":
        return kblib.de_noun_forms(noun)
    return [noun]


def cldr_variants(name, lang):
    """Cleaned variants of a CLDR display name: without parentheses, with "&"/"St." spelled out."""
    out = [name]
    name = name.replace("’", "'")
    out.append(name)
    if lang == "ru":
        expanded = name
        for short, full in RU_EXPANSIONS:
            expanded = expanded.replace(short, full)
        out.append(expanded)
    bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if bare and bare != name:
        out.append(bare)
    if lang == "en":
        out.append(name.replace(" & ", " and ").replace("St. ", "Saint "))
    return kblib.dedup(out)


def main():
    locales = {lang: Locale.parse(lang).territories for lang in CLDR_LANGS}
    table = {}
    for line in COUNTRIES.split("\n"):
        items = line.split()
        for code, qid in zip(items[::2], items[1::2]):
            table[code] = (qid, "country", None)
    for line in TERRITORIES.split("\n"):
        items = line.split()
        for code, qid, sovereign in zip(items[::3], items[1::3], items[2::3]):
            table[code] = (qid, "territory", None if sovereign == "-" else sovereign)
    demonyms = {}
    for line in DEMONYMS.strip().split("\n"):
        code, *fields = line.split("|")
        demonyms[code] = dict(zip(["fr", "en", "ru", "de", "es", "it"], fields))

    cldr_codes = {c for c in locales["en"] if len(c) == 2 and c.isalpha()} - SKIP
    missing = cldr_codes - set(table)
    if missing:
        sys.exit(f"no QID for CLDR regions: {sorted(missing)}")

    entries = []
    for code in sorted(table):
        qid, kind, sovereign = table[code]
        name = EN_NAME.get(code, locales["en"][code])
        aliases = {}
        for lang in CLDR_LANGS:
            forms = cldr_variants(locales[lang][code], lang)
            if lang == "ru":
                declined = []
                for form in forms:
                    declined += kblib.ru_name_forms(form)
                forms = declined + RU_NAME_FORMS.get(code, [])
            extra = [a for a in ALT.get(code, {}).get(lang, []) if not is_acronym(a)]
            if lang == "ru":
                for alt in extra:
                    forms += kblib.ru_name_forms(alt)
            else:
                forms += extra
            aliases[lang] = kblib.dedup(f for f in forms if f != name)
        if code in ALT and "uk" in ALT[code]:
            aliases["uk"] = kblib.dedup(aliases["uk"] + ALT[code]["uk"])
        entry = {"id": qid, "type": "LOC", "kind": kind, "name": name,
                 "aliases": {k: v for k, v in aliases.items() if v}}
        acronyms = dict(ACRONYMS.get(code, {}))
        acronyms.setdefault("en", [])
        # Acronyms among the alternative names are matched case-sensitively only:
        # lowercased, "EAU" would be the French word for water.
        for lang, alts in ALT.get(code, {}).items():
            for alt in alts:
                if is_acronym(alt):
                    acronyms.setdefault(lang, [])
                    if alt not in acronyms[lang]:
                        acronyms[lang].append(alt)
        acronyms = {k: v for k, v in acronyms.items() if v}
        if acronyms:
            entry["acronyms"] = acronyms
        if code in demonyms:
            entry["demonyms"] = {lang: parse_demonym_field(f, lang) for lang, f in demonyms[code].items() if f != "-"}
            entry["demonyms"] = {k: v for k, v in entry["demonyms"].items() if v}
        if sovereign:
            entry["country"] = sovereign
        entries.append(entry)
    kblib.write_jsonl(OUT, entries)
    print(f"wrote {len(entries)} entries to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
