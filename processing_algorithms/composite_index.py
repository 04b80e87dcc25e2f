"""Composite index of neighbourhoods from the indicator catalogue, with uncertainty."""

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..usm_plugin.qgis_compat import FieldType, NumberType, SourceType, parameter_as_strings
from .base import UsmAlgorithm

NORMALISATION_CHOICES = [
    ("minmax", "Min-max (0-100 between the lowest and highest neighbourhood)"),
    ("zscore", "z-score (mean 0, standard deviation 1; no uncertainty analysis)"),
    ("rank", "Rank / percentile (0-100)"),
    ("target", "Distance to target (0-100, 100 = target reached; targets from the catalogue)"),
    ("goalposts", "Fixed goalposts (0-100 between the catalogue's goalposts; comparable "
                  "across years)"),
]
ORIENTATION_CHOICES = [
    ("safety", "Higher index = safer (risk indicators reversed)"),
    ("risk", "Higher index = more risk (protective indicators reversed)"),
]
WEIGHTING_CHOICES = [
    ("catalogue", "Weights of the catalogue (user weights)"),
    ("equal", "Equal weights within every group"),
    ("pca", "Statistical: principal components (OECD/JRC Handbook) within each group"),
]
AGGREGATION_CHOICES = [
    (None, "As set per level in the catalogue"),
    ("arithmetic", "Arithmetic mean at every level"),
    ("geometric", "Geometric mean at every level"),
]
IMPUTATION_CHOICES = [
    ("none", "None: average the indicators present (weights rescaled)"),
    ("mean", "Indicator mean"),
    ("median", "Indicator median"),
]


class CompositeIndexAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "compositeindex"
    DISPLAY_NAME = "Composite index with uncertainty"
    GROUP_ID = "monitor"
    SHORT_DESCRIPTION = ("Combines indicators per neighbourhood into scores at every level of the "
                         "indicator catalogue (facets, dimensions, subdimensions) and an overall "
                         "index, with a Monte Carlo interval of each score and rank and the "
                         "choices that move them most.")
    DESCRIPTION = """
    The indicators and their structure come from a catalogue file (JSON; the shipped Urban Safety
    Monitor catalogue by default: resources/catalogue/usm_catalogue.json) or from a list of
    fields with their direction. In the catalogue a city selects indicators ("selected": true)
    and binds each to a field of the neighbourhood layer ("field"); its errors are reported with
    the indicator's id and line.

    Steps (OECD/JRC Handbook on Constructing Composite Indicators, 2008; as in COINr): (1)
    outliers: an indicator with |skewness| > 2 and kurtosis > 3.5 is winsorised one extreme value
    at a time, at most the set number of values, and reported; (2) missing values are imputed
    by the indicator's mean or median, or left out, the group then averaging the indicators
    present with their weights rescaled; the share of indicators with data is written per
    neighbourhood (avail) and facet (avail_<facet>): no neighbourhood is dropped; (3) each
    indicator is normalised so that a higher score means safer (or more risk); (4) weights from
    the catalogue, equal, or from principal components; (5) aggregation up the hierarchy,
    arithmetic or geometric (the geometric mean is taken of score + 1 and 1 is subtracted, so
    one indicator at 0 does not zero its group).

    An indicator with the same value everywhere cannot tell neighbourhoods apart under min-max,
    z-score or rank normalisation: it is left out with a warning. An indicator without any value,
    a field that is missing (unless "leave out" is ticked) or not numeric stops the run with a
    message naming it.

    Uncertainty (with Monte Carlo runs > 0): the index is recomputed under other reasonable
    choices (normalisation min-max or rank, aggregation arithmetic or geometric, imputation,
    every weight multiplied by a random factor in [1 - noise, 1 + noise]), drawn with the seed.
    Each neighbourhood gets the median index, the 90% interval of its index and of its rank.
    The sensitivity table gives, per choice, the first-order and total variance-based
    sensitivity indices of the ranks (Saltelli et al. 2010 estimators on a Saltelli design, so
    the runs are split in N base draws x (number of choices + 2)). The map shades the index and
    hatches neighbourhoods whose rank interval spans more than a fifth of the neighbourhoods:
    their position depends on the method. The index is for benchmarking a neighbourhood against
    itself and its peers over time, not for league tables.
    """
    TAGS = ("composite index", "indicator", "monitor", "catalogue", "normalisation", "weights",
            "aggregation", "uncertainty", "sensitivity", "monte carlo", "sobol", "ranking",
            "benchmarking", "safer cities", "oecd", "jrc", "coinr", "pca")
    REFERENCES = (
        "OECD/JRC (2008). Handbook on Constructing Composite Indicators: Methodology and User "
        "Guide. OECD Publishing, Paris.",
        "Saisana, M., Saltelli, A., Tarantola, S. (2005). Uncertainty and sensitivity analysis "
        "techniques as tools for the quality assessment of composite indicators. Journal of the "
        "Royal Statistical Society A 168(2), 307-323.",
        "Saltelli, A., Annoni, P., Azzini, I., Campolongo, F., Ratto, M., Tarantola, S. (2010). "
        "Variance based sensitivity analysis of model output. Computer Physics Communications "
        "181(2), 259-270.",
        "Becker, W., Caperna, G., Del Sorbo, M., Norlén, H., Papadimitriou, E., Saisana, M. "
        "(2022). COINr: an R package for developing composite indicators. Journal of Open Source "
        "Software 7(78), 4567.",
        "UN-Habitat (2020). Expert Group Meeting on Global Urban Safety Indicators and Monitoring "
        "Tool, Madrid: four facets, 10 dimensions, 81 subdimensions, 179 indicators.",
    )
    OUTPUT_FIELDS = (
        ("(input fields)", "all fields of the input layer; one whose name a result takes is "
                           "kept as <name>_in", ""),
        ("norm_<indicator id>", "normalised indicator score (higher = safer, or more risk)",
         "0-100 (z-score: standard deviations)"),
        ("<group id>", "score of a facet, dimension or subdimension of the catalogue", "as above"),
        ("index", "the composite index with the chosen settings", "as above"),
        ("rank", "rank of index, 1 = highest index; NULL without an index", "rank"),
        ("avail", "share of the selected indicators with a value (before imputation)", "0-1"),
        ("avail_<facet id>", "the same within each facet (top-level group)", "0-1"),
        ("index_med", "median of the index over the Monte Carlo runs", "0-100"),
        ("index_lo, index_hi", "5th and 95th percentiles of the index over the runs (90% "
                               "interval)", "0-100"),
        ("rank_med", "median rank over the runs", "rank"),
        ("rank_lo, rank_hi", "5th and 95th percentiles of the rank over the runs", "rank"),
    )
    OUTPUT_TABLES = (
        ("Sensitivity table", (
            ("factor", "the choice varied: normalisation, aggregation, imputation, weights", "text"),
            ("alternatives", "the alternatives drawn (each equally likely)", "text"),
            ("first_order_rank", "share of the variance of the ranks due to this choice alone "
                                 "(first-order index, pooled over neighbourhoods)", "0-1"),
            ("total_rank", "share including its interactions with the other choices (total "
                           "index)", "0-1"),
            ("first_order_shift, total_shift", "the same for the mean absolute shift of the "
                                               "ranks from the main index's ranks", "0-1"),
            ("base_runs", "N, the base draws of the Saltelli design (the indices are estimates "
                          "from N draws: small negative values mean 0)", "count"),
        )),
        ("Node report", (
            ("node, level, parent, name", "every node of the hierarchy and its place", "text"),
            ("field, direction", "the bound field and risk/protective (indicators)", "text"),
            ("weight", "weight within the parent (sums to 1 over the siblings)", "0-1"),
            ("aggregation, normalisation", "methods used", "text"),
            ("status", "used, or left out and why", "text"),
            ("missing", "neighbourhoods without a value", "count"),
            ("winsorised_low, winsorised_high", "values replaced by the outlier rule", "count"),
            ("skew_before, kurt_before, skew_after, kurt_after", "skewness and excess kurtosis "
                                                                 "before and after", "number"),
            ("clipped", "values outside the goalposts or beyond the target, capped", "count"),
        )),
    )

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    CATALOGUE = "CATALOGUE"
    SELECT = "SELECT"
    FIELDS = "FIELDS"
    PROTECTIVE_FIELDS = "PROTECTIVE_FIELDS"
    SKIP_MISSING = "SKIP_MISSING"
    ORIENTATION = "ORIENTATION"
    NORMALISATION = "NORMALISATION"
    WEIGHTING = "WEIGHTING"
    AGGREGATION = "AGGREGATION"
    IMPUTATION = "IMPUTATION"
    WINSORISE = "WINSORISE"
    WINSOR_MAX = "WINSOR_MAX"
    RUNS = "RUNS"
    SEED = "SEED"
    WEIGHT_NOISE = "WEIGHT_NOISE"
    OUTPUT = "OUTPUT"
    SENSITIVITY = "SENSITIVITY"
    REPORT = "REPORT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self._input_parameters()
        self._method_parameters()
        self._uncertainty_parameters()
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Composite index"),
                                              SourceType.POLYGON),
            "The neighbourhoods with their scores at every level (see Output fields).")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.SENSITIVITY, self.tr("Sensitivity table"),
                                              SourceType.TABLE, optional=True,
                                              createByDefault=True),
            "Which choice moves the ranks most (only with Monte Carlo runs > 0).")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.REPORT, self.tr("Node report"), SourceType.TABLE,
                                              optional=True, createByDefault=True),
            "Every node with its weight, methods, outliers treated, missing values and status.")

    def _input_parameters(self):
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Neighbourhoods with indicators"),
                                                [SourceType.POLYGON]),
            "Neighbourhood layer holding the indicator fields (e.g. the output of "
            "usm:aggregateincidents, usm:interpolatecensus, usm:sdgindicators joined together).")
        self.add_parameter(
            QgsProcessingParameterField(self.ID_FIELD, self.tr("Neighbourhood id field"),
                                        parentLayerParameterName=self.INPUT),
            "Unique code per neighbourhood; used to name neighbourhoods in messages.")
        self.add_parameter(
            QgsProcessingParameterFile(self.CATALOGUE, self.tr("Indicator catalogue (JSON)"),
                                       extension="json", optional=True),
            "A catalogue file; empty = the shipped Urban Safety Monitor catalogue. Copy "
            "resources/catalogue/usm_catalogue.json, select indicators and bind them to your "
            "fields. Ignored when indicator fields are given below.")
        self.add_parameter(
            QgsProcessingParameterString(self.SELECT, self.tr("Only these catalogue nodes"),
                                         optional=True),
            "Comma-separated ids of facets, dimensions, subdimensions or indicators to use "
            "instead of the catalogue's selection, e.g. crime_violence,socioeconomic_risk for a "
            "risk index.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterField(self.FIELDS, self.tr("Or: indicator fields"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.ANY, allowMultiple=True, optional=True),
            "Instead of a catalogue: the indicator fields, combined directly into the index with "
            "equal weights. A higher value is taken as more risk unless the field is listed as "
            "protective below.")
        self.add_parameter(
            QgsProcessingParameterField(self.PROTECTIVE_FIELDS,
                                        self.tr("Protective fields (higher = safer)"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.ANY, allowMultiple=True, optional=True),
            "Among the indicator fields, those where a higher value means safer (e.g. lit street "
            "share, access to public transport).")
        self.add_parameter(
            QgsProcessingParameterBoolean(self.SKIP_MISSING,
                                          self.tr("Leave out selected indicators whose field is "
                                                  "missing"), defaultValue=False),
            "Off: a selected indicator bound to a field the layer lacks stops the run. On: it is "
            "left out and listed in the log.")

    def _method_parameters(self):
        def enum(key, label, choices, default, help_text, advanced=False):
            self.add_parameter(QgsProcessingParameterEnum(
                key, self.tr(label), options=[text for _, text in choices], defaultValue=default),
                help_text, advanced=advanced)
        enum(self.ORIENTATION, "Orientation", ORIENTATION_CHOICES, 0,
             "What a high index means. Use 'more risk' for a risk index to cross with a "
             "resilience index.")
        enum(self.NORMALISATION, "Normalisation", NORMALISATION_CHOICES, 0,
             "How each indicator is put on a common scale. An indicator's own normalisation in "
             "the catalogue takes precedence. Fixed goalposts keep scores comparable between "
             "years.")
        enum(self.WEIGHTING, "Weights", WEIGHTING_CHOICES, 0,
             "Weights of the indicators within their group (groups keep the catalogue's weights).")
        enum(self.AGGREGATION, "Aggregation", AGGREGATION_CHOICES, 0,
             "Arithmetic means let a high score compensate a low one; geometric means compensate "
             "less.")
        enum(self.IMPUTATION, "Missing values", IMPUTATION_CHOICES, 0,
             "How missing indicator values are handled; the share of data is always reported.")
        self.add_parameter(
            QgsProcessingParameterBoolean(self.WINSORISE, self.tr("Treat outliers (winsorise)"),
                                          defaultValue=True),
            "Winsorise indicators with |skewness| > 2 and kurtosis > 3.5 (JRC rule).",
            advanced=True)
        self.add_parameter(
            QgsProcessingParameterNumber(self.WINSOR_MAX, self.tr("Most values winsorised per "
                                                                  "indicator"),
                                         type=NumberType.INTEGER, defaultValue=5, minValue=0),
            "Upper limit of values replaced per indicator by the outlier rule.", advanced=True)

    def _uncertainty_parameters(self):
        self.add_parameter(
            QgsProcessingParameterNumber(self.RUNS, self.tr("Monte Carlo runs (0 = none)"),
                                         type=NumberType.INTEGER, defaultValue=1000, minValue=0),
            "Index computations under other choices, for the intervals and the sensitivity "
            "table (at least 12 with four varying choices).")
        self.add_parameter(
            QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), type=NumberType.INTEGER,
                                         defaultValue=1, minValue=0),
            "Same seed, same intervals.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.WEIGHT_NOISE, self.tr("Weight perturbation"),
                                         type=NumberType.DOUBLE, defaultValue=0.25, minValue=0.0,
                                         maxValue=0.95),
            "Each weight is multiplied by a random factor in [1 - value, 1 + value] in the runs.",
            advanced=True)

    # ---- running ----------------------------------------------------------------------------

    def process_with_core(self, parameters, context, feedback):
        from ..usm_plugin import bridge
        from ..usm_plugin.core.indices.composite import composite_index
        from .base.monitor import read_all_fields

        stages = bridge.FeedbackAdapter(feedback)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        catalogue = self._catalogue(parameters, context, feedback)
        data = read_all_fields(self, parameters, self.INPUT, context, feedback,
                               stage=stages.stage(0.0, 0.1))
        bridge.push_notes(feedback, data.notes)
        options = self._options(parameters, context)
        result = composite_index(
            data.frame, catalogue, options=options, id_field=id_field,
            skip_missing_fields=self.parameterAsBool(parameters, self.SKIP_MISSING, context),
            **stages.stage(0.1, 0.3).callables())
        bridge.push_notes(feedback, result.notes)
        table = result.scores.join(result.availability)
        table.insert(table.columns.get_loc("index") + 1, "rank", result.rank)
        sensitivity = self._uncertainty(parameters, context, feedback, result, table,
                                        stages.stage(0.3, 0.9))
        bridge.raise_if_cancelled(feedback)
        return self._write(parameters, context, feedback, data, table, result, sensitivity,
                           options)

    def _catalogue(self, parameters, context, feedback):
        from ..usm_plugin.core.indices.catalogue import (
            DEFAULT_CATALOGUE, catalogue_from_fields, load_catalogue)

        fields = parameter_as_strings(self, parameters, self.FIELDS, context)
        protective = parameter_as_strings(self, parameters, self.PROTECTIVE_FIELDS, context)
        if fields:
            feedback.pushInfo(self.tr("Indicators: {fields} fields, {protective} protective, equal "
                                      "weights, directly under the index.").format(
                fields=len(fields), protective=len(protective)))
            return catalogue_from_fields(fields, protective)
        path = self.parameterAsFile(parameters, self.CATALOGUE, context) or DEFAULT_CATALOGUE
        catalogue = load_catalogue(path)
        select = self.parameterAsString(parameters, self.SELECT, context)
        if select and select.strip():
            catalogue = catalogue.selected([s.strip() for s in select.split(",")])
            if catalogue.unbound_skipped:
                feedback.pushInfo(self.tr("Placeholders without a field, left out: {names}").format(
                    names=", ".join(catalogue.unbound_skipped)))
        selected = sum(i.selected for i in catalogue.indicators)
        if catalogue.version:
            feedback.pushInfo(self.tr("Catalogue: {path} (version {version}), {n} selected "
                                      "indicators.").format(path=path, version=catalogue.version,
                                                            n=selected))
        else:
            feedback.pushInfo(self.tr("Catalogue: {path} (version not given), {n} selected "
                                      "indicators.").format(path=path, n=selected))
        return catalogue

    def _options(self, parameters, context):
        from ..usm_plugin.core.indices.composite import IndexOptions

        def choice(key, choices):
            return choices[self.parameterAsEnum(parameters, key, context)][0]
        return IndexOptions(
            normalisation=choice(self.NORMALISATION, NORMALISATION_CHOICES),
            orientation=choice(self.ORIENTATION, ORIENTATION_CHOICES),
            weighting=choice(self.WEIGHTING, WEIGHTING_CHOICES),
            aggregation=choice(self.AGGREGATION, AGGREGATION_CHOICES),
            imputation=choice(self.IMPUTATION, IMPUTATION_CHOICES),
            winsorise=self.parameterAsBool(parameters, self.WINSORISE, context),
            winsor_max=self.parameterAsInt(parameters, self.WINSOR_MAX, context))

    def _uncertainty(self, parameters, context, feedback, result, table, stage):
        from ..usm_plugin import bridge
        from ..usm_plugin.core.indices.uncertainty import UncertaintyOptions, uncertainty_analysis

        runs = self.parameterAsInt(parameters, self.RUNS, context)
        if runs == 0:
            feedback.pushInfo(self.tr("No uncertainty analysis (0 Monte Carlo runs)."))
            return None
        options = UncertaintyOptions(
            runs=runs, seed=self.parameterAsInt(parameters, self.SEED, context),
            weight_noise=self.parameterAsDouble(parameters, self.WEIGHT_NOISE, context))
        unc = uncertainty_analysis(result.model, result.rank, options, **stage.callables())
        bridge.push_notes(feedback, unc.notes)
        position = table.columns.get_loc("rank") + 1
        for offset, (name, values) in enumerate((
                ("index_med", unc.index_median), ("index_lo", unc.index_lo),
                ("index_hi", unc.index_hi), ("rank_med", unc.rank_median),
                ("rank_lo", unc.rank_lo), ("rank_hi", unc.rank_hi))):
            table.insert(position + offset, name, values.astype(float))
        for row in unc.sensitivity.itertuples(index=False):
            feedback.pushInfo("  " + self.tr("{factor}: first-order {first:.2f}, total {total:.2f} "
                                             "of the variance of the ranks").format(
                factor=row.factor, first=row.first_order_rank, total=row.total_rank))
        return unc.sensitivity

    def _write(self, parameters, context, feedback, data, table, result, sensitivity, options):
        import os

        import numpy as np

        from ..usm_plugin import bridge
        from .base import PLUGIN_DIR
        from .base.monitor import write_with_results

        qml = None
        if options.normalisation != "zscore":
            name = "composite_index.qml" if options.orientation == "safety" else \
                "composite_index_risk.qml"
            qml = os.path.join(PLUGIN_DIR, "resources", "styles", name)
        output = write_with_results(self, parameters, self.OUTPUT, context, feedback, data, table,
                                    qml_path=qml)
        if qml is None:
            bridge.style_on_load(context, output, graduated_field="index", ramp_name="RdYlGn")
        results = {self.OUTPUT: output}
        if sensitivity is not None and parameters.get(self.SENSITIVITY) is not None:
            results[self.SENSITIVITY] = bridge.write_frame(
                self, parameters, self.SENSITIVITY, context, sensitivity, None, feedback=feedback)
        if parameters.get(self.REPORT) is not None:
            results[self.REPORT] = bridge.write_frame(self, parameters, self.REPORT, context,
                                                      _report_columns(result.nodes), None,
                                                      feedback=feedback)
        feedback.pushInfo(self.tr("Index of {n} of {total} neighbourhoods written.").format(
            n=f"{int(np.isfinite(table['index']).sum()):,}", total=f"{len(table):,}"))
        feedback.setProgress(100)
        return results


REPORT_COLUMNS = ("node", "level", "parent", "name", "field", "direction", "weight", "aggregation",
                  "normalisation", "status", "missing", "winsorised_low", "winsorised_high",
                  "skew_before", "kurt_before", "skew_after", "kurt_after", "clipped")


def _report_columns(nodes):
    """The node report with a fixed set of columns (absent ones empty)."""
    import pandas as pd

    out = pd.DataFrame(index=nodes.index)
    for column in REPORT_COLUMNS:
        if column in nodes.columns:
            out[column] = nodes[column]
        else:
            out[column] = pd.Series([None] * len(nodes), index=nodes.index, dtype=object)
    for column in ("missing", "winsorised_low", "winsorised_high", "clipped"):
        out[column] = pd.to_numeric(out[column], errors="coerce").astype("Int64")
    for column in ("weight", "skew_before", "kurt_before", "skew_after", "kurt_after"):
        out[column] = pd.to_numeric(out[column], errors="coerce").astype(float)
    for column in ("node", "level", "parent", "name", "field", "direction", "aggregation",
                   "normalisation", "status"):
        out[column] = out[column].astype(object).where(out[column].notna(), None)
    return out
