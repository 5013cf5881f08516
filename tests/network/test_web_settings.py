"""Web server settings: settings.4DSettings, start() settings, HTTPS with a certificate pair,
wss:// on the HTTPS port, CORS, TRACE."""

from __future__ import annotations

import http.client
import json
import ssl
import subprocess
import time

from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from tests.network.harness import TIMEOUT
from tests.network.http_util import request
from tests.network.test_web_server import free_port

SETTINGS = """<?xml version="1.0" encoding="UTF-8"?><preferences stamp="1"><com.4d><web><standalone_server>
<configuration port_number="{port}" https_port_number="0" allow_ssl="{ssl}" max_sessions="7">
<hosts><host home_page="home.html" html_root="./www/" id="0" name="Default"/></hosts></configuration>
<options><web_processes max_concurrent="12"/></options>
<cors enabled="true"><domain host="http://allowed.example" methods="get;post"/><domain host="*.friends.example"/></cors>
</standalone_server></web></com.4d></preferences>
"""


def _certificate(folder) -> None:
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem"), "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True, timeout=TIMEOUT)


def test_settings_file(session, tmp_path, monkeypatch):
    monkeypatch.delenv("RUN4D_HTTP_PORT", raising=False)
    # The file's port is read, but the harness's --http-port 0 comes first.
    session.write("Settings/settings.4DSettings", SETTINGS.format(port=free_port(), ssl="false"))
    (tmp_path / "www").mkdir()
    (tmp_path / "www" / "home.html").write_text("home page", encoding="utf-8")
    session.write("main.4dm", """WEB START SERVER
var $s:=WEB Server
ALERT(JSON Stringify({port: $s.HTTPPort; sessions: $s.maxSessions; processes: $s.maxConcurrentProcesses; \\
	cors: $s.CORSEnabled; hosts: $s.CORSSettings.length; home: $s.defaultHomepage; https: $s.HTTPSEnabled}))
""")
    session.start(wait_server=False)
    line = session.out.wait_for(lambda lines: lines)[0]
    assert json.loads(line) == {"port": session.port, "sessions": 7, "processes": 12, "cors": True, "hosts": 2,
                                "home": "home.html", "https": False}
    assert request(session.port, "GET", "/").body == b"home page"  # html_root and home_page


def _connect_when_served(url: str, ctx):
    """The worker makes the WebSocket server after main.4dm's ALERT: until it has, the path is a 404."""
    deadline = time.monotonic() + TIMEOUT
    while True:
        try:
            return connect(url, ssl=ctx, open_timeout=TIMEOUT)
        except InvalidStatus:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def test_https_with_a_certificate_pair(session, tmp_path):
    _certificate(tmp_path)
    session.write("Echo.4dm", """Function onConnection($wss : Object; $event : Object) : Object
	return This
Function onMessage($ws : Object; $event : Object)
	$ws.send("secure "+$event.data)
""")
    session.write("main.4dm", """var $r:=WEB Server.start({HTTPSEnabled: True; HTTPSPort: 0})
ALERT(String($r.success)+" "+String(WEB Server.HTTPSEnabled))
CALL WORKER("w"; Formula(wss:=4D.WebSocketServer.new(cs.Echo.new(); {path: "/ws"})))
""")
    (tmp_path / "WebFolder").mkdir()
    (tmp_path / "WebFolder" / "index.html").write_text("over tls", encoding="utf-8")
    session.start()
    assert session.out.wait_for(lambda lines: lines)[0] == "True True"
    from stdlib_4d.net.web_server import SERVER

    https_port = SERVER.https_port
    assert https_port and https_port != session.port
    ctx = ssl.create_default_context(cafile=str(tmp_path / "cert.pem"))
    conn = http.client.HTTPSConnection("127.0.0.1", https_port, timeout=TIMEOUT, context=ctx)
    conn.request("GET", "/")
    answer = conn.getresponse()
    assert answer.read() == b"over tls"
    conn.request("GET", "/")  # keep-alive over TLS
    assert conn.getresponse().read() == b"over tls"
    conn.close()
    with _connect_when_served(f"wss://127.0.0.1:{https_port}/ws", ctx) as ws:
        ws.send("hi")
        assert ws.recv(TIMEOUT) == "secure hi"
    assert request(session.port, "GET", "/").body == b"over tls"  # plain HTTP still answers


def test_https_without_certificates_fails_to_start(session):
    session.write("main.4dm", """var $r:=WEB Server.start({HTTPSEnabled: True; HTTPSPort: 0})
ALERT(String($r.success)+" "+$r.errors[0].message)
""")
    session.start(wait_server=False)
    assert session.wait_exit() == 0
    assert session.out.lines[0].startswith("False HTTPS needs cert.pem and key.pem")


def test_cors(session, tmp_path):
    (tmp_path / "WebFolder").mkdir()
    (tmp_path / "WebFolder" / "data.json").write_text("{}", encoding="utf-8")
    session.write("main.4dm", """WEB Server.start({CORSEnabled: True; CORSSettings: [\\
	{host: "http://allowed.example"; methods: "get;post"}; {host: "*.friends.example"}; {methods: "get"}]})
""")
    session.start()
    port = session.port
    preflight = request(port, "OPTIONS", "/data.json", headers={
        "Origin": "http://allowed.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert preflight.status == 204
    assert preflight.getheader("Access-Control-Allow-Origin") == "http://allowed.example"
    assert "POST" in preflight.getheader("Access-Control-Allow-Methods")
    assert preflight.getheader("Access-Control-Allow-Headers") == "content-type"
    put = request(port, "OPTIONS", "/data.json", headers={"Origin": "http://allowed.example",
                                                          "Access-Control-Request-Method": "PUT"})
    assert put.status == 403  # a method the host is not allowed
    simple = request(port, "GET", "/data.json", headers={"Origin": "https://app.friends.example:8443"})
    assert simple.status == 200 and simple.getheader("Access-Control-Allow-Origin") == \
        "https://app.friends.example:8443"
    assert request(port, "GET", "/data.json", headers={"Origin": "http://evil.example"}).status == 403
    same = request(port, "GET", "/data.json", headers={"Origin": f"http://127.0.0.1:{port}"})
    assert same.status == 200  # not cross-site
    assert request(port, "GET", "/data.json").getheader("Access-Control-Allow-Origin") is None


def test_trace_only_when_enabled(session, tmp_path):
    session.write("main.4dm", "WEB Server.start({HTTPTrace: True})\n")
    session.start()
    echoed = request(session.port, "TRACE", "/x", headers={"X-Probe": "1"})
    assert echoed.status == 200 and b"TRACE /x HTTP/1.1" in echoed.body and b"X-Probe: 1" in echoed.body
