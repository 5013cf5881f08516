"""Events of the WebSocket classes: event objects and running callbacks.

Stage: stdlib (no asyncio). The engine (engine.py) reports what happens
on the network; this module turns it into 4D event objects and runs the
handler's callback in the process that owns the object, one at a time
through its mailbox, or on the event loop thread as that process when the
process is idle and the callback proven unable to wait (run_inline). An
error a callback does not handle itself goes to the handler's onError and
to stderr; it never stops the server or the other connections.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from runtime import console, hooks, scheduler
from runtime.errors import AbortSignal, Error4D, ErrorItem
from runtime.functions import Function4D, is_quick
from runtime.native import Native
from runtime.process import Process, global_handler
from runtime.values import UNDEF, Coll, Obj


def event(kind: str, **fields) -> Obj:
    """An event object: {type: kind, ...fields} (undefined fields are left out)."""
    o = Obj()
    dict.__setitem__(o, "type", kind)
    for k, v in fields.items():
        if v is not UNDEF:
            dict.__setitem__(o, k, float(v) if type(v) is int else v)
    return o


def errors_collection(items: list[ErrorItem]) -> Coll:
    out = Coll()
    for item in items:
        o = Obj()
        dict.__setitem__(o, "errCode", float(item.code))
        dict.__setitem__(o, "message", item.message)
        dict.__setitem__(o, "componentSignature", item.component)
        out.append(o)
    return out


def closing_errors(channel) -> list[ErrorItem]:
    """What onError reports when a connection has closed: why this side failed it
    (message too big, invalid UTF-8, a peer that does not read...), and the messages
    that could not be delivered (counted once, exactly)."""
    from runtime.codes import item

    problems = []
    failure = channel.failure
    if failure is not None:
        problems.append(item("ws_failed", code=failure[0], reason=failure[1]))
    lost = channel.take_undelivered()
    if lost:
        problems.append(item("undelivered", count=lost))
    return problems


def function(handler, name: str) -> Function4D | None:
    """The handler's function `name` (a class function or a Formula property)."""
    if isinstance(handler, Obj):
        value = dict.get(handler, name, UNDEF)
        if type(value) is Function4D:
            return value
        if value is UNDEF and handler.cls is not None:
            found = handler.cls.lookup(name)
            if found is not None and found[0] == "function":
                return found[1]
        return None
    if isinstance(handler, Native):
        value = handler.get4d(name)
        return value if type(value) is Function4D else None
    return None


def callback(handler, name: str) -> Callable[..., Any] | None:
    """The Python callable of the handler's function `name`, or None."""
    fn = function(handler, name)
    return None if fn is None else fn.py


def run_inline(proc: Process, handler, name: str, target, make_event: Callable[[], Obj], owner: str) -> bool:
    """Run handler.name(target; event) now, on this thread (the event loop's), as `proc`, when
    the compiler proved the callback cannot wait and is short and `proc` is idle (so it is
    the next thing `proc` would run); False otherwise (then post it: post_callback).

    An ON ERR CALL handler of `proc` would run in the callback on an error: it must be proven
    quick too. Errors are reported as by a posted callback (run_callback: onError, stderr).
    """
    fn = function(handler, name)
    if fn is None or not is_quick(fn):
        return False
    err_method = proc.error_handler or global_handler()["handler"]
    if err_method and hooks.method_wait_reason(err_method) is not None:
        return False
    return scheduler.run_inline(proc, lambda: _invoke(fn.py, handler, name, target, make_event(), owner, None, proc))


def run_callback(handler, name: str, target, ev: Obj, owner: str, on_failure=None):
    """Call handler.name(target; ev) now (in the owning process); errors go to onError.

    `on_failure(error)` replaces the default (report, then onError). Returns
    the callback's result, or UNDEF when it is missing or failed.
    """
    fn = callback(handler, name)
    if fn is None:
        return UNDEF
    return _invoke(fn, handler, name, target, ev, owner, on_failure)


def _invoke(fn, handler, name: str, target, ev: Obj, owner: str, on_failure, inline: Process | None = None):
    try:
        return fn(handler, target, ev)
    except (Error4D, AbortSignal) as e:
        error = e if isinstance(e, Error4D) else e.error
        if error is None:
            return UNDEF  # ABORT in a callback: it just stops
        report(error, f"{owner}.{name}")
        if on_failure is not None:
            on_failure(error)
            return UNDEF
        if name != "onError":
            failed = event("error", errors=errors_collection(error.stack))
            on_error = function(handler, "onError")
            if inline is not None and on_error is not None and not is_quick(on_error):
                # Run on the event loop, the failed callback's onError may wait: it goes first in
                # the owner's mailbox, so the owner runs it next, before anything else, as when
                # the callback runs there.
                scheduler.post_first(inline, lambda: run_callback(handler, "onError", target, failed, owner))
            else:
                run_callback(handler, "onError", target, failed, owner)
        return UNDEF


def post_callback(proc: Process, handler, name: str, target, make_event: Callable[[], Obj],
                  owner: str, then: Callable[[Any], None] | None = None, on_failure=None) -> None:
    """Queue handler.name(target; event) in `proc`; `then(result)` runs after it."""

    def message() -> None:
        result = run_callback(handler, name, target, make_event(), owner, on_failure)
        if then is not None:
            then(result)

    scheduler.post_event(proc, message)


def report(error: Error4D, where: str) -> None:
    console.write(f"run4d: error in {where}: {error.render()}\n", "err")
