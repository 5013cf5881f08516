"""The analysis thread of `run4d lsp` and the garbage collector (interpreter/lsp/server.py Worker)."""

from __future__ import annotations

import gc
import time
import weakref

import pytest

from interpreter.lsp.server import Worker
from tests.lsp.client import TIMEOUT


class _Node:
    pass


def test_idle_worker_freezes_the_heap_then_collects_cycles_once_quiet():
    worker = Worker()
    worker.TIDY_AFTER, worker.TIDY_EVERY = 0.05, 0.0
    was_enabled = gc.isenabled()
    gc.disable()  # only the worker's own collection may free the cycle
    try:
        a, b = _Node(), _Node()
        a.other, b.other = b, a  # a cycle: only the collector frees it
        gone = weakref.ref(a)
        del a, b
        assert worker.submit(0, lambda: 42).result(TIMEOUT) == 42
        # The queue ran dry: what was alive (the cycle too) is frozen, out of the collector's scans.
        deadline = time.monotonic() + TIMEOUT
        while (worker.untidy or gone() is not None) and time.monotonic() < deadline:
            time.sleep(0.02)
        # Quiet for TIDY_AFTER: a full collection ran, and freed the cycle.
        assert gone() is None
        assert gc.get_freeze_count() > 0
        # A failing call answers with its exception; the thread goes on.
        fut = worker.submit(0, lambda: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            fut.result(TIMEOUT)
        assert worker.submit(0, lambda: "alive").result(TIMEOUT) == "alive"
    finally:
        worker.stop()
        worker.thread.join(TIMEOUT)
        gc.unfreeze()
        if was_enabled:
            gc.enable()
