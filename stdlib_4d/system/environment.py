"""The application: Application info, type and version, Is compiled mode,
Is Windows, Is macOS.

Stage: stdlib commands. run4d presents itself as tool4d (Application type 6,
the headless 4D), version "2100" (4D 21 is the language level it follows;
docs/decisions.md). Application info reports headless = True and the
figures of this process (pid, uptime, CPU use).
"""

from __future__ import annotations

import os
import time

import psutil

from runtime import appcontext
from runtime.registry import command
from runtime.support import out_target
from runtime.values import STAR, UNDEF, Obj, Pointer

TOOL4D = 6
VERSION, LONG_VERSION, BUILD = "2100", "F0002100", 0.0

_net = {"at": 0.0, "sent": 0, "recv": 0}


def _throughput() -> tuple[float, float]:
    """Bytes per second in and out of the machine since the previous call (0 the first time)."""
    try:
        io = psutil.net_io_counters()
    except (OSError, RuntimeError):
        return 0.0, 0.0
    now = time.monotonic()
    elapsed = now - _net["at"] if _net["at"] else 0.0
    rates = (0.0, 0.0)
    if elapsed > 0:
        rates = ((io.bytes_recv - _net["recv"]) / elapsed, (io.bytes_sent - _net["sent"]) / elapsed)
    _net.update(at=now, sent=io.bytes_sent, recv=io.bytes_recv)
    return rates


@command("Application info", returns="object")
def application_info():
    """Information about the running application: headless, pid, uptime, cpuUsage, network throughput..."""
    ctx = appcontext.current()
    me = psutil.Process(os.getpid())
    try:
        cpu = me.cpu_percent(interval=None)
    except psutil.Error:
        cpu = 0.0
    net_in, net_out = _throughput()
    return Obj(
        launchedAsService=False,
        headless=ctx.headless,
        pid=float(os.getpid()),
        uptime=float(int(ctx.uptime)),
        cpuUsage=float(cpu),
        networkInputThroughput=float(net_in),
        networkOutputThroughput=float(net_out),
        SDIMode=False,
        canUseFluentUI=False,
        useFluentUI=False,
    )


@command("Get application info", returns="object")
def get_application_info():
    """Former name of Application info."""
    return application_info()


@command("Application type", returns="real")
def application_type():
    """The kind of 4D application: tool4d (6), the headless 4D, for run4d."""
    return float(TOOL4D)


@command("Application version", returns="text", outputs=(1,))
def application_version(build_num=UNDEF, star=UNDEF):
    """Application version{(buildNum{; *})}: "2100" (4D 21), or "F0002100" with *; buildNum receives 0."""
    if build_num is STAR:
        build_num, star = UNDEF, STAR
    target = out_target(build_num)
    if type(target) is Pointer:
        target.set(BUILD)
    return LONG_VERSION if star is STAR else VERSION


@command("Version type", returns="real")
def version_type():
    """Version type: a bit field; bit 1 (64 bit version) is set, bit 2 (Merged application) is not:
    run4d is a 64-bit program running a project, never a merged application."""
    return float(1 << 1)


@command("Is compiled mode", returns="boolean")
def is_compiled_mode(star=UNDEF):
    """False: run4d runs the source it reads, like 4D in interpreted mode."""
    return False


@command("Is Windows", returns="boolean")
def is_windows():
    """False: run4d runs on Linux."""
    return False


@command("Is macOS", returns="boolean")
def is_macos():
    """False: run4d runs on Linux."""
    return False


@command("Is data file locked", returns="boolean")
def is_data_file_locked():
    """Is data file locked: True when the data file is open read-only (its file cannot be written);
    False for a dataless run, whose data lives in memory."""
    ctx = appcontext.current()
    if ctx.dataless:
        return False
    path = ctx.data_file or ""
    return bool(path) and os.path.exists(path) and not os.access(path, os.W_OK)
