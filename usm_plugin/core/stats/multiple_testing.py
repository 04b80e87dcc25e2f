"""Multiple-testing control for local statistics (Benjamini-Hochberg FDR).

A local statistic tests every area at once; at a 5 % level about one area in
twenty is "significant" by chance.  The false discovery rate procedure of
Benjamini and Hochberg (1995) keeps the expected share of false positives
among the areas declared significant at ``alpha``.  This is the correction
ArcGIS's Hot Spot Analysis applies when "Apply False Discovery Rate (FDR)
Correction" is ticked, and the one Caldas de Castro and Singer (2006)
recommend for LISA maps.
"""

from __future__ import annotations

import numpy as np

from ..runtime import InputError

__all__ = ["fdr_threshold", "fdr_significant"]


def _clean(p, alpha):
    p = np.asarray(p, dtype=np.float64)
    if p.ndim != 1:
        p = p.ravel()
    alpha = float(alpha)
    if not 0 < alpha < 1:
        raise InputError(f"alpha must be between 0 and 1; got {alpha}")
    finite = np.isfinite(p)
    if np.any((p[finite] < 0) | (p[finite] > 1)):
        raise InputError("p-values must lie in [0, 1]")
    return p, alpha, finite


def fdr_threshold(p, alpha: float = 0.05) -> float:
    """Largest p-value declared significant by Benjamini-Hochberg.

    Parameters
    ----------
    p : array-like of float
        p-values; NaN (e.g. islands without a test) is ignored and does not
        count in the number of tests ``m``.
    alpha : float
        False discovery rate to control, in (0, 1).

    Returns
    -------
    float
        The p-value cut-off ``p_(k)`` where ``k`` is the largest rank with
        ``p_(k) <= k * alpha / m``; every ``p <= cut-off`` is significant.
        ``0.0`` when no test is significant.  Use :func:`fdr_significant`
        for the mask: an analytical p-value can underflow to exactly 0.

    References
    ----------
    Benjamini, Y. and Hochberg, Y. (1995). Controlling the false discovery
    rate: a practical and powerful approach to multiple testing. Journal of
    the Royal Statistical Society B 57(1), 289-300.

    Examples
    --------
    >>> fdr_threshold([0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074,
    ...                0.205, 0.212, 0.216], 0.05)
    0.008
    """
    p, alpha, finite = _clean(p, alpha)
    found, cut = _bh_cut(p[finite], alpha)
    return cut if found else 0.0


def _bh_cut(p_finite: np.ndarray, alpha: float):
    """(any significant?, cut-off p-value) for finite p-values."""
    q = np.sort(p_finite)
    m = len(q)
    if m == 0:
        return False, 0.0
    below = q <= alpha * np.arange(1, m + 1) / m
    if not below.any():
        return False, 0.0
    return True, float(q[np.flatnonzero(below).max()])


def fdr_significant(p, alpha: float = 0.05) -> np.ndarray:
    """Boolean mask of the tests significant under Benjamini-Hochberg at ``alpha``.

    Parameters
    ----------
    p : array-like of float
        p-values; NaN is never significant and is not counted as a test.
    alpha : float
        False discovery rate, in (0, 1).

    Returns
    -------
    numpy.ndarray of bool
        Same length as ``p``.

    Notes
    -----
    Equivalent to ``scipy.stats.false_discovery_control(p) <= alpha`` on the
    finite p-values (the BH adjusted p-values).

    References
    ----------
    Benjamini, Y. and Hochberg, Y. (1995). Controlling the false discovery
    rate: a practical and powerful approach to multiple testing. Journal of
    the Royal Statistical Society B 57(1), 289-300.
    """
    p, alpha, finite = _clean(p, alpha)
    out = np.zeros(p.shape, dtype=bool)
    if not finite.any():
        return out
    found, cut = _bh_cut(p[finite], alpha)
    if found:
        out[finite] = p[finite] <= cut
    return out
