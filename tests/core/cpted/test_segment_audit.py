"""Street-segment audit core: hand-computed geometry, networkx, shapely and the demo city.

References used: lengths, lit intervals and gaps computed by hand on small networks;
node degrees, dead ends and the number of segments against networkx on a perturbed grid;
lit shares against shapely (line ∩ union of light discs) and a dense sampling; land-use
entropy by hand; the demo city's planted dark areas (sample_layers/README.md).
"""

import math

import numpy as np
import pytest

geopandas = pytest.importorskip("geopandas")
shapely = pytest.importorskip("shapely")

from urban_safety_monitor.usm_plugin.core.cpted.audit import (  # noqa: E402
    point_input, street_segment_audit)
from urban_safety_monitor.usm_plugin.core.cpted.segments import (  # noqa: E402
    street_segments, union_intervals)
from urban_safety_monitor.usm_plugin.core.network.street_network import (  # noqa: E402
    build_street_graph)
from urban_safety_monitor.usm_plugin.core.runtime import InputError  # noqa: E402

CRS = "EPSG:32630"


def _streets(lines, **cols):
    return geopandas.GeoDataFrame(cols, geometry=[shapely.LineString(c) for c in lines], crs=CRS)


def _points(xy, crs=CRS, **cols):
    xy = np.asarray(xy, float).reshape(-1, 2)
    frame = geopandas.GeoDataFrame(cols, geometry=shapely.points(xy), crs=crs)
    return point_input(frame)


# ------------------------------------------------------------------ segments and intervals
def test_union_intervals_by_hand():
    unit = np.array([0, 0, 0, 2])
    lo = np.array([10.0, 15.0, 50.0, 0.0])
    hi = np.array([20.0, 30.0, 60.0, 5.0])
    covered, gap = union_intervals(unit, lo, hi, np.array([100.0, 40.0, 5.0]))
    # unit 0: [10, 30] and [50, 60] -> 30 m lit; gaps 10, 20, 40 -> 40
    np.testing.assert_allclose(covered, [30.0, 0.0, 5.0])
    np.testing.assert_allclose(gap, [40.0, 40.0, 0.0])


def test_plus_and_bend_segments_by_hand():
    # a plus of four 100 m arms plus an L-shaped street of 2 x 50 m hanging off the east arm end
    streets = _streets([[(0, 0), (100, 0)], [(0, 0), (-100, 0)], [(0, 0), (0, 100)],
                        [(0, 0), (0, -100)], [(100, 0), (150, 0), (150, 50)]])
    graph = build_street_graph(streets)
    segs = street_segments(graph)
    # the east arm end (100, 0) has degree 2 -> the arm and the L merge into one 200 m segment
    assert segs.n_segments == 4
    assert sorted(np.round(segs.seg_length, 6)) == [100, 100, 100, 200]
    d0, d1 = segs.unit_degrees()
    assert sorted(zip(np.minimum(d0, d1), np.maximum(d0, d1))) == [(1, 4)] * 4
    long = int(np.argmax(segs.seg_length))
    coords = shapely.get_coordinates(segs.geometry[long])
    ends = {tuple(coords[0]), tuple(coords[-1])}
    assert ends == {(0.0, 0.0), (150.0, 50.0)}
    assert shapely.length(segs.geometry[long]) == pytest.approx(200.0)
    # cut at 70 m: the 200 m segment becomes 3 pieces of 66.67 m; inner ends have degree 2
    cut = street_segments(graph, max_length=70)
    assert cut.n_units == 3 * 2 + 3
    pieces = cut.unit_segment == long
    np.testing.assert_allclose(shapely.length(cut.geometry[pieces]), 200 / 3)
    np.testing.assert_allclose(cut.unit_length[pieces], 200 / 3)
    assert np.isclose(shapely.length(cut.geometry).sum(), 500.0)


def test_ring_is_one_segment():
    ring = _streets([[(0, 0), (100, 0), (100, 100), (0, 100), (0, 0)]])
    segs = street_segments(build_street_graph(ring))
    assert segs.n_segments == 1 and bool(segs.seg_ring[0])
    assert segs.seg_length[0] == pytest.approx(400.0)
    assert shapely.length(segs.geometry[0]) == pytest.approx(400.0)


def _grid(n=7, step=100.0, seed=3):
    """A jittered grid with some edges removed (dead ends, degree-2 bends)."""
    rng = np.random.default_rng(seed)
    xy = {(i, j): (i * step + rng.uniform(-20, 20), j * step + rng.uniform(-20, 20))
          for i in range(n) for j in range(n)}
    lines = []
    for (i, j), p in xy.items():
        for q in ((i + 1, j), (i, j + 1)):
            if q in xy and rng.uniform() > 0.3:
                lines.append([p, xy[q]])
    return lines


def test_degrees_dead_ends_and_segment_count_match_networkx():
    nx = pytest.importorskip("networkx")
    lines = _grid()
    streets = _streets(lines)
    result = street_segment_audit(streets)
    seg = result.segments
    g = nx.Graph()
    for a, b in lines:
        g.add_edge(tuple(a), tuple(b), length=math.dist(a, b))
    degree = dict(g.degree())
    # segments = edges of the graph with degree-2 nodes smoothed away (+ pure rings)
    breaks = [n for n, d in degree.items() if d != 2]
    n_chains = sum(degree[n] for n in breaks) // 2
    rings = sum(1 for c in nx.connected_components(g) if all(degree[n] == 2 for n in c))
    assert len(seg) == n_chains + rings
    # ends of every segment: degrees as networkx has them
    start = shapely.get_coordinates(shapely.get_point(seg.geometry.values, 0))
    end = shapely.get_coordinates(shapely.get_point(seg.geometry.values, -1))
    assert [degree[tuple(p)] for p in start] == seg["deg_start"].tolist()
    assert [degree[tuple(p)] for p in end] == seg["deg_end"].tolist()
    dead = [(degree[tuple(a)] == 1) or (degree[tuple(b)] == 1) for a, b in zip(start, end)]
    assert seg["dead_end"].astype(bool).tolist() == dead
    assert seg["length_m"].sum() == pytest.approx(sum(d["length"] for *_, d in g.edges(data=True)))
    # pieces of the networkx graph -> component labels (0 = the longest)
    assert seg["component"].nunique() == nx.number_connected_components(g)


def test_intersection_density_by_hand():
    streets = _streets([[(0, 0), (100, 0)], [(0, 0), (-100, 0)], [(0, 0), (0, 100)],
                        [(0, 0), (0, -100)]])
    seg = street_segment_audit(streets, density_radius=60.0).segments
    # one intersection (the centre) within 60 m of each arm's midpoint (50 m away)
    np.testing.assert_allclose(seg["int_density"], 1 / (math.pi * 60 ** 2 / 1e6))
    seg = street_segment_audit(streets, density_radius=40.0).segments
    np.testing.assert_allclose(seg["int_density"], 0.0)


# ------------------------------------------------------------------ lighting
def test_lit_share_and_dark_gap_by_hand():
    streets = _streets([[(0, 0), (100, 0)]])
    lights = _points([(50, 5)])
    seg = street_segment_audit(streets, lights=lights, light_radius=30).segments
    half = math.sqrt(30 ** 2 - 5 ** 2)
    assert seg["lit_share"][0] == pytest.approx(2 * half / 100)
    assert seg["max_dark_gap_m"][0] == pytest.approx(50 - half)
    assert seg["n_lights"][0] == 1
    assert seg["dark_m"][0] == pytest.approx(100 - 2 * half)


def test_corner_light_lights_both_streets_but_counts_once():
    streets = _streets([[(0, 0), (100, 0)], [(0, 0), (0, 100)], [(0, 0), (-100, 0)]])
    lights = _points([(2, 2)])
    seg = street_segment_audit(streets, lights=lights, light_radius=20).segments
    assert seg["n_lights"].sum() == 1
    assert (seg["lit_share"] > 0.15).all()


def test_lit_share_matches_shapely_and_sampling_on_a_grid():
    rng = np.random.default_rng(11)
    streets = _streets(_grid(seed=5))
    lights_xy = rng.uniform(-30, 630, size=(150, 2))
    result = street_segment_audit(streets, lights=_points(lights_xy), light_radius=35.0,
                                  max_length=80.0)
    seg = result.segments
    discs = shapely.union_all(shapely.buffer(shapely.points(lights_xy), 35.0, quad_segs=512))
    lit = shapely.length(shapely.intersection(seg.geometry.values, discs))
    np.testing.assert_allclose(seg["lit_share"] * seg["length_m"], lit, atol=0.05)
    assert seg["lit_share"].between(0, 1).all() and (seg["lit_share"] == 1).any()
    # longest dark gap by dense sampling along every unit (0.05 m steps)
    from scipy.spatial import cKDTree
    tree = cKDTree(lights_xy)
    for geom, gap in zip(seg.geometry.values[:60], seg["max_dark_gap_m"][:60]):
        d = np.arange(0, geom.length + 1e-9, 0.05)
        pts = shapely.get_coordinates(shapely.line_interpolate_point(geom, d))
        dark = tree.query(pts)[0] > 35.0
        runs, best, cur = 0, 0.0, 0
        for flag in dark:
            cur = cur + 1 if flag else 0
            best = max(best, cur)
        assert gap == pytest.approx(max(best - 1, 0) * 0.05, abs=0.11)


def test_lights_far_from_streets_are_reported():
    streets = _streets([[(0, 0), (100, 0)]])
    result = street_segment_audit(streets, lights=_points([(50, 5), (50, 500)]), light_radius=30)
    acc = dict(zip(result.accounting["item"], result.accounting["count"]))
    assert acc["lights_far_from_streets"] == 1 and acc["lights_near_street"] == 1
    assert any("farther than 30 m" in w for w in result.notes.warnings)


# ------------------------------------------------------------------ incidents
def test_incidents_snapped_night_and_categories():
    streets = _streets([[(0, 0), (100, 0)], [(100, 0), (100, 100)], [(100, 0), (200, 0)]])
    when = ["2023-01-01 22:00", "2023-01-01 12:00", "2023-01-02 05:59", None, "2023-01-03",
            "2023-01-01 06:00"]
    inc = _points([(50, 3), (50, -3), (100, 50), (150, 1), (150, 2), (400, 400)],
                  occurred_at=when, category=["theft", "theft", "assault", "assault", None, "theft"])
    result = street_segment_audit(streets, incidents=inc, date_field="occurred_at",
                                  category_field="category", snap_tolerance=20)
    seg = result.segments
    west = seg.index[np.isclose(shapely.get_coordinates(
        shapely.line_interpolate_point(seg.geometry.values, 0.5, normalized=True))[:, 0], 50)][0]
    assert seg.loc[west, "n_incidents"] == 2 and seg.loc[west, "n_night"] == 1
    assert seg["n_incidents"].sum() == 5
    assert seg["n_night"].sum() == 2              # 22:00 and 05:59; 06:00 is excluded
    assert seg["n_no_time"].sum() == 2            # a missing date and a date without time
    assert seg["n_cat_theft"].sum() == 2 and seg["n_cat_assault"].sum() == 2
    acc = dict(zip(result.accounting["item"], result.accounting["count"]))
    assert acc["incidents_beyond_tolerance"] == 1 and acc["incidents_snapped"] == 5
    assert acc["incidents_time_unknown"] == 2
    assert any("no time of day" in w for w in result.notes.warnings)


def test_incidents_without_any_time_skip_the_night_analysis():
    streets = _streets([[(0, 0), (100, 0)]])
    inc = _points([(10, 1), (20, 1)], day=["2023-01-01", "2023-02-01"])
    result = street_segment_audit(streets, incidents=inc, date_field="day")
    assert result.segments["n_night"].sum() == 0 and result.segments["n_no_time"].sum() == 2
    assert any("night analysis is empty" in w for w in result.notes.warnings)
    no_date = street_segment_audit(streets, incidents=inc).segments
    assert no_date["n_night"].isna().all()      # no date field: NULL, never 0
    hood = geopandas.GeoDataFrame({"nid": ["A"]}, geometry=[shapely.box(-10, -10, 110, 10)], crs=CRS)
    rolled = street_segment_audit(streets, incidents=inc, neighbourhoods=hood,
                                  neighbourhood_id="nid").neighbourhoods
    assert "n_night" not in rolled.columns and rolled["n_incidents"].iloc[0] == 2


def test_null_incident_geometries_are_counted():
    streets = _streets([[(0, 0), (100, 0)]])
    frame = geopandas.GeoDataFrame({"k": [1, 2]}, geometry=[shapely.Point(5, 1), None], crs=CRS)
    result = street_segment_audit(streets, incidents=point_input(frame))
    acc = dict(zip(result.accounting["item"], result.accounting["count"]))
    assert acc["incidents_read"] == 2 and acc["incidents_dropped_no_geometry"] == 1
    assert acc["incidents_snapped"] == 1


# ------------------------------------------------------------------ land use, generators, frontage
def test_land_use_entropy_generators_frontage_maintenance_by_hand():
    streets = _streets([[(0, 0), (100, 0)]])
    # buffer of 10 m around the street: half on residential (y > 0), half on commercial
    land = geopandas.GeoDataFrame(
        {"use": ["residential", "commercial", "green"]},
        geometry=[shapely.box(-50, 0, 150, 50), shapely.box(-50, -50, 150, 0),
                  shapely.box(500, 500, 600, 600)], crs=CRS)
    buildings = [shapely.box(0, 10, 40, 20)]       # front within 15 m of x in [0, 40]
    result = street_segment_audit(
        streets, land_use=land, land_use_field="use", land_use_buffer=10.0,
        generators={"stops": np.array([[50.0, 30.0]]), "schools": np.array([[200.0, 0.0]])},
        buildings=buildings, frontage_distance=15.0,
        maintenance={"graffiti": np.array([[10.0, 2.0], [20.0, 2.0], [900.0, 0.0]])},
        snap_tolerance=20)
    seg = result.segments.iloc[0]
    assert seg["lu_mix"] == pytest.approx(math.log(2) / math.log(3), rel=1e-6)
    assert seg["gen_stops_m"] == pytest.approx(30.0)
    assert seg["gen_schools_m"] == pytest.approx(100.0)
    assert seg["gen_dist_m"] == pytest.approx(30.0)
    # the building's corner (0, 10) reaches the street at x in [-sqrt(125)..] -> covered [0, 40+sqrt(125)]
    assert seg["front_share"] == pytest.approx((40 + math.sqrt(15 ** 2 - 10 ** 2)) / 100, abs=2e-3)
    assert seg["maint_n"] == 2 and seg["maint_100m"] == pytest.approx(2.0)
    acc = dict(zip(result.accounting["item"], result.accounting["count"]))
    assert acc["maintenance_graffiti_beyond_tolerance"] == 1


# ------------------------------------------------------------------ neighbourhood roll-up
def test_rollup_is_length_weighted():
    streets = _streets([[(10, 10), (90, 10)], [(10, 50), (30, 50)], [(200, 10), (260, 10)]])
    lights = _points([(10, 10), (90, 10)])       # first street lit at both ends only
    nb = geopandas.GeoDataFrame({"nid": ["A", "B"]},
                                geometry=[shapely.box(0, 0, 100, 100), shapely.box(100, 0, 300, 100)],
                                crs=CRS)
    result = street_segment_audit(streets, lights=lights, neighbourhoods=nb, neighbourhood_id="nid",
                                  light_radius=20)
    seg = result.segments
    table = result.neighbourhoods.set_index("nid")
    in_a = seg["nid"] == "A"
    expected = (seg.loc[in_a, "lit_share"] * seg.loc[in_a, "length_m"]).sum() / seg.loc[in_a, "length_m"].sum()
    assert table.loc["A", "lit_share"] == pytest.approx(expected)
    assert table.loc["A", "street_km"] == pytest.approx(0.1)
    assert table.loc["B", "lit_share"] == 0.0
    assert table.loc["A", "dead_end_share"] == 1.0


# ------------------------------------------------------------------ bad input
def test_bad_inputs_give_clear_errors():
    streets = _streets([[(0, 0), (100, 0)]])
    with pytest.raises(InputError, match="no CRS"):
        street_segment_audit(streets.set_crs(None, allow_override=True))
    with pytest.raises(InputError, match="geographic"):
        street_segment_audit(streets.set_crs("EPSG:4326", allow_override=True))
    with pytest.raises(InputError, match="empty"):
        street_segment_audit(streets.iloc[:0])
    with pytest.raises(InputError, match="light radius"):
        street_segment_audit(streets, light_radius=0)
    with pytest.raises(InputError, match="night window"):
        street_segment_audit(streets, night_hours=(6, 6))
    with pytest.raises(InputError, match="different CRS"):
        land = geopandas.GeoDataFrame({"use": ["a"]}, geometry=[shapely.box(0, 0, 1, 1)],
                                      crs="EPSG:32631")
        street_segment_audit(streets, land_use=land, land_use_field="use")
    with pytest.raises(InputError, match="class field"):
        land = geopandas.GeoDataFrame({"use": ["a"]}, geometry=[shapely.box(0, 0, 1, 1)], crs=CRS)
        street_segment_audit(streets, land_use=land, land_use_field="nope")


def test_gaps_and_duplicates_are_reported_not_fatal():
    # a street stopping 4 m short of the crossing street, and a duplicated segment
    streets = _streets([[(0, 0), (200, 0)], [(100, 4), (100, 100)], [(0, 0), (200, 0)]])
    result = street_segment_audit(streets)
    assert len(result.segments) == 2               # duplicate counted once
    assert result.segments["length_m"].sum() == pytest.approx(296.0)
    assert any("digitising gaps" in w for w in result.notes.warnings)
    closed = street_segment_audit(streets, node_tolerance=5.0)
    assert len(closed.segments) == 3               # the gap joined: a T-junction


def test_inputs_are_not_modified():
    streets = _streets([[(0, 0), (100, 0)]], name=["a"])
    before = streets.copy()
    street_segment_audit(streets, street_fields=["name"])
    assert streets.equals(before)


# ------------------------------------------------------------------ demo city: planted dark areas
def test_demo_city_dark_areas_have_low_lit_share(demo_gpkg):
    read = lambda layer: geopandas.read_file(demo_gpkg, layer=layer)  # noqa: E731
    streets, lights, hoods = read("streets"), read("street_lights"), read("neighbourhoods")
    truth = read("planted_truth").set_index("nbhd_id")
    working = point_input(lights[lights["working"] == 1])
    result = street_segment_audit(streets, lights=working, neighbourhoods=hoods[["nbhd_id", "geometry"]],
                                  neighbourhood_id="nbhd_id", street_fields=["lit"])
    table = result.neighbourhoods.set_index("nbhd_id")
    dark_ids = truth.index[truth["dark_area"] == 1]
    other = truth.index[truth["dark_area"] == 0]
    assert table.loc[dark_ids, "lit_share"].max() < 0.25
    assert table.loc[other, "lit_share"].median() > 0.6
    # every neighbourhood as dark as a planted dark area is one, or an informal settlement
    # (planted mostly unlit too: sample_layers/README.md)
    as_dark = table.index[table["lit_share"] <= table.loc[dark_ids, "lit_share"].max()]
    assert set(dark_ids) <= set(as_dark)
    assert (truth.loc[as_dark, "dark_area"].eq(1) | truth.loc[as_dark, "subtype"].eq(
        "informal_settlement")).all()
    # street segments flagged unlit in the source are mostly dark here, lit ones mostly not
    seg = result.segments
    assert seg.loc[seg["lit"] == 0, "dark"].mean() > 0.9
    assert seg.loc[seg["lit"] == 1, "dark"].mean() < 0.25


def test_grid_snapping_equals_the_network_snapping():
    from urban_safety_monitor.usm_plugin.core.cpted.snapping import nearest_edges
    from urban_safety_monitor.usm_plugin.core.network.street_network import snap_to_network

    rng = np.random.default_rng(8)
    graph = build_street_graph(_streets(_grid(n=9, seed=2)))
    xy = rng.uniform(-60, 860, size=(20000, 2))
    edge, t, dist = nearest_edges(graph.node_xy, graph.edge_u, graph.edge_v, xy, 25.0)
    ref = snap_to_network(graph, xy, max_access=25.0)
    np.testing.assert_array_equal(edge >= 0, ref.edge >= 0)
    ok = edge >= 0
    assert ok.sum() > 5000 and (~ok).sum() > 1000
    np.testing.assert_allclose(dist[ok], ref.access[ok], atol=1e-9)
    same = edge[ok] == ref.edge[ok]
    np.testing.assert_allclose(t[ok][same], ref.t[ok][same], atol=1e-12)
    # where the edges differ, both feet are the same shared node (an exact tie)
    foot = lambda e, tt: graph.node_xy[graph.edge_u[e]] + tt[:, None] * (  # noqa: E731
        graph.node_xy[graph.edge_v[e]] - graph.node_xy[graph.edge_u[e]])
    diff = ~same
    np.testing.assert_allclose(foot(edge[ok][diff], t[ok][diff]),
                               foot(ref.edge[ok][diff], ref.t[ok][diff]), atol=1e-6)
    assert np.isin(t[ok][diff], (0.0, 1.0)).all()


def test_empty_light_and_incident_layers_give_dark_streets_and_zero_counts():
    streets = _streets([[(0, 0), (100, 0)], [(100, 0), (100, 80)]])
    none = point_input(geopandas.GeoDataFrame({"occurred_at": []}, geometry=[], crs=CRS))
    result = street_segment_audit(streets, lights=none, incidents=none, date_field="occurred_at")
    seg = result.segments
    assert (seg["lit_share"] == 0).all() and (seg["max_dark_gap_m"] == seg["length_m"]).all()
    assert (seg["n_incidents"] == 0).all() and (seg["n_lights"] == 0).all()
