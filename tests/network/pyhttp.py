"""A small real HTTP/1.1 server (Python's http.server) for the HTTP client tests.

Routes: /text, /json, /latin1, /chunked (three pieces), /gzip, /redir/N (N
redirects, then /json), /slow (answers after `SLOW` seconds), /echo (the
request as JSON: method, headers, body), /basic and /digest (credentials
user/secret), /peer (the client's port: shows connection reuse), /close
(Connection: close). It runs on 127.0.0.1, port 0, in daemon threads.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SLOW = 3.0
REALM, NONCE = "run4d-tests", "dcd98b7102dd2f0e8b11d0f600bfb0c093"


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str | None = "text/plain; charset=utf-8",
              extra: list[tuple[str, str]] = ()) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in extra:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length", 0))
        return self.rfile.read(length) if length else b""

    def do_GET(self) -> None:
        self.server.paths.append(self.path)
        path = self.path.split("?", 1)[0]
        if path == "/text":
            self._send(200, "héllo".encode(), extra=[("X-Test", "a"), ("X-Test", "b")])
        elif path == "/json":
            self._send(200, json.dumps({"a": 1, "b": "é"}).encode(), "application/json")
        elif path == "/latin1":
            self._send(200, "café".encode("latin-1"), "text/plain; charset=ISO-8859-1")
        elif path == "/bytes":
            self._send(200, bytes(range(256)), "application/octet-stream")
        elif path == "/chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for piece in (b"one,", b"two,", b"three"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.flush()
                time.sleep(0.05)
            self.wfile.write(b"0\r\n\r\n")
        elif path == "/gzip":
            self._send(200, gzip.compress(b"zipped " * 100), "text/plain", [("Content-Encoding", "gzip")])
        elif path.startswith("/redir/"):
            n = int(path.rsplit("/", 1)[1])
            self._send(302, b"", None, [("Location", f"/redir/{n - 1}" if n > 1 else "/json")])
        elif path == "/slow":
            time.sleep(SLOW)
            self._send(200, b"late")
        elif path == "/peer":
            self._send(200, str(self.client_address[1]).encode())
        elif path == "/close":
            self.close_connection = True
            self._send(200, b"bye", extra=[("Connection", "close")])
        elif path == "/basic":
            if self.headers.get("Authorization") == "Basic dXNlcjpzZWNyZXQ=":
                self._send(200, b"welcome")
            else:
                self._send(401, b"no", extra=[("WWW-Authenticate", f'Basic realm="{REALM}"')])
        elif path == "/digest":
            self._digest()
        else:
            self._send(404, b"not found")

    def _digest(self) -> None:
        auth = self.headers.get("Authorization", "")
        if auth.startswith("Digest "):
            fields = dict(part.strip().split("=", 1) for part in auth[7:].split(","))
            fields = {k: v.strip('"') for k, v in fields.items()}
            ha1 = _md5(f"user:{REALM}:secret")
            ha2 = _md5(f"GET:{fields.get('uri')}")
            expected = _md5(f"{ha1}:{NONCE}:{fields.get('nc')}:{fields.get('cnonce')}:auth:{ha2}")
            if fields.get("response") == expected:
                self._send(200, b"digest welcome")
                return
        self._send(401, b"no", extra=[("WWW-Authenticate", f'Digest realm="{REALM}", qop="auth", '
                                                            f'nonce="{NONCE}", algorithm=MD5')])

    def do_HEAD(self) -> None:
        self.do_GET()

    def _echo(self) -> None:
        body = self._body()
        self.server.paths.append(self.path)
        headers: dict[str, str] = {}
        for name, value in self.headers.items():  # a repeated header: its values joined, as RFC 9110 allows
            headers[name.lower()] = f"{headers[name.lower()]}, {value}" if name.lower() in headers else value
        payload = {"method": self.command, "path": self.path, "body": body.decode("latin-1"), "headers": headers}
        self._send(200, json.dumps(payload).encode(), "application/json")

    do_POST = do_PUT = do_DELETE = do_PATCH = _echo


class PyHTTP:
    """`with PyHTTP() as server:` server.url("/json") ..."""

    def __enter__(self) -> PyHTTP:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.paths = []
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
