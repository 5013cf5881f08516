"""4D.HTTPRequest (and the HTTP commands) against run4d's own Web server, in one 4D program.

The program starts the Web server on port 0, then sends requests to it from
its main process: the answers come from request handlers, On Web Connection
and static files, run in the same run4d process. Every wait is bounded
(timeouts in the 4D code, TIMEOUT for the program).
"""

from __future__ import annotations

import json

HANDLERS = [
    {"class": "Api", "method": "sum", "pattern": "api/sum", "verbs": "POST"},
    {"class": "Api", "method": "item", "pattern": "api/item", "verbs": "GET"},
    {"class": "Api", "method": "hop", "pattern": "api/hop", "verbs": "GET"},
    {"class": "Api", "method": "slow", "pattern": "api/slow", "verbs": "GET"},
    {"class": "Api", "method": "fails", "pattern": "api/fails", "verbs": "GET"},
]

API = """shared singleton Class constructor()

Function sum($request : 4D.IncomingMessage) : Object
	var $data : Object
	$data:=$request.getJSON()
	return {sum: $data.a+$data.b; items: $data.items.length; type: $request.getHeader("content-type")}

Function item($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	var $r:=4D.OutgoingMessage.new()
	$r.setStatus(201)
	$r.setHeader("X-Item"; "seven")
	$r.setBody({id: 7; name: "seven"; tags: ["a"; "b"]})
	return $r

// /api/hop/N redirects to /api/hop/N-1; /api/hop/0 answers.
Function hop($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	var $r:=4D.OutgoingMessage.new()
	var $n:=Num($request.urlPath[2])
	If ($n>0)
		$r.setStatus(302)
		$r.setHeader("Location"; "/api/hop/"+String($n-1))
	Else
		$r.setBody({arrived: True})
	End if
	return $r

Function slow($request : 4D.IncomingMessage) : Text
	DELAY PROCESS(Current process; 90)
	return "late"

Function fails($request : 4D.IncomingMessage) : Text
	throw(77; "the handler failed")
"""

ON_WEB_CONNECTION = """#DECLARE($url : Text; $header : Text)
Case of
	: ($url="/old")
		WEB SEND HTTP REDIRECT("/hello.txt")
	: ($url="/echo")
		var $body : Text
		WEB GET HTTP BODY($body)
		WEB SEND TEXT("echo:"+$body)
	Else
		WEB SEND TEXT("connection "+$url)
End case
"""


def run(session, tmp_path, body: str) -> list[str]:
    root = tmp_path / "www"
    root.mkdir(exist_ok=True)
    (root / "hello.txt").write_text("static hello", encoding="utf-8")
    session.write("HTTPHandlers.json", json.dumps(HANDLERS))
    session.write("Api.4dm", API)
    session.write("DatabaseMethods/onWebConnection.4dm", ON_WEB_CONNECTION)
    session.write("main.4dm", "WEB START SERVER\nvar $base:=\"http://127.0.0.1:\"+String(WEB Server.HTTPPort)\n"
                  "var $r : 4D.HTTPRequest\n" + body + "\nWEB STOP SERVER\n")
    session.start(web_root=str(root), wait_server=False)
    assert session.wait_exit() == 0, session.err.text
    return session.out.lines


def test_json_in_and_out_through_a_request_handler(session, tmp_path):
    lines = run(session, tmp_path, """
$r:=4D.HTTPRequest.new($base+"/api/sum"; {method: "POST"; body: {a: 2; b: 40; items: [1; 2; 3]}; timeout: 10}).wait()
ALERT(String($r.response.status)+" "+String(Value type($r.response.body)=Is object))
ALERT(JSON Stringify($r.response.body))
ALERT($r.response.headers["content-type"]+" errors "+String($r.errors.length))
$r:=4D.HTTPRequest.new($base+"/api/item"; {timeout: 10}).wait()
ALERT(String($r.response.status)+" "+$r.response.statusText+" "+$r.response.headers["x-item"])
ALERT(JSON Stringify($r.response.body))
$r:=4D.HTTPRequest.new($base+"/api/item"; {timeout: 10; dataType: "text"}).wait()
ALERT($r.response.body)
""")
    assert lines == [
        "200 True",
        '{"sum":42,"items":3,"type":"application/json"}',
        "application/json; charset=utf-8 errors 0",
        "201 Created seven",
        '{"id":7,"name":"seven","tags":["a","b"]}',
        '{"id":7,"name":"seven","tags":["a","b"]}',
    ]


def test_redirects_from_handlers_and_on_web_connection(session, tmp_path):
    lines = run(session, tmp_path, """
$r:=4D.HTTPRequest.new($base+"/api/hop/3"; {timeout: 10}).wait()
ALERT(String($r.response.status)+" "+JSON Stringify($r.response.body))
$r:=4D.HTTPRequest.new($base+"/api/hop/5"; {timeout: 10}).wait()
ALERT(String($r.response.status)+" "+JSON Stringify($r.response.body))
// The 6th redirect response is returned as the response.
$r:=4D.HTTPRequest.new($base+"/api/hop/6"; {timeout: 10}).wait()
ALERT(String($r.response.status)+" "+$r.response.headers.location)
$r:=4D.HTTPRequest.new($base+"/api/hop/2"; {timeout: 10; automaticRedirections: False}).wait()
ALERT(String($r.response.status)+" "+$r.response.headers.location)
$r:=4D.HTTPRequest.new($base+"/old"; {timeout: 10}).wait()
ALERT(String($r.response.status)+" "+$r.response.body)
""")
    assert lines == ['200 {"arrived":true}', '200 {"arrived":true}', "302 /api/hop/0", "302 /api/hop/1",
                     "200 static hello"]


def test_a_handler_slower_than_the_timeout_gives_error_10762(session, tmp_path):
    lines = run(session, tmp_path, """
var $start:=Milliseconds
$r:=4D.HTTPRequest.new($base+"/api/slow"; {timeout: 0.3}).wait(10)
var $e : Object
$e:=$r.errors[0]
ALERT(String($r.terminated)+" "+String($r.response=Null)+" "+String($r.timeout)+" "+String($e.errCode))
ALERT(String(Milliseconds-$start<1400)+" "+String(OB Keys($e).sort()))
// The server is still there for the next request.
$r:=4D.HTTPRequest.new($base+"/api/item"; {timeout: 10}).wait()
ALERT(String($r.response.status))
""")
    assert lines[0] == "True True 0.3 -10762"
    assert lines[1] == 'True ["componentSignature","errCode","message"]'
    assert lines[2] == "201"


def test_a_stopped_server_refuses_the_connection_with_error_10760(session, tmp_path):
    lines = run(session, tmp_path, """
var $port:=WEB Server.HTTPPort
WEB STOP SERVER
var $log:=[]
$r:=4D.HTTPRequest.new("http://127.0.0.1:"+String($port)+"/api/item"; \\
	{timeout: 10; onError: Formula($log.push("error "+String($2.type))); onTerminate: Formula($log.push($2.type))}).wait()
ALERT(String($r.errors[0].errCode)+" "+String($r.response=Null)+" "+$log.join(", "))
ALERT(String(Position("connection refused"; $r.errors[0].message)>0))
WEB START SERVER
""")
    assert lines == ["-10760 True error error, terminate", "True"]


def test_errors_of_the_server_are_statuses_not_request_errors(session, tmp_path):
    lines = run(session, tmp_path, """
$r:=4D.HTTPRequest.new($base+"/api/fails"; {timeout: 10}).wait()
ALERT(String($r.response.status)+" "+String($r.errors.length)+" "+String(Position("the handler failed"; $r.response.body)>0))
$r:=4D.HTTPRequest.new($base+"/api/sum"; {timeout: 10}).wait()
ALERT(String($r.response.status)+" "+$r.response.headers.allow)
$r:=4D.HTTPRequest.new($base+"/nowhere"; {timeout: 10}).wait()
ALERT(String($r.response.status)+" "+$r.response.body)
$r:=4D.HTTPRequest.new($base+"/echo"; {method: "PUT"; body: "data"; timeout: 10}).wait()
ALERT(String($r.response.status)+" "+$r.response.body)
""")
    assert lines == ["500 0 True", "405 POST", "200 connection /nowhere", "200 echo:data"]


def test_http_commands_against_the_same_server(session, tmp_path):
    lines = run(session, tmp_path, """
var $answer : Object
var $status : Integer
$status:=HTTP Request(HTTP POST method; $base+"/api/sum"; {a: 1; b: 2; items: []}; $answer)
ALERT(String($status)+" "+String($answer.sum))
var $text : Text
$status:=HTTP Get($base+"/api/hop/2"; $text)
ALERT(String($status)+" "+$text)
""")
    assert lines == ["200 3", '200 {"arrived":true}']
