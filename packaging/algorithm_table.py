"""Regenerate README.md's algorithm table from the algorithms the provider registers.

The table sits between the lines ``<!-- algorithms-table -->`` and ``<!-- /algorithms-table -->``
of README.md: one row per
algorithm (group, display name and id, short description), sorted by group and name.
tests/plugin/test_readme_table.py fails when the README's table is not what this script
writes, so a new or renamed algorithm means running it:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/algorithm_table.py          # rewrite
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/algorithm_table.py --check  # exit 1 if stale
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
MARKER = "<!-- algorithms-table -->"
END_MARKER = "<!-- /algorithms-table -->"


def table_rows(algorithms):
    """(group, display name, id, short description) of each algorithm, sorted for the table."""
    rows = [(a.group(), a.displayName(), a.id(), " ".join(a.shortDescription().split()))
            for a in algorithms]
    return sorted(rows, key=lambda r: (r[0].lower(), r[1].lower()))


def render_table(algorithms) -> str:
    lines = ["| Group | Algorithm (id) | What it does |", "|---|---|---|"]
    for group, name, alg_id, description in table_rows(algorithms):
        cells = [c.replace("|", "\\|") for c in (group, f"{name} (`{alg_id}`)", description)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def replace_block(text: str, table: str) -> str:
    """``text`` with the part between the start and end markers replaced by ``table``.

    A README with only the start marker (the table then ends at the first blank line) gets
    the end marker added.
    """
    if text.count(MARKER) != 1:
        raise ValueError(f"README.md must contain the line '{MARKER}' exactly once "
                         f"(found {text.count(MARKER)})")
    before, after = text.split(MARKER)
    if END_MARKER in after:
        after = after.split(END_MARKER, 1)[1]
    else:
        old_table, blank, rest = after.lstrip("\n").partition("\n\n")
        after = blank + rest if blank else "\n"
    return before + MARKER + "\n" + table + END_MARKER + after


def registered_algorithms():
    """The provider's algorithms, from the running QGIS's registry."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("usm")
    if provider is None:
        raise RuntimeError("the usm provider is not registered")
    algorithms = [registry.createAlgorithmById(a.id()) for a in provider.algorithms()]
    if any(not a.displayName() for a in algorithms):
        raise RuntimeError("algorithms without a name: the provider's Python object is gone")
    return algorithms


def start_headless_qgis(prefix: str = "usm-table-"):
    """A headless QgsApplication in a throw-away profile, with the plugin importable as
    ``urban_safety_monitor`` (the packaging scripts share it)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import_root = ROOT / "build" / "importroot"
    import_root.mkdir(parents=True, exist_ok=True)
    link = import_root / "urban_safety_monitor"
    if not link.exists():
        link.symlink_to(ROOT, target_is_directory=True)
    sys.path.insert(0, str(import_root))
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False, tempfile.mkdtemp(prefix=prefix))
    app.initQgis()
    return app


def _start_qgis():
    from qgis.core import QgsApplication

    app = start_headless_qgis()
    from urban_safety_monitor.usm_plugin.provider import UsmProvider

    provider = UsmProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider   # the provider's Python object must outlive the registration


def main() -> int:
    parser = argparse.ArgumentParser(description="Regenerate README.md's algorithm table.")
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 when the README's table is stale")
    check = parser.parse_args().check
    app, _provider = _start_qgis()
    current = README.read_text(encoding="utf-8")
    updated = replace_block(current, render_table(registered_algorithms()))
    app.exitQgis()
    if updated == current:
        print("README.md's algorithm table is current.")
        return 0
    if check:
        print("README.md's algorithm table is stale: run packaging/algorithm_table.py")
        return 1
    README.write_text(updated, encoding="utf-8")
    print("README.md's algorithm table rewritten.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
