"""The monitor for many cities and years, outside QGIS: one configuration file in,
one GeoPackage per city-year and a summary table out.

Modules, in the order a run uses them:

* ``config``      -- reads and checks the configuration file (TOML or JSON);
* ``monitor``     -- the figures of one city-year from the core: incident counts,
                     rates and Empirical Bayes rates with their accounting
                     (:func:`..core.joins.aggregation.aggregate_incidents`), Gi* hot
                     spots of the rate (:class:`..core.stats.autocorrelation.LocalGetisOrd`)
                     and the change from the previous year
                     (:func:`..core.indices.change.compare_periods`);
* ``runner``      -- runs every city-year in this process or on a Dask cluster,
                     writes the outputs (this package's purpose is writing) and the
                     summary, and never lets one failing city stop the others;
* ``distributed`` -- the optional Dask engine: a local cluster or a scheduler address,
                     one task per city-year, or a city's incidents read in partitions
                     with dask-geopandas (optionally sorted into spatial partitions)
                     and counted partition by partition;
* ``__main__``    -- the command line: ``python -m urban_safety_monitor.usm_plugin.batch``.

Nothing here imports QGIS; the Processing algorithm ``usm:batchmonitor`` calls
:func:`runner.run_batch` with QGIS's progress and cancellation.
"""
