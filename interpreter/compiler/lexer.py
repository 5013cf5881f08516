"""Postlexer: turns Lark's raw token stream into the tokens the grammar wants.

Stage: between Lark's basic lexer and the LALR parser. It splits each WORDS
run into multi-word names, keywords and plain NAMEs, reads the token suffixes
the 4D editor writes (`Name:C388` a command, `Name:K2:1` a constant, kept on
the token as `tag`), turns `[Table]Field` into TABLE/FIELD tokens, and
normalises newlines. It knows names, never meanings: resolving a NAME to a
command, method or variable is the compiler's business.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from interpreter.compiler.larkpkg import Token

# Keywords, by lower-cased spelling (4D accepts any case: "end if", "If").
KEYWORDS: dict[str, str] = {
    "if": "IF",
    "else": "ELSE",
    "end if": "END_IF",
    "case of": "CASE_OF",
    "end case": "END_CASE",
    "while": "WHILE",
    "end while": "END_WHILE",
    "repeat": "REPEAT",
    "until": "UNTIL",
    "for": "FOR",
    "end for": "END_FOR",
    "for each": "FOR_EACH",
    "end for each": "END_FOR_EACH",
    "use": "USE",
    "end use": "END_USE",
    "try": "TRY",
    "catch": "CATCH",
    "end try": "END_TRY",
    "return": "RETURN",
    "break": "BREAK",
    "continue": "CONTINUE",
    "var": "VAR",
    "property": "PROPERTY",
    "function": "FUNCTION",
    "class constructor": "CLASS_CONSTRUCTOR",
    "class extends": "CLASS_EXTENDS",
}

# Words that are keywords only in front of a class member definition
# ("shared singleton Class constructor", "exposed Function", "local Function");
# elsewhere "Session" is a command and "server" a name like any other.
MODIFIERS = {
    "shared": "SHARED", "singleton": "SINGLETON", "session": "SESSION", "exposed": "EXPOSED",
    "local": "LOCAL_MOD", "server": "SERVER", "onhttpget": "ONHTTPGET",
}
MODIFIER_TYPES = frozenset(MODIFIERS.values())
_MEMBER_STARTERS = {"FUNCTION", "CLASS_CONSTRUCTOR", "ALIAS"} | MODIFIER_TYPES
# "Function get name", "Function query name": the word after Function that
# makes a computed attribute's accessor (ORDA's query and orderBy included).
ACCESSORS = {"get": "GET", "set": "SET", "query": "QUERY_KW", "orderby": "ORDERBY"}
# Keywords that may stand in the middle of a line: the loop conditions of
# For each (after its header or its End for each) and the Try() expression.
_MID_LINE = {"UNTIL": {"RPAR", "END_FOR_EACH"}, "WHILE": {"RPAR", "END_FOR_EACH"}}
# Tokens after which `[` indexes a value rather than opening a table name.
_VALUE_END = {"NAME", "LOCAL", "INTERPROCESS", "RPAR", "RSQB", "RBRACE", "STRING", "FOURD", "FIELD",
              "TABLE", "NUMBER"}

_SUFFIX = re.compile(r":([CKP]\d+(?::\d+)?)$")
_WORD = re.compile(r"\S+")


class TaggedToken(Token):
    """A NAME that carried an editor token (`tag` "C388", "K2:1", "P123:4")."""

    tag: str = ""


class TableToken(Token):
    """`[Table]` (TABLE) or `[Table]Field` (FIELD); the value is the table name."""

    field: str = ""


class NameTable:
    """The multi-word names the lexer must keep whole (commands, constants...).

    Lookups are case-insensitive; `add` accepts any spelling.
    """

    def __init__(self, names: Iterable[str] = ()) -> None:
        self._multi: set[str] = set()
        self._single: set[str] = set()
        self.longest = 1
        self.version = 0  # changes with every name added (what was split before may split otherwise)
        for kw in KEYWORDS:
            self.add(kw)
        for name in names:
            self.add(name)

    def add(self, name: str) -> None:
        words = name.lower().split()
        if len(words) > 1:
            self._multi.add(" ".join(words))
            self.longest = max(self.longest, len(words))
        elif words:
            self._single.add(words[0])
        self.version += 1

    def __contains__(self, key: str) -> bool:
        return key in self._multi

    def known(self, key: str) -> bool:
        """A name of the vocabulary (one word or several)?"""
        return key in self._multi or key in self._single


class PostLexer:
    """Lark postlexer (see grammar/4d.lark)."""

    always_accept = ("WORDS",)

    def __init__(self, names: NameTable) -> None:
        self.names = names
        self.line_head = "_NL"  # the first token of the line being read

    def process(self, stream: Iterator[Token]) -> Iterator[Token]:
        return _tables(self._words(stream), self.names)

    def _words(self, stream: Iterator[Token]) -> Iterator[Token]:
        prev_type = "_NL"  # pretend the file starts after a newline
        last: Token | None = None
        self.line_head = "_NL"
        for tok in stream:
            ttype = tok.type
            if prev_type == "_NL" and ttype != "_NL":
                self.line_head = "WORDS" if ttype == "WORDS" else ttype
            if ttype == "_NL":
                if prev_type == "_NL":
                    continue
                prev_type = "_NL"
                last = tok
                yield tok
                continue
            if ttype == "WORDS":
                value = tok.value
                if " " not in value and ":" not in value:
                    # One word with no editor token (most runs): typed in place.
                    lower = value.lower()
                    if prev_type == "DOT":
                        out_type = "NAME"  # a property name may be any word, keywords included
                    elif lower == "4d":
                        out_type = "FOURD"
                    elif value.isdigit():
                        out_type = "NUMBER"
                    else:
                        out_type = KEYWORDS.get(lower, "NAME")
                        if out_type != "NAME":
                            out_type = _keyword_at(out_type, prev_type, self.line_head)
                    tok.type = out_type
                    if self.line_head == "WORDS":
                        self.line_head = out_type
                    prev_type = out_type
                    last = tok
                    yield tok
                    continue
                for out in self._split(tok, prev_type):
                    if self.line_head == "WORDS":
                        self.line_head = out.type
                    prev_type = out.type
                    last = out
                    yield out
                continue
            if ttype == "LOCAL" and prev_type == "DOT":
                tok = Token.new_borrow_pos("NAME", tok.value, tok)  # obj.$x: a property name
            elif ttype == "FOURD_WORD":
                tok = Token.new_borrow_pos("FOURD", tok.value, tok)
            prev_type = tok.type
            last = tok
            yield tok
        if prev_type != "_NL":
            # Every statement ends with a newline, the last one included.
            if last is not None:
                yield Token.new_borrow_pos("_NL", "\n", last)
            else:
                yield Token("_NL", "\n")

    def _split(self, tok: Token, prev_type: str) -> Iterator[Token]:
        for ttype, text, start, end, tag in self.split_kinds(tok.value, prev_type):
            yield _sub_token(tok, ttype, text, start, end, tag)

    def split_kinds(self, value: str, prev_type: str) -> list[tuple[str, str, int, int, str]]:
        """A run of words as tokens: (type, text, start, end, editor tag), offsets in the run."""
        words = [(m.group(), m.start()) for m in _WORD.finditer(value)]
        tags = []
        clean = []
        for w, _ in words:
            m = _SUFFIX.search(w)
            tags.append(m.group(1) if m else "")
            clean.append(w[: m.start()] if m else w)
        lower = [w.lower() for w in clean]
        kinds: list[list] = []  # [type, text, first, last]
        i = 0
        n = len(words)
        after_dot = prev_type == "DOT"
        while i < n:
            if after_dot:
                # A property name may be any word, keywords included.
                kinds.append(["NAME", clean[i], i, i])
                after_dot = False
                i += 1
                continue
            span = 1
            for k in range(min(self.names.longest, n - i), 1, -1):
                if " ".join(lower[i : i + k]) in self.names:
                    # A tag inside the span would end the name there.
                    if not any(tags[i : i + k - 1]):
                        span = k
                        break
            key = " ".join(lower[i : i + span])
            text = " ".join(clean[i : i + span]) if span > 1 else clean[i]
            if span == 1 and clean[i].isdigit():
                kinds.append(["NUMBER", text, i, i])  # "return 5": not part of a name
            elif span == 1 and lower[i] == "4d" and not tags[i]:
                kinds.append(["FOURD", text, i, i])
            elif tags[i + span - 1]:
                kinds.append(["NAME", text, i, i + span - 1])  # an editor token: never a keyword
            else:
                kinds.append([KEYWORDS.get(key, "NAME"), text, i, i + span - 1])
            i += span
        kinds = _merge_tagged(kinds, tags, clean)
        _contextual(kinds, lower, prev_type, self.line_head)
        kinds = _merge_names(kinds, clean)
        return [(ttype, text, words[first][1], words[last][1] + len(words[last][0]), tags[last])
                for ttype, text, first, last in kinds]


def _merge_tagged(kinds: list[list], tags: list[str], clean: list[str]) -> list[list]:
    """`Est un texte:K8:3`: the words before a tagged word belong to its name.

    The editor writes a token after every command and constant, so a tag
    ends a name whatever its spelling (a localized or unknown name); the name
    starts after the last keyword or tagged name of the run.
    """
    if not any(tags):
        return kinds
    out: list[list] = []
    for kind in kinds:
        if kind[0] == "NAME" and tags[kind[3]]:
            first = kind[2]
            while out and out[-1][0] in ("NAME", "NUMBER", "FOURD") and not tags[out[-1][3]]:
                first = out.pop()[2]
            text = " ".join(clean[first : kind[3] + 1])
            out.append(["NAME", text, first, kind[3]])
        else:
            out.append(kind)
    return out


def _merge_names(kinds: list[list], clean: list[str]) -> list[list]:
    """`VP Get sheet count($area)`: adjacent plain names are one name (a project method's).

    Two names never follow each other in 4D code, so a run of words the
    vocabulary does not know is one name (the compiler says if no method has
    it), except the two names of `Alias name path`.
    """
    if len(kinds) < 2 or any(k[0] == "ALIAS" for k in kinds):
        return kinds
    out: list[list] = []
    for kind in kinds:
        # "4D" before a name starts the name ("4D View license"): the class store is only `4D.`
        if kind[0] == "NAME" and out and out[-1][0] in ("NAME", "FOURD"):
            first = out.pop()[2]
            kind = ["NAME", " ".join(clean[first : kind[3] + 1]), first, kind[3]]
        out.append(kind)
    return out


# After these, `try` names a function or property: Function try(), property ok; try : Boolean
_NAME_STARTERS = {"FUNCTION", "GET", "SET", "QUERY_KW", "ORDERBY", "ALIAS", "DOT"}
# On a var or property line `try` is a name (`property try : Text`), but in the initial value
# (`var $a : Integer:=Try(f())`) it is Try(): after these tokens only an expression may come.
_EXPRESSION_BEFORE = {"ASSIGN", "LPAR", "LSQB", "QMARK", "AMP", "PIPE", "AND2", "OR2", "XOR", "EQ", "NE",
                      "LT", "GT", "LE", "GE", "PLUS", "MINUS", "STAR", "SLASH", "BACKSLASH", "PERCENT", "CARET",
                      "SHL", "SHR", "BITSET", "BITCLR", "BITTEST", "ARROW"}


def _contextual(kinds: list[list], lower: list[str], prev_type: str, line_head: str = "_NL") -> None:
    """Keywords by position: modifiers, accessors, and keywords used as names."""
    # Modifiers: a run of shared/singleton/exposed... words leading to a member.
    for j in range(len(kinds) - 1, -1, -1):
        ttype, _text, first, last = kinds[j]
        word = lower[first] if first == last else ""
        if ttype == "NAME" and word in MODIFIERS and j + 1 < len(kinds):
            if kinds[j + 1][0] in _MEMBER_STARTERS:
                kinds[j][0] = MODIFIERS[word]
        elif ttype == "NAME" and word == "alias" and j + 2 <= len(kinds) - 1 \
                and kinds[j + 1][0] == "NAME" and kinds[j + 2][0] == "NAME":
            kinds[j][0] = "ALIAS"  # Alias name path (ORDA): one run of three words
    # Accessors: "Function get name", "Function query name".
    for j in range(len(kinds) - 2):
        if kinds[j][0] == "FUNCTION" and kinds[j + 1][0] == "NAME":
            word = kinds[j + 1][1].lower()
            if word in ACCESSORS and (kinds[j + 2][0] == "NAME" or kinds[j + 2][0] in KEYWORD_TYPES):
                kinds[j + 1][0] = ACCESSORS[word]
    # Statement keywords stand first on their line (after modifiers); elsewhere
    # they are names: {function: 1}, For each (property; ...), $o.function.
    before = prev_type
    for kind in kinds:
        if kind[0] in KEYWORD_TYPES:
            kind[0] = _keyword_at(kind[0], before, line_head)
        if line_head == "WORDS":
            line_head = kind[0]  # a run at the start of its line: its first word leads the line
        before = kind[0]


def _keyword_at(ttype: str, before: str, line_head: str) -> str:
    """A keyword's token type after a token of type `before`: the keyword, or NAME."""
    if before == "_NL" or before in MODIFIER_TYPES:
        return ttype
    if ttype == "TRY" and before not in _NAME_STARTERS and (line_head not in ("PROPERTY", "VAR")
                                                            or before in _EXPRESSION_BEFORE):
        return ttype
    allowed = _MID_LINE.get(ttype)
    if allowed is not None and before in allowed:
        return ttype
    if ttype == "FUNCTION" and before == "ALIAS":
        return ttype
    return "NAME"


KEYWORD_TYPES = frozenset(KEYWORDS.values())


def _sub_token(tok: Token, ttype: str, text: str, start: int, end: int, tag: str) -> Token:
    # Runs never span lines, so line and column shift by the offset alone.
    cls = TaggedToken if tag else Token
    out = cls(
        ttype,
        text,
        start_pos=tok.start_pos + start,
        line=tok.line,
        column=tok.column + start,
        end_line=tok.line,
        end_column=tok.column + end,
        end_pos=tok.start_pos + end,
    )
    if tag:
        out.tag = tag
    return out


def _tables(stream: Iterator[Token], names: NameTable) -> Iterator[Token]:
    """`[Table]`, `[Table:15]`, `[Table]Field`, `[Table:1]Field:2` -> TABLE / FIELD.

    A `[` opens a table name only where a value cannot end before it (else
    it indexes: `$c[x]`), around names that are no command, constant or
    keyword (`[x; y]`, `[True]` stay collections), with an optional `:n`.
    A field name follows the `]` with no space.
    """
    buf: list[Token] = []
    prev_type = "_NL"
    for tok in stream:
        if not buf and (tok.type != "LSQB" or prev_type in _VALUE_END):
            prev_type = tok.type
            yield tok
            continue
        buf.append(tok)
        final = tok.type == "_NL"
        if not final and len(buf) < 12:
            continue  # read on: the pattern is short and ends on its line
        while buf and (final or buf[0].type != "LSQB" or len(buf) >= 12):
            count, out = _match_table(buf, prev_type, names)
            if out is None:
                out = buf[0]
            del buf[:count]
            prev_type = out.type
            yield out
    yield from buf


def _names_at(buf: list[Token], i: int, names: NameTable, start: Token | None) -> tuple[int, str]:
    """Adjacent untagged words from buf[i] (a table or field name may hold spaces).

    A table name is no command, constant or keyword (`[True]` is a collection);
    a field name follows the `]` with no space and may be any word (`[T]Type`, `[T]AD 1`).
    """
    words = []
    prev = None
    while i < len(buf) and not getattr(buf[i], "tag", ""):
        tok = buf[i]
        if start is not None:
            if prev is None and (tok.start_pos != start.end_pos or not _is_word(tok)):
                break
            if prev is not None and (tok.type not in ("NAME", "NUMBER") or tok.start_pos != prev.end_pos + 1):
                break
        elif tok.type != "NAME" and not (words and tok.type == "NUMBER"):
            break  # a table name may end with numbers: [Table 1]
        words.append(str(tok))
        prev = tok
        i += 1
    text = " ".join(words)
    if words and start is None and names.known(text.lower()):
        return i, ""
    return i, text


def _is_word(tok: Token) -> bool:
    return tok.type == "NAME" or (tok.type in KEYWORD_TYPES and str(tok)[:1].isalpha())


def _match_table(buf: list[Token], prev_type: str, names: NameTable) -> tuple[int, Token | None]:
    """(tokens consumed, the TABLE/FIELD token or None to pass buf[0] on)."""
    first = buf[0]
    if first.type != "LSQB" or prev_type in _VALUE_END:
        return 1, None
    i, table = _names_at(buf, 1, names, None)
    if not table:
        return 1, None
    if i + 1 < len(buf) and buf[i].type == "COLON" and buf[i + 1].type == "NUMBER":
        i += 2
    if i >= len(buf) or buf[i].type != "RSQB":
        return 1, None
    close = buf[i]
    j, field = _names_at(buf, i + 1, names, close)
    if not field:
        return i + 1, _table_token("TABLE", first, close, table, "")
    end = buf[j - 1]
    if j + 1 < len(buf) and buf[j].type == "COLON" and buf[j].start_pos == end.end_pos \
            and buf[j + 1].type == "NUMBER":
        end = buf[j + 1]
        j += 2
    return j, _table_token("FIELD", first, end, table, field)


def _table_token(ttype: str, first: Token, end: Token, table: str, field: str) -> TableToken:
    tok = TableToken(ttype, table, start_pos=first.start_pos, line=first.line, column=first.column,
                     end_line=end.end_line, end_column=end.end_column, end_pos=end.end_pos)
    tok.field = field
    return tok
