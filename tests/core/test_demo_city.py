"""The bundled demo city (sample_layers/demo_city.gpkg): schema, partitions, planted truth,
deliberate edge cases and determinism.  No QGIS; a few seconds.

The exact edge-case counts are the ones documented in sample_layers/README.md and recorded
by the generator in sample_layers/demo_city_manifest.json.  Set USM_REGENERATE_DEMO=1 to
also regenerate the city into a temporary folder and compare it byte for byte (~10 s).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

gpd = pytest.importorskip("geopandas")
shapely = pytest.importorskip("shapely")
pyogrio = pytest.importorskip("pyogrio")

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_layers"
GPKG = SAMPLE / "demo_city.gpkg"
TIF = SAMPLE / "population_100m.tif"
MANIFEST = SAMPLE / "demo_city_manifest.json"
README = SAMPLE / "README.md"
STYLES = ROOT / "resources" / "styles" / "demo"

# Documented in sample_layers/README.md -- change both together.
N_BOUNDARY_VERTEX = 80
N_BOUNDARY_MIDPOINT = 70
N_OUTSIDE = 200
N_NULL_GEOMETRY = 40
N_NULL_OCCURRED_AT = 25

SCHEMA = {  # layer: (geometry type, {field: kind}); kinds: int, float, str, datetime
    "city_boundary": ("Polygon", {"name": "str"}),
    "neighbourhoods": ("Polygon", {"nbhd_id": "str", "name": "str", "district": "str"}),
    "census_units": ("Polygon", {
        "census_id": "str", "population": "int", "households": "int", "unemployed": "int",
        "income_mean": "float", "unemployment_rate": "float", "youth_share": "float",
        "informal_share": "float"}),
    "incidents": ("Point", {
        "incident_id": "int", "occurred_at": "datetime", "category": "str",
        "victim_sex": "str", "victim_age_group": "str", "severity": "float"}),
    "street_lights": ("Point", {"light_id": "int", "working": "int"}),
    "police_posts": ("Point", {"name": "str"}),
    "schools": ("Point", {"name": "str"}),
    "health_centres": ("Point", {"name": "str"}),
    "transit_stops": ("Point", {"stop_id": "str", "name": "str", "mode": "str",
                                "capacity": "str"}),
    "public_space": ("Polygon", {"name": "str", "kind": "str", "open_public": "int"}),
    "streets": (("LineString", "MultiLineString"), {
        "street_id": "int", "name": "str", "road_class": "str", "lit": "int"}),
    "land_use": ("Polygon", {"land_use": "str"}),
    "survey_respondents": ("Point", {
        "resp_id": "int", "sex": "str", "age_group": "str", "feels_unsafe_night": "int",
        "victim_last_year": "int", "trust_police": "int"}),
    "survey_results": (None, {"nbhd_code": "str", "respondents": "int",
                              "share_unsafe_night": "float", "share_victim": "float"}),
    "programmes": (None, {"nbhd_code": "str", "programme": "str", "budget_eur": "float",
                          "year": "int"}),
    "planted_truth": (None, {
        "nbhd_id": "str", "safer_cities_type": "str", "is_historic_centre": "int",
        "planted_hot_spot": "int", "planted_cold_spot": "int", "dark_area": "int",
        "emerging_pattern": "str", "population": "int"}),
    "planted_hotspots": ("Point", {"hotspot_id": "int", "kind": "str", "radius_m": "float",
                                   "category": "str"}),
}
CATEGORIES = {"homicide", "assault", "robbery", "burglary", "theft", "sexual_violence",
              "domestic_violence", "harassment"}


def _read(layer):
    return pyogrio.read_dataframe(GPKG, layer=layer)


@pytest.fixture(scope="module")
def layers():
    if not GPKG.exists():
        pytest.fail(f"{GPKG} is missing; run .venv/bin/python sample_layers/generate_demo_city.py")
    return {name: _read(name) for name in SCHEMA}


@pytest.fixture(scope="module")
def manifest():
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def _generator():
    spec = importlib.util.spec_from_file_location("generate_demo_city",
                                                  SAMPLE / "generate_demo_city.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _kind_ok(series, kind):
    if kind == "int":
        return pd.api.types.is_integer_dtype(series)
    if kind == "float":
        return pd.api.types.is_float_dtype(series)
    if kind == "datetime":
        return pd.api.types.is_datetime64_any_dtype(series)
    return pd.api.types.is_string_dtype(series) or series.dtype == object


def _hits(points, polygons):
    pi, _ = shapely.STRtree(polygons).query(points, predicate="intersects")
    return np.bincount(pi, minlength=len(points))


# --------------------------------------------------------------------------- schema
def test_files_exist_and_every_layer_matches_the_schema(layers):
    info = pyogrio.list_layers(GPKG)
    present = {name for name, _ in info}
    assert set(SCHEMA) <= present
    for name, (geom_type, fields) in SCHEMA.items():
        df = layers[name]
        missing = set(fields) - set(df.columns)
        assert not missing, (name, missing)
        for field, kind in fields.items():
            assert _kind_ok(df[field], kind), (name, field, df[field].dtype)
        if geom_type is None:
            assert "geometry" not in df.columns, name
            continue
        assert df.crs is not None and df.crs.to_epsg() == 32630, name
        types = set(df.geometry.dropna().geom_type)
        allowed = {geom_type} if isinstance(geom_type, str) else set(geom_type)
        assert types <= allowed, (name, types)
    assert TIF.exists() and README.exists() and MANIFEST.exists()


def test_layer_counts_are_plausible(layers, manifest):
    n = {k: len(v) for k, v in layers.items()}
    assert n["city_boundary"] == 1
    assert 230 <= n["neighbourhoods"] <= 270
    assert 550 <= n["census_units"] <= 650
    assert 1000 <= n["streets"] <= 9000
    assert n["survey_respondents"] >= 2500
    assert {k: manifest["counts"][k] for k in n} == n


# --------------------------------------------------------------------------- partitions
@pytest.mark.parametrize("layer", ["neighbourhoods", "census_units"])
def test_partitions_cover_the_city_exactly(layers, layer):
    city = layers["city_boundary"].geometry.iloc[0]
    polys = layers[layer].geometry.to_numpy()
    assert shapely.is_valid(polys).all()
    assert set(shapely.get_type_id(polys)) == {3}          # single polygons
    coords = shapely.get_coordinates(polys)
    assert np.array_equal(coords, np.round(coords)), "vertices are integer metres"
    if shapely.geos_version >= (3, 12, 0):  # the validator is not in QGIS 3.22's GEOS 3.11
        assert shapely.coverage_is_valid(polys), "shared edges identical, no overlaps"
    assert shapely.area(polys).sum() == pytest.approx(city.area, rel=1e-12)
    assert shapely.union_all(polys).symmetric_difference(city).area == pytest.approx(0, abs=1e-6)
    # pairwise overlaps are zero
    a, b = shapely.STRtree(polys).query(polys, predicate="intersects")
    keep = a < b
    overlap = shapely.area(shapely.intersection(polys[a[keep]], polys[b[keep]]))
    assert overlap.max() == pytest.approx(0.0, abs=1e-6)


def test_identifiers_and_names(layers):
    nb = layers["neighbourhoods"]
    assert nb["nbhd_id"].is_unique and nb["name"].is_unique
    assert nb["nbhd_id"].str.fullmatch(r"N\d{3}").all()
    assert nb["district"].nunique() >= 5
    assert layers["census_units"]["census_id"].is_unique
    assert layers["incidents"]["incident_id"].is_unique
    assert layers["streets"]["street_id"].is_unique


def test_census_edges_do_not_follow_neighbourhood_edges(layers):
    city = layers["city_boundary"].geometry.iloc[0]
    nb_edges = shapely.union_all(shapely.boundary(layers["neighbourhoods"].geometry.to_numpy()))
    ce_edges = shapely.union_all(shapely.boundary(layers["census_units"].geometry.to_numpy()))
    inner = shapely.difference(ce_edges, shapely.buffer(city.exterior, 0.5))
    shared = shapely.intersection(inner, nb_edges).length
    assert shared < 0.02 * inner.length


def test_population_is_consistent(layers):
    import rasterio

    truth = layers["planted_truth"]
    census = layers["census_units"]
    total = int(census["population"].sum())
    assert 550_000 <= total <= 650_000
    assert int(truth["population"].sum()) == total
    with rasterio.open(TIF) as src:
        assert src.crs.to_epsg() == 32630
        assert src.res == (100.0, 100.0)
        band = src.read(1, masked=True)
        # float32 cells: sum in float64; the last digits still depend on the numpy build
        assert float(band.sum(dtype=np.float64)) == pytest.approx(total, abs=1.0)
        assert (band.compressed() >= 0).all()
        assert np.ma.count_masked(band) > 0, "nodata outside the city"
    # no population: rates are missing, never 0
    empty = census["population"] == 0
    assert census.loc[empty, "unemployment_rate"].isna().all()
    rates = census.loc[~empty, ["unemployment_rate", "youth_share", "informal_share"]]
    assert ((rates >= 0) & (rates <= 1)).all().all()


# --------------------------------------------------------------------------- incidents
def test_incidents_volume_period_and_attributes(layers):
    inc = layers["incidents"]
    assert len(inc) >= 50_000
    years = inc["occurred_at"].dt.year.dropna().astype(int)
    assert set(years) == {2021, 2022, 2023}
    assert inc["occurred_at"].min() >= pd.Timestamp("2021-01-01")
    assert inc["occurred_at"].max() < pd.Timestamp("2024-01-01")
    assert set(inc["category"]) == CATEGORIES
    assert set(inc["victim_sex"]) == {"female", "male", "unknown"}
    assert set(inc["victim_age_group"]) == {"0-14", "15-24", "25-44", "45-64", "65+"}
    assert inc["severity"].between(1, 10).all()
    share = inc["category"].value_counts(normalize=True)
    assert share["homicide"] < 0.01 and share["theft"] > 0.2
    female = inc.groupby("category")["victim_sex"].apply(lambda s: (s == "female").mean())
    assert female["sexual_violence"] > 0.8 and female["domestic_violence"] > 0.7
    assert female["homicide"] < 0.25
    hours = inc["occurred_at"].dt.hour.value_counts(normalize=True)
    assert hours.loc[[19, 20, 21]].sum() > 2 * hours.loc[[3, 4, 5]].sum()


def test_documented_edge_case_counts(layers, manifest):
    inc = layers["incidents"]
    nb = layers["neighbourhoods"].geometry.to_numpy()
    assert int(inc.geometry.isna().sum()) == N_NULL_GEOMETRY
    assert int(inc["occurred_at"].isna().sum()) == N_NULL_OCCURRED_AT
    located = inc[inc.geometry.notna()]
    hits = _hits(located.geometry.to_numpy(), nb)
    assert int((hits == 0).sum()) == N_OUTSIDE
    assert int((hits >= 2).sum()) == N_BOUNDARY_VERTEX + N_BOUNDARY_MIDPOINT
    edge = manifest["edge_cases"]
    assert edge["boundary_vertex"] == N_BOUNDARY_VERTEX
    assert edge["boundary_midpoint"] == N_BOUNDARY_MIDPOINT
    assert edge["outside"] == N_OUTSIDE
    assert edge["null_geometry"] == N_NULL_GEOMETRY
    assert edge["null_occurred_at"] == N_NULL_OCCURRED_AT
    text = README.read_text(encoding="utf-8")
    for n in (N_BOUNDARY_VERTEX, N_BOUNDARY_MIDPOINT, N_OUTSIDE, N_NULL_GEOMETRY,
              N_NULL_OCCURRED_AT):
        assert f"**{n}**" in text


@pytest.mark.parametrize("layer", ["street_lights", "police_posts", "schools",
                                   "health_centres", "transit_stops", "survey_respondents"])
def test_other_point_layers_have_no_boundary_or_outside_cases(layers, layer):
    points = layers[layer].geometry.to_numpy()
    assert (_hits(points, layers["neighbourhoods"].geometry.to_numpy()) == 1).all()


def test_boundary_points_lie_exactly_on_shared_edges_and_vertices(layers, manifest):
    inc = layers["incidents"].set_index("incident_id")
    nb = layers["neighbourhoods"].geometry.to_numpy()
    vertex_ids = manifest["boundary_vertex_incident_ids"]
    mid_ids = manifest["boundary_midpoint_incident_ids"]
    assert len(vertex_ids) == N_BOUNDARY_VERTEX and len(mid_ids) == N_BOUNDARY_MIDPOINT
    vertices = inc.loc[vertex_ids].geometry.to_numpy()
    mids = inc.loc[mid_ids].geometry.to_numpy()
    assert (_hits(vertices, nb) >= 2).all()
    assert (_hits(mids, nb) >= 2).all()
    # a vertex point is a vertex of every neighbourhood it touches; a midpoint is an
    # integer point, the exact middle of a shared edge
    all_vertices = {tuple(c) for c in shapely.get_coordinates(nb)}
    assert all(tuple(c) in all_vertices for c in shapely.get_coordinates(vertices))
    c = shapely.get_coordinates(mids)
    assert np.array_equal(c, np.round(c))
    assert not any(tuple(p) in all_vertices for p in c)
    # the outside points are outside, and contain-style counting misses the boundary ones
    outside = inc.loc[manifest["outside_incident_ids"]].geometry.to_numpy()
    assert (_hits(outside, nb) == 0).all()
    pi, _ = shapely.STRtree(nb).query(np.r_[vertices, mids], predicate="contains")
    assert len(pi) == 0   # no polygon *contains* a point on its boundary


# --------------------------------------------------------------------------- planted truth
def test_planted_truth_has_every_type_and_structure(layers):
    t = layers["planted_truth"]
    assert set(t["nbhd_id"]) == set(layers["neighbourhoods"]["nbhd_id"])
    assert set(t["safer_cities_type"]) == {"upper_middle", "normal", "vulnerable", "critical"}
    assert {"gated_condominium", "informal_settlement", "precarious", "chronic_violence"} <= \
        set(t["subtype"])
    assert 3 <= t["is_historic_centre"].sum() <= 10
    assert t["planted_hot_spot"].sum() >= 1 and t["planted_cold_spot"].sum() >= 1
    assert t["dark_area"].sum() >= 3
    assert set(t["emerging_pattern"]) == {"new", "intensifying", "diminishing", "persistent",
                                          "none"}
    assert ((t["planted_hot_spot"] == 1) == (t["emerging_pattern"] != "none")).all()
    assert not ((t["planted_hot_spot"] == 1) & (t["planted_cold_spot"] == 1)).any()
    assert (t.loc[t["planted_cold_spot"] == 1, "population"] > 0).all()
    hs = layers["planted_hotspots"]
    assert set(hs["kind"]) == {"persistent", "new", "intensifying", "diminishing"}
    assert set(hs["hotspot_id"]) == set(t.loc[t["hotspot_id"] > 0, "hotspot_id"])


def test_planted_hot_and_cold_spots_show_in_the_counts(layers):
    inc = layers["incidents"]
    nb = layers["neighbourhoods"]
    t = layers["planted_truth"].set_index("nbhd_id")
    located = inc[inc.geometry.notna()]
    pi, gi = shapely.STRtree(nb.geometry.to_numpy()).query(located.geometry.to_numpy(),
                                                           predicate="within")
    frame = pd.DataFrame({"nbhd_id": nb["nbhd_id"].to_numpy()[gi],
                          "year": located["occurred_at"].dt.year.to_numpy()[pi]})
    counts = frame.groupby(["nbhd_id", "year"]).size().unstack(fill_value=0)
    counts = counts.reindex(t.index, fill_value=0)
    total = counts.sum(axis=1)
    rate = total / t["population"].where(t["population"] > 0)
    median_rate = rate.median()
    cold = t.index[t["planted_cold_spot"] == 1]
    assert (rate[cold] < 0.5 * median_rate).all()
    hot = t.index[t["planted_hot_spot"] == 1]
    assert (total[hot] > total.median()).all()
    for code in hot:
        y = counts.loc[code, [2021, 2022, 2023]].to_numpy()
        pattern = t.loc[code, "emerging_pattern"]
        if pattern == "new":
            assert y[2] > 3 * max(y[0], y[1])
        elif pattern == "intensifying":
            assert y[0] < y[1] < y[2]
        elif pattern == "diminishing":
            assert y[0] > y[1] > y[2]


def test_dark_areas_are_dark_and_night_incidents_favour_unlit_streets(layers):
    t = layers["planted_truth"]
    nb = layers["neighbourhoods"]
    dark_ids = set(t.loc[t["dark_area"] == 1, "nbhd_id"])
    dark_polys = nb.loc[nb["nbhd_id"].isin(dark_ids), "geometry"].to_numpy()
    streets = layers["streets"]
    zone = shapely.buffer(shapely.union_all(dark_polys), 1.0)
    in_dark = shapely.within(streets.geometry.to_numpy(), zone)
    assert in_dark.sum() > 20 and (streets["lit"][in_dark] == 0).all()
    lights = layers["street_lights"]
    lights_dark = _hits(lights.geometry.to_numpy(), shapely.buffer(dark_polys, -1.0)) > 0
    assert lights.loc[lights_dark, "working"].mean() < 0.3
    assert lights.loc[~lights_dark, "working"].mean() > 0.85
    inc = layers["incidents"]
    night = inc[inc.geometry.notna() & inc["occurred_at"].dt.hour.isin(
        [19, 20, 21, 22, 23, 0, 1, 2, 3, 4, 5]) & inc["category"].isin(
        ["assault", "robbery", "harassment", "sexual_violence"])]
    tree = shapely.STRtree(streets.geometry.to_numpy())
    nearest = tree.query_nearest(night.geometry.to_numpy(), return_distance=False,
                                 all_matches=False)[1]
    unlit_share_night = (streets["lit"].to_numpy()[nearest] == 0).mean()
    length = streets.geometry.length
    unlit_share_length = length[streets["lit"] == 0].sum() / length.sum()
    assert unlit_share_night > 1.4 * unlit_share_length


def test_streets_network_flaws_are_there(layers, manifest):
    streets = layers["streets"]
    multi = streets.geometry.geom_type == "MultiLineString"
    assert 2 <= multi.sum() <= 10
    assert sorted(streets.loc[multi, "street_id"]) == manifest["streets"]["multi_street_ids"]
    assert {"primary", "secondary", "residential", "alley", "footpath"} == \
        set(streets["road_class"])
    assert manifest["streets"]["components_of_parts"] == 3   # main network + 2 pieces
    transit = layers["transit_stops"]
    cap = transit.groupby("mode")["capacity"].unique().map(lambda v: tuple(v))
    assert cap.to_dict() == {"bus": ("low",), "tram": ("low",), "brt": ("high",),
                             "metro": ("high",)}


def test_survey_tables_have_the_documented_flaws(layers):
    res = layers["survey_results"]
    codes = set(layers["neighbourhoods"]["nbhd_id"])
    unmatched = res.loc[~res["nbhd_code"].isin(codes), "nbhd_code"]
    assert len(unmatched) == 2
    assert res.loc[res["nbhd_code"].isin(codes), "nbhd_code"].duplicated().sum() == 1
    assert res["share_unsafe_night"].between(0, 1).all()
    assert layers["programmes"]["nbhd_code"].isin(codes).all()
    resp = layers["survey_respondents"]
    assert set(resp["feels_unsafe_night"]) == {0, 1}
    assert resp["trust_police"].between(1, 5).all()


def test_readme_documents_every_layer_field_and_planted_neighbourhood(layers, manifest):
    text = README.read_text(encoding="utf-8")
    for name, (_, fields) in SCHEMA.items():
        assert f"`{name}`" in text, name
        for field in fields:
            assert f"`{field}`" in text, (name, field)
    t = layers["planted_truth"]
    flagged = t[(t["planted_hot_spot"] == 1) | (t["planted_cold_spot"] == 1)
                | (t["dark_area"] == 1) | (t["is_historic_centre"] == 1)]
    for code in flagged["nbhd_id"]:
        assert code in text, code
    for code in manifest["streets"]["disconnected_pieces"].values():
        assert f"`{code}`" in text
    assert f"`{manifest['survey_results']['duplicated_code']}`" in text
    assert f"seed **{manifest['seed']}**" in text


# --------------------------------------------------------------------------- styles
def test_every_spatial_layer_has_a_default_style(layers):
    con = sqlite3.connect(f"file:{GPKG}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT f_table_name, styleQML, useAsDefault FROM layer_styles"
                           ).fetchall()
    finally:
        con.close()
    stored = {name: (qml, default) for name, qml, default in rows}
    spatial = [name for name, (geom, _) in SCHEMA.items() if geom is not None]
    for name in spatial:
        assert name in stored, name
        qml, default = stored[name]
        assert default == 1
        assert qml == (STYLES / f"{name}.qml").read_text(encoding="utf-8")
        assert qml.lstrip().startswith("<!DOCTYPE qgis") and "<renderer-v2" in qml


# --------------------------------------------------------------------------- determinism
def test_layers_match_the_digests_the_generator_recorded(layers, manifest):
    generator = _generator()
    extra = {"planted_coldspots": _read("planted_coldspots")}
    for name, df in {**layers, **extra}.items():
        assert generator.content_digest(df) == manifest["digests"][name], name
    import rasterio

    with rasterio.open(TIF) as src:
        data = src.read(1)
    assert hashlib.sha256(data.astype(np.float32).tobytes()).hexdigest() == \
        manifest["digests"]["population_100m.tif"]


@pytest.mark.skipif(os.environ.get("USM_REGENERATE_DEMO") != "1",
                    reason="set USM_REGENERATE_DEMO=1 to regenerate the demo city (~10 s)")
def test_regenerating_gives_identical_files(tmp_path):
    generator = _generator()
    assert generator.main(["--out-dir", str(tmp_path), "--quiet"]) == 0
    for name in ("demo_city.gpkg", "population_100m.tif", "demo_city_manifest.json"):
        assert (tmp_path / name).read_bytes() == (SAMPLE / name).read_bytes(), name
