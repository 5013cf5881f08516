"""samples/tasks: a REST front end on ORDA whose data outlives the run (Data/data.sqlite)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import ROOT
from tests.network.harness import Session
from tests.network.http_util import request


def start(folder: Path, monkeypatch) -> Session:
    session = Session(folder, monkeypatch)
    session.start(main="tasks.4dm")
    return session


def test_tasks_persist_across_runs(tmp_path, monkeypatch):
    folder = Path(shutil.copytree(Path(ROOT, "samples", "tasks"), tmp_path / "tasks",
                                  ignore=shutil.ignore_patterns("Data")))
    session = start(folder, monkeypatch)
    try:
        port = session.port
        assert json.loads(request(port, "GET", "/api/tasks").body) == {"tasks": [], "open": 0}
        added = request(port, "POST", "/api/tasks", body=b'{"title": "write docs", "project": "run4d", "due": "2000-01-01"}')
        assert added.status == 201
        assert json.loads(added.body) == {"id": 1, "title": "write docs", "done": False, "late": True,
                                          "project": "run4d"}
        request(port, "POST", "/api/tasks", body=b'{"title": "ship", "project": "run4d"}')
        assert request(port, "POST", "/api/tasks", body=b"no json").status == 400
        assert json.loads(request(port, "PUT", "/api/tasks/2").body)["done"] is True
        assert request(port, "PUT", "/api/tasks/9").status == 404
    finally:
        session.stop()
    assert (folder / "Data" / "data.sqlite").is_file()
    session = start(folder, monkeypatch)  # a new run: the same data
    try:
        data = json.loads(request(session.port, "GET", "/api/tasks").body)
        assert [(t["title"], t["done"], t["project"]) for t in data["tasks"]] == \
            [("write docs", False, "run4d"), ("ship", True, "run4d")]
        assert data["open"] == 1
        assert "2 task(s), 1 open" in session.out.text
    finally:
        session.stop()
