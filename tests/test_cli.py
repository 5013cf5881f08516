"""The command line: exit codes, --check, projects, parameters, signals."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from interpreter.cli.main import main
from tests.conftest import ROOT, TIMEOUT_FACTOR


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_success_prints_alerts(tmp_path, capsys):
    f = write(tmp_path, "hello.4dm", 'ALERT("hi")\n')
    assert main([str(f)]) == 0
    assert capsys.readouterr().out == "hi\n"


def test_usage_errors_exit_64(tmp_path, capsys):
    assert main([str(tmp_path / "missing.4dm")]) == 64
    assert main(["--no-such-option", "x.4dm"]) == 64
    assert "run4d:" in capsys.readouterr().err


def test_syntax_error_exits_65_with_caret(tmp_path, capsys):
    f = write(tmp_path, "bad.4dm", 'ALERT("ok")\n$x:=(1+\n')
    assert main([str(f)]) == 65
    err = capsys.readouterr().err
    assert f"{f}:2:" in err and "^" in err and "Traceback" not in err


def test_runtime_error_exits_70(tmp_path, capsys):
    f = write(tmp_path, "boom.4dm", "$x:=1\\0\n")
    assert main([str(f)]) == 70
    assert "Division by zero" in capsys.readouterr().err


def test_parameters_after_double_dash(tmp_path, capsys):
    f = write(tmp_path, "echo.4dm", "#DECLARE($a : Text; $b : Text)\nALERT($a+\"+\"+$b+\" \"+String(Count parameters))\n")
    assert main([str(f), "--", "one", "two"]) == 0
    assert capsys.readouterr().out == "one+two 2\n"


def test_options_may_follow_the_file(tmp_path, capsys):
    f = write(tmp_path, "m.4dm", 'ALERT("x")\n')
    assert main([str(f), "--debug"]) == 0


def test_check_reports_every_error(tmp_path, capsys):
    write(tmp_path, "a.4dm", "$x:=(\n")
    write(tmp_path, "b.4dm", "If (True)\n")
    write(tmp_path, "c.4dm", 'ALERT("fine")\n')
    assert main(["--check", str(tmp_path)]) == 65
    err = capsys.readouterr().err
    assert "a.4dm:1:" in err and "b.4dm:" in err and "2 error(s)" in err


def test_check_ok(tmp_path, capsys):
    write(tmp_path, "c.4dm", 'ALERT("fine")\n')
    assert main(["--check", str(tmp_path / "c.4dm")]) == 0
    assert capsys.readouterr().out == ""


def test_classes_and_methods_beside_the_file(tmp_path, capsys):
    write(tmp_path, "Classes/Greeter.4dm", "Function hi($n : Text) : Text\n\treturn \"hi \"+$n\n")
    write(tmp_path, "Methods/shout.4dm", "#DECLARE($t : Text) : Text\nreturn Uppercase($t)\n")
    write(tmp_path, "Helper.4dm", "Function twice($x : Real) : Real\n\treturn $x*2\n")
    f = write(tmp_path, "main.4dm", "ALERT(shout(cs.Greeter.new().hi(\"bo\"))+String(cs.Helper.new().twice(2)))\n")
    assert main([str(f)]) == 0
    assert capsys.readouterr().out == "HI BO4\n"


def test_project_folder_runs_on_startup(tmp_path, capsys):
    src = tmp_path / "MyApp" / "Project" / "Sources"
    write(src, "DatabaseMethods/onStartup.4dm", "ALERT(greet)\n")
    write(src, "Methods/greet.4dm", "#DECLARE : Text\nreturn \"started\"\n")
    write(src, "Methods/other.4dm", "ALERT(\"other\")\n")
    assert main([str(tmp_path / "MyApp")]) == 0
    assert capsys.readouterr().out == "started\n"
    assert main([str(tmp_path / "MyApp"), "--method", "other"]) == 0
    assert capsys.readouterr().out == "other\n"


def test_class_file_alone_is_a_usage_error(tmp_path, capsys):
    f = write(tmp_path, "Thing.4dm", "Function f()\n")
    assert main([str(f)]) == 64


def test_quit_4d_ends_the_program(tmp_path, capsys):
    f = write(tmp_path, "q.4dm", 'CALL WORKER("w"; Formula(DELAY PROCESS(Current process; 6000)))\n'
                              'ALERT("quitting")\nQUIT 4D\nALERT("not reached")\n')
    t0 = time.monotonic()
    assert main([str(f)]) == 0
    assert capsys.readouterr().out == "quitting\n"
    assert time.monotonic() - t0 < 10 * TIMEOUT_FACTOR


def _spawn(path: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.Popen([sys.executable, "-m", "interpreter.cli.main", str(path)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupt_exits_130(tmp_path, sig):
    f = write(tmp_path, "wait.4dm", 'ALERT("ready")\nCALL WORKER("w"; Formula(DELAY PROCESS(Current process; 60000)))\n')
    proc = _spawn(f)
    try:
        assert proc.stdout.readline() == "ready\n"
        time.sleep(0.3)
        proc.send_signal(sig)
        assert proc.wait(timeout=15 * TIMEOUT_FACTOR) == 130
    finally:
        proc.kill()


def test_idle_program_exits_by_itself(tmp_path):
    f = write(tmp_path, "w.4dm", 'CALL WORKER("w"; Formula(DELAY PROCESS(Current process; 30)))\nALERT("x")\n')
    proc = _spawn(f)
    try:
        out, _ = proc.communicate(timeout=15 * TIMEOUT_FACTOR)
        assert out == "x\n" and proc.returncode == 0
    finally:
        proc.kill()


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_check_as_the_command_prints_what_check_in_process_prints(tmp_path, capsys, fmt):
    """The run4d command ends a check with os._exit (nothing freed): all its output comes first, same exit code."""
    path = write(tmp_path, "m.4dm", "ALERT(\"a\")\nCANCEL\n$x:=No such thing:K9999:1\n" + "$x:=1\n" * 2000)
    code = main(["--check", "--format", fmt, str(path)])
    expected = capsys.readouterr()
    env = dict(os.environ, PYTHONPATH=ROOT, RUN4D_CACHE="off")
    done = subprocess.run([sys.executable, "-m", "interpreter.cli.main", "--check", "--format", fmt, str(path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120 * TIMEOUT_FACTOR)
    assert (done.returncode, done.stdout, done.stderr) == (code, expected.out, expected.err)
    assert code == 65 and (expected.out if fmt == "json" else expected.err).count("CANCEL is not supported") == 1
