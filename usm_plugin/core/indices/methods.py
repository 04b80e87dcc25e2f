"""Building blocks of a composite indicator: outliers, imputation, normalisation, weights.

Each function works on plain numpy arrays (one indicator, or a matrix with one
column per indicator) and follows the definitions of the OECD/JRC *Handbook on
Constructing Composite Indicators* (2008) and of the COINr package, so a
result can be checked by hand.  Missing values are NaN and stay NaN unless a
function's job is to fill them (:func:`impute`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np

from ..runtime import InputError

__all__ = [
    "WinsorResult",
    "impute",
    "normalise",
    "normalise_columns",
    "pca_weights",
    "skew_kurtosis",
    "varimax",
    "winsorise",
]

#: Scale of the bounded normalisations (min-max, rank, goalposts, distance to target).
SCALE = 100.0


# --------------------------------------------------------------------------- outliers


def skew_kurtosis(values: np.ndarray) -> Tuple[float, float]:
    """Sample skewness and excess kurtosis with the small-sample corrections.

    These are the estimators of Excel's SKEW and KURT, which the JRC's COIN
    tool uses for its outlier rule (``scipy.stats.skew(x, bias=False)`` and
    ``scipy.stats.kurtosis(x, bias=False)``).  NaN is ignored; fewer than 4
    values or no variation give NaN.

    References
    ----------
    Joanes, D. N. and Gill, C. A. (1998). Comparing measures of sample skewness
    and kurtosis. Journal of the Royal Statistical Society D 47(1), 183-189.
    """
    x = values[np.isfinite(values)]
    n = x.size
    if n < 4:
        return np.nan, np.nan
    d = x - x.mean()
    m2 = np.mean(d ** 2)
    if m2 <= 0:
        return np.nan, np.nan
    g1 = np.mean(d ** 3) / m2 ** 1.5
    g2 = np.mean(d ** 4) / m2 ** 2 - 3.0
    skew = g1 * np.sqrt(n * (n - 1)) / (n - 2)
    kurt = (n - 1) / ((n - 2) * (n - 3)) * ((n + 1) * g2 + 6)
    return float(skew), float(kurt)


@dataclass
class WinsorResult:
    """One indicator after the outlier rule.

    Attributes
    ----------
    values : numpy.ndarray
        The indicator with the treated points replaced.
    n_low, n_high : int
        Points replaced at the bottom and at the top.
    skew_before, kurt_before, skew_after, kurt_after : float
        Skewness and excess kurtosis (:func:`skew_kurtosis`).
    still_outlying : bool
        True when the rule still flags the indicator after ``max_points``.
    """

    values: np.ndarray
    n_low: int
    n_high: int
    skew_before: float
    kurt_before: float
    skew_after: float
    kurt_after: float
    still_outlying: bool


def _flagged(skew: float, kurt: float, skew_limit: float, kurt_limit: float) -> bool:
    return bool(np.isfinite(skew) and abs(skew) > skew_limit and kurt > kurt_limit)


def winsorise(values, *, skew_limit: float = 2.0, kurt_limit: float = 3.5,
              max_points: int = 5) -> WinsorResult:
    """Winsorise an indicator while it breaks the skewness-and-kurtosis rule.

    The rule of the JRC (COIN tool, COINr's ``Treat``): an indicator has
    outliers when ``|skewness| > skew_limit`` *and* ``kurtosis > kurt_limit``.
    While it does, the most extreme value on the side of the skew (the largest
    for a positive skew) is replaced by the next value inwards; tied extremes
    move together, and a step that would bring the number of replaced values
    above ``max_points`` is not taken.

    Parameters
    ----------
    values : array_like
        One indicator; NaN is ignored and kept.
    skew_limit, kurt_limit : float
        Thresholds of the rule (JRC defaults 2 and 3.5).
    max_points : int
        Largest number of values replaced (COINr's ``winmax``).

    Returns
    -------
    WinsorResult

    References
    ----------
    OECD/JRC (2008). Handbook on Constructing Composite Indicators:
    Methodology and User Guide. OECD Publishing, section 1.5.
    Becker, W., Caperna, G., Del Sorbo, M., Norlén, H., Papadimitriou, E.,
    Saisana, M. (2022). COINr: an R package for developing composite
    indicators. Journal of Open Source Software 7(78), 4567.
    """
    x = np.array(values, dtype=float, copy=True)
    skew0, kurt0 = skew_kurtosis(x)
    skew, kurt = skew0, kurt0
    n_low = n_high = 0
    distinct = np.unique(x[np.isfinite(x)]) if _flagged(skew, kurt, skew_limit, kurt_limit) \
        else np.empty(0)
    bottom, top = 0, distinct.size - 1  # the current extremes among the distinct values
    while _flagged(skew, kurt, skew_limit, kurt_limit):
        if top - bottom < 2:
            break
        if skew > 0:
            extreme, inner = distinct[top], distinct[top - 1]
        else:
            extreme, inner = distinct[bottom], distinct[bottom + 1]
        hit = x == extreme
        if n_low + n_high + int(hit.sum()) > max_points:
            break
        if skew > 0:
            n_high += int(hit.sum())
            top -= 1
        else:
            n_low += int(hit.sum())
            bottom += 1
        x[hit] = inner
        skew, kurt = skew_kurtosis(x)
    return WinsorResult(x, n_low, n_high, skew0, kurt0, skew, kurt,
                        _flagged(skew, kurt, skew_limit, kurt_limit))


# --------------------------------------------------------------------------- imputation


def impute(matrix: np.ndarray, method: str) -> np.ndarray:
    """Fill missing indicator values.

    Parameters
    ----------
    matrix : numpy.ndarray
        Units x indicators, NaN for missing.
    method : {"none", "mean", "median"}
        ``none`` leaves NaN: the aggregation then uses the available indicators
        of each unit with their weights rescaled (available-case analysis,
        COINr's default); ``mean`` and ``median`` fill with the indicator's
        mean or median over the units that have it (unconditional imputation,
        Handbook section 1.3).

    References
    ----------
    OECD/JRC (2008). Handbook on Constructing Composite Indicators, section 1.3.
    """
    if method == "none":
        return matrix
    if method not in ("mean", "median"):
        raise InputError(f"imputation must be none, mean or median; got {method!r}")
    out = np.array(matrix, dtype=float, copy=True)
    centre = np.nanmean if method == "mean" else np.nanmedian
    for j in range(out.shape[1]):
        missing = ~np.isfinite(out[:, j])
        if missing.any() and not missing.all():
            out[missing, j] = centre(out[~missing, j])
    return out


# --------------------------------------------------------------------------- normalisation


def _average_ranks(y: np.ndarray) -> np.ndarray:
    """1-based ranks of the finite values, ties averaged (as R's rank)."""
    from scipy.stats import rankdata

    return rankdata(y, method="average")


def normalise(values, method: str, *, direction: int = 1,
              goalposts: Optional[Tuple[float, float]] = None,
              target: Optional[float] = None) -> Tuple[np.ndarray, int]:
    """Normalise one indicator so that a higher score is better in ``direction``.

    With ``y = direction * x`` (direction +1 keeps the indicator's sense, -1
    reverses it):

    - ``minmax``: ``100 (y - min y) / (max y - min y)``;
    - ``zscore``: ``(y - mean y) / sd y`` (sample standard deviation, n - 1);
    - ``rank``: percentile rank ``100 (r - 1) / (n - 1)``, ``r`` the rank of
      ``y`` among the ``n`` units with a value, ties averaged;
    - ``goalposts``: ``100 (x - low) / (high - low)`` (direction +1) or
      ``100 (high - x) / (high - low)`` (direction -1), clipped to [0, 100];
      fixed goalposts keep scores comparable across years;
    - ``target``: distance to target, ``100 (x - min x) / (target - min x)``
      (direction +1) or ``100 (max x - x) / (max x - target)`` (direction -1),
      capped at 100 for units that reached the target (COINr's
      ``n_dist2targ`` with ``cap_max``).

    Parameters
    ----------
    values : array_like
        Raw indicator values, NaN for missing (kept NaN).
    method : str
        One of the methods above.
    direction : {1, -1}
    goalposts : (low, high), optional
        Needed by ``goalposts``.
    target : float, optional
        Needed by ``target``.

    Returns
    -------
    scores : numpy.ndarray
    n_clipped : int
        Values outside the goalposts (or beyond the target) that were capped.

    Raises
    ------
    InputError
        An unknown method, a missing goalpost or target, or an indicator
        without variation for min-max, z-score or rank.

    References
    ----------
    OECD/JRC (2008). Handbook on Constructing Composite Indicators, section 1.5
    and Table 3.
    Becker et al. (2022). COINr, normalisation functions n_minmax, n_zscore,
    n_prank, n_goalposts, n_dist2targ.
    """
    x = np.asarray(values, dtype=float)
    ok = np.isfinite(x)
    out = np.full(x.shape, np.nan)
    if not ok.any():
        return out, 0
    y = direction * x[ok]
    if method in ("minmax", "zscore", "rank") and np.ptp(y) == 0:
        raise InputError("the indicator has no variation; it cannot be normalised by " + method)
    clipped = 0
    if method == "minmax":
        out[ok] = SCALE * (y - y.min()) / np.ptp(y)
    elif method == "zscore":
        if y.size < 2:
            raise InputError("a z-score needs at least two values")
        out[ok] = (y - y.mean()) / y.std(ddof=1)
    elif method == "rank":
        n = y.size
        out[ok] = SCALE * (_average_ranks(y) - 1.0) / (n - 1.0)
    elif method == "goalposts":
        if goalposts is None:
            raise InputError("goalposts normalisation needs goalposts [low, high]")
        low, high = goalposts
        raw = (x[ok] - low) / (high - low)
        if direction < 0:
            raw = 1.0 - raw
        clipped = int(np.sum((raw < 0) | (raw > 1)))
        out[ok] = SCALE * np.clip(raw, 0.0, 1.0)
    elif method == "target":
        out[ok], clipped = _distance_to_target(x[ok], direction, target)
    else:
        raise InputError(f"normalisation must be one of minmax, zscore, rank, goalposts, target; "
                         f"got {method!r}")
    return out, clipped


def normalise_columns(matrix: np.ndarray, method: str, directions) -> np.ndarray:
    """:func:`normalise` of every column of a matrix at once, for min-max and rank.

    The same numbers as ``normalise(matrix[:, j], method, direction=directions[j])``
    column by column, bit for bit (the same operations on the same values), in a
    few whole-matrix steps: the Monte Carlo analysis normalises all indicators
    under every alternative.

    Parameters
    ----------
    matrix : numpy.ndarray
        Units x indicators, NaN (or any non-finite value) for missing.
    method : {"minmax", "rank"}
    directions : array_like of {1, -1}
        One per column.

    Returns
    -------
    numpy.ndarray
        Units x indicators scores (float64), NaN where missing.

    Raises
    ------
    InputError
        Another method, or a column with values but no variation.

    References
    ----------
    OECD/JRC (2008). Handbook on Constructing Composite Indicators, section 1.5.
    """
    if method not in ("minmax", "rank"):
        raise InputError(f"normalise_columns does min-max and rank; got {method!r}")
    x = np.asarray(matrix, dtype=float)
    ok = np.isfinite(x)
    counts = ok.sum(axis=0)
    y = x * np.asarray(directions, dtype=float)
    y[~ok] = np.nan
    low = np.fmin.reduce(y, axis=0)  # fmin skips NaN; a column without values gives NaN
    span = np.fmax.reduce(y, axis=0) - low
    if np.any((counts > 0) & (span == 0)):
        raise InputError("the indicator has no variation; it cannot be normalised by " + method)
    if method == "minmax":
        return SCALE * (y - low) / span
    ranks = _average_ranks_columns(np.where(ok, y, np.inf))
    ranks[~ok] = np.nan
    with np.errstate(invalid="ignore", divide="ignore"):
        return SCALE * (ranks - 1.0) / (counts - 1.0)


def _average_ranks_columns(y: np.ndarray) -> np.ndarray:
    """1-based ranks within each column, ties averaged (no NaN: missing given as +inf).

    A tie group at sorted positions ``s .. e - 1`` gets ``(s + e + 1) / 2``, the
    mean of its ranks ``s + 1 .. e``, as ``scipy.stats.rankdata`` computes it;
    the values are integers and halves, exact in floating point.
    """
    columns = np.ascontiguousarray(y.T)  # one row per indicator: contiguous sorts
    n = columns.shape[1]
    out = np.empty(columns.shape)
    positions = np.arange(float(n))
    boundary = np.ones(n + 1, dtype=bool)
    for j, values in enumerate(columns):
        order = np.argsort(values)
        ordered = values[order]
        np.not_equal(ordered[1:], ordered[:-1], out=boundary[1:n])
        starts = np.flatnonzero(boundary[:n])
        sizes = np.diff(np.flatnonzero(boundary))
        out[j][order] = np.repeat(0.5 * (2 * positions[starts] + sizes + 1), sizes)
    return out.T


def _distance_to_target(x: np.ndarray, direction: int, target: Optional[float]):
    if target is None:
        raise InputError("distance-to-target normalisation needs a target value")
    if direction > 0:
        worst, span = x.min(), target - x.min()
        raw = (x - worst) / span if span > 0 else np.ones_like(x)
    else:
        worst, span = x.max(), x.max() - target
        raw = (worst - x) / span if span > 0 else np.ones_like(x)
    clipped = int(np.sum(raw > 1))
    return SCALE * np.minimum(raw, 1.0), clipped


# --------------------------------------------------------------------------- weights


def varimax(loadings: np.ndarray, *, max_iter: int = 500, tol: float = 1e-10) -> np.ndarray:
    """Varimax rotation of a loading matrix (Kaiser 1958), without row normalisation.

    Parameters
    ----------
    loadings : numpy.ndarray
        Indicators x factors.

    Returns
    -------
    numpy.ndarray
        The rotated loadings.

    References
    ----------
    Kaiser, H. F. (1958). The varimax criterion for analytic rotation in factor
    analysis. Psychometrika 23(3), 187-200.
    """
    lam = np.asarray(loadings, dtype=float)
    p, k = lam.shape
    if k < 2:
        return lam.copy()
    rotation = np.eye(k)
    criterion = 0.0
    for _ in range(max_iter):
        rotated = lam @ rotation
        target = rotated ** 3 - rotated @ np.diag(np.sum(rotated ** 2, axis=0)) / p
        u, s, vt = np.linalg.svd(lam.T @ target)
        rotation = u @ vt
        new = float(np.sum(s))
        if new - criterion < tol * max(new, 1.0):
            break
        criterion = new
    return lam @ rotation


@dataclass
class PcaWeights:
    """Weights of a group's indicators from principal components (Handbook section 6.1).

    Attributes
    ----------
    weights : numpy.ndarray
        One weight per indicator, summing to 1.
    eigenvalues : numpy.ndarray
        Eigenvalues of the correlation matrix, largest first.
    n_factors : int
        Factors retained (eigenvalue > 1, at least one).
    loadings : numpy.ndarray
        Retained loadings after varimax rotation (indicators x factors).
    factor_of : numpy.ndarray
        The factor each indicator is assigned to (largest squared loading).
    """

    weights: np.ndarray
    eigenvalues: np.ndarray
    n_factors: int
    loadings: np.ndarray
    factor_of: np.ndarray


def pca_weights(matrix: np.ndarray) -> PcaWeights:
    """Statistical weights from principal components, as in the OECD/JRC Handbook.

    1. Principal components of the correlation matrix of the indicators
       (units with every indicator present);
    2. retain the factors with eigenvalue > 1 (at least one) and rotate their
       loadings (eigenvector x sqrt(eigenvalue)) by varimax;
    3. square the rotated loadings and scale each factor's column to sum to 1;
    4. assign each indicator to the factor where its scaled squared loading
       is largest; its weight is that scaled squared loading times the
       factor's share of the variance explained by the retained factors
       (sum of the factor's squared rotated loadings);
    5. rescale the weights to sum to 1.

    Parameters
    ----------
    matrix : numpy.ndarray
        Units x indicators (at least 2 indicators and 3 complete units).

    References
    ----------
    OECD/JRC (2008). Handbook on Constructing Composite Indicators, sections
    3.1 and 6.1 (the Technology Achievement Index example).
    Nicoletti, G., Scarpetta, S., Boylaud, O. (2000). Summary indicators of
    product market regulation with an extension to employment protection
    legislation. OECD Economics Department Working Paper 226.
    """
    x = np.asarray(matrix, dtype=float)
    complete = np.all(np.isfinite(x), axis=1)
    x = x[complete]
    if x.shape[1] < 2 or x.shape[0] < 3:
        raise InputError("PCA weights need at least 2 indicators and 3 units with every value")
    sd = x.std(axis=0, ddof=1)
    if np.any(sd == 0):
        raise InputError("PCA weights need indicators that vary")
    corr = np.corrcoef(x, rowvar=False)
    eigenvalues, vectors = np.linalg.eigh(corr)
    order = np.argsort(eigenvalues)[::-1]
    eigenvalues, vectors = eigenvalues[order], vectors[:, order]
    q = max(1, int(np.sum(eigenvalues > 1.0)))
    loadings = vectors[:, :q] * np.sqrt(np.maximum(eigenvalues[:q], 0.0))
    loadings = varimax(loadings)
    squared = loadings ** 2
    explained = squared.sum(axis=0)
    scaled = squared / explained
    factor_of = np.argmax(scaled, axis=1)
    raw = scaled[np.arange(scaled.shape[0]), factor_of] * (explained / explained.sum())[factor_of]
    return PcaWeights(raw / raw.sum(), eigenvalues, q, loadings, factor_of)
