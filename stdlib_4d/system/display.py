"""System Environment commands about screens, fonts, pickers and regional formats.

Stage: stdlib commands. A headless run has no screen, no font picker and no
color picker: those commands are headless no-ops (docs/supported.md gives
each reason). GET SYSTEM FORMAT answers with the formats run4d itself uses
for dates, times and numbers (US English: "." decimal separator, "/" between
date parts, month/day/year), so that code building formats from it agrees
with String().
"""

from __future__ import annotations

from runtime.codes import err
from runtime.registry import command, headless
from stdlib_4d import args
from stdlib_4d.files.doc_commands import put

_NO_SCREEN = "a headless run has no screen"
for _name, _result, _returns in (
    ("Count screens", 0.0, "real"), ("Screen width", 0.0, "real"), ("Screen height", 0.0, "real"),
    ("Menu bar height", 0.0, "real"), ("Menu bar screen", 0.0, "real"), ("SCREEN COORDINATES", None, None),
    ("SCREEN DEPTH", None, None),
):
    headless(_name, _NO_SCREEN, _result, _returns)

_NO_DIALOG = "no dialog can open headless"
for _name, _result, _returns in (
    ("OPEN COLOR PICKER", None, None), ("OPEN FONT PICKER", None, None), ("Select RGB color", 0.0, "real"),
):
    headless(_name, _NO_DIALOG, _result, _returns)

_NO_FONTS = "run4d draws no text: it has no fonts"
for _name, _result, _returns in (
    ("FONT LIST", None, None), ("FONT STYLE LIST", None, None), ("Font file", "", "text"),
    ("SET RECENT FONTS", None, None),
):
    headless(_name, _NO_FONTS, _result, _returns)

headless("Current client authentication", "no client/server connection: no client is authenticated", "", "text")

# GET SYSTEM FORMAT: format constant -> value (docs/commands-legacy/get-system-format.md).
FORMATS = {
    0: ".", 1: ",", 2: "$", 3: "HH:MM:SS", 4: "HH:MM:SS", 5: "HH:MM:SS",
    6: "MM/dd/yyyy", 7: "EEE, MMM d, yyyy", 8: "EEEE, MMMM d, yyyy",
    13: "/", 14: ":", 15: "2", 16: "1", 17: "3", 18: "AM", 19: "PM",
}


@command("GET SYSTEM FORMAT", outputs=(2,))
def get_system_format(format_, value):
    """GET SYSTEM FORMAT(format; value): a regional setting, as run4d formats dates, times and numbers."""
    kind = args.integer(format_, "GET SYSTEM FORMAT", 1)
    if kind not in FORMATS:
        raise err("bad_value", detail=f"GET SYSTEM FORMAT: unknown format {kind}")
    put(value, FORMATS[kind], "GET SYSTEM FORMAT", 2)
