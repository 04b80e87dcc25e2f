"""Streaming aggregation (core/joins/streaming.py): identical to aggregate_incidents on the
whole input, whatever the chunks -- 1-row chunks, categories and years first seen in the
last chunk, ties on shared boundaries, outside points, null/empty/NaN geometries, bad and
future dates, midnight-only date-times, weights, stacks spread over chunks -- and tallies
made apart, pickled and merged in reverse order."""

import pickle

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from urban_safety_monitor.usm_plugin.core.geometry.stacked import StackCounter, stacked_points
from urban_safety_monitor.usm_plugin.core.joins import streaming as st
from urban_safety_monitor.usm_plugin.core.joins.aggregation import aggregate_incidents
from urban_safety_monitor.usm_plugin.core.runtime import InputError

CRS = "EPSG:32630"
OPTIONS = dict(category_field="category", date_field="occurred_at",
               periods=("year", "month", "weekday", "hourband"),
               disaggregate_fields=("sex", "grp"), weight_field="w",
               population_field="population", today="2030-01-01")


def _data(n=300, seed=0, text_dates=True):
    rng = np.random.default_rng(seed)
    cells = [shapely.box(i * 100, j * 100, (i + 1) * 100, (j + 1) * 100)
             for i in range(4) for j in range(3)]
    cells[3] = None  # a neighbourhood without geometry: NULL counts
    nb = gpd.GeoDataFrame({"nbhd_id": [f"N{k:02d}" for k in range(12)][::-1],
                           "population": rng.integers(0, 500, 12).astype(float)},
                          geometry=cells, crs=CRS)
    xy = rng.uniform(-20, 420, (n, 2))
    xy[: n // 8] = np.round(xy[: n // 8] / 100) * 100  # on shared edges and vertices: ties
    xy[n // 8: n // 8 + 11] = [123.25, 234.5]  # one stack of 11, spread over the chunks
    points = list(shapely.points(xy[rng.permutation(n)]))
    points[5], points[17] = None, shapely.Point()
    points[29] = shapely.Point(np.nan, 3.0)
    points[41] = shapely.MultiPoint([(50, 50), (250, 250)])
    cats = rng.choice(["theft", "assault", "Théft", None, " "], n).astype(object)
    cats[-2:] = "only_in_the_last_rows"
    stamps = pd.Timestamp("2019-03-01") + pd.to_timedelta(
        rng.integers(0, 3 * 365 * 24 * 60, n), unit="min")
    if text_dates:
        dates = np.asarray(stamps.strftime("%d/%m/%Y %H:%M"), dtype=object)
        dates[[7, 100, 101, 102, 103, 104, 105]] = ["not a date", "x1", "x2", "x3", "x4",
                                                     "x5", "x6"]
        dates[n - 5] = None
        dates[-1] = "05/05/2031 10:00"  # future, and a year seen only in the last row
    else:
        dates = pd.Series(stamps.normalize())  # every time at midnight: no time of day
        dates.iloc[-2] = pd.NaT
    w = rng.gamma(2.0, 1.3, n)
    w[11] = np.nan
    grp = rng.integers(0, 4, n).astype(float)
    grp[-100] = np.nan
    inc = gpd.GeoDataFrame({"category": cats, "occurred_at": dates, "w": w,
                            "sex": rng.choice(["f", "m", None], n).astype(object), "grp": grp},
                           geometry=points, crs=CRS)
    return inc, nb


def _assert_same(a, b, exact=True):
    pd.testing.assert_frame_equal(a.accounting, b.accounting)
    pd.testing.assert_frame_equal(a.field_map, b.field_map)
    ta = pd.DataFrame(a.table.drop(columns="geometry"))
    tb = pd.DataFrame(b.table.drop(columns="geometry"))
    if exact:
        pd.testing.assert_frame_equal(ta, tb, check_exact=True)
    else:
        pd.testing.assert_frame_equal(ta, tb, rtol=1e-12)
    assert a.notes.warnings == b.notes.warnings
    assert a.notes.info == b.notes.info


@pytest.mark.parametrize("size, text_dates", [(1, True), (7, True), (64, True), (299, True),
                                              (1000, True), (7, False), (64, False)])
def test_chunks_give_the_whole_result(size, text_dates):
    inc, nb = _data(text_dates=text_dates)
    whole = aggregate_incidents(inc, nb, "nbhd_id", **OPTIONS)
    chunks = [inc.iloc[i:i + size] for i in range(0, len(inc), size)]
    streamed = st.aggregate_incident_chunks(iter(chunks), nb, "nbhd_id", **OPTIONS)
    _assert_same(whole, streamed)
    assert streamed.incident_index is None and streamed.incident_neighbourhood is None
    # the planted cases are really there
    acc = dict(zip(whole.accounting["item"], whole.accounting["count"]))
    assert acc["on_shared_boundary"] > 0 and acc["outside"] > 0
    assert acc["stacked_for_privacy"] >= 11 and acc["dropped_null_geometry"] == 1
    if text_dates and size == 1000:
        assert "n_y2031" in whole.table.columns and "n_cat_only_in_the_last_rows" in whole.table
        assert acc["date_in_future"] == 1
        assert "'not a date', 'x1', 'x2', 'x3', 'x4'" in " ".join(whole.notes.warnings)


@pytest.mark.parametrize("size", [13, 150])
def test_tallies_made_apart_merge_in_any_order(size):
    inc, nb = _data()
    whole = aggregate_incidents(inc, nb, "nbhd_id", **OPTIONS)
    prepared = st.prepare_neighbourhoods(nb, "nbhd_id", population_field="population")
    options = {k: v for k, v in OPTIONS.items() if k != "population_field"}
    parts = []
    for start in range(0, len(inc), size):
        tally = st.tally_incidents(inc.iloc[start:start + size],
                                   pickle.loads(pickle.dumps(prepared)), first_row=start,
                                   **options)
        parts.append(pickle.loads(pickle.dumps(tally)))
    merged = st.combine_tallies(parts[::-1])
    result = st.finish_aggregation(merged, prepared, nb, population_field="population")
    _assert_same(whole, result, exact=False)  # weight sums: up to float rounding
    # the parts are unchanged by combining
    assert st.combine_tallies(parts).n_read == len(inc)


def test_integer_field_with_nulls_in_some_chunks_only():
    """An integer column reads as float when a value is missing: "1.0" in the whole file,
    "1" in a chunk without missing values.  The streamed names follow the whole column."""
    inc, nb = _data(n=120)
    inc = inc.assign(grp=inc["grp"].fillna(9).astype(float))
    inc.loc[inc.index[-1], "grp"] = np.nan
    whole = aggregate_incidents(inc, nb, "nbhd_id", disaggregate_fields=("grp",))
    first = inc.iloc[:100].assign(grp=inc["grp"].iloc[:100].astype(np.int64))
    chunks = [first, inc.iloc[100:]]
    assert first["grp"].dtype == np.int64
    streamed = st.aggregate_incident_chunks(chunks, nb, "nbhd_id", disaggregate_fields=("grp",))
    _assert_same(whole, streamed)
    assert "n_grp_1_0" in streamed.table.columns


def test_stack_counter_spills_and_merges(tmp_path):
    rng = np.random.default_rng(3)
    x = np.round(rng.uniform(0, 30, 5000))
    y = np.round(rng.uniform(0, 30, 5000))
    x[:3], y[:3] = -0.0, 0.0  # -0.0 and 0.0 are one coordinate
    x[3:20], y[3:20] = 0.0, 0.0
    mask, n_stacks, largest = stacked_points(x, y)
    spilling = StackCounter(spill_dir=tmp_path, spill_bytes=1000)
    apart = StackCounter()
    for k in range(0, 5000, 333):
        spilling.add(x[k:k + 333], y[k:k + 333])
        other = StackCounter()
        other.add(x[k:k + 333], y[k:k + 333])
        apart.merge(pickle.loads(pickle.dumps(other)))
    assert any(tmp_path.iterdir())
    assert spilling.result() == (int(mask.sum()), n_stacks, largest)
    assert apart.result() == (int(mask.sum()), n_stacks, largest)
    assert pickle.loads(pickle.dumps(spilling)).result() == spilling.result()


def test_bad_uses_are_refused_clearly():
    inc, nb = _data(n=120)
    prepared = st.prepare_neighbourhoods(nb, "nbhd_id")
    tally = st.tally_incidents(inc.iloc[:60], prepared, category_field="category")
    with pytest.raises(InputError, match="same options"):
        st.tally_incidents(inc.iloc[60:], prepared, category_field="sex", into=tally)
    other = st.tally_incidents(inc.iloc[60:], prepared)
    with pytest.raises(InputError, match="cannot be merged"):
        st.combine_tallies([tally, other])
    with pytest.raises(InputError, match="no tallies"):
        st.combine_tallies([])
    with pytest.raises(InputError, match="empty"):
        st.aggregate_incident_chunks([inc.iloc[0:0]], nb, "nbhd_id")
    with pytest.raises(InputError, match="null or empty"):
        st.aggregate_incident_chunks([inc.iloc[[5]], inc.iloc[[5]]], nb, "nbhd_id")
    with pytest.raises(InputError, match="different CRSs"):
        st.tally_incidents(inc.to_crs(32631), prepared)
    with pytest.raises(InputError, match="not found"):
        st.tally_incidents(inc, prepared, category_field="nope")
    with pytest.raises(InputError, match="not the ones prepared"):
        st.finish_aggregation(tally, prepared, nb.iloc[:5])


def test_geoparquet_batches_give_the_whole_result(tmp_path):
    """GeoParquet read in row-group batches (pyarrow, optional): same result as the frame."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    import json

    inc, nb = _data(n=300)
    inc = inc[["category", "sex", "geometry"]]
    def text(column):
        return [v if isinstance(v, str) else None for v in inc[column]]

    table = pa.table({"category": text("category"), "sex": text("sex"),
                      "geometry": pa.array([None if g is None else shapely.to_wkb(g)
                                            for g in inc.geometry], type=pa.binary())})
    geo = {"version": "1.0.0", "primary_column": "geometry",
           "columns": {"geometry": {"encoding": "WKB", "crs": inc.crs.to_json_dict()}}}
    table = table.replace_schema_metadata({b"geo": json.dumps(geo).encode()})
    path = tmp_path / "incidents.parquet"
    pq.write_table(table, path, row_group_size=50)
    chunks = list(st.geoparquet_chunks(path, ["category", "sex"], batch_rows=120))
    assert [len(c[0]) for c in chunks] == [100, 100, 100]  # whole row groups of 50
    assert [len(c[0]) for c in st.geoparquet_chunks(path, [], batch_rows=10)] == [50] * 6
    whole = aggregate_incidents(inc, nb, "nbhd_id", category_field="category",
                                disaggregate_fields=("sex",))
    streamed = st.aggregate_incident_chunks(chunks, nb, "nbhd_id", category_field="category",
                                            disaggregate_fields=("sex",))
    _assert_same(whole, streamed)
    with pytest.raises(InputError, match="not found"):
        next(st.geoparquet_chunks(path, ["nope"]))
