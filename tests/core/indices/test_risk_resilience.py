"""Risk x resilience classes and spatial Empirical Bayes rates."""

import numpy as np
import pytest
from numpy.testing import assert_allclose

from urban_safety_monitor.usm_plugin.core.indices.bivariate import (
    BIVARIATE_COLOURS, bivariate_classes)
from urban_safety_monitor.usm_plugin.core.runtime import InputError
from urban_safety_monitor.usm_plugin.core.stats.smoothing import spatial_empirical_bayes


def test_terciles_codes_and_priority_by_hand():
    risk = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, np.nan])
    resilience = np.array([9, 8, 7, 6, 5, 4, 3, 2, 1, np.nan])
    result = bivariate_classes(risk, resilience, ids=list("abcdefghij"))
    table = result.table
    assert result.risk_breaks == pytest.approx((np.quantile(risk[:9], 1 / 3),
                                                np.quantile(risk[:9], 2 / 3)))
    assert list(table.risk_class[:9]) == [1, 1, 1, 2, 2, 2, 3, 3, 3]
    assert list(table.biv_code[:9]) == [13, 13, 13, 22, 22, 22, 31, 31, 31]
    assert table.biv_class[8] == "high risk, low resilience"
    assert list(table.priority[:9]) == [0] * 6 + [1] * 3
    assert table.biv_class.isna()[9] and table.priority.isna()[9]
    assert any("g, h, i" in line for line in result.notes.info)
    assert len(BIVARIATE_COLOURS) == 9


def test_user_breaks_and_bad_input():
    result = bivariate_classes([1, 5, 10], [1, 5, 10], risk_breaks=(2, 6),
                               resilience_breaks=(5, 8))
    assert list(result.table.risk_class) == [1, 2, 3]
    assert list(result.table.res_class) == [1, 1, 3]  # a value on a break goes to the lower class
    with pytest.raises(InputError, match="increasing breaks"):
        bivariate_classes([1, 2, 3], [1, 2, 3], risk_breaks=(5, 1))
    with pytest.raises(InputError, match="no variation"):
        bivariate_classes([2, 2, 2], [1, 2, 3])
    with pytest.raises(InputError, match="no value"):
        bivariate_classes([np.nan, np.nan], [1, 2])


def test_spatial_empirical_bayes_equals_esda():
    libpysal = pytest.importorskip("libpysal")
    esda = pytest.importorskip("esda")
    w = libpysal.weights.lat2W(7, 7)
    rng = np.random.default_rng(3)
    population = rng.integers(50, 5000, 49).astype(float)
    events = rng.poisson(population * 0.01).astype(float)
    reference = esda.smoothing.Spatial_Empirical_Bayes(events, population, w).r.ravel()
    matrix, _ = w.full()
    ours = spatial_empirical_bayes(events, population, matrix)
    assert_allclose(ours.rate, reference, rtol=1e-9)
    # a small area is pulled towards its neighbours' rate more than a large one
    assert np.all((ours.weight >= 0) & (ours.weight <= 1))


def test_spatial_empirical_bayes_missing_and_negative_population():
    matrix = np.array([[0, 1, 0], [1, 0, 1], [0, 1, 0]])
    result = spatial_empirical_bayes([1, 5, 2], [100, 0, 300], matrix)
    assert np.isnan(result.rate[1]) and np.isfinite(result.rate[[0, 2]]).all()
    with pytest.raises(InputError, match="negative"):
        spatial_empirical_bayes([1, 5, 2], [100, -1, 300], matrix)
