"""Risk Terrain Modeling: risk surface, relative risk values of factors, PAI."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ..usm_plugin.qgis_compat import NumberType, SourceType
from .base import UsmAlgorithm
from .base.algorithm import parse_number_list

MODEL_CHOICES = (("poisson", "Poisson"), ("negbin", "Negative binomial (NB2)"))
RULE_CHOICES = (("min", "Smallest cross-validated deviance"),
                ("1se", "One standard error (fewer factors)"))


class RiskTerrainAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "riskterrain"
    DISPLAY_NAME = "Risk terrain model (RTM)"
    GROUP_ID = "cpted"
    SHORT_DESCRIPTION = ("Risk Terrain Modeling on a grid: tests candidate environmental factors "
                         "(proximity at several distances, density at several bandwidths), keeps "
                         "the ones that predict incidents by a cross-validated penalised "
                         "regression, and maps the relative risk per cell, with the relative risk "
                         "value of every factor (protective factors below 1) and the predictive "
                         "accuracy index on held-out incidents.")
    DESCRIPTION = """
    The study area is covered by square cells. Each factor layer (bars, transit stops, vacant
    lots, schools, parks, police posts... any points, lines or polygons) is turned into 0/1 cell
    columns: proximity (the cell centre lies within each of the DISTANCES of the factor) and, for
    point layers with BANDWIDTHS, density (the quartic kernel density of the factor points is
    above its mean plus two standard deviations, the RTM convention).

    Selection: a lasso (L1-penalised) Poisson regression of the training incidents per cell on
    every column; the penalty is chosen by cross-validation (the smallest mean deviance, or
    with PENALTY_RULE "one standard error" the largest penalty within one standard error of it,
    for fewer factors) with spatially blocked folds (blocks
    of BLOCK_CELLS x BLOCK_CELLS cells dealt to FOLDS folds at random with SEED), so that
    neighbouring cells never sit on both sides of a split. Per factor the operationalisation with
    the largest standardised effect is kept, and the kept factors are refitted without penalty
    (Poisson or negative binomial). The relative risk value RRV = exp(coefficient) of a factor is
    the risk of a cell with the factor relative to a cell without it; RRV below 1 marks a
    protective factor (the resilience side). The risk surface is the product of the RRVs of the
    factors present in each cell (1 where none is).

    Validation: a HOLDOUT share of incidents is set aside at random (SEED); the predictive
    accuracy index PAI of the TOP_SHARE of cells with the highest risk is their share of the
    held-out incidents divided by their share of the area (PAI 1 = no better than chance).
    An empty factor layer or a column equal in every cell is left out with a warning. The
    surface is written in the analysis CRS (the study area's, or the local UTM zone when that is
    geographic).
    """
    TAGS = ("risk terrain modeling", "rtm", "risk", "relative risk", "resilience",
            "protective factors", "lasso", "poisson", "negative binomial", "pai", "cpted",
            "environment", "prediction")
    REFERENCES = (
        "Caplan, J. M., Kennedy, L. W., Miller, J. (2011). Risk terrain modeling: brokering "
        "criminological theory and GIS methods for crime forecasting. Justice Quarterly, 28(2), "
        "360-381.",
        "Kennedy, L. W., Caplan, J. M., Piza, E. L. (2016). Risk Terrain Modeling: Crime "
        "Prediction and Risk Reduction. University of California Press.",
        "Friedman, J., Hastie, T., Tibshirani, R. (2010). Regularization paths for generalized "
        "linear models via coordinate descent. Journal of Statistical Software, 33(1), 1-22.",
        "Chainey, S., Tompson, L., Uhlig, S. (2008). The utility of hotspot mapping for "
        "predicting spatial patterns of crime. Security Journal, 21, 4-28 (PAI).",
        "Roberts, D. R. et al. (2017). Cross-validation strategies for data with temporal, "
        "spatial, hierarchical, or phylogenetic structure. Ecography, 40(8), 913-929.",
    )
    EXTRA_MODULES = ("rasterio",)

    @property
    def OUTPUT_FIELDS(self):  # noqa: N802
        try:
            from ..usm_plugin.core.cpted.risk_terrain import FACTOR_FIELDS
        except ImportError:
            return (("rrv", "relative risk value", "ratio"),)
        return tuple(FACTOR_FIELDS)

    OUTPUT_TABLES = (
        ("Risk surface (raster)", (("band 1", "relative risk of the cell: product of the RRVs "
                                               "of the factors present; NoData outside the "
                                               "study area", "ratio"),)),
        ("Neighbourhood output (added to the neighbourhood's own fields)", (
            ("rtm_cells", "cells whose centre lies in the neighbourhood", "count"),
            ("rr_mean", "mean relative risk of those cells", "ratio"),
            ("rr_max", "maximum relative risk of those cells", "ratio"))),
    )

    STUDY_AREA = "STUDY_AREA"
    INCIDENTS = "INCIDENTS"
    FACTORS = "FACTORS"
    DISTANCES = "DISTANCES"
    BANDWIDTHS = "BANDWIDTHS"
    CELL_SIZE = "CELL_SIZE"
    MODEL = "MODEL"
    PENALTY_RULE = "PENALTY_RULE"
    FOLDS = "FOLDS"
    BLOCK_CELLS = "BLOCK_CELLS"
    HOLDOUT = "HOLDOUT"
    TOP_SHARE = "TOP_SHARE"
    SEED = "SEED"
    NEIGHBOURHOODS = "NEIGHBOURHOODS"
    NEIGHBOURHOOD_ID = "NEIGHBOURHOOD_ID"
    OUTPUT = "OUTPUT"
    FACTOR_TABLE = "FACTOR_TABLE"
    NEIGHBOURHOOD_OUTPUT = "NEIGHBOURHOOD_OUTPUT"

    def _num(self, key, label, kind, default, lo, hi, text, advanced=False):
        self.add_parameter(QgsProcessingParameterNumber(key, self.tr(label), kind, defaultValue=default,
                                                        minValue=lo, maxValue=hi), text,
                           advanced=advanced)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.STUDY_AREA, self.tr("Study area"),
                                                [SourceType.POLYGON]),
            "Polygon(s) covering the study area, e.g. the city boundary or the neighbourhoods.")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INCIDENTS, self.tr("Incidents"), [SourceType.POINT]),
            "Incident points (the outcome). Incidents outside the study area are left out and "
            "counted.")
        self.add_parameter(
            QgsProcessingParameterMultipleLayers(self.FACTORS, self.tr("Candidate factor layers"),
                                                 SourceType.ANY_GEOMETRY),
            "One layer per candidate factor (points, lines or polygons), named as the factor "
            "should appear in the results.")
        self.add_parameter(
            QgsProcessingParameterString(self.DISTANCES, self.tr("Proximity distances (metres)"),
                                         defaultValue="100,200,400"),
            "Comma-separated distances: each factor is tested as 'cell centre within d metres' "
            "for each d.")
        self.add_parameter(
            QgsProcessingParameterString(self.BANDWIDTHS, self.tr("Density bandwidths (metres)"),
                                         defaultValue="", optional=True),
            "Comma-separated quartic-kernel bandwidths for point factors (high density = above "
            "mean + 2 SD); empty for proximity only.")
        self._num(self.CELL_SIZE, "Cell size (metres)", NumberType.DOUBLE, 100.0, 1.0, 1e6,
                  "Side of the square cells. RTM usually uses about half the block length.")
        self.add_parameter(
            QgsProcessingParameterEnum(self.MODEL, self.tr("Final model"),
                                       options=[label for _, label in MODEL_CHOICES], defaultValue=0),
            "Count model of the unpenalised refit: Poisson, or negative binomial (NB2) when the "
            "counts are overdispersed (the log warns).")
        self.add_parameter(
            QgsProcessingParameterEnum(self.PENALTY_RULE, self.tr("Penalty choice"),
                                       options=[label for _, label in RULE_CHOICES], defaultValue=0),
            "Penalty at the smallest cross-validated deviance (best prediction), or the largest "
            "within one standard error of it (a sparser model: only factors with clear effects).",
            advanced=True)
        self._num(self.FOLDS, "Cross-validation folds", NumberType.INTEGER, 5, 2, 20,
                  "Number of spatially blocked folds for choosing the penalty.", advanced=True)
        self._num(self.BLOCK_CELLS, "Block size (cells)", NumberType.INTEGER, 10, 1, 1000,
                  "Side of the square blocks of cells dealt to the folds.", advanced=True)
        self._num(self.HOLDOUT, "Held-out share of incidents", NumberType.DOUBLE, 0.3, 0.0, 0.9,
                  "Share of incidents set aside at random for the PAI (0: the PAI is computed on "
                  "the training incidents, which flatters it).")
        self._num(self.TOP_SHARE, "PAI top share of cells", NumberType.DOUBLE, 0.1, 0.001, 0.999,
                  "The PAI scores this share of cells with the highest relative risk.")
        self._num(self.SEED, "Random seed", NumberType.INTEGER, 1, 0, 2 ** 31 - 1,
                  "Seed of the holdout split and the fold assignment: same seed, same result.")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.NEIGHBOURHOODS, self.tr("Neighbourhoods"),
                                                [SourceType.POLYGON], optional=True),
            "Optional neighbourhoods for the mean and maximum relative risk per neighbourhood.")
        self.add_parameter(
            QgsProcessingParameterField(self.NEIGHBOURHOOD_ID, self.tr("Neighbourhood id field"),
                                        parentLayerParameterName=self.NEIGHBOURHOODS, optional=True),
            "Unique code per neighbourhood.")
        self.add_repair_parameter()
        self.add_parameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Risk surface")),
            "GeoTIFF of the relative risk per cell.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.FACTOR_TABLE, self.tr("Factors"), SourceType.TABLE),
            "One row per tested operationalisation with the fields under Output fields.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.NEIGHBOURHOOD_OUTPUT, self.tr("Neighbourhood risk"),
                                              SourceType.POLYGON, optional=True,
                                              createByDefault=False),
            "The neighbourhoods with rtm_cells, rr_mean and rr_max.")
        self.addOutput(QgsProcessingOutputNumber("PAI", self.tr("Predictive accuracy index")))

    def process_with_core(self, parameters, context, feedback):
        from ..usm_plugin import bridge
        from ..usm_plugin.core.cpted.risk_terrain import FactorLayer, risk_terrain
        from ..usm_plugin.core.runtime import InputError, Notes

        p = parameters
        distances = parse_number_list(self.parameterAsString(p, self.DISTANCES, context),
                                      "DISTANCES", unit="metres", minimum=0)
        bandwidths = parse_number_list(self.parameterAsString(p, self.BANDWIDTHS, context),
                                       "BANDWIDTHS", unit="metres", minimum=0)
        model = MODEL_CHOICES[self.parameterAsEnum(p, self.MODEL, context)][0]
        id_field = self.parameterAsString(p, self.NEIGHBOURHOOD_ID, context) or None
        has_nb = p.get(self.NEIGHBOURHOODS) not in (None, "")
        if has_nb and not id_field:
            raise InputError(self.tr("choose the neighbourhood id field (NEIGHBOURHOOD_ID)"))
        out_path = self.parameterAsOutputLayer(p, self.OUTPUT, context)
        notes = Notes()
        target_crs = bridge.analysis_crs_for(self, p, self.STUDY_AREA, context, notes)
        area = bridge.read_source(self, p, self.STUDY_AREA, context, feedback,
                                  target_crs=target_crs, check_validity=True)
        incidents = bridge.read_source(self, p, self.INCIDENTS, context, feedback,
                                       target_crs=target_crs, points_as_xy=True)
        notes.extend(area.notes)   # what reading changed (curves, Z/M, reprojection)
        notes.extend(incidents.notes)
        x, y, _, inc_notes = bridge.point_coordinates(incidents)
        notes.extend(inc_notes)
        factors = []
        for layer in self.parameterAsLayerList(p, self.FACTORS, context) or []:
            geoms = bridge.layer_geometries(layer, target_crs, context, feedback,
                                            self.tr("Factor layer"))
            factors.append(FactorLayer(bridge.layer_label(layer), geoms, distances, bandwidths))
        if not factors:
            raise InputError(self.tr("give at least one candidate factor layer (FACTORS)"))
        nb = None
        if has_nb:
            nb = bridge.read_source(self, p, self.NEIGHBOURHOODS, context, feedback,
                                    fields=[f.name() for f in self.parameterAsSource(
                                        p, self.NEIGHBOURHOODS, context).fields()],
                                    target_crs=target_crs, check_validity=True,
                                    keep_original_geometry=True)
            notes.extend(nb.notes)
        import numpy as np

        result = risk_terrain(
            np.asarray(area.frame.geometry.values, dtype=object), np.column_stack([x, y]), factors,
            cell_size=self.parameterAsDouble(p, self.CELL_SIZE, context), model=model,
            folds=self.parameterAsInt(p, self.FOLDS, context),
            block_cells=self.parameterAsInt(p, self.BLOCK_CELLS, context),
            holdout=self.parameterAsDouble(p, self.HOLDOUT, context),
            top_share=self.parameterAsDouble(p, self.TOP_SHARE, context),
            seed=self.parameterAsInt(p, self.SEED, context),
            penalty_rule=RULE_CHOICES[self.parameterAsEnum(p, self.PENALTY_RULE, context)][0],
            neighbourhoods=None if nb is None else nb.frame[[id_field, "geometry"]],
            neighbourhood_id=id_field, **bridge.FeedbackAdapter(feedback, 0.1, 0.9).callables())
        notes.extend(result.notes)
        bridge.push_notes(feedback, notes)
        for row in result.factors[result.factors["selected"] == 1].itertuples(index=False):
            values = dict(factor=row.factor, operation=row.operation,
                          distance=f"{row.distance_m:g}", rrv=f"{row.rrv:.2f}",
                          p="< 1e-300" if row.p_value == 0 else "= " + format(row.p_value, ".3g"))
            if row.rrv < 1:
                line = self.tr("{factor}: {operation} {distance} m, RRV {rrv} (protective), p {p}")
            else:
                line = self.tr("{factor}: {operation} {distance} m, RRV {rrv} (risk), p {p}")
            feedback.pushInfo("  " + line.format(**values))
        bridge.raise_if_cancelled(feedback)
        bridge.write_raster(out_path, result.risk,
                            (result.cell_size, 0.0, result.x0, 0.0, -result.cell_size, result.y0),
                            target_crs, description="relative risk", nodata=-9999.0)
        bridge.style_on_load(context, out_path, qml_name="risk_terrain.qml")
        results = {self.OUTPUT: out_path, "PAI": float(result.pai)}
        results[self.FACTOR_TABLE] = bridge.write_frame(self, p, self.FACTOR_TABLE, context,
                                                        result.factors, None, feedback=feedback)
        if p.get(self.NEIGHBOURHOOD_OUTPUT) is not None and result.neighbourhoods is not None:
            import geopandas as gpd

            values = result.neighbourhoods.set_index(id_field)
            own = nb.frame.drop(columns=["geometry"] + [c for c in values.columns
                                                         if c in nb.frame.columns])
            joined = gpd.GeoDataFrame(own.join(values, on=id_field),
                                      geometry=nb.original_geometry.reindex(own.index).values)
            dest = bridge.write_frame(self, p, self.NEIGHBOURHOOD_OUTPUT, context, joined,
                                      nb.source_crs, feedback=feedback)
            bridge.style_on_load(context, dest, graduated_field="rr_mean", ramp_name="Reds")
            results[self.NEIGHBOURHOOD_OUTPUT] = dest
        feedback.setProgress(100)
        return results
