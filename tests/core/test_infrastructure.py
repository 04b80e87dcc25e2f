"""Per-neighbourhood infrastructure indicators.

References: shapely predicates and intersections evaluated feature by feature
(brute force), hand-computed values on small layouts, a rasterio-written GeoTIFF,
and the demo city's planted truth (dark areas).
"""

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from numpy.testing import assert_allclose
from shapely.geometry import LineString, MultiPoint, Point, Polygon, box

from urban_safety_monitor.usm_plugin.core.joins import infrastructure as infra
from urban_safety_monitor.usm_plugin.core.runtime import InputError

CRS = "EPSG:32630"
DEMO = Path(__file__).resolve().parents[2] / "sample_layers" / "demo_city.gpkg"


def grid_zones(nx=3, ny=2, size=1000.0, pop=None):
    geoms, ids = [], []
    for j in range(ny):
        for i in range(nx):
            geoms.append(box(i * size, j * size, (i + 1) * size, (j + 1) * size))
            ids.append(f"N{j * nx + i:02d}")
    df = gpd.GeoDataFrame({"nid": ids}, geometry=geoms, crs=CRS)
    if pop is not None:
        df["pop"] = pop
    return df


def points(xy, crs=CRS, **cols):
    return gpd.GeoDataFrame(cols, geometry=[Point(p) for p in xy], crs=crs)


def test_point_counts_match_shapely_lowest_id_hit():
    rng = np.random.default_rng(11)
    zones = grid_zones(pop=[1000, 2000, 0, 5000, np.nan, 100])
    zones["nid"] = ["N5", "N4", "N3", "N2", "N1", "N0"]  # id order differs from layer order
    xy = np.vstack([rng.uniform([-200, -200], [3200, 2200], (400, 2)),
                    [[1000, 500], [1000, 1000], [2000, 1500], [3000, 500]]])  # on shared edges
    res = infra.point_indicators(zones, "nid", points(xy), population_field="pop")
    polys = list(zones.geometry)
    # boundary rule: among the polygons a point touches, the one whose id sorts first
    first = [max((k for k, p in enumerate(polys) if p.intersects(Point(q))), default=-1)
             for q in xy]
    first = np.array(first)
    expected = np.bincount(first[first >= 0], minlength=6)
    assert_allclose(res.table["count"], expected)
    assert res.city["outside"] == int((first < 0).sum())
    assert res.city["ties"] >= 3
    assert_allclose(res.table["density_km2"], expected / 1.0)
    per = res.table["per_10k"].to_numpy()
    assert_allclose(per[[0, 1, 3, 5]], expected[[0, 1, 3, 5]] / np.array([1000, 2000, 5000, 100]) * 1e4)
    assert np.isnan(per[2]) and np.isnan(per[4])  # zero and missing population
    assert any("zero population" in w for w in res.notes.warnings)
    assert any("outside every neighbourhood" in w for w in res.notes.warnings)


def test_nearest_from_population_weighted_centre_uses_outside_facilities():
    zones = grid_zones(2, 1)
    pop = infra.PopulationPoints(np.array([[100, 100], [300, 100], [1500, 500]]),
                                 np.array([1.0, 3.0, 0.0]), CRS, "test")
    fac = points([[250, -300], [5000, 5000]])  # the first lies outside the city
    res = infra.point_indicators(zones, "nid", fac, population=pop)
    # A: centre (250, 100) -> 400 m; B has only a 0-weight point -> centroid (1500, 500)
    assert res.table["centre"].tolist() == ["population", "centroid"]
    assert_allclose(res.table["nearest_m"][0], 400)
    assert_allclose(res.table["nearest_m"][1], np.hypot(1250, 800))
    assert_allclose(res.table["mean_nearest_m"][0], (np.hypot(150, 400) + 3 * np.hypot(50, 400)) / 4)
    assert_allclose(res.table["count"], [0, 0])
    assert res.city["outside"] == 2
    assert any("centroid" in w for w in res.notes.warnings)


def test_multipoint_and_null_facilities_reported():
    zones = grid_zones(1, 1)
    fac = gpd.GeoDataFrame(geometry=[MultiPoint([(1, 1), (2, 2)]), None, Point(5, 5)], crs=CRS)
    res = infra.point_indicators(zones, "nid", fac)
    assert_allclose(res.table["count"], [3])
    assert res.city["dropped"] == 1
    assert any("exploded" in w for w in res.notes.warnings)
    assert any("null" in w for w in res.notes.warnings)


def test_bad_neighbourhoods():
    zones = grid_zones(2, 1)
    with pytest.raises(InputError, match="geographic"):
        infra.point_indicators(zones.set_crs("EPSG:4326", allow_override=True), "nid",
                               points([[0, 0]], crs="EPSG:4326"))
    dup = zones.copy()
    dup["nid"] = ["A", "A"]
    with pytest.raises(InputError, match="duplicate"):
        infra.point_indicators(dup, "nid", points([[0, 0]]))
    with pytest.raises(InputError, match="no field"):
        infra.point_indicators(zones, "code", points([[0, 0]]))
    with pytest.raises(InputError, match="different CRS"):
        infra.point_indicators(zones, "nid", points([[0, 0]], crs="EPSG:32631"))
    bow = zones.copy()
    bow.loc[1, "geometry"] = Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])
    with pytest.raises(InputError, match="invalid"):
        infra.point_indicators(bow, "nid", points([[0, 0]]))
    nul = zones.copy()
    nul.loc[1, "geometry"] = None
    res = infra.point_indicators(nul, "nid", points([[10, 10], [1500, 10]]))
    assert res.table["count"][0] == 1 and np.isnan(res.table["count"][1])
    assert np.isnan(res.table["nearest_m"][1])
    assert any("N01" in w for w in res.notes.warnings)


def test_line_lengths_match_shapely_and_boundary_streets_split():
    rng = np.random.default_rng(5)
    zones = grid_zones()
    segs = [LineString(rng.uniform([-300, -300], [3300, 2300], (3, 2))) for _ in range(40)]
    res = infra.line_indicators(zones, "nid", gpd.GeoDataFrame(geometry=segs, crs=CRS))
    expected = [sum(shapely.intersection(s, z).length for s in segs) / 1000 for z in zones.geometry]
    assert_allclose(res.table["length_km"], expected, rtol=1e-9)
    assert_allclose(res.table["density_km_km2"], np.array(expected) / 1.0, rtol=1e-9)
    inside_city = sum(shapely.intersection(s, box(0, 0, 3000, 2000)).length for s in segs) / 1000
    assert_allclose(res.city["length_km"], inside_city, rtol=1e-9)

    # a street along the shared edge x=1000 is split; one along the outer edge is not
    on_edges = gpd.GeoDataFrame({"lit": [1, 0, None]},
                                geometry=[LineString([(1000, 0), (1000, 1000)]),
                                          LineString([(0, 0), (0, 1000)]),
                                          LineString([(100, 100), (300, 100)])], crs=CRS)
    res = infra.line_indicators(zones, "nid", on_edges, flag_field="lit")
    assert_allclose(res.table["length_km"][:2], [0.5 + 1.0 + 0.2, 0.5])
    assert_allclose(res.city["length_km"], 2.2)
    assert_allclose(res.table["lit_km"][:2], [0.5, 0.5])
    assert_allclose(res.table["lit_share"][:2], [0.5 / 1.5, 1.0])
    assert any("no usable 'lit'" in w for w in res.notes.warnings)


def test_polygon_area_dissolves_overlaps():
    zones = grid_zones(2, 1, pop=[100, 0])
    parks = gpd.GeoDataFrame(geometry=[box(800, 0, 1250, 100), box(900, 0, 1000, 200),
                                       box(100, 100, 200, 200)], crs=CRS)
    res = infra.polygon_indicators(zones, "nid", parks, population_field="pop")
    # zone A: 200x100 + 100x100 (the overlap once) + 100x100 ; zone B: 250x100
    assert_allclose(res.table["area_m2"], [20000 + 10000 + 10000, 25000])
    assert_allclose(res.table["share"], [0.04, 0.025])
    assert_allclose(res.table["m2_per_resident"][0], 400)
    assert np.isnan(res.table["m2_per_resident"][1])
    assert_allclose(res.table["count"], [2, 1])


def test_population_from_polygons_and_raster(tmp_path):
    zones = grid_zones(2, 1)
    census = gpd.GeoDataFrame({"population": [100, 40, None]},
                              geometry=[box(500, 0, 1500, 1000), box(0, 0, 500, 500),
                                        box(1500, 0, 2000, 500)], crs=CRS)
    pop = infra.population_from_polygons(census, "population", zones)
    assert_allclose(pop.total, 140)
    res = infra.point_indicators(zones, "nid", points([[10, 10]]), population=pop)
    assert_allclose(res.table["population"], [90, 50])
    assert any("missing or not numeric" in w for w in pop.notes.warnings)
    with pytest.raises(InputError, match="negative"):
        infra.population_from_polygons(census.assign(population=[-1, 1, 1]), "population")

    rasterio = pytest.importorskip("rasterio")
    from affine import Affine
    data = np.array([[1, 0, 2], [3, -9999, 4]], dtype="float32")
    path = tmp_path / "pop.tif"
    with rasterio.open(path, "w", driver="GTiff", height=2, width=3, count=1, dtype="float32",
                       crs=CRS, transform=Affine(100, 0, 1000, 0, -100, 2000), nodata=-9999) as dst:
        dst.write(data, 1)
    rp = infra.population_from_raster(str(path))
    order = np.lexsort((rp.xy[:, 0], -rp.xy[:, 1]))
    assert_allclose(rp.xy[order], [[1050, 1950], [1250, 1950], [1050, 1850], [1250, 1850]])
    assert_allclose(rp.weight[order], [1, 2, 3, 4])
    with pytest.raises(InputError, match="geographic"):
        infra.population_from_raster(str(path), to_crs="EPSG:4326")
    moved = infra.population_from_raster(str(path), to_crs="EPSG:32631")
    assert_allclose(moved.total, 10)
    back = gpd.GeoSeries(gpd.points_from_xy(*moved.xy.T), crs="EPSG:32631").to_crs(CRS)
    assert_allclose(np.sort(back.x), np.sort(rp.xy[:, 0]), atol=1e-6)


def test_demo_city_dark_areas_have_fewer_working_lights():
    if not DEMO.exists():
        pytest.fail(f"{DEMO} is missing; run sample_layers/generate_demo_city.py")
    nb = gpd.read_file(DEMO, layer="neighbourhoods")
    lights = gpd.read_file(DEMO, layer="street_lights")
    truth = pd.DataFrame(gpd.read_file(DEMO, layer="planted_truth"))
    working = lights[pd.to_numeric(lights["working"], errors="coerce") == 1]
    res = infra.point_indicators(nb, "nbhd_id", working)
    table = res.table.merge(truth[["nbhd_id", "dark_area"]], on="nbhd_id")
    dark = table.loc[table["dark_area"] == 1, "density_km2"]
    lit = table.loc[table["dark_area"] == 0, "density_km2"]
    assert len(dark) >= 3
    assert dark.median() < 0.5 * lit.median()
    assert res.table["count"].sum() + res.city["outside"] == len(working)
