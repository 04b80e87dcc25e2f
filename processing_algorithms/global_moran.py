"""Global Moran's I: is the variable spatially clustered over the whole city?"""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from ..usm_plugin.qgis_compat import NumberType, SourceType
from .base import UsmAlgorithm
from .base.inference import INFERENCE_REFERENCES, InferenceMixin, standardisation_options
from .base.weights import WEIGHT_REFERENCES

#: row first: the GeoDa and PySAL default for Moran (the enum index is part of the interface)
STANDARDISATION_CHOICES = standardisation_options("row", "binary")

STATISTICS = (
    ("I", "Moran's I", "index"),
    ("EI", "expected I under no autocorrelation, -1/(n-1)", "index"),
    ("VI_norm", "variance of I under normality", "index²"),
    ("z_norm", "z-score under normality", "standard deviations"),
    ("p_norm", "p-value under normality", "probability"),
    ("VI_rand", "variance of I under randomisation", "index²"),
    ("z_rand", "z-score under randomisation", "standard deviations"),
    ("p_rand", "p-value under randomisation", "probability"),
    ("z_sim", "z-score against the permutation distribution", "standard deviations"),
    ("p_sim", "pseudo p-value from random permutations", "probability"),
)


class GlobalMoranAlgorithm(InferenceMixin, UsmAlgorithm):
    ALGORITHM_ID = "globalmoran"
    DISPLAY_NAME = "Global Moran's I"
    GROUP_ID = "hotspots"
    SHORT_DESCRIPTION = ("Tests whether a variable is spatially clustered over the whole map "
                         "(Moran's I), with normal, randomisation and permutation p-values.")
    DESCRIPTION = """
    Moran's I is close to its expectation -1/(n-1) when values are spread at random, positive
    when similar values sit next to each other (clustering), negative when neighbours differ
    (a checkerboard). Run it before a local analysis: if the city shows no clustering overall,
    local hot spots deserve caution. The statistic and its moments are exactly those of PySAL's
    esda.Moran and GeoDa. The result is written to a one-row table and to the log.
    """
    TAGS = ("moran", "global", "spatial autocorrelation", "clustering", "test", "crime",
            "significance", "permutation")
    REFERENCES = (
        "Moran, P. A. P. (1950). Notes on continuous stochastic phenomena. Biometrika 37, 17-23.",
        "Cliff, A. D. and Ord, J. K. (1981). Spatial Processes: Models and Applications. Pion, "
        "London.",
    ) + INFERENCE_REFERENCES[:1] + WEIGHT_REFERENCES
    OUTPUT_FIELDS = (("field", "the analysed field", "text"),) + STATISTICS + (
        ("n", "number of features analysed", "count"),
        ("n_islands", "features without neighbours (kept in the mean and variance)", "count"),
        ("weights", "neighbour definition and standardisation", "text"),
        ("permutations", "number of random permutations", "count"),
        ("seed", "random seed", "integer"),
        ("alternative", "two-sided, greater (clustering) or less (dispersion)", "text"),
    )

    OUTPUT = "OUTPUT"
    STANDARDISATION = "STANDARDISATION"
    MORANS_I = "MORANS_I"
    Z_SCORE = "Z_SCORE"
    P_VALUE = "P_VALUE"
    ALPHA = "ALPHA"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input_parameters(
            "Neighbourhoods (polygons) or points with the value to analyse, in any CRS.")
        self.add_field_parameters(
            "Numeric field to analyse, e.g. an incident rate or Empirical Bayes smoothed rate.")
        self.add_weights_parameters()
        # one global test: no multiple-testing correction
        self.add_inference_parameters(with_fdr=False)
        self.add_parameter(
            QgsProcessingParameterEnum(self.STANDARDISATION, self.tr("Weights standardisation"),
                                       options=[label for _, label in STANDARDISATION_CHOICES],
                                       defaultValue=0),
            "Row-standardised weights (GeoDa, PySAL default) or binary.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterNumber(self.ALPHA, self.tr("Significance level"),
                                         NumberType.DOUBLE, defaultValue=0.05, minValue=0.0001,
                                         maxValue=0.5),
            "p-value at or below which the log calls the variable clustered or dispersed "
            "(0.05 = 95% confidence).", advanced=True)
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Moran's I"), SourceType.TABLE),
            "A one-row table with the statistic, its moments and p-values.")
        self.addOutput(QgsProcessingOutputNumber(self.MORANS_I, self.tr("Moran's I")))
        self.addOutput(QgsProcessingOutputNumber(self.Z_SCORE, self.tr("z-score (randomisation)")))
        self.addOutput(QgsProcessingOutputNumber(
            self.P_VALUE, self.tr("p-value (permutations, or randomisation without them)")))

    def process_with_core(self, parameters, context, feedback):
        import math

        import pandas as pd

        from ..usm_plugin import bridge
        from ..usm_plugin.core.stats.autocorrelation import GlobalMoran

        stages = bridge.FeedbackAdapter(feedback)
        field = self.parameterAsString(parameters, self.FIELD, context)
        data, ids, mask, values, weights = self.prepare_field_analysis(
            parameters, context, feedback, stages.stage(0.0, 0.2), field)
        alpha = self.parameterAsDouble(parameters, self.ALPHA, context)
        permutations = self.parameterAsInt(parameters, self.PERMUTATIONS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        alternative = self.inference_options(parameters, context)["alternative"]
        transform = STANDARDISATION_CHOICES[
            self.parameterAsEnum(parameters, self.STANDARDISATION, context)][0]
        result = GlobalMoran(values[mask], weights, transform=transform,
                             permutations=permutations, seed=seed, alternative=alternative,
                             **stages.stage(0.25, 0.9).callables())
        bridge.push_notes(feedback, result.notes)
        bridge.raise_if_cancelled(feedback)
        row = {"field": field}
        for name, meaning, _ in STATISTICS:
            value = float(getattr(result, name))
            row[name] = value
            feedback.pushInfo(f"{self.tr(meaning)}: {value:.6g}")
        row.update(n=int(result.n), n_islands=int(result.n_islands),
                   weights=f"{weights.kind} ({transform})", permutations=permutations,
                   seed=seed, alternative=alternative)
        feedback.pushInfo(self._verdict(result, field, alpha))
        p_value = result.p_sim if permutations else result.p_rand
        dest = bridge.write_frame(self, parameters, self.OUTPUT, context, pd.DataFrame([row]),
                                  None, feedback=feedback)
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.MORANS_I: result.I, self.Z_SCORE: result.z_rand,
                self.P_VALUE: p_value if not math.isnan(p_value) else None}

    def _verdict(self, result, field, alpha):
        """The log's one sentence on the result, in the user's language (the words of
        core.stats.autocorrelation.global_moran_verdict; the core decides)."""
        from ..usm_plugin.core.stats.autocorrelation import global_moran_pattern

        kind, p_value = global_moran_pattern(result, alpha)
        values = dict(field=field, i=f"{result.I:.4f}", p=f"{p_value:.4g}", alpha=f"{alpha:g}")
        if kind == "clustered":
            return self.tr("{field} is significantly spatially clustered (I = {i}, p = {p} "
                           "<= {alpha}).").format(**values)
        if kind == "dispersed":
            return self.tr("{field} is significantly spatially dispersed (I = {i}, p = {p} "
                           "<= {alpha}).").format(**values)
        return self.tr("No significant spatial autocorrelation of {field} at {alpha} (I = {i}, "
                       "p = {p}).").format(**values)
