"""The input layer and spatial-weights parameters shared by the spatial statistics.

:class:`WeightsMixin` adds the parameters (INPUT, ID_FIELD, WEIGHTS, K, DISTANCE,
DECAY, ISLANDS, CONNECT_K), reads the input layer through the bridge in a
projected analysis CRS, builds the weights with the core and writes the input
features back with new fields.  Compose it before :class:`..algorithm.UsmAlgorithm`.
"""

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...usm_plugin.i18n import tr
from ...usm_plugin.qgis_compat import NumberType, SourceType

WEIGHT_CHOICES = [
    ("queen", "Queen contiguity (shared edge or corner)"),
    ("rook", "Rook contiguity (shared edge)"),
    ("knn", "K nearest neighbours"),
    ("distance_band", "Distance band (fixed distance, binary)"),
    ("inverse_distance", "Inverse distance within a distance band"),
]
ISLAND_CHOICES = [
    ("isolated", "Keep them out: label 'Isolated', no statistic"),
    ("connect", "Connect each to its nearest neighbour(s)"),
]
WEIGHTS_HELP = (
    "How neighbours are defined. Queen: polygons sharing an edge or a corner (the usual choice "
    "for neighbourhoods); Rook: sharing an edge; K nearest neighbours: the k closest centroids "
    "(works for points and for polygons of very different sizes; every feature gets exactly k "
    "neighbours); Distance band: every feature within the distance; Inverse distance: within "
    "the distance, weighted by distance^-decay. Distances are measured in metres between "
    "centroids, in a projected CRS (a local UTM zone when the layer is geographic).")

WEIGHT_REFERENCES = (
    "Anselin, L. (1988). Spatial Econometrics: Methods and Models. Kluwer, Dordrecht.",
    "Rey, S. J. and Anselin, L. (2007). PySAL: A Python library of spatial analytical "
    "methods. The Review of Regional Studies 37(1), 5-27.",
)


class WeightsMixin:
    """Input layer and weights parameters, reading and weights building for the
    Urban Safety Monitor's spatial statistics algorithms."""

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    WEIGHTS = "WEIGHTS"
    K = "K"
    DISTANCE = "DISTANCE"
    DECAY = "DECAY"
    ISLANDS = "ISLANDS"
    CONNECT_K = "CONNECT_K"

    def add_input_parameters(self, input_help: str):
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Input layer"), [SourceType.POLYGON, SourceType.POINT]),
            input_help)
        self.add_parameter(
            QgsProcessingParameterField(self.ID_FIELD, self.tr("Id field"),
                                        parentLayerParameterName=self.INPUT, optional=True),
            "Field with a unique code per feature, used to name islands and features in the "
            "log. Without it the feature ids are used.")
        self.add_repair_parameter()

    def add_weights_parameters(self, default_method: int = 0):
        self.add_parameter(
            QgsProcessingParameterEnum(self.WEIGHTS, self.tr("Neighbours (spatial weights)"),
                                       options=[label for _, label in WEIGHT_CHOICES],
                                       defaultValue=default_method),
            WEIGHTS_HELP)
        self.add_parameter(
            QgsProcessingParameterNumber(self.K, self.tr("Number of neighbours (k)"),
                                         NumberType.INTEGER, defaultValue=8, minValue=1),
            "Neighbours per feature for K nearest neighbours (ArcGIS's default is 8).")
        self.add_parameter(
            QgsProcessingParameterNumber(self.DISTANCE, self.tr("Distance band (metres)"),
                                         NumberType.DOUBLE, defaultValue=0.0, minValue=0.0),
            "Maximum distance between centroids for Distance band and Inverse distance. 0 = "
            "automatic: the smallest distance at which every feature has at least one neighbour "
            "(stated in the log).")
        self.add_parameter(
            QgsProcessingParameterNumber(self.DECAY, self.tr("Distance decay exponent"),
                                         NumberType.DOUBLE, defaultValue=1.0, minValue=0.1,
                                         maxValue=5.0),
            "Inverse distance weights are distance^-exponent (1 = inverse distance, 2 = inverse "
            "squared distance).", advanced=True)
        self.add_parameter(
            QgsProcessingParameterEnum(self.ISLANDS, self.tr("Features without neighbours (islands)"),
                                       options=[label for _, label in ISLAND_CHOICES],
                                       defaultValue=0),
            "Islands (e.g. a neighbourhood across a river, with no shared boundary) have no local "
            "statistic. Keep them labelled 'Isolated', or link each to its nearest feature(s) so "
            "they are analysed too (both ways, so their neighbours gain a neighbour).")
        self.add_parameter(
            QgsProcessingParameterNumber(self.CONNECT_K, self.tr("Neighbours given to each island"),
                                         NumberType.INTEGER, defaultValue=1, minValue=1),
            "How many nearest features each island is linked to when islands are connected.",
            advanced=True)

    # ------------------------------------------------------------------ running
    def read_layer(self, parameters, context, feedback, stage, extra_fields=()):
        """The input layer in a projected CRS with all its fields; returns (SourceData, notes)."""
        from ...usm_plugin import bridge
        from ...usm_plugin.core.runtime import Notes

        notes = Notes()
        target = bridge.analysis_crs_for(self, parameters, self.INPUT, context, notes)
        fields = [f.name() for f in self.parameterAsSource(parameters, self.INPUT, context).fields()]
        data = bridge.read_source(self, parameters, self.INPUT, context, feedback,
                                  fields=fields, target_crs=target, check_validity=True,
                                  keep_original_geometry=True, stage=stage)
        notes.extend(data.notes)
        if data.n_invalid_skipped:
            id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
            notes.warn(tr("{n} feature(s) with invalid geometry skipped (Processing's invalid "
                          "geometry setting) and left out of the output: {ids}").format(
                n=data.n_invalid_skipped, ids=", ".join(data.skipped_ids(id_field or None)[:50])))
        if len(data.frame) == 0:
            from qgis.core import QgsProcessingException
            raise QgsProcessingException(tr("The input layer has no features."))
        return data, notes

    def feature_ids(self, parameters, context, frame):
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        if id_field:
            return frame[id_field].astype(object).to_numpy()
        return frame.index.to_numpy()

    def analysable(self, frame, ids, value_field, notes):
        """Rows with a geometry and, when ``value_field`` is given, a finite numeric value.

        Returns (mask, values); the rest get NULL results and are listed in a warning.
        """
        import numpy as np
        import pandas as pd
        import shapely

        from ...usm_plugin.core.runtime import InputError

        geometry = np.asarray(frame.geometry.values)
        has_geometry = ~(shapely.is_missing(geometry) | shapely.is_empty(geometry))
        if (~has_geometry).any():
            notes.warn(tr("{n} features without geometry are left out (NULL results): {ids}"
                          ).format(n=int((~has_geometry).sum()), ids=format_ids(ids[~has_geometry])))
        if value_field is None:
            return has_geometry, None
        raw = frame[value_field]
        values = pd.to_numeric(raw, errors="coerce").to_numpy(dtype=float, na_value=np.nan, copy=True)
        non_numeric = raw.notna().to_numpy() & np.isnan(values)
        if non_numeric.any():
            notes.warn(tr("{n} values of {field} are not numbers and are treated as missing: "
                          "{ids}").format(n=int(non_numeric.sum()), field=value_field,
                                          ids=format_ids(ids[non_numeric])))
        missing = ~np.isfinite(values) & has_geometry
        if missing.any():
            notes.warn(tr("{n} features have no value of {field} (NULL, NaN or infinite) and are "
                          "left out of the analysis with NULL results, not 0: {ids}").format(
                n=int(missing.sum()), field=value_field, ids=format_ids(ids[missing])))
        mask = has_geometry & np.isfinite(values)
        if not mask.any():
            raise InputError(tr("no feature has both a geometry and a value of {field}").format(
                field=value_field))
        largest = float(np.max(np.abs(values[mask])))
        if largest > 1e100:
            # Squares of values near 1e308 overflow to infinity and every statistic would
            # come out NULL.  Moran's I, local Moran and Gi* z-scores do not depend on the
            # scale of the variable: rescale by a power of two (exact in floating point).
            exponent = int(np.frexp(largest)[1])
            values = np.ldexp(values, -exponent)
            notes.say(tr("{field}: values as large as {largest} are divided by 2^{exponent} "
                         "before the statistics, which do not depend on the scale, so that their "
                         "squares do not overflow.").format(
                field=value_field, largest=f"{largest:.3g}", exponent=exponent))
        return mask, values

    def build_weights(self, parameters, context, frame, ids):
        from ...usm_plugin.core.stats.weights import build_weights

        method = WEIGHT_CHOICES[self.parameterAsEnum(parameters, self.WEIGHTS, context)][0]
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        return build_weights(
            frame.geometry, method, ids=ids,
            k=self.parameterAsInt(parameters, self.K, context),
            threshold=distance if distance > 0 else None,
            alpha=-self.parameterAsDouble(parameters, self.DECAY, context),
            islands=ISLAND_CHOICES[self.parameterAsEnum(parameters, self.ISLANDS, context)][0],
            connect_k=self.parameterAsInt(parameters, self.CONNECT_K, context))

    def write_layer(self, parameters, name, context, feedback, data, results, qml_name=None):
        """The input features with all their fields plus ``results`` (indexed like the frame)."""
        import geopandas as gpd
        import shapely

        from ...usm_plugin import bridge

        clashing = [c for c in results.columns if c in data.frame.columns]
        if clashing:
            feedback.pushWarning(tr("Input fields replaced by new values of the same name: "
                                    "{fields}").format(fields=", ".join(clashing)))
        table = data.frame.drop(columns=clashing + [data.frame.geometry.name])
        table = table.join(results)
        out = gpd.GeoDataFrame(table, geometry=data.original_geometry.reindex(table.index).values)
        types = shapely.get_type_id(out.geometry.dropna().values)
        polygons = len(types) == 0 or bool(((types == 3) | (types == 6)).all())
        geometry_type = None if polygons else self.parameterAsSource(
            parameters, self.INPUT, context).wkbType()
        dest = bridge.write_frame(self, parameters, name, context, out, data.source_crs,
                                  geometry_type=geometry_type, feedback=feedback)
        if qml_name and polygons:
            bridge.style_on_load(context, dest, qml_name=qml_name)
        return dest


def format_ids(values, limit: int = 20) -> str:
    """Up to ``limit`` ids for a log line, with how many more there are."""
    values = [str(v) for v in values]
    more = f" (and {len(values) - limit} more)" if len(values) > limit else ""
    return ", ".join(values[:limit]) + more


def log_weights(feedback, weights) -> None:
    """The weights' summary (neighbour counts, islands, parts) in the Processing log."""
    from ...usm_plugin import bridge

    bridge.push_notes(feedback, weights.summary())
