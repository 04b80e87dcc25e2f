"""The batch monitor is a plain Python program: no module of it imports QGIS, and without
Dask installed only the Dask engine is unavailable."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODULES = ("config", "monitor", "runner", "distributed", "partitioned", "__main__")


def _run(code: str) -> subprocess.CompletedProcess:
    prefix = f"import sys; sys.path.insert(0, {str(ROOT / 'build' / 'importroot')!r})\n"
    return subprocess.run([sys.executable, "-c", prefix + code], capture_output=True, text=True)


def test_batch_modules_import_with_qgis_unavailable():
    assert {p.stem for p in (ROOT / "usm_plugin" / "batch").glob("*.py")} - {"__init__"} \
        == set(MODULES)
    done = _run("sys.modules['qgis'] = None\nimport importlib\n"
                f"for name in {MODULES!r}:\n"
                "    importlib.import_module('urban_safety_monitor.usm_plugin.batch.' + name)\n"
                "print('ok')\n")
    assert done.stdout.strip() == "ok", done.stderr


def test_without_dask_the_command_line_says_how_to_install(tmp_path):
    config = tmp_path / "c.json"
    gpkg = tmp_path / "x.gpkg"
    gpkg.write_bytes(b"")
    config.write_text('{"output_folder": "o", "cities": [{"name": "T", "neighbourhoods": '
                      f'"{gpkg}", "incidents": "{gpkg}", "id_field": "i", "date_field": "d", '
                      '"years": [2023]}]}')
    done = _run("for name in ('dask', 'distributed', 'dask_geopandas'): sys.modules[name] = None\n"
                "from urban_safety_monitor.usm_plugin.batch.__main__ import main\n"
                f"sys.exit(main([{str(config)!r}, '--dask', 'local']))\n")
    assert done.returncode == 2, done.stderr
    assert "missing: dask, distributed" in done.stderr
    assert "pip install" in done.stderr and "Traceback" not in done.stderr
