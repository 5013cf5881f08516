"""XML DOM commands on lxml (libxml2): element references, parsing, navigation, editing, export.

Stage: stdlib. `refs.py` keeps the trees and the 16-character element references
4D code passes around; `names.py` maps 4D's qualified names (`svg:rect`, a default
namespace) and XPath to lxml; `parse.py` opens, creates, exports and closes trees
(DOM Parse XML source/variable, DOM Create XML Ref, DOM EXPORT TO VAR/FILE, DOM SET
XML DECLARATION, XML SET/GET OPTIONS); `navigate.py` moves through them (children,
siblings, parent, DOM Find XML element...); `edit.py` changes them (elements, values,
names, attributes, child nodes). lxml is used for its XPath 1.0, parent links and
namespace-aware serialization, which the standard library's ElementTree lacks.
"""
