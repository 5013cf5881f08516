"""HTTP request handlers (HTTPHandlers.json), 4D.IncomingMessage and 4D.OutgoingMessage,
/4DACTION and On Web Connection, with real HTTP clients."""

from __future__ import annotations

import json

from tests.network.http_util import exchange, request, responses

HANDLERS = [
    {"class": "Api", "method": "echo", "pattern": "api/echo", "verbs": "get, post, put"},
    {"class": "Api", "method": "status", "regexPattern": "/api/status/(created|teapot)", "verbs": "GET"},
    {"class": "Api", "method": "other", "regexPattern": "/api/status"},
    {"class": "Api", "method": "blob", "pattern": "api/blob", "verbs": "GET"},
    {"class": "Api", "method": "picture", "pattern": "api/picture", "verbs": "POST"},
    {"class": "Api", "method": "json", "pattern": "api/json", "verbs": "POST"},
    {"class": "Api", "method": "plain", "pattern": "api/plain"},
    {"class": "Api", "method": "fails", "pattern": "api/fails"},
    {"class": "Api", "method": "missing", "pattern": "api/missing"},
    {"class": "NotShared", "method": "x", "pattern": "api/notshared"},
    {"class": "Api", "method": "echo", "pattern": "4DACTION/x"},
]

API = """shared singleton Class constructor()

Function echo($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	var $r:=4D.OutgoingMessage.new()
	$r.setBody({verb: $request.verb; url: $request.url; path: $request.urlPath; query: $request.urlQuery; \\
		text: $request.getText(); type: $request.getHeader("CONTENT-TYPE"); custom: $request.headers["x-custom"]; \\
		size: BLOB size($request.getBlob())})
	$r.setHeader("X-Answer"; "42")
	return $r

Function status($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	var $r:=4D.OutgoingMessage.new()
	$r.setStatus($request.urlPath[2]="created" ? 201 : 418)
	$r.setBody("status "+String($r.status))
	return $r

Function other($request : 4D.IncomingMessage) : Text
	return "other "+$request.verb

Function blob($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	var $r:=4D.OutgoingMessage.new()
	var $b : Blob
	TEXT TO BLOB("raw bytes"; $b; UTF8 text without length)
	$r.setBody($b)
	$r.setHeader("Content-Type"; "application/x-test")
	return $r

Function picture($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	var $r:=4D.OutgoingMessage.new()
	var $p : Picture
	$p:=$request.getPicture()
	$r.setBody($p)
	return $r

Function json($request : 4D.IncomingMessage) : Object
	var $data : Object
	$data:=$request.getJSON()
	return {sum: $data.a+$data.b}

Function plain($request : 4D.IncomingMessage)
	var $r:=4D.OutgoingMessage.new()
	$r.setHeader("Content-Type"; 12)

Function fails($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	throw(77; "the handler failed")
"""


def start(session, extra: dict | None = None):
    session.write("HTTPHandlers.json", json.dumps(HANDLERS))
    session.write("Api.4dm", API)
    session.write("NotShared.4dm", "Function x($r : Object)\n\treturn \"no\"\n")
    for name, text in (extra or {}).items():
        session.write(name, text)
    session.write("main.4dm", "WEB START SERVER\n")
    session.start()


def test_incoming_message_members(session):
    start(session)
    r = request(session.port, "POST", "/api/echo/a/b%20c?x=1&y=two%20words", body="héllo".encode(),
                headers={"Content-Type": "text/plain; charset=utf-8", "X-Custom": "yes"})
    assert r.status == 200
    assert r.getheader("Content-Type").startswith("application/json")
    assert r.getheader("X-Answer") == "42"
    assert json.loads(r.body) == {"verb": "POST", "url": "/api/echo/a/b%20c?x=1&y=two%20words",
                                  "path": ["api", "echo", "a", "b c"], "query": {"x": "1", "y": "two words"},
                                  "text": "héllo", "type": "text/plain; charset=utf-8", "custom": "yes",
                                  "size": 6}
    assert request(session.port, "GET", "/api/echo").status == 200


def test_verbs_patterns_and_order(session):
    start(session)
    refused = request(session.port, "DELETE", "/api/echo")
    assert refused.status == 405 and "POST" in refused.getheader("Allow")
    assert request(session.port, "GET", "/api/echox").status == 404  # a prefix ends at a "/"
    created = request(session.port, "GET", "/api/status/created")
    assert (created.status, created.body) == (201, b"status 201")
    assert request(session.port, "GET", "/api/status/teapot/more").status == 418  # regex: a prefix too
    # The first pattern takes GET only; the next one (no verbs) answers everything else.
    assert request(session.port, "POST", "/api/status/created").body == b"other POST"
    assert request(session.port, "GET", "/api/status/other").body == b"other GET"
    assert request(session.port, "GET", "/4DACTION/x").status == 404  # 4D's own URLs are not handlers


def test_outgoing_bodies(session):
    start(session)
    blob = request(session.port, "GET", "/api/blob")
    assert blob.body == b"raw bytes" and blob.getheader("Content-Type") == "application/x-test"
    png = b"\x89PNG\r\n\x1a\n" + bytes(40)
    pic = request(session.port, "POST", "/api/picture", body=png, headers={"Content-Type": "image/png"})
    assert pic.body == png and pic.getheader("Content-Type") == "image/png"
    total = request(session.port, "POST", "/api/json", body=b'{"a": 2, "b": 40}',
                    headers={"Content-Type": "application/json"})
    assert json.loads(total.body) == {"sum": 42}


def test_failing_handlers_give_500(session):
    start(session)
    bad_json = request(session.port, "POST", "/api/json", body=b"{not json")
    assert bad_json.status == 500
    failing = request(session.port, "GET", "/api/fails")
    assert failing.status == 500 and b"the handler failed" in failing.body
    wrong_param = request(session.port, "GET", "/api/plain")
    assert wrong_param.status == 500 and b"Parameter 2" in wrong_param.body
    assert request(session.port, "GET", "/api/missing").body == b"Cannot find singleton function\n"
    assert request(session.port, "GET", "/api/notshared").body == b"Cannot find singleton\n"
    assert "the handler failed" in session.err.text  # reported on stderr too
    assert request(session.port, "GET", "/api/echo").status == 200  # the server goes on


def test_broken_handlers_file_is_reported(session):
    session.write("HTTPHandlers.json", '[{"class": "Api", "method": "echo", "regexPattern": "/a/**"}, {"x": 1}]')
    session.write("Api.4dm", API)
    session.write("main.4dm", "WEB START SERVER\n")
    session.start()
    assert "not a valid regular expression" in session.err.text
    assert "\"class\" and \"method\" are required" in session.err.text
    assert request(session.port, "GET", "/a/b").status == 404


ACTION = """//%attributes = {"publishedWeb":true}
#DECLARE($param : Text)
var $body : Text
WEB GET HTTP BODY($body)
WEB SET HTTP HEADER("X-STATUS: 202 Accepted"+Char(13)+Char(10)+"X-Param: ["+$param+"]")
WEB SEND TEXT("action "+$param+" "+$body+" "+Session.id; "text/plain")
"""

HIDDEN = """#DECLARE($param : Text)
WEB SEND TEXT("must not run")
"""

CONNECTION = """#DECLARE($url : Text; $header : Text; $browser : Text; $server : Text; $user : Text; $password : Text)
var $head : Text
WEB GET HTTP HEADER($head)
Case of
	: ($url="/redirect@")
		WEB SEND HTTP REDIRECT("/new place/")
	: ($url="/file")
		WEB SEND FILE("page.html")
	: ($url="/nofile")
		WEB SEND FILE("../outside.html")
	: ($url="/blob")
		var $b : Blob
		TEXT TO BLOB("gif!"; $b; UTF8 text without length)
		WEB SEND BLOB($b; ".gif")
	: ($url="/parts")
		var $count : Integer
		var $content; $name; $mime; $file : Text
		var $data : Blob
		$count:=WEB Get body part count
		WEB GET BODY PART(1; $content; $name)
		WEB GET BODY PART(2; $data; $name; $mime; $file)
		WEB SEND TEXT(String($count)+" "+$content+" "+$name+" "+$mime+" "+$file+" "+String(BLOB size($data)))
	Else
		WEB SEND TEXT($url+"|"+$browser+"|"+$server+"|"+$user+"|"+$password+"|"+Substring($head; 1; Position(Char(13); $head)-1)+"|"+String(Position("X-Test: 1"; $header)>0))
End case
"""


def start_dynamic(session):
    session.write("act.4dm", ACTION)
    session.write("hidden.4dm", HIDDEN)
    session.write("DatabaseMethods/onWebConnection.4dm", CONNECTION)
    session.write("onWebConnection.4dm", "// a project method with the same name is no database method\n")
    (session.folder / "WebFolder").mkdir()
    (session.folder / "WebFolder" / "page.html").write_text("<p>page</p>", encoding="utf-8")
    (session.folder / "outside.html").write_text("outside", encoding="utf-8")
    session.write("main.4dm", "WEB START SERVER\n")
    session.start()


def test_4daction(session):
    start_dynamic(session)
    r = request(session.port, "POST", "/4DACTION/act/hello", body=b"posted")
    assert r.status == 202 and r.getheader("X-Param") == "[hello]"
    assert r.getheader("Content-Type").startswith("text/plain")
    text = r.body.decode()
    assert text.startswith("action hello posted ") and len(text.split()[-1]) == 32  # the session's UUID
    assert request(session.port, "GET", "/4daction/act").body.startswith(b"action  ")
    assert request(session.port, "GET", "/4DACTION/hidden/x").status == 404  # not published
    assert request(session.port, "GET", "/4DACTION/nothere").status == 404


def test_on_web_connection(session):
    start_dynamic(session)
    r = request(session.port, "GET", "/any/where?q=1", headers={"Authorization": "Basic dXNlcjpwdw==",
                                                                 "X-Test": "1"})
    assert r.status == 200 and r.getheader("Content-Type").startswith("text/html")
    assert r.body.decode() == "/any/where?q=1|::ffff:127.0.0.1|::ffff:127.0.0.1|user|pw|GET /any/where?q=1 HTTP/1.1|True"
    assert request(session.port, "GET", "/page.html").body == b"<p>page</p>"  # a file: no database method
    moved = request(session.port, "GET", "/redirect")
    assert moved.status == 302 and moved.getheader("Location") == "/new%20place/"
    assert request(session.port, "GET", "/file").body == b"<p>page</p>"
    missing = request(session.port, "GET", "/nofile")
    assert missing.status == 500 and b"File not found" in missing.body
    gif = request(session.port, "GET", "/blob")
    assert gif.body == b"gif!" and gif.getheader("Content-Type") == "image/gif"


def test_body_parts(session):
    start_dynamic(session)
    boundary = "XyZ"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nHello\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"a.bin\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + bytes(range(10)) + \
        f"\r\n--{boundary}--\r\n".encode()
    r = request(session.port, "POST", "/parts", body=body,
                headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert r.body == b"2 Hello upload application/octet-stream a.bin 10"


def test_pipelined_dynamic_requests_answer_in_order(session):
    start(session)
    data = b"".join(f"GET /api/status/{'created' if i % 2 else 'teapot'} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
                    for i in range(10)) + b"GET /api/echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    answers = responses(exchange(session.port, data))
    assert [a.status for a in answers] == [201 if i % 2 else 418 for i in range(10)] + [200]


ARRAYS = """//%attributes = {"publishedWeb":true}
#DECLARE($param : Text)
ARRAY TEXT($names; 0)
ARRAY TEXT($values; 0)
WEB GET VARIABLES($names; $values)
ARRAY TEXT($fields; 0)
ARRAY TEXT($contents; 0)
WEB GET HTTP HEADER($fields; $contents)
ARRAY TEXT($outNames; 2)
ARRAY TEXT($outValues; 2)
$outNames{1}:="X-STATUS"
$outValues{1}:="201 Created"
$outNames{2}:="X-Fields"
$outValues{2}:=$fields{1}+","+$contents{1}+","+$fields{2}+","+$contents{2}+","+$fields{3}
WEB SET HTTP HEADER($outNames; $outValues)
var $text : Text
var $i : Integer
For ($i; 1; Size of array($names))
	$text+=$names{$i}+"="+$values{$i}+";"
End for
WEB SEND TEXT($text)
"""


def test_arrays_of_the_web_commands(session):
    session.write("form.4dm", ARRAYS)
    session.write("main.4dm", "WEB START SERVER\n")
    session.start()
    r = request(session.port, "POST", "/4DACTION/form?q=1&w=two%20words", body=b"name=Ann&city=Paris&empty=",
                headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status == 201
    assert r.getheader("X-Fields") == "X-METHOD,POST,X-URL,/4DACTION/form?q=1&w=two%20words,X-VERSION"
    assert r.body == b"q=1;w=two words;name=Ann;city=Paris;empty=;"


HEADERS_API = """shared singleton Class constructor()

Function seen($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	var $r:=4D.OutgoingMessage.new()
	var $before:=OB Keys($r.headers).length
	$r.setBody({a: 1})
	var $type:=$r.headers["Content-Type"]
	$r.setHeader("content-type"; "application/x-mine")
	$r.headers["X-Direct"]:="yes"
	$r.setBody("text now")
	$r.setStatus(202)
	$r.setHeader("X-Seen"; String($before)+" "+$type+" "+String(OB Keys($r.headers).length))
	return $r

Function late($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	var $r:=4D.OutgoingMessage.new()
	$r.setBody([1; 2.5; "x"])
	return $r
"""


def test_outgoing_headers_object(session):
    # The headers object exists only once 4D code reads it: what it shows and what is sent agree.
    handlers = [{"class": "Hdr", "method": "seen", "pattern": "hdr/seen"},
                {"class": "Hdr", "method": "late", "pattern": "hdr/late"}]
    session.write("HTTPHandlers.json", json.dumps(handlers))
    session.write("Hdr.4dm", HEADERS_API)
    session.write("main.4dm", "WEB START SERVER\n")
    session.start()
    r = request(session.port, "GET", "/hdr/seen")
    assert r.status == 202 and r.body == b"text now"
    # setBody("text") set Content-Type again (the last setBody wins), X-Direct was written directly.
    assert r.getheader("Content-Type") == "text/plain; charset=utf-8"
    assert r.getheader("X-Direct") == "yes"
    assert r.getheader("X-Seen") == "0 application/json; charset=utf-8 2"
    late = request(session.port, "GET", "/hdr/late")
    assert late.getheader("Content-Type") == "application/json; charset=utf-8"
    assert json.loads(late.body) == [1, 2.5, "x"]
