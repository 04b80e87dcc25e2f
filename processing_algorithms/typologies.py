"""Neighbourhood typologies: Safer Cities types with representatives, stability and names."""

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingOutputNumber,
)

from ..usm_plugin.qgis_compat import FieldType, NumberType, SourceType, parameter_as_strings
from .base import UsmAlgorithm

METHOD_CHOICES = [
    ("kmeans", "k-means"),
    ("ward", "Ward (hierarchical)"),
    ("gmm", "Gaussian mixture"),
    ("kmedoids", "k-medoids"),
    ("ward_contiguity", "Ward with contiguity (contiguous types)"),
    ("skater", "SKATER regions (contiguous, minimum size or population)"),
]
STANDARDISATION_CHOICES = [
    ("zscore", "z-score (mean 0, standard deviation 1)"),
    ("robust", "Robust z (median 0, interquartile range 1)"),
    ("minmax", "Min-max (0 to 1)"),
    ("rank", "Rank (0 to 1)"),
]
IMPUTATION_CHOICES = [("median", "Median of the observed values"),
                      ("mean", "Mean of the observed values")]


class TypologiesAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "typologies"
    DISPLAY_NAME = "Neighbourhood typologies"
    GROUP_ID = "typology"
    SHORT_DESCRIPTION = ("Groups neighbourhoods into types (upper/middle class, normal, "
                         "vulnerable, high complexity, historic centre...) from their "
                         "indicators, chooses the number of types, names them by transparent "
                         "rules and picks representative neighbourhoods for the deep-dive audit.")
    DESCRIPTION = """
    The Safer Cities method does not rank neighbourhoods: it groups them into types, audits a
    few representative neighbourhoods of each type in depth and projects targets to the other
    members of the type (see Projected targets by type). This algorithm makes the types.

    Indicators are standardised (z-score by default) and multiplied by their weights; a
    missing value is imputed with the median (or mean) of the indicator and reported, never a
    neighbourhood dropped. An indicator that is constant or entirely missing is left out with
    a warning. Methods: k-means (k-means++ starts), Ward, Gaussian mixture, k-medoids (the
    centre of each type is a real neighbourhood), and two methods that make contiguous types
    on the queen contiguity of the polygons: Ward with contiguity, and SKATER regions
    (cuts of the minimum spanning tree) with a minimum number of neighbourhoods or residents
    per region. A neighbourhood with no contiguous neighbour (an island) is attached to its
    nearest neighbourhood and listed in the log.

    With K = 0 the number of types is chosen among 2..K_max: for each k the Calinski-Harabasz
    pseudo-F (higher is better), the mean silhouette (higher is better) and the
    Davies-Bouldin index (lower is better) are computed, and the k with the best mean rank
    over the three is kept (ties: higher silhouette, then smaller k). The table of every k is
    an output and a chart in the HTML summary.

    Seeds: a field marking exemplar neighbourhoods, either 0/1 (each seed anchors one type) or
    with names ("historic centre", "vulnerable"...; seeds with the same name anchor one type).
    The seeds fix k, start k-means, k-medoids and the mixture from them, and give their names
    to the types that contain them.

    Stability: the method is re-run on random subsamples (80% of the neighbourhoods by
    default, 100 re-runs, new random start each time); for each neighbourhood, stability is
    the mean Jaccard agreement between its co-members in the full solution and in the re-run
    (1 = always with the same neighbours in type). Low values mark border cases.

    Names come from a rule file (JSON; the shipped default follows the Safer Cities typology
    and can be copied and edited): rules on the types' standardised medians such as "high
    income and low informal housing: upper/middle class"; the profile table says which rule
    named each type and why. Types no rule fits keep a neutral name.
    """
    TAGS = ("typology", "cluster", "classification", "k-means", "ward", "skater",
            "regionalisation", "gaussian mixture", "k-medoids", "silhouette", "safer cities",
            "neighbourhood types", "representative", "stability")
    REFERENCES = (
        "Vanderschueren, F. (2020). Useful tools for systemic and sustainable safer cities "
        "approaches. Position paper, Global Network on Safer Cities partners meeting, "
        "UN-Habitat (neighbourhood typologies: upper middle class, normal, vulnerable, high "
        "complexity, historic centres).",
        "Arthur, D. and Vassilvitskii, S. (2007). k-means++: the advantages of careful seeding. "
        "Proceedings of SODA 2007, 1027-1035.",
        "Ward, J. H. (1963). Hierarchical grouping to optimize an objective function. JASA "
        "58(301), 236-244.",
        "Assunção, R. M., Neves, M. C., Câmara, G. and da Costa Freitas, C. (2006). Efficient "
        "regionalization techniques for socio-economic geographical units using minimum "
        "spanning trees. IJGIS 20(7), 797-811.",
        "Park, H.-S. and Jun, C.-H. (2009). A simple and fast algorithm for K-medoids "
        "clustering. Expert Systems with Applications 36(2), 3336-3341.",
        "Rousseeuw, P. J. (1987). Silhouettes. Journal of Computational and Applied Mathematics "
        "20, 53-65.",
        "Calinski, T. and Harabasz, J. (1974). A dendrite method for cluster analysis. "
        "Communications in Statistics 3(1), 1-27.",
        "Davies, D. L. and Bouldin, D. W. (1979). A cluster separation measure. IEEE TPAMI 1(2), "
        "224-227.",
        "Hennig, C. (2007). Cluster-wise assessment of cluster stability. Computational "
        "Statistics and Data Analysis 52(1), 258-271.",
    )
    OUTPUT_FIELDS = (
        ("(neighbourhood fields)", "all fields of the input layer (a field with one of the "
         "names below is replaced)", ""),
        ("type_id", "type number, 1 = the largest type", "1..k"),
        ("type_name", "name given by the rule file or the seeds", "text"),
        ("silhouette", "silhouette width: (b - a) / max(a, b), a = mean distance to the other "
         "members of its type, b = to the nearest other type; near 1 well placed, below 0 "
         "closer to another type", "-1..1"),
        ("stability", "mean Jaccard agreement of its co-members over the subsample re-runs", "0-1"),
        ("dist_to_centre", "distance to the type's centre (its mean; the medoid for k-medoids) "
         "in standardised, weighted indicator units", "sd units"),
        ("is_representative", "1 for the representative neighbourhoods of its type (nearest "
         "to the centre)", "0/1"),
        ("rep_rank", "1 = the most representative of its type, 2 = the next...; 0 = not one", "rank"),
    )
    OUTPUT_TABLES = (
        ("Number of types table (K_TABLE)", (
            ("k", "number of types evaluated", "count"),
            ("silhouette", "mean silhouette width", "-1..1"),
            ("calinski_harabasz", "pseudo-F: between / within dispersion", "ratio"),
            ("davies_bouldin", "mean worst ratio of spreads to centre distance (lower is better)",
             "ratio"),
            ("within_ss", "within-type sum of squares", "sd units squared"),
            ("rank_*", "rank of k on each criterion", "rank"),
            ("mean_rank", "mean of the three ranks (the choice rule)", "rank"),
            ("smallest_type", "neighbourhoods in the smallest type", "count"),
            ("chosen", "1 for the k kept", "0/1"),
        )),
        ("Type profiles table (PROFILES)", (
            ("type_id, type_name", "the type", ""),
            ("rule, reason", "the naming rule that fired and the values that made it fire", "text"),
            ("n_neighbourhoods, population", "members and residents (with a population field)",
             "count"),
            ("pieces", "number of contiguous pieces of the type (1 = one connected area)", "count"),
            ("mean_<field>", "mean of the indicator in the type (observed values)", "field unit"),
            ("z_<field>", "type median minus the median of all neighbourhoods, in robust "
             "standard deviations (IQR / 1.349): a few extreme neighbourhoods do not flatten "
             "the other profiles", "sd"),
            ("r2_<field>", "share of the indicator's variance between types, 1 - within / total "
             "sum of squares (same on every row)", "0-1"),
        )),
    )

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    FIELDS = "FIELDS"
    FIELD_WEIGHTS = "FIELD_WEIGHTS"
    METHOD = "METHOD"
    K = "K"
    K_MAX = "K_MAX"
    SEED = "SEED"
    STANDARDISATION = "STANDARDISATION"
    IMPUTATION = "IMPUTATION"
    SEEDS_FIELD = "SEEDS_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    MIN_REGION_SIZE = "MIN_REGION_SIZE"
    MIN_REGION_POPULATION = "MIN_REGION_POPULATION"
    STABILITY_RUNS = "STABILITY_RUNS"
    SUBSAMPLE = "SUBSAMPLE"
    N_REPRESENTATIVES = "N_REPRESENTATIVES"
    RULES_FILE = "RULES_FILE"
    NAMING_FIELDS = "NAMING_FIELDS"
    OUTPUT = "OUTPUT"
    K_TABLE = "K_TABLE"
    PROFILES = "PROFILES"
    HTML = "HTML"

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add_input_parameters()
        self._add_method_parameters()
        self._add_output_parameters()
        self.addOutput(QgsProcessingOutputNumber("K", self.tr("Number of types")))

    def _add_input_parameters(self):
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Neighbourhoods"),
                                                [SourceType.POLYGON]),
            "Neighbourhood polygons with the indicator fields (e.g. the output of Interpolate "
            "census data and Aggregate incidents).")
        self.add_parameter(
            QgsProcessingParameterField(self.ID_FIELD, self.tr("Neighbourhood id field"),
                                        parentLayerParameterName=self.INPUT),
            "Unique neighbourhood code (duplicates are refused).")
        self.add_parameter(
            QgsProcessingParameterField(self.FIELDS, self.tr("Indicator fields"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC, allowMultiple=True),
            "Indicators that define the types, e.g. income_mean, unemployment_rate, youth_share, "
            "informal_share, eb_rate_total. Use rates and shares, not raw counts.")
        self.add_parameter(
            QgsProcessingParameterString(self.FIELD_WEIGHTS, self.tr("Indicator weights"),
                                         optional=True),
            "Optional comma-separated weight per indicator, in the order of the indicator "
            "fields (e.g. 1,1,2,1,1); empty = all 1. A weight multiplies the standardised "
            "indicator.", advanced=True)

    def _add_method_parameters(self):
        self.add_parameter(
            QgsProcessingParameterEnum(self.METHOD, self.tr("Method"),
                                       options=[label for _, label in METHOD_CHOICES],
                                       defaultValue=0),
            "k-means is fast and the usual choice; Ward builds a hierarchy; the Gaussian mixture "
            "allows types of different shapes; k-medoids makes a real neighbourhood the centre "
            "of each type. The last two make contiguous types (regions).")
        self.add_parameter(
            QgsProcessingParameterNumber(self.K, self.tr("Number of types (0 = choose)"),
                                         NumberType.INTEGER, defaultValue=0, minValue=0),
            "0 chooses k among 2..K_max by the three criteria (see the description). A given k "
            "needs at least 2 x k neighbourhoods.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.K_MAX, self.tr("Largest number of types tried"),
                                         NumberType.INTEGER, defaultValue=10, minValue=2,
                                         maxValue=30),
            "Upper end of the k range when K = 0.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), NumberType.INTEGER,
                                         defaultValue=1, minValue=0),
            "Seed of the random starts and subsamples: same seed, same result.")
        self.add_parameter(
            QgsProcessingParameterEnum(self.STANDARDISATION, self.tr("Standardisation"),
                                       options=[label for _, label in STANDARDISATION_CHOICES],
                                       defaultValue=0),
            "Puts indicators in comparable units. Robust z resists outliers; rank uses only the "
            "order of the values.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterEnum(self.IMPUTATION, self.tr("Missing values"),
                                       options=[label for _, label in IMPUTATION_CHOICES],
                                       defaultValue=0),
            "How a missing indicator value is filled (counted in the log).", advanced=True)
        self.add_parameter(
            QgsProcessingParameterField(self.SEEDS_FIELD, self.tr("Seed neighbourhoods field"),
                                        parentLayerParameterName=self.INPUT, optional=True),
            "Optional field marking exemplar neighbourhoods: 1 (each anchors a type) or a type "
            "name (seeds sharing a name anchor one type). Empty, 0 or NULL = not a seed.")
        self.add_parameter(
            QgsProcessingParameterField(self.POPULATION_FIELD, self.tr("Population field"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC, optional=True),
            "Residents per neighbourhood: type populations in the profiles, and the minimum "
            "population per SKATER region.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.MIN_REGION_SIZE,
                                         self.tr("Minimum neighbourhoods per region (SKATER)"),
                                         NumberType.INTEGER, defaultValue=1, minValue=1),
            "SKATER only: no region with fewer neighbourhoods.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterNumber(self.MIN_REGION_POPULATION,
                                         self.tr("Minimum residents per region (SKATER)"),
                                         NumberType.DOUBLE, defaultValue=0, minValue=0),
            "SKATER only, with a population field: no region with fewer residents (0 = none).",
            advanced=True)
        self.add_parameter(
            QgsProcessingParameterNumber(self.STABILITY_RUNS, self.tr("Stability re-runs"),
                                         NumberType.INTEGER, defaultValue=100, minValue=0,
                                         maxValue=1000),
            "Subsample re-runs for the stability field (0 = skip; stability is then NULL).")
        self.add_parameter(
            QgsProcessingParameterNumber(self.SUBSAMPLE, self.tr("Share drawn in each re-run"),
                                         NumberType.DOUBLE, defaultValue=0.8, minValue=0.1,
                                         maxValue=0.99),
            "Share of the neighbourhoods drawn (without replacement) in each stability re-run.",
            advanced=True)
        self.add_parameter(
            QgsProcessingParameterNumber(self.N_REPRESENTATIVES,
                                         self.tr("Representatives per type"), NumberType.INTEGER,
                                         defaultValue=3, minValue=1),
            "Neighbourhoods flagged is_representative per type: the medoid or the member nearest "
            "the type's centre, then the next nearest.")
        self.add_parameter(
            QgsProcessingParameterFile(self.RULES_FILE, self.tr("Naming rule file"),
                                       extension="json", optional=True),
            "Optional JSON rule file naming the types; empty = the shipped Safer Cities rules "
            "(resources/typology_rules.json: copy and edit it).", advanced=True)
        self.add_parameter(
            QgsProcessingParameterField(self.NAMING_FIELDS, self.tr("Fields used only for naming"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC, allowMultiple=True,
                                        optional=True),
            "Optional fields the naming rules may use without clustering on them, e.g. a 0/1 "
            "historic-centre flag.", advanced=True)

    def _add_output_parameters(self):
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Neighbourhood types"),
                                              SourceType.POLYGON),
            "The neighbourhoods with the fields listed under Output fields, styled by type with "
            "representatives outlined.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.K_TABLE, self.tr("Number of types table"),
                                              SourceType.TABLE, optional=True),
            "One row per k evaluated, with the three criteria, their ranks and the choice.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.PROFILES, self.tr("Type profiles"),
                                              SourceType.TABLE, optional=True),
            "One row per type: size, population, contiguous pieces, naming rule and reason, mean, "
            "standardised median and R² of each indicator.")
        self.add_parameter(
            QgsProcessingParameterFileDestination(self.HTML, self.tr("HTML summary"),
                                                  fileFilter="HTML files (*.html)",
                                                  optional=True),
            "Self-contained page (no internet): profile heat table, box plots of the "
            "standardised indicators by type, the number-of-types chart and every warning.")

    def _options(self, parameters, context):
        from ..usm_plugin.core.typology.prepare import parse_weights

        fields = parameter_as_strings(self, parameters, self.FIELDS, context)
        return dict(
            fields=fields,
            field_weights=parse_weights(
                self.parameterAsString(parameters, self.FIELD_WEIGHTS, context), len(fields)),
            method=METHOD_CHOICES[self.parameterAsEnum(parameters, self.METHOD, context)][0],
            k=self.parameterAsInt(parameters, self.K, context),
            k_max=self.parameterAsInt(parameters, self.K_MAX, context),
            seed=self.parameterAsInt(parameters, self.SEED, context),
            standardisation=STANDARDISATION_CHOICES[
                self.parameterAsEnum(parameters, self.STANDARDISATION, context)][0],
            imputation=IMPUTATION_CHOICES[
                self.parameterAsEnum(parameters, self.IMPUTATION, context)][0],
            seeds_field=self.parameterAsString(parameters, self.SEEDS_FIELD, context) or None,
            population_field=self.parameterAsString(parameters, self.POPULATION_FIELD,
                                                    context) or None,
            min_region_size=self.parameterAsInt(parameters, self.MIN_REGION_SIZE, context),
            min_region_population=self.parameterAsDouble(
                parameters, self.MIN_REGION_POPULATION, context) or None,
            stability_runs=self.parameterAsInt(parameters, self.STABILITY_RUNS, context),
            subsample=self.parameterAsDouble(parameters, self.SUBSAMPLE, context),
            n_representatives=self.parameterAsInt(parameters, self.N_REPRESENTATIVES, context),
            rules=self.parameterAsFile(parameters, self.RULES_FILE, context) or None,
            naming_fields=parameter_as_strings(self, parameters, self.NAMING_FIELDS, context) or (),
        )

    def process_with_core(self, parameters, context, feedback):
        from ..usm_plugin import bridge
        from ..usm_plugin.core.typology.classify import classify_neighbourhoods
        from ..usm_plugin.core.typology.report import typology_html

        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        options = self._options(parameters, context)
        stages = bridge.FeedbackAdapter(feedback)
        data = bridge.read_typology_input(self, parameters, self.INPUT, context, feedback,
                                          stage=stages.stage(0.0, 0.1))
        result = classify_neighbourhoods(data.frame, id_field, **options,
                                         **stages.stage(0.1, 0.9).callables())
        bridge.push_notes(feedback, data.notes)
        bridge.push_notes(feedback, result.notes)
        feedback.pushInfo(self.tr("Stability: {scheme}.").format(scheme=result.stability_scheme))
        bridge.raise_if_cancelled(feedback)
        outputs = bridge.write_typology_outputs(
            self, parameters, context, feedback, data, result,
            names={"OUTPUT": self.OUTPUT, "K_TABLE": self.K_TABLE, "PROFILES": self.PROFILES})
        html_path = self.parameterAsFileOutput(parameters, self.HTML, context)
        if html_path:
            bridge.write_text(html_path, typology_html(result))
            outputs[self.HTML] = html_path
        bridge.style_types_on_load(context, outputs[self.OUTPUT], result)
        feedback.setProgress(100)
        outputs["K"] = result.k
        return outputs
