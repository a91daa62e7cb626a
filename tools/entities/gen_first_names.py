#!/usr/bin/env python3
"""Learn, from the NER reference corpora, the words that are known first names: seen at least
twice as the first word of a person's name of two words or more, and more often so than
inside other names (places, organisations, other entities, or a person's later words). The
entity stage lets a lone word join a full name as its first name when it is one of these
("Victoria" tagged LOC joins "Victoria Toensing"), or when the tagger called it a person and
the document writes no word of that name in lowercase ("God" does not join "God Himself"
where "himself" is a word; "Catholic" tagged MISC does not join "Catholic Theology").

Usage (from the repository root, with the shared data at ../shared; standard library only):
    python3 tools/entities/gen_first_names.py

The corpora are those the English and French NER models are trained on (see
crates/trame-entities/data/README.md for their licences): CoNLL-2003 English train and
WikiNEural French. WikiANN Russian is left out: its person names are mostly written surname
first ("Илизаров, Гавриил"). One list serves every language, since a French article names
"Julian Assange" as an English one does. Words are lowercase with Latin diacritics folded;
the stage normalises them again with trame_kb::normalize when it loads them.
"""

import collections
import os
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
SHARED = os.path.join(ROOT, "..", "shared", "data", "ner")
OUT = os.path.join(ROOT, "crates", "trame-entities", "data")
CORPORA = {
    "en": "conll2003-en/train.conllu",
    "fr": "wikineural-fr/val.conllu",
}
MIN_FIRST = 2


def sentences(path):
    """Sentences of a CoNLL-style file (`index TAB token TAB tag`) as (token, tag) lists."""
    tokens = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or parts[1] == "-DOCSTART-":
                if tokens:
                    yield tokens
                tokens = []
                continue
            tokens.append((parts[1], parts[2]))
    if tokens:
        yield tokens


def entities(sentence):
    """(label, words) of each BIO span."""
    i = 0
    while i < len(sentence):
        tag = sentence[i][1]
        if not tag.startswith("B-"):
            i += 1
            continue
        label = tag[2:]
        j = i + 1
        while j < len(sentence) and sentence[j][1] == "I-" + label:
            j += 1
        yield label, [word for word, _ in sentence[i:j]]
        i = j


def key(word):
    """The identity key of one word: lowercase, ё as е, Latin diacritics folded."""
    lower = word.lower().replace("ё", "е")
    decomposed = unicodedata.normalize("NFD", lower)
    return "".join(c for c in decomposed if not (unicodedata.combining(c) and c != "\u0306"))


def learn(path):
    first = collections.Counter()
    other = collections.Counter()
    for sentence in sentences(path):
        for label, words in entities(sentence):
            if label == "PER" and len(words) >= 2:
                first[words[0]] += 1
                other.update(words[1:])
            elif label != "PER":
                other.update(words)
    # Spellings of one word ("Victoria", "VICTORIA") count together.
    first_keys = collections.Counter()
    for word, count in first.items():
        first_keys[key(word)] += count
    other_keys = collections.Counter()
    for word, count in other.items():
        other_keys[key(word)] += count
    return sorted(
        word
        for word, count in first_keys.items()
        if count >= MIN_FIRST and count > other_keys[word] and is_word(word)
    )


def is_word(word):
    """Letters, maybe joined by hyphens or apostrophes ("jean-pierre"); initials ("a.") are no names."""
    pieces = word.replace("'", "-").split("-")
    return len(word) >= 2 and all(piece.isalpha() for piece in pieces)


def main():
    words = set()
    for corpus in CORPORA.values():
        words.update(learn(os.path.join(SHARED, corpus)))
    path = os.path.join(OUT, "first_names.txt")
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(sorted(words)) + "\n")
    print(f"wrote {len(words)} words to {os.path.relpath(path, ROOT)}")


if __name__ == "__main__":
    main()
