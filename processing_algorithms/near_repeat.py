"""Near repeat analysis: the Knox test over spatial and temporal bands."""

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..usm_plugin.qgis_compat import NumberType, SourceType
from .base import UsmAlgorithm
from .base.algorithm import parse_number_list

METRIC_CHOICES = (("euclidean", "Euclidean (straight line)"), ("manhattan", "Manhattan (city block)"))


class NearRepeatAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "nearrepeat"
    DISPLAY_NAME = "Near repeat analysis (Knox test)"
    GROUP_ID = "cpted"
    SHORT_DESCRIPTION = ("Tests for repeat and near-repeat victimisation: whether pairs of "
                         "incidents close in space are also close in time more often than chance, "
                         "per band of distance and of days, with a seeded Monte Carlo, Knox ratios, "
                         "p-values and a heat-map report.")
    DESCRIPTION = """
    Every pair of incidents falls in one distance band and one time band. Bands include their
    upper limit and exclude the lower one, and every label is the interval itself: with
    DISTANCE_BANDS 100,200 and a same-location band the rows are "same location (d <= 0 m)",
    "0 < d <= 100 m" and "100 < d <= 200 m"; with TIME_BANDS 7,14 the columns are
    "0 <= t <= 7 days" and "7 < t <= 14 days" (t = days between the two incidents, with the
    time of day when the date field has one). Pairs farther apart or further apart in time are
    the reference and are not reported.

    expected is the exact mean number of pairs in the cell when the incidents' dates are
    shuffled among their locations; knox_ratio = observed / expected (above 1: more pairs than
    chance). The p-value comes from PERMUTATIONS random shuffles drawn with SEED: the share of
    shuffles with at least as many pairs (one-sided, the +1 rule). Same input and seed, same
    result. Incidents without a usable date or geometry are left out and counted in the log.

    Optionally every incident is classified, with links between incidents within the first
    distance band and the last time band: repeat (same location as an earlier linked
    incident), near_repeat (close to an earlier one), originator (starts a chain), isolated;
    chain_id numbers the groups of linked incidents.
    """
    TAGS = ("near repeat", "repeat victimisation", "knox test", "space-time", "burglary",
            "monte carlo", "permutation", "cpted", "incidents")
    REFERENCES = (
        "Knox, E. G. (1964). The detection of space-time interactions. Journal of the Royal "
        "Statistical Society C, 13(1), 25-30.",
        "Johnson, S. D., Bernasco, W., Bowers, K. J., et al. (2007). Space-time patterns of risk: "
        "a cross national assessment of residential burglary victimization. Journal of "
        "Quantitative Criminology, 23, 201-219.",
        "Ratcliffe, J. H. (2009). Near Repeat Calculator (version 1.3). Temple University and "
        "the National Institute of Justice.",
    )

    @property
    def OUTPUT_FIELDS(self):  # noqa: N802
        try:
            from ..usm_plugin.core.cpted.near_repeat import TABLE_FIELDS
        except ImportError:
            return (("knox_ratio", "observed / expected", "ratio"),)
        return tuple(TABLE_FIELDS)

    @property
    def OUTPUT_TABLES(self):  # noqa: N802
        try:
            from ..usm_plugin.core.cpted.near_repeat import CLASS_FIELDS
        except ImportError:
            return ()
        return (("Classified incidents (added to the incident's own fields)", tuple(CLASS_FIELDS)),)

    INPUT = "INPUT"
    DATE_FIELD = "DATE_FIELD"
    DISTANCE_BANDS = "DISTANCE_BANDS"
    TIME_BANDS = "TIME_BANDS"
    SAME_LOCATION = "SAME_LOCATION"
    SAME_LOCATION_DISTANCE = "SAME_LOCATION_DISTANCE"
    METRIC = "METRIC"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    HTML = "HTML"
    CLASSIFIED = "CLASSIFIED"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Incidents"), [SourceType.POINT]),
            "Incident points of one type (e.g. burglaries). Distances are measured in metres in "
            "the layer's CRS, or in the local UTM zone when it is geographic.")
        self.add_parameter(
            QgsProcessingParameterField(self.DATE_FIELD, self.tr("Date/time field"),
                                        parentLayerParameterName=self.INPUT),
            "Date or date-time of each incident (a date field, or text such as 2023-05-17 or "
            "17/05/2023 21:30).")
        self.add_parameter(
            QgsProcessingParameterString(self.DISTANCE_BANDS, self.tr("Distance bands (metres)"),
                                         defaultValue="100,200,300,400"),
            "Increasing upper limits of the distance bands, comma-separated; each band includes "
            "its upper limit.")
        self.add_parameter(
            QgsProcessingParameterString(self.TIME_BANDS, self.tr("Time bands (days)"),
                                         defaultValue="7,14,21,28"),
            "Increasing upper limits of the time bands in days, comma-separated; each band "
            "includes its upper limit, the first also 0.")
        self.add_parameter(
            QgsProcessingParameterBoolean(self.SAME_LOCATION, self.tr("Same-location band"),
                                          defaultValue=True),
            "Report repeats at the same location as a band of their own.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.SAME_LOCATION_DISTANCE,
                                         self.tr("Same-location distance (metres)"),
                                         NumberType.DOUBLE, defaultValue=0.0, minValue=0.0),
            "Incidents at most this far apart are at the same location (0: identical "
            "coordinates; a few metres for addresses geocoded slightly apart).", advanced=True)
        self.add_parameter(
            QgsProcessingParameterEnum(self.METRIC, self.tr("Distance"),
                                       options=[label for _, label in METRIC_CHOICES], defaultValue=0),
            "Straight-line (Euclidean) or city-block (Manhattan) distance.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.PERMUTATIONS, self.tr("Permutations"),
                                         NumberType.INTEGER, defaultValue=999, minValue=0,
                                         maxValue=99999),
            "Monte Carlo shuffles of the dates among the locations (999 gives p-values down to "
            "0.001; below 99 is warned).")
        self.add_parameter(
            QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), NumberType.INTEGER,
                                         defaultValue=1, minValue=0, maxValue=2 ** 31 - 1),
            "Seed of the shuffles: the same seed gives the same p-values.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Knox table"), SourceType.TABLE),
            "One row per band pair with the fields under Output fields.")
        self.add_parameter(
            QgsProcessingParameterFileDestination(self.HTML, self.tr("Heat-map report"),
                                                  fileFilter="HTML files (*.html)", optional=True,
                                                  createByDefault=False),
            "HTML page with the Knox ratios as a heat map, the p-values and the band definitions.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.CLASSIFIED, self.tr("Classified incidents"),
                                              SourceType.POINT, optional=True, createByDefault=False),
            "The incidents with nr_class, chain_id and chain_size.")

    def process_with_core(self, parameters, context, feedback):
        import geopandas as gpd
        import numpy as np

        from ..usm_plugin import bridge
        from ..usm_plugin.core.cpted.near_repeat import knox_html, knox_test
        from ..usm_plugin.core.joins.aggregation import parse_dates
        from ..usm_plugin.core.runtime import InputError, Notes

        p = parameters
        date_field = self.parameterAsString(p, self.DATE_FIELD, context)
        distances = parse_number_list(self.parameterAsString(p, self.DISTANCE_BANDS, context),
                                      "DISTANCE_BANDS", required=True)
        days = parse_number_list(self.parameterAsString(p, self.TIME_BANDS, context),
                                 "TIME_BANDS", required=True)
        same = (self.parameterAsDouble(p, self.SAME_LOCATION_DISTANCE, context)
                if self.parameterAsBoolean(p, self.SAME_LOCATION, context) else None)
        metric = METRIC_CHOICES[self.parameterAsEnum(p, self.METRIC, context)][0]
        notes = Notes()
        target_crs = bridge.analysis_crs_for(self, p, self.INPUT, context, notes)
        data = bridge.read_source(self, p, self.INPUT, context, feedback, fields=[date_field],
                                  target_crs=target_crs, points_as_xy=True)
        notes.extend(data.notes)
        x, y, row, point_notes = bridge.point_coordinates(data)
        notes.extend(point_notes)
        dates, has_time, _ = parse_dates(data.frame[date_field].reset_index(drop=True))
        stamp = dates.iloc[row].to_numpy()
        ok = ~np.isnat(stamp)
        if (~ok).any():
            notes.warn(self.tr("{n} incidents have no usable date in {field} and were left "
                               "out").format(n=int((~ok).sum()), field=repr(date_field)))
        if not has_time[row][ok].any():
            notes.say(self.tr("the dates carry no time of day: time differences are whole days"))
        origin = stamp[ok].min() if ok.any() else None
        if origin is None:
            raise InputError(self.tr("no incident has a usable date in {field}").format(
                field=repr(date_field)))
        t = (stamp[ok] - origin) / np.timedelta64(1, "s") / 86400.0
        result = knox_test(np.column_stack([x[ok], y[ok]]), t, distance_bands=distances,
                           time_bands=days, same_location=same, metric=metric,
                           permutations=self.parameterAsInt(p, self.PERMUTATIONS, context),
                           seed=self.parameterAsInt(p, self.SEED, context),
                           classify=p.get(self.CLASSIFIED) is not None,
                           **bridge.FeedbackAdapter(feedback, 0.2, 0.9).callables())
        notes.extend(result.notes)
        bridge.push_notes(feedback, notes)
        bridge.raise_if_cancelled(feedback)
        results = {self.OUTPUT: bridge.write_frame(self, p, self.OUTPUT, context, result.table,
                                                   None, feedback=feedback)}
        html_path = self.parameterAsFileOutput(p, self.HTML, context)
        if html_path:
            bridge.write_text(html_path, knox_html(result))
            results[self.HTML] = html_path
        if result.classes is not None:
            frame = data.frame.drop(columns="geometry").iloc[row[ok]].reset_index(drop=True)
            import shapely

            frame = gpd.GeoDataFrame(frame.join(result.classes),
                                     geometry=shapely.points(x[ok], y[ok]))
            results[self.CLASSIFIED] = bridge.write_frame(
                self, p, self.CLASSIFIED, context, frame, target_crs,
                geometry_type=bridge.POINT_TYPE, feedback=feedback)
        for r in result.table[result.table["signif"] == 1].itertuples(index=False):
            feedback.pushInfo("  " + self.tr("{distance}, {time}: Knox ratio {ratio}, p = "
                                             "{p}").format(
                distance=r.distance_band, time=r.time_band, ratio=f"{r.knox_ratio:.2f}",
                p=f"{r.p_value:.3f}"))
        feedback.setProgress(100)
        return results
