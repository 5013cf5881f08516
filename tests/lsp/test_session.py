"""Issue 17's points one by one, over LSP: `run4d lsp` as a subprocess, a real client.

test_server.py covers the life cycle, diagnostics and the re-check of the
workspace; these tests cover what completion, hover, navigation and the
warnings give in an editor session, each on a scratch document of a scratch
project (one server for the module). Every wait is bounded (client.py).
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from interpreter.compiler.check import check
from tests.lsp.client import ROOT, TIMEOUT, LspClient, uri
from tests.lsp.test_server import GREETER, MAIN, scratch, src, write_project

COMPLETION_KIND = {"Method": 2, "Function": 3, "Field": 5, "Variable": 6, "Class": 7, "Module": 9,
                   "Property": 10, "Keyword": 14, "Constant": 21}


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return write_project(tmp_path_factory.mktemp("session"))


@pytest.fixture(scope="module")
def client(project: Path):
    c = LspClient(project)
    yield c
    if c.proc.poll() is None:
        c.close()


def complete(c: LspClient, path: Path, line: int, character: int) -> dict[str, dict]:
    return {i["label"]: i for i in c.at("textDocument/completion", path, line, character)["items"]}


def test_not_supported_warnings_carry_the_code_and_text_of_check(client: LspClient, project: Path, tmp_path: Path):
    text = 'var $w : Integer\n$w:=Open form window("f")\nDIALOG("f")\nALERT("shown")\n'
    path = project / "Project" / "Sources" / "Methods" / "t_nosup.4dm"
    client.open(path, text)
    _at, diags = client.diagnostics(path, predicate=bool)
    assert [(d["range"]["start"]["line"], d["severity"], d["code"], d["message"]) for d in diags] == [
        (1, 2, "not-supported", "Open form window is not supported by run4d"),
        (2, 2, "not-supported", "DIALOG is not supported by run4d")]
    # The range covers the name, as `run4d --check --format json` gives it.
    copy = tmp_path / "t_nosup.4dm"
    copy.write_text(text, encoding="utf-8")
    expected = [(d.line - 1, d.column - 1, d.endColumn - 1, d.code, d.message) for d in check([str(copy)])]
    assert [(d["range"]["start"]["line"], d["range"]["start"]["character"], d["range"]["end"]["character"],
             d["code"], d["message"]) for d in diags] == expected
    assert all(d["data"] == {"runtimeError": -10790} for d in diags)


def test_completion_marks_the_commands_run4d_does_not_run(client: LspClient, project: Path):
    path = scratch(client, project, "t_marks", '$w:=Open form win\n$s:=Uppercase("a")\n')
    got = complete(client, path, 0, 17)
    item = got["Open form window"]
    assert item["labelDetails"] == {"description": "not in run4d"}
    assert item["documentation"]["value"].startswith("Not implemented by run4d.")
    assert item["kind"] == COMPLETION_KIND["Function"]
    upper = complete(client, path, 1, 9)["Uppercase"]
    assert "labelDetails" not in upper and upper["detail"].startswith("Uppercase(")
    # Implemented commands sort before the others.
    assert upper["sortText"] < item["sortText"].replace("open form window", "uppercase")


def test_completion_of_constants_keywords_and_methods(client: LspClient, project: Path):
    path = scratch(client, project, "t_names", "$k:=Is te\nFor ea\n$d:=dou\n")
    constant = complete(client, path, 0, 9)["Is text"]
    assert constant["kind"] == COMPLETION_KIND["Constant"] and constant["detail"].startswith("2 ")
    keyword = complete(client, path, 1, 6)["For each"]
    assert keyword["kind"] == COMPLETION_KIND["Keyword"]
    assert keyword["textEdit"]["range"]["start"] == {"line": 1, "character": 0}
    method = complete(client, path, 2, 7)["double"]
    assert method["kind"] == COMPLETION_KIND["Method"] and method["detail"] == "double($n : Integer) : Integer"
    assert method["documentation"]["value"] == "Doubles a number"


def test_completion_of_locals_and_parameters(client: LspClient, project: Path):
    text = "#DECLARE($count : Integer; $label : Text)\nvar $list : Collection\n$x:=1\n$\n"
    path = scratch(client, project, "t_locals", text)
    got = complete(client, path, 3, 1)
    assert {k: v["detail"] for k, v in got.items()} == {
        "$count": "parameter : Integer", "$label": "parameter : Text", "$list": "local : Collection",
        "$x": "local : Real"}


def test_completion_of_cs_and_4d_classes(client: LspClient, project: Path):
    path = scratch(client, project, "t_stores", "$a:=cs.\n$f:=4D.\n")
    assert set(complete(client, path, 0, 7)) == {"Greeter", "Polite"}
    builtin = complete(client, path, 1, 7)
    assert {"File", "Folder", "HTTPRequest", "Signal", "SystemWorker"} <= set(builtin)
    assert all(i["kind"] == COMPLETION_KIND["Class"] for i in builtin.values())


def test_completion_of_this_members_in_a_class(client: LspClient, project: Path):
    greeter = src(project, "Classes", "Greeter")
    client.open(greeter, GREETER.replace("\tThis.count+=1\n", "\tThis.count+=1\n\tThis.\n"))
    client.diagnostics(greeter)
    try:
        got = complete(client, greeter, 10, 6)
        assert {k: v["kind"] for k, v in got.items()} == {
            "name": COMPLETION_KIND["Property"], "count": COMPLETION_KIND["Property"],
            "hello": COMPLETION_KIND["Method"], "shout": COMPLETION_KIND["Property"]}
        assert got["shout"]["detail"] == "Function get Greeter.shout() : Text"
    finally:
        client.notify("textDocument/didClose", {"textDocument": {"uri": uri(greeter)}})


def test_hover_on_a_declared_variable_and_a_class_function(client: LspClient, project: Path):
    path = scratch(client, project, "t_hover", MAIN)
    value = client.at("textDocument/hover", path, 0, 5)["contents"]["value"]
    assert value.startswith("```4d\n$g : cs.Greeter\n```") and "inferred" not in value
    value = client.at("textDocument/hover", path, 1, 13)["contents"]["value"]
    assert value.startswith("```4d\nClass Greeter")


def test_definition_of_a_property_and_of_an_inherited_function(client: LspClient, project: Path):
    text = 'var $p : cs.Polite\n$p:=cs.Polite.new("a")\n$n:=$p.name\n$t:=$p.hello("b"; 1)\n'
    path = scratch(client, project, "t_definition", text)
    greeter = uri(src(project, "Classes", "Greeter"))
    (loc,) = client.at("textDocument/definition", path, 2, 8)
    assert loc == {"uri": greeter, "range": {"start": {"line": 1, "character": 9}, "end": {"line": 1, "character": 13}}}
    (loc,) = client.at("textDocument/definition", path, 3, 8)
    assert loc["uri"] == greeter and loc["range"]["start"] == {"line": 8, "character": 9}
    (loc,) = client.at("textDocument/definition", path, 1, 9)
    assert loc["uri"] == uri(src(project, "Classes", "Polite"))


def test_references_from_where_a_member_is_declared(client: LspClient, project: Path):
    greeter = src(project, "Classes", "Greeter")
    refs = client.at("textDocument/references", greeter, 8, 11, context={"includeDeclaration": True})
    where = {(r["uri"].rsplit("/", 1)[1], r["range"]["start"]["line"]) for r in refs}
    assert {("Greeter.4dm", 8), ("Polite.4dm", 3), ("main.4dm", 2)} <= where
    refs = client.at("textDocument/references", greeter, 1, 10, context={"includeDeclaration": False})
    assert sorted((r["range"]["start"]["line"], r["range"]["start"]["character"]) for r in refs
                  if r["uri"] == uri(greeter)) == [(5, 6), (10, 36), (13, 23)]


def test_workspace_symbols_find_classes_properties_and_methods(client: LspClient):
    found = {(s["name"], s["kind"], s.get("containerName")) for s in client.request("workspace/symbol",
                                                                                    {"query": "o"})}
    assert {("Polite", 5, None), ("count", 7, "Greeter"), ("shout", 6, "Greeter"), ("double", 12, None),
            ("hello", 6, "Greeter")} <= found


def test_tcp_session_on_localhost(project: Path):
    """`run4d lsp --tcp 0`: a whole session over a socket on 127.0.0.1, and the server ends after exit."""
    proc = subprocess.Popen([sys.executable, "-m", "interpreter.cli", "lsp", "--tcp", "0"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        port = int(re.search(r"127\.0\.0\.1:(\d+)", proc.stderr.readline()).group(1))
        deadline = time.monotonic() + TIMEOUT
        while True:
            try:
                sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        with sock:
            rpc = _SocketRpc(sock)
            result = rpc.request("initialize", {"processId": None, "rootUri": uri(project), "capabilities": {}})
            assert result["serverInfo"]["name"] == "run4d-lsp"
            rpc.notify("initialized", {})
            main = src(project, "Methods", "main")
            rpc.notify("textDocument/didOpen", {"textDocument": {"uri": uri(main), "languageId": "4d", "version": 1,
                                                                 "text": MAIN + "nope()\n"}})
            diags = rpc.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                             and m["params"]["uri"] == uri(main) and m["params"]["diagnostics"])
            assert [d["message"] for d in diags["params"]["diagnostics"]] == ["Unknown command or method: nope"]
            assert rpc.request("shutdown", None) is None
            rpc.notify("exit", None)
        assert proc.wait(TIMEOUT) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(TIMEOUT)
        proc.stderr.close()


class _SocketRpc:
    """JSON-RPC with Content-Length framing over a socket (requests from the server get null)."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock, self.buf, self.ids, self.seen = sock, b"", 0, []
        sock.settimeout(TIMEOUT)

    def send(self, msg: dict) -> None:
        import json

        body = json.dumps(msg).encode()
        self.sock.sendall(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method: str, params) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params):
        self.ids += 1
        self.send({"jsonrpc": "2.0", "id": self.ids, "method": method, "params": params})
        msg = self.wait(lambda m: m.get("id") == self.ids and "method" not in m)
        assert "error" not in msg, msg
        return msg.get("result")

    def wait(self, predicate) -> dict:
        import json

        deadline = time.monotonic() + TIMEOUT
        while True:
            for msg in self.seen:
                if predicate(msg):
                    self.seen.remove(msg)
                    return msg
            while b"\r\n\r\n" in self.buf:
                head, rest = self.buf.split(b"\r\n\r\n", 1)
                length = int(re.search(rb"Content-Length: *(\d+)", head, re.I).group(1))
                if len(rest) < length:
                    break
                msg = json.loads(rest[:length])
                self.buf = rest[length:]
                if "method" in msg and "id" in msg:
                    self.send({"jsonrpc": "2.0", "id": msg["id"], "result": None})
                else:
                    self.seen.append(msg)
            if any(predicate(m) for m in self.seen):
                continue
            assert time.monotonic() < deadline, "no answer over TCP"
            chunk = self.sock.recv(65536)
            assert chunk, "connection closed"
            self.buf += chunk


def test_opening_a_checked_file_publishes_its_diagnostics_at_once(client: LspClient, project: Path):
    """A file the start-up check went through: on open, its known diagnostics first, then
    those of the full compile that later keystrokes build on (the same)."""
    client.wait_notification(lambda m: m.get("method") == "$/progress" and m["params"]["value"]["kind"] == "end")
    double = src(project, "Methods", "double")
    since = time.perf_counter()
    client.open(double)
    target = uri(double)

    def published() -> list[dict]:
        return [x["params"] for at, x in client.notifications if at >= since
                and x.get("method") == "textDocument/publishDiagnostics" and x["params"]["uri"] == target]

    client.wait_notification(lambda _m: len(published()) >= 2, since=since)
    published = published()
    assert [(p["version"], p["diagnostics"]) for p in published] == [(1, []), (1, [])]
