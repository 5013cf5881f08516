"""Regular expressions compiled on first use.

Stage: runtime helper. Compiling a Unicode pattern takes a millisecond or more, and
modules compiled theirs at import: a program that never uses them paid for them at
every start. `lazy(pattern, flags)` stands for `re.compile(pattern, flags)` and compiles
it the first time one of its methods is used.
"""

from __future__ import annotations

import re


class lazy:  # noqa: N801  (used like re.compile)
    __slots__ = ("_args", "_re")

    def __init__(self, *args) -> None:
        self._args = args
        self._re = None

    def __getattr__(self, name: str):
        if self._re is None:
            self._re = re.compile(*self._args)
        return getattr(self._re, name)
