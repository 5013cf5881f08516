"""Share of real 4D files that parse, per repository (a measuring script, not a test).

usage: python bench/parse_rates.py CORPUS_DIR [--jobs N] [--reasons] [--json OUT]

Each sub-folder of CORPUS_DIR is one repository of .4dm files (read only,
never copied here). A file parses when the grammar accepts it whole; the
first failing token is its reason. Failures on a line using array element
syntax (`$a{1}`, owned by the arrays work) are counted apart.
"""

from __future__ import annotations

import collections
import json
import multiprocessing
import os
import re
import signal
import sys

_ELEMENT = re.compile(r"[\w>)\]]\{")


def files_of(repo: str) -> list[str]:
    out = []
    for root, _dirs, names in os.walk(repo):
        out += [os.path.join(root, f) for f in names if f.lower().endswith(".4dm")]
    return sorted(out)


def _init(method_names: list[str]) -> None:
    from interpreter.compiler.program import Program

    program = Program()  # registers the library's names for the lexer
    declare = getattr(program, "declare_name", None)  # absent before the catalog: measuring older code
    for name in method_names if declare else ():
        declare(name)  # as the loader does for a project's methods


def parse_one(path: str) -> tuple[str, str, str]:
    from lark.exceptions import UnexpectedInput

    from interpreter.compiler.parser import get_parser, normalize
    from runtime.errors import CompileError

    signal.alarm(30)
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as fh:
            text = normalize(fh.read())
        try:
            get_parser().parse(text, start="start")
            return path, "ok", ""
        except UnexpectedInput as e:
            lines = text.split("\n")
            line = lines[e.line - 1] if 0 < (e.line or 0) <= len(lines) else ""
            tok = getattr(e, "token", None)
            what = f"unexpected {tok.type} {str(tok)[:30]!r}" if tok is not None else "unexpected character"
            kind = "element" if _ELEMENT.search(line) else "syntax"
            return path, kind, f"{what} | {line.strip()[:100]}"
        except CompileError as e:
            return path, "syntax", f"{e.message} | "
    except Exception as e:  # a crash of the parser is a finding too
        return path, "crash", f"{type(e).__name__}: {e}"[:200]
    finally:
        signal.alarm(0)


def main(argv: list[str]) -> None:
    corpus = argv[0]
    jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else 2
    repos = sorted(d for d in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, d)))
    work = [(r, f) for r in repos for f in files_of(os.path.join(corpus, r))]
    methods = sorted({os.path.splitext(os.path.basename(f))[0] for _, f in work
                      if os.path.basename(os.path.dirname(f)) == "Methods"})
    with multiprocessing.Pool(jobs, initializer=_init, initargs=(methods,)) as pool:
        results = pool.map(parse_one, [f for _, f in work], chunksize=20)
    by_repo: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    reasons: collections.Counter = collections.Counter()
    for (repo, _), (_path, status, msg) in zip(work, results):
        by_repo[repo][status] += 1
        if status != "ok":
            reasons[msg.split(" | ")[0]] += 1
    total: collections.Counter = collections.Counter()
    for repo in repos:
        c = by_repo[repo]
        n = sum(c.values())
        if n:
            total.update(c)
            rest = " ".join(f"{k}={v}" for k, v in sorted(c.items()) if k != "ok")
            print(f"{repo:45s} {n:6d} files  parse {100 * c['ok'] / n:6.1f}%  {rest}")
    n = sum(total.values())
    print(f"{'TOTAL':45s} {n:6d} files  parse {100 * total['ok'] / n:6.1f}%  element={total['element']}")
    if "--reasons" in argv:
        for msg, count in reasons.most_common(40):
            print(f"{count:6d}  {msg}")
    if "--json" in argv:
        with open(argv[argv.index("--json") + 1], "w") as fh:
            json.dump(results, fh)


if __name__ == "__main__":
    main(sys.argv[1:])
