"""The doc runner: collecting ```4d blocks, sessions, expectations, skip/xfail, failures."""

from __future__ import annotations

import textwrap
from pathlib import Path

from interpreter.compiler.program import Program
from interpreter.doctests.cli import main as run4d_test
from interpreter.doctests.collect import collect
from interpreter.doctests.manifest import Manifest
from interpreter.doctests.scenario import DocFailure, PageRun, plan

Program()  # the lexer learns the command names


def page(tmp_path: Path, text: str, name: str = "page.md") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def run_all(path: Path, manifest: Manifest | None = None) -> list[tuple[str, str | None]]:
    items, settings, blocks = plan(path, manifest or Manifest())
    runner = PageRun(path, settings, blocks, str(path.parent))
    results = []
    try:
        for item in items:
            try:
                runner.run(item)
                results.append((item.name, None))
            except DocFailure as e:
                results.append((item.name, e.render()))
    finally:
        runner.close()
    return results


def test_ids_kinds_and_class_names(tmp_path):
    p = page(tmp_path, """
        # Greeting

        ```4d
        // Greeter class
        Function hello($who : Text) : Text
        	return "Hello "+$who
        ```

        ## Using it

        ```4d
        // Classe Farewell
        Function bye() : Text
        	return "bye"
        ```

        ```4d
        var $g : cs.Greeter
        $g:=cs.Greeter.new()
        ```
        """)
    blocks = collect(p)
    assert [(b.kind, b.class_name) for b in blocks] == [("class", "Greeter"), ("class", "Farewell"),
                                                        ("method", "")]
    assert blocks[0].id == "page.md::greeting::L3"
    assert blocks[2].id == "page.md::using-it::L17"


def test_class_name_from_a_cs_reference_on_the_page(tmp_path):
    p = page(tmp_path, """
        ```4d
        Function area() : Real
        	return 2
        ```

        Then call `cs.Shape.new().area()`.
        """)
    assert collect(p)[0].class_name == "Shape"


def test_elision_lines_are_dropped_but_lines_keep_their_numbers(tmp_path):
    p = page(tmp_path, """
        ```4d
        $x:=1
        ...
        $y:=(1+
        ```
        """)
    results = run_all(p)
    assert results[0][1].startswith(f"{p}:1: {p}:4:")  # the error is reported at the page's line 4


def test_method_blocks_share_a_session_and_see_all_classes(tmp_path):
    p = page(tmp_path, """
        ```4d
        $counter:=cs.Counter.new()
        $counter.add(2)
        ```

        ```4d
        // Counter class
        property total : Real:=0
        Function add($n : Real)
        	This.total+=$n
        ```

        ```4d
        $counter.add(3)
        ALERT(String($counter.total))
        ```

        ```text
        5
        ```
        """)
    assert run_all(p) == [(name, None) for name, _ in run_all(p)]


def test_expected_output_mismatch_renders_a_diff_at_the_page_line(tmp_path):
    p = page(tmp_path, """
        Some text.

        ```4d
        ALERT("one")
        ALERT("two")
        ```

        ```output
        one
        three
        ```
        """)
    (name, failure), = run_all(p)
    assert failure.startswith(f"{p}:8: the output differs from the page:")
    assert "-three" in failure and "+two" in failure


def test_trailing_comment_expectations(tmp_path):
    p = page(tmp_path, """
        ```4d
        $r:=3+4  // $r is 7
        ALERT("hi")  // displays "hi"
        $s:="a"+"b"  // $s = "ab"
        ```

        ```4d
        $q:=2*2  // $q is 5
        ```
        """)
    results = run_all(p)
    assert results[0][1] is None
    assert results[1][1] == f"{p}:8: $q is 4, the page says 5"


def test_runtime_error_fails_the_block_with_the_4d_error(tmp_path):
    p = page(tmp_path, """
        ```4d
        ALERT("before")
        $x:=1\\0
        ```
        """)
    (_, failure), = run_all(p)
    assert "error -10707: Division by zero" in failure and "before" in failure


def test_manifest_fixtures_skip_and_xfail(tmp_path):
    p = page(tmp_path, """
        ```4d
        ALERT(Shout("hi"))
        ```

        ```4d
        ALERT("skipped")
        ```

        ```4d
        $x:=1\\0
        ```
        """)
    manifest_file = tmp_path / "m.toml"
    manifest_file.write_text(textwrap.dedent(f"""
        [[page]]
        match = "*/{p.name}"
        methods.Shout = "#DECLARE($t : Text) : Text\\nreturn Uppercase($t)+\\"!\\""
        [page.block.5]
        skip = "shown only"
        [page.block.9]
        xfail = "division by zero on purpose"
        """), encoding="utf-8")
    manifest = Manifest.load(manifest_file)
    items, _, _ = plan(p, manifest)
    assert [(i.line, bool(i.skip), bool(i.xfail)) for i in items] == [(1, False, False), (5, True, False),
                                                                       (9, False, True)]
    assert run_all(p, manifest)[0] == (items[0].name, None)


def test_scenarios_group_blocks(tmp_path):
    p = page(tmp_path, """
        ```4d
        // Adder class
        Function add($a : Real; $b : Real) : Real
        	return $a+$b
        ```

        ```4d
        ALERT(String(cs.Adder.new().add($x; 1)))
        ```
        """)
    manifest_file = tmp_path / "m.toml"
    manifest_file.write_text(textwrap.dedent(f"""
        [[page]]
        match = "*/{p.name}"
        [[page.scenario]]
        name = "adds"
        blocks = [1, 7]
        setup = "$x:=41"
        output = ["42"]
        """), encoding="utf-8")
    items, settings, _ = plan(p, Manifest.load(manifest_file))
    assert [i.name for i in items] == ["page.md::adds"]
    from interpreter.doctests.scenario import run_scenario

    run_scenario(items[0], settings, str(tmp_path))


def test_run4d_test_command_summary(tmp_path, capsys):
    page(tmp_path, """
        ```4d
        ALERT("ok")
        ```

        ```text
        ok
        ```

        ```4d
        ALERT("no")
        ```

        ```text
        yes
        ```
        """, name="two.md")
    assert run4d_test([str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == "1 passed, 1 failed"
    assert "FAIL  two.md::top::L9" in out


def test_run4d_test_bad_path(capsys):
    assert run4d_test(["/nonexistent/page.md"]) == 64


def test_run4d_test_reads_txt_pages_in_folders_and_honours_manifest_exclusions(tmp_path, capsys):
    page(tmp_path, """
        ```4d
        ALERT("from a txt page")
        ```
        """, name="page.txt")
    page(tmp_path, """
        Prose that begins a line with a fence:
        ```4d blocks below are not code
        """, name="notes.md")
    manifest = tmp_path / "docs.toml"
    manifest.write_text('[[page]]\nmatch = "*/notes.md"\nexclude = "prose about pages"\n', encoding="utf-8")
    assert run4d_test([str(tmp_path), "--manifest", str(manifest)]) == 0
    out = capsys.readouterr().out
    assert "PASS  page.txt::top::L1" in out
    assert "notes.md" not in out
    assert out.splitlines()[-1] == "1 passed, 0 failed"
    assert Manifest.load(manifest).excluded(tmp_path / "notes.md")
    assert not Manifest.load(manifest).excluded(tmp_path / "page.txt")


def test_value_comments_are_checked_at_their_line(tmp_path):
    p = page(tmp_path, """
        ```4d
        var $n : Integer
        $n:=5  // $n is 5
        $n:=$n/2  // $n is 3
        For ($i; 1; 2)
            $n:=$n+1
        End for  // $n is 5
        $t:="a"
        $t:=$t+"b"  // $t is "ab"
        $t:=$t+"c"
        ```

        ```4d
        $n:=$n*10  // $n is 51
        ```
        """)
    results = run_all(p)
    assert results[0][1] is None  # each value as it stood at its line; the Integer type holds throughout
    assert results[1][1] == f"{p}:14: $n is 50, the page says 51"


def test_run4d_test_help_selection_counts_per_page_and_junit(tmp_path, capsys):
    import xml.etree.ElementTree as ET

    assert run4d_test(["--help"]) == 0
    page(tmp_path, '```4d\nALERT("a")  // displays "a"\n```\n\n## Other\n\n```4d\nALERT("b")  // displays "c"\n```\n',
         name="one.md")
    page(tmp_path, '## Third\n\n```4d\nALERT("x")\n```\n', name="two.md")
    capsys.readouterr()
    report = tmp_path / "out" / "junit.xml"
    assert run4d_test([str(tmp_path), "-k", "one and not other", "--junit-xml", str(report)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["PASS  one.md::top::L1", f"{tmp_path / 'one.md'}: 1 passed, 0 failed", "1 passed, 0 failed"]
    assert run4d_test([str(tmp_path), "-k", "other or third", "--junit-xml", str(report)]) == 1
    out = capsys.readouterr().out
    assert f"{tmp_path / 'one.md'}: 0 passed, 1 failed" in out and f"{tmp_path / 'two.md'}: 1 passed, 0 failed" in out
    suites = ET.parse(report).getroot()
    assert suites.get("tests") == "2" and suites.get("failures") == "1"
    failed = suites.find(".//failure")
    assert "expected the output line 'c'" in failed.text
    assert run4d_test([str(tmp_path), "-k", "(one"]) == 64
