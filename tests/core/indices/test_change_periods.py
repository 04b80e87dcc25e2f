"""Period comparison: exact tests equal scipy/statsmodels, categories, planted change, bad input."""

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose
from scipy import stats

from urban_safety_monitor.usm_plugin.core.indices.change import (
    binomial_two_sided, compare_periods, rate_ratio_interval)
from urban_safety_monitor.usm_plugin.core.runtime import InputError


def test_two_sided_binomial_equals_scipy_binomtest_to_1e9():
    rng = np.random.default_rng(0)
    n = rng.integers(0, 300, 500)
    k = (rng.random(500) * (n + 1)).astype(int)
    p = rng.choice([0.5, 1 / 3, 0.25, 0.6, 0.9], 500)
    ours = binomial_two_sided(k, n, p)
    reference = [stats.binomtest(int(a), int(b), float(c)).pvalue if b else 1.0
                 for a, b, c in zip(k, n, p)]
    assert_allclose(ours, reference, atol=1e-9, rtol=0)


def test_exact_conditional_test_equals_statsmodels_poisson_2indep():
    rates = pytest.importorskip("statsmodels.stats.rates")
    y1 = np.array([3, 40, 0, 17, 250, 1])
    y0 = np.array([9, 25, 5, 17, 310, 0])
    for exposure0 in (1.0, 2.0):
        ours = binomial_two_sided(y1, y1 + y0, 1 / (1 + exposure0))
        theirs = [rates.test_poisson_2indep(a, 1, b, exposure0, method="exact-cond").pvalue
                  for a, b in zip(y1, y0)]
        assert_allclose(ours, theirs, atol=1e-9, rtol=0)


def test_rate_ratio_interval_is_the_transformed_clopper_pearson():
    proportion = pytest.importorskip("statsmodels.stats.proportion")
    y1, y0, t0 = np.array([3, 40, 17]), np.array([9, 25, 17]), 2.0
    lo, hi = rate_ratio_interval(y1, 1.0, y0, t0, 0.95)
    for a, b, low, high in zip(y1, y0, lo, hi):
        p_lo, p_hi = proportion.proportion_confint(a, a + b, alpha=0.05, method="beta")
        assert low == pytest.approx(p_lo / (1 - p_lo) * t0, rel=1e-9)
        assert high == pytest.approx(p_hi / (1 - p_hi) * t0, rel=1e-9)
    lo, hi = rate_ratio_interval(np.array([0, 4]), 1, np.array([4, 0]), 1)
    assert lo[0] == 0 and np.isinf(hi[1]) and hi[0] > 0 and lo[1] > 0


def _frame():
    return pd.DataFrame({
        "id": ["a", "b", "c", "d", "e"],
        "n_y2021": [100, 50, 2, 30, 0],
        "n_y2022": [90, 60, 1, 31, 0],
        "n_y2023": [40, 110, 0, 29, 1],
        "pop": [10000, 8000, 500, 0, 300]})


def test_categories_rates_and_city_by_hand():
    result = compare_periods(_frame(), ["n_y2021", "n_y2022", "n_y2023"], population_field="pop",
                             fdr=False)
    table = result.table
    assert list(table.change_class) == ["significant decrease", "significant increase",
                                        "too few incidents to say", "no significant change",
                                        "too few incidents to say"]
    assert list(table.change_code) == [-1, 1, 9, 0, 9]
    assert table.rate_ratio[0] == pytest.approx(0.4)
    assert table.p_value[0] == pytest.approx(stats.binomtest(40, 140, 0.5).pvalue, abs=1e-12)
    assert table.rate_base[0] == pytest.approx(100 / 10000 * 1e5)
    assert np.isnan(table.rate_base[3]) and table.rate_ratio[3] == pytest.approx(29 / 30)
    assert any("population of 0 or NULL" in w for w in result.notes.warnings)
    city = result.city.iloc[0]
    assert city.n_base == 182 and city.n_last == 180
    assert city.change_class == "no significant change"


def test_baselines_earlier_and_previous():
    earlier = compare_periods(_frame(), ["n_y2021", "n_y2022", "n_y2023"], baseline="earlier",
                              fdr=False).table
    assert earlier.n_base[0] == pytest.approx(95)
    assert earlier.rate_ratio[0] == pytest.approx(40 / 95)
    ref = pytest.importorskip("statsmodels.stats.rates").test_poisson_2indep(
        40, 1, 190, 2, method="exact-cond").pvalue
    assert earlier.p_value[0] == pytest.approx(ref, abs=1e-9)
    previous = compare_periods(_frame(), ["n_y2021", "n_y2022", "n_y2023"], baseline="previous",
                               fdr=False).table
    assert previous.rate_ratio[1] == pytest.approx(110 / 60)


def test_fdr_controls_false_alarms_on_pure_noise_and_finds_planted_change():
    rng = np.random.default_rng(1)
    n = 400
    before = rng.poisson(30, n)
    after = rng.poisson(30, n)
    after[:20] = rng.poisson(80, 20)  # planted rise
    frame = pd.DataFrame({"y0": before, "y1": after})
    fdr = compare_periods(frame, ["y0", "y1"]).table
    plain = compare_periods(frame, ["y0", "y1"], fdr=False).table
    false_fdr = (fdr.change_class[20:] != "no significant change").sum()
    false_plain = (plain.change_class[20:] != "no significant change").sum()
    assert false_fdr <= 3 < false_plain
    assert (fdr.change_class[:20] == "significant increase").sum() >= 15
    assert np.all(fdr.p_fdr.dropna() >= fdr.p_value.dropna() - 1e-15)


def test_bad_input():
    frame = _frame()
    with pytest.raises(InputError, match="at least two count fields"):
        compare_periods(frame, ["n_y2021"])
    with pytest.raises(InputError, match="negative values"):
        compare_periods(frame.assign(pop=[1, -5, 1, 1, 1]), ["n_y2021", "n_y2022"],
                        population_field="pop")
    with pytest.raises(InputError, match="non-whole numbers"):
        compare_periods(frame.assign(n_y2022=[1.5, 2, 3, 4, 5]), ["n_y2021", "n_y2022"])
    with pytest.raises(InputError, match="negative counts"):
        compare_periods(frame.assign(n_y2022=[-1, 2, 3, 4, 5]), ["n_y2021", "n_y2022"])
    with pytest.raises(InputError, match="'nope' not found"):
        compare_periods(frame, ["n_y2021", "nope"])
    empty = compare_periods(frame.assign(n_y2022=0), ["n_y2021", "n_y2022"])
    assert any("n_y2022 has no incident in any neighbourhood" in w for w in empty.notes.warnings)
    assert (empty.table.change_class[:2] == "significant decrease").all()
    nulls = compare_periods(frame.assign(n_y2022=[1, None, 3, 4, 5]), ["n_y2021", "n_y2022"])
    assert pd.isna(nulls.table.change_class[1]) and np.isnan(nulls.table.p_value[1])
    assert any("NULL count" in w for w in nulls.notes.warnings)
    before = frame.copy()
    compare_periods(frame, ["n_y2021", "n_y2023"], population_field="pop")
    pd.testing.assert_frame_equal(frame, before)
