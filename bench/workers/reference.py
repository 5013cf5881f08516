"""The Python programs the worker benchmarks are measured against (same work)."""

import queue
import threading

_requests: queue.Queue = queue.Queue()
_replies: queue.Queue = queue.Queue()
_worker: list[threading.Thread] = []


def _echo() -> None:
    while True:
        n = _requests.get()
        _replies.put(n * 2)


def round_trip():
    # One long-lived worker thread, like the 4D worker that stays alive
    if not _worker:
        t = threading.Thread(target=_echo, daemon=True)
        t.start()
        _worker.append(t)
    total = 0.0
    for i in range(1, 10_001):
        _requests.put(i)
        total += _replies.get()
    return total
