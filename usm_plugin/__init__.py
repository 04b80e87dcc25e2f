"""Urban Safety Monitor: the Python package inside the QGIS plugin.

Sub-packages and modules, in the direction data flows:

* ``core``   -- QGIS-free analytics on GeoDataFrames and numpy arrays.
* ``bridge`` -- the one module that knows both QGIS and the core.
* ``plugin``, ``provider`` -- QGIS plugin entry point and Processing provider.

Nothing here imports QGIS or a heavy dependency at import time, so that
``import urban_safety_monitor.usm_plugin.core`` works from a plain Python
script and a user's QGIS without geopandas still loads the plugin.
"""
