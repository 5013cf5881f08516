"""Storage (the interprocess catalogue of shared objects) and Session.

Stage: stdlib commands. Storage is one shared object per run, readable from
every process; writing its first-level properties needs Use(Storage), and
only shared objects and collections may be stored (docs/commands/storage.md).
Unlike other shared objects it does not pull what it holds into its shared
group, so each stored object keeps its own lock. Session is Null outside a
Web request: the Web server installs `SESSION_HOOK` to give it a meaning.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from runtime import components, lifecycle, shared
from runtime.registry import command
from runtime.values import SharedObj

_lock = threading.Lock()


def _reset() -> None:
    with _lock:
        shared.STORAGE[0] = None
        shared.COMPONENT_STORAGES.clear()


lifecycle.on_reset(_reset)


@command("Storage", returns="object")
def storage():
    """The run's catalogue of shared objects and collections, common to every process (one per
    component: a component's code gets its own)."""
    comp = components.running()
    if comp is not None:
        with _lock:
            if comp.storage is None:
                comp.storage = SharedObj()
                shared.COMPONENT_STORAGES.add(comp.storage)
            return comp.storage
    with _lock:
        if shared.STORAGE[0] is None:
            shared.STORAGE[0] = SharedObj()  # runtime/shared.adopt applies Storage's rules to it
        return shared.STORAGE[0]


# The Web server sets this to a callable returning the current request's session
# object (or None outside a request); run4d without a Web request has none.
SESSION_HOOK: list[Callable[[], object] | None] = [None]


@command("Session", returns="object")
def session():
    """The Web session of the current request; Null outside a Web request."""
    hook = SESSION_HOOK[0]
    return hook() if hook is not None else None
