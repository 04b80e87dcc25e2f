"""Neighbourhood profile figures against pandas/numpy/scipy recomputations, and the HTML pages
parsed back against the frame they came from."""

import html.parser

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from scipy import stats

from urban_safety_monitor.usm_plugin.core.publish.atlas_text import atlas_texts, quote_field
from urban_safety_monitor.usm_plugin.core.publish.profile_html import (format_value, index_pages,
                                                                        render_pages)
from urban_safety_monitor.usm_plugin.core.publish.profiles import (choose_fields,
                                                                   neighbourhood_profiles,
                                                                   percentile_rank, trend_line,
                                                                   zonal_mean)
from urban_safety_monitor.usm_plugin.core.runtime import Cancelled, InputError


def city(n=40, seed=3):
    """A grid of n square neighbourhoods (500 m) with USM-named fields and planted NULLs."""
    rng = np.random.default_rng(seed)
    side = int(np.ceil(np.sqrt(n)))
    boxes = [shapely.box(500 * (i % side), 500 * (i // side), 500 * (i % side) + 500,
                         500 * (i // side) + 500) for i in range(n)]
    frame = gpd.GeoDataFrame({
        "code": [f"B{i:03d}" for i in range(n)][::-1],  # not in id order on purpose
        "name": [f"Barrio <{i}> & co" for i in range(n)],
        "population": rng.integers(100, 4000, n).astype(float),
        "n_total": rng.integers(0, 200, n).astype(float),
        "type_name": rng.choice(["normal", "vulnerable", "critical"], n),
        "Gi_Bin": rng.integers(-3, 4, n),
        "n_y2023": rng.integers(0, 80, n).astype(float),
        "n_y2021": rng.integers(0, 80, n).astype(float),
        "n_y2022": rng.integers(0, 80, n).astype(float),
        "share_unsafe": rng.uniform(0, 1, n),
        "index": rng.uniform(0, 100, n),
    }, geometry=boxes, crs="EPSG:32630")
    frame["rate_total"] = frame["n_total"] / frame["population"] * 1e5
    frame["ci_low_unsafe"] = frame["share_unsafe"] * 0.8
    frame["ci_high_unsafe"] = np.minimum(frame["share_unsafe"] * 1.2, 1)
    frame["index_lo"] = frame["index"] - 3
    frame["index_hi"] = frame["index"] + 3
    frame["withheld"] = 0
    frame.loc[5, ["n_total", "rate_total"]] = np.nan
    frame.loc[5, "withheld"] = 1
    frame.loc[7, "population"] = np.nan
    frame.loc[7, "rate_total"] = np.nan
    frame.loc[9, "n_y2022"] = np.nan
    return frame


def test_fields_are_found_by_their_usm_names():
    frame = city()
    choice = choose_fields(list(frame.columns), "code")
    assert choice.name_field == "name" and choice.type_field == "type_name"
    assert choice.hotspot_field == "Gi_Bin"
    assert choice.periods == [("2021", "n_y2021"), ("2022", "n_y2022"), ("2023", "n_y2023")]
    assert choice.indicators[:3] == ["population", "n_total", "rate_total"]
    assert "index" in choice.indicators and choice.intervals["index"] == ("index_lo", "index_hi")
    assert choice.survey == [("unsafe", "share_unsafe", "ci_low_unsafe", "ci_high_unsafe")]
    assert choice.quality == {"withheld": "withheld"}
    assert "Gi_Bin" not in choice.indicators and "n_y2021" not in choice.indicators


def test_explicit_fields_win_and_missing_ones_are_named():
    frame = city()
    choice = choose_fields(list(frame.columns), "code", indicator_fields=["index"],
                           period_fields=["n_y2023", "n_y2021"], type_field="Gi_Bin")
    assert choice.indicators == ["index"] and choice.type_field == "Gi_Bin"
    assert [f for _, f in choice.periods] == ["n_y2023", "n_y2021"]
    with pytest.raises(InputError, match="no_field"):
        choose_fields(list(frame.columns), "code", indicator_fields=["no_field"])
    with pytest.raises(InputError, match="ID_FIELD"):
        choose_fields(list(frame.columns), "nope")


def test_figures_equal_a_pandas_recomputation():
    frame = city()
    result = neighbourhood_profiles(frame, "code")
    table = result.indicators
    for field in ("population", "n_total", "rate_total", "index"):
        rows = table[table["field"] == field].set_index("id")
        values = frame.set_index("code")[field]
        valid = values.dropna()
        assert rows["value"].reindex(values.index).equals(values.astype(float).rename("value")) \
            or np.allclose(rows["value"].reindex(values.index), values, equal_nan=True)
        assert rows["city_mean"].iloc[0] == pytest.approx(valid.mean())
        assert rows["city_median"].iloc[0] == pytest.approx(valid.median())
        assert rows["city_n"].iloc[0] == len(valid)
        type_means = frame.groupby("type_name")[field].mean()
        expected_type = frame.set_index("code")["type_name"].map(type_means)
        assert np.allclose(rows["type_mean"].reindex(values.index), expected_type, equal_nan=True)
        for nid, value in values.items():
            expected = np.nan if pd.isna(value) else stats.percentileofscore(valid, value,
                                                                              kind="weak")
            assert rows.loc[nid, "percentile"] == pytest.approx(expected, nan_ok=True)
    lows = table[table["field"] == "index"].set_index("id")["low"]
    assert np.allclose(lows.reindex(frame["code"]), frame["index_lo"])


def test_trend_matches_numpy_polyfit_and_city_means():
    frame = city()
    result = neighbourhood_profiles(frame, "code")
    years = np.array([2021, 2022, 2023], dtype=float)
    trends = result.trends.set_index("id")
    for _, row in frame.iterrows():
        y = row[["n_y2021", "n_y2022", "n_y2023"]].to_numpy(dtype=float)
        ok = np.isfinite(y)
        slope = np.polyfit(years[ok], y[ok], 1)[0]
        assert trends.loc[row["code"], "slope"] == pytest.approx(slope)
    city_means = result.periods.drop_duplicates("period").set_index("period")["city_mean"]
    assert city_means["2022"] == pytest.approx(frame["n_y2022"].mean())  # NaN left out
    assert trend_line(years, np.array([10.0, 10.2, 10.3]))[2] == "stable"
    assert trend_line(years, np.array([10.0, np.nan, np.nan]))[2] == "no data"
    assert trend_line(years, np.array([0.0, 5.0, 10.0]))[:2] == (5.0, pytest.approx(np.nan,
                                                                                     nan_ok=True))


def test_percentile_rank_is_scipy_weak_percentile():
    values = np.array([3.0, 1.0, 2.0, 2.0, np.nan, 5.0])
    valid = values[np.isfinite(values)]
    expected = [stats.percentileofscore(valid, v, kind="weak") if np.isfinite(v) else np.nan
                for v in values]
    assert np.allclose(percentile_rank(values), expected, equal_nan=True)


def test_quality_notes_give_reasons_never_zero():
    frame = city()
    result = neighbourhood_profiles(frame, "code")
    withheld = result.quality[frame.loc[5, "code"]]
    assert any("Withheld by the public release" in line for line in withheld)
    assert any("n_total): no data - withheld" in line for line in withheld)
    no_population = result.quality[frame.loc[7, "code"]]
    assert any("rate_total): no data - a rate needs a population" in line
               for line in no_population)
    assert any("n_total" in w and "1 neighbourhood" in w for w in result.notes.warnings)


def test_density_from_counts_and_area():
    frame = city()
    result = neighbourhood_profiles(frame, "code").neighbourhoods.set_index("id")
    expected = frame.set_index("code")["n_total"] / 0.25
    assert np.allclose(result["density"].reindex(expected.index), expected, equal_nan=True)
    assert np.allclose(result["area_km2"], 0.25)


def test_zonal_mean_against_a_cell_count():
    from urban_safety_monitor.usm_plugin.core.geometry.raster import RasterGrid

    values = np.arange(100.0).reshape(10, 10)
    values[0, 0] = np.nan
    grid = RasterGrid(values, (100.0, 0, 0, 0, -100.0, 1000.0), "EPSG:32630")
    polygons = [shapely.box(0, 800, 300, 1000), shapely.box(450, 450, 460, 460)]
    means = zonal_mean(grid, polygons, crs="EPSG:32630")
    # cells of rows 0-1, cols 0-2, without the NaN cell
    assert means[0] == pytest.approx(np.nanmean(values[0:2, 0:3]))
    assert np.isnan(means[1])  # holds no cell centre


class _Cells(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.values = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "data-field" in attrs and "data-value" in attrs:
            self.values[(attrs["data-field"], attrs.get("data-role", ""))] = attrs["data-value"]


def test_every_page_holds_its_values():
    frame = city()
    result = neighbourhood_profiles(frame, "code")
    pages = dict(render_pages(result, frame.geometry.values, title="Test <city>"))
    assert len(pages) == len(frame)
    for _, row in frame.iterrows():
        text = pages[f"profile_{row['code']}.html"]
        assert "<script" not in text and "Barrio &lt;" in text
        parser = _Cells()
        parser.feed(text)
        for field in ("population", "n_total", "rate_total", "index", "n_y2021", "n_y2022",
                      "share_unsafe"):
            shown = parser.values[(field, "value")]
            assert (shown == "") if pd.isna(row[field]) else float(shown) == float(row[field])
        assert parser.values[("Gi_Bin", "")] == str(row["Gi_Bin"])
        assert float(parser.values[("share_unsafe", "ci_low")]) == row["ci_low_unsafe"]


def test_index_links_every_page_and_sorts_without_script():
    frame = city()
    result = neighbourhood_profiles(frame, "code")
    pages = dict(index_pages(result, frame.geometry.values))
    assert "index.html" in pages and len(pages) > 3
    for code in frame["code"]:
        assert f"href='profile_{code}.html'" in pages["index.html"]
    assert all("<script" not in text for text in pages.values())


def test_cancel_between_pages():
    frame = city()
    result = neighbourhood_profiles(frame, "code")
    calls = []

    def stop():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        list(render_pages(result, frame.geometry.values, should_stop=stop))


@pytest.mark.parametrize("edit, message", [
    (lambda f: f.assign(code=["A"] * len(f)), "ids must be unique"),
    (lambda f: f.assign(code=[None] + list(f["code"][1:])), "have no id"),
    (lambda f: f.iloc[:0], "empty"),
    (lambda f: f.set_geometry(f.geometry.centroid), "must hold polygons"),
    (lambda f: f.to_crs("EPSG:4326"), "geographic"),
    (lambda f: f.set_geometry([None] * len(f), crs=f.crs), "no geometries"),
])
def test_bad_inputs(edit, message):
    with pytest.raises(InputError, match=message):
        neighbourhood_profiles(edit(city()), "code")


def test_null_geometry_gets_a_page_without_map():
    frame = city()
    frame.loc[3, "geometry"] = None
    result = neighbourhood_profiles(frame, "code")
    assert any("without geometry" in w for w in result.notes.warnings)
    pages = dict(render_pages(result, frame.geometry.values))
    assert "No geometry: no map." in pages[f"profile_{frame.loc[3, 'code']}.html"]


def test_missing_is_no_data_not_zero():
    assert format_value(np.nan) == "no data" and format_value(None) == "no data"
    assert format_value(0.0) == "0"


def test_atlas_texts_are_expressions_on_the_fields():
    frame = city()
    result = neighbourhood_profiles(frame, "code")
    texts = atlas_texts(result, title="T")
    assert '"code"' in texts["title"] and '"name"' in texts["title"]
    assert 'format_number("population", 0)' in texts["figures"]
    assert "n_y2021" in texts["trend"] and "share_unsafe" in texts["survey"]
    assert '"withheld" = 1' in texts["quality"]
    assert quote_field('a"b') == '"a""b"'


#: The fields of the full diagnosis's neighbourhood_summary layer (/work/SUMMARY_FIELDS.md, demo).
SUMMARY_COLUMNS = (
    "nbhd_id name district population households unemployed income_mean unemployment_rate "
    "youth_share informal_share area_km2 n_total dens_total n_cat_assault n_cat_theft n_y2021 "
    "n_y2022 n_y2023 rate_total rate_cat_theft eb_rate_total eb_rate_cat_theft GiZ Gi_Bin "
    "LMI_Type pattern sdg1121 sdg1171_space_m2 sdg1171_access type_id type_name "
    "is_representative index rank index_lo index_hi rank_lo rank_hi n_base n_last pct_change "
    "change_class change_code track track_code reduction_needed n_resp small_sample "
    "share_feels_unsafe_night ci_low_feels_unsafe_night ci_high_feels_unsafe_night seg_n "
    "street_km lit_share dark_km max_dark_gap_m dead_end_share police_posts_count "
    "police_posts_per_10k police_posts_near_m police_posts_centre").split()


def test_the_full_diagnosis_summary_is_read_by_its_names():
    text = {"name", "district", "LMI_Type", "pattern", "type_name", "change_class", "track",
            "police_posts_centre"}
    numeric = [c for c in SUMMARY_COLUMNS if c not in text]
    choice = choose_fields(SUMMARY_COLUMNS, "nbhd_id", numeric=numeric)
    assert (choice.name_field, choice.type_field, choice.hotspot_field) == \
        ("name", "type_name", "Gi_Bin")
    assert [f for _, f in choice.periods] == ["n_y2021", "n_y2022", "n_y2023"]
    assert choice.survey == [("feels unsafe night", "share_feels_unsafe_night",
                              "ci_low_feels_unsafe_night", "ci_high_feels_unsafe_night")]
    assert choice.intervals == {"index": ("index_lo", "index_hi"), "rank": ("rank_lo", "rank_hi")}
    assert choice.quality == {"small_sample": "small_sample", "n_resp": "n_resp"}
    assert [f for _, f in choice.status] == ["LMI_Type", "pattern", "change_class", "track"]
    for name in ("population", "n_total", "rate_total", "eb_rate_total", "dens_total", "sdg1121",
                 "sdg1171_access", "lit_share", "dark_km", "pct_change", "police_posts_per_10k",
                 "police_posts_near_m", "income_mean"):
        assert name in choice.indicators, name
    for name in ("GiZ", "type_id", "index_lo", "rank_hi", "n_resp", "small_sample", "nbhd_id",
                 "n_y2021", "share_feels_unsafe_night", "police_posts_centre"):
        assert name not in choice.indicators, name
