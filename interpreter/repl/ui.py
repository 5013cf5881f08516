"""The REPL's terminal interface (the only module importing prompt_toolkit).

Stage: top level. Multi-line editing that continues while a block is open,
highlighting from the grammar's own tokens, live syntax checking,
completion (keywords, commands, classes, variables, members of live
objects), history with Ctrl-R and suggestions. Output of callbacks running
in other processes prints above the prompt. Ctrl-C cancels the running
input; Ctrl-D leaves, closing servers cleanly.
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading

from prompt_toolkit import PromptSession
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.completion import Completer, Completion
from prompt_toolkit.document import Document
from prompt_toolkit.history import FileHistory, InMemoryHistory
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.lexers import Lexer
from prompt_toolkit.patch_stdout import patch_stdout
from prompt_toolkit.styles import Style
from prompt_toolkit.validation import ValidationError, Validator

from interpreter.compiler.lexer import KEYWORDS
from interpreter.doctests.session import DocSession
from interpreter.repl.core import ReplCore, is_incomplete
from runtime.errors import AbortSignal, CompileErrors

STYLE = Style.from_dict({
    "keyword": "bold ansiblue", "command": "ansicyan", "string": "ansigreen", "number": "ansimagenta",
    "comment": "italic ansibrightblack", "variable": "ansiyellow", "error": "bg:ansired ansiwhite",
})
_KEYWORD_TYPES = set(KEYWORDS.values()) | {"DECLARE", "SHARED", "SINGLETON", "SESSION", "GET", "SET"}


class FourDLexer(Lexer):
    """Highlighting from run4d's own lexer (the grammar's tokens)."""

    def lex_document(self, document: Document):
        styles = _line_styles(document.text)

        def get_line(lineno: int):
            return styles.get(lineno, [("", document.lines[lineno])])

        return get_line


def _style_of(tok) -> str:
    from runtime import registry

    t = tok.type
    if t in _KEYWORD_TYPES:
        return "class:keyword"
    if t in ("STRING",):
        return "class:string"
    if t in ("NUMBER", "HEX", "DATE", "TIME"):
        return "class:number"
    if t in ("LINE_COMMENT", "BLOCK_COMMENT"):
        return "class:comment"
    if t in ("LOCAL", "INTERPROCESS"):
        return "class:variable"
    if t == "NAME" and (registry.lookup_command(tok.value) or registry.lookup_constant(tok.value)):
        return "class:command"
    return ""


def _line_styles(text: str) -> dict[int, list[tuple[str, str]]]:
    """{line index: [(style, text)...]}, or {} when the text cannot be lexed yet."""
    from interpreter.compiler.parser import get_parser

    lines = text.split("\n")
    spans: list[tuple[int, int, str]] = []
    try:
        for tok in get_parser().lex(text, dont_ignore=True):
            if tok.start_pos is not None and tok.type != "_NL":
                spans.append((tok.start_pos, tok.end_pos, _style_of(tok)))
    except Exception:  # half-typed input (an open text literal): no colours
        return {}
    out: dict[int, list[tuple[str, str]]] = {}
    offset = 0
    for index, line in enumerate(lines):
        start, end = offset, offset + len(line)
        pieces, pos = [], start
        for s, e, style in spans:
            if e <= start or s >= end:
                continue
            s, e = max(s, start), min(e, end)
            if s > pos:
                pieces.append(("", text[pos:s]))
            pieces.append((style, text[s:e]))
            pos = e
        if pos < end:
            pieces.append(("", text[pos:end]))
        out[index] = pieces
        offset = end + 1
    return out


class FourDCompleter(Completer):
    def __init__(self, core: ReplCore) -> None:
        self.core = core

    def get_completions(self, document: Document, complete_event):
        before = document.text_before_cursor
        for candidate in self.core.completions(before):
            word = _typed_word(before, candidate)
            yield Completion(candidate, start_position=-len(word))


def _typed_word(before: str, candidate: str) -> str:
    """The part of the input a completion replaces (may span words: "New ob")."""
    if "." in before.rsplit(" ", 1)[-1]:
        return before.rsplit(".", 1)[-1]
    low = before.lower()
    for size in range(min(len(candidate), len(before)), 0, -1):
        if candidate.lower().startswith(low[-size:]) and (size == len(before) or not before[-size - 1].isalnum()):
            return before[-size:]
    return ""


class SyntaxValidator(Validator):
    """Live syntax checking: complete input with an error is flagged (open blocks are not)."""

    def validate(self, document: Document) -> None:
        from interpreter.compiler.parser import normalize, parse_items

        text = document.text
        if not text.strip() or text.lstrip().startswith("%") or is_incomplete(text):
            return
        try:
            parse_items(normalize(text) + "\n", "<input>")
        except CompileErrors as e:
            first = e.errors[0]
            raise ValidationError(message=f"line {first.line}: {first.message}") from None


def _bindings(core: ReplCore) -> KeyBindings:
    kb = KeyBindings()

    @kb.add("enter")
    def _(event) -> None:
        buffer = event.current_buffer
        if is_incomplete(buffer.text) and buffer.document.is_cursor_at_the_end:
            buffer.insert_text("\n")
        else:
            buffer.validate_and_handle()

    @kb.add("escape", "enter")
    def _(event) -> None:
        event.current_buffer.validate_and_handle()

    @kb.add("tab")
    def _(event) -> None:
        buffer = event.current_buffer
        # Tab indents at the start of a line (4D code is indented with tabs), completes elsewhere.
        if not buffer.document.current_line_before_cursor.strip():
            buffer.insert_text("\t")
        elif buffer.complete_state:
            buffer.complete_next()
        else:
            buffer.start_completion(select_first=False)

    return kb


def _interrupt(thread: threading.Thread | None) -> None:
    """Cancel the code running in the main 4D process (Ctrl-C during an evaluation)."""
    if thread is not None and thread.ident is not None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread.ident), ctypes.py_object(AbortSignal))


def run(core: ReplCore, prompt: PromptSession) -> None:
    while True:
        try:
            text = prompt.prompt("4D> ")
        except KeyboardInterrupt:
            continue  # Ctrl-C at the prompt clears the line
        except EOFError:
            return
        try:
            answer = core.evaluate(text)
        except KeyboardInterrupt:
            _interrupt(core.session.main_process().thread)
            answer = "interrupted"
        except EOFError:
            return
        if answer:
            print(answer)


def make_prompt(core: ReplCore, input=None, output=None, history=None) -> PromptSession:
    return PromptSession(
        lexer=FourDLexer(), completer=FourDCompleter(core), validator=SyntaxValidator(),
        validate_while_typing=True, history=history or InMemoryHistory(),
        auto_suggest=AutoSuggestFromHistory(), key_bindings=_bindings(core), style=STYLE,
        multiline=True, prompt_continuation="... ", enable_history_search=False,
        input=input, output=output, complete_while_typing=False)


def run_lines(core: ReplCore, lines) -> None:
    """Line mode for piped input: no editor, each complete input is evaluated and answered."""
    pending: list[str] = []
    for line in lines:
        pending.append(line.rstrip("\r\n"))
        text = "\n".join(pending)
        if not text.strip() or is_incomplete(text):
            if not text.strip():
                pending.clear()
            continue
        pending.clear()
        try:
            answer = core.evaluate(text)
        except EOFError:
            return
        if answer:
            print(answer, flush=True)
    if any(p.strip() for p in pending):
        answer = core.evaluate("\n".join(pending))
        if answer:
            print(answer, flush=True)


def main() -> int:
    session = DocSession(root=os.getcwd(), http_port=None, timeout=None, capture=False).start()
    core = ReplCore(session)
    if not sys.stdin.isatty():
        try:
            run_lines(core, sys.stdin)
        finally:
            session.stop()
        return 0
    history = FileHistory(os.path.expanduser(os.environ.get("RUN4D_HISTORY", "~/.run4d_history")))
    # Terminals that never answer the cursor-position request (CI, some multiplexers) would get
    # prompt_toolkit's CPR warning after a delay; run4d's prompt does not need the answer.
    os.environ.setdefault("PROMPT_TOOLKIT_NO_CPR", "1")
    print("run4d REPL — %help for help, Ctrl-D to leave")
    try:
        with patch_stdout(raw=True):
            run(core, make_prompt(core, history=history))
    finally:
        session.stop()
    return 0
