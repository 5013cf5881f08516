"""JSON commands: JSON Stringify, JSON Parse, JSON Resolve pointers.

Stage: stdlib, over runtime/json4d.py (the writer and the parser). JSON
Validate lives in json_schema.py. JSON Resolve pointers follows RFC 6901
pointers in "$ref" properties, inside the object or in JSON files.
"""

from __future__ import annotations

import os
import urllib.parse

from runtime import json4d, lifecycle
from runtime.codes import err, type_name
from runtime.errors import Error4D
from runtime.registry import command
from runtime.values import STAR, UNDEF, Coll, Obj
from stdlib_4d import args, coerce

_PARSE_TYPES = (coerce.IS_BOOLEAN, coerce.IS_COLLECTION, coerce.IS_DATE, coerce.IS_LONGINT,
                coerce.IS_OBJECT, coerce.IS_REAL, coerce.IS_TEXT, coerce.IS_TIME)


@command("JSON Stringify", returns="text")
def json_stringify(value, star=UNDEF):
    """JSON Stringify(value{; *}): JSON text; * pretty-prints (a tab per level, ": " after names)."""
    return json4d.stringify(value, pretty=coerce.star(star, "JSON Stringify", 2))


@command("JSON Parse")
def json_parse(text, type_=UNDEF, star=UNDEF):
    """JSON Parse(text{; type}{; *}): a value from JSON text, converted to `type` if given.

    With *, a parsed object gets `__symbols` (line and offset of every property).
    Without a type, "YYYY-MM-DD" texts become dates, at any level.
    """
    if type_ is STAR and star is UNDEF:
        type_, star = UNDEF, STAR
    symbols = coerce.star(star, "JSON Parse", 3)
    source = args.text(text, "JSON Parse", 1)
    if type_ is UNDEF:
        return json4d.parse(source, symbols=symbols)
    code = args.integer(type_, "JSON Parse", 2)
    value = json4d.parse(source, symbols=symbols and code == coerce.IS_OBJECT, top_dates=False)
    return coerce.to_type(value, code, _PARSE_TYPES, "JSON Parse", 2)


# ---------------------------------------------------------------- JSON Resolve pointers

# run4d's error codes for JSON Resolve pointers (4D documents the fields, not the codes).
_E_FILE, _E_JSON, _E_POINTER, _E_URI = 1, 2, 3, 4


class _Failure(Exception):
    def __init__(self, code: int, message: str, uri: str, path: str) -> None:
        super().__init__(message)
        self.item = Obj(code=float(code), message=message, pointerURI=uri, referredPath=path)


class _Resolver:
    """Replaces {"$ref": "file#/pointer"} objects by what they designate, recursively.

    Objects are replaced by reference, so a pointer to an enclosing object makes a
    cycle (as 4D documents: pointers can express cyclic structures).
    """

    def __init__(self, merge: bool) -> None:
        self.merge = merge
        self.files: dict[str, object] = {}
        self.done: dict[int, object] = {}
        self.errors = Coll()

    def node(self, value, doc, folder: str, active: tuple = ()):
        if isinstance(value, Obj) and type(dict.get(value, "$ref")) is str:
            return self.reference(value, doc, folder, active)
        if id(value) in self.done or id(value) in active:
            return self.done.get(id(value), value)
        if isinstance(value, Obj):
            self.done[id(value)] = value
            for k, x in list(dict.items(value)):
                dict.__setitem__(value, k, self.node(x, doc, folder, active + (id(value),)))
        elif isinstance(value, Coll):
            self.done[id(value)] = value
            for i, x in enumerate(list.copy(value)):
                list.__setitem__(value, i, self.node(x, doc, folder, active + (id(value),)))
        return value

    def reference(self, holder: Obj, doc, folder: str, active: tuple):
        uri = dict.__getitem__(holder, "$ref")
        if id(holder) in active:
            return holder
        try:
            target, target_doc, target_folder = self.locate(uri, doc, folder)
        except _Failure as failure:
            self.errors.append(failure.item)
            return holder
        resolved = self.node(target, target_doc, target_folder, active + (id(holder),))
        if self.merge and isinstance(resolved, Obj):
            merged = Obj(dict.items(resolved))
            for k, x in dict.items(holder):
                if k != "$ref":
                    dict.__setitem__(merged, k, self.node(x, doc, folder, active + (id(holder),)))
            return merged
        return resolved

    def locate(self, uri: str, doc, folder: str):
        """(value designated by the URI, its document, the document's folder)."""
        location, _, fragment = uri.partition("#")
        if location:
            path = self.file_path(location, folder, uri)
            doc, folder = self.load(path, uri), os.path.dirname(path)
        return _pointer(doc, urllib.parse.unquote(fragment), uri, folder), doc, folder

    def file_path(self, location: str, folder: str, uri: str) -> str:
        if "://" in location:
            raise _Failure(_E_URI, "JSON files over the network are not resolved", uri, location)
        if location.startswith("/"):
            return _filesystem_path(location, uri)
        return os.path.normpath(os.path.join(folder, location))

    def load(self, path: str, uri: str):
        if path not in self.files:
            try:
                with open(path, encoding="utf-8") as f:
                    self.files[path] = json4d.parse(f.read())
            except OSError:
                raise _Failure(_E_FILE, f"Cannot read the file {path}", uri, path) from None
            except Error4D as e:
                raise _Failure(_E_JSON, f"Invalid JSON in {path}: {e.message}", uri, path) from None
        return self.files[path]


def _filesystem_path(location: str, uri: str) -> str:
    """A 4D filesystem path ("/RESOURCES/...", "/PACKAGE/...") in the folder of the run."""
    root = lifecycle.settings.get("root") or os.getcwd()
    head, _, rest = location.lstrip("/").partition("/")
    bases = {"RESOURCES": os.path.join(root, "Resources"), "PACKAGE": root, "PROJECT": root}
    if head not in bases:
        raise _Failure(_E_URI, f"Unsupported filesystem path {location}", uri, location)
    return os.path.normpath(os.path.join(bases[head], rest))


def _pointer(doc, pointer: str, uri: str, path: str):
    """The value an RFC 6901 pointer designates in `doc` ("" is the whole document)."""
    if pointer == "":
        return doc
    if not pointer.startswith("/"):
        raise _Failure(_E_POINTER, f"Invalid JSON pointer {pointer}", uri, path)
    value = doc
    for token in pointer[1:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(value, Obj) and dict.__contains__(value, token):
            value = dict.__getitem__(value, token)
        elif isinstance(value, Coll) and token.isdigit() and int(token) < len(value):
            value = list.__getitem__(value, int(token))
        else:
            raise _Failure(_E_POINTER, f"The JSON pointer {pointer} designates nothing", uri, path)
    return value


@command("JSON Resolve pointers", returns="object")
def json_resolve_pointers(obj, options=UNDEF):
    """JSON Resolve pointers(object{; options}): {value; success; errors}.

    options.rootFolder (a folder path) resolves relative file pointers, by default the
    run's Resources folder; options.merge merges the pointer object's other properties.
    When the result is an object, `object` itself is updated to it.
    """
    cmd = "JSON Resolve pointers"
    o = args.obj(obj, cmd, 1)
    opts = Obj() if options is UNDEF else args.obj(options, cmd, 2)
    if not isinstance(opts, Obj):
        raise err("bad_param_type", index=2, callee=cmd, detail=f"Object expected, got {type_name(opts)}")
    root = lifecycle.settings.get("root") or os.getcwd()
    folder = args.text(dict.get(opts, "rootFolder", os.path.join(root, "Resources")), cmd, 2)
    resolver = _Resolver(dict.get(opts, "merge") is True)
    value = resolver.node(o, o, folder) if o is not None else None
    if isinstance(value, Obj) and isinstance(o, Obj) and value is not o:
        snapshot = list(dict.items(value))
        dict.clear(o)
        for k, x in snapshot:
            dict.__setitem__(o, k, x)
        value = o
    result = Obj(success=len(resolver.errors) == 0, value=value)
    if resolver.errors:
        dict.__setitem__(result, "errors", resolver.errors)
    return result
