"""Join a table (survey results, programmes, budgets) to neighbourhoods by code, with a report."""

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..usm_plugin.qgis_compat import SourceType, parameter_as_strings
from .base import UsmAlgorithm

POLICY_CHOICES = [("error", "Stop with an error"), ("first", "Keep the first row"),
                  ("mean", "Average numeric fields"), ("sum", "Add up numeric fields")]


class JoinTableAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "jointable"
    DISPLAY_NAME = "Join table to neighbourhoods"
    GROUP_ID = "join"
    SHORT_DESCRIPTION = ("Joins a table such as survey results, programmes or budgets to the "
                         "neighbourhoods by code and reports unmatched codes, neighbourhoods "
                         "without a row and duplicated codes.")
    DESCRIPTION = """
    Codes are matched after trimming spaces. Optionally the match ignores case. Codes that look
    like numbers are compared by value, so 7, '007', '7.0' and 7.0 are the same code, while
    codes with letters ('N001') are compared as text (turn this off for codes whose leading
    zeros matter). Two neighbourhood ids that become equal under this rule are an error.

    Several rows with the same code stop the run by default; you may instead keep the first
    row, or average or add up the numeric fields (missing values are skipped, and a code whose
    values are all missing stays NULL); with averaging or adding, text fields list the distinct
    values joined with '; '. Programme and budget tables with several rows per neighbourhood
    usually want 'Add up'.

    The Report table lists every table code that matches no neighbourhood, rows without a code,
    every neighbourhood without a row (its joined fields are NULL, not 0) and every duplicated
    code with what was done. Joined rows + unmatched rows + rows without a code = rows read.
    """
    TAGS = ("table", "join", "attribute join", "survey", "programmes", "budget", "code",
            "unmatched", "neighbourhood", "enabling environment")
    REFERENCES = (
        "UN-Habitat (2020). Expert Group Meeting on Global Urban Safety Indicators and "
        "Monitoring Tool: perception surveys and the enabling environment joined at "
        "neighbourhood level.",
    )
    OUTPUT_FIELDS = (
        ("(neighbourhood fields)", "all fields of the neighbourhood layer, unchanged", ""),
        ("<table field>", "value of the joined table row (or aggregate of duplicated rows); "
         "NULL when the neighbourhood has no row", "as in the table"),
        ("<table field>_1", "used when the neighbourhood layer already has a field of that "
         "name", "as in the table"),
        ("join_rows", "number of table rows joined to the neighbourhood (0 = none)", "count"),
    )
    OUTPUT_TABLES = (
        ("Report table", (
            ("issue", "unmatched_code, missing_code, neighbourhood_without_row or "
                      "duplicate_code", "text"),
            ("code", "the code as written in the table", "text"),
            ("neighbourhood_id", "neighbourhood concerned", "text"),
            ("rows", "table rows concerned", "count"),
            ("handling", "what was done", "text"),
        )),
    )

    NEIGHBOURHOODS = "NEIGHBOURHOODS"
    NEIGHBOURHOOD_ID = "NEIGHBOURHOOD_ID"
    TABLE = "TABLE"
    CODE_FIELD = "CODE_FIELD"
    FIELDS = "FIELDS"
    DUPLICATES = "DUPLICATES"
    IGNORE_CASE = "IGNORE_CASE"
    NUMERIC_CODES = "NUMERIC_CODES"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.NEIGHBOURHOODS, self.tr("Neighbourhoods"),
                                                [SourceType.POLYGON]),
            "Polygon layer of neighbourhoods with a unique code.")
        self.add_parameter(
            QgsProcessingParameterField(self.NEIGHBOURHOOD_ID, self.tr("Neighbourhood id field"),
                                        parentLayerParameterName=self.NEIGHBOURHOODS),
            "Field with the neighbourhood code the table refers to.")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.TABLE, self.tr("Table"), [SourceType.TABLE]),
            "Table (CSV, spreadsheet, GeoPackage table or any layer) with a neighbourhood code "
            "per row.")
        self.add_parameter(
            QgsProcessingParameterField(self.CODE_FIELD, self.tr("Code field in the table"),
                                        parentLayerParameterName=self.TABLE),
            "Field of the table holding the neighbourhood code.")
        self.add_parameter(
            QgsProcessingParameterField(self.FIELDS, self.tr("Fields to join"),
                                        parentLayerParameterName=self.TABLE, allowMultiple=True,
                                        optional=True),
            "Table fields to copy (default: all but the code field and the table's primary key, "
            "such as a GeoPackage fid).")
        self.add_parameter(
            QgsProcessingParameterEnum(self.DUPLICATES, self.tr("Several rows with one code"),
                                       options=[label for _, label in POLICY_CHOICES],
                                       defaultValue=0),
            "What to do when a code appears in several rows: stop, keep the first row, average "
            "or add up numeric fields (text values are listed).")
        self.add_parameter(
            QgsProcessingParameterBoolean(self.IGNORE_CASE, self.tr("Ignore case of codes"),
                                          defaultValue=False),
            "Match 'n001' with 'N001'.")
        self.add_parameter(
            QgsProcessingParameterBoolean(self.NUMERIC_CODES,
                                          self.tr("Compare number-like codes by value"),
                                          defaultValue=True),
            "Treat 7, '007', '7.0' as the same code. Turn off when leading zeros matter.",
            advanced=True)
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT,
                                              self.tr("Neighbourhoods with joined table"),
                                              SourceType.POLYGON),
            "The neighbourhood layer with the joined fields and join_rows.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.REPORT, self.tr("Join report"),
                                              SourceType.TABLE),
            "Unmatched codes, rows without a code, neighbourhoods without a row, duplicates.")

    def process_with_core(self, parameters, context, feedback):
        from ..usm_plugin import bridge
        from ..usm_plugin.core.joins.table_join import join_table

        id_field = self.parameterAsString(parameters, self.NEIGHBOURHOOD_ID, context)
        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context)
        fields = parameter_as_strings(self, parameters, self.FIELDS, context) or None
        policy = POLICY_CHOICES[self.parameterAsEnum(parameters, self.DUPLICATES, context)][0]
        ignore_case = self.parameterAsBoolean(parameters, self.IGNORE_CASE, context)
        numeric = self.parameterAsBoolean(parameters, self.NUMERIC_CODES, context)

        stages = bridge.FeedbackAdapter(feedback)
        hoods_source = self.parameterAsSource(parameters, self.NEIGHBOURHOODS, context)
        hood_fields = [f.name() for f in hoods_source.fields()]
        hoods = bridge.read_source(self, parameters, self.NEIGHBOURHOODS, context, feedback,
                                   fields=hood_fields, stage=stages.stage(0.0, 0.3))
        if not fields:
            fields = [f for f in bridge.attribute_fields(self, parameters, self.TABLE, context)
                      if f != code_field]
        table = bridge.read_table(self, parameters, self.TABLE, context,
                                  fields=[code_field] + [f for f in fields if f != code_field])
        feedback.pushInfo(self.tr("Read {rows} table rows and {neighbourhoods} "
                                  "neighbourhoods.").format(
            rows=f"{len(table):,}", neighbourhoods=f"{len(hoods.frame):,}"))
        stages.stage(0.3, 0.5).progress(1.0)
        result = join_table(hoods.frame, id_field, table, code_field, fields=fields,
                            duplicate_policy=policy, case_sensitive=not ignore_case,
                            numeric_codes=numeric, **stages.stage(0.5, 0.8).callables())
        notes = hoods.notes
        notes.extend(result.notes)
        bridge.push_notes(feedback, notes)
        bridge.raise_if_cancelled(feedback)
        output = result.table
        # A joined 'fid' would fight the output GeoPackage's own feature ids.
        output = output.rename(columns={c: f"table_{c}" for c in output.columns
                                        if str(c).lower() == "fid" and c not in hood_fields})
        output_id = bridge.write_frame(self, parameters, self.OUTPUT, context, output,
                                       hoods.source_crs, feedback=feedback)
        report = result.report.astype({"code": "string", "neighbourhood_id": "string"})
        report_id = bridge.write_frame(self, parameters, self.REPORT, context, report, None,
                                       feedback=feedback)
        feedback.setProgress(100)
        return {self.OUTPUT: output_id, self.REPORT: report_id}
