"""The event loop: one asyncio loop, on its own thread, owns all network I/O.

Stage: runtime (with the engine modules, the only place that uses asyncio;
it is imported on first use, so programs without network start faster).
The loop is uvloop's when it is installed (a dependency on Linux and macOS)
and RUN4D_LOOP is not "asyncio"; the standard library's otherwise.
Code on 4D process threads hands coroutines to the loop with `submit`; the
loop hands events back to processes with scheduler.post.
"""

from __future__ import annotations

import os
import threading

_loop = None
_lock = threading.Lock()
THREAD_NAME = "run4d event loop"
ENV = "RUN4D_LOOP"  # "uvloop" or "asyncio"; unset: uvloop when it is installed
_kind = {"name": ""}
_thread = {"ident": None}  # the loop thread's id, once it runs


def _new_loop():
    """uvloop's loop (libuv: about a third less CPU per message) unless RUN4D_LOOP=asyncio or it
    is not installed (it has no Windows build); then the standard library's."""
    import asyncio

    wanted = os.environ.get(ENV, "").strip().lower()
    if wanted != "asyncio":
        try:
            import uvloop
        except ImportError:
            if wanted == "uvloop":
                from runtime import console

                console.write("run4d: RUN4D_LOOP=uvloop but uvloop is not installed: using asyncio's loop\n",
                              "err")
        else:
            _kind["name"] = "uvloop"
            return uvloop.new_event_loop()
    _kind["name"] = "asyncio"
    return asyncio.new_event_loop()


def kind() -> str:
    """Which loop runs ("uvloop" or "asyncio"; "" before the first use)."""
    return _kind["name"]


def loop():
    """The running loop, started on first use."""
    global _loop
    with _lock:
        if _loop is None:
            import asyncio

            ready = threading.Event()
            new_loop = _new_loop()

            def main() -> None:
                _thread["loop"] = new_loop
                _thread["ident"] = threading.get_ident()
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
    """Run fn(*args) on the loop soon. From the loop thread itself (a callback run there,
    scheduler.run_inline) no wake-up is needed: the loop runs it in its next pass."""
    if threading.get_ident() == _thread["ident"]:
        _thread["loop"].call_soon(fn, *args)
    else:
        loop().call_soon_threadsafe(fn, *args)


def in_loop() -> bool:
    return _loop is not None and threading.get_ident() == _thread["ident"]
