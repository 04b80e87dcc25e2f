"""Infrastructure indicators per neighbourhood: facilities, streets or public space.

Also holds the reading/writing helpers shared with the coverage and SDG
algorithms (neighbourhoods in, population source, neighbourhood output).
"""

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..usm_plugin.qgis_compat import FieldType, SourceType
from .base import UsmAlgorithm

NEIGHBOURHOODS = "NEIGHBOURHOODS"
NEIGHBOURHOOD_ID = "NEIGHBOURHOOD_ID"
POPULATION_POLYGONS = "POPULATION_POLYGONS"
POPULATION_POLYGON_FIELD = "POPULATION_POLYGON_FIELD"
POPULATION_RASTER = "POPULATION_RASTER"


# --------------------------------------------------------------------------- shared helpers


def add_neighbourhood_parameters(alg):
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


def add_population_parameters(alg, purpose: str):
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
    from ..usm_plugin import bridge

    source = alg.parameterAsSource(parameters, NEIGHBOURHOODS, context)
    if source is None:
        from qgis.core import QgsProcessingException
        raise QgsProcessingException("Could not load the neighbourhood layer.")
    target_crs = bridge.analysis_crs(source.sourceCrs(), source.sourceExtent(), context, notes)
    fields = [f.name() for f in source.fields()]
    areas = bridge.read_source(alg, parameters, NEIGHBOURHOODS, context, feedback, fields=fields,
                               target_crs=target_crs, check_validity=True,
                               keep_original_geometry=True, stage=stage)
    if areas.n_invalid_skipped:
        notes.warn(f"{areas.n_invalid_skipped} neighbourhoods with invalid geometry skipped "
                   "(Processing's invalid geometry setting).")
    notes.extend(areas.notes)
    return areas, target_crs


def read_population(alg, parameters, context, feedback, areas, target_crs, notes, stage,
                    required: bool):
    """PopulationPoints from census polygons or a raster (None when neither is given)."""
    from qgis.core import QgsProcessingException

    from ..usm_plugin import bridge
    from ..usm_plugin.core.joins import infrastructure

    raster = alg.parameterAsRasterLayer(parameters, POPULATION_RASTER, context)
    has_polygons = parameters.get(POPULATION_POLYGONS) not in (None, "")
    if raster is not None and has_polygons:
        raise QgsProcessingException("Give either population polygons or a population raster, "
                                     "not both.")
    if raster is not None:
        if not raster.crs().isValid():
            raise QgsProcessingException("The population raster has no CRS; set one and run again.")
        pop = infrastructure.population_from_raster(
            raster.source(), crs=bridge.pyproj_crs(raster.crs()).to_wkt(),
            to_crs=bridge.pyproj_crs(target_crs))
        notes.extend(pop.notes)
        feedback.pushInfo(f"Population: {len(pop.xy):,} raster cells, {pop.total:,.0f} residents.")
        return pop
    if has_polygons:
        field = alg.parameterAsString(parameters, POPULATION_POLYGON_FIELD, context)
        if not field:
            raise QgsProcessingException("Choose the population field of the census units.")
        census = bridge.read_source(alg, parameters, POPULATION_POLYGONS, context, feedback,
                                    fields=[field], target_crs=target_crs, check_validity=True,
                                    stage=stage)
        notes.extend(census.notes)
        pop = infrastructure.population_from_polygons(census.frame, field, areas.frame)
        notes.extend(pop.notes)
        feedback.pushInfo(f"Population: {len(pop.xy):,} census pieces, {pop.total:,.0f} residents.")
        return pop
    if required:
        raise QgsProcessingException("This algorithm needs the population: give census polygons "
                                     "with a population field, or a population raster.")
    return None


def write_neighbourhoods(alg, parameters, name, context, feedback, areas, table, id_field,
                         columns):
    """The user's neighbourhood layer (own fields, CRS, geometry) plus ``columns`` of ``table``."""
    import geopandas as gpd

    from ..usm_plugin import bridge

    existing = [c for c in areas.frame.columns if c != "geometry"]
    clashing = [c for c in columns if c in existing and c != id_field]
    if clashing:
        feedback.pushWarning("Input fields replaced by new values of the same name: "
                             + ", ".join(clashing))
    output = areas.frame.drop(columns=clashing + ["geometry"])
    values = table.set_index(id_field)[list(columns)]
    joined = output.join(values, on=id_field)
    joined = gpd.GeoDataFrame(joined, geometry=areas.original_geometry.reindex(output.index).values)
    return bridge.write_frame(alg, parameters, name, context, joined, areas.source_crs,
                              feedback=feedback)


def read_layer(alg, parameters, name, context, feedback, target_crs, notes, stage, fields=()):
    from ..usm_plugin import bridge

    data = bridge.read_source(alg, parameters, name, context, feedback, fields=list(fields),
                              target_crs=target_crs, stage=stage)
    notes.extend(data.notes)
    return data.frame


# --------------------------------------------------------------------------- algorithm


class InfrastructureIndicatorsAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "infrastructureindicators"
    DISPLAY_NAME = "Infrastructure indicators"
    GROUP_ID = "join"
    SHORT_DESCRIPTION = ("Per neighbourhood: count, density, per-resident rate and nearest distance "
                         "of facilities; length and density of streets; area and share of parks "
                         "and public space.")
    DESCRIPTION = """
    The kind of indicator follows the geometry of the infrastructure layer. Points (police posts,
    schools, health centres, transit stops, street lights): count, count per km², per 10,000
    residents, straight-line distance from the neighbourhood's population-weighted centre to the
    nearest facility, and the residents' population-weighted mean distance to their nearest
    facility. Lines (streets): length in km and km per km², and with a 0/1 field (e.g. lit) the
    length and share of lines with value 1. Polygons (parks, public space): area in m², share of
    the neighbourhood's area and m² per resident.

    Counting rule: a facility on a boundary shared by two neighbourhoods is counted once, in the
    neighbourhood whose id sorts first; the number of such ties is reported. Facilities outside every
    neighbourhood are counted as outside (reported) and still serve as nearest facility, since a
    facility just beyond the city limit serves the people next to it. A street running along a
    shared boundary counts half in each neighbourhood, so lengths add up to the city total.
    Overlapping polygons are dissolved, so an area is counted once.

    The population-weighted centre needs a population source (census units or a population
    raster); without one, or for a neighbourhood without residents, the centroid is used and the
    centre field says so. Neighbourhoods with a NULL geometry get NULL values; a population of 0
    gives NULL per-resident values with a warning. City-wide totals are written to the log.
    """
    TAGS = ("infrastructure", "facilities", "police", "schools", "health", "street lights",
            "streets", "parks", "public space", "density", "nearest", "neighbourhood")
    OUTPUT_FIELDS = (
        ("<prefix>_count", "points/polygons: features in the neighbourhood (polygons by an "
                           "interior point)", "count"),
        ("<prefix>_per_km2", "points: facilities per km² of neighbourhood area", "1/km²"),
        ("<prefix>_per_10k", "points: facilities per 10,000 residents", "per 10,000"),
        ("<prefix>_near_m", "points: straight-line distance from the population-weighted centre "
                            "to the nearest facility", "m"),
        ("<prefix>_centre", "points: 'population' (population-weighted centre) or 'centroid'",
         "text"),
        ("<prefix>_mean_near_m", "points: population-weighted mean distance of residents to the "
                                 "nearest facility (needs a population source)", "m"),
        ("<prefix>_km", "lines: length inside the neighbourhood", "km"),
        ("<prefix>_km_km2", "lines: length per km² of neighbourhood area", "km/km²"),
        ("<prefix>_flag_km", "lines with a flag field: length of lines with value 1", "km"),
        ("<prefix>_flag_share", "lines with a flag field: that length as a share of the length "
                                "whose flag is known", "0-1"),
        ("<prefix>_area_m2", "polygons: area of the (dissolved) polygons inside the "
                             "neighbourhood", "m²"),
        ("<prefix>_share", "polygons: that area as a share of the neighbourhood area", "0-1"),
        ("<prefix>_m2_per_res", "polygons: area per resident", "m²/resident"),
    )
    REFERENCES = (
        "UN-Habitat (2013). Streets as Public Spaces and Drivers of Urban Prosperity. Nairobi.",
        "UN-Habitat (2018). SDG Indicator 11.7.1 Training Module: Public Space. Nairobi.",
        "UN-Habitat (2020). Expert Group Meeting on Global Urban Safety Indicators and Monitoring "
        "Tool, Madrid: resilience factors (infrastructure, services, community assets).",
    )

    LAYER = "LAYER"
    FLAG_FIELD = "FLAG_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    PREFIX = "PREFIX"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_neighbourhood_parameters(self)
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.LAYER, self.tr("Infrastructure layer"),
                                                [SourceType.ANY_GEOMETRY]),
            "Points (facilities), lines (streets) or polygons (parks, public space). The geometry "
            "type decides which indicators are computed. May be in another CRS.")
        self.add_parameter(
            QgsProcessingParameterField(self.FLAG_FIELD, self.tr("0/1 flag field"),
                                        parentLayerParameterName=self.LAYER, optional=True),
            "Points and polygons: only features whose value is 1 are used (e.g. working street "
            "lights, public spaces open to the public). Lines: adds the length and share of lines "
            "whose value is 1 (e.g. lit streets).")
        self.add_parameter(
            QgsProcessingParameterField(self.POPULATION_FIELD, self.tr("Population field"),
                                        parentLayerParameterName=NEIGHBOURHOODS,
                                        type=FieldType.NUMERIC, optional=True),
            "Residents per neighbourhood, for per-resident values. Without it the residents come "
            "from the population source below, if given.")
        add_population_parameters(
            self, "Used for the population-weighted centres and the residents' mean distance.")
        self.add_parameter(
            QgsProcessingParameterString(self.PREFIX, self.tr("Field name prefix"), defaultValue="infra"),
            "Prefix of the new fields (e.g. police, school, light), so that several runs can be "
            "chained on the same layer.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Infrastructure indicators"),
                                              SourceType.POLYGON),
            "The neighbourhood layer with all its fields plus the fields listed under Output fields.")

    def process_with_core(self, parameters, context, feedback):
        import numpy as np
        import shapely

        from ..usm_plugin import bridge
        from ..usm_plugin.core.joins import infrastructure
        from ..usm_plugin.core.runtime import InputError, Notes

        id_field = self.parameterAsString(parameters, NEIGHBOURHOOD_ID, context)
        flag = self.parameterAsString(parameters, self.FLAG_FIELD, context) or None
        pop_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        prefix = (self.parameterAsString(parameters, self.PREFIX, context) or "infra").strip()
        stages = bridge.FeedbackAdapter(feedback)
        notes = Notes()
        feedback.pushInfo("Reading neighbourhoods…")
        areas, target_crs = read_neighbourhoods(self, parameters, context, feedback, notes,
                                                stages.stage(0.0, 0.1))
        feedback.pushInfo("Reading the infrastructure layer…")
        layer = bridge.read_source(self, parameters, self.LAYER, context, feedback,
                                   fields=[flag] if flag else [], target_crs=target_crs,
                                   stage=stages.stage(0.1, 0.35))
        notes.extend(layer.notes)
        frame = layer.frame
        geoms = np.asarray(frame.geometry.values, dtype=object)
        present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
        if not present.any():
            raise InputError("the infrastructure layer is empty or all its geometries are null")
        kinds = set(shapely.get_type_id(geoms[present]).tolist())
        if kinds <= {0, 4}:
            kind = "points"
        elif kinds <= {1, 2, 5}:
            kind = "lines"
        elif kinds <= {3, 6}:
            kind = "polygons"
        else:
            raise InputError(f"the infrastructure layer mixes geometry types {sorted(kinds)}; "
                             "use one layer per kind")
        if flag and kind != "lines":
            values = frame[flag].apply(lambda v: np.nan if v is None else v)
            import pandas as pd
            numeric = pd.to_numeric(values, errors="coerce")
            keep = (numeric == 1).to_numpy()
            notes.say(f"{int(keep.sum())} of {len(frame)} features have {flag} = 1 and are used")
            if numeric.isna().any():
                notes.warn(f"{int(numeric.isna().sum())} features have no usable {flag} value "
                           "and were left out")
            frame = frame[keep]
        pop = read_population(self, parameters, context, feedback, areas, target_crs, notes,
                              stages.stage(0.35, 0.45), required=False)
        nb = areas.frame[[id_field] + ([pop_field] if pop_field else []) + ["geometry"]]
        core = stages.stage(0.45, 0.9).callables()
        feedback.pushInfo(f"Computing {kind} indicators…")
        if kind == "points":
            result = infrastructure.point_indicators(nb, id_field, frame, population_field=pop_field,
                                                     population=pop, **core)
            rename = {"count": "count", "density_km2": "per_km2", "per_10k": "per_10k",
                      "nearest_m": "near_m", "centre": "centre", "mean_nearest_m": "mean_near_m"}
        elif kind == "lines":
            result = infrastructure.line_indicators(nb, id_field, frame, flag_field=flag, **core)
            rename = {"length_km": "km", "density_km_km2": "km_km2"}
            if flag:
                rename.update({f"{flag}_km": "flag_km", f"{flag}_share": "flag_share"})
        else:
            result = infrastructure.polygon_indicators(nb, id_field, frame,
                                                       population_field=pop_field,
                                                       population=pop, **core)
            rename = {"count": "count", "area_m2": "area_m2", "share": "share",
                      "m2_per_resident": "m2_per_res"}
        notes.extend(result.notes)
        bridge.push_notes(feedback, notes)
        for key, value in result.city.items():
            feedback.pushInfo(f"  city {key}: {value:,.4g}" if isinstance(value, float)
                              else f"  city {key}: {value}")
        bridge.raise_if_cancelled(feedback)
        table = result.table.rename(columns={k: f"{prefix}_{v}" for k, v in rename.items()})
        columns = [f"{prefix}_{v}" for v in rename.values()]
        output_id = write_neighbourhoods(self, parameters, self.OUTPUT, context, feedback, areas,
                                         table, id_field, columns)
        style_field = {"points": "per_km2", "lines": "km_km2", "polygons": "share"}[kind]
        bridge.style_on_load(context, output_id, graduated_field=f"{prefix}_{style_field}",
                             ramp_name="Blues")
        feedback.setProgress(100)
        return {self.OUTPUT: output_id}
