"""Count-regression fitters of the Risk Terrain Model against statsmodels on the same design.

References: statsmodels GLM (Poisson family) and discrete NegativeBinomial (NB2) coefficients
and standard errors on identical design matrices (tolerance 1e-6); the lasso path's limits
(lambda_max: all slopes zero; lambda -> 0: the unpenalised MLE).
"""

import numpy as np
import pytest

from urban_safety_monitor.usm_plugin.core.cpted.glm import (
    lambda_max, negbin_fit, poisson_fit, poisson_lasso_path)


def _data(seed=3, n=3000, overdispersed=False):
    rng = np.random.default_rng(seed)
    X = (rng.random((n, 4)) < [0.3, 0.1, 0.5, 0.2]).astype(float)
    eta = -1.0 + X @ np.array([0.8, -0.6, 0.0, 1.2])
    mu = np.exp(eta)
    if overdispersed:
        mu = mu * rng.gamma(2.0, 0.5, n)        # alpha = 0.5
    return X, rng.poisson(mu)


def test_poisson_equals_statsmodels_glm():
    sm = pytest.importorskip("statsmodels.api")
    X, y = _data()
    ours = poisson_fit(X, y)
    ref = sm.GLM(y, sm.add_constant(X), family=sm.families.Poisson()).fit(tol=1e-12)
    np.testing.assert_allclose(ours.coef, ref.params, atol=1e-6)
    np.testing.assert_allclose(ours.se, ref.bse, rtol=1e-6)
    assert ours.loglik == pytest.approx(ref.llf, rel=1e-9)


def test_aggregated_patterns_give_the_same_poisson_fit():
    X, y = _data()
    patterns, inverse = np.unique(X, axis=0, return_inverse=True)
    inverse = inverse.ravel()
    counts = np.bincount(inverse, y)
    cells = np.bincount(inverse)
    full = poisson_fit(X, y)
    agg = poisson_fit(patterns, counts, exposure=cells)
    np.testing.assert_allclose(agg.coef, full.coef, atol=1e-9)
    np.testing.assert_allclose(agg.se, full.se, rtol=1e-9)


def test_negative_binomial_equals_statsmodels_nb2():
    sm = pytest.importorskip("statsmodels.api")
    X, y = _data(overdispersed=True)
    ours = negbin_fit(X, y)
    ref = sm.NegativeBinomial(y, sm.add_constant(X), loglike_method="nb2").fit(
        method="bfgs", maxiter=2000, gtol=1e-10, disp=0)
    np.testing.assert_allclose(ours.coef, ref.params[:-1], atol=1e-6)
    assert ours.alpha == pytest.approx(ref.params[-1], abs=1e-6)
    assert ours.loglik == pytest.approx(ref.llf, rel=1e-9)


def test_lasso_path_limits():
    X, y = _data()
    patterns, inverse = np.unique(X, axis=0, return_inverse=True)
    inverse = inverse.ravel()
    counts, cells = np.bincount(inverse, y), np.bincount(inverse)
    lmax = lambda_max(patterns, counts, cells)
    path = poisson_lasso_path(patterns, counts, cells, [lmax * 1.0001, lmax * 0.5, 1e-9])
    assert np.all(path[0, 1:] == 0)
    assert np.count_nonzero(path[1, 1:]) >= 1
    np.testing.assert_allclose(path[2], poisson_fit(X, y).coef, atol=1e-5)
