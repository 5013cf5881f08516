"""HTTP Get, HTTP Request, HTTP SET/GET OPTION, HTTP AUTHENTICATE against Python's http.server."""

from __future__ import annotations

from tests.network.pyhttp import PyHTTP


def run(session, body: str, params=(), files: dict | None = None) -> list[str]:
    for name, text in (files or {}).items():
        session.write(name, text)
    session.write("main.4dm", "#DECLARE($base : Text)\n" + body)
    session.start(params=params, wait_server=False)
    assert session.wait_exit() == 0, session.err.text
    return session.out.lines


def test_http_get_fills_the_response_by_its_type(session):
    with PyHTTP() as server:
        lines = run(session, """
var $t : Text
var $b : Blob
var $o : Object
var $p : Picture
$s:=HTTP Get($base+"/text"; $t)
ALERT(String($s)+" "+$t)
$s:=HTTP Get($base+"/json"; $o)
ALERT(String($s)+" "+JSON Stringify($o))
$s:=HTTP Get($base+"/bytes"; $o)
ALERT(String(OB Instance of($o; 4D.Blob)))
$s:=HTTP Get($base+"/bytes"; $b)
ALERT(String(BLOB size($b)))
$s:=HTTP Get($base+"/latin1"; $t)
ALERT($t)
$s:=HTTP Get(Replace string($base; "http://"; "")+"/missing"; $t)
ALERT(String($s)+" "+$t)
""", params=(server.url(""),))
    assert lines == ["200 héllo", '200 {"a":1,"b":"é"}', "True", "256", "café", "404 not found"]


def test_http_request_sends_each_kind_of_body(session):
    with PyHTTP() as server:
        lines = run(session, """
var $o : Object
$s:=HTTP Request(HTTP POST method; $base+"/echo"; "abc"; $o)
ALERT(String($s)+" "+$o.method+" "+$o.body+" "+$o.headers["content-type"])
$s:=HTTP Request(HTTP PUT method; $base+"/echo"; {k: "v"}; $o)
ALERT($o.method+" "+$o.body+" "+$o.headers["content-type"]+" "+$o.headers.connection)
$s:=HTTP Request(HTTP DELETE method; $base+"/echo"; ""; $o; *)
ALERT($o.method+" "+String($o.headers.connection=Null))
""", params=(server.url(""),))
    assert lines == ["200 POST abc text/plain; charset=UTF-8", 'PUT {"k":"v"} application/json close', "DELETE True"]


def test_header_arrays_go_out_and_come_back(session):
    with PyHTTP() as server:
        lines = run(session, """
var $o : Object
ARRAY TEXT($names; 1)
ARRAY TEXT($values; 1)
$names{1}:="X-Hello"
$values{1}:="world"
$s:=HTTP Request(HTTP POST method; $base+"/echo"; "b"; $o; $names; $values)
ALERT($o.headers["x-hello"])
ALERT(String(Find in array($names; "Content-Type")>0)+" "+$values{Find in array($names; "Content-Type")})
""", params=(server.url(""),))
    assert lines == ["world", "True application/json"]


def test_options_are_per_process_and_drive_redirects(session):
    with PyHTTP() as server:
        lines = run(session, """
var $o : Object
var $v : Integer
HTTP GET OPTION(HTTP max redirect; $v)
ALERT(String($v))
$s:=HTTP Get($base+"/redir/3"; $o)
ALERT(String($s))
HTTP SET OPTION(HTTP max redirect; 3)
$s:=HTTP Get($base+"/redir/3"; $o)
ALERT(String($s)+" "+String($o.a))
HTTP SET OPTION(HTTP follow redirect; 0)
$s:=HTTP Get($base+"/redir/1"; $o)
ALERT(String($s))
HTTP GET OPTION(HTTP timeout; $v)
ALERT(String($v))
CALL WORKER("other"; Formula(HTTP GET OPTION(HTTP max redirect; $1->)); ->$v)
""", params=(server.url(""),))
    assert lines == ["2", "302", "200 1", "302", "120"]


def test_authenticate_and_compression(session):
    with PyHTTP() as server:
        lines = run(session, """
var $t : Text
$s:=HTTP Get($base+"/digest"; $t)
ALERT(String($s))
HTTP AUTHENTICATE("user"; "secret"; HTTP digest)
$s:=HTTP Get($base+"/digest"; $t)
ALERT(String($s)+" "+$t)
HTTP AUTHENTICATE("user"; "secret")
$s:=HTTP Get($base+"/basic"; $t)
ALERT(String($s)+" "+$t)
HTTP SET OPTION(HTTP reset auth settings; 1)
$s:=HTTP Get($base+"/basic"; $t)
$s2:=HTTP Get($base+"/basic"; $t)
ALERT(String($s)+" "+String($s2))
HTTP SET OPTION(HTTP compression; 1)
$s:=HTTP Get($base+"/gzip"; $t)
ALERT(Substring($t; 1; 13))
""", params=(server.url(""),))
    assert lines == ["401", "200 digest welcome", "200 welcome", "200 401", "zipped zipped"]


def test_network_failures_are_errors(session):
    lines = run(session, """
var $t : Text
var $s : Integer
ON ERR CALL("catch")
$s:=HTTP Get("http://127.0.0.1:1/"; $t)
ALERT("status "+String($s))
ON ERR CALL("")
ALERT(Try(HTTP Get("http://"; $t))=Null)
ALERT(Last errors[0].errCode)
""", files={"catch.4dm": 'ALERT("caught "+String(Error)+" "+Last errors[0].message)\n'})
    assert lines == ["caught -10760 connection refused by 127.0.0.1:1", "status 0", "True", "-10766"]


def test_http_parse_message(session):
    lines = run(session, r"""
var $t : Text
$t:="POST /batch HTTP/1.1\r\nHost: example.com\r\nContent-Type: multipart/mixed; boundary=b1\r\n\r\n"
$t+="--b1\r\nContent-Type: application/http\r\nContent-ID: <item1>\r\n\r\nGET /a HTTP/1.1\r\nAccept: */*\r\n\r\n"
$t+="--b1\r\nContent-Type: application/octet-stream\r\nContent-ID: <item2>\r\n\r\nBIN\r\n--b1--\r\n"
$o:=HTTP Parse message($t)
ALERT($o.requestLine+" | "+$o.headers.Host+" | "+String($o.parts.length))
ALERT($o.parts[0].contentType+" "+$o.parts[0].contentID+" "+String(OB Instance of($o.parts[1].content; 4D.Blob)))
$inner:=HTTP Parse message($o.parts[0].content)
ALERT($inner.requestLine+" | "+$inner.headers.Accept)
$r:=HTTP Parse message("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nbody text")
ALERT($r.statusLine+" | "+$r.body)
""")
    assert lines == ["POST /batch HTTP/1.1 | example.com | 2", "application/http item1 True",
                     "GET /a HTTP/1.1 | */*", "HTTP/1.1 200 OK | body text"]
