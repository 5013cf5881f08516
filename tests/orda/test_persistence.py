"""A project's data lives in Data/data.sqlite: kept across runs, schema kept in step with the catalog."""

from __future__ import annotations

import os
import sqlite3

from interpreter.cli.main import main

CATALOG = """<?xml version="1.0" encoding="UTF-8"?>
<base name="P" uuid="P1">
<table name="Note" uuid="T1" id="1">
<field name="ID" uuid="F1" type="4" autosequence="true" id="1"/>
<field name="{text}" uuid="F2" type="10" id="2"/>
{extra_field}
<primary_key field_name="ID" field_uuid="F1"/>
</table>
{extra_table}
</base>
"""


def project(tmp_path, startup: str, text: str = "text", extra_field: str = "", extra_table: str = ""):
    sources = tmp_path / "Project" / "Sources"
    (sources / "DatabaseMethods").mkdir(parents=True, exist_ok=True)
    (sources / "catalog.4DCatalog").write_text(CATALOG.format(text=text, extra_field=extra_field,
                                                              extra_table=extra_table))
    (sources / "DatabaseMethods" / "onStartup.4dm").write_text(startup)
    return str(tmp_path)


def test_data_persists_across_runs(tmp_path, capsys):
    folder = project(tmp_path, 'ds.Note.fromCollection([{text: "first"}])\nALERT(String(ds.Note.getCount()))')
    assert main([folder]) == 0
    assert main([folder]) == 0
    assert capsys.readouterr().out.splitlines() == ["1", "2"]
    assert os.path.isfile(tmp_path / "Data" / "data.sqlite")


def test_added_renamed_and_removed_fields_migrate_without_losing_data(tmp_path, capsys):
    folder = project(tmp_path, 'ds.Note.fromCollection([{text: "kept"}])')
    assert main([folder]) == 0
    # rename the field (same uuid), add a field and a table
    folder = project(tmp_path, 'ALERT(ds.Note.get(1).body+" "+String(ds.Note.get(1).stars=Null)+" "+'
                               'String(ds.Tag.getCount()))', text="body",
                     extra_field='<field name="stars" uuid="F3" type="4" id="3"/>',
                     extra_table='<table name="Tag" uuid="T2" id="2"><field name="ID" uuid="G1" type="4" id="1"/>'
                                 '<primary_key field_name="ID" field_uuid="G1"/></table>')
    assert main([folder]) == 0
    assert capsys.readouterr().out.splitlines() == ["kept True 0"]
    # drop the field from the catalog: its column and data stay, with a warning
    folder = project(tmp_path, 'ALERT(String(ds.Note.getCount()))', text="body")
    assert main([folder]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == ["1"]
    assert 'column "Note.stars" that the catalog no longer has; it is kept' in captured.err
    with sqlite3.connect(tmp_path / "Data" / "data.sqlite") as conn:
        columns = [r[1] for r in conn.execute('PRAGMA table_info("Note")')]
    assert "stars" in columns and "body" in columns


def test_an_unreadable_catalog_stops_the_run_at_start_up(tmp_path, capsys):
    folder = project(tmp_path, 'ALERT("never")')
    (tmp_path / "Project" / "Sources" / "catalog.4DCatalog").write_text("<base><table>")
    assert main([folder]) == 65
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "catalog.4DCatalog:1:" in captured.err and "not well-formed" in captured.err


def test_the_datastore_option_chooses_a_file_or_memory(tmp_path, capsys):
    folder = project(tmp_path, 'ds.Note.fromCollection([{text: "x"}])\nALERT(String(ds.Note.getCount()))')
    target = str(tmp_path / "elsewhere.sqlite")
    assert main([folder, "--datastore", target]) == 0
    assert main([folder, "--datastore", ":memory:"]) == 0
    assert main([folder, "--datastore", target]) == 0
    assert capsys.readouterr().out.splitlines() == ["1", "1", "2"]
    assert not os.path.exists(tmp_path / "Data" / "data.sqlite")


def test_a_field_named_like_the_stamp_column_is_a_field_like_any_other(tmp_path, capsys):
    # 4D-generated catalogs (mobile projects) have a "__Stamp" field; SQLite compares column
    # names without case, so it must not meet run4d's own stamp column.
    folder = project(tmp_path, 'var $e:=ds.Note.new()\n$e.text:="a"\n$e.__Stamp:=7\n$e.save()\n'
                               '$e:=ds.Note.get($e.ID)\n$e.text:="b"\nALERT(JSON Stringify($e.save()))\n'
                               'ALERT(String(ds.Note.get($e.ID).__Stamp)+" "+String(ds.Note.get($e.ID).getStamp()))',
                     extra_field='<field name="__Stamp" uuid="F3" type="4" id="3"/>')
    assert main([folder]) == 0
    assert capsys.readouterr().out.splitlines() == ['{"success":true}', "7 2"]


def test_a_database_of_an_earlier_version_keeps_its_stamps(tmp_path, capsys):
    folder = project(tmp_path, 'ds.Note.fromCollection([{text: "old"}])')
    assert main([folder]) == 0
    with sqlite3.connect(tmp_path / "Data" / "data.sqlite") as conn:  # as earlier versions named it
        conn.execute('ALTER TABLE "Note" RENAME COLUMN "#stamp" TO "__STAMP"')
        conn.execute('UPDATE "Note" SET "__STAMP" = 5')
    folder = project(tmp_path, 'ALERT(String(ds.Note.get(1).getStamp()))')
    assert main([folder]) == 0
    assert capsys.readouterr().out.splitlines() == ["5"]
