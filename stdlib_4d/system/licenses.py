"""Is license available: which licensed parts of 4D this run has.

Stage: stdlib commands (commands-legacy/is-license-available.md). run4d
needs no license and is never in demonstration mode, so without a parameter
the answer is True. With a license constant (or a plug-in's number) it
says whether run4d has the part that license opens: the Web server
(4D Web license) yes; 4D View Pro, 4D Write Pro, SOAP, ODBC, OCI, 4D Client
and REST licenses open parts run4d does not have, so code that checks
before using them takes its "not available" branch instead of failing
further on (docs/decisions.md).
"""

from __future__ import annotations

from runtime.registry import command
from runtime.values import UNDEF
from stdlib_4d import args

WEB_LICENSE = 808464945  # 4D Web license


@command("Is license available", returns="boolean")
def is_license_available(license=UNDEF):
    """Is license available({license}): True without a parameter; else whether run4d has that part."""
    if license is UNDEF:
        return True
    return args.integer(license, "Is license available", 1) == WEB_LICENSE
