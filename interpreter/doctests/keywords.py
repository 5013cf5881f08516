"""`run4d test -k EXPRESSION`: which items to run, as pytest's -k chooses.

Stage: doc-test front end. An expression is words joined by `and`, `or`,
`not` and parentheses; a word matches an item whose name contains it, in
any case. No Python evaluation: a small recursive-descent reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_TOKEN = re.compile(r"\s*(\(|\)|[^\s()]+)")


def selector(expression: str | None) -> Callable[[str], bool]:
    """A predicate on item names; raises ValueError for a malformed expression."""
    if not expression or not expression.strip():
        return lambda name: True
    tokens = _TOKEN.findall(expression)
    pos = 0

    def peek() -> str | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> str:
        nonlocal pos
        token = peek()
        if token is None:
            raise ValueError(f"unexpected end of {expression!r}")
        pos += 1
        return token

    def either():
        left = both()
        while peek() == "or":
            take()
            right = both()
            left = (lambda a, b: lambda s: a(s) or b(s))(left, right)
        return left

    def both():
        left = negation()
        while peek() == "and":
            take()
            right = negation()
            left = (lambda a, b: lambda s: a(s) and b(s))(left, right)
        return left

    def negation():
        token = take()
        if token == "not":
            inner = negation()
            return lambda s: not inner(s)
        if token == "(":
            inner = either()
            if take() != ")":
                raise ValueError(f"missing ')' in {expression!r}")
            return inner
        if token in (")", "and", "or"):
            raise ValueError(f"unexpected {token!r} in {expression!r}")
        word = token.lower()
        return lambda s: word in s

    predicate = either()
    if peek() is not None:
        raise ValueError(f"unexpected {peek()!r} in {expression!r}")
    return lambda name: predicate(name.lower())
