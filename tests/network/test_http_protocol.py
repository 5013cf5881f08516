"""Correct HTTP from the Web server, checked on the wire: methods, bodies, keep-alive,
pipelining, ranges, conditional requests, gzip, limits, and no way out of the WebFolder
(issue 18, items 1 to 3)."""

from __future__ import annotations

import gzip
import os
import socket

import pytest

from tests.network.harness import TIMEOUT
from tests.network.http_util import exchange, request, responses

PAGE = b"<p>" + b"hello web " * 300 + b"</p>"


@pytest.fixture
def web(session, tmp_path):
    root = tmp_path / "WebFolder"
    (root / "sub").mkdir(parents=True)
    (root / "index.html").write_bytes(PAGE)
    (root / "data.bin").write_bytes(bytes(range(256)) * 4)
    (root / "sub" / "page.txt").write_text("in sub", encoding="utf-8")
    session.write("main.4dm", "WEB START SERVER\n")
    session.start()
    return session


def test_get_and_head(web):
    full = request(web.port, "GET", "/")
    head = request(web.port, "HEAD", "/")
    assert full.status == 200 and full.body == PAGE
    assert head.status == 200 and head.body == b""
    assert head.getheader("Content-Length") == str(len(PAGE))  # what GET would send
    assert head.getheader("ETag") == full.getheader("ETag")
    # On the wire: HEAD then GET on one connection, the HEAD answer has no body bytes.
    raw = exchange(web.port, b"HEAD /sub/page.txt HTTP/1.1\r\nHost: x\r\n\r\n"
                             b"GET /sub/page.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    first, second = responses(raw, ["HEAD", "GET"])
    assert first.body == b"" and second.body == b"in sub"


@pytest.mark.parametrize("method, status", [("DELETE", 405), ("PUT", 405), ("PATCH", 405), ("TRACE", 405),
                                            ("OPTIONS", 204), ("POST", 405)])
def test_methods_on_a_static_file(web, method, status):
    response = request(web.port, method, "/sub/page.txt", body=b"x=1" if method == "POST" else None)
    assert response.status == status
    assert "GET" in response.getheader("Allow", "")
    assert b"in sub" not in response.body


def test_unusual_requests_get_a_status(web):
    cases = {
        b"FROB / HTTP/1.1\r\nHost: x\r\n\r\n": 501,  # a method nothing implements
        b"CONNECT example.org:443 HTTP/1.1\r\nHost: example.org\r\n\r\n": 405,
        b"GET / HTTP/2.0\r\nHost: x\r\n\r\n": 505,
        b"GET / HTTP/3.1\r\nHost: x\r\n\r\n": 505,
        b"GET /%ff%fe HTTP/1.1\r\nHost: x\r\n\r\n": 400,  # not UTF-8
        b"this is not http\r\n\r\n": 400,
        b"GET / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nab": 400,
    }
    for data, status in cases.items():
        raw = exchange(web.port, data)
        assert responses(raw)[0].status == status, data


def test_request_bodies_keep_the_connection_usable(web):
    # A POST with a body, a chunked GET, then a GET: three answers on one connection.
    raw = exchange(web.port,
                   b"POST /sub/page.txt HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
                   b"GET /sub/page.txt HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                   b"3\r\nabc\r\n0\r\n\r\n"
                   b"GET /sub/page.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    answers = responses(raw)
    assert [r.status for r in answers] == [405, 200, 200]
    assert answers[2].body == b"in sub"


def test_pipelined_gets_in_one_write(web):
    raw = exchange(web.port, b"GET /sub/page.txt HTTP/1.1\r\nHost: x\r\n\r\n" * 5 +
                   b"GET /data.bin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    answers = responses(raw)
    assert [r.status for r in answers] == [200] * 6
    assert [r.body for r in answers[:5]] == [b"in sub"] * 5
    assert answers[5].body == bytes(range(256)) * 4
    assert answers[0].getheader("Connection") == "keep-alive"
    assert answers[5].getheader("Connection") == "close"


def test_keep_alive_and_http_1_0(web):
    with socket.create_connection(("127.0.0.1", web.port), TIMEOUT) as sock:
        for _ in range(3):  # the same connection answers again and again
            sock.sendall(b"GET /sub/page.txt HTTP/1.1\r\nHost: x\r\n\r\n")
            data = b""
            while not data.endswith(b"in sub"):
                data += sock.recv(4096)
    raw = exchange(web.port, b"GET /sub/page.txt HTTP/1.0\r\n\r\n")  # 1.0 closes unless asked
    assert responses(raw)[0].getheader("Connection") == "close"


def test_ranges(web):
    data = bytes(range(256)) * 4
    part = request(web.port, "GET", "/data.bin", headers={"Range": "bytes=10-19"})
    assert part.status == 206 and part.body == data[10:20]
    assert part.getheader("Content-Range") == f"bytes 10-19/{len(data)}"
    tail = request(web.port, "GET", "/data.bin", headers={"Range": "bytes=-5"})
    assert tail.status == 206 and tail.body == data[-5:]
    beyond = request(web.port, "GET", "/data.bin", headers={"Range": "bytes=5000-"})
    assert beyond.status == 416 and beyond.getheader("Content-Range") == f"bytes */{len(data)}"
    several = request(web.port, "GET", "/data.bin", headers={"Range": "bytes=0-1,5-6"})
    assert several.status == 200 and several.body == data  # one range at a time: the whole file
    stale = request(web.port, "GET", "/data.bin", headers={"Range": "bytes=0-1", "If-Range": '"other"'})
    assert stale.status == 200


def test_conditional_requests(web):
    first = request(web.port, "GET", "/sub/page.txt")
    etag, modified = first.getheader("ETag"), first.getheader("Last-Modified")
    assert request(web.port, "GET", "/sub/page.txt", headers={"If-None-Match": etag}).status == 304
    again = request(web.port, "GET", "/sub/page.txt", headers={"If-Modified-Since": modified})
    assert again.status == 304 and again.body == b""
    changed = request(web.port, "GET", "/sub/page.txt", headers={"If-None-Match": '"nope"'})
    assert changed.status == 200 and changed.body == b"in sub"


def test_gzip_when_asked(web):
    plain = request(web.port, "GET", "/")
    packed = request(web.port, "GET", "/", headers={"Accept-Encoding": "gzip, deflate"})
    assert plain.getheader("Content-Encoding") is None
    assert packed.getheader("Content-Encoding") == "gzip"
    assert packed.getheader("Vary") == "Accept-Encoding"
    assert int(packed.getheader("Content-Length")) < len(PAGE)
    assert gzip.decompress(packed.body) == PAGE
    small = request(web.port, "GET", "/sub/page.txt", headers={"Accept-Encoding": "gzip"})
    assert small.getheader("Content-Encoding") is None  # under the threshold (1024 bytes)


def test_size_limits(web):
    big_header = b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 40_000 + b"\r\n\r\n"
    assert responses(exchange(web.port, big_header))[0].status == 431
    long_url = b"GET /" + b"a" * 40_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n"
    assert responses(exchange(web.port, long_url))[0].status == 414
    too_big = b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3000000\r\n\r\n"  # over maxRequestSize
    assert responses(exchange(web.port, too_big))[0].status == 413
    chunked = b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + \
        (b"100000\r\n" + b"z" * 0x100000 + b"\r\n") * 3
    assert responses(exchange(web.port, chunked))[0].status == 413


def test_no_way_out_of_the_web_folder(session, tmp_path):
    root = tmp_path / "WebFolder"
    outside = tmp_path / "outside"
    (root / "sub").mkdir(parents=True)
    (root / "linkdir").mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("SECRET", encoding="utf-8")
    (outside / "index.html").write_text("SECRET INDEX", encoding="utf-8")
    os.symlink(outside / "secret.txt", root / "sub" / "index.html")  # a symlinked index file
    os.symlink(outside / "secret.txt", root / "file.txt")  # a symlinked file
    os.symlink(outside, root / "folder")  # a symlinked folder
    os.symlink(outside / "index.html", root / "linkdir" / "index.htm")
    (root / "ok.txt").write_text("fine", encoding="utf-8")
    session.write("main.4dm", "WEB START SERVER\n")
    session.start()
    for path in ("/sub/", "/sub", "/file.txt", "/folder/secret.txt", "/folder/", "/linkdir/", "/../outside/secret.txt",
                 "/%2e%2e/outside/secret.txt", "/sub/..%2f..%2foutside/secret.txt"):
        raw = exchange(session.port, f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        answer = responses(raw)[0]
        assert answer.status in (400, 404), path
        assert b"SECRET" not in answer.body, path
    assert request(session.port, "GET", "/ok.txt").body == b"fine"


def test_slow_and_idle_clients_are_cut_off(session, tmp_path, monkeypatch):
    import time

    monkeypatch.setenv("RUN4D_HTTP_REQUEST_TIMEOUT", "0.5")
    monkeypatch.setenv("RUN4D_HTTP_KEEPALIVE_TIMEOUT", "0.5")
    (tmp_path / "WebFolder").mkdir()
    (tmp_path / "WebFolder" / "a.txt").write_text("a", encoding="utf-8")
    session.write("main.4dm", "WEB START SERVER\n")
    session.start()
    for data in (b"GET /a.txt HTTP/1.1\r\nHost: x\r\nX-Slow: ",  # a head that never ends
                 b"GET /a.txt HTTP/1.1\r\nHost: x\r\n\r\n"):  # answered, then idle
        with socket.create_connection(("127.0.0.1", session.port), TIMEOUT) as sock:
            sock.sendall(data)
            start = time.monotonic()
            received = b""
            while True:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                received += chunk
            assert time.monotonic() - start < 0.5 + TIMEOUT / 5
            assert received == b"" or received.endswith(b"\r\n\r\na")
