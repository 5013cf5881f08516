"""CREATE INDEX / SET INDEX / DELETE INDEX make real indexes of the engine, kept across runs."""

from __future__ import annotations

import sqlite3

from interpreter.cli.main import main
from tests.orda import pg
from tests.orda.test_persistence import project

MAKE = """ARRAY POINTER($f; 2)
$f{1}:=->[Note]text
$f{2}:=->[Note]ID
CREATE INDEX([Note]; $f; Standard BTree index; "TextId")
ARRAY POINTER($f; 1)
$f{1}:=->[Note]text
CREATE INDEX([Note]; $f; Cluster BTree index; "TextOnly")
GET FIELD PROPERTIES(->[Note]text; $t; $l; $indexed)
ALERT(String($indexed))
"""
CHECK = """GET FIELD PROPERTIES(->[Note]text; $t; $l; $indexed)
ALERT(String($indexed))
DELETE INDEX("TextOnly")
GET FIELD PROPERTIES(->[Note]text; $t; $l; $indexed)
ALERT(String($indexed))
"""


def _sqlite_indexes(path) -> dict:
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                            "tbl_name = 'Note' AND sql IS NOT NULL")]
        return {n: [r[2] for r in conn.execute(f'PRAGMA index_info("{n}")')] for n in names}


def test_indexes_are_sql_indexes_kept_across_runs(tmp_path, capsys):
    folder = project(tmp_path, MAKE)
    assert main([folder]) == 0
    data = tmp_path / "Data" / "data.sqlite"
    made = _sqlite_indexes(data)
    assert made["TextId"] == ["text#k", "ID"]  # a Text field is indexed on its comparison key, in the order given
    assert made["TextOnly"] == ["text#k"]
    folder = project(tmp_path, CHECK)
    assert main([folder]) == 0
    assert capsys.readouterr().out.splitlines() == ["True", "True", "False"]
    assert set(_sqlite_indexes(data)) == {"TextId"}


def test_indexes_on_postgresql(tmp_path, capsys, pg_dsn):
    dsn = pg.fresh_schema(pg_dsn, "ix_cmds")
    folder = project(tmp_path, MAKE)
    assert main([folder, "--datastore", dsn]) == 0
    folder = project(tmp_path, CHECK)
    assert main([folder, "--datastore", dsn]) == 0
    assert capsys.readouterr().out.splitlines() == ["True", "True", "False"]
    import psycopg

    with psycopg.connect(dsn) as conn:
        rows = conn.execute("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'ix_cmds' "
                            "AND tablename = 'Note'").fetchall()
    names = {r[0]: r[1] for r in rows}
    assert "TextOnly" not in names
    assert '"text#k", "ID"' in names["TextId"]


def test_table_and_relation_properties_from_the_catalog(tmp_path, capsys):
    extra = ('<table name="Tag" uuid="T2" id="2"><field name="ID" uuid="G1" type="4" id="1"/>'
             '<field name="noteID" uuid="G2" type="4" id="2"><field_extra visible="false" mandatory="true" enterable="false" '
             'modifiable="false"/></field>'
             '<primary_key field_name="ID" field_uuid="G1"/>'
             '<table_extra visible="false" trigger_insert="true" trigger_delete="true"/></table>'
             '<relation uuid="R1" name_Nto1="note" name_1toN="tags" auto_load_Nto1="true" auto_load_1toN="false" '
             'state="1"><related_field kind="source"><field_ref uuid="G2" name="noteID">'
             '<table_ref uuid="T2" name="Tag"/></field_ref></related_field><related_field kind="destination">'
             '<field_ref uuid="F1" name="ID"><table_ref uuid="T1" name="Note"/></field_ref></related_field>'
             '<relation_extra choice_field="2"/></relation>')
    code = """GET TABLE PROPERTIES(->[Tag]; $i; $new; $save; $del; $load)
ALERT(String($i)+String($new)+String($save)+String($del)+String($load))
GET RELATION PROPERTIES(->[Tag]noteID; $t; $f; $c; $one; $many)
ALERT(String($t)+String($f)+String($c)+String($one)+String($many))
GET FIELD PROPERTIES(->[Tag]noteID; $type; $len; $ix; $u; $inv)
ALERT(String($inv))
GET FIELD ENTRY PROPERTIES(->[Tag]noteID; $list; $mandatory; $displayOnly; $modifiable)
ALERT(String($mandatory)+String($displayOnly)+String($modifiable))
"""
    folder = project(tmp_path, code, extra_table=extra)
    assert main([folder, "--datastore", ":memory:"]) == 0
    assert capsys.readouterr().out.splitlines() == ["TrueTrueFalseTrueFalse", "112TrueFalse", "True", "TrueTrueFalse"]
