"""JSON Validate: JSON Schema validation (draft 4, the version 4D implements).

Stage: stdlib. Every draft-4 validation keyword is checked, with the error
codes and messages of 4D's table. Not supported, and reported as an invalid
schema: `$ref` to anything outside the schema, and the keywords of later
drafts (const, contains, if...), which draft 4 does not define. Paths in
errors are run4d's choice (4D does not show their form): jsonPath in
JSONPath notation ("$.list[0].name"), schemaPaths a JSON pointer into the
schema ("#/properties/list/items/type").
"""

from __future__ import annotations

import ipaddress
import json
import math
import re
import urllib.parse

from runtime import json4d
from runtime.codes import err
from runtime.registry import command
from runtime.values import Coll, Obj
from stdlib_4d import args

_TYPES = ("array", "boolean", "integer", "null", "number", "object", "string")
_LATER_DRAFTS = ("const", "contains", "propertyNames", "if", "then", "else", "dependentRequired",
                 "dependentSchemas", "$defs", "unevaluatedItems", "unevaluatedProperties", "prefixItems")
_FORMATS = {
    "date-time": re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"),
    "email": re.compile(r"^[^@\s]+@[^@\s]+$"),
    "hostname": re.compile(r"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                           r"(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"),
}
_MESSAGES = {
    2: "Error while validating against 'multipleOf' key.",
    3: 'The value provided should not be greater than specified in the schema ("{s1}").',
    4: 'The value provided should be less than specified in the schema ("{s1}").',
    5: 'The value provided should not be less than specified in the schema ("{s1}").',
    6: 'The value provided should be greater than specified in the schema ("{s1}").',
    7: "The string is longer than specified in the schema.",
    8: "The string is shorter than specified in the schema.",
    9: 'The string "{s1}" does not match the pattern in the schema:{s2}.',
    10: "Error while validating an array. JSON contains more elements than specified in the schema.",
    11: "The array contains more items than specified in the schema.",
    12: "The array contains less items than specified in the schema.",
    13: 'Error while validating an array. Elements are not unique. Another instance of "{s1}" is already '
        "in the array.",
    14: "The number of properties is greater than specified in the schema.",
    15: "The number of properties is less than specified in the schema.",
    16: 'The required property "{s1}" is missing.',
    17: "No additional properties allowed by the schema. The property(ies) {s1} should be removed.",
    18: 'The property "{s1}" requires the property "{s2}".',
    19: "Error while validating against 'enum' key. \"{s1}\" does not match any enum element in the schema.",
    20: "Incorrect type. Expected type is: {s1}",
    21: "The JSON matches more than one value.",
    22: "The JSON does not match any value.",
    23: "The JSON is valid against the value of 'not'.",
    24: 'The string does not match ("{s1}")',
}


class SchemaError(Exception):
    """The schema itself is invalid or uses something run4d does not support."""


def _text(v) -> str:
    return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)


def _number_text(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(x)


def _is_type(v, name: str) -> bool:
    if name == "integer":
        return _is_number(v) and float(v).is_integer()
    if name == "number":
        return _is_number(v)
    kinds = {"string": str, "boolean": bool, "object": dict, "array": list}
    if name == "null":
        return v is None
    return isinstance(v, kinds[name]) and not (name != "boolean" and isinstance(v, bool))


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _same(a, b) -> bool:
    """JSON equality (1 and 1.0 are equal, True and 1 are not)."""
    if _is_number(a) and _is_number(b):
        return a == b
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return a == b


def _child(path: str, key) -> str:
    return f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}"


def _pointer_token(key) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


class _Validator:
    def __init__(self, root: dict) -> None:
        self.root = root
        self.errors: list[tuple[int, str, str, dict]] = []  # (code, jsonPath, schemaPath, fields)
        self.following: set = set()  # ($ref target, data path) being followed: a loop is an error

    def fail(self, code: int, path: str, spath: str, **fields) -> None:
        self.errors.append((code, path, spath, fields))

    def passes(self, value, schema, path: str, spath: str) -> bool:
        """Validate into a scratch validator: True if no error."""
        scratch = _Validator(self.root)
        scratch.following = self.following
        scratch.check(value, schema, path, spath)
        return not scratch.errors

    def check(self, value, schema, path: str, spath: str) -> None:
        if not isinstance(schema, dict):
            raise SchemaError(f"{spath}: a schema must be an object")
        if "$ref" in schema:
            target, tpath = self.ref(schema["$ref"], spath)
            step = (id(target), path)
            if step in self.following:
                raise SchemaError(f"{spath}: $ref loops without validating anything")
            self.following.add(step)
            self.check(value, target, path, tpath)
            self.following.discard(step)
            return
        for bad in _LATER_DRAFTS:
            if bad in schema:
                raise SchemaError(f"{spath}: the keyword '{bad}' is not part of JSON Schema draft 4")
        self.generic(value, schema, path, spath)
        if _is_number(value):
            self.numeric(value, schema, path, spath)
        elif isinstance(value, str):
            self.string(value, schema, path, spath)
        elif isinstance(value, list):
            self.array(value, schema, path, spath)
        elif isinstance(value, dict):
            self.object(value, schema, path, spath)

    def ref(self, ref, spath: str):
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise SchemaError(f"{spath}: only $ref inside the schema (\"#...\") is supported, got {ref!r}")
        target = self.root
        pointer = urllib.parse.unquote(ref[1:])
        for token in [t for t in pointer.split("/")[1:]]:
            token = token.replace("~1", "/").replace("~0", "~")
            if isinstance(target, dict) and token in target:
                target = target[token]
            elif isinstance(target, list) and token.isdigit() and int(token) < len(target):
                target = target[int(token)]
            else:
                raise SchemaError(f"{spath}: $ref {ref!r} designates nothing")
        return target, "#" + pointer

    # -------------------------------------------------------------- any type

    def generic(self, value, schema: dict, path: str, spath: str) -> None:
        if "type" in schema:
            names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            if any(n not in _TYPES for n in names):
                raise SchemaError(f"{spath}/type: unknown type in {schema['type']!r}")
            if not any(_is_type(value, n) for n in names):
                self.fail(20, path, spath + "/type", s1=", ".join(names))
        if "enum" in schema:
            if not isinstance(schema["enum"], list):
                raise SchemaError(f"{spath}/enum: an array is expected")
            if not any(_same(value, e) for e in schema["enum"]):
                self.fail(19, path, spath + "/enum", s1=_text(value))
        for i, sub in enumerate(self.schemas(schema, "allOf", spath)):
            self.check(value, sub, path, f"{spath}/allOf/{i}")
        subs = self.schemas(schema, "anyOf", spath)
        if subs and not any(self.passes(value, s, path, f"{spath}/anyOf/{i}") for i, s in enumerate(subs)):
            self.fail(22, path, spath + "/anyOf")
        subs = self.schemas(schema, "oneOf", spath)
        if subs:
            matches = sum(self.passes(value, s, path, f"{spath}/oneOf/{i}") for i, s in enumerate(subs))
            if matches != 1:
                self.fail(21 if matches else 22, path, spath + "/oneOf")
        if "not" in schema and self.passes(value, schema["not"], path, spath + "/not"):
            self.fail(23, path, spath + "/not")

    def schemas(self, schema: dict, key: str, spath: str) -> list:
        subs = schema.get(key, [])
        if not isinstance(subs, list) or (key in schema and not subs):
            raise SchemaError(f"{spath}/{key}: a non-empty array of schemas is expected")
        return subs

    # -------------------------------------------------------------- scalars

    def numeric(self, value, schema: dict, path: str, spath: str) -> None:
        step = _limit(schema, "multipleOf", spath)
        if step is not None:
            if step <= 0:
                raise SchemaError(f"{spath}/multipleOf: must be greater than 0")
            ratio = value / step
            if not math.isclose(ratio, round(ratio), rel_tol=1e-9, abs_tol=1e-9):
                self.fail(2, path, spath + "/multipleOf")
        top, bottom = _limit(schema, "maximum", spath), _limit(schema, "minimum", spath)
        if top is not None:
            if _flag(schema, "exclusiveMaximum", spath):
                if value >= top:
                    self.fail(4, path, spath + "/exclusiveMaximum", s1=_number_text(top))
            elif value > top:
                self.fail(3, path, spath + "/maximum", s1=_number_text(top))
        if bottom is not None:
            if _flag(schema, "exclusiveMinimum", spath):
                if value <= bottom:
                    self.fail(6, path, spath + "/exclusiveMinimum", s1=_number_text(bottom))
            elif value < bottom:
                self.fail(5, path, spath + "/minimum", s1=_number_text(bottom))

    def string(self, value: str, schema: dict, path: str, spath: str) -> None:
        longest, shortest = _count(schema, "maxLength", spath), _count(schema, "minLength", spath)
        if longest is not None and len(value) > longest:
            self.fail(7, path, spath + "/maxLength")
        if shortest is not None and len(value) < shortest:
            self.fail(8, path, spath + "/minLength")
        if "pattern" in schema:
            try:
                found = re.search(schema["pattern"], value)
            except (re.error, TypeError):
                raise SchemaError(f"{spath}/pattern: invalid regular expression") from None
            if not found:
                self.fail(9, path, spath + "/pattern", s1=value, s2=schema["pattern"])
        fmt = schema.get("format")
        if isinstance(fmt, str) and not _format_ok(fmt, value):
            self.fail(24, path, spath + "/format", s1=fmt)

    # -------------------------------------------------------------- containers

    def array(self, value: list, schema: dict, path: str, spath: str) -> None:
        items = schema.get("items", {})
        if isinstance(items, list):
            for i, (x, sub) in enumerate(zip(value, items, strict=False)):
                self.check(x, sub, _child(path, i), f"{spath}/items/{i}")
            self.extra_items(value[len(items):], len(items), schema, path, spath)
        else:
            for i, x in enumerate(value):
                self.check(x, items, _child(path, i), spath + "/items")
        most, least = _count(schema, "maxItems", spath), _count(schema, "minItems", spath)
        if most is not None and len(value) > most:
            self.fail(11, path, spath + "/maxItems")
        if least is not None and len(value) < least:
            self.fail(12, path, spath + "/minItems")
        if _flag(schema, "uniqueItems", spath):
            for i, x in enumerate(value):
                if any(_same(x, y) for y in value[:i]):
                    self.fail(13, _child(path, i), spath + "/uniqueItems", s1=_text(x))
                    break

    def extra_items(self, extra: list, start: int, schema: dict, path: str, spath: str) -> None:
        more = schema.get("additionalItems", True)
        if more is False and extra:
            self.fail(10, path, spath + "/additionalItems")
        elif isinstance(more, dict):
            for i, x in enumerate(extra, start):
                self.check(x, more, _child(path, i), spath + "/additionalItems")

    def object(self, value: dict, schema: dict, path: str, spath: str) -> None:
        most, least = _count(schema, "maxProperties", spath), _count(schema, "minProperties", spath)
        if most is not None and len(value) > most:
            self.fail(14, path, spath + "/maxProperties")
        if least is not None and len(value) < least:
            self.fail(15, path, spath + "/minProperties")
        required = schema.get("required", [])
        if not isinstance(required, list) or not all(isinstance(r, str) for r in required):
            raise SchemaError(f"{spath}/required: an array of names is expected")
        for name in required:
            if name not in value:
                self.fail(16, path, spath + "/required", s1=name)
        self.properties(value, schema, path, spath)
        self.dependencies(value, schema, path, spath)

    def properties(self, value: dict, schema: dict, path: str, spath: str) -> None:
        props, patterns = schema.get("properties", {}), schema.get("patternProperties", {})
        if not isinstance(props, dict) or not isinstance(patterns, dict):
            raise SchemaError(f"{spath}: properties and patternProperties must be objects")
        extra = []
        for key, x in value.items():
            matched = key in props
            if matched:
                self.check(x, props[key], _child(path, key), f"{spath}/properties/{_pointer_token(key)}")
            for pattern, sub in patterns.items():
                if _search(pattern, key, spath):
                    matched = True
                    where = f"{spath}/patternProperties/{_pointer_token(pattern)}"
                    self.check(x, sub, _child(path, key), where)
            if not matched:
                extra.append(key)
        more = schema.get("additionalProperties", True)
        if more is False and extra:
            self.fail(17, path, spath + "/additionalProperties", s1=", ".join(extra))
        elif isinstance(more, dict):
            for key in extra:
                self.check(value[key], more, _child(path, key), spath + "/additionalProperties")

    def dependencies(self, value: dict, schema: dict, path: str, spath: str) -> None:
        deps = schema.get("dependencies", {})
        if not isinstance(deps, dict):
            raise SchemaError(f"{spath}/dependencies: an object is expected")
        for key, dep in deps.items():
            if key not in value:
                continue
            where = f"{spath}/dependencies/{_pointer_token(key)}"
            if isinstance(dep, list):
                for needed in dep:
                    if needed not in value:
                        self.fail(18, path, where, s1=key, s2=needed)
            else:
                self.check(value, dep, path, where)


def _limit(schema: dict, key: str, spath: str):
    v = schema.get(key)
    if v is not None and not _is_number(v):
        raise SchemaError(f"{spath}/{key}: a number is expected")
    return v


def _count(schema: dict, key: str, spath: str):
    v = _limit(schema, key, spath)
    if v is not None and (v < 0 or not float(v).is_integer()):
        raise SchemaError(f"{spath}/{key}: a non-negative integer is expected")
    return v


def _flag(schema: dict, key: str, spath: str) -> bool:
    v = schema.get(key, False)
    if not isinstance(v, bool):
        raise SchemaError(f"{spath}/{key}: a Boolean is expected (draft 4)")
    return v


def _search(pattern, text: str, spath: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except (re.error, TypeError):
        raise SchemaError(f"{spath}/patternProperties: invalid regular expression {pattern!r}") from None


def _format_ok(fmt: str, value: str) -> bool:
    """Draft-4 formats; unknown formats are accepted, as the draft says."""
    if fmt in _FORMATS:
        return _FORMATS[fmt].match(value) is not None
    if fmt in ("ipv4", "ipv6"):
        try:
            address = ipaddress.ip_address(value)
        except ValueError:
            return False
        return address.version == int(fmt[-1])
    if fmt == "uri":
        return re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$", value) is not None
    return True


# ---------------------------------------------------------------- the command


def _symbol(symbols, path: str):
    """(line, offset) of the nearest property of `path` found in __symbols, or None."""
    if not isinstance(symbols, Obj):
        return None
    key = path[2:] if path.startswith("$.") else ""
    while key:
        entry = dict.get(symbols, key)
        if isinstance(entry, Obj):
            return dict.get(entry, "line"), dict.get(entry, "offset")
        key = re.sub(r"(\.[^.\[]*|\[\d+\])$", "", key)
    return None


def _error_object(code: int, path: str, spath: str, fields: dict, symbols) -> Obj:
    out = Obj(code=float(code), message=_MESSAGES[code].format(**{"s1": "", "s2": "", **fields}),
              jsonPath=path, schemaPaths=spath)
    where = _symbol(symbols, path)
    if where is not None:
        dict.__setitem__(out, "line", where[0])
        dict.__setitem__(out, "offset", where[1])
    return out


@command("JSON Validate", returns="object")
def json_validate(v_json, v_schema):
    """JSON Validate(json; schema): {success{; errors}} (draft-4 JSON Schema).

    An invalid schema returns Null and raises an error. `__symbols` (from JSON Parse
    with *) is not validated: it gives the line and offset of each error.
    """
    schema_obj = args.obj(v_schema, "JSON Validate", 2)
    if schema_obj is None:
        raise err("bad_value", detail="JSON Validate: invalid schema: the schema is Null")
    symbols = dict.get(v_json, "__symbols") if isinstance(v_json, Obj) else None
    data = json4d.plain(v_json)
    if isinstance(data, dict):
        data.pop("__symbols", None)
    validator = _Validator(json4d.plain(schema_obj))
    try:
        validator.check(data, validator.root, "$", "#")
    except SchemaError as e:
        raise err("bad_value", detail=f"JSON Validate: invalid schema: {e}") from None
    result = Obj(success=not validator.errors)
    if validator.errors:
        errors = Coll(_error_object(c, p, s, f, symbols) for c, p, s, f in validator.errors)
        dict.__setitem__(result, "errors", errors)
    return result
