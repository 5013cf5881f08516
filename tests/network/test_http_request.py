"""4D.HTTPRequest and 4D.HTTPAgent against a real Python http.server and run4d's own Web server."""

from __future__ import annotations

import socket

from tests.network.pyhttp import PyHTTP

# Logs every callback of a request; options come from the constructor.
LOGGER = """
Class constructor($options : Object)
	var $key : Text
	If ($options#Null)
		For each ($key; $options)
			This[$key]:=$options[$key]
		End for each
	End if

Function onHeaders($r : 4D.HTTPRequest; $e : Object)
	ALERT("headers "+$e.type+" "+String($r.response.status)+" body "+String($r.response.body=Null))

Function onData($r : 4D.HTTPRequest; $e : Object)
	ALERT("data "+$e.type+" "+Convert to text($e.data; "UTF-8"))

Function onResponse($r : 4D.HTTPRequest; $e : Object)
	ALERT("response "+$e.type+" "+String($r.response.status)+" terminated "+String($r.terminated))

Function onError($r : 4D.HTTPRequest; $e : Object)
	ALERT("error "+$e.type+" "+String($r.errors[0].errCode)+" "+$r.errors[0].message)

Function onTerminate($r : 4D.HTTPRequest; $e : Object)
	ALERT("terminate "+$e.type)
"""


def run(session, body: str, params=(), files: dict | None = None) -> list[str]:
    session.write("Logger.4dm", LOGGER)
    for name, text in (files or {}).items():
        session.write(name, text)
    session.write("main.4dm", "#DECLARE($base : Text)\n" + body)
    session.start(params=params, wait_server=False)
    assert session.wait_exit() == 0, session.err.text
    return session.out.lines


def test_wait_gives_the_response_by_data_type(session):
    with PyHTTP() as server:
        lines = run(session, """
var $r : 4D.HTTPRequest
$r:=4D.HTTPRequest.new($base+"/json").wait()
ALERT(String($r.response.status)+" "+$r.response.statusText+" "+JSON Stringify($r.response.body))
ALERT($r.response.headers["content-type"]+" "+$r.response.rawHeaders["Content-Type"])
$r:=4D.HTTPRequest.new($base+"/text").wait()
ALERT($r.response.body+" "+JSON Stringify($r.response.headers["x-test"]))
$r:=4D.HTTPRequest.new($base+"/json"; {dataType: "text"}).wait()
ALERT(Value type($r.response.body)=Is text)
$r:=4D.HTTPRequest.new($base+"/bytes").wait()
ALERT(String($r.response.body.size)+" "+String(OB Instance of($r.response.body; 4D.Blob)))
$r:=4D.HTTPRequest.new($base+"/latin1"; {dataType: "auto"}).wait()
ALERT($r.response.body)
ALERT($r.method+" "+$r.dataType+" "+$r.protocol+" "+String($r.terminated)+" "+String($r.errors.length))
""", params=(server.url(""),))
    assert lines == [
        '200 OK {"a":1,"b":"é"}',
        "application/json application/json",
        'héllo ["a","b"]',
        "True",
        "256 True",
        "café",
        "GET auto HTTP1 True 0",
    ]


def test_callbacks_run_in_order_in_the_creating_worker(session):
    with PyHTTP() as server:
        lines = run(session, """
CALL WORKER("w"; Formula(4D.HTTPRequest.new($1+"/chunked"; cs.Logger.new())); $base)
""", params=(server.url(""),))
    assert lines == ["headers headers 200 body True", "data data one,", "data data two,", "data data three",
                     "response response 200 terminated False", "terminate terminate"]


def test_redirects_are_followed_up_to_five(session):
    with PyHTTP() as server:
        lines = run(session, """
var $r : 4D.HTTPRequest
$r:=4D.HTTPRequest.new($base+"/redir/3").wait()
ALERT(String($r.response.status)+" "+$r.url)
$r:=4D.HTTPRequest.new($base+"/redir/5").wait()
ALERT(String($r.response.status))
$r:=4D.HTTPRequest.new($base+"/redir/6").wait()
ALERT(String($r.response.status)+" "+$r.response.headers.location)
$r:=4D.HTTPRequest.new($base+"/redir/1"; {automaticRedirections: False}).wait()
ALERT(String($r.response.status))
""", params=(server.url(""),))
    assert lines == [f"200 {server.url('/redir/3')}", "200", "302 /json", "302"]


def test_a_refused_connection_calls_onError_then_onTerminate(session):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, not listening: connections are refused
        lines = run(session, """
var $r : 4D.HTTPRequest
$r:=4D.HTTPRequest.new($base+"/x"; cs.Logger.new()).wait()
ALERT(String($r.response=Null)+" "+String($r.terminated))
""", params=(f"http://127.0.0.1:{port}",))
    assert lines == [f"error error -10760 connection refused by 127.0.0.1:{port}", "terminate terminate",
                     "True True"]


def test_a_timeout_is_an_error(session):
    with PyHTTP() as server:
        lines = run(session, """
var $r : 4D.HTTPRequest
$r:=4D.HTTPRequest.new($base+"/slow"; cs.Logger.new({timeout: 0.3})).wait()
ALERT(String($r.timeout)+" "+String($r.errors[0].errCode))
""", params=(server.url(""),))
    assert lines[0].startswith("error error -10762 no complete answer from 127.0.0.1:")
    assert lines[1:] == ["terminate terminate", "0.3 -10762"]


def test_terminate_aborts_the_request(session):
    with PyHTTP() as server:
        lines = run(session, """
var $r : 4D.HTTPRequest
$r:=4D.HTTPRequest.new($base+"/slow"; cs.Logger.new())
$r.terminate()
$r.wait(5)
ALERT(String($r.terminated)+" "+String($r.response=Null)+" "+String($r.errors.length))
""", params=(server.url(""),))
    assert lines == ["terminate terminate", "True True 0"]


def test_bodies_and_their_default_content_types(session):
    with PyHTTP() as server:
        lines = run(session, """
var $r : 4D.HTTPRequest
var $b : Blob
$r:=4D.HTTPRequest.new($base+"/echo"; {method: "post"; body: "héllo"}).wait()
ALERT($r.response.body.method+" "+$r.response.body.headers["content-type"]+" "+$r.response.body.headers["content-length"])
$r:=4D.HTTPRequest.new($base+"/echo"; {method: "PUT"; body: {x: 1}}).wait()
ALERT($r.response.body.headers["content-type"]+" "+$r.response.body.body)
TEXT TO BLOB("raw"; $b; UTF8 text without length)
$r:=4D.HTTPRequest.new($base+"/echo"; {method: "POST"; body: $b; headers: {"Content-Type": "x/y"; "X-Many": ["1"; "2"]}}).wait()
ALERT($r.response.body.headers["content-type"]+" "+$r.response.body.body+" "+$r.response.body.headers["x-many"])
$r:=4D.HTTPRequest.new($base+"/echo"; {method: "POST"; body: "é"; encoding: "ISO-8859-1"}).wait()
ALERT($r.response.body.headers["content-length"]+" "+$r.response.body.headers["content-type"])
""", params=(server.url(""),))
    assert lines == ["POST text/plain; charset=UTF-8 6", 'application/json {"x":1}', "x/y raw 1, 2",
                     "1 text/plain; charset=ISO-8859-1"]


def test_compressed_bodies(session):
    with PyHTTP() as server:
        lines = run(session, """
var $r : 4D.HTTPRequest
$r:=4D.HTTPRequest.new($base+"/gzip").wait()
ALERT(String(Length($r.response.body))+" "+Substring($r.response.body; 1; 7))
$r:=4D.HTTPRequest.new($base+"/gzip"; {onData: Formula(Form.raw:=Num(Form.raw)+$2.data.size)}).wait()
$r:=4D.HTTPRequest.new($base+"/gzip"; {decodeData: True; onData: Formula(Form.decoded:=Num(Form.decoded)+$2.data.size)}).wait()
ALERT(String(Form.raw<100)+" "+String(Form.decoded))
""", params=(server.url(""),))
    assert lines == ["700 zipped ", "True 700"]


def test_server_authentication(session):
    with PyHTTP() as server:
        lines = run(session, """
var $r : 4D.HTTPRequest
$r:=4D.HTTPRequest.new($base+"/basic").wait()
ALERT(String($r.response.status))
$r:=4D.HTTPRequest.new($base+"/basic"; {serverAuthentication: {name: "user"; password: "secret"; method: "basic"}}).wait()
ALERT(String($r.response.status)+" "+$r.response.body)
$r:=4D.HTTPRequest.new($base+"/digest"; {serverAuthentication: {name: "user"; password: "secret"}}).wait()
ALERT(String($r.response.status)+" "+$r.response.body)
$r:=4D.HTTPRequest.new($base+"/digest"; {serverAuthentication: {name: "user"; password: "wrong"}}).wait()
ALERT(String($r.response.status))
$r:=4D.HTTPRequest.new(Replace string($base; "http://"; "http://user:secret@")+"/basic").wait()
ALERT(String($r.response.status))
""", params=(server.url(""),))
    assert lines == ["401", "200 welcome", "200 digest welcome", "401", "200"]


def test_an_agent_keeps_connections_alive(session):
    with PyHTTP() as server:
        lines = run(session, """
var $agent : 4D.HTTPAgent
var $r : 4D.HTTPRequest
var $peers : Collection
$agent:=4D.HTTPAgent.new({maxSockets: 1})
$peers:=[]
For ($i; 1; 3)
	$r:=4D.HTTPRequest.new($base+"/peer"; {agent: $agent}).wait()
	$peers.push($r.response.body)
End for
ALERT(String($peers.distinct().length)+" "+String($agent.freeSocketsCount)+" "+String($agent.requestsCount))
ALERT(String($agent.params.maxSockets)+" "+String($agent.params.keepAlive))
$agent:=4D.HTTPAgent.new({keepAlive: False})
$peers:=[]
For ($i; 1; 2)
	$r:=4D.HTTPRequest.new($base+"/peer"; {agent: $agent}).wait()
	$peers.push($r.response.body)
End for
ALERT(String($peers.distinct().length)+" "+String($agent.freeSocketsCount))
""", params=(server.url(""),))
    assert lines == ["1 1 0", "1 True", "2 0"]


def test_bad_options_are_errors(session):
    lines = run(session, """
ALERT(Try(4D.HTTPRequest.new("http://127.0.0.1:1/"; {returnResponseBody: False}))=Null)
ALERT(Last errors[0].message)
ALERT(Try(4D.HTTPRequest.new("ftp://x/"))=Null)
ALERT(Last errors[0].message)
ALERT(Try(4D.HTTPRequest.new("http://x/"; {dataType: "xml"}))=Null)
ALERT(Try(4D.HTTPRequest.new("http://x/"; {protocol: "HTTP2"}))=Null)
""")
    assert lines == ["True", "4D.HTTPRequest.new: returnResponseBody is False but there is no onData callback",
                     "True", 'Invalid URL: "ftp://x/": only http:// and https:// URLs are supported', "True", "True"]


def test_requests_to_run4ds_own_web_server(session, tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    (root / "hello.txt").write_text("static hello", encoding="utf-8")
    session.write("Logger.4dm", LOGGER)
    session.write("main.4dm", """
WEB START SERVER
var $base : Text
var $r : 4D.HTTPRequest
$base:="http://127.0.0.1:"+String(WEB Server.HTTPPort)
$r:=4D.HTTPRequest.new($base+"/hello.txt").wait()
ALERT(String($r.response.status)+" "+$r.response.body)
$r:=4D.HTTPRequest.new($base+"/missing.txt").wait()
ALERT(String($r.response.status))
WEB STOP SERVER
""")
    session.start(web_root=str(root), wait_server=False)
    assert session.wait_exit() == 0, session.err.text
    assert session.out.lines == ["200 static hello", "404"]
