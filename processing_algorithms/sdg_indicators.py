"""SDG 11.2.1 (access to public transport) and 11.7.1 (open public space) per neighbourhood."""

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..usm_plugin.qgis_compat import NumberType, SourceType
from .base import UsmAlgorithm
from .base.neighbourhoods import (NEIGHBOURHOOD_ID, add_neighbourhood_parameters,
                                  add_population_parameters, read_layer, read_neighbourhoods,
                                  read_population, write_neighbourhoods)
from .base.streets import NETWORK_NOTES, add_network_parameters, read_street_graph


class SdgIndicatorsAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "sdgindicators"
    DISPLAY_NAME = "SDG 11.2.1 and 11.7.1 indicators"
    GROUP_ID = "join"
    SHORT_DESCRIPTION = ("Per neighbourhood and for the city: share of residents with convenient "
                         "access to public transport (SDG 11.2.1), share of area that is open "
                         "public space and share of residents within 400 m of it (SDG 11.7.1).")
    DESCRIPTION = """
    SDG 11.2.1: a resident has convenient access when a low-capacity stop (bus, tram) lies within
    500 m or a high-capacity stop (BRT, metro, rail, ferry) within 1,000 m of walking along the
    street network (UN-Habitat's method). Which stops are low or high capacity is read from a
    field of the stop layer; stops with other or empty values are left out and counted. Without a
    street layer the distances are straight lines, which overstate access; the log says so.

    SDG 11.7.1: the share of the built-up area that is open public space, where the built-up
    area comes from an optional built-up layer; without it the share is taken of the whole
    neighbourhood (city) area, an approximation stated in the log that lowers the share where land
    is undeveloped. UN-Habitat's full indicator also counts the land allocated to streets; street
    centre lines carry no width, so it is not included. The access part is the share of residents
    within 400 m walking of an open public space, entered anywhere along its edge (points every
    50 m along each boundary); residents inside a public space have distance 0.

    Residents come from census units (area-weighted pieces) or a population raster (cell
    centres). Neighbourhoods without residents get NULL shares with a warning. City-wide values
    go to the City summary table.
    """ + NETWORK_NOTES
    TAGS = ("sdg", "11.2.1", "11.7.1", "public transport", "transit", "public space", "parks",
            "accessibility", "walking distance", "un-habitat", "neighbourhood")
    OUTPUT_FIELDS = (
        ("sdg_pop", "residents in the neighbourhood (from the population source)", "persons"),
        ("sdg1121_served", "residents within 500 m of a low- or 1,000 m of a high-capacity stop",
         "persons"),
        ("sdg1121", "SDG 11.2.1: sdg1121_served / sdg_pop", "0-1"),
        ("sdg1171_space_m2", "open public space inside the neighbourhood", "m²"),
        ("sdg1171_ref_m2", "built-up area (or neighbourhood area without a built-up layer)", "m²"),
        ("sdg1171_space", "SDG 11.7.1 area part: sdg1171_space_m2 / sdg1171_ref_m2", "0-1"),
        ("sdg1171_near", "residents within 400 m walking of open public space", "persons"),
        ("sdg1171_access", "SDG 11.7.1 access part: sdg1171_near / sdg_pop", "0-1"),
    )
    OUTPUT_TABLES = (
        ("City summary table", (
            ("indicator", "indicator name", "text"),
            ("value", "city-wide value", "as named"),
        )),
    )
    REFERENCES = (
        "UN-Habitat (2018). SDG Indicator 11.2.1 Training Module: Public Transport System. "
        "United Nations Human Settlements Programme, Nairobi.",
        "UN-Habitat (2018). SDG Indicator 11.7.1 Training Module: Public Space. United Nations "
        "Human Settlements Programme, Nairobi.",
        "United Nations Statistics Division. SDG Indicators Metadata Repository, indicators "
        "11.2.1 and 11.7.1 (custodian agency UN-Habitat). https://unstats.un.org/sdgs/metadata/",
    )

    STOPS = "STOPS"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    LOW_VALUES = "LOW_VALUES"
    HIGH_VALUES = "HIGH_VALUES"
    LOW_DISTANCE = "LOW_DISTANCE"
    HIGH_DISTANCE = "HIGH_DISTANCE"
    PUBLIC_SPACE = "PUBLIC_SPACE"
    OPEN_FIELD = "OPEN_FIELD"
    BUILT_UP = "BUILT_UP"
    SPACE_DISTANCE = "SPACE_DISTANCE"
    SPACING = "SPACING"
    OUTPUT = "OUTPUT"
    CITY = "CITY"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_neighbourhood_parameters(self)
        add_population_parameters(self, "")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.STOPS, self.tr("Public transport stops"),
                                                [SourceType.POINT]),
            "Point layer of bus, tram, BRT, metro, rail and ferry stops (inside or outside the city).")
        self.add_parameter(
            QgsProcessingParameterField(self.CAPACITY_FIELD, self.tr("Capacity field"),
                                        parentLayerParameterName=self.STOPS),
            "Field telling low-capacity stops (bus, tram) from high-capacity ones (BRT, metro, "
            "rail, ferry): either a capacity class or the mode itself.")
        self.add_parameter(
            QgsProcessingParameterString(self.LOW_VALUES, self.tr("Low-capacity values"),
                                         defaultValue="low,bus,tram"),
            "Comma-separated values of the capacity field meaning low capacity (case-insensitive).")
        self.add_parameter(
            QgsProcessingParameterString(self.HIGH_VALUES, self.tr("High-capacity values"),
                                         defaultValue="high,brt,metro,rail,train,ferry"),
            "Comma-separated values of the capacity field meaning high capacity (case-insensitive).")
        self.add_parameter(
            QgsProcessingParameterNumber(self.LOW_DISTANCE, self.tr("Walking distance to low-capacity stops (m)"),
                                         type=NumberType.DOUBLE, defaultValue=500.0, minValue=1.0),
            "500 m in the SDG 11.2.1 definition.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterNumber(self.HIGH_DISTANCE, self.tr("Walking distance to high-capacity stops (m)"),
                                         type=NumberType.DOUBLE, defaultValue=1000.0, minValue=1.0),
            "1,000 m in the SDG 11.2.1 definition.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.PUBLIC_SPACE, self.tr("Public space"),
                                                [SourceType.POLYGON], optional=True),
            "Polygons of parks, plazas, sports grounds and green areas open to the public. Without "
            "it SDG 11.7.1 is not computed (its fields are NULL).")
        self.add_parameter(
            QgsProcessingParameterField(self.OPEN_FIELD, self.tr("Open to the public (0/1) field"),
                                        parentLayerParameterName=self.PUBLIC_SPACE, optional=True),
            "Only public spaces whose value is 1 count; empty values count as not open (reported).")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.BUILT_UP, self.tr("Built-up area"),
                                                [SourceType.POLYGON], optional=True),
            "Polygons of the built-up area, the denominator of the public space share. Without it "
            "the neighbourhood area is used (an approximation, stated in the log).")
        self.add_parameter(
            QgsProcessingParameterNumber(self.SPACE_DISTANCE, self.tr("Walking distance to public space (m)"),
                                         type=NumberType.DOUBLE, defaultValue=400.0, minValue=1.0),
            "400 m in the UN-Habitat public space training module.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterNumber(self.SPACING, self.tr("Access point spacing along public space edges (m)"),
                                         type=NumberType.DOUBLE, defaultValue=50.0, minValue=1.0),
            "A public space can be entered at its boundary vertices and at points at most this far "
            "apart along its edge.", advanced=True)
        add_network_parameters(self, "Strongly recommended: without it straight-line distances are "
                                     "used, which overstate access (the log warns).")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("SDG indicators"), SourceType.POLYGON),
            "The neighbourhood layer with all its fields plus the fields listed under Output fields.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.CITY, self.tr("City summary"), SourceType.TABLE),
            "City-wide values of every indicator, with counts of stops and public spaces used.")

    def process_with_core(self, parameters, context, feedback):
        import numpy as np
        import pandas as pd

        from ..usm_plugin import bridge
        from ..usm_plugin.core.network import sdg
        from ..usm_plugin.core.runtime import Notes

        id_field = self.parameterAsString(parameters, NEIGHBOURHOOD_ID, context)
        capacity = self.parameterAsString(parameters, self.CAPACITY_FIELD, context)
        low = [v.strip() for v in self.parameterAsString(parameters, self.LOW_VALUES, context).split(",")
               if v.strip()]
        high = [v.strip() for v in self.parameterAsString(parameters, self.HIGH_VALUES, context).split(",")
                if v.strip()]
        open_field = self.parameterAsString(parameters, self.OPEN_FIELD, context) or None
        stages = bridge.FeedbackAdapter(feedback)
        notes = Notes()
        feedback.pushInfo(self.tr("Reading neighbourhoods…"))
        areas, target_crs = read_neighbourhoods(self, parameters, context, feedback, notes,
                                                stages.stage(0.0, 0.05))
        pop = read_population(self, parameters, context, feedback, areas, target_crs, notes,
                              stages.stage(0.05, 0.15), required=True)
        stops = read_layer(self, parameters, self.STOPS, context, feedback, target_crs, notes,
                            stages.stage(0.15, 0.2), fields=[capacity])
        graph = read_street_graph(self, parameters, context, feedback, target_crs, notes,
                                  stages.stage(0.2, 0.4))
        nb = areas.frame[[id_field, "geometry"]]
        feedback.pushInfo(self.tr("Computing SDG 11.2.1…"))
        transit = sdg.sdg_11_2_1(
            nb, id_field, pop, stops, capacity_field=capacity, low_values=low, high_values=high,
            low_distance=self.parameterAsDouble(parameters, self.LOW_DISTANCE, context),
            high_distance=self.parameterAsDouble(parameters, self.HIGH_DISTANCE, context),
            graph=graph, **stages.stage(0.4, 0.65).callables())
        notes.extend(transit.notes)
        table = transit.table.rename(columns={"population": "sdg_pop", "served": "sdg1121_served",
                                              "sdg_11_2_1": "sdg1121"})
        city = [("sdg_11_2_1", transit.city["sdg_11_2_1"]),
                ("population", transit.city["population"]),
                ("served_11_2_1", transit.city["served"]),
                ("low_capacity_stops", transit.city["low_stops"]),
                ("high_capacity_stops", transit.city["high_stops"]),
                ("stops_left_out", transit.city["stops_left_out"])]
        space_cols = ["sdg1171_space_m2", "sdg1171_ref_m2", "sdg1171_space", "sdg1171_near",
                      "sdg1171_access"]
        if parameters.get(self.PUBLIC_SPACE) not in (None, ""):
            spaces = read_layer(self, parameters, self.PUBLIC_SPACE, context, feedback, target_crs,
                                 notes, stages.stage(0.65, 0.7), fields=[open_field] if open_field else [])
            built = None
            if parameters.get(self.BUILT_UP) not in (None, ""):
                built = read_layer(self, parameters, self.BUILT_UP, context, feedback, target_crs,
                                    notes, stages.stage(0.7, 0.72))
            feedback.pushInfo(self.tr("Computing SDG 11.7.1…"))
            distance = self.parameterAsDouble(parameters, self.SPACE_DISTANCE, context)
            space = sdg.sdg_11_7_1(
                nb, id_field, pop, spaces, open_field=open_field, built_up=built, graph=graph,
                distance=distance, spacing=self.parameterAsDouble(parameters, self.SPACING, context),
                **stages.stage(0.72, 0.9).callables())
            notes.extend(space.notes)
            within = f"within_{distance:g}m"
            st = space.table.rename(columns={"public_space_m2": "sdg1171_space_m2",
                                             "reference_m2": "sdg1171_ref_m2",
                                             "space_share": "sdg1171_space",
                                             within: "sdg1171_near", "access_share": "sdg1171_access"})
            table = table.merge(st[[id_field] + space_cols], on=id_field, how="left")
            city += [("sdg_11_7_1_space_share", space.city["space_share"]),
                     ("sdg_11_7_1_access_share", space.city["access_share"]),
                     ("public_space_m2", space.city["public_space_m2"]),
                     ("reference_area_m2", space.city["reference_m2"]),
                     ("public_spaces", space.city["spaces"]),
                     ("access_points", space.city["access_points"])]
        else:
            for col in space_cols:
                table[col] = np.nan
            notes.say(self.tr("no public space layer given: SDG 11.7.1 fields are NULL"))
        city.append(("distances", 1.0 if graph is not None else 0.0))
        bridge.push_notes(feedback, notes)
        for name, value in city:
            feedback.pushInfo("  " + self.tr("city {key}: {value}").format(key=name,
                                                                          value=f"{value:,.4g}"))
        bridge.raise_if_cancelled(feedback)
        columns = ["sdg_pop", "sdg1121_served", "sdg1121"] + space_cols
        output_id = write_neighbourhoods(self, parameters, self.OUTPUT, context, feedback, areas,
                                         table, id_field, columns)
        summary = pd.DataFrame({"indicator": [n for n, _ in city],
                                "value": [float(v) for _, v in city]})
        summary.loc[summary["indicator"] == "distances", "indicator"] = (
            "walking_distances (1 network, 0 straight line)")
        city_id = bridge.write_frame(self, parameters, self.CITY, context, summary, None,
                                     feedback=feedback)
        bridge.style_on_load(context, output_id, qml_name="sdg_11_2_1.qml")
        feedback.setProgress(100)
        return {self.OUTPUT: output_id, self.CITY: city_id}
