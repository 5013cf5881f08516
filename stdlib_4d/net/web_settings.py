"""Web server settings: defaults, the project's settings.4DSettings, and start() overrides.

Stage: stdlib support (reads XML; no networking). One dict of 4D property
names (those of 4D.WebServer: HTTPPort, HTTPSEnabled, CORSSettings,
maxSessions...) is built from, in increasing priority: 4D's defaults, the
<web><standalone_server> part of settings.4DSettings (Settings/ or
Project/Sources/), then the object given to WEB Server.start(). The XML
names run4d reads are listed in docs/http.md; those 4D does not document
(CORS, max_sessions) are run4d's choice (docs/decisions.md).
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from urllib.parse import unquote, urlsplit

DEFAULTS = {
    "HTTPEnabled": True,
    "HTTPSEnabled": False,
    "HTTPSPort": 443,
    "certificateFolder": "",
    "CORSEnabled": False,
    "CORSSettings": [],
    "defaultHomepage": "",
    "HTTPCompressionLevel": 1,
    "HTTPCompressionThreshold": 1024,
    "HTTPTrace": False,
    "maxConcurrentProcesses": 100,
    "maxRequestSize": 2_000_000,
    "maxSessions": 100,
    "scalableSession": True,
    "sessionCookieDomain": "",
    "sessionCookiePath": "/",
    "sessionCookieSameSite": "Strict",
    "sessionIPAddressValidation": True,
    "HSTSEnabled": False,
    "HSTSMaxAge": 63072000,
    "characterSet": 106,  # UTF-8
    "clientIPAddressToListen": "",
    "logRecording": 0,
    "debugLog": 0,
    "legacySession": False,
    "inactiveSessionTimeout": 480,
    "inactiveProcessTimeout": 480,
}


def settings_files(root: str) -> list[str]:
    return [os.path.join(root, *rel) for rel in (("Settings", "settings.4DSettings"),
                                                ("Project", "Sources", "settings.4DSettings"),
                                                ("Sources", "settings.4DSettings"))]


def _path(root: str, value: str) -> str:
    if value.startswith("file://"):
        return unquote(urlsplit(value).path)
    return os.path.normpath(os.path.join(root, value))


def _bool(value: str | None) -> bool | None:
    if value is None:
        return None
    return value.strip().lower() in ("true", "1", "yes")


def from_file(root: str) -> dict:
    """The Web settings of the project at `root` (an empty dict when there are none)."""
    for path in settings_files(root):
        if not os.path.isfile(path):
            continue
        try:
            server = ET.parse(path).find("./com.4d/web/standalone_server")
        except ET.ParseError:
            continue
        if server is None:
            continue
        return _read(root, server)
    return {}


def _read(root: str, server: ET.Element) -> dict:
    out: dict = {}
    conf = server.find("./configuration")
    if conf is not None:
        for attr, prop in (("port_number", "HTTPPort"), ("https_port_number", "HTTPSPort"),
                           ("max_sessions", "maxSessions")):
            value = conf.get(attr)
            if value and value.strip().isdigit():
                out[prop] = int(value)
        for attr, prop in (("allow_ssl", "HTTPSEnabled"), ("allowHttp", "HTTPEnabled")):
            flag = _bool(conf.get(attr))
            if flag is not None:
                out[prop] = flag
        if conf.get("certificate_folder"):
            out["certificateFolder"] = _path(root, conf.get("certificate_folder"))
        if conf.get("session_mode") == "0":
            out["scalableSession"] = False
        host = conf.find("./hosts/host")
        if host is not None:
            if host.get("html_root"):
                out["rootFolder"] = _path(root, host.get("html_root"))
            if host.get("home_page") is not None:
                out["defaultHomepage"] = host.get("home_page")
    processes = server.find("./options/web_processes")
    if processes is not None and (processes.get("max_concurrent") or "").isdigit():
        out["maxConcurrentProcesses"] = int(processes.get("max_concurrent"))
    cors = server.find("./cors")
    if cors is not None:
        out["CORSEnabled"] = bool(_bool(cors.get("enabled")))
        out["CORSSettings"] = [{"host": d.get("host", ""), "methods": d.get("methods", "")}
                               for d in cors.findall("./domain")]
    return out
