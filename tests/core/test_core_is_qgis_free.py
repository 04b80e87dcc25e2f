"""The analytics core runs in a plain Python without QGIS (a batch script's view of it)."""

import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_core_module_imports_with_qgis_unavailable():
    modules = [m.name for m in pkgutil.iter_modules([str(ROOT / "usm_plugin" / "core")])]
    assert {"aggregation", "autocorrelation", "areal_interpolation", "runtime"} <= set(modules)
    code = (
        "import sys; sys.modules['qgis'] = None\n"  # any `import qgis` now raises ImportError
        f"sys.path.insert(0, {str(ROOT / 'build' / 'importroot')!r})\n"
        "import importlib\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module('urban_safety_monitor.usm_plugin.core.' + name)\n"
        "print('ok')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "ok", done.stderr
