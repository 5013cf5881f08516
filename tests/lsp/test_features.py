"""The editor features on a workspace, in process (the server test drives the same over LSP)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types as lsp

from interpreter.lsp import completion, formatting, highlight, hover, navigation
from interpreter.lsp.workspace import Workspace

SHAPE = """\
property sides : Collection
property label : Text

Class constructor($label : Text)
	This.label:=$label
	This.sides:=[]
	This.cache:={}

Function area() : Real
	var $total : Real
	For each ($s; This.sides)
		$total+=$s
	End for each
	return $total

Function get perimeter() : Real
	return This.sides.sum()
"""

SQUARE = """\
Class extends Shape

Function scale($k : Real) -> $result : cs.Square
	$result:=cs.Square.new("scaled")
"""


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    sources = tmp_path / "Project" / "Sources"
    (sources / "Classes").mkdir(parents=True)
    (sources / "Methods").mkdir()
    (sources / "Classes" / "Shape.4dm").write_text(SHAPE, encoding="utf-8")
    (sources / "Classes" / "Square.4dm").write_text(SQUARE, encoding="utf-8")
    w = Workspace(str(tmp_path))
    for path in w.discover():
        w.check(path)
    return w


def edit(ws: Workspace, name: str, text: str) -> str:
    path = str(Path(ws.root, "Project", "Sources", "Methods", f"{name}.4dm"))
    ws.set_text(path, text, 1)
    ws.check(path)
    return path


def labels(ws: Workspace, path: str, line: int, char: int) -> dict[str, lsp.CompletionItem]:
    return {i.label: i for i in completion.complete(ws, path, lsp.Position(line, char)).items}


def test_members_of_this_collections_objects_and_results(ws: Workspace):
    shape = str(Path(ws.root, "Project", "Sources", "Classes", "Shape.4dm"))
    ws.set_text(shape, SHAPE.replace("\treturn $total\n", "\tThis.\n\tThis.sides.\n\treturn $total\n"), 1)
    got = labels(ws, shape, 13, 6)
    assert {"sides", "label", "area", "perimeter", "cache"} - {"cache"} <= set(got)
    assert got["perimeter"].kind == lsp.CompletionItemKind.Property
    got = labels(ws, shape, 14, 12)
    assert {"length", "push", "sum", "orderBy"} <= set(got)
    path = edit(ws, "m", '$o:={a: 1; b: "x"}\n$o.c:=2\n$o.\n$q:=cs.Square.new("a").scale(2)\n$q.\n')
    assert set(labels(ws, path, 2, 3)) == {"a", "b", "c"}
    assert {"scale", "area", "sides"} <= set(labels(ws, path, 4, 3))


def test_locals_parameters_and_types(ws: Workspace):
    path = edit(ws, "m", "#DECLARE($count : Integer; $name : Text)\nvar $list : Collection\n$x:=1\n$\nvar $y : \n")
    got = labels(ws, path, 3, 1)
    assert set(got) == {"$count", "$name", "$list", "$x"}
    assert got["$count"].detail == "parameter : Integer" and got["$x"].detail == "local : Real"
    got = labels(ws, path, 4, 9)
    assert {"Text", "Integer", "Collection", "cs", "4D"} <= set(got)


def test_names_of_several_words_and_methods(ws: Workspace):
    edit(ws, "helper", "#DECLARE($a : Text) : Object\nreturn {a: $a}\n")
    path = edit(ws, "m", "$o:=New ob\n$h:=hel\n$v:=Is te\n")
    got = labels(ws, path, 0, 10)
    assert got["New object"].text_edit.range.start.character == 4
    got = labels(ws, path, 1, 7)
    assert got["helper"].detail == "helper($a : Text) : Object"
    assert "Is text" in labels(ws, path, 2, 9)


def test_nothing_is_offered_inside_text_or_comments(ws: Workspace):
    path = edit(ws, "m", '$t:="New ob\n// New ob\n')
    assert labels(ws, path, 0, 11) == {}
    assert labels(ws, path, 1, 9) == {}


def test_hover_shows_inferred_types_and_accessors(ws: Workspace):
    path = edit(ws, "m", '$sq:=cs.Square.new("a")\n$p:=$sq.perimeter\n')
    text = hover.hover(ws, path, lsp.Position(0, 1)).contents.value
    assert "$sq : cs.Square" in text and "(inferred)" in text
    text = hover.hover(ws, path, lsp.Position(1, 10)).contents.value
    assert "Function get Shape.perimeter() : Real" in text
    text = hover.hover(ws, path, lsp.Position(0, 9)).contents.value
    assert "Class Square extends Shape" in text


def test_definition_of_an_inherited_function_and_a_local(ws: Workspace):
    path = edit(ws, "m", 'var $sq : cs.Square\n$sq:=cs.Square.new("a")\n$a:=$sq.area()\n')
    (loc,) = navigation.definition(ws, path, lsp.Position(2, 9))
    assert loc.uri.endswith("Shape.4dm") and loc.range.start == lsp.Position(8, 9)
    (loc,) = navigation.definition(ws, path, lsp.Position(2, 6))
    assert loc.range.start == lsp.Position(0, 4)


def test_references_of_a_local_stay_in_its_function(ws: Workspace):
    shape = str(Path(ws.root, "Project", "Sources", "Classes", "Shape.4dm"))
    ws.set_text(shape, SHAPE, 1)
    refs = navigation.references(ws, shape, lsp.Position(9, 7))
    assert sorted(r.range.start.line for r in refs) == [9, 11, 13]


def test_references_leave_out_other_classes(ws: Workspace):
    edit(ws, "other", "var $x : cs.Other\n$x.area()\n$y.area()\n")
    path = edit(ws, "m", 'var $sq : cs.Square\n$a:=$sq.area()\n')
    refs = navigation.references(ws, path, lsp.Position(1, 9), True)
    where = sorted((r.uri.rsplit("/", 1)[1], r.range.start.line) for r in refs)
    # $x is a cs.Other (not a Shape): left out; $y is unknown: kept.
    assert where == [("Shape.4dm", 8), ("m.4dm", 1), ("other.4dm", 2)]


def test_formatting_a_class_indents_function_bodies():
    text = "property a : Text\nFunction f()\nIf (True)\nreturn 1\nEnd if\nFunction g()\n\t\t$x:=\\\n   1\n"
    assert formatting.formatted_lines(text) == ["property a : Text", "Function f()", "\tIf (True)", "\t\treturn 1",
                                                "\tEnd if", "Function g()", "\t$x:=\\", "   1", ""]


def test_semantic_tokens_of_multi_word_names_and_comments(ws: Workspace):
    path = edit(ws, "m", '$o:=New object("a"; Is text) // done\n/* one\ntwo */ ALERT("x")\n')
    data = highlight.semantic_tokens(ws, path).data
    lines = ws.text(path).split("\n")
    tokens, line, char = [], 0, 0
    for i in range(0, len(data), 5):
        dl, dc, length, typ, _mods = data[i:i + 5]
        line, char = line + dl, (char + dc if dl == 0 else dc)
        tokens.append((lines[line][char:char + length], highlight.TOKEN_TYPES[typ]))
    assert ("New object", "function") in tokens and ("Is text", "enumMember") in tokens
    assert ("// done", "comment") in tokens and ("/* one", "comment") in tokens and ("two */", "comment") in tokens
    assert ("ALERT", "function") in tokens


def test_a_file_being_typed_keeps_its_outline(ws: Workspace):
    shape = str(Path(ws.root, "Project", "Sources", "Classes", "Shape.4dm"))
    ws.set_text(shape, SHAPE.replace("\treturn $total\n", "\treturn $total +\n"), 1)
    errors, _ = ws.check(shape)
    assert errors and errors[0].kind == "syntax error"
    (cls,) = navigation.document_symbols(ws, shape)
    assert [c.name for c in cls.children] == ["sides", "label", "constructor", "area", "get perimeter"]


def test_hover_on_names_of_several_words_and_constants(ws: Workspace):
    path = edit(ws, "m", '$o:=New object("a"; Is text)\n')
    text = hover.hover(ws, path, lsp.Position(0, 6)).contents.value
    assert text.startswith("```4d\nNew object(") and ": Object" in text
    text = hover.hover(ws, path, lsp.Position(0, 22)).contents.value
    assert text.startswith("```4d\nIs text = 2\n```")


def test_orda_events_are_not_offered_as_members(ws: Workspace):
    entity = Path(ws.root, "Project", "Sources", "Classes", "ThingEntity.4dm")
    entity.write_text("Class extends Entity\n\nFunction event touched name($event : Object)\n\tThis.code:=1\n\n"
                      "Function event validateSave($event : Object) : Object\n\treturn Null\n\n"
                      "Function describe() : Text\n\treturn \"thing\"\n", encoding="utf-8")
    ws.check(str(entity))
    path = edit(ws, "m", "var $t : cs.ThingEntity\n$t.\n")
    got = set(labels(ws, path, 1, 3))
    assert "describe" in got
    assert not any("touched" in label or "validateSave" in label for label in got)
