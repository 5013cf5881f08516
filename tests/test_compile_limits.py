"""Compiler limits: deep nesting, many blocks, huge parameter numbers, long Case of.

Each case is compiled by `run4d --check` (or run) in-process: it either compiles,
or stops with a 4D compile error (exit 65) naming the construct and its line;
never a Python traceback. See docs/limits.md.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from interpreter.cli.main import main
from runtime import limits

DEPTH = 1000


def check(tmp_path: Path, capsys, source: str, run: bool = False) -> tuple[int, str, str]:
    path = tmp_path / "deep.4dm"
    path.write_text(source, encoding="utf-8")
    code = main([str(path)] if run else ["--check", str(path)])
    out = capsys.readouterr()
    assert "Traceback" not in out.err and "RecursionError" not in out.err
    return code, out.out, out.err


def nested(open_: str, inner: str, close: str, depth: int = DEPTH) -> str:
    return open_ * depth + inner + close * depth


TOO_DEEP = {
    "collection literal": ("$x:=" + nested("[", "1", "]") + "\n", "[ ] (collection literals)"),
    "object literal": ("$x:=" + nested("{a:", "1", "}") + "\n", "{ } (object literals)"),
    "unary minus": ("$x:=" + "-" * DEPTH + "1\n", "unary -"),
    "Not": ("$x:=" + nested("Not(", "True", ")") + "\n", "Not( )"),
    "String": ("$x:=" + nested("String(", "1", ")") + "\n", "String( )"),
    "Formula": ("$x:=" + nested("Formula(", "1", ")") + "\n", "Formula( )"),
    "ternary": ("$x:=" + "True ? 1 : " * DEPTH + "2\n", "? : (ternary operators)"),
    "member chain": ("$o:={}\n$x:=$o" + ".a" * DEPTH + "\n", ".a"),
    "operator chain": ("$x:=1" + "+1" * (DEPTH + 10) + "\n", "the operator +"),
    "If": ("".join("\t" * i + "If (True)\n" for i in range(DEPTH + 5)) + "$x:=1\n"
           + "".join("\t" * i + "End if\n" for i in reversed(range(DEPTH + 5))), "If"),
}


@pytest.mark.parametrize("name", sorted(TOO_DEEP))
def test_too_deep_is_a_compile_error_naming_the_construct(tmp_path, capsys, name):
    source, construct = TOO_DEEP[name]
    code, _, err = check(tmp_path, capsys, source)
    assert code == 65
    assert f"too deeply nested: more than {limits.NESTING:,} levels" in err
    assert f"(here: {construct})" in err
    assert "deep.4dm:" in err and "error(s)" in err


def test_ten_thousand_pointer_arrows_stop_with_a_compile_error(tmp_path, capsys):
    code, _, err = check(tmp_path, capsys, "$x:=" + "->" * 10_000 + "$y\n")
    assert code == 65 and "deep.4dm:1:" in err


def test_five_hundred_terms_and_five_hundred_ifs_compile_and_run(tmp_path, capsys):
    source = ("$x:=1" + "+1" * 499 + "\n"
              + "".join("\t" * i + "If ($x>0)\n" for i in range(500)) + "ALERT(String($x))\n"
              + "".join("\t" * i + "End if\n" for i in reversed(range(500))))
    code, out, _ = check(tmp_path, capsys, source, run=True)
    assert (code, out) == (0, "500\n")


def test_the_limit_can_be_raised(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(limits, "NESTING", 1500)
    code, out, _ = check(tmp_path, capsys, "ALERT(String(" + nested("[", "1", "]", 1200) + ".length))\n", run=True)
    assert (code, out) == (0, "1\n")


def test_nested_loops_past_python_blocks_are_a_compile_error(tmp_path, capsys):
    loops = 19
    source = ("".join("\t" * i + f"For ($i{i}; 1; 1)\n" for i in range(loops)) + "ALERT(\"in\")\n"
              + "".join("\t" * i + "End for\n" for i in reversed(range(loops))))
    code, _, err = check(tmp_path, capsys, source)
    assert code == 65 and "too many nested blocks" in err and "deep.4dm:20:" in err


def test_a_huge_parameter_number_makes_no_huge_function(tmp_path, capsys):
    started = time.perf_counter()
    code, out, _ = check(tmp_path, capsys, "$a:=$2000000\nALERT(String(Undefined($a)))\n", run=True)
    assert (code, out) == (0, "True\n")
    assert time.perf_counter() - started < 30  # was minutes and gigabytes


def test_parameters_past_the_positional_limit_are_still_read(tmp_path, capsys):
    path = tmp_path / "m.4dm"
    path.write_text("$x:=$40\n", encoding="utf-8")
    main_file = tmp_path / "main.4dm"
    args = "; ".join(str(i) for i in range(1, 41))
    main_file.write_text(f"ALERT(String(m({args})))\n", encoding="utf-8")
    (tmp_path / "m.4dm").write_text("#DECLARE() : Real\nreturn $40+$1\n", encoding="utf-8")
    assert main([str(main_file)]) == 0
    assert capsys.readouterr().out == "41\n"


def test_formula_from_string_has_the_same_nesting_limit(tmp_path, capsys):
    source = ('$f:=Formula from string("1"+("+1"*5000))\n')
    started = time.perf_counter()
    code, _, err = check(tmp_path, capsys, source, run=True)
    assert code == 70 and "too deeply nested" in err
    assert time.perf_counter() - started < 30  # was 20 s and 760 MB
