"""A city's incidents counted in partitions on a Dask cluster.

The incidents are read with dask-geopandas (one partition per row group of a
GeoParquet file, or ``partitions`` chunks of any file GDAL reads), reprojected
to the neighbourhoods' CRS and cut into ``partitions`` partitions.  With
``spatial_shuffle`` they are first sorted into spatially compact partitions
along a Hilbert curve (as dask-geopandas' ``spatial_shuffle`` does: geopandas'
``hilbert_distance``, dask's ``set_index``); incidents without usable
coordinates (null or empty geometry, NaN) have no place on the curve, so they
sort first and are counted (as dropped) like the others.  The sort gives the
same counts and, with the neighbourhoods broadcast, costs more than it saves
(benchmarks/README.md), so it is off by default.  The neighbourhoods are
prepared once on the driver (:func:`..core.joins.streaming.prepare_neighbourhoods`)
and broadcast to every worker; each partition is counted per year with
:func:`..core.joins.streaming.tally_incidents`; the driver combines the tallies
(:func:`~..core.joins.streaming.combine_tallies`) and finishes the year's
figures (:func:`~..core.joins.streaming.finish_aggregation`), exactly the
result :func:`..core.joins.aggregation.aggregate_incidents` gives on the year's
incidents at once.  No counting logic lives here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..core.runtime import Cancelled, InputError, as_steps
from . import monitor
from .config import CityConfig


HILBERT_LEVEL = 16
_KEY = "_usm_hilbert"


def _with_hilbert_key(frame, total_bounds):
    """The partition with its incidents' distance along a Hilbert curve over the city's
    bounds; incidents without usable coordinates (null, empty, NaN) get -1 and sort first."""
    bounds = frame.geometry.bounds.to_numpy(dtype=float)
    located = np.isfinite(bounds).all(axis=1)
    key = np.full(len(frame), -1, dtype=np.int64)
    if located.any():
        key[located] = frame.geometry[located].hilbert_distance(total_bounds=total_bounds,
                                                                level=HILBERT_LEVEL)
    return frame.assign(**{_KEY: key})


def incident_frame(city: CityConfig, crs):
    """The city's incidents as a dask-geopandas frame of ``city.partitions`` partitions
    (spatially sorted when ``city.spatial_shuffle``; see the module's notes)."""
    import dask_geopandas

    columns = monitor.incident_columns(city)
    if monitor.is_parquet(city.incidents):
        monitor.check_fields(city.incidents, None, columns)
        # one partition per row group (dask would otherwise gather small row groups into
        # one partition: the whole city in one task)
        frame = dask_geopandas.read_parquet(city.incidents, columns=columns + ["geometry"],
                                            split_row_groups=True)
    else:
        layer = monitor.resolve_layer(city.incidents, city.incidents_layer)
        monitor.check_fields(city.incidents, layer, columns)
        frame = dask_geopandas.read_file(city.incidents, layer=layer,
                                         npartitions=city.partitions,
                                         columns=columns + ["geometry"])
    if frame.crs is None:
        raise InputError(f"the incidents of {city.name} have no CRS; set one")
    if frame.crs != crs:
        frame = frame.to_crs(crs)
    if not city.spatial_shuffle:
        if frame.npartitions != city.partitions:
            frame = frame.repartition(npartitions=city.partitions)
        return frame
    # dask-geopandas' spatial_shuffle refuses missing geometries, which must be counted
    # (as dropped): the same Hilbert sort (geopandas' hilbert_distance, dask's set_index)
    # with those rows given their own key.
    total_bounds = frame.geometry.total_bounds.compute()
    if not np.isfinite(total_bounds).all():  # no incident has coordinates: nothing to sort
        return frame
    keyed = frame.map_partitions(_with_hilbert_key, total_bounds,
                                 meta=frame._meta.assign(**{_KEY: np.int64(0)}))
    return keyed.set_index(_KEY, npartitions=city.partitions)


def tally_options(city: CityConfig, today) -> dict:
    """Options of :func:`tally_incidents`: those :func:`.monitor.aggregation_options` gives
    the one-pass aggregation, so both routes count the same way."""
    options = monitor.aggregation_options(city)
    return dict(category_field=options["category_field"], date_field=options["date_field"],
                periods=options["periods"], dayfirst=options["dayfirst"], today=today)


def tally_partition(partition, prepared, city: CityConfig, today):
    """On a worker: one partition's tally per year, and its incidents without a date."""
    from ..core.joins.streaming import tally_incidents

    years = monitor.incident_years(partition[city.date_field], city) if len(partition) \
        else np.empty(0)
    tallies = {year: tally_incidents(partition.loc[years == year], prepared,
                                     **tally_options(city, today))
               for year in city.years}
    return tallies, int(np.isnan(years).sum())


_TALLY_META = pd.DataFrame({"tallies": pd.Series([], dtype=object),
                            "undated": pd.Series([], dtype="int64")})


def _tally_frame(partition, prepared, city: CityConfig, today) -> pd.DataFrame:
    """:func:`tally_partition` as a one-row frame, so that it runs fused with the task that
    reads (or shuffles) the partition: a partition never waits in a worker's memory, and
    only its tally crosses the network."""
    tallies, undated = tally_partition(partition, prepared, city, today)
    return pd.DataFrame({"tallies": [tallies], "undated": [undated]})


def count_city(engine, city: CityConfig, outcome, *, steps=None):
    """Fill ``outcome`` (neighbourhoods already read) with the city's yearly figures."""
    from ..core.joins.streaming import (combine_tallies, finish_aggregation,
                                        prepare_neighbourhoods)
    from .runner import error_text

    steps = steps or as_steps()
    neighbourhoods = outcome.neighbourhoods
    try:
        prepared = prepare_neighbourhoods(neighbourhoods.analysis, city.id_field,
                                          population_field=city.population_field)
        with engine.client.as_current():  # the sort's own computations go to this cluster
            frame = incident_frame(city, neighbourhoods.analysis.crs)
    except Cancelled:
        raise
    except Exception as error:  # noqa: BLE001 -- this city's error, for each of its years
        outcome.errors = {year: error_text(error) for year in city.years}
        return outcome
    broadcast = engine.client.scatter(prepared, broadcast=True, hash=False)
    today = pd.Timestamp.now()
    tallied = frame.map_partitions(_tally_frame, broadcast, city, today, meta=_TALLY_META)
    futures = engine.client.compute(list(tallied.to_delayed()))
    engine.wait(futures, steps.part(0.0, 0.9))
    failed = [f for f in futures if f.status == "error"]
    if failed:
        message = f"a partition failed: {error_text(failed[0].exception())}"
        outcome.errors = {year: message for year in city.years}
        return outcome
    results = [(row["tallies"].iloc[0], int(row["undated"].iloc[0]))
               for row in engine.client.gather(futures)]
    outcome.undated = sum(undated for _, undated in results)
    for year in city.years:
        steps.report(0.9)
        try:
            outcome.results[year] = _finish_year(city, year, neighbourhoods, prepared,
                                                 [tallies[year] for tallies, _ in results],
                                                 combine_tallies, finish_aggregation)
        except Cancelled:
            raise
        except Exception as error:  # noqa: BLE001 -- this year's error; the others go on
            outcome.errors[year] = error_text(error)
    return outcome


def _finish_year(city, year, neighbourhoods, prepared, tallies: list, combine, finish):
    if sum(t.n_read for t in tallies) == 0:
        raise InputError(monitor.no_incidents_message(city))
    aggregation = finish(combine(tallies), prepared, neighbourhoods.analysis,
                         population_field=city.population_field, rate_per=city.rate_per,
                         smooth_rates=city.smooth_rates)
    return monitor.figures(city, year, neighbourhoods, aggregation)

