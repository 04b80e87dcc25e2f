"""Infrastructure indicators per neighbourhood: facilities, streets or public space."""

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ..usm_plugin.qgis_compat import FieldType, SourceType
from .base import UsmAlgorithm
from .base.neighbourhoods import (NEIGHBOURHOOD_ID, NEIGHBOURHOODS, add_neighbourhood_parameters,
                                  add_population_parameters, read_neighbourhoods,
                                  read_population, write_neighbourhoods)

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

        from ..usm_plugin import bridge
        from ..usm_plugin.core.joins import infrastructure
        from ..usm_plugin.core.runtime import Notes

        id_field = self.parameterAsString(parameters, NEIGHBOURHOOD_ID, context)
        flag = self.parameterAsString(parameters, self.FLAG_FIELD, context) or None
        pop_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        prefix = (self.parameterAsString(parameters, self.PREFIX, context) or "infra").strip()
        stages = bridge.FeedbackAdapter(feedback)
        notes = Notes()
        feedback.pushInfo(self.tr("Reading neighbourhoods…"))
        areas, target_crs = read_neighbourhoods(self, parameters, context, feedback, notes,
                                                stages.stage(0.0, 0.1))
        feedback.pushInfo(self.tr("Reading the infrastructure layer…"))
        layer = bridge.read_source(self, parameters, self.LAYER, context, feedback,
                                   fields=[flag] if flag else [], target_crs=target_crs,
                                   stage=stages.stage(0.1, 0.35))
        notes.extend(layer.notes)
        frame = layer.frame
        kind = infrastructure.geometry_kind(frame.geometry.values)
        if flag and kind != "lines":
            frame = infrastructure.keep_flagged(frame, flag, notes)
        pop = read_population(self, parameters, context, feedback, areas, target_crs, notes,
                              stages.stage(0.35, 0.45), required=False)
        nb = areas.frame[[id_field] + ([pop_field] if pop_field else []) + ["geometry"]]
        core = stages.stage(0.45, 0.9).callables()
        feedback.pushInfo({"points": self.tr("Computing points indicators…"),
                           "lines": self.tr("Computing lines indicators…")}.get(
            kind, self.tr("Computing polygons indicators…")))
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
            feedback.pushInfo("  " + self.tr("city {key}: {value}").format(
                key=key, value=f"{value:,.4g}" if isinstance(value, float) else value))
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
