"""Benchmarks: each 4D program against equivalent Python, in the same run.

Usage: python bench/run.py [--repeat N] [name ...]

Prints, for each benchmark, the best time of N runs of the 4D method (run
in-process, after compilation) and of its Python twin, and the ratio
4D / Python. Also: start-up time of `run4d` on hello world against
`python3 -c pass`, and the parser's speed on a 10,000-line file. Machines
are shared and noisy: compare ratios, not absolute times.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
HERE = os.path.dirname(os.path.abspath(__file__))

CORE = ["loop", "fib_method", "fib_class", "text_build", "collection_ops", "object_props"]


def _module(path: str, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def load_program(folder: str):
    from interpreter.compiler.loader import _4dm_files, load
    from interpreter.compiler.program import Program

    program = Program()
    files = _4dm_files(folder) + _4dm_files(os.path.join(folder, "Classes"))
    load(program, files)
    return program


def run_pairs(folder: str, names: list[str], repeat: int) -> None:
    program = load_program(folder)
    ref = _module(os.path.join(folder, "reference.py"), "reference_" + os.path.basename(folder))
    for name in names:
        t4d = best(lambda name=name: program.call_method(name), repeat)
        tpy = best(getattr(ref, name), repeat)
        print(f"{name:24s} 4D {t4d * 1000:9.1f} ms   Python {tpy * 1000:9.1f} ms   ratio {t4d / tpy:5.2f}")


def startup(repeat: int) -> None:
    hello = os.path.join(ROOT, "samples", "hello", "hello.4dm")

    # As an installed package runs: with compiled bytecode (PYTHONDONTWRITEBYTECODE would hide it).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def timed(cmd):
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT, env=env)  # warm-up
        samples = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT, env=env)
            samples.append(time.perf_counter() - t0)
        return statistics.median(samples)

    base = timed([sys.executable, "-c", "pass"])
    run = timed([sys.executable, "-m", "interpreter.cli.main", hello])
    print(f"{'startup':24s} run4d {run * 1000:6.0f} ms   python -c pass {base * 1000:6.0f} ms"
          f"   extra {(run - base) * 1000:6.0f} ms (target < 250 ms)")


def parse_speed() -> None:
    from interpreter.compiler.parser import normalize, parse_items
    from interpreter.compiler.program import Program

    Program()  # registers the command names the lexer must know

    block = open(os.path.join(HERE, "parse_block.4dm"), encoding="utf-8").read()
    lines = block.count("\n")
    text = normalize(block * (10_000 // lines + 1))
    n = text.count("\n")
    t0 = time.perf_counter()
    parse_items(text, "bench")
    took = time.perf_counter() - t0
    py = "x = (1 + 2) * 3\nif x > 2:\n    y = [1, 2, {'a': 3}]\n" * (n // 3)
    import ast

    t1 = time.perf_counter()
    ast.parse(py)
    took_py = time.perf_counter() - t1
    print(f"{'parse 10,000 lines':24s} {n} lines in {took * 1000:6.0f} ms ({n / took:,.0f} lines/s)"
          f"   Python's ast.parse of {py.count(chr(10))} lines: {took_py * 1000:.0f} ms")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("names", nargs="*")
    opts = p.parse_args()
    names = opts.names or CORE + ["startup", "parse"]
    core = [n for n in names if n in CORE]
    if core:
        run_pairs(os.path.join(HERE, "core"), core, opts.repeat)
    extra = [n for n in names if n not in CORE]
    for folder in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, folder)
        if folder != "core" and os.path.isfile(os.path.join(path, "reference.py")):
            wanted = [n for n in extra if os.path.exists(os.path.join(path, n + ".4dm"))]
            if wanted:
                run_pairs(path, wanted, opts.repeat)
    if "startup" in names:
        startup(max(opts.repeat, 5))
    if "parse" in names:
        parse_speed()


if __name__ == "__main__":
    main()
