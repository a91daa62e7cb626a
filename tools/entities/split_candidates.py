#!/usr/bin/env python3
"""List the places where `trame analyze` output may have split one person into two entities.

A candidate is an entity named only by one word that is the first or the last word of a
person's name of two words or more held by another entity of the same document ("Farrell"
beside "Kevin Farrell", "Joe" beside "Joe Biden"). Some are right to stay apart (a family
whose members share the surname, "Pope" beside "Pope Francis"); the list is for reading, and
its length for comparing two builds on the same articles.

Usage (from the repository root; standard library only):
    trame analyze DIR --out out.jsonl
    python3 tools/entities/split_candidates.py out.jsonl          # one line a candidate
    python3 tools/entities/split_candidates.py --count out.jsonl  # the number only
"""

import json
import sys
import unicodedata


def key(word):
    """Lowercase, diacritics folded, hyphens as spaces: the stage's identity key, roughly."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").replace("-", " ")


def forms(doc, entity):
    text = doc["text"]
    return {text[m["start"]:m["end"]] for m in entity["mentions"]}


def candidates(doc):
    named = [(e, forms(doc, e)) for e in doc.get("entities", [])]
    people = [(e, f) for e, f in named if e["label"] == "PER"]
    found = set()
    for entity, own in named:
        if any(len(form.split()) != 1 for form in own):
            continue
        for other, other_forms in people:
            if other is entity:
                continue
            for word in own:
                for name in other_forms:
                    parts = name.split()
                    if len(parts) < 2:
                        continue
                    if key(parts[0]) == key(word):
                        found.add(("first", entity["label"], word, name))
                    elif key(parts[-1]) == key(word):
                        found.add(("last", entity["label"], word, name))
    return sorted(found)


def main(argv):
    count_only = "--count" in argv
    paths = [a for a in argv if a != "--count"]
    if not paths:
        sys.exit(__doc__)
    total = 0
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if not line.strip():
                    continue
                doc = json.loads(line)
                for position, label, word, name in candidates(doc):
                    total += 1
                    if not count_only:
                        source = doc.get("source", {}).get("path", doc.get("id", ""))
                        print(f"{source}\t{position}\t{label}\t{word}\t{name}")
    if count_only:
        print(total)


if __name__ == "__main__":
    main(sys.argv[1:])
