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

import collections
import math
import os
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
import geopandas as gpd
import shapely
from pyproj import CRS, Transformer

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
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
from .i18n import tr
from .qgis_compat import (CrsWkt, FeatureRequestFlag, FeatureSinkFlag, FieldOrigin, GeometryCheck,
                          SourceDefinitionFlag, SourceFlag, WkbType, field_type,
                          parameter_as_strings)

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
        feedback.pushWarning(tr("Warning: {message}").format(message=line))


def raise_if_cancelled(feedback) -> None:
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(tr("Cancelled by the user; no output was written."))


def core_errors_as_processing(error: Exception) -> QgsProcessingException:
    """The core's InputError/Cancelled as the exception Processing shows to the user."""
    if isinstance(error, Cancelled):
        return QgsProcessingException(tr("Cancelled by the user; no output was written."))
    return QgsProcessingException(str(error))


def as_processing_error(error: Exception, algorithm_name: str, feedback=None) -> QgsProcessingException:
    """Any exception as a message for the user: never a Python traceback.

    The core's :class:`InputError` and :class:`Cancelled` carry their own message.  An
    unexpected error keeps its type and text in the message and its traceback in the
    log's debug lines, for a bug report.
    """
    from .core.runtime import UsmError

    if isinstance(error, (UsmError, Cancelled)):
        return core_errors_as_processing(error)
    if isinstance(error, MemoryError):
        return QgsProcessingException(
            tr("{algorithm} ran out of memory; try a smaller extent, fewer features or a "
               "coarser cell size.").format(algorithm=algorithm_name))
    if feedback is not None:
        import traceback

        feedback.pushDebugInfo("".join(traceback.format_exception(
            type(error), error, error.__traceback__)))
    return QgsProcessingException(
        tr("{algorithm} failed: {error}. No output was written. This is a bug in the Urban "
           "Safety Monitor if your inputs look right: please report it with the log (the "
           "details are in the log's debug lines).").format(
            algorithm=algorithm_name, error=f"{type(error).__name__}: {error}"))


# --------------------------------------------------------------------------- CRS


def has_usable_crs(crs: QgsCoordinateReferenceSystem) -> bool:
    """False for a missing CRS and for GDAL's placeholder "Undefined geographic SRS",
    which GeoPackages without a CRS carry (srs_id 99999 or -1/0 in gpkg_spatial_ref_sys)."""
    if crs is None or not crs.isValid():
        return False
    text = f"{crs.description()} {crs.toWkt()}".lower()
    return "undefined" not in text and "unknown engineering" not in text


def require_crs(crs: QgsCoordinateReferenceSystem, what: str) -> None:
    """A clear error for a layer without a coordinate reference system."""
    if not has_usable_crs(crs):
        raise QgsProcessingException(
            tr("{what} has no coordinate reference system (CRS); set its CRS in the layer "
               "properties (Layer Properties > Source > Assigned CRS) and run again.").format(
                what=what))


def pyproj_crs(crs: QgsCoordinateReferenceSystem) -> CRS:
    """A pyproj CRS equal to a QGIS CRS (through WKT2, which carries everything)."""
    require_crs(crs, tr("The layer"))
    return CRS.from_wkt(crs.toWkt(CrsWkt.PREFERRED))


def measures_in_metres(crs: QgsCoordinateReferenceSystem) -> bool:
    """True when areas and distances may be computed in this CRS's own coordinates:
    projected, in metres, and not a world conformal projection (Web Mercator)."""
    if crs.isGeographic() or crs.authid() in ("EPSG:3857", "EPSG:900913", "EPSG:3395"):
        return False
    try:
        unit = pyproj_crs(crs).axis_info[0].unit_name.lower()
    except (IndexError, AttributeError):
        return False
    return unit in ("metre", "meter", "m")


def needs_local_projection(crs: QgsCoordinateReferenceSystem) -> bool:
    """True for CRSs in which areas and distances must not be measured directly:
    degrees, feet or other non-metre units, Web Mercator."""
    return not measures_in_metres(crs)


#: Widest extent (degrees of longitude or latitude) measured in one UTM zone; wider
#: layers get an equal-area projection centred on them (UTM's scale error grows from
#: 0.04% at a zone's edge to several percent a few zones away).
UTM_MAX_SPAN_DEGREES = 6.0


def analysis_crs(layer_crs: QgsCoordinateReferenceSystem, extent_in_layer_crs, context,
                 notes: Notes, what: str = "") -> QgsCoordinateReferenceSystem:
    """The projected CRS, in metres, in which areas and distances are computed.

    The layer's own CRS when it is projected in metres.  Otherwise (degrees, US feet,
    Web Mercator): the UTM zone of the layer's centre when the layer spans at most
    :data:`UTM_MAX_SPAN_DEGREES`, else a Lambert azimuthal equal-area projection
    centred on the layer (areas exact everywhere; distances good near the centre).
    The choice is stated in the notes.  Parameters and outputs are in metres in
    every case.
    """
    what = what or tr("The layer")
    require_crs(layer_crs, what)
    if measures_in_metres(layer_crs):
        return layer_crs
    from qgis.core import QgsCoordinateTransform, QgsRectangle

    to_wgs84 = QgsCoordinateTransform(layer_crs, QgsCoordinateReferenceSystem("EPSG:4326"),
                                      context.transformContext())
    try:
        box = to_wgs84.transformBoundingBox(QgsRectangle(extent_in_layer_crs))
    except Exception as error:  # QgsCsException: an extent PROJ cannot transform
        raise QgsProcessingException(
            tr("{what}: its extent cannot be transformed to longitude/latitude ({error}); "
               "check the layer's CRS.").format(what=what, error=error)) from error
    lon, lat = box.center().x(), box.center().y()
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise QgsProcessingException(tr("{what} has an empty or invalid extent.").format(what=what))
    if max(box.width(), box.height()) <= UTM_MAX_SPAN_DEGREES:
        zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
        local = QgsCoordinateReferenceSystem(f"EPSG:{(32600 if lat >= 0 else 32700) + zone}")
        kind = tr("the UTM zone of the layer's centre")
    else:
        local = QgsCoordinateReferenceSystem.fromProj(
            f"+proj=laea +lat_0={lat:.6f} +lon_0={lon:.6f} +x_0=0 +y_0=0 +datum=WGS84 "
            "+units=m +no_defs")
        kind = tr("a Lambert azimuthal equal-area projection centred on the layer (it spans "
                  "{width} x {height} degrees, too wide for one UTM zone)").format(
            width=f"{box.width():.1f}", height=f"{box.height():.1f}")
    units = tr("degrees") if layer_crs.isGeographic() else _unit_name(layer_crs)
    notes.warn(tr("{crs} measures in {units}, not metres; areas and distances are computed in "
                  "the local projection {local} ({kind}), and every distance and area "
                  "parameter and output is in metres.").format(
        crs=layer_crs.authid() or layer_crs.description(), units=units,
        local=local.authid() or local.description(), kind=kind))
    return local


def _unit_name(crs: QgsCoordinateReferenceSystem) -> str:
    try:
        return pyproj_crs(crs).axis_info[0].unit_name
    except (IndexError, AttributeError):
        return tr("unknown units")


def analysis_crs_for(algorithm, parameters: dict, name: str, context,
                     notes: Notes) -> QgsCoordinateReferenceSystem:
    """:func:`analysis_crs` of the layer given for parameter ``name``, with clear errors
    when the layer cannot be loaded or has no CRS."""
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(tr("Could not load the layer given for {name}.").format(name=name))
    return analysis_crs(source.sourceCrs(), source.sourceExtent(), context, notes,
                        what=tr("The layer given for {name}").format(name=name))


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
    skipped : GeoDataFrame or None
        Features left out by Processing's invalid-geometry setting "skip", with
        their attributes (so that callers can name them by their id field).
    point_xy : tuple of two arrays or None
        With ``points_as_xy``: coordinates (in ``crs``) of the plain points, whose
        geometry is then left None in ``frame``; NaN for the other rows.
    """

    frame: gpd.GeoDataFrame
    crs: QgsCoordinateReferenceSystem
    source_crs: QgsCoordinateReferenceSystem
    original_geometry: Optional[gpd.GeoSeries] = None
    read_path: str = "features"
    skipped: Optional[gpd.GeoDataFrame] = None
    notes: Notes = field(default_factory=Notes)
    point_xy: Optional[tuple] = None

    @property
    def n_invalid_skipped(self) -> int:
        return 0 if self.skipped is None else len(self.skipped)

    def skipped_ids(self, id_field: Optional[str] = None) -> list:
        """Ids (values of ``id_field``, else QGIS feature ids) of the skipped features."""
        if self.skipped is None:
            return []
        values = self.skipped[id_field] if id_field else self.skipped.index
        return [str(v) for v in values]


def _file_of(layer: QgsVectorLayer) -> Optional[dict]:
    """Path and layer name of a plain OGR file layer, None when the file path cannot be used.

    The file on disk is what the user sees only when the layer has no unsaved edits,
    no filter and no joined, virtual or expression fields; otherwise the features are
    read through QGIS.  The file path also needs pyogrio.
    """
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    if layer.isEditable() or layer.isModified():
        return None
    fields = layer.fields()
    if any(fields.fieldOrigin(i) not in (FieldOrigin.PROVIDER,)
           for i in range(fields.count())):
        return None
    import importlib.util

    if importlib.util.find_spec("pyogrio") is None:
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path or not os.path.isfile(path) or parts.get("subset"):
        return None
    if not path.lower().endswith((".gpkg", ".shp", ".geojson", ".json", ".fgb", ".sqlite")):
        return None
    # no layer named: the first layer, as QGIS's OGR provider opens it
    layer_name = parts.get("layerName")
    layer_id = parts.get("layerId")
    return {"path": path, "layer": layer_name or (int(layer_id) if layer_id not in (None, "")
                                                  else 0)}


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
        raise QgsProcessingException(tr("Could not load the layer given for {name}.").format(name=name))
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    source_crs = source.sourceCrs()
    require_crs(source_crs, tr("The layer given for {name}").format(name=name))
    available = [f.name() for f in source.fields()]
    missing = [f for f in fields if f and f not in available]
    if missing:
        raise QgsProcessingException(
            tr("Field(s) {missing} not found in the layer given for {name}; it has: "
               "{available}.").format(missing=", ".join(missing), name=name,
                                      available=", ".join(available)))
    fields = [f for f in dict.fromkeys(fields) if f]
    target_crs = target_crs if target_crs is not None else source_crs
    notes = Notes()

    definition = _source_definition(parameters, name)
    selected_only = definition is not None and definition.selectedFeaturesOnly
    limited = definition is not None and definition.featureLimit not in (-1, None)
    filtered = definition is not None and bool(getattr(definition, "filterExpression", ""))
    file_info = None if (limited or filtered) else _file_of(layer)

    point_xy = None
    stats = _new_wkb_stats()
    if file_info is not None:
        repair = check_validity and _repair_requested(algorithm, parameters, context)
        try:
            frame, skipped, point_xy = _read_file(file_info, layer, fields, selected_only,
                                                  check_validity and not repair, context,
                                                  definition, points_as_xy, stats)
            read_path = "file"
        except QgsProcessingException:
            raise
        except Exception as error:  # noqa: BLE001 -- e.g. a file locked by another program
            notes.say(tr("{name}: the fast file reader could not read {path} ({error}); "
                         "reading through QGIS instead.").format(
                name=name, path=file_info["path"], error=f"{type(error).__name__}: {error}"))
            file_info, point_xy, stats = None, None, _new_wkb_stats()
    if file_info is None:
        repair = check_validity and _repair_requested(algorithm, parameters, context)
        frame = _read_features(source, fields, feedback, stage,
                               skip_validity_check=check_validity, stats=stats)
        skipped = None
        if check_validity and not repair:
            frame, skipped = _apply_validity_rule(frame, _geometry_check(context, definition))
        read_path = "features"
    if stage is not None:
        stage.progress(1.0)
    wkb_report(notes, name, stats)
    if check_validity and _repair_requested(algorithm, parameters, context):
        frame = _repair(frame, notes, name)
    _require_geometries(frame, point_xy, skipped, source, name)
    if skipped is not None and len(skipped):
        listing = ", ".join(str(i) for i in skipped.index[:20])
        notes.warn(tr("{name}: {n} feature(s) with invalid geometry skipped (Processing's "
                      "invalid geometry setting), feature ids {ids}").format(
            name=name, n=len(skipped), ids=listing + (" ..." if len(skipped) > 20 else "")))

    original = frame.geometry.copy() if keep_original_geometry else None
    if target_crs != source_crs:
        transformer = _transformer(source_crs, target_crs, context)
        transformed = shapely.transform(np.asarray(frame.geometry.values), lambda xy: np.column_stack(
            transformer.transform(xy[:, 0], xy[:, 1])))
        frame = gpd.GeoDataFrame(frame.drop(columns="geometry"), geometry=transformed, index=frame.index)
        if point_xy is not None:
            point_xy = tuple(np.asarray(v, dtype=float) for v in transformer.transform(*point_xy))
        if skipped is not None and len(skipped):
            # invalid geometries can still be moved: callers use them to place points
            skipped = gpd.GeoDataFrame(skipped.drop(columns="geometry"), index=skipped.index,
                                       geometry=shapely.transform(
                                           np.asarray(skipped.geometry.values),
                                           lambda xy: np.column_stack(
                                               transformer.transform(xy[:, 0], xy[:, 1]))))
        notes.say(tr("{name}: reprojected from {source} to {target}.").format(
            name=name, source=source_crs.authid() or source_crs.description(),
            target=target_crs.authid() or target_crs.description()))
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
    from .core.stats.density import note_point_parts, points_xy

    from .core.geometry.stacked import warn_stacked

    geometry = np.asarray(data.frame.geometry.values, dtype=object)
    if data.point_xy is None:
        return points_xy(geometry)
    x, y, rows, counts = _plain_and_other_points(geometry, data.point_xy)
    notes = Notes()
    note_point_parts(notes, *counts)
    warn_stacked(x, y, notes)
    return x, y, rows, notes


def _plain_and_other_points(geometry, point_xy):
    """x, y, row and the counts of :func:`core.density.point_parts` of points read with
    ``points_as_xy`` (plain points as coordinates, the others as geometries)."""
    from .core.stats.density import point_parts

    px, py = point_xy
    plain = np.flatnonzero(np.isfinite(px) & np.isfinite(py))
    rest = np.setdiff1d(np.arange(len(geometry)), plain, assume_unique=True)
    rx, ry, rrow, counts = point_parts(geometry[rest])
    rows = np.concatenate([plain, rest[rrow]])
    order = np.argsort(rows, kind="stable")
    x = np.concatenate([px[plain], rx])[order]
    y = np.concatenate([py[plain], ry])[order]
    return x, y, rows[order].astype(np.int64), counts


def _read_file(info, layer, fields, selected_only, check_validity, context, definition,
               points_as_xy=False, stats=None):
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
    geometries, point_xy = _geometries_from_wkb_buffer(offsets, data, points_as_xy, stats)
    frame = gpd.GeoDataFrame(columns, index=index, geometry=geometries)
    frame = frame[[*fields, "geometry"]]
    skipped = None
    if check_validity:
        frame, skipped = _apply_validity_rule(frame, _geometry_check(context, definition))
    return frame, skipped, point_xy


def _geometry_check(context, definition):
    """Processing's invalid-geometry setting, or the per-input override of the dialog."""
    check = context.invalidGeometryCheck()
    if definition is not None and definition.flags & \
            SourceDefinitionFlag.OVERRIDE_DEFAULT_GEOMETRY_CHECK:
        check = definition.geometryCheck
    return check


def _arrow_available() -> bool:
    """pyarrow is optional: with it OGR hands over whole columns, about ten times faster."""
    import importlib.util

    return importlib.util.find_spec("pyarrow") is not None


def _read_columns_arrow(info, fields, fids, categorical_text):
    """Attributes (pandas), feature ids and the WKB column as (offsets, bytes) via Arrow."""
    import pyogrio

    meta, table = pyogrio.raw.read_arrow(info["path"], layer=info["layer"], columns=list(fields),
                                         fids=fids, return_fids=True)
    return _arrow_columns(meta, table, fields, categorical_text)


def _arrow_columns(meta, table, fields, categorical_text):
    """:func:`_read_columns_arrow`'s answer from an Arrow table (or record batch) read by OGR."""
    import pyarrow as pa

    geometry_name = meta.get("geometry_name") or "wkb_geometry"
    fid_name = next(n for n in table.column_names if n not in fields and n != geometry_name)
    index = pd.Index(table.column(fid_name).to_numpy().astype(np.int64))
    attributes = table.select(list(fields)).to_pandas(strings_to_categorical=categorical_text)
    columns = {name: pd.Series(attributes[name].to_numpy(), index=index) if not
               isinstance(attributes[name].dtype, pd.CategoricalDtype) else
               pd.Series(attributes[name].array, index=index) for name in fields}
    wkb = table.column(geometry_name)
    wkb = wkb.combine_chunks() if hasattr(wkb, "combine_chunks") else wkb
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


def _geometries_from_wkb_buffer(offsets: np.ndarray, data: np.ndarray, points_as_xy: bool = False,
                                stats: Optional[Dict[str, int]] = None):
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
        if stats is not None and size > 21:
            stats["z_or_m"] += int(ok.sum())
        x[rows[ok]] = xy[ok, 0]
        y[rows[ok]] = xy[ok, 1]
    geometries = np.empty(n, dtype=object)
    if not points_as_xy:
        geometries[point] = shapely.points(x[point], y[point])
    rest = np.flatnonzero(~point & (lengths > 0))
    if rest.size:
        blobs = np.array([data[starts[i]:starts[i] + lengths[i]].tobytes() for i in rest], dtype=object)
        geometries[rest] = decode_wkb(blobs, stats)
    return geometries, ((x, y) if points_as_xy else None)


#: WKB geometry types (ISO numbering, without Z/M) that shapely cannot read: curves,
#: surfaces, TINs.  QGIS turns them into straight segments first.
_CURVED_TYPES = set(range(8, 18))


def _new_wkb_stats() -> Dict[str, int]:
    """Counts of what decoding changed in one read: curved and Z/M geometries."""
    return {"curved": 0, "z_or_m": 0}


def _wkb_type_codes(blobs) -> np.ndarray:
    codes = np.zeros(len(blobs), dtype=np.int64)
    for i, blob in enumerate(blobs):
        if blob is not None and len(blob) >= 5:
            codes[i] = int.from_bytes(blob[1:5], "little" if blob[0] == 1 else "big")
    return codes


def decode_wkb(blobs, stats: Optional[Dict[str, int]] = None) -> np.ndarray:
    """Shapely geometries (2-D, linear) from WKB blobs (None for NULL).

    Curved geometries (circular strings, compound curves, curve polygons, multi
    surfaces) are segmentised by QGIS; Z and M values are dropped.  Both are counted
    in ``stats`` (see :func:`wkb_report`) so the run can report them.
    """
    blobs = np.asarray(blobs, dtype=object)
    codes = _wkb_type_codes(blobs)
    flags = codes & 0xE0000000  # EWKB Z/M/SRID flags
    iso = codes & 0x0FFFFFFF
    base = iso % 1000
    zm = (iso // 1000 > 0) | ((flags & 0xC0000000) != 0)
    curved = np.isin(base, list(_CURVED_TYPES))
    if curved.any():
        for i in np.flatnonzero(curved):
            geometry = QgsGeometry()
            geometry.fromWkb(blobs[i])
            # segmentize(), not convertToStraightSegment(): the latter keeps a curve type
            # when the curve has only straight parts, which GEOS still cannot read.
            straight = geometry.constGet().segmentize() if not geometry.isNull() else None
            blobs[i] = bytes(QgsGeometry(straight).asWkb()) if straight is not None else None
    if stats is not None:
        stats["curved"] += int(curved.sum())
        stats["z_or_m"] += int(zm.sum())
    decoded = shapely.from_wkb(blobs)
    if zm.any() or curved.any():
        decoded = shapely.force_2d(decoded)
    return decoded


def wkb_report(notes: Notes, what: str, stats: Dict[str, int]) -> None:
    """Say what decoding changed."""
    if stats["curved"]:
        notes.warn(tr("{what}: {n} curved geometries (arcs) were converted to straight "
                      "segments.").format(what=what, n=stats["curved"]))
    if stats["z_or_m"]:
        notes.warn(tr("{what}: {n} geometries had Z (height) or M values, which are not used: "
                      "they were dropped to 2-D.").format(what=what, n=stats["z_or_m"]))


#: Name of the optional boolean parameter asking for invalid polygons to be repaired.
REPAIR_PARAMETER = "REPAIR_GEOMETRY"


def _repair_requested(algorithm, parameters, context) -> bool:
    return (algorithm.parameterDefinition(REPAIR_PARAMETER) is not None
            and algorithm.parameterAsBoolean(parameters, REPAIR_PARAMETER, context))


def _repair(frame: gpd.GeoDataFrame, notes: Notes, name: str) -> gpd.GeoDataFrame:
    """Invalid polygons mended with make_valid, each one reported (never silently)."""
    from .core.geometry.validity import repair_polygons

    repair = repair_polygons(frame.geometry.values)
    if len(repair.repaired) == 0:
        return frame
    frame = frame.copy()
    frame[frame.geometry.name] = gpd.GeoSeries(repair.geometries, index=frame.index)
    notes.warn(tr("{name}: repaired {n} invalid polygon(s) with make_valid (feature id, reason, "
                  "area change): {details}").format(
        name=name, n=len(repair.repaired), details=repair.describe(frame.index.to_numpy())))
    return frame


def _skip_validity_flag():
    return SourceFlag.SKIP_GEOMETRY_VALIDITY_CHECKS


_SKIP_VALIDITY_FLAG = _skip_validity_flag()


def _apply_validity_rule(frame: gpd.GeoDataFrame, check):
    if check == GeometryCheck.NO_CHECK:
        return frame, None
    geometry = np.asarray(frame.geometry.values)
    present = ~(shapely.is_missing(geometry) | shapely.is_empty(geometry))
    invalid = present & ~shapely.is_valid(geometry)
    if not invalid.any():
        return frame, None
    ids = frame.index[invalid]
    if check == GeometryCheck.ABORT_ON_INVALID:
        reasons = shapely.is_valid_reason(geometry[invalid][:5])
        listing = "; ".join(tr("feature {id}: {reason}").format(id=i, reason=r)
                            for i, r in zip(ids[:5], reasons))
        raise QgsProcessingException(
            tr("{n} invalid geometries ({listing}). Change the invalid geometry setting of "
               "Processing to skip them, or repair them (Fix geometries) first.").format(
                n=int(invalid.sum()), listing=listing))
    return frame.loc[~invalid], frame.loc[invalid]


def _read_features(source, fields, feedback, stage, skip_validity_check=False, stats=None):
    """Features through QGIS (edits, filters, joins and selections as the user sees them).

    With ``skip_validity_check`` QGIS hands over invalid geometries too, so that the
    caller applies the invalid-geometry rule itself and can name what it skipped.
    """
    request = QgsFeatureRequest()
    source_fields = source.fields()
    indices = [source_fields.lookupField(f) for f in fields]
    request.setSubsetOfAttributes(indices)
    total = max(source.featureCount(), 1)
    ids, wkbs = [], []
    columns: Dict[str, list] = {f: [] for f in fields}
    features = (source.getFeatures(request, _SKIP_VALIDITY_FLAG) if skip_validity_check
                and _SKIP_VALIDITY_FLAG is not None else source.getFeatures(request))
    for count, feature in enumerate(features):
        if count % 20000 == 0:
            if feedback is not None and feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled by the user; no output was written."))
            if stage is not None:
                stage.progress(count / total)
        ids.append(feature.id())
        geometry = feature.geometry()
        wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
        attributes = feature.attributes()
        for name, index in zip(fields, indices):
            columns[name].append(_qvariant_to_python(attributes[index]))
    geometry = decode_wkb(wkbs, stats)
    frame = gpd.GeoDataFrame(pd.DataFrame(columns, index=pd.Index(ids, dtype="int64")),
                             geometry=geometry)
    return frame


def read_table(algorithm, parameters: dict, name: str, context, fields: Sequence[str] = ()) -> pd.DataFrame:
    """Read a layer or geometry-less table parameter as a plain DataFrame of attributes."""
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(tr("Could not load the table given for {name}.").format(name=name))
    available = [f.name() for f in source.fields()]
    fields = list(fields) or available
    missing = [f for f in fields if f not in available]
    if missing:
        raise QgsProcessingException(
            tr("Field(s) {missing} not found in {name}; it has: {available}.").format(
                missing=", ".join(missing), name=name, available=", ".join(available)))
    indices = [available.index(f) for f in fields]
    request = QgsFeatureRequest().setFlags(FeatureRequestFlag.NO_GEOMETRY)
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
        values = series.to_numpy(dtype=float, na_value=np.nan, copy=True).tolist()
    elif kind in ("long", "int"):
        values = series.astype("float64").to_numpy(na_value=np.nan, copy=True)
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

    Nothing is reported as written that was not: the destination folder must be
    writable, every batch of features must be accepted, and a file output is written
    under a temporary name and moved into place only when complete, so a cancelled or
    failed run never leaves a half-written file that looks complete.  Shapefiles are
    refused when a field name would be cut to 10 characters.
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
    final_path = _file_destination(algorithm, parameters, name, context)
    if final_path is not None:
        _check_writable(final_path, name, columns)
    staged = _StagedFile(final_path) if final_path is not None else None
    sink_parameters = parameters if staged is None else {**parameters,
                                                         name: staged.definition(parameters[name])}
    sink, dest_id = algorithm.parameterAsSink(sink_parameters, name, context, fields, wkb_type,
                                              sink_crs)
    if sink is None:
        raise QgsProcessingException(tr("Could not create the output {name}.").format(name=name))
    try:
        _add_rows(sink, fields, frame, columns, has_geometry, wkb_type, name, feedback)
        error = sink.lastError() if hasattr(sink, "lastError") else ""
        if error:
            raise QgsProcessingException(tr("Could not write the output {name}: {error}").format(
                name=name, error=error))
    except BaseException:
        del sink
        if staged is not None:
            staged.discard()
        raise
    del sink  # closes the file
    if staged is None:
        return dest_id
    return staged.commit(context, dest_id, name)


def _add_rows(sink, fields, frame, columns, has_geometry, wkb_type, name, feedback) -> None:
    kinds = [_field_kind(frame[c]) for c in columns]
    value_columns = [_python_values(frame[c], k) for c, k in zip(columns, kinds)]
    if has_geometry:
        geometries = np.asarray(frame.geometry.values)
        if wkb_type == WkbType.MULTI_POLYGON:
            geometries = _as_multi(geometries)
        # Explicit dimension: inside QGIS, shapely may run on QGIS's older GEOS, whose default differs.
        wkbs = shapely.to_wkb(geometries, output_dimension=2)
    batch: List[QgsFeature] = []

    def flush():
        if batch and not sink.addFeatures(batch, FeatureSinkFlag.FAST_INSERT):
            detail = sink.lastError() if hasattr(sink, "lastError") else ""
            message = (tr("Could not write features to the output {name}: {error}") if detail
                       else tr("Could not write features to the output {name}."))
            raise QgsProcessingException(message.format(name=name, error=detail))
        batch.clear()

    for row in range(len(frame)):
        feature = QgsFeature(fields)
        feature.setAttributes([column[row] for column in value_columns])
        if has_geometry and wkbs[row] is not None:
            geometry = QgsGeometry()
            geometry.fromWkb(wkbs[row])
            feature.setGeometry(geometry)
        batch.append(feature)
        if len(batch) == 5000:
            raise_if_cancelled(feedback)
            flush()
    raise_if_cancelled(feedback)
    flush()


#: File formats written under a temporary name and moved into place, with their side files.
_STAGED_SUFFIXES = {".gpkg": (), ".csv": (), ".geojson": (), ".json": (), ".fgb": (),
                    ".xlsx": (), ".ods": (), ".tab": (".dat", ".id", ".map"),
                    ".shp": (".shx", ".dbf", ".prj", ".cpg", ".qix", ".qmd")}


def _destination_text(value) -> str:
    """A destination parameter's value as text: the path or URI of an output definition's
    sink (a QgsProperty), or the plain value."""
    sink = getattr(value, "sink", None)
    if sink is not None:
        value = sink.staticValue() if hasattr(sink, "staticValue") else sink
    return str(value)


def _file_destination(algorithm, parameters, name, context) -> Optional[str]:
    """The plain file a sink parameter writes to, or None (memory layers, databases,
    a new layer in an existing file, temporary outputs Processing manages itself)."""
    value = parameters.get(name)
    if value is None:
        return None
    text = _destination_text(value)
    if not text or text == "TEMPORARY_OUTPUT" or "|" in text:
        return None
    scheme = re.match(r"^([A-Za-z][A-Za-z0-9]+):", text)
    if scheme and len(scheme.group(1)) > 1:  # memory:, ogr:, postgres:... (not a drive letter)
        return None
    if os.path.splitext(text)[1].lower() not in _STAGED_SUFFIXES:
        return None
    return os.path.abspath(text)


def _check_writable(path: str, name: str, columns: Sequence[str]) -> None:
    folder = os.path.dirname(path) or "."
    if not os.path.isdir(folder):
        raise QgsProcessingException(
            tr("Cannot write the output {name}: the folder {folder} does not exist.").format(
                name=name, folder=folder))
    if not os.access(folder, os.W_OK) or (os.path.exists(path) and not os.access(path, os.W_OK)):
        raise QgsProcessingException(
            tr("Cannot write the output {name} ({path}): the folder or file is not writable. "
               "Choose another output location.").format(name=name, path=path))
    if path.lower().endswith(".shp"):
        too_long = [c for c in columns if len(str(c).encode("utf-8")) > 10]
        if too_long:
            raise QgsProcessingException(
                tr("The output {name} is a shapefile, whose field names are cut to 10 "
                   "characters; {n} field name(s) would be cut and could be confused ({fields}). "
                   "Write a GeoPackage (.gpkg) instead, which keeps the names.").format(
                    name=name, n=len(too_long),
                    fields=", ".join(too_long[:8]) + (" ..." if len(too_long) > 8 else "")))


class _StagedFile:
    """An output file written under a temporary name next to its final place."""

    def __init__(self, final_path: str):
        self.final_path = final_path
        base, suffix = os.path.splitext(final_path)
        self.suffix = suffix.lower()
        folder, stem = os.path.split(base)
        # QGIS names a GeoPackage layer after the file name up to its first dot: keep the
        # stem first so the layer gets the name it would have had without staging
        self.temp_base = os.path.join(folder, f"{stem}.usm-part{os.getpid()}")
        self.temp_path = self.temp_base + suffix

    def definition(self, original):
        from qgis.core import QgsProcessingOutputLayerDefinition

        if isinstance(original, QgsProcessingOutputLayerDefinition):
            # the same definition (project to load into, layer name, options), another file
            definition = QgsProcessingOutputLayerDefinition(original)
            definition.sink.setStaticValue(self.temp_path)
            return definition
        return QgsProcessingOutputLayerDefinition(self.temp_path)

    def _pairs(self):
        base_final = os.path.splitext(self.final_path)[0]
        for extra in ("",) + _STAGED_SUFFIXES[self.suffix]:
            suffix = self.suffix if extra == "" else extra
            yield self.temp_base + suffix, base_final + suffix

    def discard(self) -> None:
        for temp, _ in self._pairs():
            if os.path.exists(temp):
                os.remove(temp)

    def commit(self, context, temp_dest_id: str, name: str) -> str:
        """Point the context at the final path and move the file into place: now, or at the
        end of the run when an :func:`output_transaction` is open (all outputs or none)."""
        if not os.path.exists(self.temp_path):
            raise QgsProcessingException(tr("The output {name} was not written ({path}).").format(
                name=name, path=self.final_path))
        if context.willLoadLayerOnCompletion(temp_dest_id):
            details = context.layerToLoadOnCompletionDetails(temp_dest_id)
            layers = context.layersToLoadOnCompletion()
            layers.pop(temp_dest_id, None)
            layers[self.final_path] = details
            context.setLayersToLoadOnCompletion(layers)
        transaction = _open_transaction()
        if transaction is not None:
            transaction.add(lambda: self.move(name), self.discard)
        else:
            self.move(name)
        return self.final_path

    def move(self, name: str) -> None:
        try:
            for temp, final in self._pairs():
                if os.path.exists(temp):
                    os.replace(temp, final)
                elif os.path.exists(final) and final != self.final_path:
                    os.remove(final)  # a stale side file of an older output
        except OSError as error:
            self.discard()
            raise QgsProcessingException(
                tr("Could not move the output {name} into place at {path}: {error}").format(
                    name=name, path=self.final_path, error=error)) from error


def _as_multi(geometries: np.ndarray) -> np.ndarray:
    single = shapely.get_type_id(geometries) == 3  # Polygon
    out = geometries.copy()
    if single.any():
        out[single] = shapely.multipolygons(geometries[single], indices=np.arange(int(single.sum())))
    return out


# --------------------------------------------------------------------------- rasters

#: numpy dtypes of QGIS's raster data types (by enum name, stable across 3.22 -> 4).
_RASTER_DTYPES = {"Byte": np.uint8, "Int8": np.int8, "UInt16": np.uint16, "Int16": np.int16,
                  "UInt32": np.uint32, "Int32": np.int32, "Float32": np.float32,
                  "Float64": np.float64}


def read_raster(layer, what: str = "The raster", band: int = 1):
    """A raster layer's band as the core's :class:`RasterGrid`, read through QGIS.

    Any raster QGIS opens works (GeoTIFF, GeoPackage raster, VRT, ...).  Nodata cells
    (the band's nodata value and any user nodata) become NaN.
    """
    from .core.geometry.raster import RasterGrid

    if layer is None or not layer.isValid():
        raise QgsProcessingException(tr("{what} could not be loaded.").format(what=what))
    require_crs(layer.crs(), what)
    provider = layer.dataProvider()
    if band < 1 or band > provider.bandCount():
        raise QgsProcessingException(tr("{what} has no band {band}.").format(what=what, band=band))
    kind = getattr(provider.dataType(band), "name", None) or str(provider.dataType(band)).split(".")[-1]
    dtype = _RASTER_DTYPES.get(kind)
    if dtype is None:
        raise QgsProcessingException(tr("{what} has cells of type {kind}; a numeric band is "
                                        "needed.").format(what=what, kind=kind))
    extent, width, height = provider.extent(), provider.xSize(), provider.ySize()
    if width <= 0 or height <= 0:
        raise QgsProcessingException(tr("{what} has no cells.").format(what=what))
    block = provider.block(band, extent, width, height)
    raw = bytes(block.data())
    if len(raw) != width * height * np.dtype(dtype).itemsize:
        raise QgsProcessingException(tr("{what} could not be read (got {n} bytes).").format(
            what=what, n=len(raw)))
    values = np.frombuffer(raw, dtype=dtype).reshape(height, width).astype(float)
    if block.hasNoDataValue():
        values[values == block.noDataValue()] = np.nan
    for nodata_range in provider.userNoDataValues(band):
        values[(values >= nodata_range.min()) & (values <= nodata_range.max())] = np.nan
    transform = (extent.width() / width, 0.0, extent.xMinimum(),
                 0.0, -extent.height() / height, extent.yMaximum())
    return RasterGrid(values, transform, pyproj_crs(layer.crs()).to_wkt(),
                      f"{what} ({layer.name()})")


def write_raster(path: str, values: np.ndarray, transform, crs: QgsCoordinateReferenceSystem, *,
                 description: str = "", tags: Optional[Dict[str, str]] = None,
                 nodata: Optional[float] = None) -> str:
    """Write one float32 band as a GeoTIFF; returns ``path``.  With ``nodata``, NaN cells
    are written as that value and the band declares it as its no-data value.

    Written under a temporary name in the same folder and moved into place when
    complete, so a failed or cancelled run never leaves a half-written raster that
    looks complete; a folder that cannot be written is a clear error.
    """
    from osgeo import gdal

    folder = os.path.dirname(os.path.abspath(path)) or "."
    if not os.path.isdir(folder):
        raise QgsProcessingException(
            tr("The output folder {folder} does not exist.").format(folder=folder))
    if not os.access(folder, os.W_OK):
        raise QgsProcessingException(
            tr("Cannot write the output {path}: the folder {folder} is not writable. Choose "
               "another output location.").format(path=path, folder=folder))
    rows, cols = values.shape
    tmp = os.path.join(folder, f".{os.path.basename(path)}.part{os.getpid()}.tif")
    options = ["COMPRESS=DEFLATE", "PREDICTOR=3"]
    if rows >= 256 and cols >= 256:
        options += ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256"]
    try:
        dataset = gdal.GetDriverByName("GTiff").Create(tmp, cols, rows, 1, gdal.GDT_Float32,
                                                        options=options)
        if dataset is None:
            raise QgsProcessingException(tr("Cannot create the raster {path}: {error}").format(
                path=path, error=gdal.GetLastErrorMsg() or tr("GDAL refused it")))
        a, b, c, d, e, f = transform
        dataset.SetGeoTransform((c, a, b, f, d, e))  # GDAL's order
        dataset.SetProjection(pyproj_crs(crs).to_wkt())
        out_band = dataset.GetRasterBand(1)
        # raw bytes, not WriteArray: GDAL's numpy bindings may be built for another numpy
        if nodata is not None:
            values = np.where(np.isnan(values), nodata, values)
            out_band.SetNoDataValue(float(nodata))
        data = np.ascontiguousarray(values, dtype="<f4").tobytes()
        if out_band.WriteRaster(0, 0, cols, rows, data, cols, rows, gdal.GDT_Float32) != 0:
            raise QgsProcessingException(tr("Cannot write the raster {path}: {error}").format(
                path=path, error=gdal.GetLastErrorMsg()))
        if description:
            out_band.SetDescription(description)
        if tags:
            dataset.SetMetadata({str(k): str(v) for k, v in tags.items()})
        dataset.FlushCache()
        out_band = dataset = None  # closes the file
        transaction = _open_transaction()
        if transaction is not None:
            transaction.add(lambda staged=tmp: os.replace(staged, path),
                            lambda staged=tmp: os.path.exists(staged) and os.remove(staged))
            tmp = None  # moved or removed when the run ends
        else:
            os.replace(tmp, path)
    except OSError as error:
        raise QgsProcessingException(tr("Cannot write the raster {path}: {error}").format(
            path=path, error=error)) from error
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.remove(tmp)
    return path


# --------------------------------------------------------------------------- styles

# Processing keeps only a plain pointer to a post-processor, so the Python object must
# outlive the run: hold the most recent ones here.  Processing applies them as soon as
# the run ends, so the last few hundred are plenty even for a long batch.
_LIVE_POST_PROCESSORS = collections.deque(maxlen=256)


class _StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Applies a bundled .qml file, or a graduated renderer on a field, when QGIS loads an output."""

    def __init__(self, qml_path: Optional[str] = None, graduated_field: Optional[str] = None,
                 ramp_name: str = "Reds", classes: int = 5, stretch_to: Optional[float] = None):
        super().__init__()
        self.qml_path = qml_path
        self.graduated_field = graduated_field
        self.ramp_name = ramp_name
        self.classes = classes
        self.stretch_to = stretch_to

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS's name)
        if layer is None:
            return
        if self.qml_path:
            message, ok = layer.loadNamedStyle(self.qml_path)
            if not ok and feedback is not None:
                feedback.pushWarning(tr("Could not apply the style {path}: {error}").format(
                    path=self.qml_path, error=message))
            elif ok and self.stretch_to:
                _stretch_pseudocolor(layer, self.stretch_to)
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


def _stretch_pseudocolor(layer, maximum: float) -> None:
    """Rescale a pseudocolor raster style's class limits from 0 to ``maximum``: the .qml
    fixes the colour ramp, the data fix its range."""
    renderer = layer.renderer()
    shader = getattr(renderer, "shader", lambda: None)()
    function = shader.rasterShaderFunction() if shader is not None else None
    if function is None or not maximum > 0:
        return
    items = function.colorRampItemList()
    old_max = items[-1].value if items and items[-1].value else 1.0
    for item in items:
        item.value = item.value / old_max * maximum
    function.setColorRampItemList(items)
    function.setMinimumValue(0.0)
    function.setMaximumValue(maximum)
    if hasattr(renderer, "setClassificationMin"):
        renderer.setClassificationMin(0.0)
        renderer.setClassificationMax(maximum)


def style_on_load(context, dest_id: str, *, qml_name: Optional[str] = None,
                  graduated_field: Optional[str] = None, ramp_name: str = "Reds",
                  stretch_to: Optional[float] = None) -> None:
    """Style the output ``dest_id``: a bundled .qml (for a raster, optionally stretched
    from 0 to ``stretch_to``) or a graduated renderer on a field.

    The one styling mechanism of the plugin.  The style is applied when QGIS loads the
    output (toolbox runs) and, for a GeoPackage, also stored in its ``layer_styles``
    table as the layer's default, so the output opens styled anywhere (qgis_process,
    models, another machine)."""
    qml_path = os.path.join(STYLES_DIR, qml_name) if qml_name else None
    processor = _StyleOnLoad(qml_path, graduated_field, ramp_name, stretch_to=stretch_to)
    _store_style_in_geopackage(dest_id, processor)
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    _LIVE_POST_PROCESSORS.append(processor)
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)


def _store_style_in_geopackage(dest_id: str, processor: "_StyleOnLoad") -> None:
    """Save the style as the output's default: in a GeoPackage's ``layer_styles`` table,
    or as a ``.qml`` file beside a shapefile or raster (QGIS loads it with the layer)."""
    path = str(dest_id).split("|", 1)[0]
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in (".gpkg", ".shp", ".tif", ".tiff", ".geojson"):
        return
    transaction = _open_transaction()
    if transaction is not None and not getattr(processor, "_deferred", False):
        # the file is moved into place when the run succeeds: store the style after that
        processor._deferred = True
        transaction.add(lambda: _store_style_in_geopackage(dest_id, processor), lambda: None)
        return
    if not os.path.isfile(path):
        return
    if suffix in (".tif", ".tiff"):
        from qgis.core import QgsRasterLayer

        layer = QgsRasterLayer(path, "output")
    else:
        layer = QgsVectorLayer(str(dest_id), "output", "ogr")
    if not layer.isValid():
        return
    processor.postProcessLayer(layer, None, None)
    if suffix != ".gpkg":
        layer.saveNamedStyle(os.path.splitext(path)[0] + ".qml")
        return
    name = os.path.splitext(os.path.basename(path))[0]
    _forget_stored_style(path, layer, name)
    save_v2 = getattr(layer, "saveStyleToDatabaseV2", None)  # QGIS >= 3.44 deprecates the old one
    if save_v2 is not None:
        save_v2(name, "Urban Safety Monitor default style", True, "")
        return
    try:
        layer.saveStyleToDatabase(name, "Urban Safety Monitor default style", True, "")
    except TypeError:  # QGIS >= 3.40 adds a categories argument
        from qgis.core import QgsMapLayer

        layer.saveStyleToDatabase(name, "Urban Safety Monitor default style", True, "",
                                  QgsMapLayer.StyleCategory.AllStyleCategories)


# --------------------------------------------------------------------------- checks before a run


def attribute_fields(algorithm, parameters: dict, name: str, context) -> List[str]:
    """The fields of the layer given for ``name`` without its primary key (a GeoPackage
    'fid' is the provider's key, not data)."""
    source = algorithm.parameterAsSource(parameters, name, context)
    names = [f.name() for f in source.fields()]
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    keys = set()
    if layer is not None and layer.dataProvider() is not None:
        keys = {names[i] for i in layer.dataProvider().pkAttributeIndexes() if i < len(names)}
    return [n for n in names if n not in keys]


def field_parameter_values(algorithm, parameters: dict, name: str, context) -> List[str]:
    """The field names given for a field parameter (one or several), without QGIS's
    deprecated ``parameterAsFields`` where ``parameterAsStrings`` exists (QGIS >= 3.32)."""
    return [v for v in parameter_as_strings(algorithm, parameters, name, context) if v]


def check_fields_exist(algorithm, parameters: dict, context) -> None:
    """Every field named in a field parameter exists in its layer, or a clear error.

    Processing checks field names in the dialog but not from ``qgis_process`` or a
    script, where a typo would otherwise end deep inside the analysis.
    """
    for definition in algorithm.parameterDefinitions():
        if definition.type() != "field":
            continue
        names = field_parameter_values(algorithm, parameters, definition.name(), context)
        parent = definition.parentLayerParameterName()
        if not names or not parent or parameters.get(parent) in (None, ""):
            continue
        source = algorithm.parameterAsSource(parameters, parent, context)
        if source is None:
            raise QgsProcessingException(
                tr("Could not load the layer given for {name}.").format(name=parent))
        available = source.fields().names()
        missing = [n for n in names if n not in available]
        if missing:
            raise QgsProcessingException(
                tr("{parameter}: field {missing} is not in the layer given for {parent}. Its "
                   "fields are: {available}.").format(
                    parameter=definition.name(), missing=", ".join(repr(m) for m in missing),
                    parent=parent, available=", ".join(available)))


def _layer_file(layer) -> Optional[str]:
    """The file behind a layer (vector or raster), or None."""
    if layer is None:
        return None
    try:
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    except Exception:  # noqa: BLE001 -- providers without URI decoding have no file to protect
        return None
    path = parts.get("path")
    return os.path.realpath(path) if path and os.path.isfile(path) else None


def _destination_file(value: str) -> Tuple[Optional[str], bool]:
    """(file, names_a_layer) of a destination string; layer-qualified destinations such as
    ``ogr:dbname='x.gpkg' table="new"`` add a layer to an existing file."""
    if not value or value.startswith(("memory:", "postgres:", "spatialite:", "mssql:")):
        return None, False
    if value.startswith("ogr:"):
        parts = QgsProviderRegistry.instance().decodeUri("ogr", value[4:].replace("dbname=", ""))
        path = parts.get("path") or ""
        return (os.path.realpath(path.strip("'\"")) if path else None), True
    path = value.split("|", 1)[0]
    return os.path.realpath(path), "|layername=" in value


def check_outputs_spare_inputs(algorithm, parameters: dict, context) -> None:
    """Refuse to run when an output would replace a file an input layer is read from.

    Writing a GeoPackage output over an input GeoPackage replaces the whole file, so
    every layer in it would be lost.  A new layer in the same file is allowed when the
    destination names it (``ogr:dbname=... table=...``).
    """
    inputs = {}
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination() or parameters.get(definition.name()) in (None, ""):
            continue
        kind = definition.type()
        layers = []
        paths = []
        if kind in ("source", "vector"):
            layers = [algorithm.parameterAsVectorLayer(parameters, definition.name(), context)]
        elif kind == "raster":
            layers = [algorithm.parameterAsRasterLayer(parameters, definition.name(), context)]
        elif kind == "multilayer":
            layers = algorithm.parameterAsLayerList(parameters, definition.name(), context)
        elif kind == "file":   # a configuration, catalogue, rule file or layout template
            text = algorithm.parameterAsFile(parameters, definition.name(), context)
            if text and os.path.isfile(text):
                paths = [os.path.realpath(text)]
        paths += [path for path in map(_layer_file, layers) if path]
        for path in paths:
            inputs.setdefault(path, []).append(definition.name())
    if not inputs:
        return
    for definition in algorithm.parameterDefinitions():
        if not definition.isDestination():
            continue
        value = parameters.get(definition.name())
        if value is None:
            continue
        path, names_layer = _destination_file(_destination_text(value))
        if path in inputs and not names_layer:
            raise QgsProcessingException(
                tr("The output {name} ({path}) is the file that {inputs} is read from; writing "
                   "it would replace that file and every layer in it. Choose another file name "
                   "(inputs are never modified).").format(
                    name=definition.name(), path=path, inputs=", ".join(inputs[path])))


# --------------------------------------------------------------------------- provenance


def _parameter_value_as_data(value):
    """A parameter value as plain JSON data that processing.run accepts again."""
    from qgis.core import QgsMapLayer, QgsProcessingOutputLayerDefinition, QgsProperty

    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return _parameter_value_as_data(value.source)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        return _parameter_value_as_data(value.sink)
    if isinstance(value, QgsProperty):
        return value.staticValue()
    if isinstance(value, QgsMapLayer):
        return value.source()
    if isinstance(value, (list, tuple)):
        return [_parameter_value_as_data(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _file_sha256(path: str) -> Optional[str]:
    import hashlib

    if not path or not os.path.isfile(path):
        return None
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _library_versions() -> Dict[str, str]:
    import importlib
    import sys

    versions = {"python": sys.version.split()[0]}
    for name in ("numpy", "scipy", "pandas", "geopandas", "shapely", "pyproj", "pyogrio"):
        try:
            versions[name] = str(getattr(importlib.import_module(name), "__version__", "?"))
        except ImportError:
            versions[name] = "not installed"
    versions["geos"] = ".".join(map(str, shapely.geos_version))
    try:
        import pyproj

        versions["proj"] = pyproj.proj_version_str
    except (ImportError, AttributeError):
        pass
    return versions


def provenance_record(algorithm, parameters: dict, context, results: dict, started: str,
                      plugin_version: str, hash_inputs: bool = True) -> dict:
    """How an output was made: the algorithm, every parameter (re-runnable as given), each
    input file with its feature count and SHA-256, the versions of the plugin, QGIS, Python
    and libraries, the outputs and the time (hashing reads every input file, so it is
    done only when ``hash_inputs``).  Rerunning ``processing.run(record["algorithm"],
    record["parameters"])`` on the same inputs reproduces the outputs."""
    import datetime

    from qgis.core import Qgis

    values, inputs = {}, []
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        if name == "PROVENANCE":
            continue
        if name not in parameters:
            # a default (a seed, a number of runs) is recorded too: the rerun must not
            # depend on the defaults of the plugin version that reruns it
            if not definition.isDestination() and definition.defaultValue() is not None:
                values[name] = _parameter_value_as_data(definition.defaultValue())
            continue
        values[name] = _parameter_value_as_data(parameters[name])
        if definition.isDestination() or definition.type() not in ("source", "vector", "raster"):
            continue
        layer = (algorithm.parameterAsRasterLayer(parameters, name, context)
                 if definition.type() == "raster"
                 else algorithm.parameterAsVectorLayer(parameters, name, context))
        if layer is None:
            continue
        path = _layer_file(layer)
        inputs.append({"parameter": name, "source": layer.source(),
                       "features": layer.featureCount() if hasattr(layer, "featureCount") else None,
                       "sha256": _file_sha256(path) if hash_inputs else None})
    return {
        "algorithm": f"usm:{algorithm.name()}",
        "parameters": values,
        "inputs": inputs,
        "outputs": {k: _parameter_value_as_data(v) for k, v in results.items()},
        "plugin": {"name": "Urban Safety Monitor", "version": plugin_version},
        "qgis": Qgis.version(),
        "libraries": _library_versions(),
        "started": started,
        "finished": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    }


def write_provenance(record: dict, path: Optional[str], results: dict, feedback) -> None:
    """The record as JSON in ``path`` (if given) and in each GeoPackage output's metadata."""
    import json

    text = json.dumps(record, indent=2, ensure_ascii=False, default=str)
    if path:
        folder = os.path.dirname(os.path.abspath(path))
        if not os.access(folder, os.W_OK):
            raise QgsProcessingException(
                tr("Cannot write the provenance record {path}: the folder is not "
                   "writable.").format(path=path))
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    for value in results.values():
        target = str(value).split("|", 1)[0] if isinstance(value, str) else ""
        if target.lower().endswith(".gpkg") and os.path.isfile(target):
            _gpkg_metadata(str(value), record, text, feedback)


def _gpkg_metadata(uri: str, record: dict, text: str, feedback) -> None:
    """Store the record in a GeoPackage layer's metadata (gpkg_metadata), as QGIS does."""
    from qgis.core import QgsLayerMetadata

    metadata = QgsLayerMetadata()
    metadata.setTitle(os.path.splitext(os.path.basename(uri.split("|", 1)[0]))[0])
    metadata.setAbstract(f"Made by {record['algorithm']} (Urban Safety Monitor "
                         f"{record['plugin']['version']}) on {record['finished']}.\n"
                         f"Provenance record (JSON):\n{text}")
    metadata.setKeywords({"provenance": [record["algorithm"]]})
    if "layername=" not in uri:  # Processing names the layer after the file
        uri = f"{uri.split('|', 1)[0]}|layername={metadata.title()}"
    try:
        QgsProviderRegistry.instance().saveLayerMetadata("ogr", uri, metadata)
    except Exception as error:  # noqa: BLE001 -- metadata is a convenience; the JSON is the record
        if feedback is not None:
            feedback.pushInfo(tr("Provenance not stored in {uri}: {error}").format(
                uri=uri, error=error))


def create_geopackage(path: str) -> None:
    """An empty GeoPackage that algorithms then add layers to (``ogr:dbname=... table=...``)."""
    from osgeo import gdal

    folder = os.path.dirname(os.path.abspath(path))
    if not os.access(folder, os.W_OK):
        raise QgsProcessingException(
            tr("Cannot create {path}: the folder is not writable.").format(path=path))
    dataset = gdal.GetDriverByName("GPKG").Create(path, 0, 0, 0, gdal.GDT_Unknown)
    if dataset is None:
        raise QgsProcessingException(tr("Cannot create the GeoPackage {path}: {error}").format(
            path=path, error=gdal.GetLastErrorMsg()))
    dataset = None  # closes the file


def remove_geopackage(path: str) -> None:
    """A GeoPackage and its SQLite side files (write-ahead log, shared memory)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def publish_geopackage(staged: str, final: str) -> None:
    """Copy a staged GeoPackage to its final place in one consistent step, then remove it.

    QGIS keeps pooled connections to a GeoPackage it wrote, in SQLite's write-ahead-log
    mode, so the last layers may still sit in the ``-wal`` file: renaming the file would
    lose them.  ``VACUUM INTO`` reads the database as SQLite sees it (log included) and
    writes a complete copy, which then replaces ``final``.
    """
    import sqlite3

    copy = final + ".usm-copy"
    if os.path.exists(copy):
        os.remove(copy)
    try:
        connection = sqlite3.connect(staged)
        try:
            connection.execute("VACUUM INTO ?", (copy,))
        finally:
            connection.close()
        os.replace(copy, final)
    except (sqlite3.Error, OSError) as error:
        if os.path.exists(copy):
            os.remove(copy)
        raise QgsProcessingException(
            tr("Could not write {path}: {error}").format(path=final, error=error)) from error
    for suffix in ("-wal", "-shm"):
        if os.path.exists(final + suffix):
            os.remove(final + suffix)  # stale side files of an older package
    remove_geopackage(staged)
# --------------------------------------------------------------------------- typologies


def read_typology_input(algorithm, parameters: dict, name: str, context, feedback, *,
                        stage: Optional[FeedbackAdapter] = None) -> SourceData:
    """The neighbourhood layer with all its fields, in its own CRS (contiguity is topological).

    Features skipped by QGIS's invalid-geometry setting are counted in the notes.
    """
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(tr("Could not load the layer given for {name}.").format(name=name))
    fields = [f.name() for f in source.fields()]
    data = read_source(algorithm, parameters, name, context, feedback, fields=fields,
                       check_validity=True, stage=stage)
    if data.frame.empty:
        raise QgsProcessingException(
            tr("The layer given for {name} has no features.").format(name=name))
    if data.n_invalid_skipped:
        data.notes.warn(tr("{n} neighbourhoods with invalid geometry were skipped (Processing's "
                           "invalid geometry setting) and have no type.").format(
            n=data.n_invalid_skipped))
    return data


def _frame_with(data: SourceData, table: pd.DataFrame, feedback) -> gpd.GeoDataFrame:
    """The input features with the result columns (all but the first, the id) appended;
    input fields of the same names are replaced (said in the log)."""
    frame = data.frame
    new_columns = [c for c in table.columns[1:]]
    replaced = [c for c in new_columns if c in frame.columns]
    if replaced:
        feedback.pushWarning(tr("Warning: input fields replaced by the new values: {fields}"
                                ).format(fields=", ".join(replaced)))
    out = frame.drop(columns=replaced)
    for column in new_columns:
        out[column] = table[column].to_numpy()
    geometry_name = frame.geometry.name
    return gpd.GeoDataFrame(out[[c for c in out.columns if c != geometry_name] + [geometry_name]],
                            geometry=geometry_name)


def write_typology_outputs(algorithm, parameters: dict, context, feedback, data: SourceData,
                           result, names: Dict[str, str]) -> Dict[str, str]:
    """Write the typed neighbourhoods and, when asked for, the k table and the profiles."""
    out = _frame_with(data, result.table, feedback)
    outputs = {names["OUTPUT"]: write_frame(algorithm, parameters, names["OUTPUT"], context, out,
                                            data.source_crs, feedback=feedback)}
    for key, frame_out in (("K_TABLE", result.k_table), ("PROFILES", result.profiles)):
        if parameters.get(names[key]):
            outputs[names[key]] = write_frame(algorithm, parameters, names[key], context,
                                              frame_out, None, feedback=feedback)
    return outputs


def write_target_outputs(algorithm, parameters: dict, context, feedback, data: SourceData,
                         result, output: str, by_type: str) -> Dict[str, str]:
    """Write the neighbourhoods with their projected targets and, when asked for, the changes
    by type."""
    out = _frame_with(data, result.table, feedback)
    outputs = {output: write_frame(algorithm, parameters, output, context, out,
                                   data.source_crs, feedback=feedback)}
    if parameters.get(by_type):
        outputs[by_type] = write_frame(algorithm, parameters, by_type, context, result.by_type,
                                       None, feedback=feedback)
    return outputs




class _TypeStyleOnLoad(_StyleOnLoad):
    """The bundled type style, with each category labelled by its type's name."""

    def __init__(self, qml_path: str, labels: Dict[int, str]):
        super().__init__(qml_path)
        self.labels = labels

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS's name)
        super().postProcessLayer(layer, context, feedback)
        renderer = layer.renderer() if layer is not None else None
        if renderer is None or not hasattr(renderer, "categories"):
            return
        for index, category in enumerate(renderer.categories()):
            try:
                value = int(category.value())
            except (TypeError, ValueError):
                continue
            if value in self.labels:
                renderer.updateCategoryLabel(index, f"{value} {self.labels[value]}")
            else:
                renderer.updateCategoryRenderState(index, False)
        layer.triggerRepaint()


def style_types_on_load(context, dest_id: str, result) -> None:
    """Style the typology output when QGIS loads it: one colour per type (up to 10 readable),
    representatives outlined, categories labelled with the type names; stored with a
    GeoPackage output too."""
    labels = {t.type_id: t.name for t in result.names}
    processor = _TypeStyleOnLoad(os.path.join(STYLES_DIR, "typology_types.qml"), labels)
    _store_style_in_geopackage(dest_id, processor)
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    _LIVE_POST_PROCESSORS.append(processor)
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)


# --------------------------------------------------------------------------- CPTED (street-segment audit)


def _line_wkb_type():
    return WkbType.LINE


LINE_STRING = _line_wkb_type()


def layer_point_xy(layer, target_crs: QgsCoordinateReferenceSystem, context, feedback,
                   notes: Notes, what: str) -> np.ndarray:
    """Coordinates (n, 2) of the points of a map layer (from a multiple-layer parameter) in
    ``target_crs``; MultiPoints exploded, null geometries left out and counted."""
    geometries, n_null = _layer_geometries(layer, target_crs, context, feedback, what)
    if n_null:
        notes.warn(tr("{what} ({layer}): {n} features without geometry left out").format(
            what=what, layer=layer.name(), n=n_null))
    kinds = set(shapely.get_type_id(geometries).tolist())
    if not kinds <= {0, 4}:
        raise QgsProcessingException(tr("{what} ({layer}) must be a point layer.").format(
            what=what, layer=layer.name()))
    return shapely.get_coordinates(geometries)


def layer_geometries(layer, target_crs: QgsCoordinateReferenceSystem, context, feedback,
                     what: str) -> np.ndarray:
    """Shapely geometries (2-D) of a map layer from a multiple-layer parameter, in
    ``target_crs``; null and empty geometries left out."""
    return _layer_geometries(layer, target_crs, context, feedback, what)[0]


def _layer_geometries(layer, target_crs, context, feedback, what):
    """(present geometries, number of null or empty ones) of a map layer in ``target_crs``,
    decoded like every other read (curves segmentised, Z/M dropped)."""
    if layer is None or not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        raise QgsProcessingException(tr("{what}: could not load the layer.").format(what=what))
    require_crs(layer.crs(), f"{what} ({layer.name()})")
    request = QgsFeatureRequest().setNoAttributes()
    request.setDestinationCrs(target_crs, context.transformContext())
    wkbs = []
    for count, feature in enumerate(layer.getFeatures(request)):
        if count % 20000 == 0:
            raise_if_cancelled(feedback)
        geometry = feature.geometry()
        wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
    stats = _new_wkb_stats()
    geometries = decode_wkb(wkbs, stats)
    notes = Notes()
    wkb_report(notes, f"{what} ({layer.name()})", stats)
    push_notes(feedback, notes)
    present = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
    return geometries[present], int((~present).sum())


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
    """Write a text output (an HTML report) as UTF-8 under a temporary name, then rename
    it, so an interrupted run never leaves a half-written page."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    tmp = path + ".part"
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError as error:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise QgsProcessingException(
            tr("Cannot write {path}: {error}").format(path=path, error=error)) from error
    return path


# --------------------------------------------------------------------------- reliability checks


def _require_geometries(frame, point_xy, skipped, source, name: str) -> None:
    """A clear error when a layer read for its geometries has none to analyse: no
    features, or every geometry null or empty (or skipped as invalid).  RELIABILITY row 4."""
    if source.wkbType() == WkbType.NO_GEOMETRY:
        return
    n_skipped = 0 if skipped is None else len(skipped)
    if len(frame) == 0 and n_skipped == 0:
        raise QgsProcessingException(
            (tr("The layer given for {name} is empty: it has no features (none selected).")
             if source.featureCount() > 0 else
             tr("The layer given for {name} is empty: it has no features.")).format(name=name))
    geometry = np.asarray(frame.geometry.values, dtype=object)
    present = ~(shapely.is_missing(geometry) | shapely.is_empty(geometry))
    if point_xy is not None:
        present |= np.isfinite(point_xy[0]) & np.isfinite(point_xy[1])
    if not present.any():
        detail = (tr("; {n} more were skipped as invalid").format(n=n_skipped) if n_skipped
                  else "")
        raise QgsProcessingException(
            tr("The layer given for {name} has no geometries to analyse: its {n} feature(s) all "
               "have a null or empty geometry{detail}.").format(name=name, n=len(frame),
                                                               detail=detail))


# --------------------------------------------------------------------------- all outputs or none

import threading  # noqa: E402 (kept with the section that uses it)

_RUNS = threading.local()


class _OutputTransaction:
    """Outputs of one run, written under temporary names, moved into place together when
    the run succeeds and removed when it fails or is cancelled: a run never leaves some of
    its outputs in place while it reports an error (RELIABILITY rows 6 and 23)."""

    def __init__(self):
        self.moves, self.discards = [], []

    def add(self, move, discard) -> None:
        self.moves.append(move)
        self.discards.append(discard)

    def commit(self) -> None:
        for move in self.moves:
            move()

    def rollback(self) -> None:
        for discard in self.discards:
            try:
                discard()
            except OSError:
                pass


def _open_transaction() -> Optional[_OutputTransaction]:
    stack = getattr(_RUNS, "stack", None)
    return stack[-1] if stack else None


class output_transaction:  # noqa: N801 (used as a context manager, like open())
    """``with output_transaction(feedback): ...`` — every output written by the bridge
    inside the block is moved into place only when the block ends without an error and
    without a cancellation; otherwise none is."""

    def __init__(self, feedback=None):
        self.feedback = feedback

    def __enter__(self):
        if not hasattr(_RUNS, "stack"):
            _RUNS.stack = []
        self.transaction = _OutputTransaction()
        _RUNS.stack.append(self.transaction)
        return self.transaction

    def __exit__(self, kind, error, trace):
        _RUNS.stack.remove(self.transaction)
        if kind is None and self.feedback is not None and self.feedback.isCanceled():
            self.transaction.rollback()
            raise QgsProcessingException(tr("Cancelled by the user; no output was written."))
        if kind is None:
            try:
                self.transaction.commit()
            except BaseException:
                self.transaction.rollback()
                raise
        else:
            self.transaction.rollback()
        return False


def check_destinations_writable(algorithm, parameters: dict, context) -> None:
    """Before a run: every file output can be created (its folder exists and is writable,
    an existing file is writable), so a run never computes for minutes and then fails, or
    writes some outputs and not others."""
    for definition in algorithm.parameterDefinitions():
        if not definition.isDestination():
            continue
        value = parameters.get(definition.name())
        if value is None:
            continue
        text = _destination_text(value)
        if not text or text == "TEMPORARY_OUTPUT" or re.match(r"^[A-Za-z][A-Za-z0-9]+:", text):
            continue
        path = os.path.abspath(text.split("|", 1)[0])
        _check_writable(path, definition.name(), [])


# --------------------------------------------------------------------------- overlaps


def report_overlaps(data: SourceData, id_field: Optional[str], notes: Notes,
                    what: str = "neighbourhoods", consequence: str = "") -> None:
    """Warn with the overlapping pairs (by id) and their shared area in m2 (RELIABILITY row 10).

    Layers read in a CRS that does not measure in metres are measured in their UTM zone
    for the report."""
    from .core.geometry.overlaps import describe_overlaps

    frame = data.frame
    if len(frame) < 2:
        return
    if not measures_in_metres(data.crs):
        try:
            frame = frame.to_crs(frame.estimate_utm_crs())
        except Exception:  # noqa: BLE001 -- the report is a courtesy; never fail a run on it
            return
    ids = frame[id_field].to_numpy(dtype=object) if id_field and id_field in frame.columns \
        else frame.index.to_numpy()
    line = describe_overlaps(np.asarray(frame.geometry.values, dtype=object), ids, what,
                             consequence or "Results in an overlap belong to both or to one of "
                             "them; fix the boundaries so that they do not overlap.")
    if line:
        notes.warn(line)


# --------------------------------------------------------------------------- attribute values


def numeric_values(values, field_name: str, notes: Notes, what: str = "feature(s)") -> np.ndarray:
    """An attribute column as floats: text that is not a number, NULL, NaN and infinite
    values become missing (NaN, never 0) and are counted in a warning naming the field
    (RELIABILITY rows 15 and 17)."""
    numbers, counts = _numeric_counts(values)
    _note_numeric(notes, field_name, counts, what)
    return numbers


def _numeric_counts(values):
    """numeric_values' numbers and ``[n not numeric, first 3 examples, n infinite, n blank]``."""
    series = pd.Series(np.asarray(values, dtype=object))
    numbers = np.array(pd.to_numeric(series, errors="coerce"), dtype=float)  # writable copy
    blank = series.isna().to_numpy() | series.astype(str).str.strip().eq("").to_numpy()
    not_numeric = np.isnan(numbers) & ~blank
    infinite = np.isinf(numbers)
    numbers[infinite] = np.nan
    examples = [str(v) for v in pd.unique(series[not_numeric])[:3]]
    return numbers, [int(not_numeric.sum()), examples, int(infinite.sum()), int(blank.sum())]


def _note_numeric(notes: Notes, field_name: str, counts, what: str) -> None:
    """numeric_values' warning from :func:`_numeric_counts` (which add up over chunks)."""
    n_not_numeric, examples, n_infinite, n_blank = counts
    parts = []
    if n_not_numeric:
        examples = ", ".join(repr(v) for v in examples[:3])
        parts.append(tr("{n} not a number (e.g. {examples})").format(
            n=n_not_numeric, examples=examples))
    if n_infinite:
        parts.append(tr("{n} infinite").format(n=n_infinite))
    if n_blank:
        parts.append(tr("{n} NULL or blank").format(n=n_blank))
    if parts:
        notes.warn(tr("{field}: {counts} {what}: treated as missing, not 0.").format(
            field=field_name, counts="; ".join(parts), what=what))


# ---- neighbourhood profiles and atlas ----

LAYOUTS_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "layouts")
ATLAS_TEMPLATE = os.path.join(LAYOUTS_DIR, "neighbourhood_atlas.qpt")


def check_folder_writable(folder: str, name: str) -> None:
    """Before a run: an output folder exists and is writable, or its parent is (it is then
    created), so that no page is computed for a folder that cannot take it."""
    folder = os.path.abspath(folder)
    existing = folder
    while not os.path.exists(existing):
        parent = os.path.dirname(existing)
        if parent == existing:
            break
        existing = parent
    if not os.path.isdir(existing) or not os.access(existing, os.W_OK | os.X_OK):
        raise QgsProcessingException(
            f"Cannot write the output {name} ({folder}): "
            + ("it is a file, not a folder." if os.path.isfile(existing) else
               f"{existing} is not writable.") + " Choose another output location.")


def write_pages(folder: str, pages, feedback=None) -> List[str]:
    """Write (file name, text) pages into ``folder``, all or none.

    The pages go to a hidden staging folder inside ``folder`` first; they replace the
    files of the same names when the run's :func:`output_transaction` succeeds and are
    removed when it fails or is cancelled, so a folder never holds a half-written set.
    ``pages`` may be a generator: cancellation is checked between pages.
    """
    import shutil

    folder = os.path.abspath(folder)
    try:
        os.makedirs(folder, exist_ok=True)
        stage = os.path.join(folder, f".usm-part{os.getpid()}")
        if os.path.exists(stage):
            shutil.rmtree(stage)
        os.makedirs(stage)
    except OSError as error:
        raise QgsProcessingException(f"Cannot write into {folder}: {error}") from error
    names = []
    try:
        for name, text in pages:
            raise_if_cancelled(feedback)
            with open(os.path.join(stage, name), "w", encoding="utf-8") as handle:
                handle.write(text)
            names.append(name)
    except BaseException as error:
        shutil.rmtree(stage, ignore_errors=True)
        if isinstance(error, OSError):
            raise QgsProcessingException(f"Cannot write the pages into {folder}: "
                                         f"{error}") from error
        raise

    def move():
        for name in names:
            os.replace(os.path.join(stage, name), os.path.join(folder, name))
        shutil.rmtree(stage, ignore_errors=True)

    transaction = _open_transaction()
    if transaction is not None:
        transaction.add(move, lambda: shutil.rmtree(stage, ignore_errors=True))
    else:
        move()
    return [os.path.join(folder, name) for name in names]


def source_layer(algorithm, parameters: dict, name: str, context):
    """The vector layer behind a source parameter, also when it is given as a feature source
    definition (selected features only, a feature limit), which ``parameterAsVectorLayer``
    does not resolve on every QGIS version."""
    from qgis.core import QgsProcessingUtils

    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is not None:
        return layer
    definition = _source_definition(parameters, name)
    if definition is None:
        return None
    value = definition.source.staticValue() if hasattr(definition.source, "staticValue") \
        else definition.source
    layer = QgsProcessingUtils.mapLayerFromString(str(value), context)
    return layer if isinstance(layer, QgsVectorLayer) else None


def _atlas_renderer(layer, hotspot_field: Optional[str], colour_field: Optional[str]):
    """The neighbourhoods' style on the atlas map: hot-spot classes (the bundled Gi* or
    Local Moran style on the given field), else a graduated style on ``colour_field``."""
    if hotspot_field:
        numeric = layer.fields().field(hotspot_field).isNumeric()
        qml = "hot_spot_bins.qml" if numeric else "local_moran_types.qml"
        layer.loadNamedStyle(os.path.join(STYLES_DIR, qml))
        renderer = layer.renderer()
        if hasattr(renderer, "setClassAttribute"):
            renderer.setClassAttribute(hotspot_field)
        return
    if colour_field:
        layer.setRenderer(graduated_renderer(layer, colour_field, "OrRd", 5))
        return
    # neither: a fixed light fill (the layer's own default symbol has a random colour,
    # which would make two runs draw, and write, different atlases)
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "225,225,225,255", "outline_color": "110,110,110,255",
         "outline_width": "0.26"})))


def _focus_layer(layer):
    """A copy of the neighbourhood layer drawing only the atlas page's neighbourhood, with a
    thick outline."""
    from qgis.core import QgsFillSymbol, QgsRuleBasedRenderer

    focus = layer.clone()
    focus.setName("Neighbourhood of the page")
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "0,0,0,255",
                                         "outline_width": "0.9"})
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, "$id = @atlas_featureid",
                                               "Neighbourhood of the page"))
    focus.setRenderer(QgsRuleBasedRenderer(root))
    return focus


def _load_layout(project, template_path: str):
    from qgis.core import QgsPrintLayout, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    try:
        with open(template_path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as error:
        raise QgsProcessingException(f"Cannot read the layout template {template_path}: "
                                     f"{error}") from error
    document = QDomDocument()
    parsed = document.setContent(text)
    if not (parsed[0] if isinstance(parsed, tuple) else parsed):
        raise QgsProcessingException(f"The layout template {template_path} is not valid XML.")
    layout = QgsPrintLayout(project)
    loaded = layout.loadFromTemplate(document, QgsReadWriteContext())
    ok = loaded[1] if isinstance(loaded, tuple) else bool(loaded)
    if not ok:
        raise QgsProcessingException(f"QGIS could not load the layout template {template_path}.")
    return layout


def _fill_labels(layout, texts: Dict[str, str]) -> None:
    """Replace the ``[usm:<marker>]`` placeholders of the template's labels."""
    from qgis.core import QgsLayoutItemLabel

    for item in layout.items():
        if not isinstance(item, QgsLayoutItemLabel):
            continue
        text = item.text()
        if "[usm:" not in text:
            continue
        for marker, value in texts.items():
            text = text.replace(f"[usm:{marker}]", value)
        item.setText(text)


def atlas_layout(layer, *, feature_ids: Sequence[int], sort_field: str, texts: Dict[str, str],
                 hotspot_field: Optional[str] = None, colour_field: Optional[str] = None,
                 template_path: Optional[str] = None, map_crs=None):
    """A print layout with its atlas on the neighbourhood layer, ready to export: returns
    (layout, project); keep the project alive while the layout is used.

    The layer is cloned into a project of its own (the user's layer and project are never
    changed), drawn in ``map_crs`` (default: the layer's CRS), styled by hot-spot class (or
    graduated on ``colour_field``) with the page's neighbourhood outlined.  The atlas covers
    ``feature_ids`` sorted by ``sort_field`` (a field name or a quoted-field expression).
    The template's labels may hold the
    ``[usm:<marker>]`` placeholders, replaced by ``texts``.
    """
    from qgis.core import QgsLayoutItemMap, QgsProject

    if layer is None or not layer.isValid():
        raise QgsProcessingException("The neighbourhood layer could not be loaded for the atlas.")
    project = QgsProject()
    project.setCrs(map_crs if map_crs is not None else layer.crs())
    coverage = layer.clone()
    coverage.setName("Neighbourhoods")
    _atlas_renderer(coverage, hotspot_field, colour_field)
    focus = _focus_layer(layer)
    layers = [focus, coverage]
    for item in reversed(layers):
        project.addMapLayer(item)
    layout = _load_layout(project, template_path or ATLAS_TEMPLATE)
    for item in layout.items():
        if isinstance(item, QgsLayoutItemMap):
            item.setLayers(layers)
            item.zoomToExtent(coverage.extent())  # keeps the item's size, unlike setExtent
    _fill_labels(layout, texts)
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setFilterFeatures(True)
    atlas.setFilterExpression(f"$id IN ({', '.join(str(int(i)) for i in feature_ids)})"
                              if len(feature_ids) else "FALSE")
    atlas.setSortFeatures(True)
    atlas.setSortAscending(True)
    atlas.setSortExpression(sort_field if sort_field.startswith(("to_real(", '"'))
                            else '"' + sort_field.replace('"', '""') + '"')
    return layout, project


def export_atlas_pdf(layer, path: str, *, feature_ids: Sequence[int], sort_field: str,
                     texts: Dict[str, str], hotspot_field: Optional[str] = None,
                     colour_field: Optional[str] = None, template_path: Optional[str] = None,
                     map_crs=None, feedback=None) -> int:
    """One PDF, one page per neighbourhood, from a print layout template driven by an atlas
    on the neighbourhood layer (see :func:`atlas_layout`); returns the number of pages.

    The PDF is written under a temporary name and moved into place with the run's other
    outputs; ``feedback`` (a QgsFeedback) shows the progress across pages and cancels
    between pages.  The dates and document ids the PDF writer stamps from the clock are
    made fixed (``SOURCE_DATE_EPOCH``, else 1970-01-01 UTC; see
    :mod:`.core.publish.pdf_repro`), so the same inputs write the same bytes.
    """
    from qgis.core import QgsLayoutExporter

    from .qgis_compat import LayoutExportResult

    layout, project = atlas_layout(layer, feature_ids=feature_ids, sort_field=sort_field,
                                   texts=texts, hotspot_field=hotspot_field,
                                   colour_field=colour_field, template_path=template_path,
                                   map_crs=map_crs)
    atlas = layout.atlas()
    tmp = os.path.join(os.path.dirname(os.path.abspath(path)),
                       f".{os.path.basename(path)}.usm-part{os.getpid()}.pdf")
    settings = QgsLayoutExporter.PdfExportSettings()
    # the layout's project is a private one: its metadata is only the time it was made and
    # the account's user name, which QGIS versions that export metadata would stamp
    settings.exportMetadata = False
    result, error = QgsLayoutExporter.exportToPdf(atlas, tmp, settings, feedback)
    pages = atlas.count()
    if result != LayoutExportResult.success() or not os.path.isfile(tmp):
        if os.path.exists(tmp):
            os.remove(tmp)
        if result == LayoutExportResult.canceled() or (feedback is not None
                                                        and feedback.isCanceled()):
            raise QgsProcessingException("Cancelled by the user; no output was written.")
        raise QgsProcessingException(f"The atlas could not be exported to {path}: "
                                     f"{error or 'QGIS reported an error'}")
    _make_pdf_reproducible(tmp, path)
    transaction = _open_transaction()
    if transaction is not None:
        transaction.add(lambda: os.replace(tmp, path),
                        lambda: os.path.exists(tmp) and os.remove(tmp))
    else:
        os.replace(tmp, path)
    return pages
# --------------------------------------------------------------------------- layers of a staged GeoPackage (full diagnosis)


def geopackage_layer_fields(path: str, layer: str) -> List[str]:
    """The field names of one layer of a GeoPackage (empty when the layer does not exist)."""
    from osgeo import ogr

    dataset = ogr.Open(path)
    found = dataset.GetLayerByName(layer) if dataset is not None else None
    if found is None:
        return []
    definition = found.GetLayerDefn()
    return [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]


def read_geopackage_layer(path: str, layer: str, *, geometry: bool = True,
                          columns: Optional[Sequence[str]] = None):
    """One layer of a GeoPackage as a (Geo)DataFrame, attributes as stored (NULL -> None/NaN)
    and the layer's CRS as WKT; only ``columns`` when given.  For the small per-neighbourhood
    layers a chain of steps wrote itself; inputs are read with :func:`read_source`."""
    from osgeo import ogr

    dataset = ogr.Open(path)
    found = dataset.GetLayerByName(layer) if dataset is not None else None
    if found is None:
        raise QgsProcessingException(f"The layer {layer} is missing from {path}.")
    definition = found.GetLayerDefn()
    every = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    wanted = set(every if columns is None else columns)
    positions = [i for i, name in enumerate(every) if name in wanted]
    names = [every[i] for i in positions]
    ignored = [name for name in every if name not in wanted] + ["OGR_STYLE"]
    if not geometry:
        ignored.append("OGR_GEOMETRY")  # attributes only: faster
    found.SetIgnoredFields(ignored)
    rows, wkbs = [], []
    found.ResetReading()
    for feature in found:
        rows.append([feature.GetField(i) if feature.IsFieldSetAndNotNull(i) else None
                     for i in positions])
        if geometry:
            shape = feature.GetGeometryRef()
            wkbs.append(bytes(shape.ExportToIsoWkb()) if shape is not None else None)
    frame = pd.DataFrame(rows, columns=names)
    for index, name in zip(positions, names):
        kind = definition.GetFieldDefn(index).GetType()
        if kind == ogr.OFTReal:
            frame[name] = pd.to_numeric(frame[name], errors="coerce").astype(float)
        elif kind in (ogr.OFTInteger, ogr.OFTInteger64):
            frame[name] = (frame[name].astype("int64") if frame[name].notna().all()
                           else frame[name].astype("Int64"))
    reference = found.GetSpatialRef()
    wkt = reference.ExportToWkt() if reference is not None else ""
    if not geometry:
        return frame, wkt
    shapes = shapely.from_wkb(np.array(wkbs, dtype=object))
    return gpd.GeoDataFrame(frame, geometry=shapes, crs=wkt or None), wkt


def _ogr_field_type(series: pd.Series):
    from osgeo import ogr

    kind = _field_kind(series)
    return {"int": ogr.OFTInteger64, "long": ogr.OFTInteger64, "double": ogr.OFTReal}.get(
        kind, ogr.OFTString)


def write_geopackage_layer(path: str, layer: str, frame: gpd.GeoDataFrame, crs_wkt: str, *,
                           graduated_field: Optional[str] = None, feedback=None) -> str:
    """Add ``frame`` as a new MultiPolygon layer of an existing GeoPackage in one OGR
    transaction (all rows or none), style it (a quantile graduated renderer on
    ``graduated_field``, stored as the layer's default in ``layer_styles``) and return
    its URI.  Missing values become NULL, never 0; every row must be accepted."""
    from osgeo import ogr, osr

    dataset = ogr.Open(path, 1)
    if dataset is None:
        raise QgsProcessingException(f"Cannot open {path} to add the layer {layer}.")
    reference = None
    if crs_wkt:
        reference = osr.SpatialReference()
        reference.ImportFromWkt(crs_wkt)
        reference.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    out = dataset.CreateLayer(layer, reference, ogr.wkbMultiPolygon,
                              ["GEOMETRY_NAME=geom", "FID=fid", "OVERWRITE=YES"])
    if out is None:
        raise QgsProcessingException(f"Cannot create the layer {layer} in {path}: "
                                     f"{gdal_error_message()}")
    geometry = frame.geometry.name
    columns = [c for c in frame.columns if c != geometry]
    for column in columns:
        out.CreateField(ogr.FieldDefn(str(column), _ogr_field_type(frame[column])))
    values = [_python_values(frame[c], _field_kind(frame[c])) for c in columns]
    wkbs = shapely.to_wkb(_as_multi(np.asarray(frame.geometry.values)), output_dimension=2)
    dataset.StartTransaction()
    try:
        for row in range(len(frame)):
            if row % 5000 == 0:
                raise_if_cancelled(feedback)
            feature = ogr.Feature(out.GetLayerDefn())
            for index, column in enumerate(values):
                value = column[row]
                if value is None:
                    feature.SetFieldNull(index)
                else:
                    feature.SetField(index, value if not isinstance(value, QDateTime)
                                     else value.toString("yyyy-MM-ddTHH:mm:ss"))
            if wkbs[row] is not None:
                feature.SetGeometry(ogr.CreateGeometryFromWkb(wkbs[row]))
            if out.CreateFeature(feature) != 0:
                raise QgsProcessingException(f"Could not write row {row} of the layer {layer}: "
                                             f"{gdal_error_message()}")
        dataset.CommitTransaction()
    except BaseException:
        dataset.RollbackTransaction()
        dataset.DeleteLayer(dataset.GetLayerCount() - 1)
        raise
    finally:
        out = None
        dataset = None  # closes the file
    uri = f"{path}|layername={layer}"
    if graduated_field:
        processor = _StyleOnLoad(graduated_field=graduated_field)
        processor._deferred = True  # the package is staged: store the style now, not at run end
        _store_style_in_geopackage(uri, processor)
    return uri


def gdal_error_message() -> str:
    from osgeo import gdal

    return gdal.GetLastErrorMsg() or "unknown GDAL error"


# --------------------------------------------------------------------------- public packages (one geography per data set)

#: Attributes table of a public GeoPackage recording what each public layer was made from.
RELEASE_REGISTER = "usm_public_releases"


def geopackage_destination(value) -> Tuple[Optional[str], Optional[str], bool]:
    """(GeoPackage path, layer name, is a new layer in an existing file) of a sink
    destination: ``ogr:dbname='x.gpkg' table="name"`` adds a layer to a package, a plain
    ``x.gpkg`` replaces the whole file (its layer named after the file); (None, None,
    False) for anything else."""
    text = _destination_text(value) if value is not None else ""
    match = re.match(r"^ogr:dbname='?([^']+?)'?\s+table=\"?([^\" ]+)\"?", text)
    if match and match.group(1).lower().endswith(".gpkg"):
        return os.path.abspath(match.group(1)), match.group(2), True
    if text.lower().endswith(".gpkg") and "|" not in text and not text.startswith("ogr:"):
        return os.path.abspath(text), os.path.splitext(os.path.basename(text))[0], False
    return None, None, False


def source_file_sha256(algorithm, parameters: dict, name: str, context) -> Tuple[str, str]:
    """(the layer's source, SHA-256 of its file or "") of a source parameter."""
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is None:
        return str(_parameter_value_as_data(parameters.get(name))), ""
    return layer.source(), _file_sha256(_layer_file(layer)) or ""


def release_register(path: str) -> Tuple[List[dict], List[str]]:
    """The fingerprints stored in a public package and the layers it holds ([] for a
    file that does not exist or has no register)."""
    import json
    import sqlite3

    if not os.path.isfile(path):
        return [], []
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        layers = [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")]
        if RELEASE_REGISTER not in layers:
            return [], layers
        records = [json.loads(row[0]) for row in
                   connection.execute(f'SELECT record FROM "{RELEASE_REGISTER}"')]
    except sqlite3.Error as error:
        raise QgsProcessingException(f"Cannot read {path} as a GeoPackage: {error}") from error
    finally:
        connection.close()
    return records, layers


def add_to_release_register(path: str, record: dict) -> None:
    """Store (or replace) a layer's fingerprint in the package's register table."""
    import json

    from osgeo import ogr

    dataset = ogr.Open(path, 1)
    if dataset is None:
        raise QgsProcessingException(f"Cannot open {path} to record the public layer.")
    try:
        table = dataset.GetLayerByName(RELEASE_REGISTER)
        if table is None:
            table = dataset.CreateLayer(RELEASE_REGISTER, None, ogr.wkbNone)
            for name in ("layer", "record"):
                table.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        table.SetAttributeFilter(f"layer = '{record['layer'].replace(chr(39), chr(39) * 2)}'")
        stale = [feature.GetFID() for feature in table]
        table.SetAttributeFilter(None)
        for fid in stale:
            table.DeleteFeature(fid)
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetField("layer", record["layer"])
        feature.SetField("record", json.dumps(record, sort_keys=True, ensure_ascii=False))
        if table.CreateFeature(feature) != 0:
            raise QgsProcessingException(f"Could not record the public layer in {path}: "
                                         f"{gdal_error_message()}")
    finally:
        table = None
        dataset = None


def after_outputs_written(action) -> None:
    """Run ``action`` once the run's outputs are in place: at the end of the run when an
    :func:`output_transaction` is open (files move into place then), else now."""
    transaction = _open_transaction()
    if transaction is None:
        action()
    else:
        transaction.add(action, lambda: None)


# --------------------------------------------------------------------------- stored styles replaced, not asked about


def _forget_stored_style(path: str, layer, name: str) -> None:
    """Remove the layer's stored style of that name, if any: a layer written again into a
    package must get its new style without QGIS asking (in a dialog, which never returns
    headless) whether to overwrite the old one."""
    import sqlite3

    table = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("layerName") \
        or name
    try:
        connection = sqlite3.connect(path, timeout=30)
        try:
            with connection:
                connection.execute("DELETE FROM layer_styles WHERE f_table_name = ? AND "
                                   "styleName = ?", (table, name))
        finally:
            connection.close()
    except sqlite3.OperationalError:
        pass  # no layer_styles table yet
# ---- chunked reading (streaming aggregation, bounded memory) ----

#: Peak memory of a whole read of a point layer and its count, per incident: 10 million
#: incidents took 2.25 GB through qgis_process (benchmarks/README.md), ~200 bytes each
#: over the process itself, rounded up.
WHOLE_BYTES_PER_INCIDENT = 230
#: Memory while one chunk is read and counted, per incident of the chunk (Arrow batch,
#: pandas columns, coordinates, placement), with a margin.
CHUNK_BYTES_PER_INCIDENT = 450
#: What the QGIS process, the neighbourhoods and the scratch buffers take besides.
BASE_MB = 450
#: Never chunks smaller than this (below it the per-chunk overhead dominates).
MIN_CHUNK_ROWS = 20_000
#: Share of the limit for the coordinates kept for the stacked-coordinate check before
#: they go to scratch files (16 bytes an incident: 10 million stay in memory at 2 GB).
STACK_SHARE = 0.125


def stack_spill_bytes(memory_limit_mb: float) -> int:
    """Bytes of coordinates the stacked-coordinate check holds in memory under the limit."""
    return int(max(memory_limit_mb * STACK_SHARE, 16) * 2 ** 20)


def chunk_rows_for(n_features: int, memory_limit_mb: float) -> Optional[int]:
    """Incidents per chunk to stay under ``memory_limit_mb``; None to read the layer whole.

    Whole when the estimated peak of a whole read fits: the fast path, unchanged.
    Otherwise as many incidents per chunk as fit in what the limit leaves
    besides the process, with at least two chunks.
    """
    if n_features * WHOLE_BYTES_PER_INCIDENT / 2 ** 20 + BASE_MB <= memory_limit_mb:
        return None
    room = max(memory_limit_mb * (1 - STACK_SHARE) - BASE_MB, 0) * 2 ** 20
    rows = int(room // CHUNK_BYTES_PER_INCIDENT)
    return int(min(max(rows, MIN_CHUNK_ROWS), max(n_features // 2, 1)))


@dataclass
class ChunkedSource:
    """A feature source read in chunks (see :func:`read_source_chunks`).

    ``chunks()`` yields ``(GeoDataFrame, point_xy)`` pairs in feature order, in
    ``crs`` (a pyproj CRS is set on each frame); ``notes`` is complete once the
    chunks have all been read.
    """

    n_features: int
    chunk_rows: int
    crs: QgsCoordinateReferenceSystem
    source_crs: QgsCoordinateReferenceSystem
    read_path: str
    notes: Notes
    chunks: object  # callable returning the generator


def read_source_chunks(algorithm, parameters: dict, name: str, context, feedback, *,
                       fields: Sequence[str], chunk_rows: int,
                       target_crs: Optional[QgsCoordinateReferenceSystem] = None) -> ChunkedSource:
    """Read a point source parameter in chunks of ``chunk_rows`` features.

    A plain file layer (see :func:`_file_of`) with pyarrow is streamed by OGR as
    Arrow record batches (one pass over the file); anything else (memory layers,
    selections, filters, edits, joins, no pyarrow) goes through QGIS feature
    iteration, a chunk at a time.  Plain points come as coordinate arrays, as
    :func:`read_source` with ``points_as_xy``.  Cancellation is checked between
    chunks.  Only for points: no geometry validity rule or repair.
    """
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(f"Could not load the layer given for {name}.")
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    source_crs = source.sourceCrs()
    require_crs(source_crs, f"The layer given for {name}")
    available = [f.name() for f in source.fields()]
    missing = [f for f in fields if f and f not in available]
    if missing:
        raise QgsProcessingException(
            f"Field(s) {', '.join(missing)} not found in the layer given for {name}; "
            f"it has: {', '.join(available)}.")
    fields = [f for f in dict.fromkeys(fields) if f]
    target_crs = target_crs if target_crs is not None else source_crs
    definition = _source_definition(parameters, name)
    special = definition is not None and (
        definition.selectedFeaturesOnly or definition.featureLimit not in (-1, None)
        or bool(getattr(definition, "filterExpression", "")))
    file_info = None if special or not _arrow_available() else _file_of(layer)
    notes = Notes()
    stats = _new_wkb_stats()
    transformer = _transformer(source_crs, target_crs, context) if target_crs != source_crs \
        else None
    crs = pyproj_crs(target_crs)

    def chunks():
        raw = (_file_chunks(file_info, fields, chunk_rows, stats) if file_info is not None
               else _feature_chunks(source, fields, chunk_rows, stats))
        for frame, point_xy in raw:
            raise_if_cancelled(feedback)
            if transformer is not None:
                frame, point_xy = _reproject_points(frame, point_xy, transformer)
            yield frame.set_crs(crs, allow_override=True), point_xy
        wkb_report(notes, name, stats)

    if transformer is not None:
        notes.say(f"{name}: reprojected from {source_crs.authid() or source_crs.description()} "
                  f"to {target_crs.authid() or target_crs.description()}.")
    return ChunkedSource(int(source.featureCount()), int(chunk_rows), target_crs, source_crs,
                         "file" if file_info is not None else "features", notes, chunks)


def _file_chunks(info, fields, chunk_rows, stats):
    """(frame, point_xy) per Arrow record batch of an OGR layer, in feature order."""
    import pyarrow as pa
    import pyogrio

    fid_column = pyogrio.read_info(info["path"], layer=info["layer"]).get("fid_column") or ""
    attribute_fields = [f for f in fields if f != fid_column]
    with pyogrio.raw.open_arrow(info["path"], layer=info["layer"], columns=attribute_fields,
                                return_fids=True, batch_size=int(chunk_rows),
                                use_pyarrow=True) as (meta, reader):
        for batch in reader:
            table = pa.Table.from_batches([batch])
            del batch
            index, columns, offsets, data = _arrow_columns(meta, table, attribute_fields, True)
            if fid_column in fields:
                columns[fid_column] = pd.Series(index.to_numpy(), index=index)
            geometries, point_xy = _geometries_from_wkb_buffer(offsets, data, True, stats)
            del table, offsets, data
            frame = gpd.GeoDataFrame(columns, index=index, geometry=geometries)
            yield frame[[*fields, "geometry"]], point_xy


def _feature_chunks(source, fields, chunk_rows, stats):
    """(frame, point_xy) per ``chunk_rows`` features iterated by QGIS."""
    request = QgsFeatureRequest()
    source_fields = source.fields()
    indices = [source_fields.lookupField(f) for f in fields]
    request.setSubsetOfAttributes(indices)

    def frame_of(ids, wkbs, columns):
        frame = gpd.GeoDataFrame(pd.DataFrame(columns, index=pd.Index(ids, dtype="int64")),
                                 geometry=decode_wkb(wkbs, stats))
        return frame, None

    ids, wkbs, columns = [], [], {f: [] for f in fields}
    for feature in source.getFeatures(request):
        ids.append(feature.id())
        geometry = feature.geometry()
        wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
        attributes = feature.attributes()
        for field_name, index in zip(fields, indices):
            columns[field_name].append(_qvariant_to_python(attributes[index]))
        if len(ids) >= chunk_rows:
            yield frame_of(ids, wkbs, columns)
            ids, wkbs, columns = [], [], {f: [] for f in fields}
    if ids:
        yield frame_of(ids, wkbs, columns)


def _reproject_points(frame, point_xy, transformer):
    """A chunk's geometries and plain-point coordinates moved by a QGIS-built transformer."""
    moved = shapely.transform(np.asarray(frame.geometry.values), lambda xy: np.column_stack(
        transformer.transform(xy[:, 0], xy[:, 1])))
    frame = gpd.GeoDataFrame(frame.drop(columns="geometry"), geometry=moved, index=frame.index)
    if point_xy is not None:
        point_xy = tuple(np.asarray(v, dtype=float) for v in transformer.transform(*point_xy))
    return frame, point_xy


def _compact_chunk(frame, point_xy):
    """A chunk with its plain points as coordinates only (``point_xy``), as the file path
    gives them; the feature path builds point objects: take them apart here."""
    if point_xy is not None:
        return frame, point_xy
    from .core.joins.aggregation import _plain_point_xy

    geometry = np.asarray(frame.geometry.values, dtype=object)
    point_xy = _plain_point_xy(geometry)
    plain = np.isfinite(point_xy[0]) & np.isfinite(point_xy[1]) & (
        shapely.get_type_id(geometry) == 0)
    point_xy = (np.where(plain, point_xy[0], np.nan), np.where(plain, point_xy[1], np.nan))
    geometry = np.where(plain, None, geometry)
    frame = gpd.GeoDataFrame(frame.drop(columns="geometry"), geometry=geometry,
                             index=frame.index)
    return frame, point_xy


# ---- kernel density in two passes (bounded memory) ----

def density_point_chunks(chunked: ChunkedSource, weight: Optional[str],
                         notes: Optional[Notes] = None, stacks=None):
    """``(x, y, weights)`` per chunk of a point layer, for ``core.density.kernel_density_chunks``.

    ``chunked`` comes from :func:`read_source_chunks`; each call reads the layer
    again.  Coordinates and weights are those :func:`point_coordinates` and
    :func:`numeric_values` give on the whole layer (MultiPoints at their first
    point, null geometries and weights that are not numbers left out).  With
    ``notes``, their warnings are added after the last chunk, counts summed over
    the chunks (the stacked-coordinate check: give ``stacks``, a
    ``core.geometry.stacked.StackCounter``, and report its result).
    """
    point_counts = [0, 0, 0]
    weight_counts = [0, [], 0, 0]
    for frame, point_xy in chunked.chunks():
        frame, point_xy = _compact_chunk(frame, point_xy)
        geometry = np.asarray(frame.geometry.values, dtype=object)
        x, y, rows, counts = _plain_and_other_points(geometry, point_xy)
        point_counts = [a + b for a, b in zip(point_counts, counts)]
        if stacks is not None:
            stacks.add(x, y)
        weights = None
        if weight:
            values, counts = _numeric_counts(frame[weight].to_numpy(dtype=object))
            weights = values[rows]
            weight_counts[0] += counts[0]
            weight_counts[1] += [e for e in counts[1] if e not in weight_counts[1]]
            weight_counts[2] += counts[2]
            weight_counts[3] += counts[3]
        del frame, geometry, point_xy
        yield x, y, weights
    if notes is not None:
        from .core.stats.density import note_point_parts

        notes.extend(chunked.notes)
        note_point_parts(notes, *point_counts)
        if stacks is not None:
            from .core.geometry.stacked import note_stacks

            note_stacks(notes, *stacks.result())
        if weight:
            _note_numeric(notes, weight, weight_counts, "incident weight(s)")


# ---- reproducible PDF ----
def _make_pdf_reproducible(tmp: str, path: str) -> None:
    """Rewrite the exported PDF ``tmp`` in place with fixed dates and ids (same length)."""
    from .core.publish.pdf_repro import reproducible_pdf

    try:
        with open(tmp, "rb") as handle:
            data = handle.read()
        fixed = reproducible_pdf(data)
        if fixed != data:
            with open(tmp, "r+b") as handle:
                handle.write(fixed)
    except OSError as error:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise QgsProcessingException(f"The atlas could not be written to {path}: "
                                     f"{error}") from error
