"""Components: a host project with components in Components/*.4dbase, dependencies.json and .4DZ archives
(docs/decisions.md, "Components"). Every fixture is written here."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from interpreter.cli.main import main

SHARED = '//%attributes = {"shared":true}\n'
PRIVATE = "//%attributes = {}\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def project(folder: Path, name: str, methods: dict[str, str], classes: dict[str, str] | None = None,
            namespace: str = "", settings: str = "", database: dict[str, str] | None = None) -> Path:
    """A project folder (its package folder): Project/<name>.4DProject and its sources."""
    write(folder, f"Project/{name}.4DProject", "{}\n")
    for m, text in methods.items():
        write(folder, f"Project/Sources/Methods/{m}.4dm", text)
    for c, text in (classes or {}).items():
        write(folder, f"Project/Sources/Classes/{c}.4dm", text)
    for d, text in (database or {}).items():
        write(folder, f"Project/Sources/DatabaseMethods/{d}.4dm", text)
    general = (f' component_classStore_name="{namespace}"' if namespace else "") + settings
    if general:
        write(folder, "Project/Sources/settings.4DSettings",
              f'<?xml version="1.0" encoding="UTF-8"?><preferences stamp="1"><com.4d><general{general}/>'
              "</com.4d></preferences>\n")
    return folder


def geometry(folder: Path, namespace: str = "geo") -> Path:
    """A component: two shared methods, a private one, a class, process and interprocess variables."""
    return project(folder, "Geometry", {
        "geo_area": SHARED + "#DECLARE($w : Real; $h : Real) : Real\nvar calls : Integer\ncalls:=calls+1\n"
                             "If (Undefined(<>geoCalls))\n<>geoCalls:=0\nEnd if\n<>geoCalls:=<>geoCalls+1\nreturn geo_mul($w; $h)\n",
        "geo_mul": PRIVATE + "#DECLARE($a : Real; $b : Real) : Real\nreturn $a*$b\n",
        "geo_calls": SHARED + "#DECLARE() : Text\nreturn String(calls)+\"/\"+String(<>geoCalls)\n",
        "geo_where": SHARED + "#DECLARE() : Object\nreturn {mine: Folder(fk database folder).fullName; "
                              "host: Folder(fk database folder; *).fullName; "
                              "structure: File(Structure file; fk platform path).fullName; "
                              "hostStructure: File(Structure file(*); fk platform path).fullName; "
                              "package: Folder(\"/PACKAGE\").fullName; hostPackage: Folder(\"/PACKAGE\"; *).fullName}\n",
    }, {"Rect": "Class constructor($w : Real; $h : Real)\n\tThis.w:=$w\n\tThis.h:=$h\n\n"
                "Function area() : Real\n\treturn geo_mul(This.w; This.h)\n"}, namespace=namespace)


def host(tmp_path: Path, main_text: str, methods: dict[str, str] | None = None, **kw) -> Path:
    folder = tmp_path / "Host"
    project(folder, "Host", {"main": PRIVATE + main_text, **(methods or {})}, **kw)
    return folder


def run(capsys, folder: Path, *extra: str) -> tuple[int, str, str]:
    code = main([str(folder), "--method", "main", *extra])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_shared_methods_run_and_call_the_components_own_methods(tmp_path, capsys):
    h = host(tmp_path, "ALERT(String(geo_area(2; 3)))\nALERT(String(geo_area(4; 5)))\n")
    geometry(h / "Components" / "Geometry.4dbase")
    assert run(capsys, h) == (0, "6\n20\n", "")


def test_a_method_the_component_does_not_share_is_unknown_to_the_host(tmp_path, capsys):
    h = host(tmp_path, "ALERT(String(geo_mul(2; 3)))\n")
    geometry(h / "Components" / "Geometry.4dbase")
    code, out, err = run(capsys, h)
    # (in a project run the line fails when it runs, as a line naming something unknown does: -10791)
    assert code == 70 and out == ""
    assert "error -10791: This line does not compile: main.4dm:2: Unknown command or method: geo_mul" in err
    assert "geo_mul is a method of the component Geometry, which does not share it" in err


def test_namespace_classes_reach_the_host_through_cs(tmp_path, capsys):
    h = host(tmp_path, "var $r : cs.geo.Rect\n$r:=cs.geo.Rect.new(4; 5)\nALERT(String($r.area()))\n"
                       "ALERT(OB Instance of($r; cs.geo.Rect) ? \"instance\" : \"not\")\n"
                       "ALERT(String(Undefined(cs.Rect)))\n")
    geometry(h / "Components" / "Geometry.4dbase")
    assert run(capsys, h) == (0, "20\ninstance\nTrue\n", "")


def test_without_a_namespace_the_classes_stay_in_the_component(tmp_path, capsys):
    h = host(tmp_path, "ALERT(String(Undefined(cs.geo)))\nALERT(String(geo_area(1; 2)))\n")
    geometry(h / "Components" / "Geometry.4dbase", namespace="")
    assert run(capsys, h) == (0, "True\n2\n", "")


def test_a_host_class_of_the_namespaces_name_wins(tmp_path, capsys):
    h = host(tmp_path, "ALERT(cs.geo.new().who)\n", classes={"geo": "Class constructor\n\tThis.who:=\"host\"\n"})
    geometry(h / "Components" / "Geometry.4dbase")
    assert run(capsys, h) == (0, "host\n", "")


def test_process_and_interprocess_variables_are_the_components_own(tmp_path, capsys):
    h = host(tmp_path, "var calls : Integer\ncalls:=100\n<>geoCalls:=7\n$x:=geo_area(1; 1)\n$x:=geo_area(1; 1)\n"
                       "ALERT(geo_calls())\nALERT(String(calls)+\" \"+String(<>geoCalls))\n")
    geometry(h / "Components" / "Geometry.4dbase")
    assert run(capsys, h) == (0, "2/2\n100 7\n", "")


def test_database_folder_is_the_components_unless_star(tmp_path, capsys):
    h = host(tmp_path, "var $o : Object\n$o:=geo_where()\n"
                       "ALERT($o.mine)\nALERT($o.host)\nALERT($o.structure)\nALERT($o.hostStructure)\n"
                       "ALERT($o.package)\nALERT($o.hostPackage)\nALERT(Folder(fk database folder).fullName)\n")
    geometry(h / "Components" / "Geometry.4dbase")
    code, out, err = run(capsys, h)
    assert (code, err) == (0, "")
    assert out.split("\n")[:7] == ["Geometry.4dbase", "Host", "Geometry.4DProject", "Host.4DProject",
                                   "Geometry.4dbase", "Host", "Host"]


def test_components_call_each_others_shared_methods_not_their_private_ones(tmp_path, capsys):
    h = host(tmp_path, "ALERT(String(twice_area(1; 2)))\n")
    geometry(h / "Components" / "Geometry.4dbase")
    project(h / "Components" / "Twice.4dbase", "Twice", {
        "twice_area": SHARED + "#DECLARE($a : Real; $b : Real) : Real\nreturn 2*geo_area($a; $b)\n"})
    assert run(capsys, h) == (0, "4\n", "")
    project(h / "Components" / "Twice.4dbase", "Twice", {
        "twice_area": SHARED + "#DECLARE($a : Real; $b : Real) : Real\nreturn 2*geo_mul($a; $b)\n"})
    code, _out, err = run(capsys, h)
    assert code == 70 and "warning: the component 'Twice' does not all compile (1 error(s)" in err
    assert "error -10798: This line of a component does not compile: " in err
    assert "Twice.4dbase/Project/Sources/Methods/twice_area.4dm:3:" in err
    assert "Unknown command or method: geo_mul" in err


def test_a_component_that_does_not_all_compile_still_runs_what_does(tmp_path, capsys):
    h = host(tmp_path, "ALERT(String(geo_area(2; 3)))\nALERT(broken_one())\n")
    geometry(h / "Components" / "Geometry.4dbase")
    write(h / "Components" / "Geometry.4dbase", "Project/Sources/Methods/broken_one.4dm",
          SHARED + "#DECLARE() : Text\nIf (True\nreturn \"never\"\n")
    code, out, err = run(capsys, h)
    assert (code, out) == (70, "6\n")
    assert "warning: the component 'Geometry' does not all compile (" in err and "broken_one.4dm:3:" in err
    assert "error -10797: broken_one (component Geometry) does not compile: " in err
    assert main(["--check", str(h)]) == 65
    assert "broken_one.4dm:3:" in capsys.readouterr().err


def test_a_component_runs_only_the_host_methods_it_shares_by_name(tmp_path, capsys):
    h = host(tmp_path, 'ALERT(comp_run("open_one"))\nALERT(comp_run("closed_one"))\n', methods={
        "open_one": SHARED + 'ALERT("open")\n', "closed_one": PRIVATE + 'ALERT("closed")\n'})
    project(h / "Components" / "Runner.4dbase", "Runner", {
        "comp_run": SHARED + "#DECLARE($name : Text) : Text\nvar $r : Text\n"
                             "Try\n\tEXECUTE METHOD($name)\n\t$r:=\"ran\"\nCatch\n\t$r:=\"refused\"\nEnd try\nreturn $r\n"})
    assert run(capsys, h) == (0, "open\nran\nrefused\n", "")


def test_errors_in_a_component_go_to_its_own_handler_not_the_hosts(tmp_path, capsys):
    h = host(tmp_path, 'ON ERR CALL("host_handler")\nALERT(String(comp_fail()))\nASSERT(False)\nALERT("end")\n', methods={
        "host_handler": PRIVATE + 'ALERT("host handler "+String(Error))\n'})
    project(h / "Components" / "Failing.4dbase", "Failing", {
        "comp_fail": SHARED + '#DECLARE() : Integer\nON ERR CALL("comp_handler")\nASSERT(False)\n'
                              'ON ERR CALL("")\nreturn 1\n',
        "comp_handler": PRIVATE + 'ALERT("component handler "+String(Error))\n'})
    code, out, err = run(capsys, h)
    assert (code, err) == (0, "")
    code_ = out.split()[2]
    assert out == f"component handler {code_}\n1\nhost handler {code_}\nend\n"


def test_errors_from_components_reach_the_hosts_ek_errors_from_components_handler(tmp_path, capsys):
    h = host(tmp_path, 'ON ERR CALL("from_comp"; ek errors from components)\nALERT(String(comp_fail()))\n', methods={
        "from_comp": PRIVATE + 'ALERT("host saw "+Error method)\n'})
    project(h / "Components" / "Failing.4dbase", "Failing", {
        "comp_fail": SHARED + "#DECLARE() : Integer\nASSERT(False)\nreturn 2\n"})
    assert run(capsys, h) == (0, "host saw comp_fail\n2\n", "")


def test_on_host_database_event_runs_when_the_host_allows_it(tmp_path, capsys):
    event = "#DECLARE($event : Integer)\nALERT(\"event \"+String($event))\n"
    h = host(tmp_path, 'ALERT("main")\n', database={"onStartup": 'ALERT("startup")\n', "onExit": 'ALERT("exit")\n'},
             settings=' execute_host_database_event="true"')
    project(h / "Components" / "Events.4dbase", "Events", {}, database={"onHostDatabaseEvent": event})
    assert main([str(h)]) == 0
    assert capsys.readouterr().out == "event 1\nstartup\nevent 2\nevent 3\nexit\nevent 4\n"
    h2 = host(tmp_path / "other", 'ALERT("main")\n', database={"onStartup": 'ALERT("startup")\n'})
    project(h2 / "Components" / "Events.4dbase", "Events", {}, database={"onHostDatabaseEvent": event})
    assert main([str(h2)]) == 0
    assert capsys.readouterr().out == "startup\n"


def test_dependencies_json_next_to_the_package_and_in_environment4d(tmp_path, capsys):
    h = host(tmp_path, "ALERT(String(geo_area(2; 2)))\nALERT(String(twice(3)))\n")
    write(h, "Project/Sources/dependencies.json", json.dumps({"dependencies": {"Geometry": {}, "Twice": {}}}))
    geometry(tmp_path / "Geometry")  # next to the host's package folder
    project(tmp_path / "libs" / "TwiceComp", "Twice", {"twice": SHARED + "#DECLARE($a : Real) : Real\nreturn 2*$a\n"})
    write(tmp_path, "environment4d.json", json.dumps({"dependencies": {"Twice": "libs/TwiceComp"}}))
    assert run(capsys, h) == (0, "4\n6\n", "")


def test_a_dependency_path_in_dependencies_json(tmp_path, capsys):
    h = host(tmp_path, "ALERT(String(geo_area(3; 3)))\n")
    write(h, "Project/Sources/dependencies.json", json.dumps({"dependencies": {"Geometry": {"path": "../x/geo"}}}))
    geometry(tmp_path / "x" / "geo")
    assert run(capsys, h) == (0, "9\n", "")


def test_the_components_folder_has_priority_over_dependencies(tmp_path, capsys):
    h = host(tmp_path, "ALERT(which())\n")
    write(h, "Project/Sources/dependencies.json", json.dumps({"dependencies": {"Which": {}}}))
    project(h / "Components" / "Which.4dbase", "Which", {"which": SHARED + "#DECLARE() : Text\nreturn \"folder\"\n"})
    project(tmp_path / "Which", "Which", {"which": SHARED + "#DECLARE() : Text\nreturn \"beside\"\n"})
    assert run(capsys, h) == (0, "folder\n", "")


def test_a_missing_github_dependency_is_said_at_start_and_at_each_call(tmp_path, capsys):
    h = host(tmp_path, "SVG_Nothing(1)\n")
    write(h, "Project/Sources/dependencies.json",
          json.dumps({"dependencies": {"Some SVG": {"github": "someone/some-svg", "version": "1.0"}}}))
    code, out, err = run(capsys, h)
    # said at start (a warning) and when the call runs (-10791: a line naming something unknown)
    assert code == 70 and out == ""
    assert "error -10791: This line does not compile" in err
    assert "warning: the component 'Some SVG' is a GitHub dependency (someone/some-svg)" in err
    assert "does not download dependencies" in err
    assert "Unknown command or method: SVG_Nothing; 1 component(s) of the project are not loaded" in err
    assert main(["--check", str(h)]) == 65
    err = capsys.readouterr().err
    assert "dependencies.json:1:1: warning: component not loaded: the component 'Some SVG'" in err


def test_a_project_without_its_github_dependency_still_runs_what_does_not_need_it(tmp_path, capsys):
    h = host(tmp_path, 'ALERT("fine")\n')
    write(h, "Project/Sources/dependencies.json", json.dumps({"dependencies": {"Gone": {"github": "a/gone"}}}))
    code, out, err = run(capsys, h)
    assert (code, out) == (0, "fine\n") and "'Gone' is a GitHub dependency" in err


def test_check_reports_errors_inside_components_with_their_file(tmp_path, capsys):
    h = host(tmp_path, "ALERT(String(geo_area(2; 3)))\n")
    geometry(h / "Components" / "Geometry.4dbase")
    assert main(["--check", str(h)]) == 0
    capsys.readouterr()
    write(h / "Components" / "Geometry.4dbase", "Project/Sources/Methods/geo_mul.4dm",
          PRIVATE + "#DECLARE($a : Real; $b : Real) : Real\nreturn $a*$b+no_such_thing(1)\n")
    assert main(["--check", str(h)]) == 65
    err = capsys.readouterr().err
    assert "Geometry.4dbase/Project/Sources/Methods/geo_mul.4dm:3:" in err
    assert "Unknown command or method: no_such_thing" in err


def test_a_4dz_archive_with_sources_is_a_component(tmp_path, capsys):
    h = host(tmp_path, "ALERT(String(geo_area(5; 2)))\nALERT(geo_where().mine)\n")
    src = geometry(tmp_path / "build" / "Geometry")
    package = h / "Components" / "Geometry.4dbase"
    package.mkdir(parents=True)
    with zipfile.ZipFile(package / "Geometry.4DZ", "w") as z:
        for f in (src / "Project").rglob("*"):
            if f.is_file():
                z.write(f, str(f.relative_to(src)))
    assert run(capsys, h) == (0, "10\nGeometry.4dbase\n", "")


def test_a_compiled_only_4dz_is_not_loaded_and_says_so(tmp_path, capsys):
    h = host(tmp_path, 'ALERT("ok")\n')
    package = h / "Components" / "Closed.4dbase" / "Contents"
    package.mkdir(parents=True)
    with zipfile.ZipFile(package / "Closed.4DZ", "w") as z:
        z.writestr("Project/Closed.4DProject", "{}")
    code, out, err = run(capsys, h)
    assert (code, out) == (0, "ok\n")
    assert "'Closed'" in err and "compiled only" in err


@pytest.mark.parametrize("how", ["New process", "CALL WORKER"])
def test_a_component_starts_processes_with_its_own_methods(tmp_path, capsys, how):
    start = ('$p:=New process("comp_worker"; 0; "w"; "hello")\n' if how == "New process"
             else 'CALL WORKER("w"; "comp_worker"; "hello")\n')
    h = host(tmp_path, 'comp_start()\nDELAY PROCESS(Current process; 30)\n')
    project(h / "Components" / "Procs.4dbase", "Procs", {
        "comp_start": SHARED + start,
        "comp_worker": PRIVATE + "#DECLARE($t : Text)\nALERT($t+\" from \"+Folder(fk database folder).name)\n"})
    assert run(capsys, h) == (0, "hello from Procs\n", "")


def test_each_component_has_its_own_storage(tmp_path, capsys):
    h = host(tmp_path, 'Use (Storage)\n\tStorage.who:=New shared object("name"; "host")\nEnd use\n'
                       'comp_store()\nALERT(Storage.who.name)\nALERT(comp_read())\n')
    project(h / "Components" / "Store.4dbase", "Store", {
        "comp_store": SHARED + 'ALERT(String(Undefined(Storage.who)))\nUse (Storage)\n'
                               '\tStorage.who:=New shared object("name"; "component")\nEnd use\n',
        "comp_read": SHARED + "#DECLARE() : Text\nreturn Storage.who.name\n"})
    assert run(capsys, h) == (0, "True\nhost\ncomponent\n", "")


def test_component_list_and_a_host_class_extending_a_component_class(tmp_path, capsys):
    h = host(tmp_path, "ARRAY TEXT($names; 0)\nCOMPONENT LIST($names)\nALERT(String(Size of array($names))+\" \"+$names{1})\n"
                       "$s:=cs.Square.new(3)\nALERT(String($s.area())+\" \"+String(OB Instance of($s; cs.geo.Rect)))\n",
             classes={"Square": "Class extends cs.geo.Rect\nClass constructor($side : Real)\n\tSuper($side; $side)\n"})
    geometry(h / "Components" / "Geometry.4dbase")
    assert run(capsys, h) == (0, "1 Geometry\n9 True\n", "")


def test_the_language_server_knows_the_shared_methods_of_components(tmp_path):
    from interpreter.lsp.workspace import Workspace

    h = host(tmp_path, "$a:=geo_area(1; 2)\n$b:=geo_mul(1; 2)\n")
    geometry(h / "Components" / "Geometry.4dbase")
    ws = Workspace(str(h))
    paths = ws.discover()
    main_path = next(p for p in paths if p.endswith("main.4dm"))
    errors, _ = ws.check(main_path)
    assert [e.message for e in errors if e.kind != "warning"] == ["Unknown command or method: geo_mul"]


def test_a_line_of_a_component_naming_an_unknown_constant_fails_only_if_it_runs(tmp_path, capsys):
    h = host(tmp_path, "ALERT(pick(False))\nALERT(pick(True))\n")
    project(h / "Components" / "Pick.4dbase", "Pick", {
        "pick": SHARED + "#DECLARE($odd : Boolean) : Text\nIf ($odd)\n\treturn String(No such thing:K999:1)\n"
                         "End if\nreturn \"plain\"\n"})
    code, out, err = run(capsys, h)
    assert (code, out) == (70, "plain\n")
    assert "error -10798: This line of a component does not compile: " in err
    assert "pick.4dm:4:" in err and "Unknown constant: No such thing (K999:1)" in err
    assert main(["--check", str(h)]) == 65
    assert "pick.4dm:4:" in capsys.readouterr().err


def test_a_component_reads_its_own_xliff_strings(tmp_path, capsys):
    xliff = ('<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2"><file source-language="en" '
             'target-language="en"><body><trans-unit resname="who" id="1"><source>{}</source></trans-unit>'
             '</body></file></xliff>\n')
    h = host(tmp_path, 'ALERT(Localized string("who"))\nALERT(comp_who())\n')
    write(h, "Resources/en.lproj/host.xlf", xliff.format("the host"))
    comp = project(h / "Components" / "Words.4dbase", "Words", {
        "comp_who": SHARED + '#DECLARE() : Text\nreturn Localized string("who")\n'})
    write(comp, "Resources/en.lproj/words.xlf", xliff.format("the component"))
    assert run(capsys, h) == (0, "the host\nthe component\n", "")


def test_call_chain_names_the_component_of_each_frame(tmp_path, capsys):
    h = host(tmp_path, "var $c : Collection\n$c:=comp_chain()\nALERT($c[0].name+\" \"+$c[0].database)\n"
                       "ALERT($c[1].name+\" \"+$c[1].database)\n")
    project(h / "Components" / "Chain.4dbase", "Chain", {
        "comp_chain": SHARED + "#DECLARE() : Collection\nreturn Call chain\n"})
    assert run(capsys, h) == (0, "comp_chain Chain\nmain Host\n", "")


def test_on_event_call_cannot_be_called_from_a_component(tmp_path, capsys):
    h = host(tmp_path, "comp_events()\n")
    project(h / "Components" / "Ev.4dbase", "Ev", {"comp_events": SHARED + 'ON EVENT CALL("x")\n', "x": PRIVATE})
    code, _out, err = run(capsys, h)
    assert code == 70 and "error -10511: The ON EVENT CALL command cannot be called from a component" in err
