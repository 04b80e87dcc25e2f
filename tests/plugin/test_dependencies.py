"""Missing Python packages never break plugin load; algorithms explain what is missing."""

import importlib.util


def test_missing_package_is_reported_with_install_instructions(monkeypatch):
    from urban_safety_monitor.usm_plugin import dependencies

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(dependencies.importlib.util, "find_spec",
                        lambda name, *a: None if name == "geopandas" else real_find_spec(name, *a))
    dependencies._check.cache_clear()
    try:
        missing = dependencies.missing_packages()
        assert [m.distribution for m in missing] == ["geopandas"]
        message = dependencies.explain_missing(missing)
        assert "geopandas" in message and "pip install" in message and "OSGeo4W" in message
    finally:
        dependencies._check.cache_clear()


def test_too_old_version_is_reported(monkeypatch):
    from urban_safety_monitor.usm_plugin import dependencies

    monkeypatch.setattr(dependencies.importlib.metadata, "version",
                        lambda dist: "1.8.5" if dist == "shapely" else "99.0")
    dependencies._check.cache_clear()
    try:
        missing = dependencies.missing_packages(["shapely", "numpy"])
        assert [(m.distribution, m.found) for m in missing] == [("shapely", "1.8.5")]
        assert "too old" in dependencies.explain_missing(missing)
    finally:
        dependencies._check.cache_clear()


def test_algorithm_stays_listed_and_explains_when_a_package_is_missing(qgis_app, monkeypatch):
    from qgis.core import QgsApplication

    from urban_safety_monitor.usm_plugin import dependencies

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(dependencies.importlib.util, "find_spec",
                        lambda name, *a: None if name == "scipy" else real_find_spec(name, *a))
    dependencies._check.cache_clear()
    try:
        algorithm = QgsApplication.processingRegistry().algorithmById("usm:aggregateincidents")
        assert algorithm is not None
        ok, message = algorithm.canExecute()
        assert not ok and "scipy" in message
    finally:
        dependencies._check.cache_clear()


def test_plugin_package_imports_nothing_heavy():
    """Importing the plugin, its provider and every algorithm module imports no heavy package."""
    import subprocess
    import sys
    from pathlib import Path

    import_root = Path(__file__).resolve().parents[2] / "build" / "importroot"
    code = ("import sys; sys.path.insert(0, %r); import urban_safety_monitor; "
            "import urban_safety_monitor.usm_plugin.provider; "
            "from urban_safety_monitor.usm_plugin.provider import algorithm_classes; "
            "algorithm_classes(); "
            "print(sorted(m for m in ('geopandas', 'shapely', 'pandas', 'scipy', 'sklearn', 'rasterio') "
            "if m in sys.modules))" % str(import_root))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
