"""The event loop: one asyncio loop, on its own thread, owns all network I/O.

Stage: runtime (with the engine modules, the only place that uses asyncio;
it is imported on first use, so programs without network start faster).
Code on 4D process threads hands coroutines to the loop with `submit`; the
loop hands events back to processes with scheduler.post.
"""

from __future__ import annotations

import threading

_loop = None
_lock = threading.Lock()
THREAD_NAME = "run4d event loop"


def loop():
    """The running loop (an asyncio event loop), started on first use."""
    global _loop
    with _lock:
        if _loop is None:
            import asyncio

            ready = threading.Event()
            new_loop = asyncio.new_event_loop()

            def main() -> None:
                asyncio.set_event_loop(new_loop)
                ready.set()
                new_loop.run_forever()

            threading.Thread(target=main, name=THREAD_NAME, daemon=True).start()
            ready.wait()
            _loop = new_loop
        return _loop


def started() -> bool:
    return _loop is not None


def submit(coro):
    """Run a coroutine on the loop; the returned concurrent future can be waited on."""
    import asyncio

    return asyncio.run_coroutine_threadsafe(coro, loop())


def call_soon(fn, *args) -> None:
    loop().call_soon_threadsafe(fn, *args)


def in_loop() -> bool:
    return _loop is not None and threading.current_thread().name == THREAD_NAME
