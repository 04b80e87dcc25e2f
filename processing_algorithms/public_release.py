"""Public release: neighbourhood counts and incident points made safe to publish."""

import os

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..usm_plugin.qgis_compat import FieldType, NumberType, SourceType
from .base import UsmAlgorithm


class PublicReleaseAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "publicrelease"
    DISPLAY_NAME = "Public release (disclosure control)"
    GROUP_ID = "publish"
    SHORT_DESCRIPTION = ("Turns inward-facing neighbourhood counts into a public table: small "
                         "counts withheld with everything derived from them, further cells "
                         "withheld so that none can be recovered from totals, optional "
                         "rounding, and incident points masked.")
    DESCRIPTION = """
    Incident data describes victims; for sexual, domestic and gender-based violence a small
    count in a small neighbourhood, or an exact point, can identify a person. This algorithm
    prepares one geography for publication. Primary suppression: a count from 1 to the
    threshold minus one is withheld (0 reveals no one and is published), with its rate,
    smoothed rate, density and weight fields (rate_x, eb_rate_x, dens_x, w_x for a count
    n_x), and with the row-level fields you list (a hot-spot label, a z-score) where the
    neighbourhood's total is withheld. Sensitive categories get a higher threshold.
    Neighbourhoods with fewer residents than the minimum population get no data.

    Secondary suppression: city totals are taken as public, and groups of fields that add
    up to the total field (categories n_cat_*, years n_y*, months, weekdays, hour bands) as
    row equations; further cells are withheld until no withheld cell can be worked out from
    the published ones (every equation has 0 or at least 2 withheld cells, then an exact
    linear-algebra audit). Optional random rounding to a base (unbiased, seeded) applies to
    every published count; crude rates are then recomputed from the rounded counts and
    smoothed rates withheld, so that a rate cannot undo the rounding.

    Points: give the incident layer to publish masked points. Each point is moved in a
    random direction by a random distance between the minimum and maximum displacement
    (donut geomasking), so that no published point lies within the minimum distance of a
    true location; only the category is kept. The disclosure report lists every threshold
    and count.

    One geography per package: a GeoPackage output records what each public layer was made
    from (table usm_public_releases: the id field, a digest of the area ids, the count
    fields with their city totals, the input file name and its SHA-256). Adding a layer to an
    existing package (ogr:dbname='public.gpkg' table="..." as the output) is refused, with
    nothing written, when the package already holds a layer of the same data (the same
    input, or the same city totals of the shared count fields) at another geography
    (another id field or another set of areas): two overlapping geographies let withheld
    small counts be recovered by subtraction. Periods belong in one table (count fields
    n_y2022, n_y2023 with the total), whose row equations the secondary suppression
    protects.
    """
    TAGS = ("public release", "disclosure", "privacy", "suppression", "confidentiality",
            "rounding", "geomasking", "open data", "victims")
    REFERENCES = (
        "Fellegi, I. P. (1972). On the question of statistical confidentiality. Journal of the "
        "American Statistical Association 67(337), 7-18.",
        "Hundepool, A. et al. (2012). Statistical Disclosure Control. Wiley.",
        "Hampton, K. H. et al. (2010). Mapping health data: improved privacy protection with "
        "donut method geomasking. American Journal of Epidemiology 172(9), 1062-1069.",
        "Statistics Canada (2021). Census disclosure control: random rounding to base 5, no "
        "data for areas under 40 residents.",
    )
    OUTPUT_FIELDS = (
        ("<id field>", "the neighbourhood id", "text or integer"),
        ("<count fields>", "published counts; NULL where withheld", "count"),
        ("rate_<x>, eb_rate_<x>, dens_<x>, w_<x>", "derived fields of a count n_<x>, NULL "
                                                   "where the count is withheld", "as input"),
        ("<row-level fields>", "NULL where the total is withheld", "as input"),
        ("<population field>", "residents; NULL for a withheld neighbourhood", "residents"),
        ("withheld", "1 = neighbourhood withheld for its population", "0/1"),
        ("n_suppressed", "count cells withheld in the row", "count"),
    )
    OUTPUT_TABLES = (
        ("Disclosure report (REPORT)", (
            ("item", "what is reported (threshold, primary_suppressions, ...)", "text"),
            ("value", "its value", "text"),
            ("note", "what it means", "text"))),
        ("Register in a GeoPackage output (table usm_public_releases)", (
            ("layer", "the public layer", "text"),
            ("record", "JSON: id field, number of areas, digest of the area ids, count fields "
                       "and their city totals, input file name and its SHA-256", "text"))),
        ("Masked points (POINTS_OUTPUT)", (
            ("<category field>", "the incident's category, if chosen", "text"),)),
    )

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    COUNT_FIELDS = "COUNT_FIELDS"
    TOTAL_FIELD = "TOTAL_FIELD"
    THRESHOLD = "THRESHOLD"
    SENSITIVE_FIELDS = "SENSITIVE_FIELDS"
    SENSITIVE_THRESHOLD = "SENSITIVE_THRESHOLD"
    POPULATION_FIELD = "POPULATION_FIELD"
    MIN_POPULATION = "MIN_POPULATION"
    ROW_FIELDS = "ROW_FIELDS"
    ROUNDING_BASE = "ROUNDING_BASE"
    RATE_PER = "RATE_PER"
    SEED = "SEED"
    POINTS = "POINTS"
    POINT_CATEGORY = "POINT_CATEGORY"
    MIN_DISPLACEMENT = "MIN_DISPLACEMENT"
    MAX_DISPLACEMENT = "MAX_DISPLACEMENT"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    POINTS_OUTPUT = "POINTS_OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Neighbourhood counts"),
                                                [SourceType.POLYGON]),
            "The inward-facing neighbourhood layer, e.g. the output of Aggregate incidents.")
        self.add_parameter(
            QgsProcessingParameterField(self.ID_FIELD, self.tr("Id field"),
                                        parentLayerParameterName=self.INPUT),
            "Unique neighbourhood code.")
        self.add_parameter(
            QgsProcessingParameterField(self.COUNT_FIELDS, self.tr("Count fields to publish"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC, allowMultiple=True),
            "Counts of incidents (whole numbers), e.g. n_cat_* and n_y* of Aggregate incidents.")
        self.add_parameter(
            QgsProcessingParameterField(self.TOTAL_FIELD, self.tr("Total field"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC, optional=True),
            "The neighbourhood total (n_total). Published and protected too; groups of count "
            "fields that add up to it give the row equations checked by the audit.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.THRESHOLD, self.tr("Suppression threshold"),
                                         NumberType.INTEGER, defaultValue=5, minValue=1),
            "Counts from 1 to this value minus one are withheld (OECD: 3 to 5; US NCHS: 10).")
        self.add_parameter(
            QgsProcessingParameterField(self.SENSITIVE_FIELDS, self.tr("Sensitive count fields"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC, allowMultiple=True,
                                        optional=True),
            "Count fields of sensitive categories (sexual, domestic, gender-based violence); "
            "must be among the count fields.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.SENSITIVE_THRESHOLD,
                                         self.tr("Threshold for sensitive fields"),
                                         NumberType.INTEGER, defaultValue=10, minValue=1),
            "Counts of sensitive fields below this value are withheld.")
        self.add_parameter(
            QgsProcessingParameterField(self.POPULATION_FIELD, self.tr("Population field"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC, optional=True),
            "Residents per neighbourhood, for the minimum-population rule and, with rounding, "
            "for recomputing crude rates.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.MIN_POPULATION, self.tr("Minimum population"),
                                         NumberType.DOUBLE, defaultValue=40, minValue=0),
            "Neighbourhoods with fewer residents (or none recorded) are withheld entirely "
            "(Statistics Canada: 40). Needs the population field; 0 = no rule.")
        self.add_parameter(
            QgsProcessingParameterField(self.ROW_FIELDS, self.tr("Row-level fields to publish"),
                                        parentLayerParameterName=self.INPUT, allowMultiple=True,
                                        optional=True),
            "Fields describing the neighbourhood as a whole (Gi_Bin, Gi_Label, a type name): "
            "published, but withheld where the total is withheld.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.ROUNDING_BASE, self.tr("Random rounding base"),
                                         NumberType.INTEGER, defaultValue=0, minValue=0),
            "0 = no rounding; 5 = unbiased random rounding to multiples of 5 (Statistics "
            "Canada), applied to every published count and total.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterNumber(self.RATE_PER, self.tr("Rates per"),
                                         NumberType.DOUBLE, defaultValue=100000, minValue=1),
            "With rounding: crude rates rate_x are recomputed per this many residents from the "
            "rounded counts.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), NumberType.INTEGER,
                                         defaultValue=12345, minValue=0),
            "Seed of the rounding and of the point masking: the same seed gives the same "
            "release, so a re-run cannot be averaged to undo them.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.POINTS, self.tr("Incident points to mask"),
                                                [SourceType.POINT], optional=True),
            "Optional incident layer. Its points are published only masked.")
        self.add_parameter(
            QgsProcessingParameterField(self.POINT_CATEGORY, self.tr("Category of the points"),
                                        parentLayerParameterName=self.POINTS, optional=True),
            "The only attribute kept with the masked points (no ids, dates or descriptions).")
        self.add_parameter(
            QgsProcessingParameterNumber(self.MIN_DISPLACEMENT,
                                         self.tr("Minimum displacement (m)"),
                                         NumberType.DOUBLE, defaultValue=100, minValue=1),
            "No masked point lies closer than this to its true location.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.MAX_DISPLACEMENT,
                                         self.tr("Maximum displacement (m)"),
                                         NumberType.DOUBLE, defaultValue=500, minValue=1),
            "Points move at most this far.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Public neighbourhood counts"),
                                              SourceType.POLYGON),
            "The neighbourhoods with the published fields only (see Output fields).")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.REPORT, self.tr("Disclosure report"),
                                              SourceType.TABLE),
            "Thresholds, primary and secondary suppressions, audit, rounding and geography.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.POINTS_OUTPUT, self.tr("Masked points"),
                                              SourceType.POINT, optional=True,
                                              createByDefault=False),
            "The masked incident points (only with an incident layer).")

    def process_with_core(self, parameters, context, feedback):
        import geopandas as gpd

        from ..usm_plugin import bridge
        from ..usm_plugin.core.publish.disclosure import protect_counts
        from ..usm_plugin.core.runtime import InputError, Notes

        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        counts = bridge.field_parameter_values(self, parameters, self.COUNT_FIELDS, context)
        total = self.parameterAsString(parameters, self.TOTAL_FIELD, context) or None
        sensitive = bridge.field_parameter_values(self, parameters, self.SENSITIVE_FIELDS, context)
        population = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        row_fields = bridge.field_parameter_values(self, parameters, self.ROW_FIELDS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        stages = bridge.FeedbackAdapter(feedback)
        notes = Notes()
        source = self.parameterAsSource(parameters, self.INPUT, context)
        fields = [f.name() for f in source.fields()]
        data = bridge.read_source(self, parameters, self.INPUT, context, feedback, fields=fields,
                                  stage=stages.stage(0.0, 0.2))
        notes.extend(data.notes)
        register = self._check_one_geography(parameters, context, data.frame, id_field,
                                             [f for f in [*counts, total] if f])
        result = protect_counts(
            data.frame.drop(columns="geometry"), id_field, counts, total_field=total,
            threshold=self.parameterAsInt(parameters, self.THRESHOLD, context),
            sensitive_fields=sensitive,
            sensitive_threshold=self.parameterAsInt(parameters, self.SENSITIVE_THRESHOLD, context),
            population_field=population,
            min_population=self.parameterAsDouble(parameters, self.MIN_POPULATION, context),
            row_dependent_fields=row_fields,
            rounding_base=self.parameterAsInt(parameters, self.ROUNDING_BASE, context),
            rate_per=self.parameterAsDouble(parameters, self.RATE_PER, context), seed=seed,
            **stages.stage(0.2, 0.7).callables())
        notes.extend(result.notes)
        bridge.raise_if_cancelled(feedback)
        public = gpd.GeoDataFrame(result.table, geometry=data.frame.geometry.values,
                                  crs=data.frame.crs)
        outputs = {self.OUTPUT: bridge.write_frame(self, parameters, self.OUTPUT, context, public,
                                                   data.crs, feedback=feedback)}
        outputs[self.REPORT] = bridge.write_frame(self, parameters, self.REPORT, context,
                                                  result.report, None, feedback=feedback)
        if parameters.get(self.POINTS) not in (None, ""):
            if parameters.get(self.POINTS_OUTPUT) is None:
                raise InputError(self.tr("incident points were given: choose where to write the "
                                         "masked points (POINTS_OUTPUT)"))
            outputs[self.POINTS_OUTPUT] = self._masked_points(parameters, context, feedback,
                                                              notes, seed, stages)
        if register is not None:
            bridge.after_outputs_written(register)
        for row in result.report.itertuples(index=False):
            feedback.pushInfo(f"  {row.item}: {row.value}")
        bridge.push_notes(feedback, notes)
        first = next((f for f in [total, *counts] if f), None)
        if first:
            bridge.style_on_load(context, outputs[self.OUTPUT], graduated_field=first)
        feedback.setProgress(100)
        return outputs

    def _check_one_geography(self, parameters, context, table, id_field, count_fields):
        """Refuse (before anything is written) a layer that would put a second geography of
        the same data into a package; return the action that records this layer in the
        package once it is written (None for an output that is not a GeoPackage)."""
        from ..usm_plugin import bridge
        from ..usm_plugin.core.publish.geographies import (differencing_conflict,
                                                            release_fingerprint)
        from ..usm_plugin.core.runtime import InputError

        package, layer, adds_layer = bridge.geopackage_destination(parameters.get(self.OUTPUT))
        if package is None:
            return None
        source, digest = bridge.source_file_sha256(self, parameters, self.INPUT, context)
        source = os.path.basename(source)  # the package is public: no internal folder names
        fingerprint = release_fingerprint(table, id_field, count_fields, layer=layer,
                                          source=source, source_sha256=digest)
        if adds_layer:
            records, present = bridge.release_register(package)
            conflict = differencing_conflict(records, fingerprint, present)
            if conflict:
                raise InputError(self.tr("{conflict}. Nothing was written; {package} is "
                                         "unchanged.").format(conflict=conflict, package=package))
        return lambda: bridge.add_to_release_register(package, fingerprint)

    def _masked_points(self, parameters, context, feedback, notes, seed, stages):
        import geopandas as gpd
        import shapely

        from ..usm_plugin import bridge
        from ..usm_plugin.core.publish.geomask import donut_mask
        from ..usm_plugin.qgis_compat import WkbType

        category = self.parameterAsString(parameters, self.POINT_CATEGORY, context) or None
        target_crs = bridge.analysis_crs_for(self, parameters, self.POINTS, context, notes)
        points = bridge.read_source(self, parameters, self.POINTS, context, feedback,
                                    fields=[category] if category else [], target_crs=target_crs,
                                    stage=stages.stage(0.7, 0.85))
        notes.extend(points.notes)
        x, y, row, point_notes = bridge.point_coordinates(points)
        notes.extend(point_notes)
        masked = donut_mask(
            x, y, min_distance=self.parameterAsDouble(parameters, self.MIN_DISPLACEMENT, context),
            max_distance=self.parameterAsDouble(parameters, self.MAX_DISPLACEMENT, context),
            seed=seed)
        notes.extend(masked.notes)
        attributes = {category: points.frame[category].to_numpy()[row]} if category else {}
        frame = gpd.GeoDataFrame(attributes, geometry=shapely.points(masked.x, masked.y),
                                 crs=points.frame.crs)
        return bridge.write_frame(self, parameters, self.POINTS_OUTPUT, context, frame,
                                  target_crs, geometry_type=WkbType.POINT, feedback=feedback)
