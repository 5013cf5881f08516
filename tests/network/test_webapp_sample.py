"""samples/webapp: the REST service and the chat on one port, used by a page in headless Chromium."""

from __future__ import annotations

import json
from pathlib import Path

from websockets.sync.client import connect

from tests.conftest import ROOT
from tests.network.harness import TIMEOUT, Session
from tests.network.http_util import request
from tests.network.test_browser import Browser, pytestmark  # noqa: F401  (skipped without Chromium)


def test_rest_service(monkeypatch):
    session = Session(Path(ROOT, "samples", "webapp"), monkeypatch)
    session.start(main="webapp.4dm")
    try:
        port = session.port
        assert json.loads(request(port, "GET", "/api/notes").body) == {"notes": [], "count": 0}
        added = request(port, "POST", "/api/notes", body=b'{"text": "milk", "by": "ann"}')
        assert added.status == 201 and json.loads(added.body) == {"id": 1, "text": "milk", "by": "ann"}
        assert request(port, "POST", "/api/notes", body=b"not json").status == 400
        assert json.loads(request(port, "GET", "/api/notes").body)["count"] == 1
        assert request(port, "DELETE", "/api/notes/9").status == 404
        assert json.loads(request(port, "DELETE", "/api/notes/1").body) == {"removed": 1}
        assert request(port, "PUT", "/api/notes").status == 405
    finally:
        session.stop()


def test_page_uses_rest_and_chat(monkeypatch):
    session = Session(Path(ROOT, "samples", "webapp"), monkeypatch)
    session.start(main="webapp.4dm")
    browser = Browser()
    try:
        with connect(session.url("/chat?name=python"), open_timeout=TIMEOUT) as ws:
            ws.recv(TIMEOUT)  # welcome
            browser.open(f"http://127.0.0.1:{session.port}/?name=chromium")
            assert json.loads(ws.recv(TIMEOUT)) == {"from": "room", "text": "chromium joined"}
            browser.wait_for("document.body.dataset.chat === 'open'")
            browser.evaluate("document.getElementById('note').value = 'bread';"
                             "document.getElementById('add').requestSubmit(); true")
            assert json.loads(ws.recv(TIMEOUT)) == {"from": "chromium", "text": "added a note"}
            notes = json.loads(request(session.port, "GET", "/api/notes").body)
            assert notes["notes"] == [{"id": 1, "text": "bread", "by": "chromium"}]
            assert browser.wait_for("document.body.dataset.notes === '1' && "
                                    "document.getElementById('notes').innerText").startswith("bread (chromium)")
            # Another member adds a note through the REST service and tells the room: the page refreshes.
            request(session.port, "POST", "/api/notes", body=b'{"text": "eggs", "by": "python"}')
            ws.send("added a note")
            text = browser.wait_for("document.body.dataset.notes === '2' && "
                                    "document.getElementById('notes').innerText")
            assert "eggs (python)" in text
            assert "python: added a note" in browser.evaluate("document.getElementById('log').innerText")
    finally:
        browser.close()
        session.stop()
