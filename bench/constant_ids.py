"""Fill the `id` column of stdlib_4d/constants/*.tsv from the editor tokens of real code.

usage: python bench/constant_ids.py CORPUS_DIR [--write]

The 4D editor writes every constant as `Name:Kt:n`; `t:n` identifies the
constant whatever the language of its name. For each row of the tables,
the id most often written after its (English) name in the .4dm files of
CORPUS_DIR (read only) becomes its `id`, so that localized spellings of the
same constant (`Est un texte:K8:3`) resolve to it. Only ids are learned from
the corpus; names and values come from the documentation. Without --write,
prints what it would change and the conflicts.
"""

from __future__ import annotations

import collections
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from constant_coverage import tokens  # noqa: E402

TABLES = os.path.join(os.path.dirname(__file__), "..", "stdlib_4d", "constants")


def learn(corpus: str) -> dict[str, collections.Counter]:
    seen: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for repo in sorted(os.listdir(corpus)):
        if os.path.isdir(os.path.join(corpus, repo)):
            for name, kid in tokens(os.path.join(corpus, repo)):
                seen[" ".join(name.lower().split())][kid] += 1
    return seen


def main(argv: list[str]) -> None:
    seen = learn(argv[0])
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for entry in sorted(os.listdir(TABLES)):
        if not entry.endswith(".tsv"):
            continue
        path = os.path.join(TABLES, entry)
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
        changed = 0
        for row in rows:
            ids = seen.get(" ".join(row["name"].lower().split()))
            if ids:
                best = ids.most_common(1)[0][0]
                if (row.get("id") or "") != best:
                    changed += 1
                    row["id"] = best
            row.setdefault("id", "")
            if row.get("id"):
                owners[row["id"]].add(f"{row['name']}={row['value']}")
        print(f"{entry}: {changed} ids set")
        if "--write" in argv and changed:
            with open(path, "w", encoding="utf-8", newline="") as fh:
                out = csv.DictWriter(fh, ["name", "value", "type", "theme", "id"], delimiter="\t",
                                     quoting=csv.QUOTE_NONE, lineterminator="\n")
                out.writeheader()
                for row in rows:
                    out.writerow({k: row.get(k) or "" for k in ("name", "value", "type", "theme", "id")})
    for kid, names in sorted(owners.items()):
        if len(names) > 1:
            print(f"conflict K{kid}: {sorted(names)}")


if __name__ == "__main__":
    main(sys.argv[1:])
