"""The zip QGIS installs: complete metadata, shipped code identical to the tested code, no dev files."""

import configparser
import hashlib
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _build(tmp_path):
    target = tmp_path / "urban_safety_monitor.zip"
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_zip.py"), str(target)],
                   check=True, capture_output=True)
    return zipfile.ZipFile(target)


def test_metadata_is_complete_for_the_plugin_repository():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    for key in ("name", "description", "about", "version", "qgisMinimumVersion",
                "qgisMaximumVersion", "author", "changelog", "tags", "icon"):
        assert general.get(key), key
    # Contact fields are present and left empty in the repository: they are set when a
    # release is packaged (tests/plugin/test_release_metadata.py checks the policy).
    for key in ("email", "homepage", "tracker", "repository"):
        assert key in general and general[key] == "", key
    assert general["qgisMinimumVersion"] == "3.22"
    assert float(general["qgisMaximumVersion"].split(".")[0]) >= 4
    assert general["hasProcessingProvider"] == "yes"
    assert general["supportsQt6"] == "True"
    assert (ROOT / general["icon"]).exists()


def test_zip_ships_exactly_the_tested_code_and_no_dev_files(tmp_path):
    archive = _build(tmp_path)
    names = archive.namelist()
    assert all(n.startswith("urban_safety_monitor/") for n in names)
    for required in ("__init__.py", "metadata.txt", "LICENSE", "usm_plugin/bridge.py",
                     "usm_plugin/core/runtime.py", "processing_algorithms/base/algorithm.py",
                     "resources/icons/usm.svg", "sample_layers/demo_city.gpkg"):
        assert f"urban_safety_monitor/{required}" in names, required
    for name in names:
        assert "/tests/" not in name and "/benchmarks/" not in name and "__pycache__" not in name
        assert not name.endswith((".pyc", "Makefile", "generate_demo_city.py", "READY", ".ts",
                                  ".pro", ".orig", ".rej"))
        assert "/benchmarks/data" not in name and "/build/" not in name and "/.venv/" not in name
    for made in ("CHANGELOG.md", "docs/index.html", "docs/changelog.html", "docs/hotspots.html"):
        assert f"urban_safety_monitor/{made}" in names, made
    # Every Python file in the shipped folders is in the zip, byte for byte.
    for source in list((ROOT / "usm_plugin").rglob("*.py")) + list((ROOT / "processing_algorithms").rglob("*.py")):
        if "__pycache__" in source.parts:
            continue
        shipped = archive.read("urban_safety_monitor/" + str(source.relative_to(ROOT)))
        assert hashlib.sha256(shipped).digest() == hashlib.sha256(source.read_bytes()).digest(), source


def test_no_compiled_resources_and_only_qgis_pyqt_imports():
    """Qt 6 readiness: no resources.py, no direct PyQt5 imports, no exec_()."""
    assert not (ROOT / "resources.py").exists() and not (ROOT / "resources_rc.py").exists()
    for source in list((ROOT / "usm_plugin").rglob("*.py")) + list((ROOT / "processing_algorithms").rglob("*.py")):
        text = source.read_text(encoding="utf-8")
        assert "from PyQt5" not in text and "import PyQt5" not in text, source
        assert ".exec_(" not in text, source


def test_core_never_imports_qgis():
    for source in (ROOT / "usm_plugin" / "core").rglob("*.py"):
        for line in source.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            assert not (stripped.startswith("import qgis") or stripped.startswith("from qgis")), source
