"""WEB Get server info: the running server's state, with real requests on 127.0.0.1."""

from __future__ import annotations

import json

from tests.network.http_util import request


def test_server_info_counts_requests_and_gives_the_options(session, tmp_path):
    (tmp_path / "WebFolder").mkdir()
    (tmp_path / "WebFolder" / "index.html").write_text("hi", encoding="utf-8")
    session.write("info.4dm", "//%attributes = {\"publishedWeb\":true}\nWEB SEND TEXT(JSON Stringify(WEB Get server info(True)))\n")
    session.write("main.4dm", "WEB START SERVER\n")
    session.start()
    for _ in range(3):
        assert request(session.port, "GET", "/").status == 200
    info = json.loads(request(session.port, "GET", "/4DACTION/info").body)
    assert info["started"] is True and info["SOAPServerStarted"] is False
    assert info["httpRequestCount"] == 4  # the three GETs and this one
    assert info["startMode"] == "manual"
    assert info["options"]["webPortID"] == session.port
    assert info["options"]["webCharacterSet"] == "UTF-8"
    assert info["options"]["webIPAddressToListen"] == ["127.0.0.1"]
    assert info["security"]["HTTPEnabled"] is True and info["security"]["HTTPSEnabled"] is False
    assert info["security"]["openSSLVersion"].startswith("OpenSSL")
    assert info["cache"]["enabled"] is False and info["cache"]["cachedObjects"] == []
    assert info["uptime"] >= 0
