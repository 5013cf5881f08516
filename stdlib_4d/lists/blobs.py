"""Hierarchical lists in blobs: LIST TO BLOB, BLOB to list.

Stage: stdlib commands. 4D stores a list "using a 4D internal format" it does not describe; run4d
writes its own (docs/decisions.md, "Hierarchical lists"): the 4 bytes "r4dL", the length of the
body (4 bytes, little-endian) and the body, the list as UTF-8 JSON: its properties and its items
(reference, text, expanded state, parameters with their types, properties, icon picture as base64)
with their sublists nested. BLOB to list makes the sublists new lists of their own.
"""

from __future__ import annotations

import base64
import json
import struct

from runtime.registry import command
from runtime.values import STAR, UNDEF, Picture
from stdlib_4d.blob import _advance, _offset, read_bytes, write_at
from stdlib_4d.lists import store
from stdlib_4d.lists.store import LOCK, HList, Item

MAGIC = b"r4dL"


def _dump(hl: HList, seen: set[int]) -> dict:
    items = []
    for item in hl.items:
        props = {k: v for k, v in item.props.items() if k != "picture"}
        entry = {"ref": item.ref, "text": item.text, "expanded": item.expanded,
                 "params": [[k, v] for k, v in item.params.items()], "props": props}
        picture = item.props.get("picture")
        if picture is not None:
            entry["picture"] = base64.b64encode(picture.data).decode("ascii")
        sub = store.sublist_of(item)
        if sub is not None and id(sub) not in seen:
            entry["sublist"] = _dump(sub, seen | {id(sub)})
        items.append(entry)
    return {"props": hl.props, "items": items}


def _load(body: dict) -> int:
    hl = HList(props={str(k): int(v) for k, v in dict(body.get("props", {})).items()})
    for entry in body["items"]:
        params = {}
        for name, value in entry.get("params", []):
            params[str(name)] = float(value) if type(value) is int else value
        item = Item(int(entry["ref"]), str(entry["text"]), 0, bool(entry.get("expanded", False)), params,
                    dict(entry.get("props", {})))
        if "picture" in entry:
            item.props["picture"] = Picture(base64.b64decode(entry["picture"]))
        if "sublist" in entry:
            item.sublist = _load(entry["sublist"])
        hl.items.append(item)
    return store.new_list(hl)


@command("LIST TO BLOB", outputs=(2,))
def list_to_blob(ref, blob, star=UNDEF):
    """LIST TO BLOB(list; blob{; *}): store the list (and its sublists) in the blob, replacing its
    contents, or appended with *; OK = 1."""
    cmd = "LIST TO BLOB"
    store.set_ok(False)
    with LOCK:
        _, hl = store.the_list(ref, cmd)
        body = json.dumps(_dump(hl, {id(hl)}), ensure_ascii=False).encode("utf-8")
    write_at(blob, MAGIC + struct.pack("<I", len(body)) + body, STAR if star is STAR else UNDEF, cmd, 3)
    store.set_ok(True)


@command("BLOB to list", returns="integer", outputs=(2,))
def blob_to_list(blob, offset=UNDEF):
    """BLOB to list(blob{; offset}): a new list made from what LIST TO BLOB stored at the offset (the
    offset variable then points past it); 0 and OK = 0 when the bytes there are not such a list."""
    cmd = "BLOB to list"
    store.set_ok(False)
    data = read_bytes(blob, cmd, 1)
    at = 0 if offset is UNDEF else _offset(offset, cmd, 2)
    if data[at:at + 4] != MAGIC or len(data) < at + 8:
        return 0.0
    (size,) = struct.unpack_from("<I", data, at + 4)
    end = at + 8 + size
    if len(data) < end:
        return 0.0
    try:
        body = json.loads(data[at + 8:end].decode("utf-8"))
        with LOCK:
            ref = _load(body)
    except (ValueError, KeyError, TypeError):
        return 0.0
    _advance(offset, end)
    store.set_ok(True)
    return float(ref)
