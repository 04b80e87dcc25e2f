"""Update the translation files i18n/usm_<lang>.ts from the code and the algorithms.

The plugin looks every user-visible string up in ONE translation context,
``UrbanSafetyMonitor`` (usm_plugin/i18n.py), with the English text as the key.  The keys
come from two places, and this script collects both, exactly as they are looked up at run
time:

1. literal calls in the code: ``tr("...")``, ``self.tr("...")``, ``i18n.tr("...")``,
   ``tr_noop("...")``, ``QCoreApplication.translate("UrbanSafetyMonitor", "...")`` and
   ``QT_TRANSLATE_NOOP("UrbanSafetyMonitor", "...")``, read with Python's own parser (so
   implicit concatenation, escapes and triple quotes give the string Python sees).
   ``pylupdate5`` / ``pylupdate6`` is run over the same files when installed, as a check: it
   names the class as context for ``self.tr`` and misreads some escapes, so its output is
   only compared, and a string it finds that the parser does not is reported;
2. the algorithms' metadata (display names, short descriptions, description paragraphs
   as split and whitespace-normalised by UsmAlgorithm.description_paragraphs, parameter
   labels, help and enum choices, output field meanings and units, group names, tags): a
   headless QGIS creates every algorithm of usm_plugin/provider.algorithm_classes() and
   records every key that ``tr`` is asked for (usm_plugin/i18n.record_lookups).

Each .ts is then merged: existing translations are kept, new strings are added as
``unfinished``, strings no longer in the code are kept as ``obsolete`` when they had a
translation (dropped when they had none), and such a string that comes back (same source)
gets its translation back.  ``<extracomment>`` says where a string is used (it is not part of
the key).

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/i18n.py            # all languages
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/i18n.py es         # one language
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/i18n.py --check    # exit 1 if stale
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import OrderedDict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
CONTEXT = "UrbanSafetyMonitor"
LANGUAGES = {"es": "es", "fr": "fr", "pt": "pt"}
#: Folders whose Python files may hold tr() calls (the core never imports qgis: no tr there).
CODE_FOLDERS = ("usm_plugin", "processing_algorithms")
SKIP_FOLDERS = ("core", "__pycache__")
TR_NAMES = {"tr", "tr_noop"}
TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}


# ---------------------------------------------------------------- 1. literal calls in the code

def code_files():
    files = []
    for folder in CODE_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT / folder).parts
            if any(part in SKIP_FOLDERS for part in relative[:-1]):
                continue
            files.append(path)
    return files


def _callee(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literal(node) -> "str | None":
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def code_messages(files=None):
    """{source: [(relative path, line)]} of every literal translation call, and the
    (path, line) of tr calls whose argument is not a literal (reported, not extracted)."""
    found = OrderedDict()
    dynamic = []
    for path in files or code_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        relative = path.relative_to(ROOT).as_posix()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _callee(node)
            text = None
            if name in TR_NAMES and node.args:
                text = _literal(node.args[0])
                if text is None:
                    dynamic.append((relative, node.lineno))
            elif name in TRANSLATE_NAMES and len(node.args) >= 2:
                if _literal(node.args[0]) == CONTEXT:
                    text = _literal(node.args[1])
            if text:
                found.setdefault(text, []).append((relative, node.lineno))
    ordered = OrderedDict(sorted(found.items(), key=lambda item: item[1][0]))
    return ordered, dynamic


def pylupdate_sources(files):
    """The sources pylupdate5/pylupdate6 extracts from ``files`` (any context), or None when
    neither is installed."""
    tool = shutil.which("pylupdate5") or shutil.which("pylupdate6")
    if tool is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        target = os.path.join(folder, "check.ts")
        command = [tool] + [str(f) for f in files] + ["-ts", target]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0 or not os.path.exists(target):
            print(f"warning: {os.path.basename(tool)} failed: {done.stderr.strip()[:300]}")
            return None
        root = ET.parse(target).getroot()
        return {m.findtext("source") or "" for m in root.iter("message")}


# ---------------------------------------------------------------- 2. the algorithms' metadata

def _start_qgis():
    from algorithm_table import start_headless_qgis  # a sibling script of this one

    return start_headless_qgis("usm-i18n-")


def metadata_messages():
    """{source: [where]} of every key the algorithms look up for their metadata, in order."""
    from urban_safety_monitor.processing_algorithms.base.algorithm import GROUPS
    from urban_safety_monitor.usm_plugin import i18n
    from urban_safety_monitor.usm_plugin.provider import algorithm_classes

    i18n.remove_translator()   # record the English keys, whatever the machine's locale
    found = OrderedDict()

    def record(where, call):
        keys = []
        i18n.record_lookups(keys)
        try:
            call()
        finally:
            i18n.record_lookups(None)
        for key in keys:
            places = found.setdefault(key, [])
            if where not in places:
                places.append(where)

    for group in GROUPS.values():
        record("toolbox group", lambda group=group: i18n.tr(group))
    for algorithm_class in algorithm_classes():
        algorithm = algorithm_class()
        ident = f"usm:{algorithm.name()}"
        record(f"{ident} name", algorithm.displayName)
        record(f"{ident} short description", algorithm.shortDescription)
        record(f"{ident} parameters", algorithm.initAlgorithm)
        record(f"{ident} help", algorithm.shortHelpString)
        record(f"{ident} tags", algorithm.tags)
    return found


# ---------------------------------------------------------------- 3. merging into the .ts files

def read_ts(path: Path):
    """{source: (translation text, type attribute or None, translator comment)} of a .ts."""
    if not path.exists():
        return {}
    existing = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = "" if translation is None else (translation.text or "")
        kind = None if translation is None else translation.get("type")
        existing[source] = (text, kind, message.findtext("translatorcomment"))
    return existing


def _where_comment(places) -> str:
    places = list(dict.fromkeys(p if isinstance(p, str) else p[0] for p in places))
    shown = places[:4]
    more = f" (+{len(places) - 4} more)" if len(places) > 4 else ""
    return "; ".join(shown) + more


def build_ts(language: str, messages, existing) -> ET.ElementTree:
    """The .ts tree for ``language``: ``messages`` ({source: places}) with ``existing``
    translations kept; vanished translated strings kept as obsolete."""
    root = ET.Element("TS", {"version": "2.1", "language": language, "sourcelanguage": "en"})
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, places in messages.items():
        message = ET.SubElement(context, "message")
        # file names only: line numbers would change the .ts on every edit of the code
        for filename in dict.fromkeys(p[0] for p in places if not isinstance(p, str)):
            ET.SubElement(message, "location", {"filename": "../" + filename})
        ET.SubElement(message, "source").text = source
        comment = _where_comment([p for p in places if isinstance(p, str)] or places)
        ET.SubElement(message, "extracomment").text = comment
        text, kind, translator_comment = existing.get(source, ("", "unfinished", None))
        if kind in ("obsolete", "vanished"):
            kind = None   # back in the code with the same source: its translation holds
        if translator_comment:
            ET.SubElement(message, "translatorcomment").text = translator_comment
        translation = ET.SubElement(message, "translation")
        translation.text = text
        if kind or not text:
            translation.set("type", kind or "unfinished")
    for source, (text, kind, translator_comment) in existing.items():
        if source in messages or not text:
            continue
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation", {"type": "obsolete"})
        translation.text = text
    ET.indent(root, space="    ")
    return ET.ElementTree(root)


def ts_text(tree: ET.ElementTree) -> str:
    body = ET.tostring(tree.getroot(), encoding="unicode", short_empty_elements=False)
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def all_messages():
    code, dynamic = code_messages()
    if dynamic:
        print(f"note: {len(dynamic)} tr() calls of a non-literal (e.g. {dynamic[0][0]}:"
              f"{dynamic[0][1]}): their keys come from tr_noop or the algorithms' metadata")
    checked = pylupdate_sources(code_files())
    if checked is None:
        print("note: pylupdate5/pylupdate6 not installed; the code was read with Python's "
              "parser only (install pyqt5-dev-tools to cross-check)")
    else:
        unmatched = sorted(s for s in checked if s and s not in code)
        for source in unmatched:
            print(f"warning: pylupdate found {source[:70]!r} which Python reads differently")
        print(f"pylupdate cross-check: {len(checked)} strings, {len(unmatched)} read differently")
    app = _start_qgis()
    metadata = metadata_messages()
    messages = OrderedDict(metadata)
    for source, places in code.items():
        messages.setdefault(source, [])
        messages[source] = list(places) + [p for p in messages[source] if p not in places]
    return messages, len(code), len(metadata), app


def counts(path: Path):
    """(messages, translated) of a .ts file, obsolete ones excluded."""
    total = done = 0
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("obsolete", "vanished"):
            continue
        total += 1
        if translation is not None and (translation.text or "").strip() \
                and translation.get("type") != "unfinished":
            done += 1
    return total, done


def main() -> int:
    parser = argparse.ArgumentParser(description="Update i18n/usm_<lang>.ts.")
    parser.add_argument("languages", nargs="*", default=sorted(LANGUAGES))
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 when a .ts lacks a current string")
    options = parser.parse_args()
    messages, n_code, n_meta, app = all_messages()
    print(f"{len(messages)} strings: {n_code} from tr() calls in the code, {n_meta} from the "
          f"algorithms' metadata (some in both)")
    I18N.mkdir(exist_ok=True)
    stale = False
    for language in options.languages:
        path = I18N / f"usm_{language}.ts"
        existing = read_ts(path)
        text = ts_text(build_ts(LANGUAGES.get(language, language), messages, existing))
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if options.check:
            missing = [s for s in messages if s not in existing]
            if missing:
                stale = True
                print(f"{path.name}: {len(missing)} strings missing, e.g. {missing[0][:60]!r}")
            continue
        if text != current:
            path.write_text(text, encoding="utf-8")
        total, done = counts(path)
        print(f"{path.relative_to(ROOT)}: {total} strings, {done} translated")
    app.exitQgis()
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
