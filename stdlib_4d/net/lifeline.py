"""What every asynchronous object of the client side shares (HTTPRequest, TCP, UDP, SystemWorker).

Stage: stdlib (no asyncio). A `Lifeline` belongs to one object: it keeps
the program running while the object is busy (scheduler TABLE.keepalive),
lets go when the object is over or when the process that owns it ends,
posts the object's events to that process (callbacks run there, in order),
and lets any process `wait()` for the end while serving its own mailbox.
At shutdown every live object is stopped through one hook.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable

from runtime import lifecycle, scheduler
from runtime.process import Process, current
from runtime.scheduler import TABLE

_live: weakref.WeakSet = weakref.WeakSet()  # objects with a held lifeline and a stop_for_shutdown()
_hooked = {"on": False}
_run = {"generation": 0}  # a new run (lifecycle.reset) starts counting keep-alive from zero


def _shutdown() -> None:
    _hooked["on"] = False
    for obj in list(_live):
        try:
            obj.stop_for_shutdown()
        except Exception as e:  # one object failing to stop must not keep the others open
            lifecycle.report(e)


def _reset() -> None:
    _live.clear()
    _hooked["on"] = False
    _run["generation"] += 1


lifecycle.on_reset(_reset)


class Lifeline:
    """Keep-alive, owner process and waiters of one asynchronous object."""

    __slots__ = ("owner", "held", "_lock", "_waiters", "_obj", "_generation", "__weakref__")

    def __init__(self, obj, owner: Process | None = None) -> None:
        self.owner = owner or current()
        self.held = False
        self._lock = threading.Lock()
        self._waiters: set[Process] = set()
        self._obj = weakref.ref(obj)
        self._generation = _run["generation"]

    def hold(self) -> None:
        """The object is busy: the program does not end before release()."""
        with self._lock:
            if self.held:
                return
            self.held = True
            self._generation = _run["generation"]
        TABLE.count("keepalive", 1)
        obj = self._obj()
        if obj is not None and hasattr(obj, "stop_for_shutdown"):
            _live.add(obj)
            if not _hooked["on"]:
                _hooked["on"] = True
                lifecycle.on_shutdown(_shutdown)
        self.owner.at_end.append(self.release)
        if self.owner.ended:  # it ended while we registered: nobody will run at_end now
            self.release()

    def release(self) -> None:
        """The object is over (idempotent; any thread)."""
        with self._lock:
            if not self.held:
                return
            self.held = False
        try:
            self.owner.at_end.remove(self.release)
        except ValueError:
            pass
        obj = self._obj()
        if obj is not None:
            _live.discard(obj)
        if self._generation == _run["generation"]:  # an object of a previous run counts no more
            TABLE.count("keepalive", -1)
        self.wake()

    def post(self, event: Callable[[], None]) -> None:
        """Run `event` in the owner process (dropped if it has ended: release() ran at its end)."""
        scheduler.post_event(self.owner, event)

    def wake(self) -> None:
        with self._lock:
            waiters = list(self._waiters)
        for proc in waiters:
            scheduler.ensure_mailbox(proc).wake()

    def wait(self, done: Callable[[], bool], timeout: float | None) -> None:
        """Serve the current process's mailbox until done() or timeout seconds (None: no limit)."""
        if done():
            return
        proc = current()
        with self._lock:
            self._waiters.add(proc)
        try:
            scheduler.serve(proc, until=done, timeout=timeout)
        finally:
            with self._lock:
                self._waiters.discard(proc)
