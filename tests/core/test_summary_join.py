"""core.joins.summary: step tables joined onto the neighbourhoods by id."""

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from urban_safety_monitor.usm_plugin.core.joins.summary import (matching_columns,
                                                                 neighbourhood_summary)
from urban_safety_monitor.usm_plugin.core.runtime import InputError


def _base():
    return gpd.GeoDataFrame({"id": ["N1", "N2", "N3"], "n_total": [4, 0, 9],
                             "src_cover": [1.0, 1.0, 0.9]},
                            geometry=[box(i, 0, i + 1, 1) for i in range(3)], crs=32630)


def test_rows_follow_the_base_and_values_follow_the_ids():
    hot = pd.DataFrame({"id": ["N3", "N1", "N2"], "Gi_Bin": [3, -1, 0], "GiZ": [3.1, -1.8, 0.2],
                        "Gi_P": [0.001, 0.07, 0.8]})
    result = neighbourhood_summary(_base(), "id", [("hotspots", hot, ["Gi_Bin", "GiZ"])],
                                   base_exclude=["src_cover"])
    table = result.table
    assert table["id"].tolist() == ["N1", "N2", "N3"]
    assert table["Gi_Bin"].tolist() == [-1, 0, 3] and table["Gi_Bin"].dtype.kind == "i"
    assert "Gi_P" not in table and "src_cover" not in table
    assert table.geometry.equals(_base().geometry) and table.crs == _base().crs
    assert result.sources["Gi_Bin"] == "hotspots" and result.sources["n_total"] == "base"


def test_a_missing_row_is_null_never_zero_and_reported():
    survey = pd.DataFrame({"id": ["N1", "N3", "N9"], "share_x": [0.5, 0.25, 1.0],
                           "n_resp": [10, 4, 3], "label": ["a", "b", "c"]})
    result = neighbourhood_summary(_base(), "id", [("survey", survey, ["share_.*", "n_resp",
                                                                       "label"])])
    table = result.table
    assert np.isnan(table.loc[1, "share_x"]) and table.loc[0, "share_x"] == 0.5
    assert pd.isna(table.loc[1, "n_resp"]) and table.loc[2, "n_resp"] == 4
    assert table.loc[1, "label"] is None and table.loc[2, "label"] == "b"
    text = " ".join(result.notes.warnings)
    assert "1 neighbourhood(s) have no row" in text and "N9" in text


def test_a_field_already_given_is_not_overwritten():
    other = pd.DataFrame({"id": ["N1", "N2", "N3"], "n_total": [99, 99, 99]})
    result = neighbourhood_summary(_base(), "id", [("other", other, ["n_total"])])
    assert result.table["n_total"].tolist() == [4, 0, 9]
    assert any("already come from base" in w for w in result.notes.warnings)


def test_ids_are_matched_as_text_and_must_be_unique():
    base = _base().assign(id=[1, 2, 3])
    part = pd.DataFrame({"id": ["3", "1", "2"], "v": [30.0, 10.0, 20.0]})
    assert neighbourhood_summary(base, "id", [("p", part, ["v"])]).table["v"].tolist() == \
        [10.0, 20.0, 30.0]
    with pytest.raises(InputError, match="duplicate ids.*N1"):
        neighbourhood_summary(_base(), "id", [("p", pd.DataFrame({"id": ["N1", "N1"],
                                                                  "v": [1, 2]}), ["v"])])
    with pytest.raises(InputError, match="no field 'code'"):
        neighbourhood_summary(_base(), "code", [])


def test_matching_columns_are_whole_name_matches_in_column_order():
    columns = ["sdg1121", "sdg1121_served", "sdg1171_space", "index", "index_lo", "n_y2021"]
    assert matching_columns(columns, ["sdg1121", "sdg1171_.*", "index"]) == \
        ["sdg1121", "sdg1171_space", "index"]
