"""Process commands: CALL WORKER, KILL WORKER, New process, DELAY PROCESS...

Stage: stdlib, on top of runtime/scheduler.py. Worker names are case
sensitive (docs/Develop/processes.md). Parameters sent to another process
are copied, shared objects and collections excepted (CALL WORKER's rule).
"""

from __future__ import annotations

from runtime import components, hooks, lifecycle, scheduler
from runtime.codes import err, type_name
from runtime.copying import deep_copy
from runtime.errors import QuitSignal
from runtime.functions import Function4D
from runtime.process import Process, current
from runtime.registry import command
from runtime.scheduler import TABLE
from runtime.values import STAR, UNDEF
from stdlib_4d import args


def _message(callable_, params: tuple, copy: bool = True):
    """What a mailbox runs: a Formula or a project method name, with copies."""
    copies = tuple(deep_copy(p, who="CALL WORKER", graph=True) for p in params) if copy else params
    if type(callable_) is Function4D:
        return lambda: callable_.py(None, *copies)
    if type(callable_) is str:
        if not hooks.method_exists(callable_):
            raise err("project_method", name=callable_)
        side = components.running()  # the name is the caller's (a component's own method)
        if side is None:
            return lambda: hooks.call_method(callable_, copies)
        return lambda: components.run_as(side, hooks.call_method, callable_, copies)
    raise err("bad_param_type", index=2, callee="CALL WORKER",
              detail=f"a Formula or a method name expected, got {type_name(callable_)}")


def _find(process) -> Process | None:
    t = type(process)
    if t is float or t is int:
        with TABLE.cond:
            return TABLE.processes.get(int(process))
    return None


@command("CALL WORKER")
def call_worker(process, formula, *params):
    """Run a formula or method in a worker (created on first use), later, in order."""
    found = None
    if type(process) is str:
        if not process:
            raise err("bad_value", detail="CALL WORKER: the worker name cannot be empty")
        name = process
    else:
        found = _find(args.number(process, "CALL WORKER", 1))
        if found is None or found.kind not in ("worker", "main"):
            return  # an unknown number or a process that is not a worker: nothing
        name = found.name
    if formula == "":
        # The worker's startup method again, with this call's parameters; the
        # main process has none
        formula = None if found is not None and found.kind == "main" else TABLE.startups.get(name)
        if formula is None:
            return
    # Objects are copied only when they cross to another process (CALL WORKER's rule)
    target = found if found is not None else scheduler.worker(name, create=False)
    message = _message(formula, params, copy=target is not current())
    proc = found if found is not None else scheduler.worker(name)
    if proc is None:
        return  # a killed worker calling itself: nothing (KILL WORKER's rule)
    if proc.kind == "worker":
        TABLE.startups.setdefault(name, formula)
    scheduler.post(proc, message)


@command("KILL WORKER")
def kill_worker(process=UNDEF):
    """Ask a worker to drop its pending calls and end after the current one."""
    if process is UNDEF:
        proc = current()
    elif type(process) is str:
        proc = scheduler.worker(process, create=False)
    else:
        proc = _find(args.number(process, "KILL WORKER", 1))
    if proc is None or proc.ended:
        return
    if proc.kind == "worker":
        scheduler.stop(proc)
    elif proc.kind == "main":
        scheduler.drop_pending(proc)  # the main process only empties its mailbox


@command("Current process", returns="real")
def current_process():
    """The number of the running process."""
    return float(current().number)


@command("Current process name", returns="text")
def current_process_name():
    """The name of the running process (a worker's name inside a worker)."""
    return current().name


@command("Process number", returns="real")
def process_number(name, star=UNDEF):
    """The number of the process called `name` (0 if none)."""
    wanted = args.text(name, "Process number", 1)
    with TABLE.cond:
        for proc in TABLE.processes.values():
            if proc.name == wanted and not proc.ended:
                return float(proc.number)
    return 0.0


@command("New process", returns="real")
def new_process(method, stack, name=UNDEF, *params):
    """Start a process running a project method; return its number."""
    method_name = args.text(method, "New process", 1)
    unique = name is STAR or (bool(params) and params[-1] is STAR)
    if unique and name is not STAR:
        params = params[:-1]
    # Without a name the process is called "" (New process's documentation)
    proc_name = args.text(name, "New process", 3) if name is not UNDEF and name is not STAR else ""
    if unique:
        existing = process_number(proc_name)
        if existing:
            return existing
    if not hooks.method_exists(method_name):
        raise err("project_method", name=method_name)
    side = components.running()  # the name is the caller's (a component's own method)
    copies = tuple(deep_copy(p, who="New process", graph=True) for p in params)
    proc = Process(proc_name, "process")
    TABLE.count("running", 1)

    def body():
        proc.running_code = 1
        try:
            components.run_as(side, hooks.call_method, method_name, copies)
        except Exception as e:  # reported like any unhandled error of a process
            lifecycle.report(e, proc)
        finally:
            TABLE.count("running", -1)

    scheduler.start_thread(proc, body)
    return float(proc.number)


@command("DELAY PROCESS")
def delay_process(process, duration):
    """Pause a process for `duration` ticks (1/60 s); its mailbox is still served."""
    import time

    ticks = args.number(duration, "DELAY PROCESS", 2)
    proc = current()
    number = int(args.number(process, "DELAY PROCESS", 1))
    if number != proc.number:
        other = _find(number)
        if other is not None and not other.ended:
            # Another process: it pauses before its next message (a later call replaces this one).
            other.delay_until = time.monotonic() + max(ticks, 0) / 60.0
            scheduler.ensure_mailbox(other).wake()
        return
    proc.resumed.clear()  # RESUME PROCESS ends the delay at once
    proc.delayed_until = time.monotonic() + max(ticks, 0) / 60.0  # Process state: Delayed
    try:
        scheduler.serve(proc, until=proc.resumed.is_set, timeout=max(ticks, 0) / 60.0)
    finally:
        proc.delayed_until = 0.0


@command("PAUSE PROCESS")
def pause_process(process):
    """PAUSE PROCESS(process): the process stops at its next wait (between messages, or in DELAY
    PROCESS and the other waits) until RESUME PROCESS. Not the main process, nor the calling one
    (it could never resume itself); a process that does not exist: nothing happens."""
    number = int(args.number(process, "PAUSE PROCESS", 1))
    other = _find(number)
    if other is None or other.ended or other.kind == "main" or other is current():
        return
    other.resumed.clear()
    other.paused = True
    scheduler.ensure_mailbox(other).wake()  # a process asleep in a wait notices at once


@command("RESUME PROCESS")
def resume_process(process):
    """RESUME PROCESS(process): a paused or delayed process runs again at once."""
    number = int(args.number(process, "RESUME PROCESS", 1))
    other = _find(number)
    if other is None or other.ended:
        return
    other.paused = False
    other.delay_until = 0.0
    other.resumed.set()
    scheduler.ensure_mailbox(other).wake()


@command("QUIT 4D")
def quit_4d(time=UNDEF):
    """End the program once the current code has unwound.

    4D ignores *time* outside 4D Server; run4d makes it the exit status of the run (0-255), so that a
    test runner can fail a CI job (docs/tool4d.md).
    """
    code = lifecycle.EXIT_OK
    if time is not UNDEF:
        code = min(max(args.integer(time, "QUIT 4D"), 0), 255)
    lifecycle.request_quit(code)
    raise QuitSignal()
