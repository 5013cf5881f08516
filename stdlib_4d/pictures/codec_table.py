"""Picture codecs: formats recognized from bytes, conversions with Pillow, sizes.

Stage: stdlib support. A codec is named as 4D names it: an extension (".png") or a
MIME type ("image/png"). Raster formats are decoded and encoded by Pillow; an SVG
picture is its XML text, measured from its width/height (or viewBox) attributes
and never rasterized.
"""

from __future__ import annotations

import io
import re

from runtime.values import Picture

# codec extension -> (MIME type, Pillow format name or None when Pillow cannot write it)
CODECS = {
    ".png": ("image/png", "PNG"),
    ".jpg": ("image/jpeg", "JPEG"),
    ".gif": ("image/gif", "GIF"),
    ".bmp": ("image/bmp", "BMP"),
    ".tif": ("image/tiff", "TIFF"),
    ".webp": ("image/webp", "WEBP"),
    ".ico": ("image/x-icon", "ICO"),
    ".svg": ("image/svg+xml", None),
    ".pdf": ("application/pdf", None),
}
_ALIASES = {".jpeg": ".jpg", ".jpe": ".jpg", ".tiff": ".tif", ".svgz": ".svg"}
_NAMES = {".png": "PNG", ".jpg": "JPEG", ".gif": "GIF", ".bmp": "BMP", ".tif": "TIFF", ".webp": "WebP",
          ".ico": "Windows Icon", ".svg": "SVG", ".pdf": "PDF"}


def codec_id(codec: str) -> str | None:
    """The extension a codec text names (".jpeg" and "image/jpeg" give ".jpg"), None if unknown."""
    c = codec.strip().lower()
    if not c:
        return None
    if "/" in c:
        return next((ext for ext, (mime, _) in CODECS.items() if mime == c), None)
    if not c.startswith("."):
        c = "." + c
    c = _ALIASES.get(c, c)
    return c if c in CODECS else None


def codec_name(ext: str) -> str:
    return _NAMES.get(ext, ext)


def format_of(data: bytes) -> str | None:
    """The codec of encoded picture bytes, from their signature; None when not a known picture."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return ".png"
    if data.startswith(b"\xff\xd8\xff"):
        return ".jpg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return ".gif"
    if data.startswith(b"BM") and len(data) > 14:
        return ".bmp"
    if data[:4] in (b"II*\0", b"MM\0*"):
        return ".tif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ".webp"
    if data[:4] == b"\0\0\1\0":
        return ".ico"
    if data.startswith(b"%PDF"):
        return ".pdf"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"<?xml", b"<svg", b"<!DOCTYPE svg", b"<!--")) and b"<svg" in data[:65536]:
        return ".svg"
    return None


def bytes_of(picture) -> bytes:
    """The bytes of a picture value (an unset picture variable holds none)."""
    if isinstance(picture, Picture):
        return picture.data
    return b""


def _open(data: bytes):
    from PIL import Image

    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def encode(data: bytes, target: str, quality: float | None = None) -> bytes | None:
    """The picture re-encoded in the target codec; the same bytes when it is already in it; None when
    run4d cannot convert it (a vector source or target, an unreadable picture)."""
    source = format_of(data)
    if source == target:
        return data
    fmt = CODECS[target][1]
    if source is None or fmt is None or CODECS[source][1] is None:
        return None
    try:
        image = _open(data)
        if fmt == "JPEG" and image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        out = io.BytesIO()
        options = {"quality": max(1, min(95, int(quality * 100)))} if fmt == "JPEG" and quality else {}
        image.save(out, format=fmt, **options)
        return out.getvalue()
    except (OSError, ValueError, SyntaxError):
        return None


def _svg_length(text: str | None) -> float | None:
    if not text:
        return None
    m = re.match(r"\s*([0-9.]+)\s*(px)?\s*$", text)
    return float(m.group(1)) if m else None


def size_of(data: bytes) -> tuple[float, float]:
    """(width, height) in pixels; (0, 0) for an empty or unreadable picture."""
    kind = format_of(data)
    if kind == ".svg":
        from lxml import etree

        try:
            root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError:
            return 0.0, 0.0
        w, h = _svg_length(root.get("width")), _svg_length(root.get("height"))
        box = (root.get("viewBox") or "").replace(",", " ").split()
        if (w is None or h is None) and len(box) == 4:
            w = w if w is not None else float(box[2])
            h = h if h is not None else float(box[3])
        return w or 0.0, h or 0.0
    if kind is None or CODECS[kind][1] is None:
        return 0.0, 0.0
    try:
        image = _open(data)
    except (OSError, ValueError, SyntaxError):
        return 0.0, 0.0
    return float(image.width), float(image.height)


def thumbnail(data: bytes, width: int, height: int, mode: int) -> bytes | None:
    """A thumbnail (PNG unless the source is JPEG): 2 scaled to fit, 5 proportional, 6 proportional
    centered on a white width x height background."""
    from PIL import Image

    width, height = max(width, 1), max(height, 1)
    if not data:
        # An empty source has no content: all of the thumbnail is free space, which 4D
        # fills with white (docs/decisions.md, "Pictures").
        out = io.BytesIO()
        Image.new("RGB", (width, height), "white").save(out, format="PNG")
        return out.getvalue()
    kind = format_of(data)
    if kind is None or CODECS[kind][1] is None:
        return None
    try:
        image = _open(data)
    except (OSError, ValueError, SyntaxError):
        return None
    if mode == 2:
        result = image.resize((width, height))
    else:
        ratio = min(width / image.width, height / image.height)
        size = (max(int(round(image.width * ratio)), 1), max(int(round(image.height * ratio)), 1))
        result = image.resize(size)
        if mode != 5:
            canvas = Image.new("RGBA" if result.mode in ("RGBA", "LA", "P") else "RGB", (width, height), "white")
            canvas.paste(result, ((width - size[0]) // 2, (height - size[1]) // 2))
            result = canvas
    out = io.BytesIO()
    if kind == ".jpg":
        result.convert("RGB").save(out, format="JPEG")
    else:
        result.save(out, format="PNG")
    return out.getvalue()


def pixels(data: bytes):
    """The picture decoded as RGBA by Pillow; None for an empty, vector or unreadable picture."""
    kind = format_of(data)
    if kind is None or CODECS[kind][1] is None:
        return None
    try:
        return _open(data).convert("RGBA")
    except (OSError, ValueError, SyntaxError):
        return None


def png_of(image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
