"""run4d --check: the same files as a run, text or JSON diagnostics, warnings and --strict."""

from __future__ import annotations

import json

from interpreter.cli.main import main
from interpreter.compiler.check import check


def _write(folder, files: dict[str, str]):
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def test_json_prints_one_object_per_diagnostic(tmp_path, capsys):
    _write(tmp_path, {"main.4dm": 'FORM GOTO PAGE:C247(2)\n$x:=No such thing:K9999:1\n'})
    code = main(["--check", "--format", "json", str(tmp_path / "main.4dm")])
    out = capsys.readouterr().out
    found = [json.loads(line) for line in out.splitlines()]
    assert code == 65
    assert [d["severity"] for d in found] == ["warning", "error"]
    warning, error = found
    assert warning == {"file": str(tmp_path / "main.4dm"), "line": 1, "column": 1, "endLine": 1,
                       "endColumn": 15, "severity": "warning", "code": "not-supported",
                       "message": "FORM GOTO PAGE is not supported by run4d"}
    assert (error["code"], error["line"], error["column"]) == ("unknown-constant", 2, 5)
    assert set(error) == {"file", "line", "column", "endLine", "endColumn", "severity", "code", "message"}


def test_warnings_alone_exit_0_and_strict_makes_them_errors(tmp_path, capsys):
    path = str(_write(tmp_path, {"m.4dm": "ALERT(\"a\")\nCANCEL\n"}) / "m.4dm")
    assert main(["--check", path]) == 0
    err = capsys.readouterr().err
    assert f"{path}:2:1: warning: CANCEL is not supported by run4d" in err
    assert main(["--check", "--strict", path]) == 65
    assert f"{path}:2:1: error: CANCEL is not supported by run4d" in capsys.readouterr().err


def test_a_broken_sibling_the_file_does_not_name_is_left_out(tmp_path, capsys):
    _write(tmp_path, {"main.4dm": "ALERT(helper)\n", "helper.4dm": "$0:=\"from helper\"\n",
                      "broken.4dm": "If (\n"})
    found = check([str(tmp_path / "main.4dm")])
    assert [(d.file, d.severity, d.code) for d in found] == [(str(tmp_path / "broken.4dm"), "warning", "not-loaded")]
    assert found[0].message.startswith("broken.4dm is not loaded: ")
    assert main([str(tmp_path / "main.4dm")]) == 0
    assert capsys.readouterr().out == "from helper\n"
    # The folder as a whole has the broken file.
    assert {(d.file, d.severity) for d in check([str(tmp_path)])} == {(str(tmp_path / "broken.4dm"), "error")}


def test_a_used_sibling_that_is_broken_is_reported(tmp_path):
    _write(tmp_path, {"main.4dm": "helper\n", "helper.4dm": "If (\n"})
    found = check([str(tmp_path / "main.4dm")])
    assert {(d.file, d.code) for d in found} == {(str(tmp_path / "helper.4dm"), "syntax")}


def test_a_broken_class_under_classes_is_reported(tmp_path):
    _write(tmp_path, {"main.4dm": "ALERT(\"x\")\n", "Classes/Shape.4dm": "Function area(\n"})
    found = check([str(tmp_path / "main.4dm")])
    assert [(d.file, d.severity) for d in found] == [(str(tmp_path / "Classes" / "Shape.4dm"), "error")]


def test_a_project_is_checked_with_its_classes_and_methods(tmp_path):
    src = tmp_path / "Project" / "Sources"
    _write(src, {"Methods/go.4dm": "$s:=cs.Shape.new()\nFORM NEXT PAGE\n",
                 "Classes/Shape.4dm": "property sides : Integer\n",
                 "DatabaseMethods/onStartup.4dm": "go\n"})
    found = check([str(tmp_path)])
    assert [(d.line, d.code) for d in found] == [(2, "not-supported")]


def test_unknown_constant_token_is_an_error_naming_it(tmp_path):
    path = str(_write(tmp_path, {"m.4dm": "$x:=Imaginary thing:K99:7\n"}) / "m.4dm")
    (d,) = check([path])
    assert (d.severity, d.code, d.message) == ("error", "unknown-constant",
                                               "Unknown constant: Imaginary thing (K99:7)")


def test_check_without_paths_is_a_usage_error(capsys):
    assert main(["--check"]) == 64
    assert main(["--check", "--format", "xml", "x.4dm"]) == 64


def test_try_expression_is_no_block_opener_for_diagnosis(tmp_path):
    # A syntax error after `Try(expression)` lines reports only itself (no "Try is not closed").
    path = _write(tmp_path, {"m.4dm": 'Try(ALERT("x"))\n$a:=Try(1/0)\nALERT("y"\nTry\n\tALERT("z")\nEnd try\n'}) / "m.4dm"
    found = check([str(path)])
    assert [(d.line, d.message.split(" (")[0]) for d in found] == [(3, "unexpected end of line")]
