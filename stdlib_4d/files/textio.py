"""Text in documents: character sets, byte order marks and line-break modes.

Stage: stdlib support shared by File.getText/setText, the FileHandle, the
ZIP files and the document commands (Document to text, TEXT TO DOCUMENT).
Character sets are the ones CONVERT FROM TEXT knows (by name or MIBEnum);
a "-no-bom" suffix writes no byte order mark. Reading: a byte order mark in
the document wins over the character set asked for; the default is UTF-8.
Writing: UTF-8 without a mark by default; a Unicode set named explicitly
gets its mark. Line breaks: "native" is LF on Linux.
"""

from __future__ import annotations

import codecs

from runtime.codes import err
from runtime.values import UNDEF
from stdlib_4d import args
from stdlib_4d.blob_codecs import BOMS, NO_BOM, codec_for

# Document unchanged 0, with native format 1, with CRLF 2, with CR 3, with LF 4.
BREAKS = {0: None, 1: "\n", 2: "\r\n", 3: "\r", 4: "\n"}
BREAK_NAMES = {"native": 1, "crlf": 2, "cr": 3, "lf": 4}
NAMES_OF_BREAK = {0: "unchanged", 1: "native", 2: "crlf", 3: "cr", 4: "lf"}
# The sets that have a byte order mark: the ones that name no byte order (UTF-16LE and
# the like say it in their name and, by Unicode's rule, carry no mark).
_MARKS = {"utf-8": codecs.BOM_UTF8, "utf-16": codecs.BOM_UTF16_LE, "utf-32": codecs.BOM_UTF32_LE}


class Charset:
    """A character set as a document uses it: the codec and whether a mark is written."""

    __slots__ = ("codec", "mark", "name")

    def __init__(self, codec: str, mark: bool, name: str) -> None:
        self.codec = NO_BOM.get(codec, codec)
        self.mark = _MARKS.get(codec, b"") if mark else b""
        self.name = name


UTF8 = Charset("utf-8", False, "UTF-8")


def charset(value, cmd: str, index: int) -> Charset:
    """The Charset of a parameter (name or MIBEnum; omitted: UTF-8 without mark)."""
    if value is UNDEF:
        return UTF8
    name = value
    mark = True
    if type(value) is str:
        name = value.strip()
        if name.lower().endswith("-no-bom"):
            name, mark = name[:-7], False
    codec = codec_for(name, cmd, index)
    if codec is None:
        raise err("bad_value", detail=f"{cmd}: unknown character set {value!r}")
    return Charset(codec, mark, name if type(name) is str else str(int(name)))


def break_mode(value, cmd: str, index: int, default: int = 1) -> int:
    """A line-break mode: 0 to 4, or (FileHandle options) "native", "crlf", "cr", "lf"."""
    if value is UNDEF:
        return default
    if type(value) is str:
        if value in BREAK_NAMES:
            return BREAK_NAMES[value]
        raise err("bad_value", detail=f'{cmd}: unknown line-break mode "{value}" (native, crlf, cr or lf)')
    mode = args.integer(value, cmd, index)
    if mode not in BREAKS:
        raise err("bad_value", detail=f"{cmd}: unknown line-break mode {mode} (0 to 4)")
    return mode


def convert_breaks(text: str, mode: int) -> str:
    """Every CRLF, CR and LF of `text` as the mode's line break."""
    target = BREAKS[mode]
    if target is None or ("\r" not in text and (target == "\n" or "\n" not in text)):
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text if target == "\n" else text.replace("\n", target)


def decode(data: bytes, cs: Charset, mode: int) -> str:
    """A document's bytes as text (a byte order mark chooses the set)."""
    codec = cs.codec
    if data[:1] in (b"\xef", b"\xff", b"\xfe", b"\x00"):
        for bom, marked in BOMS:
            if data.startswith(bom):
                data, codec = data[len(bom):], marked
                break
    return convert_breaks(data.decode(codec, errors="replace"), mode)


def encode(text: str, cs: Charset, mode: int, mark: bool = True) -> bytes:
    """Text as a document's bytes (the set's mark first when `mark`)."""
    data = convert_breaks(text, mode).encode(cs.codec, errors="replace")
    return cs.mark + data if mark and cs.mark else data
