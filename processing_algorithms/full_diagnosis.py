"""Full diagnosis: the whole chain of the Urban Safety Monitor in one run, one GeoPackage."""

from qgis.core import (
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

from ..usm_plugin.qgis_compat import FieldType, NumberType, SourceType
from .base import UsmAlgorithm

#: The chain, in order: (step id, GeoPackage layer or output file, what it holds).
STEPS = (
    ("census", "neighbourhoods_census", "census variables interpolated to the neighbourhoods"),
    ("incidents", "incident_counts", "incidents per neighbourhood with rates and accounting"),
    ("hotspots", "hot_spots", "Gi* hot and cold spots of the incident rate"),
    ("clusters", "clusters_outliers", "Local Moran's I clusters and outliers"),
    ("emerging", "emerging_hot_spots", "emerging hot spot patterns over time"),
    ("density", "incident_density.tif", "kernel density surface (in the output folder)"),
    ("sdg", "sdg_indicators", "SDG 11.2.1 and 11.7.1 per neighbourhood"),
)


class FullDiagnosisAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "fulldiagnosis"
    DISPLAY_NAME = "Full diagnosis of a city"
    GROUP_ID = "publish"
    SHORT_DESCRIPTION = ("Runs the whole diagnosis on a city's layers in one go: census "
                         "interpolation, incidents per neighbourhood with rates, hot spots, "
                         "clusters, emerging patterns, density and SDG indicators, into one "
                         "styled GeoPackage and a folder of tables.")
    DESCRIPTION = """
    The steps run in order, each with the settings a first diagnosis needs, and each step's
    output feeds the next: census variables are interpolated to the neighbourhoods (when a
    census layer is given), incidents are counted per neighbourhood with rates per 100,000
    residents and Empirical Bayes smoothed rates, Gi* hot spots (bins from the z-score, as
    ArcGIS, FDR-corrected) and Local Moran's I clusters (permutations, as GeoDa) are computed
    on the smoothed rate (on the density per km² without population), emerging
    hot spots over the months (with a date field), a kernel density surface, and the SDG
    11.2.1 and 11.7.1 indicators (with transit stops, public space and a population source).
    Steps whose inputs are missing are skipped and listed.

    Every vector result is a layer of the output GeoPackage with its style stored in it, so
    it opens styled in any QGIS. The output folder holds the density GeoTIFF, the accounting
    and summary tables (CSV) and one provenance record per step plus one for the chain. The
    GeoPackage is written under a temporary name and moved into place when every step has
    succeeded: a cancelled or failed run leaves no partial package. Each step can also be run
    on its own, with every option, from the toolbox.
    """
    TAGS = ("diagnosis", "report", "chain", "model", "safer cities", "hot spots", "incidents",
            "census", "sdg", "density")
    REFERENCES = (
        "UN-Habitat (2020). Expert Group Meeting on Global Urban Safety Indicators and "
        "Monitoring Tool, Madrid.",
        "See each step's own help for the references of its method.",
    )
    OUTPUT_TABLES = (
        ("GeoPackage layers (OUTPUT_GPKG)", tuple((layer, text, "layer") for _, layer, text in
                                                 STEPS if not layer.endswith(".tif"))),
        ("Output folder (OUTPUT_FOLDER)", (
            ("incident_density.tif", "incidents per km² (GeoTIFF with a .qml style)", "raster"),
            ("incident_accounting.csv", "every incident accounted for", "table"),
            ("census_totals.csv", "census vs neighbourhood totals", "table"),
            ("sdg_city_summary.csv", "city-wide SDG values", "table"),
            ("provenance_<step>.json, provenance_chain.json", "how each output was made",
             "JSON"))),
    )

    NEIGHBOURHOODS = "NEIGHBOURHOODS"
    NEIGHBOURHOOD_ID = "NEIGHBOURHOOD_ID"
    INCIDENTS = "INCIDENTS"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    DATE_FIELD = "DATE_FIELD"
    CENSUS = "CENSUS"
    CENSUS_ID = "CENSUS_ID"
    CENSUS_COUNTS = "CENSUS_COUNTS"
    CENSUS_RATES = "CENSUS_RATES"
    POPULATION_FIELD = "POPULATION_FIELD"
    POPULATION_RASTER = "POPULATION_RASTER"
    STOPS = "STOPS"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    PUBLIC_SPACE = "PUBLIC_SPACE"
    OPEN_FIELD = "OPEN_FIELD"
    STREETS = "STREETS"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    OUTPUT_GPKG = "OUTPUT_GPKG"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.NEIGHBOURHOODS, self.tr("Neighbourhoods"),
                                                [SourceType.POLYGON]),
            "Neighbourhood polygons with a unique id.")
        self.add_parameter(
            QgsProcessingParameterField(self.NEIGHBOURHOOD_ID, self.tr("Neighbourhood id field"),
                                        parentLayerParameterName=self.NEIGHBOURHOODS),
            "Unique code of each neighbourhood.")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INCIDENTS, self.tr("Incidents"),
                                                [SourceType.POINT]),
            "Incident points (crime, violence, calls for service).")
        self.add_parameter(
            QgsProcessingParameterField(self.CATEGORY_FIELD, self.tr("Incident category field"),
                                        parentLayerParameterName=self.INCIDENTS, optional=True),
            "Counts per category (n_cat_*) when given.")
        self.add_parameter(
            QgsProcessingParameterField(self.DATE_FIELD, self.tr("Incident date field"),
                                        parentLayerParameterName=self.INCIDENTS, optional=True),
            "Counts per year and the emerging hot spot step need the date of each incident.")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.CENSUS, self.tr("Census units"),
                                                [SourceType.POLYGON], optional=True),
            "Census units whose variables are interpolated to the neighbourhoods.")
        self.add_parameter(
            QgsProcessingParameterField(self.CENSUS_ID, self.tr("Census unit id field"),
                                        parentLayerParameterName=self.CENSUS, optional=True),
            "Code of each census unit (used in the diagnostics).")
        self.add_parameter(
            QgsProcessingParameterField(self.CENSUS_COUNTS, self.tr("Census counts"),
                                        parentLayerParameterName=self.CENSUS,
                                        type=FieldType.NUMERIC, allowMultiple=True,
                                        optional=True),
            "Count variables (population, households...) split by area or raster share.")
        self.add_parameter(
            QgsProcessingParameterField(self.CENSUS_RATES, self.tr("Census rates and shares"),
                                        parentLayerParameterName=self.CENSUS,
                                        type=FieldType.NUMERIC, allowMultiple=True,
                                        optional=True),
            "Rates, shares and means, averaged weighted by population.")
        self.add_parameter(
            QgsProcessingParameterField(self.POPULATION_FIELD, self.tr("Population field"),
                                        parentLayerParameterName=self.CENSUS,
                                        type=FieldType.NUMERIC, optional=True),
            "The census population count: it gives the rates per resident, the smoothed rates "
            "analysed for hot spots and the residents of the SDG indicators.")
        self.add_parameter(
            QgsProcessingParameterRasterLayer(self.POPULATION_RASTER,
                                              self.tr("Population raster"), optional=True),
            "Residents per cell: dasymetric census interpolation and the SDG residents.")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.STOPS, self.tr("Public transport stops"),
                                                [SourceType.POINT], optional=True),
            "For SDG 11.2.1 (with public space, for the SDG step).")
        self.add_parameter(
            QgsProcessingParameterField(self.CAPACITY_FIELD, self.tr("Stop capacity field"),
                                        parentLayerParameterName=self.STOPS, optional=True),
            "Capacity class or mode of each stop (bus, tram: low; BRT, metro, rail, ferry: "
            "high), as in SDG 11.2.1. The SDG step needs it.")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.PUBLIC_SPACE, self.tr("Public space"),
                                                [SourceType.POLYGON], optional=True),
            "For SDG 11.7.1 (with transit stops, for the SDG step).")
        self.add_parameter(
            QgsProcessingParameterField(self.OPEN_FIELD, self.tr("Open to the public (0/1) field"),
                                        parentLayerParameterName=self.PUBLIC_SPACE, optional=True),
            "Only public spaces whose value is 1 count (all count without it).")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.STREETS, self.tr("Street network"),
                                                [SourceType.LINE], optional=True),
            "Walking distances for the SDG indicators (straight lines without it).")
        self.add_parameter(
            QgsProcessingParameterNumber(self.PERMUTATIONS, self.tr("Permutations"),
                                         NumberType.INTEGER, defaultValue=999, minValue=0,
                                         maxValue=99999),
            "Conditional permutations of the hot spot and cluster steps.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), NumberType.INTEGER,
                                         defaultValue=12345, minValue=0),
            "Seed of every random step: the same seed gives the same diagnosis.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterFileDestination(self.OUTPUT_GPKG, self.tr("Diagnosis GeoPackage"),
                                                  "GeoPackage (*.gpkg)"),
            "One GeoPackage with a styled layer per step (a new file: an existing one is "
            "replaced only when every step has succeeded).")
        self.add_parameter(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER,
                                                    self.tr("Folder for tables and reports")),
            "The density raster, the CSV tables and the provenance records.")

    def process_with_core(self, parameters, context, feedback):
        import os

        from ..usm_plugin import bridge
        from ..usm_plugin.core.runtime import InputError

        gpkg = self.parameterAsFileOutput(parameters, self.OUTPUT_GPKG, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context) or \
            self.parameterAsFileOutput(parameters, self.OUTPUT_FOLDER, context)
        if not gpkg.lower().endswith(".gpkg"):
            raise InputError(f"the diagnosis is written as a GeoPackage: give a .gpkg file name "
                             f"(got {gpkg})")
        os.makedirs(folder, exist_ok=True)
        chain = _Chain(self, parameters, context, feedback, gpkg, folder)
        try:
            chain.run_all()
        except BaseException:
            chain.discard()
            raise
        chain.commit()
        for step, reason in chain.skipped:
            feedback.pushInfo(f"Skipped {step}: {reason}.")
        bridge.write_provenance({"algorithm": "usm:fulldiagnosis", "steps": chain.records},
                               os.path.join(folder, "provenance_chain.json"), {}, feedback)
        return {self.OUTPUT_GPKG: gpkg, self.OUTPUT_FOLDER: folder}


class _Chain:
    """The steps of one diagnosis, writing into a staged GeoPackage."""

    def __init__(self, alg, parameters, context, feedback, gpkg, folder):
        import os

        from qgis.core import QgsProcessingMultiStepFeedback

        from ..usm_plugin import bridge

        self.alg, self.parameters, self.context = alg, parameters, context
        self.gpkg, self.folder = gpkg, folder
        stem, _ = os.path.splitext(os.path.basename(gpkg))
        self.staged = os.path.join(os.path.dirname(os.path.abspath(gpkg)),
                                   f"{stem}_usm_part{os.getpid()}.gpkg")  # one dot: QGIS reads the driver from the whole suffix
        if os.path.exists(self.staged):
            os.remove(self.staged)
        bridge.create_geopackage(self.staged)  # steps add their layers to it
        self.feedback = QgsProcessingMultiStepFeedback(len(STEPS), feedback)
        self.records, self.skipped, self.layers = [], [], {}

    # ---- helpers ------------------------------------------------------------------------

    def value(self, name):
        value = self.parameters.get(name)
        return None if value in (None, "") else value

    def field(self, name):
        return self.alg.parameterAsString(self.parameters, name, self.context) or None

    def fields(self, name):
        from ..usm_plugin import bridge

        return bridge.field_parameter_values(self.alg, self.parameters, name, self.context)

    def layer_destination(self, name):
        return f"ogr:dbname='{self.staged}' table=\"{name}\" (geom)"

    def layer_source(self, name):
        return f"{self.staged}|layername={name}"

    def file(self, name):
        import os

        return os.path.join(self.folder, name)

    def run(self, index, step, algorithm_id, parameters, layer=None):
        """One child algorithm, its provenance in the folder, cancel checked before it."""
        import json

        from qgis import processing

        from ..usm_plugin import bridge

        self.feedback.setCurrentStep(index)
        bridge.raise_if_cancelled(self.feedback)
        self.feedback.pushInfo(f"== {step}: {algorithm_id}")
        provenance = self.file(f"provenance_{step}.json")
        results = processing.run(algorithm_id, {**parameters, "PROVENANCE": provenance},
                                 context=self.context, feedback=self.feedback,
                                 is_child_algorithm=True)
        with open(provenance, encoding="utf-8") as handle:
            self.records.append(json.load(handle))
        if layer:
            self.layers[step] = layer
        return results

    # ---- the chain ------------------------------------------------------------------------

    def run_all(self):
        seed = self.alg.parameterAsInt(self.parameters, self.alg.SEED, self.context)
        permutations = self.alg.parameterAsInt(self.parameters, self.alg.PERMUTATIONS,
                                               self.context)
        hoods, nid = self.value(self.alg.NEIGHBOURHOODS), self.field(self.alg.NEIGHBOURHOOD_ID)
        population = self.field(self.alg.POPULATION_FIELD)
        census = self.value(self.alg.CENSUS)
        counts = self.fields(self.alg.CENSUS_COUNTS)
        if population and population not in counts:
            counts = [population, *counts]
        if census and (counts or self.fields(self.alg.CENSUS_RATES)):
            self.run(0, "census", "usm:interpolatecensus", {
                "CENSUS": census, "CENSUS_ID": self.field(self.alg.CENSUS_ID),
                "NEIGHBOURHOODS": hoods, "NEIGHBOURHOOD_ID": nid,
                "EXTENSIVE_FIELDS": counts, "INTENSIVE_FIELDS": self.fields(self.alg.CENSUS_RATES),
                "INTENSIVE_WEIGHT": 1 if population or self.value(self.alg.POPULATION_RASTER)
                else 0, "POPULATION_FIELD": population,
                "POPULATION_RASTER": self.value(self.alg.POPULATION_RASTER),
                "OUTPUT": self.layer_destination("neighbourhoods_census"),
                "TOTALS": self.file("census_totals.csv"),
                "DIAGNOSTICS": self.file("census_diagnostics.csv")}, "neighbourhoods_census")
            hoods = self.layer_source("neighbourhoods_census")
        else:
            self.skipped.append(("census", "no census layer with count or rate fields"))
            population = None
        self.run(1, "incidents", "usm:aggregateincidents", {
            "INCIDENTS": self.value(self.alg.INCIDENTS), "NEIGHBOURHOODS": hoods,
            "NEIGHBOURHOOD_ID": nid, "CATEGORY_FIELD": self.field(self.alg.CATEGORY_FIELD),
            "DATE_FIELD": self.field(self.alg.DATE_FIELD), "PERIODS": [0],
            "POPULATION_FIELD": population, "RATE_PER": 1, "SMOOTH_RATES": bool(population),
            "OUTPUT": self.layer_destination("incident_counts"),
            "ACCOUNTING": self.file("incident_accounting.csv"),
            "FIELD_NAMES": self.file("incident_field_names.csv")}, "incident_counts")
        analysed = "eb_rate_total" if population else "dens_total"
        # Gi* bins from the z-score's normal approximation (as ArcGIS), FDR-corrected; the
        # clusters from permutations (as GeoDa).  Both run the permutations and keep p_sim.
        for index, step, algorithm_id, layer, inference in (
                (2, "hotspots", "usm:hotspots", "hot_spots", 1),
                (3, "clusters", "usm:localmoran", "clusters_outliers", 0)):
            self.run(index, step, algorithm_id, {
                "INPUT": self.layer_source("incident_counts"), "ID_FIELD": nid,
                "FIELD": analysed, "PERMUTATIONS": permutations, "SEED": seed, "FDR": True,
                "INFERENCE": inference, "OUTPUT": self.layer_destination(layer)}, layer)
        if self.field(self.alg.DATE_FIELD):
            self.run(4, "emerging", "usm:emerginghotspots", {
                "INPUT": self.value(self.alg.INCIDENTS), "DATE_FIELD": self.field(self.alg.DATE_FIELD),
                "LOCATIONS": hoods, "LOCATION_ID": nid,
                "OUTPUT": self.layer_destination("emerging_hot_spots")}, "emerging_hot_spots")
        else:
            self.skipped.append(("emerging", "no date field"))
        self.run(5, "density", "usm:kerneldensity", {
            "INPUT": self.value(self.alg.INCIDENTS), "OUTPUT": self.file("incident_density.tif")})
        self._sdg(hoods, nid)

    def _sdg(self, hoods, nid):
        stops, space = self.value(self.alg.STOPS), self.value(self.alg.PUBLIC_SPACE)
        raster = self.value(self.alg.POPULATION_RASTER)
        census, population = self.value(self.alg.CENSUS), self.field(self.alg.POPULATION_FIELD)
        capacity = self.field(self.alg.CAPACITY_FIELD)
        if not (stops and capacity and space and (raster or (census and population))):
            self.skipped.append(("sdg", "needs transit stops with their capacity field, public "
                                        "space and a population source (raster, or census with "
                                        "a population field)"))
            return
        source = ({"POPULATION_RASTER": raster} if raster else
                  {"POPULATION_POLYGONS": census, "POPULATION_POLYGON_FIELD": population})
        self.run(6, "sdg", "usm:sdgindicators", {
            "NEIGHBOURHOODS": hoods, "NEIGHBOURHOOD_ID": nid, **source, "STOPS": stops,
            "CAPACITY_FIELD": capacity, "PUBLIC_SPACE": space,
            "OPEN_FIELD": self.field(self.alg.OPEN_FIELD), "STREETS": self.value(self.alg.STREETS),
            "OUTPUT": self.layer_destination("sdg_indicators"),
            "CITY": self.file("sdg_city_summary.csv")}, "sdg_indicators")

    # ---- the package ----------------------------------------------------------------------

    def discard(self):
        from ..usm_plugin import bridge

        bridge.remove_geopackage(self.staged)

    def commit(self):
        from ..usm_plugin import bridge

        bridge.publish_geopackage(self.staged, self.gpkg)
        self.feedback.pushInfo(f"Diagnosis written to {self.gpkg}: layers "
                               + ", ".join(self.layers.values()))
