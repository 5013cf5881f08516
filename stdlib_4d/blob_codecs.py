"""Blob encodings: character sets, Base64 and digests.

Stage: stdlib. Convert to text / CONVERT FROM TEXT (character sets by name
or MIBEnum, as 4D lists them), BASE64 ENCODE / BASE64 DECODE and Generate
digest. Parameters written into are by reference, as in stdlib_4d/blob.py:
the variable passed there receives the result.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import hashlib
import re

from runtime.codes import err, type_name
from runtime.process import current
from runtime.registry import command
from runtime.support import out_target
from runtime.values import STAR, UNDEF, Pointer
from stdlib_4d import args, coerce
from stdlib_4d.blob import Blob4D, read_bytes, write_new_blob, write_text

# MIBEnum -> (Python codec, the names 4D accepts, "|"-separated). 4D lists
# x-mac-hebrew (1255) and a second x-mac-ce (1257): Python has no codec for them.
_CHARSETS = {
    1017: ("utf-32", "UTF-32"), 1018: ("utf-32-be", "UTF-32BE"), 1019: ("utf-32-le", "UTF-32LE"),
    1015: ("utf-16", "UTF-16"), 1013: ("utf-16-be", "UTF-16BE"), 1014: ("utf-16-le", "UTF-16LE"),
    106: ("utf-8", "UTF-8"), 1012: ("utf-7", "UTF-7"),
    3: ("ascii", "US-ASCII|ANSI_X3.4-1968|ANSI_X3.4-1986|ASCII|cp367|csASCII|IBM367|"
                 "iso-ir-6|ISO_646.irv:1991|ISO646-US|us"),
    2011: ("cp437", "IBM437|cp437|437|csPC8CodePage437"),
    2028: ("cp037", "ebcdic-cp-us|cp037|csIBM037|ebcdic-cp-ca|ebcdic-cp-n|ebcdic-cp-wt|IBM037"),
    2027: ("mac_roman", "MacRoman|x-mac-roman|mac|macintosh|csMacintosh"),
    2252: ("cp1252", "windows-1252"), 1250: ("mac_latin2", "MacCE|x-mac-ce"),
    2250: ("cp1250", "windows-1250"),
    1251: ("mac_cyrillic", "x-mac-cyrillic"), 2251: ("cp1251", "windows-1251"),
    1253: ("mac_greek", "x-mac-greek"), 2253: ("cp1253", "windows-1253"),
    1254: ("mac_turkish", "x-mac-turkish"), 2254: ("cp1254", "windows-1254"),
    1256: ("mac_arabic", "x-mac-arabic"), 2256: ("cp1256", "windows-1256"),
    2255: ("cp1255", "windows-1255"), 2257: ("cp1257", "windows-1257"),
    17: ("shift_jis", "Shift_JIS|csShiftJIS|MS_Kanji|Shift-JIS"),
    39: ("iso2022_jp", "ISO-2022-JP|csISO2022JP"),
    2026: ("big5", "Big5|csBig5"), 38: ("euc_kr", "EUC-KR|csEUCKR"), 2084: ("koi8_r", "KOI8-R|csKOI8R"),
    4: ("latin_1", "ISO-8859-1|CP819|csISOLatin1|IBM819|iso-ir-100|ISO_8859-1|ISO_8859-1:1987|l1|latin1"),
    5: ("iso8859_2", "ISO-8859-2|csISOLatin2|iso-ir-101|ISO_8859-2|ISO_8859-2:1987|l2|latin2"),
    6: ("iso8859_3", "ISO-8859-3|csISOLatin3|ISO-8859-3:1988|iso-ir-109|ISO_8859-3|l3|latin3"),
    7: ("iso8859_4", "ISO-8859-4|csISOLatin4|ISO-8859-4:1988|iso-ir-110|ISO_8859-4|l4|latin4"),
    8: ("iso8859_5", "ISO-8859-5|csISOLatinCyrillic|cyrillic|ISO-8859-5:1988|iso-ir-144|ISO_8859-5"),
    9: ("iso8859_6", "ISO-8859-6|arabic|ASMO-708|csISOLatinArabic|ECMA-114|ISO-8859-6:1987|iso-ir-127|"
                     "ISO_8859-6"),
    10: ("iso8859_7", "ISO-8859-7|csISOLatinGreek|ECMA-118|ELOT_928|greek|greek8|iso-ir-126|ISO_8859-7|"
                      "ISO_8859-7:1987"),
    11: ("iso8859_8", "ISO-8859-8|csISOLatinHebrew|hebrew|iso-ir-138|ISO_8859-8|ISO_8859-8:1988"),
    12: ("iso8859_9", "ISO-8859-9|csISOLatin5|iso-ir-148|ISO_8859-9|ISO_8859-9:1989|l5|latin5"),
    13: ("iso8859_10", "ISO-8859-10|csISOLatin6|iso-ir-157|ISO_8859-10|ISO_8859-10:1992|l6|latin6"),
    109: ("iso8859_13", "ISO-8859-13"), 111: ("iso8859_15", "ISO-8859-15|Latin-9"), 113: ("gbk", "GBK"),
    2025: ("gb2312", "GB2312|csGB2312|x-mac-chinesesimp"), 2024: ("cp932", "Windows-31J"),
    57: ("gb2312", "GB_2312-80|csISO58GB231280"),
}
_BY_NAME = {name.lower(): mib for mib, (_, names) in _CHARSETS.items() for name in names.split("|")}

# Byte order marks recognised by Convert to text for the Unicode sets (longest first).
BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# Without a byte order mark, run4d reads and writes the Unicode sets little-endian and
# writes no mark (4D does not say; little-endian is its native order on Intel and ARM).
NO_BOM = {"utf-32": "utf-32-le", "utf-16": "utf-16-le"}


def codec_for(charset, cmd: str, index: int) -> str | None:
    """The Python codec for a character set name or MIBEnum (None if unknown)."""
    if type(charset) is str:
        mib = _BY_NAME.get(charset.strip().lower())
    else:
        mib = args.integer(charset, cmd, index)
    found = _CHARSETS.get(mib) if mib is not None else None
    return found[0] if found is not None else None


def _set_ok(ok: bool) -> None:
    current().vars["ok"] = 1.0 if ok else 0.0


@command("Convert to text", returns="text")
def convert_to_text(blob, charset):
    """Convert to text(blob; charSet): decode a blob (a byte order mark overrides a Unicode set).

    An unknown character set sets OK to 0 and returns "" (bad bytes become U+FFFD).
    """
    data = read_bytes(blob, "Convert to text", 1)
    codec = codec_for(charset, "Convert to text", 2)
    if codec is None:
        _set_ok(False)
        return ""
    if codec.startswith("utf-"):
        for bom, marked in BOMS:
            if data.startswith(bom):
                data, codec = data[len(bom):], marked
                break
    _set_ok(True)
    return data.decode(NO_BOM.get(codec, codec), errors="replace")


@command("CONVERT FROM TEXT", outputs=(3,))
def convert_from_text(text, charset, converted_blob):
    """CONVERT FROM TEXT(text; charSet; blob): encode a text (unmappable characters become "?")."""
    t = args.text(text, "CONVERT FROM TEXT", 1)
    codec = codec_for(charset, "CONVERT FROM TEXT", 2)
    if codec is None:
        _set_ok(False)
        write_new_blob(converted_blob, b"", "CONVERT FROM TEXT", 3)
        return
    data = t.encode(NO_BOM.get(codec, codec), errors="replace")
    write_new_blob(converted_blob, data, "CONVERT FROM TEXT", 3)
    _set_ok(True)


# ---------------------------------------------------------------- Base64


def _source(value, cmd: str) -> bytes:
    """What BASE64 ENCODE/DECODE and Generate digest read: a Text (as UTF-8) or a blob."""
    v = out_target(value)
    if type(v) is Pointer:
        v = v.get()
    if type(v) is str:
        return v.encode("utf-8")
    if isinstance(v, (bytes, bytearray, Blob4D)) or v is UNDEF:
        return read_bytes(v, cmd, 1)
    raise err("bad_param_type", index=1, callee=cmd, detail=f"Text or Blob expected, got {type_name(v)}")


def _split_star(second, star, cmd: str) -> tuple[object, bool]:
    """(the receiving parameter or UNDEF, Base64URL?) from BASE64's optional parameters."""
    if second is STAR and star is UNDEF:
        return UNDEF, True
    return second, coerce.star(star, cmd, 3)


def _deliver(target, data: bytes, cmd: str, index: int) -> None:
    """Write a result as Text or Blob, by the kind of the receiving variable.

    A variable holding Text or nothing yet receives Text (UTF-8 decoded); one
    holding a blob receives a blob.
    """
    target = out_target(target)
    current_value = target.get() if type(target) is Pointer else target
    if type(current_value) is str or (type(target) is Pointer and current_value is UNDEF):
        write_text(target, data.decode("utf-8", errors="replace"), cmd, index)
    else:
        write_new_blob(target, data, cmd, index)


@command("BASE64 ENCODE", outputs=(1, 2))
def base64_encode(to_encode, encoded=UNDEF, star=UNDEF):
    """BASE64 ENCODE(toEncode{; encoded}{; *}): Base64 (Base64URL with *, unpadded).

    Without `encoded`, toEncode itself (a Text or Blob variable) receives the result.
    """
    encoded, url = _split_star(encoded, star, "BASE64 ENCODE")
    data = _source(to_encode, "BASE64 ENCODE")
    result = base64.urlsafe_b64encode(data).rstrip(b"=") if url else base64.b64encode(data)
    target, index = (to_encode, 1) if encoded is UNDEF else (encoded, 2)
    _deliver(target, result, "BASE64 ENCODE", index)


_B64_SPACE = re.compile(rb"\s+")


def b64_decode(data: bytes, url: bool) -> bytes:
    """Decode Base64 or Base64URL (padding optional); invalid input gives empty bytes."""
    data = _B64_SPACE.sub(b"", data)
    data += b"=" * (-len(data) % 4)
    try:
        if url:
            if re.search(rb"[^A-Za-z0-9_\-=]", data):
                return b""
            return base64.urlsafe_b64decode(data)
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return b""


@command("BASE64 DECODE", outputs=(1, 2))
def base64_decode(to_decode, decoded=UNDEF, star=UNDEF):
    """BASE64 DECODE(toDecode{; decoded}{; *}): decode Base64 (Base64URL with *).

    Invalid contents give an empty result; a Text receiver gets the bytes read as UTF-8.
    """
    decoded, url = _split_star(decoded, star, "BASE64 DECODE")
    result = b64_decode(_source(to_decode, "BASE64 DECODE"), url)
    target, index = (to_decode, 1) if decoded is UNDEF else (decoded, 2)
    _deliver(target, result, "BASE64 DECODE", index)


# ---------------------------------------------------------------- digests

_DIGESTS = {0: "md5", 1: "sha1", 3: "sha256", 4: "sha512"}


@command("Generate digest", returns="text")
def generate_digest(param, algorithm, star=UNDEF):
    """Generate digest(blob or text; algorithm{; *}): hex digest (Base64URL with *).

    Texts are digested as UTF-8. The obsolete "4D digest" (2) is not supported.
    """
    data = _source(param, "Generate digest")
    algo = args.integer(algorithm, "Generate digest", 2)
    if algo not in _DIGESTS:
        raise err("bad_value", detail=f"Generate digest: unsupported algorithm {algo} "
                                      "(MD5 digest 0, SHA1 digest 1, SHA256 digest 3, SHA512 digest 4)")
    digest = hashlib.new(_DIGESTS[algo], data)
    if coerce.star(star, "Generate digest", 3):
        return base64.urlsafe_b64encode(digest.digest()).rstrip(b"=").decode("ascii")
    return digest.hexdigest()


__all__ = ["Blob4D"]
