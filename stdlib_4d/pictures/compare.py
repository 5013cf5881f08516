"""Equal pictures: two pictures compared pixel by pixel, with the mask of their differences.

Stage: stdlib command over codec_table.py (Pillow). 4D has no comparison operator on
pictures (dt_picture.md): `=` on pictures is a type error, and this command is the
documented way to compare them.
"""

from __future__ import annotations

from runtime.registry import command
from stdlib_4d.files.documents import set_ok
from stdlib_4d.pictures.codec_table import format_of, pixels, png_of, size_of
from stdlib_4d.pictures.convert import _picture
from stdlib_4d.pictures.files import store_picture


@command("Equal pictures", returns="boolean", outputs=(3,))
def equal_pictures(picture1, picture2, mask):
    """Equal pictures(picture1; picture2; mask): True when both pictures have the same dimensions and
    pixels. mask: black where they match, white where they differ; blank when their sizes differ.
    OK=0 when either picture is empty."""
    cmd = "Equal pictures"
    first, second = _picture(picture1), _picture(picture2)
    if not first or not second:
        store_picture(mask, b"", cmd, 3)
        set_ok(False)
        return False
    set_ok(True)
    size = size_of(first)
    if size != size_of(second) or size == (0.0, 0.0):
        store_picture(mask, b"", cmd, 3)
        return False
    a, b = pixels(first), pixels(second)
    if a is None or b is None:
        # Vector pictures (SVG, PDF) are not rendered by run4d: they are equal when their bytes
        # are (docs/decisions.md, "Pictures"); the mask is all black then, blank otherwise.
        same = first == second and format_of(first) == format_of(second)
        store_picture(mask, _black(size) if same else b"", cmd, 3)
        return same
    from PIL import Image, ImageChops

    # A pixel differs when any of its RGBA channels differ: white on black.
    r, g, b_, alpha = ImageChops.difference(a, b).split()
    diff = ImageChops.lighter(ImageChops.lighter(r, g), ImageChops.lighter(b_, alpha))
    diff = diff.point(lambda v: 255 if v else 0)
    store_picture(mask, png_of(Image.merge("RGB", (diff, diff, diff))), cmd, 3)
    return diff.getbbox() is None


def _black(size: tuple[float, float]) -> bytes:
    from PIL import Image

    return png_of(Image.new("RGB", (max(int(size[0]), 1), max(int(size[1]), 1)), "black"))
