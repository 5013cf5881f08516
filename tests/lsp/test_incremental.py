"""Incremental parsing and checking give what the compiler gives for the whole file."""

from __future__ import annotations

import pytest

from interpreter.compiler import nodes as n
from interpreter.compiler.check import check_files, diagnostic
from interpreter.compiler.parser import parse_items
from interpreter.compiler.program import Program
from interpreter.lsp.blocks import chunk_ranges, scan
from interpreter.lsp.checker import CheckProgram, StatementCache, check_file
from interpreter.lsp.incremental import FileParser
from runtime.errors import CompileErrors

METHOD = """\
//%attributes = {}
#DECLARE($n : Integer) : Text
var $i : Integer
var $t : Text
/* a block comment
   If (this is not code)
*/
For ($i; 1; $n)
	If ($i%2=0)
		$t:=$t+String($i)
	Else
		Case of
			: ($i=1)
				$t:=$t+"one"
			Else
				$t:=$t+\\
					"?"
		End case
	End if
End for
$n:=Try(Num($t))
Repeat
	$i:=$i-1
Until ($i<=0)
return $t
"""

CLASS = """\
Class extends Base
property name : Text

Class constructor($name : Text)
	This.name:=$name

shared Function hello($who : Text) : Text
	var $s : Text
	If ($who="")
		$s:="nobody"
	End if
	return $s
"""


def dump(x):
    """A node tree as nested tuples, positions included."""
    if isinstance(x, n.Node):
        return (type(x).__name__, x.line, x.col, x.src_start, x.src_end, tuple(dump(getattr(x, f)) for f in x._fields))
    if isinstance(x, (list, tuple)):
        return tuple(dump(v) for v in x)
    return x


@pytest.fixture(scope="module", autouse=True)
def names():
    Program()  # registers the commands' names with the lexer


def test_top_level_statements_are_whole_blocks():
    lines = scan(METHOD)
    starts = [METHOD.split("\n")[a] for a, _b in chunk_ranges(lines)]
    # A comment goes with the statement after it; a block is one statement.
    assert starts == ["//%attributes = {}", "var $i : Integer", "var $t : Text", "/* a block comment",
                      "$n:=Try(Num($t))", "Repeat", "return $t", ""]  # the empty last line
    assert not any(s.strip().startswith(("If", "Else", "Case", ":", "End", '"?"')) for s in starts)


@pytest.mark.parametrize("text", [METHOD, CLASS], ids=["method", "class"])
def test_the_pieces_parse_to_the_whole_file_tree(text):
    whole = dump(parse_items(text, "x.4dm"))
    parsed = FileParser("x.4dm").parse(text)
    assert parsed.ok and dump(parsed.items) == whole


@pytest.mark.parametrize("bad", [
    ("\t\t$t:=$t+String($i)", "\t\t$t:=$t+String($i"),
    ("End case", "End cas"),
    ("Until ($i<=0)", "Until"),
    ("\tIf ($i%2=0)", "\tIf ($i%2=0))"),
])
def test_syntax_errors_are_those_of_the_whole_file(bad):
    text = METHOD.replace(*bad)
    with pytest.raises(CompileErrors) as whole:
        parse_items(text, "x.4dm")
    parsed = FileParser("x.4dm").parse(text)
    assert not parsed.ok
    assert [e.render() for e in parsed.syntax_errors] == [e.render() for e in whole.value.errors]


def test_an_edit_parses_one_statement_and_moves_the_others():
    fp = FileParser("x.4dm")
    fp.parse(METHOD)
    edited = METHOD.replace("var $t : Text", "var $t : Text\nvar $u : Text")
    parsed = fp.parse(edited)
    assert fp.parsed_count == 1  # the new line; everything below moved without parsing
    assert dump(parsed.items) == dump(parse_items(edited, "x.4dm"))
    broken = edited.replace("Until ($i<=0)", "Until (")
    parsed = fp.parse(broken)
    assert fp.parsed_count == 1
    with pytest.raises(CompileErrors) as whole:
        parse_items(broken, "x.4dm")
    assert [e.render() for e in parsed.syntax_errors] == [e.render() for e in whole.value.errors]
    # An error in a statement that moves is reported at its new line.
    moved = broken.replace("//%attributes = {}", "//%attributes = {}\n\n")
    parsed = fp.parse(moved)
    assert fp.parsed_count == 1
    assert [e.line for e in parsed.syntax_errors] == [e.line + 2 for e in whole.value.errors]


def test_check_gives_the_errors_of_the_compiler(tmp_path):
    text = METHOD.replace('$t:=$t+"one"', '$t:=$t+nothing("one")').replace("return $t", "ALERT(1; 2; 3)\nreturn $t")
    text = text.replace("var $t : Text", "var $t : Text\nDIALOG(\"form\")")  # a warning: not supported
    path = tmp_path / "m.4dm"
    path.write_text(text, encoding="utf-8")
    program = CheckProgram()
    cache = StatementCache()
    fp = FileParser(str(path))
    errors = check_file(program, fp.parse(text), "m", cache)
    assert [diagnostic(e) for e in errors] == check_files([str(path)])
    assert {d.code for d in check_files([str(path)])} == {"compile", "not-supported"}
    assert cache.compiled == 8  # var, var, DIALOG, For, $n:=..., Repeat, ALERT, return
    # One statement changes: it alone is compiled again; the others' errors move with them.
    edited = text.replace("var $i : Integer", "var $i : Integer\n$t:=\"x\"")
    errors = check_file(program, fp.parse(edited), "m", cache)
    assert cache.compiled == 1
    path.write_text(edited, encoding="utf-8")
    assert [diagnostic(e) for e in errors] == check_files([str(path)])


def test_a_declaration_change_compiles_the_function_again(tmp_path):
    program = CheckProgram()
    cache = StatementCache()
    fp = FileParser("m.4dm")
    check_file(program, fp.parse(METHOD), "m", cache)
    check_file(program, fp.parse(METHOD.replace("var $t : Text", "var $t : Object")), "m", cache)
    assert cache.compiled > 5


def test_class_files_are_checked_with_their_parent(tmp_path):
    program = CheckProgram()
    errors = check_file(program, FileParser("C.4dm").parse(CLASS), "C", StatementCache())
    assert [e.message for e in errors] == ['The class "Base" does not exist']
    program.declare_class("Base")
    assert check_file(program, FileParser("C.4dm").parse(CLASS), "C", StatementCache()) == []


@pytest.mark.parametrize("where", [3, 8, 14, 22], ids=["top", "in-for", "in-case", "near-end"])
@pytest.mark.parametrize("opener", ["If ($i>0)", "For each ($x; $c)", "Case of", "While (True)"])
def test_a_block_left_open_is_diagnosed_as_the_whole_file(where, opener):
    lines = METHOD.split("\n")
    text = "\n".join(lines[:where] + [opener] + lines[where:])
    with pytest.raises(CompileErrors) as whole:
        parse_items(text, "x.4dm")
    fp = FileParser("x.4dm")
    fp.parse(METHOD)
    parsed = fp.parse(text)
    assert [e.render() for e in parsed.syntax_errors] == [e.render() for e in whole.value.errors]
    assert fp.parsed_count <= 3  # the opener, and the statements cut around it
    # The statements inside still give their items (outline, completion while typing).
    assert any(isinstance(i, n.Return) for i in parsed.items)


def test_a_block_left_open_in_a_class_ends_at_the_next_function():
    text = CLASS.replace("\tvar $s : Text", "\tvar $s : Text\n\tFor ($i; 1; 2)")
    text = text.replace("Class constructor", "Function other()\n\tIf (True)\n\t\t$a:=1\n\nClass constructor")
    with pytest.raises(CompileErrors) as whole:
        parse_items(text, "C.4dm")
    parsed = FileParser("C.4dm").parse(text)
    assert [e.render() for e in parsed.syntax_errors] == [e.render() for e in whole.value.errors]


_EDIT_LINES = ["If ($i>0)", "End if", "\t$t:=$t+\"x\"", "Case of", ": ($i=2)", "End case", "/* open", "*/",
               "$x:=1+\\", "\t2", "Else", "Function extra()", "$t:=Substring($t; 1", "", "// note", "For ($i; 1; 2)",
               "End for", "$s:=\"a /* b\"", "\tvar $z : Integer"]


@pytest.mark.parametrize("base", [METHOD, CLASS], ids=["method", "class"])
def test_random_edits_give_what_a_fresh_parse_gives(base):
    """Each version, parsed from the previous one (statements and scan reused), is what
    the whole-file parser and a fresh scan give: same lines, tree, positions and errors."""
    import random

    rng = random.Random(17)
    fp = FileParser("x.4dm")
    lines = base.split("\n")
    fp.parse(base)
    history = [list(lines)]
    outcomes = set()
    for _step in range(50):
        what = rng.choice(["insert", "delete", "replace", "type", "undo"])
        i = rng.randrange(len(lines) + (what == "insert"))
        if what == "insert":
            lines.insert(i, rng.choice(_EDIT_LINES))
        elif what == "delete" and len(lines) > 2:
            del lines[min(i, len(lines) - 1)]
        elif what == "replace":
            lines[min(i, len(lines) - 1)] = rng.choice(_EDIT_LINES)
        elif what == "type":
            k = min(i, len(lines) - 1)
            lines[k] = lines[k][: len(lines[k]) // 2] + rng.choice(["1", " ", "(", "\"", "x"]) + lines[k][len(lines[k]) // 2:]
        elif len(history) > 1:  # back to the version before the last: its statements are spares
            history.pop()
            lines = list(history[-1])
        history.append(list(lines))
        text = "\n".join(lines)
        parsed = fp.parse(text)
        fresh = scan(text)
        assert [(x.code, x.kind, x.keyword, x.level, x.ends_chunk, x.open_before) for x in parsed.lines] == \
               [(x.code, x.kind, x.keyword, x.level, x.ends_chunk, x.open_before) for x in fresh]
        assert parsed.lines.open_at_end == fresh.open_at_end and parsed.lines.states == fresh.states
        try:
            whole = parse_items(text, "x.4dm")
        except CompileErrors as e:
            assert not parsed.ok
            assert [x.render() for x in parsed.syntax_errors] == [x.render() for x in e.errors]
            outcomes.add("error")
        else:
            assert parsed.ok and dump(parsed.items) == dump(whole)
            outcomes.add("ok")
    assert outcomes == {"ok", "error"}
