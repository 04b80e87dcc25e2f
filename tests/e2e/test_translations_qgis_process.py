"""The packaged plugin speaks the language of the QGIS profile under qgis_process too (no GUI):
the help page and a run's error message in Spanish with a Spanish profile."""

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


@pytest.fixture(scope="module")
def spanish_qgis_process(tmp_path_factory):
    if not os.path.exists(QGIS_PROCESS):
        pytest.fail(f"{QGIS_PROCESS} not found: run `make setup`")
    done = subprocess.run(["make", "-s", "i18n/usm_es.qm"], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    base = tmp_path_factory.mktemp("qgis_process_es")
    archive = base / "urban_safety_monitor.zip"
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_zip.py"), str(archive)],
                   check=True, capture_output=True)
    plugins = base / "plugins"
    with zipfile.ZipFile(archive) as handle:
        handle.extractall(plugins)
    settings = base / "profile" / "profiles" / "default" / "QGIS"
    settings.mkdir(parents=True)
    (settings / "QGIS3.ini").write_text("[locale]\noverrideFlag=true\nuserLocale=es_ES\n")
    environ = {k: v for k, v in os.environ.items() if k != "USM_LOCALE"}  # the profile decides
    env = dict(environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugins),
               QGIS_CUSTOM_CONFIG_PATH=str(base / "profile"),
               PYTHONPATH=sysconfig.get_paths()["purelib"])

    def run(*args):
        return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True,
                              timeout=600)

    run("plugins", "enable", "urban_safety_monitor")
    return run


def test_help_in_spanish(spanish_qgis_process):
    done = spanish_qgis_process("help", "usm:hotspots")
    assert done.returncode == 0, done.stderr
    assert "Análisis de puntos calientes (Getis-Ord Gi*)" in done.stdout
    assert "<h3>Parámetros</h3>" in done.stdout and "Campos de salida" in done.stdout


def test_error_in_spanish(spanish_qgis_process, tmp_path):
    demo = ROOT / "sample_layers" / "demo_city.gpkg"
    done = spanish_qgis_process(
        "run", "usm:hotspots", "--", f"INPUT={demo}|layername=neighbourhoods",
        "ID_FIELD=nbhd_id", "FIELD=no_such_field", f"OUTPUT={tmp_path / 'hot.gpkg'}")
    assert done.returncode != 0
    text = done.stdout + done.stderr
    assert "FIELD: el campo 'no_such_field' no está en la capa dada para INPUT" in text, text
    assert "Traceback" not in text
