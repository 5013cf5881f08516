"""Fuzzing in the normal suite: mutated golden files never crash run4d (a short run).

`python bench/fuzz.py` runs the same generator much longer (see bench/README.md).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from tests.conftest import TIMEOUT_FACTOR
from tests.fuzzing import check_in_process, mutated_program, problems, run_bounded

QUICK = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
RUNS = settings(max_examples=6, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _write(text: str) -> tuple[tempfile.TemporaryDirectory, Path]:
    folder = tempfile.TemporaryDirectory()
    path = Path(folder.name) / "fuzzed.4dm"
    path.write_text(text, encoding="utf-8")
    return folder, path


@QUICK
@given(mutated_program())
def test_mutated_programs_compile_or_fail_cleanly(text):
    folder, path = _write(text)
    with folder:
        code, err = check_in_process(path)
        assert problems(code, err) == [], err[-2000:]


@RUNS
@given(mutated_program())
def test_mutated_programs_run_or_fail_cleanly(text):
    folder, path = _write(text)
    with folder:
        code, err, interrupted = run_bounded(path, 5 * TIMEOUT_FACTOR)
        assert problems(code, err, interrupted) == [], err[-2000:]
