"""Build the plugin zip that QGIS installs with "Install from ZIP".

The zip holds one folder, ``urban_safety_monitor/``, with exactly the files the
plugin needs at run time: no tests, benchmarks, generators or development files.
The files are taken from the repository as they are, so the code the tests
import is the code the zip ships; two are made for the zip:

- ``metadata.txt``: the repository's, with ``changelog=`` written from CHANGELOG.md and the
  contact fields (email, homepage, tracker, repository) from ``USM_*`` environment variables
  or packaging/release.cfg (packaging/plugin_metadata.py explains the policy). ``--release``
  refuses to build while a contact field is unset; placeholders are always refused.
- ``docs/``: the HTML documentation, generated afresh from the algorithms by
  packaging/build_docs.py in a headless QGIS (``--docs DIR`` ships an already built folder).

Usage: python packaging/build_zip.py [output.zip] [--release] [--check-urls] [--docs DIR]
                                    [--config FILE]
"""

import argparse
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from plugin_metadata import ReleaseError, build_metadata  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN_NAME = "urban_safety_monitor"

SHIPPED = ["__init__.py", "metadata.txt", "LICENSE", "CHANGELOG.md", "usm_plugin",
           "processing_algorithms", "resources", "sample_layers", "i18n"]
#: Folders of which only some files ship: the compiled translations, not their .ts sources
#: (make package compiles i18n/*.ts to i18n/*.qm with lrelease before calling this script).
ONLY_SUFFIXES = {"i18n": (".qm",)}
# Development files that live next to shipped ones.
EXCLUDED_NAMES = {"__pycache__", "READY", "generate_demo_city.py", ".DS_Store"}
# Translation sources (.ts, .pro) stay in the repository: the zip ships only compiled .qm.
EXCLUDED_SUFFIXES = (".pyc", ".pyo", ".gpkg-wal", ".gpkg-shm", ".aux.xml", ".orig", ".rej", "~",
                     ".ts", ".pro")


def shipped_files(root: str = ROOT):
    """Relative paths of every file the zip ships, sorted."""
    files = []
    for entry in SHIPPED:
        path = os.path.join(root, entry)
        if not os.path.exists(path):
            continue
        if os.path.isfile(path):
            files.append(entry)
            continue
        for folder, subfolders, names in os.walk(path):
            subfolders[:] = sorted(d for d in subfolders if d not in EXCLUDED_NAMES)
            for name in sorted(names):
                if name in EXCLUDED_NAMES or name.endswith(EXCLUDED_SUFFIXES):
                    continue
                if entry in ONLY_SUFFIXES and not name.endswith(ONLY_SUFFIXES[entry]):
                    continue
                files.append(os.path.relpath(os.path.join(folder, name), root))
    return sorted(files)


def build_docs_into(folder: str) -> None:
    """Generate the HTML documentation into ``folder`` (a headless QGIS in a subprocess, so
    this script's own process never starts one)."""
    script = os.path.join(ROOT, "packaging", "build_docs.py")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, script, folder], env=env, capture_output=True,
                          text=True)
    if done.returncode != 0:
        raise RuntimeError(f"building the documentation failed:\n{done.stdout}\n{done.stderr}")


def _entry(archive, relative: str, data: bytes) -> None:
    # Fixed timestamps: the same tree gives the same zip.
    info = zipfile.ZipInfo(f"{PLUGIN_NAME}/{relative}", date_time=(2020, 10, 28, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data)


def build(output: str, *, release: bool = False, check_urls: bool = False, docs: str = None,
          environ=None, config=None) -> str:
    """Write the plugin zip to ``output``; raises ReleaseError (nothing written) when the
    metadata is not fit to ship."""
    metadata = build_metadata(release=release, check_urls=check_urls, environ=environ,
                              config=config)
    output = os.path.abspath(output)
    os.makedirs(os.path.dirname(output), exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="usm-zip-") as scratch:
        if docs is None:
            docs = os.path.join(scratch, "docs")
            build_docs_into(docs)
        pages = sorted(Path(docs).glob("*.html"))
        if not pages:
            raise RuntimeError(f"no documentation pages in {docs}")
        partial = output + ".part"   # moved into place only when complete
        try:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                for relative in shipped_files():
                    if relative == "metadata.txt":
                        _entry(archive, relative, metadata.encode("utf-8"))
                        continue
                    with open(os.path.join(ROOT, relative), "rb") as handle:
                        _entry(archive, relative, handle.read())
                for page in pages:
                    _entry(archive, f"docs/{page.name}", page.read_bytes())
            os.replace(partial, output)
        finally:
            if os.path.exists(partial):
                os.remove(partial)
    return output


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Build the plugin zip for QGIS's Install from ZIP.")
    parser.add_argument("output", nargs="?",
                        default=os.path.join(ROOT, "dist", f"{PLUGIN_NAME}.zip"))
    parser.add_argument("--release", action="store_true",
                        help="refuse to build unless email, tracker and repository are set "
                             "(USM_EMAIL, USM_TRACKER, USM_REPOSITORY or packaging/release.cfg)")
    parser.add_argument("--check-urls", action="store_true",
                        help="refuse to build unless homepage, tracker and repository answer "
                             "over HTTP (plugins.qgis.org checks this on upload)")
    parser.add_argument("--docs", help="ship this folder of built HTML pages instead of "
                                       "building them")
    parser.add_argument("--config", help="release settings file (default packaging/release.cfg)")
    args = parser.parse_args(argv)
    try:
        print(build(args.output, release=args.release, check_urls=args.check_urls,
                    docs=args.docs, config=args.config))
    except ReleaseError as error:
        print("Not built: " + str(error).replace("; ", "\n  "), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
