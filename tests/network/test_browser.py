"""The chat sample's page in a real headless Chromium, driven over the DevTools protocol.

.ci/run installs Debian's chromium; on a machine without it the test says so
and is skipped.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from websockets.sync.client import connect

from tests.conftest import ROOT
from tests.network.harness import TIMEOUT, Session

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine (.ci/run installs it)")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--remote-debugging-port=0", "about:blank"]


class Browser:
    """Headless Chromium and one DevTools connection to it."""

    def __init__(self) -> None:
        self.profile = tempfile.mkdtemp(prefix="run4d-chromium-")
        self.proc = subprocess.Popen([CHROMIUM, f"--user-data-dir={self.profile}", *FLAGS],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.ids = itertools.count(1)
        self.stack = contextlib.ExitStack()
        self.cdp = self.stack.enter_context(connect(self._devtools_url(), open_timeout=TIMEOUT, max_size=None))
        self.session_id = None

    def _devtools_url(self) -> str:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            m = re.search(r"DevTools listening on (ws://\S+)", line)
            if m:
                return m.group(1)
            if not line and self.proc.poll() is not None:
                break
        raise AssertionError("Chromium did not start its DevTools endpoint")

    def call(self, method: str, **params):
        message = {"id": next(self.ids), "method": method, "params": params}
        if self.session_id and not method.startswith("Target."):
            message["sessionId"] = self.session_id
        self.cdp.send(json.dumps(message))
        while True:
            reply = json.loads(self.cdp.recv(TIMEOUT))
            if reply.get("id") == message["id"]:
                if "error" in reply:
                    raise AssertionError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def open(self, url: str) -> None:
        target = self.call("Target.createTarget", url=url)["targetId"]
        self.session_id = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = TIMEOUT):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {expression}")

    def close(self) -> None:
        try:
            self.stack.close()
        finally:
            self.proc.kill()
            self.proc.wait(TIMEOUT)
            shutil.rmtree(self.profile, ignore_errors=True)


def test_chat_page_in_chromium(monkeypatch):
    session = Session(Path(ROOT, "samples", "chat"), monkeypatch)
    session.start(main="chat.4dm")
    browser = Browser()
    try:
        with connect(session.url("/chat?name=python"), open_timeout=TIMEOUT) as ws:
            assert "Welcome, python!" in json.loads(ws.recv(TIMEOUT))["text"]
            browser.open(f"http://127.0.0.1:{session.port}/?name=chromium&say=hi%20from%20chromium")
            assert json.loads(ws.recv(TIMEOUT)) == {"from": "room", "text": "chromium joined"}
            assert json.loads(ws.recv(TIMEOUT)) == {"from": "chromium", "text": "hi from chromium"}
            ws.send("hello browser")
            log = browser.wait_for("document.getElementById('log').innerText.includes('hello browser') "
                                   "&& document.getElementById('log').innerText")
            assert "Welcome, chromium! 2 member(s) here." in log
            assert browser.evaluate("document.title") == "run4d chat"
    finally:
        browser.close()
        session.stop()
    assert session.out.lines[0] == "chat room open"


def test_static_files_and_no_way_out(monkeypatch):
    """Plain HTTP on the same port: content types, index, 404, traversal refused."""
    import http.client
    import socket

    session = Session(Path(ROOT, "samples", "chat"), monkeypatch)
    session.start(main="chat.4dm")
    try:
        conn = http.client.HTTPConnection("127.0.0.1", session.port, timeout=TIMEOUT)
        for path, kind in (("/", "text/html"), ("/chat.js", "text/javascript"), ("/chat.css", "text/css")):
            conn.request("GET", path)
            response = conn.getresponse()
            assert response.status == 200 and response.getheader("Content-Type").startswith(kind)
            response.read()
            conn.close()
        conn.request("GET", "/missing.html")
        assert conn.getresponse().status == 404
        conn.close()
        for raw in ("/../chat.4dm", "/%2e%2e/chat.4dm", "/..%2fchat.4dm"):
            with socket.create_connection(("127.0.0.1", session.port), timeout=TIMEOUT) as s:
                s.sendall(f"GET {raw} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
                head = s.recv(4096).decode("latin-1")
            assert head.startswith("HTTP/1.1 404"), (raw, head)
    finally:
        session.stop()
    assert os.path.isfile(Path(ROOT, "samples", "chat", "chat.4dm"))
