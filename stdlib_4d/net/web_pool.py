"""Web processes: the 4D processes that run request handlers, 4DACTION methods and On Web Connection.

Stage: stdlib (threads and 4D processes; no sockets). Requests wait in one
queue; web processes take them one at a time. One process serves while it
keeps up; another starts (up to maxConcurrentProcesses) only when every
process has been busy with one request for longer than STALL seconds, so a
handler that waits (DELAY PROCESS, a slow query) does not hold the others,
while a steady flow of short requests runs in one process without thread
switches. Past the limit, requests wait in the queue (at most QUEUE_LIMIT,
then 503). As in 4D, web processes are reused: process variables persist
from one request to the next.
"""

from __future__ import annotations

import queue
import time

from runtime import eventloop, scheduler
from runtime.errors import AbortSignal, Error4D
from runtime.process import Process
from stdlib_4d.net.http_messages import text_response

STALL = 0.05  # seconds a request may run before the queue gets another process
QUEUE_LIMIT = 10_000  # requests waiting for a web process; past it: 503
_STOP = None  # what a web process takes from the queue to end


class WebPool:
    def __init__(self, max_processes: int) -> None:
        self.max = max(1, max_processes)
        # The hand-off is a SimpleQueue (C): a put wakes a sleeping process at the cost of
        # one lock release, where a Condition cost a lock allocation and Python-level
        # bookkeeping on both threads for every request.
        self.jobs: queue.SimpleQueue = queue.SimpleQueue()
        self.processes: list[Process] = []
        # Web process number -> monotonic time its current request started; 0.0: idle.
        # Each process writes only its own entry.
        self.busy_since: dict[int, float] = {}
        self.stopped = False
        self._check_armed = False
        self._loop = eventloop.loop()

    # -------------------------------------------------------------- from the event loop

    def submit(self, request, reply, app, route: tuple) -> None:
        jobs = self.jobs
        waiting = jobs.qsize()
        if waiting >= QUEUE_LIMIT:
            reply(text_response(503, "Too many requests are waiting.\n", [("Retry-After", "1")]))
            return
        jobs.put((request, reply, app, route))
        if waiting < list(self.busy_since.values()).count(0.0):
            return  # idle processes take them
        if not self.processes or self._stalled():
            self._spawn()
        elif not self._check_armed:
            self._check_armed = True
            self._loop.call_later(STALL, self._check)

    def _stalled(self) -> bool:
        now = time.monotonic()
        for since in self.busy_since.values():
            if not since or now - since < STALL:
                return False
        return True

    def _check(self) -> None:
        self._check_armed = False
        if self.stopped or self.jobs.qsize() <= list(self.busy_since.values()).count(0.0):
            return
        if self._stalled():
            self._spawn()
        if not self.jobs.empty():
            self._check_armed = True
            self._loop.call_later(STALL, self._check)

    def _spawn(self) -> None:
        if len(self.processes) >= self.max or self.stopped:
            return
        proc = Process(f"Web process #{len(self.processes) + 1}")
        self.processes.append(proc)
        self.busy_since[proc.number] = time.monotonic()  # busy until it waits for a job
        scheduler.start_thread(proc, lambda: self._serve(proc))

    def stop(self) -> None:
        self.stopped = True
        pending = []
        while True:
            try:
                job = self.jobs.get_nowait()
            except queue.Empty:
                break
            if job is not _STOP:
                pending.append(job)
        for _ in self.processes:
            self.jobs.put(_STOP)
        for _request, reply, _app, _route in pending:
            reply(text_response(503, "The Web server is stopping.\n", close=True))

    # -------------------------------------------------------------- in a web process

    def _serve(self, proc: Process) -> None:
        from stdlib_4d.net.web_request import run_request

        jobs, busy, number = self.jobs, self.busy_since, proc.number
        while True:
            busy[number] = 0.0
            job = jobs.get()
            if job is _STOP or self.stopped:
                if job is not _STOP:
                    job[1](text_response(503, "The Web server is stopping.\n", close=True))
                return
            busy[number] = time.monotonic()
            try:
                run_request(proc, *job)
            except (Error4D, AbortSignal) as e:  # run_request answers the client first
                scheduler.TABLE.report(e, proc)
