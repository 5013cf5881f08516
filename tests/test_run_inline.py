"""scheduler.run_inline: running a message of an idle process on another thread, as that process.

The process is borrowed: its own thread runs nothing meanwhile, even when its
mailbox wait times out (every 0.25 s) or messages arrive; they run after, in
order. Bounded waits only.
"""

from __future__ import annotations

import threading
import time

from runtime import scheduler
from runtime.process import current

WAIT = 10.0


def idle_worker(name: str):
    proc = scheduler.worker(name)
    deadline = time.monotonic() + WAIT
    while not (proc.worker.sleeping and not proc.worker.items and proc.running_code == 0):  # idle
        assert time.monotonic() < deadline, "the worker never went to sleep"
        time.sleep(0.005)
    return proc


def test_runs_as_the_process_and_holds_it_while_it_runs():
    proc = idle_worker("inline-a")
    log: list[tuple[str, object]] = []
    done = threading.Event()

    def inline() -> None:
        me = current()
        log.append(("inline", me is proc and threading.current_thread() is not proc.thread))
        me.vars["seen"] = "inline"
        for i in range(3):  # posted while borrowed: they must wait
            scheduler.post(proc, lambda i=i: log.append(("posted", i, current() is proc)))
        time.sleep(0.6)  # longer than the owner's 0.25 s mailbox timeout
        log.append(("inline end", len(log)))

    assert scheduler.run_inline(proc, inline)
    scheduler.post(proc, done.set)
    assert done.wait(WAIT)
    assert log == [("inline", True), ("inline end", 1), ("posted", 0, True), ("posted", 1, True),
                   ("posted", 2, True)]
    assert proc.vars["seen"] == "inline"
    assert current() is not proc  # this thread is itself again
    scheduler.stop(proc)


def test_refused_when_busy_or_when_something_is_queued():
    proc = idle_worker("inline-b")
    started, release = threading.Event(), threading.Event()

    def busy() -> None:
        started.set()
        release.wait(WAIT)

    scheduler.post(proc, busy)
    assert started.wait(WAIT)
    assert not scheduler.run_inline(proc, lambda: None)  # running a message
    release.set()
    proc = idle_worker("inline-b")
    # Queued but not taken yet: hold the mailbox lock so the owner cannot take it.
    with proc.worker.lock:
        proc.worker.items.append(lambda: None)
        scheduler.TABLE.count("pending", 1)
    assert not scheduler.run_inline(proc, lambda: None)
    proc = idle_worker("inline-b")
    assert scheduler.run_inline(proc, lambda: None)
    scheduler.stop(proc)


def test_errors_are_reported_for_the_process():
    from runtime.codes import err

    proc = idle_worker("inline-c")
    reported = []
    saved = scheduler.TABLE.report
    scheduler.TABLE.report = lambda e, p: reported.append((str(e), p))
    try:
        def fails() -> None:
            raise err("bad_value", detail="inline failure")

        assert scheduler.run_inline(proc, fails)
    finally:
        scheduler.TABLE.report = saved
    assert len(reported) == 1 and "inline failure" in reported[0][0] and reported[0][1] is proc
    assert not proc.worker.borrowed and proc.running_code == 0
    scheduler.stop(proc)
