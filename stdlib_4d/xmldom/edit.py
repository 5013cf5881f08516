"""Changing DOM trees: elements, values, names, attributes, child nodes.

Stage: stdlib commands. Values written are converted to XML text as 4D does
(names.to_xml_text); values read are converted to the type of the variable
receiving them (names.from_xml_text). An `xmlns` or `xmlns:p` attribute
declares a namespace (names.py explains why the element is rebuilt then).
"""

from __future__ import annotations

import re

from lxml import etree

from runtime.codes import err
from runtime.registry import command
from runtime.support import out_target
from runtime.values import STAR, UNDEF, Pointer
from stdlib_4d import args
from stdlib_4d.xmldom import refs
from stdlib_4d.xmldom.names import attribute_name, check_name, clark, from_xml_text, qname, to_xml_text, xpath
from stdlib_4d.xmldom.navigate import element_text
from stdlib_4d.xmldom.parse import set_ok

XMLNS = "http://www.w3.org/2000/xmlns/"


def _put(target, text: str) -> None:
    target = out_target(target)
    if type(target) is Pointer:
        target.set(from_xml_text(text, target.get()))


def declare_namespace(doc, el: etree._Element, prefix: str | None, uri: str) -> etree._Element:
    """An element like `el` whose namespace map also holds prefix -> uri (it replaces `el`)."""
    if el.nsmap.get(prefix) == uri:
        return el
    nsmap = dict(el.nsmap)
    nsmap[prefix] = uri
    moved = prefix is None and etree.QName(el).namespace is None
    tag = f"{{{uri}}}{etree.QName(el).localname}" if moved else el.tag
    new = etree.Element(tag, attrib=dict(el.attrib), nsmap=nsmap)
    new.text, tail = el.text, el.tail
    for child in list(el):
        new.append(child)
    parent = el.getparent()
    if parent is not None:
        parent.replace(el, new)
    else:
        doc.tree._setroot(new)
    new.tail = tail
    refs.replace_node(el, new)
    if moved:  # unprefixed descendants were in no namespace: by their text form they are in this one
        for node in new.iterdescendants():
            if isinstance(node.tag, str) and etree.QName(node).namespace is None:
                node.tag = f"{{{uri}}}{node.tag}"
    return new


def set_attribute(doc, el: etree._Element, name: str, value, cmd: str, date_style: str = "iso"):
    """Set one attribute (declaring a namespace for xmlns ones); the element, maybe rebuilt."""
    text = to_xml_text(value, date_style)
    if name == "xmlns" or name.startswith("xmlns:"):
        return declare_namespace(doc, el, name[6:] or None, text)
    el.set(clark(el, name, cmd, attribute=True), text)
    return el


def _attribute_pairs(doc, el, pairs: tuple, cmd: str, first: int, date_style: str):
    if len(pairs) % 2:
        raise err("param_count", callee=cmd, detail="attribute names and values go in pairs")
    for i in range(0, len(pairs), 2):
        name = args.text(pairs[i], cmd, first + i)
        el = set_attribute(doc, el, name, pairs[i + 1], cmd, date_style)
    return el


_STEP = re.compile(r"^([^\[\]]+)(?:\[(\d+|last\(\))\])?$")


def _children_named(el, tag: str) -> list:
    return [c for c in el if c.tag == tag]


def _create_path(doc, el: etree._Element, path: str, cmd: str) -> etree._Element:
    """Create the element a path names below `el` (intermediate elements made when missing; the
    last step is always a new element, at the position its [n] gives)."""
    steps = [s for s in path.strip().split("/")]
    if path.startswith("/"):
        root = doc.tree.getroot()
        steps = [s for s in steps[1:]]
        if not steps or steps[0].split("[")[0] != qname(root):
            raise err("xml_xpath", detail=f"{cmd}: {path} does not start with the root element \"{qname(root)}\"")
        el, steps = root, steps[1:]
    steps = [s for s in steps if s]
    if not steps:
        raise err("xml_xpath", detail=f"{cmd}: no element to create in \"{path}\"")
    for n, step in enumerate(steps):
        m = _STEP.match(step.strip())
        if m is None:
            raise err("xml_xpath", detail=f"{cmd}: \"{step}\" is not an element step")
        name, index = m.group(1).strip(), m.group(2)
        tag = clark(el, name, cmd)
        same = _children_named(el, tag)
        last = n == len(steps) - 1
        if last:
            new = etree.Element(tag)
            if index and index != "last()" and int(index) <= len(same):
                same[int(index) - 1].addprevious(new)
            else:
                el.append(new)
            return new
        position = len(same) if index == "last()" else int(index or 1)
        while len(same) < max(position, 1):
            same.append(etree.SubElement(el, tag))
        el = same[max(position, 1) - 1]
    return el


@command("DOM Create XML element", returns="text")
def dom_create_xml_element(element_ref, path, *attributes):
    """DOM Create XML element(elementRef; xPath{; attribName; attrValue...}): a new element at the
    path (a name, a relative path, or an absolute one from the root), with attributes."""
    cmd = "DOM Create XML element"
    doc, el = refs.element(element_ref, cmd)
    set_ok(False)
    new = _create_path(doc, el, args.text(path, cmd, 2), cmd)
    new = _attribute_pairs(doc, new, attributes, cmd, 3, "rfc")
    set_ok(True)
    return refs.ref_of(doc, new)


@command("DOM SET XML ATTRIBUTE")
def dom_set_xml_attribute(element_ref, name, value, *more):
    """DOM SET XML ATTRIBUTE(elementRef; attribName; attribValue{; attribName2; attribValue2...})."""
    cmd = "DOM SET XML ATTRIBUTE"
    doc, el = refs.element(element_ref, cmd)
    _attribute_pairs(doc, el, (name, value) + more, cmd, 2, "iso")
    set_ok(True)


@command("DOM GET XML ATTRIBUTE BY NAME", outputs=(3,))
def dom_get_xml_attribute_by_name(element_ref, name, value):
    """DOM GET XML ATTRIBUTE BY NAME(elementRef; attribName; attribValue): an attribute's value,
    converted to the variable's type; error -10729 (OK=0) when the element has no such attribute."""
    cmd = "DOM GET XML ATTRIBUTE BY NAME"
    doc, el = refs.element(element_ref, cmd)
    wanted = args.text(name, cmd, 2)
    for key, text in el.attrib.items():
        if attribute_name(el, key) == wanted:
            _put(value, text)
            set_ok(True)
            return
    if wanted.startswith("xmlns"):
        uri = el.nsmap.get(wanted[6:] or None)
        if uri is not None:
            _put(value, uri)
            set_ok(True)
            return
    set_ok(False)
    raise err("xml_value", detail=f"{cmd}: the element \"{qname(el)}\" has no attribute \"{wanted}\"")


@command("DOM GET XML ATTRIBUTE BY INDEX", outputs=(3, 4))
def dom_get_xml_attribute_by_index(element_ref, index, name, value):
    """DOM GET XML ATTRIBUTE BY INDEX(elementRef; attribIndex; attribName; attribValue): the
    index-th attribute (from 1), its name and value."""
    cmd = "DOM GET XML ATTRIBUTE BY INDEX"
    doc, el = refs.element(element_ref, cmd)
    i = args.integer(index, cmd, 2)
    items = list(el.attrib.items())
    if not 1 <= i <= len(items):
        set_ok(False)
        raise err("xml_value", detail=f"{cmd}: the element \"{qname(el)}\" has no attribute number {i}")
    key, text = items[i - 1]
    target = out_target(name)
    if type(target) is Pointer:
        target.set(attribute_name(el, key))
    _put(value, text)
    set_ok(True)


@command("DOM Count XML attributes", returns="real")
def dom_count_xml_attributes(element_ref):
    """DOM Count XML attributes(elementRef): how many attributes the element has."""
    _doc, el = refs.element(element_ref, "DOM Count XML attributes")
    set_ok(True)
    return float(len(el.attrib))


@command("DOM REMOVE XML ATTRIBUTE")
def dom_remove_xml_attribute(element_ref, name):
    """DOM REMOVE XML ATTRIBUTE(elementRef; attribName): remove an attribute (OK=0 if it is absent)."""
    cmd = "DOM REMOVE XML ATTRIBUTE"
    _doc, el = refs.element(element_ref, cmd)
    wanted = args.text(name, cmd, 2)
    for key in list(el.attrib):
        if attribute_name(el, key) == wanted:
            del el.attrib[key]
            set_ok(True)
            return
    set_ok(False)


@command("DOM GET XML ELEMENT VALUE", outputs=(2, 3))
def dom_get_xml_element_value(element_ref, value, cdata=UNDEF):
    """DOM GET XML ELEMENT VALUE(elementRef; elementValue{; cDATA}): the element's text (its own text
    nodes, CDATA included), converted to the variable's type; cDATA receives the CDATA sections."""
    cmd = "DOM GET XML ELEMENT VALUE"
    _doc, el = refs.element(element_ref, cmd)
    _put(value, element_text(el))
    if cdata is not UNDEF:
        body = etree.tostring(el, encoding="unicode", with_tail=False)
        _put(cdata, "".join(re.findall(r"<!\[CDATA\[(.*?)\]\]>", body, re.S)))
    set_ok(True)


@command("DOM SET XML ELEMENT VALUE")
def dom_set_xml_element_value(element_ref, path_or_value, value=UNDEF, star=UNDEF):
    """DOM SET XML ELEMENT VALUE(elementRef{; xPath}; elementValue{; *}): replace the element's text
    (child elements stay); * writes it as a CDATA section."""
    cmd = "DOM SET XML ELEMENT VALUE"
    doc, el = refs.element(element_ref, cmd)
    if value is STAR and star is UNDEF:
        value, star = path_or_value, STAR
    elif value is not UNDEF:
        found = [n for n in xpath(doc, el, args.text(path_or_value, cmd, 2), cmd) if isinstance(n, etree._Element)]
        if not found:
            set_ok(False)
            raise err("xml_xpath", detail=f"{cmd}: no element at \"{path_or_value}\"")
        el = found[0]
    else:
        value = path_or_value
    text = to_xml_text(value)
    el.text = etree.CDATA(text) if star is STAR else text
    for child in el:
        child.tail = None
    set_ok(True)


@command("DOM GET XML ELEMENT NAME", outputs=(2,))
def dom_get_xml_element_name(element_ref, name):
    """DOM GET XML ELEMENT NAME(elementRef; elementName): the element's name (prefix:local)."""
    _doc, el = refs.element(element_ref, "DOM GET XML ELEMENT NAME")
    target = out_target(name)
    if type(target) is Pointer:
        target.set(qname(el))
    set_ok(True)


@command("DOM SET XML ELEMENT NAME")
def dom_set_xml_element_name(element_ref, name):
    """DOM SET XML ELEMENT NAME(elementRef; elementName): rename an element."""
    cmd = "DOM SET XML ELEMENT NAME"
    _doc, el = refs.element(element_ref, cmd)
    el.tag = clark(el, args.text(name, cmd, 2), cmd)
    set_ok(True)


@command("DOM REMOVE XML ELEMENT")
def dom_remove_xml_element(element_ref):
    """DOM REMOVE XML ELEMENT(elementRef): remove an element and its contents (its references and
    those of its descendants become invalid); the root element cannot be removed."""
    cmd = "DOM REMOVE XML ELEMENT"
    doc, el = refs.element(element_ref, cmd)
    parent = el.getparent()
    if parent is None:
        set_ok(False)
        raise err("xml_value", detail=f"{cmd}: the root element cannot be removed")
    tail = el.tail
    previous = el.getprevious()
    parent.remove(el)
    if tail:  # keep the text that followed the element
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    refs.forget_subtree(doc, el)
    set_ok(True)


def _copy_into(doc, target_ref, source_ref, cmd: str, index: int | None) -> str:
    doc, target = refs.element(target_ref, cmd)
    _src_doc, source = refs.element(source_ref, cmd, 2)
    copy = etree.fromstring(etree.tostring(source))
    copy.tail = None
    elements = [c for c in target if isinstance(c.tag, str)]
    if index is None or index > len(elements):
        target.append(copy)
    elif index < 1:
        raise err("xml_value", detail=f"{cmd}: child index {index} (from 1)")
    else:
        elements[index - 1].addprevious(copy)
    set_ok(True)
    return refs.ref_of(doc, copy)


@command("DOM Append XML element", returns="text")
def dom_append_xml_element(target_ref, source_ref):
    """DOM Append XML element(targetElementRef; sourceElementRef): a copy of the source element
    (of any tree) appended as the target's last child."""
    return _copy_into(None, target_ref, source_ref, "DOM Append XML element", None)


@command("DOM Insert XML element", returns="text")
def dom_insert_xml_element(target_ref, source_ref, child_index):
    """DOM Insert XML element(targetElementRef; sourceElementRef; childIndex): a copy of the source
    inserted before the target's childIndex-th child element (appended past the last)."""
    cmd = "DOM Insert XML element"
    return _copy_into(None, target_ref, source_ref, cmd, args.integer(child_index, cmd, 3))


@command("DOM Append XML child node", returns="text")
def dom_append_xml_child_node(element_ref, child_type, child_value):
    """DOM Append XML child node(elementRef; childType; childValue): append text (XML DATA 6), CDATA
    (7), a comment (2), a processing instruction (3), a DOCTYPE (10) or elements (11: an XML fragment,
    or a new empty element of that name)."""
    from stdlib_4d.xmldom.navigate import (
        XML_CDATA,
        XML_COMMENT,
        XML_DATA,
        XML_DOCTYPE,
        XML_ELEMENT,
        XML_PROCESSING_INSTRUCTION,
    )

    cmd = "DOM Append XML child node"
    doc, node = refs.lookup(element_ref, cmd)
    kind = args.integer(child_type, cmd, 2)
    value = child_value
    text = bytes(value).decode("utf-8", "replace") if isinstance(value, (bytes, bytearray)) \
        else args.text(value, cmd, 3)
    at_document = isinstance(node, refs.DocNode)
    el = doc.tree.getroot() if at_document else node
    made = None
    if kind == XML_DATA:
        last = el[-1] if len(el) else None
        if last is not None:
            last.tail = (last.tail or "") + text
        else:
            el.text = (el.text or "") + text
    elif kind == XML_CDATA:
        el.text = etree.CDATA((el.text or "") + text)
    elif kind in (XML_COMMENT, XML_PROCESSING_INSTRUCTION):
        made = etree.Comment(text) if kind == XML_COMMENT else etree.ProcessingInstruction(*(text.split(" ", 1)))
        if at_document:
            el.addprevious(made)
        else:
            el.append(made)
    elif kind == XML_DOCTYPE:
        name, _, rest = text.partition(" ")
        m = re.match(r'\s*(?:PUBLIC\s+"([^"]*)"\s+"([^"]*)"|SYSTEM\s+"([^"]*)")', rest)
        if m is None:
            raise err("xml_value", detail=f"{cmd}: \"{text}\" is not a document type declaration")
        docinfo = doc.tree.docinfo
        docinfo.public_id = m.group(1)
        docinfo.system_url = m.group(2) or m.group(3)
    elif kind == XML_ELEMENT:
        try:
            fragment = etree.fromstring(f"<_4d_fragment>{text}</_4d_fragment>")
            children = [c for c in fragment if isinstance(c.tag, str)]
        except etree.XMLSyntaxError:
            children = []
        if not children:
            check_name(text.strip(), cmd)
            children = [etree.Element(clark(el, text.strip(), cmd))]
        for child in children:
            el.append(child)
        made = children[0]
    else:
        raise err("xml_value", detail=f"{cmd}: unknown child type {kind}")
    set_ok(True)
    return refs.ref_of(doc, made) if made is not None and isinstance(made.tag, str) else refs.ref_of(doc, el)
