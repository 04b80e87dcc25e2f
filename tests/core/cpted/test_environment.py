"""Incidents against environment: exact rate ratio, interval and p-value.

References: the binomial two-sided p-value summed by hand from the pmf, statsmodels'
exact conditional test (test_poisson_2indep, method 'exact-cond') and its Clopper-Pearson
interval (proportion_confint, method 'beta') mapped to the rate-ratio scale; a large-count
case against the Wald interval on the log scale; planted effect and null cases.
"""

import numpy as np
import pytest
from scipy import stats

from urban_safety_monitor.usm_plugin.core.cpted.environment import (
    condition_mask, incidents_vs_environment, rate_ratio_exact)
from urban_safety_monitor.usm_plugin.core.runtime import InputError


@pytest.mark.parametrize("a,ea,b,eb", [(30, 200.0, 40, 800.0), (3, 50.0, 20, 950.0),
                                       (0, 100.0, 12, 300.0), (7, 10.0, 0, 90.0)])
def test_rate_ratio_against_statsmodels_and_by_hand(a, ea, b, eb):
    smr = pytest.importorskip("statsmodels.stats.rates")
    from statsmodels.stats.proportion import proportion_confint

    rr, lo, hi, p = rate_ratio_exact(a, ea, b, eb, 0.95)
    n = a + b
    p0 = ea / (ea + eb)
    pmf = stats.binom.pmf(np.arange(n + 1), n, p0)
    by_hand = pmf[pmf <= pmf[a] * (1 + 1e-7)].sum()
    assert p == pytest.approx(min(by_hand, 1.0), rel=1e-9)
    ref = smr.test_poisson_2indep(a, ea, b, eb, method="exact-cond")
    assert p == pytest.approx(ref.pvalue, rel=1e-9)
    plo, phi = proportion_confint(a, n, alpha=0.05, method="beta")
    to_rr = lambda q: np.inf if q >= 1 else q / (1 - q) * eb / ea  # noqa: E731
    assert lo == pytest.approx(to_rr(plo), rel=1e-9, abs=1e-12)
    if np.isinf(to_rr(phi)):
        assert np.isinf(hi)
    else:
        assert hi == pytest.approx(to_rr(phi), rel=1e-9)
    if b > 0:
        assert rr == pytest.approx((a / ea) / (b / eb))


def test_large_counts_agree_with_the_wald_interval():
    rr, lo, hi, _ = rate_ratio_exact(3600, 2e5, 6400, 8e5)
    se = np.sqrt(1 / 3600 + 1 / 6400)
    assert rr == pytest.approx(2.25)
    assert lo == pytest.approx(2.25 * np.exp(-1.959964 * se), rel=2e-3)
    assert hi == pytest.approx(2.25 * np.exp(1.959964 * se), rel=2e-3)


def _segments(effect, seed):
    rng = np.random.default_rng(seed)
    length = rng.uniform(50, 300, 2000)
    dark = (rng.random(2000) < 0.2).astype(float)
    rate = 0.01 * np.where(dark == 1, effect, 1.0)          # night incidents per metre
    events = rng.poisson(rate * length)
    groups = np.repeat([f"N{i:02d}" for i in range(20)], 100)
    return events, dark, length, groups


def test_planted_effect_is_found_and_null_is_not():
    events, dark, length, groups = _segments(2.5, 1)
    res = incidents_vs_environment(events, dark, length, groups, rate_scale=1000)
    city = res.table.iloc[0]
    assert city["ci_low"] > 1.5 and city["p_value"] < 1e-6 and city["signif"] == 1
    assert city["rate_ratio"] == pytest.approx(2.5, rel=0.15)
    assert city["rate_cond"] == pytest.approx(25, rel=0.15)   # per km
    assert len(res.table) == 21
    events, dark, length, groups = _segments(1.0, 2)
    city = incidents_vs_environment(events, dark, length).table.iloc[0]
    assert city["ci_low"] < 1 < city["ci_high"] and city["signif"] == 0


def test_condition_mask_and_bad_inputs():
    np.testing.assert_array_equal(condition_mask([0.2, 0.7, None], "<", 0.5), [1, 0, np.nan])
    with pytest.raises(InputError, match="operator"):
        condition_mask([1], "~", 1)
    with pytest.raises(InputError, match="same side"):
        incidents_vs_environment([1, 2], [1, 1], [10, 10])
    with pytest.raises(InputError, match="negative"):
        incidents_vs_environment([1, -2], [1, 0], [10, 10])
    res = incidents_vs_environment([1, 2, 5], [1, 0, np.nan], [10, 10, 10])
    assert any("left out" in w for w in res.notes.warnings)
