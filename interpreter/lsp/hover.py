"""Hover and signature help: what a name is, and which parameter is being typed.

Stage: editor support. Commands show their syntax and one-line summary
(catalog.py), constants their value and theme, project methods and class
functions their signature and the comment above them, classes their parent
and constructor, locals their type (declared, or inferred from what was
last assigned to them).
"""

from __future__ import annotations

import re

from lsprotocol import types as lsp

from interpreter.lsp import catalog
from interpreter.lsp.context import in_code, target_at, types_at
from interpreter.lsp.inference import chain_before, parse_expression
from interpreter.lsp.positions import Cursor, to_utf16
from interpreter.lsp.symbols import Signature
from runtime.registry import key


def _code(text: str) -> str:
    return f"```4d\n{text}\n```"


def hover(ws, path: str, position: lsp.Position) -> lsp.Hover | None:
    cur = Cursor.at(ws.text(path), position)
    t = target_at(ws, path, cur)
    if t is None:
        return None
    value = _describe(ws, path, cur, t)
    if not value:
        return None
    line = cur.line - 1
    rng = lsp.Range(lsp.Position(line, to_utf16(cur.text, t.start)), lsp.Position(line, to_utf16(cur.text, t.end)))
    return lsp.Hover(contents=lsp.MarkupContent(lsp.MarkupKind.Markdown, value), range=rng)


def _describe(ws, path: str, cur: Cursor, t) -> str:
    if t.kind == "command":
        info = catalog.command(t.name)
        text = _code(info.syntax)
        if info.summary:
            text += "\n\n" + info.summary
        if not info.implemented:
            text += "\n\n*Not implemented by run4d.*"
        return text
    if t.kind == "constant":
        name, value = catalog.constant(t.name)
        theme = catalog.constant_themes().get(key(name), "")
        return _code(f"{name} = {catalog.show_value(value)}") + (f"\n\nConstant, theme *{theme}*" if theme else "")
    if t.kind == "method":
        fs = ws.method_symbols(t.name)
        sig = fs.method if fs else None
        text = _code(sig.label(fs.name) if sig else t.name) + "\n\nProject method"
        return text + ("\n\n" + sig.doc if sig and sig.doc else "")
    if t.kind == "class":
        return _class_text(ws, t.name)
    if t.kind == "member" and t.member is not None:
        m = t.member
        if m.sig is not None:
            owner = m.owner.name if m.owner else ""
            text = _code(m.sig.label(owner))
            return text + ("\n\n" + m.sig.doc if m.sig.doc else "")
        if m.kind == "class":
            return _class_text(ws, m.name) if m.detail == "class" else _code(f"4D.{m.name}") + "\n\nBuilt-in class"
        owner = f" (class {m.owner.name})" if m.owner else ""
        return _code(f"property {m.name}" + (f" : {m.detail}" if m.detail else "")) + owner
    if t.kind == "local":
        types = types_at(ws, path, cur.line)
        v = types.scope.locals.get(t.name.lower())
        if v is None:
            return ""
        what = "parameter" if v.is_param else "local variable"
        shown = v.type_name or (str(t.type) if t.type else "")
        inferred = "" if v.type_name or not t.type else " (inferred)"
        return _code(f"${v.name}" + (f" : {shown}" if shown else "")) + f"\n\n{what}{inferred}"
    if t.kind == "this":
        types = types_at(ws, path, cur.line)
        this = types.this()
        return _code(f"This : {this}") if this else ""
    return ""


def _class_text(ws, name: str) -> str:
    fs = ws.class_symbols(name)
    if fs is None:
        return _code(f"cs.{name}") + "\n\nUnknown class"
    head = f"Class {fs.name}" + (f" extends {fs.parent}" if fs.parent else "")
    lines = [head]
    if fs.constructor:
        lines.append(fs.constructor.label())
    return _code("\n".join(lines))


# ---------------------------------------------------------------------- signature help


def _open_call(before: str) -> tuple[int, int] | None:
    """(index of the unclosed '(' around the cursor, number of ';' after it at its level)."""
    depth, semis = 0, 0
    i = len(before) - 1
    code = _blank_literals(before)
    while i >= 0:
        ch = code[i]
        if ch in ")]}":
            depth += 1
        elif ch in "([{":
            if depth == 0:
                return (i, semis) if ch == "(" else None
            depth -= 1
        elif ch in ";," and depth == 0:
            semis += 1
        i -= 1
    return None


def _blank_literals(text: str) -> str:
    return re.sub(r'"(?:[^"\\\n]|\\.)*"?', lambda m: '"' + " " * (len(m.group()) - 1), text)


def signature_help(ws, path: str, position: lsp.Position) -> lsp.SignatureHelp | None:
    cur = Cursor.at(ws.text(path), position)
    if not in_code(cur.before):
        return None
    found = _open_call(cur.before)
    if found is None:
        return None
    paren, active = found
    head = cur.before[:paren].rstrip()
    m = re.search(r"(\w+(?: \w+){0,4})$", head)
    if m is None:
        return None
    sig_info = None
    if head[: m.start()].endswith("."):
        sig_info = _member_signature(ws, path, cur, head, m.start() - 1, m.group(1).split()[-1])
    else:
        words = m.group(1).split(" ")
        for i in range(len(words)):
            sig_info = _named_signature(ws, " ".join(words[i:]))
            if sig_info is not None:
                break
    if sig_info is None:
        return None
    return lsp.SignatureHelp(signatures=[sig_info], active_signature=0,
                             active_parameter=min(active, max(len(sig_info.parameters or []) - 1, 0)))


def _named_signature(ws, name: str) -> lsp.SignatureInformation | None:
    fs = ws.method_symbols(name)
    if fs is not None and fs.method is not None:
        return _from_signature(fs.method, fs.name)
    info = catalog.command(name)
    if info is not None:
        params = [lsp.ParameterInformation(label=p) for p in info.params]
        doc = lsp.MarkupContent(lsp.MarkupKind.Markdown, info.summary) if info.summary else None
        return lsp.SignatureInformation(label=info.syntax, parameters=params, documentation=doc)
    return None


def _member_signature(ws, path: str, cur: Cursor, head: str, dot: int, name: str):
    expr_text = chain_before(head, dot)
    expr = parse_expression(expr_text) if expr_text else None
    if expr is None:
        return None
    types = types_at(ws, path, cur.line)
    receiver = types.of(expr)
    if receiver is not None and receiver.kind == "class" and name == "new" and receiver.name.startswith("cs."):
        fs = ws.class_symbols(receiver.name[3:])
        chain = ws.class_chain(receiver.name[3:]) if fs else []
        ctor = next((c.constructor for c in chain if c.constructor), None)
        return _from_signature(ctor, fs.name) if ctor else None
    for m in types.members(receiver):
        if m.name == name and m.sig is not None:
            return _from_signature(m.sig, m.owner.name if m.owner else "")
    return None


def _from_signature(sig: Signature, owner: str) -> lsp.SignatureInformation:
    label = sig.label(owner)
    params = []
    for pname, ptype, variadic in sig.params:
        text = "..." if variadic else "$" + pname
        params.append(lsp.ParameterInformation(label=f"{text} : {ptype}" if ptype else text))
    doc = lsp.MarkupContent(lsp.MarkupKind.Markdown, sig.doc) if sig.doc else None
    return lsp.SignatureInformation(label=label, parameters=params, documentation=doc)
