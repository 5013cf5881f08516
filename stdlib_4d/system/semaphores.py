"""Semaphores: Semaphore, Test semaphore, CLEAR SEMAPHORE.

Stage: stdlib commands. A semaphore is a name set by one process and
cleared by the same process; the table is shared by every process of the
run (local "$" semaphores too: run4d is one machine). Semaphore waits up to
`ticks` (1/60 s) for the name to be free, serving the process's mailbox as
DELAY PROCESS does.
"""

from __future__ import annotations

import threading
import time

from runtime import lifecycle, scheduler
from runtime.codes import err
from runtime.process import current
from runtime.registry import command
from runtime.values import UNDEF
from stdlib_4d import args

_lock = threading.Lock()
_owners: dict[str, int] = {}  # name -> number of the process that set it
MAX_NAME = 255


def _reset() -> None:
    with _lock:
        _owners.clear()


lifecycle.on_reset(_reset)


def _name(value, cmd: str) -> str:
    name = args.text(value, cmd, 1)
    if not name or len(name) > MAX_NAME:
        raise err("bad_value", detail=f"{cmd}: a semaphore name has 1 to {MAX_NAME} characters")
    return name


def _take(name: str, proc_number: int) -> bool:
    with _lock:
        if name in _owners:
            return False
        _owners[name] = proc_number
        return True


@command("Semaphore", returns="boolean")
def semaphore(name, ticks=UNDEF):
    """Semaphore(name{; ticks}): False if the semaphore was free and is now set; True if it stayed taken."""
    key = _name(name, "Semaphore")
    proc = current()
    if _take(key, proc.number):
        return False
    wait = 0 if ticks is UNDEF else max(args.integer(ticks, "Semaphore", 2), 0)
    deadline = time.monotonic() + wait / 60.0
    while time.monotonic() < deadline:
        scheduler.serve(proc, timeout=min(deadline - time.monotonic(), 1 / 60.0))
        if _take(key, proc.number):
            return False
    return True


@command("Test semaphore", returns="boolean")
def test_semaphore(name):
    """Test semaphore(name): True if the semaphore is set (by any process)."""
    key = _name(name, "Test semaphore")
    with _lock:
        return key in _owners


@command("CLEAR SEMAPHORE")
def clear_semaphore(name):
    """CLEAR SEMAPHORE(name): free a semaphore this process set (others' are left alone)."""
    key = _name(name, "CLEAR SEMAPHORE")
    with _lock:
        if _owners.get(key) == current().number:
            del _owners[key]
