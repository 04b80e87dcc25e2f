"""The Urban Safety Monitor's Processing algorithms, one per module.

Shared pieces live in :mod:`.base`; the provider's :func:`algorithm_classes`
(usm_plugin/provider.py) is the one list of algorithms.  Modules import only QGIS
at load time (bridge and core are imported inside ``process_with_core``).
"""
