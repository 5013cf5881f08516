"""Postlexer: turns Lark's raw token stream into the tokens the grammar wants.

Stage: between Lark's basic lexer and the LALR parser. It splits each WORDS
run into multi-word names, keywords and plain NAMEs, strips the token
suffixes the 4D editor writes (This:C1470), and normalises newlines. It knows
names, never meanings: resolving a NAME to a command, method or variable is
the compiler's business.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from lark import Token

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
# ("shared singleton Class constructor"); elsewhere "Session" is a command.
MODIFIERS = {"shared": "SHARED", "singleton": "SINGLETON", "session": "SESSION"}
_MEMBER_STARTERS = {"FUNCTION", "CLASS_CONSTRUCTOR", "SHARED", "SINGLETON", "SESSION"}

_SUFFIX = re.compile(r":[CKP]\d+(?::\d+)?$")
_WORD = re.compile(r"\S+")


class NameTable:
    """The multi-word names the lexer must keep whole (commands, constants...).

    Lookups are case-insensitive; `add` accepts any spelling.
    """

    def __init__(self, names: Iterable[str] = ()) -> None:
        self._multi: set[str] = set()
        self.longest = 1
        for kw in KEYWORDS:
            self.add(kw)
        for name in names:
            self.add(name)

    def add(self, name: str) -> None:
        words = name.lower().split()
        if len(words) > 1:
            self._multi.add(" ".join(words))
            self.longest = max(self.longest, len(words))

    def __contains__(self, key: str) -> bool:
        return key in self._multi


class PostLexer:
    """Lark postlexer (see grammar/4d.lark)."""

    always_accept = ("WORDS",)

    def __init__(self, names: NameTable) -> None:
        self.names = names

    def process(self, stream: Iterator[Token]) -> Iterator[Token]:
        prev_type = "_NL"  # pretend the file starts after a newline
        last: Token | None = None
        for tok in stream:
            if tok.type == "_NL":
                if prev_type == "_NL":
                    continue
                prev_type = "_NL"
                last = tok
                yield tok
                continue
            if tok.type == "WORDS":
                for out in self._split(tok, prev_type):
                    prev_type = out.type
                    last = out
                    yield out
                continue
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
        words = [(m.group(), m.start()) for m in _WORD.finditer(tok.value)]
        clean = [_SUFFIX.sub("", w) for w, _ in words]
        lower = [w.lower() for w in clean]
        kinds: list[tuple[str, str, int, int]] = []  # (type, text, first, last)
        i = 0
        n = len(words)
        after_dot = prev_type == "DOT"
        while i < n:
            if after_dot:
                # A property name may be any word, keywords included.
                kinds.append(("NAME", clean[i], i, i))
                after_dot = False
                i += 1
                continue
            span = 1
            for k in range(min(self.names.longest, n - i), 1, -1):
                if " ".join(lower[i : i + k]) in self.names:
                    span = k
                    break
            key = " ".join(lower[i : i + span])
            if span > 1:
                text = " ".join(clean[i : i + span])
            else:
                text = clean[i]
            if span == 1 and clean[i].isdigit():
                kinds.append(("NUMBER", text, i, i))  # "return 5": not part of a name
            else:
                kinds.append((KEYWORDS.get(key, "NAME"), text, i, i + span - 1))
            i += span
        kinds = _contextual(kinds, lower)
        for ttype, text, first, last in kinds:
            start = words[first][1]
            end = words[last][1] + len(words[last][0])
            yield _sub_token(tok, ttype, text, start, end)


def _contextual(kinds: list[tuple[str, str, int, int]], lower: list[str]):
    """Mark modifiers and get/set accessors by what follows them in the run."""
    out = list(kinds)
    # Modifiers: a run of shared/singleton/session words leading to a member.
    j = len(out) - 1
    while j >= 0:
        ttype, text, first, last = out[j]
        word = lower[first] if first == last else ""
        if ttype == "NAME" and word in MODIFIERS and j + 1 < len(out):
            if out[j + 1][0] in _MEMBER_STARTERS:
                out[j] = (MODIFIERS[word], text, first, last)
        j -= 1
    # Accessors: "Function get name" / "Function set name".
    for j in range(len(out) - 2):
        if out[j][0] == "FUNCTION" and out[j + 1][0] == "NAME":
            word = out[j + 1][1].lower()
            if word in ("get", "set") and out[j + 2][0] == "NAME":
                out[j + 1] = (word.upper(), out[j + 1][1], out[j + 1][2], out[j + 1][3])
    return out


def _sub_token(tok: Token, ttype: str, text: str, start: int, end: int) -> Token:
    # Runs never span lines, so line and column shift by the offset alone.
    return Token(
        ttype,
        text,
        start_pos=tok.start_pos + start,
        line=tok.line,
        column=tok.column + start,
        end_line=tok.line,
        end_column=tok.column + end,
        end_pos=tok.start_pos + end,
    )
