"""Shared helpers for the trame-kb generators: inflection rules and JSONL output.

The knowledge base matches surfaces exactly (after normalisation), so every
inflected form a text may contain has to be listed. These rules generate the
regular forms; irregular ones are spelled out in the data tables instead.
"""

import json
import re

LANGS = ["en", "fr", "ru", "de", "es", "it"]

RU_VELARS_SIBILANTS = set("гкхжшчщ")
RU_SIBILANTS_C = set("жшчщц")
RU_VOWELS = set("аеёиоуыэюя")


def dedup(items):
    """Keep the first occurrence of each string, dropping empties."""
    seen = set()
    out = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


# ---------------------------------------------------------------- Russian


def ru_is_adjective(word):
    w = word.lower()
    if w.endswith(("ение", "ание", "ствие", "бие")):
        return False  # neuter nouns: движение, сообщение
    return len(w) > 3 and w[-2:] in ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")


def ru_adjective_forms(word, gender=None):
    """Case forms of an adjective (the gender is read from its ending)."""
    end = word[-2:]
    stem = word[:-2]
    soft = end in ("яя", "ее") or (end == "ий" and stem[-1:] not in RU_VELARS_SIBILANTS and stem[-1:] != "ц")
    velar = stem[-1:] in RU_VELARS_SIBILANTS
    i_or_y = "и" if (velar or soft) else "ы"
    if end in ("ые", "ие"):
        return [word, stem + i_or_y + "х", stem + i_or_y + "м", stem + i_or_y + "ми"]
    if end in ("ая", "яя"):
        if soft:
            return [word, stem + "ей", stem + "юю"]
        return [word, stem + "ой", stem + "ую"]
    if end in ("ое", "ее"):
        if soft:
            return [word, stem + "его", stem + "ему", stem + "им", stem + "ем"]
        return [word, stem + "ого", stem + "ому", stem + i_or_y + "м", stem + "ом"]
    # masculine -ый/-ий/-ой
    if soft:
        return [word, stem + "его", stem + "ему", stem + "им", stem + "ем"]
    return [word, stem + "ого", stem + "ому", stem + i_or_y + "м", stem + "ом"]


def ru_adjective_all_forms(masc):
    """All gender/number/case forms of a masculine adjective (демонимы: казахский…)."""
    stem = masc[:-2]
    end = masc[-2:]
    velar = stem[-1:] in RU_VELARS_SIBILANTS
    soft = end == "ий" and not velar and stem[-1:] != "ц"
    if soft:
        return dedup([masc, stem + "яя", stem + "ее", stem + "ие", stem + "его", stem + "ему",
                      stem + "им", stem + "ем", stem + "ей", stem + "юю", stem + "их", stem + "ими"])
    y = "и" if velar else "ы"
    return dedup([masc, stem + "ая", stem + "ое", stem + y + "е", stem + "ого", stem + "ому",
                  stem + y + "м", stem + "ом", stem + "ой", stem + "ую", stem + y + "х",
                  stem + y + "ми"])


def ru_noun_gender(word):
    w = word.lower()
    if w.endswith(("а", "я")):
        return "f"
    if w.endswith("ь"):
        return "m" if w.endswith("ль") else "f"
    if w.endswith(("о", "е")):
        return "n"
    return "m"


def ru_noun_forms(word, plural=False, gender=None):
    """Singular (or plural-only) case forms of a proper noun; foreign vowel endings stay put."""
    if not word or not re.search("[а-яё]", word) or word.isupper():
        return [word]
    last = word[-1]
    stem = word[:-1]
    if plural:
        if last not in "ыиа":
            return [word]
        gen = stem + ("ей" if stem[-1:] in RU_SIBILANTS_C - {"ц"} else "ов")
        return [word, gen, stem + "ам", stem + "ами", stem + "ах"]
    if word.endswith(("ство", "тво")) and len(word) > 4:
        return [word, stem + "а", stem + "у", stem + "ом", stem + "е"]  # государство, содружество
    if word.endswith("ие") and len(word) > 4:
        return [word, stem + "я", stem + "ю", stem + "ем", stem[:-1] + "ии"]  # движение
    if last == "а" and stem[-1:] in RU_VOWELS:
        return [word]  # Самоа, Папуа, Гвинея-Бисау: foreign vowel clusters stay put
    gender = gender or ru_noun_gender(word)
    if word.endswith("ия"):
        return [word, stem[:-1] + "ии", stem + "ю", stem + "ей"]
    if last == "а":
        y = "и" if stem[-1:] in RU_VELARS_SIBILANTS else "ы"
        instr = "ей" if stem[-1:] in RU_SIBILANTS_C else "ой"
        return [word, stem + y, stem + "е", stem + "у", stem + instr]
    if last == "я":
        return [word, stem + "и", stem + "е", stem + "ю", stem + "ей"]
    if last == "й":
        return [word, stem + "я", stem + "ю", stem + "ем", stem + "е"]
    if last == "ь":
        if gender == "m":
            return [word, stem + "я", stem + "ю", stem + "ем", stem + "е"]
        return [word, stem + "и", stem + "ью"]
    if last in RU_VOWELS:
        return [word]
    instr = "ем" if last in RU_SIBILANTS_C else "ом"
    return [word, word + "а", word + "у", word + instr, word + "е"]


def ru_name_forms(name, plural=False):
    """Case forms of a multi-word Russian place or organisation name.

    Adjectives agree with the head noun; words after the head noun are genitive
    complements ("Республика Корея") and stay as they are; "и" restarts the
    pattern ("Босния и Герцеговина").
    """
    if "(" in name or "о-в" in name:
        return [name]  # abbreviated or qualified CLDR names: only the nominative is written
    words = name.split(" ")
    if any(ru_is_adjective(w) and w.endswith(("ые", "ие")) for w in words):
        plural = True
    per_word = []
    declining = True
    for word in words:
        if word in ("и", "—", "-"):
            per_word.append(word)
            declining = True
            continue
        if not declining:
            per_word.append([word])
            continue
        if ru_is_adjective(word):
            per_word.append(("adj", word))
            continue
        per_word.append(_ru_hyphenated_noun_forms(word, plural))
        declining = False
    # Align by case: nominative, genitive, dative, accusative, instrumental, prepositional.
    cases = []
    for idx in range(6):
        parts = []
        for word, item in zip(words, per_word):
            if isinstance(item, str):
                parts.append(item)
            elif isinstance(item, tuple):
                parts.append(_ru_adjective_case(item[1], idx))
            else:
                parts.append(_ru_noun_case(item, idx, plural))
        cases.append(" ".join(parts))
    return dedup(cases)


def _ru_hyphenated_noun_forms(word, plural):
    """Санкт-Петербург and Улан-Батор decline at the end, Гвинея-Бисау at the start."""
    head, sep, tail = word.rpartition("-")
    if not sep:
        return ru_noun_forms(word, plural=plural)
    last = ru_noun_forms(tail, plural=plural)
    if len(last) > 1:
        return [head + sep + f for f in last]
    first, _, rest = word.partition("-")
    if first.endswith(("а", "я")) and len(first) > 3:
        return [f + "-" + rest for f in ru_noun_forms(first, plural=plural)]
    return [word]


def _ru_adjective_case(adj, idx):
    end = adj[-2:]
    stem = adj[:-2]
    soft = end in ("ий", "ие", "ее", "яя") and stem[-1:] not in RU_VELARS_SIBILANTS | {"ц"}
    y = "ы" if end in ("ый", "ые") else "и" if end in ("ий", "ие") or stem[-1:] in RU_VELARS_SIBILANTS else "ы"
    if end in ("ые", "ие"):
        return [adj, stem + y + "х", stem + y + "м", adj, stem + y + "ми", stem + y + "х"][idx]
    if end == "яя":
        return [adj, stem + "ей", stem + "ей", stem + "юю", stem + "ей", stem + "ей"][idx]
    if end == "ая":
        return [adj, stem + "ой", stem + "ой", stem + "ую", stem + "ой", stem + "ой"][idx]
    if soft:
        return [adj, stem + "его", stem + "ему", adj, stem + "им", stem + "ем"][idx]
    return [adj, stem + "ого", stem + "ому", adj, stem + y + "м", stem + "ом"][idx]


def _ru_noun_case(forms, idx, plural):
    """Map the compact form list of ru_noun_forms onto the six cases."""
    if len(forms) == 1:
        return forms[0]
    if plural:
        nom, gen, dat, ins, prep = forms
        return [nom, gen, dat, nom, ins, prep][idx]
    if len(forms) == 3:  # feminine -ь: gen=dat=prep
        nom, gip, ins = forms
        return [nom, gip, gip, nom, ins, gip][idx]
    if len(forms) == 4:  # -ия
        nom, ii, acc, ins = forms
        return [nom, ii, ii, acc, ins, ii][idx]
    if forms[0].endswith(("о", "е")):  # neuter: accusative = nominative
        nom, gen, dat, ins, prep = forms
        return [nom, gen, dat, nom, ins, prep][idx]
    if forms[0].endswith(("а", "я")):
        nom, gen, dat, acc, ins = forms
        return [nom, gen, dat, acc, ins, dat][idx]
    nom, gen, dat, ins, prep = forms
    return [nom, gen, dat, nom, ins, prep][idx]


def ru_people_noun_forms(noun):
    """Singular and plural case forms of a people noun (казах, американец, россиянин)."""
    if noun.endswith(("анин", "янин")):
        stem = noun[:-2]
        return dedup([noun, noun + "а", noun + "у", noun + "ом", noun + "е",
                      stem + "е", stem, stem + "ам", stem + "ами", stem + "ах"])
    if noun.endswith("ец"):
        before = noun[:-2]
        oblique = before + ("йц" if before[-1:] in RU_VOWELS else "ц")
        return dedup([noun, oblique + "а", oblique + "у", oblique + "ем", oblique + "е",
                       oblique + "ы", oblique + "ев", oblique + "ам", oblique + "ами", oblique + "ах"])
    if noun.endswith(("ий", "ой", "ый")):
        return ru_adjective_all_forms(noun)
    last = noun[-1]
    if last in RU_VOWELS:
        return [noun]
    if last == "й":
        stem = noun[:-1]
        return dedup([noun, stem + "я", stem + "ю", stem + "ем", stem + "е",
                      stem + "и", stem + "ев", stem + "ям", stem + "ями", stem + "ях"])
    y = "и" if last in RU_VELARS_SIBILANTS else "ы"
    gen_pl = "ей" if last in "жшчщ" else "ов"
    instr = "ем" if last in RU_SIBILANTS_C else "ом"
    return dedup([noun, noun + "а", noun + "у", noun + instr, noun + "е",
                  noun + y, noun + gen_pl, noun + "ам", noun + "ами", noun + "ах"])


def ru_surname_forms(surname, female=False):
    """Case forms of a surname: -ов/-ев/-ин decline like possessives, -ский like adjectives."""
    s = surname
    if female:
        if s.endswith(("ова", "ева", "ина", "ына")):
            return [s, s[:-1] + "ой", s[:-1] + "у"]
        if s.endswith("ая"):
            return [s, s[:-2] + "ой", s[:-2] + "ую"]
        return [s]  # foreign women's surnames ending in a consonant do not decline
    if s.endswith(("ский", "цкий")):
        stem = s[:-2]
        return [s, stem + "ого", stem + "ому", stem + "им", stem + "ом"]
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return [s, s + "а", s + "у", s + "ым", s + "е"]
    last = s[-1]
    if last in RU_VOWELS and last not in "ая":
        return [s]
    if last == "а":
        stem = s[:-1]
        y = "и" if stem[-1:] in RU_VELARS_SIBILANTS else "ы"
        return [s, stem + y, stem + "е", stem + "у", stem + "ой"]
    if last == "я":
        stem = s[:-1]
        return [s, stem + "и", stem + "е", stem + "ю", stem + "ей"]
    if last == "й":
        stem = s[:-1]
        prep = stem + ("и" if s.endswith("ий") else "е")  # Дмитрий → о Дмитрии
        return [s, stem + "я", stem + "ю", stem + "ем", prep]
    if last == "ь":
        stem = s[:-1]
        return [s, stem + "я", stem + "ю", stem + "ем", stem + "е"]
    instr = "ем" if last in RU_SIBILANTS_C else "ом"
    return [s, s + "а", s + "у", s + instr, s + "е"]


# Particles of foreign names ("Ле Пен", "фон дер Ляйен", "бен Сальман", "Аль Тани"): they
# never decline, and those right before the surname belong to it when it stands alone.
# Matched as written: "Ди" of "Джей Ди Вэнс" is an initial, not "ди".
RU_NAME_PARTICLES = {"Ле", "Ла", "де", "дю", "да", "ди", "дель", "фон", "дер", "ван",
                     "бен", "бин", "ибн", "аль", "эль", "Аль", "Эль"}


def ru_person_forms(full_name, female=False, surname_alone=True):
    """Case forms of "Имя Фамилия" plus the surname alone (with its particles), aligned by
    case; `surname_alone=False` leaves out the surname alone (a common word, or another
    person's name too)."""
    parts = full_name.split(" ")
    surname = parts[-1]
    given = parts[:-1]
    particles = []
    while given and given[-1] in RU_NAME_PARTICLES:
        particles.insert(0, given.pop())
    sur_cases = [" ".join(particles + [form]) for form in
                 _person_cases(ru_surname_forms(surname, female), female)]
    out = list(sur_cases) if surname_alone else []
    if given:
        given_cases = [[g] * 6 if g in RU_NAME_PARTICLES
                       else _person_cases(_given_name_forms(g, female), female) for g in given]
        for idx in range(6):
            out.append(" ".join([g[idx] for g in given_cases] + [sur_cases[idx]]))
    return dedup(out)


def _given_name_forms(name, female):
    if "-" in name or not re.search("[а-яё]", name):
        return [name]
    if name.endswith("а") and name[-2:-1] in RU_VOWELS:
        return [name]  # Франсуа, Андреа: a foreign vowel ending does not decline (Мария does)
    if name.endswith(("а", "я")):
        return ru_surname_forms(name, female=False)  # Мария/Анна decline like nouns in -а/-я
    if female:
        return [name]
    return ru_surname_forms(name, female=False) if not name.endswith(("ов", "ев", "ин")) \
        else [name, name + "а", name + "у", name + "ом", name + "е"]


def _person_cases(forms, female):
    """Expand a surname form list to six cases (nom, gen, dat, acc, instr, prep)."""
    if len(forms) == 1:
        return forms * 6
    if len(forms) == 3:  # feminine -ова: gen=dat=instr=prep
        nom, obl, acc = forms
        return [nom, obl, obl, acc, obl, obl]
    if forms[0].endswith("ия"):
        nom, gen, dat, acc, ins = forms
        return [nom, forms[0][:-1] + "и", forms[0][:-1] + "и", acc, ins, forms[0][:-1] + "и"]
    if forms[0].endswith(("а", "я")):
        nom, gen, dat, acc, ins = forms
        return [nom, gen, dat, acc, ins, dat]
    nom, gen, dat, ins, prep = forms
    return [nom, gen, dat, gen, ins, prep]  # people are animate: accusative = genitive


# ---------------------------------------------------------------- demonyms


def fr_forms(adj):
    if adj.endswith("e"):
        return [adj, adj + "s"]
    if adj.endswith(("ien", "éen", "en")) and not adj.endswith("ain"):
        return [adj, adj + "ne", adj + "s", adj + "nes"]
    if adj.endswith(("s", "x")):
        return [adj, adj + "e", adj + "es"]
    if adj.endswith("z"):
        return [adj, adj + "e", adj + "es"]
    if adj.endswith("al"):
        return [adj, adj + "e", adj[:-2] + "aux", adj + "es"]
    return [adj, adj + "e", adj + "s", adj + "es"]


EN_UNCOUNTED = ("ese", "ss", "sh", "French", "Dutch", "Basotho", "Malagasy", "Lao")


def en_forms(adj, noun=None):
    noun = noun or adj
    if noun.endswith(EN_UNCOUNTED):
        return dedup([adj, noun])
    if noun.endswith("man"):
        return dedup([adj, noun, noun[:-3] + "men"])
    return dedup([adj, noun, noun + "s"])


def de_adjective_forms(adj):
    return [adj, adj + "e", adj + "en", adj + "er", adj + "es", adj + "em"]


def de_noun_forms(noun):
    if noun.endswith("e"):
        return [noun, noun + "n", noun[:-1] + "in", noun[:-1] + "innen"]
    if noun.endswith("er"):
        return [noun, noun + "n", noun + "in", noun + "innen"]
    if noun.endswith("i"):
        return [noun, noun + "s"]
    return [noun, noun + "en", noun + "in", noun + "innen"]


ES_ACCENT_DROP = str.maketrans("áéíóú", "aeiou")


def es_forms(adj):
    if adj.endswith("o"):
        return [adj, adj[:-1] + "a", adj + "s", adj[:-1] + "as"]
    if adj.endswith(("e", "a")):
        return [adj, adj + "s"]
    if adj.endswith(("í", "ú")):
        return [adj, adj + "es", adj + "s"]
    if adj[-2:] in ("és", "án", "ón", "ín"):
        stem = adj[:-2] + adj[-2].translate(ES_ACCENT_DROP) + adj[-1]
        return [adj, stem + "a", stem + "es", stem + "as"]
    if adj.endswith(("l", "r", "z")):
        if adj.endswith("z"):
            return [adj, adj[:-1] + "ces"]
        return [adj, adj + "a", adj + "es", adj + "as"] if adj.endswith("ol") else [adj, adj + "es"]
    return [adj, adj + "s"]


def it_forms(adj):
    if adj.endswith(("ico", "aco")) and not adj.endswith("cco"):
        return [adj, adj[:-1] + "a", adj[:-1] + "i", adj[:-1] + "he"]
    if adj.endswith(("co", "go")):
        return [adj, adj[:-1] + "a", adj[:-1] + "hi", adj[:-1] + "he"]
    if adj.endswith("o"):
        return [adj, adj[:-1] + "a", adj[:-1] + "i", adj[:-1] + "e"]
    if adj.endswith("e"):
        return [adj, adj[:-1] + "i"]
    if adj.endswith("a"):
        return [adj, adj[:-1] + "i", adj[:-1] + "e"]
    return [adj]


def write_jsonl(path, entries):
    with open(path, "w", encoding="utf-8") as out:
        for entry in entries:
            out.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n")
