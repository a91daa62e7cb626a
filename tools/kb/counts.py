"""Print the "Counts (measured)" section of crates/trame-kb/data/README.md from the data files.

Run from the repository root after regenerating the data, and paste the output over the section:
    python3 tools/kb/counts.py
"""
import collections
import glob
import json
import os

DATA = os.path.join(os.path.dirname(__file__), "..", "..", "crates", "trame-kb", "data")


def surfaces(entry):
    count = 1
    for field in ("aliases", "acronyms", "demonyms"):
        values = entry.get(field, {})
        count += sum(len(v) for v in values.values()) if isinstance(values, dict) else len(values)
    return count


def main():
    files = {}
    for path in sorted(glob.glob(os.path.join(DATA, "*.jsonl"))):
        with open(path, encoding="utf-8") as handle:
            files[os.path.basename(path)] = [json.loads(line) for line in handle if line.strip()]
    entries = [e for es in files.values() for e in es]
    print("## Counts (measured)\n")
    print("| file | entries |\n| --- | ---: |")
    for name, es in files.items():
        print(f"| {name} | {len(es)} |")
    print(f"| **total** | **{len(entries)}** |\n")
    print(f"Surfaces (names, aliases, acronyms, demonyms): {sum(map(surfaces, entries))}.\n")
    kinds = collections.Counter((e["type"], e.get("kind", "")) for e in entries)
    print("| type | kind | entries |\n| --- | --- | ---: |")
    for (label, kind), count in sorted(kinds.items()):
        print(f"| {label} | {kind} | {count} |")
    unlinked = {name: [e["name"] for e in es if not e.get("id")] for name, es in files.items()}
    print(f"\n### Entries without a QID ({sum(map(len, unlinked.values()))})\n")
    for name, names in unlinked.items():
        if names:
            print(f"- **{name}** ({len(names)}): " + "; ".join(names))


if __name__ == "__main__":
    main()
