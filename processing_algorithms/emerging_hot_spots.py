"""Emerging hot spot analysis: trends of space-time Gi* per neighbourhood or grid cell."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..usm_plugin.qgis_compat import NumberType, SourceType
from .base import UsmAlgorithm

STEP_CHOICES = [("month", "Month"), ("quarter", "Quarter"), ("year", "Year")]
SHAPE_CHOICES = [("hexagon", "Hexagons"), ("square", "Squares (fishnet)")]


class EmergingHotSpotsAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "emerginghotspots"
    DISPLAY_NAME = "Emerging hot spot analysis"
    GROUP_ID = "hotspots"
    SHORT_DESCRIPTION = ("Finds new, consecutive, intensifying, persistent, diminishing, sporadic, "
                         "oscillating and historical hot and cold spots from incident counts per "
                         "neighbourhood (or grid cell) and time step.")
    DESCRIPTION = """
    Incidents are counted per location (the given polygons, or a generated hexagon or square
    grid over the incidents) and per month, quarter or year. Each location-step bin gets a
    Getis-Ord Gi* z-score whose neighbourhood is the bins of the location and its neighbours
    (shared boundary or corner for polygons; adjacent cells for a grid) in the same step and in
    the previous steps of the time window; a bin is a hot (cold) spot when significant with
    z > 0 (< 0), after a false discovery rate correction over all bins. The Mann-Kendall test
    on each location's series of z-scores gives the trend (ESRI, How Emerging Hot Spot
    Analysis works).

    Categories (first matching rule wins; cold spots mirror hot spots). New: hot in the final
    step and never significant before. Consecutive: a single uninterrupted run of at least two
    hot steps at the end, never hot before it, fewer than 90% of steps hot. Intensifying: hot in
    at least 90% of steps including the final one, significant upward trend. Persistent: as
    intensifying but no significant trend. Diminishing: as intensifying but significant downward
    trend. Sporadic: hot in the final step, earlier hot steps separated by non-hot ones, fewer
    than 90% hot, never cold. Oscillating: hot in the final step and cold in an earlier one,
    fewer than 90% hot. Historical: not hot in the final step but hot in at least 90% of steps.
    No Pattern Detected: none of these. Categories decided by a significant final step come
    before the historical ones.

    Every incident is accounted for in the log: counted, without a date, with an unreadable
    date, outside every location, null geometry. A partly covered first or last period is
    reported because its low count reads as a trend. The Mann-Kendall test needs about ten
    time steps to detect a trend (months or quarters for a few years of data).
    """
    TAGS = ("emerging hot spot", "space-time", "hot spot", "trend", "mann-kendall", "getis-ord",
            "gi*", "time series", "crime", "incidents", "new", "intensifying", "persistent")
    OUTPUT_FIELDS = (
        ("(location id)", "the location's id field, or cell_id for a generated grid", "id"),
        ("pattern", "emerging hot spot category (New Hot Spot ... No Pattern Detected)", "text"),
        ("n_incidents", "incidents in the location over all steps", "count"),
        ("trend_z", "Mann-Kendall z of the location's Gi* z-scores over time", "standard deviations"),
        ("trend_p", "two-sided p-value of trend_z", "probability"),
        ("count_trend_z", "Mann-Kendall z of the location's counts over time", "standard deviations"),
        ("count_trend_p", "two-sided p-value of count_trend_z", "probability"),
        ("n_hot_steps", "time steps in which the location is a significant hot spot", "count"),
        ("n_cold_steps", "time steps in which the location is a significant cold spot", "count"),
        ("final_gi_z", "Gi* z-score in the final time step", "standard deviations"),
        ("final_gi_bin", "confidence bin in the final step (3/2/1 hot 99/95/90%, negative cold)",
         "class"),
    )
    OUTPUT_TABLES = (
        ("Bins table (optional)", (
            ("(location id)", "location id", "id"),
            ("step", "time step label (2023-01, 2023Q1, 2023)", "text"),
            ("n_incidents", "incidents in the location and step", "count"),
            ("gi_z", "space-time Gi* z-score", "standard deviations"),
            ("gi_p", "two-sided p-value (normal approximation)", "probability"),
            ("gi_bin", "confidence bin, FDR-corrected when chosen; NULL without neighbours", "class"),
        )),
    )
    REFERENCES = (
        "ESRI. How Emerging Hot Spot Analysis works. ArcGIS Pro tool reference, Space Time "
        "Pattern Mining toolbox.",
        "Getis, A. and Ord, J. K. (1992). The analysis of spatial association by use of distance "
        "statistics. Geographical Analysis 24(3), 189-206.",
        "Mann, H. B. (1945). Nonparametric tests against trend. Econometrica 13(3), 245-259.",
        "Kendall, M. G. (1975). Rank Correlation Methods, 4th ed. Griffin, London.",
        "Benjamini, Y. and Hochberg, Y. (1995). Controlling the false discovery rate. Journal of "
        "the Royal Statistical Society B 57(1), 289-300.",
    )

    INPUT = "INPUT"
    DATE_FIELD = "DATE_FIELD"
    LOCATIONS = "LOCATIONS"
    LOCATION_ID = "LOCATION_ID"
    CELL_SHAPE = "CELL_SHAPE"
    CELL_SIZE = "CELL_SIZE"
    TIME_STEP = "TIME_STEP"
    TIME_WINDOW = "TIME_WINDOW"
    ALPHA = "ALPHA"
    FDR = "FDR"
    OUTPUT = "OUTPUT"
    BINS = "BINS"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Incidents"), [SourceType.POINT]),
            "Point layer of incidents with a date. Null geometries are left out and counted.")
        self.add_parameter(
            QgsProcessingParameterField(self.DATE_FIELD, self.tr("Date/time field"),
                                        parentLayerParameterName=self.INPUT),
            "Date or date-time of each incident (a date field or text in ISO or common formats). "
            "Missing and unreadable dates are left out and counted.")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.LOCATIONS, self.tr("Locations (neighbourhoods)"),
                                                [SourceType.POLYGON], optional=True),
            "Polygons to count incidents in, usually the neighbourhoods; neighbours are polygons "
            "sharing a boundary or corner. Empty: a grid generated over the incidents.")
        self.add_parameter(
            QgsProcessingParameterField(self.LOCATION_ID, self.tr("Location id field"),
                                        parentLayerParameterName=self.LOCATIONS, optional=True),
            "Unique id of each location, copied to the output; it also decides ties: a point on "
            "a shared boundary goes to the location whose id sorts first.")
        self.add_parameter(
            QgsProcessingParameterEnum(self.CELL_SHAPE, self.tr("Grid cell shape (without locations)"),
                                       options=[label for _, label in SHAPE_CHOICES], defaultValue=0),
            "Shape of the generated grid cells when no locations are given; neighbours are the "
            "six adjacent hexagons or the eight surrounding squares.")
        self.add_parameter(
            QgsProcessingParameterDistance(self.CELL_SIZE, self.tr("Grid cell size (without locations)"),
                                           defaultValue=500.0, parentParameterName=self.INPUT,
                                           minValue=1.0),
            "Side of the square of the same area as a cell, in metres, for the generated grid.")
        self.add_parameter(
            QgsProcessingParameterEnum(self.TIME_STEP, self.tr("Time step"),
                                       options=[label for _, label in STEP_CHOICES], defaultValue=1),
            "Length of one time step. Aim for at least ten steps over the data (the trend test "
            "has little power with fewer); steps with very few incidents give noisy z-scores.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.TIME_WINDOW, self.tr("Neighbourhood time steps"),
                                         type=NumberType.INTEGER, defaultValue=1, minValue=0,
                                         maxValue=12),
            "How many previous time steps count as neighbours of a bin (ArcGIS's Neighborhood "
            "Time Step; 1 smooths each step with the one before).")
        self.add_parameter(
            QgsProcessingParameterNumber(self.ALPHA, self.tr("Significance level"),
                                         type=NumberType.DOUBLE, defaultValue=0.05, minValue=0.001,
                                         maxValue=0.2),
            "Level at which a bin is a hot or cold spot and the trend is significant.",
            advanced=True)
        self.add_parameter(
            QgsProcessingParameterBoolean(self.FDR, self.tr("False discovery rate correction"),
                                          defaultValue=True),
            "Correct the bin significance for testing every location and step at once "
            "(Benjamini-Hochberg).", advanced=True)
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Emerging hot spots"),
                                              SourceType.POLYGON),
            "One feature per location with its pattern category and trend (fields below), styled "
            "by category.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.BINS, self.tr("Space-time bins"), SourceType.TABLE,
                                              optional=True, createByDefault=False),
            "One row per location and time step: count, Gi* z-score, p-value and bin.")
        self.add_repair_parameter()

    def process_with_core(self, parameters, context, feedback):
        import geopandas as gpd
        import numpy as np
        import pandas as pd

        from ..usm_plugin import bridge
        from ..usm_plugin.core.stats.density import points_xy
        from ..usm_plugin.core.runtime import Notes
        from ..usm_plugin.core.stats.emerging import (bin_by_time, emerging_hot_spots,
                                                      locations_from_grid, locations_from_polygons)

        date_field = self.parameterAsString(parameters, self.DATE_FIELD, context)
        id_field = self.parameterAsString(parameters, self.LOCATION_ID, context) or None
        step = STEP_CHOICES[self.parameterAsEnum(parameters, self.TIME_STEP, context)][0]
        window = self.parameterAsInt(parameters, self.TIME_WINDOW, context)
        alpha = self.parameterAsDouble(parameters, self.ALPHA, context)
        fdr = self.parameterAsBoolean(parameters, self.FDR, context)
        shape = SHAPE_CHOICES[self.parameterAsEnum(parameters, self.CELL_SHAPE, context)][0]
        cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        use_locations = parameters.get(self.LOCATIONS) not in (None, "")

        stages = bridge.FeedbackAdapter(feedback)
        notes = Notes()
        target_crs = bridge.analysis_crs_for(
            self, parameters, self.LOCATIONS if use_locations else self.INPUT, context, notes)
        points = bridge.read_source(self, parameters, self.INPUT, context, feedback,
                                    fields=[date_field], target_crs=target_crs,
                                    stage=stages.stage(0.0, 0.25))
        notes.extend(points.notes)
        if len(points.frame) == 0:
            raise QgsProcessingException(self.tr("The incident layer is empty."))
        x, y, row, point_notes = points_xy(points.frame.geometry)
        notes.extend(point_notes)
        dates = points.frame[date_field].to_numpy(dtype=object)[row]

        if use_locations:
            areas = bridge.read_source(self, parameters, self.LOCATIONS, context, feedback,
                                       fields=[id_field] if id_field else [], target_crs=target_crs,
                                       check_validity=True, stage=stages.stage(0.25, 0.3))
            notes.extend(areas.notes)
            frame = areas.frame
            id_name = id_field or "location_fid"
            units = locations_from_polygons(
                x, y, frame.geometry.values,
                frame[id_field].to_numpy() if id_field else frame.index.to_numpy(),
                **stages.stage(0.3, 0.45).callables())
        else:
            id_name = "cell_id"
            units = locations_from_grid(x, y, shape=shape, cell_size=cell_size,
                                        crs=bridge.pyproj_crs(target_crs))
        notes.extend(units.notes)
        ids, location, weights, out_geometry = units.ids, units.location, units.weights, units.geometry
        n_loc = len(ids)
        binned = bin_by_time(location, dates, n_locations=n_loc, step=step)
        notes.extend(binned.notes)
        feedback.pushInfo(self.tr(
            "Incidents: {read} read, {no_geometry} without a location, {outside} outside every "
            "location, {no_date} without a date, {bad_date} with an unreadable date, {used} "
            "counted in {n_steps} {step} steps ({first} to {last}).").format(
                read=f"{len(points.frame):,}", no_geometry=f"{int(len(points.frame) - x.size):,}",
                outside=f"{binned.n_no_location:,}", no_date=f"{binned.n_no_time:,}",
                bad_date=f"{binned.n_bad_time:,}", used=f"{binned.n_used:,}",
                n_steps=len(binned.labels), step=step, first=binned.labels[0],
                last=binned.labels[-1]))
        result = emerging_hot_spots(binned.counts, weights, time_window=window, alpha=alpha,
                                    fdr=fdr, trend_alpha=alpha, ids=ids, labels=binned.labels,
                                    **stages.stage(0.45, 0.85).callables())
        notes.extend(result.notes)
        bridge.push_notes(feedback, notes)
        bridge.raise_if_cancelled(feedback)

        table = result.table().rename(columns={"location_id": id_name, "category": "pattern"})
        table.insert(2, "n_incidents", binned.counts.sum(axis=1))
        table["final_gi_bin"] = pd.array(table["final_gi_bin"], dtype="Float64").astype("Int64")
        output = gpd.GeoDataFrame(table, geometry=list(out_geometry),
                                  crs=bridge.pyproj_crs(target_crs))
        output_id = bridge.write_frame(self, parameters, self.OUTPUT, context, output, target_crs,
                                       feedback=feedback)
        results = {self.OUTPUT: output_id}
        if parameters.get(self.BINS) is not None:
            n_steps = len(binned.labels)
            bins = pd.DataFrame({
                id_name: np.repeat(ids, n_steps),
                "step": np.tile(np.asarray(binned.labels, dtype=object), n_loc),
                "n_incidents": binned.counts.ravel(),
                "gi_z": result.gi_z.ravel(),
                "gi_p": result.gi_p.ravel(),
                "gi_bin": pd.array(result.gi_bin.ravel(), dtype="Float64").astype("Int64"),
            })
            results[self.BINS] = bridge.write_frame(self, parameters, self.BINS, context, bins, None,
                                                    feedback=feedback)
        bridge.style_on_load(context, output_id, qml_name="emerging_hot_spots.qml")
        counts = pd.Series(result.category).value_counts()
        feedback.pushInfo(self.tr("Result: {counts}").format(
            counts=", ".join(f"{k}: {v}" for k, v in counts.items())))
        feedback.setProgress(100)
        return results
