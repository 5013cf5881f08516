"""Events of the WebSocket classes: event objects and running callbacks.

Stage: stdlib (no asyncio). The engine (engine.py) reports what happens
on the network; this module turns it into 4D event objects and runs the
handler's callback in the process that owns the object, one at a time
through its mailbox. An error a callback does not handle itself goes to the
handler's onError and to stderr; it never stops the server or the other
connections.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from runtime import console, scheduler
from runtime.errors import AbortSignal, Error4D, ErrorItem
from runtime.functions import Function4D
from runtime.native import Native
from runtime.process import Process
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


def callback(handler, name: str) -> Callable[..., Any] | None:
    """The handler's function `name` (a class function or a Formula property)."""
    if isinstance(handler, Obj):
        value = dict.get(handler, name, UNDEF)
        if type(value) is Function4D:
            return value.py
        if value is UNDEF and handler.cls is not None:
            found = handler.cls.lookup(name)
            if found is not None and found[0] == "function":
                return found[1].py
        return None
    if isinstance(handler, Native):
        value = handler.get4d(name)
        return value.py if type(value) is Function4D else None
    return None


def run_callback(handler, name: str, target, ev: Obj, owner: str, on_failure=None):
    """Call handler.name(target; ev) now (in the owning process); errors go to onError.

    `on_failure(error)` replaces the default (report, then onError). Returns
    the callback's result, or UNDEF when it is missing or failed.
    """
    fn = callback(handler, name)
    if fn is None:
        return UNDEF
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
            run_callback(handler, "onError", target, event("error", errors=errors_collection(error.stack)),
                         owner)
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
