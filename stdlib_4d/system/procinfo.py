"""What a program knows of its processes: Process info, Process activity,
Process state, Count tasks, Count user processes, Count users, Process aborted.

Stage: stdlib commands over runtime/scheduler.py's process table. Types:
the main process is Main process (-1), workers Worker process (5), New
process ones Other user process (4). States: the calling process is
Executing (0); one in DELAY PROCESS Delayed (1); one waiting for a message
or a signal Waiting for internal flag (4); a killed worker Aborted (-1); a
number no process has Does not exist (-100). CPU time is the thread's own.
"""

from __future__ import annotations

import datetime
import os
import threading
import time
import uuid

import psutil

from runtime import lifecycle
from runtime.process import Process, current
from runtime.registry import command
from runtime.scheduler import TABLE
from runtime.values import UNDEF, Coll, Obj, Pointer
from stdlib_4d import args

EXECUTING, DELAYED, WAITING, PAUSED, ABORTED, DOES_NOT_EXIST = 0, 1, 4, 5, -1, -100
TYPES = {"main": -1, "worker": 5, "process": 4}
PROCESSES_ONLY, SESSIONS_ONLY = 1, 2
_session = {"id": uuid.uuid4().hex.upper()}


def _new_session() -> None:
    _session["id"] = uuid.uuid4().hex.upper()


lifecycle.on_reset(_new_session)


def find(number) -> Process | None:
    n = int(number)
    if n == current().number:
        return current()
    with TABLE.cond:
        proc = TABLE.processes.get(n)
    return proc if proc is not None and not proc.ended else None


def state_of(proc: Process | None) -> int:
    if proc is None:
        return DOES_NOT_EXIST
    if proc is current():
        return EXECUTING
    if proc.killed:
        return ABORTED
    if proc.paused:
        return PAUSED
    if proc.delay_until > time.monotonic() or proc.delayed_until > time.monotonic():
        return DELAYED
    if proc.in_wait or (proc.kind != "process" and proc.running_code == 0):
        return WAITING
    return EXECUTING


def _cpu_times() -> dict[int, float]:
    """Native thread id -> CPU seconds used."""
    try:
        return {t.id: t.user_time + t.system_time for t in psutil.Process(os.getpid()).threads()}
    except psutil.Error:
        return {}


def describe(proc: Process, cpu: dict[int, float]) -> Obj:
    """The object Process info returns for a process."""
    thread = proc.thread if proc.thread is not None else threading.current_thread()
    native = getattr(thread, "native_id", None) or 0
    cpu_time = cpu.get(native, 0.0)
    age = max(time.time() - proc.created, 1e-6)
    created = datetime.datetime.fromtimestamp(proc.created, datetime.UTC)
    return Obj(
        number=float(proc.number),
        name=proc.name,
        sessionID=_session["id"],
        ID=float(proc.number),
        visible=True,
        type=float(TYPES.get(proc.kind, 4)),
        state=float(state_of(proc)),
        creationDateTime=created.strftime("%Y-%m-%dT%H:%M:%S.") + f"{created.microsecond // 1000:03d}Z",
        preemptive=False,
        systemID=str(native),
        cpuUsage=min(cpu_time / age, 1.0),
        cpuTime=cpu_time,
    )


def _all() -> list[Process]:
    with TABLE.cond:
        procs = [p for p in TABLE.processes.values() if not p.ended]
    me = current()
    if me not in procs:
        procs.append(me)
    return sorted(procs, key=lambda p: p.number)


@command("Process info", returns="object")
def process_info(process_number):
    """Process info(processNumber): {number; name; state; type; cpuTime...}, Null for an unknown number."""
    proc = find(args.number(process_number, "Process info", 1))
    return None if proc is None else describe(proc, _cpu_times())


@command("Process activity", returns="object")
def process_activity(session_or_options=UNDEF, options=UNDEF):
    """Process activity({sessionID}{; options}): {processes; sessions} (no user sessions headless)."""
    if type(session_or_options) is str:
        wanted = session_or_options
    else:
        wanted, options = None, session_or_options
    opts = 0 if options is UNDEF else args.integer(options, "Process activity", 2)
    out = Obj()
    if opts != SESSIONS_ONLY:
        cpu = _cpu_times()
        procs = [] if wanted not in (None, "", _session["id"]) else _all()
        out["processes"] = Coll(describe(p, cpu) for p in procs)
    if opts != PROCESSES_ONLY:
        out["sessions"] = Coll()
    return out


@command("Get process activity", returns="object")
def get_process_activity(session_or_options=UNDEF, options=UNDEF):
    """Former name of Process activity."""
    return process_activity(session_or_options, options)


@command("Process state", returns="real")
def process_state(process):
    """Process state(process): Executing (0), Delayed (1), Waiting for internal flag (4), Aborted (-1)...

    A process name is accepted too; an unknown one is Does not exist (-100).
    """
    if type(process) is str:
        with TABLE.cond:
            found = next((p for p in TABLE.processes.values() if p.name == process and not p.ended), None)
        return float(state_of(found))
    return float(state_of(find(args.number(process, "Process state", 1))))


@command("Process aborted", returns="boolean")
def process_aborted():
    """True once KILL WORKER asked the current process to end."""
    return bool(current().killed)


@command("Count tasks", returns="real")
def count_tasks():
    """The number of open processes."""
    return float(len(_all()))


@command("Count user processes", returns="real")
def count_user_processes():
    """The number of processes the program opened (every run4d process is one)."""
    return float(len(_all()))


@command("Count users", returns="real")
def count_users():
    """1: a run4d program has one user (no client/server)."""
    return 1.0


def _store(target, value) -> None:
    """Write a result into an output variable, keeping an Integer variable int and a Boolean one Boolean."""
    if type(target) is not Pointer:
        return
    held = target.get()
    if type(held) is bool:
        value = bool(int(value) & 1)
    elif type(held) is int:
        value = int(value)
    target.set(value)


@command("PROCESS PROPERTIES", outputs=(2, 3, 4, 5, 6, 7))
def process_properties(process, name, state, time_spent, mode=UNDEF, unique_id=UNDEF, origin=UNDEF):
    """PROCESS PROPERTIES(process; procName; procState; procTime{; procMode{; uniqueID{; origin}}}):
    name, state, CPU time in ticks, mode (visible; never preemptive: bit field 1, or True), unique
    number and origin (Main process -1, Worker process 5, Other user process 4) of a process. The
    variables are left unchanged for a number no process has."""
    proc = find(args.number(process, "PROCESS PROPERTIES", 1))
    if proc is None:
        return
    info = describe(proc, _cpu_times())
    _store(name, info["name"])
    _store(state, info["state"])
    _store(time_spent, float(round(info["cpuTime"] * 60)))
    _store(mode, 1.0)  # bit 0 visible; bit 1 (preemptive) clear
    _store(unique_id, float(proc.number))
    _store(origin, info["type"])
