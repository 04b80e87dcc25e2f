"""Benchmark: neighbourhood typologies, ours against the scikit-learn route and pygeoda's SKATER.

Measured in one run, on the same data (a planted city of ``n`` neighbourhoods x 20
indicators, 6 planted types, fixed seed; z-scores):

* ``typology`` -- the whole core run of ``usm:typologies`` with automatic k:
  ours = ``classify_neighbourhoods(method="kmeans", k=0, k_max=10, stability_runs=100)``
  (k = 2..10 with k-means, 4 k-means++ starts each; silhouette, Calinski-Harabasz and
  Davies-Bouldin for every k; 100 subsample re-runs for stability; representatives,
  profiles, names).  The scikit-learn route does the same work with scikit-learn:
  ``KMeans(k, n_init=4)`` for k = 2..10, ``silhouette_score`` (full, no sampling),
  ``calinski_harabasz_score``, ``davies_bouldin_score``, then 100 ``KMeans(k, n_init=1)``
  re-runs on 80 % subsamples (the Jaccard bookkeeping is ours in both);
* ``silhouette`` -- the criteria alone for the nine partitions (ours: one pass over the
  distances for all k; scikit-learn: ``silhouette_score`` nine times);
* ``skater`` -- contiguous regions, k = 5, on the queen contiguity of a square grid:
  ours (``skater_partitions``) against ``pygeoda.skater`` (when pygeoda is installed;
  its weights are built beforehand and not timed), within-region sum of squares of both
  on the same standardised data;
* ``ward+contiguity`` -- ours (``ward_contiguity_children`` + cut) against
  ``AgglomerativeClustering(linkage="ward", connectivity=queen)``.

Every time is printed as wall seconds and the CPU seconds of the process (all its
threads: scikit-learn's OpenMP and pygeoda's threads count), with the load average at
the start and the end: on a shared machine the CPU time is the steadier figure.

Usage::

    .venv/bin/python benchmarks/bench_typology.py            # 10,000 neighbourhoods
    .venv/bin/python benchmarks/bench_typology.py --quick    # 2,500
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
IMPORT_ROOT = ROOT / "build" / "importroot"
SEED = 1
RUNS = 100
K_RANGE = range(2, 11)


def _import_root():
    IMPORT_ROOT.mkdir(parents=True, exist_ok=True)
    link = IMPORT_ROOT / "urban_safety_monitor"
    if not link.exists():
        link.symlink_to(ROOT, target_is_directory=True)
    sys.path.insert(0, str(IMPORT_ROOT))


class Took(float):
    """Wall seconds (the float) with the CPU seconds of the process (all threads) in ``cpu``."""

    def __new__(cls, wall, cpu):
        self = super().__new__(cls, wall)
        self.cpu = cpu
        return self

    def __format__(self, spec):
        return f"{float(self):{spec}} s (CPU {self.cpu:.2f} s)"


def _timed(fn):
    start, cpu = time.perf_counter(), time.process_time()
    value = fn()
    return Took(time.perf_counter() - start, time.process_time() - cpu), value


def _load():
    try:
        with open("/proc/loadavg", encoding="ascii") as handle:
            return " ".join(handle.read().split()[:3])
    except OSError:
        return "unknown"


def sklearn_route(X, stability_runs=RUNS):
    """k = 2..10 with KMeans, full silhouette, CH, DB; best mean rank; subsample re-runs."""
    from sklearn.cluster import KMeans
    from sklearn.metrics import (calinski_harabasz_score, davies_bouldin_score,
                                 silhouette_score)

    from urban_safety_monitor.usm_plugin.core.typology.classify import choose_k
    from urban_safety_monitor.usm_plugin.core.typology.stability import pointwise_jaccard

    rows, labels = [], {}
    for k in K_RANGE:
        fit = KMeans(k, n_init=4, random_state=SEED).fit(X)
        labels[k] = fit.labels_
        rows.append({"k": k, "silhouette": silhouette_score(X, fit.labels_),
                     "calinski_harabasz": calinski_harabasz_score(X, fit.labels_),
                     "davies_bouldin": davies_bouldin_score(X, fit.labels_)})
    k = choose_k(rows)
    rng = np.random.default_rng(SEED)
    n = len(X)
    total = np.zeros(n)
    drawn = np.zeros(n)
    for r in range(stability_runs):
        sub = np.sort(rng.choice(n, size=int(0.8 * n), replace=False))
        again = KMeans(k, n_init=1, random_state=r).fit(X[sub]).labels_
        ref = np.unique(labels[k][sub], return_inverse=True)[1]
        total[sub] += pointwise_jaccard(ref, again)
        drawn[sub] += 1
    return k, total / np.maximum(drawn, 1)


def bench_typology(n_side):
    from urban_safety_monitor.usm_plugin.core.typology import metrics as Me
    from urban_safety_monitor.usm_plugin.core.typology.classify import classify_neighbourhoods
    from urban_safety_monitor.usm_plugin.core.typology.prepare import standardise
    from urban_safety_monitor.usm_plugin.core.typology.synthetic import planted_city

    city = planted_city(n_side, n_side, k=6, p=20, noise=1.0, separation=1.0, seed=SEED,
                        geometry=False)
    fields = [f"x{j}" for j in range(20)]
    n = len(city.frame)
    print(f"\n== typology: {n:,} neighbourhoods x 20 indicators, k = 2..10, "
          f"{RUNS} stability re-runs ==")
    ours_t, ours = _timed(lambda: classify_neighbourhoods(
        city.frame, "nbhd_id", fields, method="kmeans", k=0, k_max=10, seed=SEED,
        stability_runs=RUNS))
    X = standardise(city.frame[fields].to_numpy(), "zscore")
    sk_t, (sk_k, _) = _timed(lambda: sklearn_route(X))
    print(f"  ours (usm core, whole run)            {ours_t:8.2f}   k = {ours.k}")
    print(f"  scikit-learn route                    {sk_t:8.2f}   k = {sk_k}")
    print(f"  ratio scikit-learn / ours             {sk_t / ours_t:8.1f} x wall, "
          f"{sk_t.cpu / ours_t.cpu:.1f} x CPU")

    from sklearn.metrics import silhouette_score

    parts = [np.random.default_rng(k).integers(k, size=n) for k in K_RANGE]
    for p_, k in zip(parts, K_RANGE):
        p_[:k] = np.arange(k)
    sil_t, sil = _timed(lambda: Me.silhouettes(X, parts))
    sk_sil_t, sk_sil = _timed(lambda: [silhouette_score(X, p_) for p_ in parts])
    worst = max(abs(a - b) for a, b in zip(sil.mean(axis=0), sk_sil))
    print(f"  silhouette, 9 partitions: ours {sil_t:.2f}, scikit-learn {sk_sil_t:.2f}, "
          f"ratio {sk_sil_t / sil_t:.1f} x wall, {sk_sil_t.cpu / sil_t.cpu:.1f} x CPU "
          f"(largest difference {worst:.1e})")


def _grid(n_side):
    import geopandas as gpd
    import shapely
    from scipy import sparse

    n = n_side * n_side
    ii, jj = np.divmod(np.arange(n), n_side)
    rows, cols = [], []
    for di, dj in [(0, 1), (1, 0), (1, 1), (1, -1)]:
        ok = (ii + di < n_side) & (jj + dj >= 0) & (jj + dj < n_side)
        a = np.flatnonzero(ok)
        b = (ii[ok] + di) * n_side + jj[ok] + dj
        rows += [a, b]
        cols += [b, a]
    r, c = np.concatenate(rows), np.concatenate(cols)
    A = sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=(n, n))
    frame = gpd.GeoDataFrame(geometry=shapely.box(jj * 100.0, ii * 100.0, jj * 100.0 + 100,
                                                  ii * 100.0 + 100), crs="EPSG:32630")
    return A, frame


def bench_spatial(n_side):
    from urban_safety_monitor.usm_plugin.core.typology import methods as M
    from urban_safety_monitor.usm_plugin.core.typology.metrics import within_ss
    from urban_safety_monitor.usm_plugin.core.typology.prepare import standardise
    from urban_safety_monitor.usm_plugin.core.typology.spatial import (
        skater_partitions, ward_contiguity_children)
    from urban_safety_monitor.usm_plugin.core.typology.synthetic import planted_city

    city = planted_city(n_side, n_side, k=5, p=20, noise=1.0, separation=1.0, seed=SEED,
                        geometry=False)
    fields = [f"x{j}" for j in range(20)]
    X = standardise(city.frame[fields].to_numpy(), "zscore")
    A, frame = _grid(n_side)
    n = len(X)
    print(f"\n== contiguous types: {n:,} grid neighbourhoods (queen) x 20 indicators, k = 5 ==")
    ours_t, (parts, _) = _timed(lambda: skater_partitions(X, A, 5))
    print(f"  ours SKATER                           {ours_t:8.2f}   within SS "
          f"{within_ss(X, parts[5], 5):,.1f}")
    try:
        import pygeoda
    except ImportError:
        print("  pygeoda not installed: SKATER peer skipped")
    else:
        for j, f in enumerate(fields):
            frame[f] = X[:, j]
        gda = pygeoda.open(frame)
        w = pygeoda.queen_weights(gda)
        data = gda[fields]
        geo_t, geo = _timed(lambda: pygeoda.skater(5, w, data, scale_method="raw"))
        labels = np.unique(np.asarray(geo["Clusters"]), return_inverse=True)[1]
        print(f"  pygeoda SKATER                        {geo_t:8.2f}   within SS "
              f"{within_ss(X, labels, 5):,.1f}")
        print(f"  ratio pygeoda / ours                  {geo_t / ours_t:8.1f} x")
    ward_t, children = _timed(lambda: ward_contiguity_children(X, A))
    ours_ward = M.cut_children(children, n, 5)
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.metrics import adjusted_rand_score

    sk_t, sk = _timed(lambda: AgglomerativeClustering(5, linkage="ward", connectivity=A).fit(X))
    print(f"  Ward with contiguity: ours {ward_t:.2f}, scikit-learn {sk_t:.2f}, ratio "
          f"{sk_t / ward_t:.2f} x, ARI between them {adjusted_rand_score(sk.labels_, ours_ward):.3f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,500 neighbourhoods")
    args = parser.parse_args()
    _import_root()
    warnings.simplefilter("ignore")
    side = 50 if args.quick else 100
    print(f"load average (1, 5, 15 min) at start: {_load()}")
    bench_typology(side)
    bench_spatial(side)
    print(f"\nload average at end: {_load()}")


if __name__ == "__main__":
    main()
