"""4D.CryptoKey: RSA and ECDSA key pairs (docs/API/CryptoKeyClass.md), on `cryptography`.

Stage: stdlib, built-in class. 4D.CryptoKey.new() generates a key (RSA of
`size` bits, ECDSA on `curve`) or loads a PEM (private keys give their
public key too). sign/verify use PKCS#1 v1.5 or PSS for RSA and ECDSA with
the signature as r||s (the JWS form ES256/384/512 expect: docs/decisions.md);
encrypt/decrypt are RSA-OAEP with the `hash` of the options. Keys are
immutable, so shareable between processes.
"""

from __future__ import annotations

import base64
import binascii

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

from runtime.classes import register_builtin
from runtime.codes import CATALOGUE, err, type_name
from runtime.native import Native
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d import args
from stdlib_4d.blob import Blob4D

CURVES = {"prime256v1": ec.SECP256R1, "secp256r1": ec.SECP256R1, "p-256": ec.SECP256R1,
          "secp384r1": ec.SECP384R1, "p-384": ec.SECP384R1, "secp521r1": ec.SECP521R1, "p-521": ec.SECP521R1}
CURVE_NAMES = {"secp256r1": "prime256v1", "secp384r1": "secp384r1", "secp521r1": "secp521r1"}
HASHES = {"SHA1": hashes.SHA1, "SHA256": hashes.SHA256, "SHA384": hashes.SHA384, "SHA512": hashes.SHA512}


class CryptoKey4D(Native):
    """A 4D.CryptoKey."""

    __slots__ = ("private", "public", "group")
    class_path = "4D.CryptoKey"
    shared4d = True

    def __init__(self, private, public) -> None:
        self.private, self.public, self.group = private, public, None

    @property
    def is_rsa(self) -> bool:
        return isinstance(self.public, rsa.RSAPublicKey)


def _option(options, name: str, default):
    if isinstance(options, Obj):
        v = options.get(name, default)
        return default if v is UNDEF or v is None else v
    return default


def _hash(options, cmd: str):
    name = _option(options, "hash", "SHA256")
    found = HASHES.get(str(name).upper().replace("-", ""))
    if found is None:
        raise err("bad_value", detail=f"{cmd}: unknown hash {name!r} (SHA256, SHA384 or SHA512)")
    return found()


def _encode(data: bytes, encoding: str, cmd: str) -> str:
    if encoding == "Base64URL":
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")
    if encoding == "Base64":
        return base64.b64encode(data).decode("ascii")
    if encoding == "UTF-8":
        return data.decode("utf-8", errors="replace")
    raise err("bad_value", detail=f"{cmd}: unknown encoding {encoding!r}")


def _decode(text: str, encoding: str, cmd: str) -> bytes:
    if encoding == "UTF-8":
        return text.encode("utf-8")
    if encoding not in ("Base64", "Base64URL"):
        raise err("bad_value", detail=f"{cmd}: unknown encoding {encoding!r}")
    cleaned = text.replace("-", "+").replace("_", "/")
    return base64.b64decode(cleaned + "=" * (-len(cleaned) % 4), validate=True)


def _message(value, cmd: str) -> bytes:
    if isinstance(value, Blob4D):
        return value.data
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    return args.text(value, cmd, 1).encode("utf-8")


def _failure(message: str) -> Obj:
    """The status of a failed verify/decrypt: its errors as Last errors lists them."""
    code = float(CATALOGUE["crypto_failure"][0])
    return Obj(success=False, errors=Coll([Obj(errCode=code, message=message, componentSignature="4DRT")]))


def _sign(k: CryptoKey4D, message=UNDEF, options=UNDEF) -> str:
    """.sign(message; options): the signature of the message's UTF-8 bytes, in Base64 (or Base64URL)."""
    cmd = "CryptoKey.sign"
    if k.private is None:
        raise err("bad_value", detail=f"{cmd}: the key has no private key")
    data, algo = _message(message, cmd), _hash(options, cmd)
    if k.is_rsa:
        pad = padding.PSS(mgf=padding.MGF1(algo), salt_length=algo.digest_size) \
            if _option(options, "pss", False) is True else padding.PKCS1v15()
        signature = k.private.sign(data, pad, algo)
    else:
        r, s = decode_dss_signature(k.private.sign(data, ec.ECDSA(algo)))
        size = (k.public.curve.key_size + 7) // 8
        signature = r.to_bytes(size, "big") + s.to_bytes(size, "big")
    return _encode(signature, _option(options, "encoding", "Base64"), cmd)


def _verify(k: CryptoKey4D, message=UNDEF, signature=UNDEF, options=UNDEF) -> Obj:
    """.verify(message; signature; options): {success{; errors}}."""
    cmd = "CryptoKey.verify"
    data, algo = _message(message, cmd), _hash(options, cmd)
    try:
        raw = _decode(args.text(signature, cmd, 2), _option(options, "encoding", "Base64"), cmd)
    except (binascii.Error, ValueError):
        return _failure("The signature is not valid Base64")
    try:
        if k.is_rsa:
            pad = padding.PSS(mgf=padding.MGF1(algo), salt_length=padding.PSS.AUTO) \
                if _option(options, "pss", False) is True else padding.PKCS1v15()
            k.public.verify(raw, data, pad, algo)
        else:
            size = (k.public.curve.key_size + 7) // 8
            if len(raw) != 2 * size:
                return _failure("The signature does not match")
            der = encode_dss_signature(int.from_bytes(raw[:size], "big"), int.from_bytes(raw[size:], "big"))
            k.public.verify(der, data, ec.ECDSA(algo))
    except InvalidSignature:
        return _failure("The signature does not match")
    return Obj(success=True)


def _oaep(options, cmd: str):
    algo = _hash(options, cmd)
    return padding.OAEP(mgf=padding.MGF1(algorithm=algo), algorithm=algo, label=None)


def _encrypt(k: CryptoKey4D, message=UNDEF, options=UNDEF) -> str:
    """.encrypt(message; options): RSA-OAEP with the public key, Base64 by default."""
    cmd = "CryptoKey.encrypt"
    if not k.is_rsa:
        raise err("bad_value", detail=f"{cmd}: only RSA keys can encrypt")
    data = _decode(args.text(message, cmd, 1), _option(options, "encodingDecrypted", "UTF-8"), cmd)
    try:
        encrypted = k.public.encrypt(data, _oaep(options, cmd))
    except ValueError as e:
        raise err("bad_value", detail=f"{cmd}: {e}") from None
    return _encode(encrypted, _option(options, "encodingEncrypted", "Base64"), cmd)


def _decrypt(k: CryptoKey4D, message=UNDEF, options=UNDEF) -> Obj:
    """.decrypt(message; options): {success; result{; errors}} (RSA-OAEP with the private key)."""
    cmd = "CryptoKey.decrypt"
    if not k.is_rsa or k.private is None:
        return _failure("Only an RSA private key can decrypt")
    try:
        raw = _decode(args.text(message, cmd, 1), _option(options, "encodingEncrypted", "Base64"), cmd)
        clear = k.private.decrypt(raw, _oaep(options, cmd))
    except (ValueError, binascii.Error):
        return _failure("The message could not be decrypted with this key")
    return Obj(success=True, result=_encode(clear, _option(options, "encodingDecrypted", "UTF-8"), cmd))


def _pem(key, private: bool) -> str:
    if key is None:
        return ""
    if private:
        data = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                 serialization.NoEncryption())
    else:
        data = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return data.decode("ascii")


def _curve_name(k: CryptoKey4D):
    if k.is_rsa:
        return UNDEF
    name = k.public.curve.name
    return CURVE_NAMES.get(name, name)


CryptoKey4D.props4d = {
    "type": lambda k: "RSA" if k.is_rsa else "ECDSA",
    "size": lambda k: float(k.public.key_size) if k.is_rsa else UNDEF,
    "curve": _curve_name,
}
CryptoKey4D.funcs4d = {
    "sign": _sign,
    "verify": _verify,
    "encrypt": _encrypt,
    "decrypt": _decrypt,
    "getPrivateKey": lambda k: _pem(k.private, True),
    "getPublicKey": lambda k: _pem(k.public, False),
}


def _load_pem(text: str):
    data = text.encode("utf-8")
    if b"PRIVATE KEY" in data:
        private = serialization.load_pem_private_key(data, password=None)
        return private, private.public_key()
    if b"CERTIFICATE" in data:
        from cryptography import x509

        return None, x509.load_pem_x509_certificate(data).public_key()
    return None, serialization.load_pem_public_key(data)


def new_key(settings=UNDEF) -> CryptoKey4D:
    """4D.CryptoKey.new(settings): {type: "RSA"; size} or {type: "ECDSA"; curve} or {type: "PEM"; pem}."""
    cmd = "4D.CryptoKey.new"
    s = args.obj(settings, cmd, 1)
    if s is None:
        raise err("bad_param_type", index=1, callee=cmd, detail=f"Object expected, got {type_name(settings)}")
    kind = str(s.get("type", "RSA")).upper()
    try:
        if kind == "RSA":
            size = args.integer(s.get("size", 2048.0), cmd, 1)
            private = rsa.generate_private_key(public_exponent=65537, key_size=size)
            return CryptoKey4D(private, private.public_key())
        if kind == "ECDSA":
            curve = CURVES.get(str(s.get("curve", "prime256v1")).lower())
            if curve is None:
                raise err("bad_value", detail=f"{cmd}: unknown curve {s.get('curve')!r}")
            private = ec.generate_private_key(curve())
            return CryptoKey4D(private, private.public_key())
        if kind == "PEM":
            private, public = _load_pem(args.text(s.get("pem", ""), cmd, 1))
            if not isinstance(public, (rsa.RSAPublicKey, ec.EllipticCurvePublicKey)):
                raise err("bad_value", detail=f"{cmd}: only RSA and ECDSA keys are supported")
            return CryptoKey4D(private, public)
    except (ValueError, TypeError) as e:
        raise err("bad_value", detail=f"{cmd}: {e}") from None
    raise err("bad_value", detail=f'{cmd}: unknown key type "{s.get("type")}" (RSA, ECDSA or PEM)')


register_builtin("CryptoKey", CryptoKey4D, new=new_key)
