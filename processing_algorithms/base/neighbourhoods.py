"""Neighbourhoods and population: parameters, readers and the neighbourhood output.

Shared by the algorithms that compute indicators per neighbourhood (infrastructure,
population coverage, SDG indicators).  Each function takes the algorithm as its
first argument, so an algorithm composes exactly the pieces it uses.
"""

from qgis.core import (
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterLayer,
)

from ...usm_plugin.i18n import tr
from ...usm_plugin.qgis_compat import FieldType, SourceType

NEIGHBOURHOODS = "NEIGHBOURHOODS"
NEIGHBOURHOOD_ID = "NEIGHBOURHOOD_ID"
POPULATION_POLYGONS = "POPULATION_POLYGONS"
POPULATION_POLYGON_FIELD = "POPULATION_POLYGON_FIELD"
POPULATION_RASTER = "POPULATION_RASTER"


def add_neighbourhood_parameters(alg):
    """NEIGHBOURHOODS (polygons) and NEIGHBOURHOOD_ID (unique code)."""
    alg.add_parameter(
        QgsProcessingParameterFeatureSource(NEIGHBOURHOODS, alg.tr("Neighbourhoods"),
                                            [SourceType.POLYGON]),
        "Polygon layer of neighbourhoods (the unit of analysis). Should not overlap; ids must be "
        "unique. Areas and distances are measured in its CRS when it is projected, otherwise in "
        "the local UTM zone (stated in the log).")
    alg.add_parameter(
        QgsProcessingParameterField(NEIGHBOURHOOD_ID, alg.tr("Neighbourhood id field"),
                                    parentLayerParameterName=NEIGHBOURHOODS),
        "Field with a unique code per neighbourhood.")
    alg.add_repair_parameter()


def add_population_parameters(alg, purpose: str):
    """Optional population source: census polygons with a field, or a raster."""
    alg.add_parameter(
        QgsProcessingParameterFeatureSource(POPULATION_POLYGONS, alg.tr("Population polygons (census units)"),
                                            [SourceType.POLYGON], optional=True),
        "Census units with a population field. Each unit is cut by the neighbourhoods and each "
        "piece gets the unit's population in proportion to its area, placed at a point inside "
        f"the piece. {purpose} Give this or a population raster (the raster is finer).")
    alg.add_parameter(
        QgsProcessingParameterField(POPULATION_POLYGON_FIELD, alg.tr("Population field of the census units"),
                                    parentLayerParameterName=POPULATION_POLYGONS,
                                    type=FieldType.NUMERIC, optional=True),
        "Residents per census unit. Missing values are left out (reported), negative ones are an "
        "error.")
    alg.add_parameter(
        QgsProcessingParameterRasterLayer(POPULATION_RASTER, alg.tr("Population raster"), optional=True),
        "Raster of residents per cell (e.g. a 100 m grid). Every cell with residents counts at its "
        "centre. Needs the Python package rasterio.")


def read_neighbourhoods(alg, parameters, context, feedback, notes, stage):
    """Neighbourhoods in the analysis CRS, with their original geometry kept for the output."""
    from ...usm_plugin import bridge

    target_crs = bridge.analysis_crs_for(alg, parameters, NEIGHBOURHOODS, context, notes)
    fields = [f.name() for f in alg.parameterAsSource(parameters, NEIGHBOURHOODS, context).fields()]
    areas = bridge.read_source(alg, parameters, NEIGHBOURHOODS, context, feedback, fields=fields,
                               target_crs=target_crs, check_validity=True,
                               keep_original_geometry=True, stage=stage)
    if areas.n_invalid_skipped:
        id_field = alg.parameterAsString(parameters, NEIGHBOURHOOD_ID, context)
        notes.warn(tr("{n} neighbourhood(s) with invalid geometry skipped (Processing's invalid "
                      "geometry setting) and left out of the output: {ids}").format(
            n=areas.n_invalid_skipped, ids=", ".join(areas.skipped_ids(id_field or None)[:50])))
    notes.extend(areas.notes)
    bridge.report_overlaps(areas, alg.parameterAsString(parameters, NEIGHBOURHOOD_ID, context),
                           notes)
    return areas, target_crs


def read_population(alg, parameters, context, feedback, areas, target_crs, notes, stage,
                    required: bool):
    """PopulationPoints from census polygons or a raster (None when neither is given)."""
    from qgis.core import QgsProcessingException

    from ...usm_plugin import bridge
    from ...usm_plugin.core.joins import infrastructure

    raster = alg.parameterAsRasterLayer(parameters, POPULATION_RASTER, context)
    has_polygons = parameters.get(POPULATION_POLYGONS) not in (None, "")
    if raster is not None and has_polygons:
        raise QgsProcessingException(tr("Give either population polygons or a population "
                                        "raster, not both."))
    if raster is not None:
        grid = bridge.read_raster(raster, tr("The population raster"))
        pop = infrastructure.population_from_raster(grid, to_crs=bridge.pyproj_crs(target_crs))
        notes.extend(pop.notes)
        feedback.pushInfo(tr("Population: {cells} raster cells, {total} residents.").format(
            cells=f"{len(pop.xy):,}", total=f"{pop.total:,.0f}"))
        return pop
    if has_polygons:
        field = alg.parameterAsString(parameters, POPULATION_POLYGON_FIELD, context)
        if not field:
            raise QgsProcessingException(tr("Choose the population field of the census units."))
        census = bridge.read_source(alg, parameters, POPULATION_POLYGONS, context, feedback,
                                    fields=[field], target_crs=target_crs, check_validity=True,
                                    stage=stage)
        notes.extend(census.notes)
        pop = infrastructure.population_from_polygons(census.frame, field, areas.frame)
        notes.extend(pop.notes)
        feedback.pushInfo(tr("Population: {pieces} census pieces, {total} residents.").format(
            pieces=f"{len(pop.xy):,}", total=f"{pop.total:,.0f}"))
        return pop
    if required:
        raise QgsProcessingException(tr("This algorithm needs the population: give census "
                                        "polygons with a population field, or a population "
                                        "raster."))
    return None


def write_neighbourhoods(alg, parameters, name, context, feedback, areas, table, id_field,
                         columns):
    """The user's neighbourhood layer (own fields, CRS, geometry) plus ``columns`` of ``table``."""
    import geopandas as gpd

    from ...usm_plugin import bridge

    existing = [c for c in areas.frame.columns if c != "geometry"]
    clashing = [c for c in columns if c in existing and c != id_field]
    if clashing:
        feedback.pushWarning(tr("Input fields replaced by new values of the same name: "
                                "{fields}").format(fields=", ".join(clashing)))
    output = areas.frame.drop(columns=clashing + ["geometry"])
    values = table.set_index(id_field)[list(columns)]
    joined = output.join(values, on=id_field)
    joined = gpd.GeoDataFrame(joined, geometry=areas.original_geometry.reindex(output.index).values)
    return bridge.write_frame(alg, parameters, name, context, joined, areas.source_crs,
                              feedback=feedback)


def read_layer(alg, parameters, name, context, feedback, target_crs, notes, stage, fields=()):
    """Any further layer in the analysis CRS, as a GeoDataFrame; its notes join ``notes``."""
    from ...usm_plugin import bridge

    data = bridge.read_source(alg, parameters, name, context, feedback, fields=list(fields),
                              target_crs=target_crs, stage=stage)
    notes.extend(data.notes)
    return data.frame
