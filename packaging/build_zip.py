"""Build the plugin zip that QGIS installs with "Install from ZIP".

The zip holds one folder, ``urban_safety_monitor/``, with exactly the files the
plugin needs at run time: no tests, benchmarks, generators or development files.
The files are taken from the repository as they are, so the code the tests
import is the code the zip ships.

Usage: python packaging/build_zip.py [output.zip]
"""

import os
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN_NAME = "urban_safety_monitor"

SHIPPED = ["__init__.py", "metadata.txt", "LICENSE", "usm_plugin", "processing_algorithms",
           "resources", "sample_layers", "i18n"]
#: Folders of which only some files ship: the compiled translations, not their .ts sources
#: (make package compiles i18n/*.ts to i18n/*.qm with lrelease before calling this script).
ONLY_SUFFIXES = {"i18n": (".qm",)}
# Development files that live next to shipped ones.
EXCLUDED_NAMES = {"__pycache__", "READY", "generate_demo_city.py", ".DS_Store"}
EXCLUDED_SUFFIXES = (".pyc", ".pyo", ".gpkg-wal", ".gpkg-shm", ".aux.xml", ".orig", ".rej", "~")


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


def build(output: str) -> str:
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in shipped_files():
            # Fixed timestamps: the same tree gives the same zip.
            info = zipfile.ZipInfo(f"{PLUGIN_NAME}/{relative}", date_time=(2020, 10, 28, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with open(os.path.join(ROOT, relative), "rb") as handle:
                archive.writestr(info, handle.read())
    return output


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "dist", f"{PLUGIN_NAME}.zip")
    print(build(target))
