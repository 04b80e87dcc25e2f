"""The batch monitor on Dask: a local cluster on this machine or a cluster by its address.

Two levels, both on the same core functions as a run in one process:

* **one task per city-year** (a city's ``partitions = 0``, the default): each task
  reads its city's incidents, keeps the year's and computes the year's figures
  (:func:`.monitor.aggregate_year` and :func:`.monitor.figures`); the cities and
  years spread over the workers;
* **a city's incidents in partitions** (``partitions = N``): read with
  dask-geopandas (one partition per GeoParquet row group, or N chunks of a
  GeoPackage), optionally (``spatial_shuffle = true``) sorted into N spatially
  compact partitions along a Hilbert curve, the prepared neighbourhoods broadcast
  to every worker, and each partition counted per year with the core's chunk API
  (:mod:`..core.joins.streaming`: ``tally_incidents`` on each partition, fused with
  the task that reads it, ``combine_tallies``, ``finish_aggregation``).  A worker
  holds one partition of incidents at a time; the driver only per-neighbourhood
  sums (and the coordinates the stacked-points check needs, 16 bytes an incident).

Results go back to the process that started the run, which writes the outputs:
only the input files must be readable by the workers (on a real cluster: a
shared or object-store path, and the plugin folder's parent on the workers'
``PYTHONPATH`` so they can import ``urban_safety_monitor``).

Dask is optional: the plugin and the one-process batch never import it; asking
for it without it installed gives :data:`INSTALL_HELP`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Dict, Optional, Tuple

import numpy as np

from ..core.runtime import Cancelled, InputError, as_steps
from . import monitor
from .config import BatchConfig, CityConfig

INSTALL_HELP = (
    "Running on Dask needs the packages dask, distributed and dask-geopandas, which are not "
    "installed in this Python ({executable}). Install them with:\n"
    "  {executable} -m pip install \"dask[dataframe]\" distributed dask-geopandas\n"
    "(in QGIS on Windows: from the OSGeo4W Shell; on Debian 13 also: sudo apt install "
    "python3-dask python3-distributed). Without them, leave the Dask scheduler empty: the "
    "batch runs in this process.")


def require_dask(partitioned: bool = False) -> None:
    """Raise :class:`InputError` with install instructions when Dask is missing."""
    modules = ["dask", "distributed"] + (["dask_geopandas"] if partitioned else [])
    missing, broken = [], []
    for name in modules:
        try:
            __import__(name)
        except ModuleNotFoundError:
            missing.append(name)
        except ImportError as error:  # installed but refuses to load: say why
            broken.append(f"{name} ({error})")
    if broken:
        raise InputError(f"installed but cannot be loaded: {'; '.join(broken)}. Without Dask, "
                         "leave the Dask scheduler empty: the batch runs in this process.")
    if missing:
        raise InputError(f"missing: {', '.join(missing)}. "
                         + INSTALL_HELP.format(executable=sys.executable))


def parse_scheduler(text: str) -> Tuple[str, Optional[int]]:
    """``"local"`` / ``"local:4"`` -> ("local", workers); an address -> ("address", None).

    >>> parse_scheduler("local:3")
    ('local', 3)
    >>> parse_scheduler("tcp://10.0.0.5:8786")
    ('tcp://10.0.0.5:8786', None)
    """
    text = (text or "").strip()
    if not text:
        raise InputError("the Dask scheduler is empty; give 'local', 'local:<workers>' or an "
                         "address such as tcp://host:8786")
    if text == "local" or text.startswith("local:"):
        count = text.partition(":")[2]
        if not count:
            return "local", None
        if not count.isdigit() or int(count) < 1:
            raise InputError(f"'{text}': the number of local workers must be a whole number "
                             "of at least 1, e.g. local:2")
        return "local", int(count)
    if "://" not in text:
        if ":" not in text:
            raise InputError(f"{text!r} is not a Dask scheduler: give 'local', 'local:<workers>' "
                             "or an address such as tcp://host:8786")
        text = "tcp://" + text
    return text, None


def _spawn_ok() -> bool:
    """Worker processes start a Python interpreter: not possible from inside QGIS's binary."""
    return Path(sys.executable).name.lower().startswith("python")


class DaskEngine:
    """A Dask client (and, for ``local``, its cluster) that runs cities for :func:`run_batch`.

    Parameters
    ----------
    scheduler : str
        ``"local"``, ``"local:<workers>"`` or a scheduler address (``tcp://host:8786``).
    threads_per_worker : int
        Threads of each local worker.
    processes : bool, optional
        Local workers as processes (default, when this Python can start them) or as
        threads of this process (inside QGIS).
    log : callable, optional
        Receives a line saying where the run goes.
    partitioned : bool
        Whether some city is counted in partitions (then dask-geopandas is needed too).
    connect_timeout : str
        How long to try reaching a scheduler address.

    Use as a context manager, or call :meth:`close`.
    """

    def __init__(self, scheduler: str, *, threads_per_worker: int = 1,
                 processes: Optional[bool] = None, log=None, partitioned: bool = True,
                 connect_timeout: str = "15s"):
        require_dask(partitioned)
        from distributed import Client, LocalCluster

        import logging

        # dask logs every shuffle at WARNING level; they are not warnings for our users
        logging.getLogger("distributed.shuffle._scheduler_plugin").setLevel(logging.ERROR)
        address, workers = parse_scheduler(scheduler)
        self.cluster = None
        log = log or (lambda line: None)
        if address == "local":
            processes = _spawn_ok() if processes is None else processes
            workers = workers or 2
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=threads_per_worker,
                                        processes=processes, dashboard_address=":0")
            self.client = Client(self.cluster)
            log(f"Dask: local cluster of {workers} worker(s) "
                f"({'processes' if processes else 'threads of this process'}, "
                f"{threads_per_worker} thread(s) each)")
        else:
            try:
                self.client = Client(address, timeout=connect_timeout)
            except (OSError, TimeoutError) as error:
                raise InputError(f"cannot reach the Dask scheduler at {address}: {error}. "
                                 "Is it running (dask scheduler) and reachable from here?"
                                 ) from None
            workers = len(self.client.scheduler_info().get("workers", {}))
            log(f"Dask: scheduler {address} with {workers} worker(s)")
        self._futures: Dict[Tuple[str, int], object] = {}
        if partitioned:
            self._register(dask_geopandas_plugin())

    def _register(self, plugin) -> None:
        """A worker plugin on every worker, present and future."""
        register = getattr(self.client, "register_plugin", None) or \
            self.client.register_worker_plugin
        register(plugin)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        if self.client is None:
            return
        for future in self._futures.values():
            future.cancel()
        self._futures.clear()
        self.client.close()
        self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    # ------------------------------------------------------------------ one task per city-year

    def submit(self, config: BatchConfig) -> None:
        """Start one task per city-year of the cities not counted in partitions."""
        for city in config.cities:
            if city.partitions:
                continue
            for year in city.years:
                self._futures[(city.slug, year)] = self.client.submit(
                    city_year_task, city, year, pure=False, key=f"usm-{city.slug}-{year}-"
                    + f"{id(self):x}")

    def run_city(self, city: CityConfig, *, steps=None, log=None):
        """The city's outcome: its tasks' results, or its partitioned count."""
        from .runner import CityOutcome, error_text

        steps = steps or as_steps()
        outcome = CityOutcome()
        try:
            outcome.neighbourhoods = monitor.read_neighbourhoods(city)
        except Exception as error:  # noqa: BLE001 -- reported for each year
            for year in city.years:
                future = self._futures.pop((city.slug, year), None)
                if future is not None:
                    future.cancel()
            outcome.errors = {year: error_text(error) for year in city.years}
            return outcome
        if city.partitions:
            from .partitioned import count_city

            return count_city(self, city, outcome, steps=steps)
        futures = {year: self._futures.pop((city.slug, year)) for year in city.years}
        self.wait(list(futures.values()), steps)
        for year, future in futures.items():
            if future.status == "error":
                error = future.exception()
                outcome.errors[year] = error_text(error)
                continue
            result, undated, message = future.result()
            outcome.undated = undated if undated is not None else outcome.undated
            if result is None:
                outcome.errors[year] = message
            else:
                outcome.results[year] = result
        return outcome

    def wait(self, futures, steps) -> None:
        """Wait for ``futures``, checking for cancellation twice a second."""
        from distributed import wait

        pending = [f for f in futures if not f.done()]
        total = max(len(futures), 1)
        while pending:
            try:
                steps.report((total - len(pending)) / total)
            except Cancelled:
                self.close()
                raise
            try:
                wait(pending, timeout=0.5, return_when="FIRST_COMPLETED")
            except TimeoutError:  # nothing finished in this half second
                pass
            pending = [f for f in pending if not f.done()]
        steps.report(1.0)


def dask_geopandas_plugin():
    """A worker plugin that imports dask-geopandas on each worker.

    Importing it registers how geometry columns cross a shuffle (as WKB in Arrow
    tables); a worker process that never imported it hands the shuffled
    partitions back with WKB bytes instead of geometries.  (Defined here, not at
    module level, because distributed is optional.)
    """
    from distributed import WorkerPlugin

    class DaskGeopandasOnWorkers(WorkerPlugin):
        name = "usm-dask-geopandas"

        def setup(self, worker):
            import dask_geopandas  # noqa: F401 (registers the geometry dispatch)

    return DaskGeopandasOnWorkers()


def city_year_task(city: CityConfig, year: int):
    """One city-year on a worker: ``(result or None, undated incidents, error or None)``."""
    from .runner import error_text

    undated = None
    try:
        neighbourhoods = monitor.read_neighbourhoods(city)
        incidents = monitor.read_incidents(city, neighbourhoods.analysis.crs)
        years = monitor.incident_years(incidents[city.date_field], city)
        undated = int(np.isnan(years).sum())
        aggregation = monitor.aggregate_year(city, neighbourhoods, incidents.loc[years == year])
        return monitor.figures(city, year, neighbourhoods, aggregation), undated, None
    except Exception as error:  # noqa: BLE001 -- sent back as this city-year's error
        return None, undated, error_text(error)
