"""Installed from the zip, every algorithm's Help button opens a page that exists.

The plugin is unpacked from the zip exactly as QGIS's "Install from ZIP" does, then a
separate headless QGIS imports it from there (not from the source tree) and asks each
algorithm of ``algorithm_classes()`` for its ``helpUrl()``.
"""

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, os, sys, tempfile
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QUrl
QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False, tempfile.mkdtemp(prefix="usm-help-"))
app.initQgis()
import urban_safety_monitor
from urban_safety_monitor.usm_plugin.provider import algorithm_classes
urls = {}
for algorithm_class in algorithm_classes():
    algorithm = algorithm_class()
    urls[algorithm.name()] = [algorithm.helpUrl(), QUrl(algorithm.helpUrl()).toLocalFile()]
print(json.dumps({"package": urban_safety_monitor.__file__, "urls": urls}))
app.exitQgis()
"""


def test_help_url_of_every_algorithm_opens_its_installed_page(tmp_path):
    archive = tmp_path / "urban_safety_monitor.zip"
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_zip.py"), str(archive)],
                   check=True, capture_output=True)
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(archive) as handle:
        handle.extractall(plugins)
    done = subprocess.run([sys.executable, "-c", PROBE, str(plugins)], capture_output=True,
                          text=True, timeout=300, cwd=str(tmp_path),
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    installed = plugins / "urban_safety_monitor"
    assert Path(result["package"]).resolve().parent == installed.resolve()
    assert len(result["urls"]) >= 28
    for name, (url, local) in result["urls"].items():
        assert url.startswith("file://"), (name, url)
        page = Path(local)
        assert page.resolve() == (installed / "docs" / f"{name}.html").resolve(), (name, url)
        text = page.read_text(encoding="utf-8")
        assert f"usm:{name}" in text and 'href="index.html"' in text, name
