"""Crime concentration: Lorenz curve, Gini, generalised Gini and shares of places."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..usm_plugin.qgis_compat import FieldType, SourceType
from .base import UsmAlgorithm


class CrimeConcentrationAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "crimeconcentration"
    DISPLAY_NAME = "Crime concentration (Lorenz curve and Gini)"
    GROUP_ID = "cpted"
    SHORT_DESCRIPTION = ("How concentrated incidents are on few places: the share of street "
                         "segments (or neighbourhoods) holding 25% and 50% of incidents, the "
                         "Lorenz curve, the Gini coefficient and the generalised Gini for sparse "
                         "counts, city-wide and per neighbourhood, against Weisburd's (2015) "
                         "benchmark.")
    DESCRIPTION = """
    Give a layer with one count per place, for example the street segments of the street-segment
    audit (field n_incidents, n_night or n_cat_*) or the neighbourhoods of the incident
    aggregation (n_total). With a group field (e.g. the neighbourhood id on the segments) the
    same measures are computed inside every group as well.

    share_units_50 is the smallest share of places that together hold at least half of the
    incidents, places ranked from the most incidents down and counted whole. Weisburd (2015)
    found about 50% of crime on 4-6% of street segments (and 25% on 0.4-1.6%) across cities;
    the log says where this city stands.

    The Gini coefficient compares the counts with perfect equality. When there are fewer
    incidents than places (sparse counts, common for one crime type or one year on street
    segments), perfect equality is impossible and the Gini overstates concentration; the
    generalised Gini (Bernasco & Steenbeek 2017) compares with maximal equality given the data
    (as many places as possible with one incident each) and equals the Gini when there are at
    least as many incidents as places. Places with a NULL count are left out and reported;
    negative counts are an error.
    """
    TAGS = ("crime concentration", "law of crime concentration", "gini", "lorenz curve",
            "generalized gini", "street segments", "hot spots", "cpted")
    REFERENCES = (
        "Weisburd, D. (2015). The law of crime concentration and the criminology of place. "
        "Criminology, 53(2), 133-157.",
        "Bernasco, W., Steenbeek, W. (2017). More places than crimes: implications for evaluating "
        "the law of crime concentration at place. Journal of Quantitative Criminology, 33(3), "
        "451-467.",
        "Lorenz, M. O. (1905). Methods of measuring the concentration of wealth. Publications of "
        "the American Statistical Association, 9(70), 209-219.",
    )

    @property
    def OUTPUT_FIELDS(self):  # noqa: N802
        try:
            from ..usm_plugin.core.cpted.concentration import TABLE_FIELDS
        except ImportError:
            return (("gini", "Gini coefficient", "0-1"),)
        return tuple(TABLE_FIELDS)

    @property
    def OUTPUT_TABLES(self):  # noqa: N802
        try:
            from ..usm_plugin.core.cpted.concentration import LORENZ_FIELDS
        except ImportError:
            return ()
        return (("Lorenz curve table", tuple(LORENZ_FIELDS)),)

    INPUT = "INPUT"
    COUNT_FIELD = "COUNT_FIELD"
    GROUP_FIELD = "GROUP_FIELD"
    OUTPUT = "OUTPUT"
    LORENZ = "LORENZ"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Places with counts"),
                                                [SourceType.TABLE]),
            "Street segments, neighbourhoods or grid cells with an incident count each (any "
            "geometry, or a table).")
        self.add_parameter(
            QgsProcessingParameterField(self.COUNT_FIELD, self.tr("Count field"),
                                        parentLayerParameterName=self.INPUT, type=FieldType.NUMERIC),
            "Incidents per place (e.g. n_incidents of the street-segment audit).")
        self.add_parameter(
            QgsProcessingParameterField(self.GROUP_FIELD, self.tr("Group field"),
                                        parentLayerParameterName=self.INPUT, optional=True),
            "Optional group of each place (e.g. the neighbourhood id of each segment): the "
            "measures are also computed per group.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Crime concentration"),
                                              SourceType.TABLE),
            "One row for the city and one per group, with the fields under Output fields.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.LORENZ, self.tr("Lorenz curve"), SourceType.TABLE,
                                              optional=True, createByDefault=False),
            "Points of the Lorenz curve (at most 1001 per group) and of the line of maximal "
            "equality, for a chart.")
        for key, label in (("GINI", "City-wide Gini coefficient"),
                           ("GINI_GENERALISED", "City-wide generalised Gini"),
                           ("SHARE_UNITS_50", "Share of places holding 50% of incidents")):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))

    def process_with_core(self, parameters, context, feedback):
        from ..usm_plugin import bridge
        from ..usm_plugin.core.cpted.concentration import crime_concentration
        from ..usm_plugin.core.runtime import Notes

        count = self.parameterAsString(parameters, self.COUNT_FIELD, context)
        group = self.parameterAsString(parameters, self.GROUP_FIELD, context) or None
        import pandas as pd

        table = bridge.read_table(self, parameters, self.INPUT, context,
                                  [count] + ([group] if group else []))

        counts = pd.to_numeric(table[count], errors="coerce").to_numpy(dtype=float)
        notes = Notes()
        result = crime_concentration(counts, None if group is None else table[group].to_numpy(),
                                     **bridge.FeedbackAdapter(feedback, 0.1, 0.8).callables())
        notes.extend(result.notes)
        bridge.push_notes(feedback, notes)
        output_id = bridge.write_frame(self, parameters, self.OUTPUT, context, result.table, None,
                                       feedback=feedback)
        results = {self.OUTPUT: output_id}
        if parameters.get(self.LORENZ) is not None:
            results[self.LORENZ] = bridge.write_frame(self, parameters, self.LORENZ, context,
                                                      result.lorenz, None, feedback=feedback)
        city = result.table.iloc[0]
        results.update({"GINI": float(city["gini"]), "GINI_GENERALISED": float(city["gini_gen"]),
                        "SHARE_UNITS_50": float(city["share_units_50"])})
        feedback.setProgress(100)
        return results
