"""WEB SEND RAW DATA, WEB SET OPTION / WEB GET OPTION and the small Web server queries, with real sockets.

On Web Connection answers each URL with one use of the command; the bytes on
the wire are read with raw sockets (chunked encoding checked as sent) and
parsed with http.client. Every read is bounded.
"""

from __future__ import annotations

import re
import socket
import time

from tests.network.harness import TIMEOUT
from tests.network.http_util import exchange, request, responses

ON_WEB_CONNECTION = """#DECLARE($url : Text; $header : Text)
var $b : Blob
var $i : Integer
Case of
	: ($url="/raw")
		TEXT TO BLOB("HTTP/1.1 201 Made\\r\\nContent-Type: text/plain\\r\\nX-Raw: yes\\r\\n\\r\\nraw body"; $b; UTF8 text without length)
		WEB SEND RAW DATA($b)
	: ($url="/location")
		TEXT TO BLOB("Location: /elsewhere\\r\\n\\r\\n"; $b; UTF8 text without length)
		WEB SEND RAW DATA($b)
	: ($url="/bodyonly")
		TEXT TO BLOB("just a body"; $b; UTF8 text without length)
		WEB SEND RAW DATA($b)
	: ($url="/twice")
		TEXT TO BLOB("HTTP/1.1 200 OK\\r\\nContent-Type: text/plain\\r\\n\\r\\nfirst,"; $b; UTF8 text without length)
		WEB SEND RAW DATA($b)
		TEXT TO BLOB("second"; $b; UTF8 text without length)
		WEB SEND RAW DATA($b)
	: ($url="/chunked")
		For ($i; 1; 5)
			TEXT TO BLOB("["+String($i)+"]"; $b; UTF8 text without length)
			WEB SEND RAW DATA($b; *)
		End for
	: ($url="/chunkedhead")
		TEXT TO BLOB("HTTP/1.1 200 OK\\r\\nContent-Type: text/plain\\r\\n\\r\\nstart;"; $b; UTF8 text without length)
		WEB SEND RAW DATA($b; *)
		DELAY PROCESS(Current process; 30)
		TEXT TO BLOB("later"; $b; UTF8 text without length)
		WEB SEND RAW DATA($b)
	: ($url="/secured")
		WEB SEND TEXT(String(WEB Is secured connection)+" "+String(WEB Is server running))
	: ($url="/log/@")
		WEB SET OPTION(Web log recording; Num(Substring($url; 6)))
		WEB SEND TEXT("log "+Substring($url; 6))
	: ($url="/options")
		var $check : Integer
		WEB GET OPTION(Web session enable IP address validation; $check)
		WEB SEND TEXT(String($check))
End case
"""


def start(session, main: str = "WEB START SERVER\n"):
    session.write("DatabaseMethods/onWebConnection.4dm", ON_WEB_CONNECTION)
    session.write("main.4dm", main)
    session.start()


def test_raw_data_is_the_whole_answer(session):
    start(session)
    raw = request(session.port, "GET", "/raw")
    assert (raw.status, raw.body, raw.getheader("X-Raw"), raw.getheader("Content-Type")) == \
        (201, b"raw body", "yes", "text/plain")
    assert raw.getheader("Content-Length") == "8"  # completed by the server
    moved = request(session.port, "GET", "/location")
    assert (moved.status, moved.getheader("Location")) == (302, "/elsewhere")  # "HTTP/1.1 302" added
    body = request(session.port, "GET", "/bodyonly")
    assert (body.status, body.body) == (200, b"just a body")
    twice = request(session.port, "GET", "/twice")
    assert twice.body == b"first,second"


def test_raw_data_with_star_is_chunked_on_the_wire(session):
    start(session)
    wire = exchange(session.port, b"GET /chunked HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    head, _, body = wire.partition(b"\r\n\r\n")
    assert b"transfer-encoding: chunked" in head.lower() and b"content-length" not in head.lower()
    assert body == b"3\r\n[1]\r\n3\r\n[2]\r\n3\r\n[3]\r\n3\r\n[4]\r\n3\r\n[5]\r\n0\r\n\r\n"
    assert responses(wire)[0].body == b"[1][2][3][4][5]"
    # An HTTP/1.0 client gets the same data, unchunked.
    old = responses(exchange(session.port, b"GET /chunked HTTP/1.0\r\nHost: x\r\n\r\n"))[0]
    assert old.body == b"[1][2][3][4][5]" and old.getheader("Transfer-Encoding") is None


def test_the_head_goes_out_before_the_method_ends(session):
    start(session)
    with socket.create_connection(("127.0.0.1", session.port), TIMEOUT) as sock:
        sock.sendall(b"GET /chunkedhead HTTP/1.1\r\nHost: x\r\n\r\nGET /raw HTTP/1.1\r\nHost: x\r\n\r\n")
        sock.settimeout(TIMEOUT)
        started = time.monotonic()
        data = b""
        while b"start;" not in data:
            chunk = sock.recv(65536)
            assert chunk, data
            data += chunk
        early = time.monotonic() - started
        assert b"later" not in data and early < 0.45  # the method waits 0.5 s before "later"
        while not data.endswith(b"raw body"):
            chunk = sock.recv(65536)
            assert chunk, data
            data += chunk
    answers = responses(data)
    assert [a.body for a in answers] == [b"start;later", b"raw body"]  # keep-alive goes on after the end


def test_set_and_get_options(session):
    port = _free_port()
    start(session, f"""
var $values:=[]
var $n : Integer
var $t : Text
var $c : Collection
WEB GET OPTION(Web HTTP compression level; $n)
$values.push($n)
WEB GET OPTION(Web max sessions; $n)
$values.push($n)
WEB GET OPTION(Web scalable session; $n)
$values.push($n)
WEB GET OPTION(Web legacy session; $n)
$values.push($n)
WEB GET OPTION(Web character set; $n)
$values.push($n)
WEB SET OPTION(Web port ID; {port})
WEB SET OPTION(Web HTTP compression level; 9)
WEB SET OPTION(Web HTTP compression threshold; 10)
WEB SET OPTION(Web CORS enabled; 1)
WEB SET OPTION(Web CORS settings; [{{host: "*.example.com"; methods: "get"}}])
WEB SET OPTION(Web session cookie path; "/app")
WEB SET OPTION(Web maximum requests size; 600000)
WEB SET OPTION(Web inactive session timeout; 30)
WEB SET OPTION(Web character set; "ISO-8859-1")
WEB GET OPTION(Web HTTP compression level; $n)
$values.push($n)
WEB GET OPTION(Web CORS settings; $c)
$values.push($c[0].host)
WEB GET OPTION(Web session cookie path; $t)
$values.push($t)
WEB GET OPTION(Web inactive session timeout; $n)
$values.push($n)
WEB GET OPTION(Web character set; $t)
$values.push($t)
var $s:=WEB Server
$values.push($s.HTTPCompressionLevel; $s.CORSEnabled; $s.maxRequestSize)
WEB START SERVER
WEB GET OPTION(Web port ID; $n)
$values.push($n={port})
ALERT(JSON Stringify($values))
""")
    assert session.port == port
    session.out.wait_for(lambda lines: bool(lines))
    assert session.out.lines == ['[1,100,1,0,106,9,"*.example.com","/app",30,"ISO-8859-1",9,true,600000,true]']
    refused = request(session.port, "GET", "/secured", headers={"Origin": "http://other.org"})
    assert refused.status == 403  # CORS as set
    allowed = request(session.port, "GET", "/secured", headers={"Origin": "http://a.example.com"})
    assert allowed.getheader("Access-Control-Allow-Origin") == "http://a.example.com", (allowed.status, allowed.getheaders(), allowed.body)
    assert allowed.body == b"False True"
    assert allowed.getheader("Content-Type") == "text/html; charset=ISO-8859-1"
    assert "Path=/app" in allowed.getheader("Set-Cookie")


def test_options_that_apply_at_once_while_running(session):
    start(session, """
WEB START SERVER
WEB SET OPTION(Web session enable IP address validation; 0)
WEB SET OPTION(Web HTTP TRACE; 1)
""")
    # The main process runs the two WEB SET OPTION one after the other: wait for the second too.
    deadline = time.monotonic() + TIMEOUT
    while (request(session.port, "GET", "/options").body != b"0"
           or request(session.port, "TRACE", "/x").status != 200) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert request(session.port, "GET", "/options").body == b"0"
    assert request(session.port, "TRACE", "/x").status == 200


def test_bad_selectors_and_values_are_errors(session):
    session.write("main.4dm", """
var $codes:=[]
Try
	WEB SET OPTION(9999; 1)
Catch
	$codes.push(Last errors[0].errCode)
End try
Try
	WEB SET OPTION(Web port ID; "eighty")
Catch
	$codes.push(Last errors[0].errCode)
End try
Try
	var $x : Integer
	WEB GET OPTION(-3; $x)
Catch
	$codes.push(Last errors[0].errCode)
End try
ALERT(JSON Stringify($codes)+" "+String(WEB Is server running)+" "+String(WEB Is secured connection))
""")
    session.start(wait_server=False)
    assert session.wait_exit() == 0, session.err.text
    codes, running, secured = session.out.lines[0].rsplit(" ", 2)
    assert (running, secured) == ("False", "False")
    assert len(eval(codes)) == 3  # noqa: S307 (a JSON list of numbers)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_hsts_and_secured_connections_over_https(session, tmp_path):
    import http.client
    import ssl

    from tests.network.test_web_settings import _certificate

    _certificate(tmp_path)
    start(session, """
WEB SET OPTION(Web HSTS enabled; 1)
WEB SET OPTION(Web HSTS max age; 120)
var $r:=WEB Server.start({HTTPSEnabled: True; HTTPSPort: 0})
ALERT(String($r.success)+" "+String(WEB Server.HSTSEnabled)+" "+String(WEB Server.HSTSMaxAge))
""")
    assert session.out.wait_for(lambda lines: lines)[0] == "True True 120"
    from stdlib_4d.net.web_server import SERVER

    ctx = ssl.create_default_context(cafile=str(tmp_path / "cert.pem"))
    conn = http.client.HTTPSConnection("127.0.0.1", SERVER.https_port, timeout=TIMEOUT, context=ctx)
    conn.request("GET", "/secured")
    secure = conn.getresponse()
    assert secure.read() == b"True True"
    assert secure.getheader("Strict-Transport-Security") == "max-age=120"
    conn.close()
    plain = request(session.port, "GET", "/secured")
    assert plain.body == b"False True" and plain.getheader("Strict-Transport-Security") is None


def test_legacy_session_commands_in_scalable_mode(session):
    session.write("main.4dm", """
var $d : Date
var $t : Time
$d:=!2020-01-02!
$t:=?10:00:00?
WEB LEGACY GET SESSION EXPIRATION("ABC"; $d; $t)
WEB LEGACY CLOSE SESSION("ABC")
ALERT(String($d=!00-00-00!)+" "+String($t=?00:00:00?))
""")
    session.start(wait_server=False)
    assert session.wait_exit() == 0, session.err.text
    assert session.out.lines == ["True True"]


def test_set_root_folder_takes_effect_at_the_next_start(session, tmp_path):
    (tmp_path / "WebFolder").mkdir()
    (tmp_path / "WebFolder" / "page.html").write_text("first root", encoding="utf-8")
    (tmp_path / "other" / "www").mkdir(parents=True)
    (tmp_path / "other" / "www" / "page.html").write_text("second root", encoding="utf-8")
    session.write("main.4dm", """
var $pages:=[]
WEB START SERVER
$pages.push(4D.HTTPRequest.new("http://127.0.0.1:"+String(WEB Server.HTTPPort)+"/page.html"; {timeout: 10}).wait().response.body)
WEB SET ROOT FOLDER("other/www")
$pages.push(4D.HTTPRequest.new("http://127.0.0.1:"+String(WEB Server.HTTPPort)+"/page.html"; {timeout: 10}).wait().response.body)
WEB STOP SERVER
WEB START SERVER
$pages.push(4D.HTTPRequest.new("http://127.0.0.1:"+String(WEB Server.HTTPPort)+"/page.html"; {timeout: 10}).wait().response.body)
var $code : Integer
Try
	WEB SET ROOT FOLDER("no/such/folder")
Catch
	$code:=Last errors[0].errCode
End try
WEB STOP SERVER
ALERT($pages.join(", ")+" "+String($code))
""")
    session.start(wait_server=False)
    assert session.wait_exit() == 0, session.err.text
    assert session.out.lines == ["first root, first root, second root -43"]


def test_web_log_recording_writes_logweb_txt(session, tmp_path):
    start(session, """
WEB SET OPTION(Web log recording; 1)
WEB START SERVER
""")
    assert request(session.port, "GET", "/raw").status == 201
    assert request(session.port, "GET", "/bodyonly", headers={"Authorization": "Basic YW5uZTpzZWNyZXQ="}).status == 200
    log = tmp_path / "Logs" / "logweb.txt"
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert re.fullmatch(r'127\.0\.0\.1 - - \[\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] "GET /raw HTTP/1\.1" 201 8',
                        lines[0]), lines[0]
    assert lines[1].startswith("127.0.0.1 - anne [") and lines[1].endswith('"GET /bodyonly HTTP/1.1" 200 11')
    # Switched to DLF, then off, while the server runs (WEB SET OPTION in a web request).
    assert request(session.port, "GET", "/log/2").body == b"log 2"
    request(session.port, "GET", "/bodyonly", headers={"Referer": "http://x/", "User-Agent": "tester"})
    assert request(session.port, "GET", "/log/0").body == b"log 0"
    request(session.port, "GET", "/bodyonly")
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4, lines  # /log/2 is answered (and logged) in DLF, /log/0 and what follows are not logged
    assert lines[3].endswith('"GET /bodyonly HTTP/1.1" 200 11 "http://x/" "tester"')
