"""Converting and measuring pictures: PICTURE TO BLOB, BLOB TO PICTURE, CONVERT PICTURE,
CREATE THUMBNAIL, Picture size, PICTURE PROPERTIES, GET PICTURE FORMATS, PICTURE CODEC LIST.

Stage: stdlib commands over codec_table.py. A conversion run4d cannot make (to or
from a vector format, an unknown codec) sets OK to 0, as 4D does when a codec is
missing.
"""

from __future__ import annotations

from runtime.codes import err
from runtime.registry import command
from runtime.support import out_target
from runtime.values import UNDEF, Pointer
from stdlib_4d import args
from stdlib_4d.blob import check_blob_target, read_bytes, write_new_blob
from stdlib_4d.files.documents import set_ok
from stdlib_4d.pictures.codec_table import CODECS, bytes_of, codec_id, codec_name, encode, format_of, size_of, thumbnail
from stdlib_4d.pictures.files import store_picture


def _picture(value) -> bytes:
    return bytes_of(value.get() if type(value) is Pointer else value)


def _put_number(target, value: float) -> None:
    target = out_target(target)
    if type(target) is Pointer:
        target.set(int(value) if type(target.get()) is int else float(value))


@command("PICTURE TO BLOB", outputs=(2,))
def picture_to_blob(picture, blob, codec):
    """PICTURE TO BLOB(picture; pictureBlob; codec): the picture in that codec in a blob (OK=0 and an
    empty blob when run4d cannot convert it)."""
    cmd = "PICTURE TO BLOB"
    check_blob_target(blob, cmd, 2, new=True)
    wanted = codec_id(args.text(codec, cmd, 3))
    out = encode(_picture(picture), wanted) if wanted is not None else None
    write_new_blob(blob, out or b"", cmd, 2)
    set_ok(out is not None)


@command("BLOB TO PICTURE", outputs=(2,))
def blob_to_picture(blob, picture, codec=UNDEF):
    """BLOB TO PICTURE(pictureBlob; picture{; codec}): a picture from encoded bytes (OK=0 when they are
    not a picture run4d recognizes)."""
    cmd = "BLOB TO PICTURE"
    data = read_bytes(blob, cmd, 1)
    if codec is not UNDEF:
        args.text(codec, cmd, 3)  # the format is read from the bytes themselves
    if format_of(data) is None:
        set_ok(False)
        return
    store_picture(picture, data, cmd, 2)
    set_ok(True)


@command("CONVERT PICTURE", outputs=(1,))
def convert_picture(picture, codec, compression=UNDEF):
    """CONVERT PICTURE(picture; codec{; compression}): re-encode a picture in place (compression: the
    JPEG quality from 0 to 1)."""
    cmd = "CONVERT PICTURE"
    wanted = codec_id(args.text(codec, cmd, 2))
    quality = None if compression is UNDEF else float(args.number(compression, cmd, 3))
    out = encode(_picture(picture), wanted, quality) if wanted is not None else None
    if out is None:
        set_ok(False)
        return
    store_picture(picture, out, cmd, 1)
    set_ok(True)


@command("CREATE THUMBNAIL", outputs=(2,))
def create_thumbnail(source, dest, width=UNDEF, height=UNDEF, mode=UNDEF, depth=UNDEF):
    """CREATE THUMBNAIL(source; dest{; width{; height{; mode{; depth}}}}): a width x height (48 x 48)
    thumbnail; mode 2 scaled to fit, 5 proportional, 6 proportional centered (default)."""
    cmd = "CREATE THUMBNAIL"
    w = 48 if width is UNDEF else args.integer(width, cmd, 3)
    h = 48 if height is UNDEF else args.integer(height, cmd, 4)
    m = 6 if mode is UNDEF else args.integer(mode, cmd, 5)
    if m not in (2, 5, 6):
        raise err("bad_value", detail=f"{cmd}: mode {m} (Scaled to fit 2, proportional 5, prop centered 6)")
    out = thumbnail(_picture(source), w, h, m)
    if out is None:
        set_ok(False)
        return
    store_picture(dest, out, cmd, 2)
    set_ok(True)


@command("Picture size", returns="real")
def picture_size(picture):
    """Picture size(picture): the size of the picture in bytes."""
    return float(len(_picture(picture)))


@command("PICTURE PROPERTIES", outputs=(2, 3, 4, 5, 6))
def picture_properties(picture, width, height, h_offset=UNDEF, v_offset=UNDEF, mode=UNDEF):
    """PICTURE PROPERTIES(picture; width; height{; hOffset{; vOffset{; mode}}}): its size in pixels
    (an SVG picture's from its attributes); the background offsets and mode are 0 (no form)."""
    w, h = size_of(_picture(picture))
    _put_number(width, w)
    _put_number(height, h)
    for target in (h_offset, v_offset, mode):
        _put_number(target, 0)


def _fill(target, values: list[str], cmd: str, index: int) -> None:
    from stdlib_4d.arrays.base import out_array
    from stdlib_4d.arrays.bridge import fill

    fill(out_array(target, cmd, index, "text"), values, cmd)


@command("GET PICTURE FORMATS", outputs=(2,))
def get_picture_formats(picture, codec_ids):
    """GET PICTURE FORMATS(picture; codecIDs): the codec of the picture (none when it is empty)."""
    kind = format_of(_picture(picture))
    _fill(codec_ids, [kind] if kind else [], "GET PICTURE FORMATS", 2)


@command("PICTURE CODEC LIST", outputs=(1, 2))
def picture_codec_list(codec_ids, names=UNDEF, star=UNDEF):
    """PICTURE CODEC LIST(codecArray{; namesArray{; *}}): the codecs run4d reads (and, with raster
    formats, writes)."""
    cmd = "PICTURE CODEC LIST"
    codecs = list(CODECS)
    _fill(codec_ids, codecs, cmd, 1)
    if names is not UNDEF:
        _fill(names, [codec_name(c) for c in codecs], cmd, 2)
