"""HTTP SET CERTIFICATES FOLDER: HTTP Get presents the client certificate of that folder to a Python
HTTPS server that requires one (real TLS on 127.0.0.1)."""

from __future__ import annotations

import http.server
import shutil
import ssl
import threading

import pytest

from tests.network.harness import TIMEOUT
from tests.network.test_client import _self_signed

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")


class _Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's name
        body = b"hello " + self.connection.getpeercert()["subject"][0][0][1].encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass  # keep http.server's request lines off the test output


def test_http_get_presents_the_folder_client_certificate(session, tmp_path):
    server_dir, client_dir = tmp_path / "server", tmp_path / "client"
    server_dir.mkdir()
    client_dir.mkdir()
    cert, key = _self_signed(server_dir)
    client_cert, _ = _self_signed(client_dir)  # cert.pem and key.pem: the folder's client certificate
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(client_cert)
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Hello)
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    httpd.timeout = TIMEOUT
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        session.write("main.4dm", f"""var $answer : Text
var $status : Integer
$status:=Try(HTTP Get("https://127.0.0.1:{httpd.server_port}/"; $answer))
ALERT("without: "+String($status))
ALERT(String(Position("ClientCertificatesFolder"; HTTP Get certificates folder)>0))
HTTP SET CERTIFICATES FOLDER("client")
$status:=HTTP Get("https://127.0.0.1:{httpd.server_port}/"; $answer)
ALERT(String($status)+" "+$answer)
ALERT(HTTP Get certificates folder)
""")
        session.start(wait_server=False)
        assert session.wait_exit() == 0, session.err.text
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert session.out.lines == ["without: 0", "True", "200 hello 127.0.0.1", f"{client_dir}/"]
