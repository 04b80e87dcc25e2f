"""The analytics core runs in a plain Python without QGIS (a batch script's view of it)."""

import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "urban_safety_monitor.usm_plugin.core"


def test_every_core_module_imports_with_qgis_unavailable():
    # every module of every subpackage (joins/, stats/, network/, geometry/, ...)
    modules = [m.name for m in pkgutil.walk_packages([str(ROOT / "usm_plugin" / "core")],
                                                     prefix=PACKAGE + ".")]
    assert {f"{PACKAGE}.joins.aggregation", f"{PACKAGE}.stats.autocorrelation",
            f"{PACKAGE}.joins.areal_interpolation", f"{PACKAGE}.runtime"} <= set(modules)
    code = (
        "import sys; sys.modules['qgis'] = None\n"  # any `import qgis` now raises ImportError
        f"sys.path.insert(0, {str(ROOT / 'build' / 'importroot')!r})\n"
        "import importlib\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print('ok')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "ok", done.stderr
