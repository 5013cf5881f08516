"""Completion: what may be typed at the cursor.

Stage: editor support. After a dot, the members of the expression before it
(inference.py: `$g.` for `var $g : cs.Greeter`, `This.`, `cs.`, `4D.`,
collections, objects with known properties). After `$`, the locals and
parameters in scope. After `: ` in a declaration, the types. Elsewhere the
keywords, the commands (syntax as detail; the ones run4d does not implement
are marked), the constants, the project methods and `cs`/`4D`. A name of
several words is completed as a whole: `New ob` gives `New object`.
"""

from __future__ import annotations

import re

from lsprotocol import types as lsp

from interpreter.lsp import catalog
from interpreter.lsp.context import in_code, types_at
from interpreter.lsp.inference import Member, chain_before, parse_expression
from interpreter.lsp.positions import Cursor, to_utf16

K = lsp.CompletionItemKind
_TYPE_CONTEXT = re.compile(r"(?:^\s*(?:var|property)\b[^:]*|[$.][\w]*\s*|\)\s*(?:->\s*\$\w+\s*)?)\s*:\s*(\w*)$",
                           re.IGNORECASE)


def complete(ws, path: str, position: lsp.Position) -> lsp.CompletionList:
    cur = Cursor.at(ws.text(path), position)
    before = cur.before
    if not in_code(before):
        return lsp.CompletionList(is_incomplete=False, items=[])
    m = re.search(r"(?<!\.)\.(\w*)$", before)
    if m:
        return _members(ws, path, cur, m.start(), m.group(1))
    m = _TYPE_CONTEXT.search(before)
    if m and ":=" not in before[m.start():]:
        return _types(cur, m.group(1))
    m = re.search(r"\$(\w*)$", before)
    if m:
        return _locals(ws, path, cur, m.group(1))
    return _names(ws, cur)


def _range(cur: Cursor, start: int, end: int) -> lsp.Range:
    line = cur.line - 1
    return lsp.Range(lsp.Position(line, to_utf16(cur.text, start)), lsp.Position(line, to_utf16(cur.text, end)))


def _members(ws, path: str, cur: Cursor, dot: int, partial: str) -> lsp.CompletionList:
    expr_text = chain_before(cur.before, dot)
    expr = parse_expression(expr_text) if expr_text else None
    if expr is None:
        return lsp.CompletionList(is_incomplete=False, items=[])
    types = types_at(ws, path, cur.line)
    rng = _range(cur, dot + 1, cur.col)
    items = [_member_item(m, rng) for m in types.members(types.of(expr))]
    return lsp.CompletionList(is_incomplete=False, items=items)


def _member_item(m: Member, rng: lsp.Range) -> lsp.CompletionItem:
    kind = {"function": K.Method, "property": K.Property, "class": K.Class}.get(m.kind, K.Field)
    doc = lsp.MarkupContent(lsp.MarkupKind.Markdown, m.doc) if m.doc else None
    return lsp.CompletionItem(label=m.name, kind=kind, detail=m.detail or None, documentation=doc,
                              text_edit=lsp.TextEdit(rng, m.name))


def _types(cur: Cursor, partial: str) -> lsp.CompletionList:
    rng = _range(cur, cur.col - len(partial), cur.col)
    items = [lsp.CompletionItem(label=t, kind=K.TypeParameter, text_edit=lsp.TextEdit(rng, t))
             for t in catalog.TYPES]
    items += [lsp.CompletionItem(label=s, kind=K.Module, text_edit=lsp.TextEdit(rng, s),
                                 detail="user classes" if s == "cs" else "built-in classes") for s in ("cs", "4D")]
    return lsp.CompletionList(is_incomplete=False, items=items)


def _locals(ws, path: str, cur: Cursor, partial: str) -> lsp.CompletionList:
    types = types_at(ws, path, cur.line)
    rng = _range(cur, cur.col - len(partial) - 1, cur.col)
    items = []
    for v in types.scope.locals.values():
        if not v.name or (v.name.isdigit() and not v.is_param):
            continue  # "$" alone is what is being typed
        t = types.local(v.name)
        detail = ("parameter" if v.is_param else "local") + (f" : {t}" if t else "")
        items.append(lsp.CompletionItem(label="$" + v.name, kind=K.Variable, detail=detail,
                                        text_edit=lsp.TextEdit(rng, "$" + v.name), filter_text="$" + v.name))
    return lsp.CompletionList(is_incomplete=False, items=items)


def _names(ws, cur: Cursor) -> lsp.CompletionList:
    m = re.search(r"(\w+(?: \w+){0,4})$", cur.before)
    typed = m.group(1) if m else ""
    words = typed.split(" ")
    # Candidate prefixes: "New ob", then "ob" (the longest that some name starts with wins per item).
    prefixes = [(" ".join(words[i:]), cur.col - len(" ".join(words[i:]))) for i in range(len(words))]
    last = prefixes[-1][0] if prefixes else ""
    if not last:
        items = _pool_items(ws, [("", cur.col)], cur, with_library=False)
        return lsp.CompletionList(is_incomplete=True, items=items)
    return lsp.CompletionList(is_incomplete=False, items=_pool_items(ws, prefixes, cur, with_library=True))


def _pool(ws, with_library: bool):
    """(name, kind, detail, documentation, sort group) of every name the editor may offer."""
    for kw in catalog.keywords():
        yield kw, K.Keyword, "keyword", None, "1"
    for name in ws.methods():
        fs = ws.method_symbols(name) if with_library else None
        sig = fs.method if fs is not None else None
        detail = sig.label(name) if sig is not None else "project method"
        yield name, K.Method, detail, (sig.doc if sig is not None else None), "0"
    yield "cs", K.Module, "the project's classes", None, "1"
    yield "4D", K.Module, "the built-in classes", None, "1"
    if not with_library:
        return
    for info in catalog.commands().values():
        doc = info.summary
        if not info.implemented:
            doc = ("Not implemented by run4d. " + doc).strip()
        yield info.name, K.Function, info.syntax, doc or None, "2" if info.implemented else "4"
    themes = catalog.constant_themes()
    for name, value in catalog.constants():
        from runtime.registry import key

        theme = themes.get(key(name), "")
        yield name, K.Constant, catalog.show_value(value) + (f" ({theme})" if theme else ""), None, "3"


def _pool_items(ws, prefixes: list[tuple[str, int]], cur: Cursor, with_library: bool) -> list[lsp.CompletionItem]:
    items = []
    seen: set[str] = set()
    lowered = [(p.lower(), start) for p, start in prefixes]
    for name, kind, detail, doc, group in _pool(ws, with_library):
        low = name.lower()
        for prefix, start in lowered:  # the longest prefix first
            if low.startswith(prefix):
                if low in seen:
                    break
                seen.add(low)
                item = lsp.CompletionItem(label=name, kind=kind, detail=detail,
                                          sort_text=f"{group}{name.lower()}", filter_text=name,
                                          text_edit=lsp.TextEdit(_range(cur, start, cur.col), name))
                if doc:
                    item.documentation = lsp.MarkupContent(lsp.MarkupKind.Markdown, doc)
                if kind == K.Function and group == "4":
                    item.label_details = lsp.CompletionItemLabelDetails(description="not in run4d")
                items.append(item)
                break
    return items
