"""Shared test fixtures.

The repository root is the plugin folder; tests import it as the package
``urban_safety_monitor`` through a symlink under build/importroot, exactly the
name QGIS gives the installed plugin.  Core tests never touch QGIS; the
``qgis_app`` fixture starts one real headless QGIS per test session.
"""

import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
IMPORT_ROOT = ROOT / "build" / "importroot"
PLUGIN_LINK = IMPORT_ROOT / "urban_safety_monitor"
DEMO_GPKG = ROOT / "sample_layers" / "demo_city.gpkg"

IMPORT_ROOT.mkdir(parents=True, exist_ok=True)
if not PLUGIN_LINK.exists():
    try:
        PLUGIN_LINK.symlink_to(ROOT, target_is_directory=True)
    except FileExistsError:  # another worker made it first
        pass
if str(IMPORT_ROOT) not in sys.path:
    sys.path.insert(0, str(IMPORT_ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The plugin's messages in English whatever the machine's or QGIS's language (the tests read
# them); tests of the translations unset it (usm_plugin/i18n.py).
os.environ.setdefault("USM_LOCALE", "en")


def pytest_collection_modifyitems(config, items):
    for item in items:
        parts = Path(str(item.fspath)).parts
        for marker in ("plugin", "e2e", "reliability"):
            if marker in parts:
                item.add_marker(getattr(pytest.mark, "qgis"))


@pytest.fixture(scope="session")
def demo_gpkg():
    if not DEMO_GPKG.exists():
        pytest.fail(f"{DEMO_GPKG} is missing; run sample_layers/generate_demo_city.py")
    return str(DEMO_GPKG)


@pytest.fixture(scope="session")
def qgis_app():
    """One headless QGIS for the whole session, Processing initialised, our provider registered."""
    profile = tempfile.mkdtemp(prefix="usm-qgis-profile-")
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False, profile)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from urban_safety_monitor.usm_plugin.provider import UsmProvider

    registry = QgsApplication.processingRegistry()
    registry.addProvider(UsmProvider())
    yield app
    # Tests may have replaced the provider object: remove whichever is registered now.
    if registry.providerById("usm") is not None:
        registry.removeProvider(registry.providerById("usm"))


class _RecordingFeedback:
    """Builds a QgsProcessingFeedback that keeps every log line for assertions."""

    @staticmethod
    def make():
        from qgis.core import QgsProcessingFeedback

        class Recording(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.lines = []

            def pushInfo(self, info):  # noqa: N802
                self.lines.append(info)
                super().pushInfo(info)

            def pushWarning(self, warning):  # noqa: N802
                self.lines.append(warning)
                super().pushWarning(warning)

            def reportError(self, error, fatalError=False):  # noqa: N802,N803
                self.lines.append(error)
                super().reportError(error, fatalError)

            @property
            def log(self):
                return "\n".join(self.lines)

        return Recording()


@pytest.fixture
def run_algorithm(qgis_app):
    """Run an algorithm through processing.run; returns (results, feedback with .log)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    def run(algorithm_id, parameters, context=None):
        feedback = _RecordingFeedback.make()
        context = context or QgsProcessingContext()
        context.setProject(QgsProject.instance())
        results = processing.run(algorithm_id, parameters, context=context, feedback=feedback)
        return results, feedback

    return run
