"""Spatial weights report: neighbour counts, islands and disconnected parts."""

from qgis.core import (
    QgsProcessingParameterFeatureSink,
)

from ..usm_plugin.qgis_compat import SourceType
from .base import UsmAlgorithm
from .base.weights import WEIGHT_REFERENCES, WeightsMixin, log_weights

class SpatialWeightsReportAlgorithm(WeightsMixin, UsmAlgorithm):
    ALGORITHM_ID = "spatialweightsreport"
    DISPLAY_NAME = "Spatial weights report"
    GROUP_ID = "hotspots"
    SHORT_DESCRIPTION = ("Lists each feature's neighbours count, islands without neighbours, "
                         "features with a single neighbour and disconnected parts, for the "
                         "neighbour definition a hot-spot analysis will use.")
    DESCRIPTION = """
    Local statistics (Gi*, Local Moran's I) compare each area with its neighbours, so the
    neighbour definition decides the result. Run this first: an island (no neighbour) gets no
    statistic, a feature with a single neighbour rests on one value, and a city split into
    disconnected parts (a river, a gap in the polygons, a data error) is analysed as separate
    cities.

    Contiguity compares vertices exactly: polygons that only touch along an edge without sharing
    a vertex, or that are separated by a sliver gap, are not neighbours (as in GeoDa and PySAL).
    Many islands or single neighbours in a clean-looking map point to such topology problems;
    K nearest neighbours avoids them.
    """
    TAGS = ("spatial weights", "neighbours", "contiguity", "queen", "rook", "k nearest",
            "distance band", "islands", "connectivity", "hot spots")
    REFERENCES = WEIGHT_REFERENCES
    OUTPUT_FIELDS = (
        ("(input fields)", "all fields of the input layer", ""),
        ("w_id", "feature id used in the report (id field, or feature id)", "text"),
        ("w_nbrs", "number of neighbours", "count"),
        ("w_island", "1 = no neighbour (island)", "0/1"),
        ("w_single", "1 = exactly one neighbour", "0/1"),
        ("w_comp", "connected part the feature belongs to, 0 = the largest", "index"),
        ("w_compsz", "number of features in that connected part", "count"),
    )

    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input_parameters(
            "Polygons (neighbourhoods, census units) or points to define neighbours for.")
        self.add_weights_parameters()
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Neighbour report"),
                                              SourceType.ANY_GEOMETRY),
            "The input features with the neighbour count, island and single-neighbour flags and "
            "the connected part of each feature.")

    def process_with_core(self, parameters, context, feedback):
        import pandas as pd

        from ..usm_plugin import bridge

        stages = bridge.FeedbackAdapter(feedback)
        data, notes = self.read_layer(parameters, context, feedback, stages.stage(0.0, 0.4))
        frame = data.frame
        ids = self.feature_ids(parameters, context, frame)
        mask, _ = self.analysable(frame, ids, None, notes)
        weights = self.build_weights(parameters, context, frame.loc[mask], ids[mask])
        bridge.push_notes(feedback, notes)
        log_weights(feedback, weights)
        stages.progress(0.6)
        report = weights.neighbour_report()
        results = pd.DataFrame({
            "w_id": report["id"].astype(str).to_numpy(),
            "w_nbrs": report["n_neighbours"].to_numpy(),
            "w_island": report["island"].astype(int).to_numpy(),
            "w_single": report["single_neighbour"].astype(int).to_numpy(),
            "w_comp": report["component"].to_numpy(),
            "w_compsz": report["component_size"].to_numpy(),
        }, index=frame.index[mask])
        results = results.reindex(frame.index)
        for column in ("w_nbrs", "w_island", "w_single", "w_comp", "w_compsz"):
            results[column] = results[column].astype("Int64")
        bridge.raise_if_cancelled(feedback)
        dest = self.write_layer(parameters, self.OUTPUT, context, feedback, data, results)
        feedback.setProgress(100)
        return {self.OUTPUT: dest}
