"""Math commands: Abs, Int, Round, Trunc, Mod, Dec, Random, Square root, Exp,
Log, trigonometry, SET REAL COMPARISON LEVEL, and the constants Pi, Degree,
Radian and e number.

Stage: stdlib. Results are Reals. Out-of-domain arguments give NaN or an
infinity, as 4D's String(Log(-1)) = "" and String(1/0) = "INF" show; they
never raise. Round and Trunc work on the decimal digits of the number (its
shortest decimal form), so Round(1.005; 2) is 1.01 as written, not as stored.
"""

from __future__ import annotations

import math
import random
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, localcontext

from runtime import ops
from runtime.codes import err
from runtime.convert import format_number, round_half_away
from runtime.registry import command
from stdlib_4d import args


def _num(value, cmd: str, index: int = 1) -> float:
    return float(args.number(value, cmd, index))


def _safe(fn, x: float) -> float:
    """fn(x), with NaN for a domain error and an infinity for an overflow."""
    try:
        return float(fn(x))
    except ValueError:
        return math.nan
    except OverflowError:
        return math.inf


@command("Abs", returns="real")
def abs_(number):
    """The absolute value of a number."""
    return abs(_num(number, "Abs"))


@command("Int", returns="real")
def int_(number):
    """The integer part of a number, toward negative infinity (Int(-1.5) is -2)."""
    x = _num(number, "Int")
    return float(math.floor(x)) if math.isfinite(x) else x


@command("Dec", returns="real")
def dec(number):
    """The decimal part of a number, always >= 0: x - Int(x) (run4d's reading, so that
    Int(x) + Dec(x) = x; Dec(-1.25) is 0.75)."""
    x = _num(number, "Dec")
    return x - math.floor(x) if math.isfinite(x) else math.nan


def _decimal_round(x: float, places: int, mode: str) -> float:
    if not math.isfinite(x):
        return x
    with localcontext() as ctx:
        ctx.prec = 1000
        value = Decimal(repr(x)).quantize(Decimal(1).scaleb(-places), rounding=mode)
    return float(value) + 0.0  # + 0.0 turns -0.0 into 0.0


@command("Round", returns="real")
def round_(number, places):
    """Round to places decimals (negative: left of the point), halves away from zero."""
    x = _num(number, "Round", 1)
    return _decimal_round(x, max(min(args.integer(places, "Round", 2), 400), -400), ROUND_HALF_UP)


@command("Trunc", returns="real")
def trunc(number, places):
    """Truncate to places decimals (negative: left of the point), toward negative infinity."""
    x = _num(number, "Trunc", 1)
    return _decimal_round(x, max(min(args.integer(places, "Trunc", 2), 400), -400), ROUND_FLOOR)


@command("Mod", returns="real")
def mod(number1, number2):
    """The remainder of number1 divided by number2, both rounded to integers first.

    The remainder takes the sign of number1, as the % operator; a zero divisor
    is error "Division by zero", as for %.
    """
    a = round_half_away(_num(number1, "Mod", 1))
    b = round_half_away(_num(number2, "Mod", 2))
    if b == 0:
        raise err("division_by_zero")
    r = abs(a) % abs(b)
    return float(-r if a < 0 else r)


@command("Random", returns="real")
def random_():
    """A random integer from 0 to 32767."""
    return float(random.randint(0, 32767))


@command("Square root", returns="real")
def square_root(number):
    """The square root (NaN for a negative number)."""
    return _safe(math.sqrt, _num(number, "Square root"))


@command("Exp", returns="real")
def exp(number):
    """e raised to the power number."""
    return _safe(math.exp, _num(number, "Exp"))


@command("Log", returns="real")
def log(number):
    """The natural logarithm (-INF for 0, NaN for a negative number)."""
    x = _num(number, "Log")
    return -math.inf if x == 0 else _safe(math.log, x)


@command("Sin", returns="real")
def sin(number):
    """The sine of an angle in radians."""
    return _safe(math.sin, _num(number, "Sin"))


@command("Cos", returns="real")
def cos(number):
    """The cosine of an angle in radians."""
    return _safe(math.cos, _num(number, "Cos"))


@command("Tan", returns="real")
def tan(number):
    """The tangent of an angle in radians."""
    return _safe(math.tan, _num(number, "Tan"))


@command("Arctan", returns="real")
def arctan(number):
    """The angle, in radians, whose tangent is number."""
    return _safe(math.atan, _num(number, "Arctan"))


@command("SET REAL COMPARISON LEVEL")
def set_real_comparison_level(epsilon):
    """Set the epsilon of Real equality (default 10^-6); it must not be negative."""
    eps = _num(epsilon, "SET REAL COMPARISON LEVEL")
    if not eps >= 0:
        raise err("bad_value",
                  detail=f"SET REAL COMPARISON LEVEL: the epsilon must be positive, got {format_number(eps)}")
    ops.settings["epsilon"] = eps
