"""The QGIS-free analytics core of the Urban Safety Monitor.

Plain functions and estimator classes on GeoDataFrames and numpy arrays.  No
module here imports QGIS; each takes ``progress``/``should_stop`` callables and
raises :class:`~.runtime.InputError` on bad input.  Import the module you need,
for example::

    from urban_safety_monitor.usm_plugin.core.joins.aggregation import aggregate_incidents
"""
