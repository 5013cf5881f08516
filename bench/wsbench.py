"""Shared helpers of the WebSocket benchmarks (bench/ws_*.py).

Servers under test run in their own processes (a `run4d` subprocess, or
bench/ws_reference_servers.py for the bare `websockets` twin), so the
clients that drive them never share their GIL. Everything listens on
127.0.0.1 and every wait is bounded. Optional profiling attaches py-spy
(`pip install py-spy` in /work/venv) to a process and summarises where
its samples fall.
"""

from __future__ import annotations

import atexit
import os
import re
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PY = sys.executable
PORT_LINE = re.compile(r"listening on http://127\.0\.0\.1:(\d+)/")

# What ws_engine.limits() gives by default: the reference servers use the same.
ENGINE_OPTS = {"compression": None, "max_size": 16 * 2**20, "ping_interval": 20.0, "ping_timeout": 20.0,
               "close_timeout": 10.0}
# The load-generating clients: no compression (the engine never negotiates it), no pings.
CLIENT_OPTS = {"compression": None, "ping_interval": None, "max_size": None, "open_timeout": 20.0,
               "close_timeout": 5.0}


def raise_fd_limit(needed: int) -> int:
    """Raise this process's soft RLIMIT_NOFILE to at least `needed` (up to the hard limit)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < needed:
        target = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        soft = target
    return soft


def _preexec_fd(needed: int):
    def fn() -> None:
        raise_fd_limit(needed)
    return fn


_live: list = []


@atexit.register
def _stop_leftovers() -> None:
    """A benchmark that fails half-way leaves no server behind."""
    for server in list(_live):
        server.stop(5.0)


class ServerProc:
    """A server subprocess; its port is read from its stderr line "... listening on http://127.0.0.1:PORT/"."""

    def __init__(self, name: str, cmd: list[str], env: dict | None = None, fds: int = 4096,
                 timeout: float = 30.0) -> None:
        self.name = name
        self.err = tempfile.NamedTemporaryFile("w+", prefix="wsbench-", suffix=".err", delete=False)
        full_env = dict(os.environ)
        full_env.update(env or {})
        full_env.setdefault("PYTHONUNBUFFERED", "1")
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=self.err, env=full_env, preexec_fn=_preexec_fd(fds))
        _live.append(self)
        self.port = self._wait_port(timeout)
        self.pid = self.proc.pid

    def _wait_port(self, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with open(self.err.name, encoding="utf-8", errors="replace") as fh:
                m = PORT_LINE.search(fh.read())
            if m:
                return int(m.group(1))
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"{self.name}: no port line within {timeout} s; stderr:\n{self.stderr()[-2000:]}")

    def url(self, path: str = "/") -> str:
        return f"ws://127.0.0.1:{self.port}{path}"

    def cpu(self) -> float:
        """User + system CPU seconds used so far by the server process (all threads)."""
        return cpu_seconds(self.proc.pid)

    def stderr(self) -> str:
        with open(self.err.name, encoding="utf-8", errors="replace") as fh:
            return fh.read()

    def stop(self, timeout: float = 10.0) -> int | None:
        if self in _live:
            _live.remove(self)
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.err.close()
        return self.proc.returncode

    def kill(self) -> None:
        """SIGKILL at once (when a clean shutdown is not what is measured)."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)

    def cleanup(self) -> None:
        try:
            os.unlink(self.err.name)
        except OSError:
            pass


def run4d_server(target: str, *extra: str, name: str = "4D", env: dict | None = None,
                 fds: int = 4096) -> ServerProc:
    """`run4d TARGET --http-port 0 EXTRA...` as a subprocess (like the installed run4d script)."""
    cmd = [PY, "-m", "interpreter.cli.main", target, "--http-port", "0", *extra]
    return ServerProc(name, cmd, env=env, fds=fds)


def reference_server(kind: str, name: str = "bare", fds: int = 4096) -> ServerProc:
    """bench/ws_reference_servers.py KIND: a bare websockets asyncio server (upper, echo or chat)."""
    return ServerProc(name, [PY, os.path.join(HERE, "ws_reference_servers.py"), kind], fds=fds)


def cpu_seconds(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def thread_times(pid: int) -> dict[int, tuple[float, float]]:
    """{thread id: (user, system) CPU seconds} of a process, from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    out = {}
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            out[int(tid)] = (int(fields[11]) / tick, int(fields[12]) / tick)
        except (OSError, IndexError, ValueError):
            pass
    return out


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of `values`."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(round(p / 100.0 * len(ordered) + 0.5))))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


# ---------------------------------------------------------------- profiling with py-spy


def py_spy() -> str | None:
    exe = os.path.join(os.path.dirname(PY), "py-spy")
    return exe if os.path.exists(exe) else None


class Spy:
    """py-spy record --pid PID while a load runs; `stop()` then `summary()`."""

    def __init__(self, pid: int, out: str, rate: int = 250, gil: bool = False) -> None:
        """Samples busy threads; gil=True: only the thread holding the GIL."""
        exe = py_spy()
        if exe is None:
            raise RuntimeError("py-spy is not installed: /work/venv/bin/pip install py-spy")
        self.out = out
        self.rate = rate
        self.gil = gil
        cmd = [exe, "record", "--pid", str(pid), "--rate", str(rate), "--format", "raw", "--threads",
               "--nonblocking", "-o", out] + (["--gil"] if gil else [])
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)  # let it attach
        self.pid = pid
        self.t0 = time.monotonic()
        self.cpu0 = thread_times(pid)

    def stop(self, timeout: float = 20.0) -> None:
        self.seconds = time.monotonic() - self.t0
        self.cpu1 = thread_times(self.pid)
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)

    def summary(self, top: int = 25) -> str:
        text = summarize_raw(self.out, top)
        names = {}
        try:
            for line in open(self.out, encoding="utf-8", errors="replace"):
                m = re.match(r"thread \((\d+)\): ([^;]*);", line)
                if m:
                    names[int(m.group(1))] = m.group(2)
        except OSError:
            pass
        rows = []
        for tid, (u1, s1) in sorted(self.cpu1.items()):
            u0, s0 = self.cpu0.get(tid, (0.0, 0.0))
            if u1 - u0 + s1 - s0 > 0.005:
                name = names.get(tid, f"tid {tid}")
                rows.append(f"    {name:28s} user {u1 - u0:6.2f} s  system {s1 - s0:6.2f} s")
        if rows:
            text += f"\n  CPU per thread over {self.seconds:.1f} s (from /proc):\n" + "\n".join(rows)
        total = text.split(" ", 1)[0]
        if total.isdigit() and self.gil:
            text += (f"\n  ({int(total)} samples in {self.seconds:.1f} s at {self.rate} Hz: the GIL was held"
                     f" {100 * int(total) / (self.seconds * self.rate):.0f}% of the time)")
        elif total.isdigit():
            text += (f"\n  ({int(total)} samples of busy threads in {self.seconds:.1f} s at {self.rate} Hz:"
                     f" {int(total) / (self.seconds * self.rate):.2f} threads busy on average)")
        return text


_FRAME = re.compile(r"^(?P<fn>.*) \((?P<file>[^():]+)(?::(?P<line>\d+))?\)$")


def _frame_name(frame: str) -> str:
    m = _FRAME.match(frame.strip())
    if not m:
        return frame.strip()
    path = m.group("file")
    for marker in ("site-packages/", "/work/main/", "lib/python3"):
        i = path.find(marker)
        if i >= 0:
            path = path[i + len(marker):] if marker != "lib/python3" else "stdlib" + path[path.find("/", i):]
            break
    return f"{m.group('fn')} ({path})"


def summarize_raw(path: str, top: int = 25) -> str:
    """Per thread: share of samples; then the functions with most self and inclusive samples."""
    threads: Counter = Counter()
    own: Counter = Counter()
    incl: Counter = Counter()
    total = 0
    try:
        lines = open(path, encoding="utf-8", errors="replace").read().splitlines()
    except OSError as e:
        return f"(no profile: {e})"
    for line in lines:
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = stack.split(";")
        if frames[0].startswith("thread ("):
            head = frames.pop(0)
            thread = head.split(": ", 1)[1] if ": " in head else head
        else:
            thread = "?"
        threads[thread] += n
        names = [_frame_name(f) for f in frames]
        if names:
            own[(thread, names[-1])] += n
        for name in set(names):
            incl[(thread, name)] += n
    if not total:
        return "(no samples)"
    out = [f"{total} samples"]
    for thread, n in threads.most_common():
        out.append(f"  thread {thread:30s} {100 * n / total:5.1f}%")
    out.append("  top self time:")
    for (thread, name), n in own.most_common(top):
        out.append(f"    {100 * n / total:5.1f}%  [{thread[:18]}] {name}")
    out.append("  top inclusive time:")
    for (thread, name), n in incl.most_common(top):
        out.append(f"    {100 * n / total:5.1f}%  [{thread[:18]}] {name}")
    return "\n".join(out)
