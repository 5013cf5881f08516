"""Raw HTTP exchanges for tests: bytes written to a socket as they are, responses parsed back.

http.client is used to parse what the server sends, so a test checks the
bytes on the wire without trusting run4d's own code. Every read is bounded.
"""

from __future__ import annotations

import http.client
import io
import socket
import time

from tests.network.harness import TIMEOUT


class _Buffer(io.BytesIO):
    def close(self) -> None:  # HTTPResponse closes its file after each answer: keep reading
        pass


class _Wire:
    """What http.client.HTTPResponse needs of a socket: one shared buffered reader."""

    def __init__(self, data: bytes) -> None:
        self.buffer = _Buffer(data)

    def makefile(self, *_args, **_kwargs):
        return self.buffer


def exchange(port: int, data: bytes, wait_close: bool = True, settle: float = 0.0,
             source: str | None = None) -> bytes:
    """Send `data` on a fresh connection; read until the server closes (or TIMEOUT)."""
    with socket.create_connection(("127.0.0.1", port), TIMEOUT,
                                  source_address=(source, 0) if source else None) as sock:
        sock.sendall(data)
        if not wait_close:
            time.sleep(settle)
        sock.settimeout(settle if not wait_close else TIMEOUT)
        chunks = []
        try:
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        except TimeoutError:
            if wait_close:
                raise AssertionError(f"the server did not close; got {b''.join(chunks)[:300]!r}") from None
        except ConnectionResetError:
            pass
        return b"".join(chunks)


def responses(raw: bytes, methods: list[str] | None = None) -> list[http.client.HTTPResponse]:
    """Parse every response in `raw` (methods: the request methods, for HEAD's bodiless answers)."""
    wire = _Wire(raw)
    out = []
    index = 0
    while wire.buffer.tell() < len(raw):
        method = methods[index] if methods and index < len(methods) else "GET"
        response = http.client.HTTPResponse(wire, method=method)
        response.begin()
        response.body = response.read()
        out.append(response)
        index += 1
    return out


def request(port: int, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
            host: str = "127.0.0.1") -> http.client.HTTPResponse:
    conn = http.client.HTTPConnection(host, port, timeout=TIMEOUT)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    response.body = response.read()
    conn.close()
    return response
