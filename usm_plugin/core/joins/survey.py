"""Aggregate perception and victimisation survey respondents to neighbourhoods.

Each respondent is a point with yes/no answers (feels unsafe walking alone at
night, was a victim last year, ...).  Per neighbourhood this module gives the
number of respondents, the (optionally weighted) share answering yes with a
confidence interval, and flags samples too small to report -- the inputs of
SDG 16.1.3/16.1.4-style indicators at neighbourhood level.

Respondents are placed in neighbourhoods by the same boundary rule as
incidents (:func:`.point_in_polygon.assign_points`): a respondent on a shared
edge goes to the neighbourhood whose id sorts first, and every respondent is
accounted for (assigned + outside + dropped = read).
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import NormalDist
from typing import Iterable, Optional

import numpy as np
import pandas as pd

from ..geometry.point_in_polygon import assign_points
from ..runtime import InputError, Notes, as_steps

__all__ = ["SurveyResult", "aggregate_survey", "wilson_interval", "kish_effective_n",
           "parse_indicator", "YES_WORDS", "NO_WORDS"]

YES_WORDS = frozenset({"1", "yes", "y", "true", "t", "si", "sí", "oui", "ja"})
NO_WORDS = frozenset({"0", "no", "n", "false", "f", "non", "nein"})
_MAX_IN_MESSAGE = 10


@dataclass
class SurveyResult:
    """What :func:`aggregate_survey` returns.

    Attributes
    ----------
    table : geopandas.GeoDataFrame
        A copy of the neighbourhoods with ``n_resp`` (respondents assigned),
        ``small_sample`` (1 when ``n_resp < min_respondents``) and, for each
        indicator field ``f``: ``n_f`` (respondents with a valid answer and,
        when weighted, a valid weight), ``share_f`` (share answering yes,
        0-1, weighted when a weight field is given), ``ci_low_f`` and
        ``ci_high_f`` (Wilson interval), and with weights ``neff_f`` (Kish
        effective sample size).
    accounting : pandas.DataFrame
        ``item``, ``count``, ``note``: respondents read, assigned,
        on_shared_boundary, outside, dropped by reason, and per indicator the
        answers that were missing or not yes/no.
    notes : Notes
    """

    table: "object"
    accounting: pd.DataFrame
    notes: Notes


def wilson_interval(successes, n, confidence: float = 0.95):
    """Wilson score interval for a proportion.

    Parameters
    ----------
    successes, n : array_like
        Number (or weighted share x effective n) of "yes" answers and the
        sample size; ``n`` may be fractional (an effective sample size).
    confidence : float
        Two-sided confidence level.

    Returns
    -------
    low, high : numpy.ndarray
        NaN where ``n`` is 0 or missing.

    Notes
    -----
    With ``p = successes / n`` and ``z`` the normal quantile,

        centre = (p + z²/2n) / (1 + z²/n)
        half   = z / (1 + z²/n) · sqrt(p(1 - p)/n + z²/4n²)

    Unlike the Wald interval it stays inside [0, 1] and keeps a sensible
    width when ``p`` is 0 or 1 or ``n`` is small.

    References
    ----------
    .. [1] Wilson, E. B. (1927). Probable inference, the law of succession, and
       statistical inference. Journal of the American Statistical Association
       22(158), 209-212.
    .. [2] Newcombe, R. G. (1998). Two-sided confidence intervals for the single
       proportion: comparison of seven methods. Statistics in Medicine 17(8),
       857-872.
    """
    if not 0 < confidence < 1:
        raise InputError(f"confidence must be between 0 and 1, got {confidence}")
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    x = np.asarray(successes, dtype=float)
    n = np.asarray(n, dtype=float)
    ok = n > 0
    safe_n = np.where(ok, n, 1.0)
    p = np.clip(x / safe_n, 0.0, 1.0)
    denom = 1 + z * z / safe_n
    centre = (p + z * z / (2 * safe_n)) / denom
    half = z / denom * np.sqrt(p * (1 - p) / safe_n + z * z / (4 * safe_n * safe_n))
    low = np.where(ok, np.clip(centre - half, 0.0, 1.0), np.nan)
    high = np.where(ok, np.clip(centre + half, 0.0, 1.0), np.nan)
    return low, high


def kish_effective_n(sum_w, sum_w2):
    """Kish's effective sample size ``(Σw)² / Σw²`` (NaN where ``Σw² = 0``).

    References
    ----------
    .. [1] Kish, L. (1965). Survey Sampling. New York: Wiley. (Design effect of
       unequal weighting, section 11.7.)
    """
    sum_w = np.asarray(sum_w, dtype=float)
    sum_w2 = np.asarray(sum_w2, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(sum_w2 > 0, sum_w * sum_w / np.where(sum_w2 > 0, sum_w2, 1.0), np.nan)


def parse_indicator(values):
    """Yes/no answers as 1.0 / 0.0, NaN for missing or unrecognised answers.

    Accepts numbers 0 and 1, booleans, and (case-insensitive, trimmed) the
    words in :data:`YES_WORDS` and :data:`NO_WORDS` (yes/no, true/false, y/n,
    t/f, sí/no, oui/non, ja/nein).

    Returns
    -------
    answers : numpy.ndarray of float
    unparsable : numpy.ndarray of bool
        Present values that are not a recognised yes/no answer.
    """
    series = pd.Series(values)
    present = series.notna().to_numpy().copy()
    if pd.api.types.is_bool_dtype(series.dtype) or pd.api.types.is_numeric_dtype(series.dtype):
        x = series.to_numpy(dtype=float, na_value=np.nan, copy=True)
        good = np.isin(x, (0.0, 1.0))
        answers = np.where(good, x, np.nan)
    else:
        answers = np.full(len(series), np.nan)
        good = np.zeros(len(series), dtype=bool)
        for i, v in enumerate(series.to_numpy(object)):
            if not present[i]:
                continue
            if isinstance(v, (bool, np.bool_)):
                answers[i], good[i] = float(v), True
                continue
            if isinstance(v, (int, float, np.integer, np.floating)) and v in (0, 1):
                answers[i], good[i] = float(v), True
                continue
            word = str(v).strip().casefold()
            if word in YES_WORDS or word in ("1.0",):
                answers[i], good[i] = 1.0, True
            elif word in NO_WORDS or word in ("0.0",):
                answers[i], good[i] = 0.0, True
            elif word == "":
                present[i] = False
    return answers, present & ~good


def aggregate_survey(
    respondents,
    neighbourhoods,
    id_field: str,
    *,
    indicator_fields: Iterable[str],
    weight_field: Optional[str] = None,
    min_respondents: int = 30,
    confidence: float = 0.95,
    progress=None,
    should_stop=None,
) -> SurveyResult:
    """Shares of yes answers per neighbourhood, with intervals and small-sample flags.

    Parameters
    ----------
    respondents : geopandas.GeoDataFrame
        Respondent points (MultiPoints count once, at their first point).
    neighbourhoods : geopandas.GeoDataFrame
        Neighbourhood polygons in the same CRS.
    id_field : str
        Unique neighbourhood id; also breaks boundary ties (lowest id wins).
    indicator_fields : sequence of str
        Yes/no answer fields (0/1, true/false, yes/no; see
        :func:`parse_indicator`).  Other values count as missing and are
        reported.
    weight_field : str, optional
        Survey weight of each respondent (>= 0).  A respondent with a missing
        weight is left out of the weighted shares (reported); negative weights
        are an error.
    min_respondents : int
        Neighbourhoods with fewer respondents get ``small_sample = 1``.
    confidence : float
        Level of the intervals.
    progress, should_stop : callable, optional
        See :mod:`.runtime`.

    Returns
    -------
    SurveyResult

    Notes
    -----
    Unweighted: ``share = yes / n`` with the Wilson interval [1]_.  Weighted:
    ``share = Σ w·y / Σ w`` and the Wilson interval computed with Kish's
    effective sample size ``n_eff = (Σw)² / Σw²`` in place of ``n`` [2]_ -- an
    approximation that accounts for unequal weights but not for clustering or
    stratification of the survey design.

    References
    ----------
    .. [1] Wilson, E. B. (1927). Probable inference, the law of succession, and
       statistical inference. JASA 22(158), 209-212.
    .. [2] Kish, L. (1965). Survey Sampling. New York: Wiley.
    .. [3] UNODC and UN-Habitat (2021). SDG 16.1.4 metadata: proportion of
       population that feel safe walking alone around the area they live.
    """
    steps = as_steps(progress, should_stop)
    notes = Notes()
    indicator_fields, min_respondents = _check_inputs(
        respondents, neighbourhoods, id_field, indicator_fields, weight_field, min_respondents,
        confidence)
    ids, polys, no_geom = _neighbourhoods(neighbourhoods, id_field, notes)
    placed = _place_respondents(respondents, polys, ids, steps, should_stop)
    steps.report(0.75)
    weights = None
    if weight_field:
        weights = _weights(respondents[weight_field], weight_field, placed.assigned, notes)

    n_resp = np.bincount(placed.index[placed.assigned], minlength=len(ids))
    columns = {"n_resp": n_resp.astype(np.int64),
               "small_sample": (n_resp < min_respondents).astype(np.int64)}
    accounting_extra = []
    for name in indicator_fields:
        accounting_extra.append(_indicator_columns(
            columns, respondents[name], name, placed, weights, len(ids), confidence, notes))
    out = _with_columns(neighbourhoods, columns, no_geom, notes)
    small = int(((n_resp < min_respondents) & ~no_geom).sum())
    if small:
        notes.warn(f"{small} neighbourhood(s) have fewer than {min_respondents} respondents "
                   f"(small_sample = 1): their shares are unreliable")
    accounting = _accounting(placed, accounting_extra, notes)
    steps.report(1.0)
    return SurveyResult(out, accounting, notes)


# --------------------------------------------------------------------------- steps of
# aggregate_survey, in the order it calls them


def _check_inputs(respondents, neighbourhoods, id_field, indicator_fields, weight_field,
                  min_respondents, confidence):
    """Refuse bad layers and options; returns the indicator fields and min_respondents."""
    if isinstance(indicator_fields, str):
        indicator_fields = [indicator_fields]
    indicator_fields = list(dict.fromkeys(indicator_fields))
    if not indicator_fields:
        raise InputError("give at least one indicator (yes/no) field")
    missing = [f for f in indicator_fields + ([weight_field] if weight_field else [])
               if f not in respondents.columns]
    if missing:
        raise InputError(f"the respondent layer has no field(s) {missing}")
    if id_field not in neighbourhoods.columns:
        raise InputError(f"the neighbourhood layer has no id field {id_field!r}")
    try:
        min_respondents = int(min_respondents)
    except (TypeError, ValueError):
        raise InputError(f"min_respondents must be a whole number, got {min_respondents!r}") \
            from None
    if min_respondents < 1:
        raise InputError(f"min_respondents must be at least 1, got {min_respondents}")
    if not 0 < confidence < 1:
        raise InputError(f"confidence must be between 0 and 1, got {confidence}")
    if len(respondents) == 0:
        raise InputError("the respondent layer is empty")
    if len(neighbourhoods) == 0:
        raise InputError("the neighbourhood layer is empty")
    for frame, name in ((respondents, "respondent"), (neighbourhoods, "neighbourhood")):
        if frame.crs is None:
            raise InputError(f"the {name} layer has no CRS")
    if respondents.crs != neighbourhoods.crs:
        raise InputError(f"respondents ({respondents.crs.to_string()}) and neighbourhoods "
                         f"({neighbourhoods.crs.to_string()}) are in different CRSs; reproject "
                         f"one first")
    return indicator_fields, min_respondents


def _neighbourhoods(neighbourhoods, id_field, notes):
    """The ids (unique, non-null), the polygons and which have no geometry."""
    import shapely

    ids = neighbourhoods[id_field].to_numpy(object)
    if pd.isna(neighbourhoods[id_field]).any():
        raise InputError(f"some neighbourhoods have no {id_field}; every neighbourhood needs "
                         f"a unique id")
    dup = pd.Series(ids).duplicated(keep=False).to_numpy()
    if dup.any():
        raise InputError(f"duplicate neighbourhood ids in {id_field}: "
                         f"{_listing(dict.fromkeys(ids[dup]))}")
    polys = np.asarray(neighbourhoods.geometry.values, dtype=object)
    no_geom = shapely.is_missing(polys) | shapely.is_empty(polys)
    if no_geom.all():
        raise InputError("every neighbourhood geometry is null or empty")
    if no_geom.any():
        notes.warn(f"{int(no_geom.sum())} neighbourhood(s) have no geometry; their survey "
                   f"values are NULL: {_listing(ids[no_geom])}")
    return ids, polys, no_geom


@dataclass
class _Placement:
    """Where each respondent went, and why some went nowhere."""

    null: np.ndarray
    empty: np.ndarray
    bad_xy: np.ndarray
    placeable: np.ndarray
    index: np.ndarray  # row of the neighbourhood, -1 when not assigned
    ties: np.ndarray

    @property
    def assigned(self) -> np.ndarray:
        return self.index >= 0


def _place_respondents(respondents, polys, ids, steps, should_stop) -> _Placement:
    """Assign each respondent to one neighbourhood (boundary ties: the lowest id)."""
    x, y, null, empty, bad_xy = _points(np.asarray(respondents.geometry.values, dtype=object))
    n_read = len(x)
    placeable = ~(null | empty | bad_xy)
    pts = np.flatnonzero(placeable)
    assignment = assign_points(x[pts], y[pts], polys, priority=_ranks(ids),
                               progress=steps.part(0.0, 0.7).report,
                               should_stop=should_stop)
    index = np.full(n_read, -1, dtype=np.int64)
    index[pts] = assignment.index
    ties = np.zeros(n_read, dtype=bool)
    ties[pts] = assignment.tie_mask & (assignment.index >= 0)
    return _Placement(null, empty, bad_xy, placeable, index, ties)


def _indicator_columns(columns, raw, name, placed: _Placement, weights, n_nb, confidence,
                       notes):
    """n_, share_, ci_low_, ci_high_ (and neff_) columns of one indicator.

    Returns its accounting row (assigned respondents without a usable answer).
    """
    answers, unparsable = parse_indicator(raw)
    if unparsable.any():
        examples = [str(v) for v in pd.unique(raw.to_numpy(object)[unparsable].astype(str))[:5]]
        notes.warn(f"{name}: {int(unparsable.sum())} answer(s) are not yes/no "
                   f"(e.g. {', '.join(map(repr, examples))}) and count as missing")
    assigned, index = placed.assigned, placed.index
    valid = assigned & ~np.isnan(answers)
    if weights is not None:
        valid &= ~np.isnan(weights)
    n_missing = int((assigned & np.isnan(answers)).sum())
    g = index[valid]
    yv = answers[valid]
    n_valid = np.bincount(g, minlength=n_nb)
    if weights is None:
        yes = np.bincount(g, yv, minlength=n_nb)
        with np.errstate(invalid="ignore", divide="ignore"):
            share = np.where(n_valid > 0, yes / np.maximum(n_valid, 1), np.nan)
        low, high = wilson_interval(yes, n_valid, confidence)
    else:
        w = weights[valid]
        sw = np.bincount(g, w, minlength=n_nb)
        sw2 = np.bincount(g, w * w, minlength=n_nb)
        syw = np.bincount(g, w * yv, minlength=n_nb)
        with np.errstate(invalid="ignore", divide="ignore"):
            share = np.where(sw > 0, syw / np.where(sw > 0, sw, 1.0), np.nan)
        neff = kish_effective_n(sw, sw2)
        low, high = wilson_interval(np.nan_to_num(share) * np.nan_to_num(neff),
                                    np.nan_to_num(neff), confidence)
        columns[f"neff_{name}"] = neff
    columns[f"n_{name}"] = n_valid.astype(np.int64)
    columns[f"share_{name}"] = share
    columns[f"ci_low_{name}"] = low
    columns[f"ci_high_{name}"] = high
    return (f"{name}: missing_or_not_yes_no", n_missing,
            "assigned respondents without a usable answer")


def _with_columns(neighbourhoods, columns, no_geom, notes):
    """A copy of the neighbourhoods with the survey columns (NaN where there is no geometry)."""
    out = neighbourhoods.copy()
    used = set(map(str, out.columns))
    for col, values in columns.items():
        values = np.asarray(values)
        if no_geom.any() and values.dtype.kind == "f":
            values = np.where(no_geom, np.nan, values)
        elif no_geom.any() and values.dtype.kind in "iu":
            # a neighbourhood without geometry has no count: NULL, never 0
            values = pd.array(values, dtype="Int64")
            values[no_geom] = pd.NA
        target = col if col not in used else f"{col}_survey"
        if target != col:
            notes.warn(f"the neighbourhoods already have a field {col!r}; the survey value is "
                       f"in {target!r}")
        out[target] = values
    return out


def _accounting(placed: _Placement, accounting_extra, notes) -> pd.DataFrame:
    """The accounting table (checked to balance) and the notes on where respondents went."""
    null, empty, bad_xy, assigned, ties = placed.null, placed.empty, placed.bad_xy, \
        placed.assigned, placed.ties
    n_read = len(placed.index)
    n_outside = int((placed.placeable & ~assigned).sum())
    rows = [("read", n_read, "respondent features read"),
            ("assigned", int(assigned.sum()), "placed in exactly one neighbourhood"),
            ("on_shared_boundary", int(ties.sum()),
             "of the assigned: on a shared edge or in an overlap, given to the lowest id"),
            ("outside", n_outside, "in no neighbourhood; not counted"),
            ("dropped_null_geometry", int(null.sum()), "no geometry"),
            ("dropped_empty_geometry", int(empty.sum()), "empty geometry"),
            ("dropped_invalid_coordinates", int(bad_xy.sum()), "NaN or infinite coordinates")]
    balance = rows[1][1] + n_outside + rows[4][1] + rows[5][1] + rows[6][1]
    if balance != n_read:
        raise AssertionError(f"respondent accounting does not balance: {balance} != {n_read}")
    accounting = pd.DataFrame(rows + accounting_extra, columns=["item", "count", "note"])
    if n_outside:
        notes.warn(f"{n_outside} respondent(s) lie outside every neighbourhood (not counted)")
    dropped = int(null.sum() + empty.sum() + bad_xy.sum())
    if dropped:
        notes.warn(f"{dropped} respondent(s) dropped for a null or empty geometry or invalid "
                   f"coordinates")
    notes.say(f"{int(assigned.sum())} of {n_read} respondents assigned "
              f"({int(ties.sum())} on a shared boundary, given to the lowest id)")
    return accounting


def _points(geoms):
    import shapely

    n = len(geoms)
    null = shapely.is_missing(geoms)
    kinds = np.full(n, -1)
    kinds[~null] = shapely.get_type_id(geoms[~null])
    wrong = ~null & ~np.isin(kinds, (0, 4))
    if wrong.any():
        raise InputError(f"respondents must be points; {int(wrong.sum())} feature(s) are not")
    empty = np.zeros(n, dtype=bool)
    empty[~null] = shapely.is_empty(geoms[~null])
    pts = geoms.copy()
    multi = (kinds == 4) & ~empty
    if multi.any():
        pts[multi] = shapely.get_geometry(geoms[multi], 0)
        first_empty = np.zeros(n, dtype=bool)
        first_empty[multi] = shapely.is_empty(pts[multi])
        empty |= first_empty
    ok = ~null & ~empty
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    x[ok] = shapely.get_x(pts[ok])
    y[ok] = shapely.get_y(pts[ok])
    bad = ok & ~(np.isfinite(x) & np.isfinite(y))
    return x, y, null, empty, bad


def _ranks(ids):
    """Rank of each id in sorted order (as text when the types do not compare)."""
    try:
        order = sorted(range(len(ids)), key=lambda i: ids[i])
    except TypeError:
        order = sorted(range(len(ids)), key=lambda i: str(ids[i]))
    rank = np.empty(len(ids), dtype=np.int64)
    rank[np.asarray(order, dtype=np.int64)] = np.arange(len(ids))
    return rank


def _weights(series, name, assigned, notes):
    if pd.api.types.is_numeric_dtype(series.dtype):
        w = series.to_numpy(dtype=float, na_value=np.nan, copy=True)
    else:
        w = pd.to_numeric(series.astype("string").str.strip(), errors="coerce") \
            .to_numpy(dtype=float, na_value=np.nan, copy=True)
    w = np.where(np.isfinite(w), w, np.nan)
    if (w < 0).any():
        raise InputError(f"{name}: {int((w < 0).sum())} negative survey weight(s); weights "
                         f"must be >= 0")
    bad = assigned & np.isnan(w)
    if bad.any():
        notes.warn(f"{name}: {int(bad.sum())} assigned respondent(s) have a missing or "
                   f"non-numeric weight and are left out of the weighted shares")
    return w


def _listing(values):
    values = [str(v) for v in values]
    text = ", ".join(values[:_MAX_IN_MESSAGE])
    return text + (f" and {len(values) - _MAX_IN_MESSAGE} more"
                   if len(values) > _MAX_IN_MESSAGE else "")
