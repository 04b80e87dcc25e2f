"""Aggregate survey respondents to neighbourhoods: shares, Wilson intervals, small samples."""

import os

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
)

from ..usm_plugin.qgis_compat import FieldType, NumberType, SourceType, parameter_as_strings
from .base import PLUGIN_DIR, UsmAlgorithm

STYLE_TEMPLATE = os.path.join(PLUGIN_DIR, "resources", "styles", "survey_share.qml")
# The field name the bundled style was drawn for; replaced by the first indicator's share field.
STYLE_PLACEHOLDER = "share_indicator"


class AggregateSurveyAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "aggregatesurvey"
    DISPLAY_NAME = "Aggregate survey respondents"
    GROUP_ID = "join"
    SHORT_DESCRIPTION = ("Turns perception and victimisation survey respondents into "
                         "neighbourhood shares (for example, feeling unsafe walking alone at "
                         "night) with confidence intervals, flagging samples too small to "
                         "report.")
    DESCRIPTION = """
    Each respondent point is placed in one neighbourhood by the same rule as incidents: a
    respondent exactly on a shared boundary goes to the neighbourhood whose id sorts first, and
    every respondent is accounted for (assigned + outside + dropped = read).

    For each yes/no field (0/1, true/false, yes/no, sí/no, oui/non) the share answering yes is
    given with a Wilson score interval (Wilson 1927), which behaves well for small samples and
    shares near 0 or 1. Other answers count as missing and are reported. With a survey weight
    field the share is the weighted share, and the interval uses Kish's effective sample size
    (sum of weights squared over the sum of squared weights; Kish 1965), which accounts for
    unequal weights but not for clustering or stratification of the survey design.

    Neighbourhoods with fewer respondents than the minimum get small_sample = 1 and are drawn
    grey and hatched: their shares are too uncertain to publish or rank.
    """
    TAGS = ("survey", "perception", "victimisation", "feel safe", "sdg 16.1.4", "sdg 16.1.3",
            "wilson", "confidence interval", "small sample", "neighbourhood", "respondents")
    REFERENCES = (
        "Wilson, E. B. (1927). Probable inference, the law of succession, and statistical "
        "inference. Journal of the American Statistical Association 22(158), 209-212.",
        "Kish, L. (1965). Survey Sampling. New York: Wiley.",
        "Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion: "
        "comparison of seven methods. Statistics in Medicine 17(8), 857-872.",
        "UNODC, UN-Habitat (2021). SDG indicator 16.1.4 metadata: proportion of population that "
        "feel safe walking alone around the area they live.",
    )
    OUTPUT_FIELDS = (
        ("(neighbourhood fields)", "all fields of the neighbourhood layer, unchanged", ""),
        ("n_resp", "respondents placed in the neighbourhood", "count"),
        ("small_sample", "1 when n_resp is below the minimum number of respondents", "0/1"),
        ("n_<field>", "respondents with a valid yes/no answer (and a valid weight)", "count"),
        ("share_<field>", "share answering yes (weighted when a weight field is given); NULL "
         "without valid answers", "0-1"),
        ("ci_low_<field>, ci_high_<field>", "Wilson confidence interval of the share", "0-1"),
        ("neff_<field>", "Kish effective sample size (only with a weight field)", "respondents"),
    )
    OUTPUT_TABLES = (
        ("Accounting table", (
            ("item", "read, assigned, on_shared_boundary, outside, dropped_* and per field "
                     "'<field>: missing_or_not_yes_no'", "text"),
            ("count", "number of respondents", "count"),
            ("note", "what the line means", "text"),
        )),
    )

    RESPONDENTS = "RESPONDENTS"
    NEIGHBOURHOODS = "NEIGHBOURHOODS"
    NEIGHBOURHOOD_ID = "NEIGHBOURHOOD_ID"
    INDICATOR_FIELDS = "INDICATOR_FIELDS"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    MIN_RESPONDENTS = "MIN_RESPONDENTS"
    CONFIDENCE = "CONFIDENCE"
    OUTPUT = "OUTPUT"
    ACCOUNTING = "ACCOUNTING"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.RESPONDENTS, self.tr("Survey respondents"),
                                                [SourceType.POINT]),
            "Point layer with one point per respondent (home or interview location) and yes/no "
            "answer fields. May be in another CRS than the neighbourhoods.")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.NEIGHBOURHOODS, self.tr("Neighbourhoods"),
                                                [SourceType.POLYGON]),
            "Polygon layer of neighbourhoods. Ids must be unique.")
        self.add_parameter(
            QgsProcessingParameterField(self.NEIGHBOURHOOD_ID, self.tr("Neighbourhood id field"),
                                        parentLayerParameterName=self.NEIGHBOURHOODS),
            "Unique neighbourhood code; a respondent on a shared boundary goes to the id that "
            "sorts first.")
        self.add_parameter(
            QgsProcessingParameterField(self.INDICATOR_FIELDS, self.tr("Yes/no answer fields"),
                                        parentLayerParameterName=self.RESPONDENTS,
                                        type=FieldType.ANY, allowMultiple=True),
            "Answer fields coded 0/1, true/false or yes/no, e.g. feels_unsafe_night, "
            "victim_last_year. The first one is used to style the output.")
        self.add_parameter(
            QgsProcessingParameterField(self.WEIGHT_FIELD, self.tr("Survey weight field"),
                                        parentLayerParameterName=self.RESPONDENTS,
                                        type=FieldType.NUMERIC, optional=True),
            "Optional design weight per respondent (>= 0). Respondents with a missing weight are "
            "left out of the weighted shares and reported.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.MIN_RESPONDENTS, self.tr("Minimum respondents"),
                                         type=NumberType.INTEGER, defaultValue=30, minValue=1),
            "Neighbourhoods with fewer respondents are flagged small_sample = 1.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.CONFIDENCE, self.tr("Confidence level"),
                                         type=NumberType.DOUBLE, defaultValue=0.95,
                                         minValue=0.5, maxValue=0.999),
            "Two-sided confidence level of the Wilson intervals.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Neighbourhood survey shares"),
                                              SourceType.POLYGON),
            "The neighbourhood layer with the fields listed under Output fields.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.ACCOUNTING, self.tr("Respondent accounting"),
                                              SourceType.TABLE),
            "Respondents read, assigned, on a shared boundary, outside, dropped, and missing "
            "answers per field.")
        self.add_repair_parameter()

    def process_with_core(self, parameters, context, feedback):
        import geopandas as gpd

        from ..usm_plugin import bridge
        from ..usm_plugin.core.runtime import Notes
        from ..usm_plugin.core.joins.survey import aggregate_survey

        id_field = self.parameterAsString(parameters, self.NEIGHBOURHOOD_ID, context)
        indicators = parameter_as_strings(self, parameters, self.INDICATOR_FIELDS, context)
        weight = self.parameterAsString(parameters, self.WEIGHT_FIELD, context) or None
        minimum = self.parameterAsInt(parameters, self.MIN_RESPONDENTS, context)
        confidence = self.parameterAsDouble(parameters, self.CONFIDENCE, context)

        stages = bridge.FeedbackAdapter(feedback)
        notes = Notes()
        hoods_source = self.parameterAsSource(parameters, self.NEIGHBOURHOODS, context)
        hood_fields = [f.name() for f in hoods_source.fields()]
        hoods = bridge.read_source(self, parameters, self.NEIGHBOURHOODS, context, feedback,
                                   fields=hood_fields, check_validity=True,
                                   stage=stages.stage(0.0, 0.1))
        if hoods.n_invalid_skipped:
            notes.warn(self.tr("{n} neighbourhood(s) with invalid geometry skipped (Processing's "
                               "invalid geometry setting) and left out of the output: {ids}").format(
                n=hoods.n_invalid_skipped, ids=", ".join(hoods.skipped_ids(id_field)[:50])))
        # Point in polygon needs no metric CRS: respondents are read in the neighbourhoods' CRS.
        people = bridge.read_source(self, parameters, self.RESPONDENTS, context, feedback,
                                    fields=[*indicators, weight], target_crs=hoods.source_crs,
                                    stage=stages.stage(0.1, 0.4))
        notes.extend(hoods.notes)
        notes.extend(people.notes)
        bridge.report_overlaps(hoods, id_field, notes, consequence=(
            "A respondent in an overlap is counted once, in the neighbourhood whose id sorts "
            "first; fix the boundaries so that neighbourhoods do not overlap."))
        result = aggregate_survey(people.frame, hoods.frame, id_field,
                                  indicator_fields=indicators, weight_field=weight,
                                  min_respondents=minimum, confidence=confidence,
                                  **stages.stage(0.4, 0.85).callables())
        notes.extend(result.notes)
        bridge.push_notes(feedback, notes)
        for row in result.accounting.itertuples(index=False):
            feedback.pushInfo(f"  {row.item}: {int(row.count):,}")
        bridge.raise_if_cancelled(feedback)
        output = gpd.GeoDataFrame(result.table, geometry=result.table.geometry.name)
        output_id = bridge.write_frame(self, parameters, self.OUTPUT, context, output,
                                       hoods.source_crs, feedback=feedback)
        accounting_id = bridge.write_frame(self, parameters, self.ACCOUNTING, context,
                                           result.accounting, None, feedback=feedback)
        self._style(context, output_id, f"share_{indicators[0]}")
        feedback.setProgress(100)
        return {self.OUTPUT: output_id, self.ACCOUNTING: accounting_id}

    @staticmethod
    def _style(context, output_id, share_field):
        """The bundled style, drawn for the first indicator's share field (applied on load,
        and stored in a GeoPackage output, also when nothing loads it: qgis_process, models)."""
        from ..usm_plugin import bridge

        with open(STYLE_TEMPLATE, encoding="utf-8") as handle:
            text = handle.read().replace(STYLE_PLACEHOLDER, share_field)
        path = QgsProcessingUtils.generateTempFilename("survey_share.qml")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        bridge.style_on_load(context, output_id, qml_name=path)
