"""Change between periods of incident counts: rate ratios, exact tests, FDR, categories.

Counts of incidents per neighbourhood and period (``n_y2021``, ``n_y2022``, ...
from ``usm:aggregateincidents``) are compared as Poisson counts.  With the same
residents in both periods, the exact conditional test of equal rates is a
binomial test: given the total ``n = y0 + y1``, ``y1 ~ Binomial(n, t1 / (t0 +
t1))`` under no change, ``t`` the exposures (number of periods pooled, times
the population when it differs between periods).  It stays exact for the small
counts of small neighbourhoods, where a normal approximation misleads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np
import pandas as pd
from scipy import stats

from ..runtime import InputError, Notes, as_steps
from ..stats.multiple_testing import fdr_significant

__all__ = ["CHANGE_CLASSES", "ChangeResult", "binomial_two_sided", "compare_periods",
           "rate_ratio_interval"]

#: change_class values and their codes (change_code).
CHANGE_CLASSES = {
    "significant decrease": -1,
    "no significant change": 0,
    "significant increase": 1,
    "too few incidents to say": 9,
}
BASELINES = ("first", "earlier", "previous")
_RERR = 1 + 1e-7  # scipy's relative tolerance for "as likely as the observed count"


# --------------------------------------------------------------------------- exact tests


def _bisect(condition, lo, hi):
    """Vectorised version of scipy's ``_binary_search_for_binom_tst``.

    Finds, per element, the largest x in [lo, hi] with ``condition(x)`` true for a
    ``condition`` that is true up to some point (then false).
    """
    lo, hi = lo.copy(), hi.copy()
    active = lo < hi
    while active.any():
        mid = lo + (hi - lo) // 2
        value = condition(mid)  # -1: below target, 0: equal, +1: above
        go_up = active & (value < 0)
        go_down = active & (value > 0)
        found = active & (value == 0)
        lo = np.where(go_up, mid + 1, lo)
        hi = np.where(go_down, mid - 1, hi)
        lo = np.where(found, mid, lo)
        hi = np.where(found, mid, hi)
        active = lo < hi
    final = condition(lo)
    return np.where(final <= 0, lo, lo - 1)


def binomial_two_sided(k, n, p) -> np.ndarray:
    """Exact two-sided binomial p-values, vectorised ("minlike", as scipy's binomtest).

    The p-value sums the probabilities of every outcome no more likely than the
    observed one (with scipy's relative tolerance 1e-7), so it equals
    ``scipy.stats.binomtest(k, n, p).pvalue`` and statsmodels'
    ``test_poisson_2indep(method="exact-cond")``.

    Parameters
    ----------
    k, n : array_like of int
        Successes and trials (``0 <= k <= n``); n = 0 gives p = 1.
    p : array_like of float
        Success probability under the null, in (0, 1).

    References
    ----------
    Fay, M. P. (2010). Two-sided exact tests and matching confidence intervals
    for discrete data. The R Journal 2(1), 53-58.
    """
    k, n, p = np.broadcast_arrays(np.asarray(k, dtype=np.int64), np.asarray(n, dtype=np.int64),
                                  np.asarray(p, dtype=float))
    k, n, p = k.ravel(), n.ravel(), p.ravel()
    d = stats.binom.pmf(k, n, p)
    out = np.ones(k.shape)
    mean = n * p
    lower = (k < mean) & (n > 0)
    upper = (k > mean) & (n > 0)
    if lower.any():
        kk, nn, pp, dd = k[lower], n[lower], p[lower], d[lower]
        # upper tail: largest x in [ceil(np), n] with pmf(x) >= d * rerr (pmf decreasing there)
        def cond(x):
            return np.sign(-stats.binom.pmf(x, nn, pp) + dd * _RERR)
        ix = _bisect(cond, np.ceil(pp * nn).astype(np.int64), nn.copy())
        # terms from ix to n are no more likely than k (ix itself only on exact equality)
        y = nn - ix + (dd * _RERR == stats.binom.pmf(ix, nn, pp)).astype(np.int64)
        out[lower] = stats.binom.cdf(kk, nn, pp) + stats.binom.sf(nn - y, nn, pp)
    if upper.any():
        kk, nn, pp, dd = k[upper], n[upper], p[upper], d[upper]
        # lower tail: largest x in [0, floor(np)] with pmf(x) <= d * rerr (pmf increasing there)
        def cond(x):
            return np.sign(stats.binom.pmf(x, nn, pp) - dd * _RERR)
        ix = _bisect(cond, np.zeros_like(nn), np.floor(pp * nn).astype(np.int64))
        y = ix + 1
        out[upper] = stats.binom.cdf(y - 1, nn, pp) + stats.binom.sf(kk - 1, nn, pp)
    return np.minimum(out, 1.0)


def rate_ratio_interval(y1, t1, y0, t0, confidence: float = 0.95):
    """Exact conditional (Clopper-Pearson) interval of the rate ratio (y1/t1) / (y0/t0).

    The binomial proportion ``y1 / (y0 + y1)`` gets its Clopper-Pearson interval
    ``[pl, pu]``, turned into a rate ratio by ``pi / (1 - pi) * t0 / t1``.  A zero
    count gives a bound of 0 or infinity.

    References
    ----------
    Clopper, C. J. and Pearson, E. S. (1934). The use of confidence or fiducial
    limits illustrated in the case of the binomial. Biometrika 26(4), 404-413.
    Ulm, K. (1990). A simple method to calculate the confidence interval of a
    standardized mortality ratio. American Journal of Epidemiology 131(2), 373-375.
    """
    y1, y0 = np.asarray(y1, dtype=float), np.asarray(y0, dtype=float)
    t1, t0 = np.asarray(t1, dtype=float), np.asarray(t0, dtype=float)
    n = y0 + y1
    alpha = 1 - confidence
    with np.errstate(divide="ignore", invalid="ignore"):
        p_lo = np.where(y1 > 0, stats.beta.ppf(alpha / 2, y1, n - y1 + 1), 0.0)
        p_hi = np.where(y0 > 0, stats.beta.ppf(1 - alpha / 2, y1 + 1, n - y1), 1.0)
        lo = p_lo / (1 - p_lo) * t0 / t1
        hi = np.where(p_hi < 1, p_hi / (1 - p_hi) * t0 / t1, np.inf)
    undefined = n == 0
    return np.where(undefined, np.nan, lo), np.where(undefined, np.nan, hi)


# --------------------------------------------------------------------------- comparison


@dataclass
class ChangeResult:
    """Change per neighbourhood and for the city.

    Attributes
    ----------
    table : pandas.DataFrame
        Per neighbourhood (index as the input): ``n_base``, ``n_last``,
        ``rate_base``, ``rate_last`` (per ``rate_per`` residents and period),
        ``pct_change``, ``rate_ratio``, ``rr_lo``, ``rr_hi``, ``p_value``,
        ``p_fdr`` (Benjamini-Hochberg adjusted), ``change_class``, ``change_code``.
    city : pandas.DataFrame
        The same figures for the city (one row).
    notes : Notes
    """

    table: pd.DataFrame
    city: pd.DataFrame
    notes: Notes = field(default_factory=Notes)


def count_matrix(frame: pd.DataFrame, count_fields: Sequence[str], notes: Notes) -> np.ndarray:
    """Units x periods matrix of whole, non-negative counts (NaN for NULL); checks each field."""
    columns = []
    for name in count_fields:
        if name not in frame.columns:
            raise InputError(f"Count field {name!r} not found; the layer has: "
                             f"{', '.join(map(str, frame.columns[:40]))}.")
        values = pd.to_numeric(frame[name], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        bad = frame[name].notna().to_numpy() & np.isnan(values)
        if bad.all() and frame[name].notna().any():
            raise InputError(f"Count field {name!r} is not numeric.")
        if np.any(values[np.isfinite(values)] < 0):
            raise InputError(f"Count field {name!r} has negative counts.")
        finite = values[np.isfinite(values)]
        if np.any(finite != np.round(finite)):
            raise InputError(f"Count field {name!r} holds non-whole numbers (e.g. "
                             f"{finite[finite != np.round(finite)][0]:g}): the test needs incident "
                             "counts (n_* fields), not rates or smoothed values.")
        if np.isinf(values).any():
            raise InputError(f"Count field {name!r} has infinite values.")
        columns.append(values)
    counts = np.column_stack(columns)
    for j, name in enumerate(count_fields):
        if np.nansum(counts[:, j]) == 0:
            notes.warn(f"Period {name} has no incident in any neighbourhood: check the field "
                       "(a wrong field or missing data would look like a 100% change).")
    return counts


def compare_periods(frame: pd.DataFrame, count_fields: Sequence[str], *,
                    population_field: Optional[str] = None, baseline: str = "first",
                    alpha: float = 0.05, fdr: bool = True, rate_per: float = 100_000,
                    id_field: Optional[str] = None,
                    progress=None, should_stop=None) -> ChangeResult:
    """Compare the last period with a baseline, per neighbourhood and for the city.

    Parameters
    ----------
    frame : pandas.DataFrame
    count_fields : sequence of str
        Incident counts, one field per period, oldest first (at least two).
    population_field : str, optional
        Residents (the same in every period); used for the rates only, since it
        cancels in the ratio.  Negative values are an error; 0 or NULL give NULL
        rates (the counts are still compared).
    baseline : {"first", "earlier", "previous"}
        The last period against the first, against the mean of all earlier
        periods (pooled counts, exposure = number of periods), or against the
        one before it.
    alpha : float
        Significance level (two-sided).
    fdr : bool
        Control the false discovery rate across neighbourhoods
        (Benjamini-Hochberg) instead of testing each at ``alpha``.
    rate_per : float
        Rates per this many residents.

    Returns
    -------
    ChangeResult

    Notes
    -----
    ``change_class``: *significant increase* / *decrease* when the test rejects
    equal rates; *too few incidents to say* when even the most extreme split of
    the neighbourhood's total could not be significant at ``alpha`` (the test
    has no power); else *no significant change*.

    References
    ----------
    Przyborowski, J. and Wilenski, H. (1940). Homogeneity of results in testing
    samples from Poisson series. Biometrika 31(3/4), 313-323.
    Gu, K., Ng, H. K. T., Tang, M. L., Schucany, W. R. (2008). Testing the ratio
    of two Poisson rates. Biometrical Journal 50(2), 283-298.
    Benjamini, Y. and Hochberg, Y. (1995). Controlling the false discovery rate.
    Journal of the Royal Statistical Society B 57(1), 289-300.
    """
    steps = as_steps(progress, should_stop)
    count_fields = list(count_fields)
    if len(count_fields) < 2:
        raise InputError("Give at least two count fields (one per period, oldest first).")
    if baseline not in BASELINES:
        raise InputError(f"baseline must be one of {', '.join(BASELINES)}; got {baseline!r}")
    if not 0 < alpha < 1:
        raise InputError(f"alpha must be between 0 and 1; got {alpha}")
    notes = Notes()
    counts = count_matrix(frame, count_fields, notes)
    population = _population(frame, population_field, notes)
    steps.report(0.2)
    k = len(count_fields)
    if baseline == "first":
        y0, t0, label = counts[:, 0], 1.0, count_fields[0]
    elif baseline == "previous":
        y0, t0, label = counts[:, -2], 1.0, count_fields[-2]
    else:
        y0, t0, label = counts[:, :-1].sum(axis=1), float(k - 1), f"mean of {k - 1} periods"
    y1 = counts[:, -1]
    notes.say(f"Comparing {count_fields[-1]} with {label}.")
    table = _compare(y0, t0, y1, 1.0, population, alpha, fdr, rate_per)
    table.index = frame.index
    missing = ~np.isfinite(y0) | ~np.isfinite(y1)
    if missing.any():
        notes.warn(f"{int(missing.sum())} neighbourhood(s) with a NULL count get no result.")
    city_y0, city_y1 = np.nansum(y0[~missing]), np.nansum(y1[~missing])
    city_pop = np.nansum(population) if population is not None else None
    city = _compare(np.array([city_y0]), t0, np.array([city_y1]), 1.0,
                    None if city_pop is None else np.array([city_pop]), alpha, False, rate_per)
    _log_summary(table, city, notes, fdr, alpha)
    steps.report(1.0)
    return ChangeResult(table, city, notes)


def _population(frame, population_field, notes):
    if not population_field:
        return None
    if population_field not in frame.columns:
        raise InputError(f"Population field {population_field!r} not found.")
    population = pd.to_numeric(frame[population_field], errors="coerce").to_numpy(
        dtype=float, na_value=np.nan)
    if np.any(population[np.isfinite(population)] < 0):
        raise InputError(f"Population field {population_field!r} has negative values "
                         f"({int(np.sum(population < 0))} neighbourhoods).")
    unusable = ~np.isfinite(population) | (population == 0)
    if unusable.any():
        notes.warn(f"{int(unusable.sum())} neighbourhood(s) with a population of 0 or NULL get "
                   "NULL rates; their counts are still compared.")
    return population


def _compare(y0, t0, y1, t1, population, alpha, fdr, rate_per) -> pd.DataFrame:
    ok = np.isfinite(y0) & np.isfinite(y1)
    n = np.where(ok, y0 + y1, 0).astype(np.int64)
    share = t1 / (t0 + t1)
    p_value = np.full(y0.shape, np.nan)
    p_value[ok] = binomial_two_sided(y1[ok].astype(np.int64), n[ok], share)
    lo, hi = rate_ratio_interval(y1, t1, y0, t0, 1 - alpha)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(ok & (n > 0), (y1 / t1) / (y0 / t0), np.nan)
    # smallest p-value attainable with this total: the test cannot reject above alpha
    best = np.minimum(binomial_two_sided(np.zeros_like(n), n, share),
                      binomial_two_sided(n, n, share))
    powerless = ok & (best > alpha)
    if fdr:
        significant = fdr_significant(np.where(ok & ~powerless, p_value, np.nan), alpha)
        adjusted = _bh_adjusted(np.where(ok & ~powerless, p_value, np.nan))
    else:
        significant = ok & ~powerless & (p_value <= alpha)
        adjusted = np.where(ok & ~powerless, p_value, np.nan)
    classes = np.where(significant & (y1 / t1 < y0 / t0), "significant decrease",
                       np.where(significant, "significant increase", "no significant change"))
    classes = np.where(powerless, "too few incidents to say", classes).astype(object)
    classes[~ok] = None
    table = pd.DataFrame({"n_base": y0 / t0, "n_last": y1})
    if population is not None:
        usable = np.isfinite(population) & (population > 0)
        with np.errstate(divide="ignore", invalid="ignore"):
            table["rate_base"] = np.where(usable, y0 / t0 / population * rate_per, np.nan)
            table["rate_last"] = np.where(usable, y1 / t1 / population * rate_per, np.nan)
    table["pct_change"] = (ratio - 1) * 100
    table["rate_ratio"] = ratio
    table["rr_lo"] = np.where(ok, lo, np.nan)
    table["rr_hi"] = np.where(ok, hi, np.nan)
    table["p_value"] = p_value
    table["p_fdr"] = adjusted
    table["change_class"] = classes
    codes = pd.array([CHANGE_CLASSES.get(c) if c is not None else None for c in classes],
                     dtype="Int64")
    table["change_code"] = codes
    return table


def _bh_adjusted(p: np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values of the finite entries (NaN elsewhere)."""
    out = np.full(p.shape, np.nan)
    finite = np.isfinite(p)
    if finite.any():
        out[finite] = stats.false_discovery_control(p[finite], method="bh")
    return out


def _log_summary(table, city, notes, fdr, alpha):
    counts = table["change_class"].value_counts()
    notes.say("Neighbourhoods: " + ", ".join(f"{name} {int(counts.get(name, 0))}"
                                             for name in CHANGE_CLASSES)
              + (f" (FDR {alpha:g})" if fdr else f" (each at {alpha:g})"))
    row = city.iloc[0]
    notes.say(f"City: {row.n_base:,.1f} -> {row.n_last:,.0f} incidents, rate ratio "
              f"{row.rate_ratio:.3f} ({row.rr_lo:.3f} - {row.rr_hi:.3f}), p = {row.p_value:.3g}: "
              f"{row.change_class}.")
