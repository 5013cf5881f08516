"""Bare `websockets` asyncio servers: the references of the WebSocket benchmarks.

Usage: python bench/ws_reference_servers.py upper|echo|chat [--port N]

upper  what samples/echo does: a greeting on open, then every message back in capitals
echo   every message back unchanged (for bench/ws_client.py)
chat   what samples/chat does: a welcome, "NAME joined" / "NAME left" notices and every
       message to every other member as {"from": NAME, "text": TEXT} (path /chat?name=NAME)

Prints "listening on http://127.0.0.1:PORT/" on stderr (the format run4d uses) and
runs until SIGTERM or SIGINT. Same connection limits as run4d's engine defaults.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
from urllib.parse import parse_qsl, urlsplit

from websockets.asyncio.server import broadcast, serve
from websockets.exceptions import ConnectionClosed

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wsbench import ENGINE_OPTS  # noqa: E402

GREETING = "Connected: every message comes back in capitals."


async def upper(ws) -> None:
    await ws.send(GREETING)
    try:
        async for message in ws:
            await ws.send(message.upper() if isinstance(message, str) else message)
    except ConnectionClosed:
        pass


async def echo(ws) -> None:
    try:
        async for message in ws:
            await ws.send(message)
    except ConnectionClosed:
        pass


class Chat:
    def __init__(self) -> None:
        self.members: dict = {}  # connection -> name, in joining order

    def others(self, ws):
        return [m for m in self.members if m is not ws]

    async def __call__(self, ws) -> None:
        query = dict(parse_qsl(urlsplit(ws.request.path).query, keep_blank_values=True))
        name = query.get("name") or "guest"
        self.members[ws] = name
        try:
            welcome = f"Welcome, {name}! {len(self.members)} member(s) here."
            await ws.send(json.dumps({"from": "room", "text": welcome}))
            broadcast(self.others(ws), json.dumps({"from": "room", "text": f"{name} joined"}))
            async for message in ws:
                broadcast(self.others(ws), json.dumps({"from": name, "text": message}))
        except ConnectionClosed:
            pass
        finally:
            self.members.pop(ws, None)
            broadcast(list(self.members), json.dumps({"from": "room", "text": f"{name} left"}))


async def main(kind: str, port: int) -> None:
    handler = {"upper": upper, "echo": echo, "chat": Chat()}[kind]
    stop = asyncio.get_running_loop().create_future()
    for sig in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(sig, lambda: stop.done() or stop.set_result(None))
    async with serve(handler, "127.0.0.1", port, **ENGINE_OPTS) as server:
        real = server.sockets[0].getsockname()[1]
        print(f"reference {kind} server listening on http://127.0.0.1:{real}/", file=sys.stderr, flush=True)
        await stop
        server.close(close_connections=False)
        for ws in list(server.connections):
            ws.transport.abort()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("kind", choices=["upper", "echo", "chat"])
    p.add_argument("--port", type=int, default=0)
    opts = p.parse_args()
    asyncio.run(main(opts.kind, opts.port))
