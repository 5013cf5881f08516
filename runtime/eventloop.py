"""The event loop: one asyncio loop, on its own thread, owns all network I/O.

Stage: runtime (with the engine modules, the only place that imports
asyncio). Code on 4D process threads hands coroutines to the loop with
`submit`; the loop hands events back to processes with scheduler.post.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading

_loop: asyncio.AbstractEventLoop | None = None
_lock = threading.Lock()


def loop() -> asyncio.AbstractEventLoop:
    """The running loop, started on first use."""
    global _loop
    with _lock:
        if _loop is None:
            ready = threading.Event()
            new_loop = asyncio.new_event_loop()

            def main() -> None:
                asyncio.set_event_loop(new_loop)
                ready.set()
                new_loop.run_forever()

            threading.Thread(target=main, name="run4d event loop", daemon=True).start()
            ready.wait()
            _loop = new_loop
        return _loop


def started() -> bool:
    return _loop is not None


def submit(coro) -> concurrent.futures.Future:
    """Run a coroutine on the loop; the returned future can be waited on."""
    return asyncio.run_coroutine_threadsafe(coro, loop())


def call_soon(fn, *args) -> None:
    loop().call_soon_threadsafe(fn, *args)


def in_loop() -> bool:
    return _loop is not None and threading.current_thread().name == "run4d event loop"
