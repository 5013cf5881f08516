"""The seed page's WebSocket server samples run unmodified (003 lines 50, 63, 74, 178, 276)."""

from __future__ import annotations

import pytest
from websockets.sync.client import connect

from tests import seeds
from tests.network.harness import TIMEOUT

pytestmark = pytest.mark.skipif(not seeds.available(), reason="../shared/seeds is not present")


def test_uppercase_echo(session):
    session.write("main.4dm", seeds.block("003", 50))
    session.write("myServerHandler.4dm", seeds.block("003", 63))
    session.write("myConnectionHandler.4dm", seeds.block("003", 74))
    session.start()
    with connect(session.url(), open_timeout=TIMEOUT) as ws:
        ws.send("hello")
        assert ws.recv(TIMEOUT) == "HELLO"
        ws.send("Ünïcode ok")
        assert ws.recv(TIMEOUT) == "UNICODE OK"


def test_chat_welcomes_broadcasts_and_announces(session):
    session.write("main.4dm", seeds.block("003", 50).replace("myServerHandler", "myWSServerHandler"))
    session.write("myWSServerHandler.4dm", seeds.block("003", 178))
    session.write("myConnectionHandler.4dm", seeds.block("003", 276))
    session.write("VerifyAddress.4dm", "#DECLARE($address : Text) : Boolean\nreturn $address=\"127.0.0.1\"\n")
    session.write("LogFile.4dm", "#DECLARE($text : Text)\nALERT($text)\n")
    session.start()
    session.out.wait_line("*** サーバー起動")
    with connect(session.url(), open_timeout=TIMEOUT) as a, connect(session.url(), open_timeout=TIMEOUT) as b:
        assert a.recv(TIMEOUT) == "チャットへようこそ！"
        assert b.recv(TIMEOUT) == "チャットへようこそ！"
        assert a.recv(TIMEOUT) == "新規クライアントが接続しました"
        with connect(session.url(), open_timeout=TIMEOUT) as c:
            assert c.recv(TIMEOUT) == "チャットへようこそ！"
            assert a.recv(TIMEOUT) == "新規クライアントが接続しました"
            assert b.recv(TIMEOUT) == "新規クライアントが接続しました"
            b.send("bonjour")
            assert a.recv(TIMEOUT) == "bonjour"
            assert c.recv(TIMEOUT) == "bonjour"
        assert a.recv(TIMEOUT) == "クライアント接続が切断されました"
        assert b.recv(TIMEOUT) == "クライアント接続が切断されました"
    session.stop()
    assert "*** サーバー終了" in session.out.lines
