"""Compile speed: `run4d --check` on large files against Python compiling equivalent Python.

Usage: python bench/compile.py [--rounds R] [--lines N] [--big] [--compare TREE]

Rows (a separate process per run, rounds interleaved; min/median/max):
- check N lines, cold: `run4d --check` of an N-line method (bench/parse_block.4dm repeated), no cache
  (RUN4D_CACHE=off), start-up included; lines per second and the ratio to the reference.
- check N lines, cached: the same once a first run filled a disk cache (RUN4D_CACHE=folder).
- Case of with 2,000 branches, cold.
- with --big: 100,000 lines, cold.
Reference: `python -c "compile(...)"` of an N-line Python file with the same statements
(bench/parse_block.py), start-up included, in the same round. Targets (issues 18 and 19):
>= 20,000 lines/s, 100,000 lines < 10 s, 2,000 branches < 2 s.
With --compare TREE, the rows are measured for another source tree too (before/after in one run).
Each row also gives the process's CPU time (user + system, from getrusage): on a shared machine
it moves less with the load than the wall time.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def repeat_to(block: str, lines: int) -> str:
    return block * (lines // block.count("\n") + 1)


CPU: dict[str, list[float]] = {}  # row -> CPU seconds (user + system) of each run


def timed(cmd: list[str], env: dict, cwd: str = ROOT, row: str = "") -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if row:
        CPU.setdefault(row, []).append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def stats(samples: list[float], fmt: str = "6.2f") -> str:
    return (f"min {min(samples):{fmt}}  median {statistics.median(samples):{fmt}}  "
            f"max {max(samples):{fmt}}")


def write(path: str, text: str) -> str:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return path


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--lines", type=int, default=20_000)
    p.add_argument("--big", action="store_true", help="also 100,000 lines (slow)")
    p.add_argument("--compare", metavar="TREE", help="also measure another run4d source tree (e.g. an older "
                   "commit unpacked with `git archive`), interleaved in the same rounds")
    opts = p.parse_args()
    load_start = os.getloadavg()[0]
    work = tempfile.mkdtemp(prefix="run4d-bench-compile-")
    block = open(os.path.join(HERE, "parse_block.4dm"), encoding="utf-8").read()
    files = {"check": write(os.path.join(work, "check", "m.4dm"), repeat_to(block, opts.lines)),
             "case": write(os.path.join(work, "case", "m.4dm"),
                           "var $i; $x : Integer\n$i:=5\nCase of\n"
                           + "".join(f"\t: ($i={k})\n\t\t$x:={k}\n" for k in range(2000)) + "End case\n")}
    if opts.big:
        files["100k"] = write(os.path.join(work, "big", "m.4dm"), repeat_to(block, 100_000))
    py_block = open(os.path.join(HERE, "parse_block.py"), encoding="utf-8").read()
    py = write(os.path.join(work, "ref.py"), repeat_to(py_block, opts.lines))
    lines = {k: open(f, encoding="utf-8").read().count("\n") for k, f in files.items()}

    run4d = [sys.executable, "-m", "interpreter.cli.main", "--check"]
    reference = [sys.executable, "-c", f"compile(open({py!r}).read(), {py!r}, 'exec')"]
    trees = {"": ROOT}
    if opts.compare:
        trees["compared "] = os.path.abspath(opts.compare)
    envs = {}
    # As an installed package runs: with compiled bytecode (PYTHONDONTWRITEBYTECODE would hide it;
    # the warm-up run below writes it), as bench/speed.py and bench/run.py measure start-up.
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for label, tree in trees.items():
        envs[label] = (dict(base, PYTHONPATH=tree, RUN4D_CACHE="off"),
                       dict(base, PYTHONPATH=tree, RUN4D_CACHE=os.path.join(work, f"cache{len(envs)}")))
        timed(run4d + [files["check"]], envs[label][1], tree)  # fills the cache
    rows: dict[str, list[float]] = {"reference": []}
    for _ in range(opts.rounds):
        rows["reference"].append(timed(reference, envs[""][0], row="reference"))
        for label, tree in trees.items():
            cold, cached = envs[label]
            for row, name, env in (("check cold", "check", cold), ("check cached", "check", cached),
                                   ("case cold", "case", cold)) + ((("100k cold", "100k", cold),) if opts.big else ()):
                rows.setdefault(label + row, []).append(timed(run4d + [files[name]], env, tree, label + row))
    ref = rows.pop("reference")
    print(f"load average {load_start:.2f} at the start, {os.getloadavg()[0]:.2f} at the end")
    print(f"{'reference':22s} Python compile() of {open(py).read().count(chr(10)):,} lines, seconds {stats(ref)}"
          f"  CPU {stats(CPU['reference'])}")
    for name, samples in rows.items():
        kind = name.removeprefix("compared ")
        n = lines["check" if kind.startswith("check") else kind.split()[0]]
        ratios = [s / r for s, r in zip(samples, ref)]
        cpu = CPU[name]
        print(f"{name:22s} {n:7,} lines  seconds {stats(samples)}  lines/s {stats([n / s for s in samples], '7,.0f')}"
              f"  ÷ reference {stats(ratios)}\n{'':22s} CPU seconds {stats(cpu)}  lines per CPU second "
              f"{stats([n / s for s in cpu], '7,.0f')}")


if __name__ == "__main__":
    main()
