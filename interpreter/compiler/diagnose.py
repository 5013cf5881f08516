"""Diagnosis: every syntax error of a file, once the whole-file parse failed.

Stage: front end, error path only. The file is lexed once (a bad character
is reported and blanked, then lexing resumes); each line is parsed on its
own with the grammar's `line` rule; then the block structure (If...End if,
Function boundaries) is checked with a stack. Returns CompileErrors in
source order; never raises.
"""

from __future__ import annotations

from interpreter.compiler.larkpkg import UnexpectedCharacters, UnexpectedInput
from interpreter.compiler.parser import TERMINALS, describe_expected, get_parser, to_compile_error, token_text
from runtime.errors import CompileError

# Opening token -> the tokens that may continue or close its block.
OPENERS = {
    "IF": ("END_IF", {"ELSE"}),
    "CASE_OF": ("END_CASE", {"COLON", "ELSE"}),
    "WHILE": ("END_WHILE", set()),
    "REPEAT": ("UNTIL", set()),
    "FOR": ("END_FOR", set()),
    "FOR_EACH": ("END_FOR_EACH", set()),
    "USE": ("END_USE", set()),
    "TRY": ("END_TRY", {"CATCH"}),
}
CLOSERS = {closer: opener for opener, (closer, _) in OPENERS.items()}
MEMBERS = {"FUNCTION", "CLASS_CONSTRUCTOR", "CLASS_EXTENDS", "PROPERTY", "SHARED", "SINGLETON", "SESSION"}


def _lex(text: str, path: str, errors: list[CompileError]):
    parser = get_parser()
    chars = list(text)
    for _ in range(200):
        try:
            return list(parser.lex("".join(chars)))
        except UnexpectedCharacters as e:
            errors.append(to_compile_error(e, "".join(chars), path))
            end = text.find("\n", e.pos_in_stream)
            end = len(text) if end < 0 else end
            for i in range(e.pos_in_stream, end):
                chars[i] = " "  # skip the rest of the bad line
    return []


def _lines(tokens):
    line: list = []
    for tok in tokens:
        line.append(tok)
        if tok.type == "_NL":
            yield line
            line = []
    if line:
        yield line


def diagnose(text: str, path: str) -> list[CompileError]:
    errors: list[CompileError] = []
    tokens = _lex(text, path, errors)
    src_lines = text.split("\n")
    parser = get_parser()
    stack: list[tuple[str, object]] = []  # (opener type, token)
    for toks in _lines(tokens):
        if len(toks) == 1:
            continue
        ip = parser.parse_interactive("", start="line")
        try:
            for tok in toks:
                ip.feed_token(tok)
            ip.feed_eof(toks[-1])
        except UnexpectedInput as e:
            errors.append(to_compile_error(e, text, path))
        if toks[0].type == "TRY" and toks[1].type != "_NL":
            continue  # Try(expression): a statement, not the opening of a Try block
        _structure(toks[0], stack, errors, src_lines, path)
    last = len(src_lines)
    while last > 1 and not src_lines[last - 1].strip():
        last -= 1
    for opener, tok in stack:
        closer = TERMINALS.get(OPENERS[opener][0], OPENERS[opener][0])
        errors.append(CompileError(
            f"{TERMINALS.get(opener, opener)} (line {tok.line}) is not closed", path, last,
            max(len(src_lines[last - 1]), 1), src_lines[last - 1], [closer]))
    errors.sort(key=lambda e: (e.line, e.col))
    return errors


def _structure(first, stack, errors, src_lines, path) -> None:
    t = first.type
    if t in MEMBERS:
        while stack:
            opener, tok = stack.pop()
            errors.append(_err(f"{TERMINALS.get(opener, opener)} (line {tok.line}) is not closed",
                               first, src_lines, path, [TERMINALS.get(OPENERS[opener][0], "")]))
        return
    if t in OPENERS:
        stack.append((t, first))
        return
    if t in CLOSERS or t in ("ELSE", "CATCH", "COLON"):
        for opener, _tok in reversed(stack):
            closer, middles = OPENERS[opener]
            if t == closer or t in middles:
                break
        else:
            errors.append(_err(f"{TERMINALS.get(t, token_text(first))} without a matching block",
                               first, src_lines, path, []))
            return
        while stack:
            opener, tok = stack[-1]
            closer, middles = OPENERS[opener]
            if t in middles:
                return
            stack.pop()
            if t == closer:
                return
            errors.append(_err(f"{TERMINALS.get(opener, opener)} (line {tok.line}) is not closed",
                               first, src_lines, path, [TERMINALS.get(closer, closer)]))


def _err(msg, tok, src_lines, path, expected) -> CompileError:
    line = tok.line
    return CompileError(msg, path, line, tok.column, src_lines[line - 1] if 0 < line <= len(src_lines) else "",
                        [e for e in expected if e])


__all__ = ["diagnose", "describe_expected"]
