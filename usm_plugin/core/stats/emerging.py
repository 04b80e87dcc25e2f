"""Emerging hot spots: space-time Gi* per bin, Mann-Kendall trends, pattern categories.

The analysis follows ESRI's "How Emerging Hot Spot Analysis works" (ArcGIS
Pro, Space Time Pattern Mining toolbox):

1. Incidents are counted per location (neighbourhood or grid cell) and time
   step (:func:`bin_by_time`), giving a ``locations x steps`` cube.
2. Every bin ``(i, t)`` gets a Getis-Ord Gi* z-score whose neighbourhood is
   the bins of ``i`` and of its spatial neighbours in step ``t`` and in the
   ``time_window`` previous steps (binary weights, self included). The cube
   is one population: mean and variance are taken over all bins, as ArcGIS
   does. The z-scores are analytical (normal approximation); significance
   uses the Benjamini-Hochberg false discovery rate over all bins.
3. The Mann-Kendall test on each location's series of Gi* z-scores gives the
   trend in the intensity of clustering.
4. Each location is classified by the rules below.

Pattern rules (``T`` time steps; a *hot bin* is a bin that is significant at
``alpha`` with ``z > 0``, a *cold bin* one with ``z < 0``; "90 %" means at
least ``0.9 * T`` bins; the trend is the Mann-Kendall test at
``trend_alpha``). Rules are applied in this order and the first that holds
wins; the cold-spot categories mirror the hot ones with hot and cold
swapped.

=====================  ==================================================================
New                    final bin hot; no earlier bin significant (hot or cold)
Consecutive            final bins form one uninterrupted run of >= 2 hot bins; no hot bin
                       before that run; no cold bin; fewer than 90 % hot
Intensifying           >= 90 % hot, final bin hot, significant upward trend in z
Persistent             >= 90 % hot, final bin hot, no significant trend
Diminishing            >= 90 % hot, final bin hot, significant downward trend in z
Sporadic               final bin hot; earlier hot bins separated by non-hot ones (an
                       on-again, off-again hot spot); fewer than 90 % hot; never cold
Oscillating            final bin hot; at least one earlier cold bin; fewer than 90 % hot
Historical             final bin not hot (and not cold, see below); >= 90 % hot
No pattern detected    none of the above
=====================  ==================================================================

Categories whose final bin is significant (new, consecutive, intensifying,
persistent, diminishing, sporadic, oscillating) are decided before the
historical ones, so a location that was hot for 90 % of the steps but is
cold in the final step is an oscillating cold spot, not a historical hot
spot. Evaluation order among the ``>= 90 %`` categories: intensifying,
diminishing, persistent; among the rest: oscillating, new, consecutive,
sporadic.

References
----------
.. [1] ESRI. "How Emerging Hot Spot Analysis works", ArcGIS Pro tool
   reference, Space Time Pattern Mining toolbox.
.. [2] Getis, A. and Ord, J. K. (1992). The analysis of spatial association
   by use of distance statistics. *Geographical Analysis* 24(3), 189-206.
.. [3] Ord, J. K. and Getis, A. (1995). Local spatial autocorrelation
   statistics: distributional issues and an application. *Geographical
   Analysis* 27(4), 286-306.
.. [4] Mann, H. B. (1945). Nonparametric tests against trend.
   *Econometrica* 13(3), 245-259.
.. [5] Kendall, M. G. (1975). *Rank Correlation Methods*, 4th ed. Griffin.
.. [6] Benjamini, Y. and Hochberg, Y. (1995). Controlling the false
   discovery rate. *J. R. Stat. Soc. B* 57(1), 289-300.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np
import pandas as pd

from ..dates import parse_dates
from ..runtime import InputError, Notes, as_steps

STEPS = {"month": "M", "quarter": "Q", "year": "Y"}
NO_PATTERN = "No Pattern Detected"
PATTERNS = ("New", "Consecutive", "Intensifying", "Persistent", "Diminishing",
            "Sporadic", "Oscillating", "Historical")
CATEGORIES = tuple(f"{p} Hot Spot" for p in PATTERNS) + tuple(
    f"{p} Cold Spot" for p in PATTERNS) + (NO_PATTERN,)
MIN_STEPS = 3
RECOMMENDED_STEPS = 10


# ----------------------------------------------------------------- time bins
@dataclass
class TimeBins:
    """Incidents counted per location and time step.

    Attributes
    ----------
    counts : numpy.ndarray
        ``n_locations x n_steps`` float counts (0 = no incident, a real zero).
    labels : list of str
        Period labels, e.g. ``"2021-01"``, ``"2021Q1"``, ``"2021"``.
    starts, ends : numpy.ndarray of datetime64
        First instant of each period and first instant after it.
    step : str
    n_used, n_no_time, n_bad_time, n_no_location : int
        Incidents counted; dropped for a missing date, an unparseable date,
        no location.
    notes : Notes
    """

    counts: np.ndarray
    labels: List[str]
    starts: np.ndarray
    ends: np.ndarray
    step: str
    n_used: int
    n_no_time: int
    n_bad_time: int
    n_no_location: int
    notes: Notes = field(default_factory=Notes)


#: Limits of the space-time cube: one mistyped date (year 1500 or 9999) must not ask
#: for hundreds of gigabytes.  600 monthly steps are fifty years.
MAX_STEPS = 600
MAX_CELLS = 50_000_000


def bin_by_time(location_index, times, *, n_locations: int, step: str = "month",
                now=None) -> TimeBins:
    """Count incidents per location and calendar period.

    Parameters
    ----------
    location_index : array_like of int
        Position of each incident's location (0..n_locations-1), -1 when the
        incident lies in no location.
    times : array_like
        Dates or date-times, read by :func:`..dates.parse_dates` (datetime
        columns, or text in mixed formats; the wall-clock time as written).
        Missing and unreadable values are left out and counted separately.
    n_locations : int
    step : {"month", "quarter", "year"}
    now : datetime-like, optional
        Reference for "dates in the future" (default: the current time).

    Returns
    -------
    TimeBins
        Periods run from the period of the earliest to that of the latest
        date, with every period in between (empty periods count 0).
    """
    import pandas as pd

    if step not in STEPS:
        raise InputError(f"time step must be one of {tuple(STEPS)}; got {step!r}")
    loc = np.asarray(location_index).ravel()
    if loc.dtype.kind not in "iu":
        raise InputError(f"location_index must be integers; got dtype {loc.dtype}")
    n_locations = int(n_locations)
    if loc.size and (loc.max() >= n_locations or loc.min() < -1):
        raise InputError(f"location_index must lie in -1..{n_locations - 1}")
    raw = pd.Series(np.asarray(times, dtype=object) if not hasattr(times, "dtype") else times)
    if raw.size != loc.size:
        raise InputError(f"{raw.size} dates for {loc.size} incidents")
    notes = Notes()
    # the plugin's one date rule (local wall-clock time, mixed text formats)
    parsed, _, missing = parse_dates(raw)
    bad = parsed.isna().to_numpy() & ~missing
    n_no_time, n_bad_time = int(missing.sum()), int(bad.sum())
    if n_no_time:
        notes.warn(f"{n_no_time} incident(s) without a date were left out of the time bins")
    if n_bad_time:
        examples = ", ".join(repr(v) for v in raw[bad].head(3).tolist())
        notes.warn(f"{n_bad_time} incident(s) with an unreadable date were left out "
                   f"(e.g. {examples})")
    no_loc = loc < 0
    n_no_location = int((no_loc & ~missing & ~bad).sum())
    if n_no_location:
        notes.warn(f"{n_no_location} dated incident(s) lie in no location and were left out")
    ok = ~(missing | bad | no_loc)
    if not ok.any():
        raise InputError("no incident has both a readable date and a location")
    when = parsed[ok]
    now = pd.Timestamp.now() if now is None else pd.Timestamp(now)
    future = int((when > now).sum())
    if future:
        notes.warn(f"{future} incident(s) are dated in the future (after {now:%Y-%m-%d}); "
                   "check the date field")
    periods = when.dt.to_period(STEPS[step])
    first, last = periods.min(), periods.max()
    n_periods = int(last.ordinal - first.ordinal) + 1
    if n_periods * max(n_locations, 1) > MAX_CELLS or n_periods > MAX_STEPS:
        raise InputError(
            f"the dates run from {when.min():%Y-%m-%d} to {when.max():%Y-%m-%d}: "
            f"{n_periods:,} {step} steps, too many for a space-time cube (at most "
            f"{MAX_STEPS:,} steps and {MAX_CELLS:,} location-steps). A placeholder or "
            "mistyped date is the usual cause: filter the incidents to the years you "
            "study, or choose a longer time step")
    all_periods = pd.period_range(first, last, freq=STEPS[step])
    t_index = np.asarray(periods.array.asi8, dtype=np.int64) - int(first.ordinal)
    n_steps = len(all_periods)
    flat = loc[ok].astype(np.int64) * n_steps + t_index
    counts = np.bincount(flat, minlength=n_locations * n_steps).astype(float)
    counts = counts.reshape(n_locations, n_steps)
    starts = all_periods.start_time.to_numpy()
    ends = (all_periods + 1).start_time.to_numpy()
    fmt = {"month": "%Y-%m", "quarter": "%YQ%q", "year": "%Y"}[step]
    labels = [p.strftime(fmt) for p in all_periods]
    # A partly covered first or last period holds fewer incidents only because
    # of where the data starts or stops, which reads as a trend.
    span = (ends[-1] - starts[-1]) / np.timedelta64(1, "s")
    covered_last = (when.max().to_datetime64() - starts[-1]) / np.timedelta64(1, "s") / span
    if covered_last < 0.5 and n_steps > 1:
        notes.warn(f"the last period ({labels[-1]}) is covered only up to "
                   f"{when.max():%Y-%m-%d} ({100 * covered_last:.0f} % of it); its low counts "
                   "may show up as a downward trend. Drop it or choose another time step")
    covered_first = (ends[0] - when.min().to_datetime64()) / np.timedelta64(1, "s") / (
        (ends[0] - starts[0]) / np.timedelta64(1, "s"))
    if covered_first < 0.5 and n_steps > 1:
        notes.warn(f"the first period ({labels[0]}) is covered only from "
                   f"{when.min():%Y-%m-%d} ({100 * covered_first:.0f} % of it)")
    notes.say(f"{int(ok.sum())} incidents in {n_steps} {step} steps from {labels[0]} to "
              f"{labels[-1]}")
    return TimeBins(counts=counts, labels=labels, starts=starts, ends=ends, step=step,
                    n_used=int(ok.sum()), n_no_time=n_no_time, n_bad_time=n_bad_time,
                    n_no_location=n_no_location, notes=notes)


# ------------------------------------------------------------- Mann-Kendall
@dataclass
class MannKendall:
    """Mann-Kendall trend test of each row of a matrix against time.

    Attributes
    ----------
    s : numpy.ndarray
        ``S = sum_{i<j} sign(x_j - x_i)``.
    var_s : numpy.ndarray
        Variance of S under no trend, corrected for ties.
    z, p : numpy.ndarray
        Normal z (with continuity correction when chosen) and two-sided p.
    tau : numpy.ndarray
        Kendall's tau-a, ``S / (n (n - 1) / 2)``.
    n : numpy.ndarray
        Number of finite values in the row.
    """

    s: np.ndarray
    var_s: np.ndarray
    z: np.ndarray
    p: np.ndarray
    tau: np.ndarray
    n: np.ndarray


def mann_kendall(series, *, continuity: bool = True) -> MannKendall:
    """Mann-Kendall trend test, one test per row; NaN values are skipped.

    Parameters
    ----------
    series : array_like, shape (m, T) or (T,)
        Values in time order.
    continuity : bool
        Use ``(S - sign(S)) / sqrt(var S)`` (the usual continuity correction,
        as in Kendall 1975 and ArcGIS); without it ``S / sqrt(var S)``,
        which equals the large-sample test of ``scipy.stats.kendalltau``.

    Returns
    -------
    MannKendall
        z and p are NaN for rows with fewer than 3 finite values or with
        every value tied (no variance).

    Notes
    -----
    ``var S = [n(n-1)(2n+5) - sum_g t_g (t_g - 1)(2 t_g + 5)] / 18`` where
    ``t_g`` is the size of the g-th group of tied values.

    References
    ----------
    .. [1] Mann, H. B. (1945). Nonparametric tests against trend.
       *Econometrica* 13(3), 245-259.
    .. [2] Kendall, M. G. (1975). *Rank Correlation Methods*, 4th ed. Griffin.
    """
    from scipy.special import ndtr

    x = np.atleast_2d(np.asarray(series, dtype=float))
    m, t = x.shape
    finite = np.isfinite(x)
    n = finite.sum(axis=1).astype(float)
    # sign(x_j - x_i) for i < j, NaN pairs contributing 0.
    diff = x[:, None, :] - x[:, :, None]                  # [k, i, j] = x_j - x_i
    upper = np.triu(np.ones((t, t), dtype=bool), k=1)
    sg = np.where(np.isfinite(diff), np.sign(diff), 0.0)
    s = (sg * upper).sum(axis=(1, 2))
    ties = np.zeros(m)
    xs = np.sort(np.where(finite, x, np.inf), axis=1)
    has_tie = ((np.diff(xs, axis=1) == 0) & np.isfinite(xs[:, 1:])).any(axis=1)
    for k in np.flatnonzero(has_tie):
        _, counts = np.unique(x[k][finite[k]], return_counts=True)
        counts = counts[counts > 1].astype(float)
        ties[k] = (counts * (counts - 1) * (2 * counts + 5)).sum()
    var_s = (n * (n - 1) * (2 * n + 5) - ties) / 18.0
    with np.errstate(divide="ignore", invalid="ignore"):
        num = s - np.sign(s) if continuity else s
        z = np.where(var_s > 0, num / np.sqrt(var_s), np.nan)
        tau = np.where(n > 1, s / (n * (n - 1) / 2.0), np.nan)
    z[n < 3] = np.nan
    p = np.where(np.isfinite(z), 2.0 * ndtr(-np.abs(z)), np.nan)
    return MannKendall(s=s, var_s=var_s, z=z, p=np.minimum(p, 1.0), tau=tau, n=n)


# -------------------------------------------------------------- space-time
def space_time_weights(spatial, n_steps: int, time_window: int = 1):
    """Binary space-time neighbours as a sparse ``(n*T) x (n*T)`` matrix.

    Bin ``(i, t)`` sits at row ``t * n + i``. Its neighbours are the bins of
    ``i``'s spatial neighbours in step ``t`` and of ``i`` and its spatial
    neighbours in steps ``t-1 .. t-time_window``. The diagonal is zero (Gi*
    adds the bin itself). The matrix is not symmetric: a bin looks back in
    time only.
    """
    from scipy import sparse

    a = sparse.csr_matrix(spatial, dtype=float)
    a = sparse.csr_matrix((a != 0).astype(float))
    a.setdiag(0)
    a.eliminate_zeros()
    n = a.shape[0]
    with_self = (a + sparse.identity(n, format="csr")).tocsr()
    total = sparse.kron(sparse.identity(n_steps, format="csr"), a, format="csr")
    for k in range(1, int(time_window) + 1):
        if k >= n_steps:
            break
        shift = sparse.eye(n_steps, k=-k, format="csr")
        total = total + sparse.kron(shift, with_self, format="csr")
    return total.tocsr()


@dataclass
class EmergingResult:
    """Emerging hot spot analysis of a ``locations x steps`` cube.

    Attributes
    ----------
    category : numpy.ndarray of str
        One of :data:`CATEGORIES` per location.
    trend_z, trend_p, trend_tau : numpy.ndarray
        Mann-Kendall test on each location's Gi* z-scores.
    count_trend_z, count_trend_p : numpy.ndarray
        Mann-Kendall test on each location's counts (the cube's trend).
    gi_z, gi_p : numpy.ndarray
        ``locations x steps`` Gi* z-scores and two-sided p-values.
    gi_bin : numpy.ndarray
        ``locations x steps`` -3..3 confidence bins (FDR-adjusted when
        chosen); NaN for bins without any neighbour.
    hot, cold : numpy.ndarray of bool
        ``locations x steps``: significant at ``alpha`` with z > 0 / z < 0.
    n_hot, n_cold : numpy.ndarray of int
    ids : numpy.ndarray
        Location ids.
    labels : list of str
        Time step labels.
    alpha, trend_alpha, fdr, time_window
    notes : Notes
    """

    category: np.ndarray
    trend_z: np.ndarray
    trend_p: np.ndarray
    trend_tau: np.ndarray
    count_trend_z: np.ndarray
    count_trend_p: np.ndarray
    gi_z: np.ndarray
    gi_p: np.ndarray
    gi_bin: np.ndarray
    hot: np.ndarray
    cold: np.ndarray
    n_hot: np.ndarray
    n_cold: np.ndarray
    ids: np.ndarray
    labels: List[str]
    alpha: float
    trend_alpha: float
    fdr: bool
    time_window: int
    notes: Notes = field(default_factory=Notes)

    def table(self):
        """One row per location: id, category, trend and counts of hot/cold steps."""
        import pandas as pd

        return pd.DataFrame({
            "location_id": self.ids,
            "category": self.category,
            "trend_z": self.trend_z,
            "trend_p": self.trend_p,
            "count_trend_z": self.count_trend_z,
            "count_trend_p": self.count_trend_p,
            "n_hot_steps": self.n_hot,
            "n_cold_steps": self.n_cold,
            "final_gi_z": self.gi_z[:, -1],
            "final_gi_bin": self.gi_bin[:, -1],
        })


def classify_patterns(hot, cold, trend_z, trend_p, *, trend_alpha: float = 0.05) -> np.ndarray:
    """Pattern category of every location from its hot/cold bins and trend.

    Parameters
    ----------
    hot, cold : array_like of bool, shape (n, T)
        Significant hot / cold bins per location, in time order.
    trend_z, trend_p : array_like, shape (n,)
        Mann-Kendall z and p of the location's Gi* z-scores.
    trend_alpha : float
        Level of the trend test.

    Returns
    -------
    numpy.ndarray of str
        See the rules in the module docstring.
    """
    hot = np.asarray(hot, dtype=bool)
    cold = np.asarray(cold, dtype=bool)
    if hot.shape != cold.shape or hot.ndim != 2:
        raise InputError("hot and cold must be boolean matrices of the same shape (n x T)")
    if (hot & cold).any():
        raise InputError("a bin cannot be both a hot and a cold spot")
    n, t = hot.shape
    trend_z = np.asarray(trend_z, dtype=float)
    trend_p = np.asarray(trend_p, dtype=float)
    sig_trend = np.isfinite(trend_p) & (trend_p < trend_alpha)
    up = sig_trend & (trend_z > 0)
    down = sig_trend & (trend_z < 0)
    out = np.full(n, NO_PATTERN, dtype=object)
    decided = np.zeros(n, dtype=bool)

    def side(a, b, name, trend_same, trend_other):
        # a: bins of this kind (hot for hot spots), b: the opposite kind.
        final = a[:, -1]
        n_a = a.sum(axis=1)
        ninety = n_a >= 0.9 * t
        # Length of the trailing run of a-bins.
        rev = a[:, ::-1]
        run = np.where(rev.all(axis=1), t, np.argmin(rev, axis=1))
        a_before_run = n_a > run
        b_any = b.any(axis=1)
        rules = [
            (final & ninety & trend_same, "Intensifying"),
            (final & ninety & trend_other, "Diminishing"),
            (final & ninety, "Persistent"),
            (final & b_any, "Oscillating"),
            (final & (n_a == 1), "New"),
            (final & (run >= 2) & ~a_before_run, "Consecutive"),
            (final, "Sporadic"),
        ]
        for mask, label in rules:
            take = mask & ~decided
            out[take] = f"{label} {name} Spot"
            decided[take] = True
        return ninety

    hot90 = side(hot, cold, "Hot", up, down)
    # For cold spots "intensifying" means ever more strongly negative z.
    cold90 = side(cold, hot, "Cold", down, up)
    take = hot90 & ~decided
    out[take] = "Historical Hot Spot"
    decided |= take
    take = cold90 & ~decided
    out[take] = "Historical Cold Spot"
    return out


def emerging_hot_spots(
    counts,
    weights,
    *,
    time_window: int = 1,
    alpha: float = 0.05,
    fdr: bool = True,
    trend_alpha: float = 0.05,
    ids=None,
    labels: Optional[List[str]] = None,
    progress=None,
    should_stop=None,
) -> EmergingResult:
    """Emerging hot spot analysis of a locations x time steps cube of counts.

    Parameters
    ----------
    counts : array_like, shape (n_locations, n_steps)
        Counts (or other non-negative values) per location and step, in time
        order. Missing values are refused: a bin without incidents is 0 and
        a bin without data must be removed by the caller.
    weights : SpatialWeights or scipy.sparse matrix (n x n)
        Spatial neighbours of the locations; only which pairs are neighbours
        matters (binary weights, as ArcGIS uses for the space-time cube).
    time_window : int
        Number of previous time steps whose bins are neighbours (ArcGIS's
        "Neighborhood Time Step", default 1).
    alpha : float
        Significance level of a hot or cold bin (two-sided).
    fdr : bool
        Benjamini-Hochberg FDR correction over all bins of the cube.
    trend_alpha : float
        Significance level of the Mann-Kendall trend.
    ids : array_like, optional
        Location ids (default: the weights' ids or 0..n-1).
    labels : list of str, optional
        Time step labels.
    progress, should_stop : callable, optional

    Returns
    -------
    EmergingResult

    References
    ----------
    .. [1] ESRI. "How Emerging Hot Spot Analysis works", ArcGIS Pro tool
       reference.
    .. [2] Ord, J. K. and Getis, A. (1995). *Geographical Analysis* 27(4),
       286-306.
    .. [3] Mann, H. B. (1945). *Econometrica* 13(3), 245-259; Kendall, M. G.
       (1975). *Rank Correlation Methods*.
    """
    from .autocorrelation import LocalGetisOrd
    from .weights import SpatialWeights

    steps = as_steps(progress, should_stop)
    notes = Notes()
    y = np.asarray(counts, dtype=float)
    if y.ndim != 2:
        raise InputError(f"counts must be a locations x time steps matrix; got shape {y.shape}")
    n, t = y.shape
    if not np.isfinite(y).all():
        bad = np.flatnonzero(~np.isfinite(y).all(axis=1))
        raise InputError(f"counts have missing or infinite values at {bad.size} location(s) "
                         f"(rows {bad[:10].tolist()}); missing is never taken as 0")
    if t < MIN_STEPS:
        raise InputError(f"emerging hot spots need at least {MIN_STEPS} time steps; got {t}")
    if t < RECOMMENDED_STEPS:
        notes.warn(f"only {t} time steps: the Mann-Kendall trend test has little power with "
                   f"fewer than {RECOMMENDED_STEPS} (ArcGIS requires 10)")
    time_window = int(time_window)
    if time_window < 0:
        raise InputError(f"time_window must be >= 0; got {time_window}")
    if isinstance(weights, SpatialWeights):
        spatial = weights.matrix
        if ids is None:
            ids = weights.ids
        if len(weights.islands):
            notes.warn(f"{len(weights.islands)} location(s) have no spatial neighbour; their "
                       "bins are compared with their own past only")
    else:
        spatial = weights
    if spatial.shape != (n, n):
        raise InputError(f"weights are {spatial.shape[0]} x {spatial.shape[1]} for {n} locations")
    ids = np.arange(n) if ids is None else np.asarray(ids)
    labels = [str(k) for k in range(t)] if labels is None else list(labels)
    steps.report(0.05)

    st = space_time_weights(spatial, t, time_window)
    # Time-major flattening: bin (i, t) -> t * n + i.
    flat = y.T.ravel()
    gi = LocalGetisOrd(flat, SpatialWeights(st, kind="space_time"), star=True,
                       transform="binary", permutations=0, inference="norm",
                       alpha=alpha, fdr=fdr, should_stop=should_stop)
    for w in gi.notes.warnings:
        if "no neighbours" not in w:
            notes.warn(f"space-time Gi*: {w}")
    steps.report(0.6)
    gi_z = gi.z.reshape(t, n).T
    gi_p = gi.p_norm.reshape(t, n).T
    gi_bin = gi.bins.reshape(t, n).T
    sig = gi.significant.reshape(t, n).T
    hot = sig & (gi_z > 0)
    cold = sig & (gi_z < 0)
    mk = mann_kendall(gi_z)
    mk_counts = mann_kendall(y)
    steps.report(0.85)
    category = classify_patterns(hot, cold, mk.z, mk.p, trend_alpha=trend_alpha)
    notes.say(f"space-time Gi* over {n} locations x {t} steps, neighbours in the same and "
              f"{time_window} previous step(s); {'FDR-corrected ' if fdr else ''}"
              f"significance at alpha={alpha}; Mann-Kendall trend at {trend_alpha}")
    values, freq = np.unique(category.astype(str), return_counts=True)
    notes.say("categories: " + ", ".join(f"{v}: {c}" for v, c in zip(values, freq)))
    steps.report(1.0)
    return EmergingResult(
        category=category, trend_z=mk.z, trend_p=mk.p, trend_tau=mk.tau,
        count_trend_z=mk_counts.z, count_trend_p=mk_counts.p,
        gi_z=gi_z, gi_p=gi_p, gi_bin=gi_bin, hot=hot, cold=cold,
        n_hot=hot.sum(axis=1), n_cold=cold.sum(axis=1), ids=ids, labels=labels,
        alpha=float(alpha), trend_alpha=float(trend_alpha), fdr=bool(fdr),
        time_window=time_window, notes=notes,
    )


# ---------------------------------------------------------------------------
# the locations of a space-time analysis: given polygons or a generated grid
# ---------------------------------------------------------------------------

@dataclass
class SpaceTimeLocations:
    """The locations incidents are counted in, and their neighbours.

    Attributes
    ----------
    ids : ndarray
        One id per location.
    location : ndarray of int
        Location index of every incident, -1 outside every location.
    weights : SpatialWeights
        Neighbours of each location.
    geometry : ndarray of shapely geometries
        The locations' polygons (the grid cells for a generated grid).
    n_ties : int
        Incidents on a boundary shared by two locations (assigned to the one whose id
        sorts first).
    """

    ids: np.ndarray
    location: np.ndarray
    weights: object
    geometry: np.ndarray
    n_ties: int = 0
    notes: Notes = field(default_factory=Notes)


def locations_from_polygons(x, y, polygons, ids, *, progress=None,
                            should_stop=None) -> SpaceTimeLocations:
    """Incidents assigned to user polygons, with queen contiguity between the polygons.

    Ids must be unique.  A point on a shared boundary goes to the polygon whose id
    sorts first (the boundary rule of :func:`..geometry.point_in_polygon.assign_points`).
    Polygons without a contiguous neighbour (islands) are linked to their nearest
    polygon, as ArcGIS's Emerging Hot Spot Analysis does with its fixed-distance
    neighbourhoods, so every location gets a Gi* statistic; the count is reported.
    """
    import shapely

    from ..geometry.point_in_polygon import assign_points
    from .weights import SpatialWeights

    notes = Notes()
    ids = np.asarray(ids, dtype=object)
    text_ids = pd.Series(ids).astype(str)
    if text_ids.duplicated().any():
        raise InputError("location ids must be unique; duplicated: "
                         + ", ".join(text_ids[text_ids.duplicated()].unique()[:10]))
    geoms = np.asarray(polygons, dtype=object)
    order = np.argsort(np.argsort(text_ids.to_numpy(), kind="stable"))
    assignment = assign_points(x, y, geoms, priority=order, progress=progress,
                               should_stop=should_stop)
    if assignment.n_ties:
        notes.say(f"{assignment.n_ties} incidents on a shared boundary were assigned to the "
                  "location whose id sorts first.")
    weights = SpatialWeights.from_polygons(geoms, ids, rule="queen")
    n_islands = len(weights.islands)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if n_islands and present.all():
        centres = shapely.get_coordinates(shapely.point_on_surface(geoms))
        weights = weights.with_islands_connected(centres, k=1)
        notes.warn(f"{n_islands} location(s) without a contiguous neighbour were connected "
                   "to their nearest location.")
    return SpaceTimeLocations(ids, assignment.index, weights, geoms, int(assignment.n_ties), notes)


#: Distance band, in grid spacings, that makes the cells touching a cell its neighbours:
#: adjacent hexagon centres are exactly one spacing apart (1.01 absorbs rounding); the
#: diagonal neighbours of a square cell are sqrt(2) = 1.414 spacings away (1.5 keeps them,
#: and excludes the next ring at 2).
GRID_NEIGHBOUR_BAND = {"hexagon": 1.01, "square": 1.5}


def locations_from_grid(x, y, *, shape: str = "hexagon", cell_size: float = 0.0,
                        crs=None) -> SpaceTimeLocations:
    """A hexagon or square grid over the incidents' convex hull, cells touching = neighbours.

    ``cell_size`` 0 lets :func:`..geometry.grids.make_grid` choose it from the data.
    """
    import shapely

    from ..geometry.grids import make_grid
    from .weights import SpatialWeights

    if shape not in GRID_NEIGHBOUR_BAND:
        raise InputError(f"cell shape must be one of {sorted(GRID_NEIGHBOUR_BAND)}, got {shape!r}")
    if len(x) == 0:
        raise InputError("there are no incidents with a location to build a grid over")
    hull = shapely.convex_hull(shapely.multipoints(np.column_stack([x, y])))
    grid = make_grid(hull, shape=shape, cell_size=cell_size, crs=crs)
    ids = grid.cells["cell_id"].to_numpy()
    weights = SpatialWeights.distance_band(grid.centroids(),
                                           grid.spacing * GRID_NEIGHBOUR_BAND[shape], ids=ids)
    return SpaceTimeLocations(ids, grid.locate(x, y), weights,
                              np.asarray(grid.cells.geometry.values), 0, grid.notes)
