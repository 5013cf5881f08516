"""Share of the `Name:Kt:n` constant tokens of real 4D code that run4d knows (a measuring script).

usage: python bench/constant_coverage.py CORPUS_DIR [--missing N] [--repo NAME] [--modern]

Counts every constant token the 4D editor wrote in the .4dm files of each
repository of CORPUS_DIR (read only) and whether run4d resolves it: by its
id (`t:n`) when the tables give one, else by its name. `--missing N` lists
the N most frequent unknown tokens (all repositories, or --repo's);
`--modern` leaves the legacy applications out.
"""

from __future__ import annotations

import collections
import os
import re
import sys

_TOKEN = re.compile(r"([A-Za-z0-9À-ÿ_][A-Za-z0-9À-ÿ _.\-]*?):K(\d+:\d+)")
_LEGACY = {"4dtoWakandaGuy+4D_Daybook", "Association-ASA+ASAPv19p"}


def tokens(repo: str):
    for root, _dirs, names in os.walk(repo):
        for f in names:
            if f.lower().endswith(".4dm"):
                with open(os.path.join(root, f), encoding="utf-8-sig", errors="replace") as fh:
                    for m in _TOKEN.finditer(fh.read()):
                        # the name starts after the last non-name character (`:=`, `(`, `;`, operators)
                        yield m.group(1).strip(), m.group(2)


def main(argv: list[str]) -> None:
    import stdlib_4d  # noqa: F401  (registers the constants)
    from runtime.registry import lookup_constant, lookup_constant_id

    corpus = argv[0]
    repos = sorted(d for d in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, d)))
    only = argv[argv.index("--repo") + 1] if "--repo" in argv else None
    missing: collections.Counter = collections.Counter()
    totals = {"modern": [0, 0], "legacy": [0, 0]}
    if "--modern" in argv:
        repos = [r for r in repos if r not in _LEGACY]
    for repo in repos:
        seen = known = 0
        for name, kid in tokens(os.path.join(corpus, repo)):
            seen += 1
            if lookup_constant_id(kid) is not None or lookup_constant(name) is not None:
                known += 1
            elif only in (None, repo):
                missing[f"{name}:K{kid}"] += 1
        if seen:
            group = "legacy" if repo in _LEGACY else "modern"
            totals[group][0] += seen
            totals[group][1] += known
            print(f"{repo:45s} {seen:7d} tokens  known {100 * known / seen:6.1f}%")
    for group, (seen, known) in totals.items():
        print(f"{group.upper():45s} {seen:7d} tokens  known {100 * known / max(seen, 1):6.1f}%")
    if "--missing" in argv:
        for tok, count in missing.most_common(int(argv[argv.index("--missing") + 1])):
            print(f"{count:6d}  {tok}")


if __name__ == "__main__":
    main(sys.argv[1:])
