"""Bounded memory and clean failures of the network engine (issue 18, items 4 to 7)."""

from __future__ import annotations

import os
import resource
import socket
import subprocess
import sys
import time

from websockets.client import ClientProtocol
from websockets.frames import Opcode
from websockets.uri import parse_uri

from tests.conftest import ROOT
from tests.network.harness import TIMEOUT
from tests.network.http_util import exchange, request, responses
from tests.network.pyserver import PyServer

FLOODER = """Function onConnection($wss : Object; $event : Object) : Object
	return This

Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	var $i; $sent : Integer
	For ($i; 1; 20000)
		Try
			$ws.send("x"*10000)
			$sent+=1
		Catch  // the connection was closed under us: send() says so
			$i:=20000
		End try
	End for
	ALERT("sent "+String($sent))

Function onError($ws : 4D.WebSocketConnection; $event : Object)
	ALERT("error "+String($event.errors.length)+" "+String($event.errors[0].errCode)+" "+$event.errors[0].message+\\
		" | "+$event.errors[1].message)

Function onTerminate($ws : 4D.WebSocketConnection; $event : Object)
	ALERT("terminate "+String($event.code))
"""


def _open_raw(port: int) -> tuple[socket.socket, ClientProtocol]:
    """A WebSocket client on a plain socket, so that the test decides when to read."""
    protocol = ClientProtocol(parse_uri(f"ws://127.0.0.1:{port}/"), max_size=None)
    sock = socket.create_connection(("127.0.0.1", port), TIMEOUT)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16384)
    protocol.send_request(protocol.connect())
    for chunk in protocol.data_to_send():
        sock.sendall(chunk)
    while not protocol.events_received():
        protocol.receive_data(sock.recv(4096))
    return sock, protocol


def test_a_reader_that_never_reads_is_cut_off(session, monkeypatch):
    monkeypatch.setenv("RUN4D_WS_SEND_BUFFER", str(2**20))
    session.write("Flood.4dm", FLOODER)
    session.write("main.4dm", 'CALL WORKER("w"; Formula(wss:=4D.WebSocketServer.new(cs.Flood.new())))\n')
    session.start()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sock, protocol = _open_raw(session.port)
    protocol.send_text(b"go")
    for chunk in protocol.data_to_send():
        sock.sendall(chunk)
    lines = session.out.wait_for(lambda lines: any(ln.startswith("terminate") for ln in lines))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    error = next(ln for ln in lines if ln.startswith("error"))
    assert error.startswith("error 2 -10771 The connection failed (1008): send buffer full: the peer does not read")
    lost = int(error.split("| ")[1].split(" ")[0])
    assert "terminate 1008" in lines
    # Read what reached this side: it and the undelivered messages never exceed what was sent.
    received = 0
    sock.settimeout(1.0)
    try:
        while True:
            data = sock.recv(65536)
            if not data:
                break
            protocol.receive_data(data)
            received += sum(1 for e in protocol.events_received() if getattr(e, "opcode", None) is Opcode.TEXT)
    except OSError:
        pass
    sock.close()
    sent = int(next(ln for ln in lines if ln.startswith("sent ")).split()[1])
    assert 0 < lost <= sent and received + lost <= sent
    # What was accepted but not counted lost is what sat in the kernel's buffers (a few MB at most).
    assert sent - lost - received < 700
    assert grown_mb < 150, f"the server grew by {grown_mb:.0f} MB"  # 200 MB without the bound


def test_failed_upgrades_leave_nothing_behind(session):
    session.write("Echo.4dm", "Function onConnection($wss : Object; $event : Object) : Object\n\treturn This\n")
    session.write("main.4dm", 'CALL WORKER("w"; Formula(wss:=4D.WebSocketServer.new(cs.Echo.new())))\n')
    session.start()
    from stdlib_4d.net.web_server import SERVER

    bad = b"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"  # no key
    for _ in range(300):
        assert responses(exchange(session.port, bad))[0].status == 400
    deadline = time.monotonic() + TIMEOUT
    while (SERVER.listener.connections or SERVER.listener.websockets) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not SERVER.listener.connections and not SERVER.listener.websockets


def test_running_out_of_descriptors_is_logged_once_a_second_and_recovers(tmp_path):
    (tmp_path / "WebFolder").mkdir()
    (tmp_path / "WebFolder" / "index.html").write_text("alive", encoding="utf-8")
    (tmp_path / "main.4dm").write_text("WEB START SERVER\n", encoding="utf-8")

    def low_limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))

    proc = subprocess.Popen([sys.executable, "-m", "interpreter.cli.main", str(tmp_path / "main.4dm"),
                             "--http-port", "0"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=low_limit, text=True)
    try:
        line = proc.stderr.readline()
        port = int(line.rsplit(":", 1)[1].strip(" /\n"))
        clients = []
        start = time.monotonic()
        for _ in range(150):  # far more than 64 descriptors
            try:
                clients.append(socket.create_connection(("127.0.0.1", port), TIMEOUT))
            except OSError:
                break
        time.sleep(2.5)
        for client in clients:
            client.close()
        elapsed = time.monotonic() - start
        time.sleep(1.5)  # asyncio accepts again a second after the error
        assert request(port, "GET", "/").body == b"alive"
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=TIMEOUT)
    complaints = [ln for ln in err.splitlines() if "cannot accept" in ln]
    assert complaints, err[-2000:]
    assert len(complaints) <= elapsed + 3  # at most one a second
    assert "Traceback" not in err, err[-3000:]


def test_client_receiving_an_oversized_message_reports_1009(session, monkeypatch):
    monkeypatch.setenv("RUN4D_WS_MAX_SIZE", "1000")

    async def handler(ws):
        await ws.send("y" * 5000)
        await ws.wait_closed()

    session.write("Logger.4dm", """Function onError($ws : Object; $event : Object)
	ALERT("error "+String($event.errors[0].errCode)+" "+$event.errors[0].message)
Function onTerminate($ws : Object; $event : Object)
	ALERT("terminate "+String($event.code)+" "+$event.reason)
""")
    with PyServer(handler) as server:
        session.write("main.4dm", "#DECLARE($url : Text)\nForm.ws:=4D.WebSocket.new($url; cs.Logger.new())\n")
        session.start(params=(server.url,), wait_server=False)
        assert session.wait_exit() == 0
    error, terminate = session.out.lines
    assert error.startswith("error -10771 The connection failed (1009): ")
    assert "1000" in error  # the limit is named in the reason
    assert terminate.startswith("terminate 1009 ")


def test_memory_stays_flat_over_many_requests(session, tmp_path):
    (tmp_path / "WebFolder").mkdir()
    (tmp_path / "WebFolder" / "a.txt").write_text("a", encoding="utf-8")
    session.write("main.4dm", "WEB START SERVER\n")
    session.start()
    for _ in range(50):
        exchange(session.port, b"GET /a.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    os.sched_yield()
    from stdlib_4d.net.web_server import SERVER

    deadline = time.monotonic() + TIMEOUT
    while SERVER.listener.connections and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not SERVER.listener.connections
