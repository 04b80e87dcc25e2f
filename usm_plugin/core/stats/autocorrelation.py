"""Global and local spatial autocorrelation: Moran's I, Local Moran (LISA), Getis-Ord Gi*.

Estimators compute in ``__init__`` and expose their results as attributes,
like esda's.  The statistics, their analytical moments and the quadrant
codes are defined exactly as in esda (``esda.Moran``, ``esda.Moran_Local``,
``esda.G_Local``) so that values agree to rounding.

Permutation inference
---------------------
Local statistics use conditional randomisation (Anselin 1995): ``y_i`` held
fixed, its neighbours' values drawn without replacement from the ``n - 1``
other features, ``permutations`` times.  The draws come from
:mod:`.permutation`, whose sampling differs from esda's: esda reads one shared
table of draws for every feature, which correlates the Monte Carlo errors of
different features; ours reads a shared table through a random arrangement of
the values redrawn every 64 permutations, at a different place for every
feature, so features' reference distributions are as unrelated as independent
draws would make them (see that module).  Per feature both are exact
conditional randomisation, so ``p_sim`` agrees with esda's statistically, not
number for number.  Global Moran's I uses random permutations of all values.

Pseudo p-values
---------------
With ``R`` permutations, ``n_ge`` of them at or above and ``n_le`` at or
below the observed statistic:

* ``"greater"``: ``(n_ge + 1) / (R + 1)``;
* ``"less"``: ``(n_le + 1) / (R + 1)``;
* ``"two-sided"``: ``min(1, 2 * (min(n_ge, n_le) + 1) / (R + 1))`` (folded).

esda's default (``alternative="directed"``) is ``(min(n_ge, R - n_ge) + 1) /
(R + 1)``, a one-sided p-value in the direction the data point to; our
two-sided value is about twice that.  Ties (a permuted neighbour sum equal to
the observed one, frequent with small counts) count as "at least as extreme"
in both tails here; esda's and GeoDa's directed p-values count them only in
the upper tail, so for low values they are smaller and flag somewhat more
cold spots and Low-Low areas on count data.  Analytical p-values follow the same
alternatives (two-sided ``2 * sf(|z|)``); esda's ``G_Local.p_norm`` is the
one-sided ``sf(|z|)``.

Islands
-------
A feature without neighbours keeps its value in the global mean, variance
and permutation pool (as in esda) but gets no local statistic: NaN, with the
label ``"Isolated"``.
"""

from __future__ import annotations

from typing import Optional

import numpy as np
from scipy import sparse
from scipy.special import ndtr

from .multiple_testing import fdr_significant
from .permutation import (ALTERNATIVES as _ALTERNATIVES, affine_inference,
                          conditional_lag_reference, pseudo_p_values,
                          random_permutation_statistics)
from ..runtime import InputError, Notes, as_steps
from .weights import SpatialWeights

__all__ = ["LocalGetisOrd", "LocalMoran", "GlobalMoran", "raw_count_warning", "CONFIDENCE_LEVELS",
           "MIN_OBSERVATIONS", "RECOMMENDED_OBSERVATIONS", "MIN_PERMUTATIONS"]

#: (p-value cut-off, bin) pairs of the GIS-standard confidence bins.
CONFIDENCE_LEVELS = ((0.10, 1), (0.05, 2), (0.01, 3))
#: Below this many observations the statistics are refused.
MIN_OBSERVATIONS = 4
#: Below this many observations a warning says inference is weak (ArcGIS uses 30).
RECOMMENDED_OBSERVATIONS = 30
#: Spread, relative to the largest absolute value, below which a variable is constant
#: (differences at floating-point rounding level).
NUMERICALLY_CONSTANT = 1e-12
#: Fewer permutations than this give coarse pseudo p-values (warning).
MIN_PERMUTATIONS = 99


# ===================================================================== checks
def _check_inputs(y, weights, notes: Notes, what: str, local: bool = True) -> np.ndarray:
    if not isinstance(weights, SpatialWeights):
        raise InputError(f"{what} needs a SpatialWeights object; got {type(weights).__name__}")
    try:
        y = np.asarray(y, dtype=np.float64).ravel()
    except (TypeError, ValueError) as exc:
        raise InputError(f"{what}: the variable must be numeric ({exc})") from None
    if len(y) != weights.n:
        raise InputError(f"{what}: {len(y)} values for {weights.n} features in the weights")
    bad = ~np.isfinite(y)
    if bad.any():
        ids = ", ".join(str(x) for x in weights.ids[bad][:20])
        raise InputError(
            f"{what}: {int(bad.sum())} values are missing (NaN) or infinite (ids {ids}). "
            "Remove those features (and rebuild the weights) or fill the values; "
            "missing values are never treated as 0")
    if len(y) < MIN_OBSERVATIONS:
        raise InputError(f"{what} needs at least {MIN_OBSERVATIONS} features; got {len(y)}")
    if len(y) < RECOMMENDED_OBSERVATIONS:
        notes.warn(f"only {len(y)} features: with fewer than {RECOMMENDED_OBSERVATIONS} "
                   "the statistic has little power and its normal approximation is poor")
    if np.ptp(y) <= NUMERICALLY_CONSTANT * max(float(np.abs(y).max()), np.finfo(float).tiny):
        # differences at rounding level (variance ~1e-34) carry no information: a z-score
        # of them would be noise presented as a result
        raise InputError(f"{what}: variable has no variation (every value is {y[0]:g}"
                         + ("" if np.ptp(y) == 0 else ", up to rounding") + ")")
    if len(weights.islands):
        ids = ", ".join(str(x) for x in weights.ids[weights.islands][:20])
        more = " ..." if len(weights.islands) > 20 else ""
        if local:
            notes.warn(f"{len(weights.islands)} features have no neighbours and are labelled "
                       f"'Isolated' (ids {ids}{more}); connect them to their nearest "
                       "neighbours to analyse them")
        else:
            notes.warn(f"{len(weights.islands)} features have no neighbours (ids {ids}{more}): "
                       "they add nothing to the cross-products of I but count in n, the mean "
                       "and the variance (as in esda and GeoDa)")
    return y


def _check_options(permutations, alternative, notes: Notes) -> int:
    if alternative not in _ALTERNATIVES:
        raise InputError(f"alternative must be one of {_ALTERNATIVES}; got {alternative!r}")
    permutations = int(permutations)
    if permutations < 0:
        raise InputError(f"permutations must be >= 0; got {permutations}")
    if 0 < permutations < MIN_PERMUTATIONS:
        notes.warn(f"{permutations} permutations give pseudo p-values no smaller than "
                   f"{1 / (permutations + 1):.3f}; use at least {MIN_PERMUTATIONS} "
                   "(999 for publication)")
    return permutations


def _analytical_p(z: np.ndarray, alternative: str) -> np.ndarray:
    z = np.asarray(z, dtype=np.float64)
    if alternative == "greater":
        return ndtr(-z)
    if alternative == "less":
        return ndtr(z)
    return np.minimum(1.0, 2.0 * ndtr(-np.abs(z)))


def _significance(p, alpha: float, fdr: bool) -> np.ndarray:
    p = np.asarray(p, dtype=np.float64)
    if fdr:
        return fdr_significant(p, alpha)
    return np.isfinite(p) & (p <= alpha)


def _confidence_bins(p, direction, fdr: bool) -> np.ndarray:
    """-3..3 bins (99/95/90 % confidence), sign from ``direction``; NaN where p is NaN."""
    bins = np.zeros(len(p), dtype=np.float64)
    for level, value in CONFIDENCE_LEVELS:
        sig = _significance(p, level, fdr)
        bins[sig] = value
    bins *= np.sign(direction)
    bins += 0.0   # no negative zero for "not significant"
    bins[~np.isfinite(p)] = np.nan
    return bins


def raw_count_warning(y, population) -> Optional[str]:
    """A warning when ``y`` looks like raw counts on areas of very different population.

    Hot spots of raw incident counts mostly show where many people live or
    pass; rates (better: Empirical Bayes smoothed rates, which stabilise the
    rates of small populations) compare like with like.

    Parameters
    ----------
    y : array-like
        The analysed values.
    population : array-like
        Residents per feature (missing allowed).

    Returns
    -------
    str or None
        The message when ``y`` is made of non-negative whole numbers and the
        populations differ by more than a factor of 3 between the 10th and
        90th percentile; otherwise None.

    References
    ----------
    Anselin, L., Lozano, N. and Koschinsky, J. (2006). Rate transformations
    and smoothing. GeoDa Center, Arizona State University.
    """
    y = np.asarray(y, dtype=np.float64)
    pop = np.asarray(population, dtype=np.float64)
    y = y[np.isfinite(y)]
    pop = pop[np.isfinite(pop) & (pop > 0)]
    if len(y) == 0 or len(pop) < 2:
        return None
    looks_like_counts = bool(np.all(y >= 0) and np.all(y == np.round(y)))
    if not looks_like_counts:
        return None
    p10, p90 = np.percentile(pop, [10, 90])
    if p10 > 0 and p90 / p10 <= 3:
        return None
    return (f"the analysed values look like raw counts, while populations vary from "
            f"{p10:,.0f} to {p90:,.0f} residents (10th-90th percentile): hot spots of counts "
            "largely show where many people live. Analyse a rate instead, preferably the "
            "Empirical Bayes smoothed rate (eb_rate_* from 'Aggregate incidents to "
            "neighbourhoods')")


def _prepared_matrix(weights: SpatialWeights, transform: str) -> sparse.csr_matrix:
    if transform == "binary":
        return weights.binary().matrix
    if transform == "row":
        return weights.row_standardised().matrix
    raise InputError(f"transform must be 'binary' or 'row'; got {transform!r}")


# =================================================================== Gi*
class LocalGetisOrd:
    """Local Getis-Ord G / G* hot-spot statistic.

    Parameters
    ----------
    y : array-like, shape (n,)
        Non-negative values (counts, rates) in the weights' row order.
    weights : SpatialWeights
        Neighbour structure (diagonal zero; the self-weight of G* is added here).
    star : bool
        ``True`` (default): Gi*, the feature counts in its own neighbourhood
        with self-weight 1 (binary) or ``1/(k_i + 1)`` (row-standardised),
        exactly as ``esda.G_Local(star=True)``, ArcGIS Hot Spot Analysis and
        GeoDa's G* (GeoDa uses the row-standardised form).  ``False``: Gi.
    transform : {"binary", "row"}
        Binary weights (ArcGIS's default; the classic z-score of Ord and Getis
        1995) or row-standardised (GeoDa, esda's default).  For non-binary
        weights (inverse distance) with ``"row"`` the self-weight is the
        row's largest weight before standardising, as in esda.
    permutations : int
        Conditional permutations for the pseudo p-value (drawn by
        :func:`.permutation.conditional_lag_reference`); 0 for analytical
        inference only.
    seed : int
        Seed of :func:`numpy.random.default_rng`; same seed, same output.
    alternative : {"two-sided", "greater", "less"}
        ``"greater"`` tests for hot spots only, ``"less"`` for cold spots.
    inference : {"sim", "norm"}, optional
        Which p-value drives ``bins`` and ``significant``: the permutation
        pseudo p-value (default when ``permutations > 0``) or the normal
        approximation (ArcGIS's choice).
    alpha : float
        Level for ``significant``.
    fdr : bool
        Apply the Benjamini-Hochberg false discovery rate correction (over
        the features with neighbours) to ``significant`` and to each
        confidence level of ``bins``, as ArcGIS's FDR option does.
    fdr_alpha : float, optional
        Shorthand for ``fdr=True, alpha=fdr_alpha``.
    progress, should_stop : callable, optional
        Progress (fraction) and cancellation callables.

    Attributes
    ----------
    Gs : ndarray
        The statistic ``G*_i = sum_j w*_ij y_j / sum_j y_j`` (Getis and Ord 1992).
    EGs, VGs : ndarray
        Its expectation and variance under the null, as in esda.
    z : ndarray
        Analytical z-score ``(Gs - EGs) / sqrt(VGs)`` (ArcGIS's GiZScore).
    p_norm : ndarray
        p-value of ``z`` for ``alternative`` (two-sided by default).
    z_sim, p_sim : ndarray
        z-score against the permutation mean and sd, and pseudo p-value.
    p : ndarray
        The p-value selected by ``inference``.
    bins : ndarray of float
        -3..3: 3/2/1 = hot spot at 99/95/90 % confidence, negative = cold,
        0 = not significant, NaN = isolated (ArcGIS's Gi_Bin).
    labels : ndarray of str
        "Hot spot 99%" ... "Cold spot 90%", "Not significant", "Isolated".
    significant : ndarray of bool
        ``p <= alpha`` (with FDR when chosen).
    n, alternative, permutations, seed, star, transform, notes

    Notes
    -----
    Gi* is designed for positive variables; negative values give a warning.
    With a binary self-weight the moments are those of Ord and Getis (1995)
    for binary weights; with row-standardised weights esda's (and GeoDa's)
    formulas are used unchanged, which treat the row sums (1) as
    cardinalities.

    References
    ----------
    Getis, A. and Ord, J. K. (1992). The analysis of spatial association by
    use of distance statistics. Geographical Analysis 24(3), 189-206.

    Ord, J. K. and Getis, A. (1995). Local spatial autocorrelation statistics:
    distributional issues and an application. Geographical Analysis 27(4),
    286-306.

    Anselin, L. (1995). Local indicators of spatial association - LISA.
    Geographical Analysis 27(2), 93-115 (conditional permutation).

    Benjamini, Y. and Hochberg, Y. (1995). Controlling the false discovery
    rate. Journal of the Royal Statistical Society B 57(1), 289-300.
    """

    def __init__(self, y, weights: SpatialWeights, *, star: bool = True,
                 transform: str = "binary", permutations: int = 999, seed=12345,
                 alternative: str = "two-sided", inference: Optional[str] = None,
                 alpha: float = 0.05, fdr: bool = False, fdr_alpha: Optional[float] = None,
                 progress=None, should_stop=None):
        steps = as_steps(progress, should_stop)
        self.notes = Notes()
        y = _check_inputs(y, weights, self.notes, "Getis-Ord Gi*")
        permutations = _check_options(permutations, alternative, self.notes)
        if fdr_alpha is not None:
            fdr, alpha = True, float(fdr_alpha)
        if inference is None:
            inference = "sim" if permutations > 0 else "norm"
        if inference not in ("sim", "norm"):
            raise InputError(f"inference must be 'sim' or 'norm'; got {inference!r}")
        if inference == "sim" and permutations == 0:
            raise InputError("inference='sim' needs permutations > 0")
        if np.any(y < 0):
            self.notes.warn(f"{int((y < 0).sum())} negative values: Getis-Ord G is defined "
                            "for non-negative variables; results may mislead")
        n = len(y)
        self.y, self.n, self.star, self.transform = y, n, bool(star), transform
        self.permutations, self.seed, self.alternative = permutations, seed, alternative
        self.inference, self.alpha, self.fdr = inference, float(alpha), bool(fdr)
        self.weights = weights

        if transform == "binary":
            m = weights.binary().matrix
            self_w = np.ones(n) if star else np.zeros(n)
        elif transform == "row":
            m = weights.matrix
            if star:
                self_w = np.zeros(n)
                has = weights.cardinalities > 0
                self_w[has] = np.maximum.reduceat(m.data, m.indptr[:-1][has])
                self_w[~has] = 1.0
            else:
                self_w = np.zeros(n)
            total = np.asarray(m.sum(axis=1)).ravel() + self_w
            scale = np.where(total > 0, 1.0 / np.where(total > 0, total, 1.0), 0.0)
            m = sparse.csr_matrix(sparse.diags(scale) @ m)
            self_w = self_w * scale
        else:
            raise InputError(f"transform must be 'binary' or 'row'; got {transform!r}")

        remove_self = 0.0 if star else 1.0
        total_y = y.sum()
        denom = total_y - remove_self * y
        if np.any(denom == 0):
            raise InputError("Getis-Ord G: the sum of the values (other than the feature's "
                             "own) is 0; G is undefined")
        N = n - remove_self
        lag = m @ y
        gs = (lag + self_w * y) / denom
        mean_i = denom / N
        s2 = ((y * y).sum() - remove_self * y * y) / N - mean_i ** 2
        card = np.asarray(m.sum(axis=1)).ravel() + self_w
        eg = card / N
        vg = card * (N - card) / (N - 1) / N ** 2 * s2 / mean_i ** 2
        with np.errstate(divide="ignore", invalid="ignore"):
            z = (gs - eg) / np.sqrt(vg)
        isl = weights.cardinalities == 0
        for arr in (gs, eg, vg, z):
            arr[isl] = np.nan
        self.Gs, self.EGs, self.VGs, self.z = gs, eg, vg, z
        self.p_norm = _analytical_p(z, alternative)
        steps.report(0.02)

        if permutations:
            part = steps.part(0.02, 0.98)
            reference = conditional_lag_reference(y, m, ~isl, permutations, seed,
                                                  progress=part.report)
            a = self_w * y / denom
            b = 1.0 / denom
            self.p_sim, self.z_sim, self.EG_sim, self.seG_sim = affine_inference(
                a, b, reference, alternative, gs)
        else:
            self.p_sim = self.z_sim = self.EG_sim = self.seG_sim = np.full(n, np.nan)
        self.p = self.p_sim if inference == "sim" else self.p_norm
        self.significant = _significance(self.p, self.alpha, self.fdr)
        self.bins = _confidence_bins(self.p, np.nan_to_num(z), self.fdr)
        labels = np.full(n, "Not significant", dtype=object)
        for level, value in CONFIDENCE_LEVELS:
            conf = int(round(100 * (1 - level)))
            labels[self.bins == value] = f"Hot spot {conf}%"
            labels[self.bins == -value] = f"Cold spot {conf}%"
        labels[isl] = "Isolated"
        self.labels = labels
        if self.fdr:
            self.notes.say(f"Benjamini-Hochberg FDR correction applied over "
                           f"{int((~isl).sum())} tests")
        if permutations:
            self.notes.say(f"{permutations} conditional permutations, seed {seed}")
        steps.report(1.0)


# ============================================================ Local Moran
_QUAD_LABELS = {1: "High-High", 2: "Low-High", 3: "Low-Low", 4: "High-Low"}


class LocalMoran:
    """Local Moran's I (LISA): clusters (High-High, Low-Low) and outliers.

    Parameters
    ----------
    y : array-like, shape (n,)
        Values in the weights' row order.
    weights : SpatialWeights
    transform : {"row", "binary"}
        Row-standardised (default, as esda and GeoDa) or binary weights.
    permutations, seed, alternative, alpha, fdr, fdr_alpha, progress, should_stop
        As for :class:`LocalGetisOrd`; ``alternative="greater"`` tests for
        clusters (positive association), ``"less"`` for outliers.
    inference : {"sim", "norm"}, optional
        p-value used for ``labels`` (default: permutation when available).

    Attributes
    ----------
    Is : ndarray
        ``I_i = (n - 1) z_i sum_j w_ij z_j / sum_k z_k^2`` with ``z`` the
        values standardised by the population standard deviation (esda).
    EI, VI : ndarray
        Expectation and variance under total randomisation (Anselin 1995;
        Sokal, Oden and Thomson 1998, eqs. A3-A4), as esda.
    z : ndarray
        Analytical z-score ``(Is - EI) / sqrt(VI)`` (note: esda's ``z`` is
        the standardised variable; ours, ``z_values``).
    p_norm, z_sim, p_sim, p : ndarray
    q : ndarray of int
        Quadrant: 1 High-High, 2 Low-High, 3 Low-Low, 4 High-Low (esda);
        a value equal to the mean counts as low.
    labels : ndarray of str
        Quadrant name where significant, else "Not significant";
        "Isolated" for features without neighbours; "Undefined" where the
        value or its spatial lag equals the mean exactly (no quadrant).
    significant : ndarray of bool
    z_values, lag : ndarray
        Standardised values and their spatial lag.

    References
    ----------
    Anselin, L. (1995). Local indicators of spatial association - LISA.
    Geographical Analysis 27(2), 93-115.

    Sokal, R. R., Oden, N. L. and Thomson, B. A. (1998). Local spatial
    autocorrelation in a biological model. Geographical Analysis 30(4), 331-354.

    Benjamini, Y. and Hochberg, Y. (1995). Controlling the false discovery
    rate. Journal of the Royal Statistical Society B 57(1), 289-300.
    """

    def __init__(self, y, weights: SpatialWeights, *, transform: str = "row",
                 permutations: int = 999, seed=12345, alternative: str = "two-sided",
                 inference: Optional[str] = None, alpha: float = 0.05, fdr: bool = False,
                 fdr_alpha: Optional[float] = None, progress=None, should_stop=None):
        steps = as_steps(progress, should_stop)
        self.notes = Notes()
        y = _check_inputs(y, weights, self.notes, "Local Moran's I")
        permutations = _check_options(permutations, alternative, self.notes)
        if fdr_alpha is not None:
            fdr, alpha = True, float(fdr_alpha)
        if inference is None:
            inference = "sim" if permutations > 0 else "norm"
        if inference not in ("sim", "norm"):
            raise InputError(f"inference must be 'sim' or 'norm'; got {inference!r}")
        if inference == "sim" and permutations == 0:
            raise InputError("inference='sim' needs permutations > 0")
        n = len(y)
        self.y, self.n, self.transform = y, n, transform
        self.permutations, self.seed, self.alternative = permutations, seed, alternative
        self.inference, self.alpha, self.fdr = inference, float(alpha), bool(fdr)
        self.weights = weights
        m = _prepared_matrix(weights, transform)

        ybar = y.mean()
        sd = y.std()
        zv = (y - ybar) / sd
        den = (zv * zv).sum()
        lag_z = m @ zv
        scale = (n - 1) / den
        Is = scale * zv * lag_z
        self.z_values, self.lag = zv, lag_z
        # quadrants exactly as esda (value > 0 is high; 0 counts as low)
        zp = zv > 0
        lp = lag_z > 0
        self.q = np.where(zp & lp, 1, np.where(~zp & lp, 2, np.where(~zp & ~lp, 3, 4)))

        wi = np.asarray(m.sum(axis=1)).ravel()
        wi2 = np.asarray(m.multiply(m).sum(axis=1)).ravel()
        m2 = den / n
        b2 = ((zv ** 4).sum() / n) / m2 ** 2
        n1 = n - 1
        ei = -wi / n1
        vi = wi2 * (n - b2) / n1 + (wi ** 2 - wi2) * (2 * b2 - n) / (n1 * (n - 2)) \
            - (wi / n1) ** 2
        with np.errstate(divide="ignore", invalid="ignore"):
            z = (Is - ei) / np.sqrt(vi)
        isl = weights.cardinalities == 0
        for arr in (Is, ei, vi, z):
            arr[isl] = np.nan
        self.Is, self.EI, self.VI, self.z = Is, ei, vi, z
        self.p_norm = _analytical_p(z, alternative)
        steps.report(0.02)

        if permutations:
            part = steps.part(0.02, 0.98)
            reference = conditional_lag_reference(y, m, ~isl, permutations, seed,
                                                  progress=part.report)
            # Is = scale * z_i * (L_i - ybar * w_i) / sd, affine in the lag L of y
            b = scale * zv / sd
            a = -b * ybar * wi
            self.p_sim, self.z_sim, self.EI_sim, self.seI_sim = affine_inference(
                a, b, reference, alternative, Is)
        else:
            self.p_sim = self.z_sim = self.EI_sim = self.seI_sim = np.full(n, np.nan)
        self.p = self.p_sim if inference == "sim" else self.p_norm
        self.significant = _significance(self.p, self.alpha, self.fdr)
        labels = np.full(n, "Not significant", dtype=object)
        for code, name in _QUAD_LABELS.items():
            labels[self.significant & (self.q == code)] = name
        labels[(zv == 0) | (lag_z == 0)] = "Undefined"
        labels[isl] = "Isolated"
        self.labels = labels
        if self.fdr:
            self.notes.say(f"Benjamini-Hochberg FDR correction applied over "
                           f"{int((~isl).sum())} tests")
        if permutations:
            self.notes.say(f"{permutations} conditional permutations, seed {seed}")
        steps.report(1.0)


# =========================================================== Global Moran
class GlobalMoran:
    """Global Moran's I with normal, randomisation and permutation inference.

    Parameters
    ----------
    y : array-like, shape (n,)
    weights : SpatialWeights
    transform : {"row", "binary"}
        Row-standardised (default, as esda) or binary weights.
    permutations : int
        Random permutations of all values for ``p_sim``; 0 to skip.
    seed : int
    alternative : {"two-sided", "greater", "less"}
        ``"greater"``: positive autocorrelation (clustering).  Two-sided
        analytical p-values equal esda's ``p_norm``/``p_rand``.
    progress, should_stop : callable, optional

    Attributes
    ----------
    I : float
        ``(n / S0) * z' W z / z' z`` with ``z = y - mean(y)``.
    EI : float
        ``-1 / (n - 1)``.
    VI_norm, z_norm, p_norm : float
        Variance, z and p under normality (Cliff and Ord 1981).
    VI_rand, z_rand, p_rand : float
        Under randomisation (uses the kurtosis of y).
    p_sim, z_sim, EI_sim, seI_sim : float
        From ``permutations`` random permutations; ``p_sim`` for
        ``alternative`` (esda's ``p_sim`` is the one-sided "directed" value).
    n, n_islands, notes

    References
    ----------
    Moran, P. A. P. (1950). Notes on continuous stochastic phenomena.
    Biometrika 37(1/2), 17-23.

    Cliff, A. D. and Ord, J. K. (1981). Spatial Processes: Models and
    Applications. Pion, London.
    """

    def __init__(self, y, weights: SpatialWeights, *, transform: str = "row",
                 permutations: int = 999, seed=12345, alternative: str = "two-sided",
                 progress=None, should_stop=None):
        steps = as_steps(progress, should_stop)
        self.notes = Notes()
        y = _check_inputs(y, weights, self.notes, "Moran's I", local=False)
        permutations = _check_options(permutations, alternative, self.notes)
        n = len(y)
        self.y, self.n, self.transform = y, n, transform
        self.permutations, self.seed, self.alternative = permutations, seed, alternative
        self.n_islands = len(weights.islands)
        m = _prepared_matrix(weights, transform)
        z = y - y.mean()
        zz = z @ z
        s0 = m.sum()
        if s0 == 0:
            raise InputError("Moran's I: no feature has a neighbour")
        self.I = float(n / s0 * (z @ (m @ z)) / zz)
        self.EI = -1.0 / (n - 1)
        sym = m + m.T
        s1 = 0.5 * sym.multiply(sym).sum()
        s2 = float(((np.asarray(m.sum(axis=1)).ravel()
                     + np.asarray(m.sum(axis=0)).ravel()) ** 2).sum())
        ei2 = self.EI ** 2
        self.VI_norm = float((n * n * s1 - n * s2 + 3 * s0 * s0)
                             / ((n * n - 1) * s0 * s0) - ei2)
        k = n * (z ** 4).sum() / zz ** 2
        a = n * ((n * n - 3 * n + 3) * s1 - n * s2 + 3 * s0 * s0)
        b = k * ((n * n - n) * s1 - 2 * n * s2 + 6 * s0 * s0)
        self.VI_rand = float((a - b) / ((n - 1) * (n - 2) * (n - 3) * s0 * s0) - ei2)
        self.z_norm = (self.I - self.EI) / np.sqrt(self.VI_norm)
        self.z_rand = (self.I - self.EI) / np.sqrt(self.VI_rand)
        self.p_norm = float(_analytical_p(self.z_norm, alternative))
        self.p_rand = float(_analytical_p(self.z_rand, alternative))
        self.S0, self.S1, self.S2 = float(s0), float(s1), s2

        if permutations:
            def moran(zp):                                     # (n, c) permuted z
                return n / s0 * (zp * (m @ zp)).sum(axis=0) / zz

            sims = random_permutation_statistics(z, moran, permutations, seed,
                                                 progress=steps.report)
            n_ge = float((sims >= self.I).sum())
            n_le = float((sims <= self.I).sum())
            self.p_sim = float(pseudo_p_values(n_ge, n_le, permutations, alternative))
            self.EI_sim = float(sims.mean())
            self.seI_sim = float(sims.std())
            self.z_sim = float((self.I - self.EI_sim) / self.seI_sim)
            self.sim = sims
            self.notes.say(f"{permutations} random permutations, seed {seed}")
        else:
            self.p_sim = self.z_sim = self.EI_sim = self.seI_sim = float("nan")
            self.sim = None
        steps.report(1.0)


def global_moran_verdict(result: "GlobalMoran", field: str, alpha: float = 0.05) -> str:
    """One sentence on a Global Moran's I result at significance level ``alpha``.

    The p-value is the permutation pseudo p-value when permutations were run, the
    randomisation p-value otherwise (Cliff and Ord 1981).

    Examples
    --------
    >>> class R: I, EI, p_sim, p_rand = 0.31, -0.01, 0.001, 0.0
    >>> global_moran_verdict(R(), "rate", 0.05)
    'rate is significantly spatially clustered (I = 0.3100, p = 0.001 <= 0.05).'
    """
    kind, p_value = global_moran_pattern(result, alpha)
    if kind is not None:
        return (f"{field} is significantly spatially {kind} "
                f"(I = {result.I:.4f}, p = {p_value:.4g} <= {alpha:g}).")
    return (f"No significant spatial autocorrelation of {field} at {alpha:g} "
            f"(I = {result.I:.4f}, p = {p_value:.4g}).")


def global_moran_pattern(result: "GlobalMoran", alpha: float = 0.05):
    """The decision behind :func:`global_moran_verdict`: ``(kind, p_value)`` with ``kind``
    "clustered", "dispersed" or None (not significant at ``alpha``), so that a caller can
    word it in another language without deciding again.

    Examples
    --------
    >>> class R: I, EI, p_sim, p_rand = -0.2, -0.01, float("nan"), 0.03
    >>> global_moran_pattern(R(), 0.05)
    ('dispersed', 0.03)
    """
    if not 0.0 < alpha < 1.0:
        raise InputError(f"the significance level must lie between 0 and 1, got {alpha!r}")
    p_value = result.p_sim if np.isfinite(result.p_sim) else result.p_rand
    if np.isfinite(p_value) and p_value <= alpha:
        return ("clustered" if result.I > result.EI else "dispersed"), p_value
    return None, p_value
