"""The external process engine: children with pipes, on the event loop.

Stage: engine (with runtime/eventloop.py and the *_io modules of net/, the
only code importing asyncio). It knows nothing of 4D: `spawn()` starts a
program and returns its pid (or raises OSError); a `Child` then reports to
its sink on the loop thread: `sw_stdout` and `sw_stderr` for each piece
of output, then `sw_exit(code, why)` once the process has ended and both
pipes are drained (code None when a signal ended it). Writes to stdin are
queued in call order from any thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
from typing import Protocol

from runtime import eventloop

READ_SIZE = 65536
_watching: set = set()


class Sink(Protocol):
    def sw_stdout(self, data: bytes) -> None: ...
    def sw_stderr(self, data: bytes) -> None: ...
    def sw_exit(self, code: int | None, why: str | None) -> None: ...  # why: a failure to report, or None


class Child:
    def __init__(self, sink: Sink) -> None:
        self.sink = sink
        self.proc: asyncio.subprocess.Process | None = None
        self.timed_out = False
        self.input_broken: str | None = None

    async def start(self, argv: list[str], cwd: str | None, env: dict[str, str], timeout: float | None) -> int:
        self.proc = await asyncio.create_subprocess_exec(
            *argv, cwd=cwd, env=env, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE, start_new_session=True)
        task = asyncio.get_running_loop().create_task(self._watch(timeout))
        _watching.add(task)  # asyncio holds tasks weakly: keep the watcher until the child is over
        task.add_done_callback(_watching.discard)
        return self.proc.pid

    async def _pump(self, stream: asyncio.StreamReader, report) -> None:
        while True:
            data = await stream.read(READ_SIZE)
            if not data:
                return
            report(data)

    async def _watch(self, timeout: float | None) -> None:
        proc = self.proc
        loop = asyncio.get_running_loop()
        everything = asyncio.gather(loop.create_task(self._pump(proc.stdout, self.sink.sw_stdout)),
                                    loop.create_task(self._pump(proc.stderr, self.sink.sw_stderr)),
                                    proc.wait())
        try:
            async with asyncio.timeout(timeout):
                await asyncio.shield(everything)
        except TimeoutError:
            self.timed_out = True
            self._kill()
            await everything
        code = proc.returncode
        why = None
        if self.timed_out:
            why = f"the process was killed after {timeout:g} second(s) (timeout)"
        elif self.input_broken:
            why = self.input_broken
        self.sink.sw_exit(code if code is not None and code >= 0 else None, why)

    def _kill(self) -> None:
        """Kill the process and what it started (its own session: start_new_session)."""
        if self.proc is None or self.proc.returncode is not None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            with contextlib.suppress(ProcessLookupError):
                self.proc.kill()

    # -------------------------------------------------------------- from 4D threads

    def write_threadsafe(self, data: bytes) -> None:
        eventloop.submit(self._write(data))

    async def _write(self, data: bytes) -> None:
        stdin = self.proc.stdin
        if stdin is None or stdin.is_closing():
            return
        try:
            stdin.write(data)
            await stdin.drain()
        except (BrokenPipeError, ConnectionResetError) as e:
            if self.proc.returncode is None:
                self.input_broken = f"the process does not read its input any more ({e.strerror or e})"

    def close_input_threadsafe(self) -> None:
        eventloop.submit(self._close_input())

    async def _close_input(self) -> None:
        stdin = self.proc.stdin
        if stdin is not None and not stdin.is_closing():
            stdin.close()
            with contextlib.suppress(Exception):
                await stdin.wait_closed()

    def kill_threadsafe(self) -> None:
        eventloop.call_soon(self._kill)


def spawn(argv: list[str], cwd: str | None, env: dict[str, str], timeout: float | None, sink: Sink,
          wait: float = 30.0) -> tuple[Child, int]:
    """Start the program from a 4D thread: (child, pid); OSError if it cannot start."""
    child = Child(sink)
    pid = eventloop.submit(child.start(argv, cwd, env, timeout)).result(wait)
    return child, pid
