"""run4d as a drop-in for tool4d: the command line of CI Makefiles, database methods, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from interpreter.cli.main import main
from interpreter.cli.usage import ENVIRONMENT
from tests.conftest import ROOT, TIMEOUT_FACTOR

TIMEOUT = 30 * TIMEOUT_FACTOR


def write(folder: Path, rel: str, text: str) -> Path:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with On Startup, On Exit and a test method, as a unit-test framework lays it out."""
    root = tmp_path / "App"
    write(root, "Project/App.4DProject", "{}\n")
    src = root / "Project" / "Sources"
    write(src, "DatabaseMethods/onStartup.4dm", 'ALERT("on startup")\n')
    write(src, "DatabaseMethods/onExit.4dm", 'LOG EVENT(Into system standard outputs; "on exit")\n')
    write(src, "Methods/test.4dm", 'ALERT("test runs")\n')
    write(src, "Methods/fail.4dm", 'ALERT("failing")\nQUIT 4D(3)\nALERT("not reached")\n')
    write(src, "Methods/crash.4dm", "$x:=1\\0\n")
    return root


def run4d(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "interpreter.cli.main", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=TIMEOUT, stdin=subprocess.DEVNULL)


def test_the_makefile_command_line(project):
    done = run4d("--project", str(project / "Project" / "App.4DProject"), "--skip-onstartup", "--dataless",
                 "--startup-method", "test", "--user-param", "format=json tags=unit")
    assert (done.returncode, done.stdout, done.stderr) == (0, "test runs\n", "")


def test_on_startup_then_the_startup_method_then_on_exit(project):
    for target in (project, project / "Project", project / "Project" / "App.4DProject"):
        done = run4d("--project", str(target), "--startup-method", "test")
        assert (done.returncode, done.stdout) == (0, "on startup\ntest runs\non exit\n"), (target, done.stderr)
    done = run4d(str(project))  # run4d's short form: the folder, On Startup alone
    assert done.stdout == "on startup\non exit\n"


def test_quit_4d_gives_the_exit_status_and_on_exit_still_runs(project):
    done = run4d("--project", str(project), "--startup-method", "fail")
    assert (done.returncode, done.stdout) == (3, "on startup\nfailing\non exit\n")


def test_an_unhandled_error_exits_70(project):
    done = run4d("--project", str(project), "--skip-onstartup", "--startup-method", "crash")
    assert done.returncode == 70 and "crash" in done.stderr and done.stdout == ""


def test_a_missing_startup_method_is_a_usage_error(project, capsys):
    assert main(["--project", str(project), "--startup-method", "nope"]) == 64
    assert "'nope' does not exist" in capsys.readouterr().err


def test_accepted_options(project, capsys):
    assert main(["--project", str(project), "--skip-onstartup", "--startup-method", "test", "--opening-mode",
                 "compiled", "--headless", "--create-data"]) == 0
    assert capsys.readouterr().out == "test runs\n"


def test_version_and_help(capsys):
    for flag in ("--version", "-v"):
        assert main([flag]) == 0
        assert capsys.readouterr().out.startswith("run4d ")
    for flag in ("--help", "-h", "-?"):
        assert main([flag]) == 0
        out = capsys.readouterr().out
        for needle in ("run4d test", "run4d --check", "--startup-method", "65", "130", "RUN4D_HTTP_PORT"):
            assert needle in out


def test_every_environment_variable_read_is_documented():
    import re

    used = set()
    for package in ("interpreter", "runtime", "stdlib_4d"):
        for path in Path(ROOT, package).rglob("*.py"):
            used |= set(re.findall(r"RUN4D_[A-Z0-9_]+", path.read_text(encoding="utf-8")))
    assert sorted(used - set(ENVIRONMENT)) == []


def test_on_exit_runs_on_ctrl_c(project):
    import signal
    import time

    write(project / "Project" / "Sources", "Methods/wait.4dm", 'ALERT("waiting")\nDELAY PROCESS(Current process; 6000)\n')
    env = dict(os.environ, PYTHONPATH=ROOT)
    proc = subprocess.Popen([sys.executable, "-m", "interpreter.cli.main", "--project", str(project),
                             "--skip-onstartup", "--startup-method", "wait"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline() == "waiting\n"
        time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        out, _err = proc.communicate(timeout=TIMEOUT)
        assert proc.returncode == 130
        assert out == ""  # --skip-onstartup skips On Exit too
    finally:
        proc.kill()
    proc = subprocess.Popen([sys.executable, "-m", "interpreter.cli.main", "--project", str(project),
                             "--startup-method", "wait"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline() == "on startup\n"
        assert proc.stdout.readline() == "waiting\n"
        time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        out, _err = proc.communicate(timeout=TIMEOUT)
        assert (proc.returncode, out) == (130, "on exit\n")
    finally:
        proc.kill()


def test_an_empty_or_comment_only_file_in_classes_is_a_class(project):
    src = project / "Project" / "Sources"
    write(src, "Classes/Blank.4dm", "")
    write(src, "Classes/Noted.4dm", "// a class still to be written\n\n")
    write(src, "Methods/empty.4dm", "// an empty method\n")
    write(src, "Methods/classes.4dm",
          'empty\nALERT(OB Class(cs.Blank.new()).name+" "+OB Class(cs.Noted.new()).name)\n')
    done = run4d("--project", str(project), "--skip-onstartup", "--startup-method", "classes")
    assert (done.returncode, done.stdout, done.stderr) == (0, "Blank Noted\n", "")
