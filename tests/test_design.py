"""Design Object Access on a project on disk: what unit-test frameworks use to find tests and read tags."""

from __future__ import annotations

from pathlib import Path

from interpreter.cli.main import main


def write(folder: Path, rel: str, text: str) -> None:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def run_project(tmp_path: Path, method: str, capsys) -> tuple[int, str, str]:
    root = tmp_path / "App"
    src = root / "Project" / "Sources"
    write(root, "Project/App.4DProject", "{}\n")
    write(src, "Classes/MathTest.4dm", "// #tags: unit\nFunction test_add()\n\tASSERT(1+1=2)\n")
    write(src, "Classes/Helper.4dm", "property x : Integer\n")
    write(src, "Methods/web_home.4dm", '//%attributes = {"folder":"web"}\nALERT(String:C10(1))  // String:C10 stays\n')
    write(src, "Methods/web_login.4dm", "ALERT(\"login\")\n")
    write(src, "Methods/util.4dm", "$x:=1\n")
    write(src, "DatabaseMethods/onStartup.4dm", "// started\n")
    write(src, "Forms/Login/method.4dm", "// form method\n")
    write(src, "Forms/Login/ObjectMethods/ok.4dm", "// ok button\n")
    write(src, "folders.json", '{"web": {"methods": ["web_home"], "groups": ["auth"]}, '
                               '"auth": {"methods": ["web_login"]}}\n')
    write(src, "Methods/probe.4dm", method)
    capsys.readouterr()
    code = main(["--project", str(root), "--skip-onstartup", "--startup-method", "probe"])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_method_get_paths_by_type_and_folder(tmp_path, capsys):
    code, out, err = run_project(tmp_path, """
ARRAY TEXT($paths; 0)
METHOD GET PATHS(Path class; $paths)
ALERT(JSON Stringify array($paths))
METHOD GET PATHS(Path project method+Path database method; $paths; *)
ALERT(JSON Stringify array($paths))
METHOD GET PATHS(Path project form; $paths)
ALERT(JSON Stringify array($paths))
METHOD GET PATHS("web"; Path project method; $paths)
ALERT(JSON Stringify array($paths))
METHOD GET PATHS(Path all objects; $paths)
ALERT(String(Size of array($paths)))
""", capsys)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        '["[class]/Helper","[class]/MathTest"]',
        '["[databaseMethod]/onStartup","probe","util","web_home","web_login"]',
        '["[projectForm]/Login/ok","[projectForm]/Login/{formMethod}"]',
        '["web_home","web_login"]',  # the folder and its subfolder
        "9",
    ]


def test_method_get_names_with_a_filter(tmp_path, capsys):
    code, out, _ = run_project(tmp_path, """
ARRAY TEXT($names; 0)
METHOD GET NAMES($names; "web_@")
ALERT(JSON Stringify array($names))
METHOD GET NAMES($names)
ALERT(String(Size of array($names)))
""", capsys)
    assert code == 0 and out.splitlines() == ['["web_home","web_login"]', "4"]


def test_method_get_code_text_and_arrays(tmp_path, capsys):
    code, out, _ = run_project(tmp_path, """
var $code : Text
METHOD GET CODE("[class]/MathTest"; $code; *)
$lines:=Split string($code; Char(Carriage return))
ALERT($lines[0])
ALERT(String($lines.length))
METHOD GET CODE("web_home"; $code)
ALERT(Split string($code; Char(Carriage return))[1])
METHOD GET CODE("web_home"; $code; Code with tokens)
ALERT(Split string($code; Char(Carriage return))[1])
ARRAY TEXT($paths; 2)
$paths{1}:="util"
$paths{2}:="[databaseMethod]/onStartup"
ARRAY TEXT($codes; 0)
METHOD GET CODE($paths; $codes)
ALERT(Replace string($codes{1}+"|"+$codes{2}; Char(Carriage return); "<CR>"))
Try
	METHOD GET CODE("nothing_here"; $code)
Catch
	ALERT(String(Last errors[0].errCode))
End try
""", capsys)
    assert code == 0
    assert out.splitlines() == [
        "// #tags: unit", "4",
        'ALERT(String(1))  // String:C10 stays',  # tokens removed, comments untouched
        'ALERT(String:C10(1))  // String:C10 stays',
        "$x:=1<CR>|// started<CR>",
        "-10792",
    ]


def test_method_get_path_and_resolve_path(tmp_path, capsys):
    code, out, _ = run_project(tmp_path, """
ALERT(METHOD Get path(Path database method; "onstartup"))
ALERT(METHOD Get path(Path project method; "util"))
ALERT(METHOD Get path(Path project form; "Login"; "ok"))
var $type : Integer
var $table : Pointer
var $name; $object : Text
METHOD RESOLVE PATH("[projectForm]/Login/ok"; $type; $table; $name; $object)
ALERT(String($type)+" "+$name+" "+$object+" "+String(Is nil pointer($table)))
METHOD RESOLVE PATH("[databaseMethod]/onStartup"; $type; $table; $name; $object)
ALERT(String($type)+" "+$name+" ["+$object+"]")
Try
	$p:=METHOD Get path(Path database method; "onLunch")
Catch
	ALERT(String(Last errors[0].errCode))
End try
""", capsys)
    assert code == 0
    assert out.splitlines() == ["[databaseMethod]/onStartup", "util", "[projectForm]/Login/ok",
                                "4 Login ok True", "2 onStartup []", "-10793"]
