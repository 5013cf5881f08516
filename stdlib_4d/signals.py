"""4D.Signal: New signal, .wait(), .trigger(), .signaled, .description.

Stage: stdlib, built-in class. A signal is a shared object: its custom
properties and description are written inside Use...End use. A process
waiting on a signal keeps serving its mailbox (runtime/scheduler.serve).
"""

from __future__ import annotations

import threading

from runtime import scheduler, shared
from runtime.classes import register_builtin
from runtime.codes import err
from runtime.native import Native
from runtime.process import current
from runtime.registry import command
from runtime.values import UNDEF
from stdlib_4d import args


class Signal(Native):
    """A 4D.Signal object."""

    class_path = "4D.Signal"
    shared4d = True

    def __init__(self, description: str = "") -> None:
        self.group = None
        self.signaled = False
        self.description = description
        self.props: dict = {}
        self._lock = threading.Lock()
        self._waiters: set = set()

    def extra_get(self, name: str):
        return self.props.get(name, UNDEF)

    def extra_set(self, name: str, value) -> None:
        shared.check_write(self)
        self.props[name] = shared.adopt(self, value)

    def keys4d(self) -> list[str]:
        return ["signaled", "description", *self.props]

    def trigger(self) -> None:
        """Set .signaled to True and wake every waiting process (once: later calls do nothing)."""
        with self._lock:
            if self.signaled:
                return
            self.signaled = True
            waiters = list(self._waiters)
        for proc in waiters:
            scheduler.ensure_mailbox(proc).wake()

    def wait(self, timeout=UNDEF) -> bool:
        """.wait({timeout}): wait until triggered or timeout seconds (serving the mailbox); .signaled."""
        seconds = None if timeout is UNDEF else max(args.number(timeout, "Signal.wait", 1), 0)
        proc = current()
        with self._lock:
            if self.signaled:
                return True
            self._waiters.add(proc)
        try:
            scheduler.serve(proc, until=lambda: self.signaled, timeout=seconds)
        finally:
            with self._lock:
                self._waiters.discard(proc)
        return self.signaled


def _set_description(sig: Signal, value) -> None:
    shared.check_write(sig)
    sig.description = args.text(value, "Signal.description", 1)


Signal.props4d = {"signaled": lambda s: s.signaled, "description": lambda s: s.description}
Signal.setters4d = {"description": _set_description}
Signal.funcs4d = {"wait": Signal.wait, "trigger": Signal.trigger}


def _new(description=UNDEF) -> Signal:
    return Signal(args.text(description, "New signal", 1) if description is not UNDEF else "")


register_builtin("Signal", Signal, new=_new)


@command("New signal", returns="object")
def new_signal(description=UNDEF):
    """A new 4D.Signal (a shared object), with an optional description."""
    if description is not UNDEF and type(description) is not str:
        raise err("bad_param_type", index=1, callee="New signal", detail="Text expected")
    return _new(description)
