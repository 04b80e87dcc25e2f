"""Incidents against an environmental condition (e.g. night incidents on dark segments)."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..usm_plugin.qgis_compat import FieldType, NumberType, SourceType
from .base import UsmAlgorithm

#: Operators offered in the dialog (the core's condition_mask checks them again).
OPERATOR_CHOICES = ("=", "!=", "<", "<=", ">", ">=")


class IncidentsVsEnvironmentAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "incidentsvsenvironment"
    DISPLAY_NAME = "Incidents against environment (rate ratio)"
    GROUP_ID = "cpted"
    SHORT_DESCRIPTION = ("Tests whether incidents are over-represented on places meeting an "
                         "environmental condition (dark segments, dead ends, lit share below a "
                         "threshold...): the share of incidents there against their share of "
                         "street length or exposure, as a rate ratio with an exact confidence "
                         "interval and p-value, city-wide and per neighbourhood.")
    DESCRIPTION = """
    Typical use: the segments of the street-segment audit, count field n_night, condition dark =
    1, exposure length_m. The result answers "are night-time incidents more frequent on dark
    streets than their length predicts?": if 36% of night incidents fall on dark segments that
    make up 20% of the street length, the rate ratio is (0.36 / 0.20) / (0.64 / 0.80) = 2.25.

    The rate ratio compares incidents per unit of exposure on places meeting the condition with
    the other places. Its confidence interval and two-sided p-value are exact and conditional on
    the total number of incidents (binomial: under no effect, each incident falls on a place
    meeting the condition with probability equal to that side's share of the exposure;
    Clopper-Pearson interval of that share, as R's rateratio.test). They need no large-sample
    approximation and stay valid for small counts and neighbourhoods with few incidents; a side
    without incidents gives a bound of 0 or infinity. The rates are incidents per exposure unit
    times the rate scale (with lengths in metres and a scale of 1000: incidents per km).

    The condition is a field compared with a value: e.g. dark = 1, lit_share < 0.5,
    dead_end = 1, lu_mix <= 0.2. Places with a NULL count, condition value or exposure, or an
    exposure of 0, are left out and counted in the log. A group (neighbourhood) with places on
    one side of the condition only has no rate ratio (NULL). An observational association is
    not a causal effect: dark streets may also differ in other ways.
    """
    TAGS = ("cpted", "rate ratio", "street lighting", "dark streets", "night", "environment",
            "exact test", "confidence interval", "incidents", "exposure")
    REFERENCES = (
        "Fay, M. P. (2010). Two-sided exact tests and matching confidence intervals for discrete "
        "data. The R Journal, 2(1), 53-58.",
        "Clopper, C. J., Pearson, E. S. (1934). The use of confidence or fiducial limits "
        "illustrated in the case of the binomial. Biometrika, 26(4), 404-413.",
        "Breslow, N. E., Day, N. E. (1987). Statistical Methods in Cancer Research, Vol. II: The "
        "Design and Analysis of Cohort Studies. IARC, Lyon.",
        "Welsh, B. C., Farrington, D. P. (2008). Effects of improved street lighting on crime. "
        "Campbell Systematic Reviews, 4(1), 1-51.",
    )

    @property
    def OUTPUT_FIELDS(self):  # noqa: N802
        try:
            from ..usm_plugin.core.cpted.environment import TABLE_FIELDS
        except ImportError:
            return (("rate_ratio", "rate ratio", "ratio"),)
        return tuple(TABLE_FIELDS)

    INPUT = "INPUT"
    COUNT_FIELD = "COUNT_FIELD"
    CONDITION_FIELD = "CONDITION_FIELD"
    OPERATOR = "OPERATOR"
    VALUE = "VALUE"
    EXPOSURE_FIELD = "EXPOSURE_FIELD"
    GROUP_FIELD = "GROUP_FIELD"
    CONFIDENCE = "CONFIDENCE"
    RATE_SCALE = "RATE_SCALE"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Places (street segments)"),
                                                [SourceType.TABLE]),
            "Street segments (e.g. the output of the street-segment audit) or any places with an "
            "incident count, a condition field and an exposure.")
        self.add_parameter(
            QgsProcessingParameterField(self.COUNT_FIELD, self.tr("Incident count field"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC, defaultValue="n_night"),
            "Incidents per place, e.g. n_night (night-time incidents) or n_cat_robbery.")
        self.add_parameter(
            QgsProcessingParameterField(self.CONDITION_FIELD, self.tr("Condition field"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC, defaultValue="dark"),
            "Numeric field the condition tests, e.g. dark, lit_share, dead_end, lu_mix.")
        self.add_parameter(
            QgsProcessingParameterEnum(self.OPERATOR, self.tr("Operator"), options=list(OPERATOR_CHOICES),
                                       defaultValue=0),
            "How the field is compared with the value: =, !=, <, <=, >, >=.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.VALUE, self.tr("Value"), NumberType.DOUBLE,
                                         defaultValue=1.0),
            "The value the field is compared with (dark = 1, lit_share < 0.5, ...).")
        self.add_parameter(
            QgsProcessingParameterField(self.EXPOSURE_FIELD, self.tr("Exposure field"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC, defaultValue="length_m"),
            "Exposure per place: street length in metres (length_m) by default; footfall or "
            "another exposure measure if you have one.")
        self.add_parameter(
            QgsProcessingParameterField(self.GROUP_FIELD, self.tr("Group field (neighbourhood)"),
                                        parentLayerParameterName=self.INPUT, optional=True),
            "Optional group of each place (e.g. nbhd_id): one more row per group.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.CONFIDENCE, self.tr("Confidence level"),
                                         NumberType.DOUBLE, defaultValue=0.95, minValue=0.5,
                                         maxValue=0.999),
            "Level of the confidence intervals (0.95 = 95%).")
        self.add_parameter(
            QgsProcessingParameterNumber(self.RATE_SCALE, self.tr("Rate scale"), NumberType.DOUBLE,
                                         defaultValue=1000.0, minValue=1e-12),
            "Rates are incidents per exposure unit times this (1000 with lengths in metres gives "
            "incidents per km).", advanced=True)
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Rate ratios"), SourceType.TABLE),
            "One row for the city and one per group with the fields under Output fields.")
        for key, label in (("RATE_RATIO", "City-wide rate ratio"), ("CI_LOW", "Lower bound"),
                           ("CI_HIGH", "Upper bound"), ("P_VALUE", "Exact p-value")):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))

    def process_with_core(self, parameters, context, feedback):
        from ..usm_plugin import bridge
        from ..usm_plugin.core.cpted.environment import condition_mask, incidents_vs_environment

        count = self.parameterAsString(parameters, self.COUNT_FIELD, context)
        cond_field = self.parameterAsString(parameters, self.CONDITION_FIELD, context)
        operator = OPERATOR_CHOICES[self.parameterAsEnum(parameters, self.OPERATOR, context)]
        value = self.parameterAsDouble(parameters, self.VALUE, context)
        exposure = self.parameterAsString(parameters, self.EXPOSURE_FIELD, context)
        group = self.parameterAsString(parameters, self.GROUP_FIELD, context) or None
        confidence = self.parameterAsDouble(parameters, self.CONFIDENCE, context)
        scale = self.parameterAsDouble(parameters, self.RATE_SCALE, context)
        fields = list(dict.fromkeys([count, cond_field, exposure] + ([group] if group else [])))
        table = bridge.read_table(self, parameters, self.INPUT, context, fields)
        feedback.pushInfo(self.tr("Condition: {field} {operator} {value}; incidents {count}; "
                                  "exposure {exposure}.").format(
            field=cond_field, operator=operator, value=f"{value:g}", count=count,
            exposure=exposure))
        result = incidents_vs_environment(
            table[count], condition_mask(table[cond_field], operator, value), table[exposure],
            None if group is None else table[group].to_numpy(), confidence=confidence,
            rate_scale=scale, **bridge.FeedbackAdapter(feedback, 0.1, 0.9).callables())
        bridge.push_notes(feedback, result.notes)
        output_id = bridge.write_frame(self, parameters, self.OUTPUT, context, result.table, None,
                                       feedback=feedback)
        city = result.table.iloc[0]
        feedback.setProgress(100)
        return {self.OUTPUT: output_id, "RATE_RATIO": float(city["rate_ratio"]),
                "CI_LOW": float(city["ci_low"]), "CI_HIGH": float(city["ci_high"]),
                "P_VALUE": float(city["p_value"])}
