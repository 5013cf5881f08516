"""A check's code generator (checkgen.py, check_nodes.py) decides what the full one decides.

A check that keeps nothing generates code without building expression nodes; it must give
the same diagnostics, the same deepest nesting and the same Python block nesting (the two
numbers that decide whether compile() may be skipped) as the full generator, unit by unit:
compared on every golden case, sample and bench file, on the compiler-limit sources, on
made-up cases where the generator inspects what it made, and on mutated golden programs.
"""

from __future__ import annotations

import types
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from interpreter.compiler import cache, check_nodes, pycompile
from interpreter.compiler import check as check_module
from interpreter.compiler import program as program_module
from interpreter.compiler.checkgen import check_compiler
from interpreter.compiler.codegen import Compiler
from tests import golden
from tests.fuzzing import mutated_program
from tests.test_check_skips_compile import LIMIT_SOURCES

ROOT = Path(__file__).resolve().parent.parent
CASES = golden.collect()
OTHER = sorted(p for folder in ("samples", "bench") for p in (ROOT / folder).rglob("*.4dm"))

MADE_UP = {
    "ds reader": "$e:=ds.Employee\n$n:=ds.Employee.all().length\n",
    "this": "Class constructor\n\tThis.a:=1\nFunction f() : Integer\n\treturn This.a+This.g()\n"
            "Function g() : Integer\n\treturn 2\n",
    "commands without arguments": "$t:=Current method name\n$d:=Current date\n$x:=Timestamp.length\n",
    "members of calls": "$x:=New object(\"a\"; 1).a\n$y:=JSON Parse(\"{}\").b.c\n$z:=Storage.s\n",
}


def _run(files: list[str], lean: bool, monkeypatch) -> tuple[list, list]:
    """The diagnostics of a check of `files`, and (deepest nesting, block nesting) per unit."""
    seen: list[tuple] = []
    real_may_skip = pycompile.may_skip

    def probe(module, max_depth):
        seen.append((max_depth, pycompile.block_depth(module)))
        return real_may_skip(module, max_depth)

    monkeypatch.setenv("RUN4D_CACHE", "off")
    monkeypatch.delenv("RUN4D_DUMP", raising=False)
    monkeypatch.setattr(pycompile, "may_skip", probe)
    monkeypatch.setattr(program_module, "CHECK_NODES", [lean])
    with cache.one_shot():  # no memory level: the second run would find what the first compiled
        found = [d.to_json() for d in check_module.check(files)]
    return found, seen


def _same(files: list[str], monkeypatch) -> None:
    with monkeypatch.context() as m:
        full = _run(files, False, m)
    with monkeypatch.context() as m:
        lean = _run(files, True, m)
    assert lean == full


def test_the_check_generator_is_the_compiler_with_other_node_builders():
    cls = check_compiler()
    assert issubclass(cls, Compiler)
    # Every method of the generator is rebound (none left building nodes with pyast).
    for name in ("expr", "stmt", "e_Binary", "s_For", "compile_method", "unknown_call"):
        assert getattr(cls, name) is not getattr(Compiler, name)
    rebound = 0
    for name in dir(cls):
        fn = getattr(cls, name)
        fn = getattr(fn, "__func__", fn)
        if isinstance(fn, types.FunctionType) and fn.__module__.startswith("interpreter.compiler."):
            assert fn.__globals__.get("P", check_nodes) is check_nodes, name
            rebound += 1
    assert rebound > 100


@pytest.mark.parametrize("path", CASES, ids=[golden.case_id(p) for p in CASES])
def test_golden_cases(path, monkeypatch):
    _same([str(p) for p in golden.load(path).files], monkeypatch)


@pytest.mark.parametrize("path", OTHER, ids=[str(p.relative_to(ROOT)) for p in OTHER])
def test_samples_and_bench(path, monkeypatch):
    _same([str(path)], monkeypatch)


@pytest.mark.parametrize("name", sorted(LIMIT_SOURCES) + sorted(MADE_UP))
def test_made_up_sources(tmp_path, monkeypatch, name):
    source = LIMIT_SOURCES.get(name) or MADE_UP[name]
    path = tmp_path / ("C.4dcls" if source.startswith("Class") else "m.4dm")
    path.write_text(source, encoding="utf-8")
    _same([str(path)], monkeypatch)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=mutated_program())
def test_mutated_programs(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("mutated")
    path = folder / "m.4dm"
    path.write_text(text, encoding="utf-8")
    with pytest.MonkeyPatch.context() as m:
        _same([str(path)], m)
