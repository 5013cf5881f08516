"""Text comparison as 4D does it: case- and accent-insensitive, `@` wildcard.

Stage: runtime helpers for the comparison operators, Position, Replace
string and collection searches. It never raises 4D errors.
"""

from __future__ import annotations

import re
import unicodedata

from runtime.lazyre import lazy

_KEYS: dict[str, str] = {}
# Letters ICU's primary strength spells out (casefold already turns ß into ss).
_LIGATURES = str.maketrans({"æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i"})
_PATTERNS: dict[str, re.Pattern | None] = {}
_CACHE_LIMIT = 4096


def key(s: str) -> str:
    """Comparison key: case folded, diacritics removed (ICU primary strength)."""
    k = _KEYS.get(s)
    if k is not None:
        return k
    if s.isascii():
        k = s.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", s)
        k = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
        if not k.isascii():
            k = k.translate(_LIGATURES)
    if len(_KEYS) > _CACHE_LIMIT:
        _KEYS.clear()
    _KEYS[s] = k
    return k


# The cached key of a text, or None: compiled code reads it inline and calls key() on a miss.
cached_key = _KEYS.get


def _pattern(b: str) -> re.Pattern | None:
    pat = _PATTERNS.get(b, False)
    if pat is not False:
        return pat
    if "@@" in b:
        pat = None  # two consecutive @ never match (4D rule)
    else:
        parts = [re.escape(key(p)) for p in b.split("@")]
        pat = re.compile(".*".join(parts), re.DOTALL)
    if len(_PATTERNS) > _CACHE_LIMIT:
        _PATTERNS.clear()
    _PATTERNS[b] = pat
    return pat


def equal(a: str, b: str) -> bool:
    """a = b, with `@` in b matching any run of characters."""
    if "@" in b:
        pat = _pattern(b)
        return pat is not None and pat.fullmatch(key(a)) is not None
    if a == b:
        return True
    return key(a) == key(b)


def compare(a: str, b: str) -> int:
    """-1, 0 or 1; a trailing `@` in b compares only that prefix of a."""
    ka = key(a)
    if b.endswith("@") and not b.endswith("@@"):
        kb = key(b[:-1])
        ka = ka[: len(kb)]
    else:
        kb = key(b)
    return (ka > kb) - (ka < kb)


# Words as Unicode's default word boundaries (UAX #29) find them, which is
# what 4D's ICU does for % and GET TEXT KEYWORDS: letters and digits, kept
# together across an apostrophe or a period between letters and across
# , ; . ' between digits ("10,000", "10.5", "can't"), split at hyphens,
# spaces and other punctuation.
_WORD = lazy(
    r"\w+(?:(?:(?<=[^\W\d_])[.'\u2018\u2019\u00b7](?=[^\W\d_])|(?<=\d)[.,;'\u2018\u2019](?=\d))\w+)*")


def words(text: str) -> list[str]:
    """The words of a text, in order."""
    return [w for w in _WORD.findall(text) if any(ch.isalnum() for ch in w)]


def contains_keyword(text: str, word: str) -> bool:
    """The `%` operator: is `word` one of the words of `text`?

    `word` must itself be one whole word (a trailing `@` matches the start of
    a word); several words, part of a word or punctuation never match.
    """
    prefix = word.endswith("@")
    core = word[:-1] if prefix else word
    if words(core) != [core]:
        return False
    target = key(core)
    if prefix:
        return any(key(w).startswith(target) for w in words(text))
    return any(key(w) == target for w in words(text))
