"""Table joins by neighbourhood code: matching rule, report, duplicate policies."""

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from urban_safety_monitor.usm_plugin.core.runtime import InputError
from urban_safety_monitor.usm_plugin.core.joins.table_join import join_table, normalise_code


def hoods(ids):
    geoms = [shapely.box(i, 0, i + 1, 1) for i in range(len(ids))]
    return gpd.GeoDataFrame({"nid": ids, "name": [f"n{i}" for i in range(len(ids))]},
                            geometry=geoms, crs="EPSG:32630")


@pytest.mark.parametrize("value, expected", [
    (" N001 ", "N001"), ("007", "7"), (7, "7"), (7.0, "7"), ("7.0", "7"), ("+7", "7"),
    ("7.50", "7.5"), ("-0", "0"), ("0.5", "0.5"), (".5", "0.5"), ("N1", "N1"), ("", None),
    ("   ", None), (None, None), (np.nan, None), (pd.NA, None), (np.int64(12), "12"),
])
def test_normalise_code(value, expected):
    assert normalise_code(value) == expected


def test_normalise_code_options():
    assert normalise_code("007", numeric_codes=False) == "007"
    assert normalise_code(" n001", case_sensitive=False) == normalise_code("N001 ",
                                                                           case_sensitive=False)
    assert normalise_code("n001") != normalise_code("N001")


def test_join_reports_unmatched_missing_and_without_row():
    n = hoods(["N001", "N002", "N003"])
    t = pd.DataFrame({"code": [" N001", "N002 ", "N999", None, "  "],
                      "share": [0.1, 0.2, 0.9, 0.5, 0.6], "resp": [10, 20, 30, 40, 50]})
    res = join_table(n, "nid", t, "code")
    assert res.table["share"].tolist()[:2] == [0.1, 0.2]
    assert np.isnan(res.table["share"].iloc[2])  # missing, not 0
    assert res.table["resp"].dtype == "Int64"
    assert res.table["resp"].tolist()[:2] == [10, 20] and pd.isna(res.table["resp"].iloc[2])
    assert res.table["join_rows"].tolist() == [1, 1, 0]
    rep = res.report.set_index("issue")
    assert rep.loc["unmatched_code", "code"] == "N999"
    assert rep.loc["missing_code", "rows"] == 2
    assert rep.loc["neighbourhood_without_row", "neighbourhood_id"] == "N003"
    assert res.matched_rows == 2
    # every table row is accounted for: joined + unmatched + missing code
    assert res.matched_rows + rep.loc["unmatched_code", "rows"] + rep.loc["missing_code", "rows"] \
        == len(t)


def test_numeric_codes_match_by_value():
    n = hoods(["007", "12", "A3"])
    t = pd.DataFrame({"code": [7.0, "012", "a3"], "v": [1.0, 2.0, 3.0]})
    res = join_table(n, "nid", t, "code")
    assert res.table["v"].tolist()[:2] == [1.0, 2.0]
    assert np.isnan(res.table["v"].iloc[2])
    res_ci = join_table(n, "nid", t, "code", case_sensitive=False)
    assert res_ci.table["v"].tolist() == [1.0, 2.0, 3.0]
    strict = join_table(n, "nid", t, "code", numeric_codes=False)
    # compared as text, 7.0 is not '007' and '012' is not '12'
    assert strict.table["v"].isna().all()
    assert (strict.report.issue == "unmatched_code").sum() == 3


def test_duplicate_policies():
    n = hoods(["N1", "N2"])
    t = pd.DataFrame({"code": ["N1", "N1", "N2"], "budget": [100.0, 50.0, np.nan],
                      "programme": ["lights", "youth", "patrol"]})
    with pytest.raises(InputError, match="several table rows"):
        join_table(n, "nid", t, "code")
    first = join_table(n, "nid", t, "code", duplicate_policy="first")
    assert first.table["budget"].iloc[0] == 100.0 and first.table["programme"].iloc[0] == "lights"
    mean = join_table(n, "nid", t, "code", duplicate_policy="mean")
    assert mean.table["budget"].iloc[0] == 75.0
    assert mean.table["programme"].iloc[0] == "lights; youth"
    total = join_table(n, "nid", t, "code", duplicate_policy="sum")
    assert total.table["budget"].iloc[0] == 150.0
    assert np.isnan(total.table["budget"].iloc[1])  # all missing stays missing, not 0
    assert total.table["join_rows"].tolist() == [2, 1]
    dup = total.report[total.report.issue == "duplicate_code"]
    assert dup[["code", "rows"]].values.tolist() == [["N1", 2]]
    assert "added up" in dup.handling.iloc[0]


def test_bad_inputs():
    n = hoods(["N1", "N2"])
    t = pd.DataFrame({"code": ["N1"], "v": [1]})
    with pytest.raises(InputError, match="no code field"):
        join_table(n, "nid", t, "nope")
    with pytest.raises(InputError, match="no id field"):
        join_table(n, "nope", t, "code")
    with pytest.raises(InputError, match="no field"):
        join_table(n, "nid", t, "code", fields=["w"])
    with pytest.raises(InputError, match="duplicate_policy"):
        join_table(n, "nid", t, "code", duplicate_policy="last")
    with pytest.raises(InputError, match="not unique"):
        join_table(hoods(["7", "007"]), "nid", t, "code")
    with pytest.raises(InputError, match="no nid"):
        join_table(hoods(["N1", None]), "nid", t, "code")


def test_name_clash_and_input_untouched():
    n = hoods(["N1", "N2"])
    t = pd.DataFrame({"code": ["N1", "N2"], "name": ["x", "y"]})
    before = n.copy()
    res = join_table(n, "nid", t, "code")
    pd.testing.assert_frame_equal(n, before)
    assert res.table["name"].tolist() == ["n0", "n1"]
    assert res.table["name_1"].tolist() == ["x", "y"]
    assert any("name_1" in w for w in res.notes.warnings)
