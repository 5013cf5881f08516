"""The template parser of the transformation tags and its compile cache (stdlib_4d/tags)."""

from __future__ import annotations

from runtime import hooks
from stdlib_4d.tags import render
from stdlib_4d.tags.parse import Each, If, Loop, Text, Value, parse


def test_comment_tags_and_blocks():
    t = parse("a<!--#4DIF x-->b<!--#4DELSEIF y-->c<!--#4DELSE-->d<!--#4DENDIF-->e", dollar=False)
    assert [type(n) for n in t.nodes] == [Text, If, Text]
    block = t.nodes[1]
    assert block.closed and [b[1] for b in block.branches] == ["<!--#4DIF x-->", "<!--#4DELSEIF y-->"]
    assert block.branches[1][2][0].text == "c" and block.otherwise[0].text == "d"
    assert t.pieces == [("value", " x", 1), ("value", " y", 1)]


def test_unclosed_and_stray_tags():
    t = parse("<!--#4DLOOP a--><!--#4DIF b-->x<!--#4DENDLOOP--><!--#4DENDEACH-->", dollar=False)
    loop = t.nodes[0]
    assert type(loop) is Loop and loop.closed
    assert type(loop.children[0]) is If and not loop.children[0].closed  # closed by nothing
    assert t.nodes[1].text == "<!--#4DENDEACH-->"  # a stray closing tag stays text


def test_dollar_forms_match_quotes_and_parentheses():
    t = parse('$4DEVAL( String(1)+"\\"(hello)\\"") $4DTEXT(f(1)) $4DHTML', dollar=True)
    values = [n for n in t.nodes if type(n) is Value]
    assert [v.tag for v in values] == ['$4DEVAL( String(1)+"\\"(hello)\\"")', "$4DTEXT(f(1))"]
    assert t.nodes[-1].text == " $4DHTML"
    assert not [n for n in parse("$4DTEXT(x)", dollar=False).nodes if type(n) is Value]


def test_lines_tag_names_and_4dcode():
    t = parse("\r\n<!--#4dtext a-->\r<!--#4DCODE\r$x:=1\r\n-->\n<!--#4DEACH $v in $1--><!--#4DENDEACH-->"
              "<!--#4DCODEX--><!--#4DTEXTX-->", dollar=False)
    assert t.pieces[:2] == [("value", " a", 2), ("code", "\n$x:=1\n", 3)]
    assert t.pieces[2:] == [("target", "$v", 6), ("value", "$1", 6)]
    assert any(type(n) is Each for n in t.nodes)
    assert t.nodes[-1].text == "<!--#4DCODEX--><!--#4DTEXTX-->"  # not tag names


def test_compiled_once_per_text(monkeypatch):
    calls = []

    def fake(pieces, text, display):
        calls.append(text)
        return (lambda *params: (lambda: "v",) * len(pieces)), {}

    monkeypatch.setattr(hooks, "compile_template", fake)
    monkeypatch.setattr(render, "_cache", {})
    text = "<!--#4DHTML 1-->!"
    assert render.Renderer((), ".").render_text(text) == "v!"
    assert render.Renderer((), ".").render_text(text) == "v!"
    assert render.Renderer((), ".").render_text("no tags") == "no tags"
    assert calls == [text]


def test_a_component_compiles_its_templates_with_its_own_names(tmp_path, capsys):
    from tests.test_components import PRIVATE, SHARED, host, project, run

    template = '"<!--#4DTEXT tag_name-->"'
    h = host(tmp_path, f"var $t : Text\nPROCESS 4D TAGS({template}; $t)\nALERT($t+\" \"+comp_tags())\n"
                       f"PROCESS 4D TAGS({template}; $t)\nALERT($t)\n",
             {"tag_name": PRIVATE + "#DECLARE() : Text\nreturn \"host\"\n"})
    project(h / "Components" / "Comp.4dbase", "Comp", {
        "comp_tags": SHARED + f"#DECLARE() : Text\nvar $t : Text\nPROCESS 4D TAGS({template}; $t)\nreturn $t\n",
        "tag_name": PRIVATE + "#DECLARE() : Text\nreturn \"component\"\n"})
    assert run(capsys, h) == (0, "host component\nhost\n", "")
