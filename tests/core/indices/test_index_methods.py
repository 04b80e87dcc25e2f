"""Normalisation, outliers, imputation and statistical weights, against hand values and references."""

import numpy as np
import pytest
from numpy.testing import assert_allclose

from urban_safety_monitor.usm_plugin.core.indices import methods
from urban_safety_monitor.usm_plugin.core.runtime import InputError

X = np.array([2.0, 4.0, 4.0, 10.0, np.nan])


def test_minmax_by_hand_both_directions():
    up, _ = methods.normalise(X, "minmax")
    down, _ = methods.normalise(X, "minmax", direction=-1)
    assert_allclose(up[:4], [0, 25, 25, 100])
    assert_allclose(down[:4], [100, 75, 75, 0])
    assert np.isnan(up[4]) and np.isnan(down[4])


def test_zscore_equals_scipy_with_sample_sd():
    from scipy.stats import zscore

    z, _ = methods.normalise(X, "zscore")
    assert_allclose(z[:4], zscore(X[:4], ddof=1), rtol=1e-12)
    assert_allclose(methods.normalise(X, "zscore", direction=-1)[0][:4], -z[:4], rtol=1e-12)


def test_rank_is_percentile_of_average_ranks():
    r, _ = methods.normalise(X, "rank")
    # ranks 1, 2.5, 2.5, 4 of 4 -> (r - 1) / 3 * 100
    assert_allclose(r[:4], [0, 50, 50, 100])
    assert_allclose(methods.normalise(X, "rank", direction=-1)[0][:4], [100, 50, 50, 0])


def test_goalposts_fixed_and_clipped_and_comparable_across_years():
    year1, clipped1 = methods.normalise(np.array([0.1, 0.3, 0.6]), "goalposts", goalposts=(0, 0.5))
    year2, _ = methods.normalise(np.array([0.3, 0.4]), "goalposts", goalposts=(0, 0.5))
    assert_allclose(year1, [20, 60, 100])
    assert clipped1 == 1
    assert year1[1] == year2[0]  # the same value scores the same in another year
    down, _ = methods.normalise(np.array([0.1, 0.3]), "goalposts", direction=-1, goalposts=(0, 0.5))
    assert_allclose(down, [80, 40])


def test_distance_to_target_as_coinr():
    # direction +1: (x - min) / (target - min), capped at 1
    up, capped = methods.normalise(np.array([1.0, 3.0, 5.0, 9.0]), "target", target=5.0)
    assert_allclose(up, [0, 50, 100, 100])
    assert capped == 1
    # direction -1 (less is better): (max - x) / (max - target)
    down, _ = methods.normalise(np.array([1.0, 3.0, 5.0, 9.0]), "target", direction=-1, target=3.0)
    assert_allclose(down, [100, 100, 4 / 6 * 100, 0])


def test_constant_indicator_and_missing_settings_are_refused():
    for method in ("minmax", "zscore", "rank"):
        with pytest.raises(InputError, match="no variation"):
            methods.normalise(np.array([3.0, 3.0, np.nan]), method)
    with pytest.raises(InputError, match="needs goalposts"):
        methods.normalise(X, "goalposts")
    with pytest.raises(InputError, match="needs a target"):
        methods.normalise(X, "target")
    with pytest.raises(InputError, match="normalisation must be one of"):
        methods.normalise(X, "log")


def test_normalise_columns_is_normalise_column_by_column_bit_for_bit():
    rng = np.random.default_rng(8)
    x = np.exp(rng.normal(size=(300, 9)))
    x[rng.random(x.shape) < 0.1] = np.nan
    x[:, 1] = np.round(x[:, 1], 1)  # many ties
    x[:, 2] = np.floor(x[:, 2] * 2)
    x[5, 3], x[6, 3] = np.inf, -np.inf  # infinite counts as missing
    x[:, 4] = np.nan
    x[:2, 4] = [1.0, 2.0]  # two values only
    x[:, 5] = np.nan  # no value at all
    directions = np.array([1, -1, 1, -1, 1, -1, -1, 1, 1])
    for method in ("minmax", "rank"):
        expected = np.column_stack([methods.normalise(x[:, j], method, direction=directions[j])[0]
                                    for j in range(x.shape[1])])
        got = methods.normalise_columns(x, method, directions)
        assert np.array_equal(got, expected, equal_nan=True)  # identical, not just close
        assert np.isnan(got[:, 5]).all() and np.isnan(got[5, 3])
    with pytest.raises(InputError, match="no variation"):
        methods.normalise_columns(np.array([[1.0, 3.0], [2.0, 3.0]]), "rank", [1, 1])
    with pytest.raises(InputError, match="min-max and rank"):
        methods.normalise_columns(x, "zscore", directions)


def test_skewness_and_kurtosis_equal_scipys_bias_corrected():
    from scipy.stats import kurtosis, skew

    x = np.random.default_rng(3).lognormal(0, 1, 40)
    s, k = methods.skew_kurtosis(np.append(x, np.nan))
    assert s == pytest.approx(skew(x, bias=False), rel=1e-12)
    assert k == pytest.approx(kurtosis(x, bias=False), rel=1e-12)


def test_winsorise_treats_a_planted_outlier_and_reports_it():
    rng = np.random.default_rng(5)
    x = rng.normal(10, 1, 60)
    x[7] = 60.0  # planted
    result = methods.winsorise(x)
    assert result.n_high == 1 and result.n_low == 0
    assert result.values[7] == np.sort(x)[-2]
    assert abs(result.skew_before) > 2 and result.kurt_before > 3.5
    assert not result.still_outlying
    assert np.array_equal(np.delete(result.values, 7), np.delete(x, 7))
    # a well-behaved indicator is left alone
    clean = methods.winsorise(rng.normal(0, 1, 60))
    assert clean.n_low == clean.n_high == 0


def test_winsorise_stops_at_max_points_and_says_so():
    x = np.concatenate([np.zeros(50), np.arange(1, 11) ** 3.0])
    result = methods.winsorise(x, max_points=2)
    # 1000 -> 729 replaces one value; the next step would move the two 729s (3 > 2 values)
    assert result.n_high == 1
    assert result.still_outlying
    assert methods.winsorise(x, max_points=3).n_high == 3


def test_impute_mean_and_median():
    m = np.array([[1.0, np.nan], [2.0, 4.0], [np.nan, 10.0], [9.0, 1.0]])
    mean = methods.impute(m, "mean")
    median = methods.impute(m, "median")
    assert mean[2, 0] == pytest.approx(4.0) and mean[0, 1] == pytest.approx(5.0)
    assert median[2, 0] == 2.0 and median[0, 1] == 4.0
    assert np.isnan(m[0, 1])  # input unchanged
    assert methods.impute(m, "none") is m


def test_varimax_equals_statsmodels():
    rotate = pytest.importorskip("statsmodels.multivariate.factor_rotation").rotate_factors
    loadings = np.random.default_rng(2).normal(size=(8, 3))
    ours = methods.varimax(loadings)
    theirs, _ = rotate(loadings, "varimax")
    # same up to the order and sign of the factors (statsmodels stops a little earlier)
    for column in ours.T:
        best = max(abs(np.dot(column, t)) / (np.linalg.norm(column) * np.linalg.norm(t))
                   for t in theirs.T)
        assert best == pytest.approx(1.0, abs=1e-5)
    assert_allclose(np.sort((ours ** 2).sum(axis=0)), np.sort((theirs ** 2).sum(axis=0)),
                    rtol=1e-4)

    def criterion(a):  # the varimax criterion both maximise
        return np.sum(np.sum(a ** 4, 0) - np.sum(a ** 2, 0) ** 2 / a.shape[0])
    assert criterion(ours) >= criterion(theirs) - 1e-9
    assert_allclose(loadings @ loadings.T, ours @ ours.T, atol=1e-10)  # a rotation


def test_pca_weights_eigenvalues_equal_sklearn_and_follow_the_handbook():
    sklearn = pytest.importorskip("sklearn.decomposition")
    rng = np.random.default_rng(11)
    f1, f2 = rng.normal(size=(2, 200))
    data = np.column_stack([f1 + 0.3 * rng.normal(size=200), f1 + 0.3 * rng.normal(size=200),
                            f1 + 0.3 * rng.normal(size=200), f2 + 0.3 * rng.normal(size=200),
                            f2 + 0.3 * rng.normal(size=200)])
    result = methods.pca_weights(data)
    standard = (data - data.mean(0)) / data.std(0, ddof=1)
    pca = sklearn.PCA().fit(standard)
    assert_allclose(result.eigenvalues, pca.explained_variance_, rtol=1e-9)
    assert result.n_factors == 2
    # two planted blocks: each indicator on its own block's factor
    assert len(set(result.factor_of[:3])) == 1 and len(set(result.factor_of[3:])) == 1
    assert result.factor_of[0] != result.factor_of[3]
    assert result.weights.sum() == pytest.approx(1.0)
    # Handbook step 4 by hand: scaled squared loading x the factor's variance share
    sq = result.loadings ** 2
    share = sq.sum(0) / sq.sum()
    expected = np.array([sq[i, result.factor_of[i]] / sq[:, result.factor_of[i]].sum()
                         * share[result.factor_of[i]] for i in range(5)])
    assert_allclose(result.weights, expected / expected.sum(), rtol=1e-12)


def test_pca_weights_refuse_too_little_data():
    with pytest.raises(InputError, match="at least 2 indicators"):
        methods.pca_weights(np.ones((10, 1)))
    with pytest.raises(InputError, match="vary"):
        methods.pca_weights(np.column_stack([np.ones(10), np.arange(10.0)]))
