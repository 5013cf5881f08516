"""Template pages: the Web server processes 4D transformation tags (WebServer/templates.md)."""

from __future__ import annotations

from tests.network.http_util import request

PUBLISHED = '//%attributes = {"publishedWeb":true}\n'

ACTION = PUBLISHED + """#DECLARE($param : Text)
webVar:="<web>"
Case of
	: ($param="file")
		WEB SEND FILE("tpl.html")
	: ($param="text")
		WEB SEND TEXT("text <!--#4DTEXT webVar--> $4DTEXT(webVar)")
	: ($param="blob")
		var $b : Blob
		TEXT TO BLOB("blob <!--#4DEVAL 6*7-->"; $b; UTF8 text without length)
		WEB SEND BLOB($b; "text/html")
	: ($param="raw")
		TEXT TO BLOB("raw <!--#4DEVAL 6*7-->"; $b; UTF8 text without length)
		WEB SEND BLOB($b; "text/plain")
End case
"""

SCRIPT = PUBLISHED + """#DECLARE($param : Text) : Text
return "script"+$param
"""

HIDDEN = """#DECLARE($param : Text) : Text
return "hidden"
"""


def start(session):
    session.write("act.4dm", ACTION)
    session.write("published_script.4dm", SCRIPT)
    session.write("hidden_script.4dm", HIDDEN)
    web = session.folder / "WebFolder"
    (web / "parts").mkdir(parents=True)
    (web / "page.shtml").write_text(
        "<p><!--#4DEVAL $n:=Num(\"4\")-->n=<!--#4DTEXT $n*2--> $4DEVAL($n+1)"
        " <!--#4DINCLUDE parts/head.html--> <!--#4DSCRIPT/published_script/p-->"
        " <!--#4DSCRIPT/hidden_script--></p> <!--#4DINCLUDE ../secret.txt-->", encoding="utf-8")
    (web / "parts" / "head.html").write_text("<html><body>head <!--#4DTEXT 1+1--></body></html>", encoding="utf-8")
    (web / "static.html").write_text("<p><!--#4DTEXT 1--></p>", encoding="utf-8")
    (web / "data.xml").write_text("<a>$4DTEXT(\"<&>\")</a>", encoding="utf-8")
    (web / "tpl.html").write_text("<p><!--#4DTEXT webVar--> $4DTEXT(webVar)</p>", encoding="utf-8")
    (session.folder / "secret.txt").write_text("secret", encoding="utf-8")
    session.write("main.4dm", "WEB START SERVER\n")
    session.start()


def test_pages_called_by_url(session):
    start(session)
    page = request(session.port, "GET", "/page.shtml")
    assert page.status == 200 and page.getheader("Content-Type").startswith("text/html")
    text = page.body.decode()
    assert text.startswith("<p>n=8 5 head 2 script/p <!--#4DSCRIPT/hidden_script--> : ## error # ")
    assert text.endswith("</p> <!--#4DINCLUDE ../secret.txt--> :The document cannot be opened")
    # .htm and .html pages called by URL are sent as they are; .xml pages are processed
    assert request(session.port, "GET", "/static.html").body == b"<p><!--#4DTEXT 1--></p>"
    assert request(session.port, "GET", "/data.xml").body == b"<a>&lt;&amp;&gt;</a>"


def test_web_send_commands(session):
    start(session)
    # WEB SEND FILE, TEXT and text/html BLOBs: comment tags, not the $ forms
    assert request(session.port, "GET", "/4DACTION/act/file").body == b"<p>&lt;web&gt; $4DTEXT(webVar)</p>"
    assert request(session.port, "GET", "/4DACTION/act/text").body == b"text &lt;web&gt; $4DTEXT(webVar)"
    assert request(session.port, "GET", "/4DACTION/act/blob").body == b"blob 42"
    assert request(session.port, "GET", "/4DACTION/act/raw").body == b"raw <!--#4DEVAL 6*7-->"
