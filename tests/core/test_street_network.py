"""Street graph, network distances and population coverage.

References used: hand-computed distances on line and grid graphs, networkx's
multi_source_dijkstra_path_length on random planar (Delaunay) graphs, and
brute-force straight-line distances.
"""

import geopandas as gpd
import networkx as nx
import numpy as np
import pytest
from numpy.testing import assert_allclose
from scipy.spatial import Delaunay, distance_matrix
from shapely.geometry import LineString, MultiLineString, Point, box

from urban_safety_monitor.usm_plugin.core.network import coverage
from urban_safety_monitor.usm_plugin.core.network import street_network as sn
from urban_safety_monitor.usm_plugin.core.joins.infrastructure import PopulationPoints
from urban_safety_monitor.usm_plugin.core.runtime import Cancelled, InputError

CRS = "EPSG:32630"


def lines(geoms, crs=CRS):
    return gpd.GeoDataFrame({"id": range(len(geoms))}, geometry=list(geoms), crs=crs)


def grid_streets(n=4, step=100.0):
    """n x n grid: each street one LineString with a vertex at every crossing."""
    coords = np.arange(n) * step
    rows = [LineString([(x, y) for x in coords]) for y in coords]
    cols = [LineString([(x, y) for y in coords]) for x in coords]
    return lines(rows + cols)


def test_line_graph_distances_by_hand():
    g = sn.build_street_graph(lines([LineString([(0, 0), (100, 0), (250, 0), (300, 0)])]))
    assert (g.n_nodes, g.n_edges, g.n_components) == (4, 3, 1)
    r = sn.network_distance_to_nearest(g, [[0, 0], [120, 5], [300, 3]], [[250, -2]])
    # access 5 + along 130; access 3 + along 50 + access 2; facility access 2
    assert_allclose(r.distance, [2 + 250, 5 + 130 + 2, 3 + 50 + 2])
    assert_allclose(r.origin_access, [0, 5, 3])


def test_grid_manhattan_distances_and_limit():
    g = sn.build_street_graph(grid_streets(4, 100.0))
    assert (g.n_nodes, g.n_edges, g.n_components) == (16, 24, 1)
    origins = np.array([[300, 300], [150, 200], [0, 0], [300, 40]])
    r = sn.network_distance_to_nearest(g, origins, [[0, 0]])
    assert_allclose(r.distance, [600, 350, 0, 340])
    lim = sn.network_distance_to_nearest(g, origins, [[0, 0]], max_distance=345)
    assert_allclose(lim.distance, [np.inf, np.inf, 0, 340])
    assert lim.n_beyond == 2


def test_origin_and_facility_on_the_same_edge():
    g = sn.build_street_graph(lines([LineString([(0, 0), (1000, 0)]),
                                     LineString([(1000, 0), (1000, 1000)])]))
    r = sn.network_distance_to_nearest(g, [[400, 10], [900, 0]], [[450, 0], [1000, 500]])
    assert_allclose(r.distance, [60, 450])


def test_disconnected_pieces_are_reported_and_infinite():
    streets = lines([LineString([(0, 0), (100, 0)]), LineString([(100, 0), (100, 100)]),
                     LineString([(500, 0), (600, 0)])])
    g = sn.build_street_graph(streets)
    assert g.n_components == 2
    assert sorted(g.component_sizes.tolist()) == [2, 3]
    assert any("2 disconnected pieces" in w for w in g.notes.warnings)
    r = sn.network_distance_to_nearest(g, [[550, 5], [50, 0]], [[100, 100]])
    assert r.distance[0] == np.inf
    assert_allclose(r.distance[1], 150)
    assert r.n_no_facility_piece == 1
    assert any("without any facility" in w for w in r.notes.warnings)


def test_multipart_exploded_and_snapping_tolerance():
    streets = lines([MultiLineString([[(0, 0), (100, 0)], [(100.4, 0.3), (200, 0)]]),
                     None, LineString([(50, 50), (50, 0.6)])])
    g = sn.build_street_graph(streets, snap_tolerance=1.0)
    assert g.n_multipart == 1
    assert any("multi-part" in w for w in g.notes.warnings)
    assert any("null or empty" in w for w in g.notes.warnings)
    # the gap of 0.5 m is closed and the T-junction end 0.6 m off the street is joined
    assert g.n_components == 1
    assert g.n_junctions_snapped == 1
    strict = sn.build_street_graph(streets, snap_tolerance=0.0)
    assert strict.n_components == 3


def test_crossings_warned_or_split():
    streets = lines([LineString([(0, 0), (200, 0)]), LineString([(100, -100), (100, 100)])])
    g = sn.build_street_graph(streets)
    assert g.n_crossings == 1 and g.n_components == 2
    assert any("cross without a shared vertex" in w for w in g.notes.warnings)
    s = sn.build_street_graph(streets, split_crossings=True)
    assert s.n_components == 1 and s.n_nodes == 5
    r = sn.network_distance_to_nearest(s, [[0, 0]], [[100, 100]])
    assert_allclose(r.distance, [200])


def test_bad_inputs():
    with pytest.raises(InputError, match="geographic"):
        sn.build_street_graph(lines([LineString([(0, 0), (1, 1)])], crs="EPSG:4326"))
    with pytest.raises(InputError, match="no CRS"):
        sn.build_street_graph(lines([LineString([(0, 0), (1, 1)])], crs=None))
    with pytest.raises(InputError, match="empty"):
        sn.build_street_graph(lines([]))
    with pytest.raises(InputError, match="no line"):
        sn.build_street_graph(lines([Point(0, 0)]))
    g = sn.build_street_graph(grid_streets(2))
    with pytest.raises(InputError, match="NaN"):
        sn.network_distance_to_nearest(g, [[np.nan, 0]], [[0, 0]])
    with pytest.raises(InputError, match="method"):
        sn.distance_to_nearest([[0, 0]], [[0, 0]], method="manhattan")
    with pytest.raises(InputError, match="street graph"):
        sn.distance_to_nearest([[0, 0]], [[0, 0]], method="network")


def test_cancellation():
    with pytest.raises(Cancelled):
        sn.build_street_graph(grid_streets(3), should_stop=lambda: True)


def _random_planar(seed, n=120, drop=0.25):
    rng = np.random.default_rng(seed)
    pts = rng.uniform(0, 2000, size=(n, 2)).round(1)
    tri = Delaunay(pts)
    edges = set()
    for s in tri.simplices:
        for a, b in ((s[0], s[1]), (s[1], s[2]), (s[0], s[2])):
            edges.add((min(a, b), max(a, b)))
    edges = sorted(edges)
    keep = rng.random(len(edges)) > drop  # missing links, maybe disconnected pieces
    edges = [e for e, k in zip(edges, keep) if k]
    return rng, pts, edges


@pytest.mark.parametrize("seed,drop", [(1, 0.25), (2, 0.6), (3, 0.65)])
def test_random_planar_graph_matches_networkx(seed, drop):
    rng, pts, edges = _random_planar(seed, drop=drop)
    g = sn.build_street_graph(lines([LineString([pts[a], pts[b]]) for a, b in edges]),
                              snap_tolerance=0.0)
    if drop > 0.5:
        assert g.n_components > 1  # the case with unreachable origins is exercised
    # reference: networkx graph in which origins and facilities placed on edges are
    # inserted as nodes that split their edge
    G = nx.Graph()
    for a, b in edges:
        G.add_edge(a, b, weight=float(np.hypot(*(pts[a] - pts[b]))))
    pos = {}

    def place(label, k):
        xy = []
        for j in range(k):
            a, b = edges[rng.integers(len(edges))]
            if rng.random() < 0.3:  # exactly on a node
                xy.append(pts[a])
                G.add_edge((label, j), a, weight=0.0)
                continue
            t = rng.uniform(0.05, 0.95)
            p = pts[a] + t * (pts[b] - pts[a])
            xy.append(p)
            L = float(np.hypot(*(pts[a] - pts[b])))
            pos[(label, j)] = (a, b, t, L)
        return np.array(xy)

    fac = place("f", 6)
    org = place("o", 80)
    # split every edge at all the points placed on it
    by_edge = {}
    for key, (a, b, t, L) in pos.items():
        by_edge.setdefault((a, b), []).append((t, key))
    for (a, b), items in by_edge.items():
        L = G[a][b]["weight"]
        G.remove_edge(a, b)
        chain = [(0.0, a)] + sorted(items) + [(1.0, b)]
        for (t0, n0), (t1, n1) in zip(chain[:-1], chain[1:]):
            G.add_edge(n0, n1, weight=(t1 - t0) * L)
    ref = nx.multi_source_dijkstra_path_length(G, {("f", j) for j in range(len(fac))})
    expected = np.array([ref.get(("o", j), np.inf) for j in range(len(org))])
    got = sn.network_distance_to_nearest(g, org, fac).distance
    assert np.array_equal(np.isinf(got), np.isinf(expected))
    fin = np.isfinite(expected)
    assert_allclose(got[fin], expected[fin], atol=1e-6)
    # a search limit only turns distances above it into inf
    lim = np.nanmedian(expected[fin])
    got_lim = sn.network_distance_to_nearest(g, org, fac, max_distance=lim).distance
    want = np.where(expected <= lim, expected, np.inf)
    bad = np.isinf(got_lim) != np.isinf(want)
    assert not bad.any(), (expected[bad], got[bad], got_lim[bad], lim)
    assert_allclose(got_lim[np.isfinite(want)], want[np.isfinite(want)], atol=1e-6)


def test_euclidean_matches_brute_force():
    rng = np.random.default_rng(7)
    o = rng.uniform(0, 1000, (300, 2))
    f = rng.uniform(0, 1000, (15, 2))
    brute = distance_matrix(o, f).min(axis=1)
    assert_allclose(sn.euclidean_distance_to_nearest(o, f).distance, brute)
    cut = sn.euclidean_distance_to_nearest(o, f, max_distance=100).distance
    assert_allclose(cut, np.where(brute <= 100, brute, np.inf))


def _two_squares():
    return gpd.GeoDataFrame({"nid": ["A", "B"]},
                            geometry=[box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)], crs=CRS)


def test_population_coverage_euclidean_vs_brute_force():
    rng = np.random.default_rng(3)
    xy = rng.uniform([0, 0], [2000, 1000], (500, 2))
    w = rng.integers(0, 20, 500).astype(float)
    fac = rng.uniform([0, 0], [2500, 1000], (6, 2))  # some outside the city
    pop = PopulationPoints(xy, w, CRS, "test")
    res = coverage.population_coverage(_two_squares(), "nid", pop, fac, distance=300)
    d = distance_matrix(xy, fac).min(axis=1)
    for k, (x0, x1) in enumerate([(0, 1000), (1000, 2000)]):
        inside = (xy[:, 0] >= x0) & (xy[:, 0] < x1)
        assert_allclose(res.table["population"][k], w[inside].sum())
        assert_allclose(res.table["share"][k], w[inside & (d <= 300)].sum() / w[inside].sum())
    assert_allclose(res.city_share, w[d <= 300].sum() / w.sum())


def test_population_coverage_network_by_hand_and_zero_population():
    g = sn.build_street_graph(lines([LineString([(0, 500), (2000, 500)])]))
    pop = PopulationPoints(np.array([[100, 520], [900, 500], [1500, 450]]),
                           np.array([10.0, 30.0, 0.0]), CRS, "test")
    res = coverage.population_coverage(_two_squares(), "nid", pop, np.array([[0, 500]]),
                                 distance=500, method="network", graph=g)
    # 20 + 100 <= 500 covered; 900 m away not covered; B has only a 0-resident point
    assert_allclose(res.table["share"][0], 10 / 40)
    assert np.isnan(res.table["share"][1])
    assert any("no residents" in w for w in res.notes.warnings)
    assert_allclose(res.distance[:2], [120, np.inf])


def test_population_coverage_refuses_mismatched_crs():
    pop = PopulationPoints(np.array([[1.0, 1.0]]), np.array([1.0]), "EPSG:32631", "test")
    with pytest.raises(InputError, match="different CRS"):
        coverage.population_coverage(_two_squares(), "nid", pop, np.array([[0, 0]]), distance=10)


def test_crossing_detection_matches_shapely_crosses():
    rng = np.random.default_rng(9)
    a = rng.uniform(0, 100, (150, 2)).round(0)
    b = a + rng.uniform(-30, 30, (150, 2)).round(0)
    a[:10], b[:10] = a[10:20], b[10:20] + 5  # shared start points are not crossings
    i, j, ti, tj = sn._proper_crossings(a, b)
    got = set(zip(i.tolist(), j.tolist()))
    segs = [LineString([p, q]) for p, q in zip(a, b)]
    want = {(x, y) for x in range(150) for y in range(x + 1, 150)
            if segs[x].length > 0 and segs[y].length > 0 and segs[x].crosses(segs[y])
            and segs[x].intersection(segs[y]).geom_type == "Point"}
    assert len(want) > 20 and got == want
    pts = a[i] + ti[:, None] * (b[i] - a[i])
    inter = np.array([[segs[x].intersection(segs[y]).x, segs[x].intersection(segs[y]).y]
                      for x, y in zip(i.tolist(), j.tolist())])
    assert_allclose(pts, inter, atol=1e-9)
    assert_allclose(a[j] + tj[:, None] * (b[j] - a[j]), inter, atol=1e-9)


def test_overshooting_t_junction_is_joined_not_reported_as_crossing():
    streets = lines([LineString([(0, 0), (200, 0)]), LineString([(100, 100), (100, -0.6)])])
    g = sn.build_street_graph(streets, snap_tolerance=1.0)
    assert g.n_components == 1 and g.n_crossings == 0
    assert not any("cross" in w for w in g.notes.warnings)
    r = sn.network_distance_to_nearest(g, [[0, 0]], [[100, 100]])
    # the street end is kept where it is and the street it touches bends through it
    assert_allclose(r.distance, [np.hypot(100, 0.6) + 100.6], atol=1e-9)


@pytest.mark.parametrize("candidates", [1, 4, 16])
def test_snapping_finds_the_nearest_edge_exactly(candidates):
    rng = np.random.default_rng(21)
    rng_, pts, edges = _random_planar(4, n=80, drop=0.3)
    g = sn.build_street_graph(lines([LineString([pts[a], pts[b]]) for a, b in edges]),
                              snap_tolerance=0.0)
    xy = np.vstack([rng.uniform(-500, 2500, (400, 2)), pts[:5]])  # some far outside
    snapped = sn.snap_to_network(g, xy, candidates=candidates)
    geoms = g.edge_geometries()
    brute = np.array([shapely_distance(geoms, p) for p in xy])
    assert_allclose(snapped.access, brute, atol=1e-9)
    # the reported edge and position really give that distance
    a, b = g.node_xy[g.edge_u[snapped.edge]], g.node_xy[g.edge_v[snapped.edge]]
    foot = a + snapped.t[:, None] * (b - a)
    assert_allclose(np.hypot(*(xy - foot).T), brute, atol=1e-9)
    capped = sn.snap_to_network(g, xy, max_access=50.0)
    assert np.array_equal(capped.edge >= 0, brute <= 50.0)


def shapely_distance(geoms, p):
    import shapely
    return float(shapely.distance(geoms, Point(p)).min())


def test_snapping_in_chunks_gives_the_same_answer(monkeypatch):
    g = sn.build_street_graph(grid_streets(5, 100.0))
    xy = np.random.default_rng(2).uniform(-50, 450, (50, 2))
    whole = sn.snap_to_network(g, xy)
    monkeypatch.setattr(sn, "_SNAP_CHUNK", 7)
    parts = sn.snap_to_network(g, xy)
    assert_allclose(parts.access, whole.access)
    assert_allclose(parts.t, whole.t)
    assert np.array_equal(parts.edge, whole.edge)
