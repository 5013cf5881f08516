"""Localization: Localized string (Get localized string) over the project's XLIFF files.

Stage: stdlib. 4D's XLIFF architecture: .xlf files in the database's Resources
folder, either in a `<language>.lproj` sub-folder (the folder gives the language)
or directly in Resources (each <file>'s target-language gives it). A string is a
<trans-unit> found by its resname attribute, inside any <group>; its value is the
<target>, or the <source> when the unit has no target. The current language is
Get database localization's (SET DATABASE LOCALIZATION changes it; docs/decisions.md).
Files are read once per run and language (lxml, without DTD loading or network).
"""

from __future__ import annotations

import os
import threading

from lxml import etree

from runtime import appcontext, components, lifecycle
from runtime.process import current
from runtime.registry import command
from stdlib_4d import args

# Folder names of 4D's older .lproj folders, by language code.
_LEGACY = {"english": "en", "french": "fr", "german": "de", "spanish": "es", "italian": "it",
           "japanese": "ja", "dutch": "nl", "swedish": "sv", "portuguese": "pt", "chinese": "zh"}
_PARSER = etree.XMLParser(load_dtd=False, no_network=True, resolve_entities=False, huge_tree=False)
_TABLES: dict[tuple[str, str], dict[str, str]] = {}
_LOCK = threading.Lock()
lifecycle.on_reset(_TABLES.clear)


def _code(name: str) -> str:
    name = name.strip().lower().replace("_", "-")
    return _LEGACY.get(name, name)


def _matches(file_language: str, wanted: str) -> int:
    """2: the same code (en-us, en-us); 1: the same language (en, en-us); 0: another language."""
    if not file_language:
        return 0
    if file_language == wanted:
        return 2
    return 1 if file_language.split("-")[0] == wanted.split("-")[0] else 0


def _xlf_files(resources: str) -> list[tuple[str, str | None]]:
    """(path, language of its folder or None for files lying in Resources itself)."""
    out: list[tuple[str, str | None]] = []
    try:
        entries = sorted(os.scandir(resources), key=lambda e: e.name)
    except OSError:
        return out
    for entry in entries:
        if entry.is_file() and entry.name.lower().endswith(".xlf"):
            out.append((entry.path, None))
        elif entry.is_dir() and entry.name.lower().endswith(".lproj"):
            language = _code(entry.name[:-6])
            for sub in sorted(os.listdir(entry.path)):
                if sub.lower().endswith(".xlf"):
                    out.append((os.path.join(entry.path, sub), language))
    return out


def _local(tag) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _units(path: str, folder_language: str | None, wanted: str, score: int, found: dict) -> None:
    """Add the trans-units of the <file> elements of `path` that are in the wanted language."""
    try:
        root = etree.parse(path, _PARSER).getroot()
    except (etree.XMLSyntaxError, OSError):
        return  # 4D skips an unreadable file; its strings are simply not found
    for file_el in root.iter():
        if _local(file_el.tag) != "file":
            continue
        language = folder_language or _code(file_el.get("target-language", ""))
        if _matches(language, wanted) != score:
            continue
        for unit in file_el.iter():
            if _local(unit.tag) != "trans-unit" or unit.get("resname") is None:
                continue
            source = target = None
            for child in unit:
                name = _local(child.tag)
                if name == "source" and source is None:
                    source = "".join(child.itertext())
                elif name == "target" and target is None:
                    target = "".join(child.itertext())
            found.setdefault(unit.get("resname"), target if target is not None else (source or ""))


def strings(resources: str, language: str) -> dict[str, str]:
    """{resname: text} of the current language (exact language code first, then the same language)."""
    key = (resources, language)
    with _LOCK:
        table = _TABLES.get(key)
        if table is None:
            table = {}
            files = _xlf_files(resources)
            for score in (2, 1):
                for path, folder_language in files:
                    _units(path, folder_language, language, score, table)
            _TABLES[key] = table
        return table


def localized(res_name: str) -> str | None:
    ctx = appcontext.current()
    language = _code(ctx.parameters.get("localization", "en") or "en")
    # A component reads the XLIFF files of its own Resources folder (resources are partitioned).
    return strings(components.context(ctx).resources_folder, language).get(res_name)


def _lookup(res_name, cmd: str) -> str:
    text = localized(args.text(res_name, cmd, 1))
    current().vars["ok"] = 0.0 if text is None else 1.0
    return text or ""


@command("Localized string", returns="text")
def localized_string(res_name):
    """Localized string(resName): the string of resname resName in the current language ("" and OK=0 if none)."""
    return _lookup(res_name, "Localized string")


@command("Get localized string", returns="text")
def get_localized_string(res_name):
    """Get localized string(resName): the former name of Localized string."""
    return _lookup(res_name, "Get localized string")
