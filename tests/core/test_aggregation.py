"""aggregate_incidents: accounting, counts against shapely, sums, rates, dates, bad input."""

import datetime as dt

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from urban_safety_monitor.usm_plugin.core.joins.aggregation import (
    FIELD_DOCS,
    aggregate_incidents,
    parse_dates,
    slugify,
)
from urban_safety_monitor.usm_plugin.core.stats.rates import crude_rate, empirical_bayes_rate
from urban_safety_monitor.usm_plugin.core.runtime import Cancelled, InputError

CRS = "EPSG:32630"
CATEGORIES = np.array(["theft", "robbery", "assault", "sexual_violence", None], dtype=object)


def voronoi_neighbourhoods(n, size, seed):
    rng = np.random.default_rng(seed)
    box = shapely.box(0, 0, size, size)
    seeds = shapely.multipoints(np.round(rng.uniform(0, size, (n, 2))))
    cells = shapely.intersection(shapely.get_parts(shapely.voronoi_polygons(seeds, extend_to=box)),
                                 box)
    # Ids whose sorted order is not the row order, so the tie rule is visible.
    ids = [f"N{k:03d}" for k in rng.permutation(len(cells))]
    pop = rng.integers(200, 5000, len(cells))
    return gpd.GeoDataFrame({"nbhd_id": ids, "population": pop}, geometry=cells, crs=CRS)


def incident_frame(neighbourhoods, n, seed):
    """Random incidents plus points on vertices and edges, outside, null, empty and NaN."""
    rng = np.random.default_rng(seed)
    polys = np.asarray(neighbourhoods.geometry.values)
    size = shapely.total_bounds(polys)[2]
    xy = rng.uniform(-0.05 * size, 1.05 * size, (n, 2))
    verts = shapely.get_coordinates(polys)
    edges = shapely.get_coordinates(shapely.segmentize(shapely.boundary(polys), size / 53))
    xy = np.vstack([xy, verts[rng.integers(0, len(verts), n // 5)],
                    edges[rng.integers(0, len(edges), n // 5)]])
    geoms = list(shapely.points(xy))
    geoms += [None, None, shapely.Point(), shapely.Point(np.nan, 5.0), shapely.Point(np.inf, 1.0),
              shapely.MultiPoint([(size / 2, size / 2), (-1e6, -1e6)])]
    m = len(geoms)
    days = pd.Timestamp("2021-01-01") + pd.to_timedelta(rng.integers(0, 3 * 365 * 24, m), unit="h")
    dates = np.array(days.strftime("%Y-%m-%d %H:%M"), dtype=object)
    dates[rng.random(m) < 0.05] = None
    dates[rng.random(m) < 0.03] = "not a date"
    return gpd.GeoDataFrame({
        "category": CATEGORIES[rng.integers(0, len(CATEGORIES), m)],
        "occurred_at": dates,
        "victim_sex": np.array(["female", "male", "unknown", None],
                               dtype=object)[rng.integers(0, 4, m)],
        "severity": rng.gamma(2.0, 1.0, m),
    }, geometry=geoms, crs=CRS)


def reference_counts(neighbourhoods, incidents):
    """Brute force: every neighbourhood intersecting the point, the smallest id wins."""
    polys = np.asarray(neighbourhoods.geometry.values)
    ids = neighbourhoods["nbhd_id"].to_numpy()
    geoms = np.asarray(incidents.geometry.values)
    out = np.empty(len(geoms), dtype=object)
    for k, g in enumerate(geoms):
        out[k] = None
        if g is None or g.is_empty:
            continue
        if g.geom_type == "MultiPoint":
            g = g.geoms[0]
        if not np.isfinite([g.x, g.y]).all():
            continue
        hits = [ids[j] for j in np.flatnonzero(shapely.intersects(polys, g))]
        out[k] = min(hits) if hits else None
    return out


def accounting(result):
    return dict(zip(result.accounting["item"], result.accounting["count"]))


@pytest.mark.parametrize("seed", [0, 1])
def test_every_incident_accounted_and_counts_match_brute_force(seed):
    nb = voronoi_neighbourhoods(40, 2000.0, seed)
    inc = incident_frame(nb, 1500, seed)
    result = aggregate_incidents(inc, nb, "nbhd_id", category_field="category")
    acc = accounting(result)
    assert acc["read"] == len(inc)
    assert acc["read"] == (acc["assigned"] + acc["outside"] + acc["dropped_null_geometry"]
                           + acc["dropped_empty_geometry"] + acc["dropped_invalid_coordinates"])
    assert acc["dropped_null_geometry"] == 2
    assert acc["dropped_empty_geometry"] == 1
    assert acc["dropped_invalid_coordinates"] == 2
    assert acc["multipoint_counted_once"] == 1
    assert acc["on_shared_boundary"] > 0 and acc["outside"] > 0

    expected = reference_counts(nb, inc)
    np.testing.assert_array_equal(result.incident_neighbourhood, expected)
    per_id = pd.Series([e for e in expected if e is not None]).value_counts()
    table = result.table.set_index("nbhd_id")
    np.testing.assert_array_equal(table["n_total"].to_numpy(dtype=np.int64),
                                  per_id.reindex(table.index, fill_value=0).to_numpy())
    assert int(table["n_total"].sum()) == acc["assigned"]


def test_counts_equal_contains_counts_when_no_point_is_on_a_boundary():
    nb = voronoi_neighbourhoods(30, 1000.0, 5)
    rng = np.random.default_rng(5)
    pts = shapely.points(rng.uniform(0, 1000, (3000, 2)))
    polys = np.asarray(nb.geometry.values)
    on_edge = shapely.intersects(shapely.boundary(polys)[None, :], pts[:, None]).any(axis=1)
    inc = gpd.GeoDataFrame(geometry=pts[~on_edge], crs=CRS)
    result = aggregate_incidents(inc, nb, "nbhd_id")
    contains = shapely.contains(polys[None, :], pts[~on_edge][:, None]).sum(axis=0)
    np.testing.assert_array_equal(result.table["n_total"].to_numpy(dtype=np.int64), contains)
    assert accounting(result)["on_shared_boundary"] == 0


def test_shared_edge_point_goes_to_smallest_id_once():
    nb = gpd.GeoDataFrame({"nbhd_id": ["Z", "A"]},
                          geometry=[shapely.box(0, 0, 10, 10), shapely.box(10, 0, 20, 10)], crs=CRS)
    inc = gpd.GeoDataFrame(geometry=[shapely.Point(10, 5), shapely.Point(10, 10)], crs=CRS)
    result = aggregate_incidents(inc, nb, "nbhd_id")
    assert list(result.table["n_total"]) == [0, 2]
    assert accounting(result)["on_shared_boundary"] == 2
    assert list(result.incident_neighbourhood) == ["A", "A"]


def test_breakdowns_add_up_to_totals():
    nb = voronoi_neighbourhoods(25, 1500.0, 3)
    inc = incident_frame(nb, 1200, 3)
    result = aggregate_incidents(
        inc, nb, "nbhd_id", category_field="category", date_field="occurred_at",
        periods=("year", "month", "weekday", "hourband"), disaggregate_fields=("victim_sex",),
        weight_field="severity", population_field="population", rate_per=1000,
        today="2024-06-01")
    t = result.table
    fields = list(t.columns)
    total = t["n_total"].to_numpy(dtype=np.int64)

    def block(prefix):
        cols = [c for c in fields if c.startswith(prefix)]
        assert cols, prefix
        return t[cols].to_numpy(dtype=np.int64).sum(axis=1)

    np.testing.assert_array_equal(block("n_cat_"), total)
    np.testing.assert_array_equal(block("n_victim_sex_"), total)
    assert "n_cat_null" in fields and "n_victim_sex_null" in fields
    # Period counts leave out incidents without a usable date, and only those.
    ids = result.incident_neighbourhood
    dates, has_time, _ = parse_dates(inc["occurred_at"])
    dated = pd.Series(ids[dates.notna().to_numpy() & (ids != None)]).value_counts()  # noqa: E711
    dated = dated.reindex(t["nbhd_id"], fill_value=0).to_numpy()
    for prefix in ("n_y", "n_m", "n_wd_", "n_hb_"):
        np.testing.assert_array_equal(block(prefix), dated)
    assert [c for c in fields if c.startswith("n_y")] == ["n_y2021", "n_y2022", "n_y2023"]
    assert accounting(result)["date_missing_or_unparsable"] == int(dates.isna().sum())
    # Weighted sums: per neighbourhood, the severities of its incidents.
    expected_w = pd.Series(inc["severity"].to_numpy()[ids != None]).groupby(  # noqa: E711
        ids[ids != None]).sum().reindex(t["nbhd_id"], fill_value=0.0)  # noqa: E711
    np.testing.assert_allclose(t["w_total"], expected_w.to_numpy(), rtol=1e-12)
    w_cats = t[[c for c in fields if c.startswith("w_cat_")]].sum(axis=1)
    np.testing.assert_allclose(w_cats, t["w_total"], rtol=1e-12)
    # Rates equal the rate functions applied to the counts.
    pop = nb["population"].to_numpy(dtype=float)
    np.testing.assert_allclose(t["rate_total"], crude_rate(total, pop, 1000), rtol=1e-12)
    np.testing.assert_allclose(t["eb_rate_total"], empirical_bayes_rate(total, pop) * 1000,
                               rtol=1e-12)
    theft = t["n_cat_theft"].to_numpy(dtype=float)
    np.testing.assert_allclose(t["eb_rate_cat_theft"], empirical_bayes_rate(theft, pop) * 1000,
                               rtol=1e-12)
    np.testing.assert_allclose(t["dens_total"], total / t["area_km2"], rtol=1e-12)
    np.testing.assert_allclose(t["area_km2"], nb.area / 1e6, rtol=1e-12)
    # Every generated field is in the field map and documented by a FIELD_DOCS pattern.
    assert set(result.field_map["field"]) == set(fields) - {"nbhd_id", "geometry"}
    assert len(FIELD_DOCS) >= 10


def test_null_neighbourhood_geometry_gives_null_not_zero():
    nb = gpd.GeoDataFrame({"nbhd_id": ["A", "B", "C"], "population": [100, 100, 0]},
                          geometry=[shapely.box(0, 0, 10, 10), None, shapely.Polygon()], crs=CRS)
    inc = gpd.GeoDataFrame({"category": ["x", "y"]},
                           geometry=[shapely.Point(5, 5), shapely.Point(50, 50)], crs=CRS)
    result = aggregate_incidents(inc, nb, "nbhd_id", category_field="category",
                                 population_field="population")
    t = result.table
    assert t["n_total"].iloc[0] == 1
    assert t["n_total"].iloc[1:].isna().all() and t["n_cat_x"].iloc[1:].isna().all()
    assert t["area_km2"].iloc[1:].isna().all() and t["rate_total"].iloc[1:].isna().all()
    assert any("null or empty geometry" in w and "B, C" in w for w in result.notes.warnings)
    assert accounting(result)["outside"] == 1


def test_zero_population_warns_and_negative_refused():
    nb = gpd.GeoDataFrame({"nbhd_id": [1, 2], "population": [0, 50]},
                          geometry=[shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)], crs=CRS)
    inc = gpd.GeoDataFrame(geometry=[shapely.Point(0.5, 0.5), shapely.Point(1.5, 0.5)], crs=CRS)
    result = aggregate_incidents(inc, nb, "nbhd_id", population_field="population")
    assert np.isnan(result.table["rate_total"].iloc[0])
    assert result.table["rate_total"].iloc[1] == pytest.approx(2000.0)
    assert any("population of 0 or NULL" in w for w in result.notes.warnings)
    nb["population"] = [-1, 50]
    with pytest.raises(InputError, match="negative population"):
        aggregate_incidents(inc, nb, "nbhd_id", population_field="population")


def test_mostly_zero_counts_warn_for_empirical_bayes():
    nb = voronoi_neighbourhoods(20, 1000.0, 8)
    inc = gpd.GeoDataFrame(geometry=[shapely.Point(500, 500)], crs=CRS)
    result = aggregate_incidents(inc, nb, "nbhd_id", population_field="population")
    assert any("unreliable where most counts are zero" in w for w in result.notes.warnings)


def test_bad_input_raises_clear_errors():
    nb = gpd.GeoDataFrame({"nbhd_id": ["A", "B", "A", "C", "C"]},
                          geometry=[shapely.box(k, 0, k + 1, 1) for k in range(5)], crs=CRS)
    inc = gpd.GeoDataFrame(geometry=[shapely.Point(0.5, 0.5)], crs=CRS)
    with pytest.raises(InputError, match="ids occur more than once.*A, C"):
        aggregate_incidents(inc, nb, "nbhd_id")
    nb["nbhd_id"] = list("ABCDE")
    with pytest.raises(InputError, match="geographic"):
        aggregate_incidents(inc.set_crs(4326, allow_override=True),
                            nb.set_crs(4326, allow_override=True), "nbhd_id")
    with pytest.raises(InputError, match="no CRS"):
        aggregate_incidents(inc.set_crs(None, allow_override=True), nb, "nbhd_id")
    with pytest.raises(InputError, match="different CRSs"):
        aggregate_incidents(inc.set_crs(32631, allow_override=True), nb, "nbhd_id")
    with pytest.raises(InputError, match="not found.*available"):
        aggregate_incidents(inc, nb, "nbhd_id", category_field="no_such_field")
    with pytest.raises(InputError, match="unknown period"):
        aggregate_incidents(inc, nb, "nbhd_id", periods=("decade",))
    with pytest.raises(InputError, match="must be points"):
        aggregate_incidents(gpd.GeoDataFrame(geometry=[shapely.box(0, 0, 1, 1)], crs=CRS),
                            nb, "nbhd_id")
    with pytest.raises(InputError, match="empty"):
        aggregate_incidents(inc.iloc[0:0], nb, "nbhd_id")
    nb.loc[1, "nbhd_id"] = None
    with pytest.raises(InputError, match="NULL id"):
        aggregate_incidents(inc, nb, "nbhd_id")


def test_cancellation():
    nb = voronoi_neighbourhoods(10, 100.0, 2)
    inc = incident_frame(nb, 100, 2)
    with pytest.raises(Cancelled):
        aggregate_incidents(inc, nb, "nbhd_id", should_stop=lambda: True)


def test_slugs_and_collisions_are_deterministic():
    assert slugify("Violencia sexual / género") == "violencia_sexual_genero"
    assert slugify("???") == "value"
    assert len(slugify("x" * 100)) == 30
    nb = gpd.GeoDataFrame({"nbhd_id": ["A"]}, geometry=[shapely.box(0, 0, 10, 10)], crs=CRS)
    inc = gpd.GeoDataFrame({"category": ["Théft", "theft", "theft", "", "Robo/Hurto"]},
                           geometry=[shapely.Point(5, 5)] * 5, crs=CRS)
    result = aggregate_incidents(inc, nb, "nbhd_id", category_field="category")
    fmap = result.field_map.set_index("value")["field"]
    assert fmap["theft"] == "n_cat_theft" and fmap["Théft"] == "n_cat_theft_2"
    assert fmap["Robo/Hurto"] == "n_cat_robo_hurto"
    t = result.table
    row = t.iloc[0]
    assert (row["n_cat_theft"], row["n_cat_theft_2"], row["n_cat_null"]) == (2, 1, 1)


def test_parse_dates_mixed_formats():
    values = pd.Series(["2023-05-17", "2023-05-17T21:30:00", "17/05/2023 21:30", "03/04/2021",
                        "2021/04/03", "2023-05-17 23:15:00+05:00", "17.05.2023", "17 May 2023",
                        "", None, "yesterday", "31/02/2023"], dtype=object)
    dates, has_time, missing = parse_dates(values)
    expected = ["2023-05-17", "2023-05-17 21:30", "2023-05-17 21:30", "2021-04-03",
                "2021-04-03", "2023-05-17 23:15", "2023-05-17", "2023-05-17"]
    assert list(dates[:8]) == [pd.Timestamp(e) for e in expected]
    assert dates[8:].isna().all()
    assert list(has_time[:8]) == [False, True, True, False, False, True, False, False]
    assert list(missing[8:]) == [True, True, False, False]
    month_first, _, _ = parse_dates(["03/04/2021"], dayfirst=False)
    assert month_first[0] == pd.Timestamp("2021-03-04")


def test_parse_dates_datetime_columns_and_numbers():
    stamps = pd.Series(pd.to_datetime(["2022-01-01 10:00", None, "2022-01-02 23:59"]))
    dates, has_time, missing = parse_dates(stamps)
    assert list(has_time) == [True, False, True] and list(missing) == [False, True, False]
    midnight = pd.Series(pd.to_datetime(["2022-01-01", "2022-03-01"]))
    assert not parse_dates(midnight)[1].any(), "a date-only column has no time of day"
    aware = pd.Series(pd.to_datetime(["2022-01-01 22:00"]).tz_localize("Europe/Madrid"))
    assert parse_dates(aware)[0][0] == pd.Timestamp("2022-01-01 22:00"), "wall time kept"
    objects = pd.Series([dt.datetime(2022, 5, 1, 7, 0), dt.date(2022, 5, 2), None], dtype=object)
    dates, has_time, _ = parse_dates(objects)
    assert list(dates[:2]) == [pd.Timestamp("2022-05-01 07:00"), pd.Timestamp("2022-05-02")]
    assert list(has_time) == [True, False, False]
    with pytest.raises(InputError, match="numeric"):
        parse_dates(pd.Series([20210101, 20210102]))


def test_dates_in_aggregation_future_and_hour_bands():
    nb = gpd.GeoDataFrame({"nbhd_id": ["A"]}, geometry=[shapely.box(0, 0, 10, 10)], crs=CRS)
    when = ["2022-01-03 05:59", "2022-01-03 06:00", "2022-01-03 12:00", "2022-01-03 18:00",
            "2030-01-01 23:59", "2022-01-04", None, "garbage"]
    inc = gpd.GeoDataFrame({"occurred_at": when}, geometry=[shapely.Point(1, 1)] * len(when),
                           crs=CRS)
    result = aggregate_incidents(inc, nb, "nbhd_id", date_field="occurred_at",
                                 periods=("year", "weekday", "hourband"), today="2024-01-01")
    row = result.table.iloc[0]
    assert row["n_total"] == 8
    assert (row["n_hb_night"], row["n_hb_morning"], row["n_hb_afternoon"], row["n_hb_evening"]) \
        == (1, 1, 1, 2)
    assert row["n_y2022"] == 5 and row["n_y2030"] == 1
    assert row["n_wd_mon"] == 4 and row["n_wd_tue"] == 2  # 2022-01-03 is a Monday
    acc = accounting(result)
    assert acc["date_missing_or_unparsable"] == 2
    assert acc["date_in_future"] == 1
    assert acc["time_of_day_missing"] == 1
    assert any("'garbage'" in w for w in result.notes.warnings)


def test_web_mercator_warns_and_frame_indexes_are_respected():
    nb = gpd.GeoDataFrame({"nbhd_id": ["B", "A"]},
                          geometry=[shapely.box(0, 0, 10, 10), shapely.box(10, 0, 20, 10)],
                          crs="EPSG:3857", index=[70, 30])
    inc = gpd.GeoDataFrame({"w": ["2", "x", None]},
                           geometry=shapely.points([(5, 5), (15, 5), (15, 6)]),
                           crs="EPSG:3857", index=[9, 8, 7])
    result = aggregate_incidents(inc, nb, "nbhd_id", weight_field="w")
    assert any("Web Mercator" in w for w in result.notes.warnings)
    assert list(result.table.index) == [70, 30]
    assert list(result.table["n_total"]) == [1, 2]
    assert list(result.incident_neighbourhood) == ["B", "A", "A"]
    # "x" and None are not numbers: left out of the weighted sum, and reported.
    np.testing.assert_allclose(result.table["w_total"], [2.0, 0.0])
    assert any("2 assigned incidents have a missing, non-numeric" in w
               for w in result.notes.warnings)


def test_point_coordinates_given_by_the_caller_give_the_same_result():
    """The bridge may hand plain points over as coordinates; nothing may change."""
    import geopandas as gpd
    import shapely

    from urban_safety_monitor.usm_plugin.core.joins.aggregation import aggregate_incidents

    squares = [shapely.box(i, 0, i + 1, 1) for i in range(3)]
    areas = gpd.GeoDataFrame({"code": ["a", "b", "c"]}, geometry=squares, crs="EPSG:32630")
    rng = np.random.default_rng(3)
    xy = np.column_stack([rng.uniform(-0.5, 3.5, 200), rng.uniform(-0.2, 1.2, 200)])
    xy[:5] = [[1, 0.5], [2, 0.5], [1, 1], [0, 0], [3, 0.25]]  # on edges and vertices
    geometry = list(shapely.points(xy))
    geometry[10] = None
    geometry[11] = shapely.Point()
    geometry[12] = shapely.MultiPoint([(0.5, 0.5), (2.5, 0.5)])
    geometry[13] = shapely.Point(np.nan, 0.5)
    points = gpd.GeoDataFrame({"category": rng.choice(["x", "y"], 200)}, geometry=geometry,
                              crs="EPSG:32630")
    reference = aggregate_incidents(points, areas, "code", category_field="category")

    plain = np.array([g is not None and g.geom_type == "Point" and not g.is_empty
                      and np.isfinite(g.x) for g in geometry])
    px = np.where(plain, xy[:, 0], np.nan)
    py = np.where(plain, xy[:, 1], np.nan)
    thinned = points.copy()
    thinned.loc[plain, "geometry"] = None
    given = aggregate_incidents(thinned, areas, "code", category_field="category",
                                point_xy=(px, py))
    pd.testing.assert_frame_equal(reference.accounting, given.accounting)
    pd.testing.assert_frame_equal(reference.table.drop(columns="geometry"),
                                  given.table.drop(columns="geometry"))
    np.testing.assert_array_equal(reference.incident_index, given.incident_index)
    assert list(reference.incident_neighbourhood) == list(given.incident_neighbourhood)


@pytest.mark.parametrize("values", [
    ["theft", None, "robbery", np.nan, "theft", "", "  ", "Théft"],   # text and missing
    ["theft", 1, "1", None, 1.0, True],                              # mixed types
    [None, np.nan, None],                                            # nothing but missing
    ["b", "a", "b", "c"],
])
def test_fast_factorize_equals_pandas(values):
    from urban_safety_monitor.usm_plugin.core.joins.aggregation import _factorize, _levels

    series = [pd.Series(np.array(values, dtype=object))]
    if all(v is None or isinstance(v, str) or (isinstance(v, float) and np.isnan(v))
           for v in values):
        series.append(pd.Series(values, dtype=pd.StringDtype("python")))
        try:  # pandas 3's default text dtype (what pyogrio gives there)
            series.append(pd.Series(values, dtype=pd.StringDtype("python", na_value=np.nan)))
        except TypeError:  # older pandas
            pass
        series.append(pd.Series(values, dtype="category"))
    for s in series:
        codes, uniques = _factorize(s)
        ref_codes, ref_uniques = pd.factorize(s, use_na_sentinel=True)
        np.testing.assert_array_equal(codes, ref_codes)
        assert [str(v) for v in uniques] == [str(v) for v in ref_uniques]
        lev_codes, lev_values = _levels(s)
        assert len(lev_codes) == len(s) and max(lev_codes, default=-1) < len(lev_values)


def test_incident_index_and_ids_agree():
    nb = voronoi_neighbourhoods(20, 1000.0, 5)
    inc = incident_frame(nb, 500, 5)
    result = aggregate_incidents(inc, nb, "nbhd_id")
    ids = result.incident_neighbourhood
    assert ids is result.incident_neighbourhood  # built once
    assigned = result.incident_index >= 0
    assert np.all(ids[~assigned] == None)  # noqa: E711 (element-wise)
    np.testing.assert_array_equal(ids[assigned],
                                  nb["nbhd_id"].to_numpy()[result.incident_index[assigned]])
    counts = np.bincount(result.incident_index[assigned], minlength=len(nb))
    np.testing.assert_array_equal(counts, result.table["n_total"].to_numpy(dtype=np.int64))


def test_second_thread_gives_identical_results(monkeypatch):
    """Large inputs read y and factorize fields in a second thread: same results."""
    from urban_safety_monitor.usm_plugin.core.joins import aggregation

    nb = voronoi_neighbourhoods(25, 1000.0, 9)
    inc = incident_frame(nb, 800, 9)  # has null, empty, NaN and MultiPoint geometries
    kwargs = dict(category_field="category", disaggregate_fields=["victim_sex"],
                  date_field="occurred_at", periods=["year"], today="2030-01-01")
    monkeypatch.setattr(aggregation, "_PARALLEL_MIN", 10**12)
    alone = aggregate_incidents(inc, nb, "nbhd_id", **kwargs)
    monkeypatch.setattr(aggregation, "_PARALLEL_MIN", 0)
    threaded = aggregate_incidents(inc, nb, "nbhd_id", **kwargs)
    pd.testing.assert_frame_equal(alone.table.drop(columns="geometry"),
                                  threaded.table.drop(columns="geometry"))
    pd.testing.assert_frame_equal(alone.accounting, threaded.accounting)
    pd.testing.assert_frame_equal(alone.field_map, threaded.field_map)
    plain = inc[[g is not None and g.geom_type == "Point" and not g.is_empty
                 for g in inc.geometry]]
    again = aggregate_incidents(plain, nb, "nbhd_id", **kwargs)  # no empty point: no retry
    assert int(again.table["n_total"].sum()) == int(
        (again.incident_index >= 0).sum())
    with pytest.raises(Cancelled):
        aggregate_incidents(inc, nb, "nbhd_id", should_stop=lambda: True, **kwargs)
    bad = inc.assign(category=[[1]] * len(inc))  # unhashable: the worker's error surfaces
    with pytest.raises(TypeError):
        aggregate_incidents(bad, nb, "nbhd_id", category_field="category")
