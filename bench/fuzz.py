"""Long fuzzing run: mutated golden files through `run4d --check` and through real runs.

Usage: python bench/fuzz.py [--checks N] [--runs M] [--seconds S]

The generator and the checks are those of tests/test_fuzz.py (tests/fuzzing.py),
with many more examples and random seeds each time. Prints the outcomes by exit
code and every failing program (saved under bench/fuzz-failures/). Exits 1 if
any program gave a Python traceback, a code outside {0, 65, 70} or did not
stop on Ctrl-C.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from hypothesis import HealthCheck, given, settings  # noqa: E402

from tests.fuzzing import check_in_process, mutated_program, problems, run_bounded  # noqa: E402

FAILURES = Path(ROOT) / "bench" / "fuzz-failures"


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--checks", type=int, default=2000, help="programs compiled with --check (in-process)")
    p.add_argument("--runs", type=int, default=100, help="programs run in a run4d process")
    p.add_argument("--seconds", type=float, default=5.0, help="run time before Ctrl-C")
    opts = p.parse_args()
    outcomes: collections.Counter = collections.Counter()
    failed: list[str] = []

    def record(kind: str, text: str, code: int, err: str, interrupted: bool = False) -> None:
        outcomes[(kind, code)] += 1
        found = problems(code, err, interrupted)
        if found:
            FAILURES.mkdir(exist_ok=True)
            path = FAILURES / f"{kind}-{len(failed) + 1}.4dm"
            path.write_text(text, encoding="utf-8")
            failed.append(f"{path}: {', '.join(found)}\n{err[-1500:]}")

    def one(kind: str, text: str) -> None:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "fuzzed.4dm"
            path.write_text(text, encoding="utf-8")
            if kind == "check":
                record(kind, text, *check_in_process(path))
            else:
                record(kind, text, *run_bounded(path, opts.seconds))

    common = dict(deadline=None, database=None, suppress_health_check=list(HealthCheck))
    started = time.monotonic()
    given(mutated_program())(settings(max_examples=opts.checks, **common)(lambda t: one("check", t)))()
    given(mutated_program())(settings(max_examples=opts.runs, **common)(lambda t: one("run", t)))()
    print(f"{sum(outcomes.values())} programs in {time.monotonic() - started:.0f} s")
    for (kind, code), count in sorted(outcomes.items()):
        print(f"  {kind:5s} exit {code:3d}: {count}")
    for f in failed:
        print("FAILED", f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
