"""Arrays benchmark: SORT ARRAY and Find in array on 100,000 elements against CPython.

Usage: python bench/arrays/bench.py [--rounds R] [--size N]

Each round, for each benchmark: the arrays are filled with the same
pseudo-random values (4D method fill.4dm, not timed), the 4D method is
timed, then its Python twin on lists holding the same values; this is
repeated --inner times (the best time of each side is kept, as the machine
is shared and noisy) and gives the round's ratio 4D / Python. The
benchmarks alternate within each round. Reports min / median / max of the
rounds' ratios.

    sort_one     SORT ARRAY(arReals;>)                     sorted(reals)
    sort_text    SORT ARRAY(atNames;>)                     sorted(names, key=str.lower)
    sort_three   SORT ARRAY(atNames;arReals;alIds;>)        3 lists reordered by the first (key: lower())
    find_real    Find in array(arReals;-1)  (absent)         reals.index(-1) (ValueError)
    find_long    Find in array(alIds;99999)                  ids.index(99999)
    find_text    Find in array(atNames;"absent")             names.index("absent") (ValueError)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))


def load():
    from interpreter.compiler.loader import _4dm_files
    from interpreter.compiler.loader import load as load_files
    from interpreter.compiler.program import Program
    from runtime import process

    program = Program()
    load_files(program, _4dm_files(HERE))
    return program, process.current().vars


def python_twins(reals: list, names: list, ids: list):
    def sort_one():
        sorted(reals)

    def sort_text():
        sorted(names, key=str.lower)

    def sort_three():
        order = sorted(range(len(names)), key=lambda i: names[i].lower())
        [names[i] for i in order], [reals[i] for i in order], [ids[i] for i in order]

    def find_real():
        try:
            reals.index(-1.0)
        except ValueError:
            pass

    def find_long():
        ids.index(99999.0)

    def find_text():
        try:
            names.index("absent")
        except ValueError:
            pass

    return {"sort_one": sort_one, "sort_text": sort_text, "sort_three": sort_three, "find_real": find_real,
            "find_long": find_long, "find_text": find_text}


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--size", type=int, default=100_000)
    p.add_argument("--inner", type=int, default=5)
    opts = p.parse_args()
    program, pv = load()
    names = ["sort_one", "sort_text", "sort_three", "find_real", "find_long", "find_text"]
    ratios: dict[str, list[float]] = {n: [] for n in names}
    for _ in range(opts.rounds):
        for name in names:
            best4d = bestpy = float("inf")
            for _ in range(opts.inner):
                program.call_method("fill", (opts.size,))
                values = (pv["arreals"].values(), pv["atnames"].values(), pv["alids"].values())
                best4d = min(best4d, timed(lambda name=name: program.call_method(name)))
                bestpy = min(bestpy, timed(python_twins(*values)[name]))
            ratios[name].append(best4d / bestpy)
    print(f"{'benchmark':12s} {'min':>6s} {'median':>7s} {'max':>6s}   ({opts.rounds} rounds, {opts.size:,} elements)")
    for name in names:
        r = ratios[name]
        print(f"{name:12s} {min(r):6.2f} {statistics.median(r):7.2f} {max(r):6.2f}")


if __name__ == "__main__":
    main()
