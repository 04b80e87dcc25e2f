"""Optimized hot spot analysis: incidents on a hexagon or square grid, Gi* with data-driven settings."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ..usm_plugin.qgis_compat import NumberType, SourceType
from .base import UsmAlgorithm

SHAPE_CHOICES = [("hexagon", "Hexagons"), ("square", "Squares (fishnet)")]
# Field names as in the Hot spots (Gi*) algorithm, so one style serves both.
RENAME = {"count": "n_incidents", "gi_z": "GiZ", "gi_p": "Gi_P", "gi_bin": "Gi_Bin",
          "label": "Gi_Label", "n_neighbours": "Gi_NNbr"}


class OptimizedHotSpotsAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "optimizedhotspots"
    DISPLAY_NAME = "Optimized hot spot analysis"
    GROUP_ID = "hotspots"
    SHORT_DESCRIPTION = ("Counts incidents on a hexagon or square grid over the study area and maps "
                         "statistically significant hot and cold spots (Getis-Ord Gi*), choosing "
                         "the cell size and the scale of analysis from the data and reporting "
                         "every choice.")
    DESCRIPTION = """
    The steps follow ESRI's Optimized Hot Spot Analysis for incident points. (1) Incidents
    outside the study area are left out and counted. (2) Locational outliers (distinct
    locations whose nearest-neighbour distance exceeds the mean by more than three standard
    deviations) are reported and do not influence the cell size. (3) Cell size, when not given:
    twice the mean nearest-neighbour distance between incident locations, bounded so that the
    study area holds between 30 and 5,000 cells; the cell size is the side of the square of the
    same area, so hexagons and squares of one size have equal areas. (4) Scale, when no distance
    band is given: incremental spatial autocorrelation — Global Moran's I of the counts over ten
    distance bands starting where every cell has a neighbour, in steps of one cell spacing; the
    first peak of its z-score (above 1.96) is used; without a peak (a z-score still rising at
    the last band, as the city-wide density gradient usually makes it), ESRI's fallback: the
    mean distance at which a cell has K neighbours, K = 5% of the cells between 3 and 30.
    (5) Getis-Ord Gi* of the counts with binary
    distance-band weights, the cell included in its own neighbourhood, with the
    Benjamini-Hochberg false discovery rate correction of the confidence bins.

    Every choice is written to the log and to the Choices table. Hexagons are pointy-topped;
    cells that cover part of the study area are kept. A point on a shared cell edge belongs to
    exactly one cell (squares: half-open cells; hexagons: the nearest centre). Distances are
    measured in metres: layers in a geographic CRS or Web Mercator are projected to the local
    UTM zone (stated in the log), which is also the CRS of the output grid.
    """
    TAGS = ("optimized hot spot", "hot spot", "getis-ord", "gi*", "hexagon", "fishnet", "grid",
            "incremental spatial autocorrelation", "fdr", "crime", "incidents", "cluster")
    OUTPUT_FIELDS = (
        ("cell_id", "grid cell number (1..n, south to north, west to east)", "id"),
        ("row, col", "cell row (0 = southernmost) and column in the grid", "index"),
        ("n_incidents", "incidents in the cell", "count"),
        ("GiZ", "Gi* z-score; > 0 hot, < 0 cold", "standard deviations"),
        ("Gi_P", "p-value used for the bins (analytical, or pseudo p-value with permutations)",
         "probability"),
        ("Gi_Bin", "confidence bin: 3/2/1 hot spot 99/95/90%, -3/-2/-1 cold spot, 0 not "
                   "significant (FDR-corrected when chosen)", "class"),
        ("Gi_Label", "the bin in words (Hot spot 95%, Not significant, ...)", "text"),
        ("Gi_NNbr", "cells within the distance band (the cell itself excluded)", "count"),
    )
    OUTPUT_TABLES = (
        ("Choices table", (
            ("step", "what was decided (cell size, distance band, outliers, ...)", "text"),
            ("value", "the value used", "text"),
            ("reason", "the rule that produced it", "text"),
        )),
    )
    REFERENCES = (
        "ESRI. How Optimized Hot Spot Analysis works. ArcGIS Pro tool reference.",
        "ESRI. Incremental Spatial Autocorrelation. ArcGIS Pro tool reference.",
        "Getis, A. and Ord, J. K. (1992). The analysis of spatial association by use of distance "
        "statistics. Geographical Analysis 24(3), 189-206.",
        "Ord, J. K. and Getis, A. (1995). Local spatial autocorrelation statistics: "
        "distributional issues and an application. Geographical Analysis 27(4), 286-306.",
        "Benjamini, Y. and Hochberg, Y. (1995). Controlling the false discovery rate. Journal of "
        "the Royal Statistical Society B 57(1), 289-300.",
    )

    INPUT = "INPUT"
    STUDY_AREA = "STUDY_AREA"
    CELL_SHAPE = "CELL_SHAPE"
    CELL_SIZE = "CELL_SIZE"
    DISTANCE_BAND = "DISTANCE_BAND"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    FDR = "FDR"
    OUTPUT = "OUTPUT"
    CHOICES = "CHOICES"
    CELL_SIZE_USED = "CELL_SIZE_USED"
    DISTANCE_BAND_USED = "DISTANCE_BAND_USED"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Incidents"), [SourceType.POINT]),
            "Point layer of incidents. Null geometries are left out and counted; MultiPoints "
            "count once per point.")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.STUDY_AREA, self.tr("Study area"),
                                                [SourceType.POLYGON], optional=True),
            "Polygons where incidents are possible: the city boundary or the neighbourhoods "
            "(dissolved). Incidents outside are left out and counted. Empty: the convex hull of "
            "the incidents without locational outliers.")
        self.add_parameter(
            QgsProcessingParameterEnum(self.CELL_SHAPE, self.tr("Cell shape"),
                                       options=[label for _, label in SHAPE_CHOICES], defaultValue=0),
            "Hexagons (every neighbour at the same distance; preferred for hot spots) or squares.")
        self.add_parameter(
            QgsProcessingParameterDistance(self.CELL_SIZE, self.tr("Cell size"), defaultValue=None,
                                           parentParameterName=self.INPUT, minValue=0.0,
                                           optional=True),
            "Side of the square of the same area as a cell, in metres. Empty or 0: automatic "
            "(twice the mean distance between neighbouring incidents, 30 to 5,000 cells).")
        self.add_parameter(
            QgsProcessingParameterDistance(self.DISTANCE_BAND, self.tr("Distance band"),
                                           defaultValue=None, parentParameterName=self.INPUT,
                                           minValue=0.0, optional=True),
            "Neighbourhood radius of Gi* in metres. Empty or 0: automatic, from the first peak "
            "of incremental spatial autocorrelation (or the K-nearest-cells fallback).",
            advanced=True)
        self.add_parameter(
            QgsProcessingParameterNumber(self.PERMUTATIONS, self.tr("Permutations"),
                                         type=NumberType.INTEGER, defaultValue=0, minValue=0,
                                         maxValue=99999),
            "0: analytical p-values (as ArcGIS). 999: conditional permutation pseudo p-values, "
            "slower but free of the normality assumption.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), type=NumberType.INTEGER,
                                         defaultValue=12345, minValue=0),
            "Seed of the permutations: the same seed gives the same result.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterBoolean(self.FDR, self.tr("False discovery rate correction"),
                                          defaultValue=True),
            "Correct the confidence bins for testing every cell at once (Benjamini-Hochberg), as "
            "ArcGIS's Optimized Hot Spot Analysis does.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Optimized hot spots"),
                                              SourceType.POLYGON),
            "The grid cells with their incident counts, Gi* z-scores, p-values and confidence "
            "bins (fields below), styled by bin.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.CHOICES, self.tr("Choices"), SourceType.TABLE),
            "Every choice the analysis made, its value and the rule behind it.")
        self.addOutput(QgsProcessingOutputNumber(self.CELL_SIZE_USED, self.tr("Cell size used (m)")))
        self.addOutput(QgsProcessingOutputNumber(self.DISTANCE_BAND_USED,
                                                 self.tr("Distance band used (m)")))
        self.add_repair_parameter()

    def process_with_core(self, parameters, context, feedback):
        import geopandas as gpd

        from ..usm_plugin import bridge
        from ..usm_plugin.core.stats.density import points_xy
        from ..usm_plugin.core.stats.optimized_hotspots import optimized_hot_spots
        from ..usm_plugin.core.runtime import Notes

        shape = SHAPE_CHOICES[self.parameterAsEnum(parameters, self.CELL_SHAPE, context)][0]
        cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context) or None
        band = self.parameterAsDouble(parameters, self.DISTANCE_BAND, context) or None
        permutations = self.parameterAsInt(parameters, self.PERMUTATIONS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        fdr = self.parameterAsBoolean(parameters, self.FDR, context)

        stages = bridge.FeedbackAdapter(feedback)
        notes = Notes()
        target_crs = bridge.analysis_crs_for(self, parameters, self.INPUT, context, notes)
        points = bridge.read_source(self, parameters, self.INPUT, context, feedback,
                                    target_crs=target_crs, stage=stages.stage(0.0, 0.2))
        notes.extend(points.notes)
        if len(points.frame) == 0:
            raise QgsProcessingException(self.tr("The incident layer is empty."))
        x, y, _, point_notes = points_xy(points.frame.geometry)
        notes.extend(point_notes)
        area = None
        if parameters.get(self.STUDY_AREA) not in (None, ""):
            areas = bridge.read_source(self, parameters, self.STUDY_AREA, context, feedback,
                                       target_crs=target_crs, check_validity=True,
                                       stage=stages.stage(0.2, 0.25))
            notes.extend(areas.notes)
            area = gpd.GeoSeries(areas.frame.geometry.values, crs=areas.frame.crs)
        feedback.pushInfo(self.tr("Read {n} incidents ({path} path).").format(
            n=f"{len(points.frame):,}", path=points.read_path))
        result = optimized_hot_spots(
            x, y, area, cell_shape=shape, cell_size=cell_size, distance_band=band,
            permutations=permutations, seed=seed, fdr=fdr,
            crs=bridge.pyproj_crs(target_crs), **stages.stage(0.25, 0.9).callables())
        notes.extend(result.notes)
        bridge.push_notes(feedback, notes)
        bridge.raise_if_cancelled(feedback)

        cells = result.cells.rename(columns=RENAME)
        cells["Gi_Bin"] = cells["Gi_Bin"].astype("Int64")
        output_id = bridge.write_frame(self, parameters, self.OUTPUT, context, cells, target_crs,
                                       feedback=feedback)
        choices = result.choices_table()
        choices["value"] = choices["value"].astype(str)
        choices_id = bridge.write_frame(self, parameters, self.CHOICES, context, choices, None,
                                        feedback=feedback)
        bridge.style_on_load(context, output_id, qml_name="hot_spot_bins.qml")
        labels = cells["Gi_Label"].value_counts()
        feedback.pushInfo(self.tr("Result: {counts}").format(
            counts=", ".join(f"{k}: {v}" for k, v in labels.items())))
        feedback.setProgress(100)
        return {self.OUTPUT: output_id, self.CHOICES: choices_id,
                self.CELL_SIZE_USED: result.cell_size, self.DISTANCE_BAND_USED: result.distance_band}
