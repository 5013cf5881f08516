"""Files benchmark: File.copyTo over 1,000 small files and getText/setText of a 50 MB
text file, against pathlib/shutil in the same run.

Usage: python bench/files/bench.py [--rounds R] [--files N] [--megabytes M]

Each round runs, in turn, the 4D method and its Python twin for each
benchmark (interleaved, so both sides see the same machine load) and gives
the round's ratio 4D / Python. Reports min / median / max of the ratios.

    copy_files      For each ($f; Folder.files()) $f.copyTo($dest; fk overwrite)
                    Python: for p in Path(src).iterdir(): shutil.copy2(p, dst)
    text_roundtrip  File.getText() then File.setText() (UTF-8, native line breaks)
                    Python: Path.read_text(encoding="utf-8") then Path.write_text(text, encoding="utf-8")
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))


def load():
    from interpreter.compiler.loader import _4dm_files
    from interpreter.compiler.loader import load as load_files
    from interpreter.compiler.program import Program
    from runtime import appcontext

    appcontext.setup(HERE)
    program = Program()
    load_files(program, _4dm_files(HERE))
    return program


def make_data(root: Path, files: int, megabytes: int) -> tuple[Path, Path]:
    src = root / "small"
    src.mkdir()
    for i in range(files):
        (src / f"file{i:05d}.txt").write_text(f"small file {i}\n" * 12, encoding="utf-8")
    line = "Une ligne de texte accentué, avec des chiffres 0123456789 et de la ponctuation !\n"
    big = root / "big.txt"
    with open(big, "w", encoding="utf-8") as fh:
        written = 0
        while written < megabytes * 1024 * 1024:
            fh.write(line * 1000)
            written += len(line.encode("utf-8")) * 1000
    return src, big


def py_copy(src: Path, dst: Path) -> int:
    count = 0
    for p in src.iterdir():
        shutil.copy2(p, dst)
        count += 1
    return count


def py_text(src: Path, dst: Path) -> int:
    text = src.read_text(encoding="utf-8")
    dst.write_text(text, encoding="utf-8")
    return len(text)


def timed(fn, *args) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - t0, result


def fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    return folder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--megabytes", type=int, default=50)
    opts = ap.parse_args()
    program = load()
    with tempfile.TemporaryDirectory(prefix="run4d-bench-files-") as tmp:
        root = Path(tmp)
        src, big = make_data(root, opts.files, opts.megabytes)
        ratios: dict[str, list[float]] = {"copy_files": [], "text_roundtrip": []}
        for r in range(opts.rounds):
            out4d, outpy = fresh(root / "out4d"), fresh(root / "outpy")
            d4, n4 = timed(program.call_method, "copy_files", (str(src), str(out4d)))
            dp, np_ = timed(py_copy, src, outpy)
            assert n4 == np_ == opts.files, (n4, np_)
            ratios["copy_files"].append(d4 / dp)
            print(f"round {r + 1}: copy_files      4D {d4 * 1000:8.1f} ms  Python {dp * 1000:8.1f} ms  "
                  f"ratio {d4 / dp:.2f}")
            t4, l4 = timed(program.call_method, "text_roundtrip", (str(big), str(root / "big4d.txt")))
            tp, lp = timed(py_text, big, root / "bigpy.txt")
            assert l4 == lp and (root / "big4d.txt").read_bytes() == (root / "bigpy.txt").read_bytes()
            ratios["text_roundtrip"].append(t4 / tp)
            print(f"round {r + 1}: text_roundtrip  4D {t4 * 1000:8.1f} ms  Python {tp * 1000:8.1f} ms  "
                  f"ratio {t4 / tp:.2f}")
        print()
        for name, values in ratios.items():
            print(f"{name:16s} ratio 4D/Python  min {min(values):.2f}  median {statistics.median(values):.2f}  "
                  f"max {max(values):.2f}  (target <= 1.5)")


if __name__ == "__main__":
    main()
