"""Operators: 4D's arithmetic, comparison, logical and bitwise operators.

Stage: runtime, called by compiled code when the compiler cannot prove the
operand types (otherwise it emits Python's own operators). Each function
takes evaluated operands and returns the 4D result or raises Error4D.
"""

from __future__ import annotations

import math

from runtime import limits, textcmp
from runtime.codes import err, type_name
from runtime.values import UNDEF, Coll, Date4D, Obj, Picture, Pointer, Time4D

# SET REAL COMPARISON LEVEL: reals are equal when they differ by less.
settings = {"epsilon": 1e-6}

_NUM = (float, int)


def _mismatch(op: str, a, b):
    if op not in ("=", "#", "<", ">", "<=", ">=") and (type(a) is Picture or type(b) is Picture):
        # 4D's picture operators (concatenation, superimposition, moves, scaling: dt_picture.md)
        # draw pictures, which run4d does not do: an honest "not supported", not a type error.
        return err("unsupported", what=f"The picture operator {op}")
    return err("type_mismatch", detail=f"{type_name(a)} {op} {type_name(b)}")


def _long(v) -> int:
    """A number as a 32-bit signed integer (bitwise operators, %)."""
    if type(v) is bool or not isinstance(v, _NUM):
        raise err("type_mismatch", detail=f"a number was expected, got {type_name(v)}")
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v):
            return 0
        v = int(v)
    v &= 0xFFFFFFFF
    return v - 0x100000000 if v & 0x80000000 else v


# ---------------------------------------------------------------- arithmetic


def add(a, b):
    ta, tb = type(a), type(b)
    if (ta is float or ta is int) and (tb is float or tb is int):
        return a + b
    if ta is str and tb is str:
        return a + b
    if ta is Date4D and (tb is float or tb is int):
        return Date4D.from_ordinal(a.ordinal() + _days(b)) if not a.is_null() else a
    if ta is Time4D:
        if tb is Time4D:
            return Time4D(a.s + b.s)
        if tb is float or tb is int:
            return a.s + b
    raise _mismatch("+", a, b)


def _days(n) -> int:
    """A number of days added to a date: error -10794 when no date can be that far."""
    if not -4_000_000 < n < 4_000_000:  # also NaN and infinities; dates end with year 9999
        raise err("overflow", detail=f"a date cannot be moved by {n:g} days".replace("inf", "INF"))
    return int(n)


def sub(a, b):
    ta, tb = type(a), type(b)
    if (ta is float or ta is int) and (tb is float or tb is int):
        return a - b
    if ta is Date4D:
        if tb is Date4D:
            return float(a.ordinal() - b.ordinal())
        if tb is float or tb is int:
            return Date4D.from_ordinal(a.ordinal() - _days(b)) if not a.is_null() else a
    if ta is Time4D:
        if tb is Time4D:
            return Time4D(a.s - b.s)
        if tb is float or tb is int:
            return a.s - b
    raise _mismatch("-", a, b)


def mul(a, b):
    ta, tb = type(a), type(b)
    if (ta is float or ta is int) and (tb is float or tb is int):
        return a * b
    if ta is str and (tb is float or tb is int):
        if not b >= 1:  # also NaN
            return ""
        limits.check_size(len(a) * b, "the text", "characters")
        return a * int(b)
    if ta is Time4D:
        if tb is Time4D:
            return Time4D(a.s * b.s)
        if tb is float or tb is int:
            return a.s * b
    raise _mismatch("*", a, b)


def div(a, b):
    ta, tb = type(a), type(b)
    if ta is Time4D:
        if tb is Time4D:
            return Time4D(int(div(a.s, b.s)))
        a, ta = a.s, int
    if (ta is float or ta is int) and (tb is float or tb is int):
        if b == 0:
            # 4D returns INF (String gives "INF"), or NaN for 0/0.
            if a == 0:
                return math.nan
            return math.inf if a > 0 else -math.inf
        return a / b
    raise _mismatch("/", a, b)


def idiv(a, b):
    """`\\`: integer division, Int(a/b)."""
    if type(a) is Time4D:
        a = a.s
    ta, tb = type(a), type(b)
    if (ta is float or ta is int) and (tb is float or tb is int):
        if b == 0:
            raise err("division_by_zero")
        return float(math.floor(a / b))
    raise _mismatch("\\", a, b)


def mod(a, b):
    """`%`: modulo on numbers and times, keyword search on text."""
    ta, tb = type(a), type(b)
    if ta is str and tb is str:
        return textcmp.contains_keyword(a, b)
    if ta is Time4D and tb is Time4D:
        if b.s == 0:
            raise err("division_by_zero")
        return Time4D(a.s % b.s)
    if ta is Time4D:
        a, ta = a.s, int
    if (ta is float or ta is int) and (tb is float or tb is int):
        if ta is float and a != int(a):
            return 0.0  # 4D: a non-whole remainder gives 0 (10.5 % 2 = 0)
        x, y = _long(a), _long(b)
        if y == 0:
            raise err("division_by_zero")
        r = abs(x) % abs(y)
        return float(-r if x < 0 else r)
    raise _mismatch("%", a, b)


def power(a, b):
    ta, tb = type(a), type(b)
    if (ta is float or ta is int) and (tb is float or tb is int):
        try:
            r = float(a) ** b
        except (OverflowError, ZeroDivisionError):
            return math.inf
        return math.nan if isinstance(r, complex) else r
    raise _mismatch("^", a, b)


def neg(a):
    ta = type(a)
    if ta is float or ta is int:
        return -a
    if ta is Time4D:
        return Time4D(-a.s)
    raise err("type_mismatch", detail=f"- {type_name(a)}")


# ---------------------------------------------------------------- comparison


def eq(a, b) -> bool:
    ta, tb = type(a), type(b)
    if ta is str and tb is str:
        return textcmp.equal(a, b)
    if (ta is float or ta is int) and (tb is float or tb is int):
        if ta is int and tb is int:
            return a == b
        return a == b or abs(a - b) <= settings["epsilon"]
    if a is None or a is UNDEF:
        return b is None or b is UNDEF
    if b is None or b is UNDEF:
        return False
    if ta is bool and tb is bool:
        return a is b
    if ta is Date4D and tb is Date4D or ta is Time4D and tb is Time4D:
        return a == b
    if ta is Time4D and (tb is float or tb is int) or tb is Time4D and (ta is float or ta is int):
        return eq(_seconds(a), _seconds(b))  # "a time value can be treated as a number" (dt_time.md)
    if isinstance(a, (Obj, Coll)) or isinstance(b, (Obj, Coll)):
        return a is b
    if ta is Pointer and tb is Pointer:
        return a == b
    if ta is Picture or tb is Picture:
        raise _mismatch("=", a, b)  # "There is no comparison operators on pictures" (dt_picture.md)
    if ta is tb and ta not in (float, int, str, bool):
        return a is b  # other objects (4D.Blob, signals...) by reference
    raise _mismatch("=", a, b)


def _seconds(v):
    return v.s if type(v) is Time4D else v


def ne(a, b) -> bool:
    return not eq(a, b)


def _order(op: str, a, b) -> int | None:
    """-1/0/1, or None when undefined takes part (the comparison is False)."""
    ta, tb = type(a), type(b)
    if (ta is float or ta is int) and (tb is float or tb is int):
        if a == b or (not (ta is int and tb is int) and abs(a - b) <= settings["epsilon"]):
            return 0
        return -1 if a < b else 1
    if ta is str and tb is str:
        return textcmp.compare(a, b)
    if ta is Date4D and tb is Date4D:
        x, y = a.ordinal(), b.ordinal()
        return (x > y) - (x < y)
    if ta is Time4D and tb is Time4D:
        return (a.s > b.s) - (a.s < b.s)
    if ta is Time4D and (tb is float or tb is int) or tb is Time4D and (ta is float or ta is int):
        return _order(op, _seconds(a), _seconds(b))  # a time compares with a number as its seconds
    if a is UNDEF or b is UNDEF:
        other = b if a is UNDEF else a
        if type(other) in (str, float, int, Date4D, Time4D):
            return None
    raise _mismatch(op, a, b)


def lt(a, b) -> bool:
    ta, tb = type(a), type(b)
    if (ta is float or ta is int) and (tb is float or tb is int):  # _order's number case, inline
        if a == b or (not (ta is int and tb is int) and abs(a - b) <= settings["epsilon"]):
            return False
        return a < b
    r = _order("<", a, b)
    return r is not None and r < 0


def gt(a, b) -> bool:
    ta, tb = type(a), type(b)
    if (ta is float or ta is int) and (tb is float or tb is int):  # _order's number case, inline
        if a == b or (not (ta is int and tb is int) and abs(a - b) <= settings["epsilon"]):
            return False
        return not a < b  # as _order: NaN compares greater
    r = _order(">", a, b)
    return r is not None and r > 0


def le(a, b) -> bool:
    ta, tb = type(a), type(b)
    if (ta is float or ta is int) and (tb is float or tb is int):  # _order's number case, inline
        if a == b or (not (ta is int and tb is int) and abs(a - b) <= settings["epsilon"]):
            return True
        return a < b
    r = _order("<=", a, b)
    return r is not None and r <= 0


def ge(a, b) -> bool:
    ta, tb = type(a), type(b)
    if (ta is float or ta is int) and (tb is float or tb is int):  # _order's number case, inline
        if a == b or (not (ta is int and tb is int) and abs(a - b) <= settings["epsilon"]):
            return True
        return not a < b  # as _order: NaN compares greater
    r = _order(">=", a, b)
    return r is not None and r >= 0


# ---------------------------------------------------------------- logical and bitwise


def band(a, b):
    """`&`: logical AND on Booleans, bitwise AND on numbers."""
    if type(a) is bool and type(b) is bool:
        return a and b
    if type(a) is not bool and type(b) is not bool:
        return float(_long(a) & _long(b))
    raise _mismatch("&", a, b)


def bor(a, b):
    if type(a) is bool and type(b) is bool:
        return a or b
    if type(a) is not bool and type(b) is not bool:
        return float(_long(a) | _long(b))
    raise _mismatch("|", a, b)


def bxor(a, b):
    return float(_long(a) ^ _long(b))


def shl(a, b):
    n = _long(b)
    return float(_long(_long(a) << n)) if 0 <= n < 32 else 0.0


def shr(a, b):
    n = _long(b)
    return float((_long(a) & 0xFFFFFFFF) >> n) if 0 <= n < 32 else 0.0


def bitset(a, b):
    return float(_long(_long(a) | (1 << (_long(b) & 31))))


def bitclr(a, b):
    return float(_long(_long(a) & ~(1 << (_long(b) & 31))))


def bittest(a, b) -> bool:
    return bool(_long(a) & (1 << (_long(b) & 31)))


def truthy(v) -> bool:
    """Truthiness used by &&, || and ?: (0 is truthy; "" [] {} are falsy)."""
    if v is None or v is UNDEF or v is False:
        return False
    t = type(v)
    if t is str or t is Coll or t is Obj:
        return len(v) > 0
    if t is Date4D:
        return not v.is_null()
    if t is Picture:
        return len(v.data) > 0  # an empty picture is the "null picture" of the falsy values
    if isinstance(v, (Obj, Coll)):
        return len(v) > 0
    return True


def cond(v) -> bool:
    """A condition of If/While/Until/Case: Boolean, or undefined (False)."""
    if v is True:
        return True
    if v is False or v is UNDEF:
        return False
    raise err("bad_condition", got=type_name(v))


BINARY = {
    "+": add, "-": sub, "*": mul, "/": div, "\\": idiv, "%": mod, "^": power,
    "=": eq, "#": ne, "<": lt, ">": gt, "<=": le, ">=": ge,
    "&": band, "|": bor, "^|": bxor, "<<": shl, ">>": shr,
    "?+": bitset, "?-": bitclr, "??": bittest,
}
