"""4D.SystemWorker: an external process run asynchronously, with callbacks.

Stage: stdlib, built-in class (the I/O is process_io.py's). `new(commandLine;
options)` starts the program (an error, and no object, if it cannot start)
and returns. Its output arrives as events in the creating process:
onData (stdout) and onDataError (stderr) for each piece, then onError if
something went wrong (a timeout kill, a broken input pipe), else
onResponse, and onTerminate last. `response` and `responseError` grow as
the pieces arrive. `wait()` serves the mailbox until onTerminate has run.
A running worker keeps the program alive. hideWindow means nothing on Linux.
"""

from __future__ import annotations

import codecs

from runtime.classes import register_builtin
from runtime.codes import err, item, type_name
from runtime.errors import Error4D
from runtime.native import Native
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d import args
from stdlib_4d.blob import Blob4D
from stdlib_4d.net import ws_events
from stdlib_4d.net.http_body import charset_codec
from stdlib_4d.net.http_request import option
from stdlib_4d.net.lifeline import Lifeline
from stdlib_4d.system import command_line

WHO = "4D.SystemWorker.new"
CALLBACKS = ("onData", "onDataError", "onResponse", "onError", "onTerminate")


def _ignore(error: Error4D) -> None:
    """A failing callback is reported on stderr (ws_events.run_callback); the worker goes on."""


class SystemWorker(Native):
    class_path = "4D.SystemWorker"

    def __init__(self, command: str, options: Obj) -> None:
        self.command = command
        self.options = options
        self.data_type = _text(options, "dataType", "text")
        if self.data_type not in ("text", "blob"):
            raise err("bad_value", detail=f"{WHO}: dataType must be \"text\" or \"blob\", not \"{self.data_type}\"")
        self.encoding = _text(options, "encoding", "UTF-8")
        codec = charset_codec(self.encoding)
        if codec is None:
            raise err("bad_value", detail=f"{WHO}: unknown encoding \"{self.encoding}\"")
        self.codec = codec
        timeout = option(options, "timeout")
        self.timeout = UNDEF if timeout is UNDEF or timeout is None else float(args.number(timeout, WHO, 2))
        self.directory = option(options, "currentDirectory")
        self.hide_window = option(options, "hideWindow")
        self.hide_window = True if self.hide_window is UNDEF else bool(self.hide_window)
        self.callbacks = {name: ws_events.callback(options, name) for name in CALLBACKS}
        self.out = bytearray()
        self.err_text = ""
        self._out_decoder = codecs.getincrementaldecoder(codec)(errors="replace")
        self._out_text = ""
        self._err_decoder = codecs.getincrementaldecoder(codec)(errors="replace")
        self.errors = Coll()
        self.exit_code = UNDEF
        self.pid = 0
        self.terminated = False
        self.child = None
        self.lifeline = Lifeline(self)

    def start(self) -> None:
        from stdlib_4d.system import process_io

        argv = command_line.split(self.command, WHO)
        cwd = command_line.directory(self.directory, WHO)
        env = command_line.environment(option(self.options, "variables"), WHO)
        seconds = None if self.timeout is UNDEF else max(self.timeout, 0.001)
        try:
            self.child, self.pid = process_io.spawn(argv, cwd, env, seconds, self)
        except OSError as e:
            raise err("sw_launch", command=self.command, detail=e.strerror or str(e)) from None
        self.lifeline.hold()

    # -------------------------------------------------------------- 4D side

    def post_message(self, message=UNDEF) -> None:
        if type(message) is str:
            data = message.encode(self.codec, errors="replace")
        elif isinstance(message, (bytes, bytearray)):
            data = bytes(message)
        elif type(message) is Blob4D:
            data = message.data
        else:
            raise err("bad_param_type", index=1, callee="SystemWorker.postMessage",
                      detail=f"Text or Blob expected, got {type_name(message)}")
        if not self.terminated:
            self.child.write_threadsafe(data)

    def close_input(self) -> None:
        if not self.terminated:
            self.child.close_input_threadsafe()

    def terminate(self) -> None:
        if not self.terminated:
            self.child.kill_threadsafe()

    def stop_for_shutdown(self) -> None:
        self.terminate()

    def wait(self, timeout=UNDEF):
        seconds = None if timeout is UNDEF else max(float(args.number(timeout, "SystemWorker.wait", 1)), 0.0)
        self.lifeline.wait(lambda: self.terminated, seconds)
        return self

    # -------------------------------------------------------------- engine side (event loop thread)

    def sw_stdout(self, data: bytes) -> None:
        def run() -> None:
            self.out += data
            if self.data_type == "text":
                piece = self._out_decoder.decode(data)
                self._out_text += piece
                value = piece
            else:
                value = Blob4D(data)
            self._run("onData", ws_events.event("data", data=value))

        self.lifeline.post(run)

    def sw_stderr(self, data: bytes) -> None:
        def run() -> None:
            piece = self._err_decoder.decode(data)
            self.err_text += piece
            self._run("onDataError", ws_events.event("error", data=piece))

        self.lifeline.post(run)

    def sw_exit(self, code: int | None, why: str | None) -> None:
        def run() -> None:
            self._out_text += self._out_decoder.decode(b"", final=True)
            self.err_text += self._err_decoder.decode(b"", final=True)
            if code is not None:
                self.exit_code = float(code)
            try:
                if why is not None:
                    self.errors = ws_events.errors_collection([item("sw_io", detail=why)])
                    for error in self.errors:  # SystemWorkerClass.md names the code errorCode
                        dict.__setitem__(error, "errorCode", dict.__getitem__(error, "errCode"))
                    self._run("onError", ws_events.event("error"))
                else:
                    self._run("onResponse", ws_events.event("response"))
                self._run("onTerminate", ws_events.event("termination"))
            finally:
                self.terminated = True
                self.lifeline.release()

        self.lifeline.post(run)

    def _run(self, name: str, ev: Obj) -> None:
        if self.callbacks[name] is not None:
            ws_events.run_callback(self.options, name, self, ev, "SystemWorker", on_failure=_ignore)

    @property
    def response(self):
        return self._out_text if self.data_type == "text" else Blob4D(bytes(self.out))


def _text(options, name: str, default: str) -> str:
    value = option(options, name)
    return default if value is UNDEF or value is None else args.text(value, WHO, 2)


def _set_hide_window(worker: SystemWorker, value) -> None:
    worker.hide_window = args.boolean(value, "SystemWorker.hideWindow", 1)


def _new(command=UNDEF, options=UNDEF):
    text = args.text(command, WHO, 1)
    if options is UNDEF or options is None:
        options = Obj()
    elif not isinstance(options, Obj):
        raise err("bad_param_type", index=2, callee=WHO, detail=f"Object expected, got {type_name(options)}")
    worker = SystemWorker(text, options)
    worker.start()
    return worker


SystemWorker.props4d = {
    "commandLine": lambda w: w.command,
    "currentDirectory": lambda w: w.directory,
    "dataType": lambda w: w.data_type,
    "encoding": lambda w: w.encoding,
    "errors": lambda w: w.errors,
    "exitCode": lambda w: w.exit_code,
    "hideWindow": lambda w: w.hide_window,
    "pid": lambda w: float(w.pid),
    "response": lambda w: w.response,
    "responseError": lambda w: w.err_text,
    "terminated": lambda w: w.terminated,
    "timeout": lambda w: w.timeout,
}
SystemWorker.setters4d = {"hideWindow": _set_hide_window}
SystemWorker.funcs4d = {"closeInput": SystemWorker.close_input, "postMessage": SystemWorker.post_message,
                        "terminate": SystemWorker.terminate, "wait": SystemWorker.wait}
register_builtin("SystemWorker", SystemWorker, new=_new)
