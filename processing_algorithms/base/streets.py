"""The street network: parameters and the street graph reader.

Shared by the algorithms that measure walking distances (population coverage,
SDG indicators).  NETWORK_NOTES is the help paragraph explaining how the graph
is built.
"""

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ...usm_plugin.qgis_compat import NumberType, SourceType

STREETS = "STREETS"
SNAP_TOLERANCE = "SNAP_TOLERANCE"
SPLIT_CROSSINGS = "SPLIT_CROSSINGS"

NETWORK_NOTES = """
    Street network: streets are joined where they share a vertex; vertices closer than the snap
    tolerance (default 1 m) become one node, and a street end that close to another street is
    joined to it. Streets that cross without a shared vertex are not joined (they may be bridges
    or tunnels) unless "split at crossings" is ticked; the log counts them. Multi-part lines are
    exploded. Disconnected pieces of the network are reported; a resident on a piece without a
    facility is not covered. Residents and facilities are attached to the nearest point of the
    nearest street, and the straight-line distance to that point is part of the walking distance.
    """


def add_network_parameters(alg, optional_help: str):
    """STREETS (optional), SNAP_TOLERANCE and SPLIT_CROSSINGS."""
    alg.add_parameter(
        QgsProcessingParameterFeatureSource(STREETS, alg.tr("Street network"), [SourceType.LINE],
                                            optional=True),
        "Street centre lines for walking distances. " + optional_help)
    alg.add_parameter(
        QgsProcessingParameterNumber(SNAP_TOLERANCE, alg.tr("Snap tolerance (m)"),
                                     type=NumberType.DOUBLE, minValue=0.0, defaultValue=1.0),
        "Street vertices closer than this are joined into one node, and a street end this close "
        "to another street is connected to it. 0 joins only identical vertices.", advanced=True)
    alg.add_parameter(
        QgsProcessingParameterBoolean(SPLIT_CROSSINGS, alg.tr("Split streets at crossings"),
                                      defaultValue=False),
        "Connect streets wherever they cross, for layers digitised without a node at each "
        "intersection. Wrong for bridges and tunnels.", advanced=True)


def read_street_graph(alg, parameters, context, feedback, target_crs, notes, stage):
    """The street graph, or None when no street layer was given."""
    from ...usm_plugin import bridge
    from ...usm_plugin.core.network.street_network import build_street_graph
    from ...usm_plugin.i18n import tr

    if parameters.get(STREETS) in (None, ""):
        return None
    feedback.pushInfo(tr("Reading streets…"))
    streets = bridge.read_source(alg, parameters, STREETS, context, feedback, target_crs=target_crs,
                                 stage=stage.stage(0.0, 0.5))
    notes.extend(streets.notes)
    tolerance = alg.parameterAsDouble(parameters, SNAP_TOLERANCE, context)
    split = alg.parameterAsBoolean(parameters, SPLIT_CROSSINGS, context)
    feedback.pushInfo(tr("Building the street graph…"))
    graph = build_street_graph(streets.frame, snap_tolerance=tolerance, split_crossings=split,
                               **stage.stage(0.5, 1.0).callables())
    notes.extend(graph.notes)
    return graph
