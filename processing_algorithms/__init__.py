"""The Urban Safety Monitor's Processing algorithms, one per module.

ALGORITHM_MODULES lists (module, class) pairs the provider registers, in
toolbox order.  Modules import only QGIS at load time (see base.py).
"""

ALGORITHM_MODULES = [
    ("aggregate_incidents", "AggregateIncidentsAlgorithm"),
]
