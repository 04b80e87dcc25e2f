"""Aggregate incidents to neighbourhoods: counts, rates, densities and a full accounting."""

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..usm_plugin.qgis_compat import FieldType, NumberType, SourceType, parameter_as_strings
from .base import UsmAlgorithm

PERIOD_CHOICES = [("year", "Year"), ("month", "Month of year"), ("weekday", "Weekday"),
                  ("hourband", "Hour band (night 0-6, morning 6-12, afternoon 12-18, evening 18-24)")]
RATE_CHOICES = [(1000, "per 1,000 residents"), (100000, "per 100,000 residents")]


class AggregateIncidentsAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "aggregateincidents"
    DISPLAY_NAME = "Aggregate incidents to neighbourhoods"
    GROUP_ID = "join"
    SHORT_DESCRIPTION = ("Counts incident points per neighbourhood in total, per category, period "
                         "and disaggregation field, with rates per resident, density per km² and "
                         "Empirical Bayes smoothed rates, and accounts for every incident.")
    DESCRIPTION = """
    Every incident is accounted for: incidents read = assigned to a neighbourhood + outside every
    neighbourhood + dropped (null or empty geometry, NaN or infinite coordinates). The counts are
    in the log and in the Accounting table. Incidents whose date is missing or cannot be parsed
    still count in the totals and categories but not in the period counts; the accounting says
    how many.

    Boundary rule: a point belongs to every neighbourhood whose closed area (interior or
    boundary) contains it; when that is more than one (a point exactly on a shared edge or
    vertex, or in an overlap), it goes to the one whose id comes first in sorted order. So each
    incident is counted exactly once: QGIS's Count points in polygon counts a point on a shared
    edge in neither neighbourhood and an intersects join counts it in both. The number of such
    ties is reported.

    Incidents in another CRS are reprojected to the neighbourhoods' CRS through the project's
    transform settings. Areas and densities are computed in the neighbourhoods' CRS when it is
    projected; for a geographic CRS or Web Mercator they are computed in the local UTM zone
    (stated in the log). Neighbourhoods with a null or empty geometry get NULL values, not 0.
    "Selected features only" and the Processing setting for invalid geometries are honoured.

    Rates need a population field on the neighbourhood layer (for example one interpolated from
    census units). A population of 0 or NULL gives a NULL rate and a warning; a negative
    population is an error. Empirical Bayes smoothing shrinks the rates of neighbourhoods with
    few residents towards the city-wide rate, so a small neighbourhood with one incident does
    not top the map by chance (Marshall 1991, global method-of-moments estimator, as in GeoDa
    and PySAL).

    Large layers are read in chunks so that memory stays under the advanced parameter
    "Memory limit (MB)" (2048 by default), whatever the number of incidents: the counts, the
    accounting and the field names are the same as with a whole read. A layer small enough
    for the limit is read whole, the fastest way.
    """
    TAGS = ("incidents", "crime", "violence", "count", "points in polygon", "rate", "density",
            "empirical bayes", "aggregate", "neighbourhood", "join")
    REFERENCES = (
        "Marshall, R. J. (1991). Mapping disease and mortality rates using empirical Bayes "
        "estimators. Journal of the Royal Statistical Society C, 40(2), 283-294.",
        "Anselin, L., Lozano, N., Koschinsky, J. (2006). Rate transformations and smoothing. "
        "GeoDa Center, Arizona State University.",
        "UN-Habitat (2020). Expert Group Meeting on Global Urban Safety Indicators and "
        "Monitoring Tool, Madrid: the neighbourhood as the unit of analysis.",
    )

    INCIDENTS = "INCIDENTS"
    NEIGHBOURHOODS = "NEIGHBOURHOODS"
    NEIGHBOURHOOD_ID = "NEIGHBOURHOOD_ID"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    DATE_FIELD = "DATE_FIELD"
    PERIODS = "PERIODS"
    DISAGGREGATE_FIELDS = "DISAGGREGATE_FIELDS"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    RATE_PER = "RATE_PER"
    SMOOTH_RATES = "SMOOTH_RATES"
    OUTPUT = "OUTPUT"
    ACCOUNTING = "ACCOUNTING"
    FIELD_NAMES = "FIELD_NAMES"
    MEMORY_LIMIT_MB = "MEMORY_LIMIT_MB"

    @property
    def OUTPUT_FIELDS(self):  # noqa: N802 (the documented fields come from the core)
        try:
            from ..usm_plugin.core.joins.aggregation import FIELD_DOCS
        except ImportError:  # core dependencies missing: the help still lists the basics
            return (("area_km2", "neighbourhood area", "km²"),
                    ("n_total", "incidents assigned to the neighbourhood", "count"))
        return tuple(FIELD_DOCS)

    OUTPUT_TABLES = (
        ("Accounting table", (
            ("item", "read, assigned, on_shared_boundary, outside, dropped_* and "
                     "date_missing_or_unparsable", "text"),
            ("count", "number of incidents", "count"),
            ("note", "what the line means", "text"),
        )),
        ("Field names table", (
            ("field", "output field name", "text"),
            ("source_field", "input field the values come from", "text"),
            ("value", "original category or value the field counts", "text"),
        )),
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INCIDENTS, self.tr("Incidents"), [SourceType.POINT]),
            "Point layer of incidents (crimes, violence, harassment). MultiPoints count once, at "
            "their first point. May be in another CRS than the neighbourhoods.")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.NEIGHBOURHOODS, self.tr("Neighbourhoods"),
                                                [SourceType.POLYGON]),
            "Polygon layer of neighbourhoods (the unit of analysis). Should not overlap; ids must "
            "be unique.")
        self.add_parameter(
            QgsProcessingParameterField(self.NEIGHBOURHOOD_ID, self.tr("Neighbourhood id field"),
                                        parentLayerParameterName=self.NEIGHBOURHOODS),
            "Field with a unique code per neighbourhood. Also decides ties: a point on a shared "
            "boundary goes to the neighbourhood whose id sorts first.")
        self.add_parameter(
            QgsProcessingParameterField(self.CATEGORY_FIELD, self.tr("Category field"),
                                        parentLayerParameterName=self.INCIDENTS, optional=True),
            "Field with the incident type (e.g. homicide, assault, robbery). One count field "
            "n_cat_<category> per distinct value.")
        self.add_parameter(
            QgsProcessingParameterField(self.DATE_FIELD, self.tr("Date/time field"),
                                        parentLayerParameterName=self.INCIDENTS, optional=True),
            "Date or date-time of the incident (a date field, or text in ISO or common day/month "
            "formats). Needed for counts per period.")
        self.add_parameter(
            QgsProcessingParameterEnum(self.PERIODS, self.tr("Count per period"),
                                       options=[label for _, label in PERIOD_CHOICES],
                                       allowMultiple=True, defaultValue=[0], optional=True),
            "Periods to count incidents by (needs a date field): year (n_y2021, ...), month of "
            "year (n_m01..n_m12), weekday (n_wd_mon..n_wd_sun), hour band (n_hb_night, "
            "n_hb_morning, n_hb_afternoon, n_hb_evening).")
        self.add_parameter(
            QgsProcessingParameterField(self.DISAGGREGATE_FIELDS, self.tr("Disaggregate by fields"),
                                        parentLayerParameterName=self.INCIDENTS,
                                        allowMultiple=True, optional=True),
            "Fields to break the counts down by, such as victim sex or age group: one field "
            "n_<field>_<value> per distinct value.")
        self.add_parameter(
            QgsProcessingParameterField(self.WEIGHT_FIELD, self.tr("Weight field"),
                                        parentLayerParameterName=self.INCIDENTS,
                                        type=FieldType.NUMERIC, optional=True),
            "Optional numeric weight per incident (e.g. severity or number of victims); adds "
            "weighted sums w_total and w_cat_<category>. Missing weights are reported.",
            advanced=True)
        self.add_parameter(
            QgsProcessingParameterField(self.POPULATION_FIELD, self.tr("Population field"),
                                        parentLayerParameterName=self.NEIGHBOURHOODS,
                                        type=FieldType.NUMERIC, optional=True),
            "Residents per neighbourhood, for rates. Without it no rates are computed.")
        self.add_parameter(
            QgsProcessingParameterEnum(self.RATE_PER, self.tr("Rates per"),
                                       options=[label for _, label in RATE_CHOICES], defaultValue=1),
            "Rates are incidents per 1,000 or per 100,000 residents (SDG 16.1.1 uses 100,000).")
        self.add_parameter(
            QgsProcessingParameterBoolean(self.SMOOTH_RATES, self.tr("Empirical Bayes smoothed rates"),
                                          defaultValue=True),
            "Add eb_rate_* fields: rates smoothed towards the city-wide rate where populations are "
            "small (global Empirical Bayes, Marshall 1991).")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Neighbourhood incident counts"),
                                              SourceType.POLYGON),
            "The neighbourhood layer with all its fields plus the count, rate and density fields "
            "listed under Output fields.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.ACCOUNTING, self.tr("Accounting"), SourceType.TABLE),
            "Table accounting for every incident read: assigned, on a shared boundary, outside, "
            "dropped by reason, date missing.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.FIELD_NAMES, self.tr("Field names"), SourceType.TABLE,
                                              optional=True, createByDefault=False),
            "Which category or value each generated field name counts.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.MEMORY_LIMIT_MB, self.tr("Memory limit (MB)"),
                                         type=NumberType.INTEGER, defaultValue=2048),
            "Peak memory to stay under, in megabytes. A layer whose whole read would need more "
            "(about 230 bytes per incident: 10 million need some 2.3 GB) is read and counted in "
            "chunks sized from this limit, with the same results and accounting; below it the "
            "layer is read whole, the fastest way. The limit covers this algorithm's own work "
            "(QGIS itself and other open layers come on top); it cannot go below about 500 MB. "
            "The check for many incidents at one exact coordinate keeps every coordinate: beyond "
            "an eighth of the limit they go to a scratch folder in the system's temporary "
            "directory (16 bytes per incident), removed at the end.",
            advanced=True)
        self.add_repair_parameter()

    def process_with_core(self, parameters, context, feedback):
        import geopandas as gpd
        import numpy as np
        from qgis.core import QgsProcessingException

        from ..usm_plugin import bridge
        from ..usm_plugin.core.joins.aggregation import aggregate_incidents
        from ..usm_plugin.core.runtime import Notes

        id_field = self.parameterAsString(parameters, self.NEIGHBOURHOOD_ID, context)
        category = self.parameterAsString(parameters, self.CATEGORY_FIELD, context) or None
        date_field = self.parameterAsString(parameters, self.DATE_FIELD, context) or None
        periods = [PERIOD_CHOICES[i][0] for i in self.parameterAsEnums(parameters, self.PERIODS, context)]
        disaggregate = parameter_as_strings(self, parameters, self.DISAGGREGATE_FIELDS, context)
        weight = self.parameterAsString(parameters, self.WEIGHT_FIELD, context) or None
        population = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        rate_per = RATE_CHOICES[self.parameterAsEnum(parameters, self.RATE_PER, context)][0]
        smooth = self.parameterAsBoolean(parameters, self.SMOOTH_RATES, context)

        memory_limit = self.parameterAsDouble(parameters, self.MEMORY_LIMIT_MB, context)
        if not memory_limit > 0:
            raise QgsProcessingException(self.tr(
                "Memory limit (MB) must be a positive number of megabytes; got {value}. The "
                "default, 2048, suits most machines.").format(
                    value=repr(parameters.get(self.MEMORY_LIMIT_MB))))
        stages = bridge.FeedbackAdapter(feedback)
        notes = Notes()
        target_crs = bridge.analysis_crs_for(self, parameters, self.NEIGHBOURHOODS, context, notes)
        neighbourhood_fields = [f.name() for f in
                                self.parameterAsSource(parameters, self.NEIGHBOURHOODS, context).fields()]
        feedback.pushInfo(self.tr("Reading neighbourhoods…"))
        areas = bridge.read_source(self, parameters, self.NEIGHBOURHOODS, context, feedback,
                                   fields=neighbourhood_fields, target_crs=target_crs,
                                   check_validity=True, keep_original_geometry=True,
                                   stage=stages.stage(0.0, 0.05))
        if areas.n_invalid_skipped:
            notes.warn(self.tr("{n} neighbourhood(s) with invalid geometry skipped (Processing's "
                               "invalid geometry setting) and left out of the output: {ids}").format(
                n=areas.n_invalid_skipped, ids=", ".join(areas.skipped_ids(id_field)[:50])))
        incident_fields = [category, date_field, weight, *disaggregate]
        options = dict(category_field=category, date_field=date_field, periods=periods,
                       disaggregate_fields=tuple(disaggregate), weight_field=weight,
                       population_field=population, rate_per=rate_per, smooth_rates=smooth)
        frame = areas.frame[[id_field] + ([population] if population else []) + ["geometry"]]
        skipped = None if areas.skipped is None else areas.skipped.geometry.values
        n_incidents = self.parameterAsSource(parameters, self.INCIDENTS, context).featureCount()
        chunk_rows = bridge.chunk_rows_for(max(n_incidents, 0), memory_limit)
        notes.extend(areas.notes)
        if chunk_rows is None:
            feedback.pushInfo(self.tr("Reading incidents…"))
            points = bridge.read_source(self, parameters, self.INCIDENTS, context, feedback,
                                        fields=incident_fields, target_crs=target_crs,
                                        points_as_xy=True, stage=stages.stage(0.05, 0.45))
            feedback.pushInfo(self.tr("Read {incidents} incidents and {neighbourhoods} "
                                      "neighbourhoods ({path} path).").format(
                incidents=f"{len(points.frame):,}", neighbourhoods=f"{len(areas.frame):,}",
                path=points.read_path))
            notes.extend(points.notes)
            result = aggregate_incidents(points.frame, frame, id_field, point_xy=points.point_xy,
                                         skipped_neighbourhoods=skipped, **options,
                                         **stages.stage(0.45, 0.85).callables())
        else:
            result = self._aggregate_in_chunks(parameters, context, feedback, incident_fields,
                                               target_crs, chunk_rows, frame, id_field, skipped,
                                               options, notes, stages.stage(0.05, 0.85),
                                               memory_limit)
        notes.extend(result.notes)
        bridge.push_notes(feedback, notes)
        for row in result.accounting.itertuples(index=False):
            feedback.pushInfo(f"  {row.item}: {int(row.count):,}")
        bridge.raise_if_cancelled(feedback)

        # The output keeps the user's layer: its fields, its CRS and its geometries.
        new_columns = [c for c in result.table.columns if c not in (id_field, "geometry")]
        clashing = [c for c in new_columns if c in neighbourhood_fields]
        if clashing:
            feedback.pushWarning(self.tr("Input fields replaced by new values of the same name: "
                                         "{fields}").format(fields=", ".join(clashing)))
        output = areas.frame.drop(columns=clashing + ["geometry"])
        values = result.table.drop(columns="geometry").set_index(id_field)
        joined = output.join(values[new_columns], on=id_field)
        joined = gpd.GeoDataFrame(joined, geometry=areas.original_geometry.reindex(output.index).values)
        output_id = bridge.write_frame(self, parameters, self.OUTPUT, context, joined, areas.source_crs,
                                       feedback=feedback)
        accounting_id = bridge.write_frame(self, parameters, self.ACCOUNTING, context, result.accounting,
                                           None, feedback=feedback)
        results = {self.OUTPUT: output_id, self.ACCOUNTING: accounting_id}
        if parameters.get(self.FIELD_NAMES) is not None:
            results[self.FIELD_NAMES] = bridge.write_frame(
                self, parameters, self.FIELD_NAMES, context, result.field_map, None, feedback=feedback)
        style_field = next((c for c in ("eb_rate_total", "rate_total", "dens_total") if c in new_columns),
                           "n_total")
        bridge.style_on_load(context, output_id, graduated_field=style_field, ramp_name="Reds")
        feedback.setProgress(100)
        assigned = int(np.asarray(result.accounting.loc[result.accounting["item"] == "assigned", "count"])[0])
        feedback.pushInfo(self.tr("{n} incidents assigned to neighbourhoods.").format(
            n=f"{assigned:,}"))
        return results

    def _aggregate_in_chunks(self, parameters, context, feedback, fields, target_crs, chunk_rows,
                             frame, id_field, skipped, options, notes, stage, memory_limit):
        """The incidents read and counted chunk by chunk (core/joins/streaming.py)."""
        import tempfile

        from ..usm_plugin import bridge
        from ..usm_plugin.core.joins.streaming import aggregate_incident_chunks

        chunked = bridge.read_source_chunks(self, parameters, self.INCIDENTS, context, feedback,
                                            fields=fields, chunk_rows=chunk_rows,
                                            target_crs=target_crs)
        feedback.pushInfo(self.tr("Reading and counting {n} incidents in chunks of {rows} ({path} "
                                  "path) to stay under the memory limit…").format(
            n=f"{chunked.n_features:,}", rows=f"{chunk_rows:,}", path=chunked.read_path))
        with tempfile.TemporaryDirectory(prefix="usm-stacks-") as scratch:
            result = aggregate_incident_chunks(
                chunked.chunks(), frame, id_field, skipped_neighbourhoods=skipped,
                spill_dir=scratch, spill_bytes=bridge.stack_spill_bytes(memory_limit),
                total_rows=chunked.n_features, **options,
                **stage.callables())
        notes.extend(chunked.notes)
        read = int(result.accounting.loc[result.accounting["item"] == "read", "count"].iloc[0])
        feedback.pushInfo(self.tr("Read {incidents} incidents in chunks and {neighbourhoods} "
                                  "neighbourhoods ({path} path).").format(
            incidents=f"{read:,}", neighbourhoods=f"{len(frame):,}", path=chunked.read_path))
        return result
