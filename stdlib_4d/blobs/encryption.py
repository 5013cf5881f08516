"""RSA blob encryption: GENERATE ENCRYPTION KEYPAIR, ENCRYPT BLOB, DECRYPT BLOB, on `cryptography`.

Stage: stdlib commands (BLOB and Secured Protocol themes). Keys are PEM text
in blobs: the private key PKCS#1 ("BEGIN RSA PRIVATE KEY"), the public key
SubjectPublicKeyInfo ("BEGIN PUBLIC KEY"); any PEM RSA key is read. 4D's
cipher format is not published: run4d's (docs/decisions.md) encrypts the data
with AES-128-GCM under a new random key (GCM's tag is the checksum 4D's page
mentions) and seals that key with the sender's private key: one RSA block
(PKCS#1 v1.5 type 1 padding, as OpenSSL's RSA_private_encrypt) holding the
AES key and the SHA-256 of nonce and ciphertext, so that only the private key's
holder can have made it; a recipient's public key then encrypts that block
(PKCS#1 v1.5). OK is 1 on success, 0 when a key cannot be read or the data is
not a cipher these keys open (the blob is then left unchanged).
"""

from __future__ import annotations

import hashlib
import secrets

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from runtime.registry import command
from runtime.values import UNDEF
from stdlib_4d import args
from stdlib_4d.blob import read_bytes, write_bytes, write_new_blob
from stdlib_4d.files.documents import set_ok

MAGIC = b"R4DE\x02"
_E = 65537


# ---------------------------------------------------------------- keys


def _is_probable_prime(n: int) -> bool:
    for p in (3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(40):
        x = pow(secrets.randbelow(n - 3) + 2, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits: int) -> int:
    while True:
        c = secrets.randbits(bits) | (3 << (bits - 2)) | 1
        if c % _E != 1 and _is_probable_prime(c):
            return c


def _small_key(bits: int):
    """An RSA key under 1024 bits (4D's default is 512), which `cryptography` no longer generates
    but still uses: made from two primes of half the size each."""
    while True:
        p, q = _prime(bits - bits // 2), _prime(bits // 2)
        n = p * q
        if p != q and n.bit_length() == bits:
            break
    d = pow(_E, -1, (p - 1) * (q - 1))
    numbers = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p),
                                    rsa.RSAPublicNumbers(_E, n))
    return numbers.private_key()


@command("GENERATE ENCRYPTION KEYPAIR", outputs=(1, 2))
def generate_encryption_keypair(priv_key, pub_key, length=UNDEF):
    """GENERATE ENCRYPTION KEYPAIR(privKey; pubKey {; length}): a new RSA key pair as PEM text (512 bits
    by default, 512 to 2048)."""
    cmd = "GENERATE ENCRYPTION KEYPAIR"
    bits = 512 if length is UNDEF else args.integer(length, cmd, 3)
    bits = min(max(bits, 512), 2048)
    key = rsa.generate_private_key(_E, bits) if bits >= 1024 else _small_key(bits)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo)
    write_new_blob(priv_key, private, cmd, 1)
    write_new_blob(pub_key, public, cmd, 2)
    set_ok(True)


def _private(data: bytes):
    try:
        key = serialization.load_pem_private_key(data.rstrip(b"\0"), None)
    except (ValueError, TypeError):
        return None
    return key if isinstance(key, rsa.RSAPrivateKey) else None


def _public(data: bytes):
    """A public key, or the public half of a private key given instead."""
    data = data.rstrip(b"\0")
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError):
        private = _private(data)
        return private.public_key() if private is not None else None
    return key if isinstance(key, rsa.RSAPublicKey) else None


# ---------------------------------------------------------------- blocks


def _size(key) -> int:
    return (key.key_size + 7) // 8


def _private_encrypt(key, data: bytes) -> bytes:
    """RSA with the private exponent on PKCS#1 v1.5 type 1 blocks (by the Chinese remainder theorem)."""
    k = _size(key)
    nums = key.private_numbers()
    p, q, dp, dq, qinv = nums.p, nums.q, nums.dmp1, nums.dmq1, nums.iqmp
    out = bytearray()
    step = k - 11
    for at in range(0, max(len(data), 1), step):
        chunk = data[at:at + step]
        m = int.from_bytes(b"\0\1" + b"\xff" * (k - 3 - len(chunk)) + b"\0" + chunk, "big")
        m1, m2 = pow(m, dp, p), pow(m, dq, q)
        s = m2 + q * ((qinv * (m1 - m2)) % p)
        out += s.to_bytes(k, "big")
    return bytes(out)


def _public_decrypt(key, data: bytes) -> bytes | None:
    k = _size(key)
    if not data or len(data) % k:
        return None
    out = bytearray()
    for at in range(0, len(data), k):
        try:
            out += key.recover_data_from_signature(data[at:at + k], padding.PKCS1v15(), None)
        except Exception:  # noqa: BLE001 - InvalidSignature, or a block out of the key's range
            return None
    return bytes(out)


def _public_encrypt(key, data: bytes) -> bytes:
    step = _size(key) - 11
    return b"".join(key.encrypt(data[at:at + step], padding.PKCS1v15()) for at in range(0, len(data), step))


def _private_decrypt(key, data: bytes) -> bytes | None:
    k = _size(key)
    if not data or len(data) % k:
        return None
    try:
        return b"".join(key.decrypt(data[at:at + k], padding.PKCS1v15()) for at in range(0, len(data), k))
    except ValueError:
        return None


# ---------------------------------------------------------------- the cipher


def _seal(data: bytes, sender, recipient) -> bytes:
    """MAGIC, the sealed key's length (4 bytes), the sealed key, the nonce (12), the AES-GCM ciphertext."""
    key, nonce = AESGCM.generate_key(bit_length=128), secrets.token_bytes(12)
    body = AESGCM(key).encrypt(nonce, data, MAGIC)
    sealed = _private_encrypt(sender, key + hashlib.sha256(nonce + body).digest())
    if recipient is not None:
        sealed = _public_encrypt(recipient, sealed)
    return MAGIC + len(sealed).to_bytes(4, "big") + sealed + nonce + body


def _open(data: bytes, sender, recipient) -> bytes | None:
    head = len(MAGIC) + 4
    if len(data) < head or not data.startswith(MAGIC):
        return None
    size = int.from_bytes(data[len(MAGIC):head], "big")
    sealed, nonce, body = data[head:head + size], data[head + size:head + size + 12], data[head + size + 12:]
    if len(nonce) < 12:
        return None
    if recipient is not None:
        sealed = _private_decrypt(recipient, sealed)
    inner = _public_decrypt(sender, sealed) if sealed is not None else None
    if inner is None or len(inner) != 48 or hashlib.sha256(nonce + body).digest() != inner[16:]:
        return None
    try:
        return AESGCM(inner[:16]).decrypt(nonce, body, MAGIC)
    except Exception:  # noqa: BLE001 - InvalidTag: the cipher was changed
        return None


# ---------------------------------------------------------------- commands


@command("ENCRYPT BLOB", outputs=(1,))
def encrypt_blob(to_encrypt, send_priv_key, recip_pub_key=UNDEF):
    """ENCRYPT BLOB(toEncrypt; sendPrivKey {; recipPubKey}): encrypt the blob in place so that only the
    sender's public key (and then the recipient's private key, when a recipient is given) opens it."""
    cmd = "ENCRYPT BLOB"
    data = read_bytes(to_encrypt, cmd, 1)
    sender = _private(read_bytes(send_priv_key, cmd, 2))
    recipient = _public(read_bytes(recip_pub_key, cmd, 3)) if recip_pub_key is not UNDEF else None
    if sender is None or (recip_pub_key is not UNDEF and recipient is None):
        set_ok(False)
        return
    write_bytes(to_encrypt, _seal(data, sender, recipient), cmd, 1)
    set_ok(True)


@command("DECRYPT BLOB", outputs=(1,))
def decrypt_blob(to_decrypt, send_pub_key, recip_priv_key=UNDEF):
    """DECRYPT BLOB(toDecrypt; sendPubKey {; recipPrivKey}): decrypt in place what ENCRYPT BLOB made with
    the matching keys; OK = 0 (the blob unchanged) when they do not open it."""
    cmd = "DECRYPT BLOB"
    data = read_bytes(to_decrypt, cmd, 1)
    sender = _public(read_bytes(send_pub_key, cmd, 2))
    recipient = _private(read_bytes(recip_priv_key, cmd, 3)) if recip_priv_key is not UNDEF else None
    if sender is None or (recip_priv_key is not UNDEF and recipient is None):
        set_ok(False)
        return
    plain = _open(data, sender, recipient)
    if plain is None:
        set_ok(False)
        return
    write_bytes(to_decrypt, plain, cmd, 1)
    set_ok(True)
