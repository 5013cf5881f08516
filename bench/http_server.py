"""Benchmark: a 4D HTTP request handler returning JSON against a bare asyncio HTTP server.

Usage: python bench/http_server.py [--rounds R] [--clients C] [--requests N] [--notes K]
                                  [--parser httptools|h11]

The 4D side is samples/webapp (`run4d samples/webapp/webapp.4dm --http-port 0`):
GET /api/notes runs Notes.list() in a web process (a shared singleton's
function receiving a 4D.IncomingMessage and returning a 4D.OutgoingMessage
with a JSON body). The reference is bench/http_reference_server.py: the same
answer from a plain asyncio Protocol, with the parser run4d uses (httptools,
the default: the strict comparison) or h11 (--parser h11: pure Python). Both
get K notes first (POST /api/notes). This process then drives C keep-alive
connections, each sending GET /api/notes and reading the answer (sending back
the session cookie it got, as a browser does), N requests in all, and checks
every body. The servers alternate within each round (R rounds,
default 3); the report gives every round and the medians: requests/s, the
ratio 4D/bare (target >= 0.7), and each server's CPU time per request.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wsbench  # noqa: E402

TIMEOUT = 120.0


async def _one_request(reader, writer, request: bytes, cookies: dict | None = None) -> bytes:
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line[:15].lower() == b"content-length:":
            length = int(line[15:])
        elif cookies is not None and line[:11].lower() == b"set-cookie:":
            cookies["cookie"] = line[11:].split(b";")[0].strip()
    return await reader.readexactly(length)


async def seed(port: int, notes: int) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for i in range(notes):
        body = json.dumps({"text": f"note number {i}", "by": "bench"}).encode()
        await _one_request(reader, writer, b"POST /api/notes HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                           b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    expected = await _one_request(reader, writer, b"GET /api/notes HTTP/1.1\r\nHost: x\r\n\r\n")
    writer.close()
    return expected


async def load(port: int, clients: int, total: int, expected: bytes) -> float:
    """C connections share N GET requests; returns requests/s."""
    request = b"GET /api/notes HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    left = [total]
    bad = []

    async def client() -> None:
        # Like a browser: the session cookie the server sets is sent back.
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        cookies: dict = {}
        while left[0] > 0:
            left[0] -= 1
            cookie = cookies.get("cookie")
            sent = request if cookie is None else request[:-2] + b"Cookie: " + cookie + b"\r\n\r\n"
            body = await _one_request(reader, writer, sent, cookies)
            if body != expected:
                bad.append(body)
        writer.close()

    start = time.perf_counter()
    await asyncio.wait_for(asyncio.gather(*(client() for _ in range(clients))), TIMEOUT)
    elapsed = time.perf_counter() - start
    if bad:
        raise AssertionError(f"{len(bad)} wrong answers, first: {bad[0][:200]!r}")
    return total / elapsed


def measure(server, clients: int, total: int, expected: bytes) -> tuple[float, float]:
    cpu0 = server.cpu()
    rate = asyncio.run(load(server.port, clients, total, expected))
    return rate, (server.cpu() - cpu0) / total * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=10000)
    parser.add_argument("--notes", type=int, default=3)
    parser.add_argument("--parser", choices=("httptools", "h11"), default="httptools")
    opts = parser.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    four_d = wsbench.run4d_server(os.path.join("samples", "webapp", "webapp.4dm"))
    bare = wsbench.ServerProc("bare", [wsbench.PY, os.path.join(here, "http_reference_server.py"),
                                       "--parser", opts.parser])
    try:
        expected = asyncio.run(seed(four_d.port, opts.notes))
        if asyncio.run(seed(bare.port, opts.notes)) != expected:
            raise AssertionError("the two servers do not give the same answer")
        print(f"4D server   : run4d samples/webapp/webapp.4dm (pid {four_d.pid}, port {four_d.port})")
        print(f"bare server : asyncio + {opts.parser} (pid {bare.pid}, port {bare.port})")
        print(f"load        : {opts.clients} keep-alive clients, {opts.requests} GET /api/notes "
              f"({len(expected)}-byte JSON), {opts.rounds} rounds\n")
        measure(four_d, opts.clients, 500, expected)  # warm up both
        measure(bare, opts.clients, 500, expected)
        rows = []
        for r in range(1, opts.rounds + 1):
            order = [("4D", four_d), ("bare", bare)] if r % 2 else [("bare", bare), ("4D", four_d)]
            got = {name: measure(server, opts.clients, opts.requests, expected) for name, server in order}
            ratio = got["4D"][0] / got["bare"][0]
            rows.append((got["4D"], got["bare"], ratio))
            print(f"round {r}: 4D {got['4D'][0]:9,.0f} req/s ({got['4D'][1]:5.1f} us CPU/req)   "
                  f"bare {got['bare'][0]:9,.0f} req/s ({got['bare'][1]:5.1f} us CPU/req)   ratio {ratio:.2f}")
        ratios = [row[2] for row in rows]
        cpu_ratios = [row[0][1] / row[1][1] for row in rows]
        print(f"\nratio 4D/bare requests/s: min {min(ratios):.2f} median {statistics.median(ratios):.2f} "
              f"max {max(ratios):.2f}  (target >= 0.70): {'MET' if statistics.median(ratios) >= 0.7 else 'NOT MET'}")
        print(f"server CPU per request 4D/bare: min {min(cpu_ratios):.2f} median {statistics.median(cpu_ratios):.2f} "
              f"max {max(cpu_ratios):.2f}")
    finally:
        four_d.stop()
        bare.stop()


if __name__ == "__main__":
    main()
