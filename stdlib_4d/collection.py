"""4D.Collection: New collection and the collection member functions.

Stage: stdlib. Members are registered in runtime.access.COLLECTION_FUNCS,
spelled exactly as in 4D. Callbacks (Formula objects or method names) get
an object with .value (and .value2, .accumulator...) as $1, plus the extra
parameters.
"""

from __future__ import annotations

from runtime.access import COLLECTION_FUNCS
from runtime.registry import command
from runtime.support import mkcoll
from runtime.values import Coll


def member(name: str):
    def deco(fn):
        COLLECTION_FUNCS[name] = fn
        return fn

    return deco


@command("New collection", returns="collection")
def new_collection(*values):
    """New collection{(value; ...)}."""
    return mkcoll(list(values))


@member("push")
def push(c: Coll, *values):
    c.extend(mkcoll(list(values)))
    return c
