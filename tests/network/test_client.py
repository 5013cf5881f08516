"""4D.WebSocket against a plain Python websockets server and against run4d's own server."""

from __future__ import annotations

import asyncio
import json
import ssl
import subprocess
import time

import pytest
from websockets.exceptions import ConnectionClosed

from tests import seeds
from tests.network.harness import TIMEOUT
from tests.network.pyserver import PyServer

# A connection handler that logs every callback with its event fields.
LOGGER = """
Class constructor($type : Text)
	If (Count parameters>0)
		This.dataType:=$type
	End if

Function onOpen($ws : 4D.WebSocket; $event : Object)
	ALERT("open "+$event.type+" "+$ws.status)

Function onMessage($ws : 4D.WebSocket; $event : Object)
	Case of
		: (Value type($event.data)=Is text)
			ALERT("message "+$event.type+" "+$event.data)
		: (OB Instance of($event.data; 4D.Blob))
			ALERT("blob "+String($event.data.size))
		Else
			ALERT("object "+JSON Stringify($event.data))
	End case

Function onError($ws : 4D.WebSocket; $event : Object)
	ALERT("error "+$event.type+" "+$event.errors[0].message)

Function onTerminate($ws : 4D.WebSocket; $event : Object)
	ALERT("terminate "+$event.type+" "+String($event.code)+" ["+$event.reason+"] "+String($event.wasClean)+" "+$ws.status)
"""


async def echo_then_close(ws):
    async for message in ws:
        if message == "quit":
            await ws.close(4000, "asked to")
            return
        await ws.send(message)


def run_client(session, body: str, params=(), handler: str = LOGGER):
    session.write("Logger.4dm", handler)
    session.write("main.4dm", "#DECLARE($url : Text)\n" + body)
    session.start(params=params, wait_server=False)


@pytest.mark.skipif(not seeds.available(), reason="../shared/seeds is not present")
def test_seed_client_alerts_messages_and_close(session):
    async def handler(ws):
        message = await ws.recv()
        await ws.send("got: " + message)
        await ws.close()

    with PyServer(handler) as server:
        session.write("WSConnectionHandler.4dm", seeds.block("001", 24))
        method = "#DECLARE($wssUrl : Text)\n" + seeds.block("001", 38) + seeds.block("001", 44)
        session.write("main.4dm", method)
        session.start(params=(server.url,), wait_server=False)
        assert session.wait_exit() == 0
    assert session.out.lines == ["got: Hello world", "Connection closed"]


@pytest.mark.skipif(not seeds.available(), reason="../shared/seeds is not present")
def test_seed_headers_reach_the_server(session):
    async def handler(ws):
        await ws.close()

    with PyServer(handler) as server:
        session.write("WSConnectionHandler.4dm", seeds.without_elision(seeds.block("001", 121)))
        session.write("main.4dm", "#DECLARE($url : Text)\n"
                      "Form.ws:=4D.WebSocket.new($url; cs.WSConnectionHandler.new(\"secret-token\"))\n")
        session.start(params=(server.url,), wait_server=False)
        assert session.wait_exit() == 0
        headers = server.requests[0].headers
    assert headers["x-authorization"] == "secret-token"
    assert headers["Cookie"] == "yummy_cookie=choco; tasty_cookie=strawberry"


def test_callbacks_order_fields_and_status(session):
    with PyServer(echo_then_close) as server:
        run_client(session, """
var $ws : 4D.WebSocket
$ws:=4D.WebSocket.new($url; cs.Logger.new())
ALERT("status "+$ws.status+" "+$ws.url+" "+String($ws.id>0)+" "+$ws.dataType)
$ws.send("one")
$ws.send("quit")
""", params=(server.url,))
        assert session.wait_exit() == 0
    assert session.out.lines == [
        f"status Connected {server.url} True text",
        "open open Connected",
        "message message one",
        "terminate terminate 4000 [asked to] True Closed",
    ]


def test_client_terminate_codes(session):
    closes = []

    async def handler(ws):
        try:
            async for _ in ws:
                pass
        except ConnectionClosed:
            pass  # a code other than 1000/1001 ends the iteration with an exception
        closes.append((ws.close_code, ws.close_reason))

    with PyServer(handler) as server:
        run_client(session, """
var $ws : 4D.WebSocket
$ws:=4D.WebSocket.new($url; cs.Logger.new())
$r:=Try($ws.terminate(2000))
ALERT(Last errors[0].message)
$ws.terminate(3001; "leaving")
ALERT("after terminate "+$ws.status)
""", params=(server.url,))
        assert session.wait_exit() == 0
        deadline = time.monotonic() + TIMEOUT
        while not closes and time.monotonic() < deadline:
            time.sleep(0.02)  # the server's handler records the close after the client ended
    lines = session.out.lines
    assert "code must be 1000 or 3000 to 4999" in lines[0]
    assert lines[1] == "after terminate Closing"
    assert lines[-1] == "terminate terminate 3001 [leaving] True Closed"
    assert closes == [(3001, "leaving")]


@pytest.mark.parametrize("data_type", ["blob", "object"])
def test_data_types_both_ways(session, data_type):
    received = []

    async def handler(ws):
        message = await ws.recv()
        received.append(message)
        await ws.send(message)
        await ws.close()

    send = "4D.Blob.new()" if data_type == "blob" else "{n: 1; list: [1; 2]}"
    with PyServer(handler) as server:
        run_client(session, f"""
$ws:=4D.WebSocket.new($url; cs.Logger.new("{data_type}"))
ALERT("dataType "+$ws.dataType)
$ws.send({send})
""", params=(server.url,))
        assert session.wait_exit() == 0
    lines = session.out.lines
    assert lines[0] == f"dataType {data_type}"
    if data_type == "blob":
        assert received == [b""] and "blob 0" in lines
    else:
        assert json.loads(received[0]) == {"n": 1, "list": [1, 2]}
        assert 'object {"n":1,"list":[1,2]}' in lines


def test_unreachable_url_returns_null_and_raises(session):
    session.write("catcher.4dm", 'ALERT("handler called")\n')
    run_client(session, """
var $ws : 4D.WebSocket
$ws:=Try(4D.WebSocket.new("ws://127.0.0.1:9/"; cs.Logger.new()))
ALERT(String($ws=Null)+" "+String(Last errors.length>0))
ALERT(Last errors[0].message)
ON ERR CALL("catcher")
$ws:=4D.WebSocket.new("ws://127.0.0.1:9/")
ALERT("resumed")
""")
    assert session.wait_exit() == 0
    lines = session.out.lines
    assert lines[0] == "True True"
    assert "cannot connect to ws://127.0.0.1:9/" in lines[1]
    assert lines[2:] == ["handler called", "resumed"]


def test_bad_url_is_an_error(session):
    run_client(session, '$ws:=4D.WebSocket.new("http://example.com/")\n')
    assert session.wait_exit() == 70
    assert "not a ws:// or wss:// URL" in session.err.text


def test_server_vanishing_gives_1006(session):
    async def handler(ws):
        await ws.send("hello")
        ws.transport.abort()

    with PyServer(handler) as server:
        run_client(session, "Form.ws:=4D.WebSocket.new($url; cs.Logger.new())\n", params=(server.url,))
        assert session.wait_exit() == 0
    assert session.out.lines[-1] == "terminate terminate 1006 [] False Closed"


def test_error_in_callback_calls_onError_once_then_terminates(session):
    handler = LOGGER.replace('ALERT("message "+$event.type+" "+$event.data)',
                             'throw(7; "cannot handle "+$event.data)')

    async def server_handler(ws):
        await ws.send("first")
        await ws.send("second")
        async for _ in ws:
            pass

    with PyServer(server_handler) as server:
        run_client(session, "Form.ws:=4D.WebSocket.new($url; cs.Logger.new())\n", params=(server.url,),
                   handler=handler)
        assert session.wait_exit() == 0
    lines = session.out.lines
    assert lines[0] == "open open Connected"
    assert lines[1] == "error error cannot handle first"
    assert lines[-1].startswith("terminate terminate 1011")
    assert sum(ln.startswith("error") for ln in lines) == 1


def test_against_run4d_server_in_the_same_program(session):
    session.write("Upper.4dm", """
Function onConnection($wss : Object; $event : Object) : Object
	return This

Function onMessage($ws : Object; $event : Object)
	$ws.send(Uppercase($event.data))
	If ($event.data="bye")
		$ws.wss.terminate()
	End if
""")
    run_client(session, """
CALL WORKER("server"; Formula(wss:=4D.WebSocketServer.new(cs.Upper.new())))
CALL WORKER("server"; Formula(ALERT("ready")))
DELAY PROCESS(Current process; 12)
Form.ws:=4D.WebSocket.new("ws://127.0.0.1:"+String(WEB Server.HTTPPort)+"/"; cs.Logger.new())
Form.ws.send("hello")
Form.ws.send("bye")
""")
    assert session.wait_exit() == 0
    lines = session.out.lines
    assert lines[:4] == ["ready", "open open Connected", "message message HELLO", "message message BYE"]
    assert lines[-1] == "terminate terminate 1001 [] True Closed"


def _self_signed(tmp_path) -> tuple[str, str]:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True,
                   timeout=TIMEOUT)
    return str(cert), str(key)


def test_wss_with_a_self_signed_certificate(session, tmp_path, monkeypatch):
    cert, key = _self_signed(tmp_path)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    with PyServer(echo_then_close, ssl_context=ctx) as server:
        assert server.url.startswith("wss://")
        # Without the CA, the certificate is refused...
        run_client(session, """
$ws:=Try(4D.WebSocket.new($url; cs.Logger.new()))
ALERT("refused "+String($ws=Null))
""", params=(server.url,))
        assert session.wait_exit() == 0
        assert session.out.lines == ["refused True"]
    monkeypatch.setenv("RUN4D_CA_FILE", cert)
    with PyServer(echo_then_close, ssl_context=ctx) as server:
        session.out.text = ""
        run_client(session, """
Form.ws:=4D.WebSocket.new($url; cs.Logger.new())
Form.ws.send("secure")
Form.ws.send("quit")
""", params=(server.url,))
        assert session.wait_exit() == 0
    assert session.out.lines == ["open open Connected", "message message secure",
                                 "terminate terminate 4000 [asked to] True Closed"]


def test_the_socket_keeps_the_program_alive_until_closed(session):
    async def handler(ws):
        await asyncio.sleep(0.5)
        await ws.send("late")
        await ws.close()

    with PyServer(handler) as server:
        run_client(session, "Form.ws:=4D.WebSocket.new($url; cs.Logger.new())\n", params=(server.url,))
        assert session.wait_exit() == 0
    assert session.out.lines == ["open open Connected", "message message late",
                                 "terminate terminate 1000 [] True Closed"]
