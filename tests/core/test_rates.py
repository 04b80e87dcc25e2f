"""Crude and Empirical Bayes rates: hand-computed values and PySAL's esda as reference."""

import numpy as np
import pytest

from urban_safety_monitor.usm_plugin.core.stats.rates import (
    crude_rate,
    empirical_bayes,
    empirical_bayes_rate,
)
from urban_safety_monitor.usm_plugin.core.runtime import InputError


def test_crude_rate_by_hand_and_missing_population():
    rate = crude_rate([3, 0, 5, 2, np.nan], [1500, 200, 0, np.nan, 100], per=1000)
    np.testing.assert_allclose(rate[:2], [2.0, 0.0])
    assert np.isnan(rate[2:]).all(), "population 0 / NaN and a NaN count give NaN, not 0"


def test_empirical_bayes_by_hand():
    # b = 60/4000 = 0.015; s2 = (1000*0.015^2 + 1000*0.005^2 + 2000*0.01^2)/4000 = 1.125e-4
    # Pbar = 4000/3, a = s2 - b/Pbar = 1.0125e-4, w_i = a / (a + b/P_i).
    events, pop = [0, 10, 50], [1000, 1000, 2000]
    eb = empirical_bayes(events, pop)
    assert eb.prior_mean == pytest.approx(0.015, rel=1e-12)
    assert eb.prior_variance == pytest.approx(1.0125e-4, rel=1e-12)
    w12 = 1.0125 / 1.1625
    w3 = 1.0125 / 1.0875
    expected = [w12 * 0.0 + (1 - w12) * 0.015,
                w12 * 0.01 + (1 - w12) * 0.015,
                w3 * 0.025 + (1 - w3) * 0.015]
    np.testing.assert_allclose(eb.rate, expected, rtol=1e-12)
    np.testing.assert_allclose(eb.weight, [w12, w12, w3], rtol=1e-12)
    np.testing.assert_allclose(empirical_bayes_rate(events, pop), expected, rtol=1e-12)


def test_negative_moment_variance_shrinks_to_city_rate():
    # b = 7/800; s2 = 1.09375e-5 < b/Pbar = 3.28125e-5, so a = 0 and every area gets b.
    eb = empirical_bayes([0, 2, 5], [100, 200, 500])
    assert eb.raw_prior_variance == pytest.approx(1.09375e-5 - 0.00875 / (800 / 3), rel=1e-12)
    assert eb.prior_variance == 0.0
    np.testing.assert_allclose(eb.rate, 7 / 800, rtol=1e-12)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_matches_esda_empirical_bayes(seed):
    from esda.smoothing import Empirical_Bayes

    rng = np.random.default_rng(seed)
    pop = rng.integers(50, 20000, 120).astype(float)
    true_rate = rng.gamma(2.0, 0.002, 120)
    events = rng.poisson(pop * true_rate).astype(float)
    reference = Empirical_Bayes(events, pop).r.ravel()
    eb = empirical_bayes(events, pop)
    assert eb.raw_prior_variance > 0, "the comparison needs a positive variance estimate"
    np.testing.assert_allclose(eb.rate, reference, rtol=1e-9, atol=0)


def test_unusable_areas_are_left_out_not_zeroed():
    from esda.smoothing import Empirical_Bayes

    rng = np.random.default_rng(4)
    pop = rng.integers(100, 5000, 40).astype(float)
    events = rng.poisson(pop * rng.gamma(2.0, 0.003, 40)).astype(float)
    pop_bad = pop.copy()
    pop_bad[[3, 17]] = [0.0, np.nan]
    events_bad = events.copy()
    events_bad[25] = np.nan
    keep = np.ones(40, dtype=bool)
    keep[[3, 17, 25]] = False
    rate = empirical_bayes_rate(events_bad, pop_bad)
    assert np.isnan(rate[~keep]).all()
    reference = Empirical_Bayes(events[keep], pop[keep]).r.ravel()
    np.testing.assert_allclose(rate[keep], reference, rtol=1e-9)


def test_share_of_zero_counts_is_reported():
    eb = empirical_bayes([0, 0, 0, 4], [100, 100, 100, 100])
    assert eb.share_zero == pytest.approx(0.75)
    assert eb.n_used == 4


def test_bad_input_is_refused():
    with pytest.raises(InputError, match="negative"):
        crude_rate([1, 2], [10, -1])
    with pytest.raises(InputError, match="negative"):
        empirical_bayes_rate([1, 2], [10, -5])
    with pytest.raises(InputError, match="same length"):
        empirical_bayes_rate([1, 2, 3], [10, 5])
    with pytest.raises(InputError, match="numeric"):
        crude_rate(["a"], [1])
    all_missing = empirical_bayes([1, 2], [0, np.nan])
    assert all_missing.n_used == 0 and np.isnan(all_missing.rate).all()
