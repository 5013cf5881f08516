"""Conversion commands: String, Num, Bool.

Stage: stdlib. Follows run4d's headless conventions: US formats, `.` as
decimal separator, 13 significant digits.
"""

from __future__ import annotations

import re

from runtime.convert import format_number, to_text
from runtime.registry import command
from runtime.values import UNDEF, Date4D, Time4D
from stdlib_4d import args


@command("String", returns="text")
def string(value, format=UNDEF, add_time=UNDEF):
    """String(value{; format{; addTime}}): a value as text."""
    if format is UNDEF:
        return to_text(value)
    from stdlib_4d.formats import format_value

    return format_value(value, format, add_time)


_NUM_CHARS = re.compile(r"[^0-9eE\-.]")


@command("Num", returns="real")
def num(value, separator=UNDEF):
    """Num(text{; separator}), Num(boolean), Num(number): a number."""
    t = type(value)
    if t is float or t is int:
        return float(value)
    if t is bool:
        return 1.0 if value else 0.0
    if value is UNDEF or value is None:
        return 0.0
    if t is Time4D:
        return float(value.s)
    if t is Date4D:
        return float(value.ordinal())
    s = args.text(value, "Num", 1)
    sep = args.text(separator, "Num", 2) if separator is not UNDEF else "."
    return parse_number(s, sep)


def parse_number(s: str, sep: str = ".") -> float:
    """4D's lenient text-to-number rules (letters ignored, "-" only before digits)."""
    if sep != ".":
        s = s.replace(".", "").replace(sep, ".")
    out = []
    seen_digit = seen_dot = seen_e = False
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit() and c.isascii():
            out.append(c)
            seen_digit = True
        elif c == "." and not seen_dot and not seen_e:
            out.append(c)
            seen_dot = True
        elif c == "-":
            if not seen_digit and not out:
                out.append(c)
            elif out and out[-1] in "eE":
                out.append(c)
            elif seen_digit:
                break
        elif c in "eE" and seen_digit and not seen_e:
            out.append("e")
            seen_e = True
        i += 1
    text = "".join(out).rstrip("e-")
    if text in ("", "-", ".", "-."):
        return 0.0
    try:
        return float(text)
    except ValueError:
        return 0.0


@command("Bool", returns="boolean")
def bool_(value):
    """Bool(expression): a Boolean (False for undefined, null, 0 and other types)."""
    t = type(value)
    if t is bool:
        return value
    if t is float or t is int:
        return value != 0
    return False


__all__ = ["format_number"]
