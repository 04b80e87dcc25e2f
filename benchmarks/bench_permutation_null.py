"""Benchmark of statistical honesty: permutation p-values under the null, four sampling schemes.

Not a speed benchmark: it prints the figures behind the permutation engine's design
(usm_plugin/core/stats/permutation.py), for Gi* on a 30 x 30 lattice (queen and rook,
binary) and on inverse-distance weights to the 8 nearest of 900 random points
(row-standardised), with values drawn independently (no autocorrelation):

* ``ours``        -- LocalGetisOrd (the engine: a shared offset table read through a
  random arrangement of the values, redrawn every 64 permutations, at a different
  place for every feature);
* ``shared table`` -- the plugin's former engine: one table of draws for every feature,
  a draw of the feature itself replaced by the last feature;
* ``esda``        -- esda.G_Local(star=True) (one shared table, each feature reading it
  over the other features in their original order); its one-sided "directed" p_sim
  is doubled to compare with the two-sided ones;
* ``independent`` -- fresh draws for every feature and permutation (the ideal).

Calibration: over ``--datasets`` independent data sets, the share of features flagged
at 0.05 (two-sided), with its 99 % binomial interval, and the chi-square p-value of
uniformity of p over ten bins, on features with disjoint neighbourhoods.

Coupling: one data set, ``--seeds`` seeds.  For every feature its p-value's Monte
Carlo error across seeds (p minus its mean over seeds):

* ``corr``: mean correlation of the errors between pairs of features (0 for
  independent draws);
* ``var ratio``: variance of the sum of the errors / sum of their variances (1 for
  independent draws; 1 + (n - 1) * corr in general);
* ``sd flagged``: standard deviation across seeds of the share of features flagged
  at 0.05, next to what independent draws would give (from each feature's flag
  frequency), and the ratio of the variances.

Usage::

    .venv/bin/python benchmarks/bench_permutation_null.py              # 100 seeds, 999 perm
    .venv/bin/python benchmarks/bench_permutation_null.py --quick      # 30 seeds, 199 perm
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import numpy as np
from scipy import sparse, stats
from scipy.spatial import cKDTree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build" / "importroot"))


# ----------------------------------------------------------------- weights
def lattice(rows, cols, rule):
    moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    if rule == "queen":
        moves += [(1, 1), (1, -1), (-1, 1), (-1, -1)]
    r, c = np.divmod(np.arange(rows * cols), cols)
    src, dst = [], []
    for dr, dc in moves:
        ok = (r + dr >= 0) & (r + dr < rows) & (c + dc >= 0) & (c + dc < cols)
        src.append(np.flatnonzero(ok))
        dst.append((r[ok] + dr) * cols + c[ok] + dc)
    src, dst = np.concatenate(src), np.concatenate(dst)
    n = rows * cols
    return sparse.csr_matrix((np.ones(len(src)), (src, dst)), shape=(n, n))


def inverse_distance(n, k, seed=1):
    xy = np.random.default_rng(seed).uniform(0, 1000, (n, 2))
    dist, idx = cKDTree(xy).query(xy, k + 1)
    m = sparse.csr_matrix((1.0 / dist[:, 1:].ravel(), (np.repeat(np.arange(n), k),
                                                       idx[:, 1:].ravel())), shape=(n, n))
    return sparse.csr_matrix(sparse.diags(1.0 / np.asarray(m.sum(axis=1)).ravel()) @ m)


def separated(matrix):
    used = np.zeros(matrix.shape[0], dtype=bool)
    chosen = []
    for i in range(matrix.shape[0]):
        hood = np.r_[i, matrix.indices[matrix.indptr[i]:matrix.indptr[i + 1]]]
        if not used[hood].any():
            chosen.append(i)
            used[hood] = True
    return np.array(chosen)


# ----------------------------------------------------------------- schemes
def _two_sided(sims, obs, perms):
    """sims: (perms, n) permuted lags."""
    ge = (sims >= obs - 1e-9).sum(axis=0)
    le = (sims <= obs + 1e-9).sum(axis=0)
    return np.minimum(1.0, 2.0 * (np.minimum(ge, le) + 1.0) / (perms + 1.0))


def _padded(matrix):
    card = np.diff(matrix.indptr)
    kmax = int(card.max())
    pad = np.zeros((matrix.shape[0], kmax))
    for i in range(matrix.shape[0]):
        pad[i, :card[i]] = matrix.data[matrix.indptr[i]:matrix.indptr[i + 1]]
    return card, pad


def p_ours(y, matrix, perms, seed):
    from urban_safety_monitor.usm_plugin.core.stats.autocorrelation import LocalGetisOrd
    from urban_safety_monitor.usm_plugin.core.stats.weights import SpatialWeights

    binary = bool(np.all(matrix.data == 1))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return LocalGetisOrd(y, SpatialWeights(matrix), transform="binary" if binary else "row",
                             permutations=perms, seed=seed).p_sim


def p_shared_table(y, matrix, perms, seed):
    n = len(y)
    card, pad = _padded(matrix)
    rng = np.random.default_rng(seed)
    table = np.array([rng.choice(n - 1, pad.shape[1], replace=False) for _ in range(perms)])
    sims = y[table] @ pad.T                                  # (perms, n)
    r, c = np.nonzero(table < n)
    v = table[r, c]
    hit = c < card[v]
    sims[r[hit], v[hit]] += pad[v[hit], c[hit]] * (y[n - 1] - y[v[hit]])
    return _two_sided(sims, matrix @ y, perms)


def p_independent(y, matrix, perms, seed):
    n = len(y)
    card, pad = _padded(matrix)
    kmax = pad.shape[1]
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, n - 1, size=(n, perms, kmax))
    while True:                                  # reject samples with a repeated feature
        bad = np.zeros((n, perms), dtype=bool)
        for a in range(kmax):
            for b in range(a + 1, kmax):
                bad |= draws[:, :, a] == draws[:, :, b]
        if not bad.any():
            break
        draws[bad] = rng.integers(0, n - 1, size=(int(bad.sum()), kmax))
    draws += draws >= np.arange(n)[:, None, None]            # skip the feature itself
    sims = np.einsum("irk,ik->ri", y[draws], pad)
    return _two_sided(sims, matrix @ y, perms)


def p_esda(y, matrix, perms, seed):
    import esda
    import libpysal

    binary = bool(np.all(matrix.data == 1))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = libpysal.weights.W.from_sparse(matrix)
        g = esda.G_Local(y, w, transform="B" if binary else "R", star=True, permutations=perms,
                         seed=seed, keep_simulations=False, n_jobs=1)
    return np.minimum(1.0, 2.0 * g.p_sim)


SCHEMES = {"ours": p_ours, "shared table": p_shared_table, "esda": p_esda,
           "independent": p_independent}


# ----------------------------------------------------------------- figures
def calibration(fn, matrix, datasets, perms):
    spaced = separated(matrix)
    p = np.concatenate([fn(np.random.default_rng(1000 + d).normal(10, 1, matrix.shape[0]),
                           matrix, perms, d)[spaced] for d in range(datasets)])
    flagged = int((p <= 0.05).sum())
    ci = stats.binomtest(flagged, len(p), 0.05).proportion_ci(0.99)
    step = 2.0 / (perms + 1)
    edges = np.r_[0.0, np.arange(1, 11) / 10 + step / 4]
    uniform = stats.chisquare(np.histogram(p, bins=edges)[0]).pvalue
    return flagged / len(p), len(p), uniform, ci


def coupling(fn, matrix, seeds, perms):
    y = np.random.default_rng(77).normal(10, 1, matrix.shape[0])
    p = np.array([fn(y, matrix, perms, s) for s in range(seeds)])
    n = p.shape[1]
    e = p - p.mean(axis=0)
    keep = e.std(axis=0) > 0
    corr = np.corrcoef(e[:, keep].T)
    mean_corr = (corr.sum() - np.trace(corr)) / (keep.sum() * (keep.sum() - 1))
    var_ratio = e.sum(axis=1).var(ddof=1) / e.var(axis=0, ddof=1).sum()
    flags = p <= 0.05
    q = flags.mean(axis=0)
    sd_flag = flags.mean(axis=1).std(ddof=1)
    sd_indep = np.sqrt((q * (1 - q)).sum() * seeds / (seeds - 1)) / n
    return mean_corr, var_ratio, sd_flag, sd_indep


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--seeds", type=int)
    parser.add_argument("--datasets", type=int)
    parser.add_argument("--permutations", type=int)
    args = parser.parse_args()
    seeds = args.seeds or (30 if args.quick else 100)
    datasets = args.datasets or (10 if args.quick else 40)
    perms = args.permutations or (199 if args.quick else 999)
    cases = {"30x30 queen, binary": lattice(30, 30, "queen"),
             "30x30 rook, binary": lattice(30, 30, "rook"),
             "900 points, inverse distance (8 nearest), row": inverse_distance(900, 8)}
    print(f"Permutation p-values under the null: Gi*, {perms} permutations; coupling over "
          f"{seeds} seeds, calibration over {datasets} data sets")
    low, high = (stats.chi2.ppf(q, seeds - 1) / (seeds - 1) for q in (0.005, 0.995))
    print(f"independent draws give var ratio and flag variance ratio 1 "
          f"(99 % range for {seeds} seeds: {low:.2f} - {high:.2f})", flush=True)
    for name, matrix in cases.items():
        print(f"\n== {name} ==")
        for scheme, fn in SCHEMES.items():
            start = time.perf_counter()
            try:
                share, count, uniform, ci = calibration(fn, matrix, datasets, perms)
                corr, ratio, sd_flag, sd_indep = coupling(fn, matrix, seeds, perms)
            except ImportError as exc:
                print(f"   {scheme:<13} skipped ({exc})")
                continue
            print(f"   {scheme:<13} flagged@0.05 {share:.4f} (99% CI {ci.low:.4f}-{ci.high:.4f}, "
                  f"n={count}), uniformity p {uniform:.3f} | corr {corr:+.4f}, var ratio "
                  f"{ratio:7.2f}, sd flagged {sd_flag:.4f} (independent {sd_indep:.4f}, "
                  f"ratio of variances {(sd_flag / sd_indep) ** 2:5.2f})  "
                  f"[{time.perf_counter() - start:.0f} s]", flush=True)


if __name__ == "__main__":
    main()
