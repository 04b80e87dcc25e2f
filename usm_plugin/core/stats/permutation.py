"""Permutation inference: conditional randomisation for local statistics, total for global ones.

Local statistics (Local Moran's I, Getis-Ord Gi / Gi*) are affine functions
of the spatial lag ``L_i = sum_j w_ij y_j`` of feature ``i`` (the feature's
own value and the global moments being held fixed), so one engine serves
them all: :func:`conditional_lag_reference` gives, for every feature, the
permutation distribution of its lag -- counts at or above / at or below the
observed lag, mean and standard deviation -- and :func:`affine_inference`
turns that into the pseudo p-value and ``z_sim`` of the statistic.

Conditional randomisation (Anselin 1995)
----------------------------------------
Under the null of spatial randomness the value ``y_i`` is held fixed and the
``n - 1`` other values are equally likely to sit at any location.  One
permutation of feature ``i`` therefore assigns to its ``k_i`` weighted slots
an ordered sample of ``k_i`` distinct values drawn without replacement from
the other ``n - 1`` features; ``permutations`` such samples, independent
between permutations, give the reference distribution.  This is the scheme of
GeoDa and of PySAL's esda (Rey and Anselin 2010; ``esda.crand``).

How the samples are drawn here
------------------------------
Drawing ``permutations x k_i`` fresh indices for every feature is exact but
slow in numpy; esda and the first version of this plugin instead draw one
table of ``permutations x max(k)`` indices and let every feature read it.  A
shared table makes the Monte Carlo errors of different features' p-values
correlated -- with the plugin's former engine every feature with the same
number of neighbours saw the same reference sums -- so the number of
features flagged at a level varies from seed to seed more than it would with
independent draws.  Each feature's p-value stays valid; what is distorted is
everything computed across features (how many hot spots, the false discovery
rate).

This engine keeps a shared table but reads it through a random arrangement of
the values, at a different place for every feature:

1. The permutations come in blocks of :data:`ARRANGEMENT_PERMUTATIONS`.
   Each block draws a uniformly random arrangement of the ``n`` values on a
   circle (position ``p`` holds value ``v_p``) and a table of offsets whose
   rows are uniformly random ordered samples of ``max(k) + 1`` distinct
   numbers from ``0 .. n - 1``.
2. Every feature has a fixed anchor ``a_i`` (features sorted by cardinality,
   so the ``c``-th slot of all features that have one is one contiguous run).
   In permutation ``r`` feature ``i`` takes for its ``c``-th slot the value at
   position ``(a_i + d_rc) mod n``.  The offsets of a row are distinct, so
   these are ``k_i`` distinct values; the row is a uniform random sample, so
   they are a uniform random ordered sample of the values -- for any
   arrangement.
3. If one of them is the feature's own value, it is replaced by the value at
   ``(a_i + d_r,max(k)) mod n`` (the row's spare offset).  This is drawing
   ``k_i + 1`` and skipping the feature itself, so the sample is a uniform
   random ordered sample of the *other* ``n - 1`` values: each feature's
   reference distribution is exactly the conditional-randomisation
   distribution, with permutations independent of each other.

Two features ``i`` and ``j`` read the same offsets at positions shifted by
``a_j - a_i``; in a random arrangement the values at those positions are
unrelated, and the arrangement is drawn again for every block, so the
features' errors are as unrelated as with independent draws (the test suite
checks the variance of the number of features flagged across seeds, and the
correlation of p-value errors between features, against independent draws).
Because the ``c``-th slot of all features is one contiguous slice of the
(doubled) arrangement, a permutation costs ``sum_i k_i`` additions of
contiguous memory and no per-feature random numbers.

Ties and rounding
-----------------
Permuted and observed lags are summed in different orders; they count as
equal (a tie, which is "at least as extreme" in both tails) within
``64 * eps * k_i * sum_j |w_ij| * max|y - c|`` of each other, where ``c`` is
the rounded mean when every value is a whole number (sums of counts are then
exact) and the mean otherwise.

Pseudo p-values
---------------
With ``R`` permutations, ``n_ge`` of them at or above and ``n_le`` at or
below the observed statistic (Hope 1968):

* ``"greater"``: ``(n_ge + 1) / (R + 1)``;
* ``"less"``: ``(n_le + 1) / (R + 1)``;
* ``"two-sided"``: ``min(1, 2 * (min(n_ge, n_le) + 1) / (R + 1))``, the
  folded two-tailed value (Sokal, Oden and Thomson 1998).

esda's default ``alternative="directed"`` is the one-sided value in the
direction the data point to, about half the two-sided one.

References
----------
Anselin, L. (1995). Local indicators of spatial association - LISA.
Geographical Analysis 27(2), 93-115.

Getis, A. and Ord, J. K. (1992). The analysis of spatial association by use
of distance statistics. Geographical Analysis 24(3), 189-206.

Ord, J. K. and Getis, A. (1995). Local spatial autocorrelation statistics:
distributional issues and an application. Geographical Analysis 27(4),
286-306.

Sokal, R. R., Oden, N. L. and Thomson, B. A. (1998). Local spatial
autocorrelation in a biological model. Geographical Analysis 30(4), 331-354.

Rey, S. J. and Anselin, L. (2010). PySAL: a Python library of spatial
analytical methods. In Fischer, M. M. and Getis, A. (eds.), Handbook of
Applied Spatial Analysis, Springer, 175-193.

Hope, A. C. A. (1968). A simplified Monte Carlo significance test procedure.
Journal of the Royal Statistical Society B 30(3), 582-598.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator, Optional, Tuple

import numpy as np
from scipy import sparse

from ..runtime import InputError, as_steps

__all__ = ["LagReference", "conditional_lag_reference", "pseudo_p_values", "affine_inference",
           "random_permutation_statistics", "ALTERNATIVES", "ARRANGEMENT_PERMUTATIONS"]

#: Alternatives understood by :func:`pseudo_p_values`.
ALTERNATIVES = ("two-sided", "greater", "less")
#: Permutations that share one random arrangement of the values.
ARRANGEMENT_PERMUTATIONS = 64
#: Features x permutations held in memory at once by the local engine.
_CHUNK_CELLS = 500_000
#: Values x permutations held in memory at once for total randomisation.
_GLOBAL_CHUNK_CELLS = 4_000_000
_TIE_EPS = 64 * np.finfo(np.float64).eps


@dataclass(frozen=True)
class LagReference:
    """Conditional-permutation distribution of every feature's spatial lag.

    Attributes
    ----------
    n_ge, n_le : ndarray, shape (n,)
        Permuted lags at or above / at or below the observed lag (ties count
        in both); NaN for features not evaluated.
    mean, sd : ndarray, shape (n,)
        Mean and standard deviation (ddof 0) of the permuted lags.
    lag : ndarray, shape (n,)
        The observed lag ``sum_j w_ij y_j``.
    permutations : int
    """

    n_ge: np.ndarray
    n_le: np.ndarray
    mean: np.ndarray
    sd: np.ndarray
    lag: np.ndarray
    permutations: int


@dataclass(frozen=True)
class _Layout:
    """Active features in anchor order (cardinality descending) and their weights."""

    features: np.ndarray      # (m,) feature at each anchor
    card: np.ndarray          # (m,) its number of neighbours
    counts: np.ndarray        # (kmax,) anchors with more than c neighbours
    columns: Optional[list]   # weights of slot c for anchors [0, counts[c]); None: equal rows
    row_weight: np.ndarray    # (m,) the common weight (equal rows) or 1
    total_weight: np.ndarray  # (m,) sum of the weights as summed by the engine
    observed: np.ndarray      # (m,) observed lag of the centred values, as summed by the engine
    tolerance: np.ndarray     # (m,) tie tolerance


# ------------------------------------------------------------------ helpers
def pseudo_p_values(n_ge, n_le, permutations: int, alternative: str) -> np.ndarray:
    """Pseudo p-values from the counts of permuted statistics at least as extreme.

    Parameters
    ----------
    n_ge, n_le : array-like
        Permuted statistics at or above / at or below the observed one.
    permutations : int
    alternative : {"two-sided", "greater", "less"}

    Returns
    -------
    ndarray
        ``(n_ge + 1) / (R + 1)``, ``(n_le + 1) / (R + 1)`` or the folded
        two-sided ``min(1, 2 (min(n_ge, n_le) + 1) / (R + 1))``.

    References
    ----------
    Hope, A. C. A. (1968). A simplified Monte Carlo significance test
    procedure. Journal of the Royal Statistical Society B 30(3), 582-598.

    Sokal, R. R., Oden, N. L. and Thomson, B. A. (1998). Local spatial
    autocorrelation in a biological model. Geographical Analysis 30(4), 331-354.
    """
    if alternative not in ALTERNATIVES:
        raise InputError(f"alternative must be one of {ALTERNATIVES}; got {alternative!r}")
    r1 = permutations + 1.0
    n_ge = np.asarray(n_ge, dtype=np.float64)
    n_le = np.asarray(n_le, dtype=np.float64)
    if alternative == "greater":
        return (n_ge + 1.0) / r1
    if alternative == "less":
        return (n_le + 1.0) / r1
    return np.minimum(1.0, 2.0 * (np.minimum(n_ge, n_le) + 1.0) / r1)


def affine_inference(a, b, reference: LagReference, alternative: str, observed):
    """Pseudo p-value and ``z_sim`` of ``statistic = a + b * lag`` from the lag's reference.

    Parameters
    ----------
    a, b : ndarray, shape (n,)
        Per-feature intercept and slope (fixed under conditional
        randomisation: they depend on ``y_i`` and global moments only).
    reference : LagReference
    alternative : {"two-sided", "greater", "less"}
    observed : ndarray, shape (n,)
        The observed statistic.

    Returns
    -------
    p_sim, z_sim, mean, sd : ndarray
        Where ``b == 0`` the statistic is constant under permutation: every
        permutation ties with it and ``p_sim`` is 1.
    """
    n_ge_l, n_le_l, mean_l, sd_l = reference.n_ge, reference.n_le, reference.mean, reference.sd
    permutations = reference.permutations
    pos = b > 0
    neg = b < 0
    n_ge = np.where(pos, n_ge_l, np.where(neg, n_le_l, permutations))
    n_le = np.where(pos, n_le_l, np.where(neg, n_ge_l, permutations))
    nan = ~np.isfinite(n_ge_l)
    n_ge = np.where(nan, np.nan, n_ge)
    n_le = np.where(nan, np.nan, n_le)
    p_sim = pseudo_p_values(n_ge, n_le, permutations, alternative)
    mean_s = a + b * mean_l
    sd_s = np.abs(b) * sd_l
    with np.errstate(divide="ignore", invalid="ignore"):
        z_sim = (observed - mean_s) / sd_s
    z_sim[~np.isfinite(z_sim)] = np.nan
    return p_sim, z_sim, mean_s, sd_s


def random_permutation_statistics(values, statistic: Callable[[np.ndarray], np.ndarray],
                                  permutations: int, seed=None, *, progress=None,
                                  should_stop=None) -> np.ndarray:
    """A global statistic over random permutations of all values (total randomisation).

    Parameters
    ----------
    values : ndarray, shape (n,)
    statistic : callable
        Maps an ``(n, c)`` array, one permutation of ``values`` per column,
        to the ``c`` statistics.
    permutations : int
    seed : int, optional
        Seed of :func:`numpy.random.default_rng`.
    progress, should_stop : callable, optional

    Returns
    -------
    ndarray, shape (permutations,)

    References
    ----------
    Cliff, A. D. and Ord, J. K. (1981). Spatial Processes: Models and
    Applications. Pion, London (randomisation inference for Moran's I).
    """
    steps = as_steps(progress, should_stop)
    values = np.asarray(values, dtype=np.float64)
    n = len(values)
    rng = np.random.default_rng(seed)
    sims = np.empty(permutations)
    chunk = max(1, min(permutations, _GLOBAL_CHUNK_CELLS // max(n, 1)))
    for start in range(0, permutations, chunk):
        c = min(chunk, permutations - start)
        idx = rng.permuted(np.tile(np.arange(n), (c, 1)), axis=1)
        sims[start:start + c] = statistic(values[idx].T)
        steps.report((start + c) / permutations)
    return sims


# ------------------------------------------------------------ the local engine
def conditional_lag_reference(y, matrix: sparse.csr_matrix, active, permutations: int,
                              seed=None, *, progress=None,
                              should_stop=None) -> LagReference:
    """Conditional-permutation reference distribution of every feature's spatial lag.

    Parameters
    ----------
    y : array-like, shape (n,)
        Finite values.
    matrix : scipy.sparse.csr_matrix, shape (n, n)
        Weights without diagonal (a self-weight is added by the caller, which
        holds ``y_i`` fixed anyway).
    active : array-like of bool, shape (n,)
        Features to evaluate; those without neighbours are skipped.  Every
        feature's value stays in the pool the others draw from.
    permutations : int
        Number of permutations ``R`` (0 returns NaN everywhere).
    seed : int, optional
        Seed of :func:`numpy.random.default_rng`; same seed, same result,
        bit for bit.
    progress, should_stop : callable, optional

    Returns
    -------
    LagReference
        Counts, mean and sd of the permuted lags (NaN for features not evaluated).

    Notes
    -----
    The sampling scheme (see the module docstring) gives every feature an
    exact conditional-randomisation sample in every permutation, independent
    between permutations, with the reference distributions of different
    features as unrelated as independent draws would make them.

    References
    ----------
    Anselin, L. (1995). Local indicators of spatial association - LISA.
    Geographical Analysis 27(2), 93-115.
    """
    steps = as_steps(progress, should_stop)
    y = np.asarray(y, dtype=np.float64).ravel()
    n = len(y)
    matrix = sparse.csr_matrix(matrix)
    if matrix.shape != (n, n):
        raise InputError(f"weights are {matrix.shape[0]} x {matrix.shape[1]} for {n} values")
    permutations = int(permutations)
    out = [np.full(n, np.nan) for _ in range(5)]
    centre = _centre(y)
    yc = y - centre
    layout = _layout(yc, matrix, np.asarray(active, dtype=bool))
    m = len(layout.features)
    if m == 0 or permutations <= 0:
        return LagReference(*out, permutations=max(permutations, 0))
    counts = _Accumulator(m)
    for block in _blocks(n, int(layout.card[0]) + 1, permutations, seed):
        _run_block(layout, yc, block, counts, steps, permutations)
    n_ge, n_le, mean, sd, lag = out
    f = layout.features
    scale = layout.row_weight
    m1 = counts.s1 / permutations
    var = np.maximum(counts.s2 / permutations - m1 * m1, 0.0)
    n_ge[f] = counts.ge
    n_le[f] = counts.le
    mean[f] = scale * (m1 + centre * layout.total_weight)
    sd[f] = scale * np.sqrt(var)
    lag[f] = scale * (layout.observed + centre * layout.total_weight)
    steps.report(1.0)
    return LagReference(n_ge, n_le, mean, sd, lag, permutations)


def _centre(y: np.ndarray) -> float:
    """The value subtracted before summing: the rounded mean for whole numbers (exact sums)."""
    mean = float(y.mean())
    if np.all(y == np.round(y)) and np.abs(y).max() < 2.0 ** 40:
        return float(np.round(mean))
    return mean


def _layout(yc: np.ndarray, matrix: sparse.csr_matrix, active: np.ndarray) -> _Layout:
    n = len(yc)
    indptr, indices, data = matrix.indptr, matrix.indices, matrix.data
    card = np.diff(indptr)
    act = np.flatnonzero(active & (card > 0))
    features = act[np.argsort(-card[act], kind="stable")]
    k = card[features]
    kmax = int(k[0]) if len(k) else 0
    counts = len(k) - np.searchsorted(k[::-1], np.arange(kmax), side="right")
    starts = indptr[features]
    rows = [data[starts[:counts[c]] + c] for c in range(kmax)]
    equal = all(np.all(rows[c] == rows[0][:len(rows[c])]) for c in range(1, kmax)) \
        if kmax else True
    abs_y = float(np.abs(yc).max()) if n else 0.0
    if equal:
        # every row has one weight: sum the values, scale at the end
        row_weight = rows[0].astype(np.float64) if kmax else np.ones(0)
        ones = sparse.csr_matrix((np.ones_like(data, dtype=np.float64), indices, indptr),
                                 shape=matrix.shape)
        observed = (ones @ yc)[features]
        total = k.astype(np.float64)
        columns = None
        abs_w = total
    else:
        row_weight = np.ones(len(features))
        observed = (matrix @ yc)[features]
        columns = [r.astype(np.float64) for r in rows]
        total = np.zeros(len(features))
        abs_w = np.zeros(len(features))
        for c, col in enumerate(columns):
            total[:len(col)] += col
            abs_w[:len(col)] += np.abs(col)
    tolerance = _TIE_EPS * k * abs_w * abs_y
    return _Layout(features, k, counts, columns, row_weight, total, observed, tolerance)


class _Accumulator:
    """Running counts and moments per anchor."""

    def __init__(self, m: int):
        self.ge = np.zeros(m, dtype=np.int64)
        self.le = np.zeros(m, dtype=np.int64)
        self.s1 = np.zeros(m)
        self.s2 = np.zeros(m)
        self.done = 0


def _blocks(n: int, width: int, permutations: int, seed
            ) -> Iterator[Tuple[np.ndarray, np.ndarray]]:
    """Per block of permutations: a random arrangement of the n values and the offset rows.

    The random stream depends only on ``n``, ``width``, ``permutations`` and
    ``seed`` (not on memory limits), so a seed always gives the same draws.
    """
    rng = np.random.default_rng(seed)
    for start in range(0, permutations, ARRANGEMENT_PERMUTATIONS):
        c = min(ARRANGEMENT_PERMUTATIONS, permutations - start)
        arrangement = rng.permutation(n)
        offsets = _distinct_rows(rng, c, width, n)
        yield arrangement, offsets


def _distinct_rows(rng, rows: int, width: int, n: int) -> np.ndarray:
    """``rows`` uniformly random ordered samples of ``width`` distinct integers in [0, n)."""
    out = np.empty((rows, width), dtype=np.int64)
    # Floyd's algorithm gives a uniform random subset; shuffling each row orders it uniformly
    for col, j in enumerate(range(n - width, n)):
        t = rng.integers(0, j + 1, size=rows)
        seen = (out[:, :col] == t[:, None]).any(axis=1)
        out[:, col] = np.where(seen, j, t)
    return rng.permuted(out, axis=1)


def _run_block(layout: _Layout, yc: np.ndarray, block, acc: _Accumulator, steps,
               permutations: int) -> None:
    arrangement, offsets = block
    n = len(yc)
    m = len(layout.features)
    values = yc[arrangement]
    circle = np.concatenate([values, values[:n - 1]])     # circle[p] = values[p % n]
    position = np.empty(n, dtype=np.int64)
    position[arrangement] = np.arange(n)
    # the offset that lands anchor a on its own feature's value, sorted for look-up
    own = (position[layout.features] - np.arange(m)) % n
    own_order = np.argsort(own)
    own_sorted = own[own_order]
    rows_per_chunk = max(1, _CHUNK_CELLS // m)
    low = layout.observed - layout.tolerance
    high = layout.observed + layout.tolerance
    for start in range(0, len(offsets), rows_per_chunk):
        rows = offsets[start:start + rows_per_chunk]
        sims = _permuted_lags(layout, circle, rows)
        _replace_own_value(layout, yc, circle, rows, own_sorted, own_order, sims)
        acc.ge += (sims >= low).view(np.uint8).sum(axis=0, dtype=np.int64)
        acc.le += (sims <= high).view(np.uint8).sum(axis=0, dtype=np.int64)
        acc.s1 += sims.sum(axis=0)
        acc.s2 += np.einsum("ij,ij->j", sims, sims)
        acc.done += len(rows)
        steps.report(acc.done / permutations)


def _permuted_lags(layout: _Layout, circle: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """(len(rows), m) lags: slot c of every anchor a reads circle[a + rows[r, c]]."""
    m = len(layout.features)
    sims = np.empty((len(rows), m))
    counts = layout.counts.tolist()           # Python ints: cheaper slicing than numpy scalars
    columns = layout.columns
    tmp = np.empty(m)
    for r, row in enumerate(rows.tolist()):
        s = sims[r]
        # slot 0 exists for every anchor (counts[0] == m)
        if columns is None:
            s[:] = circle[row[0]:row[0] + m]
        else:
            np.multiply(columns[0], circle[row[0]:row[0] + m], out=s)
        for c in range(1, len(counts)):
            cnt = counts[c]
            d = row[c]
            if columns is None:
                np.add(s[:cnt], circle[d:d + cnt], out=s[:cnt])
            else:
                np.multiply(columns[c], circle[d:d + cnt], out=tmp[:cnt])
                np.add(s[:cnt], tmp[:cnt], out=s[:cnt])
    return sims


def _replace_own_value(layout: _Layout, yc, circle, rows, sorted_own, order, sims) -> None:
    """Where a slot read the feature's own value, use the row's spare offset instead."""
    kmax = len(layout.counts)
    entries = rows[:, :kmax].ravel()
    lo = np.searchsorted(sorted_own, entries, side="left")
    hi = np.searchsorted(sorted_own, entries, side="right")
    hits = hi - lo
    total = int(hits.sum())
    if total == 0:
        return
    entry = np.repeat(np.arange(len(entries)), hits)
    within = np.arange(total) - np.repeat(np.cumsum(hits) - hits, hits)
    anchor = order[np.repeat(lo, hits) + within]
    r, c = np.divmod(entry, kmax)
    keep = layout.card[anchor] > c
    r, c, anchor = r[keep], c[keep], anchor[keep]
    if len(anchor) == 0:
        return
    spare = circle[anchor + rows[r, kmax]]
    change = spare - yc[layout.features[anchor]]
    if layout.columns is not None:
        change = change * _slot_weights(layout, c, anchor)
    # one slot at most per (permutation, anchor): the offsets of a row are distinct
    sims[r, anchor] += change


def _slot_weights(layout: _Layout, c: np.ndarray, anchor: np.ndarray) -> np.ndarray:
    out = np.empty(len(anchor))
    for col in np.unique(c):
        sel = c == col
        out[sel] = layout.columns[col][anchor[sel]]
    return out
