"""Full diagnosis: the whole chain of the Urban Safety Monitor in one run, one GeoPackage."""

from qgis.core import (
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

from ..usm_plugin.i18n import tr_noop
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
    ("typologies", "typologies", "neighbourhood types (k-means, k chosen by three criteria)"),
    ("index", "risk_index", "composite risk index with Monte Carlo rank intervals"),
    ("change", "change_periods", "first year against last year: significant changes"),
    ("target", "target_path", "on or off track to the target reduction"),
    ("survey", "survey_shares", "survey shares with Wilson intervals"),
    ("streets", "street_segments", "street-segment audit (lighting, dark gaps, dead ends)"),
    ("streets", "street_audit_neighbourhoods", "the street audit per neighbourhood"),
    ("infrastructure", "infrastructure_<prefix>", "facilities per neighbourhood, one layer per "
                                                  "facility layer"),
    ("summary", "neighbourhood_summary", "one row per neighbourhood: the key figures of every "
                                         "step joined by id"),
)
#: Progress steps (the street audit writes two layers in one step).
STEP_IDS = tuple(dict.fromkeys(step for step, _, _ in STEPS))

#: The layer of the package that holds one row per neighbourhood (its fields: OUTPUT_FIELDS).
SUMMARY_LAYER = "neighbourhood_summary"
#: Fields of each step's layer kept in neighbourhood_summary (whole-name regular expressions;
#: the names the steps give them, see /SUMMARY_FIELDS in the help).
SUMMARY_PATTERNS = {
    "hotspots": ("GiZ", "Gi_Bin"),
    "clusters": ("LMI_Type",),
    "emerging": ("pattern",),
    "typologies": ("type_id", "type_name", "is_representative"),
    "index": ("index", "rank", "index_lo", "index_hi", "rank_lo", "rank_hi"),
    "change": ("n_base", "n_last", "pct_change", "change_class", "change_code"),
    "target": ("track", "track_code", "reduction_needed"),
    "sdg": ("sdg1121", "sdg1171_.*"),
    "survey": ("n_resp", "small_sample", "share_.*", "ci_low_.*", "ci_high_.*"),
    "streets": ("seg_n", "street_km", "lit_share", "dark_km", "dark_len_share", "max_dark_gap_m",
                "lights_km", "dead_end_share", "int_density", "lu_mix", "gen_dist_m",
                "n_incidents", "inc_km", "n_night", "night_dark_share"),
}
#: Fields of the incident counts layer left out of the summary (census interpolation checks).
SUMMARY_BASE_EXCLUDE = ("src_units", "src_cover")
#: The catalogue groups of the risk index (as in the Makefile demo's step 4).
INDEX_GROUPS = "crime_violence,socioeconomic_risk"
#: Settings lighter than the stand-alone defaults, so that a whole diagnosis stays quick.
TYPOLOGY_RUNS_DEFAULT = 30
INDEX_RUNS_DEFAULT = 200


class FullDiagnosisAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "fulldiagnosis"
    DISPLAY_NAME = "Full diagnosis of a city"
    GROUP_ID = "publish"
    SHORT_DESCRIPTION = ("Runs the whole diagnosis on a city's layers in one go: census "
                         "interpolation, incidents per neighbourhood with rates, hot spots, "
                         "clusters, emerging patterns, density, SDG indicators, typologies, a "
                         "risk index, change and target tracking, survey shares, a street audit "
                         "and facilities, into one styled GeoPackage with a neighbourhood "
                         "summary, and a folder of tables.")
    DESCRIPTION = """
    The steps run in order, each with the settings a first diagnosis needs, and each step's
    output feeds the next: census variables are interpolated to the neighbourhoods (when a
    census layer is given), incidents are counted per neighbourhood with rates per 100,000
    residents and Empirical Bayes smoothed rates, Gi* hot spots (bins from the z-score, as
    ArcGIS, FDR-corrected) and Local Moran's I clusters (permutations, as GeoDa) are computed
    on the smoothed rate (on the density per km² without population), emerging
    hot spots over the months (with a date field), a kernel density surface, and the SDG
    11.2.1 and 11.7.1 indicators (with transit stops, public space and a population source).

    Then, as their inputs allow: neighbourhood typologies (k-means on the census rates and
    shares and the incident rate, k from 2 to 10 chosen by three criteria, seeded, with fewer
    stability re-runs than the stand-alone tool: TYPOLOGY_RUNS, default 30); a composite risk
    index from the catalogue's crime and violence and socio-economic risk groups (indicators
    whose field is missing left out, INDEX_RUNS Monte Carlo runs, default 200, for the rank
    intervals; needs rates per resident); the first year against the last year of the
    incident counts (exact test, FDR) and progress to a reduction target (default -50 % by
    2030, benchmarked against the neighbourhood's type when typologies ran; both need a date
    field and at least two years); survey shares with Wilson intervals (a SURVEY point layer
    and its yes/no fields); a street-segment audit (STREETS and street LIGHTS; optional land
    use, transit stops and facilities as activity generators); and counts, densities and
    nearest distances of each FACILITIES layer. Steps whose inputs are missing are skipped,
    each with its reason in the log and in the chain's provenance record.

    Last, neighbourhood_summary joins the key figures of every step by the neighbourhood id:
    one row per neighbourhood, each field named as the step that made it names it (see
    Output fields); the neighbourhood profiles read it.

    Every vector result is a layer of the output GeoPackage with its style stored in it, so
    it opens styled in any QGIS. The output folder holds the density GeoTIFF, the accounting
    and summary tables (CSV), the typology summary (HTML) and one provenance record per step
    plus one for the chain. The GeoPackage is written under a temporary name and moved into
    place when every step has succeeded: a cancelled or failed run leaves no partial package.
    Each step can also be run on its own, with every option, from the toolbox.
    """
    TAGS = ("diagnosis", "report", "chain", "model", "safer cities", "hot spots", "incidents",
            "census", "sdg", "density", "typology", "index", "survey", "cpted", "summary")
    REFERENCES = (
        "UN-Habitat (2020). Expert Group Meeting on Global Urban Safety Indicators and "
        "Monitoring Tool, Madrid.",
        "See each step's own help for the references of its method.",
    )
    #: The fields of the neighbourhood_summary layer of OUTPUT_GPKG.
    OUTPUT_FIELDS = (
        ("(neighbourhood fields)", "every field of the neighbourhood layer (the id field "
         "unchanged: the join key)", ""),
        ("(census fields)", "census: the CENSUS_COUNTS and CENSUS_RATES fields interpolated "
         "to the neighbourhood (population among them)", "as the census"),
        ("area_km2", "incidents: neighbourhood area", "km²"),
        ("n_total", "incidents: incidents in the neighbourhood", "count"),
        ("dens_total", "incidents: incidents per km²", "1/km²"),
        ("n_cat_<category>", "incidents: incidents per category", "count"),
        ("n_y<year>", "incidents: incidents per calendar year (with a date field)", "count"),
        ("rate_total, rate_cat_<category>", "incidents: per 100,000 residents (with population)",
         "per 100,000"),
        ("eb_rate_total, eb_rate_cat_<category>", "incidents: Empirical Bayes smoothed rates",
         "per 100,000"),
        ("GiZ, Gi_Bin", "hotspots: Gi* z-score and confidence bin (-3..3) of eb_rate_total "
         "(dens_total without population)", "sd, class"),
        ("LMI_Type", "clusters: Local Moran's I type (HH, LL, HL, LH, Not significant)", "text"),
        ("pattern", "emerging: emerging hot spot pattern", "text"),
        ("type_id, type_name, is_representative", "typologies: type number (1 = largest), "
         "name, 1 for the representatives of the type", "1..k, text, 0/1"),
        ("index, rank, index_lo, index_hi, rank_lo, rank_hi", "index: composite risk index "
         "(higher = more risk), rank (1 = highest), 90% Monte Carlo intervals", "0-100, rank"),
        ("n_base, n_last, pct_change, change_class, change_code", "change: first vs last year "
         "counts, % change of the rate, significance (-1, 0, 1, 9 too few)", "count, %, class"),
        ("track, track_code, reduction_needed", "target: on track / uncertain / off track (1, "
         "0, -1, 9 too few) and the yearly reduction still needed", "text, class, % a year"),
        ("sdg1121", "sdg: SDG 11.2.1, share of residents served by public transport", "0-1"),
        ("sdg1171_space_m2, sdg1171_ref_m2, sdg1171_space, sdg1171_near, sdg1171_access",
         "sdg: SDG 11.7.1, open public space, its reference area, share of the built-up area, "
         "residents near it, share with access (see usm:sdgindicators)", "m², 0-1"),
        ("n_resp, small_sample, share_<field>, ci_low_<field>, ci_high_<field>", "survey: "
         "respondents, small-sample flag, share answering yes and its Wilson interval",
         "count, 0/1, 0-1"),
        ("seg_n, street_km, lit_share, dark_km, dark_len_share, max_dark_gap_m, lights_km, "
         "dead_end_share, int_density, lu_mix, gen_dist_m, n_incidents, inc_km, n_night, "
         "night_dark_share", "streets: the street-segment audit per neighbourhood (see "
         "usm:streetsegmentaudit)", "see the audit"),
        ("<prefix>_count, <prefix>_per_km2, <prefix>_per_10k, <prefix>_near_m, "
         "<prefix>_centre, <prefix>_mean_near_m", "infrastructure: facilities of each "
         "FACILITIES layer (prefix = the layer name)", "count, 1/km², per 10,000, m"),
    )
    SUMMARY_LAYER = SUMMARY_LAYER
    OUTPUT_TABLES = (
        ("GeoPackage layers (OUTPUT_GPKG)", tuple((layer, text, "layer") for _, layer, text in
                                                 STEPS if not layer.endswith(".tif"))),
        ("Output folder (OUTPUT_FOLDER)", (
            ("incident_density.tif", "incidents per km² (GeoTIFF with a .qml style)", "raster"),
            ("incident_accounting.csv", "every incident accounted for", "table"),
            ("census_totals.csv", "census vs neighbourhood totals", "table"),
            ("sdg_city_summary.csv", "city-wide SDG values", "table"),
            ("typology_summary.html, typology_*.csv", "the types: profiles, k chosen", "report"),
            ("index_sensitivity.csv, index_report.csv", "the index: sensitivity, nodes", "table"),
            ("change_city.csv, target_city_path.csv", "city-wide change and target path",
             "table"),
            ("survey_accounting.csv, street_audit_accounting.csv", "respondents and street "
             "audit accounted for", "table"),
            ("provenance_<step>.json, provenance_chain.json", "how each output was made; the "
             "chain record lists the steps skipped and why", "JSON"))),
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
    LIGHTS = "LIGHTS"
    LIGHT_FIELD = "LIGHT_FIELD"
    LAND_USE = "LAND_USE"
    LAND_USE_FIELD = "LAND_USE_FIELD"
    SURVEY = "SURVEY"
    SURVEY_FIELDS = "SURVEY_FIELDS"
    FACILITIES = "FACILITIES"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    TYPOLOGY_RUNS = "TYPOLOGY_RUNS"
    INDEX_RUNS = "INDEX_RUNS"
    TARGET_REDUCTION = "TARGET_REDUCTION"
    TARGET_YEAR = "TARGET_YEAR"
    OUTPUT_GPKG = "OUTPUT_GPKG"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"

    def initAlgorithm(self, config=None):  # noqa: N802
        self._city_parameters()
        self._census_parameters()
        self._infrastructure_parameters()
        self._setting_parameters()
        self.add_parameter(
            QgsProcessingParameterFileDestination(self.OUTPUT_GPKG, self.tr("Diagnosis GeoPackage"),
                                                  "GeoPackage (*.gpkg)"),
            "One GeoPackage with a styled layer per step (a new file: an existing one is "
            "replaced only when every step has succeeded).")
        self.add_parameter(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER,
                                                    self.tr("Folder for tables and reports")),
            "The density raster, the CSV tables, the reports and the provenance records.")

    def _city_parameters(self):
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
            "Counts per year, the emerging hot spot step, the change between years and the "
            "target path need the date of each incident.")

    def _census_parameters(self):
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
            "Rates, shares and means, averaged weighted by population. With the incident rate "
            "they describe the neighbourhoods for the typologies.")
        self.add_parameter(
            QgsProcessingParameterField(self.POPULATION_FIELD, self.tr("Population field"),
                                        parentLayerParameterName=self.CENSUS,
                                        type=FieldType.NUMERIC, optional=True),
            "The census population count: it gives the rates per resident, the smoothed rates "
            "analysed for hot spots, the risk index and the residents of the SDG indicators.")
        self.add_parameter(
            QgsProcessingParameterRasterLayer(self.POPULATION_RASTER,
                                              self.tr("Population raster"), optional=True),
            "Residents per cell: dasymetric census interpolation, the SDG residents and the "
            "residents near facilities.")

    def _infrastructure_parameters(self):
        def source(key, label, kind, help_text):
            self.add_parameter(QgsProcessingParameterFeatureSource(
                key, self.tr(label), [kind], optional=True), help_text)

        def field(key, label, parent, help_text):
            self.add_parameter(QgsProcessingParameterField(
                key, self.tr(label), parentLayerParameterName=parent, optional=True), help_text)

        source(self.STOPS, "Public transport stops", SourceType.POINT,
               "For SDG 11.2.1 (with public space, for the SDG step); activity generators of "
               "the street audit.")
        field(self.CAPACITY_FIELD, "Stop capacity field", self.STOPS,
              "Capacity class or mode of each stop (bus, tram: low; BRT, metro, rail, ferry: "
              "high), as in SDG 11.2.1. The SDG step needs it.")
        source(self.PUBLIC_SPACE, "Public space", SourceType.POLYGON,
               "For SDG 11.7.1 (with transit stops, for the SDG step).")
        field(self.OPEN_FIELD, "Open to the public (0/1) field", self.PUBLIC_SPACE,
              "Only public spaces whose value is 1 count (all count without it).")
        source(self.STREETS, "Street network", SourceType.LINE,
               "Walking distances for the SDG indicators (straight lines without it); with "
               "street lights, the street-segment audit.")
        source(self.LIGHTS, "Street lights", SourceType.POINT,
               "With the streets: the street-segment audit (lit share, dark gaps).")
        field(self.LIGHT_FIELD, "Working-light flag field", self.LIGHTS,
              "0/1 field: only lights with 1 count as working (all count without it).")
        source(self.LAND_USE, "Land use", SourceType.POLYGON,
               "Land-use polygons: the land-use mix of the street audit.")
        field(self.LAND_USE_FIELD, "Land-use class field", self.LAND_USE,
              "The land-use class of each polygon (the street audit needs it with LAND_USE).")
        source(self.SURVEY, "Survey respondents", SourceType.POINT,
               "One point per respondent: shares per neighbourhood with Wilson intervals.")
        self.add_parameter(
            QgsProcessingParameterField(self.SURVEY_FIELDS, self.tr("Survey yes/no fields"),
                                        parentLayerParameterName=self.SURVEY,
                                        type=FieldType.ANY, allowMultiple=True, optional=True),
            "Answer fields coded 0/1, true/false or yes/no (e.g. feels_unsafe_night).")
        self.add_parameter(
            QgsProcessingParameterMultipleLayers(self.FACILITIES, self.tr("Facilities"),
                                                 SourceType.POINT, optional=True),
            "Point layers of facilities (police posts, schools, health centres): counts, "
            "densities, per resident and nearest distances per neighbourhood, fields "
            "prefixed with the layer's name; also activity generators of the street audit.")

    def _setting_parameters(self):
        def number(key, label, default, minimum, maximum, help_text):
            self.add_parameter(QgsProcessingParameterNumber(
                key, self.tr(label), NumberType.INTEGER if isinstance(default, int)
                else NumberType.DOUBLE, defaultValue=default, minValue=minimum,
                maxValue=maximum), help_text, advanced=True)

        number(self.PERMUTATIONS, "Permutations", 999, 0, 99999,
               "Conditional permutations of the hot spot and cluster steps.")
        number(self.SEED, "Random seed", 12345, 0, 2147483647,
               "Seed of every random step: the same seed gives the same diagnosis.")
        number(self.TYPOLOGY_RUNS, "Typology stability re-runs", TYPOLOGY_RUNS_DEFAULT, 0, 1000,
               "Subsample re-runs measuring how stable each neighbourhood's type is (the "
               "stand-alone tool's default is 100).")
        number(self.INDEX_RUNS, "Risk index Monte Carlo runs", INDEX_RUNS_DEFAULT, 0, 10000,
               "Index computations under other choices, for the rank intervals (the "
               "stand-alone tool's default is 1000).")
        number(self.TARGET_REDUCTION, "Target reduction (%)", 50.0, 0.1, 99.9,
               "Reduction of incidents from the first year by the target year.")
        number(self.TARGET_YEAR, "Target year", 2030, 1901, 2200,
               "Year by which the reduction is to be reached.")
        self.add_repair_parameter()   # handed to every step that reads polygons

    def process_with_core(self, parameters, context, feedback):
        import os

        from ..usm_plugin import bridge
        from ..usm_plugin.core.runtime import InputError

        gpkg = self.parameterAsFileOutput(parameters, self.OUTPUT_GPKG, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context) or \
            self.parameterAsFileOutput(parameters, self.OUTPUT_FOLDER, context)
        if not gpkg.lower().endswith(".gpkg"):
            raise InputError(self.tr("the diagnosis is written as a GeoPackage: give a .gpkg file "
                                     "name (got {path})").format(path=gpkg))
        created = not os.path.exists(folder)
        os.makedirs(folder, exist_ok=True)
        try:
            chain = _Chain(self, parameters, context, feedback, gpkg, folder)
            try:
                chain.run_all()
                bridge.raise_if_cancelled(feedback)
            except BaseException:
                chain.discard()
                raise
            chain.commit()
        except BaseException:
            if created and os.path.isdir(folder) and not os.listdir(folder):
                os.rmdir(folder)   # a failed run leaves no trace, not even an empty folder
            raise
        for step, _, reason in chain.skipped:
            feedback.pushInfo(self.tr("Skipped {step}: {reason}.").format(step=step, reason=reason))
        feedback.pushInfo(self.tr("Time per step: {times}").format(
            times=", ".join(f"{step} {seconds:.1f} s" for step, seconds in chain.timings)))
        bridge.write_provenance({"algorithm": "usm:fulldiagnosis", "steps": chain.records,
                                 "skipped": [{"step": s, "reason": r} for s, r, _ in chain.skipped],
                                 "layers": list(chain.layers.values())},
                                os.path.join(folder, "provenance_chain.json"), {}, feedback)
        feedback.setProgress(100)
        return {self.OUTPUT_GPKG: gpkg, self.OUTPUT_FOLDER: folder}


class _Chain:
    """The steps of one diagnosis, writing into a staged GeoPackage."""

    def __init__(self, alg, parameters, context, feedback, gpkg, folder):
        import os

        from qgis.core import QgsProcessingMultiStepFeedback

        from ..usm_plugin import bridge

        self.alg, self.parameters, self.context = alg, parameters, context
        self.gpkg, self.folder = gpkg, folder
        # The steps' tables and records go to a hidden folder inside the output folder and
        # are moved into place only when the whole chain succeeds (all outputs or none).
        self.work = os.path.join(folder, f".usm-part{os.getpid()}")
        if os.path.exists(self.work):
            import shutil

            shutil.rmtree(self.work)
        os.makedirs(self.work)
        stem, _ = os.path.splitext(os.path.basename(gpkg))
        self.staged = os.path.join(os.path.dirname(os.path.abspath(gpkg)),
                                   f"{stem}_usm_part{os.getpid()}.gpkg")  # one dot: QGIS reads the driver from the whole suffix
        if os.path.exists(self.staged):
            os.remove(self.staged)
        bridge.create_geopackage(self.staged)  # steps add their layers to it
        self.feedback = QgsProcessingMultiStepFeedback(len(STEP_IDS), feedback)
        self.records, self.skipped, self.layers, self.timings = [], [], {}, []
        self.nid = self.population = self.hoods = None
        self.years = []

    # ---- helpers ------------------------------------------------------------------------

    def value(self, name):
        value = self.parameters.get(name)
        return None if value in (None, "", []) else value

    def field(self, name):
        return self.alg.parameterAsString(self.parameters, name, self.context) or None

    def fields(self, name):
        from ..usm_plugin import bridge

        return bridge.field_parameter_values(self.alg, self.parameters, name, self.context)

    def number(self, name):
        return self.alg.parameterAsDouble(self.parameters, name, self.context)

    def layer_destination(self, name):
        return f"ogr:dbname='{self.staged}' table=\"{name}\" (geom)"

    def layer_source(self, name):
        return f"{self.staged}|layername={name}"

    def file(self, name):
        import os

        return os.path.join(self.work, name)

    def skip(self, step, reason, **values):
        """``reason``: an English text marked with tr_noop, with ``values`` for its
        placeholders; the chain record keeps it in English, the log shows it translated."""
        translated = self.alg.tr(reason).format(**values)
        self.skipped.append((step, reason.format(**values), translated))
        self.feedback.pushInfo(self.alg.tr("== {step}: skipped ({reason})").format(
            step=step, reason=translated))

    def run(self, step, algorithm_id, parameters, layer=None, key=None):
        """One child algorithm, its provenance in the folder, cancel checked before it."""
        import json
        import time

        from qgis import processing

        from ..usm_plugin import bridge

        self.feedback.setCurrentStep(STEP_IDS.index(step))
        bridge.raise_if_cancelled(self.feedback)
        self.feedback.pushInfo(f"== {key or step}: {algorithm_id}")
        provenance = self.file(f"provenance_{key or step}.json")
        if self.alg.parameterAsBoolean(self.parameters, "REPAIR_GEOMETRY", self.context):
            from qgis.core import QgsApplication

            child = QgsApplication.processingRegistry().algorithmById(algorithm_id)
            if child is not None and child.parameterDefinition("REPAIR_GEOMETRY") is not None:
                parameters = {**parameters, "REPAIR_GEOMETRY": True}
        started = time.perf_counter()
        results = processing.run(algorithm_id, {**parameters, "PROVENANCE": provenance},
                                 context=self.context, feedback=self.feedback,
                                 is_child_algorithm=True)
        self.timings.append((key or step, time.perf_counter() - started))
        self.feedback.pushInfo("   " + self.alg.tr("{step} done in {seconds:.1f} s").format(
            step=key or step, seconds=self.timings[-1][1]))
        with open(provenance, encoding="utf-8") as handle:
            self.records.append(json.load(handle))
        if layer:
            self.layers[key or step] = layer
        return results

    # ---- the chain ------------------------------------------------------------------------

    def run_all(self):
        self.nid = self.field(self.alg.NEIGHBOURHOOD_ID)
        self.hoods = self.value(self.alg.NEIGHBOURHOODS)
        self.population = self.field(self.alg.POPULATION_FIELD)
        self._census()
        self._incidents()
        self._density()
        self._sdg()
        self._typologies()
        self._index()
        self._change_and_target()
        self._survey()
        self._streets()
        self._infrastructure()
        self._summary()

    def _census(self):
        census, population = self.value(self.alg.CENSUS), self.population
        counts = self.fields(self.alg.CENSUS_COUNTS)
        if population and population not in counts:
            counts = [population, *counts]
        if not (census and (counts or self.fields(self.alg.CENSUS_RATES))):
            self.skip("census", tr_noop("no census layer with count or rate fields"))
            self.population = None
            return
        self.run("census", "usm:interpolatecensus", {
            "CENSUS": census, "CENSUS_ID": self.field(self.alg.CENSUS_ID),
            "NEIGHBOURHOODS": self.hoods, "NEIGHBOURHOOD_ID": self.nid,
            "EXTENSIVE_FIELDS": counts, "INTENSIVE_FIELDS": self.fields(self.alg.CENSUS_RATES),
            "INTENSIVE_WEIGHT": 1 if population or self.value(self.alg.POPULATION_RASTER)
            else 0, "POPULATION_FIELD": population,
            "POPULATION_RASTER": self.value(self.alg.POPULATION_RASTER),
            "OUTPUT": self.layer_destination("neighbourhoods_census"),
            "TOTALS": self.file("census_totals.csv"),
            "DIAGNOSTICS": self.file("census_diagnostics.csv")}, "neighbourhoods_census")
        self.hoods = self.layer_source("neighbourhoods_census")

    def _incidents(self):
        import re

        from ..usm_plugin import bridge

        seed = self.alg.parameterAsInt(self.parameters, self.alg.SEED, self.context)
        permutations = self.alg.parameterAsInt(self.parameters, self.alg.PERMUTATIONS,
                                               self.context)
        population, nid = self.population, self.nid
        self.run("incidents", "usm:aggregateincidents", {
            "INCIDENTS": self.value(self.alg.INCIDENTS), "NEIGHBOURHOODS": self.hoods,
            "NEIGHBOURHOOD_ID": nid, "CATEGORY_FIELD": self.field(self.alg.CATEGORY_FIELD),
            "DATE_FIELD": self.field(self.alg.DATE_FIELD), "PERIODS": [0],
            "POPULATION_FIELD": population, "RATE_PER": 1, "SMOOTH_RATES": bool(population),
            "OUTPUT": self.layer_destination("incident_counts"),
            "ACCOUNTING": self.file("incident_accounting.csv"),
            "FIELD_NAMES": self.file("incident_field_names.csv")}, "incident_counts")
        self.years = sorted(f for f in bridge.geopackage_layer_fields(self.staged,
                                                                      "incident_counts")
                            if re.fullmatch(r"n_y\d{4}", f))
        self.analysed = "eb_rate_total" if population else "dens_total"
        # Gi* bins from the z-score's normal approximation (as ArcGIS), FDR-corrected; the
        # clusters from permutations (as GeoDa).  Both run the permutations and keep p_sim.
        for step, algorithm_id, layer, inference in (
                ("hotspots", "usm:hotspots", "hot_spots", 1),
                ("clusters", "usm:localmoran", "clusters_outliers", 0)):
            self.run(step, algorithm_id, {
                "INPUT": self.layer_source("incident_counts"), "ID_FIELD": nid,
                "FIELD": self.analysed, "PERMUTATIONS": permutations, "SEED": seed, "FDR": True,
                "INFERENCE": inference, "OUTPUT": self.layer_destination(layer)}, layer)
        if self.field(self.alg.DATE_FIELD):
            self.run("emerging", "usm:emerginghotspots", {
                "INPUT": self.value(self.alg.INCIDENTS),
                "DATE_FIELD": self.field(self.alg.DATE_FIELD),
                "LOCATIONS": self.hoods, "LOCATION_ID": nid,
                "OUTPUT": self.layer_destination("emerging_hot_spots")}, "emerging_hot_spots")
        else:
            self.skip("emerging", tr_noop("no date field"))

    def _density(self):
        self.run("density", "usm:kerneldensity", {
            "INPUT": self.value(self.alg.INCIDENTS), "OUTPUT": self.file("incident_density.tif")})

    def _population_source(self):
        """The population source of the SDG and infrastructure steps, or None."""
        raster = self.value(self.alg.POPULATION_RASTER)
        census, population = self.value(self.alg.CENSUS), self.field(self.alg.POPULATION_FIELD)
        if raster:
            return {"POPULATION_RASTER": raster}
        if census and population:
            return {"POPULATION_POLYGONS": census, "POPULATION_POLYGON_FIELD": population}
        return None

    def _sdg(self):
        stops, space = self.value(self.alg.STOPS), self.value(self.alg.PUBLIC_SPACE)
        capacity = self.field(self.alg.CAPACITY_FIELD)
        source = self._population_source()
        if not (stops and capacity and space and source):
            self.skip("sdg", tr_noop("needs transit stops with their capacity field, public space "
                                     "and a population source (raster, or census with a "
                                     "population field)"))
            return
        self.run("sdg", "usm:sdgindicators", {
            "NEIGHBOURHOODS": self.hoods, "NEIGHBOURHOOD_ID": self.nid, **source, "STOPS": stops,
            "CAPACITY_FIELD": capacity, "PUBLIC_SPACE": space,
            "OPEN_FIELD": self.field(self.alg.OPEN_FIELD), "STREETS": self.value(self.alg.STREETS),
            "OUTPUT": self.layer_destination("sdg_indicators"),
            "CITY": self.file("sdg_city_summary.csv")}, "sdg_indicators")

    def _typologies(self):
        rates = self.fields(self.alg.CENSUS_RATES) if "neighbourhoods_census" in \
            self.layers.values() else []
        if not rates:
            self.skip("typologies", tr_noop("needs census rates and shares (CENSUS_RATES) to "
                                            "describe the neighbourhoods"))
            return
        self.run("typologies", "usm:typologies", {
            "INPUT": self.layer_source("incident_counts"), "ID_FIELD": self.nid,
            "FIELDS": [*rates, self.analysed], "METHOD": 0, "K": 0,
            "SEED": self.alg.parameterAsInt(self.parameters, self.alg.SEED, self.context),
            "POPULATION_FIELD": self.population,
            "STABILITY_RUNS": self.alg.parameterAsInt(self.parameters, self.alg.TYPOLOGY_RUNS,
                                                      self.context),
            "OUTPUT": self.layer_destination("typologies"),
            "K_TABLE": self.file("typology_k_selection.csv"),
            "PROFILES": self.file("typology_profiles.csv"),
            "HTML": self.file("typology_summary.html")}, "typologies")

    def _index(self):
        if not self.population:
            self.skip("index", tr_noop("the risk index needs rates per resident (a census with a "
                                       "population field)"))
            return
        from ..usm_plugin import bridge
        from ..usm_plugin.core.indices.catalogue import load_catalogue

        groups = INDEX_GROUPS.split(",")
        bound = sorted({i.field for i in load_catalogue().selected(groups).indicators
                        if i.field})
        have = set(bridge.geopackage_layer_fields(self.staged, "incident_counts"))
        if not have.intersection(bound):
            self.skip("index", tr_noop("none of the catalogue's crime and socio-economic "
                                       "indicator fields ({fields} ...) is among the incident "
                                       "counts (a category field and census rates give them)"),
                      fields=", ".join(bound[:6]))
            return
        self.run("index", "usm:compositeindex", {
            "INPUT": self.layer_source("incident_counts"), "ID_FIELD": self.nid,
            "SELECT": INDEX_GROUPS, "SKIP_MISSING": True,
            "ORIENTATION": 1,
            "RUNS": self.alg.parameterAsInt(self.parameters, self.alg.INDEX_RUNS, self.context),
            "SEED": self.alg.parameterAsInt(self.parameters, self.alg.SEED, self.context),
            "OUTPUT": self.layer_destination("risk_index"),
            "SENSITIVITY": self.file("index_sensitivity.csv"),
            "REPORT": self.file("index_report.csv")}, "risk_index")

    def _change_and_target(self):
        if len(self.years) < 2:
            reason = tr_noop("needs incident counts of at least two years (a date field)")
            self.skip("change", reason)
            self.skip("target", reason)
            return
        self.run("change", "usm:compareperiods", {
            "INPUT": self.layer_source("incident_counts"), "ID_FIELD": self.nid,
            "COUNT_FIELDS": self.years, "POPULATION_FIELD": self.population,
            "OUTPUT": self.layer_destination("change_periods"),
            "CITY": self.file("change_city.csv")}, "change_periods")
        typed = "typologies" in self.layers
        self.run("target", "usm:targettrajectory", {
            "INPUT": self.layer_source("typologies" if typed else "incident_counts"),
            "ID_FIELD": self.nid, "COUNT_FIELDS": self.years,
            "REDUCTION": self.number(self.alg.TARGET_REDUCTION),
            "TARGET_YEAR": self.alg.parameterAsInt(self.parameters, self.alg.TARGET_YEAR,
                                                   self.context),
            "TYPE_FIELD": "type_id" if typed else None,
            "OUTPUT": self.layer_destination("target_path"),
            "CITY_PATH": self.file("target_city_path.csv")}, "target_path")

    def _survey(self):
        survey, answers = self.value(self.alg.SURVEY), self.fields(self.alg.SURVEY_FIELDS)
        if not (survey and answers):
            self.skip("survey", tr_noop("needs survey respondents (SURVEY) and their yes/no "
                                        "fields (SURVEY_FIELDS)"))
            return
        self.run("survey", "usm:aggregatesurvey", {
            "RESPONDENTS": survey, "NEIGHBOURHOODS": self.value(self.alg.NEIGHBOURHOODS),
            "NEIGHBOURHOOD_ID": self.nid, "INDICATOR_FIELDS": answers,
            "OUTPUT": self.layer_destination("survey_shares"),
            "ACCOUNTING": self.file("survey_accounting.csv")}, "survey_shares")

    def _facility_layers(self):
        return self.alg.parameterAsLayerList(self.parameters, self.alg.FACILITIES, self.context)

    def _streets(self):
        streets, lights = self.value(self.alg.STREETS), self.value(self.alg.LIGHTS)
        if not (streets and lights):
            self.skip("streets", tr_noop("the street-segment audit needs streets (STREETS) and "
                                         "street lights (LIGHTS)"))
            return
        land_use, land_use_field = self.value(self.alg.LAND_USE), self.field(self.alg.LAND_USE_FIELD)
        if land_use and not land_use_field:
            self.feedback.pushWarning(self.alg.tr("LAND_USE given without LAND_USE_FIELD: the "
                                                  "street audit runs without the land-use mix"))
            land_use = None
        generators = [g for g in (self.value(self.alg.STOPS), *self._facility_layers()) if g]
        self.run("streets", "usm:streetsegmentaudit", {
            "STREETS": streets, "LIGHTS": lights, "LIGHT_FIELD": self.field(self.alg.LIGHT_FIELD),
            "INCIDENTS": self.value(self.alg.INCIDENTS),
            "DATE_FIELD": self.field(self.alg.DATE_FIELD),
            "CATEGORY_FIELD": self.field(self.alg.CATEGORY_FIELD),
            "NEIGHBOURHOODS": self.value(self.alg.NEIGHBOURHOODS),
            "NEIGHBOURHOOD_ID": self.nid, "LAND_USE": land_use,
            "LAND_USE_FIELD": land_use_field if land_use else None,
            "GENERATORS": generators or None,
            "OUTPUT": self.layer_destination("street_segments"),
            "NEIGHBOURHOOD_OUTPUT": self.layer_destination("street_audit_neighbourhoods"),
            "ACCOUNTING": self.file("street_audit_accounting.csv")},
            "street_audit_neighbourhoods")
        self.layers["street_segments"] = "street_segments"

    def _infrastructure(self):
        layers = self._facility_layers()
        if not layers:
            self.skip("infrastructure", tr_noop("no facility layers (FACILITIES)"))
            return
        used = set()
        for layer in layers:
            prefix = _prefix(layer, used)
            used.add(prefix)
            name = f"infrastructure_{prefix}"
            self.run("infrastructure", "usm:infrastructureindicators", {
                "NEIGHBOURHOODS": self.value(self.alg.NEIGHBOURHOODS),
                "NEIGHBOURHOOD_ID": self.nid, "LAYER": layer, "PREFIX": prefix,
                **(self._population_source() or {}),
                "OUTPUT": self.layer_destination(name)}, name, key=name)

    def _summary(self):
        """neighbourhood_summary: the key figures of every step joined by the id."""
        import re
        import time

        from ..usm_plugin import bridge
        from ..usm_plugin.core.joins.summary import matching_columns, neighbourhood_summary

        self.feedback.setCurrentStep(STEP_IDS.index("summary"))
        bridge.raise_if_cancelled(self.feedback)
        self.feedback.pushInfo("== summary: neighbourhood_summary")
        started = time.perf_counter()
        base, crs_wkt = bridge.read_geopackage_layer(self.staged, "incident_counts")
        parts = []
        for step, layer in self.layers.items():
            if step.startswith("infrastructure_"):
                prefix = re.escape(step[len("infrastructure_"):])
                patterns = (f"{prefix}_(count|per_km2|per_10k|near_m|centre|mean_near_m)",)
            else:
                patterns = SUMMARY_PATTERNS.get(step)
            if patterns:
                columns = matching_columns(bridge.geopackage_layer_fields(self.staged, layer),
                                           patterns)
                frame, _ = bridge.read_geopackage_layer(self.staged, layer, geometry=False,
                                                        columns=[self.nid, *columns])
                parts.append((step, frame, patterns))
        result = neighbourhood_summary(base, self.nid, parts,
                                       base_exclude=SUMMARY_BASE_EXCLUDE)
        bridge.push_notes(self.feedback, result.notes)
        bridge.write_geopackage_layer(self.staged, SUMMARY_LAYER, result.table, crs_wkt,
                                      graduated_field=self.analysed, feedback=self.feedback)
        self.layers["summary"] = SUMMARY_LAYER
        self.timings.append(("summary", time.perf_counter() - started))
        self.feedback.pushInfo(self.alg.tr("neighbourhood_summary: {n} neighbourhoods, {fields} "
                                           "fields from {steps} steps").format(
            n=len(result.table), fields=len(result.table.columns) - 1, steps=len(parts) + 1))

    # ---- the package ----------------------------------------------------------------------

    def discard(self):
        import shutil

        from ..usm_plugin import bridge

        bridge.remove_geopackage(self.staged)
        shutil.rmtree(self.work, ignore_errors=True)

    def _final_paths(self, text):
        """Staging paths in a text (records, tables) replaced by the published ones."""
        import json
        import os

        pairs = [(self.staged, self.gpkg), (self.work, self.folder),
                 (os.path.basename(self.staged), os.path.basename(self.gpkg))]
        for old, new in pairs:   # as written, and as escaped in JSON (Windows back-slashes)
            text = text.replace(old, new).replace(json.dumps(old)[1:-1], json.dumps(new)[1:-1])
        return text

    def commit(self):
        import json
        import os
        import shutil

        from ..usm_plugin import bridge

        bridge.publish_geopackage(self.staged, self.gpkg)
        for name in sorted(os.listdir(self.work)):
            source = os.path.join(self.work, name)
            if name.endswith(".json"):   # provenance records name the published files
                with open(source, encoding="utf-8") as handle:
                    text = self._final_paths(handle.read())
                with open(source, "w", encoding="utf-8") as handle:
                    handle.write(text)
            os.replace(source, os.path.join(self.folder, name))
        shutil.rmtree(self.work, ignore_errors=True)
        self.records = json.loads(self._final_paths(json.dumps(self.records)))
        self.feedback.pushInfo(self.alg.tr("Diagnosis written to {path}: layers {layers}").format(
            path=self.gpkg, layers=", ".join(dict.fromkeys(self.layers.values()))))


def _prefix(layer, used):
    """A field-name prefix from a layer's name (police_posts), unique within the run."""
    import os
    import re

    text = layer if isinstance(layer, str) else layer.source()
    match = re.search(r"layername=([^|]+)", text)
    if match:
        name = match.group(1)
    elif isinstance(layer, str) or os.path.isfile(text.split("|")[0]):
        name = os.path.splitext(os.path.basename(text.split("|")[0]))[0]
    else:
        name = layer.name()
    prefix = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:20] or "facility"
    if prefix[0].isdigit():
        prefix = f"f_{prefix}"
    candidate, number = prefix, 2
    while candidate in used:
        candidate, number = f"{prefix}_{number}", number + 1
    return candidate
