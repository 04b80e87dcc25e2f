"""Parameters and preparation shared by the spatial statistics (Gi*, Local and Global Moran).

:class:`InferenceMixin` builds on :class:`.weights.WeightsMixin` (it needs the input
layer and the weights) and adds the analysis field, permutations, seed, FDR,
alternative hypothesis and significance source.
"""

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...usm_plugin.qgis_compat import FieldType, NumberType
from .weights import WeightsMixin, log_weights

ALTERNATIVE_CHOICES = [
    ("two-sided", "Hot and cold spots (two-sided)"),
    ("greater", "Hot spots only (one-sided, high values)"),
    ("less", "Cold spots only (one-sided, low values)"),
]
INFERENCE_CHOICES = [
    ("sim", "Permutations (pseudo p-value)"),
    ("norm", "Normal approximation of the z-score (as ArcGIS)"),
]
#: The weights standardisations, defined once.  Each algorithm lists them in its own
#: order (see :func:`standardisation_options`): the enum index is part of its interface
#: and its default differs (binary for Gi* as ArcGIS, row for Moran as GeoDa and PySAL).
STANDARDISATION_LABELS = {
    "binary": "None: every neighbour weighs 1 (ArcGIS default for Gi*)",
    "row": "Row standardised: weights of each feature sum to 1 (GeoDa, PySAL default)",
}


def standardisation_options(*order: str):
    """(key, label) pairs in the given order, for a STANDARDISATION enum parameter."""
    return [(key, STANDARDISATION_LABELS[key]) for key in order]


INFERENCE_REFERENCES = (
    "Anselin, L. (1995). Local indicators of spatial association - LISA. Geographical "
    "Analysis 27(2), 93-115.",
    "Benjamini, Y. and Hochberg, Y. (1995). Controlling the false discovery rate: a practical "
    "and powerful approach to multiple testing. Journal of the Royal Statistical Society B "
    "57(1), 289-300.",
)


class InferenceMixin(WeightsMixin):
    """Analysis field, permutation, seed, FDR, alternative and significance-source
    parameters of the spatial statistics, on top of the weights parameters."""

    FIELD = "FIELD"
    INFERENCE = "INFERENCE"
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
                                         defaultValue=12345, minValue=0),
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

    def add_significance_parameter(self, help_text: str):
        """The INFERENCE choice: permutation pseudo p-value or normal approximation."""
        self.add_parameter(
            QgsProcessingParameterEnum(self.INFERENCE, self.tr("Significance from"),
                                       options=[label for _, label in INFERENCE_CHOICES],
                                       defaultValue=0),
            help_text, advanced=True)

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
        if permutations == 0 or self.parameterDefinition(self.INFERENCE) is None:
            return "norm" if permutations == 0 else "sim"
        return INFERENCE_CHOICES[self.parameterAsEnum(parameters, self.INFERENCE, context)][0]

    @staticmethod
    def log_label_counts(feedback, labels) -> None:
        import pandas as pd

        from ...usm_plugin.i18n import tr

        counts = pd.Series(labels).value_counts()
        feedback.pushInfo(tr("Result: {counts}").format(
            counts=", ".join(f"{label}: {count}" for label, count in counts.items())))

    def prepare_field_analysis(self, parameters, context, feedback, stage, field):
        """The steps every local and global statistic starts with: read the layer, keep the
        features with a usable value, check for raw counts, build and report the weights."""
        from ...usm_plugin import bridge

        data, notes = self.read_layer(parameters, context, feedback, stage)
        ids = self.feature_ids(parameters, context, data.frame)
        mask, values = self.analysable(data.frame, ids, field, notes)
        self.check_counts(parameters, context, data.frame, mask, values, notes)
        weights = self.build_weights(parameters, context, data.frame.loc[mask], ids[mask])
        bridge.push_notes(feedback, notes)
        log_weights(feedback, weights)
        return data, ids, mask, values, weights

    def check_counts(self, parameters, context, frame, mask, values, notes):
        from ...usm_plugin.core.stats.autocorrelation import raw_count_warning
        import pandas as pd

        population = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        if not population:
            return
        pop = pd.to_numeric(frame[population], errors="coerce").to_numpy(dtype=float)
        message = raw_count_warning(values[mask], pop[mask])
        if message:
            notes.warn(message[0].upper() + message[1:])
