"""This.f() inside a class: what the compiler decides statically, and what stays dynamic.

docs/decisions.md, "Speed without changing meaning": a class function called as This.f()
from its own class gets a fast entry (no checks on entry) when This is an instance of
exactly that class and the arguments have the parameters' declared types; the own-property
check is left out only when no code compiled so far can write a property named f
(interpreter/compiler/writes.py). The golden cases classes/fast_this_calls* check the
behaviour; these tests check the decisions themselves.
"""

from __future__ import annotations

import os

import pytest

from interpreter.compiler.loader import load
from interpreter.compiler.program import Program
from interpreter.compiler.writes import body_writes, unit_writes

FIB = """Function fib($n : Integer) : Integer
	If ($n<2)
		return $n
	End if
	return This.fib($n-1)+This.fib($n-2)

Function sum($n : Integer) : Integer
	return This.fib($n)+This.fib($n)
"""


@pytest.fixture(autouse=True)
def no_disk_cache(monkeypatch):
    monkeypatch.setenv("RUN4D_CACHE", "off")


def project(tmp_path, methods: dict[str, str], classes: dict[str, str] | None = None) -> Program:
    classes = {"Fib": FIB} if classes is None else classes
    (tmp_path / "Classes").mkdir()
    files = []
    for name, text in classes.items():
        path = tmp_path / "Classes" / f"{name}.4dm"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    for name, text in methods.items():
        path = tmp_path / f"{name}.4dm"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    program = Program()
    load(program, files)
    return program


def fast_entries(program: Program, cls: str = "Fib") -> dict[str, object]:
    return {name: program.G[pyname] for (kind, name), pyname in program.class_entries[cls].items()
            if kind == "fast"}


def checks_own_property(fn) -> bool:
    """Does this compiled function call _meth (the own-property check's other branch)?"""
    return "_meth" in fn.__code__.co_names


def test_no_write_no_check(tmp_path):
    program = project(tmp_path, {"main": "$r:=cs.Fib.new().sum(10)\n"})
    assert program.shadow_relies["Fib"] == {"fib"}
    fast = fast_entries(program)
    assert set(fast) == {"fib"}  # sum is never called as This.sum()
    assert not checks_own_property(fast["fib"])
    assert fast["fib"].__code__.co_argcount == 2 and not fast["fib"].__defaults__
    assert program.call_method("main") is not None
    assert program.G[program.class_entries["Fib"][("function", "sum")]](program.cs.classes["Fib"].new(), 10) == 110


@pytest.mark.parametrize("code", [
    "$o.fib:=1",
    "$o.fib+=1",
    '$o["fib"]:=1',
    "$o.fib.x:=1",
    'OB SET($o; "a"; 1; "fib"; 2)',
    'OB SET NULL($o; "fib")',
    'OB SET ARRAY($o; "fib"; $a)',
    "For each ($o.fib; [1; 2])\nEnd for each",
    "$f:=Formula($o.fib:=1)",
])
def test_a_named_write_keeps_the_check(tmp_path, code):
    program = project(tmp_path, {"main": code + "\n"})
    assert program.may_shadow("fib") and not program.shadow_dynamic
    assert "Fib" not in program.shadow_relies
    assert checks_own_property(fast_entries(program)["fib"])


@pytest.mark.parametrize("code", [
    "$o[$k]:=1",
    "var $k : Text\n$o[$k]:=1",
    '$o["fi"+"b"]:=1',
    "OB SET($o; $k; 1)",
    "OB SET($o; \"a\"; 1; $k; 2)",
    "$r:=JSON Resolve pointers($o)",
])
def test_a_computed_name_keeps_every_check(tmp_path, code):
    program = project(tmp_path, {"main": code + "\n"})
    assert program.shadow_dynamic
    assert checks_own_property(fast_entries(program)["fib"])


@pytest.mark.parametrize("code", [
    "$c[1]:=1",
    "var $i : Integer\n$c[$i]:=1",
    "var $i : Integer\n$c[$i+1]:=1",
    "C_LONGINT($i)\n$c[$i-1][2]:=1",
    "$c[-$i]:=1",
    "$o.other:=1",
])
def test_writes_that_cannot_name_fib(tmp_path, code):
    program = project(tmp_path, {"main": code + "\n"})
    assert not program.may_shadow("fib")
    assert not checks_own_property(fast_entries(program)["fib"])


def test_class_property_initializer_counts(tmp_path):
    other = "property fib : Integer:=3\n"
    program = project(tmp_path, {}, {"Fib": FIB, "Other": other})
    assert program.may_shadow("fib")
    assert checks_own_property(fast_entries(program)["fib"])


def test_writes_of_a_unit_are_kept_with_it():
    from interpreter.compiler import nodes as n

    program = Program()
    unit = program.parse_unit("$o.a:=1\n$o[$k]:=2\n", "m.4dm", "m")
    assert unit.writes == (frozenset({"a"}), True)
    assert unit_writes(unit) == unit.writes
    assert body_writes(n.Literal(1, 1, "number", 1.0), {}) == (frozenset(), False)


def test_wrong_argument_types_take_the_general_entry(tmp_path):
    cls = FIB + """
Function viaText($t : Text) : Integer
	return This.fib($t)

Function viaReal($r : Real) : Integer
	return This.fib($r)
"""
    program = project(tmp_path, {}, {"Fib": cls})
    fast = fast_entries(program)
    assert set(fast) == {"fib"}
    general = program.G[program.class_entries["Fib"][("function", "fib")]]
    for name in ("viaText", "viaReal"):
        fn = program.G[program.class_entries["Fib"][("function", name)]]
        assert general.__code__.co_name in fn.__code__.co_names  # called with the checks on entry
        assert fast["fib"].__code__.co_name not in fn.__code__.co_names


def test_not_eligible_functions_have_no_fast_entry(tmp_path):
    cls = """Function count($n : Integer) : Integer
	return Count parameters

Function untyped($n) : Integer
	return 1

Function variadic($n : Integer; ...) : Integer
	return 1

Function when($d : Date) : Integer
	return 1

Function run() : Integer
	return This.count(1)+This.untyped(1)+This.variadic(1)+This.when(Current date)
"""
    program = project(tmp_path, {}, {"Fib": cls})
    assert fast_entries(program) == {}
    run = program.G[program.class_entries["Fib"][("function", "run")]]
    assert run(program.cs.classes["Fib"].new()) == 4


def test_late_write_compiles_the_class_again(tmp_path):
    program = project(tmp_path, {"main": "$r:=1\n"})
    old_fast = program.class_entries["Fib"][("fast", "fib")]
    old_sum = program.class_entries["Fib"][("function", "sum")]
    old_fib = program.class_entries["Fib"][("function", "fib")]
    before = program.G[old_fast]
    assert not checks_own_property(before)
    program.compile_formula("vX.fib:=1")  # a formula compiled at run time writes fib
    assert program.may_shadow("fib")
    assert "Fib" not in program.shadow_relies
    assert checks_own_property(fast_entries(program)["fib"])
    # The former names (reached by calls already running) lead to the new code; the former
    # fast entry makes the own-property check its callers did not make.
    assert program.G[old_sum] is program.G[program.class_entries["Fib"][("function", "sum")]]
    trampoline = program.G[old_fast]
    assert trampoline is not before
    fib = program.cs.classes["Fib"].new()
    assert trampoline(fib, 10) == 55
    from runtime.support import formula

    assert program.G[old_fib](fib, 10) == 55
    fib["fib"] = formula(lambda _cap, this, *a: 99.0, (), "99")
    assert trampoline(fib, 10) == 99.0
    assert program.G[old_fib](fib, 10) == 99.0


def test_session_pieces_count(tmp_path):
    program = project(tmp_path, {"main": "$r:=1\n"})
    assert "Fib" in program.shadow_relies
    program.session_method('$o:=New object\nOB SET($o; "sum"; 1)\n', os.path.join(tmp_path, "piece.4dm"), "__piece")
    assert program.may_shadow("sum") and not program.may_shadow("fib")
    assert program.shadow_relies["Fib"] == {"fib"}


FIBM = """#DECLARE($n : Integer) : Integer
If ($n<2)
	return $n
End if
return fibm($n-1)+fibm($n-2)
"""


def test_a_method_calling_itself_has_a_fast_entry(tmp_path):
    program = project(tmp_path, {"fibm": FIBM, "other": "$r:=fibm(10)\n"}, {})
    fast = program.method_fast["fibm"]
    assert fast == "MFi_M_fibm"
    general = program.G["M_fibm"]
    assert fast in general.__code__.co_names and fast in program.G[fast].__code__.co_names
    assert "M_fibm" in program.G["M_other"].__code__.co_names  # other callers: the general entry
    assert fast not in program.G["M_other"].__code__.co_names
    assert program.G[fast].__code__.co_argcount == 2 and not program.G[fast].__defaults__
    assert general(None, 20) == 6765


def test_a_method_calling_itself_with_other_types(tmp_path):
    program = project(tmp_path, {"half": """#DECLARE($n : Integer) : Integer
If ($n<2)
	return 0
End if
return half($n/2)+1
"""}, {})
    assert "half" not in program.method_fast  # $n/2 is a Real: the general entry converts it
    assert program.G["M_half"](None, 8) == 3


def test_a_method_compiled_again_leads_its_former_fast_entry_to_the_new_method(tmp_path):
    program = project(tmp_path, {"fibm": FIBM}, {})
    program.load_text('#DECLARE($t : Text) : Text\nIf ($t="")\n\treturn "."\nEnd if\nreturn fibm(Substring($t; 2))\n',
                      str(tmp_path / "fibm.4dm"), "fibm")
    assert program.method_fast["fibm"] == "MFt_M_fibm"
    # A call of the former version already running calls MFi_M_fibm by name: the new general
    # entry, which checks its argument.
    assert program.G["MFi_M_fibm"] is program.G["M_fibm"]
    assert program.G["MFi_M_fibm"](None, "abc") == "."
