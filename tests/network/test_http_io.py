"""The HTTP client engine (stdlib_4d/net/http_io.py) on its own, with a real server."""

from __future__ import annotations

import gc
import threading

from stdlib_4d.net import http_io
from stdlib_4d.net.http_wire import parse_url
from tests.network.harness import TIMEOUT
from tests.network.pyhttp import PyHTTP


class Recorder:
    def __init__(self, done: threading.Event, seen: list) -> None:
        self.done, self.seen = done, seen

    def http_response(self, status, reason, headers, version) -> None:
        self.seen.append(status)

    def http_chunk(self, data) -> None:
        pass

    def http_done(self, body) -> None:
        self.seen.append(body)
        self.done.set()

    def http_failed(self, kind, detail) -> None:
        self.seen.append(kind)
        self.done.set()


def test_an_exchange_nobody_holds_still_completes():
    # asyncio keeps tasks weakly; a request whose 4D object is gone must not be collected mid-way.
    done, seen = threading.Event(), []
    with PyHTTP() as server:
        exchange = http_io.Exchange("GET", parse_url(server.url("/chunked")), [])
        http_io.start(exchange, http_io.Agent(), Recorder(done, seen))
        del exchange
        for _ in range(40):
            gc.collect()
            if done.wait(0.02):
                break
        assert done.wait(TIMEOUT)
    assert seen == [200, b"one,two,three"]


def test_an_idle_connection_closed_by_the_server_is_replaced():
    agent = http_io.Agent()
    with PyHTTP() as server:
        for path in ("/close", "/text"):
            done, seen = threading.Event(), []
            http_io.start(http_io.Exchange("GET", parse_url(server.url(path)), []), agent, Recorder(done, seen))
            assert done.wait(TIMEOUT)
            assert seen[0] == 200
    assert seen == [200, "héllo".encode()]
