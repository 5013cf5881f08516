"""`run4d --check` skips Python's compile() of generated code only where it cannot fail.

The diagnostics stay those of a full compile: compared on every golden case that
expects errors and on the compiler-limit sources; and the block count used to
decide (pycompile.block_depth) is never below CPython's own.
"""

from __future__ import annotations

import ast
import itertools

import pytest

from interpreter.compiler import check as check_module
from interpreter.compiler import pycompile
from interpreter.compiler.program import Program
from tests import golden

ERROR_CASES = [c for c in golden.collect() if golden.load(c).errors or golden.load(c).warnings]


def _diagnostics(files: list[str], skip: bool, monkeypatch) -> list:
    made: list[Program] = []

    class Probe(Program):
        def __init__(self) -> None:
            super().__init__()
            made.append(self)

    monkeypatch.setenv("RUN4D_CACHE", "off")
    monkeypatch.setattr(check_module, "Program", Probe)
    if not skip:
        monkeypatch.setattr(pycompile, "SAFE_BLOCKS", -1)  # never skip
    return check_module.check_files(files)


@pytest.mark.parametrize("path", ERROR_CASES, ids=[golden.case_id(p) for p in ERROR_CASES])
def test_golden_errors_are_the_same_without_compile(path, monkeypatch):
    case = golden.load(path)
    files = [str(p) for p in case.files]
    with monkeypatch.context() as m:
        full = _diagnostics(files, False, m)
    with monkeypatch.context() as m:
        skipped = _diagnostics(files, True, m)
    assert skipped == full


LIMIT_SOURCES = {
    "19 loops": "".join("\t" * i + f"For ($i{i}; 1; 1)\n" for i in range(19)) + "ALERT(\"in\")\n"
                + "".join("\t" * i + "End for\n" for i in reversed(range(19))),
    "9 Try": "".join("\t" * i + "Try\n" for i in range(9)) + "ALERT(\"in\")\n"
             + "".join("\t" * i + "End try\n" for i in reversed(range(9))),
    "500 If": "".join("\t" * i + "If (True)\n" for i in range(500)) + "$x:=1\n"
              + "".join("\t" * i + "End if\n" for i in reversed(range(500))),
    "long sum": "$x:=1" + "+1" * 900 + "\n",
}


@pytest.mark.parametrize("name", sorted(LIMIT_SOURCES))
def test_limit_sources_give_the_same_errors_without_compile(tmp_path, monkeypatch, name):
    path = tmp_path / "deep.4dm"
    path.write_text(LIMIT_SOURCES[name], encoding="utf-8")
    with monkeypatch.context() as m:
        full = _diagnostics([str(path)], False, m)
    with monkeypatch.context() as m:
        skipped = _diagnostics([str(path)], True, m)
    assert skipped == full


def _nest(kinds: tuple[str, ...]) -> ast.Module:
    body: list[ast.stmt] = [ast.Pass()]
    for kind in reversed(kinds):
        if kind == "for":
            body = [ast.For(target=ast.Name("i", ast.Store()), iter=ast.Name("x", ast.Load()), body=body, orelse=[])]
        elif kind == "while":
            body = [ast.While(test=ast.Constant(True), body=body, orelse=[])]
        elif kind == "except":
            body = [ast.Try(body=[ast.Pass()], handlers=[ast.ExceptHandler(type=ast.Name("E", ast.Load()), name="e",
                                                                           body=body)], orelse=[], finalbody=[])]
        elif kind == "finally":
            body = [ast.Try(body=[ast.Pass()], handlers=[], orelse=[], finalbody=body)]
        elif kind == "try":
            body = [ast.Try(body=body, handlers=[], orelse=[], finalbody=[ast.Pass()])]
    fn = ast.FunctionDef(name="f", args=ast.arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[],
                                                       defaults=[]), body=body, decorator_list=[])
    module = ast.Module(body=[fn], type_ignores=[])
    return ast.fix_missing_locations(module)


@pytest.mark.parametrize("kind", ["for", "while", "except", "finally", "try", "mixed"])
def test_block_depth_is_never_below_cpython(kind):
    kinds = ["for", "except", "finally", "try", "while"] if kind == "mixed" else [kind]
    # CPython compiles a finally body twice: 12 nested ones make 4,096 copies, enough.
    most = 12 if kind == "finally" else 25
    failed = 0
    for n in range(1, most + 1):
        module = _nest(tuple(itertools.islice(itertools.cycle(kinds), n)))
        try:
            compile(module, "<nest>", "exec")
        except SyntaxError as e:
            assert "nested blocks" in e.msg
            failed += 1
            assert pycompile.block_depth(module) > pycompile.SAFE_BLOCKS, n
    assert failed or kind == "finally"  # the limit was reached
