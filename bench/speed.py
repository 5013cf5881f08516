"""Benchmark: every row of issue 19's table, each a ratio against its reference in the same run.

Usage: python bench/speed.py [--rounds R] [--loop asyncio|uvloop|both] [--quick] [ROW|GROUP ...]

Groups and rows (none given: all):
  core        fib_class (bench/core), callbacks, objects_build, orderby, sort_formula
              (bench/collections): the 4D method run in this process against its Python
              twin (reference.py), CPU time of this process, one run of each per round
  startup     `run4d samples/hello/hello.4dm` against `python -c pass`: CPU time of the child
              (user + system, from wait4), median of 5 runs of each per round (wall time too)
  check       `run4d --check` on a 20,000-line file: lines per second (the hardening
              helper's row; the reference is Python compiling the same number of lines)
  ws          the WebSocket rows, servers in subprocesses (bench/speed_ws.py): ws_echo
              (1 client request/reply: server CPU per message and p50 latency), ws_pipelined
              (50 clients pipelining), ws_chat (1 sender, fan-out to every member: server CPU
              per delivery), ws_idle (resident memory per idle connection)
  http        issue 14's row: requests/s of samples/webapp's GET /api/notes against
              bench/http_reference_server.py (httptools), and server CPU per request

Each round runs 4D and the reference back to back, in alternating order, and
yields one ratio (run4d ÷ reference, lower is better, except requests/s); the
report gives min / median / max over the rounds (at least 3) and the target.
--loop picks the event loop of the 4D servers (RUN4D_LOOP); `both` runs every
network row once per loop (the references always use the plain asyncio loop).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

TARGETS = {  # row -> (what the ratio is, target text, is the target met by this median)
    "fib_class": ("CPU ÷ CPython method", "≤ 2.0", lambda r: r <= 2.0),
    "callbacks": ("map/filter/reduce with formulas, CPU ÷ CPython", "≤ 2.5", lambda r: r <= 2.5),
    "objects_build": ("build 100k objects, CPU ÷ CPython", "≤ 2.5", lambda r: r <= 2.5),
    "orderby": ("orderBy 100k objects, CPU ÷ CPython", "≤ 2.5", lambda r: r <= 2.5),
    "sort_formula": ("sort 100k objects with a formula, CPU ÷ CPython", "≤ 2.5", lambda r: r <= 2.5),
    "startup": ("hello.4dm start-up CPU ÷ python -c pass", "≤ 3", lambda r: r <= 3.0),
    "startup_wall": ("hello.4dm start-up wall time ÷ python -c pass", "(info)", None),
    "check": ("run4d --check, lines/s ÷ 20,000", "≥ 1", lambda r: r >= 1.0),
    "ws_echo_cpu": ("echo, 1 client: server CPU per message ÷ bare", "≤ 1.3", lambda r: r <= 1.3),
    "ws_echo_p50": ("echo, 1 client: p50 latency ÷ bare", "≤ 1.2", lambda r: r <= 1.2),
    "ws_pipelined_cpu": ("echo, 50 clients pipelined: CPU per message ÷ bare", "≤ 1.0", lambda r: r <= 1.0),
    "ws_chat_cpu": ("chat fan-out: server CPU per delivery ÷ bare", "≤ 1.2", lambda r: r <= 1.2),
    "ws_idle_mem": ("idle connection memory ÷ bare", "≤ 1.1", lambda r: r <= 1.1),
    "http_rate": ("HTTP JSON handler: requests/s ÷ bare (httptools)", "≥ 0.7", lambda r: r >= 0.7),
    "http_cpu": ("HTTP JSON handler: server CPU per request ÷ bare", "(info)", None),
}
CORE = ["fib_class", "callbacks", "objects_build", "orderby", "sort_formula"]
GROUPS = {"core": CORE, "startup": ["startup"], "check": ["check"],
          "ws": ["ws_echo", "ws_pipelined", "ws_chat", "ws_idle"], "http": ["http"]}


def _module(path: str, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def to4d(value):
    """Plain Python data (lists, dicts, numbers, texts) as 4D values (Coll, Obj)."""
    from runtime.values import Coll, Obj

    if isinstance(value, list):
        return Coll(to4d(v) for v in value)
    if isinstance(value, dict):
        return Obj({k: to4d(v) for k, v in value.items()})
    return value


# ---------------------------------------------------------------- core rows (in this process)


class CoreCase:
    """One 4D method and its Python twin; `run()` gives (4D CPU s, Python CPU s) for one round."""

    def __init__(self, name: str) -> None:
        from run import load_program

        folder = os.path.join(HERE, "core" if os.path.exists(os.path.join(HERE, "core", name + ".4dm"))
                              else "collections")
        self.name = name
        self.program = load_program(folder)
        self.ref = _module(os.path.join(folder, "reference.py"), "reference_" + os.path.basename(folder))
        self.inputs = getattr(self.ref, "INPUTS", {}).get(name)

    def _args(self):
        if self.inputs is None:
            return (), ()
        data = self.inputs()
        return (to4d(data),), (data,)

    times = 1  # runs per measure: short benchmarks repeat so that each side takes a while

    def run4d(self) -> float:
        took = 0.0
        for _ in range(self.times):
            args4d, _ = self._args()
            t0 = time.process_time()
            self.program.call_method(self.name, args4d)
            took += time.process_time() - t0
        return took

    def runpy(self) -> float:
        fn = getattr(self.ref, self.name)
        took = 0.0
        for _ in range(self.times):
            _, args = self._args()
            t0 = time.process_time()
            fn(*args)
            took += time.process_time() - t0
        return took


def core_rows(names: list[str], rounds: int) -> dict[str, list[float]]:
    import gc

    out: dict[str, list[float]] = {}
    for name in names:
        case = CoreCase(name)
        case.run4d()  # warm-up: first calls, caches
        case.times = max(1, round(0.25 / max(case.runpy(), 1e-3)))  # the Python side takes >= 0.25 s
        ratios = []
        for r in range(rounds):
            pair = (case.run4d, case.runpy) if r % 2 == 0 else (case.runpy, case.run4d)
            got = {}
            for fn in pair:
                gc.collect()
                got[fn.__name__] = fn()
            ratios.append(got["run4d"] / got["runpy"])
            print(f"  {name} round {r + 1}: 4D {got['run4d'] * 1000:8.1f} ms CPU   Python {got['runpy'] * 1000:8.1f} ms"
                  f"   ratio {ratios[-1]:.2f}", flush=True)
        out[name] = ratios
    return out


# ---------------------------------------------------------------- start-up


def _child_cpu(cmd: list[str], env: dict) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one run of `cmd`."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} exited with {proc.returncode}")
    return usage.ru_utime + usage.ru_stime, wall


def startup_rows(rounds: int, runs: int = 5) -> dict[str, list[float]]:
    hello = os.path.join(ROOT, "samples", "hello", "hello.4dm")
    # As an installed package runs: with compiled bytecode (PYTHONDONTWRITEBYTECODE would hide it).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    base_cmd = [sys.executable, "-c", "pass"]
    run_cmd = [sys.executable, "-m", "interpreter.cli.main", hello]
    _child_cpu(base_cmd, env), _child_cpu(run_cmd, env)  # warm-up (bytecode caches)
    cpu, wall = [], []
    for r in range(rounds):
        got = {"base": [], "run": []}
        for _ in range(runs):
            order = [("base", base_cmd), ("run", run_cmd)] if r % 2 == 0 else [("run", run_cmd), ("base", base_cmd)]
            for name, cmd in order:
                got[name].append(_child_cpu(cmd, env))
        med = {k: (statistics.median(c for c, _ in v), statistics.median(w for _, w in v)) for k, v in got.items()}
        cpu.append(med["run"][0] / med["base"][0])
        wall.append(med["run"][1] / med["base"][1])
        print(f"  startup round {r + 1}: run4d {med['run'][0] * 1000:5.0f} ms CPU ({med['run'][1] * 1000:5.0f} ms wall)"
              f"   python -c pass {med['base'][0] * 1000:4.0f} ms CPU ({med['base'][1] * 1000:4.0f} ms wall)"
              f"   ratio {cpu[-1]:.2f} CPU, {wall[-1]:.2f} wall", flush=True)
    return {"startup": cpu, "startup_wall": wall}


# ---------------------------------------------------------------- --check


def check_rows(rounds: int, lines: int = 20_000) -> dict[str, list[float]]:
    import tempfile

    block = open(os.path.join(HERE, "parse_block.4dm"), encoding="utf-8").read()
    text = block * (lines // max(block.count("\n"), 1) + 1)
    n = text.count("\n")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.4dm")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        cmd = [sys.executable, "-m", "interpreter.cli.main", "--check", path]
        # Cold, as the issue measures it: without the compiled-code cache (a cache hit skips the check);
        # run4d's own modules with their bytecode, as an installed package has it (see startup_rows).
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["RUN4D_CACHE"] = "off"
        subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm-up
        out = []
        for r in range(rounds):
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(proc.pid, 0)
            cpu = usage.ru_utime + usage.ru_stime
            rate = n / cpu
            out.append(rate / 20_000)
            print(f"  check round {r + 1}: {n} lines in {cpu:.2f} s CPU ({time.perf_counter() - t0:.2f} s wall):"
                  f" {rate:,.0f} lines/s (exit {os.waitstatus_to_exitcode(status)})", flush=True)
    return {"check": out}


# ---------------------------------------------------------------- report


def summary(results: dict[str, list[float]], label: str = "") -> str:
    lines = [f"{'row':18s} {'what':58s} {'min':>6s} {'median':>7s} {'max':>6s}  target"]
    for row, ratios in results.items():
        what, target, met = TARGETS.get(row, (row, "", None))
        if not ratios:
            continue
        med = statistics.median(ratios)
        verdict = "" if met is None else ("MET" if met(med) else "not met")
        lines.append(f"{row:18s} {what[:58]:58s} {min(ratios):6.2f} {med:7.2f} {max(ratios):6.2f}  {target} {verdict}")
    head = f"summary{(' (' + label + ')') if label else ''}: ratios over {max(map(len, results.values()), default=0)}" \
           " interleaved rounds"
    return head + "\n" + "\n".join(lines)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--loop", choices=["asyncio", "uvloop", "both"], default=None,
                   help="event loop of the 4D servers (default: run4d's own choice)")
    p.add_argument("--quick", action="store_true", help="smaller network loads (for a first look)")
    p.add_argument("rows", nargs="*")
    opts = p.parse_args()
    wanted: list[str] = []
    for name in opts.rows or list(GROUPS):
        wanted.extend(GROUPS.get(name, [name]))
    results: dict[str, list[float]] = {}
    core = [n for n in wanted if n in CORE]
    if core:
        print("core rows (CPU time of this process)", flush=True)
        results.update(core_rows(core, max(opts.rounds, 3)))
    if "startup" in wanted:
        print("start-up (CPU time of the child)", flush=True)
        results.update(startup_rows(opts.rounds))
    if "check" in wanted:
        print("run4d --check", flush=True)
        results.update(check_rows(opts.rounds))
    net = [n for n in wanted if n.startswith("ws_") or n == "http"]
    loops = [None] if opts.loop is None else (["asyncio", "uvloop"] if opts.loop == "both" else [opts.loop])
    by_loop = {}
    if net:
        import speed_ws

        for loop in loops:
            label = loop or "default loop"
            print(f"network rows, 4D servers on the {label}", flush=True)
            by_loop[label] = speed_ws.rows(net, opts.rounds, loop, opts.quick)
    print()
    if results:
        print(summary(results))
    for label, res in by_loop.items():
        print(summary(res, f"4D on the {label}"))


if __name__ == "__main__":
    main()
