"""The monitor for many cities and years from one configuration file (optionally on Dask)."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from .base import UsmAlgorithm


class BatchMonitorAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "batchmonitor"
    DISPLAY_NAME = "Batch monitor: many cities and years"
    GROUP_ID = "monitor"
    SHORT_DESCRIPTION = ("Runs the monitor for every city and year of a configuration file: "
                         "one GeoPackage per city-year with incident counts, rates, Empirical "
                         "Bayes rates, Gi* hot spots and the change from the previous year, "
                         "plus a summary table; in this process or on a Dask cluster.")
    DESCRIPTION = """
    The configuration file (TOML or JSON) names an output folder, defaults, and the cities:
    for each, the neighbourhoods file (and layer), the id and population fields, the incidents
    file (and layer), the category and date fields and the years. Each city may override any
    default. Every problem of the file is listed at once: missing keys, unknown keys (the
    nearest known key is suggested), files that do not exist, years that are not whole numbers.
    An example is in the README (section "Batch monitor").

    For each city-year the incidents dated in that year are counted per neighbourhood with the
    same core as Aggregate incidents to neighbourhoods (same boundary rule, same accounting:
    read = assigned + outside + dropped), rates and Empirical Bayes rates are computed, Gi* hot
    spots of the rate are found (queen neighbours, normal approximation, FDR as in Hot spots),
    and the change from the previous year of the run is tested (exact conditional Poisson test,
    FDR, as Compare periods). Each city-year is written to <city>_<year>.gpkg in the output
    folder (layer neighbourhoods: the input neighbourhoods with every field plus the results;
    layer accounting), under a temporary name until complete.

    A city or year that fails (a missing field, a year without incidents, an unreadable file)
    is reported in the summary with its error, and the others still run; the number of failed
    city-years is an output and a warning in the log.

    Dask scheduler: empty runs everything in this QGIS process. "local" or "local:4" starts a
    local Dask cluster of 2 (or 4) workers; an address such as tcp://10.0.0.5:8786 sends the
    work to a running Dask cluster, whose workers must be able to read the input files and
    import the plugin (its folder's parent on their PYTHONPATH). Cities with "partitions = N"
    in the configuration have their incidents read in partitions with dask-geopandas
    (sorted into spatial partitions with "spatial_shuffle = true") and counted partition by
    partition, so no worker holds a whole city; the others run as one task per city-year. The results
    are identical to a run in this process. Dask needs the Python packages dask, distributed and
    dask-geopandas; the log says how to install them when they are missing. Inside QGIS a
    local cluster's workers are threads of QGIS (QGIS cannot start worker processes); for real
    parallel speed run the same configuration from the command line
    (python -m urban_safety_monitor.usm_plugin.batch, see the README).
    """
    TAGS = ("batch", "cities", "years", "monitor", "national", "dask", "cluster", "distributed",
            "incidents", "rates", "hot spots", "configuration")
    REFERENCES = (
        "Marshall, R. J. (1991). Mapping disease and mortality rates using empirical Bayes "
        "estimators. Journal of the Royal Statistical Society C, 40(2), 283-294.",
        "Ord, J. K. and Getis, A. (1995). Local spatial autocorrelation statistics: "
        "distributional issues and an application. Geographical Analysis 27(4), 286-306.",
        "Rocklin, M. (2015). Dask: parallel computation with blocked algorithms and task "
        "scheduling. Proceedings of the 14th Python in Science Conference, 130-136.",
    )

    CONFIG = "CONFIG"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    SUMMARY = "SUMMARY"
    DASK_SCHEDULER = "DASK_SCHEDULER"
    CITY_YEARS = "CITY_YEARS"
    FAILED = "FAILED"

    @property
    def OUTPUT_TABLES(self):  # noqa: N802 (documented by the batch package)
        try:
            from ..usm_plugin.batch.runner import SUMMARY_DOCS
            from ..usm_plugin.core.joins.aggregation import FIELD_DOCS
        except ImportError:  # core dependencies missing: the help still names the tables
            return ()
        gi = (("GiZ", "Gi* z-score of the rate (hot spot field)", "z"),
              ("Gi_P", "its p-value (normal approximation)", "probability"),
              ("Gi_PSim", "permutation pseudo p-value (with permutations > 0)", "probability"),
              ("Gi_Bin", "-3..3: cold/hot spot at 99/95/90% confidence, 0 not significant",
               "class"),
              ("Gi_Label", "the bin as text; Isolated without neighbours", "text"),
              ("pct_change, rate_ratio, rr_lo, rr_hi, p_value, p_fdr, change_class",
               "change from the previous year of the run (as usm:compareperiods)", "various"))
        return (("Summary table (one row per city-year)", SUMMARY_DOCS),
                ("Each <city>_<year>.gpkg, layer neighbourhoods: the input fields plus",
                 tuple(FIELD_DOCS) + gi))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFile(self.CONFIG, self.tr("Configuration file (TOML or JSON)"),
                                       fileFilter="Configuration (*.toml *.json)"),
            "The cities, years, fields and options (see the description). Relative paths in it "
            "are relative to the file's folder.")
        self.add_parameter(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER,
                                                    self.tr("Output folder"), optional=True,
                                                    createByDefault=False),
            "Folder for the <city>_<year>.gpkg files; empty = the output_folder of the "
            "configuration file.")
        self.add_parameter(
            QgsProcessingParameterFileDestination(self.SUMMARY, self.tr("Summary table"),
                                                  fileFilter="CSV files (*.csv)"),
            "One row per city-year: status, incidents read, assigned, outside and dropped, "
            "undated incidents of the city, city-wide rate, hot and cold spots, output file, "
            "error or warnings.")
        self.add_parameter(
            QgsProcessingParameterString(self.DASK_SCHEDULER, self.tr("Dask scheduler"),
                                         defaultValue="", optional=True),
            "Empty: run in this process. 'local' or 'local:<workers>': a local Dask cluster. "
            "An address (tcp://host:8786): a running Dask cluster. Needs dask, distributed and "
            "dask-geopandas.", advanced=True)
        self.addOutput(QgsProcessingOutputNumber(self.CITY_YEARS, self.tr("City-years run")))
        self.addOutput(QgsProcessingOutputNumber(self.FAILED, self.tr("City-years failed")))

    def process_with_core(self, parameters, context, feedback):
        from ..usm_plugin import bridge
        from ..usm_plugin.batch.config import load_config
        from ..usm_plugin.batch.runner import run_batch
        from ..usm_plugin.core.runtime import Cancelled

        config_path = self.parameterAsFile(parameters, self.CONFIG, context)
        folder = (self.parameterAsFileOutput(parameters, self.OUTPUT_FOLDER, context)
                  if parameters.get(self.OUTPUT_FOLDER) not in (None, "") else None) or None
        summary = self.parameterAsFileOutput(parameters, self.SUMMARY, context)
        scheduler = (self.parameterAsString(parameters, self.DASK_SCHEDULER, context) or "").strip()
        config = load_config(config_path, output_folder=folder)
        feedback.pushInfo(self.tr("{cities} cities, {city_years} city-years from {path}").format(
            cities=len(config.cities), city_years=len(config.city_years), path=config_path))

        written = []

        def log(line):
            if " -> " in line and line.endswith(".gpkg"):
                written.append(line.rsplit(" -> ", 1)[1])
            if "FAILED" in line:
                feedback.reportError(line, False)
            elif line.lstrip().startswith("warning:"):
                feedback.pushWarning(line.strip())
            else:
                feedback.pushInfo(line)

        stages = bridge.FeedbackAdapter(feedback)
        try:
            if scheduler:
                from ..usm_plugin.batch.distributed import DaskEngine

                partitioned = any(c.partitions for c in config.cities)
                with DaskEngine(scheduler, log=log, partitioned=partitioned) as engine:
                    result = run_batch(config, summary_path=summary, engine=engine, log=log,
                                       **stages.callables())
            else:
                result = run_batch(config, summary_path=summary, log=log, **stages.callables())
        except Cancelled:
            if written:
                message = self.tr("Cancelled by the user: no summary table was written; the {n} "
                                  "city-year GeoPackage(s) written before are complete "
                                  "({files}).").format(n=len(written), files=", ".join(written))
            else:
                message = self.tr("Cancelled by the user: no summary table was written; the {n} "
                                  "city-year GeoPackage(s) written before are complete.").format(
                    n=len(written))
            raise QgsProcessingException(message) from None
        if result.failed:
            feedback.pushWarning(self.tr("{failed} of {total} city-years failed; their errors are "
                                         "in the summary table {path}").format(
                failed=result.failed, total=len(result.summary), path=result.summary_path))
        feedback.setProgress(100)
        return {self.OUTPUT_FOLDER: result.output_folder, self.SUMMARY: result.summary_path,
                self.CITY_YEARS: len(result.summary), self.FAILED: result.failed}
