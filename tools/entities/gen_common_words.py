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
crates/trame-entities/data/README.md). Words are lowercase with Latin diacritics folded; the
stage normalises them again with trame_kb::normalize when it loads them.
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


def main():
    for lang, corpus in CORPORA.items():
        words = learn(os.path.join(SHARED, corpus))
        path = os.path.join(OUT, f"common_words_{lang}.txt")
        with open(path, "w", encoding="utf-8") as out:
            out.write("\n".join(words) + "\n")
        print(f"wrote {len(words)} words to {os.path.relpath(path, ROOT)}")


if __name__ == "__main__":
    main()
