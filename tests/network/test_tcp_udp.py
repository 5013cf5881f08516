"""4D.TCPConnection, 4D.TCPListener and 4D.UDPSocket talking with Python sockets on 127.0.0.1."""

from __future__ import annotations

import socket
import threading

from tests.network.harness import TIMEOUT

CLIENT = """
Class constructor($text : Text)
	This.text:=$text

Function onConnection($c : 4D.TCPConnection; $e : 4D.TCPEvent)
	ALERT("connection "+$e.type+" "+$e.address+" "+String($c.port=$e.port))
	var $b : Blob
	TEXT TO BLOB(This.text; $b; UTF8 text without length)
	$c.send($b)
	$c.shutdown()

Function onData($c : 4D.TCPConnection; $e : 4D.TCPEvent)
	ALERT("data "+$e.type+" "+BLOB to text($e.data; UTF8 text without length))

Function onShutdown($c : 4D.TCPConnection; $e : 4D.TCPEvent)
	ALERT("shutdown "+$e.type+" "+String($c.closed))

Function onError($c : 4D.TCPConnection; $e : 4D.TCPEvent)
	ALERT("error "+$e.type+" "+String($c.errors[0].errCode))

Function onTerminate($c : 4D.TCPConnection; $e : 4D.TCPEvent)
	ALERT("terminate "+$e.type)
"""


class EchoServer:
    """A TCP server that upper-cases what it reads until the client half-closes, then closes."""

    def __enter__(self) -> EchoServer:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(TIMEOUT)
        self.received = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()
        return self

    def _serve(self) -> None:
        try:
            conn, _ = self.sock.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(TIMEOUT)
            data = b""
            while chunk := conn.recv(4096):
                data += chunk
            self.received.append(data)
            conn.sendall(data.upper())

    @property
    def port(self) -> int:
        return self.sock.getsockname()[1]

    def __exit__(self, *exc) -> None:
        self.sock.close()
        self.thread.join(TIMEOUT)


def run(session, body: str, params=(), files: dict | None = None) -> list[str]:
    for name, text in (files or {}).items():
        session.write(name, text)
    session.write("main.4dm", body)
    session.start(params=params, wait_server=False)
    assert session.wait_exit() == 0, session.err.text
    return session.out.lines


def test_tcp_echo_with_a_python_server(session):
    with EchoServer() as server:
        lines = run(session, """
#DECLARE($port : Text)
var $c : 4D.TCPConnection
$c:=4D.TCPConnection.new("127.0.0.1"; Num($port); cs.Client.new("hello tcp"))
$c.wait(10)
ALERT(String($c.closed)+" "+$c.address+" "+String($c.noDelay)+" "+String($c.errors.length))
""", params=(str(server.port),), files={"Client.4dm": CLIENT})
    assert server.received == [b"hello tcp"]
    assert lines == ["connection connection 127.0.0.1 True", "data data HELLO TCP", "shutdown close True",
                     "terminate terminate", "True 127.0.0.1 False 0"]


def test_tcp_connection_refused(session):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        lines = run(session, """
#DECLARE($port : Text)
var $c : 4D.TCPConnection
$c:=4D.TCPConnection.new("127.0.0.1"; Num($port); cs.Client.new("x"))
$c.wait(10)
ALERT($c.errors[0].message)
""", params=(str(port),), files={"Client.4dm": CLIENT})
    assert lines == ["error error -10760", "terminate terminate", f"connection refused by 127.0.0.1:{port}"]


def test_a_connection_nobody_refers_to_is_closed(session):
    with EchoServer() as server:
        lines = run(session, """
#DECLARE($port : Text)
var $c : 4D.TCPConnection
var $b : Blob
$c:=4D.TCPConnection.new("127.0.0.1"; Num($port))
TEXT TO BLOB("sent before release"; $b; UTF8 text without length)
$c.send($b)
$c:=Null
ALERT("released")
""", params=(str(server.port),))
        server.thread.join(TIMEOUT)
    assert lines == ["released"]
    assert server.received == [b"sent before release"]


LISTENER = """
Function onConnection($l : 4D.TCPListener; $e : 4D.TCPEvent) : Object
	ALERT("listener "+$e.type+" "+$e.address)
	If (Form.refused=Null)
		Form.refused:=True
		return Null
	End if
	return cs.Answer.new($l)

Function onTerminate($l : 4D.TCPListener; $e : 4D.TCPEvent)
	ALERT("listener terminate")
"""

ANSWER = """
Class constructor($l : 4D.TCPListener)
	This.listener:=$l

Function onConnection($c : 4D.TCPConnection; $e : 4D.TCPEvent)
	ALERT("accepted "+String($c.listener=This.listener))

Function onData($c : 4D.TCPConnection; $e : 4D.TCPEvent)
	var $b : Blob
	TEXT TO BLOB("echo:"+BLOB to text($e.data; UTF8 text without length); $b; UTF8 text without length)
	$c.send($b)
	$c.shutdown()

Function onShutdown($c : 4D.TCPConnection; $e : 4D.TCPEvent)
	ALERT("closed")
	This.listener.terminate()
"""


def test_tcp_listener_serves_a_python_client(session):
    session.write("Server.4dm", LISTENER)
    session.write("Answer.4dm", ANSWER)
    session.write("main.4dm", """
CALL WORKER("srv"; Formula(Form.l:=4D.TCPListener.new(0; cs.Server.new())))
CALL WORKER("srv"; Formula(LOG EVENT(Into system standard outputs; "port "+String(Form.l.port))))
""")
    session.start(wait_server=False)
    session.out.wait_for(lambda lines: any(line.startswith("port ") for line in lines))
    port = int(next(line for line in session.out.lines if line.startswith("port ")).split()[1])
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as refused:
        assert refused.recv(100) == b""
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as client:
        client.sendall(b"hi")
        received = b""
        while chunk := client.recv(100):
            received += chunk
    assert received == b"echo:hi"
    assert session.wait_exit() == 0, session.err.text
    assert session.out.lines[1:] == ["listener connection 127.0.0.1", "listener connection 127.0.0.1",
                                     "accepted True", "closed", "listener terminate"]


UDP = """
Function onData($s : 4D.UDPSocket; $e : 4D.UDPEvent)
	ALERT("udp "+$e.type+" "+BLOB to text($e.data; UTF8 text without length)+" from "+$e.address+" "+String($e.port))
	Form.udp:=Null

Function onTerminate($s : 4D.UDPSocket; $e : 4D.UDPEvent)
	ALERT("udp "+$e.type)
"""


def test_udp_echo_with_a_python_socket(session):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as peer:
        peer.bind(("127.0.0.1", 0))
        peer.settimeout(TIMEOUT)
        peer_port = peer.getsockname()[1]

        def echo() -> None:
            data, address = peer.recvfrom(4096)
            peer.sendto(data.upper(), address)

        thread = threading.Thread(target=echo, daemon=True)
        thread.start()
        lines = run(session, """
#DECLARE($port : Text)
var $b : Blob
Form.udp:=4D.UDPSocket.new(cs.Udp.new())
TEXT TO BLOB("hello udp"; $b; UTF8 text without length)
Form.udp.send($b; "127.0.0.1"; Num($port))
ALERT("bound "+String(Form.udp.port>0))
""", params=(str(peer.getsockname()[1]),), files={"Udp.4dm": UDP})
        thread.join(TIMEOUT)
    assert lines == ["bound True", f"udp data HELLO UDP from 127.0.0.1 {peer_port}", "udp terminate"]


def test_udp_socket_receives_from_python(session):
    session.write("Udp.4dm", UDP)
    session.write("main.4dm", """
CALL WORKER("u"; Formula(Form.udp:=4D.UDPSocket.new(0; cs.Udp.new())))
CALL WORKER("u"; Formula(LOG EVENT(Into system standard outputs; "port "+String(Form.udp.port))))
""")
    session.start(wait_server=False)
    session.out.wait_for(lambda lines: any(line.startswith("port ") for line in lines))
    port = int(session.out.lines[0].split()[1])
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        sender.sendto(b"ping", ("127.0.0.1", port))
        assert session.wait_exit() == 0, session.err.text
        assert session.out.lines[1:] == [f"udp data ping from 127.0.0.1 {sender.getsockname()[1]}", "udp terminate"]
