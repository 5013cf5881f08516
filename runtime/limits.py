"""Limits: the bounds run4d puts on programs, each with a default and a way to change it.

Stage: shared by all layers (read by the compiler and the runtime). Every
limit is listed in docs/limits.md; each can be changed with an environment
variable read when run4d starts (the command line and tests may also set
the attribute directly). A value that is not a number keeps the default.
"""

from __future__ import annotations

import os


def _number(env: str, default: float, kind: type = int):
    raw = os.environ.get(env)
    if raw is None:
        return default
    try:
        value = kind(raw)
    except ValueError:
        return default
    return value if value > 0 else default


# Levels of expressions and blocks inside one another in a method (compiler, Formula from string).
NESTING = _number("RUN4D_MAX_NESTING", 1000)
# $1...$n read by number become Python parameters up to this n; beyond, they are read from the
# argument tuple (keeps `$a:=$2000000` from building a function with two million parameters).
NUMBERED_PARAMS = 32
# Seconds one regular expression match may take (Match regex, Replace regex...).
REGEX_SECONDS = _number("RUN4D_REGEX_TIMEOUT", 5.0, float)
# Size of one text or blob built by an operation (characters or bytes).
VALUE_SIZE = _number("RUN4D_MAX_VALUE_SIZE", 2**30)
# Elements of one collection (a collection of 2^28 elements already takes 2 GB of references).
COLLECTION_SIZE = _number("RUN4D_MAX_COLLECTION_SIZE", 2**28)
# Entries of a 4D call chain printed for an unhandled error: the first and last half are kept.
CALL_CHAIN_SHOWN = _number("RUN4D_CALL_CHAIN", 40)


def check_size(size: float, what: str, unit: str) -> None:
    """Error -10795 (not enough memory) before building a text or blob larger than VALUE_SIZE."""
    if size > VALUE_SIZE:
        from runtime.codes import err

        raise err("out_of_memory", detail=f"{what} would hold {size:,.0f} {unit}; the limit is {VALUE_SIZE:,} "
                                          "(RUN4D_MAX_VALUE_SIZE, docs/limits.md)")


def check_length(size: float, what: str) -> None:
    """Error -10795 before growing a collection past COLLECTION_SIZE elements."""
    if size > COLLECTION_SIZE:
        from runtime.codes import err

        raise err("out_of_memory", detail=f"{what} would hold {size:,.0f} elements; the limit is "
                                          f"{COLLECTION_SIZE:,} (RUN4D_MAX_COLLECTION_SIZE, docs/limits.md)")
