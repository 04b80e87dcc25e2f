"""Aggregate incidents chunk by chunk: the counts of :func:`.aggregation.aggregate_incidents`
with memory bounded by the chunk, not by the number of incidents.

The steps are those of :func:`~.aggregation.aggregate_incidents` (which runs them
on one chunk), made public so that incidents can be counted in pieces -- chunks
of a large file read one after another, or partitions counted on other
processes -- and the pieces added together::

    prepared = prepare_neighbourhoods(neighbourhoods, "nbhd_id")
    tally = None
    for chunk in chunks:                       # GeoDataFrames, in input order
        tally = tally_incidents(chunk, prepared, category_field="category", into=tally)
    result = finish_aggregation(tally, prepared, neighbourhoods)

    # or apart, then merged (any order; tallies are picklable):
    parts = [tally_incidents(p, prepared, category_field="category", first_row=start)
             for start, p in partitions]
    result = finish_aggregation(combine_tallies(parts), prepared, neighbourhoods)

The result (table, accounting, field map, notes) is the one
``aggregate_incidents`` gives on all the incidents together, whatever the
chunks: counts are kept per neighbourhood and per level *value* (a category or
a year first seen in a late chunk gets its field all the same), the date rule
that needs the whole column (times all at midnight mean no time of day) is
applied at the end, examples of unreadable dates are the first ones by row, and
stacked coordinates are counted across chunks (:class:`.StackCounter`).  Two
things differ from a single call:

* ``incident_index`` (and ``incident_neighbourhood``) is None: one value per
  incident is what streaming avoids holding.
* Weight sums (``w_*``) are floating-point sums: equal to the last bit when the
  chunks are added in input order with ``into=`` (the additions are made in the
  same order as one pass), possibly not when tallies made apart are merged
  (floating-point addition is not associative; counts are always exact).

Memory: a tally holds a few arrays per neighbourhood and level, plus the
coordinates of the incidents for the stacked-coordinate check, 16 bytes per
incident unless ``spill_dir`` is given, in which case they go to scratch files
there once past 64 MB (see :class:`.StackCounter`).
"""

from __future__ import annotations

from typing import Iterable, Optional, Sequence

from ..runtime import InputError, as_steps
from .aggregation import (
    AggregationResult,
    IncidentTally,
    PreparedNeighbourhoods,
    _finish,
    _new_tally,
    _prepare,
    _tally_into,
)

__all__ = [
    "IncidentTally",
    "PreparedNeighbourhoods",
    "aggregate_incident_chunks",
    "combine_tallies",
    "geoparquet_chunks",
    "finish_aggregation",
    "prepare_neighbourhoods",
    "tally_incidents",
]


def prepare_neighbourhoods(neighbourhoods, id_field: str, *,
                           population_field: Optional[str] = None,
                           skipped_neighbourhoods=None) -> PreparedNeighbourhoods:
    """Check the neighbourhoods once and get them ready to receive incidents.

    Parameters are those of :func:`.aggregate_incidents`; ``population_field``
    is only checked here (it is used by :func:`finish_aggregation`).

    Returns
    -------
    PreparedNeighbourhoods
        Picklable: ids, 2-D polygons, tie priority, CRS and the notes of the checks.

    Raises
    ------
    InputError
        As :func:`.aggregate_incidents` for the neighbourhood layer.
    """
    return _prepare(neighbourhoods, id_field, population_field, skipped_neighbourhoods)


def tally_incidents(chunk, prepared: PreparedNeighbourhoods, *,
                    category_field: Optional[str] = None,
                    date_field: Optional[str] = None,
                    periods: Sequence[str] = ("year",),
                    disaggregate_fields: Sequence[str] = (),
                    weight_field: Optional[str] = None,
                    dayfirst: bool = True,
                    today=None,
                    point_xy=None,
                    first_row: int = 0,
                    into: Optional[IncidentTally] = None,
                    spill_dir=None,
                    progress=None, should_stop=None) -> IncidentTally:
    """Count one chunk of incidents.

    Parameters
    ----------
    chunk : geopandas.GeoDataFrame
        Incidents, in the CRS of the neighbourhoods (may be empty).
    prepared : PreparedNeighbourhoods
        From :func:`prepare_neighbourhoods`.
    category_field, date_field, periods, disaggregate_fields, weight_field, dayfirst, today,
    point_xy
        As :func:`.aggregate_incidents` (``point_xy`` for this chunk's rows).
        Every chunk of one aggregation must be counted with the same options;
        give ``today`` explicitly when chunks are counted at different times or
        places (its default is "now" when the tally is created).
    first_row : int
        Row number (in the whole input) of the chunk's first incident.  Only
        decides which unreadable dates are quoted as examples (the first five
        by row); ignored with ``into``, which continues after its last row.
    into : IncidentTally, optional
        Add the chunk to this tally (in place, returned) instead of a new one.
        Options other than the defaults must then be the same as the tally's.
    spill_dir : path, optional
        For a new tally: a directory (owned by the caller) where the
        coordinates kept for the stacked-coordinate check go once they pass
        64 MB, keeping memory bounded.
    progress, should_stop : callable, optional

    Returns
    -------
    IncidentTally
    """
    options = dict(category_field=category_field, date_field=date_field, periods=periods,
                   disaggregate_fields=disaggregate_fields, weight_field=weight_field,
                   dayfirst=dayfirst, today=today)
    if into is None:
        into = _new_tally(prepared, first_row=first_row, spill_dir=spill_dir, **options)
    else:
        if today is None:
            options["today"] = into.options.today
        wanted = _new_tally(prepared, **options).options
        if wanted != into.options:
            raise InputError("tally_incidents(into=...) with options different from the "
                             "tally's: every chunk must be counted with the same options")
        if into.n_neighbourhoods != len(prepared.ids):
            raise InputError("tally_incidents(into=...) with other neighbourhoods")
    return _tally_into(into, chunk, prepared, point_xy, as_steps(progress, should_stop))


def combine_tallies(tallies: Iterable[IncidentTally]) -> IncidentTally:
    """One tally from several (any order), each counted with the same options.

    The first tally is copied (deep), so no argument is changed.
    """
    import copy

    tallies = list(tallies)
    if not tallies:
        raise InputError("no tallies to combine")
    combined = copy.deepcopy(tallies[0])
    for other in tallies[1:]:
        combined.merge(other)
    combined.index = None
    return combined


def finish_aggregation(tally: IncidentTally, prepared: PreparedNeighbourhoods,
                       neighbourhoods, *, population_field: Optional[str] = None,
                       rate_per: float = 100000, smooth_rates: bool = True,
                       progress=None, should_stop=None) -> AggregationResult:
    """The result of :func:`.aggregate_incidents` from a complete tally.

    ``neighbourhoods`` is the frame given to :func:`prepare_neighbourhoods`
    (its rows give the output's rows, population and geometry).  Raises
    InputError for an empty tally (no incident read) or one whose incidents
    all have a null or empty geometry, as ``aggregate_incidents`` does.
    """
    return _finish(tally, prepared, neighbourhoods, population_field=population_field,
                   rate_per=rate_per, smooth_rates=smooth_rates,
                   steps=as_steps(progress, should_stop))


def aggregate_incident_chunks(chunks: Iterable, neighbourhoods, id_field: str, *,
                              category_field: Optional[str] = None,
                              date_field: Optional[str] = None,
                              periods: Sequence[str] = ("year",),
                              disaggregate_fields: Sequence[str] = (),
                              weight_field: Optional[str] = None,
                              population_field: Optional[str] = None,
                              rate_per: float = 100000,
                              smooth_rates: bool = True,
                              dayfirst: bool = True,
                              today=None,
                              skipped_neighbourhoods=None,
                              spill_dir=None,
                              spill_bytes: int = 64 * 2 ** 20,
                              total_rows: Optional[int] = None,
                              progress=None, should_stop=None) -> AggregationResult:
    """:func:`.aggregate_incidents` over incidents given in chunks, in input order.

    Parameters
    ----------
    chunks : iterable
        GeoDataFrames, or ``(GeoDataFrame, point_xy)`` pairs (see
        ``point_xy`` of :func:`.aggregate_incidents`), read lazily one at a time.
    spill_dir : path, optional
        Scratch directory for the stacked-coordinate check (see
        :func:`tally_incidents`); without it its coordinates stay in memory
        (16 bytes per incident).
    spill_bytes : int
        With ``spill_dir``: coordinates held in memory before they go to it.
    total_rows : int, optional
        Number of incidents, for progress (otherwise progress moves per chunk
        without a known end).
    Other parameters as :func:`.aggregate_incidents`.

    Returns
    -------
    AggregationResult
        As ``aggregate_incidents`` on the chunks put together, with
        ``incident_index`` None.
    """
    steps = as_steps(progress, should_stop)
    prepared = prepare_neighbourhoods(neighbourhoods, id_field, population_field=population_field,
                                      skipped_neighbourhoods=skipped_neighbourhoods)
    tally = _new_tally(prepared, spill_dir=spill_dir, spill_bytes=spill_bytes,
                       category_field=category_field,
                       date_field=date_field, periods=periods,
                       disaggregate_fields=disaggregate_fields, weight_field=weight_field,
                       dayfirst=dayfirst, today=today)
    for k, item in enumerate(chunks):
        chunk, point_xy = item if isinstance(item, tuple) else (item, None)
        done = tally.n_read
        if total_rows:
            part = steps.part(0.9 * done / total_rows,
                              0.9 * min(done + len(chunk), total_rows) / total_rows)
        else:
            part = steps.part(0.9 * (1 - 0.5 ** k), 0.9 * (1 - 0.5 ** (k + 1)))
        _tally_into(tally, chunk, prepared, point_xy, part)
        del chunk, point_xy, item
        _give_back_memory()
    tally.index = None
    return _finish(tally, prepared, neighbourhoods, population_field=population_field,
                   rate_per=rate_per, smooth_rates=smooth_rates, steps=steps.part(0.9, 1.0))


def _give_back_memory() -> None:
    """Return freed heap memory to the system between chunks (glibc only; else nothing).

    Chunk-sized arrays (tens of MB) fall under glibc's adaptive mmap threshold and are
    carved from the heaps of two threads; without a trim the freed space is kept and
    the resident size creeps up chunk after chunk (seen at 100 million incidents).
    """
    import ctypes
    import ctypes.util
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):
        pass


# --------------------------------------------------------------------------- GeoParquet


def geoparquet_chunks(path, columns: Sequence[str] = (), *, batch_rows: int = 1_000_000):
    """Read a GeoParquet file of points in batches: ``(GeoDataFrame, point_xy)`` pairs.

    For the core and batch paths (QGIS 3.22 with Debian 12's GDAL 3.6 has no Parquet
    driver, so such a file cannot be a QGIS layer there).  Needs pyarrow, an
    optional package: without it an InputError says so.  Plain little-endian 2-D
    points (WKB) are decoded by numpy into ``point_xy`` and their geometry left None,
    as the QGIS bridge does; other geometries are decoded by shapely.  The CRS comes
    from the file's ``geo`` metadata (GeoParquet 1.0).

    Parameters
    ----------
    path : str or path-like
    columns : sequence of str
        Attribute columns to read (besides the geometry).
    batch_rows : int
        Rows per batch, about: whole row groups are read, as many as fit (at least one).

    Yields
    ------
    (geopandas.GeoDataFrame, (x, y)) pairs, in file order, index = row number.
    """
    import json

    import geopandas as gpd
    import numpy as np
    import pandas as pd

    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError("reading GeoParquet needs the optional package pyarrow "
                         "(pip install pyarrow)") from None
    handle = pq.ParquetFile(str(path))
    meta = json.loads((handle.schema_arrow.metadata or {}).get(b"geo", b"{}") or b"{}")
    geometry_name = meta.get("primary_column", "geometry")
    if geometry_name not in handle.schema_arrow.names:
        raise InputError(f"{path} has no geometry column {geometry_name!r} (not GeoParquet?)")
    missing = [c for c in columns if c not in handle.schema_arrow.names]
    if missing:
        raise InputError(f"column(s) {', '.join(missing)} not found in {path}; it has "
                         f"{', '.join(handle.schema_arrow.names)}")
    encoding = meta.get("columns", {}).get(geometry_name, {}).get("encoding", "WKB")
    if str(encoding).upper() != "WKB":
        raise InputError(f"{path}: geometry encoding {encoding!r}; WKB expected")
    crs = _geoparquet_crs(meta.get("columns", {}).get(geometry_name, {}))
    import pyarrow as pa

    pool = pa.default_memory_pool()
    start = 0
    wanted = list(dict.fromkeys(columns))
    for groups in _row_group_runs(handle.metadata, int(batch_rows)):
        # whole row groups: ParquetFile.iter_batches kept ~50 MB more per batch (pyarrow
        # 26; 100 million rows reached 2.8 GB), read_row_groups stays flat
        table = handle.read_row_groups(groups, columns=wanted + [geometry_name])
        n = table.num_rows
        index = pd.RangeIndex(start, start + n)
        attributes = table.select(wanted).to_pandas(strings_to_categorical=True) if wanted \
            else pd.DataFrame(index=range(n))
        attributes.index = index
        geometries, x, y = _wkb_points(table.column(geometry_name).combine_chunks())
        del table
        pool.release_unused()  # give Arrow's freed buffers back
        start += n
        yield gpd.GeoDataFrame(attributes, geometry=geometries, crs=crs), (x, y)


def _row_group_runs(metadata, batch_rows: int):
    """Consecutive row groups of about ``batch_rows`` rows (at least one group each)."""
    run, rows = [], 0
    for g in range(metadata.num_row_groups):
        size = metadata.row_group(g).num_rows
        if run and rows + size > batch_rows:
            yield run
            run, rows = [], 0
        run.append(g)
        rows += size
    if run:
        yield run


def _geoparquet_crs(column_meta: dict):
    import pyproj

    if "crs" not in column_meta:
        return pyproj.CRS.from_epsg(4326)  # GeoParquet's default: OGC:CRS84 (lon/lat)
    if column_meta["crs"] is None:
        return None
    value = column_meta["crs"]
    return pyproj.CRS.from_json_dict(value) if isinstance(value, dict) else pyproj.CRS(value)


def _wkb_points(wkb):
    """Geometries (None for plain points) and x, y (NaN for the others) of a WKB Arrow array."""
    import numpy as np
    import pyarrow as pa
    import shapely

    n = len(wkb)
    wide = pa.types.is_large_binary(wkb.type)
    offsets = np.frombuffer(wkb.buffers()[1], dtype=np.int64 if wide else np.int32)[
        wkb.offset:wkb.offset + n + 1].astype(np.int64)
    data = wkb.buffers()[2]
    data = np.frombuffer(data, dtype=np.uint8) if data is not None else np.empty(0, np.uint8)
    lengths = np.diff(offsets)
    valid = np.ones(n, dtype=bool) if wkb.null_count == 0 else \
        np.asarray(wkb.is_valid().to_numpy(zero_copy_only=False), dtype=bool)
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    rows = np.flatnonzero(valid & (lengths == 21))
    if rows.size:
        if rows.size == n and n and offsets[-1] - offsets[0] == 21 * n:
            # every row a 21-byte point, end to end: a (n, 21) view, no gather
            raw = data[offsets[0]:offsets[-1]].reshape(n, 21)
        else:
            first = offsets[rows]
            raw = np.empty((rows.size, 21), dtype=np.uint8)
            for byte in range(21):
                raw[:, byte] = data[first + byte]
        kind = np.ascontiguousarray(raw[:, 1:5]).view("<u4").ravel()
        xy = np.ascontiguousarray(raw[:, 5:21]).view("<f8")
        ok = (raw[:, 0] == 1) & (kind == 1) & np.isfinite(xy).all(axis=1)
        x[rows[ok]] = xy[ok, 0]
        y[rows[ok]] = xy[ok, 1]
    geometries = np.empty(n, dtype=object)
    rest = np.flatnonzero(valid & ~np.isfinite(x) & (lengths > 0))
    if rest.size:
        blobs = [data[offsets[i]:offsets[i + 1]].tobytes() for i in rest]
        geometries[rest] = shapely.from_wkb(blobs)
    return geometries, x, y
