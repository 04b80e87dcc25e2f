"""The core pieces behind the reliability fixes, without QGIS: far dates, stacked points,
overlap descriptions."""

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from urban_safety_monitor.usm_plugin.core.dates import parse_dates
from urban_safety_monitor.usm_plugin.core.geometry.overlaps import describe_overlaps
from urban_safety_monitor.usm_plugin.core.geometry.stacked import stacked_points, warn_stacked
from urban_safety_monitor.usm_plugin.core.runtime import Notes


@pytest.mark.parametrize("values", [
    ["1500-06-01"], ["9999-12-31"], ["2023-01-01", "1500-06-01", "9999-12-31T23:59:59"],
    ["0001-01-01", "2023-05-17 21:30"],
])
def test_dates_outside_what_nanoseconds_hold_are_unreadable_not_a_crash(values):
    dates, _, missing = parse_dates(pd.Series(values))
    far = [v[:4] in ("1500", "9999", "0001") for v in values]
    assert dates.isna().to_numpy().tolist() == far
    assert not missing.any()


def test_mixed_formats_and_impossible_dates():
    dates, has_time, missing = parse_dates(pd.Series(
        ["2023-03-04", "04/03/2023", "2023/03/04", "2023-02-30", "", None, "soon"]))
    assert dates[:3].tolist() == [pd.Timestamp("2023-03-04")] * 3
    assert dates[3:].isna().all()
    assert missing.tolist() == [False, False, False, False, True, True, False]


def test_stacked_points_counts_every_point_of_a_stack_of_ten_or_more():
    x = np.r_[np.full(12, 5.0), np.full(9, 7.0), np.arange(30.0)]
    y = np.r_[np.full(12, 1.0), np.full(9, 1.0), np.arange(30.0)]
    mask, n_stacks, largest = stacked_points(x, y)
    assert mask.sum() == 12 and n_stacks == 1 and largest == 12
    notes = Notes()
    assert warn_stacked(x, y, notes) == 12
    assert "12 incidents share their exact coordinates" in notes.warnings[0]


def test_describe_overlaps_names_the_pairs_and_the_area():
    polygons = np.array([box(0, 0, 100, 100), box(100, 0, 200, 100), box(150, 0, 250, 100)],
                        dtype=object)
    line = describe_overlaps(polygons, ["A", "B", "C"])
    assert line.startswith("1 pair(s) of neighbourhoods overlap (5,000 m2 shared in all): B/C")
    assert describe_overlaps(polygons[:2], ["A", "B"]) is None
