"""The QGIS plugin object: registers the Processing provider and nothing else.

Everything the plugin does is a Processing algorithm, so it runs from the
toolbox, the batch interface, the modeler and qgis_process alike.
"""

from qgis.core import QgsApplication

from .i18n import install_translator, remove_translator
from .provider import UsmProvider


class UsmPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None

    def initProcessing(self):  # noqa: N802 (called by qgis_process too)
        if self.provider is None:
            # the translator first: algorithms translate their labels when they are created
            install_translator()
            self.provider = UsmProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
