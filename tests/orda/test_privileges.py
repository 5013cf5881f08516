"""ORDA permissions (docs/ORDA/privileges.md): roles.json checked for web sessions.

The app in privileges_app/ locks the datastore with the "none" privilege and opens
Employee to "reader"/"writer", its salary attribute to "hr", and the payroll()
function to "reader" (promoting "hr" while it runs). Each endpoint does one ORDA
action in the request's session and answers {result} or {error; message}.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.network.harness import Session
from tests.network.http_util import request

APP = Path(__file__).parent / "privileges_app"


class Client:
    """HTTP requests that keep the session cookie."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookie = ""

    def call(self, method: str, path: str, body=None) -> dict:
        headers = {"Cookie": self.cookie} if self.cookie else {}
        data = json.dumps(body).encode() if body is not None else None
        if data is not None:
            headers["Content-Type"] = "application/json"
        r = request(self.port, method, path, body=data, headers=headers)
        cookie = r.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";")[0]
        assert r.status == 200, (r.status, r.body)
        return json.loads(r.body)


def start(tmp_path: Path, monkeypatch, roles: str | None = None) -> Session:
    folder = Path(shutil.copytree(APP, tmp_path / "app"))
    if roles is not None:
        (folder / "roles.json").write_text(roles, encoding="utf-8")
    session = Session(folder, monkeypatch)
    session.start(main="main.4dm")
    return session


def denied(answer: dict, code: int, text: str) -> bool:
    return answer.get("error") == code and text in answer.get("message", "")


def test_guest_session_is_locked_out_and_code_outside_sessions_is_not(tmp_path, monkeypatch):
    session = start(tmp_path, monkeypatch)
    try:
        assert "seeded 2" in session.out.text  # On Startup code: no session, no restriction
        guest = Client(session.port)
        assert denied(guest.call("GET", "/api/employees"), 1558, "No permission to read for dataClass Employee")
        assert denied(guest.call("POST", "/api/employees"), 1558, "No permission to create for dataClass Employee")
        assert denied(guest.call("GET", "/api/payroll"), 1561,
                      "No permission to execute method payroll in dataClass Employee")
        assert guest.call("GET", "/api/privileges") == {"result": False}
    finally:
        session.stop()


def test_privileges_roles_attributes_and_promotion(tmp_path, monkeypatch):
    session = start(tmp_path, monkeypatch)
    try:
        reader = Client(session.port)
        assert reader.call("POST", "/api/login", {"privileges": "reader"}) == {"result": ["reader"]}
        assert reader.call("GET", "/api/privileges") == {"result": True}
        assert reader.call("GET", "/api/employees") == {"result": 2}  # "Reader" in roles.json: names ignore case
        assert denied(reader.call("GET", "/api/salary"), 1558,
                      "No permission to read the attribute salary of dataClass Employee")
        assert denied(reader.call("POST", "/api/employees"), 1558, "No permission to create")
        assert denied(reader.call("PUT", "/api/employees"), 1558, "No permission to update")
        assert denied(reader.call("DELETE", "/api/employees"), 1558, "No permission to drop")
        # payroll() is executable by "reader" and promotes "hr" while it runs (salary readable inside)
        assert reader.call("GET", "/api/payroll") == {"result": 2000}
        assert denied(reader.call("GET", "/api/salary"), 1558, "salary")  # the promotion ended with the function
        assert denied(reader.call("GET", "/api/payroll?what=headcount"), 1561, "method headcount")

        writer = Client(session.port)
        writer.call("POST", "/api/login", {"privileges": ["writer"]})
        assert writer.call("GET", "/api/employees") == {"result": 2}  # writer includes reader
        assert writer.call("POST", "/api/employees") == {"result": True}
        assert writer.call("PUT", "/api/employees") == {"result": True}
        assert denied(writer.call("PUT", "/api/employees?what=salary"), 1558,
                      "No permission to update the attribute salary of dataClass Employee")
        assert writer.call("GET", "/api/payroll?what=headcount") == {"result": 3}

        manager = Client(session.port)
        assert manager.call("POST", "/api/login", {"roles": ["Manager"]})["result"] == ["hr", "reader", "writer"]
        assert manager.call("PUT", "/api/employees?what=salary") == {"result": True}
        assert manager.call("GET", "/api/salary") == {"result": 1000}
        assert manager.call("DELETE", "/api/employees") == {"result": True}
        assert manager.call("GET", "/api/employees") == {"result": 2}
        assert reader.call("GET", "/api/employees") == {"result": 2}  # each session keeps its own privileges
    finally:
        session.stop()


def test_unreadable_roles_file_disables_protection_and_says_why(tmp_path, monkeypatch):
    session = start(tmp_path, monkeypatch, roles='{"privileges": [], "permissions": {"allowed": [{"type": "table"}]}}')
    try:
        guest = Client(session.port)
        assert guest.call("GET", "/api/employees") == {"result": 2}
        errors = json.loads((tmp_path / "app" / "Logs" / "Roles_Errors.json").read_text())
        assert "unknown resource type 'table'" in errors["errors"][0]["message"]
    finally:
        session.stop()
