"""Transformation tags: PROCESS 4D TAGS of a 100 KB template against the same page built in Python.

Usage: python bench/tags/bench.py [--rounds R]

The template (made here) is static HTML with 1,000 distinct tags (4DTEXT, 4DIF/4DELSE,
$4DEVAL on row i of $1) and a 4DEACH over 200 rows; the reference builds the same text with
f-strings and html.escape. Rows, interleaved in each round: "cold" (a template text never seen:
parsed and compiled, then run; one call), "warm" (the same text again, the compiled template
reused; mean of 10 calls), and the Python build (mean of 10 calls); min/median/max milliseconds
of R rounds and the ratios of the medians.
"""

from __future__ import annotations

import argparse
import html
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, ROOT)

SECTIONS = 250
ROWS = 200
REPEAT = 10  # warm and Python rows: the mean of 10 calls per round
FILLER = "<p class=\"filler\">Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do.</p>\n"


def template() -> str:
    parts = ["<html><body>\n"]
    for i in range(SECTIONS):
        parts.append(f"<section id=\"s{i}\"><h2><!--#4DTEXT $1[{i}].name--></h2>\n{FILLER * 3}")
        parts.append(f"<!--#4DIF ($1[{i}].score>{i % 100})--><b>high</b><!--#4DELSE--><i>low</i><!--#4DENDIF-->")
        parts.append(f" score x2: $4DEVAL($1[{i}].score*2)</section>\n")
    parts.append("<ul><!--#4DEACH $row in $1--><li><!--#4DTEXT $row.name--></li><!--#4DENDEACH--></ul>\n")
    parts.append("</body></html>\n")
    return "".join(parts)


def rows_data() -> list[dict]:
    return [{"name": f"row <{i}> & co", "score": float((i * 37) % 100)} for i in range(max(SECTIONS, ROWS))]


def _num(x: float) -> str:
    return str(int(x)) if x == int(x) else repr(x)


def reference(rows: list[dict]) -> str:
    parts = ["<html><body>\n"]
    for i in range(SECTIONS):
        row = rows[i]
        parts.append(f"<section id=\"s{i}\"><h2>{html.escape(row['name'], quote=True)}</h2>\n{FILLER * 3}")
        parts.append("<b>high</b>" if row["score"] > i % 100 else "<i>low</i>")
        parts.append(f" score x2: {_num(row['score'] * 2)}</section>\n")
    parts.append("<ul>" + "".join(f"<li>{html.escape(r['name'], quote=True)}</li>" for r in rows) + "</ul>\n")
    parts.append("</body></html>\n")
    return "".join(parts).replace("&#x27;", "'")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=5)
    opts = p.parse_args()
    sys.path.insert(0, os.path.join(ROOT, "bench"))
    from run import load_program

    from runtime.values import Coll, Obj

    program = load_program(HERE)
    rows = rows_data()
    rows4d = Coll([Obj(r) for r in rows])
    text = template()
    expected = reference(rows)
    got = program.call_method("tags_page", (text, rows4d))
    assert got == expected, "the 4D page and the Python page differ"
    print(f"template {len(text):,} characters, result {len(expected):,}")
    times: dict[str, list[float]] = {"cold": [], "warm": [], "python": []}
    for r in range(opts.rounds):
        fresh = f"<!-- round {r} -->" + text  # a text never compiled: a real cold run
        t0 = time.perf_counter()
        program.call_method("tags_page", (fresh, rows4d))
        t1 = time.perf_counter()
        for _ in range(REPEAT):
            program.call_method("tags_page", (fresh, rows4d))
        t2 = time.perf_counter()
        for _ in range(REPEAT):
            reference(rows)
        t3 = time.perf_counter()
        times["cold"].append(t1 - t0)
        times["warm"].append((t2 - t1) / REPEAT)
        times["python"].append((t3 - t2) / REPEAT)
    med = {k: statistics.median(v) for k, v in times.items()}
    for k, v in times.items():
        print(f"{k:7s} min {min(v) * 1000:8.1f} ms  median {med[k] * 1000:8.1f} ms  max {max(v) * 1000:8.1f} ms")
    print(f"ratio warm/python {med['warm'] / med['python']:.1f}   cold/python {med['cold'] / med['python']:.1f}")
    print("load average", os.getloadavg())


if __name__ == "__main__":
    main()
