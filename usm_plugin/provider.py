"""The Processing provider ``usm``: registers every algorithm listed in processing_algorithms."""

from __future__ import annotations

import importlib
import os

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..processing_algorithms import ALGORITHM_MODULES

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))


def _plugin_version() -> str:
    with open(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("version="):
                return line.split("=", 1)[1].strip()
    return ""


class UsmProvider(QgsProcessingProvider):
    """Urban Safety Monitor algorithms in the Processing toolbox (provider id ``usm``)."""

    def id(self) -> str:
        return "usm"

    def name(self) -> str:
        return "Urban Safety Monitor"

    def longName(self) -> str:  # noqa: N802
        return f"Urban Safety Monitor {_plugin_version()}"

    def icon(self) -> QIcon:
        return QIcon(os.path.join(PLUGIN_DIR, "resources", "icons", "usm.svg"))

    def loadAlgorithms(self):  # noqa: N802
        package = __name__.rsplit(".", 2)[0] + ".processing_algorithms"
        for module_name, class_name in ALGORITHM_MODULES:
            try:
                module = importlib.import_module(f"{package}.{module_name}")
                self.addAlgorithm(getattr(module, class_name)())
            except Exception as error:  # one broken module must not hide the others
                QgsMessageLog.logMessage(
                    f"Could not load algorithm {module_name}.{class_name}: {error!r}",
                    "Urban Safety Monitor", Qgis.MessageLevel.Critical)
