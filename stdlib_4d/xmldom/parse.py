"""Opening, creating, exporting and closing DOM trees.

Stage: stdlib commands. Parsing never loads a DTD or an external entity and
never goes to the network unless validation asks for the document's DTD (4D's
default: external entities are refused). A document that is not well-formed
sets OK to 0 and raises -10726 with libxml2's message.
"""

from __future__ import annotations

from lxml import etree

from runtime.codes import err
from runtime.process import current
from runtime.registry import command
from runtime.support import out_target
from runtime.values import STAR, UNDEF, Pointer
from stdlib_4d import args
from stdlib_4d.files import paths
from stdlib_4d.xmldom import refs
from stdlib_4d.xmldom.names import check_name

# XML SET OPTIONS selectors and the values run4d uses (others are accepted and kept).
XML_INDENTATION, XML_DOM_CASE_SENSITIVITY = 4, 8
XML_WITH_INDENTATION, XML_NO_INDENTATION = 1, 2
XML_CASE_SENSITIVE, XML_CASE_INSENSITIVE = 1, 2


def set_ok(ok: bool) -> None:
    current().vars["ok"] = 1.0 if ok else 0.0


def _parser(validate: bool) -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=not validate, load_dtd=validate,
                           dtd_validation=False, strip_cdata=False, remove_blank_text=False, huge_tree=False)


def _validate(tree: etree._ElementTree, schema, cmd: str) -> None:
    """Validate against the given DTD/XSD (a path, or DTD text starting with <?xml), or the document's DTD."""
    try:
        if schema is UNDEF or schema == "":
            dtd = tree.docinfo.internalDTD or (tree.docinfo.externalDTD if hasattr(tree.docinfo, "externalDTD")
                                               else None)
            if dtd is None:
                raise err("xml_validation", detail=f"{cmd}: the document names no DTD or schema")
            ok, log = dtd.validate(tree), dtd.error_log
        else:
            text = args.text(schema, cmd, 3)
            if text.lstrip().startswith("<?xml") and "<!ELEMENT" in text:
                validator = etree.DTD(__import__("io").StringIO(text.split("?>", 1)[1]))
            elif text.lower().endswith(".xsd"):
                validator = etree.XMLSchema(etree.parse(paths.document_path(text), _parser(False)))
            else:
                validator = etree.DTD(paths.document_path(text))
            ok, log = validator.validate(tree), validator.error_log
    except (etree.DTDParseError, etree.XMLSchemaParseError, etree.XMLSyntaxError, OSError) as e:
        raise err("xml_validation", detail=f"{cmd}: {e}") from None
    if not ok:
        raise err("xml_validation", detail=f"{cmd}: {log.last_error}")


def _open(data: bytes, cmd: str, validation, schema) -> str:
    set_ok(False)
    validate = False if validation is UNDEF else args.boolean(validation, cmd, 2)
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser(validate)))
    except etree.XMLSyntaxError as e:
        raise err("xml_parse", detail=f"{cmd}: {e}") from None
    if validate:
        _validate(tree, schema, cmd)
    doc = refs.new_doc(tree)
    info = tree.docinfo
    doc.encoding = info.encoding or "UTF-8"
    doc.standalone = info.standalone
    set_ok(True)
    return refs.ref_of(doc, tree.getroot())


@command("DOM Parse XML source", returns="text")
def dom_parse_xml_source(document, validation=UNDEF, schema=UNDEF):
    """DOM Parse XML source(document{; validation{; dtd | schema}}): parse an XML document; the
    reference of its root element."""
    cmd = "DOM Parse XML source"
    name = args.text(document, cmd, 1)
    if name.lower().startswith(("http://", "https://", "ftp://")):
        raise err("unsupported", what=f"{cmd} of a network document")
    real = paths.document_path(name)
    try:
        with open(real, "rb") as fh:
            data = fh.read()
    except IsADirectoryError:
        raise err("file_not_found", path=real) from None
    except OSError as e:
        set_ok(False)
        raise paths.os_error(e, real) from None
    return _open(data, cmd, validation, schema)


@command("DOM Parse XML variable", returns="text")
def dom_parse_xml_variable(variable, validation=UNDEF, schema=UNDEF):
    """DOM Parse XML variable(variable{; validation{; dtd | schema}}): parse XML held in a Text or
    Blob; the reference of its root element."""
    cmd = "DOM Parse XML variable"
    value = out_target(variable)
    if type(value) is Pointer:
        value = value.get()
    if isinstance(value, str):
        data = value.encode("utf-8")
        if value.lstrip().startswith("<?xml"):  # the text's declaration may name another encoding
            data = _utf8_declaration(value).encode("utf-8")
    elif isinstance(value, (bytes, bytearray)):
        data = bytes(value)
    elif hasattr(value, "data") and isinstance(value.data, bytes):
        data = value.data  # 4D.Blob
    else:
        raise err("bad_param_type", index=1, callee=cmd, detail="a Text or a Blob was expected")
    return _open(data, cmd, validation, schema)


def _utf8_declaration(text: str) -> str:
    """A text already decoded: its declaration must not name another encoding for libxml2."""
    import re

    return re.sub(r"(<\?xml[^>]*?encoding\s*=\s*)([\"'])[^\"']*\2", r"\1\2UTF-8\2", text, count=1)


@command("DOM Create XML Ref", returns="text")
def dom_create_xml_ref(root, namespace=UNDEF, *prefixes):
    """DOM Create XML Ref(root{; nameSpace{; nameSpaceName; nameSpaceValue...}}): a new tree with a
    root element; nameSpace is the default namespace, the pairs declare prefixed ones."""
    cmd = "DOM Create XML Ref"
    name = args.text(root, cmd, 1)
    check_name(name, cmd)
    nsmap: dict = {}
    default = "" if namespace is UNDEF else args.text(namespace, cmd, 2)
    if len(prefixes) % 2:
        raise err("param_count", callee=cmd, detail="namespace names and values go in pairs")
    for i in range(0, len(prefixes), 2):
        prefix = args.text(prefixes[i], cmd, 3 + i).removeprefix("xmlns:")
        nsmap[prefix] = args.text(prefixes[i + 1], cmd, 4 + i)
    prefix, _, local = name.rpartition(":")
    if prefix and prefix not in nsmap:
        nsmap[prefix] = default
    elif default:
        nsmap[None] = default
    uri = nsmap.get(prefix or None)
    el = etree.Element(f"{{{uri}}}{local}" if uri else local, nsmap=nsmap or None)
    doc = refs.new_doc(etree.ElementTree(el))
    set_ok(True)
    return refs.ref_of(doc, el)


@command("DOM CLOSE XML")
def dom_close_xml(element_ref):
    """DOM CLOSE XML(elementRef): free a tree; its references are no longer valid."""
    doc, _ = refs.lookup(element_ref, "DOM CLOSE XML")
    refs.close(doc)
    set_ok(True)


def serialize(doc: refs.XmlDoc, node) -> bytes:
    """The XML text of a tree (from its root) or of one element, with 4D's declaration."""
    tree = doc.tree
    whole = isinstance(node, refs.DocNode) or node is tree.getroot()
    target = tree if whole else node
    if doc.indent:
        keep = etree.XMLParser(strip_cdata=False, resolve_entities=False, no_network=True)
        copy = etree.ElementTree(etree.fromstring(etree.tostring(tree), keep)) if whole else \
            etree.fromstring(etree.tostring(node), keep)
        etree.indent(copy, space="\t")
        target = copy
    encoding = doc.encoding or "UTF-8"
    body = etree.tostring(target, encoding=encoding, xml_declaration=False, doctype=None) if whole \
        else etree.tostring(target, encoding=encoding, xml_declaration=False)
    # The DOCTYPE is written where the document has it (after a leading comment, say); added in front
    # only when the copy made for indenting lost it.
    if whole and tree.docinfo.doctype and b"<!DOCTYPE" not in body:
        body = tree.docinfo.doctype.encode(encoding) + b"\n" + body
    # 4D's XML engine (Xerces) always writes standalone, "no" unless the document says yes, with a
    # space before "?>", and an indented text ends with a line break (docs/decisions.md, "XML DOM").
    standalone = "yes" if doc.standalone else "no"
    head = f'<?xml version="1.0" encoding="{encoding}" standalone="{standalone}" ?>\n'.encode(encoding)
    return head + body + ("\n".encode(encoding) if doc.indent else b"")


@command("DOM EXPORT TO VAR", outputs=(2,))
def dom_export_to_var(element_ref, xml_var):
    """DOM EXPORT TO VAR(elementRef; vXmlVar): the XML text of a tree into a Text or Blob variable."""
    cmd = "DOM EXPORT TO VAR"
    doc, node = refs.lookup(element_ref, cmd)
    data = serialize(doc, node)
    target = out_target(xml_var)
    if type(target) is not Pointer:
        raise err("bad_param_type", index=2, callee=cmd, detail="a Text or Blob variable was expected")
    if isinstance(target.get(), (bytes, bytearray)):
        target.set(bytearray(data))
    else:
        target.set(data.decode(doc.encoding or "UTF-8", errors="replace"))
    set_ok(True)


@command("DOM EXPORT TO FILE")
def dom_export_to_file(element_ref, file_path):
    """DOM EXPORT TO FILE(elementRef; filePath): write the XML text of a tree into a document."""
    cmd = "DOM EXPORT TO FILE"
    doc, node = refs.lookup(element_ref, cmd)
    set_ok(False)
    real = paths.document_path(args.text(file_path, cmd, 2))
    try:
        with open(real, "wb") as fh:
            fh.write(serialize(doc, node))
    except OSError as e:
        raise paths.os_error(e, real) from None
    set_ok(True)


@command("DOM SET XML DECLARATION")
def dom_set_xml_declaration(element_ref, encoding, standalone=UNDEF, indentation=UNDEF):
    """DOM SET XML DECLARATION(elementRef; encoding{; standalone{; indentation}}): what the export's
    declaration says (and the encoding it writes in)."""
    cmd = "DOM SET XML DECLARATION"
    doc, _ = refs.lookup(element_ref, cmd)
    name = args.text(encoding, cmd, 2) or "UTF-8"
    try:
        "".encode(name)
    except LookupError:
        raise err("xml_value", detail=f"{cmd}: unknown encoding \"{name}\"") from None
    doc.encoding = name
    if standalone is not UNDEF:
        doc.standalone = args.boolean(standalone, cmd, 3)
    if indentation is not UNDEF:
        doc.indent = args.boolean(indentation, cmd, 4)


@command("XML SET OPTIONS")
def xml_set_options(element_ref, selector, value, *more):
    """XML SET OPTIONS(elementRef | *; selector; value{; selector2; value2...}): options of a tree
    (XML indentation 4, XML DOM case sensitivity 8; the conversion selectors are accepted)."""
    cmd = "XML SET OPTIONS"
    doc = None if element_ref is STAR or element_ref == "" else refs.lookup(element_ref, cmd)[0]
    pairs = (selector, value) + more
    if len(pairs) % 2:
        raise err("param_count", callee=cmd, detail="selectors and values go in pairs")
    for i in range(0, len(pairs), 2):
        sel = args.integer(pairs[i], cmd, 2 + i)
        val = args.integer(pairs[i + 1], cmd, 3 + i)
        if doc is None:
            continue
        if sel == XML_INDENTATION:
            doc.indent = val != XML_NO_INDENTATION
        elif sel == XML_DOM_CASE_SENSITIVITY:
            doc.case_sensitive = val != XML_CASE_INSENSITIVE


@command("XML GET OPTIONS", outputs=(3,))
def xml_get_options(element_ref, selector, value):
    """XML GET OPTIONS(elementRef | *; selector; value): an option XML SET OPTIONS set (0 for the
    selectors run4d does not keep)."""
    cmd = "XML GET OPTIONS"
    doc = None if element_ref is STAR or element_ref == "" else refs.lookup(element_ref, cmd)[0]
    sel = args.integer(selector, cmd, 2)
    result = 0
    if doc is not None and sel == XML_INDENTATION:
        result = XML_WITH_INDENTATION if doc.indent else XML_NO_INDENTATION
    elif doc is not None and sel == XML_DOM_CASE_SENSITIVITY:
        result = XML_CASE_SENSITIVE if doc.case_sensitive else XML_CASE_INSENSITIVE
    target = out_target(value)
    if type(target) is Pointer:
        target.set(result if type(target.get()) is int else float(result))
