#!/usr/bin/env python3
"""Pages per second of Python trafilatura, to set beside `trame bench`.

Usage:
  python3 tools/bench/trafilatura_speed.py pick ../shared/data/extraction/scrapinghub/html DIR
      writes the pages of 40-80 KB (about 60 KB on average) to DIR, unzipped;
  python3 tools/bench/trafilatura_speed.py time DIR [ROUNDS]
      times `trafilatura.extract(html)` with default settings over DIR's pages,
      in this one process (one core), after a short warm-up.

trafilatura is not a dependency of the project: install it in a throwaway
virtual environment for the comparison, and pin both sides to one core:

  python3 -m venv /tmp/venv && /tmp/venv/bin/pip install trafilatura lxml_html_clean
  taskset -c 1 /tmp/venv/bin/python tools/bench/trafilatura_speed.py time DIR
  taskset -c 1 trame bench DIR --threads 1 --min-mb 10     # the "extraction" line
"""
import gzip
import os
import sys
import time


def pick(source, target):
    os.makedirs(target, exist_ok=True)
    count = 0
    for name in sorted(os.listdir(source)):
        path = os.path.join(source, name)
        opener = gzip.open if name.endswith(".gz") else open
        with opener(path, "rb") as f:
            page = f.read()
        if 40_000 <= len(page) <= 80_000:
            out = name[:-3] if name.endswith(".gz") else name
            with open(os.path.join(target, out), "wb") as f:
                f.write(page)
            count += 1
    print(f"{count} pages written to {target}")


def timed(directory, rounds):
    import trafilatura

    pages = []
    for name in sorted(os.listdir(directory)):
        with open(os.path.join(directory, name), "rb") as f:
            pages.append(f.read().decode("utf-8", "replace"))
    for page in pages[:5]:
        trafilatura.extract(page)
    count, size = 0, 0
    start = time.perf_counter()
    for _ in range(rounds):
        for page in pages:
            trafilatura.extract(page)
            count += 1
            size += len(page.encode())
    seconds = time.perf_counter() - start
    print(
        f"python trafilatura {trafilatura.__version__}: {count / seconds:.1f} pages/s, "
        f"{size / 1e6 / seconds:.2f} MB/s ({count} pages, {seconds:.1f} s)"
    )


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "pick":
        pick(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 3 and sys.argv[1] == "time":
        timed(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 3)
    else:
        sys.exit(__doc__)
