"""Rates per resident: crude rates and global Empirical Bayes smoothed rates.

Missing is missing: an area whose population is 0, NaN or infinite, or whose
event count is NaN, gets a NaN rate (never 0) and takes no part in the
city-wide figures the smoothing uses.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..runtime import InputError

__all__ = ["crude_rate", "empirical_bayes", "empirical_bayes_rate", "EmpiricalBayes"]


def _as_float(values, name: str) -> np.ndarray:
    try:
        arr = np.asarray(values, dtype=np.float64).reshape(-1)
    except (TypeError, ValueError) as error:
        raise InputError(f"{name} must be numeric; {error}") from None
    return arr


def _check(events, population):
    e = _as_float(events, "events")
    p = _as_float(population, "population")
    if e.shape != p.shape:
        raise InputError(
            f"events and population must have the same length; got {len(e)} and {len(p)}"
        )
    if np.any(p < 0):
        raise InputError(
            f"population must not be negative; {int(np.sum(p < 0))} negative values "
            f"(first at position {int(np.flatnonzero(p < 0)[0])})"
        )
    if np.any(e < 0):
        raise InputError(f"event counts must not be negative; {int(np.sum(e < 0))} negative values")
    return e, p


def crude_rate(events, population, per: float = 100_000) -> np.ndarray:
    """Events per ``per`` residents.

    Parameters
    ----------
    events : array_like
        Event counts per area.
    population : array_like
        Population at risk per area.
    per : float
        Multiplier, e.g. 1000 or 100000 (SDG 16.1.1 uses 100,000).

    Returns
    -------
    numpy.ndarray
        ``events / population * per``; NaN where population is 0, NaN or
        infinite, or the count is NaN.

    Raises
    ------
    InputError
        Negative population or counts, or lengths that differ.

    References
    ----------
    .. [1] Anselin, L., Lozano, N. and Koschinsky, J. (2006). Rate
       Transformations and Smoothing. GeoDa Center, University of Illinois.
    """
    e, p = _check(events, population)
    ok = np.isfinite(p) & (p > 0) & np.isfinite(e)
    out = np.full(e.shape, np.nan)
    out[ok] = e[ok] / p[ok] * float(per)
    return out


@dataclass
class EmpiricalBayes:
    """Result of the global Empirical Bayes smoothing.

    Attributes
    ----------
    rate : numpy.ndarray
        Smoothed rate per area (events per resident, not scaled); NaN where
        the area was not usable.
    weight : numpy.ndarray
        Shrinkage weight ``w_i`` of each area's own rate (1 = its crude rate,
        0 = the city-wide rate); NaN where not usable.
    prior_mean : float
        City-wide rate ``b = sum(O) / sum(P)`` over usable areas.
    prior_variance : float
        Method-of-moments variance ``a`` of the true rates (after clamping
        at 0).
    raw_prior_variance : float
        ``a`` before clamping; negative means the crude rates vary less than
        Poisson noise alone would make them, so every area gets ``b``.
    n_used : int
        Number of usable areas (population > 0 and finite, count finite).
    share_zero : float
        Share of usable areas with a zero count (smoothing is unreliable
        when most counts are zero).
    """

    rate: np.ndarray
    weight: np.ndarray
    prior_mean: float
    prior_variance: float
    raw_prior_variance: float
    n_used: int
    share_zero: float


def empirical_bayes(events, population) -> EmpiricalBayes:
    """Global Empirical Bayes smoothed rates, with the intermediate figures.

    See :func:`empirical_bayes_rate` for the method and references.
    """
    e, p = _check(events, population)
    ok = np.isfinite(p) & (p > 0) & np.isfinite(e)
    n = e.shape[0]
    rate = np.full(n, np.nan)
    weight = np.full(n, np.nan)
    n_used = int(ok.sum())
    if n_used == 0:
        return EmpiricalBayes(rate, weight, np.nan, np.nan, np.nan, 0, np.nan)
    eo, po = e[ok], p[ok]
    total_p = po.sum()
    b = eo.sum() / total_p
    r = eo / po
    s2 = np.sum(po * (r - b) ** 2) / total_p
    a_raw = s2 - b / (total_p / n_used)
    # Marshall (1991): a negative moment estimate of the variance is set to 0.
    a = max(a_raw, 0.0)
    if a == 0.0:
        w = np.zeros_like(r)
    else:
        w = a / (a + b / po)
    rate[ok] = w * r + (1.0 - w) * b
    weight[ok] = w
    share_zero = float(np.mean(eo == 0))
    return EmpiricalBayes(rate, weight, float(b), float(a), float(a_raw), n_used, share_zero)


def empirical_bayes_rate(events, population) -> np.ndarray:
    """Global Empirical Bayes smoothed rates (Marshall's method of moments).

    Each area's crude rate ``r_i = O_i / P_i`` is shrunk towards the
    city-wide rate ``b = sum(O) / sum(P)``:

    ``EB_i = w_i * r_i + (1 - w_i) * b``,  ``w_i = a / (a + b / P_i)``,

    where ``a = s2 - b / Pbar`` is the method-of-moments estimate of the
    variance of the true rates, ``s2 = sum(P_i (r_i - b)**2) / sum(P)`` and
    ``Pbar`` the mean population.  A negative ``a`` is set to 0 (every area
    gets ``b``), as Marshall recommends.  Areas with few residents are
    shrunk most.  This is the estimator of GeoDa's "Empirical Bayes" rate and
    PySAL's ``esda.smoothing.Empirical_Bayes`` (which does not clamp ``a``;
    the two agree whenever ``a >= 0``).

    Parameters
    ----------
    events : array_like
        Event counts per area (non-negative).
    population : array_like
        Population at risk per area (non-negative).

    Returns
    -------
    numpy.ndarray
        Smoothed rate per resident (multiply by 1000 or 100000 as needed).
        NaN where population is 0, NaN or infinite or the count is NaN;
        those areas are left out of ``b``, ``s2`` and ``Pbar``.

    Raises
    ------
    InputError
        Negative population or counts, or lengths that differ.

    References
    ----------
    .. [1] Marshall, R. J. (1991). Mapping disease and mortality rates using
       empirical Bayes estimators. Journal of the Royal Statistical Society,
       Series C (Applied Statistics), 40(2), 283-294.
    .. [2] Anselin, L., Lozano, N. and Koschinsky, J. (2006). Rate
       Transformations and Smoothing. GeoDa Center, University of Illinois.
    """
    return empirical_bayes(events, population).rate
