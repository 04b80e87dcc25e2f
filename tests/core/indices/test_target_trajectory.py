"""Target paths and on-track status, by hand; comparison with the neighbourhood's type."""

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose

from urban_safety_monitor.usm_plugin.core.indices.change import rate_ratio_interval
from urban_safety_monitor.usm_plugin.core.indices.targets import (
    target_factor, target_trajectory, years_of)
from urban_safety_monitor.usm_plugin.core.runtime import InputError


def test_target_paths_by_hand():
    geometric = target_factor([2020, 2021, 2025, 2030, 2032], 2020, 2030, 0.5)
    assert_allclose(geometric, [1, 0.5 ** 0.1, 0.5 ** 0.5, 0.5, 0.5])
    assert 1 - geometric[1] == pytest.approx(0.067, abs=5e-4)  # "about 7% a year"
    linear = target_factor([2020, 2025, 2030], 2020, 2030, 0.5, "linear")
    assert_allclose(linear, [1, 0.75, 0.5])


def test_years_from_field_names():
    assert years_of(["n_y2021", "n_y2022"]) == [2021, 2022]
    assert years_of(["count_a", "n_y2022"]) is None


def _frame():
    return pd.DataFrame({"n_y2021": [100, 100, 3, 100, 0], "n_y2022": [80, 110, 3, 90, 0],
                         "n_y2023": [60, 120, 1, 85, 1], "kind": ["A", "A", "B", "A", None]})


def test_status_and_reduction_needed_by_hand():
    result = target_trajectory(_frame(), ["n_y2021", "n_y2022", "n_y2023"])
    table = result.table
    factor = 0.5 ** (2 / 9)
    assert table.target_ratio[0] == pytest.approx(factor)
    lo, hi = rate_ratio_interval(60, 1, 100, 1, 0.90)
    assert table.rr_hi[0] == pytest.approx(hi) and hi < factor
    assert list(table.track[:4]) == ["on track", "off track", "too few incidents to say",
                                     "uncertain"]
    # at 0.6 of the baseline, 0.5 by 2030 asks for 1 - (0.5 / 0.6) ** (1 / 7) a year
    assert table.reduction_needed[0] == pytest.approx(100 * (1 - (0.5 / 0.6) ** (1 / 7)))
    assert table.reduction_needed[1] == pytest.approx(100 * (1 - (0.5 / 1.2) ** (1 / 7)))
    assert table.target_2030[1] == pytest.approx(50)
    assert table.target_2025[0] == pytest.approx(100 * 0.5 ** (4 / 9))
    path = result.city_path.set_index("year")
    assert path.loc[2021, "observed"] == 303 and path.loc[2030, "target"] == pytest.approx(151.5)
    assert np.isnan(path.loc[2027, "observed"])


def test_reduction_needed_is_zero_only_below_the_target_level():
    frame = pd.DataFrame({"n_y2021": [100, 100], "n_y2023": [40, 50]})
    table = target_trajectory(frame, ["n_y2021", "n_y2023"]).table
    assert table.reduction_needed[0] == 0 and table.reduction_needed[1] == 0


def test_comparison_with_the_type():
    frame = pd.DataFrame({"n_y2021": [200, 200, 200, 200, 100],
                          "n_y2023": [200, 210, 190, 60, 100],
                          "kind": ["A", "A", "A", "A", "B"]})
    table = target_trajectory(frame, ["n_y2021", "n_y2023"], type_field="kind").table
    assert table.type_ratio[0] == pytest.approx(660 / 800)
    assert table.type_class[3] == "better than its type"
    assert table.type_class[0] == "like its type" or table.type_class[0] == "worse than its type"
    assert table.vs_type[4] == pytest.approx(1.0)


def test_bad_input():
    frame = _frame()
    with pytest.raises(InputError, match="between 0 and 1"):
        target_trajectory(frame, ["n_y2021", "n_y2023"], reduction=50)
    with pytest.raises(InputError, match="must increase"):
        target_trajectory(frame, ["n_y2023", "n_y2021"])
    with pytest.raises(InputError, match="must come after"):
        target_trajectory(frame, ["n_y2021", "n_y2023"], target_year=2020)
    with pytest.raises(InputError, match="give the first year"):
        target_trajectory(frame.rename(columns={"n_y2021": "base"}), ["base", "n_y2023"])
    with pytest.raises(InputError, match="at least two"):
        target_trajectory(frame, ["n_y2021"])
