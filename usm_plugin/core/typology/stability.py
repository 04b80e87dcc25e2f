"""Stability of each neighbourhood's type under subsample re-runs.

Scheme (stated to the user): ``runs`` times, draw a share ``fraction`` of the
neighbourhoods without replacement, re-run the same method with the same k and a new
random start on that subsample, and compare each drawn neighbourhood's co-members:
the members of its type in the full solution that were drawn, against the members of
its cluster in the re-run.  Their agreement is the Jaccard index (shared co-members
over the union).  ``stability`` is the mean over the re-runs that drew the
neighbourhood: 1 = it always lands with exactly the same co-members, near 0 = its
company changes from run to run.  This is Hennig's (2007) clusterwise Jaccard
bootstrap read per neighbourhood instead of per cluster.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

__all__ = ["subsample_stability", "pointwise_jaccard"]


def pointwise_jaccard(reference: np.ndarray, other: np.ndarray) -> np.ndarray:
    """Jaccard index between each point's cluster in two partitions of the same points.

    Returns
    -------
    ndarray (n,)
        ``|A_i & B_i| / |A_i | B_i|`` with ``A_i`` the members of ``i``'s cluster in
        ``reference`` and ``B_i`` in ``other`` (``i`` included in both).
    """
    ka = int(reference.max()) + 1
    kb = int(other.max()) + 1
    table = np.bincount(reference * kb + other, minlength=ka * kb).reshape(ka, kb)
    both = table[reference, other]
    return both / (np.bincount(reference, minlength=ka)[reference]
                   + np.bincount(other, minlength=kb)[other] - both)


def subsample_stability(labels: np.ndarray, rerun: Callable[[np.ndarray, np.random.Generator],
                                                             np.ndarray],
                        *, runs: int = 100, fraction: float = 0.8, seed=None, steps=None):
    """Mean per-neighbourhood Jaccard agreement over subsample re-runs.

    Parameters
    ----------
    labels : int array (n,)
        The full solution.
    rerun : callable ``(rows, rng) -> labels of rows``
        Re-runs the method on the neighbourhoods at positions ``rows``.
    runs : int
    fraction : float
        Share of neighbourhoods drawn in each re-run (without replacement).
    seed : int

    Returns
    -------
    stability : ndarray (n,)
        NaN for a neighbourhood never drawn (practically impossible with 100 runs).
    drawn : int array (n,)
        How many re-runs drew each neighbourhood.

    References
    ----------
    Hennig, C. (2007). Cluster-wise assessment of cluster stability. Computational
    Statistics and Data Analysis 52(1), 258-271.

    Lange, T., Roth, V., Braun, M. L. and Buhmann, J. M. (2004). Stability-based
    validation of clustering solutions. Neural Computation 16(6), 1299-1323.
    """
    n = len(labels)
    rng = np.random.default_rng(seed)
    m = max(2, int(round(fraction * n)))
    total = np.zeros(n)
    drawn = np.zeros(n, dtype=np.int64)
    for r in range(runs):
        rows = np.sort(rng.choice(n, size=m, replace=False))
        sub = rerun(rows, rng)
        ref = np.unique(labels[rows], return_inverse=True)[1]
        total[rows] += pointwise_jaccard(ref, np.asarray(sub, dtype=np.int64))
        drawn[rows] += 1
        if steps is not None:
            steps.report((r + 1) / runs)
    with np.errstate(invalid="ignore", divide="ignore"):
        stability = np.where(drawn > 0, total / np.maximum(drawn, 1), np.nan)
    return stability, drawn
