#!/usr/bin/env python3
"""Page render latency of a running workbench (`trame serve`).

Usage: python3 tools/bench/page_latency.py http://127.0.0.1:8080

Times about 200 requests of mixed pages, as an analyst would open them:
the overview, searches (with and without a language filter), documents
found by those searches, the busiest entities and random ones, the
largest stories and claim groups. Prints p50/p95/max per page kind and
overall. Standard library only; run it against a store built with
`trame bench corpus --docs 100000 --store DIR` and `trame serve --store DIR`.
"""
import json, sys, time, urllib.request, random
base = sys.argv[1]
def get(path):
    t = time.perf_counter()
    with urllib.request.urlopen(base + path) as r:
        body = r.read()
        status = r.status
    return (time.perf_counter() - t) * 1000, status, body
random.seed(7)
ov = json.loads(get("/api/overview")[2])
words = ["troupes", "soldiers", "Kostan", "pipeline", "gaz", "refugees", "réfugiés", "OTSC", "sanctions", "Moreau"]
ids = []
for w in words:
    res = json.loads(get("/api/search?q=" + urllib.parse.quote(w))[2])
    ids += [h["id"] for h in res["hits"]]
ents = [e["entity"]["id"] for e in ov["top_entities"]]
stories = [s["id"] for s in ov["top_stories"]]
claims = [c["id"] for c in ov["top_claim_groups"]]
pages = {
    "overview": ["/"] * 20,
    "search": ["/search?q=" + urllib.parse.quote(random.choice(words)) for _ in range(40)]
              + ["/search?q=%s&language=fr" % urllib.parse.quote(random.choice(words)) for _ in range(20)],
    "document": ["/documents/" + urllib.parse.quote(i) for i in ids[:60]],
    "entity": ["/entities/%d" % e for e in ents] + ["/entities/%d" % random.randint(1, 5000) for _ in range(30)],
    "story": ["/stories/%d" % s for s in stories],
    "claim": ["/claims/%d" % c for c in claims],
}
allt = []
for name, paths in pages.items():
    ts = []
    for p in paths:
        try:
            ms, status, _ = get(p)
        except urllib.error.HTTPError as e:
            if e.code == 404:
                continue
            raise
        ts.append(ms)
    ts.sort(); allt += ts
    if ts:
        print(f"{name:9} n={len(ts):3}  p50 {ts[len(ts)//2]:6.1f} ms  p95 {ts[int(0.95*(len(ts)-1))]:6.1f} ms  max {ts[-1]:6.1f} ms")
allt.sort()
print(f"all       n={len(allt)}  p50 {allt[len(allt)//2]:.1f} ms  p95 {allt[int(0.95*(len(allt)-1))]:.1f} ms")
