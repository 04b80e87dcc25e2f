"""QGIS enums that moved between QGIS 3.22 and QGIS 4 (Qt 6), resolved once.

QGIS 3.22 exposes scoped enums on the classes (``QgsProcessing.SourceType``);
later 3.x releases and QGIS 4 move them to ``Qgis`` and drop the old names.
Everything of ours that needs one of these takes it from here.
"""

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)


def _first(*getters):
    for getter in getters:
        try:
            return getter()
        except AttributeError:
            continue
    raise AttributeError("no candidate enum exists in this QGIS version")


class SourceType:
    POINT = _first(lambda: Qgis.ProcessingSourceType.VectorPoint,
                   lambda: QgsProcessing.SourceType.TypeVectorPoint)
    LINE = _first(lambda: Qgis.ProcessingSourceType.VectorLine,
                  lambda: QgsProcessing.SourceType.TypeVectorLine)
    POLYGON = _first(lambda: Qgis.ProcessingSourceType.VectorPolygon,
                     lambda: QgsProcessing.SourceType.TypeVectorPolygon)
    ANY_GEOMETRY = _first(lambda: Qgis.ProcessingSourceType.VectorAnyGeometry,
                          lambda: QgsProcessing.SourceType.TypeVectorAnyGeometry)
    TABLE = _first(lambda: Qgis.ProcessingSourceType.Vector,
                   lambda: QgsProcessing.SourceType.TypeVector)
    RASTER = _first(lambda: Qgis.ProcessingSourceType.Raster,
                    lambda: QgsProcessing.SourceType.TypeRaster)


class ParameterFlag:
    ADVANCED = _first(lambda: Qgis.ProcessingParameterFlag.Advanced,
                      lambda: QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    OPTIONAL = _first(lambda: Qgis.ProcessingParameterFlag.Optional,
                      lambda: QgsProcessingParameterDefinition.Flag.FlagOptional)


class NumberType:
    DOUBLE = _first(lambda: Qgis.ProcessingNumberParameterType.Double,
                    lambda: QgsProcessingParameterNumber.Type.Double)
    INTEGER = _first(lambda: Qgis.ProcessingNumberParameterType.Integer,
                     lambda: QgsProcessingParameterNumber.Type.Integer)


class FieldType:
    ANY = _first(lambda: Qgis.ProcessingFieldParameterDataType.Any,
                 lambda: QgsProcessingParameterField.DataType.Any)
    NUMERIC = _first(lambda: Qgis.ProcessingFieldParameterDataType.Numeric,
                     lambda: QgsProcessingParameterField.DataType.Numeric)
    STRING = _first(lambda: Qgis.ProcessingFieldParameterDataType.String,
                    lambda: QgsProcessingParameterField.DataType.String)
    DATETIME = _first(lambda: Qgis.ProcessingFieldParameterDataType.DateTime,
                      lambda: QgsProcessingParameterField.DataType.DateTime)


class GeometryCheck:
    NO_CHECK = _first(lambda: Qgis.InvalidGeometryCheck.NoCheck,
                      lambda: QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    SKIP_INVALID = _first(lambda: Qgis.InvalidGeometryCheck.SkipInvalid,
                          lambda: QgsFeatureRequest.InvalidGeometryCheck.GeometrySkipInvalid)
    ABORT_ON_INVALID = _first(lambda: Qgis.InvalidGeometryCheck.AbortOnInvalid,
                              lambda: QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid)


class WkbType:
    NO_GEOMETRY = _first(lambda: Qgis.WkbType.NoGeometry, lambda: QgsWkbTypes.Type.NoGeometry)
    POINT = _first(lambda: Qgis.WkbType.Point, lambda: QgsWkbTypes.Type.Point)
    MULTI_POLYGON = _first(lambda: Qgis.WkbType.MultiPolygon, lambda: QgsWkbTypes.Type.MultiPolygon)
    POLYGON = _first(lambda: Qgis.WkbType.Polygon, lambda: QgsWkbTypes.Type.Polygon)
    LINE = _first(lambda: Qgis.WkbType.LineString, lambda: QgsWkbTypes.Type.LineString)
    MULTI_LINE = _first(lambda: Qgis.WkbType.MultiLineString,
                        lambda: QgsWkbTypes.Type.MultiLineString)


class FeatureRequestFlag:
    NO_GEOMETRY = _first(lambda: Qgis.FeatureRequestFlag.NoGeometry,
                         lambda: QgsFeatureRequest.Flag.NoGeometry)


class FeatureSinkFlag:
    FAST_INSERT = _first(lambda: Qgis.FeatureSinkFlag.FastInsert,
                         lambda: QgsFeatureSink.Flag.FastInsert)


class SourceDefinitionFlag:
    OVERRIDE_DEFAULT_GEOMETRY_CHECK = _first(
        lambda: Qgis.ProcessingFeatureSourceDefinitionFlag.OverrideDefaultGeometryCheck,
        lambda: QgsProcessingFeatureSourceDefinition.Flag.FlagOverrideDefaultGeometryCheck)


class FieldOrigin:
    PROVIDER = _first(lambda: Qgis.FieldOrigin.Provider,
                      lambda: QgsFields.FieldOrigin.OriginProvider)


class SourceFlag:
    SKIP_GEOMETRY_VALIDITY_CHECKS = _first(
        lambda: Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks,
        lambda: QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)


class CrsWkt:
    PREFERRED = _first(lambda: Qgis.CrsWktVariant.Preferred,
                       lambda: QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED)


def parameter_as_strings(algorithm, parameters: dict, name: str, context) -> list:
    """The values of a multiple field (or string list) parameter, as a list of str.

    ``parameterAsStrings`` where this QGIS has it (``parameterAsFields`` is deprecated and
    warns on every run on QGIS 3.40+), else ``parameterAsFields`` (QGIS 3.22).
    """
    if hasattr(algorithm, "parameterAsStrings"):
        return list(algorithm.parameterAsStrings(parameters, name, context))
    return list(algorithm.parameterAsFields(parameters, name, context))


def field_type(kind: str):
    """The QgsField type for ``kind`` in ('double', 'int', 'long', 'string', 'bool', 'datetime', 'date')."""
    from qgis.PyQt.QtCore import QVariant

    # QGIS >= 3.38 takes QMetaType.Type; QGIS 4 (Qt 6) has no QVariant.Type left.
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        names = {"double": "Double", "int": "Int", "long": "LongLong", "string": "QString",
                 "bool": "Bool", "datetime": "QDateTime", "date": "QDate"}
        return getattr(QMetaType.Type, names[kind])
    names = {"double": "Double", "int": "Int", "long": "LongLong", "string": "String",
             "bool": "Bool", "datetime": "DateTime", "date": "Date"}
    return getattr(QVariant, names[kind])


# ---- print layouts and algorithm flags (neighbourhood profiles) ----


class AlgorithmFlag:
    """Processing algorithm flags: print layouts must be exported on the main thread."""
    NO_THREADING = _first(lambda: Qgis.ProcessingAlgorithmFlag.NoThreading,
                          lambda: QgsProcessingAlgorithm.Flag.FlagNoThreading,
                          lambda: QgsProcessingAlgorithm.FlagNoThreading)


class LayoutExportResult:
    """Results of QgsLayoutExporter's exports."""

    @staticmethod
    def _value(name: str):
        from qgis.core import QgsLayoutExporter

        return _first(lambda: getattr(QgsLayoutExporter.ExportResult, name),
                      lambda: getattr(QgsLayoutExporter, name))

    @classmethod
    def success(cls):
        return cls._value("Success")

    @classmethod
    def canceled(cls):
        return cls._value("Canceled")
