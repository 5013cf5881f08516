"""Lifecycle: run the main process, wait until idle, shut down cleanly.

Stage: runtime. `run_main` starts the main 4D process on its own thread
(the Python main thread keeps signal handling), waits until the main
method returned and nothing is pending or alive, and turns QUIT 4D, Ctrl-C
and SIGTERM into a clean shutdown: registered shutdown hooks close servers
and sockets, their termination callbacks get a moment to run, then exit.
On Ctrl-C and SIGTERM every 4D process is interrupted where it is (a busy
loop included: QuitSignal is raised in its thread at its next bytecode),
so the program exits with 130 well within a second, On Exit run. A second
Ctrl-C exits at once.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable

from runtime import console
from runtime.errors import AbortSignal, Error4D, QuitSignal
from runtime.process import Process
from runtime.scheduler import TABLE, serve, start_thread

EXIT_OK, EXIT_RUNTIME, EXIT_INTERRUPTED = 0, 70, 130
GRACE_SECONDS = 3.0  # time given to termination callbacks at shutdown
INTERRUPT_GRACE = 0.4  # after Ctrl-C or SIGTERM: time given to interrupted processes to unwind

_shutdown_hooks: list[Callable[[], None]] = []
settings: dict = {}
debug = {"on": False}
# The On Exit database method, run once in a process of its own before the program ends.
_on_exit: list[Callable[[], object]] = []
ON_EXIT_SECONDS = 30.0  # how long On Exit may take before the program ends anyway


_reset_hooks: list[Callable[[], None]] = []


def on_reset(hook: Callable[[], None]) -> None:
    """Register a callable that forgets a library module's state between runs."""
    _reset_hooks.append(hook)


def set_on_exit(fn: Callable[[], object] | None) -> None:
    """The On Exit database method: run on QUIT 4D, Ctrl-C/SIGTERM and the normal end of a run."""
    _on_exit[:] = [fn] if fn is not None else []


def on_shutdown(hook: Callable[[], None]) -> None:
    """Register a callable run (once) when the program shuts down."""
    _shutdown_hooks.append(hook)


def report(error: BaseException, proc: Process | None = None) -> None:
    """Print an error nobody handled, with the 4D call chain, on stderr."""
    if isinstance(error, AbortSignal):
        if error.error is None:
            return
        error = error.error
    if isinstance(error, Error4D):
        text = error.render()
        if proc is not None and proc.kind in ("worker", "process"):
            text = f"[{proc.kind} {proc.name or proc.number}] " + text
        console.write(text + "\n", "err")
        if debug["on"] and error.__cause__ is not None:
            console.write("".join(_traceback().format_exception(error.__cause__)), "err")
    else:
        console.write(f"run4d: internal error: {type(error).__name__}: {error}\n", "err")
        if debug["on"] or os.environ.get("RUN4D_DEBUG"):
            console.write("".join(_traceback().format_exception(error)), "err")


TABLE.report = report


def reset() -> None:
    """Forget every process and setting of a previous run (tests, REPL restarts)."""
    from runtime import ops, process, support

    stop_all()
    TABLE.__init__()
    TABLE.report = report
    process.INTERPROCESS.clear()
    process.reset_numbers()
    process.global_handler()["handler"] = ""
    process.components_handler()["handler"] = ""
    support.ASSERTS["enabled"] = True
    ops.settings["epsilon"] = 1e-6
    _shutdown_hooks.clear()
    _on_exit.clear()
    settings.clear()
    for hook in _reset_hooks:
        hook()


def _traceback():
    import traceback  # only to report an internal error: not loaded at every start

    return traceback


def stop_all(timeout: float = 1.0) -> None:
    """Stop every process thread (each ends after its current message)."""
    from runtime.scheduler import stop

    with TABLE.cond:
        procs = list(TABLE.processes.values())
    for proc in procs:
        stop(proc)
    deadline = time.monotonic() + timeout
    for proc in procs:
        if proc.thread is not None and proc.thread is not threading.current_thread():
            proc.thread.join(max(deadline - time.monotonic(), 0))


def request_quit(code: int = EXIT_OK) -> None:
    """QUIT 4D (or a signal): ask the supervisor to shut everything down."""
    with TABLE.cond:
        if TABLE.quit_code is None:
            TABLE.quit_code = code
        TABLE.cond.notify_all()


def run_main(fn: Callable[[], object], debug: bool = False, settings: dict | None = None,
             install_signals: bool = True) -> int:
    """Run `fn` as the main process's method; return the exit code."""
    globals()["debug"]["on"] = debug
    globals()["settings"].update(settings or {})
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    outcome = {"code": EXIT_OK}
    main = Process("Main", "main")

    def body() -> None:
        main.running_code = 1
        try:
            fn()
        except (Error4D, AbortSignal) as e:
            report(e, main)
            if isinstance(e, Error4D) or e.error is not None:
                outcome["code"] = EXIT_RUNTIME
                request_quit(EXIT_RUNTIME)
        except QuitSignal:
            request_quit(EXIT_OK)
        except Exception as e:
            report(e, main)
            outcome["code"] = EXIT_RUNTIME
            request_quit(EXIT_RUNTIME)
        finally:
            main.running_code = 0
            with TABLE.cond:
                TABLE.running -= 1
                TABLE.main_done = True
                TABLE.cond.notify_all()
        serve(main)  # the main process keeps handling its events

    TABLE.count("running", 1)
    start_thread(main, body)
    previous = _install_signals() if install_signals and threading.current_thread() is threading.main_thread() \
        else None
    try:
        code = _supervise()
    finally:
        if previous is not None:
            _restore_signals(previous)
        interrupted = _signals["count"] > 0
        shutdown(INTERRUPT_GRACE if interrupted else GRACE_SECONDS)  # servers started on demand close now
        stop_all(0.2 if interrupted else 0.5)
    return code if code is not None else outcome["code"]


_signals = {"count": 0}


def _on_signal(signum, frame) -> None:
    """Ctrl-C or SIGTERM: shut down cleanly; a second one exits at once."""
    _signals["count"] += 1
    if _signals["count"] > 1:
        console.write("run4d: interrupted\n", "err")
        os._exit(EXIT_INTERRUPTED)
    console.write("run4d: shutting down (Ctrl-C again to force)\n", "err")
    request_quit(EXIT_INTERRUPTED)
    interrupt_processes()


def interrupt_processes() -> None:
    """Raise QuitSignal in every 4D process's thread, busy or not.

    CPython delivers it at the thread's next bytecode: a `While (True)` loop stops at once,
    code blocked in a call (a wait, a regular expression) when the call returns. QuitSignal
    is not an Exception, so no 4D error handler catches it; `finally` blocks still run.
    """
    import ctypes

    with TABLE.cond:
        procs = list(TABLE.processes.values())
    me = threading.current_thread()
    for proc in procs:
        thread = proc.thread
        if thread is None or thread is me or thread.ident is None or not thread.is_alive():
            continue
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread.ident), ctypes.py_object(QuitSignal))


def _install_signals():
    _signals["count"] = 0
    previous = (signal.signal(signal.SIGINT, _on_signal), signal.signal(signal.SIGTERM, _on_signal))
    return previous


def _restore_signals(previous) -> None:
    signal.signal(signal.SIGINT, previous[0])
    signal.signal(signal.SIGTERM, previous[1])


def _supervise() -> int:
    with TABLE.cond:
        while TABLE.quit_code is None and not TABLE.idle():
            TABLE.cond.wait(0.2)
        quit_code = TABLE.quit_code
    _run_on_exit()
    if quit_code is None:
        return EXIT_OK  # everything finished by itself
    shutdown(INTERRUPT_GRACE if _signals["count"] else GRACE_SECONDS)
    return quit_code


def _run_on_exit() -> None:
    """Run On Exit in a new process (4D's QUIT 4D page); its errors are reported, its QUIT 4D ignored."""
    if not _on_exit:
        return
    fn = _on_exit.pop()
    proc = Process("On Exit", "process")
    done = threading.Event()

    def body() -> None:
        proc.running_code = 1
        try:
            fn()
        except (Error4D, AbortSignal) as e:
            report(e, proc)
        except QuitSignal:
            pass
        except Exception as e:
            report(e, proc)
        finally:
            proc.running_code = 0
            with TABLE.cond:
                TABLE.running -= 1
                TABLE.cond.notify_all()
            done.set()

    TABLE.count("running", 1)
    start_thread(proc, body)
    done.wait(ON_EXIT_SECONDS)


def shutdown(grace: float = GRACE_SECONDS) -> None:
    """Close servers and sockets, let their callbacks run, stop processes."""
    hooks = list(_shutdown_hooks)
    _shutdown_hooks.clear()
    for hook in hooks:
        try:
            hook()
        except Exception as e:  # a failing hook must not prevent the others
            report(e)
    deadline = time.monotonic() + grace
    with TABLE.cond:
        # Code that only waits (DELAY PROCESS, Signal.wait) does not hold the exit back.
        while time.monotonic() < deadline and (TABLE.pending or TABLE.keepalive or
                                                TABLE.running - TABLE.waiting > 0):
            TABLE.cond.wait(0.05)
