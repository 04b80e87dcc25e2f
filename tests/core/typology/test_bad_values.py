"""Typologies with values at the edge of what a double holds, and with fewer distinct
neighbourhood profiles than the types asked for (found by the reliability property tests)."""

import numpy as np
import pandas as pd
import pytest

from urban_safety_monitor.usm_plugin.core.runtime import InputError
from urban_safety_monitor.usm_plugin.core.typology.classify import classify_neighbourhoods
from urban_safety_monitor.usm_plugin.core.typology.prepare import standardise


def test_huge_values_standardise_like_their_scaled_copy():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(30, 2))
    huge = x * np.array([1e307, 1.0])
    for method in ("zscore", "robust", "minmax", "rank"):
        z = standardise(huge, method)
        assert np.isfinite(z).all(), method
        np.testing.assert_allclose(z, standardise(x, method), rtol=1e-9, atol=1e-12)


def test_a_field_of_zeros_and_two_1e308_values_gives_types_not_a_crash():
    rng = np.random.default_rng(0)
    income = [0.0] * 7 + [1e308, None] + [0.0] * 6 + [None, 1e308, None, 0.0, None] + [0.0] * 5
    frame = pd.DataFrame({"id": [f"N{i}" for i in range(25)], "income": income,
                          "u": rng.normal(size=25), "v": rng.normal(size=25)})
    result = classify_neighbourhoods(frame, "id", fields=["income", "u", "v"], method="kmeans",
                                     k=3, stability_runs=5)
    assert len(np.unique(result.labels)) == 3
    numbers = result.profiles.select_dtypes("number").to_numpy(float)
    assert not np.isinf(numbers).any()   # profile means and R² of the huge field stay finite


def test_fewer_distinct_profiles_than_types_is_a_clear_error():
    frame = pd.DataFrame({"id": [f"N{i}" for i in range(12)],
                          "a": [1.0, 2.0] * 6, "b": [5.0, 7.0] * 6})
    with pytest.raises(InputError, match="2 distinct indicator profile"):
        classify_neighbourhoods(frame, "id", fields=["a", "b"], method="kmeans", k=4,
                                stability_runs=0)
