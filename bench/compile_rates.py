"""Share of real 4D files that COMPILE, per repository (a measuring script, not a test).

usage: python bench/compile_rates.py CORPUS_DIR [--jobs N] [--only NAME,...] [--skip NAME,...]
                                     [--reasons N] [--json OUT] [--components DIR,...]

Each sub-folder of CORPUS_DIR is one repository (read only, never copied
here). Its project (the folder holding Project/, else the repository) is
checked as `run4d --check` would: every .4dm file loaded and compiled
together. A file compiles when no error diagnostic names it (warnings, such
as commands run4d parses but does not run, are allowed). `--reasons N`
lists the N most frequent error messages (names and quoted text folded).
`--components DIR,...`: each repository is copied to a temporary folder and each DIR (a component's
project, e.g. 4D SVG) installed in it as `Components/<name>.4dbase` (bench/run_rates.py's
install_components); the rate still counts the repository's own files only (an installed component's
errors are counted apart, in `component errors`).
"""

from __future__ import annotations

import collections
import json
import multiprocessing
import os
import re
import sys
import time

_LEGACY = {"4dtoWakandaGuy+4D_Daybook", "Association-ASA+ASAPv19p"}


def project_of(repo: str) -> str:
    for root, dirs, _files in os.walk(repo):
        if "Project" in dirs and os.path.isdir(os.path.join(root, "Project", "Sources")):
            return root
    return repo


def files_of(repo: str) -> list[str]:
    out = []
    for root, _dirs, names in os.walk(repo):
        out += [os.path.normpath(os.path.join(root, f)) for f in names if f.lower().endswith(".4dm")]
    return out


def check_repo(repo: str, components: list[str] = ()) -> dict:
    if components:
        import shutil
        import tempfile

        with tempfile.TemporaryDirectory(prefix="compile_rates_") as tmp:
            copy = os.path.join(tmp, os.path.basename(repo))
            shutil.copytree(repo, copy, ignore=shutil.ignore_patterns(".git"), symlinks=True)
            sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
            from run_rates import find_project, install_components

            project = find_project(copy)
            installed = install_components(project, components) if project else []
            skip = [os.path.join(os.path.dirname(os.path.dirname(project)), "Components", n + ".4dbase")
                    for n in installed]
            result = _check(copy, skip)
            result["repo"] = repo
            return result
    return _check(repo, [])


def _check(repo: str, skip: list[str]) -> dict:
    from interpreter.compiler.check import check

    started = time.monotonic()
    files = [f for f in files_of(repo) if not any(f.startswith(s + os.sep) for s in skip)]
    try:
        diags = check([project_of(repo)])
    except Exception as e:  # a crash of the checker is a finding too
        return {"repo": repo, "files": len(files), "bad": len(files), "crash": f"{type(e).__name__}: {e}"[:200],
                "reasons": {}, "codes": {}, "seconds": time.monotonic() - started}
    bad = {os.path.normpath(d.file) for d in diags if d.severity == "error"}
    own = [d for d in diags if d.severity == "error" and os.path.normpath(d.file) in set(files)]
    reasons = collections.Counter(_fold(d.message) for d in own)
    codes = collections.Counter(d.code for d in own)
    apart = sum(1 for d in diags if d.severity == "error" and any(d.file.startswith(s + os.sep) for s in skip))
    if apart:
        codes["component errors"] = apart
    return {"repo": repo, "files": len(files), "bad": len(bad & set(files)), "crash": "",
            "reasons": dict(reasons), "codes": dict(codes), "seconds": time.monotonic() - started}


def _fold(message: str) -> str:
    message = message.split(" (expected:")[0]
    return re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", message)[:90]


def main(argv: list[str]) -> None:
    corpus = argv[0]
    jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else 2
    repos = sorted(d for d in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, d)))
    if "--only" in argv:
        repos = [r for r in repos if r in argv[argv.index("--only") + 1].split(",")]
    if "--skip" in argv:
        repos = [r for r in repos if r not in argv[argv.index("--skip") + 1].split(",")]
    paths = [os.path.join(corpus, r) for r in repos]
    components = [os.path.abspath(c) for c in argv[argv.index("--components") + 1].split(",")] \
        if "--components" in argv else []
    with multiprocessing.Pool(jobs, maxtasksperchild=1) as pool:
        results = pool.starmap(check_repo, [(p, components) for p in paths], chunksize=1)
    totals = {"modern": [0, 0], "legacy": [0, 0]}
    reasons: collections.Counter = collections.Counter()
    for res in results:
        name = os.path.basename(res["repo"])
        n, bad = res["files"], res["bad"]
        if not n:
            continue
        group = "legacy" if name in _LEGACY else "modern"
        totals[group][0] += n
        totals[group][1] += n - bad
        reasons.update(res["reasons"])
        codes = " ".join(f"{k}={v}" for k, v in sorted(res["codes"].items()))
        crash = f" CRASH {res['crash']}" if res["crash"] else ""
        print(f"{name:45s} {n:6d} files  compile {100 * (n - bad) / n:6.1f}%  "
              f"({res['seconds']:.0f} s) {codes}{crash}")
    for group, (n, ok) in totals.items():
        if n:
            print(f"{group.upper():45s} {n:6d} files  compile {100 * ok / n:6.1f}%")
    if "--reasons" in argv:
        for msg, count in reasons.most_common(int(argv[argv.index("--reasons") + 1])):
            print(f"{count:6d}  {msg}")
    if "--json" in argv:
        with open(argv[argv.index("--json") + 1], "w") as fh:
            json.dump(results, fh)


if __name__ == "__main__":
    main(sys.argv[1:])
