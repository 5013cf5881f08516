"""Compile project: run4d's compile check of a project, reported as 4D's compiler reports it."""

from __future__ import annotations

from pathlib import Path

from interpreter.cli.main import main


def write(folder: Path, rel: str, text: str) -> None:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def run_probe(tmp_path: Path, probe: str, capsys) -> tuple[int, list[str], str]:
    root = tmp_path / "App"
    write(root, "Project/App.4DProject", "{}\n")
    write(root, "Project/Sources/Methods/probe.4dm", probe)
    capsys.readouterr()
    code = main(["--project", str(root), "--skip-onstartup", "--dataless", "--startup-method", "probe"])
    out = capsys.readouterr()
    return code, out.out.splitlines(), out.err


def other_project(tmp_path: Path) -> Path:
    """A project with a syntax error in a class function and one in a project method."""
    root = tmp_path / "Other"
    write(root, "Project/Other.4DProject", "{}\n")
    write(root, "Project/Sources/Classes/Shape.4dm",
          "Class constructor\n\tThis.sides:=0\n\nFunction area($k : Real) : Real\n\tvar $a : Real\n\treturn $a*)\n")
    write(root, "Project/Sources/Methods/broken.4dm", "//%attributes = {}\nvar $x : Integer\n$x:=1+\n")
    write(root, "Project/Sources/Methods/fine.4dm", "ALERT(\"fine\")\nFORM Event\n")
    return root


def test_the_current_project_compiles(tmp_path, capsys):
    code, out, err = run_probe(tmp_path, "var $r : Object\n$r:=Compile project()\nALERT(JSON Stringify($r))\n"
                                         "$r:=Compile project({targets: []})\nALERT(JSON Stringify($r))\n", capsys)
    assert (code, err) == (0, "")
    assert out == ['{"success":true}', '{"success":true}']


def test_errors_of_another_project(tmp_path, capsys):
    other = other_project(tmp_path)
    code, out, err = run_probe(tmp_path, f"""
var $r : Object
$r:=Compile project(File("{other}/Project/Other.4DProject"; fk platform path))
ALERT(String($r.success)+" "+String($r.errors.length))
var $e : Object
For each ($e; $r.errors)
\tALERT(JSON Stringify($e.code)+" "+String($e.isError)+" "+String($e.line)+" "+String($e.lineInFile)+" "+$e.code.file.name)
End for each
ALERT($r.errors[0].message)
// the program that asked goes on as before: its own methods and classes
ALERT(Current method name)
""", capsys)
    assert (code, err) == (0, ""), err
    assert out == [
        "False 2",
        '{"file":{},"type":"classFunction","path":"[class]/Shape","className":"Shape","functionName":"area"}'
        " True 3 6 Shape",
        '{"file":{},"type":"projectMethod","path":"broken","methodName":"broken"} True 2 3 broken',
        "unexpected ')' (expected: an expression, a [Table]Field, a [Table])",
        "probe",
    ]


def test_a_missing_project_file_is_error_43(tmp_path, capsys):
    code, out, err = run_probe(tmp_path, """
Try
\t$r:=Compile project(File("/tmp/no/such/Project/x.4DProject"))
Catch
\tALERT(String(Last errors[0].errCode))
End try
""", capsys)
    assert (code, err) == (0, "")
    assert out == ["-43"]
