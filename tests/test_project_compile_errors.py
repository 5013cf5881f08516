"""A project with files that do not compile runs the rest, as tool4d runs a project interpreted."""

from __future__ import annotations

from pathlib import Path

from interpreter.cli.main import main


def write(folder: Path, rel: str, text: str) -> None:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def project(tmp_path: Path, main_method: str) -> Path:
    root = tmp_path / "App"
    write(root, "Project/App.4DProject", "{}\n")
    src = root / "Project" / "Sources"
    write(src, "Methods/main.4dm", main_method)
    write(src, "Methods/helper.4dm", "#DECLARE() : Text\nreturn \"helper\"\n")
    write(src, "Methods/bad_parse.4dm", "$x:=1+\n")
    write(src, "Methods/bad_compile.4dm", "#DECLARE($n : Integer)\nvar $n : Text\n")
    write(src, "Classes/BadClass.4dm", "Function f() : Text\n\tvar $x : Integer\n\tvar $x : Text\n\treturn $x\n")
    write(src, "Classes/Good.4dm", "Function f() : Text\n\treturn \"good\"\n")
    return root


def run(root: Path, method: str, capsys) -> tuple[int, list[str], str]:
    capsys.readouterr()
    code = main(["--project", str(root), "--skip-onstartup", "--dataless", "--startup-method", method])
    out = capsys.readouterr()
    return code, out.out.splitlines(), out.err


CALLS = """ALERT(helper)
Try
\tbad_parse
Catch
\tALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
\tbad_compile(1)
Catch
\tALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
\t$o:=cs.BadClass.new()
Catch
\tALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
ALERT(cs.Good.new().f())
EXECUTE METHOD("bad_compile")
ALERT("not reached")
"""


def test_the_run_goes_on_and_failing_files_raise_when_called(tmp_path, capsys):
    code, out, err = run(project(tmp_path, CALLS), "main", capsys)
    assert out == [
        "helper",
        "-10791 The method bad_parse does not compile: bad_parse.4dm:1: unexpected end of line",
        "-10791 The method bad_compile does not compile: bad_compile.4dm:2: $n is a parameter: it cannot be declared again",
        "-10791 The class BadClass does not compile: BadClass.4dm:3: $x is already declared as Integer",
        "good",
    ]
    # every error is printed first, with its place and caret, then what the run does about it
    assert err.index("bad_parse.4dm:1:7: syntax error: unexpected end of line") < err.index("run4d: 3 file(s)")
    assert "BadClass.4dm:3:2: error: $x is already declared as Integer" in err
    assert "run4d: 3 file(s) of the project do not compile; the run goes on without them" in err
    # an error nobody handles ends the run as any other does (exit 70)
    assert "main.4dm:18: error -10791: The method bad_compile does not compile" in err
    assert code == 70


def test_a_startup_method_that_does_not_compile_stops_the_run(tmp_path, capsys):
    root = project(tmp_path, "ALERT(\"main\")\n")
    code, out, err = run(root, "bad_compile", capsys)
    assert (code, out) == (65, [])
    assert "bad_compile.4dm:2:1: error: $n is a parameter: it cannot be declared again" in err
    assert "the run goes on" not in err


def test_check_still_reports_every_error(tmp_path, capsys):
    root = project(tmp_path, "ALERT(\"main\")\n")
    capsys.readouterr()
    assert main(["--check", str(root)]) == 65
    err = capsys.readouterr().err
    assert "3 error(s)" in err


def test_a_method_file_run_still_needs_every_file_to_compile(tmp_path, capsys):
    folder = tmp_path / "lone"
    write(folder, "Classes/Bad.4dm", "Function f() : Text\n\treturn Made up constant:K99:1\n")
    write(folder, "m.4dm", "ALERT(\"m\")\n")
    capsys.readouterr()
    assert main([str(folder / "m.4dm")]) == 65
    assert "Unknown constant: Made up constant (K99:1)" in capsys.readouterr().err


LINES = """ALERT("before")
If (False)
\t$c:=Made up colour:K23:99
End if
Try
\t$c:=Made up colour:K23:99
Catch
\tALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
\tno_such_method(1)
Catch
\tALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
ALERT(cs.Colours.new().name())
ALERT("after")
"""


def lines_project(tmp_path: Path) -> Path:
    root = tmp_path / "Lines"
    write(root, "Project/Lines.4DProject", "{}\n")
    src = root / "Project" / "Sources"
    write(src, "Methods/main.4dm", LINES)
    write(src, "Classes/Colours.4dm", "Function name() : Text\n\tIf (False)\n\t\treturn Made up:K99:1\n"
                                      "\tEnd if\n\treturn \"colours\"\n")
    return root


def test_a_name_run4d_does_not_know_fails_at_its_line_when_it_runs(tmp_path, capsys):
    """In a project run, an unknown constant, command or method costs its line, not its file: the
    file's other lines run, the line raises -10791 if it runs (Try and ON ERR CALL catch it)."""
    code, out, err = run(lines_project(tmp_path), "main", capsys)
    assert out == [
        "before",
        "-10791 This line does not compile: main.4dm:6: Unknown constant: Made up colour (K23:99)",
        "-10791 This line does not compile: main.4dm:11: Unknown command or method: no_such_method",
        "colours",
        "after",
    ]
    assert code == 0
    # said at start, each with its place and caret, and nothing of it counts as a file that does not compile
    assert "main.4dm:3:6: warning: Unknown constant: Made up colour (K23:99) (raises -10791 if that line runs)" in err
    assert "Colours.4dm:3:10: warning: Unknown constant: Made up (K99:1)" in err
    assert "run4d: 4 line(s) of the project name something run4d does not know" in err
    assert "file(s) of the project do not compile" not in err


def test_an_unknown_name_stays_a_compile_error_for_a_check_and_a_lone_file(tmp_path, capsys):
    root = lines_project(tmp_path)
    capsys.readouterr()
    assert main(["--check", str(root)]) == 65
    err = capsys.readouterr().err
    assert "main.4dm:3:6: error: Unknown constant: Made up colour (K23:99)" in err
    assert "main.4dm:11:2: error: Unknown command or method: no_such_method" in err
    # the same method run as a lone file (not a project): compiled strictly, as before
    lone = tmp_path / "lone" / "m.4dm"
    write(lone.parent, "m.4dm", LINES)
    capsys.readouterr()
    assert main([str(lone)]) == 65
    assert capsys.readouterr().out == ""


def test_the_compiled_code_cache_keeps_the_two_apart(tmp_path, capsys, monkeypatch):
    """A method compiled for a project run (its unknown names raise at run time) is not the code a
    lone-file run of the same file takes from the cache (there the name is a compile error)."""
    monkeypatch.setenv("RUN4D_CACHE", str(tmp_path / "cache"))
    root = lines_project(tmp_path)
    assert run(root, "main", capsys)[0] == 0
    capsys.readouterr()
    assert main([str(root / "Project" / "Sources" / "Methods" / "main.4dm")]) == 65
    assert "main.4dm:3:6: error: Unknown constant: Made up colour (K23:99)" in capsys.readouterr().err
