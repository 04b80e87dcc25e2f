"""The QGIS plugin object: registers the Processing provider and nothing else.

Everything the plugin does is a Processing algorithm, so it runs from the
toolbox, the batch interface, the modeler and qgis_process alike.
"""

from qgis.core import QgsApplication

from .provider import UsmProvider


class UsmPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None

    def initProcessing(self):  # noqa: N802 (called by qgis_process too)
        if self.provider is None:
            self.provider = UsmProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
