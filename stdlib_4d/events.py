"""Interruptions: ON EVENT CALL, Method called on event.

Stage: stdlib. The event-catching method is installed and reported as in 4D,
but a headless run produces no mouse click or keystroke, so it is never
called (docs/decisions.md).
"""

from __future__ import annotations

import threading

from runtime import components, hooks, lifecycle
from runtime.codes import err
from runtime.registry import command
from runtime.values import UNDEF
from stdlib_4d import args

# One event-handling method for the whole working session (4D's scope for this command).
_INSTALLED = {"method": "", "process": ""}
_LOCK = threading.Lock()
lifecycle.on_reset(lambda: _INSTALLED.update(method="", process=""))


@command("ON EVENT CALL")
def on_event_call(event_method, process_name=UNDEF):
    """ON EVENT CALL(eventMethod{; processName}): install the event-catching method ("" removes it).

    No event ever occurs headless, so the method is never called; Method called on event names it.
    """
    if components.running() is not None:
        raise err("component_command", name="ON EVENT CALL")
    name = args.text(event_method, "ON EVENT CALL", 1)
    process = args.text(process_name, "ON EVENT CALL", 2) if process_name is not UNDEF else "$Event Manager"
    if name and not hooks.method_exists(name):
        raise err("project_method", name=name)
    with _LOCK:
        _INSTALLED.update(method=name, process=process if name else "")


@command("Method called on event", returns="text")
def method_called_on_event():
    """The name of the method installed by ON EVENT CALL ("" if none)."""
    if components.running() is not None:
        raise err("component_command", name="Method called on event")
    with _LOCK:
        return _INSTALLED["method"]

