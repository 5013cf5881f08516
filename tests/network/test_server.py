"""4D.WebSocketServer and 4D.WebSocketConnection against real Python clients."""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

from tests.network.harness import TIMEOUT

START = 'CALL WORKER("wss"; Formula(wss:=4D.WebSocketServer.new(cs.{handler}.new(); {options})))\n'

# A WSS handler that logs its events and accepts every connection with cs.Conn.
SERVER_HANDLER = """
Function onConnection($wss : Object; $event : Object) : Object
	If ($event.request.query.deny="1")
		return Null
	End if
	return cs.Conn.new()

Function onOpen($wss : Object; $event : Object)
	ALERT("wss "+$event.type)

Function onTerminate($wss : Object; $event : Object)
	ALERT("wss "+$event.type+" "+String($wss.terminated))
"""

# A connection handler that logs every event and answers a few commands.
CONN_HANDLER = """
Function onOpen($ws : 4D.WebSocketConnection; $event : Object)
	ALERT("open "+$event.type+" "+$ws.status)

Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	var $text : Text
	$text:=String($event.data)
	Case of
		: ($text="close4005")
			$ws.terminate(4005; "custom reason")
		: ($text="close1000")
			$ws.terminate(1000; "not sent")
		: ($text="boom")
			throw(42; "the handler failed")
		: ($text="count")
			$ws.send(String($ws.wss.connections.length))
		Else
			$ws.send("echo "+$text)
	End case

Function onTerminate($ws : 4D.WebSocketConnection; $event : Object)
	ALERT("terminate "+$event.type+" "+String($event.code)+" "+String($event.reason)+" "+$ws.status)

Function onError($ws : 4D.WebSocketConnection; $event : Object)
	ALERT("error "+$event.type+" "+$event.errors[0].message)
"""


def start(session, options: str = "New object", handler: str = "Server"):
    session.write("Server.4dm", SERVER_HANDLER)
    session.write("Conn.4dm", CONN_HANDLER)
    session.write("main.4dm", START.format(handler=handler, options=options))
    session.start()
    session.out.wait_line("wss open")


def close_code(ws) -> int:
    try:
        ws.recv(TIMEOUT)
    except ConnectionClosed as e:
        return e.rcvd.code if e.rcvd else 1006
    raise AssertionError("the connection stayed open")


def test_request_object(session):
    session.write("Server.4dm", """
Function onConnection($wss : Object; $event : Object) : Object
	var $r : Object
	$r:=$event.request
	ALERT($event.type+"|"+$r.url+"|"+$r.query.name+"|"+$r.headers["X-Custom"]+"|"+$r.remoteAddress)
	ALERT(JSON Stringify($r.headers["X-Many"]))
	return cs.Conn.new()
""")
    session.write("Conn.4dm", CONN_HANDLER)
    session.write("main.4dm", START.format(handler="Server", options="New object"))
    session.start()
    headers = [("X-Custom", "abc"), ("X-Many", "1"), ("X-Many", "2")]
    with connect(session.url("/status?name=ryan"), additional_headers=headers, open_timeout=TIMEOUT) as ws:
        ws.send("hi")
        assert ws.recv(TIMEOUT) == "echo hi"
    lines = session.out.wait_count(3)
    assert lines[0] == "connection|/status?name=ryan|ryan|abc|127.0.0.1"
    assert lines[1] == '["1","2"]'


def test_callbacks_in_order_with_event_fields(session):
    start(session)
    with connect(session.url(), open_timeout=TIMEOUT) as ws:
        ws.send("one")
        assert ws.recv(TIMEOUT) == "echo one"
        ws.close(4001, "bye now")
    lines = session.out.wait_line("terminate terminate 4001 bye now Closed")
    assert lines == ["wss open", "open open Connected", "terminate terminate 4001 bye now Closed"]


def test_terminate_defaults_1005_and_1006(session):
    start(session)
    with connect(session.url(), open_timeout=TIMEOUT) as ws:
        ws.close(None)  # a close frame without a code
    session.out.wait_line("terminate terminate 1005  Closed")
    raw = connect(session.url(), open_timeout=TIMEOUT)
    raw.socket.shutdown(socket.SHUT_RDWR)  # the client vanishes without a close frame
    raw.socket.close()
    session.out.wait_line("terminate terminate 1006  Closed")


def test_refused_connection(session):
    start(session)
    with connect(session.url("/?deny=1"), open_timeout=TIMEOUT) as ws:
        assert close_code(ws) == 1008
    with connect(session.url(), open_timeout=TIMEOUT) as ws:
        ws.send("still works")
        assert ws.recv(TIMEOUT) == "echo still works"


def test_connection_terminate_codes(session):
    start(session)
    with connect(session.url(), open_timeout=TIMEOUT) as ws:
        ws.send("close4005")
        with pytest.raises(ConnectionClosed) as info:
            ws.recv(TIMEOUT)
        assert (info.value.rcvd.code, info.value.rcvd.reason) == (4005, "custom reason")
    with connect(session.url(), open_timeout=TIMEOUT) as ws:
        ws.send("close1000")
        with pytest.raises(ConnectionClosed) as info:
            ws.recv(TIMEOUT)
        assert (info.value.rcvd.code, info.value.rcvd.reason) == (1000, "")


def test_connections_ids_and_leaving(session):
    start(session)
    with connect(session.url(), open_timeout=TIMEOUT) as a, connect(session.url(), open_timeout=TIMEOUT) as b:
        a.send("count")
        b.send("count")
        assert a.recv(TIMEOUT) == "2" and b.recv(TIMEOUT) == "2"
    session.out.wait_for(lambda lines: sum(ln.startswith("terminate") for ln in lines) == 2)
    with connect(session.url(), open_timeout=TIMEOUT) as c:
        c.send("count")
        assert c.recv(TIMEOUT) == "1"


def test_error_in_callback_goes_to_onError(session):
    start(session)
    with connect(session.url(), open_timeout=TIMEOUT) as a, connect(session.url(), open_timeout=TIMEOUT) as b:
        a.send("boom")
        session.out.wait_line("error error the handler failed")
        a.send("after")
        assert a.recv(TIMEOUT) == "echo after"
        b.send("other")
        assert b.recv(TIMEOUT) == "echo other"
    assert "the handler failed" in session.err.text


@pytest.mark.parametrize("data_type", ["blob", "object"])
def test_data_types(session, data_type):
    session.write("Server.4dm", SERVER_HANDLER)
    session.write("Conn.4dm", """
Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	Case of
		: ($ws.wss.dataType="blob")
			ALERT("blob "+String($event.data.size))
			$ws.send($event.data)
		: ($ws.wss.dataType="object")
			ALERT("object "+String($event.data.n))
			$ws.send({got: $event.data.n+1})
	End case
""")
    session.write("main.4dm", START.format(handler="Server", options=f'New object("dataType"; "{data_type}")'))
    session.start()
    session.out.wait_line("wss open")
    with connect(session.url(), open_timeout=TIMEOUT) as ws:
        if data_type == "blob":
            ws.send(b"\x00\x01\x02")
            assert ws.recv(TIMEOUT) == b"\x00\x01\x02"
            session.out.wait_line("blob 3")
        else:
            ws.send(json.dumps({"n": 41}))
            assert json.loads(ws.recv(TIMEOUT)) == {"got": 42}
            session.out.wait_line("object 41")


def test_path_routing(session):
    session.write("Echo.4dm", """
Class constructor($prefix : Text)
	This.prefix:=$prefix

Function onConnection($wss : Object; $event : Object) : Object
	return This

Function onMessage($ws : Object; $event : Object)
	$ws.send(This.prefix+$event.data)
""")
    session.write("main.4dm", """
CALL WORKER("w"; Formula(a:=4D.WebSocketServer.new(cs.Echo.new("a:"); {path: "/a"})))
CALL WORKER("w"; Formula(b:=4D.WebSocketServer.new(cs.Echo.new("b:"); {path: "/b"})))
CALL WORKER("w"; Formula(ALERT("paths "+a.path+" "+b.path)))
""")
    session.start()
    session.out.wait_line("paths /a /b")
    for path, prefix in (("/a", "a:"), ("/b", "b:"), ("/b?x=1", "b:")):
        with connect(session.url(path), open_timeout=TIMEOUT) as ws:
            ws.send("x")
            assert ws.recv(TIMEOUT) == prefix + "x"
    with pytest.raises(InvalidStatus) as info:
        connect(session.url("/nowhere"), open_timeout=TIMEOUT)
    assert info.value.response.status_code == 404


def test_server_terminate_closes_everything(session):
    start(session)
    with connect(session.url(), open_timeout=TIMEOUT) as ws:
        ws.send("hi")
        assert ws.recv(TIMEOUT) == "echo hi"
        _call_worker(session, "Formula(wss.terminate())")
        assert close_code(ws) == 1001
    session.out.wait_line("wss terminate True")
    assert session.wait_exit() == 0


def test_server_terminate_zero_drops_at_once(session):
    start(session)
    with connect(session.url(), open_timeout=TIMEOUT) as ws:
        ws.send("hi")
        assert ws.recv(TIMEOUT) == "echo hi"
        _call_worker(session, "Formula(wss.terminate(0))")
        assert close_code(ws) == 1006
    session.out.wait_line("wss terminate True")


def test_invalid_utf8_and_oversized_frames(session, monkeypatch):
    monkeypatch.setenv("RUN4D_WS_MAX_SIZE", "1000")
    start(session)
    with connect(session.url(), open_timeout=TIMEOUT) as ws:
        ws.send(b"\xff\xfe", text=True)
        assert close_code(ws) == 1007
    with connect(session.url(), open_timeout=TIMEOUT) as ws:
        ws.send("x" * 5000)
        assert close_code(ws) == 1009
    with connect(session.url(), open_timeout=TIMEOUT) as ws:
        ws.send("fine")
        assert ws.recv(TIMEOUT) == "echo fine"


def test_a_slow_client_does_not_slow_the_others(session):
    session.write("Server.4dm", SERVER_HANDLER)
    session.write("Conn.4dm", """
Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	var $i : Integer
	If ($event.data="flood")
		For ($i; 1; 400)
			$ws.send("x"*10000)
		End for
	Else
		$ws.send("echo "+$event.data)
	End if
""")
    session.write("main.4dm", START.format(handler="Server", options="New object"))
    session.start()
    session.out.wait_line("wss open")
    with connect(session.url(), open_timeout=TIMEOUT, max_queue=1, close_timeout=0.5) as slow, \
            connect(session.url(), open_timeout=TIMEOUT) as fast:
        slow.send("flood")  # and never read: 4 MB pile up for this client only
        time.sleep(0.3)
        for i in range(20):
            fast.send(str(i))
            assert fast.recv(TIMEOUT) == f"echo {i}"


def _call_worker(session, formula: str) -> None:
    """Post a formula to the server's worker from outside (as another 4D process would)."""
    from runtime import scheduler

    proc = scheduler.worker("wss", create=False)
    program_formula = session_formula(formula)
    scheduler.post(proc, program_formula)


def session_formula(source: str):
    from runtime import hooks

    inner = source.removeprefix("Formula(").removesuffix(")")
    fn = hooks.compile_formula(inner)
    return lambda: fn.py(None)


def test_concurrent_clients(session):
    start(session)
    errors: list[BaseException] = []

    def client(n: int) -> None:
        try:
            with connect(session.url(), open_timeout=TIMEOUT) as ws:
                for i in range(20):
                    ws.send(f"{n}-{i}")
                    assert ws.recv(TIMEOUT) == f"echo {n}-{i}"
        except BaseException as e:  # reported below
            errors.append(e)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(TIMEOUT * 2)
    assert not errors


def test_a_crowd_joining_at_once_sees_only_opened_connections(session):
    # Each accepted connection joins `connections` and opens in one step: a broadcast from
    # onOpen never meets a connection that cannot send yet, and the counts add up exactly.
    session.write("Server.4dm", """
Function onConnection($wss : Object; $event : Object) : Object
	return cs.Member.new()
""")
    session.write("Member.4dm", """
Function onOpen($ws : 4D.WebSocketConnection; $event : Object)
	var $other : Object
	$ws.send("welcome "+String($ws.wss.connections.length))
	For each ($other; $ws.wss.connections)
		If ($other.id#$ws.id)
			$other.send("joined")
		End if
	End for each

Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
""")
    session.write("main.4dm", START.format(handler="Server", options="New object"))
    session.start()
    crowd = 40
    barrier = threading.Barrier(crowd)
    seen: dict[int, int] = {}
    errors: list[BaseException] = []

    def member() -> None:
        try:
            with connect(session.url(), open_timeout=TIMEOUT) as ws:
                barrier.wait(TIMEOUT)
                rank = int(ws.recv(TIMEOUT).split()[1])
                for _ in range(crowd - rank):  # everyone who arrives later says so
                    assert ws.recv(TIMEOUT) == "joined"
                seen[rank] = rank
                barrier.wait(TIMEOUT)  # stay until the last one has counted
        except BaseException as e:  # reported below
            errors.append(e)

    threads = [threading.Thread(target=member) for _ in range(crowd)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(TIMEOUT * 3)
    assert not errors, errors[:3]
    assert sorted(seen) == list(range(1, crowd + 1))
    assert "error" not in session.err.text


def test_events_keep_running_while_a_callback_waits(session):
    # Messages arriving in a burst are one mailbox entry; a callback that waits still lets
    # the ones after it run meanwhile, in their order, as 4D's waiting processes do.
    session.write("Server.4dm", """
Function onConnection($wss : Object; $event : Object) : Object
	return cs.Waiter.new()
""")
    session.write("Waiter.4dm", """
Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	If ($event.data="wait")
		DELAY PROCESS(Current process; 20)
		ALERT("after wait")
	Else
		ALERT("got "+$event.data)
	End if
""")
    session.write("main.4dm", START.format(handler="Server", options="New object"))
    session.start()
    with connect(session.url(), open_timeout=TIMEOUT) as ws:
        for text in ("wait", "a", "b", "c"):
            ws.send(text)
        lines = session.out.wait_line("after wait")
    assert lines == ["got a", "got b", "got c", "after wait"]
