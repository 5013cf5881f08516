"""Moving through DOM trees: root, parent, children, siblings, named children, XPath, ids.

Stage: stdlib commands. Navigation commands return a reference, and set OK to 0
(returning the null reference "0000000000000000") when there is no such element;
an invalid reference is error -10725, an invalid XPath -10727.
"""

from __future__ import annotations

from lxml import etree

from runtime.codes import err
from runtime.registry import command
from runtime.support import out_target
from runtime.values import UNDEF, Pointer
from stdlib_4d import args
from stdlib_4d.xmldom import refs
from stdlib_4d.xmldom.names import from_xml_text, qname, xpath
from stdlib_4d.xmldom.parse import set_ok


def element_text(el: etree._Element) -> str:
    """An element's value: its own text nodes (CDATA included), not its descendants'."""
    return "".join(el.xpath("text()"))


def _put(target, value) -> None:
    target = out_target(target)
    if type(target) is Pointer:
        target.set(from_xml_text(value, target.get()) if isinstance(value, str) else value)


def _answer(doc, el, name=UNDEF, value=UNDEF) -> str:
    """The reference of `el` (None: no such element, OK=0), its name and value into the variables."""
    if el is None:
        set_ok(False)
        return refs.NO_REF
    _put(name, qname(el))
    _put(value, element_text(el))
    set_ok(True)
    return refs.ref_of(doc, el)


def _elements(nodes) -> list:
    return [n for n in nodes if isinstance(n.tag, str)]


@command("DOM Get root XML element", returns="text")
def dom_get_root_xml_element(element_ref):
    """DOM Get root XML element(elementRef): the root element of the tree."""
    doc, _ = refs.lookup(element_ref, "DOM Get root XML element")
    return _answer(doc, doc.tree.getroot())


@command("DOM Get XML document ref", returns="text")
def dom_get_xml_document_ref(element_ref):
    """DOM Get XML document ref(elementRef): the document node (parent of the root, DOCTYPE, PIs)."""
    doc, _ = refs.lookup(element_ref, "DOM Get XML document ref")
    set_ok(True)
    node = doc.doc_node
    if node is None:
        node = doc.doc_node = refs.DocNode(doc)
    return refs.ref_of(doc, node)


@command("DOM Get parent XML element", returns="text", outputs=(2, 3))
def dom_get_parent_xml_element(element_ref, parent_name=UNDEF, parent_value=UNDEF):
    """DOM Get parent XML element(elementRef{; parentElemName{; parentElemValue}}): the parent
    element (OK=0 for the root)."""
    doc, el = refs.element(element_ref, "DOM Get parent XML element")
    return _answer(doc, el.getparent(), parent_name, parent_value)


@command("DOM Get first child XML element", returns="text", outputs=(2, 3))
def dom_get_first_child_xml_element(element_ref, child_name=UNDEF, child_value=UNDEF):
    """DOM Get first child XML element(elementRef{; childElemName{; childElemValue}})."""
    doc, el = refs.element(element_ref, "DOM Get first child XML element")
    children = _elements(el)
    return _answer(doc, children[0] if children else None, child_name, child_value)


@command("DOM Get last child XML element", returns="text", outputs=(2, 3))
def dom_get_last_child_xml_element(element_ref, child_name=UNDEF, child_value=UNDEF):
    """DOM Get last child XML element(elementRef{; childElemName{; childElemValue}})."""
    doc, el = refs.element(element_ref, "DOM Get last child XML element")
    children = _elements(el)
    return _answer(doc, children[-1] if children else None, child_name, child_value)


def _sibling(el, forward: bool):
    node = el.getnext() if forward else el.getprevious()
    while node is not None and not isinstance(node.tag, str):
        node = node.getnext() if forward else node.getprevious()
    return node


@command("DOM Get next sibling XML element", returns="text", outputs=(2, 3))
def dom_get_next_sibling_xml_element(element_ref, sibling_name=UNDEF, sibling_value=UNDEF):
    """DOM Get next sibling XML element(elementRef{; siblingElemName{; siblingElemValue}}): OK=0 after
    the last sibling."""
    doc, el = refs.element(element_ref, "DOM Get next sibling XML element")
    return _answer(doc, _sibling(el, True), sibling_name, sibling_value)


@command("DOM Get previous sibling XML element", returns="text", outputs=(2, 3))
def dom_get_previous_sibling_xml_element(element_ref, sibling_name=UNDEF, sibling_value=UNDEF):
    """DOM Get previous sibling XML element(elementRef{; siblingElemName{; siblingElemValue}})."""
    doc, el = refs.element(element_ref, "DOM Get previous sibling XML element")
    return _answer(doc, _sibling(el, False), sibling_name, sibling_value)


def _named_children(doc, el, name: str) -> list:
    if doc.case_sensitive:
        return [c for c in _elements(el) if qname(c) == name]
    low = name.lower()
    return [c for c in _elements(el) if qname(c).lower() == low]


@command("DOM Get XML element", returns="text", outputs=(4,))
def dom_get_xml_element(element_ref, element_name, index, element_value):
    """DOM Get XML element(elementRef; elementName; index; elementValue): the index-th child named
    elementName (from 1), and its value; OK=0 and error -10729 when there is none."""
    cmd = "DOM Get XML element"
    doc, el = refs.element(element_ref, cmd)
    name = args.text(element_name, cmd, 2)
    i = args.integer(index, cmd, 3)
    found = _named_children(doc, el, name)
    if not 1 <= i <= len(found):
        set_ok(False)
        raise err("xml_value", detail=f"{cmd}: no element \"{name}\" number {i} in \"{qname(el)}\"")
    return _answer(doc, found[i - 1], UNDEF, element_value)


@command("DOM Count XML elements", returns="real")
def dom_count_xml_elements(element_ref, element_name):
    """DOM Count XML elements(elementRef; elementName): how many children have that name."""
    cmd = "DOM Count XML elements"
    doc, el = refs.element(element_ref, cmd)
    set_ok(True)
    return float(len(_named_children(doc, el, args.text(element_name, cmd, 2))))


def _owner(node):
    """The element an XPath result stands for (an attribute's or a text's parent)."""
    if isinstance(node, etree._Element):
        return node if isinstance(node.tag, str) else node.getparent()
    getparent = getattr(node, "getparent", None)
    return getparent() if getparent is not None else None


@command("DOM Find XML element", returns="text", outputs=(3,))
def dom_find_xml_element(element_ref, path, found_refs=UNDEF):
    """DOM Find XML element(elementRef; xPath{; arrElementRefs}): the first element the XPath selects
    from elementRef (every one in the array); OK=0 and the null reference when none."""
    cmd = "DOM Find XML element"
    doc, el = refs.element(element_ref, cmd)
    nodes = xpath(doc, el, args.text(path, cmd, 2), cmd)
    elements = []
    for node in nodes:
        owner = _owner(node)
        if owner is not None and all(owner is not e for e in elements):
            elements.append(owner)
    found = [refs.ref_of(doc, e) for e in elements]
    if found_refs is not UNDEF:
        from stdlib_4d.arrays.base import out_array
        from stdlib_4d.arrays.bridge import fill

        fill(out_array(found_refs, cmd, 3, "text"), found, cmd)
    set_ok(bool(found))
    return found[0] if found else refs.NO_REF


@command("DOM Find XML element by ID", returns="text")
def dom_find_xml_element_by_id(element_ref, element_id):
    """DOM Find XML element by ID(elementRef; id): the element whose "id" attribute is id."""
    cmd = "DOM Find XML element by ID"
    doc, el = refs.element(element_ref, cmd)
    wanted = args.text(element_id, cmd, 2)
    for node in el.getroottree().getroot().iter():
        if isinstance(node.tag, str) and (node.get("id") == wanted
                                          or node.get("{http://www.w3.org/XML/1998/namespace}id") == wanted):
            set_ok(True)
            return refs.ref_of(doc, node)
    set_ok(False)
    return refs.NO_REF


# Node types of DOM GET XML CHILD NODES (the XML theme's constants).
XML_COMMENT, XML_PROCESSING_INSTRUCTION, XML_DATA, XML_CDATA, XML_DOCTYPE, XML_ELEMENT = 2, 3, 6, 7, 10, 11


@command("DOM GET XML CHILD NODES", outputs=(2, 3))
def dom_get_xml_child_nodes(element_ref, child_types, node_refs):
    """DOM GET XML CHILD NODES(elementRef; childTypesArr; nodeRefsArr): every child node; elements
    give their reference, texts, comments and processing instructions their text."""
    from stdlib_4d.arrays.base import out_array
    from stdlib_4d.arrays.bridge import fill

    cmd = "DOM GET XML CHILD NODES"
    doc, node = refs.lookup(element_ref, cmd)
    kinds: list[int] = []
    values: list[str] = []
    if isinstance(node, refs.DocNode):
        root = doc.tree.getroot()
        siblings = list(root.itersiblings(preceding=True))[::-1] + [root] + list(root.itersiblings())
        if doc.tree.docinfo.doctype:
            kinds.append(XML_DOCTYPE)
            values.append(doc.tree.docinfo.doctype)
        items = [(n, None) for n in siblings]
    else:
        items = [(None, node.text)] if node.text else []
        for child in node:
            items.append((child, None))
            if child.tail:
                items.append((None, child.tail))
    for child, text in items:
        if child is None:
            kinds.append(XML_DATA)
            values.append(text)
        elif isinstance(child, etree._Comment):
            kinds.append(XML_COMMENT)
            values.append(child.text or "")
        elif isinstance(child, etree._ProcessingInstruction):
            kinds.append(XML_PROCESSING_INSTRUCTION)
            values.append(f"{child.target} {child.text or ''}".strip())
        elif isinstance(child.tag, str):
            kinds.append(XML_ELEMENT)
            values.append(refs.ref_of(doc, child))
    fill(out_array(child_types, cmd, 2, "longint"), [float(k) for k in kinds], cmd)
    fill(out_array(node_refs, cmd, 3, "text"), values, cmd)
    set_ok(True)
