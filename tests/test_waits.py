"""The compiler's "cannot wait" analysis (interpreter/compiler/waits.py).

A class function is quick (it may run on the event loop thread) only when
nothing it can reach may wait or run long; every way to wait or to reach
unknown code makes it "may wait".
"""

from __future__ import annotations

import pytest

from interpreter.compiler.program import Program
from interpreter.compiler.waits import QUICK_MEMBERS, builtin_members


def program(**sources: str) -> Program:
    """A program of classes (name starting with a capital) and methods (the others)."""
    p = Program()
    units = []
    for name, text in sources.items():
        unit = p.parse_unit(text, f"/virtual/{name}.4dm", name)
        p.declare(unit)
        units.append(unit)
    p.compile_units(units)
    return p


def reason(p: Program, cls: str, fn: str) -> str | None:
    return p.wait_reason(p.cs.classes[cls].functions[fn])


ECHO = """
Function onMessage($ws : Object; $event : Object)
	var $t : Text
	$t:=Uppercase($event.data)+String(Length($t))
	If ($t="")
		$ws.send("empty")
	Else
		$ws.send(New object("t"; $t; "n"; Current process))
	End if
"""


def test_a_plain_echo_is_quick():
    p = program(H=ECHO)
    assert reason(p, "H", "onMessage") is None


@pytest.mark.parametrize("body, why", [
    ("DELAY PROCESS(Current process; 10)", "DELAY PROCESS may wait"),
    ("var $s : Object\n\t$s:=New signal\n\t$s.wait(1)", "may wait"),
    ("Use (Storage)\n\tEnd use", "Use may wait"),
    ("var $r : Object\n\t$r.wait()", ".wait() of a built-in class may wait"),
    ("EXECUTE FORMULA(\"x:=1\")", "EXECUTE FORMULA may wait"),
    ("var $i : Integer\n\tFor ($i; 1; 3)\n\tEnd for", "a loop may run long"),
    ("While (False)\n\tEnd while", "a loop may run long"),
    ("var $o : Object\n\t$o[\"f\"]()", "a call named at run time"),
    ("var $f : Object\n\t$f:=Formula from string(\"1\")", "Formula from string may wait"),
    ("LOG EVENT(Into system standard outputs; \"x\")", "LOG EVENT may wait"),
    ("var $h : Object\n\t$h:=4D.HTTPRequest.new(\"http://x\")", ".new() of a class not known here"),
    ("ON ERR CALL($1)", "ON ERR CALL of a method named at run time"),
])
def test_what_may_wait(body, why):
    import stdlib_4d

    stdlib_4d.load_all()  # every built-in class known (.wait() is a member of some)
    p = program(H=f"Function onMessage($ws : Object; $event : Object)\n\t{body}\n")
    found = reason(p, "H", "onMessage")
    assert found is not None and why in found, found


def test_transitive_through_methods_and_class_functions():
    p = program(
        H="""
Function onMessage($ws : Object; $event : Object)
	helper
	This.other($ws)

Function other($ws : Object)
	$ws.send("x")
""",
        helper="""
deeper
""",
        deeper="""
DELAY PROCESS(Current process; 1)
""")
    found = reason(p, "H", "onMessage")
    assert found is not None and "deeper" in found and "DELAY PROCESS" in found
    assert reason(p, "H", "other") is None


def test_a_member_call_reaches_every_class_function_of_that_name():
    # The receiver's class is not known: .ping() may be K.ping, which waits.
    p = program(
        H="""
Function onMessage($ws : Object; $event : Object)
	$event.target.ping()
""",
        K="""
Function ping()
	DELAY PROCESS(Current process; 1)
""")
    found = reason(p, "H", "onMessage")
    assert found is not None and "K.ping" in found


def test_getters_and_setters_run_on_reads_and_writes():
    p = program(
        H="""
Function onMessage($ws : Object; $event : Object)
	$ws.send($event.slow)

Function onOther($ws : Object; $event : Object)
	$event.late:=1
""",
        K="""
Function get slow() : Text
	DELAY PROCESS(Current process; 1)
	return "x"

Function set late($v : Integer)
	DELAY PROCESS(Current process; 1)
""")
    assert "K.slow" in reason(p, "H", "onMessage")
    assert "K.late" in reason(p, "H", "onOther")


def test_recursion_is_not_short():
    p = program(H="""
Function onMessage($ws : Object; $event : Object)
	This.f(3)

Function f($n : Integer)
	If ($n>0)
		This.f($n-1)
	End if
""")
    assert "recursive" in reason(p, "H", "onMessage")
    assert "recursive" in reason(p, "H", "f")


def test_an_error_handler_named_in_the_callback_is_checked():
    waits = program(
        H="Function onMessage($ws : Object; $event : Object)\n\tON ERR CALL(\"handler\")\n",
        handler="DELAY PROCESS(Current process; 1)\n")
    assert "DELAY PROCESS" in reason(waits, "H", "onMessage")
    quick = program(
        H="Function onMessage($ws : Object; $event : Object)\n\tON ERR CALL(\"handler\")\n",
        handler="handled:=handled+1\n")
    assert reason(quick, "H", "onMessage") is None


def test_a_waiting_function_value_makes_member_calls_may_wait():
    # A Formula stored in a property can be called as $o.send(): its body counts.
    p = program(
        H=ECHO,
        setup="var $o : Object\n$o:=New object\n$o.send:=Formula(DELAY PROCESS(Current process; 1))\n")
    found = reason(p, "H", "onMessage")
    assert found is not None and "Formula" in found
    # One handed straight to CALL WORKER runs in that worker: no member call reaches it.
    p = program(H=ECHO, setup="CALL WORKER(\"w\"; Formula(DELAY PROCESS(Current process; 1)))\n")
    assert reason(p, "H", "onMessage") is None


def test_shared_functions_and_formulas_are_not_quick():
    p = program(H="""
shared Function onMessage($ws : Object; $event : Object)
	$ws.send("x")
""")
    assert "shared" in reason(p, "H", "onMessage")


def test_the_quick_member_names_of_built_in_classes_are_the_reviewed_ones():
    # Every built-in class defining one of QUICK_MEMBERS was read to check that it does not
    # wait; a new one must be read too (then added here).
    import stdlib_4d
    from runtime.native import Native

    stdlib_4d.load_all()
    assert QUICK_MEMBERS <= builtin_members() | QUICK_MEMBERS
    found = set()
    todo = [Native]
    while todo:
        cls = todo.pop()
        for name in cls.__dict__.get("funcs4d") or ():
            if name in QUICK_MEMBERS:
                found.add(f"{cls.__name__}.{name}")
        todo.extend(cls.__subclasses__())
    assert found == {
        "HTTPRequest.terminate", "TCPConnection.send", "TCPListener.terminate", "UDPSocket.send",
        "WebSocketConnection.send", "WebSocketConnection.terminate", "WebSocketServer.terminate",
        "WebSocket.send", "WebSocket.terminate", "SystemWorker.terminate",
    }


def test_new_of_a_project_class_runs_its_constructors():
    p = program(
        H="""
Function onMessage($ws : Object; $event : Object)
	$ws.send(cs.Child.new(1).n)

Function onOther($ws : Object; $event : Object)
	$ws.send(cs.Slow.new())

Function onThird($ws : Object; $event : Object)
	$ws.send(4D.File.new("/x"))
""",
        Base="""
property n : Integer:=3
Class constructor($a : Integer)
	This.n:=$a
""",
        Child="""
Class extends Base
property m : Text:=Uppercase("x")
Class constructor($a : Integer)
	Super($a)
""",
        Slow="""
Class extends Base
Class constructor()
	Super(1)
	DELAY PROCESS(Current process; 1)
""")
    assert reason(p, "H", "onMessage") is None
    assert "DELAY PROCESS" in reason(p, "H", "onOther")
    assert ".new() of a class not known here" in reason(p, "H", "onThird")
