"""Progress of neighbourhoods and the city against a target path (e.g. -50% by 2030)."""

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..usm_plugin.qgis_compat import FieldType, NumberType, SourceType, parameter_as_strings
from .base import UsmAlgorithm

PATH_CHOICES = [("geometric", "Same percentage reduction every year (50% in 10 years = 6.7% a "
                              "year)"),
                ("linear", "Same absolute reduction every year")]


class TargetTrajectoryAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "targettrajectory"
    DISPLAY_NAME = "Progress against a target"
    GROUP_ID = "monitor"
    SHORT_DESCRIPTION = ("Target path from a baseline period (default: -50% by 2030), observed "
                         "path, and per neighbourhood and for the city whether the last period is "
                         "on track, off track or too uncertain to say, with the reduction still "
                         "needed per year.")
    DESCRIPTION = """
    The count fields are the periods observed, oldest first; the first is the baseline. Their
    years are read from the field names (n_y2021 ...) unless a first year is given. The target
    (the Durban Declaration of the Global Parliament of Mayors: reduce all forms of violence by
    50% by 2030, about 7% a year) defines the target path of every neighbourhood from its own
    baseline: target_<year> fields hold the incidents the path allows each year, the city path
    table the city's observed and target counts year by year.

    On track or not: a neighbourhood with 4 incidents that falls to 2 has not proven anything.
    The last period's count over the baseline's gets its exact interval (Poisson counts,
    Clopper-Pearson); "on track" when the whole interval is at or below the ratio the path asks
    for by then, "off track" when the whole interval is above it, "uncertain" otherwise, "too
    few incidents to say" when no result could be significant with so few incidents.

    With a type field (e.g. type_id from the typology) each neighbourhood is also benchmarked
    against the others of its type: the type's pooled change and an exact test of whether the
    neighbourhood changed differently. Benchmarking, not ranking.
    """
    TAGS = ("target", "trajectory", "2030", "durban declaration", "benchmark", "progress",
            "on track", "monitor", "poisson", "typology")
    REFERENCES = (
        "Global Parliament of Mayors (2019). Durban Declaration: reducing all forms of violence "
        "by 50% within our jurisdictions by 2030.",
        "Clopper, C. J. and Pearson, E. S. (1934). The use of confidence or fiducial limits "
        "illustrated in the case of the binomial. Biometrika 26(4), 404-413.",
        "UN-Habitat (2020). Expert Group Meeting on the Urban Safety Monitor, Madrid: "
        "self-assessment and benchmarking towards 2030, not ranking.",
    )
    OUTPUT_FIELDS = (
        ("(input fields)", "all fields of the input layer", ""),
        ("target_ratio", "share of the baseline the path allows in the last observed year",
         "ratio"),
        ("rate_ratio", "last period's count / baseline count", "ratio"),
        ("rr_lo, rr_hi", "exact interval of rate_ratio at the chosen confidence", "ratio"),
        ("track", "on track / uncertain / off track / too few incidents to say", "text"),
        ("track_code", "1 on track, 0 uncertain, -1 off track, 9 too few", "class"),
        ("reduction_needed", "yearly reduction still needed from the last period to reach the "
                             "target level by the target year (0 when already there)", "% a year"),
        ("target_<year>", "incidents the target path allows in that year", "count"),
        ("type_ratio", "with a type field: pooled last/baseline ratio of the neighbourhood's type",
         "ratio"),
        ("vs_type", "rate_ratio / type_ratio", "ratio"),
        ("type_p", "two-sided exact p-value of 'changed like its type'", "probability"),
        ("type_class", "better than its type / like its type / worse than its type / too few "
                       "incidents to say", "text"),
    )
    OUTPUT_TABLES = (
        ("City path table", (("year", "every year from the baseline to the target year", "year"),
                             ("observed", "city incidents observed (NULL for years not given)",
                              "count"),
                             ("target", "city incidents the target path allows", "count"))),
    )

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    COUNT_FIELDS = "COUNT_FIELDS"
    FIRST_YEAR = "FIRST_YEAR"
    REDUCTION = "REDUCTION"
    TARGET_YEAR = "TARGET_YEAR"
    PATH = "PATH"
    CONFIDENCE = "CONFIDENCE"
    TYPE_FIELD = "TYPE_FIELD"
    OUTPUT = "OUTPUT"
    CITY_PATH = "CITY_PATH"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Neighbourhoods with counts"),
                                                [SourceType.POLYGON]),
            "Neighbourhood layer with incident counts per period (usm:aggregateincidents).")
        self.add_parameter(
            QgsProcessingParameterField(self.ID_FIELD, self.tr("Neighbourhood id field"),
                                        parentLayerParameterName=self.INPUT),
            "Unique code per neighbourhood.")
        self.add_parameter(
            QgsProcessingParameterField(self.COUNT_FIELDS, self.tr("Count fields, baseline first"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC, allowMultiple=True),
            "Incident counts per period, oldest first; the first is the baseline.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.FIRST_YEAR, self.tr("Year of the first count field"),
                                         type=NumberType.INTEGER, optional=True, minValue=1900,
                                         maxValue=2100),
            "Leave empty to read the years from the field names (n_y2021, n_y2022, ...); "
            "otherwise the fields are taken as consecutive years from this one.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.REDUCTION, self.tr("Target reduction (%)"),
                                         type=NumberType.DOUBLE, defaultValue=50.0, minValue=0.1,
                                         maxValue=99.9),
            "Reduction from the baseline by the target year.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.TARGET_YEAR, self.tr("Target year"),
                                         type=NumberType.INTEGER, defaultValue=2030,
                                         minValue=1901, maxValue=2200),
            "Year by which the reduction is to be reached.")
        self.add_parameter(
            QgsProcessingParameterEnum(self.PATH, self.tr("Target path"),
                                       options=[t for _, t in PATH_CHOICES], defaultValue=0),
            "Shape of the path from the baseline to the target.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.CONFIDENCE, self.tr("Confidence level"),
                                         type=NumberType.DOUBLE, defaultValue=0.90, minValue=0.5,
                                         maxValue=0.999),
            "Level of the interval that decides on track / off track.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterField(self.TYPE_FIELD, self.tr("Neighbourhood type field"),
                                        parentLayerParameterName=self.INPUT, optional=True),
            "Optional type of each neighbourhood (e.g. type_id from the typology) to benchmark it "
            "against its peers.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Progress against the target"),
                                              SourceType.POLYGON),
            "The neighbourhoods with the fields listed under Output fields.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.CITY_PATH, self.tr("City path"),
                                              SourceType.TABLE, optional=True,
                                              createByDefault=True),
            "The city's observed and target counts per year.")

    def process_with_core(self, parameters, context, feedback):
        import os

        from ..usm_plugin import bridge
        from ..usm_plugin.core.indices.targets import target_trajectory
        from .base import PLUGIN_DIR
        from .base.monitor import check_unique_ids, read_all_fields, write_with_results

        stages = bridge.FeedbackAdapter(feedback)
        counts = parameter_as_strings(self, parameters, self.COUNT_FIELDS, context)
        data = read_all_fields(self, parameters, self.INPUT, context, feedback,
                               stage=stages.stage(0.0, 0.3))
        check_unique_ids(data.frame, self.parameterAsString(parameters, self.ID_FIELD, context))
        first = parameters.get(self.FIRST_YEAR)
        years = None
        if first not in (None, ""):
            first = self.parameterAsInt(parameters, self.FIRST_YEAR, context)
            years = [first + k for k in range(len(counts))]
        result = target_trajectory(
            data.frame, counts, years=years,
            reduction=self.parameterAsDouble(parameters, self.REDUCTION, context) / 100.0,
            target_year=self.parameterAsInt(parameters, self.TARGET_YEAR, context),
            path=PATH_CHOICES[self.parameterAsEnum(parameters, self.PATH, context)][0],
            confidence=self.parameterAsDouble(parameters, self.CONFIDENCE, context),
            type_field=self.parameterAsString(parameters, self.TYPE_FIELD, context) or None,
            **stages.stage(0.3, 0.7).callables())
        bridge.push_notes(feedback, result.notes)
        bridge.raise_if_cancelled(feedback)
        qml = os.path.join(PLUGIN_DIR, "resources", "styles", "target_track.qml")
        output = write_with_results(self, parameters, self.OUTPUT, context, feedback, data,
                                    result.table, qml_path=qml)
        outputs = {self.OUTPUT: output}
        if parameters.get(self.CITY_PATH) is not None:
            outputs[self.CITY_PATH] = bridge.write_frame(self, parameters, self.CITY_PATH, context,
                                                         result.city_path, None, feedback=feedback)
        feedback.setProgress(100)
        return outputs
