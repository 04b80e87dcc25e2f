"""Crime concentration: Gini, generalised Gini, Lorenz curve and shares of units.

References: the published examples of Bernasco & Steenbeek's lorenzgini package
(documentation of ``gini()``: 10 units holding 10, 8, 2 crimes -> 0.78 both ways;
5, 2, 1 crimes -> Gini 0.80, generalised 0.75), hand computations, and the mean
absolute difference definition of the Gini computed by brute force.
"""

import numpy as np
import pytest

from urban_safety_monitor.usm_plugin.core.cpted.concentration import (
    crime_concentration, generalized_gini, gini, lorenz_curve, share_of_units)
from urban_safety_monitor.usm_plugin.core.runtime import InputError


def test_published_examples_of_the_generalised_gini():
    dense = [10, 8, 2] + [0] * 7
    assert gini(dense) == pytest.approx(0.78)
    assert generalized_gini(dense) == pytest.approx(0.78)
    sparse = [5, 2, 1] + [0] * 7
    assert gini(sparse) == pytest.approx(0.80)
    assert generalized_gini(sparse) == pytest.approx(0.75)
    assert gini([10] + [0] * 9) == pytest.approx(0.9)
    assert gini([10] + [0] * 99) == pytest.approx(0.99)


def test_gini_equals_the_mean_absolute_difference_form():
    rng = np.random.default_rng(4)
    x = rng.poisson(rng.gamma(0.5, 2.0, 300))
    brute = np.abs(x[:, None] - x[None, :]).sum() / (2 * len(x) ** 2 * x.mean())
    assert gini(x) == pytest.approx(brute, rel=1e-12)


def test_maximal_equality_gives_a_generalised_gini_of_zero():
    assert generalized_gini([1] * 5 + [0] * 95) == pytest.approx(0.0, abs=1e-12)
    assert gini([1] * 5 + [0] * 95) == pytest.approx(0.95)


def test_shares_of_units_by_hand():
    x = [50, 30, 10, 5, 5] + [0] * 95           # 100 units, 100 incidents
    assert share_of_units(x, 0.5) == pytest.approx(0.01)   # the first unit holds 50 %
    assert share_of_units(x, 0.25) == pytest.approx(0.01)
    assert share_of_units(x, 0.8) == pytest.approx(0.02)
    assert share_of_units(x, 0.81) == pytest.approx(0.03)


def test_lorenz_curve_by_hand():
    units, inc, eq = lorenz_curve([3, 0, 1, 0])
    np.testing.assert_allclose(units, [0, 0.25, 0.5, 0.75, 1.0])
    np.testing.assert_allclose(inc, [0, 0, 0, 0.25, 1.0])
    # 4 incidents in 4 units: maximal equality is perfect equality
    np.testing.assert_allclose(eq, units)
    _, _, eq_sparse = lorenz_curve([2, 0, 0, 0])
    np.testing.assert_allclose(eq_sparse, [0, 0, 0, 0.5, 1.0])   # two units with one each


def test_table_per_group_and_benchmark_note():
    counts = np.array([10, 0, 0, 0, 1, 1, 1, 1, np.nan])
    groups = ["a", "a", "a", "a", "b", "b", "b", "b", "b"]
    result = crime_concentration(counts, groups)
    table = result.table.set_index("group")
    assert list(table.index) == ["city", "a", "b"]
    assert table.loc["a", "gini"] == pytest.approx(0.75)
    assert table.loc["b", "gini"] == pytest.approx(0.0)
    assert table.loc["city", "n_units"] == 8 and table.loc["city", "n_incidents"] == 14
    assert any("left out" in w for w in result.notes.warnings)
    assert any("Weisburd (2015)" in line for line in result.notes.info)
    assert set(result.lorenz["group"]) == {"city", "a", "b"}


def test_bad_counts():
    with pytest.raises(InputError, match="negative"):
        crime_concentration([1, -1, 2])
    with pytest.raises(InputError, match="no incident"):
        crime_concentration([0, 0, 0])
    with pytest.raises(InputError, match="empty"):
        crime_concentration([])
    assert np.isnan(gini([0, 0]))
