"""SDG 11.2.1 and 11.7.1 on a toy city whose answers are worked out by hand.

The toy city: neighbourhoods A = [0, 1000] x [0, 1000] and B = [1000, 2000] x
[0, 1000]; a street grid every 100 m (so walking distance between grid points
is the Manhattan distance); residents on street crossings.
"""

import geopandas as gpd
import numpy as np
import pytest
from numpy.testing import assert_allclose
from shapely.geometry import LineString, Point, box

from urban_safety_monitor.usm_plugin.core.network import sdg
from urban_safety_monitor.usm_plugin.core.joins.infrastructure import PopulationPoints
from urban_safety_monitor.usm_plugin.core.runtime import InputError
from urban_safety_monitor.usm_plugin.core.network.street_network import build_street_graph

CRS = "EPSG:32630"


@pytest.fixture(scope="module")
def city():
    zones = gpd.GeoDataFrame({"nid": ["A", "B"]},
                             geometry=[box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)], crs=CRS)
    xs, ys = np.arange(0, 2001, 100), np.arange(0, 1001, 100)
    streets = [LineString([(x, y) for x in xs]) for y in ys]
    streets += [LineString([(x, y) for y in ys]) for x in xs]
    graph = build_street_graph(gpd.GeoDataFrame(geometry=streets, crs=CRS))
    return zones, graph


def pop(xy, w):
    return PopulationPoints(np.asarray(xy, float), np.asarray(w, float), CRS, "test")


def stops():
    return gpd.GeoDataFrame({"capacity": ["Low", "high", "ferry", None]},
                            geometry=[Point(0, 0), Point(2000, 1000), Point(1000, 500),
                                      Point(1000, 600)], crs=CRS)


RES_11_2_1 = pop([[300, 200], [400, 200], [100, 100], [1500, 600], [1200, 300]],
                 [10, 20, 5, 30, 40])


def test_sdg_11_2_1_network_by_hand(city):
    zones, graph = city
    r = sdg.sdg_11_2_1(zones, "nid", RES_11_2_1, stops(), capacity_field="capacity", graph=graph)
    # walking: 500 (exactly the threshold), 600, 200 to the bus stop; 900 and 1500 to the metro
    assert r.method == "network"
    assert_allclose(r.table["sdg_11_2_1"], [15 / 35, 30 / 70])
    assert_allclose(r.table["served_low"], [15, 0])
    assert_allclose(r.table["served_high"], [0, 30])
    assert_allclose(r.city["sdg_11_2_1"], 45 / 105)
    assert r.city["stops_left_out"] == 2
    assert any("neither low" in w for w in r.notes.warnings)


def test_sdg_11_2_1_straight_line_is_flagged(city):
    zones, _ = city
    r = sdg.sdg_11_2_1(zones, "nid", RES_11_2_1, stops(), capacity_field="capacity")
    # straight line: 360, 447, 141 m to the bus stop; 640 and 1063 m to the metro
    assert r.method == "euclidean"
    assert_allclose(r.table["sdg_11_2_1"], [1.0, 30 / 70])
    assert any("straight-line" in w for w in r.notes.warnings)


def test_sdg_11_2_1_bad_input(city):
    zones, graph = city
    with pytest.raises(InputError, match="neither|no transit stop"):
        sdg.sdg_11_2_1(zones, "nid", RES_11_2_1, stops(), capacity_field="capacity",
                       low_values=["bus"], high_values=["metro"])
    with pytest.raises(InputError, match="no field"):
        sdg.sdg_11_2_1(zones, "nid", RES_11_2_1, stops(), capacity_field="mode")
    with pytest.raises(InputError, match="geographic"):
        sdg.sdg_11_2_1(zones, "nid", RES_11_2_1, stops().set_crs("EPSG:4326", allow_override=True),
                       capacity_field="capacity")
    empty_b = pop([[300, 200]], [10])
    r = sdg.sdg_11_2_1(zones, "nid", empty_b, stops(), capacity_field="capacity", graph=graph)
    assert np.isnan(r.table["sdg_11_2_1"][1])
    assert any("no residents" in w for w in r.notes.warnings)


def test_sdg_11_7_1_by_hand(city):
    zones, graph = city
    spaces = gpd.GeoDataFrame({"open_public": [1, 0]},
                              geometry=[box(600, 600, 800, 800), box(200, 200, 300, 300)], crs=CRS)
    residents = pop([[300, 200], [600, 300], [700, 700], [1200, 700], [1500, 600]],
                    [10, 20, 5, 40, 30])
    r = sdg.sdg_11_7_1(zones, "nid", residents, spaces, open_field="open_public", graph=graph)
    # walking to the open park's edge: 700, 300, inside (0), exactly 400, 700;
    # the closed square next to the first resident does not count
    assert_allclose(r.table["access_share"], [25 / 35, 40 / 70])
    assert_allclose(r.table["within_400m"], [25, 40])
    assert_allclose(r.table["public_space_m2"], [40000, 0])
    assert_allclose(r.table["space_share"], [0.04, 0.0])
    assert_allclose(r.city["space_share"], 40000 / 2e6)
    assert_allclose(r.city["access_share"], 65 / 105)
    assert any("approximation" in w for w in r.notes.warnings)

    built = gpd.GeoDataFrame(geometry=[box(0, 0, 1000, 800)], crs=CRS)
    rb = sdg.sdg_11_7_1(zones, "nid", residents, spaces, open_field="open_public",
                        graph=graph, built_up=built)
    assert_allclose(rb.table["space_share"][0], 0.05)
    assert np.isnan(rb.table["space_share"][1])
    assert not any("approximation" in w for w in rb.notes.warnings)


def test_access_points_spacing():
    pts = sdg.access_points(np.array([box(0, 0, 100, 100)]), 50.0)
    assert len(pts) == 8  # 4 corners + 4 midpoints
    assert {tuple(p) for p in pts} >= {(50.0, 0.0), (100.0, 50.0)}
    with pytest.raises(InputError, match="spacing"):
        sdg.access_points(np.array([box(0, 0, 1, 1)]), 0)


def test_resident_on_a_disconnected_street_piece_is_not_served_and_reported():
    zones = gpd.GeoDataFrame({"nid": ["A"]}, geometry=[box(0, 0, 1000, 1000)], crs=CRS)
    streets = gpd.GeoDataFrame(geometry=[LineString([(0, 100), (400, 100)]),
                                         LineString([(0, 300), (400, 300)])], crs=CRS)
    graph = build_street_graph(streets)
    residents = pop([[100, 110], [100, 290]], [7, 3])
    stop = gpd.GeoDataFrame({"capacity": ["low"]}, geometry=[Point(300, 100)], crs=CRS)
    r = sdg.sdg_11_2_1(zones, "nid", residents, stop, capacity_field="capacity", graph=graph)
    # straight line the second resident is 224 m from the stop, but its street never gets there
    assert_allclose(r.table["sdg_11_2_1"], [0.7])
    assert any(w.startswith("low-capacity stops:") and "without any facility" in w
               for w in r.notes.warnings)
