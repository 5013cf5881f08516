"""Drivers of the doc scenarios named in tests/run4d-docs.toml.

Each is called with a ScenarioContext (interpreter/docrun.py): it plays the
part of the network peer the page's samples talk to, runs the page's
blocks, and checks what happened. Every wait is bounded.
"""

from __future__ import annotations

import asyncio

from websockets.sync.client import connect

from tests.network.pyserver import PyServer

TIMEOUT = 10.0


def uppercase_echo(ctx) -> None:
    ctx.run_blocks()
    ctx.session.settle()
    with connect(ctx.url(), open_timeout=TIMEOUT) as ws:
        ws.send("hello")
        assert ws.recv(TIMEOUT) == "HELLO"
        ws.send("déjà vu")
        assert ws.recv(TIMEOUT) == "DEJA VU"


def chat_three_clients(ctx) -> None:
    ctx.run_blocks()
    ctx.wait_output(["*** サーバー起動"])
    welcome, joined, left = "チャットへようこそ！", "新規クライアントが接続しました", "クライアント接続が切断されました"
    with connect(ctx.url(), open_timeout=TIMEOUT) as a, connect(ctx.url(), open_timeout=TIMEOUT) as b:
        assert a.recv(TIMEOUT) == welcome
        assert b.recv(TIMEOUT) == welcome
        assert a.recv(TIMEOUT) == joined
        with connect(ctx.url(), open_timeout=TIMEOUT) as c:
            assert c.recv(TIMEOUT) == welcome
            assert a.recv(TIMEOUT) == joined and b.recv(TIMEOUT) == joined
            a.send("hello everyone")
            assert b.recv(TIMEOUT) == "hello everyone" and c.recv(TIMEOUT) == "hello everyone"
        assert a.recv(TIMEOUT) == left and b.recv(TIMEOUT) == left


async def _answer_then_close(ws) -> None:
    message = await ws.recv()
    await ws.send(f"server got: {message}")
    await ws.close()


def client_alerts(ctx) -> None:
    with PyServer(_answer_then_close) as server:
        ctx.run(f'$wssUrl:="{server.url}"')
        ctx.run_blocks()
        ctx.wait_output(["server got: Hello world", "Connection closed"])
    assert ctx.output == ["server got: Hello world", "Connection closed"]


def client_headers(ctx) -> None:
    async def close(ws) -> None:
        await asyncio.sleep(0)
        await ws.close()

    with PyServer(close) as server:
        ctx.run_blocks()
        ctx.run(f'Form.webSocket:=4D.WebSocket.new("{server.url}"; cs.WSConnectionHandler.new("token-123"))')
        ctx.session.settle()
        headers = server.requests[0].headers
    assert headers["x-authorization"] == "token-123"
    assert headers["Cookie"] == "yummy_cookie=choco; tasty_cookie=strawberry"
