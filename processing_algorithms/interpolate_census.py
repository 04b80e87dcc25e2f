"""Interpolate census data to neighbourhoods: areal weighting or dasymetric, totals checked."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterLayer,
)

from ..usm_plugin.qgis_compat import FieldType, SourceType, parameter_as_strings
from .base import UsmAlgorithm

WEIGHT_CHOICES = [("area", "Intersection area"), ("population", "Interpolated population")]


class InterpolateCensusAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "interpolatecensus"
    DISPLAY_NAME = "Interpolate census data to neighbourhoods"
    GROUP_ID = "join"
    SHORT_DESCRIPTION = ("Moves census variables from census units to neighbourhoods whose "
                         "boundaries do not match: counts by area share or by a population "
                         "raster, rates and shares as weighted means, with totals checked.")
    DESCRIPTION = """
    Extensive variables (counts such as residents, households or unemployed) are split among the
    neighbourhoods in proportion to the share of each census unit's area that falls in each
    neighbourhood (areal weighting, Goodchild and Lam 1980). With a population or built-up
    raster they are split in proportion to the raster's mass instead (dasymetric allocation,
    Mennis 2003): residents are not spread evenly over parks and industry. The raster is sampled
    by exact fractional coverage (each cell's value spread evenly over the cell); a census unit
    without raster mass falls back to area shares and is listed.

    Intensive variables (rates, means, shares) are weighted means over the pieces of census
    units in each neighbourhood, weighted by the piece's area or by its interpolated population.

    Totals are checked: when the neighbourhoods cover all census units, every extensive variable
    sums to the same city total before and after; the Totals table shows both and explains any
    difference (parts of census units outside every neighbourhood, units without geometry).

    Diagnostics lists overlapping or duplicated census units (allowed, but the overlap area then
    receives value from both units), gaps inside neighbourhoods not covered by census units,
    neighbourhoods without any census unit (values NULL, not 0), census units partly outside the
    neighbourhoods with the share of their value that is not allocated, and units without raster
    mass. Missing or non-numeric values are missing: such a unit contributes nothing to that
    variable, and the log says how many. Negative counts are an error.

    Census units in another CRS are reprojected to the neighbourhoods' CRS (or to the raster's
    CRS when a raster is given); areas are computed in a projected CRS, a local UTM zone when the
    layers are geographic or Web Mercator. The output keeps the neighbourhood layer's geometry,
    CRS and fields.
    """
    TAGS = ("census", "areal interpolation", "dasymetric", "population", "areal weighting",
            "intensive", "extensive", "neighbourhood", "join", "tobler")
    REFERENCES = (
        "Goodchild, M. F. and Lam, N. S.-N. (1980). Areal interpolation: a variant of the "
        "traditional spatial problem. Geo-Processing 1, 297-312.",
        "Mennis, J. (2003). Generating surface models of population using dasymetric mapping. "
        "The Professional Geographer 55(1), 31-42.",
        "Flowerdew, R. and Green, M. (1994). Areal interpolation and types of data. In "
        "Fotheringham, S. and Rogerson, P. (eds), Spatial Analysis and GIS, 121-145.",
    )
    OUTPUT_FIELDS = (
        ("(neighbourhood fields)", "all fields of the neighbourhood layer, unchanged", ""),
        ("<extensive field>", "census count allocated to the neighbourhood (sum of unit value x "
         "area or raster share of the unit in the neighbourhood); NULL when no census unit "
         "with a value overlaps it", "unit of the census field (count)"),
        ("<intensive field>", "weighted mean of the census units overlapping the neighbourhood "
         "(weights: intersection area or interpolated population)",
         "unit of the census field (rate, share, currency)"),
        ("<field>_interp", "used instead of <field> when the neighbourhood layer already has a "
         "field of that name", "as the census field"),
        ("src_units", "number of census units overlapping the neighbourhood by more than a "
         "sliver (1e-6 of the unit)", "count"),
        ("src_cover", "share of the neighbourhood's area covered by census units", "0-1"),
    )
    OUTPUT_TABLES = (
        ("Totals table", (
            ("variable", "extensive census field", "text"),
            ("source_total", "sum over all census units with a value", "field unit"),
            ("target_total", "sum over the neighbourhoods", "field unit"),
            ("difference", "target_total - source_total", "field unit"),
            ("difference_pct", "difference as a percentage of source_total", "%"),
            ("outside_total", "value of census units falling outside every neighbourhood",
             "field unit"),
            ("dropped_total", "value of census units without geometry", "field unit"),
            ("missing_units", "census units with no value for the field", "count"),
            ("note", "'preserved' or the reasons for the difference", "text"),
        )),
        ("Diagnostics table", (
            ("issue", "source_overlap, duplicate_source_geometry, target_overlap, "
                      "gap_in_target, target_without_sources, target_null_geometry, "
                      "source_null_geometry, source_partly_outside, source_outside_targets, "
                      "source_no_raster_mass, source_zero_population", "text"),
            ("source_id", "census unit concerned", "text"),
            ("target_id", "neighbourhood concerned", "text"),
            ("other_id", "the other unit or neighbourhood of an overlapping pair", "text"),
            ("area_m2", "overlap, gap or outside area", "m²"),
            ("share", "overlap area / unit area; gap / neighbourhood area; share of the unit's "
                      "value allocated outside", "0-1"),
            ("detail", "what it means", "text"),
        )),
    )
    EXTRA_MODULES = ()

    CENSUS = "CENSUS"
    CENSUS_ID = "CENSUS_ID"
    NEIGHBOURHOODS = "NEIGHBOURHOODS"
    NEIGHBOURHOOD_ID = "NEIGHBOURHOOD_ID"
    EXTENSIVE_FIELDS = "EXTENSIVE_FIELDS"
    INTENSIVE_FIELDS = "INTENSIVE_FIELDS"
    INTENSIVE_WEIGHT = "INTENSIVE_WEIGHT"
    POPULATION_FIELD = "POPULATION_FIELD"
    POPULATION_RASTER = "POPULATION_RASTER"
    OUTPUT = "OUTPUT"
    TOTALS = "TOTALS"
    DIAGNOSTICS = "DIAGNOSTICS"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.CENSUS, self.tr("Census units"),
                                                [SourceType.POLYGON]),
            "Polygon layer of census units (tracts, blocks, enumeration areas) carrying the "
            "census variables. May be in another CRS than the neighbourhoods.")
        self.add_parameter(
            QgsProcessingParameterField(self.CENSUS_ID, self.tr("Census unit id field"),
                                        parentLayerParameterName=self.CENSUS, optional=True),
            "Field naming the census units in the diagnostics (default: the feature id).")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.NEIGHBOURHOODS, self.tr("Neighbourhoods"),
                                                [SourceType.POLYGON]),
            "Polygon layer of neighbourhoods that receives the values. Ids must be unique.")
        self.add_parameter(
            QgsProcessingParameterField(self.NEIGHBOURHOOD_ID, self.tr("Neighbourhood id field"),
                                        parentLayerParameterName=self.NEIGHBOURHOODS),
            "Field with a unique code per neighbourhood.")
        self.add_parameter(
            QgsProcessingParameterField(self.EXTENSIVE_FIELDS,
                                        self.tr("Extensive fields (counts)"),
                                        parentLayerParameterName=self.CENSUS,
                                        type=FieldType.ANY, allowMultiple=True, optional=True),
            "Count fields split by area (or raster) share: population, households, unemployed. "
            "Text that parses as a number is used; other values are missing and reported. "
            "Negative values are an error.")
        self.add_parameter(
            QgsProcessingParameterField(self.INTENSIVE_FIELDS,
                                        self.tr("Intensive fields (rates, means, shares)"),
                                        parentLayerParameterName=self.CENSUS,
                                        type=FieldType.ANY, allowMultiple=True, optional=True),
            "Fields averaged with weights: unemployment rate, mean income, youth share.")
        self.add_parameter(
            QgsProcessingParameterEnum(self.INTENSIVE_WEIGHT, self.tr("Weight of intensive means"),
                                       options=[label for _, label in WEIGHT_CHOICES],
                                       defaultValue=0),
            "Intersection area, or interpolated population (the population field split like a "
            "count, or without it the raster mass of each piece). Population weighting suits "
            "per-person rates; a unit with population 0 then has weight 0 (reported).")
        self.add_parameter(
            QgsProcessingParameterField(self.POPULATION_FIELD, self.tr("Population field"),
                                        parentLayerParameterName=self.CENSUS,
                                        type=FieldType.NUMERIC, optional=True),
            "Residents per census unit, used to weight intensive means by population.")
        self.add_parameter(
            QgsProcessingParameterRasterLayer(self.POPULATION_RASTER,
                                              self.tr("Population or built-up raster (dasymetric)"),
                                              optional=True),
            "Optional raster of residents (or built-up share) per cell, e.g. a 100 m population "
            "grid. When given, counts are split by raster mass instead of area (band 1; nodata "
            "counts as zero). The layers are then read in the raster's CRS, which must be "
            "projected.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT,
                                              self.tr("Neighbourhoods with census data"),
                                              SourceType.POLYGON),
            "The neighbourhood layer with the interpolated fields listed under Output fields.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.TOTALS, self.tr("Totals check"),
                                              SourceType.TABLE),
            "Source and neighbourhood totals of every extensive field, and why they differ.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.DIAGNOSTICS, self.tr("Diagnostics"),
                                              SourceType.TABLE),
            "Overlaps, gaps, uncovered neighbourhoods, units outside the neighbourhoods, units "
            "without raster mass.")
        self.add_repair_parameter()

    def process_with_core(self, parameters, context, feedback):
        import geopandas as gpd

        from ..usm_plugin import bridge
        from ..usm_plugin.core.joins.areal_interpolation import interpolate_areal
        from ..usm_plugin.core.runtime import Notes

        census_id = self.parameterAsString(parameters, self.CENSUS_ID, context) or None
        id_field = self.parameterAsString(parameters, self.NEIGHBOURHOOD_ID, context)
        extensive = parameter_as_strings(self, parameters, self.EXTENSIVE_FIELDS, context)
        intensive = parameter_as_strings(self, parameters, self.INTENSIVE_FIELDS, context)
        weight = WEIGHT_CHOICES[self.parameterAsEnum(parameters, self.INTENSIVE_WEIGHT, context)][0]
        population = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        raster_layer = self.parameterAsRasterLayer(parameters, self.POPULATION_RASTER, context)
        if not extensive and not intensive:
            raise QgsProcessingException(self.tr("Choose at least one extensive or intensive "
                                                 "field."))

        stages = bridge.FeedbackAdapter(feedback)
        notes = Notes()
        hoods_source = self.parameterAsSource(parameters, self.NEIGHBOURHOODS, context)
        raster = None
        if raster_layer is not None:
            # Dasymetric allocation samples the raster's own cells: the layers come to it.
            target_crs = raster_layer.crs()
            bridge.require_crs(target_crs, self.tr("The population raster"))
            if not bridge.measures_in_metres(target_crs):
                raise QgsProcessingException(self.tr(
                    "The population raster is not in a projected CRS in metres; warp it to one "
                    "(Raster > Projections > Warp) so that cell areas are in square metres."))
            raster = bridge.read_raster(raster_layer, self.tr("The population raster"))
            notes.say(self.tr("Dasymetric allocation with {layer} (layers read in {crs}).").format(
                layer=raster_layer.name(), crs=target_crs.authid()))
        else:
            target_crs = bridge.analysis_crs_for(self, parameters, self.NEIGHBOURHOODS, context,
                                                 notes)
        hood_fields = [f.name() for f in hoods_source.fields()]
        feedback.pushInfo(self.tr("Reading neighbourhoods…"))
        hoods = bridge.read_source(self, parameters, self.NEIGHBOURHOODS, context, feedback,
                                   fields=hood_fields, target_crs=target_crs, check_validity=True,
                                   keep_original_geometry=True, stage=stages.stage(0.0, 0.05))
        if hoods.n_invalid_skipped:
            notes.warn(self.tr("{n} neighbourhood(s) with invalid geometry skipped (Processing's "
                               "invalid geometry setting) and left out of the output: {ids}").format(
                n=hoods.n_invalid_skipped, ids=", ".join(hoods.skipped_ids(id_field)[:50])))
        feedback.pushInfo(self.tr("Reading census units…"))
        census_fields = [census_id, *extensive, *intensive, population]
        census = bridge.read_source(self, parameters, self.CENSUS, context, feedback,
                                    fields=census_fields, target_crs=target_crs,
                                    check_validity=True, stage=stages.stage(0.05, 0.25))
        if census.n_invalid_skipped:
            notes.warn(self.tr("{n} census unit(s) with invalid geometry skipped (Processing's "
                               "invalid geometry setting); their values are not allocated: "
                               "{ids}").format(
                n=census.n_invalid_skipped, ids=", ".join(census.skipped_ids(census_id)[:50])))
        notes.extend(hoods.notes)
        notes.extend(census.notes)
        bridge.report_overlaps(hoods, id_field, notes, consequence=(
            "Each receives the census values of the shared area, so they are counted twice."))
        bridge.report_overlaps(census, census_id or None, notes, what="census units",
                               consequence="The shared area's values are counted twice.")
        feedback.pushInfo(self.tr("Read {units} census units and {neighbourhoods} "
                                  "neighbourhoods.").format(
            units=f"{len(census.frame):,}", neighbourhoods=f"{len(hoods.frame):,}"))

        result = interpolate_areal(
            census.frame, hoods.frame, id_field, extensive=extensive, intensive=intensive,
            intensive_weight=weight, population_field=population, raster=raster,
            source_id=census_id, **stages.stage(0.25, 0.9).callables())
        notes.extend(result.notes)
        bridge.push_notes(feedback, notes)
        for row in result.totals.itertuples(index=False):
            feedback.pushInfo("  " + self.tr("{variable}: census {census}, neighbourhoods "
                                             "{neighbourhoods} ({note})").format(
                variable=row.variable, census=f"{row.source_total:,.6g}",
                neighbourhoods=f"{row.target_total:,.6g}", note=row.note))
        bridge.raise_if_cancelled(feedback)

        table = result.table
        output = gpd.GeoDataFrame(table.drop(columns="geometry"),
                                  geometry=hoods.original_geometry.reindex(table.index).values)
        output_id = bridge.write_frame(self, parameters, self.OUTPUT, context, output,
                                       hoods.source_crs, feedback=feedback)
        totals_id = bridge.write_frame(self, parameters, self.TOTALS, context, result.totals,
                                       None, feedback=feedback)
        diagnostics = result.diagnostics.astype({"source_id": "string", "target_id": "string",
                                                 "other_id": "string"})
        diagnostics_id = bridge.write_frame(self, parameters, self.DIAGNOSTICS, context,
                                            diagnostics, None, feedback=feedback)
        new_fields = [c for c in table.columns if c not in hood_fields and c != "geometry"]
        bridge.style_on_load(context, output_id, graduated_field=new_fields[0], ramp_name="Blues")
        feedback.setProgress(100)
        return {self.OUTPUT: output_id, self.TOTALS: totals_id, self.DIAGNOSTICS: diagnostics_id}
