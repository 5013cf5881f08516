"""4D.SystemWorker and LAUNCH EXTERNAL PROCESS running real programs (sh, cat, tr, pwd, env)."""

from __future__ import annotations

PARAMS = """
Class constructor($options : Object)
	var $key : Text
	If ($options#Null)
		For each ($key; $options)
			This[$key]:=$options[$key]
		End for each
	End if

Function onData($w : 4D.SystemWorker; $e : Object)
	ALERT("data "+$e.type+" "+Replace string($e.data; "\\n"; "|"))

Function onDataError($w : 4D.SystemWorker; $e : Object)
	ALERT("stderr "+$e.type+" "+Replace string($e.data; "\\n"; "|"))

Function onResponse($w : 4D.SystemWorker; $e : Object)
	ALERT("response "+$e.type+" "+String($w.exitCode))

Function onError($w : 4D.SystemWorker; $e : Object)
	ALERT("error "+$e.type+" "+$w.errors[0].message)

Function onTerminate($w : 4D.SystemWorker; $e : Object)
	ALERT("terminate "+$e.type+" "+String($w.terminated))
"""


def run(session, body: str, params=(), files: dict | None = None) -> list[str]:
    session.write("Params.4dm", PARAMS)
    for name, text in (files or {}).items():
        session.write(name, text)
    session.write("main.4dm", "#DECLARE($folder : Text)\n" + body)
    session.start(params=params, wait_server=False)
    assert session.wait_exit() == 0, session.err.text
    return session.out.lines


def test_sh_c_with_callbacks_and_exit_code(session):
    lines = run(session, """
var $w : 4D.SystemWorker
$w:=4D.SystemWorker.new("sh -c 'echo out; sleep 0.1; echo err >&2; exit 3'"; cs.Params.new())
$w.wait(10)
ALERT(String($w.exitCode)+" ["+$w.response+"] ["+$w.responseError+"] "+String($w.pid>0)+" "+$w.commandLine)
""")
    assert "\n".join(lines) == "\n".join(["data data out|", "stderr error err|", "response response 3",
                                         "terminate termination False",
                                         "3 [out\n] [err\n] True sh -c 'echo out; sleep 0.1; echo err >&2; exit 3'"])


def test_cat_with_post_message_and_close_input(session):
    lines = run(session, """
var $w : 4D.SystemWorker
var $b : Blob
$w:=4D.SystemWorker.new("cat"; {dataType: "blob"})
$w.postMessage("héllo ")
TEXT TO BLOB("blob"; $b; UTF8 text without length)
$w.postMessage($b)
$w.closeInput()
$w.wait(10)
ALERT(Convert to text($w.response; "UTF-8")+" "+$w.dataType+" "+String($w.exitCode))
CALL WORKER("w"; Formula(Form.cat:=4D.SystemWorker.new("cat"; cs.Params.new())))
CALL WORKER("w"; Formula(Form.cat.postMessage("from a worker\\n")))
CALL WORKER("w"; Formula(Form.cat.closeInput()))
""")
    assert lines == ["héllo blob blob 0", "data data from a worker|", "response response 0",
                     "terminate termination False"]


def test_a_command_that_does_not_exist(session):
    lines = run(session, """
var $w : 4D.SystemWorker
$w:=Try(4D.SystemWorker.new("no-such-command-run4d"; cs.Params.new()))
ALERT(String($w=Null)+" "+String(Last errors[0].errCode)+" "+Last errors[0].message)
ALERT(Try(4D.SystemWorker.new("  "))=Null)
""")
    assert lines == ['True -10780 Cannot launch "no-such-command-run4d": No such file or directory', "True"]


def test_timeout_terminate_directory_and_variables(session, tmp_path):
    lines = run(session, """
var $w : 4D.SystemWorker
$w:=4D.SystemWorker.new("sleep 20"; cs.Params.new({timeout: 0.2}))
$w.wait(10)
ALERT(String($w.exitCode=Null)+" "+String($w.errors[0].errorCode))
$w:=4D.SystemWorker.new("sleep 20")
$w.terminate()
$w.wait(10)
ALERT(String($w.terminated)+" "+String($w.errors.length))
$w:=4D.SystemWorker.new("sh -c 'pwd; echo $RUN4D_X'"; {currentDirectory: $folder; variables: {RUN4D_X: 42}})
ALERT($w.wait(10).response)
""", params=(str(tmp_path),))
    assert "\n".join(lines) == "\n".join(["error error the process was killed after 0.2 second(s) (timeout)",
                                         "terminate termination False", "True -10781", "True 0", f"{tmp_path}\n42\n"])


def test_launch_external_process(session, tmp_path, monkeypatch):
    monkeypatch.setenv("_4D_OPTION_CURRENT_DIRECTORY", str(tmp_path))
    lines = run(session, """
var $in; $out; $err : Text
var $pid : Integer
LAUNCH EXTERNAL PROCESS("pwd"; $in; $out)
ALERT($out+String(OK))
LAUNCH EXTERNAL PROCESS("pwd"; $in; $out)
ALERT(String($out#$folder+"\\n"))
$in:="abc"
LAUNCH EXTERNAL PROCESS("sh -c 'tr a-z A-Z; echo oops >&2'"; $in; $out; $err; $pid)
ALERT($out+" "+$err+String($pid>0))
var $bin; $bout : Blob
TEXT TO BLOB("xyz"; $bin; UTF8 text without length)
LAUNCH EXTERNAL PROCESS("cat"; $bin; $bout)
ALERT(String(BLOB size($bout)))
LAUNCH EXTERNAL PROCESS("no-such-command-run4d"; $in; $out)
ALERT(String(OK))
""", params=(str(tmp_path),))
    assert "\n".join(lines) == "\n".join([f"{tmp_path}\n1", "True", "ABC oops\nTrue", "3", "0"])
