"""Names, namespaces, XPath and values between 4D and lxml.

Stage: stdlib support. 4D code writes qualified names as text (`svg:rect`,
`xlink:href`) and declares namespaces with `xmlns` attributes at any time;
lxml keeps names as `{uri}local` and fixes an element's namespace map when it
is made. So an `xmlns:p` attribute rebuilds the element with a larger map, an
unprefixed element name takes its parent's default namespace (as its text form
would), and XPath name tests without a prefix match elements of the default
namespace too (4D's XPath does: `svg/defs` finds them in an SVG document).
Projects whose settings do not ask for standard XPath (`standard_xpath="true"`
in Sources/settings.4DSettings, as converted databases) get 4D's former path
form, where a relative path starts with the context element's own name.
"""

from __future__ import annotations

import os
import re

from lxml import etree

from runtime import appcontext
from runtime.codes import err
from runtime.values import Date4D, Time4D

DEFAULT_PREFIX = "_4d_default"  # the XPath prefix run4d gives a document's default namespace


def standard_xpath() -> bool:
    """Whether the project asked for standard XPath (Compatibility page; absent = former form)."""
    ctx = appcontext.current()
    sources = getattr(ctx, "sources_folder", "") or ""
    path = os.path.join(sources, "settings.4DSettings") if sources else ""
    if not path or not os.path.isfile(path):
        return True  # no project settings (a lone method file): today's 4D
    try:
        root = etree.parse(path, etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    except (etree.XMLSyntaxError, OSError):
        return True
    for el in root.iter():
        value = el.get("standard_xpath") if isinstance(el.tag, str) else None
        if value is not None:
            return value.strip().lower() == "true"
    return False


def qname(el: etree._Element) -> str:
    """An element's name as 4D gives it: prefix:local, or local."""
    q = etree.QName(el)
    prefix = el.prefix
    return f"{prefix}:{q.localname}" if prefix else q.localname


def check_name(name: str, cmd: str) -> None:
    local = name.rpartition(":")[2]
    if not local or not re.fullmatch(r"[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*", local) \
            or name.count(":") > 1:
        raise err("xml_value", detail=f"{cmd}: \"{name}\" is not a valid XML name")


def clark(el: etree._Element, name: str, cmd: str, attribute: bool = False) -> str:
    """The lxml name ({uri}local) of a 4D qualified name, read in the namespaces of `el`."""
    check_name(name, cmd)
    prefix, _, local = name.rpartition(":")
    nsmap = el.nsmap
    if prefix:
        if prefix == "xml":
            return f"{{http://www.w3.org/XML/1998/namespace}}{local}"
        uri = nsmap.get(prefix)
        if uri is None:
            raise err("xml_value", detail=f"{cmd}: the namespace prefix \"{prefix}\" is not declared")
        return f"{{{uri}}}{local}"
    if not attribute and nsmap.get(None):
        return f"{{{nsmap[None]}}}{local}"
    return local


def attribute_name(el: etree._Element, key: str) -> str:
    """The 4D name of an lxml attribute key."""
    if not key.startswith("{"):
        return key
    uri, _, local = key[1:].partition("}")
    if uri == "http://www.w3.org/XML/1998/namespace":
        return f"xml:{local}"
    for prefix, u in el.nsmap.items():
        if u == uri and prefix:
            return f"{prefix}:{local}"
    return local


# ---------------------------------------------------------------- XPath

_TOKEN = re.compile(r"""("[^"]*"|'[^']*')|(::|//|/|\[|\]|\(|\)|\||,|@|=|!=|<=|>=|<|>|\.\.|\.|\*)|"""
                    r"""([A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?)|(\s+)|(.)""")
_STEP_START = {None, "/", "//", "[", "(", "|", "::", ",", "and", "or"}
_AXES = {"ancestor", "ancestor-or-self", "attribute", "child", "descendant", "descendant-or-self",
         "following", "following-sibling", "namespace", "parent", "preceding", "preceding-sibling", "self"}
_NODE_TESTS = {"node", "text", "comment", "processing-instruction"}


def rewrite_xpath(path: str, default_ns: bool) -> str:
    """Give unprefixed element name tests the document's default namespace (when it has one)."""
    if not default_ns:
        return path
    out: list[str] = []
    prev = None  # the previous significant token
    tokens = [m for m in _TOKEN.finditer(path)]
    for i, m in enumerate(tokens):
        literal, op, name, space, other = m.groups()
        if space:
            out.append(space)
            continue
        text = m.group(0)
        if name is not None and ":" not in name and prev in _STEP_START:
            nxt = next((t.group(0) for t in tokens[i + 1:] if not t.group(4)), "")
            if nxt not in ("(", "::") and name not in ("and", "or", "div", "mod"):
                text = f"{DEFAULT_PREFIX}:{name}"
        out.append(text)
        prev = name if name in ("and", "or") else (op if op is not None else ("lit" if literal else "name"))
        if op == "@":
            prev = "@"
    return "".join(out)


def xpath(doc, context: etree._Element, path: str, cmd: str) -> list:
    """Nodes an XPath selects from `context` (4D's former form unless the project uses standard XPath)."""
    path = path.strip()
    if not path:
        raise err("xml_xpath", detail=f"{cmd}: empty path")
    if path.endswith("/") and not path.endswith("//"):
        path = path.rstrip("/")
    if not doc.standard_xpath and not path.startswith(("/", ".", "*", "@")):
        path = "self::" + path
    root = context.getroottree().getroot()
    default = root.nsmap.get(None) or context.nsmap.get(None)
    nsmap = {p: u for p, u in context.nsmap.items() if p}
    if default:
        nsmap[DEFAULT_PREFIX] = default
    try:
        found = context.xpath(rewrite_xpath(path, bool(default)), namespaces=nsmap)
    except etree.XPathError as e:
        raise err("xml_xpath", detail=f"{cmd}: {path}: {e}") from None
    return found if isinstance(found, list) else []


# ---------------------------------------------------------------- values


def to_xml_text(value, date_style: str = "iso") -> str:
    """A 4D value as XML text: true/false, numbers with a period, dates, times in seconds."""
    t = type(value)
    if t is bool:
        return "true" if value else "false"
    if t is float or t is int:
        if t is float and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value) if t is float else str(value)
    if t is Date4D:
        if value == Date4D.NULL:
            return "0000-00-00" if date_style == "iso" else "0000-00-00T00:00:00Z"
        day = f"{value.y:04d}-{value.m:02d}-{value.d:02d}"
        return day if date_style == "iso" else day + "T00:00:00Z"
    if t is Time4D:
        return str(int(value.s))
    if isinstance(value, (bytes, bytearray)):
        import base64

        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, str):
        return value
    from runtime.codes import type_name

    raise err("xml_value", detail=f"a {type_name(value)} cannot be written as XML text")


def from_xml_text(text: str, like):
    """XML text converted to the type of the variable receiving it (`like`: its current value)."""
    t = type(like)
    if t is bool:
        return text.strip().lower() in ("true", "1")
    if t is float or t is int:
        try:
            n = float(text.strip())
        except ValueError:
            n = 0.0
        return int(n) if t is int else n
    if t is Date4D:
        m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", text)
        return Date4D(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else Date4D.NULL
    if t is Time4D:
        try:
            return Time4D(int(float(text.strip())))
        except ValueError:
            return Time4D(0)
    return text
