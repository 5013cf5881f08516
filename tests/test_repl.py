"""The REPL: driven through prompt_toolkit's pipe input, and in a real pseudo-terminal."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import threading
import time

import pytest
from prompt_toolkit.document import Document
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from websockets.sync.client import connect

from interpreter.doctests.session import DocSession
from interpreter.repl.core import ReplCore, is_incomplete, show
from interpreter.repl.ui import FourDCompleter, make_prompt, run
from tests.conftest import ROOT, TIMEOUT_FACTOR

TIMEOUT = 10 * TIMEOUT_FACTOR


@pytest.fixture
def core():
    session = DocSession(root=ROOT).start()
    yield ReplCore(session)
    session.stop()


def drive(core: ReplCore, keys: str) -> None:
    """Type `keys` at the prompt (then Ctrl-D) and run the REPL until it leaves."""
    with create_pipe_input() as inp:
        inp.send_text(keys + "\x04")
        run(core, make_prompt(core, input=inp, output=DummyOutput()))


def test_expressions_echo_and_statements_do_not(core, capsys):
    drive(core, '1+2\r"text"\r!2024-01-31!\r$o:={a: [1; 2]}\r$o\rALERT("shown by ALERT")\r')
    assert capsys.readouterr().out.splitlines() == ["3", '"text"', "!2024-01-31!", '{"a":[1,2]}']
    assert core.session.out.lines == ["shown by ALERT"]


def test_multi_line_if_continues_until_closed(core, capsys):
    drive(core, 'If (1<2)\r$x:="inside"\rElse\r$x:="outside"\rEnd if\r$x\r')
    assert capsys.readouterr().out.splitlines() == ['"inside"']


def test_class_defined_then_instantiated_and_redefined(core, capsys):
    drive(core, "%class Greeter\rFunction hi($n : Text) : Text\r\treturn \"hi \"+$n\r\r"
                'cs.Greeter.new().hi("bo")\r'
                "// Greeter class\rFunction hi($n : Text) : Text\r\treturn \"hello \"+$n\x1b\r"
                'cs.Greeter.new().hi("bo")\r%classes\r')
    out = capsys.readouterr().out.splitlines()
    assert out == ["class Greeter defined", '"hi bo"', "class Greeter defined", '"hello bo"', "Greeter"]


def test_an_error_then_a_correct_line(core, capsys):
    drive(core, "$x:=1\\0\r$y:=ALRT(2)\r$x:=2\r$x*10\r")
    out = capsys.readouterr().out
    assert "error -10707: Division by zero" in out
    assert "Unknown command or method: ALRT" in out and "$y:=ALRT(2)" in out
    assert out.splitlines()[-1] == "20"
    assert "Traceback" not in out


def test_meta_commands(core, capsys, tmp_path):
    method = tmp_path / "twice.4dm"
    method.write_text("#DECLARE($n : Real) : Real\nreturn $n*2\n", encoding="utf-8")
    drive(core, f"$v:=5\r%load {method}\rtwice($v)\r%vars\r%help\r%nope\r")
    out = capsys.readouterr().out
    assert "method twice loaded" in out and "\n10\n" in out and "$v = 5" in out
    assert "%class Name" in out and "unknown command %nope" in out


def test_arrays_live_on_between_lines_and_show_in_vars(core, capsys):
    drive(core, 'ARRAY TEXT($names;2)\r$names{1}:="ann"\rARRAY LONGINT(grid;1;2)\r'
                'APPEND TO ARRAY($names;"bo")\rSize of array($names)\r$names{3}\r%vars\r')
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["3", '"bo"']
    assert '$names = Text array(3) ["ann","","bo"]' in out and "grid = Array 2D(1) [[0,0]]" in out


def test_completion(core):
    core.evaluate("$obj:={first: 1; second: {deep: True}}")
    core.evaluate("%class Person\nFunction greet()")
    assert core.completions("cs.") == ["Person"]
    assert "WebSocketServer" in core.completions("4D.Web")
    assert "New object" in core.completions("$x:=New ob")
    assert core.completions("$obj.") == ["first", "second"]
    assert core.completions("$obj.second.") == ["deep"]
    assert "push" in core.completions("[1].p") or core.completions("$c.") == []
    assert core.completions("$ob") == ["$obj"]
    completer = FourDCompleter(core)
    doc = Document("$x:=New ob")
    (first, *_), = [list(completer.get_completions(doc, None))]
    assert first.text == "New object" and first.start_position == -len("New ob")


def test_incomplete_input_detection():
    assert is_incomplete("If (True)")
    assert is_incomplete("For each ($x; $c)\n$y:=$x")
    assert is_incomplete("$a:=1+\\")
    assert not is_incomplete("If (True)\nEnd if")
    assert not is_incomplete("$x:=(1+")  # a syntax error, reported on Enter
    assert show(None) == "null" and show(True) == "True"


def test_server_answers_while_the_prompt_waits(core, capsys):
    with create_pipe_input() as inp:
        prompt = make_prompt(core, input=inp, output=DummyOutput())
        repl = threading.Thread(target=run, args=(core, prompt), daemon=True)
        repl.start()
        inp.send_text("%class Echo\rFunction onConnection($wss : Object; $e : Object) : Object\r\treturn This\r"
                      "Function onMessage($ws : Object; $e : Object)\r\t$ws.send(\"echo \"+$e.data)\r\r")
        inp.send_text('CALL WORKER("ws"; Formula(wss:=4D.WebSocketServer.new(cs.Echo.new())))\r')
        deadline = time.monotonic() + TIMEOUT
        while core.session.http_url is None and time.monotonic() < deadline:
            time.sleep(0.05)
        url = core.session.http_url.replace("http", "ws") + "/"
        with connect(url, open_timeout=TIMEOUT) as ws:  # the prompt is waiting for input meanwhile
            ws.send("hi")
            assert ws.recv(TIMEOUT) == "echo hi"
        inp.send_text("\x04")
        repl.join(TIMEOUT)
    assert not repl.is_alive()


def _read_until(fd: int, pattern: str, timeout: float) -> str:
    text, deadline = "", time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                text += os.read(fd, 4096).decode("utf-8", "replace")
            except OSError:
                break
            if re.search(pattern, text):
                return text
    raise AssertionError(f"never saw {pattern!r} on the screen: {text!r}")


def test_in_a_real_terminal(tmp_path):
    master, slave = pty.openpty()
    env = dict(os.environ, TERM="xterm", PYTHONPATH=ROOT, RUN4D_HISTORY=str(tmp_path / "history"))
    env.pop("PROMPT_TOOLKIT_NO_CPR", None)  # the pty never answers the cursor-position request
    proc = subprocess.Popen([sys.executable, "-m", "interpreter.cli.main"], stdin=slave, stdout=slave, stderr=slave,
                            cwd=ROOT, env=env, close_fds=True)
    os.close(slave)
    try:
        _read_until(master, r"4D>", TIMEOUT)
        os.write(master, b'Uppercase("screen")\r')
        screen = _read_until(master, r'"SCREEN"[\s\S]*4D>', TIMEOUT)  # the answer, then a new prompt
        assert 'Uppercase("screen")' in re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen) or "SCREEN" in screen
        time.sleep(1.5)  # prompt_toolkit warns after about a second when the terminal does not answer
        os.write(master, b"6*7\r")
        screen += _read_until(master, r"42[\s\S]*4D>", TIMEOUT)
        assert "cursor position" not in screen
        os.write(master, b"\x04")
        assert proc.wait(TIMEOUT) == 0
    finally:
        proc.kill()
        os.close(master)
    assert (tmp_path / "history").read_text().count("Uppercase") == 1


def test_piped_standard_input_is_read_line_by_line(tmp_path):
    source = "var $x:=3\n$x*2\nFor ($i; 1; 2)\nALERT(String($i))\nEnd for\n%class Pt\nproperty x : Integer\n\ncs.Pt.new().x:=1\n"
    env = dict(os.environ, PYTHONPATH=ROOT, RUN4D_HISTORY=str(tmp_path / "history"))
    done = subprocess.run([sys.executable, "-m", "interpreter.cli.main"], input=source, capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["6", "1", "2", "class Pt defined"]
    assert not (tmp_path / "history").exists()  # line mode keeps no history


def test_a_declared_type_holds_for_later_inputs(core, capsys):
    drive(core, 'var $n : Integer\r$n:="x"\r$n:=7/2\r$n\rvar $n : Text\r$n\r')
    out = capsys.readouterr().out
    assert "-10714" in out and "declared as Integer" in out  # as in a file
    assert out.splitlines()[-2:] == ["4", '""']  # Integer rounding; declared again: the new type's default


def test_a_class_loads_before_the_method_it_calls(core, capsys, tmp_path):
    (tmp_path / "Greeter.4dm").write_text('Function hi() : Text\n\treturn helper("x")\n')
    (tmp_path / "helper.4dm").write_text('#DECLARE($t : Text) : Text\nreturn "helped "+$t\n')
    drive(core, f"%load {tmp_path / 'Greeter.4dm'}\rcs.Greeter.new().hi()\r%load {tmp_path / 'helper.4dm'}\r"
                "cs.Greeter.new().hi()\r")
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "class Greeter loaded"
    assert "-10508" in out[1] and "helper" in out[1]  # called before it exists: 4D's unknown-method error
    assert out[-2:] == ["method helper loaded", '"helped x"']


def test_a_call_returning_nothing_echoes_nothing(core, capsys):
    drive(core, '$f:=Formula(ALERT("f"))\r$f.call()\r$o:={a: Null}\r$o.a\r')
    assert capsys.readouterr().out.splitlines() == ["null"]  # only the property read that is null
    assert core.session.out.lines == ["f"]
