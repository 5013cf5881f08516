"""Calls of "parsed only" commands in real 4D code (a measuring script, not a test).

usage: python bench/parsed_only_calls.py CORPUS_DIR [--top N] [--json OUT] [--modern]

Counts the editor tokens `Name:Cnnn` of every .4dm file under each repository of
CORPUS_DIR (read only), joins them with grammar/catalog/commands.tsv (by number)
and the registry (docs/supported.md's states), and lists the commands that run4d
only parses, ranked by how many modern repositories use them, then files, then calls.
"""

from __future__ import annotations

import collections
import json
import os
import re
import sys

MODERN = ["4d+4D-SVG", "4d+4D-Mobile-App", "4d+4D-Progress", "4d+4D-Widgets", "4d+4D-ViewPro",
          "vdelachaux+4DPop-AppMaker", "KyleKincer+testing", "vdelachaux+unit-tests-with-Classes",
          "KirkBrooks+gedcom_parser", "ThomasMaul+ErrorHandler", "4d-depot+HDI_HTTP_RequestHandler",
          "4d+4D-Mobile-App-Server"]
_TOKEN = re.compile(r":C(\d+)\b")
_LINE_COMMENT = re.compile(r"//.*$", re.M)


def files_of(repo: str) -> list[str]:
    out = []
    for root, _dirs, names in os.walk(repo):
        out += [os.path.join(root, f) for f in names if f.lower().endswith(".4dm")]
    return sorted(out)


def count(corpus: str, repos: list[str]) -> dict:
    """{number: {"calls": n, "files": set, "repos": set}}"""
    stats: dict = collections.defaultdict(lambda: {"calls": 0, "files": set(), "repos": set()})
    for repo in repos:
        for path in files_of(os.path.join(corpus, repo)):
            with open(path, encoding="utf-8", errors="replace") as f:
                text = _LINE_COMMENT.sub("", f.read())
            for m in _TOKEN.finditer(text):
                s = stats[int(m.group(1))]
                s["calls"] += 1
                s["files"].add(path)
                s["repos"].add(repo)
    return stats


def main(argv: list[str]) -> int:
    from interpreter.docgen.supported import PARSED, state
    from runtime import catalog

    corpus = argv[0]
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 60
    repos = sorted(d for d in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, d)))
    modern = [r for r in MODERN if r in repos]
    chosen = modern if "--modern" in argv else repos
    stats = count(corpus, chosen)
    rows = []
    totals = collections.Counter()
    for number, s in stats.items():
        entry = catalog.by_number(number)
        if entry is None:
            continue
        st, _ = state(entry.name)
        totals[st] += s["calls"]
        if st != PARSED:
            continue
        mod = s["repos"] & set(modern)
        mod_files = sum(1 for p in s["files"] if any(f"/{r}/" in p for r in modern))
        rows.append({"name": entry.name, "number": number, "theme": entry.theme,
                     "modern_repos": len(mod), "modern_files": mod_files,
                     "repos": len(s["repos"]), "files": len(s["files"]), "calls": s["calls"]})
    rows.sort(key=lambda r: (-r["modern_repos"], -r["modern_files"], -r["files"], -r["calls"]))
    all_calls = sum(totals.values())
    print(f"repositories: {len(chosen)}; command calls: {all_calls}; " + ", ".join(
        f"{k}: {v} ({100 * v / max(all_calls, 1):.1f} %)" for k, v in sorted(totals.items())))
    print(f"parsed-only commands used: {len(rows)}")
    print(f"{'command':40} {'theme':24} mrep mfiles repos files calls")
    for r in rows[:top]:
        print(f"{r['name'][:40]:40} {r['theme'][:24]:24} {r['modern_repos']:4} {r['modern_files']:6} "
              f"{r['repos']:5} {r['files']:5} {r['calls']:5}")
    if "--json" in argv:
        with open(argv[argv.index("--json") + 1], "w") as f:
            json.dump({"totals": totals, "rows": rows}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
