"""Clustering methods on a prepared indicator matrix: k-means, Ward, Gaussian mixture, k-medoids.

Plain numpy and scipy (no scikit-learn at run time).  Every function returns labels
``0..k-1``; randomness only through ``seed`` (``numpy.random.default_rng``).  The
tests compare each method with scikit-learn started from the same initial state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional

import numpy as np

from ..runtime import InputError
from .threads import single_blas_thread

__all__ = ["Fit", "kmeans", "kmeans_pp", "kmeans_pp_rows", "ward_children", "cut_children", "ward",
           "gaussian_mixture", "kmedoids"]


@dataclass
class Fit:
    """Result of one clustering run.

    Attributes
    ----------
    labels : int array (n,)
    centres : ndarray (k, p)
        Cluster means (k-means, Ward, mixture means) or medoids (k-medoids).
    objective : float
        Within-cluster sum of squares (k-means, Ward), total distance to the medoids
        (k-medoids) or mean log-likelihood (mixture).
    n_iter : int
    medoids : int array (k,) or None
        Row positions of the medoids (k-medoids only).
    """

    labels: np.ndarray
    centres: np.ndarray
    objective: float
    n_iter: int = 0
    medoids: Optional[np.ndarray] = None


# --------------------------------------------------------------------------- k-means


def kmeans_pp(X: np.ndarray, k: int, rng: np.random.Generator, sq: Optional[np.ndarray] = None
              ) -> np.ndarray:
    """Starting centres by greedy k-means++ (rows of X; see :func:`kmeans_pp_rows`)."""
    return X[kmeans_pp_rows(X, k, rng, sq)].copy()


def kmeans_pp_rows(X: np.ndarray, k: int, rng: np.random.Generator,
                   sq: Optional[np.ndarray] = None) -> np.ndarray:
    """Greedy k-means++ seeding: ``2 + log(k)`` candidates per centre, the best kept.

    References
    ----------
    Arthur, D. and Vassilvitskii, S. (2007). k-means++: the advantages of careful
    seeding. Proceedings of the 18th ACM-SIAM Symposium on Discrete Algorithms, 1027-1035.
    """
    n = X.shape[0]
    sq = np.einsum("ij,ij->i", X, X) if sq is None else sq
    trials = 2 + int(np.log(k))
    first = int(rng.integers(n))
    chosen = [first]
    closest = np.maximum(sq + sq[first] - 2.0 * X @ X[first], 0.0)
    d, outer = np.empty((trials, n)), np.empty((trials, n))
    for _ in range(1, k):
        total = closest.sum()
        if total <= 0:
            cand = rng.integers(n, size=trials)
        else:
            cand = np.searchsorted(np.cumsum(closest), rng.random(trials) * total)
            cand = np.minimum(cand, n - 1)
        # max(|x_c|^2 + |x|^2 - 2 x_c.x, 0), then capped by the current closest, in place
        np.matmul(2.0 * X[cand], X.T, out=d)
        np.add(sq[cand, None], sq[None, :], out=outer)
        np.subtract(outer, d, out=d)
        np.maximum(d, 0.0, out=d)
        np.minimum(d, closest[None, :], out=d)
        best = int(np.argmin(d.sum(axis=1)))
        chosen.append(int(cand[best]))
        closest = d[best].copy()
    return np.asarray(chosen, dtype=np.int64)


#: The 52 fraction bits of a float64 (zero for a power of two).
_MANTISSA = (1 << 52) - 1


def _nearest(centres, XT, scores, onehot, powers):
    """Nearest centre of every point, from the points stored column-wise (``XT``, p x n).

    ``scores`` (k x n) receives ``|c|^2 - 2 c.x`` (the squared distance less ``|x|^2``) and
    ``onehot`` (k x n) the membership matrix (1.0 in the row of the point's centre).
    Returns the labels (the first nearest centre on ties, as ``argmin``) and the smallest
    score of each point.

    ``argmin`` along the short axis of a n x k array costs a function call per point;
    here the minimum is one vectorised reduction over the k rows, and the first row
    reaching it is read from the binary exponent of ``sum_j 2^(k-1-j) [row j is
    minimal]`` (an integer below 2^k, exact in float64 for k < 53; ``powers`` None:
    plain ``argmin``).
    """
    np.matmul(-2.0 * centres, XT, out=scores)  # = -2 c.x exactly (power-of-two scaling)
    scores += (centres ** 2).sum(axis=1)[:, None]
    best = np.minimum.reduce(scores, axis=0)
    np.equal(scores, best[None, :], out=onehot)
    if powers is not None:
        bits = (powers @ onehot).view(np.int64)
        if not np.any(bits & _MANTISSA):  # a power of two: one nearest centre for each point
            return (len(powers) + 1022) - (bits >> 52), best  # 1023: the exponent bias
    # Ties (or k >= 53): the first nearest centre, as argmin.
    n = scores.shape[1]
    labels = scores.argmin(axis=0)
    onehot.fill(0.0)
    onehot[labels, np.arange(n)] = 1.0
    return labels, best


def _lloyd(X, XT, sq, centres, max_iter, tol):
    """Lloyd iterations until no label changes or the centres move less than ``tol`` (sum of
    squared shifts); the labels returned are always the nearest final centre."""
    n, k = X.shape[0], centres.shape[0]
    powers = 2.0 ** np.arange(k - 1, -1, -1) if k < 53 else None
    scores, onehot = np.empty((k, n)), np.empty((k, n))
    labels = None
    it = 0
    for it in range(1, max_iter + 1):
        new, best = _nearest(centres, XT, scores, onehot, powers)
        if labels is not None and np.array_equal(new, labels):
            break
        labels = new
        counts = onehot.sum(axis=1)  # exact (whole numbers), faster than a bincount
        sums = onehot @ X
        if np.any(counts == 0):
            # An empty cluster takes the point farthest from its own centre.
            far = np.argsort(-(best + sq))
            for pos, c in zip(far, np.flatnonzero(counts == 0)):
                sums[c] = X[pos]
                counts[c] = 1
        moved = sums / counts[:, None]
        shift = float(((moved - centres) ** 2).sum())
        centres = moved
        if shift <= tol:
            labels, best = _nearest(centres, XT, scores, onehot, powers)
            break
    inertia = float(np.maximum(best + sq, 0.0).sum())
    return labels, centres, inertia, it


def kmeans(X: np.ndarray, k: int, *, seed=None, n_init: int = 4, max_iter: int = 300,
           init: Optional[np.ndarray] = None, tol: float = 1e-4) -> Fit:
    """k-means (Lloyd's algorithm) with greedy k-means++ starts; the best of ``n_init`` runs.

    Parameters
    ----------
    X : ndarray (n, p)
    k : int
    seed : int or numpy Generator
    n_init : int
        Independent k-means++ starts; the run with the lowest within-cluster sum of
        squares is kept.
    init : ndarray (k, p), optional
        Starting centres (e.g. from user seeds); then a single run from them.
    tol : float
        Stop when the sum of squared centre shifts is at most ``tol`` times the mean
        variance of the columns (scikit-learn's rule); 0 = only when no label changes.

    Notes
    -----
    Iterates until no label changes (a fixed point of Lloyd's algorithm), the centres
    stop moving (``tol``) or ``max_iter``; the labels returned are the nearest final
    centre of each point.

    References
    ----------
    Lloyd, S. P. (1982). Least squares quantization in PCM. IEEE Transactions on
    Information Theory 28(2), 129-137.
    """
    X = np.ascontiguousarray(X, dtype=float)
    XT = np.ascontiguousarray(X.T)
    rng = np.random.default_rng(seed)
    sq = np.einsum("ij,ij->i", X, X)
    threshold = tol * float(XT.var(axis=1).mean())  # along rows: 4x faster than X.var(axis=0)
    best = None
    with single_blas_thread():
        starts = [np.asarray(init, dtype=float)] if init is not None else [
            kmeans_pp(X, k, rng, sq) for _ in range(max(1, n_init))]
        for start in starts:
            labels, centres, inertia, it = _lloyd(X, XT, sq, start.copy(), max_iter,
                                                   threshold)
            if best is None or inertia < best.objective:
                best = Fit(labels, centres, inertia, it)
    return best


# --------------------------------------------------------------------------- Ward


def ward_children(X: np.ndarray) -> np.ndarray:
    """Merge order of Ward's hierarchical clustering without constraint.

    Returns
    -------
    int array (n - 1, 2)
        Row ``t`` merges two nodes into node ``n + t`` (leaves are ``0..n-1``), in
        order of increasing merge cost (scipy's nearest-neighbour-chain Ward).

    Notes
    -----
    scipy keeps the condensed distance matrix: memory grows as n^2 / 2 doubles
    (400 MB for 10,000 neighbourhoods).

    References
    ----------
    Ward, J. H. (1963). Hierarchical grouping to optimize an objective function.
    Journal of the American Statistical Association 58(301), 236-244.
    """
    from scipy.cluster.hierarchy import linkage

    z = linkage(np.asarray(X, dtype=float), method="ward")
    return z[:, :2].astype(np.int64)


def cut_children(children: np.ndarray, n: int, k: int) -> np.ndarray:
    """Labels of the k clusters left when the last ``k - 1`` merges are undone.

    Clusters are numbered by their smallest member row, so equal partitions get
    equal labels.
    """
    if not 1 <= k <= n:
        raise InputError(f"cannot cut {n} leaves into {k} clusters")
    parent = np.arange(2 * n - 1)
    used = children[: n - k]
    parent[used[:, 0]] = n + np.arange(n - k)
    parent[used[:, 1]] = n + np.arange(n - k)
    # Follow parents to the root of each leaf by pointer jumping (log depth rounds).
    root = parent.copy()
    while True:
        nxt = root[root]
        if np.array_equal(nxt, root):
            break
        root = nxt
    return _canonical(root[:n])


def _canonical(labels: np.ndarray) -> np.ndarray:
    """Relabel 0..k-1 in order of first appearance."""
    _, first, inverse = np.unique(labels, return_index=True, return_inverse=True)
    order = np.argsort(np.argsort(first))
    return order[inverse].astype(np.int64)


def ward(X: np.ndarray, k: int, children: Optional[np.ndarray] = None) -> Fit:
    """Ward clustering cut at k clusters (the tree may be given to cut it several times)."""
    from .metrics import centres_of, within_ss

    X = np.asarray(X, dtype=float)
    children = ward_children(X) if children is None else children
    labels = cut_children(children, X.shape[0], k)
    return Fit(labels, centres_of(X, labels, k), within_ss(X, labels, k))


# --------------------------------------------------------------------------- Gaussian mixture


def _estep(X, weights, means, chol_prec):
    """Log responsibilities and mean log-likelihood for full covariances."""
    n, p = X.shape
    k = means.shape[0]
    log_prob = np.empty((n, k))
    for j in range(k):
        y = X @ chol_prec[j] - means[j] @ chol_prec[j]
        log_prob[:, j] = -0.5 * (p * np.log(2 * np.pi) + (y ** 2).sum(axis=1)) \
            + np.log(np.diag(chol_prec[j])).sum()
    weighted = log_prob + np.log(weights)[None, :]
    top = weighted.max(axis=1, keepdims=True)
    log_norm = top[:, 0] + np.log(np.exp(weighted - top).sum(axis=1))
    return weighted - log_norm[:, None], float(log_norm.mean())


def _mstep(X, resp, reg):
    from scipy.linalg import cholesky, solve_triangular

    n, p = X.shape
    nk = resp.sum(axis=0) + 10 * np.finfo(float).eps
    means = (resp.T @ X) / nk[:, None]
    chol_prec = np.empty((len(nk), p, p))
    for j in range(len(nk)):
        diff = X - means[j]
        cov = (resp[:, j] * diff.T) @ diff / nk[j]
        cov.flat[:: p + 1] += reg
        try:
            low = cholesky(cov, lower=True)
        except np.linalg.LinAlgError as error:
            raise InputError("the Gaussian mixture met a singular covariance (an indicator "
                             "is constant inside a type); use k-means or fewer types") from error
        chol_prec[j] = solve_triangular(low, np.eye(p), lower=True).T
    return nk / n, means, chol_prec


def gaussian_mixture(X: np.ndarray, k: int, *, seed=None, init_labels=None, max_iter: int = 100,
                     tol: float = 1e-3, reg_covar: float = 1e-6, init_params=None) -> Fit:
    """Gaussian mixture with full covariance matrices, fitted by EM.

    Parameters
    ----------
    init_labels : int array, optional
        Starting partition (default: the best k-means of 4 starts with ``seed``).
    tol : float
        Stop when the mean log-likelihood changes by less than ``tol``.
    reg_covar : float
        Added to the covariance diagonals (numerical stability).
    init_params : tuple (weights, means, precision Cholesky factors), optional
        Starting parameters (overrides ``init_labels``); used by the tests.

    Returns
    -------
    Fit
        ``labels`` = most probable component after the last E-step; ``objective`` =
        mean log-likelihood.

    References
    ----------
    Dempster, A. P., Laird, N. M. and Rubin, D. B. (1977). Maximum likelihood from
    incomplete data via the EM algorithm. Journal of the Royal Statistical Society B
    39(1), 1-38.
    """
    with single_blas_thread():
        return _gaussian_mixture(X, k, seed, init_labels, max_iter, tol, reg_covar, init_params)


def _gaussian_mixture(X, k, seed, init_labels, max_iter, tol, reg_covar, init_params):
    X = np.asarray(X, dtype=float)
    if init_params is not None:
        weights, means, chol_prec = (np.asarray(a, dtype=float) for a in init_params)
    else:
        if init_labels is None:
            init_labels = kmeans(X, k, seed=seed).labels
        resp = np.zeros((X.shape[0], k))
        resp[np.arange(X.shape[0]), init_labels] = 1.0
        weights, means, chol_prec = _mstep(X, resp, reg_covar)
    lower = -np.inf
    it = 0
    for it in range(1, max_iter + 1):
        previous = lower
        log_resp, lower = _estep(X, weights, means, chol_prec)
        weights, means, chol_prec = _mstep(X, np.exp(log_resp), reg_covar)
        if abs(lower - previous) < tol:
            break
    log_resp, lower = _estep(X, weights, means, chol_prec)
    labels = log_resp.argmax(axis=1)
    return Fit(labels, means, lower, it)


# --------------------------------------------------------------------------- k-medoids


def _distances_to(X, sq, rows):
    """Distances from the rows (medoids) to every point, by differences (exact 0 for itself)."""
    out = np.empty((len(rows), X.shape[0]))
    for i, r in enumerate(rows):
        diff = X - X[r]
        out[i] = np.sqrt(np.einsum("ij,ij->i", diff, diff))
    return out


def _best_medoid(X, sq, members):
    """The member with the smallest total distance to the other members (blocked)."""
    best, best_cost = members[0], np.inf
    block = max(1, 2_000_000 // max(len(members), 1))
    sub = X[members]
    sub_sq = sq[members]
    for start in range(0, len(members), block):
        rows = np.arange(start, min(len(members), start + block))
        d = np.sqrt(np.maximum(sub_sq[rows, None] + sub_sq[None, :] - 2.0 * sub[rows] @ sub.T, 0))
        cost = d.sum(axis=1)
        j = int(np.argmin(cost))
        if cost[j] < best_cost:
            best, best_cost = members[rows[j]], cost[j]
    return best


def kmedoids(X: np.ndarray, k: int, *, seed=None, n_init: int = 4, max_iter: int = 100,
             init_medoids=None) -> Fit:
    """k-medoids by alternating assignment and medoid update, k-means++-style starts.

    Each neighbourhood goes to its nearest medoid (Euclidean distance); each
    medoid becomes the member with the smallest total distance to its cluster; until
    the medoids stop changing.  The medoid of a type is a real neighbourhood, which is
    what a deep-dive audit needs.

    References
    ----------
    Park, H.-S. and Jun, C.-H. (2009). A simple and fast algorithm for K-medoids
    clustering. Expert Systems with Applications 36(2), 3336-3341.

    Kaufman, L. and Rousseeuw, P. J. (1990). Finding Groups in Data: An Introduction to
    Cluster Analysis. Wiley, chapter 2.
    """
    X = np.ascontiguousarray(X, dtype=float)
    rng = np.random.default_rng(seed)
    sq = np.einsum("ij,ij->i", X, X)
    starts: List[np.ndarray] = []
    if init_medoids is not None:
        starts.append(np.asarray(init_medoids, dtype=np.int64))
    else:
        for _ in range(max(1, n_init)):
            starts.append(kmeans_pp_rows(X, k, rng, sq))
    best = None
    with single_blas_thread():
        for medoids in starts:
            best = _kmedoids_run(X, sq, k, medoids, max_iter, best)
    return best


def _kmedoids_run(X, sq, k, medoids, max_iter, best):
    """One alternating k-medoids run from ``medoids``; returns the better of it and ``best``."""
    n = X.shape[0]
    it = 0
    for it in range(1, max_iter + 1):
        d = _distances_to(X, sq, medoids)
        labels = d.argmin(axis=0)
        new = np.array([_best_medoid(X, sq, np.flatnonzero(labels == c))
                        if np.any(labels == c) else medoids[c] for c in range(k)])
        if np.array_equal(new, medoids):
            break
        medoids = new
    d = _distances_to(X, sq, medoids)
    labels = d.argmin(axis=0)
    cost = float(d[labels, np.arange(n)].sum())
    if best is None or cost < best.objective:
        best = Fit(labels, X[medoids].copy(), cost, it, medoids.copy())
    return best
