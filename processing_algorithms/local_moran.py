"""Cluster and outlier analysis (Local Moran's I, LISA)."""

from qgis.core import (
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


class LocalMoranAlgorithm(InferenceMixin, UsmAlgorithm):
    ALGORITHM_ID = "localmoran"
    DISPLAY_NAME = "Cluster and outlier analysis (Local Moran's I)"
    GROUP_ID = "hotspots"
    SHORT_DESCRIPTION = ("Finds significant clusters of high values (High-High), of low values "
                         "(Low-Low) and outliers (a high value among low neighbours or the "
                         "reverse) with Local Moran's I (LISA).")
    DESCRIPTION = """
    Local Moran's I multiplies a feature's standardised value by the average standardised value
    of its neighbours. Significant positive values are clusters: High-High (a high-crime area
    among high-crime areas) or Low-Low; significant negative values are spatial outliers:
    High-Low (a high value among low neighbours, e.g. a single problem block) or Low-High.
    Values, moments and quadrants are exactly those of PySAL's esda.Moran_Local and GeoDa.

    Significance uses conditional permutations (the feature's value is held fixed, the others
    shuffled) or the normal approximation. Features without neighbours are labelled Isolated;
    a feature whose value, or whose neighbours' average, equals the city mean exactly has no
    quadrant (Undefined). Analyse rates rather than raw counts. A variable with no variation is
    an error.
    """
    TAGS = ("lisa", "local moran", "cluster", "outlier", "high-high", "low-low", "hot spot",
            "crime", "local statistic", "significance", "fdr", "permutation")
    REFERENCES = (
        "Anselin, L. (1995). Local indicators of spatial association - LISA. Geographical "
        "Analysis 27(2), 93-115.",
        "Sokal, R. R., Oden, N. L. and Thomson, B. A. (1998). Local spatial autocorrelation in "
        "a biological model. Geographical Analysis 30(4), 331-354.",
        "Moran, P. A. P. (1950). Notes on continuous stochastic phenomena. Biometrika 37, 17-23.",
    ) + INFERENCE_REFERENCES[1:] + WEIGHT_REFERENCES
    OUTPUT_FIELDS = (
        ("(input fields)", "all fields of the input layer", ""),
        ("LMI_I", "Local Moran's I", "index"),
        ("LMI_Z", "analytical z-score of I (total randomisation)", "standard deviations"),
        ("LMI_P", "p-value of the z-score (normal approximation)", "probability"),
        ("LMI_PSim", "pseudo p-value from conditional permutations", "probability"),
        ("LMI_ZSim", "z-score against the permutation distribution", "standard deviations"),
        ("LMI_Q", "quadrant: 1 High-High, 2 Low-High, 3 Low-Low, 4 High-Low (whether or not "
                  "significant)", "class"),
        ("LMI_Type", "High-High, Low-Low, High-Low, Low-High where significant; Not "
                     "significant; Isolated; Undefined", "text"),
        ("LMI_NNbr", "number of neighbours", "count"),
    )

    OUTPUT = "OUTPUT"
    STANDARDISATION = "STANDARDISATION"
    ALPHA = "ALPHA"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input_parameters(
            "Neighbourhoods (polygons) or points with the value to analyse, in any CRS.")
        self.add_field_parameters(
            "Numeric field to analyse, e.g. an incident rate or Empirical Bayes smoothed rate.")
        self.add_weights_parameters()
        self.add_inference_parameters()
        self.add_parameter(
            QgsProcessingParameterNumber(self.ALPHA, self.tr("Significance level"),
                                         NumberType.DOUBLE, defaultValue=0.05, minValue=0.0001,
                                         maxValue=0.5),
            "p-value at or below which a feature is labelled a cluster or outlier (0.05 = 95% "
            "confidence; with FDR, the false discovery rate).")
        self.add_significance_parameter(
            "Permutation pseudo p-value (standard for LISA) or the normal approximation.")
        self.add_parameter(
            QgsProcessingParameterEnum(self.STANDARDISATION, self.tr("Weights standardisation"),
                                       options=[label for _, label in STANDARDISATION_CHOICES],
                                       defaultValue=0),
            "Row-standardised weights (the spatial lag is the neighbours' average) or binary.",
            advanced=True)
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Clusters and outliers"),
                                              SourceType.ANY_GEOMETRY),
            "The input features with the LMI fields listed under Output fields; polygons are "
            "styled by cluster/outlier type.")

    def process_with_core(self, parameters, context, feedback):
        import pandas as pd

        from ..usm_plugin import bridge
        from ..usm_plugin.core.stats.autocorrelation import LocalMoran

        stages = bridge.FeedbackAdapter(feedback)
        field = self.parameterAsString(parameters, self.FIELD, context)
        data, ids, mask, values, weights = self.prepare_field_analysis(
            parameters, context, feedback, stages.stage(0.0, 0.2), field)
        frame = data.frame
        options = self.inference_options(parameters, context)
        transform = STANDARDISATION_CHOICES[
            self.parameterAsEnum(parameters, self.STANDARDISATION, context)][0]
        inference = self.significance_source(parameters, context, options["permutations"])
        alpha = self.parameterAsDouble(parameters, self.ALPHA, context)
        values_used = dict(n=f"{int(mask.sum()):,}", weights=weights.kind, transform=transform,
                           permutations=options["permutations"], seed=options["seed"],
                           alpha=f"{alpha:g}")
        if options["fdr"]:
            feedback.pushInfo(self.tr("Local Moran's I on {n} features, {weights} weights "
                                      "({transform}), {permutations} permutations, seed {seed}, "
                                      "significance level {alpha} (FDR)").format(**values_used))
        else:
            feedback.pushInfo(self.tr("Local Moran's I on {n} features, {weights} weights "
                                      "({transform}), {permutations} permutations, seed {seed}, "
                                      "significance level {alpha}").format(**values_used))
        result = LocalMoran(values[mask], weights, transform=transform, inference=inference,
                            alpha=alpha, **options, **stages.stage(0.25, 0.85).callables())
        bridge.push_notes(feedback, result.notes)
        bridge.raise_if_cancelled(feedback)
        isolated = weights.cardinalities == 0
        quadrant = pd.array(result.q, dtype="Int64")
        quadrant[isolated] = pd.NA
        table = pd.DataFrame({
            "LMI_I": result.Is,
            "LMI_Z": result.z,
            "LMI_P": result.p_norm,
            "LMI_PSim": result.p_sim,
            "LMI_ZSim": result.z_sim,
            "LMI_Q": quadrant,
            "LMI_Type": result.labels.astype(object),
            "LMI_NNbr": weights.cardinalities,
        }, index=frame.index[mask]).reindex(frame.index)
        table["LMI_Q"] = table["LMI_Q"].astype("Int64")
        table["LMI_NNbr"] = table["LMI_NNbr"].astype("Int64")
        self.log_label_counts(feedback, result.labels)
        dest = self.write_layer(parameters, self.OUTPUT, context, feedback, data, table,
                                qml_name="local_moran_types.qml")
        feedback.setProgress(100)
        return {self.OUTPUT: dest}
