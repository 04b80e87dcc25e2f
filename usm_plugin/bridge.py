"""The bridge: QGIS feature sources <-> GeoDataFrames, CRS, feedback, sinks and styles.

The only module that knows both QGIS and the core.  Algorithms call it to read
their inputs as GeoDataFrames in one projected analysis CRS, to turn the
Processing feedback into the core's ``progress``/``should_stop`` callables, and
to write the core's results to sinks that are styled when QGIS loads them.

Reading is the slow part of a run when done naively (a Python loop over a
million ``QgsFeature`` objects).  When a source is a plain OGR file layer with
no filter, :func:`read_source` reads it with pyogrio straight into numpy (the
*file path*) and transforms the coordinates with the same PROJ operation QGIS's
transform context would use; otherwise it iterates the features, asking QGIS
only for the needed attributes, and converts geometries in one vectorised
``shapely.from_wkb`` call (the *feature path*).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd
import geopandas as gpd
import shapely
from pyproj import CRS, Transformer

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingLayerPostProcessorInterface,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from .core.runtime import Cancelled, Notes
from .qgis_compat import GeometryCheck, WkbType, field_type

STYLES_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "styles")


# --------------------------------------------------------------------------- feedback


class FeedbackAdapter:
    """Processing feedback as the core's ``progress(fraction)`` and ``should_stop()``.

    ``start``/``end`` map the core's [0, 1] onto part of the progress bar so an
    algorithm can run reading, computing and writing as consecutive stages.
    """

    def __init__(self, feedback, start: float = 0.0, end: float = 1.0):
        self.feedback = feedback
        self.start = start
        self.end = end

    def progress(self, fraction: float) -> None:
        if self.feedback is not None:
            self.feedback.setProgress(100.0 * (self.start + (self.end - self.start) * fraction))

    def should_stop(self) -> bool:
        return self.feedback is not None and self.feedback.isCanceled()

    def stage(self, start: float, end: float) -> "FeedbackAdapter":
        width = self.end - self.start
        return FeedbackAdapter(self.feedback, self.start + width * start, self.start + width * end)

    def callables(self) -> dict:
        """``progress`` and ``should_stop`` as keyword arguments for a core function."""
        return {"progress": self.progress, "should_stop": self.should_stop}


def push_notes(feedback, notes: Notes) -> None:
    """Forward the core's warnings and info lines to the Processing log."""
    if feedback is None:
        return
    for line in notes.info:
        feedback.pushInfo(line)
    for line in notes.warnings:
        feedback.pushWarning("Warning: " + line)


def raise_if_cancelled(feedback) -> None:
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException("Cancelled by the user; no output was written.")


def core_errors_as_processing(error: Exception) -> QgsProcessingException:
    """The core's InputError/Cancelled as the exception Processing shows to the user."""
    if isinstance(error, Cancelled):
        return QgsProcessingException("Cancelled by the user; no output was written.")
    return QgsProcessingException(str(error))


# --------------------------------------------------------------------------- CRS


def pyproj_crs(crs: QgsCoordinateReferenceSystem) -> CRS:
    """A pyproj CRS equal to a QGIS CRS (through WKT2, which carries everything)."""
    if not crs.isValid():
        raise QgsProcessingException("The layer has no coordinate reference system (CRS); "
                                     "set its CRS in the layer properties and run again.")
    return CRS.from_wkt(crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED))


def needs_local_projection(crs: QgsCoordinateReferenceSystem) -> bool:
    """True for CRSs in which areas and distances must not be measured (degrees, Web Mercator)."""
    return crs.isGeographic() or crs.authid() in ("EPSG:3857", "EPSG:900913", "EPSG:3395")


def analysis_crs(layer_crs: QgsCoordinateReferenceSystem, extent_in_layer_crs, context,
                 notes: Notes) -> QgsCoordinateReferenceSystem:
    """The projected CRS in which areas and distances are computed.

    The layer's own CRS when it is projected in metres-like units; otherwise the
    UTM zone of the layer's centre (WGS 84), stated in the notes.
    """
    if not layer_crs.isValid():
        raise QgsProcessingException("The neighbourhood layer has no CRS; set one and run again.")
    if not needs_local_projection(layer_crs):
        return layer_crs
    from qgis.core import QgsCoordinateTransform, QgsPointXY

    to_wgs84 = QgsCoordinateTransform(layer_crs, QgsCoordinateReferenceSystem("EPSG:4326"),
                                      context.transformContext())
    centre = to_wgs84.transform(QgsPointXY(extent_in_layer_crs.center()))
    zone = int(math.floor((centre.x() + 180.0) / 6.0)) % 60 + 1
    epsg = (32600 if centre.y() >= 0 else 32700) + zone
    local = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    notes.warn(f"{layer_crs.authid() or 'The layer CRS'} does not measure metres; areas and "
               f"distances are computed in the local projection {local.authid()} "
               f"({local.description()}).")
    return local


def analysis_crs_for(algorithm, parameters: dict, name: str, context,
                     notes: Notes) -> QgsCoordinateReferenceSystem:
    """:func:`analysis_crs` of the layer given for parameter ``name``, with clear errors
    when the layer cannot be loaded or has no CRS."""
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(f"Could not load the layer given for {name}.")
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(
            f"The layer given for {name} has no coordinate reference system (CRS); "
            "set its CRS in the layer properties and run again.")
    return analysis_crs(source.sourceCrs(), source.sourceExtent(), context, notes)


def _transformer(source: QgsCoordinateReferenceSystem, target: QgsCoordinateReferenceSystem,
                 context) -> Transformer:
    """The pyproj transformer QGIS would use: the project's chosen operation if any."""
    operation = context.transformContext().calculateCoordinateOperation(source, target)
    if operation:
        return Transformer.from_pipeline(operation)
    return Transformer.from_crs(pyproj_crs(source), pyproj_crs(target), always_xy=True)


# --------------------------------------------------------------------------- reading


@dataclass
class SourceData:
    """A feature source read into a GeoDataFrame.

    Attributes
    ----------
    frame : GeoDataFrame
        The requested attributes and the geometry in ``crs``; index = QGIS feature id.
    crs : QgsCoordinateReferenceSystem
        The CRS of ``frame``.
    source_crs : QgsCoordinateReferenceSystem
        The layer's own CRS.
    original_geometry : GeoSeries or None
        The geometries in the layer's own CRS when they were reprojected, so that
        outputs can keep the user's CRS.
    read_path : str
        "file" (pyogrio) or "features" (QGIS feature iteration).
    n_invalid_skipped : int
        Features dropped by QGIS's invalid-geometry setting "skip".
    point_xy : tuple of two arrays or None
        With ``points_as_xy``: coordinates (in ``crs``) of the plain points, whose
        geometry is then left None in ``frame``; NaN for the other rows.
    """

    frame: gpd.GeoDataFrame
    crs: QgsCoordinateReferenceSystem
    source_crs: QgsCoordinateReferenceSystem
    original_geometry: Optional[gpd.GeoSeries] = None
    read_path: str = "features"
    n_invalid_skipped: int = 0
    notes: Notes = field(default_factory=Notes)
    point_xy: Optional[tuple] = None


def _file_of(layer: QgsVectorLayer) -> Optional[dict]:
    """Path and layer name of a plain OGR file layer, None when the file path cannot be used."""
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path or not os.path.isfile(path) or parts.get("subset"):
        return None
    if not path.lower().endswith((".gpkg", ".shp", ".geojson", ".json", ".fgb", ".sqlite")):
        return None
    return {"path": path, "layer": parts.get("layerName") or parts.get("layerId")}


def _source_definition(parameters: dict, name: str):
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return value
    return None


def _qvariant_to_python(value):
    """Attribute values from QGIS as plain Python (NULL -> None, Qt dates -> datetime)."""
    if value is None:
        return None
    try:
        if value.isNull():  # QVariant NULL in QGIS 3 Python bindings
            return None
    except AttributeError:
        pass
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QTime):
        return value.toPyTime() if value.isValid() else None
    return value


def read_source(algorithm, parameters: dict, name: str, context, feedback, *,
                fields: Sequence[str] = (), target_crs: Optional[QgsCoordinateReferenceSystem] = None,
                check_validity: bool = False, keep_original_geometry: bool = False,
                points_as_xy: bool = False,
                stage: Optional[FeedbackAdapter] = None) -> SourceData:
    """Read a Processing feature source parameter into a GeoDataFrame.

    Parameters
    ----------
    algorithm : QgsProcessingAlgorithm
    parameters, name, context, feedback : as given to ``processAlgorithm``.
    fields : sequence of str
        Attribute fields to read (missing ones raise a clear error).
    target_crs : QgsCoordinateReferenceSystem, optional
        Reproject the geometries into this CRS (through QGIS's transform context).
    check_validity : bool
        Apply QGIS's invalid-geometry setting (stop / skip / no check) to polygons.
        QGIS applies it itself on the feature path; the file path applies the same
        rule with GEOS validity.
    keep_original_geometry : bool
        Keep the geometries in the layer's own CRS too (for writing outputs).
    points_as_xy : bool
        On the file path, hand plain points over as coordinate arrays
        (``SourceData.point_xy``) instead of point objects, for core functions
        that take them: it saves building and unpacking a million objects.
    """
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(f"Could not load the layer given for {name}.")
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    source_crs = source.sourceCrs()
    if not source_crs.isValid():
        raise QgsProcessingException(
            f"The layer given for {name} has no coordinate reference system (CRS); "
            "set its CRS in the layer properties and run again.")
    available = [f.name() for f in source.fields()]
    missing = [f for f in fields if f and f not in available]
    if missing:
        raise QgsProcessingException(
            f"Field(s) {', '.join(missing)} not found in the layer given for {name}; "
            f"it has: {', '.join(available)}.")
    fields = [f for f in dict.fromkeys(fields) if f]
    target_crs = target_crs if target_crs is not None else source_crs
    notes = Notes()

    definition = _source_definition(parameters, name)
    selected_only = definition is not None and definition.selectedFeaturesOnly
    limited = definition is not None and definition.featureLimit not in (-1, None)
    file_info = None if limited else _file_of(layer)

    point_xy = None
    if file_info is not None:
        frame, skipped, point_xy = _read_file(file_info, layer, fields, selected_only,
                                              check_validity, context, definition, points_as_xy)
        read_path = "file"
    else:
        frame, skipped = _read_features(source, fields, feedback, stage)
        read_path = "features"
    if stage is not None:
        stage.progress(1.0)

    original = frame.geometry.copy() if keep_original_geometry else None
    if target_crs != source_crs:
        transformer = _transformer(source_crs, target_crs, context)
        transformed = shapely.transform(np.asarray(frame.geometry.values), lambda xy: np.column_stack(
            transformer.transform(xy[:, 0], xy[:, 1])))
        frame = gpd.GeoDataFrame(frame.drop(columns="geometry"), geometry=transformed, index=frame.index)
        if point_xy is not None:
            point_xy = tuple(np.asarray(v, dtype=float) for v in transformer.transform(*point_xy))
        notes.say(f"{name}: reprojected from {source_crs.authid() or source_crs.description()} "
                  f"to {target_crs.authid() or target_crs.description()}.")
    frame = frame.set_crs(pyproj_crs(target_crs), allow_override=True)
    if original is not None:
        original = original.set_crs(pyproj_crs(source_crs), allow_override=True)
    return SourceData(frame, target_crs, source_crs, original, read_path, skipped, notes, point_xy)


def point_coordinates(data: SourceData):
    """x, y and source row of every point of a point layer, MultiPoints exploded.

    Works on layers read with or without ``points_as_xy``; returns what
    :func:`core.density.points_xy` returns, with null and empty geometries
    left out and counted in the notes.
    """
    from .core.stats.density import points_xy

    geometry = np.asarray(data.frame.geometry.values, dtype=object)
    if data.point_xy is None:
        return points_xy(geometry)
    px, py = data.point_xy
    plain = np.flatnonzero(np.isfinite(px) & np.isfinite(py))
    rest = np.setdiff1d(np.arange(len(geometry)), plain, assume_unique=True)
    rx, ry, rrow, notes = points_xy(geometry[rest])
    rows = np.concatenate([plain, rest[rrow]])
    order = np.argsort(rows, kind="stable")
    x = np.concatenate([px[plain], rx])[order]
    y = np.concatenate([py[plain], ry])[order]
    return x, y, rows[order].astype(np.int64), notes


def _read_file(info, layer, fields, selected_only, check_validity, context, definition,
               points_as_xy=False):
    import pyogrio

    fids = None
    if selected_only:
        fids = np.asarray(sorted(layer.selectedFeatureIds()), dtype=np.int64)
    # QGIS lists a GeoPackage's primary key ("fid") as a field; OGR keeps it apart.
    fid_column = pyogrio.read_info(info["path"], layer=info["layer"]).get("fid_column") or ""
    attribute_fields = [f for f in fields if f != fid_column]
    if fids is not None and len(fids) == 0:
        frame = gpd.GeoDataFrame({f: [] for f in fields}, geometry=[], index=pd.Index([], dtype="int64"))
        return frame, 0, ((np.empty(0), np.empty(0)) if points_as_xy else None)
    if _arrow_available():
        index, columns, offsets, data = _read_columns_arrow(info, attribute_fields, fids,
                                                            categorical_text=points_as_xy)
    else:
        index, columns, offsets, data = _read_columns_raw(info, attribute_fields, fids)
    if fid_column in fields:
        columns[fid_column] = pd.Series(index.to_numpy(), index=index)
    geometries, point_xy = _geometries_from_wkb_buffer(offsets, data, points_as_xy)
    frame = gpd.GeoDataFrame(columns, index=index, geometry=geometries)
    frame = frame[[*fields, "geometry"]]
    skipped = 0
    if check_validity:
        check = context.invalidGeometryCheck()
        if definition is not None and definition.flags & QgsProcessingFeatureSourceDefinition.Flag.FlagOverrideDefaultGeometryCheck:
            check = definition.geometryCheck
        frame, skipped = _apply_validity_rule(frame, check)
    return frame, skipped, point_xy


def _arrow_available() -> bool:
    """pyarrow is optional: with it OGR hands over whole columns, about ten times faster."""
    import importlib.util

    return importlib.util.find_spec("pyarrow") is not None


def _read_columns_arrow(info, fields, fids, categorical_text):
    """Attributes (pandas), feature ids and the WKB column as (offsets, bytes) via Arrow."""
    import pyarrow as pa
    import pyogrio

    meta, table = pyogrio.raw.read_arrow(info["path"], layer=info["layer"], columns=list(fields),
                                         fids=fids, return_fids=True)
    geometry_name = meta.get("geometry_name") or "wkb_geometry"
    fid_name = next(n for n in table.column_names if n not in fields and n != geometry_name)
    index = pd.Index(table.column(fid_name).to_numpy().astype(np.int64))
    attributes = table.select(list(fields)).to_pandas(strings_to_categorical=categorical_text)
    columns = {name: pd.Series(attributes[name].to_numpy(), index=index) if not
               isinstance(attributes[name].dtype, pd.CategoricalDtype) else
               pd.Series(attributes[name].array, index=index) for name in fields}
    wkb = table.column(geometry_name).combine_chunks()
    offset_type = np.int64 if pa.types.is_large_binary(wkb.type) else np.int32
    offsets = np.frombuffer(wkb.buffers()[1], dtype=offset_type)[wkb.offset:wkb.offset + len(wkb) + 1]
    data = np.frombuffer(wkb.buffers()[2], dtype=np.uint8) if wkb.buffers()[2] is not None \
        else np.empty(0, dtype=np.uint8)
    return index, columns, offsets.astype(np.int64), data


def _read_columns_raw(info, fields, fids):
    """As :func:`_read_columns_arrow` without pyarrow: WKB arrives as Python bytes."""
    import pyogrio

    meta, feature_ids, wkbs, values = pyogrio.raw.read(
        info["path"], layer=info["layer"], columns=list(fields), fids=fids, return_fids=True)
    index = pd.Index(np.asarray(feature_ids, dtype=np.int64))
    columns = {name: pd.Series(column, index=index) for name, column in zip(meta["fields"], values)}
    lengths = np.fromiter((0 if w is None else len(w) for w in wkbs), dtype=np.int64, count=len(wkbs))
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    data = np.frombuffer(b"".join(w for w in wkbs if w is not None), dtype=np.uint8)
    return index, columns, offsets, data


def _geometries_from_wkb_buffer(offsets: np.ndarray, data: np.ndarray, points_as_xy: bool = False):
    """Shapely geometries from WKB laid end to end in ``data``; plain points decoded by numpy.

    Row ``i`` is ``data[offsets[i]:offsets[i + 1]]``; an empty row is NULL (None).
    Curves, Z and M are dropped to 2-D linear geometries, as QGIS hands the core.
    With ``points_as_xy`` the plain points are not built: their geometry stays None
    and their coordinates are returned (NaN for the other rows); otherwise the
    second value is None.
    """
    n = len(offsets) - 1
    starts = offsets[:-1]
    lengths = np.diff(offsets)
    point = np.zeros(n, dtype=bool)
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    for size, types in ((21, (1,)), (29, (1001, 2001)), (37, (3001,))):
        rows = np.flatnonzero(lengths == size)
        if rows.size == 0:
            continue
        # Gather the 21 bytes that matter column by column: a (rows x 21) index array
        # would cost more than the decoding.
        first = starts[rows]
        raw = np.empty((rows.size, 21), dtype=np.uint8)
        for byte in range(21):
            raw[:, byte] = data[first + byte]
        kind = np.ascontiguousarray(raw[:, 1:5]).view("<u4").ravel()
        xy = np.ascontiguousarray(raw[:, 5:21]).view("<f8")
        # Little-endian plain points with finite coordinates; anything else goes to shapely.
        ok = (raw[:, 0] == 1) & np.isin(kind, types) & np.isfinite(xy).all(axis=1)
        point[rows[ok]] = True
        x[rows[ok]] = xy[ok, 0]
        y[rows[ok]] = xy[ok, 1]
    geometries = np.empty(n, dtype=object)
    if not points_as_xy:
        geometries[point] = shapely.points(x[point], y[point])
    rest = np.flatnonzero(~point & (lengths > 0))
    if rest.size:
        blobs = np.array([data[starts[i]:starts[i] + lengths[i]].tobytes() for i in rest], dtype=object)
        decoded = shapely.from_wkb(blobs)
        if shapely.has_z(decoded).any() or (shapely.get_type_id(decoded) > 7).any():
            decoded = shapely.force_2d(decoded)
        geometries[rest] = decoded
    return geometries, ((x, y) if points_as_xy else None)


def _apply_validity_rule(frame: gpd.GeoDataFrame, check):
    if check == GeometryCheck.NO_CHECK:
        return frame, 0
    geometry = np.asarray(frame.geometry.values)
    present = ~(shapely.is_missing(geometry) | shapely.is_empty(geometry))
    invalid = present & ~shapely.is_valid(geometry)
    if not invalid.any():
        return frame, 0
    ids = frame.index[invalid]
    if check == GeometryCheck.ABORT_ON_INVALID:
        reasons = shapely.is_valid_reason(geometry[invalid][:5])
        listing = "; ".join(f"feature {i}: {r}" for i, r in zip(ids[:5], reasons))
        raise QgsProcessingException(
            f"{int(invalid.sum())} invalid geometries ({listing}). Change the invalid geometry "
            "setting of Processing to skip them, or repair them (Fix geometries) first.")
    return frame.loc[~invalid], int(invalid.sum())


def _read_features(source, fields, feedback, stage):
    request = QgsFeatureRequest()
    source_fields = source.fields()
    indices = [source_fields.lookupField(f) for f in fields]
    request.setSubsetOfAttributes(indices)
    total = max(source.featureCount(), 1)
    ids, wkbs = [], []
    columns: Dict[str, list] = {f: [] for f in fields}
    for count, feature in enumerate(source.getFeatures(request)):
        if count % 20000 == 0:
            if feedback is not None and feedback.isCanceled():
                raise QgsProcessingException("Cancelled by the user; no output was written.")
            if stage is not None:
                stage.progress(count / total)
        ids.append(feature.id())
        geometry = feature.geometry()
        wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
        attributes = feature.attributes()
        for name, index in zip(fields, indices):
            columns[name].append(_qvariant_to_python(attributes[index]))
    geometry = shapely.force_2d(shapely.from_wkb(np.array(wkbs, dtype=object)))
    frame = gpd.GeoDataFrame(pd.DataFrame(columns, index=pd.Index(ids, dtype="int64")),
                             geometry=geometry)
    return frame, 0


def read_table(algorithm, parameters: dict, name: str, context, fields: Sequence[str] = ()) -> pd.DataFrame:
    """Read a layer or geometry-less table parameter as a plain DataFrame of attributes."""
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(f"Could not load the table given for {name}.")
    available = [f.name() for f in source.fields()]
    fields = list(fields) or available
    missing = [f for f in fields if f not in available]
    if missing:
        raise QgsProcessingException(f"Field(s) {', '.join(missing)} not found in {name}; "
                                     f"it has: {', '.join(available)}.")
    indices = [available.index(f) for f in fields]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(indices)
    rows = [[_qvariant_to_python(f.attributes()[i]) for i in indices] for f in source.getFeatures(request)]
    return pd.DataFrame(rows, columns=fields)


# --------------------------------------------------------------------------- writing


def _field_kind(series: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(series):
        return "int"
    if pd.api.types.is_integer_dtype(series):
        return "long"
    if pd.api.types.is_float_dtype(series):
        return "double"
    if pd.api.types.is_datetime64_any_dtype(series):
        return "datetime"
    return "string"


def qgis_fields(frame: pd.DataFrame, columns: Sequence[str]) -> QgsFields:
    """QgsFields for the columns of a DataFrame, types from the pandas dtypes."""
    result = QgsFields()
    for column in columns:
        result.append(QgsField(str(column), field_type(_field_kind(frame[column]))))
    return result


def _python_values(series: pd.Series, kind: str) -> list:
    """Column values for QgsFeature attributes: missing -> None, numpy scalars -> Python."""
    missing = series.isna().to_numpy()
    if kind == "double":
        values = series.to_numpy(dtype=float, na_value=np.nan).tolist()
    elif kind in ("long", "int"):
        values = series.astype("float64").to_numpy(na_value=np.nan)
        values = [int(v) if v == v else None for v in values]
    elif kind == "datetime":
        values = [QDateTime(v.to_pydatetime()) if not pd.isna(v) else None for v in series]
    else:
        values = [str(v) for v in series.astype(object)]
    return [None if m else v for v, m in zip(values, missing)]


def write_frame(algorithm, parameters: dict, name: str, context, frame: pd.DataFrame,
                crs: Optional[QgsCoordinateReferenceSystem], *, geometry_type=None,
                feedback=None) -> str:
    """Write a (Geo)DataFrame to the feature sink parameter ``name``; returns the destination id.

    Geometries are written as they are (they must be in ``crs``); a DataFrame without a
    geometry column becomes a table.  Missing values become NULL, never 0.
    """
    has_geometry = isinstance(frame, gpd.GeoDataFrame) and frame.geometry.name in frame.columns
    columns = [c for c in frame.columns if not (has_geometry and c == frame.geometry.name)]
    fields = qgis_fields(frame, columns)
    if has_geometry:
        wkb_type = geometry_type if geometry_type is not None else WkbType.MULTI_POLYGON
        sink_crs = crs
    else:
        wkb_type = WkbType.NO_GEOMETRY
        sink_crs = QgsCoordinateReferenceSystem()
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, sink_crs)
    if sink is None:
        raise QgsProcessingException(f"Could not create the output {name}.")
    kinds = [_field_kind(frame[c]) for c in columns]
    value_columns = [_python_values(frame[c], k) for c, k in zip(columns, kinds)]
    if has_geometry:
        geometries = np.asarray(frame.geometry.values)
        if wkb_type == WkbType.MULTI_POLYGON:
            geometries = _as_multi(geometries)
        # Explicit dimension: inside QGIS, shapely may run on QGIS's older GEOS, whose default differs.
        wkbs = shapely.to_wkb(geometries, output_dimension=2)
    batch: List[QgsFeature] = []
    n = len(frame)
    for row in range(n):
        feature = QgsFeature(fields)
        feature.setAttributes([column[row] for column in value_columns])
        if has_geometry and wkbs[row] is not None:
            geometry = QgsGeometry()
            geometry.fromWkb(wkbs[row])
            feature.setGeometry(geometry)
        batch.append(feature)
        if len(batch) == 5000:
            raise_if_cancelled(feedback)
            sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
            batch = []
    if batch:
        sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
    return dest_id


def _as_multi(geometries: np.ndarray) -> np.ndarray:
    single = shapely.get_type_id(geometries) == 3  # Polygon
    out = geometries.copy()
    if single.any():
        out[single] = shapely.multipolygons(geometries[single], indices=np.arange(int(single.sum())))
    return out


# --------------------------------------------------------------------------- styles

# Processing keeps only a plain pointer to a post-processor: hold the Python objects here.
_LIVE_POST_PROCESSORS: List[QgsProcessingLayerPostProcessorInterface] = []


class _StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Applies a bundled .qml file, or a graduated renderer on a field, when QGIS loads an output."""

    def __init__(self, qml_path: Optional[str] = None, graduated_field: Optional[str] = None,
                 ramp_name: str = "Reds", classes: int = 5):
        super().__init__()
        self.qml_path = qml_path
        self.graduated_field = graduated_field
        self.ramp_name = ramp_name
        self.classes = classes

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS's name)
        if layer is None:
            return
        if self.qml_path:
            message, ok = layer.loadNamedStyle(self.qml_path)
            if not ok and feedback is not None:
                feedback.pushWarning(f"Could not apply the style {self.qml_path}: {message}")
        elif self.graduated_field and isinstance(layer, QgsVectorLayer):
            layer.setRenderer(graduated_renderer(layer, self.graduated_field, self.ramp_name,
                                                 self.classes))
        layer.triggerRepaint()


def graduated_renderer(layer, field_name: str, ramp_name: str = "Reds", classes: int = 5):
    """A quantile graduated renderer on ``field_name`` with a named colour ramp."""
    from qgis.core import (QgsClassificationQuantile, QgsGraduatedSymbolRenderer,
                           QgsStyle, QgsSymbol)

    renderer = QgsGraduatedSymbolRenderer(field_name)
    renderer.setClassificationMethod(QgsClassificationQuantile())
    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    if symbol is not None:
        renderer.setSourceSymbol(symbol)
    ramp = QgsStyle.defaultStyle().colorRamp(ramp_name)
    if ramp is not None:
        renderer.setSourceColorRamp(ramp)
    renderer.updateClasses(layer, classes)
    return renderer


def style_on_load(context, dest_id: str, *, qml_name: Optional[str] = None,
                  graduated_field: Optional[str] = None, ramp_name: str = "Reds") -> None:
    """Style the output ``dest_id`` when QGIS loads it (toolbox runs; no effect headless)."""
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    qml_path = os.path.join(STYLES_DIR, qml_name) if qml_name else None
    processor = _StyleOnLoad(qml_path, graduated_field, ramp_name)
    _LIVE_POST_PROCESSORS.append(processor)
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)


# --------------------------------------------------------------------------- CPTED (street-segment audit)


def _line_wkb_type():
    from qgis.core import Qgis, QgsWkbTypes

    try:
        return Qgis.WkbType.LineString
    except AttributeError:
        return QgsWkbTypes.Type.LineString


LINE_STRING = _line_wkb_type()


def layer_point_xy(layer, target_crs: QgsCoordinateReferenceSystem, context, feedback,
                   notes: Notes, what: str) -> np.ndarray:
    """Coordinates (n, 2) of the points of a map layer (from a multiple-layer parameter) in
    ``target_crs``; MultiPoints exploded, null geometries left out and counted."""
    if layer is None or not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        raise QgsProcessingException(f"{what}: could not load the layer.")
    if not layer.crs().isValid():
        raise QgsProcessingException(f"{what} ({layer.name()}) has no coordinate reference "
                                     "system (CRS); set its CRS and run again.")
    request = QgsFeatureRequest().setNoAttributes()
    request.setDestinationCrs(target_crs, context.transformContext())
    wkbs = []
    for count, feature in enumerate(layer.getFeatures(request)):
        if count % 20000 == 0:
            raise_if_cancelled(feedback)
        geometry = feature.geometry()
        wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
    geometries = shapely.force_2d(shapely.from_wkb(np.array(wkbs, dtype=object)))
    present = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
    if (~present).any():
        notes.warn(f"{what} ({layer.name()}): {int((~present).sum())} features without geometry "
                   "left out")
    kinds = set(shapely.get_type_id(geometries[present]).tolist())
    if not kinds <= {0, 4}:
        raise QgsProcessingException(f"{what} ({layer.name()}) must be a point layer.")
    return shapely.get_coordinates(geometries[present])


def layer_geometries(layer, target_crs: QgsCoordinateReferenceSystem, context, feedback,
                     what: str) -> np.ndarray:
    """Shapely geometries (2-D) of a map layer from a multiple-layer parameter, in
    ``target_crs``; null and empty geometries left out."""
    if layer is None or not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        raise QgsProcessingException(f"{what}: could not load the layer.")
    if not layer.crs().isValid():
        raise QgsProcessingException(f"{what} ({layer.name()}) has no coordinate reference "
                                     "system (CRS); set its CRS and run again.")
    request = QgsFeatureRequest().setNoAttributes()
    request.setDestinationCrs(target_crs, context.transformContext())
    wkbs = []
    for count, feature in enumerate(layer.getFeatures(request)):
        if count % 20000 == 0:
            raise_if_cancelled(feedback)
        geometry = feature.geometry()
        wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
    geometries = shapely.force_2d(shapely.from_wkb(np.array(wkbs, dtype=object)))
    present = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
    return geometries[present]


def write_grid_geotiff(array: np.ndarray, x0: float, y0: float, cell_size: float,
                       crs: QgsCoordinateReferenceSystem, path: str, description: str = "") -> str:
    """Write a (rows, cols) float grid (NaN = no data) with its top-left corner at (x0, y0) as
    a float32 GeoTIFF; written under a temporary name and renamed when complete."""
    import rasterio
    from rasterio.transform import from_origin

    nodata = -9999.0
    data = np.where(np.isnan(array), nodata, array).astype("float32")
    tmp = path + ".part.tif"
    profile = {"driver": "GTiff", "height": data.shape[0], "width": data.shape[1], "count": 1,
               "dtype": "float32", "nodata": nodata, "crs": pyproj_crs(crs).to_wkt(),
               "transform": from_origin(x0, y0, cell_size, cell_size), "compress": "deflate"}
    with rasterio.open(tmp, "w", **profile) as dst:
        dst.write(data, 1)
        if description:
            dst.set_band_description(1, description)
    os.replace(tmp, path)
    return path


def layer_label(layer) -> str:
    """A layer's name for field names and tables: the GeoPackage/OGR layer name when the
    layer was given as 'file|layername=x' (qgis_process names such layers after the file)."""
    try:
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
        name = parts.get("layerName")
        if name:
            return str(name)
    except Exception:  # noqa: BLE001 - any provider may refuse to decode; fall back to the name
        pass
    return layer.name() or "layer"


POINT_TYPE = WkbType.POINT


def write_text(path: str, text: str) -> str:
    """Write a text file (an HTML report) under a temporary name, then rename it."""
    tmp = path + ".part"
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(tmp, path)
    return path
