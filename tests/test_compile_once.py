"""The work a check does once instead of several times gives what the separate passes gave.

bench/README.md, "Compile speed": a method's array variables and property writes come from
one walk of its body (writes.method_facts), and its own fast signature from the pre-scan its
compilation makes anyway (codegen.Compiler._scanned_signature). Compared here with the
separate passes on every golden method and on made-up cases.
"""

from __future__ import annotations

import pytest

from interpreter.compiler import nodes as n
from interpreter.compiler.codegen import Compiler
from interpreter.compiler.codegen_array import array_variables
from interpreter.compiler.program import Program
from interpreter.compiler.writes import method_facts, unit_writes
from tests import golden
from tests.fuzzing import SOURCES

CASES = {
    "arrays": "ARRAY TEXT(pa; 2)\nARRAY LONGINT(<>ia; 0)\nARRAY TEXT($la; 1)\nARRAY STRING(10; ps; 2)\n",
    "writes typed later": "$o[$k]:=1\nvar $k : Integer\n$o.b+=2\nFor each ($o.c; $list)\nEnd for each\n",
    "writes legacy": "C_TEXT($k)\n$o[$k]:=1\nOB SET($o; \"x\"; 1; $name; 2)\nOB SET NULL($o; \"y\")\n",
    "dynamic": "JSON RESOLVE POINTERS($o)\n",
    "formula": "$f:=Formula($1.a:=$2)\n$g:=Formula(This.z:=1)\n",
    "params": "#DECLARE($a : Integer; $b : Text) : Real\n$o[$a]:=1\n$o[$b]:=2\n",
    "by number": "#DECLARE($a : Integer) : Integer\nreturn $1+m($a)\n",
    "count": "#DECLARE($a : Text)\n$n:=Count parameters\n",
    "indirect": "#DECLARE($a : Real)\n$x:=${2}\n",
    "variadic": "#DECLARE($a : Integer; ... : Text)\n$x:=m($a)\n",
    "object param": "#DECLARE($o : Object; $c : Collection) : Boolean\nreturn m($o; $c)\n",
    "untyped param": "#DECLARE($v)\nreturn m($v)\n",
    "legacy numbered": "C_LONGINT($1)\n$x:=$1\n",
    "other method": "C_LONGINT(m; $1)\n$x:=1\n",
}


def _methods():
    out = [(name, text) for name, text in CASES.items()]
    for case in golden.collect():
        for path in golden.load(case).files:
            out.append((str(path), path.read_text(encoding="utf-8")))
    for path in SOURCES:
        out.append((str(path), path.read_text(encoding="utf-8")))
    return out


METHODS = _methods()


def _unit(text: str):
    program = Program()
    program.declare_name("m")
    try:
        return program, program.parse_unit(text, "m.4dm", "m")
    except Exception:
        return program, None


@pytest.mark.parametrize("name,text", METHODS, ids=[m[0] for m in METHODS])
def test_one_walk_gives_the_separate_passes(name, text):
    _program, unit = _unit(text)
    if unit is None or unit.cls is not None:
        return
    assert method_facts(unit.method) == (array_variables(unit), unit_writes(unit))


def _separate_signature(program: Program, fdef: n.FunctionDef):
    """What Compiler._fast_signature decides, with its own pre-scan."""
    return Compiler(program, "m.4dm", "")._fast_signature(fdef, "method")


@pytest.mark.parametrize("name,text", METHODS, ids=[m[0] for m in METHODS])
def test_signature_from_the_compile_pre_scan(name, text):
    program, unit = _unit(text)
    if unit is None or unit.cls is not None:
        return
    program.declare(unit)
    sig = _separate_signature(program, unit.method)
    comp = Compiler(program, "m.4dm", text)
    comp.compile_method(unit.method, "M_m")
    expected = None if sig is None else ("m", sig[0], "MF" + "".join(t[0] for t in sig[0]) + "_M_m")
    assert comp.self_method == expected
    assert comp.self_pending is None


def test_some_methods_have_a_signature():
    found = []
    for text in CASES.values():
        program, unit = _unit(text)
        program.declare(unit)
        found.append(_separate_signature(program, unit.method))
    assert (["integer", "text"], "real") in found and None in found
