"""Conversion commands: String, Num, Bool.

Stage: stdlib. Follows run4d's headless conventions: US formats, `.` as
decimal separator, 13 significant digits. The display formats themselves
live in formats.py; the radix forms String(number; base) and
Num(text; base) follow ECMAScript's Number.prototype.toString and
parseInt, as 4D's pages say.
"""

from __future__ import annotations

import math

from runtime.codes import err, type_name
from runtime.convert import format_number, to_text
from runtime.registry import command
from runtime.values import UNDEF, Date4D, Time4D
from stdlib_4d import args, formats

_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _is_number(v) -> bool:
    return type(v) is float or type(v) is int


@command("String", returns="text")
def string(value, format=UNDEF, add_time=UNDEF):
    """String(value{; format{; addTime}}) or String(number; base): a value as text.

    A number format is a text (a display format) or a number (a base, 2 to
    36); a date or time format is a constant or a pattern; Text, Boolean,
    undefined and Null ignore the format.
    """
    if format is UNDEF:
        return to_text(value)
    t = type(value)
    if t is Date4D or t is Time4D or (t is not bool and _is_number(value)):
        if type(format) is not str and not _is_number(format):
            raise err("bad_param_type", index=2, callee="String",
                      detail=f"Text or Number expected, got {type_name(format)}")
    if t is Date4D:
        seconds = 0 if add_time is UNDEF else args.time(add_time, "String", 3).s
        if type(format) is str:
            return formats.format_date_pattern(value, format, seconds) if format else to_text(value)
        return formats.format_date_code(value, args.integer(format, "String", 2), seconds)
    if t is Time4D:
        if type(format) is str:
            return formats.format_time_pattern(value, format) if format else to_text(value)
        return formats.format_time_code(value, args.integer(format, "String", 2))
    if t is not bool and _is_number(value):
        if type(format) is str:
            return formats.format_real(float(value), format)
        return to_radix(float(value), args.integer(format, "String", 2))
    return to_text(value)


# ---------------------------------------------------------------- radix


def to_radix(x: float, base: int) -> str:
    """Number.prototype.toString(base): base 0 means 10; others must be 2 to 36.

    Infinities give "NaN" as NaN does: 4D's String page lists String(1/0; 10)
    and String(-1/0; 10) as "NaN" (where ECMAScript would write "Infinity").
    """
    if base == 0:
        base = 10
    if not 2 <= base <= 36:
        raise err("bad_value", detail=f"String: the base must be between 2 and 36, got {base}")
    if not math.isfinite(x):
        return "NaN"
    if base == 10:
        return _es_decimal(x)
    sign = "-" if x < 0 else ""
    x = abs(x)
    whole = math.floor(x)
    carry, fraction = _fraction_digits(x, x - whole, base)
    return sign + _integer_digits(int(whole) + carry, base) + fraction


def _es_decimal(x: float) -> str:
    """Number::toString for base 10: the shortest round-trip digits."""
    if x == int(x) and abs(x) < 1e21:
        return str(int(x))
    text = repr(x)
    if "e" in text:
        mantissa, exp = text.split("e")
        text = f"{mantissa}e{'+' if int(exp) > 0 else '-'}{abs(int(exp))}"
    return text


def _integer_digits(n: int, base: int) -> str:
    if n == 0:
        return "0"
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(_DIGITS[r])
    return "".join(reversed(out))


def _fraction_digits(x: float, fraction: float, base: int) -> tuple[int, str]:
    """(carry into the integer part, the point and digits after it), as V8
    prints them: digits stop once the printed value reads back as x."""
    delta = max(0.5 * (math.nextafter(x, math.inf) - x), math.nextafter(0.0, 1.0))
    if fraction < delta:
        return 0, ""
    digits: list[int] = []
    while True:
        fraction *= base
        delta *= base
        digit = int(fraction)
        digits.append(digit)
        fraction -= digit
        if (fraction > 0.5 or (fraction == 0.5 and digit & 1)) and fraction + delta > 1:
            return _round_up(digits, base)
        if fraction < delta:
            break
    return 0, "." + "".join(_DIGITS[d] for d in digits)


def _round_up(digits: list[int], base: int) -> tuple[int, str]:
    while digits and digits[-1] + 1 >= base:
        digits.pop()
    if not digits:
        return 1, ""
    digits[-1] += 1
    return 0, "." + "".join(_DIGITS[d] for d in digits)


def parse_radix(text: str, base: int) -> float:
    """parseInt(text, base); where parseInt gives NaN, Num gives 0 (as 4D's Num("2";2))."""
    s = text.lstrip(" \t\n\v\f\r\u00a0\ufeff\u2028\u2029")
    sign = 1
    if s[:1] in ("-", "+"):
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if base == 0:
        base = 16 if s[:2].lower() == "0x" else 10
    if not 2 <= base <= 36:
        return 0.0
    if base == 16 and s[:2].lower() == "0x":
        s = s[2:]
    n = 0
    count = 0
    for ch in s:
        d = _DIGITS.find(ch.lower()) if ch.isascii() else -1
        if d < 0 or d >= base:
            break
        n = n * base + d
        count += 1
    return float(sign * n) if count else 0.0


# ---------------------------------------------------------------- Num and Bool


@command("Num", returns="real")
def num(value, separator=UNDEF):
    """Num(text{; separator}), Num(text; base), Num(boolean), Num(number): a number.

    run4d's decimal separator is "."; a time gives its seconds; undefined and
    Null give 0; other types are an error.
    """
    t = type(value)
    if t is bool:
        return 1.0 if value else 0.0
    if t is float or t is int:
        return float(value)
    if value is UNDEF or value is None:
        return 0.0
    if t is Time4D:
        return float(value.s)
    if t is not str:
        raise err("bad_param_type", index=1, callee="Num",
                  detail=f"Text, Number or Boolean expected, got {type_name(value)}")
    if separator is UNDEF:
        return parse_number(value)
    if _is_number(separator):
        return parse_radix(value, args.integer(separator, "Num", 2))
    return parse_number(value, args.text(separator, "Num", 2))


def parse_number(s: str, sep: str = ".") -> float:
    """4D's lenient text-to-number rules: other characters are skipped, "-" only
    counts before the digits (or after the "e"), and a "-" after digits ends
    the number."""
    if sep != ".":
        s = s.replace(".", "")
        s = s.replace(sep, ".") if sep else s
    out: list[str] = []
    seen_digit = seen_dot = seen_e = False
    for c in s:
        if "0" <= c <= "9":
            out.append(c)
            seen_digit = True
        elif c == "." and not seen_dot and not seen_e:
            out.append(c)
            seen_dot = True
        elif c == "-":
            if not out:
                out.append(c)
            elif out[-1] == "e":
                out.append(c)
            elif seen_digit:
                break
        elif c in "eE" and seen_digit and not seen_e:
            out.append("e")
            seen_e = True
    text = "".join(out).rstrip("e-")
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


__all__ = ["format_number", "parse_number", "parse_radix", "to_radix"]
