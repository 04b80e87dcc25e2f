"""Compare periods of incident counts: is the change more than noise?"""

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..usm_plugin.qgis_compat import FieldType, NumberType, SourceType, parameter_as_strings
from .base import UsmAlgorithm

BASELINE_CHOICES = [
    ("first", "Last period against the first"),
    ("earlier", "Last period against the mean of all earlier periods"),
    ("previous", "Last period against the one before it"),
]
RATE_CHOICES = [(1000, "per 1,000 residents"), (100000, "per 100,000 residents")]


class ComparePeriodsAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "compareperiods"
    DISPLAY_NAME = "Compare periods"
    GROUP_ID = "monitor"
    SHORT_DESCRIPTION = ("Change in incidents per neighbourhood and for the city between periods, "
                         "with an exact test of whether it is more than chance: significant "
                         "decrease, no significant change, significant increase, or too few "
                         "incidents to say.")
    DESCRIPTION = """
    Takes one count field per period, oldest first (for example n_y2021, n_y2022, n_y2023 from
    usm:aggregateincidents) and compares the last period with the first, with the mean of the
    earlier periods, or with the previous one.

    Counts of incidents are Poisson counts: a neighbourhood with 4 incidents one year and 2 the
    next has not halved its violence. The test is the exact conditional test of equal rates
    (given the total of both periods, the share of the last period is binomial; Przyborowski and
    Wilenski 1940), which stays valid for the small counts of small neighbourhoods; the rate
    ratio gets its exact (Clopper-Pearson) interval. The residents cancel out of the ratio when
    they are the same in both periods; the population field only gives the rates.

    Testing 250 neighbourhoods at 5% flags about 12 by chance alone. With the false discovery
    rate correction (Benjamini-Hochberg, on by default) at most about 5% of the neighbourhoods
    called significant are expected to be false alarms. A neighbourhood whose total count is so
    small that no split could be significant is "too few incidents to say", not "no change".
    Counts must be whole numbers (not rates or smoothed values); a NULL count gives a NULL
    result; a negative population is an error; a period without any incident is reported.
    """
    TAGS = ("change", "trend", "compare", "periods", "years", "rate ratio", "poisson",
            "exact test", "binomial", "false discovery rate", "benchmarking", "monitor")
    REFERENCES = (
        "Przyborowski, J. and Wilenski, H. (1940). Homogeneity of results in testing samples "
        "from Poisson series. Biometrika 31(3/4), 313-323.",
        "Gu, K., Ng, H. K. T., Tang, M. L., Schucany, W. R. (2008). Testing the ratio of two "
        "Poisson rates. Biometrical Journal 50(2), 283-298.",
        "Clopper, C. J. and Pearson, E. S. (1934). The use of confidence or fiducial limits "
        "illustrated in the case of the binomial. Biometrika 26(4), 404-413.",
        "Benjamini, Y. and Hochberg, Y. (1995). Controlling the false discovery rate: a practical "
        "and powerful approach to multiple testing. Journal of the Royal Statistical Society B "
        "57(1), 289-300.",
    )
    OUTPUT_FIELDS = (
        ("(input fields)", "all fields of the input layer", ""),
        ("n_base", "incidents in the baseline (mean per period for 'earlier periods')", "count"),
        ("n_last", "incidents in the last period", "count"),
        ("rate_base, rate_last", "the same per 1,000 or 100,000 residents (only with a "
                                 "population field; NULL for 0 or NULL residents)",
         "incidents per residents per period"),
        ("pct_change", "(rate_ratio - 1) x 100", "%"),
        ("rate_ratio", "rate in the last period / rate in the baseline", "ratio"),
        ("rr_lo, rr_hi", "exact confidence interval of rate_ratio (1 - significance level)",
         "ratio"),
        ("p_value", "two-sided p-value of the exact conditional test of equal rates",
         "probability"),
        ("p_fdr", "Benjamini-Hochberg adjusted p-value (the p-value without FDR)", "probability"),
        ("change_class", "significant decrease / no significant change / significant increase / "
                         "too few incidents to say", "text"),
        ("change_code", "-1 decrease, 0 no significant change, 1 increase, 9 too few", "class"),
    )
    OUTPUT_TABLES = (
        ("City table", (
            ("n_base ... change_code", "the same fields for the whole city (sum of the counts)",
             ""),
        )),
    )

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    COUNT_FIELDS = "COUNT_FIELDS"
    POPULATION_FIELD = "POPULATION_FIELD"
    BASELINE = "BASELINE"
    ALPHA = "ALPHA"
    FDR = "FDR"
    RATE_PER = "RATE_PER"
    OUTPUT = "OUTPUT"
    CITY = "CITY"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Neighbourhoods with counts"),
                                                [SourceType.POLYGON]),
            "Neighbourhood layer with one incident count field per period (e.g. the output of "
            "usm:aggregateincidents with counts per year).")
        self.add_parameter(
            QgsProcessingParameterField(self.ID_FIELD, self.tr("Neighbourhood id field"),
                                        parentLayerParameterName=self.INPUT),
            "Unique code per neighbourhood.")
        self.add_parameter(
            QgsProcessingParameterField(self.COUNT_FIELDS, self.tr("Count fields, oldest first"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC, allowMultiple=True),
            "One field of incident counts per period, in time order (oldest first), at least two.")
        self.add_parameter(
            QgsProcessingParameterField(self.POPULATION_FIELD, self.tr("Population field"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC, optional=True),
            "Residents, for the rates (the test itself compares counts).")
        self.add_parameter(
            QgsProcessingParameterEnum(self.BASELINE, self.tr("Compare"),
                                       options=[t for _, t in BASELINE_CHOICES], defaultValue=0),
            "Which periods the last one is compared with.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.ALPHA, self.tr("Significance level"),
                                         type=NumberType.DOUBLE, defaultValue=0.05, minValue=0.001,
                                         maxValue=0.5),
            "Two-sided level of the test (false discovery rate with the correction).")
        self.add_parameter(
            QgsProcessingParameterBoolean(self.FDR, self.tr("False discovery rate correction"),
                                          defaultValue=True),
            "Benjamini-Hochberg across neighbourhoods.")
        self.add_parameter(
            QgsProcessingParameterEnum(self.RATE_PER, self.tr("Rates"),
                                       options=[t for _, t in RATE_CHOICES], defaultValue=1),
            "Unit of rate_base and rate_last.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Change between periods"),
                                              SourceType.POLYGON),
            "The neighbourhoods with the fields listed under Output fields.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.CITY, self.tr("City change"), SourceType.TABLE,
                                              optional=True, createByDefault=True),
            "One row with the city-wide change.")

    def process_with_core(self, parameters, context, feedback):
        import os

        from ..usm_plugin import bridge
        from ..usm_plugin.core.indices.change import compare_periods
        from .base import PLUGIN_DIR
        from .base.monitor import check_unique_ids, read_all_fields, write_with_results

        stages = bridge.FeedbackAdapter(feedback)
        counts = parameter_as_strings(self, parameters, self.COUNT_FIELDS, context)
        data = read_all_fields(self, parameters, self.INPUT, context, feedback,
                               stage=stages.stage(0.0, 0.3))
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        check_unique_ids(data.frame, id_field)
        result = compare_periods(
            data.frame, counts,
            population_field=self.parameterAsString(parameters, self.POPULATION_FIELD, context)
            or None,
            baseline=BASELINE_CHOICES[self.parameterAsEnum(parameters, self.BASELINE, context)][0],
            alpha=self.parameterAsDouble(parameters, self.ALPHA, context),
            fdr=self.parameterAsBool(parameters, self.FDR, context),
            rate_per=RATE_CHOICES[self.parameterAsEnum(parameters, self.RATE_PER, context)][0],
            id_field=id_field, **stages.stage(0.3, 0.7).callables())
        bridge.push_notes(feedback, result.notes)
        bridge.raise_if_cancelled(feedback)
        qml = os.path.join(PLUGIN_DIR, "resources", "styles", "change_class.qml")
        output = write_with_results(self, parameters, self.OUTPUT, context, feedback, data,
                                    result.table, qml_path=qml)
        outputs = {self.OUTPUT: output}
        if parameters.get(self.CITY) is not None:
            outputs[self.CITY] = bridge.write_frame(self, parameters, self.CITY, context,
                                                    result.city, None, feedback=feedback)
        feedback.setProgress(100)
        return outputs

