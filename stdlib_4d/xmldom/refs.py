"""XML trees and element references.

Stage: stdlib support. 4D designates a node of a DOM tree by a 16-character
text. Each open tree is an XmlDoc (its lxml tree, its options and declaration);
a reference names one element of it, or the document node itself (DOM Get XML
document ref). References are shared by every process, as 4D's are; DOM CLOSE
XML forgets a tree and all its references (a later use is error -10725).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from lxml import etree

from runtime import lifecycle
from runtime.codes import err
from stdlib_4d import args

NO_REF = "0" * 16


@dataclass(eq=False)
class XmlDoc:
    """One DOM tree and what DOM EXPORT writes with it."""

    tree: etree._ElementTree
    encoding: str = "UTF-8"
    standalone: bool | None = None
    indent: bool = True
    case_sensitive: bool = True
    standard_xpath: bool = True
    refs: set = field(default_factory=set)
    doc_node: object = None  # the DocNode, once DOM Get XML document ref asked for it


class DocNode:
    """The document node of a tree (the parent of the root element, DOCTYPE and top-level PIs)."""

    __slots__ = ("doc",)

    def __init__(self, doc: XmlDoc) -> None:
        self.doc = doc


_LOCK = threading.RLock()
_BY_REF: dict[str, tuple[XmlDoc, object]] = {}
_BY_NODE: dict[int, str] = {}  # id(node) -> ref (the node is kept alive by _BY_REF)
_COUNTER = [0]


def _forget_all() -> None:
    with _LOCK:
        _BY_REF.clear()
        _BY_NODE.clear()


lifecycle.on_reset(_forget_all)


def ref_of(doc: XmlDoc, node) -> str:
    """The reference of a node (an element or the DocNode), made on first use."""
    with _LOCK:
        ref = _BY_NODE.get(id(node))
        if ref is not None and _BY_REF.get(ref, (None, None))[1] is node:
            return ref
        _COUNTER[0] += 1
        ref = f"{_COUNTER[0]:016X}"
        _BY_REF[ref] = (doc, node)
        _BY_NODE[id(node)] = ref
        doc.refs.add(ref)
        return ref


def replace_node(old, new) -> None:
    """Make every reference to `old` designate `new` (an element rebuilt to declare a namespace)."""
    with _LOCK:
        ref = _BY_NODE.pop(id(old), None)
        if ref is not None and ref in _BY_REF:
            doc = _BY_REF[ref][0]
            _BY_REF[ref] = (doc, new)
            _BY_NODE[id(new)] = ref


def lookup(ref, cmd: str, index: int = 1) -> tuple[XmlDoc, object]:
    """(doc, node) a reference designates; error -10725 for anything else."""
    text = args.text(ref, cmd, index)
    with _LOCK:
        found = _BY_REF.get(text.upper())
    if found is None:
        raise err("xml_ref", ref=text, cmd=cmd)
    return found


def element(ref, cmd: str, index: int = 1) -> tuple[XmlDoc, etree._Element]:
    """(doc, element) of a reference; the document node stands for its root element."""
    doc, node = lookup(ref, cmd, index)
    if isinstance(node, DocNode):
        return doc, doc.tree.getroot()
    return doc, node


def new_doc(tree: etree._ElementTree) -> XmlDoc:
    from stdlib_4d.xmldom.names import standard_xpath

    return XmlDoc(tree, standard_xpath=standard_xpath())


def close(doc: XmlDoc) -> None:
    with _LOCK:
        for ref in doc.refs:
            found = _BY_REF.pop(ref, None)
            if found is not None:
                _BY_NODE.pop(id(found[1]), None)
        doc.refs.clear()


def forget_subtree(doc: XmlDoc, el: etree._Element) -> None:
    """Drop the references of an element removed from its tree, and of its descendants."""
    with _LOCK:
        for node in el.iter():
            ref = _BY_NODE.pop(id(node), None)
            if ref is not None:
                _BY_REF.pop(ref, None)
                doc.refs.discard(ref)
