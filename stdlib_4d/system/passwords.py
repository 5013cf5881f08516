"""Generate password hash / Verify password hash: bcrypt, as 4D documents it.

Stage: stdlib commands on the `bcrypt` library. Only the first 72 bytes of
the password count (bcrypt's limit, documented by 4D). Errors 850
(unsupported algorithm) and 852 (cost outside 4..31) are 4D's; they leave
an empty result, as documented.
"""

from __future__ import annotations

import bcrypt

from runtime.codes import err
from runtime.registry import command
from runtime.values import UNDEF
from stdlib_4d import args

DEFAULT_COST = 10


def _secret(password, cmd: str) -> bytes:
    return args.text(password, cmd, 1).encode("utf-8")[:72]


def _options(options, cmd: str) -> int:
    o = args.obj(options, cmd, 2) if options is not UNDEF else None
    if o is None:
        return DEFAULT_COST
    algorithm = o.get("algorithm", "bcrypt")
    if algorithm != "bcrypt":
        raise err("hash_algorithm")
    cost = o.get("cost", float(DEFAULT_COST))
    if type(cost) not in (float, int) or not float(cost).is_integer() or not 4 <= cost <= 31:
        raise err("hash_cost")
    return int(cost)


@command("Generate password hash", returns="text")
def generate_password_hash(password, options=UNDEF):
    """Generate password hash(password{; options}): a bcrypt hash (options: algorithm "bcrypt", cost 4..31, 10)."""
    cmd = "Generate password hash"
    secret = _secret(password, cmd)
    cost = _options(options, cmd)
    return bcrypt.hashpw(secret, bcrypt.gensalt(rounds=cost)).decode("ascii")


@command("Verify password hash", returns="boolean")
def verify_password_hash(password, hash_):
    """Verify password hash(password; hash): True if the password matches a bcrypt hash."""
    cmd = "Verify password hash"
    secret = _secret(password, cmd)
    text = args.text(hash_, cmd, 2)
    if not text.startswith(("$2a$", "$2b$", "$2y$")):
        raise err("hash_algorithm")
    try:
        return bcrypt.checkpw(secret, text.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return False
