"""The Web server: WEB START SERVER, WEB STOP SERVER, WEB Server and where its port comes from."""

from __future__ import annotations

import http.client
import socket

import pytest

from runtime import lifecycle
from stdlib_4d.net.web_server import DEFAULT_PORT, SERVER
from tests.network.harness import TIMEOUT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_commands_and_object(session, tmp_path):
    (tmp_path / "WebFolder").mkdir()
    (tmp_path / "WebFolder" / "index.html").write_text("<p>hi</p>", encoding="utf-8")
    session.write("main.4dm", """
ALERT(String(WEB Server.isRunning))
WEB START SERVER
ALERT(String(OK)+" "+String(WEB Server.isRunning)+" "+String(WEB Server.HTTPPort>0))
ALERT(String(WEB Server.start().success))
CALL WORKER("w"; Formula(DELAY PROCESS(Current process; 3)))
""")
    session.start(wait_server=False)
    lines = session.out.wait_for(lambda lines: len(lines) >= 3)
    assert lines[:3] == ["False", "1 True True", "False"]  # starting a running server fails
    conn = http.client.HTTPConnection("127.0.0.1", SERVER.port, timeout=TIMEOUT)
    conn.request("GET", "/")
    assert conn.getresponse().read() == b"<p>hi</p>"
    assert SERVER.root_folder().endswith("WebFolder")
    # WEB START SERVER keeps the program alive until the server stops.
    session.write("stop.4dm", "")
    from runtime import scheduler

    scheduler.post(scheduler.worker("w"), lambda: SERVER.stop())
    assert session.wait_exit() == 0


def test_start_with_settings_and_stop(session):
    port = free_port()
    session.write("main.4dm", f"""
var $result : Object
$result:=WEB Server.start({{HTTPPort: {port}}})
ALERT(String($result.success)+" "+String(WEB Server.HTTPPort))
WEB Server.stop()
ALERT(String(WEB Server.isRunning))
WEB STOP SERVER
""")
    session.start(wait_server=False)
    assert session.wait_exit() == 0
    assert session.out.lines == [f"True {port}", "False"]


def test_port_already_in_use_is_an_error(session):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        session.write("main.4dm", f"""
$result:=WEB Server.start({{HTTPPort: {port}}})
ALERT(String($result.success)+" "+String($result.errors.length)+" "+String(WEB Server.isRunning))
""")
        session.start(wait_server=False)
        assert session.wait_exit() == 0
    assert session.out.lines[0] == "False 1 False"


@pytest.fixture
def clean_settings(monkeypatch):
    monkeypatch.delenv("RUN4D_HTTP_PORT", raising=False)
    saved = dict(lifecycle.settings)
    lifecycle.settings.clear()
    yield lifecycle.settings
    lifecycle.settings.clear()
    lifecycle.settings.update(saved)


def test_port_precedence(clean_settings, monkeypatch, tmp_path):
    clean_settings["root"] = str(tmp_path)
    assert SERVER.configured_port() == DEFAULT_PORT
    sources = tmp_path / "Project" / "Sources"
    sources.mkdir(parents=True)
    (sources / "settings.4DSettings").write_text(
        '<?xml version="1.0"?><preferences><com.4d><web><standalone_server>'
        '<configuration port_number="8123"><hosts><host html_root="./www/" id="0"/></hosts>'
        '</configuration></standalone_server></web></com.4d></preferences>', encoding="utf-8")
    (tmp_path / "www").mkdir()
    assert SERVER.configured_port() == 8123
    assert SERVER.root_folder() == str(tmp_path / "www")
    monkeypatch.setenv("RUN4D_HTTP_PORT", "8124")
    assert SERVER.configured_port() == 8124
    clean_settings["http_port"] = 0
    assert SERVER.configured_port() == 0
    clean_settings["web_root"] = str(tmp_path)
    assert SERVER.root_folder() == str(tmp_path)
