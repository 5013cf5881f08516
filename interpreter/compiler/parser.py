"""Parser: 4D source text -> Lark tree -> top-level AST items.

Stage: the front of the pipeline. One Lark LALR parser (tables cached on
disk) serves every file. On failure, diagnose.py re-reads the file line by
line so that all syntax errors are reported at once.
"""

from __future__ import annotations

import sys
import threading
from functools import lru_cache

from grammar import grammar_text
from interpreter.compiler import names
from interpreter.compiler.builder import Builder
from interpreter.compiler.larkpkg import (
    UnexpectedCharacters,
    UnexpectedEOF,
    UnexpectedInput,
    UnexpectedToken,
    lark_class,
)
from interpreter.compiler.lexer import NameTable, PostLexer
from interpreter.compiler.names import normalize  # noqa: F401  (re-exported: parse callers normalise first)
from runtime import catalog
from runtime.errors import CompileError, CompileErrors

# Every command of 4D's language reference is one name, implemented or not;
# Program adds the registry's constants and the project's method names.
NAMES = NameTable(catalog.names())
names.attach(NAMES)  # with the project's names added before the parser was loaded

# Friendly names for the grammar's terminals, for "expected ..." messages.
TERMINALS = {
    "LPAR": "'('", "RPAR": "')'", "LSQB": "'['", "RSQB": "']'", "LBRACE": "'{'", "RBRACE": "'}'",
    "SEMI": "';'", "COMMA": "','", "COLON": "':'", "DOT": "'.'", "ASSIGN": "':='",
    "QMARK": "'?'", "ARROW": "'->'", "_NL": "end of line", "$END": "end of file",
    "NAME": "a name", "LOCAL": "a $variable", "STRING": "a text", "NUMBER": "a number",
    "IF": "If", "ELSE": "Else", "END_IF": "End if", "CASE_OF": "Case of", "END_CASE": "End case",
    "WHILE": "While", "END_WHILE": "End while", "REPEAT": "Repeat", "UNTIL": "Until",
    "FOR": "For", "END_FOR": "End for", "FOR_EACH": "For each", "END_FOR_EACH": "End for each",
    "USE": "Use", "END_USE": "End use", "TRY": "Try", "CATCH": "Catch", "END_TRY": "End try",
    "RETURN": "return", "VAR": "var", "FUNCTION": "Function", "PROPERTY": "property",
    "CLASS_CONSTRUCTOR": "Class constructor", "CLASS_EXTENDS": "Class extends",
    "ALIAS": "Alias", "TABLE": "a [Table]", "FIELD": "a [Table]Field", "SQL_BLOCK": "Begin SQL",
}
_EXPR_STARTS = {"NAME", "LOCAL", "STRING", "NUMBER", "LPAR"}


_BUILDER = Builder("<source>")
_LOCK = threading.Lock()  # the builder holds the current file's path


@lru_cache(maxsize=1)
def get_parser():
    # The builder runs as the LALR parser reduces (no parse tree is built).
    return lark_class()(
        grammar_text(),
        parser="lalr",
        lexer="basic",
        postlex=PostLexer(NAMES),
        maybe_placeholders=False,
        start=["start", "line"],
        transformer=_BUILDER,
        cache=True,
    )


def describe_expected(expected) -> list[str]:
    names = set(expected)
    out = []
    if names & _EXPR_STARTS and len(names) > 6:
        out.append("an expression")
        names -= {"NAME", "LOCAL", "STRING", "NUMBER", "HEX", "DATE", "TIME", "LPAR", "LSQB",
                  "LBRACE", "MINUS", "PLUS", "ARROW", "FOURD", "DOLLAR_BRACE", "INTERPROCESS", "TRY"}
        if len(names) > 8:
            return out
    for name in sorted(names):
        if name in TERMINALS:
            out.append(TERMINALS[name])
    return out


def token_text(tok) -> str:
    if tok.type == "_NL":
        return "end of line"
    if tok.type == "$END":
        return "end of file"
    return repr(str(tok.value))


def to_compile_error(e: UnexpectedInput, text: str, path: str) -> CompileError:
    lines = text.split("\n")
    line = e.line if e.line and e.line > 0 else len(lines)
    col = e.column if e.column and e.column > 0 else 1
    source_line = lines[line - 1] if 0 < line <= len(lines) else ""
    if isinstance(e, UnexpectedCharacters):
        ch = text[e.pos_in_stream] if e.pos_in_stream < len(text) else ""
        if ch == '"':
            msg = "unterminated text literal"
        elif text.startswith("/*", e.pos_in_stream):
            msg = "unterminated comment"
        else:
            msg = f"unexpected character {ch!r}"
        return CompileError(msg, path, line, col, source_line)
    if isinstance(e, UnexpectedToken):
        tok = e.token
        if tok.type == "$END":
            # Report an unclosed block where the file ends.
            line = len(lines)
            source_line = lines[-1] if lines else ""
            col = max(len(source_line), 1)
        msg = f"unexpected {token_text(tok)}"
        return CompileError(msg, path, line, col, source_line,
                            describe_expected(e.expected))
    if isinstance(e, UnexpectedEOF):
        return CompileError("unexpected end of file", path, len(lines), 1,
                            lines[-1] if lines else "", describe_expected(e.expected))
    return CompileError(str(e), path, line, col, source_line)




@lru_cache(maxsize=1)
def fast_tables():
    """Lark's tables decoded for the fast path (fastparse.py), or None if it cannot use them.

    Kept on disk (fastcache.py): a start-up reads them there without loading Lark's parser,
    which is then loaded only if Lark's own route runs (a syntax error, the diagnostics).
    """
    from interpreter.compiler import fastcache, fastparse, lexer

    path = fastcache.path_for(grammar_text(), sys.modules[__name__], lexer, fastparse)
    spec = fastcache.load(path)
    if spec is not None:
        try:
            return fastparse.Tables.from_spec(spec, _BUILDER, PostLexer(NAMES))
        except ValueError:
            return None
        except Exception:  # noqa: BLE001  (tables this code cannot read: made again from Lark below)
            spec = None
    try:
        tables = fastparse.Tables(get_parser())
    except ValueError:
        return None
    fastcache.store(path, tables.spec)
    return tables


def parse_items(text: str, path: str = "<source>") -> list:
    """Parse a whole file (newlines already normalised); return its top-level items.

    Raises CompileErrors listing every syntax error found. The fast path (fastparse.py)
    parses with Lark's tables; on any syntax error, Lark's own parser reads the file
    again and gives the error as it always has.
    """
    from interpreter.compiler.fastparse import Fallback, parse

    with _LOCK:
        tables = fast_tables()
        if tables is not None:
            _BUILDER.start_file(path)
            try:
                return parse(tables, text, "start")
            except Fallback:
                pass  # a syntax error: Lark's own route below parses the file again and words it
            except CompileError as bad_literal:
                raise CompileErrors([bad_literal]) from None
        _BUILDER.start_file(path)
        try:
            return get_parser().parse(text, start="start")
        except UnexpectedInput as first:
            failure = first
        except CompileError as bad_literal:
            raise CompileErrors([bad_literal]) from None
    from interpreter.compiler.diagnose import diagnose

    errors = diagnose(text, path) or [to_compile_error(failure, text, path)]
    raise CompileErrors(errors) from None
