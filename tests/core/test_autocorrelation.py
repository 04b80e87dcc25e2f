"""Gi*, Local Moran and Global Moran against esda and pygeoda, hand-computed cases,
and FDR against the BH paper and scipy.  The permutation engine itself (its sampling
rule, null calibration, coupling between features) is tested in
tests/core/stats/test_permutation.py."""

import warnings

import geopandas as gpd
import numpy as np
import pytest
from scipy import stats

from urban_safety_monitor.usm_plugin.core.stats.autocorrelation import (
    GlobalMoran, LocalGetisOrd, LocalMoran)
from urban_safety_monitor.usm_plugin.core.stats.multiple_testing import (
    fdr_significant, fdr_threshold)
from urban_safety_monitor.usm_plugin.core.runtime import Cancelled, InputError
from urban_safety_monitor.usm_plugin.core.stats.weights import SpatialWeights

libpysal = pytest.importorskip("libpysal")
esda = pytest.importorskip("esda")


def _example(name):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return gpd.read_file(libpysal.examples.get_path(name))


# (file, variable) pairs bundled with libpysal (no download needed)
DATASETS = [("columbus.shp", "CRIME"), ("sids2.shp", "SIDR79"), ("stl_hom.shp", "HR8893")]


def _queen(df):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return libpysal.weights.Queen.from_dataframe(df, use_index=False)


@pytest.fixture(scope="module", params=DATASETS, ids=[d[0] for d in DATASETS])
def dataset(request):
    name, col = request.param
    df = _example(name)
    return df[col].to_numpy(float), _queen(df), SpatialWeights.from_polygons(df.geometry)


@pytest.fixture(scope="module")
def baltim_knn():
    df = _example("baltim.shp")
    xy = df[["X", "Y"]].to_numpy(float)
    return df["PRICE"].to_numpy(float), libpysal.weights.KNN.from_array(xy, k=6), \
        SpatialWeights.knn(xy, 6)


@pytest.fixture
def esda_interpreted(monkeypatch):
    """esda's permutation engine as plain Python: numba would compile it for every
    test session (minutes on a busy machine); the results are the same functions."""
    import esda.crand
    import esda.getisord
    import esda.moran
    import esda.significance

    for module in (esda.crand, esda.significance, esda.getisord, esda.moran):
        for name, obj in list(vars(module).items()):
            if hasattr(obj, "py_func"):
                monkeypatch.setattr(module, name, obj.py_func)
    # numba's boolean type is not a numpy dtype outside compiled code
    monkeypatch.setattr(esda.crand, "boolean", bool, raising=False)


def _esda(cls, *args, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return cls(*args, **kw)


# ------------------------------------------------- statistics equal esda's
@pytest.mark.parametrize("transform, esda_tr", [("binary", "B"), ("row", "R")])
@pytest.mark.parametrize("star", [True, False])
def test_gi_equals_esda(dataset, transform, esda_tr, star):
    y, w_ref, w = dataset
    ref = _esda(esda.G_Local, y, w_ref, transform=esda_tr, star=star, permutations=0)
    ours = LocalGetisOrd(y, w, star=star, transform=transform, permutations=0)
    np.testing.assert_allclose(ours.Gs, ref.Gs, rtol=0, atol=1e-9)
    np.testing.assert_allclose(ours.z, ref.Zs, rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(ours.EGs, ref.EGs, rtol=1e-12)
    # esda's p_norm is one-sided; ours two-sided by default
    np.testing.assert_allclose(ours.p_norm, 2 * ref.p_norm, rtol=1e-9, atol=1e-15)


def test_gi_star_inverse_distance_row_equals_esda():
    df = _example("columbus.shp")
    xy = df[["X", "Y"]].to_numpy(float)
    thr = 1.5 * libpysal.weights.min_threshold_distance(xy)
    ref_w = libpysal.weights.DistanceBand.from_array(xy, thr, binary=False,
                                                     silence_warnings=True)
    w = SpatialWeights.distance_band(xy, thr, binary=False)
    y = df["CRIME"].to_numpy(float)
    ref = _esda(esda.G_Local, y, ref_w, transform="R", star=True, permutations=0)
    ours = LocalGetisOrd(y, w, transform="row", permutations=0)
    np.testing.assert_allclose(ours.Gs, ref.Gs, atol=1e-9)
    np.testing.assert_allclose(ours.z, ref.Zs, atol=1e-9)


@pytest.mark.parametrize("transform, esda_tr", [("row", "r"), ("binary", "b")])
def test_local_moran_equals_esda(dataset, transform, esda_tr):
    y, w_ref, w = dataset
    ref = _esda(esda.Moran_Local, y, w_ref, transformation=esda_tr, permutations=0)
    ours = LocalMoran(y, w, transform=transform, permutations=0)
    np.testing.assert_allclose(ours.Is, ref.Is, rtol=0, atol=1e-9)
    np.testing.assert_allclose(ours.EI, ref.EI, atol=1e-12)
    np.testing.assert_allclose(ours.VI, ref.VI, rtol=1e-9)
    np.testing.assert_allclose(ours.z, (ref.Is - ref.EI) / np.sqrt(ref.VI), atol=1e-9)
    np.testing.assert_array_equal(ours.q, ref.q)


@pytest.mark.parametrize("transform, esda_tr", [("row", "r"), ("binary", "b")])
def test_global_moran_equals_esda(dataset, transform, esda_tr):
    y, w_ref, w = dataset
    ref = _esda(esda.Moran, y, w_ref, transformation=esda_tr, permutations=0)
    ours = GlobalMoran(y, w, transform=transform, permutations=0)
    for attr in ("I", "EI", "VI_norm", "VI_rand", "z_norm", "z_rand", "p_norm", "p_rand"):
        assert getattr(ours, attr) == pytest.approx(getattr(ref, attr), rel=1e-9, abs=1e-12), attr


def test_global_moran_permutation_close_to_esda(dataset):
    y, w_ref, w = dataset
    np.random.seed(7)   # esda.Moran draws from numpy's global generator
    ref = _esda(esda.Moran, y, w_ref, permutations=999)
    ours = GlobalMoran(y, w, permutations=999, seed=7, alternative="greater")
    assert ours.EI_sim == pytest.approx(ref.EI_sim, abs=0.01)
    assert ours.seI_sim == pytest.approx(ref.seI_sim, rel=0.1)
    # esda's p_sim is one-sided in the observed direction (here: I > E[I]);
    # two Monte Carlo estimates of p ~ 0.02 with 999 draws differ by ~0.006 (sd)
    assert ours.I > ours.EI
    assert abs(ours.p_sim - ref.p_sim) < 0.02
    assert abs(ours.z_sim - ref.z_sim) < 0.5


# ------------------------------------------------- statistics equal pygeoda's
@pytest.mark.parametrize("name, col", DATASETS)
def test_gstar_and_lisa_equal_pygeoda(name, col):
    pygeoda = pytest.importorskip("pygeoda")
    df = _example(name)
    y = df[col].to_numpy(float)
    gw = pygeoda.queen_weights(pygeoda.open(df))
    w = SpatialWeights.from_polygons(df.geometry)
    # GeoDa's G* is the row-standardised form (self-weight 1 / (k + 1))
    g = pygeoda.local_gstar(gw, df[col], permutations=99)
    ours = LocalGetisOrd(y, w, transform="row", permutations=0)
    np.testing.assert_allclose(ours.Gs, np.array(g.lisa_values()), atol=1e-9)
    lm = pygeoda.local_moran(gw, df[col], permutations=99)
    ours_m = LocalMoran(y, w, permutations=0)
    np.testing.assert_allclose(ours_m.Is, np.array(lm.lisa_values()), atol=1e-9)


# ---------------------------------------------------- hand-computed cases
def _path_weights(n):
    m = np.zeros((n, n))
    for i in range(n - 1):
        m[i, i + 1] = m[i + 1, i] = 1
    return SpatialWeights(m)


def test_gi_star_by_hand_ord_getis_formula():
    # Ord and Getis (1995) / ArcGIS z-score for binary weights including i:
    # z_i = (sum_j w_ij x_j - xbar W_i) / (s sqrt((n S1_i - W_i^2) / (n - 1)))
    y = np.array([1.0, 2.0, 3.0, 10.0, 4.0])
    w = _path_weights(5)
    res = LocalGetisOrd(y, w, permutations=0)
    n, xbar = 5, y.mean()
    s = np.sqrt((y ** 2).mean() - xbar ** 2)
    neighbours = {0: [0, 1], 1: [0, 1, 2], 2: [1, 2, 3], 3: [2, 3, 4], 4: [3, 4]}
    for i, nb in neighbours.items():
        wi = len(nb)                              # W_i = S1_i for binary weights
        z = (y[nb].sum() - xbar * wi) / (s * np.sqrt((n * wi - wi ** 2) / (n - 1)))
        assert res.z[i] == pytest.approx(z, rel=1e-12)
        assert res.Gs[i] == pytest.approx(y[nb].sum() / y.sum(), rel=1e-12)
    assert res.Gs[3] == pytest.approx(17 / 20)


def test_local_moran_by_hand():
    y = np.array([1.0, 2.0, 3.0, 10.0, 4.0])
    w = _path_weights(5)
    res = LocalMoran(y, w, permutations=0)
    z = (y - y.mean()) / y.std()
    lag = np.array([z[1], (z[0] + z[2]) / 2, (z[1] + z[3]) / 2, (z[2] + z[4]) / 2, z[3]])
    np.testing.assert_allclose(res.Is, (5 - 1) / 5 * z * lag, rtol=1e-12)
    # 1 HH, 2 LH, 3 LL, 4 HL
    assert res.q.tolist() == [3, 3, 2, 4, 2]


def test_global_moran_by_hand():
    y = np.array([1.0, 2.0, 3.0, 10.0, 4.0])
    res = GlobalMoran(y, _path_weights(5), transform="binary", permutations=0)
    z = y - y.mean()
    num = 2 * sum(z[i] * z[i + 1] for i in range(4))        # both directions
    assert res.I == pytest.approx(5 / 8 * num / (z @ z), rel=1e-12)
    assert res.EI == pytest.approx(-0.25)


# ------------------------------------------------ permutation inference
def _agreement(ours_two_sided, ref_directed):
    # esda's directed p is one-sided in the observed direction: about half ours.
    # Two independent 999-permutation estimates of p ~ 0.2 differ by ~0.018 (sd),
    # so a mean absolute difference below 0.02 means the same distribution.
    return (np.abs(ours_two_sided / 2 - ref_directed).mean(),
            ((ours_two_sided <= 0.05) == (2 * ref_directed <= 0.05)).mean())


@pytest.mark.parametrize("seed", [1, 2])
def test_pseudo_p_agrees_with_esda(baltim_knn, seed, esda_interpreted):
    y, w_ref, w = baltim_knn
    ref_g = _esda(esda.G_Local, y, w_ref, transform="B", star=True, permutations=999,
                  seed=seed + 100, n_jobs=1)
    ours_g = LocalGetisOrd(y, w, permutations=999, seed=seed)
    diff, agree = _agreement(ours_g.p_sim, ref_g.p_sim)
    assert diff < 0.02 and agree > 0.95
    assert np.corrcoef(ours_g.z_sim, ref_g.z_sim)[0, 1] > 0.99
    ref_m = _esda(esda.Moran_Local, y, w_ref, permutations=999, seed=seed + 100, n_jobs=1)
    ours_m = LocalMoran(y, w, permutations=999, seed=seed)
    diff, agree = _agreement(ours_m.p_sim, ref_m.p_sim)
    assert diff < 0.02 and agree > 0.95
    np.testing.assert_allclose(ours_m.EI_sim, ref_m.EI_sim, atol=0.15)


def test_pseudo_p_agrees_with_pygeoda(baltim_knn):
    pygeoda = pytest.importorskip("pygeoda")
    df = _example("baltim.shp")
    gw = pygeoda.knn_weights(pygeoda.open(df), 6)
    ref = pygeoda.local_moran(gw, df["PRICE"], permutations=999, seed=5)
    y, _, w = baltim_knn
    ours = LocalMoran(y, w, permutations=999, seed=5)
    np.testing.assert_allclose(ours.Is, np.array(ref.lisa_values()), atol=1e-9)
    diff, agree = _agreement(ours.p_sim, np.array(ref.lisa_pvalues()))
    assert diff < 0.02 and agree > 0.95


def test_alternatives_are_consistent(baltim_knn):
    y, _, w = baltim_knn
    two = LocalGetisOrd(y, w, permutations=499, seed=9)
    gt = LocalGetisOrd(y, w, permutations=499, seed=9, alternative="greater")
    lt = LocalGetisOrd(y, w, permutations=499, seed=9, alternative="less")
    np.testing.assert_allclose(two.p_sim, np.minimum(1, 2 * np.minimum(gt.p_sim, lt.p_sim)))
    # n_ge + n_le = R + ties >= R, so p_greater + p_less >= (R + 2) / (R + 1)
    assert np.all(gt.p_sim + lt.p_sim >= 501 / 500 - 1e-12)
    np.testing.assert_allclose(gt.p_norm + lt.p_norm, 1.0)
    np.testing.assert_allclose(two.p_norm, 2 * np.minimum(gt.p_norm, lt.p_norm))


def test_seed_determinism(baltim_knn):
    y, _, w = baltim_knn
    a = LocalMoran(y, w, permutations=199, seed=42)
    b = LocalMoran(y, w, permutations=199, seed=42)
    c = LocalMoran(y, w, permutations=199, seed=43)
    assert np.array_equal(a.p_sim, b.p_sim) and np.array_equal(a.z_sim, b.z_sim)
    assert not np.array_equal(a.z_sim, c.z_sim)
    g1 = GlobalMoran(y, w, permutations=99, seed=1)
    g2 = GlobalMoran(y, w, permutations=99, seed=1)
    assert np.array_equal(g1.sim, g2.sim)


def test_constant_feature_value_gets_p_one():
    # y_i equal to the mean makes I_i = 0 in every permutation: never significant
    y = np.array([1.0, 5.0, 3.0, 2.0, 4.0])       # mean 3 at position 2
    res = LocalMoran(y, _path_weights(5), permutations=99, seed=0)
    assert res.p_sim[2] == 1.0 and res.labels[2] == "Undefined"


# ------------------------------------------------------- bad input
def test_islands_are_isolated_not_zero():
    df = _example("columbus.shp")
    m = SpatialWeights.from_polygons(df.geometry).matrix.tolil()
    m[5, :] = 0
    m[:, 5] = 0
    w = SpatialWeights(m.tocsr())
    y = df["CRIME"].to_numpy(float)
    g = LocalGetisOrd(y, w, permutations=99)
    lm = LocalMoran(y, w, permutations=99)
    for arr in (g.Gs, g.z, g.p_sim, g.p_norm, g.bins, lm.Is, lm.z, lm.p_sim):
        assert np.isnan(arr[5])
    assert g.labels[5] == "Isolated" and lm.labels[5] == "Isolated"
    assert not g.significant[5]
    assert any("Isolated" in m for m in g.notes.warnings)
    assert np.isfinite(g.z[np.arange(49) != 5]).all()


def test_zero_variance_is_an_error():
    with pytest.raises(InputError, match="no variation"):
        LocalGetisOrd(np.full(5, 3.0), _path_weights(5))
    with pytest.raises(InputError, match="no variation"):
        LocalMoran(np.zeros(5), _path_weights(5))
    with pytest.raises(InputError, match="no variation"):
        GlobalMoran(np.ones(5), _path_weights(5))


def test_missing_values_are_an_error():
    y = np.array([1.0, np.nan, 3, 4, 5])
    with pytest.raises(InputError, match="missing"):
        LocalMoran(y, _path_weights(5))


def test_size_and_option_checks():
    with pytest.raises(InputError, match="at least 4"):
        LocalGetisOrd([1.0, 2, 3], _path_weights(3))
    with pytest.raises(InputError, match="values for"):
        LocalGetisOrd([1.0, 2, 3, 4], _path_weights(5))
    with pytest.raises(InputError, match="alternative"):
        LocalMoran(np.arange(5.0), _path_weights(5), alternative="both")
    res = LocalMoran(np.arange(5.0), _path_weights(5), permutations=19)
    assert any("permutations" in m for m in res.notes.warnings)
    assert any("fewer than 30" in m for m in res.notes.warnings)
    neg = LocalGetisOrd(np.arange(5.0) - 1, _path_weights(5), permutations=0)
    assert any("negative" in m for m in neg.notes.warnings)


def test_cancellation():
    y = np.arange(50.0) % 7
    w = SpatialWeights.knn(np.c_[np.arange(50.0), np.zeros(50)], 2)
    with pytest.raises(Cancelled):
        LocalGetisOrd(y, w, should_stop=lambda: True)


# ------------------------------------------------------------- bins
def test_bins_follow_p_and_sign(baltim_knn):
    y, _, w = baltim_knn
    for inference in ("sim", "norm"):
        g = LocalGetisOrd(y, w, permutations=999, seed=3, inference=inference)
        p = g.p_sim if inference == "sim" else g.p_norm
        level = np.where(p <= 0.01, 3, np.where(p <= 0.05, 2, np.where(p <= 0.10, 1, 0)))
        np.testing.assert_array_equal(g.bins, np.sign(g.z) * level)
        assert set(g.labels[g.bins == 3]) <= {"Hot spot 99%"}
        assert set(g.labels[g.bins == -2]) <= {"Cold spot 95%"}
        assert (g.bins > 0).any() and (g.bins < 0).any()
    fdr = LocalGetisOrd(y, w, permutations=999, seed=3, fdr=True)
    plain = LocalGetisOrd(y, w, permutations=999, seed=3)
    assert np.all(np.abs(fdr.bins) <= np.abs(plain.bins))
    np.testing.assert_array_equal(fdr.significant, fdr_significant(fdr.p_sim, 0.05))
    np.testing.assert_array_equal(
        LocalGetisOrd(y, w, permutations=999, seed=3, fdr_alpha=0.05).bins, fdr.bins)


# ------------------------------------------------------------- FDR
BH_PAPER = np.array([0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344,
                     0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000])


def test_fdr_benjamini_hochberg_paper_example():
    # Benjamini and Hochberg (1995), section 4: at q = 0.05 the four smallest are rejected
    assert fdr_threshold(BH_PAPER, 0.05) == 0.0095
    assert fdr_significant(BH_PAPER, 0.05).tolist() == [True] * 4 + [False] * 11


def test_fdr_hand_case_step_up():
    # p_(3) = 0.03 <= 3 * 0.05 / 4 = 0.0375 although p_(2) = 0.03 > 0.025 fails alone
    p = [0.03, 0.001, 0.03, 0.9]
    assert fdr_significant(p, 0.05).tolist() == [True, True, True, False]
    assert fdr_threshold([0.5, 0.6], 0.05) == 0.0
    assert not fdr_significant([0.5, 0.6], 0.05).any()


def test_fdr_matches_scipy_and_ignores_nan():
    rng = np.random.default_rng(0)
    p = np.concatenate([rng.uniform(0, 0.01, 30), rng.uniform(0, 1, 300)])
    expected = stats.false_discovery_control(p) <= 0.05
    np.testing.assert_array_equal(fdr_significant(p, 0.05), expected)
    with_nan = np.concatenate([p, [np.nan] * 10])
    np.testing.assert_array_equal(fdr_significant(with_nan, 0.05)[:330], expected)
    assert not fdr_significant(with_nan, 0.05)[330:].any()
    # an analytical p-value that underflowed to 0 is significant
    assert fdr_significant([0.0, 0.5, 0.9], 0.05).tolist() == [True, False, False]


def test_fdr_bad_input():
    with pytest.raises(InputError):
        fdr_significant([0.1, 1.5], 0.05)
    with pytest.raises(InputError):
        fdr_threshold([0.1], 1.5)


def test_raw_count_warning():
    from urban_safety_monitor.usm_plugin.core.stats.autocorrelation import raw_count_warning

    counts = np.array([3, 0, 12, 7, 5, 9, 1, 4, 2, 8], dtype=float)
    varied = np.array([100, 200, 5000, 3000, 150, 4000, 80, 2500, 120, 6000], dtype=float)
    even = np.full(10, 1000.0)
    assert "Empirical Bayes" in raw_count_warning(counts, varied)
    assert raw_count_warning(counts, even) is None              # similar populations
    assert raw_count_warning(counts / varied, varied) is None   # already a rate
    assert raw_count_warning(counts, np.full(10, np.nan)) is None
