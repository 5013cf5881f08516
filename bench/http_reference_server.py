"""The bare reference of bench/http_server.py: samples/webapp's GET /api/notes in plain asyncio.

Usage: python bench/http_reference_server.py [--port N] [--parser httptools|h11]

An asyncio Protocol per connection, keep-alive, and the same JSON answer as
the sample's Notes.list() for the same notes; POST /api/notes adds one (as
the sample does). The parser is httptools (C, the one run4d's engine uses:
the strict comparison) or h11 (pure Python, the usual sans-I/O choice).
Prints "listening on http://127.0.0.1:PORT/" on stderr and runs until
SIGTERM or SIGINT.
"""

from __future__ import annotations

import argparse
import asyncio
import email.utils
import json
import signal
import sys

import httptools

NOTES: list[dict] = []
_date = {"second": 0, "text": ""}


def http_date() -> str:
    import time

    now = int(time.time())
    if now != _date["second"]:
        _date["second"], _date["text"] = now, email.utils.formatdate(now, usegmt=True)
    return _date["text"]


def answer(method: bytes, url: bytes, body: bytes, keep: bool) -> bytes:
    if url == b"/api/notes" and method == b"GET":
        status, data = 200, {"notes": NOTES, "count": len(NOTES)}
    elif url == b"/api/notes" and method == b"POST":
        sent = json.loads(body)
        data = {"id": len(NOTES) + 1, "text": sent["text"], "by": sent.get("by", "someone")}
        NOTES.append(data)
        status = 201
    else:
        status, data = 404, {"error": "not found"}
    payload = json.dumps(data, separators=(",", ":")).encode()
    head = (f"HTTP/1.1 {status} OK\r\nDate: {http_date()}\r\n"
            f"Content-Type: application/json; charset=utf-8\r\nServer: bare\r\n"
            f"Content-Length: {len(payload)}\r\nConnection: {'keep-alive' if keep else 'close'}\r\n\r\n")
    return head.encode() + payload


class H11Connection(asyncio.Protocol):
    def __init__(self) -> None:
        import h11

        self.h11 = h11
        self.conn = h11.Connection(h11.SERVER)

    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        h11 = self.h11
        self.conn.receive_data(data)
        while True:
            try:
                event = self.conn.next_event()
            except h11.RemoteProtocolError:
                self.transport.close()
                return
            if event is h11.NEED_DATA or event is h11.PAUSED:
                break
            if isinstance(event, h11.Request):
                self.request, self.body = event, b""
            elif isinstance(event, h11.Data):
                self.body += event.data
            elif isinstance(event, h11.EndOfMessage):
                request = self.request
                keep = not any(k == b"connection" and v.lower() == b"close" for k, v in request.headers)
                raw = answer(request.method, request.target, self.body, keep)
                head, _, payload = raw.partition(b"\r\n\r\n")
                lines = head.split(b"\r\n")
                headers = [tuple(line.split(b": ", 1)) for line in lines[1:]]
                out = self.conn.send(h11.Response(status_code=int(lines[0].split()[1]), headers=headers))
                out += self.conn.send(h11.Data(data=payload)) + self.conn.send(h11.EndOfMessage())
                self.transport.write(out)
                if self.conn.our_state is h11.MUST_CLOSE:
                    self.transport.close()
                    return
                self.conn.start_next_cycle()
            elif isinstance(event, h11.ConnectionClosed):
                self.transport.close()
                return


class Connection(asyncio.Protocol):
    def __init__(self) -> None:
        self.parser = httptools.HttpRequestParser(self)
        self.url = b""
        self.body = b""

    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError:
            self.transport.close()

    def on_message_begin(self) -> None:
        self.url, self.body = b"", b""

    def on_url(self, url: bytes) -> None:
        self.url += url

    def on_body(self, body: bytes) -> None:
        self.body += body

    def on_message_complete(self) -> None:
        keep = self.parser.should_keep_alive()
        self.transport.write(answer(self.parser.get_method(), self.url, self.body, keep))
        if not keep:
            self.transport.close()


async def main(port: int, parser: str) -> None:
    loop = asyncio.get_running_loop()
    factory = H11Connection if parser == "h11" else Connection
    server = await loop.create_server(factory, "127.0.0.1", port, backlog=1024)
    print(f"bare: listening on http://127.0.0.1:{server.sockets[0].getsockname()[1]}/", file=sys.stderr, flush=True)
    stop = loop.create_future()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: stop.done() or stop.set_result(None))
    await stop
    server.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--parser", choices=("httptools", "h11"), default="httptools")
    args = parser.parse_args()
    asyncio.run(main(args.port, args.parser))
