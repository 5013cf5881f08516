"""Template pages of the Web server: 4D transformation tags in what it sends.

Stage: stdlib, runs in a web process. As 4D documents (WebServer/templates.md),
tags are processed in pages called by URL whose name ends in .shtm, .shtml,
.xml or .xsl (the $ forms too), in WEB SEND FILE's .htm, .html, .shtm, .shtml,
.xml and .xsl files, in WEB SEND TEXT's text and in WEB SEND BLOB's text/html
BLOBs (comment tags only). The tags' code runs in the web process; 4DINCLUDE
stays inside the root folder, 4DSCRIPT and 4DLOOP call only methods available
through 4D tags and URLs. Files are read as UTF-8 (docs/decisions.md).
"""

from __future__ import annotations

import os

from stdlib_4d.tags.render import Renderer

URL_PARSED = (".shtm", ".shtml", ".xml", ".xsl")  # pages called by URL (not .htm, .html)
SEND_FILE_PARSED = (".htm", ".html", ".shtm", ".shtml", ".xml", ".xsl")


def parsed_by_url(path: str) -> bool:
    return os.path.splitext(path)[1].lower() in URL_PARSED


def parsed_by_send_file(path: str) -> bool:
    return os.path.splitext(path)[1].lower() in SEND_FILE_PARSED


def process(text: str, root: str, folder: str | None = None, dollar: bool = False) -> str:
    """`text` with its tags processed; 4DINCLUDE paths relative to `folder` (else the root)."""
    if "<!--#" not in text and not (dollar and "$4d" in text.lower()):
        return text
    renderer = Renderer((), folder or root, web_root=root, display="Web template")
    return renderer.render_text(text, dollar=dollar)


def process_file(path: str, root: str, dollar: bool) -> bytes | None:
    """The file's bytes with its tags processed, or None when it holds no tag."""
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8-sig", "replace")
    done = process(text, root, os.path.dirname(path), dollar)
    if done is text:
        return None
    return done.encode("utf-8")
