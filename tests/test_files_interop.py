"""What run4d writes, other programs read, and the reverse: ZIP archives, signatures, keys,
password hashes, text files; and the application context a project run sees."""

from __future__ import annotations

import base64
import zipfile
from pathlib import Path

import bcrypt
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from interpreter.cli.main import main


def run(tmp_path: Path, code: str, capsys, name: str = "job.4dm") -> list[str]:
    path = tmp_path / name
    path.write_text(code, encoding="utf-8")
    assert main([str(path)]) == 0, capsys.readouterr().err
    return capsys.readouterr().out.splitlines()


def test_a_zip_made_by_4d_opens_with_zipfile(tmp_path, capsys):
    (tmp_path / "src" / "sub").mkdir(parents=True)
    (tmp_path / "src" / "a.txt").write_text("alpha")
    (tmp_path / "src" / "sub" / "b.txt").write_text("beta")
    run(tmp_path, 'var $s:=ZIP Create archive(Folder("/PACKAGE/src"); File("/PACKAGE/out.zip"))\n', capsys)
    with zipfile.ZipFile(tmp_path / "out.zip") as zf:
        assert zf.read("src/a.txt") == b"alpha"
        assert zf.read("src/sub/b.txt") == b"beta"
        assert "src/sub/" in zf.namelist()
        assert zf.testzip() is None


def test_a_zip_made_by_zipfile_reads_in_4d(tmp_path, capsys):
    with zipfile.ZipFile(tmp_path / "in.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("top/readme.txt", "hello from zipfile")
        zf.writestr("top/data/n.bin", b"\x00\x01\x02")
    out = run(tmp_path, "\n".join([
        'var $a:=ZIP Read archive(File("/PACKAGE/in.zip"))',
        'ALERT($a.root.folders().map(Formula($1.value.name)).join(","))',
        'ALERT($a.root.file("top/readme.txt").getText())',
        'ALERT(String($a.root.file("top/data/n.bin").size))',
    ]) + "\n", capsys)
    assert out == ["top", "hello from zipfile", "3"]


def test_an_ecdsa_signature_is_the_jws_form(tmp_path, capsys):
    out = run(tmp_path, "\n".join([
        'var $k:=4D.CryptoKey.new({type: "ECDSA"; curve: "prime256v1"})',
        'ALERT($k.sign("payload"; {hash: "SHA256"; encoding: "Base64URL"}))',
        'TEXT TO DOCUMENT("pub.pem"; $k.getPublicKey())',
    ]) + "\n", capsys)
    raw = base64.urlsafe_b64decode(out[0] + "=" * (-len(out[0]) % 4))
    assert len(raw) == 64  # r||s, 32 bytes each
    public = serialization.load_pem_public_key((tmp_path / "pub.pem").read_bytes())
    der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    public.verify(der, b"payload", ec.ECDSA(hashes.SHA256()))  # raises if it does not match


def test_keys_made_elsewhere_load_in_4d(tmp_path, capsys):
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption())
    (tmp_path / "key.pem").write_bytes(pem)
    signature = private.sign(b"from python", padding.PKCS1v15(), hashes.SHA256())
    (tmp_path / "sig.txt").write_text(base64.b64encode(signature).decode())
    out = run(tmp_path, "\n".join([
        'var $k:=4D.CryptoKey.new({type: "PEM"; pem: Document to text("key.pem")})',
        'ALERT($k.type+" "+String($k.size))',
        'ALERT(String($k.verify("from python"; Document to text("sig.txt"); {hash: "SHA256"}).success))',
        'TEXT TO DOCUMENT("enc.txt"; $k.encrypt("for python"; {hash: "SHA256"}))',
    ]) + "\n", capsys)
    assert out == ["RSA 2048", "True"]
    encrypted = base64.b64decode((tmp_path / "enc.txt").read_text())
    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    assert private.decrypt(encrypted, oaep) == b"for python"


def test_password_hashes_are_standard_bcrypt(tmp_path, capsys):
    theirs = bcrypt.hashpw(b"shared secret", bcrypt.gensalt(rounds=4)).decode()
    out = run(tmp_path, "\n".join([
        f'ALERT(String(Verify password hash("shared secret"; "{theirs}")))',
        'ALERT(Generate password hash("mine"; {cost: 4}))',
    ]) + "\n", capsys)
    assert out[0] == "True"
    assert bcrypt.checkpw(b"mine", out[1].encode())


def test_text_files_are_utf8_without_mark_and_lf(tmp_path, capsys):
    run(tmp_path, 'File("/PACKAGE/out.txt").setText("é\\r\\nline")\nTEXT TO DOCUMENT("doc.txt"; "x\\ry")\n', capsys)
    assert (tmp_path / "out.txt").read_bytes() == "é\nline".encode()
    assert (tmp_path / "doc.txt").read_bytes() == b"x\ny"


def test_a_project_run_sees_its_folders(tmp_path, capsys):
    root = tmp_path / "Shop"
    (root / "Project" / "Sources" / "DatabaseMethods").mkdir(parents=True)
    (root / "Project" / "Shop.4DProject").write_text("{}")
    (root / "Project" / "Sources" / "DatabaseMethods" / "onStartup.4dm").write_text("\n".join([
        'ALERT(Folder("/PACKAGE").platformPath)',
        'ALERT(Folder(fk data folder).platformPath)',
        'ALERT(Structure file)',
        'ALERT(String(Get database parameter(Is current database a project)))',
        'ALERT(Call chain[0].database)',
    ]) + "\n")
    assert main([str(root)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{root}/", f"{root}/Data/", str(root / "Project" / "Shop.4DProject"), "1", "Shop"]
