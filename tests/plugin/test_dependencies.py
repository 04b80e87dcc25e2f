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
    import shapely

    from urban_safety_monitor.usm_plugin import dependencies

    monkeypatch.setattr(shapely, "__version__", "1.8.5")
    dependencies._check.cache_clear()
    try:
        missing = dependencies.missing_packages(["shapely", "numpy"])
        assert [(m.distribution, m.found) for m in missing] == [("shapely", "1.8.5")]
        assert "too old" in dependencies.explain_missing(missing)
    finally:
        dependencies._check.cache_clear()


def test_module_version_is_trusted_over_package_metadata(monkeypatch):
    """Stale or wrong metadata (a leftover dist-info, Debian's '0+unknown') loses to __version__."""
    import shapely

    from urban_safety_monitor.usm_plugin import dependencies

    monkeypatch.setattr(dependencies.importlib.metadata, "version",
                        lambda dist: "1.7.0" if dist == "shapely" else "0+unknown")
    monkeypatch.setattr(shapely, "__version__", "2.2.0")
    dependencies._check.cache_clear()
    try:
        assert dependencies.missing_packages(["shapely", "numpy"]) == []
        assert dependencies.version_warnings(["shapely", "numpy"]) == []
        # and the other way round: metadata says new enough, the module says too old
        monkeypatch.setattr(dependencies.importlib.metadata, "version", lambda dist: "99.0")
        monkeypatch.setattr(shapely, "__version__", "1.8.5")
        dependencies._check.cache_clear()
        assert [m.found for m in dependencies.missing_packages(["shapely"])] == ["1.8.5"]
    finally:
        dependencies._check.cache_clear()


def test_unreadable_version_is_a_warning_never_a_refusal(qgis_app, monkeypatch):
    """Debian's python3-shapely 2.2.0 reports '0+unknown' in __version__ and metadata."""
    import shapely
    from qgis.core import QgsApplication

    from urban_safety_monitor.usm_plugin import dependencies

    monkeypatch.setattr(shapely, "__version__", "0+unknown")
    real_version = dependencies.importlib.metadata.version
    monkeypatch.setattr(dependencies.importlib.metadata, "version",
                        lambda dist: "0+unknown" if dist == "shapely" else real_version(dist))
    dependencies._check.cache_clear()
    try:
        assert dependencies.missing_packages() == []
        warnings = [w for w in dependencies.version_warnings() if w.startswith("shapely")]
        assert len(warnings) == 1 and "0+unknown" in warnings[0], warnings
        algorithm = QgsApplication.processingRegistry().algorithmById("usm:aggregateincidents")
        assert algorithm.canExecute() == (True, "")
    finally:
        dependencies._check.cache_clear()


def test_version_parsing():
    from urban_safety_monitor.usm_plugin.dependencies import parse_version

    assert parse_version("2.0.6") == (2, 0, 6)
    assert parse_version("1.26.4+ds") == (1, 26, 4)
    assert parse_version("2.2.0rc1") == (2, 2, 0)
    assert parse_version("v3.3") == (3, 3)
    for unreadable in ("0+unknown", "0.0.0", "", "unknown", None, 2):
        assert parse_version(unreadable) is None, unreadable


def test_package_that_cannot_be_imported_is_reported(monkeypatch):
    from urban_safety_monitor.usm_plugin import dependencies

    def broken(name, *args):
        if name == "rasterio":
            raise ImportError("libgdal.so.32: cannot open shared object file")
        return real_import(name, *args)

    real_import = dependencies.importlib.import_module
    monkeypatch.delitem(dependencies.sys.modules, "rasterio", raising=False)
    monkeypatch.setattr(dependencies.importlib, "import_module", broken)
    dependencies._check.cache_clear()
    try:
        missing = dependencies.missing_packages(["rasterio"])
        assert [m.distribution for m in missing] == ["rasterio"]
        message = dependencies.explain_missing(missing)
        assert "cannot be imported" in message and "libgdal.so.32" in message
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
    """Importing the plugin, its provider and every algorithm module imports no heavy package
    beyond what QGIS itself imports (qgis.core >= 3.40 imports shapely, for example)."""
    import subprocess
    import sys
    from pathlib import Path

    import_root = Path(__file__).resolve().parents[2] / "build" / "importroot"
    code = ("import sys; import qgis.core; "
            "heavy = ('geopandas', 'shapely', 'pandas', 'scipy', 'sklearn', 'rasterio', 'pyogrio'); "
            "before = {m for m in heavy if m in sys.modules}; "
            "sys.path.insert(0, %r); import urban_safety_monitor; "
            "import urban_safety_monitor.usm_plugin.provider; "
            "from urban_safety_monitor.usm_plugin.provider import algorithm_classes; "
            "algorithm_classes(); "
            "print(sorted(m for m in heavy if m in sys.modules and m not in before))" % str(import_root))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
