"""Hot spot analysis (Getis-Ord Gi*) on neighbourhoods or points."""

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..usm_plugin.qgis_compat import FieldType, NumberType, SourceType
from .base import UsmAlgorithm
from .spatial_weights import WEIGHT_REFERENCES, WeightsMixin, log_weights

ALTERNATIVE_CHOICES = [
    ("two-sided", "Hot and cold spots (two-sided)"),
    ("greater", "Hot spots only (one-sided, high values)"),
    ("less", "Cold spots only (one-sided, low values)"),
]
INFERENCE_CHOICES = [
    ("sim", "Permutations (pseudo p-value)"),
    ("norm", "Normal approximation of the z-score (as ArcGIS)"),
]
STANDARDISATION_CHOICES = [
    ("binary", "None: every neighbour weighs 1 (ArcGIS default)"),
    ("row", "Row standardised: weights of each feature sum to 1 (GeoDa)"),
]

INFERENCE_REFERENCES = (
    "Anselin, L. (1995). Local indicators of spatial association - LISA. Geographical "
    "Analysis 27(2), 93-115.",
    "Benjamini, Y. and Hochberg, Y. (1995). Controlling the false discovery rate: a practical "
    "and powerful approach to multiple testing. Journal of the Royal Statistical Society B "
    "57(1), 289-300.",
)


class InferenceMixin:
    """Permutation, seed, FDR and alternative parameters shared by the local statistics."""

    FIELD = "FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    FDR = "FDR"
    ALTERNATIVE = "ALTERNATIVE"

    def add_field_parameters(self, field_help: str):
        self.add_parameter(
            QgsProcessingParameterField(self.FIELD, self.tr("Analysis field"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC),
            field_help)
        self.add_parameter(
            QgsProcessingParameterField(self.POPULATION_FIELD, self.tr("Population field (check only)"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC, optional=True),
            "Optional residents per feature. Not used in the statistic: when given and the "
            "analysis field looks like raw counts on areas of very different population, the "
            "log warns and suggests a rate or the Empirical Bayes smoothed rate.")

    def add_inference_parameters(self, with_fdr: bool = True):
        self.add_parameter(
            QgsProcessingParameterNumber(self.PERMUTATIONS, self.tr("Permutations"),
                                         NumberType.INTEGER, defaultValue=999, minValue=0,
                                         maxValue=99999),
            "Conditional permutations for the pseudo p-value (999 is standard; at least 99; "
            "0 = analytical p-values only). With 999 the smallest pseudo p-value is 0.001.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), NumberType.INTEGER,
                                         defaultValue=12345),
            "Seed of the random permutations: the same seed gives the same result, bit for bit.",
            advanced=True)
        if with_fdr:
            self.add_parameter(
                QgsProcessingParameterBoolean(self.FDR,
                                              self.tr("False discovery rate (FDR) correction"),
                                              defaultValue=False),
                "Correct for testing every feature at once (Benjamini-Hochberg): fewer features are "
                "flagged, and at most about 5% of those flagged at 95% are false alarms.")
        self.add_parameter(
            QgsProcessingParameterEnum(self.ALTERNATIVE, self.tr("Test for"),
                                       options=[label for _, label in ALTERNATIVE_CHOICES],
                                       defaultValue=0),
            "Two-sided (hot and cold spots) is the usual choice; a one-sided test only when the "
            "question was decided before looking at the map.", advanced=True)

    def inference_options(self, parameters, context):
        return dict(
            permutations=self.parameterAsInt(parameters, self.PERMUTATIONS, context),
            seed=self.parameterAsInt(parameters, self.SEED, context),
            fdr=(self.parameterDefinition(self.FDR) is not None
                 and self.parameterAsBoolean(parameters, self.FDR, context)),
            alternative=ALTERNATIVE_CHOICES[
                self.parameterAsEnum(parameters, self.ALTERNATIVE, context)][0],
        )

    def significance_source(self, parameters, context, permutations: int) -> str:
        """"sim" or "norm" from the INFERENCE parameter; without permutations only the
        normal approximation exists."""
        if permutations == 0:
            return "norm"
        return INFERENCE_CHOICES[self.parameterAsEnum(parameters, self.INFERENCE, context)][0]

    @staticmethod
    def log_label_counts(feedback, labels) -> None:
        import pandas as pd

        counts = pd.Series(labels).value_counts()
        feedback.pushInfo("Result: " + ", ".join(f"{label}: {count}" for label, count
                                                  in counts.items()))

    def prepare_field_analysis(self, parameters, context, feedback, stage, field):
        """The steps every local and global statistic starts with: read the layer, keep the
        features with a usable value, check for raw counts, build and report the weights."""
        from ..usm_plugin import bridge

        data, notes = self.read_layer(parameters, context, feedback, stage)
        ids = self.feature_ids(parameters, context, data.frame)
        mask, values = self.analysable(data.frame, ids, field, notes)
        self.check_counts(parameters, context, data.frame, mask, values, notes)
        weights = self.build_weights(parameters, context, data.frame.loc[mask], ids[mask])
        bridge.push_notes(feedback, notes)
        log_weights(feedback, weights)
        return data, ids, mask, values, weights

    def check_counts(self, parameters, context, frame, mask, values, notes):
        from ..usm_plugin.core.stats.autocorrelation import raw_count_warning
        import pandas as pd

        population = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        if not population:
            return
        pop = pd.to_numeric(frame[population], errors="coerce").to_numpy(dtype=float)
        message = raw_count_warning(values[mask], pop[mask])
        if message:
            notes.warn(message[0].upper() + message[1:])


class HotSpotsAlgorithm(InferenceMixin, WeightsMixin, UsmAlgorithm):
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
    INFERENCE = "INFERENCE"
    STANDARDISATION = "STANDARDISATION"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input_parameters(
            "Neighbourhoods (polygons) or points with the value to analyse, in any CRS.")
        self.add_field_parameters(
            "Numeric field to analyse, e.g. an incident rate or Empirical Bayes smoothed rate "
            "(eb_rate_total from Aggregate incidents). Values should be non-negative.")
        self.add_weights_parameters()
        self.add_inference_parameters()
        self.add_parameter(
            QgsProcessingParameterEnum(self.INFERENCE, self.tr("Significance from"),
                                       options=[label for _, label in INFERENCE_CHOICES],
                                       defaultValue=0),
            "Which p-value sets Gi_Bin: the permutation pseudo p-value (robust to skewed "
            "values) or the normal approximation of the z-score (as ArcGIS).", advanced=True)
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
        feedback.pushInfo(f"Gi* on {int(mask.sum()):,} features, {weights.kind} weights "
                          f"({transform}), {options['permutations']} permutations, seed "
                          f"{options['seed']}, {options['alternative']} test"
                          + (", FDR correction" if options["fdr"] else ""))
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
