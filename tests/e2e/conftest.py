"""Fixtures of the end-to-end tests: the packaged plugin run through the real qgis_process.

The ``qgis_process`` fixture builds the plugin zip exactly as users get it
(packaging/build_zip.py), unpacks it into a throw-away plugin folder, points a throw-away
QGIS profile at it and enables the plugin, then returns a function running
/usr/bin/qgis_process.bin with that environment (never Debian's /usr/bin/qgis_process
wrapper, which passes an option QGIS 3.22 rejects). The virtualenv's site-packages go on
PYTHONPATH, as in the Makefile's QGIS_ENV.
"""

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
def qgis_process(tmp_path_factory):
    """A function running qgis_process with the zip's plugin installed in a throw-away profile.

    ``qgis_process(*args, check=True)`` returns the ``subprocess.CompletedProcess``; with
    ``check`` a non-zero exit raises AssertionError with the command's stdout and stderr.
    """
    if not os.path.exists(QGIS_PROCESS):
        pytest.fail(f"{QGIS_PROCESS} not found: run `make setup`")
    base = tmp_path_factory.mktemp("qgis_process")
    archive = base / "urban_safety_monitor.zip"
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_zip.py"), str(archive)], check=True)
    plugins = base / "plugins"
    with zipfile.ZipFile(archive) as handle:
        handle.extractall(plugins)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugins),
               QGIS_CUSTOM_CONFIG_PATH=str(base / "profile"),
               PYTHONPATH=sysconfig.get_paths()["purelib"])

    def run(*args, check=True):
        done = subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True,
                              timeout=600)
        if check and done.returncode != 0:
            raise AssertionError(f"qgis_process {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
        return done

    run("plugins", "enable", "urban_safety_monitor")
    return run
