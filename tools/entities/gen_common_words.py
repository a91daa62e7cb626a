#!/usr/bin/env python3
"""Learn, from the NER reference corpora, the common words of French and of English: words
written in lowercase outside any name at least MIN_LOWER times, and at least RATIO times as
often so as capitalised after a sentence's first word. The entity stage drops a one-word
mention that opens a sentence when it is such a word ("Personne", "Corrompue", "Jouer"), and
cuts one off the front of a person's name ("Scandale Buitoni"): at a sentence's start, the
capital proves nothing, and the word is a common word far more often than a name.

Usage (from the repository root, with the shared data at ../shared; standard library only):
    python3 tools/entities/gen_common_words.py

The corpora are those the English and French NER models are trained on (licences in
crates/trame-entities/data/README.md). French also takes the words of two corpora of French
newspapers (HIPE-2020 train, Europeana) that are written in lowercase at least MIN_LOWER times
and never capitalised after a sentence's first word: news words Wikipedia sentences rarely hold
("sécheresse", "référendum", "bête"). Their sentence breaks are only guessed (after a stop or a
quotation mark), hence the stricter rule. Ordinals stay out: "Seconde Guerre", "Premier
ministre" open names. Words are lowercase with Latin diacritics folded; the stage normalises
them again with trame_kb::normalize when it loads them.
"""

import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_first_names import CORPORA, OUT, ROOT, SHARED, key, sentences  # noqa: E402

MIN_LOWER = 3
RATIO = 5


def learn(path):
    lower = collections.Counter()
    capitalised = collections.Counter()
    for sentence in sentences(path):
        for position, (word, tag) in enumerate(sentence):
            if not word.isalpha():
                continue
            if word[0].islower() and tag == "O":
                lower[key(word)] += 1
            elif word[0].isupper() and position > 0:
                capitalised[key(word)] += 1
    return sorted(
        word
        for word, count in lower.items()
        if count >= MIN_LOWER and count >= RATIO * capitalised[word] and len(word) >= 2
    )


# French newspaper corpora read for more common words (see the module documentation).
NEWS_CORPORA_FR = {
    "hipe-fr/train-v0.9.tsv": "\t",
    "europeana-fr/enp_FR.bnf.bio": " ",
}

# Tokens after which a capital proves nothing: a sentence or a quotation may start.
OPENERS = set('.!?«»—:-"')

ORDINALS = {"premier", "premiere", "second", "seconde", "deuxieme", "troisieme", "quatrieme"}


def news_tokens(path, separator):
    """(token, tag) pairs of a newspaper corpus, None between documents: HIPE's TSV (comment
    lines, a header) and Europeana's `token tag` lines."""
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or line.startswith("TOKEN\t"):
                if "document_id" in line:
                    yield None
                continue
            parts = line.rstrip("\n").split(separator)
            if len(parts) >= 2:
                yield parts[0], parts[1]


def learn_from_news():
    lower = collections.Counter()
    capitalised = collections.Counter()
    for corpus, separator in NEWS_CORPORA_FR.items():
        previous = None
        for token in news_tokens(os.path.join(SHARED, corpus), separator):
            if token is None:
                previous = None
                continue
            word, tag = token
            if word.isalpha():
                if word[0].islower() and tag == "O":
                    lower[key(word)] += 1
                elif word[0].isupper() and previous is not None and previous not in OPENERS:
                    capitalised[key(word)] += 1
            previous = word
    return {
        word
        for word, count in lower.items()
        if count >= MIN_LOWER and capitalised[word] == 0 and len(word) >= 3 and word not in ORDINALS
    }


def main():
    for lang, corpus in CORPORA.items():
        words = learn(os.path.join(SHARED, corpus))
        if lang == "fr":
            words = sorted(set(words) | learn_from_news())
        path = os.path.join(OUT, f"common_words_{lang}.txt")
        with open(path, "w", encoding="utf-8") as out:
            out.write("\n".join(words) + "\n")
        print(f"wrote {len(words)} words to {os.path.relpath(path, ROOT)}")


if __name__ == "__main__":
    main()
