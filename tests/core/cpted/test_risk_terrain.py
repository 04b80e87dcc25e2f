"""Risk Terrain Modeling: planted risk and protective factors, statsmodels agreement, PAI.

References: a generated city where incidents are drawn with known relative risks (bars x3
within 100 m, parks x0.4, a decoy layer x1); the final model's coefficients against
statsmodels GLM (Poisson) and NB2 on the same design matrix (1e-6); the PAI by hand.
"""

import numpy as np
import pytest

geopandas = pytest.importorskip("geopandas")
shapely = pytest.importorskip("shapely")

from urban_safety_monitor.usm_plugin.core.cpted.risk_terrain import (  # noqa: E402
    FactorLayer, _pai, risk_terrain)
from urban_safety_monitor.usm_plugin.core.runtime import InputError  # noqa: E402


def _city(seed=5):
    rng = np.random.default_rng(seed)
    area = np.array([shapely.box(0, 0, 5000, 5000)])
    bars = rng.uniform(200, 4800, (40, 2))
    parks = shapely.buffer(shapely.points(rng.uniform(500, 4500, (12, 2))), 150.0)
    decoy = rng.uniform(0, 5000, (60, 2))
    # true intensity on a fine 10 m grid: 0.02 per cell-equivalent, x3 near bars, x0.4 in parks
    g = np.arange(5, 5000, 10.0)
    gx, gy = np.meshgrid(g, g)
    pts = np.column_stack([gx.ravel(), gy.ravel()])
    from scipy.spatial import cKDTree
    near_bar = cKDTree(bars).query(pts)[0] <= 100
    in_park = shapely.contains_xy(shapely.union_all(parks), pts[:, 0], pts[:, 1])
    lam = 0.02 * np.where(near_bar, 3.0, 1.0) * np.where(in_park, 0.4, 1.0)
    n = rng.poisson(lam)
    xy = np.repeat(pts, n, axis=0) + rng.uniform(-5, 5, (n.sum(), 2))
    factors = [FactorLayer("bars", shapely.points(bars), distances=(100, 200, 400), bandwidths=(300,)),
               FactorLayer("parks", parks, distances=(0, 100)),
               FactorLayer("decoy", shapely.points(decoy), distances=(100, 200))]
    return area, xy, factors


@pytest.fixture(scope="module")
def fitted():
    area, xy, factors = _city()
    return risk_terrain(area, xy, factors, cell_size=50.0, seed=1), area, xy, factors


def test_planted_risk_and_protective_factors_are_recovered(fitted):
    result = fitted[0]
    table = result.factors.set_index(["factor", "operation", "distance_m"])
    chosen = result.factors[result.factors["selected"] == 1].set_index("factor")
    assert set(chosen.index) >= {"bars", "parks"}
    assert chosen.loc["bars", "distance_m"] == 100 and chosen.loc["bars", "operation"] == "proximity"
    assert chosen.loc["bars", "rrv"] == pytest.approx(3.0, rel=0.2)
    assert chosen.loc["parks", "rrv"] < 0.75 and chosen.loc["parks", "protective"] == 1
    if "decoy" in chosen.index:       # a decoy may survive the lasso but must be near 1
        assert abs(np.log(chosen.loc["decoy", "rrv"])) < 0.2
    assert table["cells"].min() > 0
    assert result.pai > 1.5
    assert np.nanmin(result.risk) < 1 < np.nanmax(result.risk)


def test_final_model_equals_statsmodels_on_the_same_design(fitted):
    sm = pytest.importorskip("statsmodels.api")
    result = fitted[0]
    ref = sm.GLM(result.training_counts, sm.add_constant(result.design),
                 family=sm.families.Poisson()).fit(tol=1e-12)
    ours = result.factors[result.factors["selected"] == 1]
    # the kept columns are in the factor table's order
    np.testing.assert_allclose(ours["coef"].to_numpy(), ref.params[1:], atol=1e-6)
    np.testing.assert_allclose(ours["se"].to_numpy(), ref.bse[1:], rtol=1e-5)


def test_negative_binomial_final_model(fitted):
    sm = pytest.importorskip("statsmodels.api")
    _, area, xy, factors = fitted
    result = risk_terrain(area, xy, factors, cell_size=50.0, seed=1, model="negbin")
    ref = sm.NegativeBinomial(result.training_counts, sm.add_constant(result.design),
                              loglike_method="nb2").fit(method="newton", maxiter=200, disp=0)
    assert ref.mle_retvals["converged"]
    ours = result.factors[result.factors["selected"] == 1]
    np.testing.assert_allclose(ours["coef"].to_numpy(), ref.params[1:-1], atol=1e-5)


def test_same_seed_same_result_and_pai_by_hand(fitted):
    result, area, xy, factors = fitted
    again = risk_terrain(area, xy, factors, cell_size=50.0, seed=1)
    np.testing.assert_array_equal(again.risk, result.risk)
    assert again.factors.equals(result.factors)
    pai, k = _pai(np.array([3.0, 1.0, 2.0, 1.0]), np.array([5.0, 1.0, 2.0, 2.0]), 0.25)
    assert k == 1 and pai == pytest.approx((5 / 10) / (1 / 4))


def test_bad_inputs():
    area, xy, factors = _city()
    empty = FactorLayer("nothing", np.array([], dtype=object), distances=(100,))
    res = risk_terrain(area, xy, factors[:1] + [empty], cell_size=100.0, seed=0)
    assert any("empty" in w for w in res.notes.warnings)
    with pytest.raises(InputError, match="no usable factor"):
        risk_terrain(area, xy, [empty], cell_size=100.0)
    with pytest.raises(InputError, match="cell size"):
        risk_terrain(area, xy, factors, cell_size=0)
    with pytest.raises(InputError, match="exceed"):
        risk_terrain(area, xy, factors, cell_size=1.0)
    with pytest.raises(InputError, match="model"):
        risk_terrain(area, xy, factors, cell_size=100.0, model="ols")


def test_one_standard_error_rule_keeps_only_the_planted_factors(fitted):
    _, area, xy, factors = fitted
    sparse = risk_terrain(area, xy, factors, cell_size=50.0, seed=1, penalty_rule="1se")
    kept = set(sparse.factors.loc[sparse.factors["selected"] == 1, "factor"])
    assert kept == {"bars", "parks"}
    assert sparse.summary["penalty"] >= fitted[0].summary["penalty"]
