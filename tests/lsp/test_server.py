"""`run4d lsp` as a subprocess, driven by a real LSP client on a scratch 4D project.

Every wait is bounded (tests/lsp/client.py); the server must exit by itself
after shutdown/exit.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from interpreter.compiler.check import check
from tests.lsp.client import LspClient, LspError, uri

GREETER = """\
// Greets people
property name : Text
property count : Integer

Class constructor($name : Text)
	This.name:=$name

// Says hello to someone
Function hello($who : Text; $times : Integer) : Text
	This.count+=1
	return "Hello "+$who+" from "+This.name

Function get shout() : Text
	return Uppercase(This.name)
"""

POLITE = """\
Class extends Greeter

Function bow() : Text
	return "*bows* "+This.hello("you"; 1)
"""

MAIN = """\
var $g : cs.Greeter
$g:=cs.Greeter.new("Ann")
$t:=$g.hello("Bob"; 2)
ALERT($t)
$n:=double(21)
"""

DOUBLE = """\
// Doubles a number
#DECLARE($n : Integer) : Integer
return $n*2
"""


def write_project(base: Path) -> Path:
    sources = base / "Demo" / "Project" / "Sources"
    (sources / "Classes").mkdir(parents=True)
    (sources / "Methods").mkdir()
    (sources / "Classes" / "Greeter.4dm").write_text(GREETER, encoding="utf-8")
    (sources / "Classes" / "Polite.4dm").write_text(POLITE, encoding="utf-8")
    (sources / "Methods" / "main.4dm").write_text(MAIN, encoding="utf-8")
    (sources / "Methods" / "double.4dm").write_text(DOUBLE, encoding="utf-8")
    return base / "Demo"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return write_project(tmp_path)


@pytest.fixture
def client(project: Path):
    """A server of its own, for the tests that change files on disk."""
    c = LspClient(project)
    yield c
    if c.proc.poll() is None:
        c.close()


@pytest.fixture(scope="module")
def shared_project(tmp_path_factory) -> Path:
    return write_project(tmp_path_factory.mktemp("shared"))


@pytest.fixture(scope="module")
def shared(shared_project: Path):
    """One server for the tests that only read the project (their edits go to scratch documents)."""
    c = LspClient(shared_project)
    yield c
    if c.proc.poll() is None:
        c.close()


def scratch(c: LspClient, project: Path, name: str, text: str) -> Path:
    """Open a document that exists only in the editor, and wait for its first diagnostics."""
    path = project / "Project" / "Sources" / "Methods" / f"{name}.4dm"
    c.open(path, text)
    c.diagnostics(path)
    return path



def src(project: Path, kind: str, name: str) -> Path:
    return project / "Project" / "Sources" / kind / f"{name}.4dm"


def open_and_settle(c: LspClient, path: Path) -> list:
    if uri(path) not in c.versions:
        c.open(path)
    _at, diags = c.diagnostics(path)
    return diags


def test_initialize_announces_the_features(shared: LspClient):
    caps = shared.init_result["capabilities"]
    for feature in ("completionProvider", "hoverProvider", "definitionProvider", "referencesProvider",
                    "documentSymbolProvider", "workspaceSymbolProvider", "signatureHelpProvider",
                    "semanticTokensProvider", "documentFormattingProvider"):
        assert caps.get(feature), feature
    assert shared.init_result["serverInfo"]["name"] == "run4d-lsp"


def test_a_syntax_error_is_reported_at_its_line_then_cleared_by_the_fix(shared: LspClient, shared_project: Path,
                                                                       tmp_path: Path):
    client = shared
    main = scratch(client, shared_project, "t_syntax", MAIN)
    broken = MAIN.replace('ALERT($t)', 'ALERT($t; )\nIf ($t="")\n\tALERT("empty"')
    client.change(main, broken)
    _at, diags = client.diagnostics(main)
    by_line = {(d["range"]["start"]["line"], d["message"].split(" (expected")[0]) for d in diags}
    assert (3, "unexpected ')'") in by_line  # ALERT($t; ) is line 4 (0-based 3)
    assert (5, "unexpected end of line") in by_line  # the unclosed ALERT("empty" of line 6
    assert all(d["severity"] == 1 and d["source"] == "run4d" and d["code"] == "syntax" for d in diags)
    # What `run4d --check --format json` gives for the same text: lines, columns, codes, messages.
    copy = tmp_path / "t_syntax.4dm"
    copy.write_text(broken, encoding="utf-8")
    expected = [(d.line - 1, d.column - 1, d.endLine - 1, d.endColumn - 1, d.code, d.message) for d in check([str(copy)])]
    got = [(d["range"]["start"]["line"], d["range"]["start"]["character"], d["range"]["end"]["line"],
            d["range"]["end"]["character"], d["code"], d["message"]) for d in diags]
    assert got == expected
    client.change(main, MAIN)
    _at, diags = client.diagnostics(main)
    assert diags == []


def test_compile_errors_and_a_caller_of_a_removed_method(client: LspClient, project: Path):
    main = src(project, "Methods", "main")
    double = src(project, "Methods", "double")
    assert open_and_settle(client, main) == []
    # The method disappears from the disk: its caller gets the compiler's error.
    double.unlink()
    since = time.perf_counter()
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": uri(double), "type": 3}]})
    _at, diags = client.diagnostics(main, since=since, current=False, predicate=bool)
    assert [d["message"] for d in diags] == ["Unknown command or method: double"]
    assert diags[0]["range"]["start"] == {"line": 4, "character": 4}
    assert diags[0]["range"]["end"] == {"line": 4, "character": 10}
    # It comes back: the error goes.
    double.write_text(DOUBLE, encoding="utf-8")
    since = time.perf_counter()
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": uri(double), "type": 1}]})
    _at, diags = client.diagnostics(main, since=since, current=False, predicate=lambda d: not d)
    assert diags == []


def test_removing_a_class_function_flags_its_callers_in_every_file(client: LspClient, project: Path):
    main = src(project, "Methods", "main")
    greeter = src(project, "Classes", "Greeter")
    polite = src(project, "Classes", "Polite")
    assert open_and_settle(client, main) == []
    assert open_and_settle(client, greeter) == []
    since = time.perf_counter()
    client.change(greeter, GREETER.replace("Function hello(", "Function greet("))
    _at, diags = client.diagnostics(main, since=since, current=False, predicate=bool)
    assert [(d["message"], d["severity"], d["range"]["start"]) for d in diags] == [
        ("The class Greeter has no function hello", 2, {"line": 2, "character": 7})]
    # Polite (closed) calls This.hello() on a subclass: checked again too.
    _at, diags = client.diagnostics(polite, since=since, current=False, predicate=bool)
    assert [d["message"] for d in diags] == ["The class Polite has no function hello"]
    since = time.perf_counter()
    client.change(greeter, GREETER)
    _at, diags = client.diagnostics(main, since=since, current=False, predicate=lambda d: not d)
    _at, diags = client.diagnostics(polite, since=since, current=False, predicate=lambda d: not d)


def test_completion_of_a_command_prefix(shared: LspClient, shared_project: Path):
    client, project = shared, shared_project
    main = src(project, "Methods", "main")
    main = scratch(client, project, "t_complete", MAIN + "$s:=Upperc\n$o:=New ob\n")
    items = client.at("textDocument/completion", main, 5, 10)["items"]
    upper = next(i for i in items if i["label"] == "Uppercase")
    assert upper["detail"].startswith("Uppercase(")
    assert upper["textEdit"]["range"]["start"] == {"line": 5, "character": 4}
    items = client.at("textDocument/completion", main, 6, 10)["items"]
    new_object = next(i for i in items if i["label"] == "New object")
    # The two words typed are replaced by the name of two words.
    assert new_object["textEdit"]["range"]["start"] == {"line": 6, "character": 4}


def test_completion_of_members_of_a_class_instance(shared: LspClient, shared_project: Path):
    client, project = shared, shared_project
    main = src(project, "Methods", "main")
    main = scratch(client, project, "t_members", MAIN + "$g.\n$p:=cs.Polite.new(\"x\")\n$p.\n")
    labels = {i["label"]: i for i in client.at("textDocument/completion", main, 5, 3)["items"]}
    assert {"name", "count", "hello", "shout"} <= set(labels)
    assert labels["hello"]["detail"] == "Function Greeter.hello($who : Text; $times : Integer) : Text"
    assert labels["hello"]["documentation"]["value"] == "Says hello to someone"
    inherited = {i["label"] for i in client.at("textDocument/completion", main, 7, 3)["items"]}
    assert {"bow", "hello", "name"} <= inherited
    classes = {i["label"] for i in client.at("textDocument/completion", main, 1, 7)["items"]}
    assert classes == {"Greeter", "Polite"}


def test_hover_on_a_command_a_method_and_a_local(shared: LspClient, shared_project: Path):
    client, project = shared, shared_project
    main = src(project, "Methods", "main")
    open_and_settle(client, main)
    hover = client.at("textDocument/hover", main, 3, 2)
    assert hover["contents"]["value"].startswith("```4d\nALERT(")
    assert hover["range"] == {"start": {"line": 3, "character": 0}, "end": {"line": 3, "character": 5}}
    hover = client.at("textDocument/hover", main, 4, 6)
    assert hover["contents"]["value"].startswith("```4d\ndouble($n : Integer) : Integer\n```")
    assert "Doubles a number" in hover["contents"]["value"]
    hover = client.at("textDocument/hover", main, 2, 1)
    assert "$t : Text" in hover["contents"]["value"] and "inferred" in hover["contents"]["value"]
    hover = client.at("textDocument/hover", main, 2, 8)
    assert "Function Greeter.hello($who : Text; $times : Integer) : Text" in hover["contents"]["value"]


def test_definition_of_a_class_a_function_and_a_method(shared: LspClient, shared_project: Path):
    client, project = shared, shared_project
    main = src(project, "Methods", "main")
    open_and_settle(client, main)
    greeter = uri(src(project, "Classes", "Greeter"))
    (loc,) = client.at("textDocument/definition", main, 0, 14)  # var $g : cs.Greeter
    assert loc["uri"] == greeter and loc["range"]["start"] == {"line": 0, "character": 0}
    (loc,) = client.at("textDocument/definition", main, 1, 9)  # cs.Greeter.new
    assert loc["uri"] == greeter
    (loc,) = client.at("textDocument/definition", main, 2, 8)  # $g.hello
    assert loc["uri"] == greeter and loc["range"]["start"] == {"line": 8, "character": 9}
    (loc,) = client.at("textDocument/definition", main, 4, 6)  # double(21)
    assert loc["uri"] == uri(src(project, "Methods", "double"))


def test_references_of_a_class_function(shared: LspClient, shared_project: Path):
    client, project = shared, shared_project
    main = src(project, "Methods", "main")
    open_and_settle(client, main)
    refs = client.at("textDocument/references", main, 2, 8, context={"includeDeclaration": True})
    where = sorted((r["uri"].rsplit("/", 1)[1], r["range"]["start"]["line"]) for r in refs)
    assert {("Greeter.4dm", 8), ("Polite.4dm", 3), ("main.4dm", 2)} <= set(where)
    # The other tests' scratch documents hold copies of main: their call is found too.
    assert all(name.startswith("t_") and line == 2 for name, line in set(where) - {("Greeter.4dm", 8),
                                                                                  ("Polite.4dm", 3), ("main.4dm", 2)})


def test_document_symbols_of_a_class_file(shared: LspClient, shared_project: Path):
    client, project = shared, shared_project
    greeter = src(project, "Classes", "Greeter")
    (cls,) = client.request("textDocument/documentSymbol", {"textDocument": {"uri": uri(greeter)}})
    assert cls["name"] == "Greeter" and cls["kind"] == 5
    children = [(c["name"], c["kind"], c["selectionRange"]["start"]["line"]) for c in cls["children"]]
    assert children == [("name", 7, 1), ("count", 7, 2), ("constructor", 9, 4), ("hello", 6, 8),
                        ("get shout", 7, 12)]
    polite = src(project, "Classes", "Polite")
    (cls,) = client.request("textDocument/documentSymbol", {"textDocument": {"uri": uri(polite)}})
    assert cls["detail"] == "extends Greeter"


def test_workspace_symbols(shared: LspClient):
    client = shared
    found = client.request("workspace/symbol", {"query": "hel"})
    assert {(s["name"], s.get("containerName")) for s in found} == {("hello", "Greeter")}
    found = client.request("workspace/symbol", {"query": "dou"})
    assert [s["name"] for s in found] == ["double"]


def test_signature_help_for_a_command_and_a_class_function(shared: LspClient, shared_project: Path):
    client, project = shared, shared_project
    main = src(project, "Methods", "main")
    main = scratch(client, project, "t_signature", MAIN + 'ALERT("a"; \n$g.hello("x"; \n')
    help_ = client.at("textDocument/signatureHelp", main, 5, 11)
    assert help_["signatures"][0]["label"].startswith("ALERT(") and help_["activeParameter"] == 1
    help_ = client.at("textDocument/signatureHelp", main, 6, 14)
    sig = help_["signatures"][0]
    assert sig["label"] == "Function Greeter.hello($who : Text; $times : Integer) : Text"
    assert help_["activeParameter"] == 1 and sig["parameters"][1]["label"] == "$times : Integer"


def test_semantic_tokens_tell_commands_methods_and_classes_apart(shared: LspClient, shared_project: Path):
    client, project = shared, shared_project
    main = src(project, "Methods", "main")
    open_and_settle(client, main)
    legend = client.init_result["capabilities"]["semanticTokensProvider"]["legend"]["tokenTypes"]
    data = client.request("textDocument/semanticTokens/full", {"textDocument": {"uri": uri(main)}})["data"]
    tokens, line, char = [], 0, 0
    lines = MAIN.split("\n")
    for i in range(0, len(data), 5):
        dl, dc, length, typ, _mods = data[i:i + 5]
        line, char = line + dl, (char + dc if dl == 0 else dc)
        tokens.append((lines[line][char:char + length], legend[typ]))
    assert ("ALERT", "function") in tokens
    assert ("double", "method") in tokens
    assert ("Greeter", "class") in tokens
    assert ("hello", "method") in tokens
    assert ('"Ann"', "string") in tokens
    assert ("var", "keyword") in tokens


def test_formatting_indents_blocks_with_tabs(shared: LspClient, shared_project: Path):
    client, project = shared, shared_project
    main = src(project, "Methods", "main")
    text = "If (True)\nALERT(\"x\")\n    Case of\n: (1=1)\n$a:=1   \nElse\n$a:=2\nEnd case\nEnd if\n"
    main = scratch(client, project, "t_format", text)
    edits = client.request("textDocument/formatting", {"textDocument": {"uri": uri(main)},
                                                       "options": {"tabSize": 4, "insertSpaces": False}})
    lines = text.split("\n")
    for e in sorted(edits, key=lambda e: -e["range"]["start"]["line"]):
        lines[e["range"]["start"]["line"]] = e["newText"]
    assert "\n".join(lines) == ("If (True)\n\tALERT(\"x\")\n\tCase of\n\t\t: (1=1)\n\t\t\t$a:=1\n\t\tElse\n"
                                "\t\t\t$a:=2\n\tEnd case\nEnd if\n")


def test_a_failing_request_gets_an_error_and_the_server_goes_on(shared: LspClient, shared_project: Path):
    client, project = shared, shared_project
    ghost = project / "Project" / "Sources" / "Methods" / "ghost.4dm"  # neither open nor on disk
    with pytest.raises(LspError):
        client.at("textDocument/hover", ghost, 0, 0)
    main = src(project, "Methods", "main")
    open_and_settle(client, main)
    assert client.at("textDocument/hover", main, 3, 2) is not None
    # the server logs the failure on stderr, read by another thread of the client: wait for it (bounded)
    deadline = time.monotonic() + 10
    while "Traceback" not in "".join(client.stderr) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "Traceback" in "".join(client.stderr)


def test_shutdown_and_exit(project: Path):
    c = LspClient(project)
    assert c.close() == 0


def test_a_folder_of_4dm_files_without_a_project(tmp_path: Path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "Counter.4dm").write_text("property n : Integer\nFunction inc()\n\tThis.n+=1\n")
    (tmp_path / "run.4dm").write_text("var $c : cs.Counter\n$c:=cs.Counter.new()\n$c.inc()\nnope()\n")
    c = LspClient(tmp_path)
    try:
        c.open(tmp_path / "run.4dm")
        _at, diags = c.diagnostics(tmp_path / "run.4dm")
        assert [d["message"] for d in diags] == ["Unknown command or method: nope"]
        labels = {i["label"] for i in c.at("textDocument/completion", tmp_path / "run.4dm", 2, 3)["items"]}
        assert labels == {"n", "inc"}
    finally:
        c.close()


def test_a_file_opened_without_a_workspace_folder_knows_its_neighbours(tmp_path: Path):
    (tmp_path / "Classes").mkdir()
    (tmp_path / "Classes" / "Box.4dm").write_text("property size : Integer\n", encoding="utf-8")
    (tmp_path / "helper.4dm").write_text("#DECLARE() : Integer\nreturn 1\n", encoding="utf-8")
    main = tmp_path / "main.4dm"
    main.write_text("var $b : cs.Box\n$b:=cs.Box.new()\n$n:=helper()+$b.size\nmissing()\n", encoding="utf-8")
    c = LspClient(None)
    try:
        c.open(main)
        _at, diags = c.diagnostics(main)
        assert [d["message"] for d in diags] == ["Unknown command or method: missing"]
    finally:
        c.close()
