"""HTTP client requests as plain data: URLs, redirects, authentication headers.

Stage: stdlib, no I/O (http_io.py does the network on the event loop). It
turns 4D's URL syntax (`{http[s]://}[user[:password]@]host[:port][/path][?query]`,
IPv6 hosts in brackets) into a URL, resolves a redirect's Location against it,
and builds Basic and Digest (RFC 7616, MD5/SHA-256, qop=auth) Authorization
headers from a server's challenge.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from dataclasses import dataclass, field, replace
from urllib.parse import quote, unquote, urljoin, urlsplit


class BadURL(ValueError):
    """A URL run4d cannot send a request to (the text says why)."""


@dataclass(frozen=True)
class URL:
    scheme: str  # "http" or "https"
    host: str  # without brackets for IPv6
    port: int
    target: str  # path and query, as sent on the request line ("/" at least)
    user: str = ""
    password: str = ""

    @property
    def authority(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        return host if self.port == default else f"{host}:{self.port}"

    @property
    def origin(self) -> tuple[str, str, int]:
        return (self.scheme, self.host.lower(), self.port)

    def text(self) -> str:
        return f"{self.scheme}://{self.authority}{self.target}"


def parse_url(text: str, default_scheme: str = "https") -> URL:
    """A URL in 4D's syntax; without a scheme, `default_scheme` is used."""
    raw = text.strip()
    if not raw:
        raise BadURL("the URL is empty")
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", raw) is None:
        raw = f"{default_scheme}://{raw}"
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError as e:
        raise BadURL(f"\"{text}\" is not a valid URL ({e})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise BadURL(f"\"{text}\": only http:// and https:// URLs are supported")
    host = parts.hostname or ""
    if not host:
        raise BadURL(f"\"{text}\" has no host name")
    path = parts.path or "/"
    # Spaces and quotes typed in 4D URLs (`?name="jones"`) are escaped, as browsers do.
    target = quote(path, safe="/%:@!$&'()*+,;=-._~")
    if parts.query:
        target += "?" + quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    return URL(scheme, host, port or (443 if scheme == "https" else 80), target,
               unquote(parts.username or ""), unquote(parts.password or ""))


def redirect_url(base: URL, location: str) -> URL:
    """The URL a Location header points to (relative to `base`); credentials stay with their host."""
    joined = urljoin(base.text(), location.strip())
    new = parse_url(joined, base.scheme)
    if new.origin == base.origin and not new.user:
        new = replace(new, user=base.user, password=base.password)
    return new


REDIRECTS = (301, 302, 303, 307, 308)


def redirected_method(status: int, method: str) -> tuple[str, bool]:
    """(method, keep body) for the request that follows a redirect (RFC 9110 15.4, as browsers do)."""
    if status == 303 and method != "HEAD":
        return "GET", False
    if status in (301, 302) and method == "POST":
        return "GET", False
    return method, True


# ---------------------------------------------------------------- authentication


@dataclass
class Credentials:
    name: str
    password: str
    method: str = "auto"  # "basic", "digest" or "auto" (negotiated from the 401 challenge)
    nonce_count: int = 0
    challenge: dict = field(default_factory=dict)  # the last Digest challenge, reused while valid


def basic(name: str, password: str) -> str:
    token = base64.b64encode(f"{name}:{password}".encode()).decode("ascii")
    return f"Basic {token}"


_PARAM = re.compile(r'\s*([A-Za-z0-9_-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s,]*)\s*,?')


def challenges(values: list[str]) -> dict[str, dict[str, str]]:
    """WWW-Authenticate values -> {scheme (lowercase): {param: value}}."""
    out: dict[str, dict[str, str]] = {}
    for value in values:
        for m in re.finditer(r"([A-Za-z][A-Za-z0-9_-]*)\s+((?:[A-Za-z0-9_-]+\s*=\s*(?:\"(?:[^\"\\]|\\.)*\"|[^\s,]*)"
                             r"\s*,?\s*)+)", value):
            params = {}
            for p in _PARAM.finditer(m.group(2)):
                v = p.group(2)
                if v.startswith('"'):
                    v = re.sub(r"\\(.)", r"\1", v[1:-1])
                params[p.group(1).lower()] = v
            out.setdefault(m.group(1).lower(), params)
        if value.strip().lower() == "basic" or value.strip().lower().startswith("basic "):
            out.setdefault("basic", {})
    return out


def _hash(algorithm: str):
    name = algorithm.upper().removesuffix("-SESS")
    if name == "SHA-256":
        return lambda s: hashlib.sha256(s.encode()).hexdigest()
    if name == "MD5":
        return lambda s: hashlib.md5(s.encode()).hexdigest()
    return None


def digest(creds: Credentials, method: str, target: str) -> str | None:
    """The Authorization value answering the Digest challenge in `creds` (None: algorithm unsupported)."""
    ch = creds.challenge
    algorithm = ch.get("algorithm", "MD5")
    h = _hash(algorithm)
    if h is None:
        return None
    realm, nonce = ch.get("realm", ""), ch.get("nonce", "")
    creds.nonce_count += 1
    nc = f"{creds.nonce_count:08x}"
    cnonce = os.urandom(8).hex()
    ha1 = h(f"{creds.name}:{realm}:{creds.password}")
    if algorithm.upper().endswith("-SESS"):
        ha1 = h(f"{ha1}:{nonce}:{cnonce}")
    ha2 = h(f"{method}:{target}")
    qops = [q.strip() for q in ch.get("qop", "").split(",") if q.strip()]
    fields = [f'username="{creds.name}"', f'realm="{realm}"', f'nonce="{nonce}"', f'uri="{target}"',
              f"algorithm={algorithm}"]
    if "auth" in qops:
        response = h(f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}")
        fields += ["qop=auth", f"nc={nc}", f'cnonce="{cnonce}"']
    else:
        response = h(f"{ha1}:{nonce}:{ha2}")
    fields.append(f'response="{response}"')
    if "opaque" in ch:
        fields.append(f'opaque="{ch["opaque"]}"')
    return "Digest " + ", ".join(fields)


def authorization(creds: Credentials, method: str, target: str) -> str | None:
    """The header to send up front: Basic when asked, Digest once a challenge is known."""
    if creds.method == "basic":
        return basic(creds.name, creds.password)
    if creds.challenge:
        return digest(creds, method, target)
    return None


def answer_challenge(creds: Credentials, values: list[str]) -> bool:
    """Learn from a 401's WWW-Authenticate; True if a new attempt with credentials makes sense."""
    found = challenges(values)
    if "digest" in found and creds.method in ("digest", "auto"):
        stale = found["digest"].get("stale", "").lower() == "true"
        if creds.challenge and not stale:
            return False  # the server refused what we answered: do not loop
        creds.challenge = found["digest"]
        creds.nonce_count = 0
        return True
    if "basic" in found and creds.method == "auto":
        creds.method = "basic"
        return True
    return False
