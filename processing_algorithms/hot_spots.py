"""Hot spot analysis (Getis-Ord Gi*) on neighbourhoods or points."""

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
)

from ..usm_plugin.qgis_compat import SourceType
from .base import UsmAlgorithm
from .base.inference import INFERENCE_REFERENCES, InferenceMixin, standardisation_options
from .base.weights import WEIGHT_REFERENCES

#: binary first: ArcGIS's default for Gi* (the enum index is part of the interface)
STANDARDISATION_CHOICES = standardisation_options("binary", "row")

class HotSpotsAlgorithm(InferenceMixin, UsmAlgorithm):
    ALGORITHM_ID = "hotspots"
    DISPLAY_NAME = "Hot spot analysis (Getis-Ord Gi*)"
    GROUP_ID = "hotspots"
    SHORT_DESCRIPTION = ("Finds statistically significant hot spots and cold spots: areas "
                         "whose neighbourhood (the area and its neighbours) has unusually high "
                         "or low values, with 90/95/99% confidence bins.")
    DESCRIPTION = """
    The Getis-Ord Gi* statistic compares the sum of the values of each feature and its
    neighbours with the sum expected if values were spread at random over the map. A high
    positive z-score is a hot spot (a cluster of high values), a low negative one a cold spot.
    Gi_Bin gives the confidence level: +3/+2/+1 hot spot at 99/95/90%, -3/-2/-1 cold spot,
    0 not significant, NULL for features without neighbours (Isolated), as in ArcGIS's Hot
    Spot Analysis. The statistic, its expectation and variance are exactly those of ArcGIS,
    PySAL (esda.G_Local, star=True) and GeoDa (row-standardised).

    Significance uses conditional permutations by default (the feature's value is held fixed,
    the others are shuffled) or the normal approximation of the z-score. Analyse rates, better
    Empirical Bayes smoothed rates, rather than raw counts: counts are high where many people
    live. Features with a missing value are left out and get NULL results. A variable with no
    variation is an error; fewer than 30 features gives a warning.
    """
    TAGS = ("hot spot", "cold spot", "getis-ord", "gi*", "gi star", "cluster", "crime",
            "local statistic", "significance", "fdr", "permutation")
    REFERENCES = (
        "Getis, A. and Ord, J. K. (1992). The analysis of spatial association by use of "
        "distance statistics. Geographical Analysis 24(3), 189-206.",
        "Ord, J. K. and Getis, A. (1995). Local spatial autocorrelation statistics: "
        "distributional issues and an application. Geographical Analysis 27(4), 286-306.",
    ) + INFERENCE_REFERENCES + WEIGHT_REFERENCES
    OUTPUT_FIELDS = (
        ("(input fields)", "all fields of the input layer", ""),
        ("GiZ", "Gi* z-score (analytical); > 0 hot, < 0 cold", "standard deviations"),
        ("Gi_P", "p-value of the z-score (normal approximation)", "probability"),
        ("Gi_PSim", "pseudo p-value from the conditional permutations (NULL with 0 "
                    "permutations)", "probability"),
        ("Gi_ZSim", "z-score against the permutation distribution", "standard deviations"),
        ("Gi_G", "the Gi* statistic: share of the total in the feature's neighbourhood", "ratio"),
        ("Gi_Bin", "confidence bin: 3/2/1 hot spot 99/95/90%, -3/-2/-1 cold spot, 0 not "
                   "significant, NULL isolated or missing value", "class"),
        ("Gi_Label", "the bin in words (Hot spot 95%, Not significant, Isolated, ...)", "text"),
        ("Gi_NNbr", "number of neighbours used (without the feature itself)", "count"),
    )

    OUTPUT = "OUTPUT"
    STANDARDISATION = "STANDARDISATION"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input_parameters(
            "Neighbourhoods (polygons) or points with the value to analyse, in any CRS.")
        self.add_field_parameters(
            "Numeric field to analyse, e.g. an incident rate or Empirical Bayes smoothed rate "
            "(eb_rate_total from Aggregate incidents). Values should be non-negative.")
        self.add_weights_parameters()
        self.add_inference_parameters()
        self.add_significance_parameter(
            "Which p-value sets Gi_Bin: the permutation pseudo p-value (robust to skewed "
            "values) or the normal approximation of the z-score (as ArcGIS).")
        self.add_parameter(
            QgsProcessingParameterEnum(self.STANDARDISATION, self.tr("Weights standardisation"),
                                       options=[label for _, label in STANDARDISATION_CHOICES],
                                       defaultValue=0),
            "Binary weights (ArcGIS's default for Gi*) or row-standardised weights (GeoDa). "
            "Inverse distance weights are always row-standardised.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Hot spots"),
                                              SourceType.ANY_GEOMETRY),
            "The input features with the Gi* fields listed under Output fields; polygons are "
            "styled red (hot) / blue (cold) by confidence bin.")

    def process_with_core(self, parameters, context, feedback):
        import pandas as pd

        from ..usm_plugin import bridge
        from ..usm_plugin.core.stats.autocorrelation import LocalGetisOrd

        stages = bridge.FeedbackAdapter(feedback)
        field = self.parameterAsString(parameters, self.FIELD, context)
        data, ids, mask, values, weights = self.prepare_field_analysis(
            parameters, context, feedback, stages.stage(0.0, 0.2), field)
        frame = data.frame
        options = self.inference_options(parameters, context)
        transform = STANDARDISATION_CHOICES[
            self.parameterAsEnum(parameters, self.STANDARDISATION, context)][0]
        if weights.kind.startswith("inverse_distance"):
            transform = "row"
        inference = self.significance_source(parameters, context, options["permutations"])
        values_used = dict(n=f"{int(mask.sum()):,}", weights=weights.kind, transform=transform,
                           permutations=options["permutations"], seed=options["seed"],
                           alternative=options["alternative"])
        if options["fdr"]:
            feedback.pushInfo(self.tr("Gi* on {n} features, {weights} weights ({transform}), "
                                      "{permutations} permutations, seed {seed}, {alternative} "
                                      "test, FDR correction").format(**values_used))
        else:
            feedback.pushInfo(self.tr("Gi* on {n} features, {weights} weights ({transform}), "
                                      "{permutations} permutations, seed {seed}, {alternative} "
                                      "test").format(**values_used))
        result = LocalGetisOrd(values[mask], weights, transform=transform, inference=inference,
                               **options, **stages.stage(0.25, 0.85).callables())
        bridge.push_notes(feedback, result.notes)
        bridge.raise_if_cancelled(feedback)

        # NaN bins (isolated) become NULL, never 0
        bins = pd.array(result.bins, dtype="Float64").astype("Int64")
        table = pd.DataFrame({
            "GiZ": result.z,
            "Gi_P": result.p_norm,
            "Gi_PSim": result.p_sim,
            "Gi_ZSim": result.z_sim,
            "Gi_G": result.Gs,
            "Gi_Bin": bins,
            "Gi_Label": result.labels.astype(object),
            "Gi_NNbr": weights.cardinalities,
        }, index=frame.index[mask]).reindex(frame.index)
        table["Gi_Bin"] = table["Gi_Bin"].astype("Int64")
        table["Gi_NNbr"] = table["Gi_NNbr"].astype("Int64")
        self.log_label_counts(feedback, result.labels)
        dest = self.write_layer(parameters, self.OUTPUT, context, feedback, data, table,
                                qml_name="hot_spot_bins.qml")
        feedback.setProgress(100)
        return {self.OUTPUT: dest}
