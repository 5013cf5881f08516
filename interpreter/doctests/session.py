"""Doc sessions: one running 4D program in which blocks of code are run in turn.

Stage: top level (doc-test runner, REPL, network tests). The program runs
on a background thread as run4d would run it; `run(code)` posts the code to
the main process, waits for it and for the work it started to settle, and
returns what it printed and the error it raised, if any. Locals persist
from one block to the next (session methods), like a reader expects.
"""

from __future__ import annotations

import io
import itertools
import threading
import time

from interpreter.compiler.program import Program
from runtime import appcontext, console, lifecycle, scheduler
from runtime.errors import AbortSignal, CompileErrors, Error4D
from runtime.scheduler import TABLE

DEFAULT_TIMEOUT = 10.0
_names = itertools.count(1)


class Capture(io.TextIOBase):
    """A thread-safe text sink whose content can be waited for."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.text = ""

    def write(self, s: str) -> int:
        with self.cond:
            self.text += s
            self.cond.notify_all()
        return len(s)

    def flush(self) -> None:
        return None  # writes land in `text` at once: nothing is buffered

    @property
    def lines(self) -> list[str]:
        with self.cond:
            return self.text.splitlines()

    def wait_for(self, predicate, timeout: float = DEFAULT_TIMEOUT) -> list[str]:
        deadline = time.monotonic() + timeout
        with self.cond:
            while not predicate(self.text.splitlines()):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"timed out; output so far: {self.text!r}")
                self.cond.wait(left)
            return self.text.splitlines()

    def wait_line(self, line: str, timeout: float = DEFAULT_TIMEOUT) -> list[str]:
        return self.wait_for(lambda lines: line in lines, timeout)

    def wait_count(self, n: int, timeout: float = DEFAULT_TIMEOUT) -> list[str]:
        return self.wait_for(lambda lines: len(lines) >= n, timeout)


class BlockResult:
    """What one block did: its output and the error that stopped it, if any."""

    def __init__(self, output: str, error: BaseException | None, mark: int = 0) -> None:
        self.output = output
        self.error = error
        self.mark = mark  # where the block's output starts in the session's output

    @property
    def ok(self) -> bool:
        return self.error is None


class DocSession:
    """A 4D program kept running while code is fed to it."""

    def __init__(self, root: str = ".", http_port: int | None = 0, timeout: float | None = DEFAULT_TIMEOUT,
                 capture: bool = True) -> None:
        self.root = root
        self.capture = capture  # False: output goes to the real stdout/stderr (the REPL)
        self.http_port = http_port
        self.timeout = timeout
        self.program: Program | None = None
        self.out = Capture()
        self.err = Capture()
        self.thread: threading.Thread | None = None
        self.exit_code: int | None = None
        self._started = threading.Event()

    # -------------------------------------------------------------- lifetime

    def start(self) -> DocSession:
        if self.capture:
            console.redirect(self.out, self.err)
        lifecycle.reset()
        appcontext.for_path(self.root)
        self.program = Program()
        settings = {"http_port": self.http_port, "http_host": None, "web_root": None, "root": self.root}

        def main() -> None:
            TABLE.count("keepalive", 1)  # the session holds the program open
            self._started.set()

        def body() -> None:
            self.exit_code = lifecycle.run_main(main, settings=settings, install_signals=False)

        self.thread = threading.Thread(target=body, name="run4d session", daemon=True)
        self.thread.start()
        if not self._started.wait(DEFAULT_TIMEOUT):
            raise RuntimeError("the 4D session did not start")
        return self

    def stop(self) -> int | None:
        if self.thread is not None and self.thread.is_alive():
            TABLE.count("keepalive", -1)
            lifecycle.request_quit(0)
            self.thread.join(DEFAULT_TIMEOUT)
        console.redirect()
        return self.exit_code

    def __enter__(self) -> DocSession:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -------------------------------------------------------------- code

    def load(self, code: str, path: str, name: str, first_line: int = 1) -> None:
        """Compile a class or method (raises CompileErrors)."""
        self.program.load_text("\n" * (first_line - 1) + code, path, name)

    def run(self, code: str, path: str = "<block>", first_line: int = 1, settle: bool = True,
            display: str = "") -> BlockResult:
        """Run `code` in the main process; compile errors come back as the result's error."""
        mark = len(self.out.text)
        name = f"__block_{next(_names)}"
        try:
            fn = self.program.session_method("\n" * (first_line - 1) + code, path, name, display or path)
        except CompileErrors as e:
            return BlockResult("", e)
        done = threading.Event()
        outcome: dict = {}

        def message() -> None:
            try:
                fn(None)
            except (Error4D, AbortSignal) as e:
                outcome["error"] = e.error if isinstance(e, AbortSignal) else e
            finally:
                done.set()

        scheduler.post(self.main_process(), message)
        if not done.wait(self.timeout):
            return BlockResult(self.out.text[mark:], TimeoutError(f"the block did not finish in {self.timeout} s"))
        if settle:
            self.settle()
        return BlockResult(self.out.text[mark:], outcome.get("error"), mark)

    def output_since(self, mark: int, lines: int, timeout: float | None = None) -> str:
        """The output from `mark` on, once it has `lines` lines (or the time is up)."""
        def enough(_all) -> bool:
            return len(self.out.text[mark:].splitlines()) >= lines

        try:
            self.out.wait_for(enough, timeout or self.timeout or DEFAULT_TIMEOUT)
        except TimeoutError:
            pass  # the caller compares what arrived with what it expected
        return self.out.text[mark:]

    def settle(self, quiet: float = 0.05) -> None:
        """Wait until no message is queued or running (callbacks of what a block started)."""
        deadline = time.monotonic() + (self.timeout or DEFAULT_TIMEOUT)
        calm_since = None
        while time.monotonic() < deadline:
            busy = TABLE.pending > 0 or TABLE.running - TABLE.waiting > 0
            if busy:
                calm_since = None
            elif calm_since is None:
                calm_since = time.monotonic()
            elif time.monotonic() - calm_since >= quiet:
                return
            time.sleep(0.01)

    def main_process(self):
        with TABLE.cond:
            return next(p for p in TABLE.processes.values() if p.kind == "main")

    @property
    def http_url(self) -> str | None:
        from stdlib_4d.net.web_server import SERVER

        return f"http://127.0.0.1:{SERVER.port}" if SERVER.running else None
