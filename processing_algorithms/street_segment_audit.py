"""Street-segment CPTED audit: lighting, permeability, land-use mix, generators, incidents."""

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
)

from ..usm_plugin.qgis_compat import NumberType, SourceType, parameter_as_strings
from .base import UsmAlgorithm


class StreetSegmentAuditAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "streetsegmentaudit"
    DISPLAY_NAME = "Street-segment audit (CPTED)"
    GROUP_ID = "cpted"
    SHORT_DESCRIPTION = ("Splits the street network into segments between intersections and "
                         "measures, per segment, street lighting (lit share, longest dark gap), "
                         "permeability (node degree, dead ends, intersection density), land-use "
                         "mix, distance to activity generators, frontage, maintenance and "
                         "incidents in total, at night and per category; rolled up per "
                         "neighbourhood.")
    DESCRIPTION = """
    Segments. The streets become a network: vertices closer than the node tolerance are one node,
    a street end within the tolerance of another street is joined to it, crossings without a
    shared vertex are not joined (bridges, tunnels) and are reported, duplicate pieces count
    once. A segment runs from an intersection or dead end to the next one; with a maximum length
    it is cut into equal units (pieces), and every measure below is per unit. Streets cut off
    from the main network keep a component number above 0 and are reported; dead ends lying
    just short of another street (digitising gaps) are reported.

    Lighting. A light lights every point of a street within the light radius (straight line), so
    a light at a corner lights each street it reaches. lit_share is the share of the unit's
    length within the radius of at least one light, max_dark_gap_m the longest stretch farther
    than the radius from every light. For the count n_lights each light goes once to its nearest
    unit within the radius; lights farther than the radius from every street light nothing and
    are reported. With a working-flag field only lights whose value is 1 count.

    Permeability. Node degree at both ends (1 a dead end, 2 a bend or a cut, 3 and more an
    intersection), a dead-end flag for every unit of a segment that ends at degree 1, and the
    density of intersections within the density radius of the unit's midpoint.

    Activity. Land-use mix is the Shannon entropy of the land-use area shares within the
    land-use buffer of the unit, divided by the logarithm of the number of classes in the layer
    (0 one use, 1 all uses equally). Distances to activity generators (any point layers: transit
    stops, schools, shops) are straight-line distances from the unit. Building frontage is the
    share of the unit's length within the frontage distance of a building; maintenance and
    vacancy points are snapped like incidents and counted per 100 m.

    Incidents are snapped to the nearest unit within the snap tolerance; the others are counted
    in the log and the accounting table, never silently dropped. n_night counts incidents whose
    time of day falls in the night window from NIGHT_START:00 up to but not including
    NIGHT_END:00 (wrapping past midnight); incidents with a date but no time, or no date at all,
    are not in n_night and are counted in n_no_time. Without a date field n_night is NULL.

    Neighbourhoods. A unit belongs to the neighbourhood holding its midpoint (a midpoint on a
    shared boundary goes to the id that sorts first). Shares and densities are length-weighted
    means over its units, counts are sums. Distances are measured in metres in the street layer's
    CRS, or in the local UTM zone when that CRS is geographic or Web Mercator (stated in the log);
    the other layers are reprojected to it.
    """
    TAGS = ("cpted", "street segment", "street lights", "lighting", "dark", "dead end",
            "cul-de-sac", "permeability", "intersection density", "land-use mix", "entropy",
            "frontage", "incidents", "night", "audit", "crime prevention through environmental design")
    REFERENCES = (
        "Cozens, P., Saville, G., Hillier, D. (2005). Crime prevention through environmental "
        "design (CPTED): a review and modern bibliography. Property Management, 23(5), 328-356.",
        "Welsh, B. C., Farrington, D. P. (2008). Effects of improved street lighting on crime. "
        "Campbell Systematic Reviews, 4(1), 1-51.",
        "Weisburd, D., Groff, E. R., Yang, S.-M. (2012). The Criminology of Place: Street Segments "
        "and Our Understanding of the Crime Problem. Oxford University Press.",
        "Frank, L. D., Schmid, T. L., Sallis, J. F., Chapman, J., Saelens, B. E. (2005). Linking "
        "objectively measured physical activity with objectively measured urban form. American "
        "Journal of Preventive Medicine, 28(2S2), 117-125 (land-use mix entropy).",
        "Johnson, S. D., Bowers, K. J. (2010). Permeability and burglary risk: are cul-de-sacs "
        "safer? Journal of Quantitative Criminology, 26(1), 89-111.",
    )

    @property
    def OUTPUT_FIELDS(self):  # noqa: N802 (documented in the core)
        try:
            from ..usm_plugin.core.cpted.audit import SEGMENT_FIELDS
        except ImportError:
            return (("length_m", "segment length", "m"), ("lit_share", "lit share", "0-1"))
        return tuple(SEGMENT_FIELDS)

    @property
    def OUTPUT_TABLES(self):  # noqa: N802
        try:
            from ..usm_plugin.core.cpted.audit import NEIGHBOURHOOD_FIELDS
        except ImportError:
            return ()
        return (("Neighbourhood output (added to the neighbourhood's own fields)",
                 tuple(NEIGHBOURHOOD_FIELDS)),
                ("Accounting table", (("item", "what is counted (streets, segments, lights, "
                                               "incidents snapped, beyond tolerance, ...)", "text"),
                                      ("count", "the number", "count"),
                                      ("note", "what the line means", "text"))))

    STREETS = "STREETS"
    STREET_FIELDS = "STREET_FIELDS"
    LIGHTS = "LIGHTS"
    LIGHT_FIELD = "LIGHT_FIELD"
    LIGHT_RADIUS = "LIGHT_RADIUS"
    DARK_THRESHOLD = "DARK_THRESHOLD"
    INCIDENTS = "INCIDENTS"
    DATE_FIELD = "DATE_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    NIGHT_START = "NIGHT_START"
    NIGHT_END = "NIGHT_END"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    NEIGHBOURHOODS = "NEIGHBOURHOODS"
    NEIGHBOURHOOD_ID = "NEIGHBOURHOOD_ID"
    LAND_USE = "LAND_USE"
    LAND_USE_FIELD = "LAND_USE_FIELD"
    LAND_USE_BUFFER = "LAND_USE_BUFFER"
    GENERATORS = "GENERATORS"
    BUILDINGS = "BUILDINGS"
    FRONTAGE_DISTANCE = "FRONTAGE_DISTANCE"
    MAINTENANCE = "MAINTENANCE"
    MAX_LENGTH = "MAX_LENGTH"
    DENSITY_RADIUS = "DENSITY_RADIUS"
    NODE_TOLERANCE = "NODE_TOLERANCE"
    OUTPUT = "OUTPUT"
    NEIGHBOURHOOD_OUTPUT = "NEIGHBOURHOOD_OUTPUT"
    ACCOUNTING = "ACCOUNTING"

    def _number(self, key, label, default, help_text, minimum=0.0, integer=False, maximum=None,
                advanced=False):
        param = QgsProcessingParameterNumber(
            key, self.tr(label), NumberType.INTEGER if integer else NumberType.DOUBLE,
            defaultValue=default, minValue=minimum,
            maxValue=maximum if maximum is not None else 1.7976931348623157e308)
        self.add_parameter(param, help_text, advanced=advanced)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.STREETS, self.tr("Streets"), [SourceType.LINE]),
            "Street centre lines (LineString or MultiLineString), ideally noded at intersections. "
            "Distances are measured in its CRS if projected, else in the local UTM zone.")
        self.add_parameter(
            QgsProcessingParameterField(self.STREET_FIELDS, self.tr("Street fields to copy"),
                                        parentLayerParameterName=self.STREETS,
                                        allowMultiple=True, optional=True),
            "Street attributes (e.g. name, road class) copied to each segment from the street "
            "feature nearest the segment's midpoint.")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.LIGHTS, self.tr("Street lights"), [SourceType.POINT]),
            "Street-light points. May be in another CRS.")
        self.add_parameter(
            QgsProcessingParameterField(self.LIGHT_FIELD, self.tr("Working-light flag field"),
                                        parentLayerParameterName=self.LIGHTS, optional=True),
            "Optional 0/1 field: only lights whose value is 1 (working) count. Lights with another "
            "or no value are left out and reported.")
        self._number(self.LIGHT_RADIUS, "Light radius (metres)", 30.0,
                     "Distance a street light illuminates, in metres (straight line). Sets the lit "
                     "share, the dark gaps and the distance within which a light counts for a "
                     "street.", minimum=0.1)
        self._number(self.DARK_THRESHOLD, "Dark threshold (lit share)", 0.5,
                     "A segment is flagged dark (dark = 1) when its lit share is below this value "
                     "(0-1).", maximum=1.0)
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INCIDENTS, self.tr("Incidents"), [SourceType.POINT]),
            "Incident points. Each goes to the nearest segment within the snap tolerance.")
        self.add_parameter(
            QgsProcessingParameterField(self.DATE_FIELD, self.tr("Date/time field"),
                                        parentLayerParameterName=self.INCIDENTS, optional=True),
            "Date-time of the incident (a date-time field, or text such as 2023-05-17 21:30 or "
            "17/05/2023 21:30), for the night counts. Without it n_night is NULL.")
        self.add_parameter(
            QgsProcessingParameterField(self.CATEGORY_FIELD, self.tr("Category field"),
                                        parentLayerParameterName=self.INCIDENTS, optional=True),
            "Incident type: one count field n_cat_<category> per distinct value.")
        self._number(self.NIGHT_START, "Night starts at (hour)", 19,
                     "First hour of the night window (0-24, local clock of the date field).",
                     integer=True, maximum=24)
        self._number(self.NIGHT_END, "Night ends at (hour, not included)", 6,
                     "The night window ends just before this hour: 19 and 6 mean 19:00 to 05:59.",
                     integer=True, maximum=24)
        self._number(self.SNAP_TOLERANCE, "Snap tolerance (metres)", 30.0,
                     "Incidents and maintenance points farther than this from every street are "
                     "not assigned to a segment (they are counted and reported).", minimum=0.1)
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.NEIGHBOURHOODS, self.tr("Neighbourhoods"),
                                                [SourceType.POLYGON], optional=True),
            "Optional neighbourhood polygons: each segment gets the id of the neighbourhood "
            "holding its midpoint, and the neighbourhood output rolls the measures up.")
        self.add_parameter(
            QgsProcessingParameterField(self.NEIGHBOURHOOD_ID, self.tr("Neighbourhood id field"),
                                        parentLayerParameterName=self.NEIGHBOURHOODS, optional=True),
            "Unique code per neighbourhood (needed with neighbourhoods).")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.LAND_USE, self.tr("Land use"),
                                                [SourceType.POLYGON], optional=True),
            "Optional land-use polygons for the land-use mix.")
        self.add_parameter(
            QgsProcessingParameterField(self.LAND_USE_FIELD, self.tr("Land-use class field"),
                                        parentLayerParameterName=self.LAND_USE, optional=True),
            "Field with the land-use class (residential, commercial, ...).")
        self._number(self.LAND_USE_BUFFER, "Land-use buffer (metres)", 100.0,
                     "Land use within this distance of a segment counts in its mix.", minimum=1.0)
        self.add_parameter(
            QgsProcessingParameterMultipleLayers(self.GENERATORS, self.tr("Activity generators"),
                                                 SourceType.POINT, optional=True),
            "Point layers of activity generators (transit stops, schools, shops, bars): distance "
            "from each segment to the nearest one, overall (gen_dist_m) and per layer.")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.BUILDINGS, self.tr("Buildings"),
                                                [SourceType.POLYGON], optional=True),
            "Optional building footprints for the frontage share.")
        self._number(self.FRONTAGE_DISTANCE, "Frontage distance (metres)", 15.0,
                     "A stretch of street within this distance of a building counts as faced by "
                     "a building front.", minimum=0.1)
        self.add_parameter(
            QgsProcessingParameterMultipleLayers(self.MAINTENANCE, self.tr("Maintenance / vacancy points"),
                                                 SourceType.POINT, optional=True),
            "Point layers of maintenance complaints, graffiti, vacant lots or abandoned buildings: "
            "snapped like incidents, counted per segment and per 100 m.")
        self._number(self.MAX_LENGTH, "Maximum segment length (metres, 0 = no cut)", 0.0,
                     "Cut segments longer than this into equal pieces (e.g. 100 m for comparable "
                     "units). 0 keeps whole segments between intersections.", advanced=True)
        self._number(self.DENSITY_RADIUS, "Intersection density radius (metres)", 400.0,
                     "Intersections are counted within this distance of each segment's midpoint.",
                     minimum=1.0, advanced=True)
        self._number(self.NODE_TOLERANCE, "Node tolerance (metres)", 1.0,
                     "Street vertices closer than this are one node, and street ends this close to "
                     "another street are joined to it. Raise it to close digitising gaps.",
                     advanced=True)
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Street segments"), SourceType.LINE),
            "One line per segment (or piece) with the fields listed under Output fields, in the "
            "analysis CRS.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.NEIGHBOURHOOD_OUTPUT, self.tr("Neighbourhood audit"),
                                              SourceType.POLYGON, optional=True,
                                              createByDefault=False),
            "The neighbourhood layer with its own fields plus the rolled-up measures.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.ACCOUNTING, self.tr("Accounting"), SourceType.TABLE,
                                              optional=True, createByDefault=False),
            "Table of what was read, used, snapped and left out.")

    # ---------------------------------------------------------------------------------------

    def _read_points(self, parameters, name, context, feedback, target_crs, fields, stage):
        from ..usm_plugin import bridge
        from ..usm_plugin.core.cpted.audit import PointInput

        data = bridge.read_source(self, parameters, name, context, feedback, fields=fields,
                                  target_crs=target_crs, points_as_xy=True, stage=stage)
        x, y, row, notes = bridge.point_coordinates(data)
        notes.extend(data.notes)
        frame = data.frame.drop(columns="geometry").reset_index(drop=True)
        return PointInput(x, y, row, frame, len(data.frame), notes)

    def _layers_xy(self, parameters, name, context, feedback, target_crs, notes):
        from ..usm_plugin import bridge

        layers = self.parameterAsLayerList(parameters, name, context) or []
        out = {}
        for layer in layers:
            key = bridge.layer_label(layer)
            while key in out:
                key += "_2"
            out[key] = bridge.layer_point_xy(layer, target_crs, context, feedback, notes,
                                             f"{name} layer")
        return out

    def process_with_core(self, parameters, context, feedback):
        import numpy as np

        from ..usm_plugin import bridge
        from ..usm_plugin.core.cpted.audit import street_segment_audit
        from ..usm_plugin.core.runtime import InputError, Notes

        p = parameters
        street_fields = parameter_as_strings(self, p, self.STREET_FIELDS, context)
        light_field = self.parameterAsString(p, self.LIGHT_FIELD, context) or None
        date_field = self.parameterAsString(p, self.DATE_FIELD, context) or None
        category = self.parameterAsString(p, self.CATEGORY_FIELD, context) or None
        id_field = self.parameterAsString(p, self.NEIGHBOURHOOD_ID, context) or None
        lu_field = self.parameterAsString(p, self.LAND_USE_FIELD, context) or None
        num = {k: self.parameterAsDouble(p, k, context) for k in (
            self.LIGHT_RADIUS, self.DARK_THRESHOLD, self.SNAP_TOLERANCE, self.LAND_USE_BUFFER,
            self.FRONTAGE_DISTANCE, self.MAX_LENGTH, self.DENSITY_RADIUS, self.NODE_TOLERANCE,
            self.NIGHT_START, self.NIGHT_END)}
        has = {k: p.get(k) not in (None, "") for k in (self.NEIGHBOURHOODS, self.LAND_USE,
                                                         self.BUILDINGS)}
        if has[self.NEIGHBOURHOODS] and not id_field:
            raise InputError(self.tr("choose the neighbourhood id field (NEIGHBOURHOOD_ID)"))
        if has[self.LAND_USE] and not lu_field:
            raise InputError(self.tr("choose the land-use class field (LAND_USE_FIELD)"))

        stages = bridge.FeedbackAdapter(feedback)
        notes = Notes()
        target_crs = bridge.analysis_crs_for(self, p, self.STREETS, context, notes)
        feedback.pushInfo(self.tr("Reading streets, lights and incidents…"))
        streets = bridge.read_source(self, p, self.STREETS, context, feedback, fields=street_fields,
                                     target_crs=target_crs, stage=stages.stage(0.0, 0.05))
        notes.extend(streets.notes)
        lights = self._read_points(p, self.LIGHTS, context, feedback, target_crs,
                                   [light_field] if light_field else [], stages.stage(0.05, 0.1))
        if light_field:
            lights = _working_only(lights, light_field, notes)
        incidents = self._read_points(p, self.INCIDENTS, context, feedback, target_crs,
                                      [date_field, category], stages.stage(0.1, 0.3))
        feedback.pushInfo(self.tr("Read {streets} streets, {lights} lights, {incidents} "
                                  "incidents.").format(
            streets=f"{len(streets.frame):,}", lights=f"{lights.n_read:,}",
            incidents=f"{incidents.n_read:,}"))
        nb = land = buildings = None
        if has[self.NEIGHBOURHOODS]:
            nb = bridge.read_source(self, p, self.NEIGHBOURHOODS, context, feedback,
                                    fields=[f.name() for f in self.parameterAsSource(
                                        p, self.NEIGHBOURHOODS, context).fields()],
                                    target_crs=target_crs, check_validity=True,
                                    keep_original_geometry=True)
            notes.extend(nb.notes)
        if has[self.LAND_USE]:
            land_data = bridge.read_source(self, p, self.LAND_USE, context, feedback,
                                           fields=[lu_field], target_crs=target_crs,
                                           check_validity=True)
            notes.extend(land_data.notes)
            land = land_data.frame
        if has[self.BUILDINGS]:
            building_data = bridge.read_source(self, p, self.BUILDINGS, context, feedback,
                                               target_crs=target_crs, check_validity=True)
            notes.extend(building_data.notes)
            buildings = np.asarray(building_data.frame.geometry.values, dtype=object)
        generators = self._layers_xy(p, self.GENERATORS, context, feedback, target_crs, notes)
        maintenance = self._layers_xy(p, self.MAINTENANCE, context, feedback, target_crs, notes)

        feedback.pushInfo(self.tr("Building the network and auditing its segments…"))
        result = street_segment_audit(
            streets.frame, lights=lights, incidents=incidents,
            neighbourhoods=None if nb is None else nb.frame[[id_field, "geometry"]],
            neighbourhood_id=id_field, land_use=land, land_use_field=lu_field,
            generators=generators or None, buildings=buildings, maintenance=maintenance or None,
            date_field=date_field, category_field=category,
            night_hours=(num[self.NIGHT_START], num[self.NIGHT_END]),
            light_radius=num[self.LIGHT_RADIUS], snap_tolerance=num[self.SNAP_TOLERANCE],
            node_tolerance=num[self.NODE_TOLERANCE], max_length=num[self.MAX_LENGTH],
            density_radius=num[self.DENSITY_RADIUS], land_use_buffer=num[self.LAND_USE_BUFFER],
            frontage_distance=num[self.FRONTAGE_DISTANCE], dark_threshold=num[self.DARK_THRESHOLD],
            street_fields=street_fields, **stages.stage(0.3, 0.9).callables())
        notes.extend(result.notes)
        bridge.push_notes(feedback, notes)
        for row in result.accounting.itertuples(index=False):
            feedback.pushInfo(f"  {row.item}: {int(row.count):,}")
        bridge.raise_if_cancelled(feedback)

        output_id = bridge.write_frame(self, p, self.OUTPUT, context, result.segments, target_crs,
                                       geometry_type=bridge.LINE_STRING, feedback=feedback)
        bridge.style_on_load(context, output_id, qml_name="street_segments_lit.qml")
        results = {self.OUTPUT: output_id}
        if p.get(self.NEIGHBOURHOOD_OUTPUT) is not None and result.neighbourhoods is not None:
            results[self.NEIGHBOURHOOD_OUTPUT] = _write_neighbourhoods(
                self, p, context, feedback, nb, result.neighbourhoods, id_field)
        if p.get(self.ACCOUNTING) is not None:
            results[self.ACCOUNTING] = bridge.write_frame(self, p, self.ACCOUNTING, context,
                                                          result.accounting, None, feedback=feedback)
        seg = result.segments
        if "lit_share" in seg:
            total = seg["length_m"].sum()
            feedback.pushInfo(self.tr("City: {units} units, {km} km, lit share {share}, {dark} "
                                      "dark units.").format(
                units=f"{len(seg):,}", km=f"{total / 1000:,.1f}",
                share=f"{(seg['lit_share'] * seg['length_m']).sum() / total:.1%}",
                dark=f"{int(seg['dark'].sum()):,}"))
        feedback.setProgress(100)
        return results


def _working_only(lights, field, notes):
    """Keep the lights whose flag is 1; the others are counted in the notes."""
    import numpy as np
    import pandas as pd

    from ..usm_plugin.core.cpted.audit import PointInput
    from ..usm_plugin.i18n import tr

    flag = pd.to_numeric(lights.frame[field], errors="coerce").to_numpy()[lights.row]
    keep = flag == 1
    notes.say(tr("{n} of {total} street lights have {field} = 1 and are used").format(
        n=int(keep.sum()), total=len(keep), field=field))
    if np.isnan(flag).any():
        notes.warn(tr("{n} street lights have no usable {field} value and were left out").format(
            n=int(np.isnan(flag).sum()), field=field))
    return PointInput(lights.x[keep], lights.y[keep], lights.row[keep], lights.frame,
                      lights.n_read, lights.notes)


def _write_neighbourhoods(alg, parameters, context, feedback, nb, table, id_field):
    import geopandas as gpd

    from ..usm_plugin import bridge

    values = table.set_index(id_field)
    own = nb.frame.drop(columns=["geometry"])
    clashing = [c for c in values.columns if c in own.columns and c != id_field]
    if clashing:
        feedback.pushWarning(alg.tr("Input fields replaced by new values of the same name: "
                                    "{fields}").format(fields=", ".join(clashing)))
    joined = own.drop(columns=clashing).join(values, on=id_field)
    joined = gpd.GeoDataFrame(joined, geometry=nb.original_geometry.reindex(own.index).values)
    dest = bridge.write_frame(alg, parameters, alg.NEIGHBOURHOOD_OUTPUT, context, joined,
                              nb.source_crs, feedback=feedback)
    bridge.style_on_load(context, dest, graduated_field="lit_share", ramp_name="Blues")
    return dest
