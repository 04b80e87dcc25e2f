"""Population coverage by facilities: share of residents within a distance, straight or walking."""

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ..usm_plugin.qgis_compat import NumberType, SourceType
from .base import UsmAlgorithm
from .base.neighbourhoods import (NEIGHBOURHOOD_ID, add_neighbourhood_parameters,
                                  add_population_parameters, read_layer, read_neighbourhoods,
                                  read_population, write_neighbourhoods)
from .base.streets import NETWORK_NOTES, STREETS, add_network_parameters, read_street_graph

METHODS = [("euclidean", "Straight line"), ("network", "Walking distance along the streets")]
class PopulationCoverageAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "populationcoverage"
    DISPLAY_NAME = "Population coverage by facilities"
    GROUP_ID = "join"
    SHORT_DESCRIPTION = ("Share of each neighbourhood's residents living within a given straight-line "
                         "or walking distance of a facility (police post, school, health centre, "
                         "transit stop, park entrance).")
    DESCRIPTION = """
    Residents come from census units (each unit is cut by the neighbourhoods; each piece carries
    the unit's residents in proportion to its area, at a point inside the piece, so a piece is
    covered or not as a whole) or from a population raster (each cell's residents at the cell
    centre; finer). A resident counts for the neighbourhood the point lies in. Facilities outside
    the city also serve.

    A resident at exactly the distance is covered. Neighbourhoods without residents get a NULL
    share with a warning; the city-wide share is written to the log.
    """ + NETWORK_NOTES
    TAGS = ("coverage", "accessibility", "walking distance", "network", "service area",
            "facilities", "population", "neighbourhood", "street network")
    OUTPUT_FIELDS = (
        ("cov_pop", "residents in the neighbourhood (from the population source)", "persons"),
        ("cov_covered", "residents within the distance of a facility", "persons"),
        ("cov_share", "cov_covered / cov_pop (NULL when no residents)", "0-1"),
    )
    REFERENCES = (
        "UN-Habitat (2018). SDG Indicator 11.2.1 Training Module: Public Transport System. "
        "Nairobi (population within walking distance along the street network).",
        "Dijkstra, E. W. (1959). A note on two problems in connexion with graphs. Numerische "
        "Mathematik, 1, 269-271.",
    )

    FACILITIES = "FACILITIES"
    DISTANCE = "DISTANCE"
    METHOD = "METHOD"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_neighbourhood_parameters(self)
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.FACILITIES, self.tr("Facilities"),
                                                [SourceType.POINT]),
            "Point layer of facilities. May be in another CRS and may extend beyond the city.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.DISTANCE, self.tr("Distance (m)"), type=NumberType.DOUBLE,
                                         defaultValue=500.0, minValue=0.001),
            "Residents within this many metres of a facility are covered (measured in the "
            "neighbourhoods' projected CRS, or the local UTM zone for a geographic CRS).")
        self.add_parameter(
            QgsProcessingParameterEnum(self.METHOD, self.tr("Distance measured"),
                                       options=[label for _, label in METHODS], defaultValue=0),
            "Straight line, or walking distance along the street network (needs the street layer).")
        add_network_parameters(self, "Needed for walking distances.")
        add_population_parameters(self, "")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Population coverage"),
                                              SourceType.POLYGON),
            "The neighbourhood layer with all its fields plus cov_pop, cov_covered and cov_share.")

    def process_with_core(self, parameters, context, feedback):
        from ..usm_plugin import bridge
        from ..usm_plugin.core.runtime import InputError, Notes
        from ..usm_plugin.core.network.coverage import population_coverage

        id_field = self.parameterAsString(parameters, NEIGHBOURHOOD_ID, context)
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)][0]
        stages = bridge.FeedbackAdapter(feedback)
        notes = Notes()
        feedback.pushInfo(self.tr("Reading neighbourhoods…"))
        areas, target_crs = read_neighbourhoods(self, parameters, context, feedback, notes,
                                                stages.stage(0.0, 0.05))
        facilities = read_layer(self, parameters, self.FACILITIES, context, feedback, target_crs,
                                 notes, stages.stage(0.05, 0.1))
        pop = read_population(self, parameters, context, feedback, areas, target_crs, notes,
                              stages.stage(0.1, 0.2), required=True)
        graph = None
        if method == "network":
            graph = read_street_graph(self, parameters, context, feedback, target_crs, notes,
                                      stages.stage(0.2, 0.45))
            if graph is None:
                raise InputError(self.tr("walking distances need the street network layer"))
        elif parameters.get(STREETS) not in (None, ""):
            notes.warn(self.tr("a street layer was given but the distance is measured in a "
                               "straight line; choose walking distance to use it"))
        feedback.pushInfo(self.tr("Computing coverage within {distance} m ({method})…").format(
            distance=f"{distance:g}", method=method))
        result = population_coverage(areas.frame[[id_field, "geometry"]], id_field, pop, facilities,
                                     distance=distance, method=method, graph=graph,
                                     **stages.stage(0.45, 0.9).callables())
        notes.extend(result.notes)
        bridge.push_notes(feedback, notes)
        feedback.pushInfo(self.tr("City: {covered} of {population} residents covered (share "
                                  "{share}).").format(
            covered=f"{result.city_covered:,.0f}", population=f"{result.city_population:,.0f}",
            share=f"{result.city_share:.3f}"))
        bridge.raise_if_cancelled(feedback)
        table = result.table.rename(columns={"population": "cov_pop", "covered": "cov_covered",
                                             "share": "cov_share"})
        output_id = write_neighbourhoods(self, parameters, self.OUTPUT, context, feedback, areas,
                                         table, id_field, ["cov_pop", "cov_covered", "cov_share"])
        bridge.style_on_load(context, output_id, qml_name="coverage_share.qml")
        feedback.setProgress(100)
        return {self.OUTPUT: output_id}
