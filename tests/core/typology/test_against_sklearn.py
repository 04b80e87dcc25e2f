"""Typology methods and criteria against scikit-learn on the same standardised data.

Deterministic methods started from the same state must give the same partition
(ARI = 1) and criteria equal to 1e-9.
"""

import numpy as np
import pytest
from scipy import sparse

from urban_safety_monitor.usm_plugin.core.typology import methods as M
from urban_safety_monitor.usm_plugin.core.typology import metrics as Me
from urban_safety_monitor.usm_plugin.core.typology.prepare import standardise
from urban_safety_monitor.usm_plugin.core.typology.spatial import (skater_partitions,
                                                                   ward_contiguity_children)

sklearn = pytest.importorskip("sklearn")
from sklearn import cluster, metrics, mixture  # noqa: E402
from sklearn.preprocessing import RobustScaler, StandardScaler  # noqa: E402


def _blobs(n=400, p=5, k=4, spread=1.5, seed=0):
    rng = np.random.default_rng(seed)
    truth = rng.integers(k, size=n)
    X = rng.normal(0, spread, (k, p))[truth] + rng.normal(size=(n, p))
    return standardise(X, "zscore"), truth


def _grid(nx, ny):
    """Queen adjacency of an nx x ny grid (row-major)."""
    n = nx * ny
    ii, jj = np.divmod(np.arange(n), nx)
    rows, cols = [], []
    for di, dj in [(0, 1), (1, 0), (1, 1), (1, -1)]:
        ok = (ii + di < ny) & (jj + dj >= 0) & (jj + dj < nx)
        a = np.flatnonzero(ok)
        b = (ii[ok] + di) * nx + jj[ok] + dj
        rows += [a, b]
        cols += [b, a]
    r, c = np.concatenate(rows), np.concatenate(cols)
    return sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=(n, n))


def test_standardisation_equals_sklearn_scalers():
    X, _ = _blobs()
    np.testing.assert_allclose(standardise(X * 3 + 1, "zscore"),
                               StandardScaler().fit_transform(X * 3 + 1), atol=1e-12)
    np.testing.assert_allclose(standardise(X, "robust"), RobustScaler().fit_transform(X),
                               atol=1e-12)


@pytest.mark.parametrize("seed", [0, 1])
def test_criteria_equal_sklearn(seed):
    X, truth = _blobs(seed=seed)
    rng = np.random.default_rng(seed)
    partitions = [truth, rng.integers(3, size=len(X)), M.kmeans(X, 6, seed=seed).labels]
    partitions[1][:2] = [0, 1]  # make sure every label 0..2 is used
    sil = Me.silhouettes(X, partitions)
    for j, labels in enumerate(partitions):
        labels = np.unique(labels, return_inverse=True)[1]
        np.testing.assert_allclose(sil[:, j], metrics.silhouette_samples(X, labels), atol=1e-9)
        assert abs(sil[:, j].mean() - metrics.silhouette_score(X, labels)) < 1e-9
        assert Me.calinski_harabasz(X, labels) == pytest.approx(
            metrics.calinski_harabasz_score(X, labels), rel=1e-9)
        assert Me.davies_bouldin(X, labels) == pytest.approx(
            metrics.davies_bouldin_score(X, labels), rel=1e-9)


def test_silhouette_of_singleton_cluster_is_zero_as_sklearn():
    X, _ = _blobs(n=50)
    labels = np.zeros(50, dtype=int)
    labels[:25] = 1
    labels[7] = 2  # a cluster with one member
    ours = Me.silhouettes(X, [labels])[:, 0]
    np.testing.assert_allclose(ours, metrics.silhouette_samples(X, labels), atol=1e-9)
    assert ours[7] == 0.0


@pytest.mark.parametrize("k", [3, 5])
def test_kmeans_same_start_same_partition(k):
    X, _ = _blobs(n=600, k=k)
    init = X[np.random.default_rng(3).choice(len(X), k, replace=False)]
    ours = M.kmeans(X, k, init=init, tol=0.0)
    ref = cluster.KMeans(k, init=init, n_init=1, tol=0.0, algorithm="lloyd").fit(X)
    assert metrics.adjusted_rand_score(ref.labels_, ours.labels) == 1.0
    assert ours.objective == pytest.approx(ref.inertia_, rel=1e-9)
    np.testing.assert_allclose(np.sort(ours.centres, axis=0),
                               np.sort(ref.cluster_centers_, axis=0), atol=1e-9)


def test_kmeans_pp_finds_the_same_optimum_as_sklearn():
    X, truth = _blobs(n=800, k=4, spread=3.0)
    ours = M.kmeans(X, 4, seed=11)
    ref = cluster.KMeans(4, n_init=10, random_state=0).fit(X)
    assert metrics.adjusted_rand_score(ref.labels_, ours.labels) == 1.0
    assert ours.objective == pytest.approx(ref.inertia_, rel=1e-9)


def _plain_lloyd(X, centres, tol):
    """Textbook Lloyd with argmin over an n x k matrix, the same stopping and empty-cluster
    rules as methods.kmeans: the reference for its vectorised nearest-centre search."""
    labels = None
    for _ in range(300):
        new = (((X[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)).argmin(axis=1)
        if labels is not None and np.array_equal(new, labels):
            break
        labels = new
        counts = np.bincount(labels, minlength=len(centres))
        sums = np.array([X[labels == c].sum(axis=0) for c in range(len(centres))])
        far = np.argsort(-((X - centres[labels]) ** 2).sum(axis=1))
        for pos, c in zip(far, np.flatnonzero(counts == 0)):
            sums[c], counts[c] = X[pos], 1
        moved = sums / counts[:, None]
        shift = ((moved - centres) ** 2).sum()
        centres = moved
        if shift <= tol:
            return (((X[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)).argmin(axis=1)
    return labels


@pytest.mark.parametrize("k, duplicate", [(2, False), (7, False), (7, True), (60, False)])
def test_kmeans_nearest_centre_as_plain_argmin(k, duplicate):
    """Same partition as a textbook Lloyd: ties between equal centres go to the first one
    (then an empty cluster takes the farthest point), and k >= 53 (plain argmin path)."""
    X, _ = _blobs(n=300, k=4)
    init = X[np.random.default_rng(k).choice(len(X), k, replace=False)].copy()
    if duplicate:
        init[3] = init[1]  # every point equally near to centres 1 and 3
    tol = 1e-4 * X.var(axis=0).mean()
    ours = M.kmeans(X, k, init=init)
    assert np.array_equal(ours.labels, _plain_lloyd(X, init, tol))


def test_ward_equals_sklearn_for_every_k():
    X, _ = _blobs(n=300)
    children = M.ward_children(X)
    for k in range(2, 9):
        ours = M.cut_children(children, len(X), k)
        ref = cluster.AgglomerativeClustering(n_clusters=k, linkage="ward").fit(X)
        assert metrics.adjusted_rand_score(ref.labels_, ours) == 1.0, k


def test_ward_with_contiguity_equals_sklearn():
    nx, ny = 18, 15
    A = _grid(nx, ny)
    rng = np.random.default_rng(5)
    ii, jj = np.divmod(np.arange(nx * ny), nx)
    region = (ii >= 7).astype(int) * 2 + (jj >= 9)
    X = standardise(rng.normal(0, 1.0, (4, 4))[region] + rng.normal(size=(nx * ny, 4)))
    children = ward_contiguity_children(X, A)
    for k in (2, 3, 4, 6, 10):
        ours = M.cut_children(children, nx * ny, k)
        ref = cluster.AgglomerativeClustering(n_clusters=k, linkage="ward",
                                              connectivity=A).fit(X)
        assert metrics.adjusted_rand_score(ref.labels_, ours) == 1.0, k


def test_gaussian_mixture_same_start_same_result():
    X, _ = _blobs(n=500, k=3, spread=2.0)
    k = 3
    start = M.kmeans(X, k, seed=2).labels
    resp = np.eye(k)[start]
    weights, means, chol = M._mstep(X, resp, 1e-6)
    precisions = np.array([c @ c.T for c in chol])
    ours = M.gaussian_mixture(X, k, init_params=(weights, means, chol), tol=1e-3)
    ref = mixture.GaussianMixture(k, covariance_type="full", tol=1e-3, reg_covar=1e-6,
                                  weights_init=weights, means_init=means,
                                  precisions_init=precisions).fit(X)
    assert metrics.adjusted_rand_score(ref.predict(X), ours.labels) == 1.0
    assert ours.n_iter == ref.n_iter_
    assert ours.objective == pytest.approx(ref.score(X), rel=1e-9)  # final mean log-likelihood
    np.testing.assert_allclose(ours.centres, ref.means_, atol=1e-9)


def test_kmedoids_reaches_the_exhaustive_optimum_on_a_small_set():
    from itertools import combinations

    X, _ = _blobs(n=24, k=3, spread=2.0, seed=4)
    D = metrics.pairwise_distances(X)
    best = min(D[:, list(c)].min(axis=1).sum() for c in combinations(range(24), 3))
    ours = M.kmedoids(X, 3, seed=0, n_init=8)
    assert ours.objective == pytest.approx(best, rel=1e-9)
    np.testing.assert_allclose(X[ours.medoids], ours.centres)


def test_skater_regions_are_contiguous_and_recover_planted_blocks():
    from urban_safety_monitor.usm_plugin.core.typology.spatial import count_pieces

    nx = ny = 24
    A = _grid(nx, ny)
    ii, jj = np.divmod(np.arange(nx * ny), nx)
    truth = (ii >= 12).astype(int) * 2 + (jj >= 12)
    rng = np.random.default_rng(0)
    X = standardise(rng.normal(0, 3, (4, 5))[truth] + rng.normal(size=(nx * ny, 5)))
    parts, reached = skater_partitions(X, A, 6, min_size=20)
    assert reached == 6
    assert metrics.adjusted_rand_score(truth, parts[4]) == 1.0
    for k, labels in parts.items():
        assert (count_pieces(A, labels) == 1).all()
        assert np.bincount(labels).min() >= 20
    # nested: each k + 1 splits exactly one region of k
    for k in range(1, 6):
        pairs = np.unique(np.column_stack([parts[k], parts[k + 1]]), axis=0)
        assert len(pairs) == k + 1


def test_skater_same_regions_as_pygeoda():
    """pygeoda's SKATER (GeoDa) on the same queen contiguity and the same z-scores."""
    pygeoda = pytest.importorskip("pygeoda")
    from urban_safety_monitor.usm_plugin.core.typology.metrics import within_ss
    from urban_safety_monitor.usm_plugin.core.typology.spatial import contiguity_graph
    from urban_safety_monitor.usm_plugin.core.typology.synthetic import planted_city

    city = planted_city(15, 15, k=4, p=5, noise=1.0, separation=1.5, seed=3)
    fields = [f"x{j}" for j in range(5)]
    X = standardise(city.frame[fields].to_numpy())
    frame = city.frame[["geometry"]].copy()
    for j, f in enumerate(fields):
        frame[f] = X[:, j]
    graph = contiguity_graph(city.frame.geometry)
    gda = pygeoda.open(frame)
    w = pygeoda.queen_weights(gda)
    for k in (3, 5):
        ours = skater_partitions(X, graph.matrix, k)[0][k]
        ref = np.asarray(pygeoda.skater(k, w, gda[fields], scale_method="raw")["Clusters"])
        assert metrics.adjusted_rand_score(ref, ours) == 1.0
        assert within_ss(X, ours, k) == pytest.approx(
            within_ss(X, np.unique(ref, return_inverse=True)[1], k), rel=1e-12)
