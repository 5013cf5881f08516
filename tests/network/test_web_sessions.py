"""Web sessions: the cookie, Session.storage across requests, privileges, OTP tokens, limits."""

from __future__ import annotations

import http.client
import json

from tests.network.harness import TIMEOUT
from tests.network.http_util import exchange, request, responses

COUNTER = """shared singleton Class constructor()

Function count($request : 4D.IncomingMessage) : Object
	Use (Session.storage)
		Session.storage.hits:=Num(Session.storage.hits)+1
	End use
	If ($request.urlQuery.grant#Null)
		Session.setPrivileges({privileges: $request.urlQuery.grant; userName: "ann"})
	End if
	If ($request.urlQuery.clear#Null)
		Session.clearPrivileges()
	End if
	return {id: Session.id; hits: Session.storage.hits; guest: Session.isGuest(); \\
		admin: Session.hasPrivilege("WebAdmin"); privileges: Session.getPrivileges(); user: Session.userName; \\
		same: WEB Get current session ID=Session.id; timeout: Session.idleTimeout; \\
		expires: Length(Session.expirationDate)}

Function otp($request : 4D.IncomingMessage) : Text
	return Session.createOTP()

Function restore($request : 4D.IncomingMessage) : Text
	return String(Session.restore($request.urlQuery.token))+" "+Session.id
"""

HANDLERS = [{"class": "Counter", "method": "count", "pattern": "count"},
            {"class": "Counter", "method": "otp", "pattern": "otp"},
            {"class": "Counter", "method": "restore", "pattern": "restore"}]


def start(session, settings: str = ""):
    session.write("HTTPHandlers.json", json.dumps(HANDLERS))
    session.write("Counter.4dm", COUNTER)
    session.write("main.4dm", f"WEB Server.start({settings or 'New object'})\n")
    session.start()


def get(port: int, path: str, cookie: str = "", source: str | None = None):
    head = f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
    if cookie:
        head += f"Cookie: {cookie}\r\n"
    answer = responses(exchange(port, (head + "\r\n").encode(), source=source))[0]
    set_cookie = answer.getheader("Set-Cookie") or ""
    return json.loads(answer.body) if answer.body.startswith(b"{") else answer.body.decode(), set_cookie


def test_cookie_and_storage(session, tmp_path):
    start(session)
    first, cookie = get(session.port, "/count")
    name = f"4DSID_{tmp_path.name}"
    assert cookie.startswith(f"{name}={first['id']};")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert first["hits"] == 1 and first["guest"] is True and first["same"] is True
    assert first["timeout"] == 60 and first["expires"] == 24
    pair = cookie.split(";")[0]
    second, again = get(session.port, "/count", pair)
    assert second["id"] == first["id"] and second["hits"] == 2 and again == ""  # no new cookie
    other, _ = get(session.port, "/count")  # no cookie: another session, its own storage
    assert other["id"] != first["id"] and other["hits"] == 1
    assert get(session.port, "/count", f"{name}=NOSUCHSESSION")[0]["hits"] == 1


def test_privileges(session):
    start(session)
    guest, cookie = get(session.port, "/count")
    pair = cookie.split(";")[0]
    admin, _ = get(session.port, "/count?grant=WebAdmin", pair)
    assert admin["guest"] is False and admin["admin"] is True and admin["user"] == "ann"
    assert admin["privileges"] == ["WebAdmin"]
    cleared, _ = get(session.port, "/count?clear=1", pair)
    assert cleared["guest"] is True and cleared["privileges"] == []


def test_privileges_follow_roles_json(session):
    session.write("roles.json", json.dumps({
        "privileges": [{"privilege": "simple", "includes": []}, {"privilege": "medium", "includes": ["simple"]}],
        "roles": [{"role": "Medium", "privileges": ["medium"]}]}))
    start(session)
    _, cookie = get(session.port, "/count")
    pair = cookie.split(";")[0]
    unknown, _ = get(session.port, "/count?grant=WebAdmin", pair)  # not declared: ignored
    assert unknown["guest"] is True
    medium, _ = get(session.port, "/count?grant=medium", pair)
    assert medium["privileges"] == ["medium", "simple"]


def test_another_address_gets_another_session(session):
    start(session)
    first, cookie = get(session.port, "/count", source="127.0.0.1")
    pair = cookie.split(";")[0]
    moved, new_cookie = get(session.port, "/count", pair, source="127.0.0.2")
    assert moved["id"] != first["id"] and new_cookie


def test_max_sessions_closes_the_oldest(session):
    start(session, "{maxSessions: 2}")
    oldest, c1 = get(session.port, "/count")
    _, c2 = get(session.port, "/count")
    newer, _ = get(session.port, "/count", c2.split(";")[0])
    _, c3 = get(session.port, "/count")  # a third session: the least recently used one goes
    assert get(session.port, "/count", c2.split(";")[0])[0]["id"] == newer["id"]
    assert get(session.port, "/count", c1.split(";")[0])[0]["id"] != oldest["id"]


def test_otp_tokens_restore_once(session):
    start(session)
    owner, cookie = get(session.port, "/count")
    token, _ = get(session.port, "/otp", cookie.split(";")[0])
    back, restored_cookie = get(session.port, f"/count?$4DSID={token}")
    assert back["id"] == owner["id"] and back["hits"] == 2  # the token brought the session back
    assert restored_cookie.startswith(cookie.split(";")[0])
    again, _ = get(session.port, f"/count?$4DSID={token}")
    assert again["id"] != owner["id"]  # used once
    token2, _ = get(session.port, "/otp", cookie.split(";")[0])
    text, _ = get(session.port, f"/restore?token={token2}")
    assert text == f"True {owner['id']}"
    assert get(session.port, "/restore?token=WRONG")[0].startswith("False ")


def test_sessions_off(session):
    start(session, "{scalableSession: False}")
    conn = http.client.HTTPConnection("127.0.0.1", session.port, timeout=TIMEOUT)
    conn.request("GET", "/count")
    response = conn.getresponse()
    assert response.status == 500 and response.getheader("Set-Cookie") is None  # Session is Null
    assert request(session.port, "GET", "/nothing").status == 404
