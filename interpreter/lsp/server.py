"""The language server: LSP over stdio (or TCP) on pygls, for `run4d lsp`.

Stage: the protocol layer of the editor support. pygls reads and writes
JSON-RPC on its asyncio loop; every analysis runs on one worker thread
(Worker), requests first, then the checks of open documents, then the
background checks of the rest of the workspace, so the analysis state
(workspace.py) is never shared between threads. Diagnostics are debounced:
a check starts once a document has been quiet for `debounce` seconds, and
is abandoned between statements when a newer version arrives. An exception
inside a request answers that request with an error and is logged to
stderr (pygls does both); the server keeps running.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import itertools
import logging
import os
import queue
import socket
import sys
import threading
import time
from concurrent.futures import Future

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from interpreter.lsp import catalog, completion, formatting, highlight, hover, navigation
from interpreter.lsp.positions import diagnostic
from interpreter.lsp.workspace import Workspace

log = logging.getLogger("run4d.lsp")

REQUEST, EDIT, BACKGROUND = 0, 1, 2
DEBOUNCE = 0.08  # seconds of quiet before a changed document is checked


class Worker:
    """One thread running submitted calls, most urgent first.

    Garbage collection: the analysis state (parsed statements, symbols, scopes) is
    a large heap that lives on from edit to edit, and Python's collector would scan
    it again and again (a full collection took 100-300 ms on a 5,000-line method,
    more than the check itself). So when the queue runs dry, what is alive is frozen
    (gc.freeze: never scanned again, still freed by reference counting), and a full
    collection, which reclaims cycles among frozen objects, runs only once the
    server has been quiet for TIDY_AFTER seconds, at most once per TIDY_EVERY.
    """

    TIDY_AFTER = 2.0
    TIDY_EVERY = 60.0

    def __init__(self) -> None:
        self.queue: queue.PriorityQueue = queue.PriorityQueue()
        self.seq = itertools.count()
        self.untidy = False  # work was done since the last full collection
        self.last_tidy = time.monotonic()
        self.thread = threading.Thread(target=self._run, name="run4d-lsp-analysis", daemon=True)
        self.thread.start()

    def submit(self, priority: int, fn, *args) -> Future:
        fut: Future = Future()
        self.queue.put((priority, next(self.seq), fn, args, fut))
        return fut

    def stop(self) -> None:
        self.queue.put((-1, next(self.seq), None, (), Future()))

    def _run(self) -> None:
        while True:
            try:
                _prio, _seq, fn, args, fut = self.queue.get(timeout=self.TIDY_AFTER if self.untidy else None)
            except queue.Empty:
                self._tidy()
                continue
            if fn is None:
                return
            if fut.set_running_or_notify_cancel():
                try:
                    fut.set_result(fn(*args))
                except BaseException as e:  # noqa: BLE001  (reported to the caller, never kills the thread)
                    fut.set_exception(e)
            self.untidy = True
            if self.queue.empty():
                gc.freeze()

    def _tidy(self) -> None:
        if time.monotonic() - self.last_tidy < self.TIDY_EVERY:
            return
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        self.untidy, self.last_tidy = False, time.monotonic()


class Run4DServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("run4d-lsp", "0.1.0", text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.ws: Workspace | None = None
        self.worker = Worker()
        self.debounce = DEBOUNCE
        self.loop: asyncio.AbstractEventLoop | None = None
        self.timers: dict[str, asyncio.TimerHandle] = {}
        self.latest: dict[str, int] = {}  # path -> newest version received (read by the worker)
        self.published: set[str] = set()  # paths whose last diagnostics were not empty

    # ------------------------------------------------------------------ plumbing

    def run(self, priority: int, fn, *args) -> asyncio.Future:
        """Run fn on the analysis thread; await its result from a handler."""
        return asyncio.wrap_future(self.worker.submit(priority, fn, *args))

    def background(self, priority: int, fn, *args) -> None:
        fut = self.worker.submit(priority, fn, *args)
        fut.add_done_callback(_log_failure)

    def document(self, uri: str) -> tuple[str, str, int]:
        doc = self.workspace.get_text_document(uri)
        return to_fs_path(uri) or uri, doc.source, doc.version or 0

    def sync(self, path: str, text: str, version: int) -> None:
        """On the worker: make the workspace's copy of an open document current."""
        st = self.ws.state(path)
        if st.text is None or st.version != version or st.text != text:
            self.ws.set_text(path, text, version)

    def with_text(self, path: str, text: str, version: int, feature, *args):
        """On the worker: bring the document up to date, then answer the request."""
        self.sync(path, text, version)
        return feature(self.ws, path, *args)

    def publish(self, path: str, errors, version: int | None = None) -> None:
        """From the worker: send a file's diagnostics (for a closed file, nothing when
        none were and none are: a project's thousands of clean files stay quiet)."""
        if not errors and path not in self.published and version is None:
            return
        if errors:
            self.published.add(path)
        else:
            self.published.discard(path)
        params = lsp.PublishDiagnosticsParams(uri=from_fs_path(path), diagnostics=[diagnostic(e) for e in errors],
                                              version=version if version and version >= 0 else None)
        self.loop.call_soon_threadsafe(self.text_document_publish_diagnostics, params)

    # ------------------------------------------------------------------ checking (worker thread)

    def check(self, path: str, text: str | None = None, version: int = 0) -> None:
        if text is not None:
            if self.latest.get(path, version) != version:
                return  # a newer version is on its way
            st = self.ws.state(path)
            known = st.errors if st.text is None and st.symbols is not None and st.checked_version == -1 else None
            self.sync(path, text, version)
            if known is not None and st.text == self.ws.disk_text(path):
                # Just opened, as on disk, which was checked: its diagnostics at once; the full
                # compile below, which the next keystrokes build on, gives the same.
                self.publish(path, known, version)
        st = self.ws.state(path)
        want = st.version if st.is_open else None

        def cancelled() -> bool:
            return want is not None and self.latest.get(path, want) != want

        from interpreter.lsp.checker import Cancelled

        try:
            errors, dependents = self.ws.check(path, cancelled)
        except Cancelled:
            return
        self.publish(path, errors, want)
        for other in dependents:
            self.background(BACKGROUND, self.check, other)

    def start_workspace(self, root: str | None) -> None:
        """Declare every method and class of the workspace (from file names: no parsing)."""
        self.ws = Workspace(root)
        self.ws.discover()

    def check_all(self) -> None:
        """Check every file of the workspace in the background, with a progress report
        when the client shows them ("Checking 2000 files", then done)."""
        paths = list(self.ws.files)
        progress = _Progress(self, len(paths))
        for path in paths:
            self.background(BACKGROUND, self._initial_check, path, progress)

    def _initial_check(self, path: str, progress: _Progress) -> None:
        try:
            self.check(path)
        finally:
            progress.step()

    def schedule(self, uri: str) -> None:
        """(loop) Check a document once it has been quiet for `debounce` seconds."""
        path = to_fs_path(uri) or uri
        old = self.timers.pop(path, None)
        if old is not None:
            old.cancel()

        def fire() -> None:
            self.timers.pop(path, None)
            try:
                _path, text, version = self.document(uri)
            except KeyError:
                return
            self.background(EDIT, self.check, path, text, version)

        self.timers[path] = self.loop.call_later(self.debounce, fire)


class _Progress:
    """A work-done progress shown by the client while the workspace is checked."""

    def __init__(self, server: Run4DServer, total: int) -> None:
        self.server, self.total, self.done = server, total, 0
        caps = server.client_capabilities.window
        self.token = "run4d-check" if caps is not None and caps.work_done_progress and total else None
        if self.token is not None:
            server.loop.call_soon_threadsafe(self._begin)

    def _begin(self) -> None:
        wdp = self.server.work_done_progress
        wdp.create(self.token).add_done_callback(lambda _f: None)
        wdp.begin(self.token, lsp.WorkDoneProgressBegin(title=f"Checking {self.total} 4D files", percentage=0,
                                                        cancellable=False))

    def step(self) -> None:
        """(worker) One more file checked."""
        self.done += 1
        if self.token is None:
            return
        if self.done == self.total:
            end = lsp.WorkDoneProgressEnd(message=f"{self.total} files checked")
            self.server.loop.call_soon_threadsafe(self.server.work_done_progress.end, self.token, end)
        elif self.done % max(1, self.total // 20) == 0:
            report = lsp.WorkDoneProgressReport(message=f"{self.done}/{self.total}",
                                                percentage=100 * self.done // self.total)
            self.server.loop.call_soon_threadsafe(self.server.work_done_progress.report, self.token, report)


def _log_failure(fut: Future) -> None:
    if not fut.cancelled() and fut.exception() is not None:
        e = fut.exception()
        log.error("analysis failed: %s", e, exc_info=(type(e), e, e.__traceback__))


SEMANTIC_LEGEND = lsp.SemanticTokensLegend(token_types=list(highlight.TOKEN_TYPES),
                                           token_modifiers=list(highlight.TOKEN_MODIFIERS))


def build_server() -> Run4DServer:
    server = Run4DServer()

    @server.feature(lsp.INITIALIZE)
    async def initialize(ls: Run4DServer, params: lsp.InitializeParams):
        ls.loop = asyncio.get_running_loop()
        opts = params.initialization_options or {}
        if isinstance(opts, dict) and isinstance(opts.get("debounce"), (int, float)):
            ls.debounce = max(0.0, float(opts["debounce"]) / 1000)
        root = None
        if params.workspace_folders:
            root = to_fs_path(params.workspace_folders[0].uri)
        elif params.root_uri:
            root = to_fs_path(params.root_uri)
        elif params.root_path:
            root = params.root_path
        await ls.run(REQUEST, ls.start_workspace, root)

    @server.feature(lsp.INITIALIZED)
    def initialized(ls: Run4DServer, params: lsp.InitializedParams):
        ls.background(BACKGROUND, catalog.commands)  # imports every command module: before the first completion
        ls.background(BACKGROUND, ls.check_all)
        caps = ls.client_capabilities.workspace
        watch = caps.did_change_watched_files if caps else None
        if watch is not None and watch.dynamic_registration:
            options = lsp.DidChangeWatchedFilesRegistrationOptions(
                watchers=[lsp.FileSystemWatcher(glob_pattern="**/*.4dm")])
            ls.client_register_capability(lsp.RegistrationParams(registrations=[
                lsp.Registration(id="run4d-4dm-files", method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                 register_options=options)]))

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: Run4DServer, params: lsp.DidOpenTextDocumentParams):
        path, text, version = ls.document(params.text_document.uri)
        ls.latest[path] = version
        ls.background(EDIT, ls.check, path, text, version)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: Run4DServer, params: lsp.DidChangeTextDocumentParams):
        path, _text, version = ls.document(params.text_document.uri)
        ls.latest[path] = version
        ls.schedule(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: Run4DServer, params: lsp.DidSaveTextDocumentParams):
        ls.schedule(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: Run4DServer, params: lsp.DidCloseTextDocumentParams):
        path = to_fs_path(params.text_document.uri) or params.text_document.uri
        ls.latest.pop(path, None)

        def close() -> None:
            st = ls.ws.files.get(path)
            declared = st is not None and st.declared and os.path.exists(path)
            ls.ws.close(path)
            if declared:
                ls.check(path)  # the file on disk is what counts now
            else:
                ls.publish(path, [])

        ls.background(EDIT, close)

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_files(ls: Run4DServer, params: lsp.DidChangeWatchedFilesParams):
        for change in params.changes:
            path = to_fs_path(change.uri) or change.uri
            if not path.lower().endswith(".4dm") or path in ls.latest:
                continue  # open documents follow the editor, not the disk
            if change.type == lsp.FileChangeType.Deleted:
                def gone(p=path) -> None:
                    for other in ls.ws.remove(p):
                        ls.check(other)
                    ls.publish(p, [])

                ls.background(EDIT, gone)
            else:
                ls.background(BACKGROUND, ls.check, path)

    @server.feature(lsp.TEXT_DOCUMENT_COMPLETION,
                    lsp.CompletionOptions(trigger_characters=[".", "$"], resolve_provider=False))
    async def on_completion(ls: Run4DServer, params: lsp.CompletionParams):
        path, text, version = ls.document(params.text_document.uri)
        return await ls.run(REQUEST, ls.with_text, path, text, version, completion.complete, params.position)

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    async def on_hover(ls: Run4DServer, params: lsp.HoverParams):
        path, text, version = ls.document(params.text_document.uri)
        return await ls.run(REQUEST, ls.with_text, path, text, version, hover.hover, params.position)

    @server.feature(lsp.TEXT_DOCUMENT_SIGNATURE_HELP,
                    lsp.SignatureHelpOptions(trigger_characters=["(", ";"], retrigger_characters=[";"]))
    async def on_signature(ls: Run4DServer, params: lsp.SignatureHelpParams):
        path, text, version = ls.document(params.text_document.uri)
        return await ls.run(REQUEST, ls.with_text, path, text, version, hover.signature_help, params.position)

    @server.feature(lsp.TEXT_DOCUMENT_DEFINITION)
    async def on_definition(ls: Run4DServer, params: lsp.DefinitionParams):
        path, text, version = ls.document(params.text_document.uri)
        return await ls.run(REQUEST, ls.with_text, path, text, version, navigation.definition, params.position)

    @server.feature(lsp.TEXT_DOCUMENT_REFERENCES)
    async def on_references(ls: Run4DServer, params: lsp.ReferenceParams):
        path, text, version = ls.document(params.text_document.uri)
        return await ls.run(REQUEST, ls.with_text, path, text, version, navigation.references, params.position,
                            params.context.include_declaration)

    @server.feature(lsp.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    async def on_symbols(ls: Run4DServer, params: lsp.DocumentSymbolParams):
        path, text, version = ls.document(params.text_document.uri)
        return await ls.run(REQUEST, ls.with_text, path, text, version, navigation.document_symbols)

    @server.feature(lsp.WORKSPACE_SYMBOL)
    async def on_workspace_symbols(ls: Run4DServer, params: lsp.WorkspaceSymbolParams):
        return await ls.run(REQUEST, navigation.workspace_symbols, ls.ws, params.query)

    @server.feature(lsp.TEXT_DOCUMENT_SEMANTIC_TOKENS_FULL, SEMANTIC_LEGEND)
    async def on_tokens(ls: Run4DServer, params: lsp.SemanticTokensParams):
        path, text, version = ls.document(params.text_document.uri)
        return await ls.run(REQUEST, ls.with_text, path, text, version, highlight.semantic_tokens)

    @server.feature(lsp.TEXT_DOCUMENT_FORMATTING)
    async def on_format(ls: Run4DServer, params: lsp.DocumentFormattingParams):
        _path, text, _version = ls.document(params.text_document.uri)
        return await ls.run(REQUEST, formatting.format_document, text)

    @server.feature(lsp.SHUTDOWN)
    def on_shutdown(ls: Run4DServer, params):
        for timer in ls.timers.values():
            timer.cancel()
        ls.timers.clear()

    return server


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="run4d lsp", description="Language server for 4D code (LSP on stdio).")
    p.add_argument("--stdio", action="store_true", help="talk LSP on stdin/stdout (the default)")
    p.add_argument("--tcp", type=int, metavar="PORT", help="listen on 127.0.0.1:PORT instead (0: any free port)")
    p.add_argument("--log-level", default="WARNING", help="log level on stderr (DEBUG, INFO, WARNING...)")
    opts = p.parse_args(argv)
    logging.basicConfig(stream=sys.stderr, level=getattr(logging, opts.log_level.upper(), logging.WARNING),
                        format="run4d lsp: %(levelname)s %(name)s: %(message)s")
    # Collect the young generation less often: an edit allocates tens of thousands of
    # short-lived objects, freed by reference counting anyway (see Worker).
    gc.set_threshold(10_000, 20, 10)
    server = build_server()
    try:
        if opts.tcp is not None:
            port = opts.tcp or _free_port("127.0.0.1")
            print(f"run4d lsp: listening on 127.0.0.1:{port}", file=sys.stderr, flush=True)
            server.start_tcp("127.0.0.1", port)
        else:
            server.start_io()
    finally:
        server.worker.stop()
    return 0
