"""A small LSP client for the tests and benchmarks: `run4d lsp` as a subprocess.

JSON-RPC with Content-Length framing over the server's stdin/stdout; a
reader thread files responses by id and keeps every notification. Requests
from the server (client/registerCapability...) are answered with null.
Every wait is bounded (scaled by RUN4D_TEST_TIMEOUT_FACTOR).
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

TIMEOUT = 20.0 * float(os.environ.get("RUN4D_TEST_TIMEOUT_FACTOR", "1"))
ROOT = Path(__file__).resolve().parents[2]


class LspError(Exception):
    def __init__(self, error: dict) -> None:
        super().__init__(f"{error.get('code')}: {error.get('message')}")
        self.error = error


def uri(path) -> str:
    return Path(path).resolve().as_uri()


class LspClient:
    def __init__(self, root: Path | None, args: tuple[str, ...] = (), init_options: dict | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "interpreter.cli", "lsp", *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
        )
        self.ids = itertools.count(1)
        self.cond = threading.Condition()
        self.responses: dict[int, dict] = {}
        self.notifications: list[tuple[float, dict]] = []
        self.stderr: list[str] = []
        self.write_lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()
        self.root = root
        params = {"processId": os.getpid(), "rootUri": uri(root) if root else None,
                  "capabilities": {"textDocument": {"hover": {"contentFormat": ["markdown"]}},
                                   "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}},
                                   "window": {"workDoneProgress": True}},
                  "initializationOptions": init_options or {}}
        if root:
            params["workspaceFolders"] = [{"uri": uri(root), "name": root.name}]
        self.init_result = self.request("initialize", params)
        self.notify("initialized", {})
        self.versions: dict[str, int] = {}

    # -------------------------------------------------------------- wire

    def _send(self, msg: dict) -> None:
        body = json.dumps(msg).encode("utf-8")
        with self.write_lock:
            self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.proc.stdin.flush()

    def _read(self) -> None:
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    with self.cond:
                        self.cond.notify_all()
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            msg = json.loads(out.read(length).decode("utf-8"))
            if "id" in msg and "method" in msg:  # a request from the server
                self._send({"jsonrpc": "2.0", "id": msg["id"], "result": None})
                continue
            with self.cond:
                if "id" in msg:
                    self.responses[msg["id"]] = msg
                else:
                    self.notifications.append((time.perf_counter(), msg))
                self.cond.notify_all()

    def _read_stderr(self) -> None:
        for line in self.proc.stderr:
            self.stderr.append(line.decode("utf-8", "replace"))

    # -------------------------------------------------------------- API

    def request(self, method: str, params, timeout: float = TIMEOUT):
        rid = next(self.ids)
        self._send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        with self.cond:
            while rid not in self.responses:
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    raise TimeoutError(f"{method}: no answer in {timeout}s; stderr: {''.join(self.stderr)[-2000:]}")
                self.cond.wait(left)
            msg = self.responses.pop(rid)
        if "error" in msg:
            raise LspError(msg["error"])
        return msg.get("result")

    def notify(self, method: str, params) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_notification(self, predicate, timeout: float = TIMEOUT, since: float = 0.0) -> tuple[float, dict]:
        """The first notification after `since` (perf_counter) for which predicate(msg) holds."""
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                for at, msg in self.notifications:
                    if at >= since and predicate(msg):
                        return at, msg
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    raise TimeoutError(f"no matching notification in {timeout}s; stderr: {''.join(self.stderr)[-2000:]}")
                self.cond.wait(left)

    def diagnostics(self, path, since: float = 0.0, predicate=lambda diags: True, timeout: float = TIMEOUT,
                    current: bool = True):
        """The diagnostics published for `path` (by default, for its current version)."""
        target = uri(path)
        version = self.versions.get(target) if current else None

        def match(msg: dict) -> bool:
            p = msg["params"] if msg.get("method") == "textDocument/publishDiagnostics" else None
            return (p is not None and p["uri"] == target and predicate(p["diagnostics"])
                    and (version is None or p.get("version") == version))

        at, msg = self.wait_notification(match, timeout, since)
        return at, msg["params"]["diagnostics"]

    def open(self, path, text: str | None = None) -> None:
        path = Path(path)
        text = path.read_text(encoding="utf-8") if text is None else text
        self.versions[uri(path)] = 1
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri(path), "languageId": "4d", "version": 1,
                                                              "text": text}})

    def change(self, path, text: str) -> float:
        """Replace the whole text; return when it was sent (perf_counter)."""
        u = uri(path)
        self.versions[u] = self.versions.get(u, 1) + 1
        at = time.perf_counter()
        self.notify("textDocument/didChange", {"textDocument": {"uri": u, "version": self.versions[u]},
                                               "contentChanges": [{"text": text}]})
        return at

    def edit(self, path, line: int, start: int, end: int, text: str) -> float:
        """An incremental change of one line's characters [start, end)."""
        u = uri(path)
        self.versions[u] = self.versions.get(u, 1) + 1
        at = time.perf_counter()
        rng = {"start": {"line": line, "character": start}, "end": {"line": line, "character": end}}
        self.notify("textDocument/didChange", {"textDocument": {"uri": u, "version": self.versions[u]},
                                               "contentChanges": [{"range": rng, "text": text}]})
        return at

    def at(self, method: str, path, line: int, character: int, **extra):
        params = {"textDocument": {"uri": uri(path)}, "position": {"line": line, "character": character}}
        params.update(extra)
        return self.request(method, params)

    def close(self, timeout: float = TIMEOUT) -> int:
        """shutdown, exit, and the exit code (the process is killed if it lingers)."""
        try:
            if self.proc.poll() is None:
                self.request("shutdown", None, timeout)
                self.notify("exit", None)
            return self.proc.wait(timeout)
        except (TimeoutError, subprocess.TimeoutExpired, BrokenPipeError, OSError):
            self.proc.kill()
            self.proc.wait(timeout)
            raise
        finally:
            for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
                try:
                    stream.close()
                except OSError:
                    pass
