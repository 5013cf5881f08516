"""Running a 4D program in a background thread while a test talks to it.

A `Session` writes 4D sources to a folder, runs them like `run4d main.4dm
--http-port 0` on a thread, captures what ALERT and LOG EVENT print, and
stops the program at the end. Every wait is bounded (TIMEOUT seconds,
scaled by RUN4D_TEST_TIMEOUT_FACTOR).
"""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

from interpreter.doctests.session import Capture
from tests.conftest import TIMEOUT_FACTOR

TIMEOUT = 10.0 * TIMEOUT_FACTOR


class Session:
    """One run4d program, run in-process on a background thread."""

    def __init__(self, folder: Path, monkeypatch) -> None:
        self.folder = folder
        from runtime import console

        self.out = Capture()
        self.err = Capture()
        console.redirect(self.out, self.err)
        self._console = console
        self.thread: threading.Thread | None = None
        self.exit_code: int | None = None

    def write(self, name: str, text: str) -> Path:
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def start(self, main: str = "main.4dm", params: tuple = (), web_root: str | None = None,
              wait_server: bool = True) -> Session:
        from interpreter.cli.runner import run_layout
        from interpreter.compiler.loader import layout_for

        path = self.folder / main
        opts = SimpleNamespace(debug=False, method=None, target=str(path), http_port=0, http_host=None,
                               web_root=web_root)

        def body() -> None:
            self.exit_code = run_layout(layout_for(str(path)), opts, list(params))

        self.thread = threading.Thread(target=body, daemon=True)
        self.thread.start()
        if wait_server:
            self.err.wait_for(lambda lines: any("Web server listening" in ln for ln in lines) or
                              any("error" in ln for ln in lines))
            assert self.port, f"no server started; stderr: {self.err.text}"
        return self

    @property
    def port(self) -> int | None:
        from stdlib_4d.net.web_server import SERVER

        return SERVER.port if SERVER.running else None

    def url(self, path: str = "/") -> str:
        return f"ws://127.0.0.1:{self.port}{path}"

    def wait_exit(self, timeout: float = TIMEOUT) -> int:
        assert self.thread is not None
        self.thread.join(timeout)
        assert not self.thread.is_alive(), f"the program did not end; stderr: {self.err.text}"
        return self.exit_code

    def stop(self) -> int | None:
        from runtime import lifecycle

        if self.thread is not None and self.thread.is_alive():
            lifecycle.request_quit(0)
            self.thread.join(TIMEOUT)
        self._console.redirect()
        return self.exit_code
