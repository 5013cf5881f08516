"""Processes: per-process state (variables, Form, error handler, stack).

Stage: runtime. A 4D process is a Python thread; `current()` returns the
Process of the running thread. Scheduling, workers and mailboxes live in
runtime/workers.py; this module only holds the state every process has.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from runtime.values import UNDEF as _UNDEFINED
from runtime.values import Obj

_local = threading.local()
_numbers_lock = threading.Lock()
_next_number = [1]

# Interprocess variables (<>name), shared by every process.
INTERPROCESS: dict[str, Any] = {}


# Process variables declared with a type anywhere in the program: every
# process has its own copy, which starts at the type's default value.
DECLARED: dict[str, Any] = {}


def declare(name: str, default: Any) -> None:
    DECLARED.setdefault(name, default)


class ProcessVars(dict):
    """A process's variables; one never assigned reads as its declared default."""

    __slots__ = ()

    def __missing__(self, name: str):
        value = DECLARED.get(name, _UNDEFINED)
        if isinstance(value, (bytearray, list)):
            value = type(value)(value)
        return value


class Process:
    """The state of one 4D process."""

    def __init__(self, name: str, kind: str = "process") -> None:
        with _numbers_lock:
            self.number = _next_number[0]
            _next_number[0] += 1
        self.name = name
        self.kind = kind  # "main" | "worker" | "process"
        self.created = time.time()  # Process info's creationDateTime
        self.vars: dict[str, Any] = ProcessVars({"ok": 0.0, "error": 0.0, "error method": "",
                                                 "error line": 0.0, "error formula": "", "document": ""})
        self.delay_until = 0.0  # DELAY PROCESS from another process: pause before the next message
        # PAUSE PROCESS: set while paused; RESUME PROCESS clears it and sets `resumed` to wake it.
        self.paused = False
        self.delayed_until = 0.0  # while in its own DELAY PROCESS (Process state: Delayed)
        self.resumed = threading.Event()
        self.form = Obj()
        self.error_handler = ""  # ON ERR CALL method name, ek local
        self.in_handler = False
        self.try_depth = 0
        self.try_handlers: list[str] = []  # handler installed when each Try began
        self.last_errors: list | None = None
        self.deferred: list = []  # errors thrown with deferred: True, not raised yet
        self.singletons: dict[int, Any] = {}
        self.depth = 0  # 4D call depth, for stack-overflow reports
        self.thread: threading.Thread | None = None
        self.worker = None  # the Mailbox (runtime/scheduler.py), made on first use
        self.killed = False  # KILL WORKER: stop after the current message
        self.ended = False
        self.at_end: list = []  # callables run when the process thread ends (scheduler.start_thread)
        self.in_wait = False
        self.running_code = 0  # > 0 while a method or message runs in this process
        self.batch = None  # the rest of the event batch being run (scheduler.Batch)
        # Components (runtime/components.py): the one whose code runs now (None: the host), this
        # process's variables of each component, and each side's ON ERR CALL handler while the
        # other side runs.
        self.component = None
        self.component_vars: dict | None = None
        self.component_handlers: dict | None = None

    def __repr__(self) -> str:
        return f"<Process {self.number} {self.name!r}>"


def current() -> Process:
    """The Process of the running thread (one is created on first use)."""
    proc = getattr(_local, "process", None)
    if proc is None:
        proc = Process(threading.current_thread().name, "process")
        _local.process = proc
    return proc


def bind(proc: Process) -> None:
    """Make `proc` the current process of this thread."""
    _local.process = proc
    proc.thread = threading.current_thread()


def swap(proc: Process | None) -> Process | None:
    """Make `proc` the current process of this thread for a while; return the one it replaces.

    scheduler.run_inline runs a message of an idle process on another thread (the event
    loop's): everything 4D code reads through current() is then that process's. Its
    `thread` stays its own.
    """
    previous = getattr(_local, "process", None)
    _local.process = proc
    return previous


def reset_numbers() -> None:
    with _numbers_lock:
        _next_number[0] = 1


def global_handler() -> dict[str, str]:
    """ON ERR CALL(...; ek global): the host's, or the running component's own."""
    comp = current().component
    return _GLOBAL if comp is None else comp.global_handler


_GLOBAL = {"handler": ""}  # ON ERR CALL(...; ek global)
# ON ERR CALL(...; ek errors from components): the host's handler of errors the components do not handle.
_FROM_COMPONENTS = {"handler": ""}


def components_handler() -> dict[str, str]:
    return _FROM_COMPONENTS
