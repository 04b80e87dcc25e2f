"""Empirical Bayes smoothing of neighbourhood rates: global and spatial.

The global estimator is :func:`.rates.empirical_bayes`; the spatial one shrinks
each area's rate towards the rate of its own neighbourhood (the area and its
spatial neighbours) instead of the city's, so that a local pattern is not
flattened into the city mean.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..runtime import InputError
from .rates import _check

__all__ = ["SpatialEmpiricalBayes", "spatial_empirical_bayes"]


@dataclass
class SpatialEmpiricalBayes:
    """Result of the spatial Empirical Bayes smoothing.

    Attributes
    ----------
    rate : numpy.ndarray
        Smoothed rate per resident; NaN where the area is not usable.
    weight : numpy.ndarray
        Shrinkage weight of the area's own rate (1 = own rate, 0 = local prior).
    prior_mean : numpy.ndarray
        Local prior rate ``b_i`` of each area.
    share_zero : float
        Share of usable areas with a zero count.
    """

    rate: np.ndarray
    weight: np.ndarray
    prior_mean: np.ndarray
    share_zero: float


def spatial_empirical_bayes(events, population, neighbours) -> SpatialEmpiricalBayes:
    """Spatial Empirical Bayes rates (Marshall's local method of moments).

    For each area ``i`` with its neighbours ``N(i)`` (the area itself included):
    ``b_i = sum O_j / sum P_j``, ``s2_i = sum P_j (r_j - b_i)^2 / sum P_j``,
    ``a_i = s2_i - b_i / Pbar_i`` (``Pbar_i`` the mean population of the set),
    set to 0 when negative; then ``w_i = a_i / (a_i + b_i / P_i)`` and
    ``EB_i = w_i r_i + (1 - w_i) b_i``.  This is GeoDa's "Spatial Empirical
    Bayes" and PySAL's ``esda.smoothing.Spatial_Empirical_Bayes``.

    Parameters
    ----------
    events, population : array_like
        Counts and residents per area (non-negative).
    neighbours : scipy.sparse matrix, shape (n, n)
        Non-zero where ``j`` is a neighbour of ``i`` (binary contiguity); the
        diagonal is ignored (the area is always in its own set).

    Returns
    -------
    SpatialEmpiricalBayes

    References
    ----------
    Marshall, R. J. (1991). Mapping disease and mortality rates using empirical
    Bayes estimators. Journal of the Royal Statistical Society C 40(2), 283-294.
    Anselin, L., Lozano, N. and Koschinsky, J. (2006). Rate Transformations and
    Smoothing. GeoDa Center, University of Illinois.
    """
    e, p = _check(events, population)
    n = e.shape[0]
    w = sparse.csr_matrix(neighbours, dtype=float)
    if w.shape != (n, n):
        raise InputError(f"the neighbour matrix must be {n} x {n}; got {w.shape}")
    ok = np.isfinite(p) & (p > 0) & np.isfinite(e)
    links = (w != 0).astype(float).tolil()
    links.setdiag(1.0)
    links = links.tocsr()
    # areas that cannot be used take no part in their neighbours' priors
    links = links @ sparse.diags(ok.astype(float))
    e0, p0 = np.where(ok, e, 0.0), np.where(ok, p, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        r = np.where(ok, e0 / np.where(ok, p0, 1.0), 0.0)
        sum_e, sum_p = links @ e0, links @ p0
        count = np.asarray(links.sum(axis=1)).ravel()
        b = sum_e / sum_p
        # sum P_j (r_j - b_i)^2 = sum P_j r_j^2 - 2 b_i sum P_j r_j + b_i^2 sum P_j
        s2 = (links @ (p0 * r * r) - 2 * b * (links @ (p0 * r)) + b * b * sum_p) / sum_p
        a = np.maximum(s2 - b / (sum_p / count), 0.0)
        weight = np.where(a > 0, a / (a + b / np.where(ok, p, 1.0)), 0.0)
        rate = weight * r + (1 - weight) * b
    rate = np.where(ok, rate, np.nan)
    weight = np.where(ok, weight, np.nan)
    share_zero = float(np.mean(e[ok] == 0)) if ok.any() else np.nan
    return SpatialEmpiricalBayes(rate, weight, np.where(ok, b, np.nan), share_zero)
