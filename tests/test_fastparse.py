"""The parser's fast path (fastparse.py) against Lark's own route: same tokens, same AST.

Every 4D file of the repository (golden tests, samples, benchmarks) and a few tricky
snippets are parsed both ways; the tokens (type, text, positions, editor tags, tables)
and the items (every field and source offset of every node) must be the same. A file
with a syntax error makes the fast path give up (Fallback), so that Lark reports it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from interpreter.compiler import fastparse, parser
from interpreter.compiler.lexer import _tables
from interpreter.compiler.names import normalize
from interpreter.compiler.nodes import Node

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(p for d in ("tests", "samples", "bench") for p in (ROOT / d).rglob("*.4d*")
               if p.suffix in (".4dm", ".4dc"))

SNIPPETS = [
    # try as a name on declaration lines, Try() in their initial values
    "property try : Text\nvar try : Text\nvar $o : Object:={try: 1}\nvar $n : Integer:=Try(5)\nvar $m:=1+Try(2)\n",
    "",
    "\n\n\n",
    "$x:=1",  # no final newline
    "  // only a comment",
    "If ($a=1)\n\tALERT(\"x\")\nEnd if\n",
    "$o.if:=$o.$x+$o.End\n",
    "ALERT:C41(\"a\")\n$k:=On Load:K2:1\n$t:=Est un texte:K8:3\n",
    "$v:=[Table 1]Field 2\n$w:=[Table:3]F:2\nQUERY([People]; [People]name=\"a\")\n$c:=$col[1]\n$d:=[1; 2][0]\n",
    "Begin SQL\n  SELECT * FROM t\nEnd SQL\n$x:=1\n",
    "/* a /* nested */ b\n*/ $x:=1 \\\n+ 2\n`legacy\n$s:=\"a\\\"b\"\n",
    "shared singleton Class constructor($a : Text)\nFunction get name() : Text\nreturn \"x\"\n",
    "For each ($v; $c) Until ($v>2)\nEnd for each\n$t:=Try(1/0)\n<>x:=4D.File\n$d:=!2024-01-31!+?12:00:00?\n",
    "var $x; $y : Integer:=5\nvar ${2} : Text\n#DECLARE($a : Integer) -> $r : Text\n",
    # `[` where a table may start: runs of tables, nested brackets, long runs, the end of the file
    "$c:=[[1]; [2]]\n$d:=[T]F+[U:2]G:3\n$e:=[[T]F; [U]]\nALERT([A B C D E F G H I J K L M N])\n",
    "$x:=[T]F\n[T]",
    "$x:=[$c[T]; 1]\n$y:=[1; [T]]\n",
    "ORDER BY([T]; [T]a; >; [T]b; <)\n$y:=$c[[T]F]\n$z:=[1; [T]F][0]\n",
    # every rule whose repetitions the fast path builds as lists (fastrules.py): none, one, several
    "var $a\nvar $a; $b, $c; <>d; e : Integer\nvar ${1}; ${3}\nproperty a\nproperty a; b, c : Text:=1\n",
    "exposed shared Function f()\nsingleton session server onHTTPGet local Function g($a : Text; $b; ...) -> $r\n",
    "Class constructor\nClass constructor($a, $b : cs.A.B)\nFunction h($x : 4D.File) : 4D.Blob.Sub\n",
    "Alias a b\nexposed Alias a b.c.d\nClass extends 4D.Signal\nClass extends cs.a.b\nClass extends X\n",
    "Case of\nEnd case\nCase of\n: (1)\nEnd case\nCase of\n: (1)\n\tA\n: (2)\n: (3)\n\tB\n\tC\nElse\nEnd case\n",
    "Case of\nElse\n\tD\nEnd case\nIf (1)\nEnd if\nIf (1)\n\tA\n\tB\nElse\nEnd if\nWhile (0)\nEnd while\n",
    "$o:={}\n$o:={a: 1}\n$o:={a: 1; \"b\": 2, c: {d: [1]}}\n$c:=[]\n$c:=[1]\n$c:=[1; 2, 3; [4]]\n",
    "f()\nf(1)\nf(1; 2, 3; *; >; <; =$a; &; $o.x:=2; $o.y+=1)\n$o.m()\n$o.m(1; 2)\n$p->m(1, 2)\n$c[1](2; 3)\n",
    "For ($i; 1; 2)\nEnd for\nFor ($i; 1; 9; 2)\n\tA\n\tB\nEnd for\nRepeat\nUntil (1)\nRepeat\n\tA\nUntil (1)\n",
    "For each ($v; $c; 1; 2) While (0)\nEnd for each Until (1)\nFor each ($k; $o; 1)\n\tA\nEnd for each\n",
    "Use ($s)\nEnd use\nTry\nEnd try\nTry\n\tA\nCatch\n\tB\n\tC\nEnd try\nreturn\nreturn 1\nbreak\ncontinue\n",
    # blanks the scanner skips without a match: line starts and ends, tabs, odd blanks, the file's end
    " \t $x := 1 \t\n\t\tALERT( \"a\" ;\t$b )  // c\n  \n\t\n$y:=\u00a0\f2\ufeff+ 3 \\ \n + 4\t`c\n  ",
    "If (1)  \n\t  $x:=1\t/* c */ \t+2\nEnd if \t",
    "\t\t",
    "#DECLARE\n#DECLARE()\n#DECLARE($a : Integer; $b : Text) : Real\nvar $x : Object:=New object(\"a\"; 1)\n",
]


def same(a, b, where="item") -> None:
    assert type(a) is type(b), where
    if isinstance(a, Node):
        for cls in type(a).__mro__:
            for f in getattr(cls, "__slots__", ()):
                same(getattr(a, f), getattr(b, f), f"{where}.{f}")
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b)):
            same(x, y, f"{where}[{i}]")
    else:
        assert a == b, where


def _token(t):
    return (t.type, str(t), t.line, t.column, t.end_line, t.end_column, t.start_pos, t.end_pos,
            getattr(t, "tag", ""), getattr(t, "field", ""))


def _lark_tokens(text: str) -> list:
    lark = parser.get_parser()
    post = lark.parser.lexer.postlexer
    return [_token(t) for t in _tables(post._words(lark.parser.lexer.lexer.lex(
        _LexState(text), None)), post.names)]


class _LexState:
    def __new__(cls, text):
        from lark.lexer import LexerState, TextSlice

        return LexerState(TextSlice.cast_from(text))


def _compare(text: str) -> None:
    tables = parser.fast_tables()
    assert tables is not None
    try:
        fast_tokens = [_token(t) for t in _tables(fastparse.tokens(tables, text), tables.postlexer.names)]
    except fastparse.Fallback:
        fast_tokens = None
    try:
        slow_tokens = _lark_tokens(text)
    except Exception:  # noqa: BLE001  (a lexing error: the fast path must have given up too)
        assert fast_tokens is None
        return
    assert fast_tokens == slow_tokens
    parser._BUILDER.start_file("<test>")
    try:
        fast = fastparse.parse(tables, text, "start")
    except fastparse.Fallback:
        fast = None
    except Exception as e:  # noqa: BLE001  (a builder error: Lark's route must give the same)
        fast = ("raised", type(e), str(e))
    parser._BUILDER.start_file("<test>")
    try:
        slow = parser.get_parser().parse(text, start="start")
    except Exception as e:  # noqa: BLE001
        from lark.exceptions import UnexpectedInput

        if isinstance(e, UnexpectedInput):
            assert fast is None  # a syntax error: the fast path gave up
            return
        slow = ("raised", type(e), str(e))
    same(fast, slow)


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(ROOT)) for p in FILES])
def test_files_parse_the_same_both_ways(path):
    _compare(normalize(path.read_text(encoding="utf-8", errors="replace")))


@pytest.mark.parametrize("text", SNIPPETS)
def test_snippets_parse_the_same_both_ways(text):
    _compare(normalize(text))


def test_a_syntax_error_falls_back_to_lark():
    tables = parser.fast_tables()
    with pytest.raises(fastparse.Fallback):
        fastparse.parse(tables, "If ($x\n", "start")
    with pytest.raises(fastparse.Fallback):
        fastparse.parse(tables, "$x:=1 @\n", "start")


def test_the_scanner_matches_where_lark_does():
    """At every position of random texts, the first-character alternations find Lark's match."""
    import random

    rng = random.Random(18)
    pieces = ["$x", "${1}", "$", "<>v", "\u25cav", "<<", "<=", "<", "#DECLARE", "#", "?12:30?", "??", "?+", "?",
              "0x1F", "0", "12", "1.5e3", "4D", "4d.x", "Begin SQL\nx\nEnd SQL", "begin", "\"a\\\"b\"", "\"",
              "/* c */", "/*", "//x", "/", "/=", "`x", "\\\n", "\\", "!2024-01-02!", "!", "...", ".", "->",
              "-", "é", ";", ",", "=", "%", "{", "}", "[]", "Name:C12", "On Load:K2:1", " ", "\t", "\u00a0", "\f", "\ufeff", "  \t", "\n", "(", "]", "@", "&&", "||", ":="]
    tables = parser.fast_tables()
    lark_scanner = parser.get_parser().parser.lexer.lexer.scanner
    blanks = tables.scanner.blanks
    assert {" ", "\t"} <= blanks
    singles = tables.scanner.singles
    assert {"(", ";", "\n"} <= set(singles)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        for pos in range(len(text)):
            slow = lark_scanner._mres[0].match(text, pos)
            fast_match = tables.scanner.by_char.get(text[pos]) or tables.scanner.matcher(text[pos])
            fast = fast_match(text, pos) if fast_match is not None else None
            assert (slow and (slow.lastgroup, slow.end())) == (fast and (fast.lastgroup, fast.end())), (text, pos)
            if text[pos] in singles:  # tokens() types it without a match: Lark's match is that character
                assert (slow.lastgroup, slow.end()) == (singles[text[pos]], pos + 1), (text, pos)
            if text[pos] in blanks:  # tokens() skips the run: Lark's match is that run, ignored
                run_end = pos
                while run_end < len(text) and text[run_end] in blanks:
                    run_end += 1
                assert slow.lastgroup in tables.ignore and slow.end() == run_end, (text, pos)


_TOY_GRAMMAR = r"""
start: item*
item: "(" _pair ")"                  -> pair
    | "[" _seq "]"                   -> seq
    | "{" NAME _seq "|" _pair NAME "}" -> mixed
    | "<" _kept _kept ">"            -> kept
    | "!" single
    | "@" _empty NAME
_pair: NAME NAME
_seq: (NAME ";")*
_kept: NAME
_empty:
?single: NAME | NAME NUMBER
NAME: /[a-z]+/
NUMBER: /[0-9]+/
%ignore " "
"""


def test_direct_callbacks_build_what_larks_do():
    """fastrules.direct_callbacks on shapes the 4D grammar may not have (an inlined rule amid
    kept children, two in a row, an empty one, one the transformer handles, `?rule`)."""
    from lark import Lark, Transformer, Tree

    from interpreter.compiler.fastrules import direct_callbacks

    class Toy(Transformer):
        def pair(self, ch):
            return ("pair", list(ch))

        def seq(self, ch):
            return ("seq", list(ch))

        def mixed(self, ch):
            return ("mixed", list(ch))

        def kept(self, ch):
            return ("kept", list(ch))

        def _kept(self, ch):
            return Tree("_kept", list(ch))  # handled by the transformer: a Tree, spliced by its parent

    def parse(text: str, direct: bool):
        lark = Lark(_TOY_GRAMMAR, parser="lalr", lexer="basic", transformer=Toy(), maybe_placeholders=False)
        inner = lark.parser.parser.parser
        if direct:
            rules = list(inner.callbacks)
            made = direct_callbacks(rules, inner.callbacks, lark.options.transformer, {"start"})
            inner.callbacks = {r: (c if c is not None else list) for r, c in zip(rules, made)}
        return lark.parse(text)

    for text in ("(a b)", "[]", "[a;]", "[a; b; c;]", "{x a; b; | p q y}", "{x | p q y}", "<a b>", "!a", "!a 1",
                 "@ a", "(a b) [a;] {x a; | p q y} <a b> !c 2 @ z"):
        assert parse(text, True) == parse(text, False), text


def test_tables_kept_on_disk_are_larks(tmp_path):
    """fastcache: the tables read back from disk are those decoded from Lark, and parse alike."""
    import pickle

    from interpreter.compiler import fastcache
    from interpreter.compiler.lexer import PostLexer

    fresh = fastparse.Tables(parser.get_parser())
    path = str(tmp_path / "tables.pickle")
    fastcache.store(path, fresh.spec)
    spec = fastcache.load(path)
    kept = fastparse.Tables.from_spec(spec, parser._BUILDER, PostLexer(parser.NAMES))
    for field in ("actions", "gotos", "rule_size", "rule_origin", "rule_is_unit", "start_states", "end_states",
                  "ignore", "newline_types"):
        assert getattr(kept, field) == getattr(fresh, field), field
    assert kept.scanner.terminals == fresh.scanner.terminals
    # what the scanner found of the terminals is kept too; a character it did not list is analysed
    assert (kept.scanner.blanks, kept.scanner.singles) == (fresh.scanner.blanks, fresh.scanner.singles)
    assert kept.scanner._parsed is None
    for ch in [chr(c) for c in range(160)] + ["é", "\u25ca", "\ufeff", "\u00a0", "\u2028", "Ω", "\U0001F600"]:
        assert kept.scanner._may_start(ch) == fresh.scanner._may_start(ch), repr(ch)
    assert [type(c) for c in kept.rule_callback] == [type(c) for c in fresh.rule_callback]
    text = normalize((ROOT / "bench" / "parse_block.4dm").read_text(encoding="utf-8"))
    parser._BUILDER.start_file("<test>")
    a = fastparse.parse(kept, text)
    parser._BUILDER.start_file("<test>")
    same(a, fastparse.parse(fresh, text))
    # damaged or foreign files are no tables; another grammar is another file
    (tmp_path / "bad.pickle").write_bytes(b"not a pickle")
    assert fastcache.load(str(tmp_path / "bad.pickle")) is None
    (tmp_path / "list.pickle").write_bytes(pickle.dumps([1]))
    assert fastcache.load(str(tmp_path / "list.pickle")) is None
    assert fastcache.path_for("a: b", fastparse) != fastcache.path_for("a: c", fastparse)


def test_tables_on_disk_are_read_only_from_a_file_of_this_user_alone(tmp_path):
    """fastcache lives in the shared temporary directory: a file others may write, or a link,
    is not read (it could hold another user's pickle); the files it writes are the user's alone."""
    import os

    from interpreter.compiler import fastcache

    path = tmp_path / "tables.pickle"
    fastcache.store(str(path), {"a": 1})
    assert path.stat().st_mode & 0o077 == 0
    assert fastcache.load(str(path)) == {"a": 1}
    path.chmod(0o666)
    assert fastcache.load(str(path)) is None
    path.chmod(0o600)
    link = tmp_path / "link.pickle"
    os.symlink(path, link)
    assert fastcache.load(str(link)) is None
