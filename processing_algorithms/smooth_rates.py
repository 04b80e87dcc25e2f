"""Empirical Bayes smoothed rates from neighbourhood counts and population."""

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..usm_plugin.qgis_compat import FieldType, SourceType
from .base import UsmAlgorithm

METHOD_CHOICES = [("global", "Global: shrink towards the city-wide rate"),
                  ("spatial", "Spatial: shrink towards the rate of the neighbourhood and its "
                              "neighbours (queen contiguity)")]
RATE_CHOICES = [(1000, "per 1,000 residents"), (100000, "per 100,000 residents")]


class SmoothRatesAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "smoothrates"
    DISPLAY_NAME = "Smooth rates (Empirical Bayes)"
    GROUP_ID = "monitor"
    SHORT_DESCRIPTION = ("Empirical Bayes smoothed rates from a count field and a population field "
                         "of the neighbourhoods, global or spatial, so that a small neighbourhood "
                         "with one incident does not top the map by chance.")
    DESCRIPTION = """
    The crude rate of a neighbourhood with few residents swings with every single incident. The
    Empirical Bayes rate shrinks it towards a prior rate, the more so the fewer the residents
    (Marshall 1991, method of moments, as GeoDa and PySAL): the city-wide rate (global) or the
    rate of the neighbourhood together with the neighbourhoods it touches (spatial, queen
    contiguity; a neighbourhood without neighbours keeps its own prior).

    Works on counts already aggregated to the neighbourhoods (e.g. counts per category from
    usm:aggregateincidents, or a table joined with usm:jointable). A population of 0 or NULL gives
    a NULL rate (reported), a negative one is an error; counts must be whole numbers. When most
    neighbourhoods have no incident at all, the smoothing is unreliable and the log says so.
    """
    TAGS = ("empirical bayes", "smoothing", "rate", "small numbers", "population", "spatial",
            "geoda", "counts", "monitor")
    REFERENCES = (
        "Marshall, R. J. (1991). Mapping disease and mortality rates using empirical Bayes "
        "estimators. Journal of the Royal Statistical Society C 40(2), 283-294.",
        "Anselin, L., Lozano, N. and Koschinsky, J. (2006). Rate Transformations and Smoothing. "
        "GeoDa Center, University of Illinois.",
    )
    OUTPUT_FIELDS = (
        ("(input fields)", "all fields of the input layer", ""),
        ("crude_rate", "count / population x the rate unit; NULL for 0 or NULL population",
         "per 1,000 or 100,000 residents"),
        ("eb_rate", "Empirical Bayes smoothed rate", "per 1,000 or 100,000 residents"),
        ("eb_weight", "weight of the neighbourhood's own rate (1 = own rate, 0 = prior)", "0-1"),
        ("eb_prior", "the prior rate it is shrunk towards (city or local)",
         "per 1,000 or 100,000 residents"),
    )

    INPUT = "INPUT"
    COUNT_FIELD = "COUNT_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    METHOD = "METHOD"
    RATE_PER = "RATE_PER"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Neighbourhoods"),
                                                [SourceType.POLYGON]),
            "Neighbourhood layer with a count field and a population field.")
        self.add_parameter(
            QgsProcessingParameterField(self.COUNT_FIELD, self.tr("Count field"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC),
            "Number of incidents (whole numbers).")
        self.add_parameter(
            QgsProcessingParameterField(self.POPULATION_FIELD, self.tr("Population field"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC),
            "Residents (population at risk).")
        self.add_parameter(
            QgsProcessingParameterEnum(self.METHOD, self.tr("Prior"),
                                       options=[t for _, t in METHOD_CHOICES], defaultValue=0),
            "What the rates are shrunk towards.")
        self.add_parameter(
            QgsProcessingParameterEnum(self.RATE_PER, self.tr("Rates"),
                                       options=[t for _, t in RATE_CHOICES], defaultValue=1),
            "Unit of the rates.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Smoothed rates"),
                                              SourceType.POLYGON),
            "The neighbourhoods with the fields listed under Output fields.")

    def process_with_core(self, parameters, context, feedback):
        import numpy as np
        import pandas as pd

        from ..usm_plugin import bridge
        from ..usm_plugin.core.indices.change import count_matrix
        from ..usm_plugin.core.runtime import Notes
        from ..usm_plugin.core.stats.rates import crude_rate, empirical_bayes
        from .base.monitor import read_all_fields, write_with_results

        count = self.parameterAsString(parameters, self.COUNT_FIELD, context)
        population = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        method = METHOD_CHOICES[self.parameterAsEnum(parameters, self.METHOD, context)][0]
        per = RATE_CHOICES[self.parameterAsEnum(parameters, self.RATE_PER, context)][0]
        data = read_all_fields(self, parameters, self.INPUT, context, feedback,
                               stage=bridge.FeedbackAdapter(feedback).stage(0.0, 0.4))
        notes = Notes()
        events = count_matrix(data.frame, [count], notes)[:, 0]
        residents = pd.to_numeric(data.frame[population], errors="coerce").to_numpy(
            dtype=float, na_value=np.nan)
        crude = crude_rate(events, residents, per)
        if method == "global":
            smooth = empirical_bayes(events, residents)
            prior = np.where(np.isfinite(smooth.rate), smooth.prior_mean, np.nan)
            notes.say(self.tr("Global Empirical Bayes: city rate {rate} per {per}, {n} "
                              "neighbourhoods used.").format(
                rate=f"{smooth.prior_mean * per:.4g}", per=f"{per:,}", n=smooth.n_used))
        else:
            smooth, prior = self._spatial(data, events, residents, notes)
        unusable = ~np.isfinite(residents) | (residents <= 0)
        if unusable.any():
            notes.warn(self.tr("{n} neighbourhood(s) with a population of 0 or NULL get NULL "
                               "rates.").format(n=int(unusable.sum())))
        if np.isfinite(smooth.share_zero) and smooth.share_zero > 0.5:
            notes.warn(self.tr("{share} of the neighbourhoods have no incident: the smoothing is "
                               "unreliable with mostly-zero counts; consider a longer period or "
                               "larger areas.").format(share=f"{smooth.share_zero:.0%}"))
        bridge.push_notes(feedback, notes)
        feedback.setProgress(60)
        bridge.raise_if_cancelled(feedback)
        table = pd.DataFrame({"crude_rate": crude, "eb_rate": smooth.rate * per,
                              "eb_weight": smooth.weight, "eb_prior": prior * per},
                             index=data.frame.index)
        output = write_with_results(self, parameters, self.OUTPUT, context, feedback, data, table)
        bridge.style_on_load(context, output, graduated_field="eb_rate", ramp_name="Reds")
        feedback.setProgress(100)
        return {self.OUTPUT: output}

    @staticmethod
    def _spatial(data, events, residents, notes):
        from ..usm_plugin.core.stats.smoothing import spatial_empirical_bayes
        from ..usm_plugin.core.stats.weights import build_weights
        from ..usm_plugin.i18n import tr

        weights = build_weights(data.frame.geometry, "queen")
        if len(weights.islands):
            notes.warn(tr("{n} neighbourhood(s) without neighbours: their prior is their own "
                          "rate.").format(n=len(weights.islands)))
        smooth = spatial_empirical_bayes(events, residents, weights.matrix)
        notes.say(tr("Spatial Empirical Bayes with queen contiguity ({n} neighbours on "
                     "average).").format(n=f"{weights.mean_neighbours:.1f}"))
        return smooth, smooth.prior_mean
