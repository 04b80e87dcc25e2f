"""Aggregate incident points to neighbourhoods: counts, rates, densities, accounting.

Every incident read is accounted for::

    read = assigned + outside + dropped_null_geometry + dropped_empty_geometry
           + dropped_invalid_coordinates

and ``on_shared_boundary`` (ties, already inside ``assigned``) says how many
assigned incidents touched more than one neighbourhood.  The boundary rule is
the one of :mod:`.point_in_polygon`: a point belongs to every neighbourhood
whose closed area contains it, and when there are several it goes to the
neighbourhood whose id sorts first.

Output field names are predictable (see :data:`FIELD_DOCS`); names made from
data values (categories, disaggregation values) are lowercase ASCII slugs,
and the ``field_map`` table maps each name back to its original value.
"""

from __future__ import annotations

import re
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from dataclasses import field as _dc_field
from typing import Dict, List, NamedTuple, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..geometry.overlaps import describe_overlaps
from ..geometry.point_in_polygon import assign_points
from ..geometry.stacked import STACK_THRESHOLD, StackCounter
from ..stats.rates import crude_rate, empirical_bayes
from ..dates import only_midnight, parse_date_chunk, parse_dates
from ..runtime import InputError, Notes, as_steps

__all__ = [
    "FIELD_DOCS",
    "HOUR_BANDS",
    "AggregationResult",
    "IncidentTally",
    "PreparedNeighbourhoods",
    "aggregate_incidents",
    "parse_dates",
    "slugify",
]

#: Hour bands used for ``n_hb_*``: (name, first hour, hour after the last).
HOUR_BANDS: Tuple[Tuple[str, int, int], ...] = (
    ("night", 0, 6),
    ("morning", 6, 12),
    ("afternoon", 12, 18),
    ("evening", 18, 24),
)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PERIODS = ("year", "month", "weekday", "hourband")

#: Every output field: (name or pattern, meaning, unit).
FIELD_DOCS: List[Tuple[str, str, str]] = [
    ("<id field>", "the neighbourhood id, as in the input", "text or integer"),
    ("area_km2", "area of the neighbourhood, in the layer's projected CRS; NULL for a "
                 "null or empty geometry", "km²"),
    ("n_total", "incidents assigned to the neighbourhood (boundary ties go to the id "
                "that sorts first); NULL for a null or empty geometry", "count"),
    ("dens_total", "n_total per km² of area_km2", "incidents per km²"),
    ("n_cat_<category>", "incidents of one category (category field); n_cat_null counts "
                         "incidents without a category", "count"),
    ("n_y<year>", "incidents dated in that calendar year (only years present in the data)",
     "count"),
    ("n_m01 .. n_m12", "incidents dated in that month of the year, all years together", "count"),
    ("n_wd_mon .. n_wd_sun", "incidents dated on that day of the week", "count"),
    ("n_hb_night, n_hb_morning, n_hb_afternoon, n_hb_evening",
     "incidents by hour of the day: night 00:00-05:59, morning 06:00-11:59, afternoon "
     "12:00-17:59, evening 18:00-23:59 (only incidents with a time of day)", "count"),
    ("n_<field>_<value>", "incidents with that value of a disaggregation field (e.g. "
                          "n_victim_sex_female); <value> null for missing values", "count"),
    ("w_total", "sum of the weight field over the neighbourhood's incidents (incidents "
                "with a missing weight left out)", "weight units"),
    ("w_cat_<category>", "sum of the weight field per category", "weight units"),
    ("rate_total", "n_total per <rate_per> residents; NULL when the population is 0 or "
                   "NULL", "incidents per 1,000 or 100,000 residents"),
    ("rate_cat_<category>", "n_cat_<category> per <rate_per> residents", "incidents per "
                            "1,000 or 100,000 residents"),
    ("eb_rate_total", "global Empirical Bayes smoothed rate (Marshall 1991): the rate "
                      "shrunk towards the city-wide rate where the population is small",
     "incidents per 1,000 or 100,000 residents"),
    ("eb_rate_cat_<category>", "Empirical Bayes smoothed rate per category", "incidents per "
                               "1,000 or 100,000 residents"),
]

_ACCOUNTING_NOTES = {
    "read": "incidents read from the input",
    "assigned": "incidents counted in exactly one neighbourhood",
    "on_shared_boundary": "assigned incidents on a shared edge or vertex (or in an overlap), "
                          "given to the neighbourhood whose id sorts first; already in 'assigned'",
    "outside": "incidents in no neighbourhood (outside the area or in a gap)",
    "dropped_null_geometry": "incidents without geometry, not counted",
    "dropped_empty_geometry": "incidents with an empty geometry, not counted",
    "dropped_invalid_coordinates": "incidents with NaN or infinite coordinates, not counted",
    "date_missing_or_unparsable": "incidents without a usable date: counted in totals and "
                                  "categories, left out of the period counts",
    "date_in_future": "incidents dated after today: counted, please check",
    "time_of_day_missing": "dated incidents without a time of day: left out of hour bands",
    "multipoint_counted_once": "MultiPoint incidents, each counted once at its first point",
    "in_overlap": "assigned incidents inside two overlapping neighbourhoods, given to the one "
                  "whose id sorts first; already in 'assigned'",
    "in_skipped_neighbourhood": "incidents inside a neighbourhood left out of the analysis "
                                "(invalid geometry skipped), not counted",
    "stacked_for_privacy": "incidents sharing their exact coordinates with at least "
                           "9 others: counted; do not publish these points",
}

_MAX_NAME = 63
# Incidents from which a second thread helps (see aggregate_incidents).
_PARALLEL_MIN = 100_000


@dataclass
class AggregationResult:
    """What :func:`aggregate_incidents` returns.

    Attributes
    ----------
    table : geopandas.GeoDataFrame
        One row per neighbourhood, in input order: the id field, every count,
        rate and density field (see :data:`FIELD_DOCS`) and the geometry.
        Counts are nullable integers (``Int64``), NULL for a neighbourhood
        with a null or empty geometry.
    accounting : pandas.DataFrame
        Columns ``item``, ``count``, ``note``; rows ``read``, ``assigned``,
        ``on_shared_boundary``, ``outside``, ``dropped_null_geometry``,
        ``dropped_empty_geometry``, ``dropped_invalid_coordinates``,
        ``date_missing_or_unparsable`` and, when they apply,
        ``date_in_future``, ``time_of_day_missing``,
        ``multipoint_counted_once``.
    field_map : pandas.DataFrame
        Columns ``field``, ``source_field``, ``value``: which input field and
        value each generated field counts.
    incident_index : numpy.ndarray of int64 or None
        The row (position in ``neighbourhoods``) each input incident (in input
        order) was assigned to; -1 when it was not assigned.  None when the
        incidents were counted in chunks (:mod:`.streaming`): keeping one value
        per incident is what streaming avoids.
    notes : Notes
        Warnings and information for the user.
    incident_neighbourhood : numpy.ndarray of object
        The id of the neighbourhood each input incident (in input order) was
        assigned to; None when it was not assigned.  Built from
        ``incident_index`` on first access (a million Python objects cost more
        than the whole count, so callers that do not need them do not pay).
        None when ``incident_index`` is None.
    """

    table: "object"
    accounting: pd.DataFrame
    field_map: pd.DataFrame
    incident_index: np.ndarray
    notes: Notes
    neighbourhood_ids: np.ndarray = _dc_field(default=None, repr=False)

    @property
    def incident_neighbourhood(self) -> Optional[np.ndarray]:
        if self.incident_index is None:
            return None
        cached = self.__dict__.get("_incident_neighbourhood")
        if cached is None:
            ids = np.empty(len(self.neighbourhood_ids) + 1, dtype=object)
            ids[:-1] = self.neighbourhood_ids
            ids[-1] = None
            cached = ids[self.incident_index]  # -1 picks the trailing None
            self.__dict__["_incident_neighbourhood"] = cached
        return cached


# --------------------------------------------------------------------------- names


def slugify(value, max_length: int = 30) -> str:
    """Lowercase ASCII name part: accents dropped, other characters -> ``_``.

    >>> slugify("Violencia sexual / género")
    'violencia_sexual_genero'
    """
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    if not text:
        text = "value"
    if len(text) > max_length:
        text = text[:max_length].rstrip("_")
    return text


class _Names:
    """Hands out unique field names; a clash gets ``_2``, ``_3``... in call order."""

    def __init__(self, reserved: Sequence[str] = ()):
        self.used = {name.lower() for name in reserved}

    def take(self, name: str) -> str:
        name = name[:_MAX_NAME]
        candidate = name
        k = 2
        while candidate.lower() in self.used:
            suffix = f"_{k}"
            candidate = name[: _MAX_NAME - len(suffix)] + suffix
            k += 1
        self.used.add(candidate.lower())
        return candidate


def _value_names(names: "_Names", prefix: str, values: Sequence[str]) -> List[str]:
    """Field names for data values, in the order of ``values``.

    A value that already is its own slug claims the plain name first, so
    "theft" stays ``n_cat_theft`` even when "Théft" also occurs (that one
    gets ``n_cat_theft_2``); otherwise names go in sorted order of the values.
    """
    order = sorted(range(len(values)), key=lambda i: (slugify(values[i]) != values[i], values[i]))
    out = [""] * len(values)
    for i in order:
        out[i] = names.take(prefix + slugify(values[i]))
    return out


def _is_blank(series: pd.Series) -> np.ndarray:
    """Missing values and blank text."""
    missing = series.isna().to_numpy()
    codes, uniques = pd.factorize(series.astype(object).where(~missing, None),
                                  use_na_sentinel=True)
    blank_unique = np.array([isinstance(v, str) and v.strip() == "" for v in uniques], dtype=bool)
    blank = np.zeros(len(series), dtype=bool)
    if blank_unique.any():
        blank = (codes >= 0) & blank_unique[np.maximum(codes, 0)]
    return missing | blank


def _factorize(series: pd.Series):
    """``pd.factorize(series, use_na_sentinel=True)``, faster for a column of text.

    A text column read from a file is an object array of separate ``str``
    objects (``object`` dtype, or pandas 3's ``str`` dtype stored as such an
    array); pandas checks that every value is text (a full pass) or copies
    the array before hashing them.  Here the text hash table runs first, on
    the array itself, and the check is made afterwards on its result: it maps
    every ``str`` to a code and everything else to -1, so when every -1 is a
    missing value the column was text plus missing values and the result is
    exactly pandas'.  Otherwise (or with a pandas without that table) pandas
    does the work.
    """
    values = None
    if series.dtype == object:
        values = series.to_numpy()
    elif (isinstance(series.dtype, pd.StringDtype)
          and getattr(series.dtype, "storage", None) == "python"):
        values = np.asarray(series.array)  # the stored object array, not a copy
        if values.dtype != object:
            values = None
    if values is not None:
        try:
            from pandas._libs import hashtable

            uniques, codes = hashtable.StringHashTable(64).factorize(values)
        except (ImportError, AttributeError, TypeError, ValueError):
            pass
        else:
            unmatched = codes < 0
            if not unmatched.any() or bool(pd.isna(values[unmatched]).all()):
                return np.asarray(codes, dtype=np.int64), np.asarray(uniques, dtype=object)
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    return np.asarray(codes, dtype=np.int64), uniques


def _levels(series: pd.Series) -> Tuple[np.ndarray, List[str]]:
    """Codes (-1 = missing or blank) and the sorted distinct values (as text) of a column."""
    codes, uniques = _factorize(series)
    texts = [str(v) for v in uniques]
    keep = [not (isinstance(v, str) and v.strip() == "") for v in uniques]
    values = sorted({t for t, k in zip(texts, keep) if k})
    lookup = {v: i for i, v in enumerate(values)}
    # Values that print the same (1 and "1") share one level.
    remap = np.array([lookup[t] if k else -1 for t, k in zip(texts, keep)] + [-1], dtype=np.int64)
    return remap[codes], values


# --------------------------------------------------------------------------- checks


def _require_columns(frame, columns: Sequence[str], layer: str) -> None:
    missing = [c for c in columns if c is not None and c not in frame.columns]
    if missing:
        available = ", ".join(str(c) for c in frame.columns if c != frame.geometry.name)
        raise InputError(
            f"field(s) {', '.join(map(repr, missing))} not found in the {layer} layer; "
            f"available: {available or '(none)'}"
        )


def _list(values, limit: int = 10) -> str:
    values = [str(v) for v in values]
    shown = ", ".join(values[:limit])
    return shown + (f" and {len(values) - limit} more" if len(values) > limit else "")


def _sort_ranks(ids: np.ndarray) -> np.ndarray:
    """Rank of each id in sorted order (natural order, or as text for mixed types)."""
    try:
        order = sorted(range(len(ids)), key=lambda i: ids[i])
    except TypeError:
        order = sorted(range(len(ids)), key=lambda i: str(ids[i]))
    rank = np.empty(len(ids), dtype=np.int64)
    rank[np.asarray(order, dtype=np.int64)] = np.arange(len(ids), dtype=np.int64)
    return rank


def _incident_points(geoms: np.ndarray):
    """Coordinates of each incident plus the reason it cannot be placed.

    Returns x, y (NaN where unusable) and boolean masks null, empty, invalid,
    multipoint.  A MultiPoint is placed at its first point.
    """
    import shapely

    n = len(geoms)
    null = shapely.is_missing(geoms)
    kinds = shapely.get_type_id(geoms)  # -1 for missing
    bad = (kinds != 0) & (kinds != 4) & ~null
    if bad.any():
        names = {1: "LineString", 2: "LinearRing", 3: "Polygon", 5: "MultiLineString",
                 6: "MultiPolygon", 7: "GeometryCollection"}
        found = sorted({names.get(int(k), str(k)) for k in np.unique(kinds[bad])})
        raise InputError(
            f"incidents must be points; {int(bad.sum())} features are {', '.join(found)}"
        )
    # One C call for every coordinate; the first one of each row is its point
    # (a MultiPoint's first point).  Rows without coordinates are null or empty.
    coords, row = shapely.get_coordinates(geoms, return_index=True)
    first = np.ones(len(row), dtype=bool)
    first[1:] = row[1:] != row[:-1]
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    x[row[first]] = coords[first, 0]
    y[row[first]] = coords[first, 1]
    has_coords = np.zeros(n, dtype=bool)
    has_coords[row] = True
    empty = ~null & ~has_coords
    multi = (kinds == 4) & has_coords
    invalid = has_coords & ~(np.isfinite(x) & np.isfinite(y))
    return x, y, null, empty, invalid, multi


def _plain_point_xy(geoms: np.ndarray, y_job=None):
    """x, y of the plain points; NaN for anything else (MultiPoint, null, empty...).

    ``y_job``: a future computing ``shapely.get_y(geoms)`` in another thread.
    """
    import shapely
    from shapely.errors import GEOSException

    try:
        x = shapely.get_x(geoms)
        y = shapely.get_y(geoms) if y_job is None else y_job.result()
        return x, y
    except GEOSException:  # GEOS refuses the coordinates of an empty point
        ok = np.flatnonzero(~(shapely.is_missing(geoms) | shapely.is_empty(geoms)))
        x = np.full(len(geoms), np.nan)
        y = np.full(len(geoms), np.nan)
        x[ok] = shapely.get_x(geoms[ok])
        y[ok] = shapely.get_y(geoms[ok])
        return x, y


def _incident_points_from_xy(geoms: np.ndarray, px, py, own: bool = False):
    """As :func:`_incident_points`, with the coordinates of plain points given.

    Rows with NaN coordinates (anything but a plain point with finite
    coordinates) go through :func:`_incident_points`.  ``own``: px and py may
    be written to.
    """
    px = np.asarray(px, dtype=float)
    py = np.asarray(py, dtype=float)
    if px.shape != geoms.shape or py.shape != geoms.shape:
        raise InputError(f"point_xy has {len(px)} coordinates for {len(geoms)} incidents")
    given = np.isfinite(px) & np.isfinite(py)
    rest = np.flatnonzero(~given)
    null = np.zeros(len(geoms), dtype=bool)
    empty, invalid, multi = null.copy(), null.copy(), null.copy()
    x, y = px, py
    if rest.size:
        if not own:
            x, y = px.copy(), py.copy()
        rx, ry, rnull, rempty, rinvalid, rmulti = _incident_points(geoms[rest])
        x[rest], y[rest] = rx, ry
        null[rest], empty[rest], invalid[rest], multi[rest] = rnull, rempty, rinvalid, rmulti
    return x, y, null, empty, invalid, multi


def _grouped(index: np.ndarray, n_groups: int, codes: np.ndarray, n_levels: int,
             weights: Optional[np.ndarray] = None) -> np.ndarray:
    """(n_groups, n_levels) sums over rows with index >= 0 and code >= 0."""
    ok = (index >= 0) & (codes >= 0)
    if weights is not None:
        ok &= np.isfinite(weights)
    flat = index[ok] * n_levels + codes[ok]
    sums = np.bincount(flat, weights=None if weights is None else weights[ok],
                       minlength=n_groups * n_levels)
    return sums.reshape(n_groups, n_levels)


# --------------------------------------------------------------------------- main


def aggregate_incidents(
    incidents,
    neighbourhoods,
    id_field: str,
    *,
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
    point_xy=None,
    skipped_neighbourhoods=None,
    progress=None,
    should_stop=None,
) -> AggregationResult:
    """Count incidents per neighbourhood, with rates, densities and an accounting.

    Parameters
    ----------
    incidents : geopandas.GeoDataFrame
        Point (or MultiPoint) incidents.  A MultiPoint is counted once, at its
        first point (reported as ``multipoint_counted_once``).  Null or empty
        geometries and NaN/infinite coordinates are dropped and counted by
        reason; Z and M values are ignored.
    neighbourhoods : geopandas.GeoDataFrame
        Polygons, in the same projected CRS as ``incidents``.  A null or
        empty geometry gives NULL (not 0) in every count and rate of that row.
    id_field : str
        Unique, non-null neighbourhood id.  Ties (points on shared
        boundaries) go to the neighbourhood whose id sorts first.
    category_field : str, optional
        Incident type; one ``n_cat_<slug>`` per distinct value (and
        ``n_cat_null`` for missing values), which add up to ``n_total``.
    date_field : str, optional
        Dates as datetime64 or text (see :func:`parse_dates`).  An incident
        whose date is missing or cannot be parsed is still counted in
        ``n_total`` and the category and disaggregation counts, but not in
        any period count; the accounting row ``date_missing_or_unparsable``
        says how many.  Dates after ``today`` are counted and warned about.
    periods : sequence of {"year", "month", "weekday", "hourband"}
        Which period counts to make (needs ``date_field``).  Hour bands:
        night 00-06, morning 06-12, afternoon 12-18, evening 18-24.
    disaggregate_fields : sequence of str
        Incident fields to break counts down by (``n_<field>_<value>``).
    weight_field : str, optional
        Numeric weight; adds ``w_total`` and ``w_cat_*`` (sums).  Missing or
        non-numeric weights are left out of the sums and counted in a warning.
    population_field : str, optional
        Residents per neighbourhood (a field of ``neighbourhoods``); adds
        ``rate_total``, ``rate_cat_*`` and, with ``smooth_rates``,
        ``eb_rate_total`` and ``eb_rate_cat_*``.  0 or NULL population gives
        NULL rates and a warning; a negative population is an error.
    rate_per : float
        Rates are per this many residents (1000 or 100000).
    smooth_rates : bool
        Add the global Empirical Bayes smoothed rates.
    dayfirst : bool
        Read ambiguous text dates such as 03/04/2021 as day/month.
    today : datetime-like, optional
        Reference date for "in the future" (default: now).
    point_xy : tuple of two numpy.ndarray, optional
        Coordinates of the incidents that are plain points, NaN elsewhere, for
        callers that already hold them (the QGIS bridge decodes them from the
        file): building a million point objects only to read their coordinates
        back costs more than the whole count.  The geometry column is then
        only consulted for the rows with NaN coordinates, and may hold None
        for the others.
    skipped_neighbourhoods : array_like of shapely polygons, optional
        Neighbourhoods left out of the analysis (e.g. skipped for an invalid
        geometry, which is repaired here only to place points): an incident in
        one of them is accounted for as ``in_skipped_neighbourhood``, not as
        outside the city.
    progress, should_stop : callable, optional
        Progress and cancellation callables (see :mod:`.runtime`).

    Returns
    -------
    AggregationResult

    Raises
    ------
    InputError
        No CRS, a geographic CRS, different CRSs, a missing field, an empty
        layer, null or duplicate ids, non-point incidents, a negative
        population, an unknown period or a numeric date field.
    Cancelled
        If ``should_stop()`` returns True.

    References
    ----------
    .. [1] Marshall, R. J. (1991). Mapping disease and mortality rates using
       empirical Bayes estimators. Journal of the Royal Statistical Society,
       Series C, 40(2), 283-294.
    """
    steps = as_steps(progress, should_stop)
    _rate_per(rate_per)
    prepared = _prepare(neighbourhoods, id_field, population_field, skipped_neighbourhoods)
    tally = _new_tally(prepared, category_field=category_field, date_field=date_field,
                       periods=periods, disaggregate_fields=disaggregate_fields,
                       weight_field=weight_field, dayfirst=dayfirst, today=today)
    _tally_into(tally, incidents, prepared, point_xy, steps.part(0.0, 0.8), keep_index=True)
    steps.report(0.8)
    return _finish(tally, prepared, neighbourhoods, population_field=population_field,
                   rate_per=rate_per, smooth_rates=smooth_rates, steps=steps.part(0.8, 1.0))


# --------------------------------------------------------------------------- the steps:
# _prepare (the neighbourhoods, once), _tally_into (each chunk of incidents: counts by
# level *value*, so that chunks can be added in any order), _finish (fields, rates,
# notes and accounting from the summed counts).  aggregate_incidents runs them on one
# chunk; core/joins/streaming.py on many.


@dataclass
class PreparedNeighbourhoods:
    """The neighbourhoods checked and ready to receive incidents (built once, picklable).

    Attributes
    ----------
    id_field : str
    ids : numpy.ndarray of object
        The ids, in input order.
    polys : numpy.ndarray of shapely geometries (2-D)
    no_geom : numpy.ndarray of bool
        Null or empty geometry.
    priority : numpy.ndarray of int64
        Rank of each id in sorted order (who gets a point on a shared boundary).
    crs : pyproj.CRS
    unit : float
        Metres per CRS unit.
    skipped : numpy.ndarray or None
        Neighbourhoods left out of the analysis (see ``skipped_neighbourhoods``).
    notes : Notes
        What the checks found (CRS, null geometries), given back by the finish.
    """

    id_field: str
    ids: np.ndarray
    polys: np.ndarray
    no_geom: np.ndarray
    priority: np.ndarray
    crs: object
    unit: float
    skipped: Optional[np.ndarray]
    notes: Notes


def _prepare(neighbourhoods, id_field, population_field=None,
             skipped_neighbourhoods=None) -> PreparedNeighbourhoods:
    """Refuse a bad neighbourhood layer; the ids, polygons and tie priority."""
    import geopandas as gpd

    if not isinstance(neighbourhoods, gpd.GeoDataFrame):
        raise InputError(f"neighbourhoods must be a GeoDataFrame; got "
                         f"{type(neighbourhoods).__name__}")
    _require_columns(neighbourhoods, [id_field, population_field], "neighbourhoods")
    notes = Notes()
    _projected(neighbourhoods, "neighbourhoods")
    unit = _crs_unit(neighbourhoods.crs, notes)
    if len(neighbourhoods) == 0:
        raise InputError("the neighbourhoods layer is empty")
    ids, polys, no_geom = _neighbourhoods(neighbourhoods, id_field, notes)
    skipped = (None if skipped_neighbourhoods is None
               else np.asarray(skipped_neighbourhoods, dtype=object))
    return PreparedNeighbourhoods(id_field, ids, polys, no_geom, _sort_ranks(ids),
                                  neighbourhoods.crs, unit, skipped, notes)


def _projected(frame, name: str) -> None:
    """Refuse a missing or geographic CRS."""
    if frame.crs is None:
        raise InputError(
            f"the {name} layer has no CRS; expected a projected CRS in metres "
            "(the QGIS algorithm reprojects for you)"
        )
    if not frame.crs.is_projected:
        raise InputError(
            f"the {name} layer is in a geographic CRS ({frame.crs.name}); areas and "
            "densities need a projected CRS in metres -- reproject first (the QGIS "
            "algorithm reprojects for you)"
        )


def _crs_unit(crs, notes: Notes) -> float:
    """Metres per unit of the neighbourhoods' CRS (warns about Web Mercator)."""
    if crs.to_epsg() == 3857:
        notes.warn(
            "the layers are in Web Mercator (EPSG:3857): area_km2 and dens_total are "
            "distorted (areas grow with latitude); use a local projected CRS for them"
        )
    factor = 1.0
    try:
        factor = float(crs.axis_info[0].unit_conversion_factor)
    except (IndexError, AttributeError, TypeError):
        notes.warn("the CRS unit is unknown; areas assume metres")
    return factor


def _rate_per(rate_per) -> float:
    try:
        value = float(rate_per)
    except (TypeError, ValueError):
        raise InputError(f"rate_per must be a positive number; got {rate_per!r}") from None
    if not value > 0:
        raise InputError(f"rate_per must be a positive number; got {rate_per!r}")
    return value


@dataclass(frozen=True)
class _Options:
    """What to count (the same for every chunk of one aggregation)."""

    category_field: Optional[str]
    date_field: Optional[str]
    periods: Tuple[str, ...]
    disaggregate_fields: Tuple[str, ...]
    weight_field: Optional[str]
    dayfirst: bool
    today: object  # pandas.Timestamp
    periods_dropped: bool  # periods asked for without a date field

    @property
    def level_fields(self) -> List[str]:
        return list(dict.fromkeys(([self.category_field] if self.category_field else [])
                                  + list(self.disaggregate_fields)))


def _options(*, category_field, date_field, periods, disaggregate_fields, weight_field,
             dayfirst, today) -> _Options:
    periods = tuple(periods or ())
    unknown = [p for p in periods if p not in PERIODS]
    if unknown:
        raise InputError(f"unknown period(s) {unknown}; expected some of {list(PERIODS)}")
    dropped = bool(periods) and date_field is None
    if dropped:
        periods = ()
    now = pd.Timestamp.now() if today is None else pd.Timestamp(today)
    return _Options(category_field, date_field, periods, tuple(disaggregate_fields or ()),
                    weight_field, bool(dayfirst), now, dropped)


@dataclass
class _LevelCounts:
    """Counts per neighbourhood of each value (as text) of one incident column."""

    counts: Dict[str, np.ndarray] = _dc_field(default_factory=dict)
    null: Optional[np.ndarray] = None  # missing or blank
    # The text of a number depends on the column's type: an integer column read
    # with a missing value somewhere becomes float ("1.0"), so the pieces say
    # what they held and the finish writes whole numbers as the whole column would.
    integer: bool = False
    float_or_missing: bool = False

    def merge(self, other: "_LevelCounts") -> None:
        _add_dict(self.counts, other.counts)
        self.null = other.null.copy() if self.null is None else self.null + other.null
        self.integer |= other.integer
        self.float_or_missing |= other.float_or_missing

    def relabel(self, text: str) -> str:
        if self.integer and self.float_or_missing:
            try:
                return str(float(text))
            except ValueError:
                return text
        return text


def _add_dict(target: Dict, other: Dict) -> None:
    for key, values in other.items():
        target[key] = values.copy() if key not in target else target[key] + values


@dataclass
class _WeightSums:
    """Sums of the weight field (total and per category value), and the unusable weights."""

    total: np.ndarray
    by_value: Dict[str, np.ndarray] = _dc_field(default_factory=dict)
    null: Optional[np.ndarray] = None
    n_bad: int = 0
    n_non_numeric: int = 0
    started: bool = False

    def merge(self, other: "_WeightSums") -> None:
        self.total = self.total + other.total
        _add_dict(self.by_value, other.by_value)
        self.null = other.null if self.null is None else (
            self.null if other.null is None else self.null + other.null)
        self.n_bad += other.n_bad
        self.n_non_numeric += other.n_non_numeric
        self.started |= other.started


@dataclass
class _DateTally:
    """Period counts and date accounting."""

    periods: Dict[str, Dict[int, np.ndarray]] = _dc_field(default_factory=dict)
    n_missing: int = 0
    n_unparsable: int = 0
    examples: List[Tuple[int, str]] = _dc_field(default_factory=list)  # (row, text)
    n_future: int = 0
    n_valid: int = 0
    time_rows: int = 0
    time_not_midnight: int = 0
    time_all_text: bool = True

    def merge(self, other: "_DateTally") -> None:
        for period, counts in other.periods.items():
            _add_dict(self.periods.setdefault(period, {}), counts)
        self.n_missing += other.n_missing
        self.n_unparsable += other.n_unparsable
        self.examples = sorted(self.examples + other.examples)[:5]
        self.n_future += other.n_future
        self.n_valid += other.n_valid
        self.time_rows += other.time_rows
        self.time_not_midnight += other.time_not_midnight
        self.time_all_text &= other.time_all_text


@dataclass
class IncidentTally:
    """The counts of some incidents: add chunks to it, merge tallies, then finish.

    Everything is kept per neighbourhood and per level *value* (a category or a
    year may first appear in a late chunk), with the accounting counters, so
    that tallies of any chunks add up, in any order, to the tally of all the
    incidents.  Picklable (see ``core/joins/streaming.py``).
    """

    options: _Options
    n_neighbourhoods: int
    first_row: int = 0  # row number of the first incident, for the order of examples
    n_read: int = 0
    n_null: int = 0
    n_empty: int = 0
    n_invalid: int = 0
    n_multi: int = 0
    n_outside: int = 0
    n_in_skipped: int = 0
    n_boundary: int = 0
    n_in_overlap: int = 0
    total: Optional[np.ndarray] = None
    levels: Dict[str, _LevelCounts] = _dc_field(default_factory=dict)
    weights: Optional[_WeightSums] = None
    dates: Optional[_DateTally] = None
    stacks: Optional[StackCounter] = None
    index: Optional[np.ndarray] = None  # per incident, only for a single chunk

    def merge(self, other: "IncidentTally") -> "IncidentTally":
        """Add ``other``'s counts to this tally (returns self).

        Counts are exact in any order; weight sums are floating-point sums,
        equal to the last bit only when chunks are added in input order with
        ``tally_incidents(..., into=)``.
        """
        if other.options != self.options or other.n_neighbourhoods != self.n_neighbourhoods:
            raise InputError("tallies of different options or neighbourhoods cannot be merged")
        for name in ("n_read", "n_null", "n_empty", "n_invalid", "n_multi", "n_outside",
                     "n_in_skipped", "n_boundary", "n_in_overlap"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.first_row = min(self.first_row, other.first_row)
        self.total = self.total + other.total
        for field_name, levels in other.levels.items():
            self.levels.setdefault(field_name, _LevelCounts()).merge(levels)
        if other.weights is not None:
            self.weights.merge(other.weights)
        if other.dates is not None:
            self.dates.merge(other.dates)
        self.stacks.merge(other.stacks)
        self.index = None
        return self


def _new_tally(prepared: PreparedNeighbourhoods, *, first_row=0, spill_dir=None,
               spill_bytes=64 * 2 ** 20, **options) -> IncidentTally:
    opts = _options(**options)
    n = len(prepared.ids)
    tally = IncidentTally(opts, n, first_row=int(first_row), total=np.zeros(n, dtype=np.int64),
                          stacks=StackCounter(spill_dir=spill_dir, spill_bytes=spill_bytes))
    if opts.weight_field is not None:
        tally.weights = _WeightSums(np.zeros(n))
    if opts.date_field is not None:
        tally.dates = _DateTally()
    return tally


def _check_chunk(incidents, prepared: PreparedNeighbourhoods, opts: _Options) -> None:
    import geopandas as gpd

    if not isinstance(incidents, gpd.GeoDataFrame):
        raise InputError(f"incidents must be a GeoDataFrame; got {type(incidents).__name__}")
    _require_columns(incidents, [opts.category_field, opts.date_field, opts.weight_field,
                                 *opts.disaggregate_fields], "incidents")
    _projected(incidents, "incidents")
    if incidents.crs != prepared.crs:
        raise InputError(
            f"incidents ({incidents.crs.to_string()}) and neighbourhoods "
            f"({prepared.crs.to_string()}) are in different CRSs; reproject one to the "
            "other first (the QGIS algorithm reprojects for you)"
        )


def _tally_into(tally: IncidentTally, incidents, prepared: PreparedNeighbourhoods, point_xy,
                steps, keep_index: bool = False) -> IncidentTally:
    """Place one chunk of incidents and add its counts to ``tally`` (in place)."""
    opts = tally.options
    _check_chunk(incidents, prepared, opts)
    if len(incidents) == 0:
        return tally
    placed = _place_incidents(incidents, prepared.polys, prepared.priority, point_xy,
                              opts.level_fields, steps)
    n, index = tally.n_neighbourhoods, placed.index
    assigned = placed.assigned
    row0 = tally.first_row + tally.n_read
    tally.index = index if keep_index and tally.n_read == 0 else None
    tally.n_read += len(index)
    tally.total += np.bincount(index[assigned], minlength=n)
    coded = {}
    for field_name in opts.level_fields:
        coded[field_name] = placed.levels_of(incidents, field_name)
        _tally_levels(tally.levels.setdefault(field_name, _LevelCounts()),
                      incidents[field_name], *coded[field_name], index, n)
    if opts.weight_field is not None:
        _tally_weights(tally.weights, incidents[opts.weight_field], index,
                       coded.get(opts.category_field))
    if opts.date_field is not None:
        _tally_dates(tally.dates, incidents[opts.date_field], index, row0, opts, n)
    _tally_places(tally, placed, prepared)
    steps.report(1.0)
    return tally


def _tally_levels(levels: _LevelCounts, series, codes, values, index, n) -> None:
    """Add one chunk's counts per value of a column."""
    null_code = len(values)
    counts = _grouped(index, n, np.where(codes >= 0, codes, null_code), null_code + 1)
    for k, value in enumerate(values):
        column = counts[:, k]
        levels.counts[value] = column.copy() if value not in levels.counts else \
            levels.counts[value] + column
    levels.null = counts[:, null_code].copy() if levels.null is None else \
        levels.null + counts[:, null_code]
    levels.integer |= pd.api.types.is_integer_dtype(series.dtype)
    levels.float_or_missing |= (pd.api.types.is_float_dtype(series.dtype)
                                or bool(series.isna().any()))


def _tally_weights(sums: _WeightSums, raw, index, category) -> None:
    """Add one chunk's weight sums: per neighbourhood, in input order, as one pass would."""
    n = len(sums.total)
    assigned = index >= 0
    w = pd.to_numeric(raw, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan, copy=True)
    bad_w = assigned & ~np.isfinite(w)
    sums.n_bad += int(bad_w.sum())
    sums.n_non_numeric += int(np.sum(bad_w & raw.notna().to_numpy()))
    ok = np.flatnonzero(assigned & np.isfinite(w))
    # np.add.at adds element by element in input order, continuing from the sums so
    # far: the same float additions as one np.bincount over every chunk.
    sums.total = _weighted_add(sums.total if sums.started else None, index[ok], w[ok], n)
    if category is not None:
        codes, values = category
        codes = np.where(codes[ok] >= 0, codes[ok], len(values))
        order = np.argsort(codes, kind="stable")  # input order kept within a value
        bounds = np.searchsorted(codes[order], np.arange(len(values) + 2))
        for k, value in enumerate(list(values) + [None]):
            rows = ok[order[bounds[k]:bounds[k + 1]]]
            if value is None:
                sums.null = _weighted_add(sums.null, index[rows], w[rows], n)
            else:
                sums.by_value[value] = _weighted_add(sums.by_value.get(value), index[rows],
                                                     w[rows], n)
    sums.started = True


def _weighted_add(target, groups, weights, n):
    """Sums of ``weights`` per group, added to ``target`` (None: from zero)."""
    if target is None:
        return np.bincount(groups, weights=weights, minlength=n).astype(np.float64)
    np.add.at(target, groups, weights)
    return target


def _tally_dates(dates_tally: _DateTally, raw, index, row0, opts: _Options, n) -> None:
    """Add one chunk's period counts and date accounting."""
    chunk = parse_date_chunk(raw, dayfirst=opts.dayfirst)
    dates = chunk.dates
    valid = dates.notna().to_numpy()
    bad = ~valid
    unparsable = bad & ~chunk.missing
    dates_tally.n_missing += int(bad.sum())
    dates_tally.n_unparsable += int(unparsable.sum())
    first_bad = np.flatnonzero(unparsable)[:5]
    if len(first_bad):
        examples = raw.iloc[first_bad].astype(object).tolist()
        dates_tally.examples = sorted(dates_tally.examples + [
            (row0 + int(r), str(v)) for r, v in zip(first_bad, examples)])[:5]
    dates_tally.n_future += int(np.sum(valid & (dates > opts.today).to_numpy()))
    dates_tally.n_valid += int(valid.sum())
    dates_tally.time_rows += chunk.time_rows
    dates_tally.time_not_midnight += chunk.time_not_midnight
    dates_tally.time_all_text &= chunk.time_all_text
    for period in opts.periods:
        codes, n_levels, keys = _period_codes(period, dates, valid, chunk.has_time)
        counts = _grouped(index, n, codes, n_levels)
        _add_dict(dates_tally.periods.setdefault(period, {}),
                  {key: counts[:, k] for k, key in enumerate(keys)})


def _period_codes(period, dates, valid_date, has_time):
    """Codes (-1: not counted) of one period, the number of levels, and the key of each.

    Keys are the year for "year" (only years present), else the level number.
    """
    if period == "year":
        years = dates.dt.year.to_numpy(dtype=np.float64, na_value=np.nan, copy=True)
        present = [int(v) for v in np.unique(years[valid_date])]
        codes = np.where(valid_date,
                         np.searchsorted(np.asarray(present, dtype=np.float64),
                                         np.nan_to_num(years)), -1).astype(np.int64)
        return codes, max(len(present), 1), present
    if period == "month":
        codes = np.where(valid_date, dates.dt.month.fillna(1).to_numpy(dtype=np.int64) - 1, -1)
        return codes, 12, list(range(12))
    if period == "weekday":
        weekday = dates.dt.day_of_week.fillna(0).to_numpy(dtype=np.int64)
        return np.where(valid_date, weekday, -1), 7, list(range(7))
    hours = dates.dt.hour.fillna(0).to_numpy(dtype=np.int64)
    band_of_hour = np.zeros(24, dtype=np.int64)
    for k, (_, first, after) in enumerate(HOUR_BANDS):
        band_of_hour[first:after] = k
    return np.where(has_time, band_of_hour[hours], -1), len(HOUR_BANDS), \
        list(range(len(HOUR_BANDS)))


def _period_fields(period, keys):
    """(key, field name, value) of each level of a period, in field order."""
    if period == "year":
        return [(yv, f"n_y{yv}", str(yv)) for yv in sorted(keys)]
    if period == "month":
        return [(k, f"n_m{k + 1:02d}", f"month {k + 1}") for k in range(12)]
    if period == "weekday":
        return [(k, f"n_wd_{day}", day) for k, day in enumerate(WEEKDAYS)]
    return [(k, f"n_hb_{band}", f"{first:02d}:00-{after - 1:02d}:59")
            for k, (band, first, after) in enumerate(HOUR_BANDS)]


def _tally_places(tally: IncidentTally, placed: _Placement, prepared) -> None:
    """Add one chunk's accounting: dropped, outside, boundary ties, overlaps, stacks."""
    x, y, assigned, placeable, ties = placed.x, placed.y, placed.assigned, placed.placeable, \
        placed.ties
    in_skipped = int(_in_polygons(x, y, placeable & ~assigned, prepared.skipped).sum())
    tally.n_in_skipped += in_skipped
    tally.n_outside += int(np.sum(placeable & ~assigned)) - in_skipped
    in_overlap = _ties_in_overlaps(x, y, ties, prepared.polys)
    tally.n_in_overlap += int(in_overlap.sum())
    tally.n_boundary += int((ties & ~in_overlap).sum())
    tally.n_null += int(placed.null.sum())
    tally.n_empty += int(placed.empty.sum())
    tally.n_invalid += int(placed.invalid.sum())
    tally.n_multi += int(placed.multi.sum())
    rows = np.flatnonzero(placeable)
    tally.stacks.add(x[rows], y[rows])


# --------------------------------------------------------------------------- finishing


def _finish(tally: IncidentTally, prepared: PreparedNeighbourhoods, neighbourhoods, *,
            population_field, rate_per, smooth_rates, steps) -> AggregationResult:
    """The output table, field map, accounting and notes from a complete tally."""
    opts = tally.options
    rate_per = _rate_per(rate_per)
    if len(neighbourhoods) != len(prepared.ids):
        raise InputError(f"the neighbourhoods given ({len(neighbourhoods)}) are not the ones "
                         f"prepared ({len(prepared.ids)})")
    _require_columns(neighbourhoods, [prepared.id_field, population_field], "neighbourhoods")
    if tally.n_read == 0:
        raise InputError("the incidents layer is empty")
    if tally.n_null + tally.n_empty == tally.n_read:
        raise InputError("every incident geometry is null or empty")
    notes = Notes()
    if opts.periods_dropped:
        notes.say("no date field given: no period counts")
    notes.extend(prepared.notes)
    id_field = prepared.id_field
    cols = _Columns(reserved=[id_field] + ([population_field] if population_field else []))
    total = _add_totals(cols, tally.total, prepared)
    cats = _add_categories(cols, tally, notes)
    steps.report(0.15)
    if opts.weight_field is not None:
        _add_weights(cols, tally.weights, opts.weight_field, cats, notes)
    dated = _DateCounts(0, 0, 0)
    if opts.date_field is not None:
        dated = _add_periods(cols, tally.dates, opts, notes)
    steps.report(0.4)
    for field_name in opts.disaggregate_fields:
        _add_breakdown(cols, tally.levels[field_name], field_name)
    steps.report(0.5)
    if population_field is not None:
        _add_rates(cols, neighbourhoods[population_field], population_field, prepared.ids,
                   prepared.no_geom, total, cats.counts, rate_per, smooth_rates, notes)
    steps.report(0.75)
    table = _table(neighbourhoods, id_field, cols, prepared.no_geom)
    accounting = _account(tally, prepared, dated, notes)
    field_map = pd.DataFrame(cols.rows, columns=["field", "source_field", "value"])
    steps.report(1.0)
    return AggregationResult(table, accounting, field_map, tally.index, notes,
                             neighbourhood_ids=prepared.ids)


def _neighbourhoods(neighbourhoods, id_field, notes):
    """The ids (unique, non-null), the polygons (2D) and which have no geometry."""
    import shapely

    ids = neighbourhoods[id_field].astype(object).to_numpy()
    null_ids = pd.isna(neighbourhoods[id_field]).to_numpy()
    if null_ids.any():
        raise InputError(
            f"{int(null_ids.sum())} neighbourhoods have a NULL id in {id_field!r} "
            f"(rows {_list(np.flatnonzero(null_ids))}); every neighbourhood needs a unique id"
        )
    dup = pd.Series(ids).duplicated(keep=False).to_numpy()
    if dup.any():
        values = list(dict.fromkeys(ids[dup]))
        raise InputError(
            f"{len(values)} neighbourhood ids occur more than once in {id_field!r}: "
            f"{_list(values)}; ids must be unique"
        )
    polys = np.asarray(neighbourhoods.geometry.values, dtype=object)
    if shapely.has_z(polys).any():
        polys = shapely.force_2d(polys)
    no_geom = shapely.is_missing(polys) | shapely.is_empty(polys)
    if no_geom.all():
        raise InputError("every neighbourhood geometry is null or empty")
    if no_geom.any():
        notes.warn(
            f"{int(no_geom.sum())} neighbourhoods have a null or empty geometry; their "
            f"counts and rates are NULL: {_list(ids[no_geom])}"
        )
    return ids, polys, no_geom


@dataclass
class _Placement:
    """Where each incident went (arrays in input order) and why some went nowhere."""

    x: np.ndarray
    y: np.ndarray
    null: np.ndarray
    empty: np.ndarray
    invalid: np.ndarray
    multi: np.ndarray
    placeable: np.ndarray
    index: np.ndarray  # row of the neighbourhood, -1 when not assigned
    ties: np.ndarray  # assigned, but in or on more than one neighbourhood
    levels: dict  # field -> future of _levels(column), computed alongside

    def levels_of(self, incidents, field_name):
        """Codes and sorted values of an incident column (computed alongside when large)."""
        job = self.levels.get(field_name)
        return job.result() if job is not None else _levels(incidents[field_name])

    @property
    def assigned(self) -> np.ndarray:
        return self.index >= 0


def _place_incidents(incidents, polys, priority, point_xy, level_fields, steps) -> _Placement:
    """Read the incidents' coordinates and assign each to one neighbourhood (or none).

    Large inputs: a second thread reads the coordinates' y and factorizes
    the ``level_fields`` columns (the C code of shapely and pandas releases
    the GIL) while this one places the points.  Results are identical; the
    thread is always joined before returning.
    """
    import shapely

    geoms = np.asarray(incidents.geometry.values, dtype=object)
    pool = ThreadPoolExecutor(max_workers=1) if len(geoms) >= _PARALLEL_MIN else None
    try:
        y_job = None
        if pool is not None and point_xy is None:
            y_job = pool.submit(shapely.get_y, geoms)
        levels = {f: pool.submit(_levels, incidents[f]) for f in level_fields} if pool else {}
        if point_xy is None:
            # Plain points in two C passes (NaN for anything else, which then
            # goes through the general path): far cheaper than get_coordinates.
            x, y, null, empty, invalid, multi = _incident_points_from_xy(
                geoms, *_plain_point_xy(geoms, y_job), own=True)
        else:
            x, y, null, empty, invalid, multi = _incident_points_from_xy(geoms, *point_xy)
        placeable = ~(null | empty | invalid)
        steps.report(0.05)
        index, ties = _assign(x, y, placeable, polys, priority, steps.part(0.05, 0.8))
    finally:
        if pool is not None:
            pool.shutdown(wait=True)  # the futures keep their results (or errors)
    return _Placement(x, y, null, empty, invalid, multi, placeable, index, ties, levels)


def _assign(x, y, placeable, polys, priority, steps):
    """Neighbourhood row of each incident (-1: none) and the assigned ties (point in polygon)."""
    if not placeable.any():  # a chunk of null geometries
        return np.full(len(x), -1, dtype=np.int64), np.zeros(len(x), dtype=bool)
    if placeable.all():
        assignment = assign_points(x, y, polys, priority=priority, **_callables(steps))
        index = assignment.index
        ties = assignment.tie_mask & (index >= 0)
    else:
        pts = np.flatnonzero(placeable)
        assignment = assign_points(x[pts], y[pts], polys, priority=priority,
                                   **_callables(steps))
        index = np.full(len(x), -1, dtype=np.int64)
        index[pts] = assignment.index
        ties = np.zeros(len(x), dtype=bool)
        ties[pts] = assignment.tie_mask & (assignment.index >= 0)
    return index, ties


class _Columns:
    """The output fields in order: values, kind ("count" -> Int64, or "float") and source."""

    def __init__(self, reserved: Sequence[str]):
        self.values: Dict[str, np.ndarray] = {}
        self.kinds: Dict[str, str] = {}
        self.rows: List[Tuple[str, str, str]] = []  # field, source_field, value
        self.names = _Names(reserved=reserved)

    def take(self, name: str) -> str:
        return self.names.take(name)

    def add(self, name, values, kind, source_field="", value="") -> None:
        self.values[name] = values
        self.kinds[name] = kind
        self.rows.append((name, source_field, value))




def _add_totals(cols: _Columns, totals: np.ndarray, prepared) -> np.ndarray:
    """area_km2, n_total, dens_total; returns the totals."""
    import shapely

    polys, no_geom, unit = prepared.polys, prepared.no_geom, prepared.unit
    n_nb = len(polys)
    area_m2 = np.full(n_nb, np.nan)
    area_m2[~no_geom] = shapely.area(polys[~no_geom]) * unit * unit
    cols.add(cols.take("area_km2"), area_m2 / 1e6, "float", "", "area")
    total = totals.astype(np.float64)
    cols.add(cols.take("n_total"), total, "count", "", "all incidents")
    area_km2 = area_m2 / 1e6
    with np.errstate(divide="ignore", invalid="ignore"):
        dens = np.where(area_km2 > 0, total / area_km2, np.nan)
    cols.add(cols.take("dens_total"), dens, "float", "", "incidents per km2")
    return total


def _level_table(levels: _LevelCounts, n: int):
    """Sorted values (as the whole column would print them) and their counts."""
    merged: Dict[str, np.ndarray] = {}
    for value, counts in levels.counts.items():
        _add_dict(merged, {levels.relabel(value): counts})
    values = sorted(merged)
    null = levels.null if levels.null is not None else np.zeros(n, dtype=np.int64)
    return values, [merged[v] for v in values], null


@dataclass
class _Categories:
    """The category counts, for the weights and the rates."""

    counts: List[Tuple[str, np.ndarray, str]] = _dc_field(default_factory=list)  # slug, n, value
    values: Optional[List[str]] = None  # None without a category field
    names: List[str] = _dc_field(default_factory=list)  # n_cat_<slug> of each value
    has_null: bool = False
    relabel: object = None  # the value text as the whole column prints it


def _add_categories(cols: _Columns, tally: IncidentTally, notes) -> _Categories:
    """n_cat_<category> (and n_cat_null) counts."""
    cats = _Categories()
    category_field = tally.options.category_field
    if category_field is None:
        return cats
    levels = tally.levels.get(category_field, _LevelCounts())
    cats.relabel = levels.relabel
    cats.values, counts, null = _level_table(levels, tally.n_neighbourhoods)
    cats.names = _value_names(cols.names, "n_cat_", cats.values)
    for k, value in enumerate(cats.values):
        slug_name = cats.names[k]
        cols.add(slug_name, counts[k].astype(np.float64), "count", category_field, value)
        cats.counts.append((slug_name[len("n_cat_"):], counts[k].astype(np.float64), value))
    n_null_cat = int(null.sum())
    if n_null_cat or not cats.values:
        cats.has_null = True
        slug_name = cols.take("n_cat_null")
        cols.add(slug_name, null.astype(np.float64), "count", category_field, "(missing)")
        if n_null_cat:
            notes.warn(f"{n_null_cat} assigned incidents have no {category_field!r}; "
                       f"counted in {slug_name}")
    return cats


def _add_weights(cols: _Columns, sums: _WeightSums, weight_field, cats: _Categories,
                 notes) -> None:
    """w_total and w_cat_* sums of the weight field."""
    if sums.n_bad:
        notes.warn(
            f"{sums.n_bad} assigned incidents have a missing, non-numeric or "
            f"infinite {weight_field!r} ({sums.n_non_numeric} present but not a finite "
            "number); left out of the w_* sums"
        )
    n = len(sums.total)
    cols.add(cols.take("w_total"), sums.total, "float", weight_field, "sum of weights")
    if cats.values is not None:
        by_value: Dict[str, np.ndarray] = {}
        for value, values in sums.by_value.items():
            _add_dict(by_value, {cats.relabel(value): values})
        for k, value in enumerate(cats.values):
            cols.add(cols.take("w_cat_" + cats.names[k][len("n_cat_"):]),
                     by_value.get(value, np.zeros(n)), "float", weight_field, value)
        if cats.has_null:
            cols.add(cols.take("w_cat_null"),
                     sums.null if sums.null is not None else np.zeros(n), "float",
                     weight_field, "(missing)")


class _DateCounts(NamedTuple):
    """Accounting of the dates."""

    missing_or_unparsable: int
    in_future: int
    no_time_of_day: int


def _add_periods(cols: _Columns, dates: _DateTally, opts: _Options, notes) -> _DateCounts:
    """n_y<year>, n_m01..12, n_wd_*, n_hb_* counts of the periods asked for."""
    if dates.n_missing:
        n_missing, n_unparsable = dates.n_missing, dates.n_unparsable
        examples = [text for _, text in dates.examples]
        notes.warn(
            f"{n_missing} incidents have no usable date ({n_missing - n_unparsable} "
            f"missing, {n_unparsable} unparsable"
            + (f", e.g. {', '.join(repr(v) for v in examples)}" if n_unparsable else "")
            + "): counted in totals and categories, not in period counts"
        )
    if dates.n_future:
        notes.warn(f"{dates.n_future} incidents are dated after {opts.today.date()}: counted; "
                   "please check")
    no_time = only_midnight(dates.time_rows, dates.time_not_midnight, dates.time_all_text)
    n_no_time = 0
    for period in PERIODS:
        if period not in opts.periods:
            continue
        counts = dates.periods.get(period, {})
        if period == "hourband":
            n_no_time = dates.n_valid - (0 if no_time else dates.time_rows)
            if n_no_time:
                notes.warn(f"{n_no_time} dated incidents have no time of day: left out of the "
                           "hour-band counts")
        for key, name, value in _period_fields(period, counts.keys()):
            values = counts.get(key)
            if values is None or (period == "hourband" and no_time):
                values = np.zeros(len(cols.values["n_total"]))
            cols.add(cols.take(name), values.astype(np.float64), "count", opts.date_field, value)
    return _DateCounts(dates.n_missing, dates.n_future, n_no_time)


def _add_breakdown(cols: _Columns, levels: _LevelCounts, field) -> None:
    """n_<field>_<value> (and n_<field>_null) counts of one disaggregation field."""
    n = len(cols.values["n_total"])
    values, counts, null = _level_table(levels, n)
    prefix = "n_" + slugify(field, 20) + "_"
    for k, name in enumerate(_value_names(cols.names, prefix, values)):
        cols.add(name, counts[k].astype(np.float64), "count", field, values[k])
    if null.any() or not values:
        cols.add(cols.take(prefix + "null"), null.astype(np.float64), "count", field,
                 "(missing)")


def _add_rates(cols: _Columns, raw, population_field, ids, no_geom, total, cat_counts, rate_per,
               smooth_rates, notes) -> None:
    """rate_total, rate_cat_* and, with smooth_rates, the Empirical Bayes eb_rate_*."""
    pop = _population(raw, population_field, ids, no_geom, notes)
    events_total = np.where(no_geom, np.nan, total)
    over = (events_total > pop) & (pop > 0)
    if over.any():
        notes.warn(f"{int(over.sum())} neighbourhoods have more incidents than residents "
                   f"(check the population field): {_list(ids[over])}")
    series = [("total", events_total, "all incidents")]
    series += [("cat_" + slug, np.where(no_geom, np.nan, counts_), value)
               for slug, counts_, value in cat_counts]
    for suffix, events, value in series:
        cols.add(cols.take("rate_" + suffix), crude_rate(events, pop, rate_per), "float",
                 population_field, value)
    if not smooth_rates:
        return
    sparse = []
    for suffix, events, value in series:
        eb = empirical_bayes(events, pop)
        cols.add(cols.take("eb_rate_" + suffix), eb.rate * rate_per, "float",
                 population_field, value)
        if eb.n_used and eb.share_zero > 0.5:
            sparse.append(f"{suffix} ({eb.share_zero:.0%} zero)")
        if eb.n_used and eb.raw_prior_variance < 0:
            notes.say(f"Empirical Bayes for {suffix}: rates vary no more than chance; "
                      "every neighbourhood gets the city-wide rate")
    if sparse:
        notes.warn("Empirical Bayes smoothing is unreliable where most counts are zero: "
                   + ", ".join(sparse))


def _population(raw, population_field, ids, no_geom, notes) -> np.ndarray:
    """Residents per neighbourhood: NaN where unusable (warned), a negative value refused."""
    pop = pd.to_numeric(raw, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan,
                                                       copy=True)
    non_numeric = raw.notna().to_numpy() & ~np.isfinite(pop)
    if non_numeric.any():
        notes.warn(f"{int(non_numeric.sum())} neighbourhoods have a non-numeric or infinite "
                   f"{population_field!r}; their rates are NULL: {_list(ids[non_numeric])}")
        pop[non_numeric] = np.nan
    negative = pop < 0
    if negative.any():
        raise InputError(
            f"{int(negative.sum())} neighbourhoods have a negative population in "
            f"{population_field!r}: {_list(ids[negative])}"
        )
    unusable = ~(pop > 0) & ~no_geom
    if unusable.any():
        notes.warn(f"{int(unusable.sum())} neighbourhoods have a population of 0 or NULL; "
                   f"their rates are NULL: {_list(ids[unusable])}")
    return pop


def _table(neighbourhoods, id_field, cols: _Columns, no_geom):
    """The output table: the id, every field (counts as Int64, NULL without geometry), geometry."""
    import geopandas as gpd

    data = {id_field: neighbourhoods[id_field].to_numpy()}
    for name, values in cols.values.items():
        values = np.asarray(values, dtype=np.float64).copy()
        values[no_geom] = np.nan
        if cols.kinds[name] == "count":
            data[name] = pd.array(np.where(np.isnan(values), 0, values).astype(np.int64),
                                  dtype="Int64")
            data[name][no_geom] = pd.NA
        else:
            data[name] = values
    return gpd.GeoDataFrame(pd.DataFrame(data, index=neighbourhoods.index),
                            geometry=neighbourhoods.geometry.values, crs=neighbourhoods.crs)




def _account(tally: IncidentTally, prepared: PreparedNeighbourhoods, dated: _DateCounts,
             notes) -> pd.DataFrame:
    """The accounting table (checked to balance) and the notes on where incidents went."""
    n_read = tally.n_read
    n_assigned = int(tally.total.sum())
    n_in_skipped, n_outside = tally.n_in_skipped, tally.n_outside
    n_null, n_empty, n_invalid = tally.n_null, tally.n_empty, tally.n_invalid
    n_multi, n_boundary = tally.n_multi, tally.n_boundary
    n_stacked, _, largest_stack = tally.stacks.result()
    rows = [
        ("read", n_read),
        ("assigned", n_assigned),
        ("on_shared_boundary", n_boundary),
        ("in_overlap", tally.n_in_overlap),
        ("outside", n_outside),
        ("in_skipped_neighbourhood", n_in_skipped),
        ("dropped_null_geometry", n_null),
        ("dropped_empty_geometry", n_empty),
        ("dropped_invalid_coordinates", n_invalid),
        ("date_missing_or_unparsable", dated.missing_or_unparsable),
    ]
    if dated.in_future:
        rows.append(("date_in_future", dated.in_future))
    if dated.no_time_of_day:
        rows.append(("time_of_day_missing", dated.no_time_of_day))
    if n_multi:
        rows.append(("multipoint_counted_once", n_multi))
    rows.append(("stacked_for_privacy", n_stacked))
    accounting = pd.DataFrame(
        {"item": [r[0] for r in rows], "count": np.array([r[1] for r in rows], dtype=np.int64),
         "note": [_ACCOUNTING_NOTES[r[0]] for r in rows]})
    balance = n_assigned + n_outside + n_in_skipped + n_null + n_empty + n_invalid
    if balance != n_read:
        raise AssertionError(f"incident accounting does not balance: read {n_read}, "
                             f"accounted {balance}")

    if n_outside:
        notes.warn(f"{n_outside} incidents lie outside every neighbourhood (not counted)")
    if n_in_skipped:
        notes.warn(f"{n_in_skipped} incidents lie in neighbourhoods left out of the analysis "
                   "(invalid geometry skipped); they are not counted, and not called outside")
    _report_overlaps(prepared.polys, prepared.ids, tally.n_in_overlap, notes)
    if n_stacked:
        notes.warn(f"{n_stacked} incidents share their exact coordinates with at least "
                   f"{STACK_THRESHOLD - 1} others ({largest_stack} at the busiest point): they are "
                   "counted, but such points often mark a default location (a police station, a "
                   "street centroid) or identify a household; check them, and never publish them "
                   "as points")
    if n_null + n_empty + n_invalid:
        notes.warn(f"{n_null + n_empty + n_invalid} incidents dropped: {n_null} null geometry, "
                   f"{n_empty} empty geometry, {n_invalid} NaN or infinite coordinates")
    if n_boundary:
        notes.say(f"{n_boundary} incidents on a shared boundary, each counted once in the "
                  "neighbourhood whose id sorts first")
    if n_multi:
        notes.say(f"{n_multi} MultiPoint incidents counted once each, at their first point")
    return accounting


def _in_polygons(x, y, mask, polygons) -> np.ndarray:
    """Which of the masked points lie in any of ``polygons`` (repaired with make_valid)."""
    import shapely

    out = np.zeros(len(x), dtype=bool)
    if polygons is None or not mask.any():
        return out
    polygons = np.asarray(polygons, dtype=object)
    polygons = polygons[~(shapely.is_missing(polygons) | shapely.is_empty(polygons))]
    if len(polygons) == 0:
        return out
    repaired = shapely.make_valid(polygons)
    rows = np.flatnonzero(mask)
    hit = shapely.STRtree(repaired).query(shapely.points(x[rows], y[rows]),
                                          predicate="intersects")[0]
    out[rows[np.unique(hit)]] = True
    return out


def _ties_in_overlaps(x, y, ties, polys) -> np.ndarray:
    """Tied points that lie in the interior of a neighbourhood: they sit where two
    neighbourhoods overlap, not on a shared boundary."""
    import shapely

    out = np.zeros(len(x), dtype=bool)
    if not ties.any():
        return out
    rows = np.flatnonzero(ties)
    present = ~(shapely.is_missing(polys) | shapely.is_empty(polys))
    keep = np.flatnonzero(present)
    tree = shapely.STRtree(polys[keep])
    points = shapely.points(x[rows], y[rows])
    point_index, poly_index = tree.query(points, predicate="intersects")
    inside = shapely.contains_properly(polys[keep][poly_index], points[point_index])
    out[rows[np.unique(point_index[inside])]] = True
    return out




def _report_overlaps(polys, ids, n_in_overlap: int, notes: Notes) -> None:
    """Overlapping neighbourhoods: the pairs, the shared area and the incidents there."""
    line = describe_overlaps(
        polys, ids, "neighbourhoods",
        f"{n_in_overlap} incidents lie in an overlap; each is counted once, in the "
        "neighbourhood whose id sorts first, so the overlap's incidents are missing from the "
        "other. Fix the boundaries so that neighbourhoods do not overlap.")
    if line:
        notes.warn(line)


def _callables(steps) -> dict:
    """progress / should_stop keywords forwarding to a :class:`Steps` part."""
    return {"progress": steps.report, "should_stop": None}
