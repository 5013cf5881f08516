"""The application context (runtime/appcontext.py) for each kind of run."""

from __future__ import annotations

import os
from types import SimpleNamespace

from interpreter.cli.runner import app_context
from interpreter.compiler.loader import layout_for
from runtime import appcontext


def _project(tmp_path, name="Demo"):
    root = tmp_path / name
    (root / "Project" / "Sources" / "Methods").mkdir(parents=True)
    (root / "Project" / f"{name}.4DProject").write_text("{}")
    return root


def test_a_project_folder_is_the_database_folder(tmp_path):
    root = _project(tmp_path)
    ctx = appcontext.for_path(str(root))
    assert ctx.database_folder == str(root)
    assert ctx.is_project and ctx.name == "Demo"
    assert ctx.structure_file == str(root / "Project" / "Demo.4DProject")
    assert ctx.data_folder == str(root / "Data")
    assert ctx.sources_folder == str(root / "Project" / "Sources")


def test_the_project_subfolder_names_the_same_project(tmp_path):
    root = _project(tmp_path)
    assert appcontext.for_path(str(root / "Project")).database_folder == str(root)


def test_a_method_file_runs_in_its_folder(tmp_path):
    method = tmp_path / "job.4dm"
    method.write_text("ALERT(\"x\")\n")
    ctx = appcontext.for_path(str(method))
    assert ctx.database_folder == str(tmp_path)
    assert ctx.structure_file == str(method)
    assert not ctx.is_project


def test_a_data_file_sets_the_data_folder(tmp_path):
    root = _project(tmp_path)
    data = tmp_path / "elsewhere" / "data.4DD"
    ctx = appcontext.for_path(str(root), data_file=str(data), user_param="abc")
    assert ctx.data_folder == str(tmp_path / "elsewhere")
    assert ctx.data_file == str(data)
    assert ctx.user_param == "abc"


def test_the_runner_fills_it_from_its_options(tmp_path):
    root = _project(tmp_path)
    opts = SimpleNamespace(target=str(root), user_param="p=1", data=None, web_root=None)
    app_context(layout_for(str(root)), opts, [])
    ctx = appcontext.current()
    assert ctx.user_param == "p=1" and ctx.database_folder == str(root)


def test_without_setup_the_current_folder_is_used(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    appcontext.clear()
    assert appcontext.current().database_folder == os.getcwd()


def test_user_param_reaches_get_database_parameter(tmp_path, capsys):
    from interpreter.cli.runner import run_layout

    method = tmp_path / "param.4dm"
    method.write_text('var $t : Text\n$r:=Get database parameter(User param value; $t)\nALERT($t)\n')
    opts = SimpleNamespace(target=str(method), user_param="--suite=fast", data=None, web_root=None, debug=False,
                           method=None, http_port=None, http_host=None)
    assert run_layout(layout_for(str(method)), opts, []) == 0
    assert capsys.readouterr().out == "--suite=fast\n"
