"""QGIS entry point of the Urban Safety Monitor plugin.

Kept import-free at module level: QGIS imports this package on start-up, and
batch scripts and tests import the QGIS-free core through it.
"""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    """Called by QGIS to create the plugin."""
    from .usm_plugin.plugin import UsmPlugin

    return UsmPlugin(iface)
