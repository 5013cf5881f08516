"""Scheduler: process threads, mailboxes, workers, and knowing when all is idle.

Stage: runtime. Every 4D process is a thread with a FIFO mailbox of
messages (Python callables run in that process, one at a time). Workers
loop on their mailbox forever; the main process does too once its method
has returned. The table counts queued messages, running processes and
live asynchronous objects, so the program can end when nothing is left.
"""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from runtime.errors import AbortSignal, Error4D, QuitSignal
from runtime.process import Process, bind, current, swap

STACK_SIZE = 256 * 1024 * 1024  # deep 4D recursion needs deep Python stacks
_STOP = object()
INLINED = [0]  # messages run by run_inline (tests and benchmarks read it)


class Batch(deque):
    """Consecutive events for one process, queued as one message.

    Network events arrive in bursts; one mailbox entry (one wake-up of the
    process) per burst instead of per event. Each event still runs as its own
    message: errors stay separate, and a nested wait runs the rest in order.
    """

    __slots__ = ()


class Mailbox:
    """The FIFO of messages of one process.

    A message arriving for a process that is busy costs a lock and an append:
    the process is woken (a token on `_bell`, C-level, one futex) only when it
    sleeps, since thread wake-ups are what cross-thread traffic costs most.
    """

    __slots__ = ("lock", "items", "sleeping", "borrowed", "_bell")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.items: deque = deque()
        self.sleeping = False  # the owner waits for a token (set and cleared under `lock`)
        # Another thread runs a message as this process (run_inline): the owner takes nothing
        # meanwhile, and is woken when it is given back if messages came in.
        self.borrowed = False
        self._bell: queue.SimpleQueue = queue.SimpleQueue()

    def post(self, message: Callable[[], Any]) -> None:
        with self.lock:
            self.items.append(message)
            if self.sleeping and not self.borrowed:
                self.sleeping = False
                self._bell.put(None)

    def add_to_batch(self, event: Callable[[], Any]) -> bool:
        """Join the batch at the end of the queue, if the last entry is one not taken yet."""
        with self.lock:
            if self.items and type(self.items[-1]) is Batch:
                self.items[-1].append(event)
                return True
            return False

    def take(self, timeout: float | None, until: Callable[[], bool] | None = None):
        """The next message, or None after `timeout` seconds (None: wait forever).

        `until` is checked under the lock before sleeping: a waker sets its
        condition, then calls wake(), so the wake-up cannot be lost. Every token
        is put under the lock by whoever clears `sleeping`, so after waking we know
        under the lock whether one is owed: `sleeping` still set means none was
        sent (timed out); cleared after a timeout means a waker raced the timeout
        and its token is in the queue now: it is taken, so no stale token makes a
        later take() return early.
        """
        with self.lock:
            if self.items and not self.borrowed:
                return self.items.popleft()
            if until is not None and until():
                return None
            self.sleeping = True
        timed_out = False
        try:
            self._bell.get(timeout=timeout)
        except queue.Empty:
            timed_out = True
        with self.lock:
            if self.sleeping:
                self.sleeping = False
            elif timed_out:
                self._bell.get_nowait()  # the racing waker's token (put under this lock)
            return self.items.popleft() if self.items and not self.borrowed else None

    def push_front(self, message) -> None:
        with self.lock:
            self.items.appendleft(message)

    def wake(self) -> None:
        with self.lock:
            if self.sleeping and not self.borrowed:
                self.sleeping = False
                self._bell.put(None)

    def borrow(self, proc: Process) -> bool:
        """Take `proc` from its thread, asleep in its top-level loop with nothing queued (run_inline).

        `running_code` is read under the lock: the owner sets it before it takes the lock to
        sleep in a nested wait, so a nested sleep is never taken for an idle one.
        """
        with self.lock:
            if self.sleeping and not self.items and not self.borrowed and not proc.running_code:
                self.borrowed = True
                return True
            return False

    def give_back(self) -> None:
        with self.lock:
            self.borrowed = False
            if self.items and self.sleeping:
                self.sleeping = False
                self._bell.put(None)

    def clear(self) -> int:
        with self.lock:
            n = len(self.items)
            self.items.clear()
            return n


class Table:
    """Every process, and the counters that say whether the program is idle."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.processes: dict[int, Process] = {}
        self.workers: dict[str, Process] = {}
        self.pending = 0  # queued messages, all processes
        self.running = 0  # processes executing code
        self.waiting = 0  # of those, processes waiting (DELAY PROCESS, signals) for events
        self.keepalive = 0  # live asynchronous objects (servers, sockets)
        self.startups: dict[str, Any] = {}  # worker name -> the formula that created it
        self.main_done = False
        self.quit_code: int | None = None
        self.report: Callable[[BaseException, Process], None] = lambda e, p: None

    def changed(self) -> None:
        with self.cond:
            self.cond.notify_all()

    def add(self, proc: Process) -> None:
        with self.cond:
            self.processes[proc.number] = proc

    def idle(self) -> bool:
        return self.main_done and self.pending == 0 and self.running == 0 and self.keepalive == 0

    def count(self, field: str, delta: int) -> None:
        with self.cond:
            setattr(self, field, getattr(self, field) + delta)
            # The waiters (the supervisor, shutdown) only care whether nothing is queued, alive
            # or running any more: while a server or a socket lives, messages wake nobody (a
            # thread wake-up costs more than running a small message).
            if self.pending <= 0 and self.keepalive <= 0 and self.running <= self.waiting:
                self.cond.notify_all()


    def take_one(self) -> None:
        """A queued message starts running: count("running", 1) and count("pending", -1) at once."""
        with self.cond:
            self.running += 1
            self.pending -= 1
            if self.pending <= 0 and self.keepalive <= 0 and self.running <= self.waiting:
                self.cond.notify_all()


TABLE = Table()


def ensure_mailbox(proc: Process) -> Mailbox:
    if proc.worker is None:
        proc.worker = Mailbox()
    return proc.worker


def post(proc: Process, message: Callable[[], Any]) -> None:
    """Queue `message` to run in `proc` (CALL WORKER, one-off events)."""
    if proc.ended or proc.killed:
        return  # a killed process ignores what comes after KILL WORKER
    TABLE.count("pending", 1)
    ensure_mailbox(proc).post(message)


def post_event(proc: Process, event: Callable[[], Any]) -> None:
    """Queue a network event for `proc`: like post(), batched with the events just before it."""
    if proc.ended or proc.killed:
        return
    box = ensure_mailbox(proc)
    if not box.add_to_batch(event):
        TABLE.count("pending", 1)
        box.post(Batch((event,)))


def run_message(proc: Process, message: Callable[[], Any]) -> None:
    """Run one message (or a batch) in the current process; errors are reported, not raised."""
    TABLE.take_one()
    depth = proc.running_code
    proc.running_code = depth + 1
    try:
        if type(message) is Batch:
            outer, proc.batch = proc.batch, message
            try:
                while message:
                    _run_one(proc, message.popleft())
            finally:
                proc.batch = outer
        else:
            _run_one(proc, message)
    finally:
        proc.running_code = depth
        TABLE.count("running", -1)


def run_inline(proc: Process, message: Callable[[], Any]) -> bool:
    """Run `message` now, on the calling thread, as process `proc`, if `proc` is idle; else False.

    Idle: its thread sleeps in its top-level mailbox loop (no method running, no nested
    wait, no DELAY PROCESS pending) and nothing is queued for it, so `message` is the next
    thing the process would run anyway. The process is borrowed meanwhile: its thread takes
    nothing from the mailbox (what arrives waits, in order, and wakes it once given back),
    and this thread is that process for 4D code (current(): its variables, error handler,
    name, number). Errors are reported as for a mailbox message.

    Only for a message that cannot wait and is short (the event loop thread calls this for
    callbacks the compiler proved so: runtime.functions.quick); what a waiting message
    would block is every other connection's I/O.
    """
    box = proc.worker
    if box is None or proc.ended or proc.killed or proc.delay_until or proc.paused or not box.borrow(proc):
        return False
    INLINED[0] += 1
    outer = swap(proc)
    was_waiting = proc.in_wait
    proc.in_wait = False
    proc.running_code = 1
    TABLE.count("running", 1)
    try:
        _run_one(proc, message)
    finally:
        proc.running_code = 0
        proc.in_wait = was_waiting
        swap(outer)
        box.give_back()
        TABLE.count("running", -1)
    return True


def post_first(proc: Process, message: Callable[[], Any]) -> None:
    """Queue `message` before anything else queued for `proc`: from a run_inline message, what
    must follow it in that process (it runs when the process is given back)."""
    if proc.ended or proc.killed:
        return
    TABLE.count("pending", 1)
    ensure_mailbox(proc).push_front(message)


def _run_one(proc: Process, message: Callable[[], Any]) -> None:
    try:
        message()
    except (Error4D, AbortSignal) as e:
        TABLE.report(e, proc)
    except QuitSignal:
        raise
    except Exception as e:  # an internal error must not kill the worker
        TABLE.report(e, proc)


def _requeue_batch(proc: Process, box: Mailbox) -> None:
    """A nested wait starts: the rest of the running batch goes first in the queue, in order."""
    rest = proc.batch
    if rest:
        TABLE.count("pending", 1)
        box.push_front(Batch(rest))
        rest.clear()


def serve(proc: Process, until: Callable[[], bool] | None = None, timeout: float | None = None) -> None:
    """Run messages of the current process until `until()` or `timeout` (nested waits too)."""
    import time

    box = ensure_mailbox(proc)
    deadline = None if timeout is None else time.monotonic() + timeout
    running_before = proc.in_wait
    proc.in_wait = True
    nested = proc.running_code
    if nested:
        TABLE.count("waiting", 1)
        _requeue_batch(proc, box)
    try:
        while not proc.killed:
            if proc.paused:
                # PAUSE PROCESS: honoured at the process's next wait (between messages, or in
                # DELAY PROCESS and the other waits); nothing runs, and no wait ends, until
                # RESUME PROCESS.
                proc.resumed.wait(0.25)
                continue
            if until is not None and until():
                return
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                return
            wait = 0.25 if remaining is None else min(remaining, 0.25)
            if proc.delay_until and proc.running_code == 0:
                pause = proc.delay_until - time.monotonic()
                if pause > 0:  # DELAY PROCESS from another process: honoured between messages
                    time.sleep(min(pause, wait))
                    continue
                proc.delay_until = 0.0
            message = box.take(wait, until)
            if message is not None and proc.delay_until > time.monotonic() and proc.running_code == 0:
                box.push_front(message)  # the delay arrived while we took it: wait first
                continue
            if message is _STOP:
                proc.killed = True
                TABLE.count("pending", -1)
                return
            if message is not None:
                run_message(proc, message)
    finally:
        proc.in_wait = running_before
        if nested:
            TABLE.count("waiting", -1)


def start_thread(proc: Process, body: Callable[[], None]) -> threading.Thread:
    def main() -> None:
        bind(proc)
        try:
            body()
        except QuitSignal:
            pass
        finally:
            proc.ended = True
            _run_at_end(proc)
            with TABLE.cond:
                TABLE.processes.pop(proc.number, None)
                if TABLE.workers.get(proc.name) is proc:
                    del TABLE.workers[proc.name]
                dropped = len(proc.worker.items) if proc.worker is not None else 0
                TABLE.pending -= dropped
                TABLE.cond.notify_all()

    threading.stack_size(STACK_SIZE)
    try:
        t = threading.Thread(target=main, name=f"4D {proc.name}", daemon=True)
    finally:
        threading.stack_size(0)
    proc.thread = t
    TABLE.add(proc)
    t.start()
    return t


def _run_at_end(proc: Process) -> None:
    """The process is gone: asynchronous objects it owned let go of the program (keep-alive)."""
    hooks, proc.at_end = proc.at_end, []
    for hook in hooks:
        try:
            hook()
        except Exception as e:  # one failing hook must not keep the others from running
            TABLE.report(e, proc)


def worker(name: str, create: bool = True) -> Process | None:
    """The worker called `name`, started on first use.

    After KILL WORKER the next call starts a new process, which begins once
    the killed one has ended (one process per worker at a time); a killed
    worker asking for itself gets None (KILL WORKER's rule).
    """
    with TABLE.cond:
        proc = TABLE.workers.get(name)
        if (proc is not None and not proc.ended and not proc.killed) or not create:
            return proc
        previous = proc if proc is not None and not proc.ended else None
        if previous is not None and previous is current():
            return None
        proc = Process(name, "worker")
        ensure_mailbox(proc)
        TABLE.workers[name] = proc

    def body() -> None:
        if previous is not None and previous.thread is not None:
            previous.thread.join()
        serve(proc)

    start_thread(proc, body)
    return proc


def drop_pending(proc: Process) -> int:
    """Empty the mailbox of `proc`; return how many messages were dropped."""
    dropped = ensure_mailbox(proc).clear()
    TABLE.count("pending", -dropped)
    return dropped


def stop(proc: Process) -> None:
    """KILL WORKER: drop pending messages; end after the current one."""
    proc.killed = True  # first, so that nothing is posted after the drop
    drop_pending(proc)
    batch = proc.batch
    if batch:
        batch.clear()  # the events after the running one were messages of their own
    TABLE.count("pending", 1)
    proc.worker.post(_STOP)


def current_process() -> Process:
    return current()
