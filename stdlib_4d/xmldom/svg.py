"""SVG EXPORT TO PICTURE: an SVG tree as a picture value.

Stage: stdlib command. The picture holds the tree's XML text (4D's native form
for an SVG picture, which its SVG engine redraws; run4d renders nothing), so
PICTURE PROPERTIES, WRITE PICTURE FILE(".svg") and the like work on it.
Own XML data source (2) hands the tree over: its references are closed.
"""

from __future__ import annotations

from runtime.codes import err
from runtime.registry import command
from runtime.values import UNDEF
from stdlib_4d import args
from stdlib_4d.pictures.files import store_picture
from stdlib_4d.xmldom import refs
from stdlib_4d.xmldom.parse import serialize, set_ok

GET_XML_DATA_SOURCE, COPY_XML_DATA_SOURCE, OWN_XML_DATA_SOURCE = 0, 1, 2


@command("SVG EXPORT TO PICTURE", outputs=(2,))
def svg_export_to_picture(element_ref, pict_var, export_type=UNDEF):
    """SVG EXPORT TO PICTURE(elementRef; pictVar{; exportType}): the SVG tree as a picture (0 get,
    1 copy (default), 2 own the XML data source)."""
    cmd = "SVG EXPORT TO PICTURE"
    doc, _node = refs.lookup(element_ref, cmd)
    mode = COPY_XML_DATA_SOURCE if export_type is UNDEF else args.integer(export_type, cmd, 3)
    if mode not in (GET_XML_DATA_SOURCE, COPY_XML_DATA_SOURCE, OWN_XML_DATA_SOURCE):
        raise err("bad_value", detail=f"{cmd}: export type {mode} (0, 1 or 2)")
    store_picture(pict_var, serialize(doc, doc.tree.getroot()), cmd, 2)
    if mode == OWN_XML_DATA_SOURCE:
        refs.close(doc)
    set_ok(True)
