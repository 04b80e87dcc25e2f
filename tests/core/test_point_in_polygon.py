"""assign_points against a brute-force shapely reference (every point x every polygon)."""

import numpy as np
import pytest
import shapely

from urban_safety_monitor.usm_plugin.core.geometry import point_in_polygon as pip
from urban_safety_monitor.usm_plugin.core.geometry.point_in_polygon import assign_points
from urban_safety_monitor.usm_plugin.core.runtime import Cancelled, InputError


def voronoi_partition(n, size, seed, offset=(0.0, 0.0)):
    rng = np.random.default_rng(seed)
    box = shapely.box(0, 0, size, size)
    seeds = shapely.multipoints(np.round(rng.uniform(0, size, (n, 2))))
    cells = shapely.get_parts(shapely.voronoi_polygons(seeds, extend_to=box))
    cells = shapely.intersection(cells, box)
    return shapely.transform(cells, lambda c: c + np.asarray(offset))


def grid_partition(nx, ny, step):
    return np.array([shapely.box(i * step, j * step, (i + 1) * step, (j + 1) * step)
                     for j in range(ny) for i in range(nx)], dtype=object)


def hard_points(polys, n_random, seed):
    """Random points in and around the polygons, plus vertices and points on edges."""
    rng = np.random.default_rng(seed)
    xmin, ymin, xmax, ymax = shapely.total_bounds(polys)
    pad = 0.05 * (xmax - xmin)
    random = np.column_stack([rng.uniform(xmin - pad, xmax + pad, n_random),
                              rng.uniform(ymin - pad, ymax + pad, n_random)])
    verts = shapely.get_coordinates(polys)
    on_vertices = verts[rng.integers(0, len(verts), n_random // 4)]
    # Points on edges: boundaries densified; the added vertices lie on the edges
    # (up to rounding, which the brute force judges the same way).
    dense = shapely.get_coordinates(shapely.segmentize(shapely.boundary(polys),
                                                       (xmax - xmin) / 97))
    on_edges = dense[rng.integers(0, len(dense), n_random // 4)]
    return np.vstack([random, on_vertices, on_edges])


def brute_force(xy, polys, priority=None):
    """Lowest-priority polygon among all polygons intersecting each point."""
    polys = np.asarray(polys, dtype=object)
    prio = np.arange(len(polys)) if priority is None else np.asarray(priority)
    pts = shapely.points(xy)
    index = np.full(len(xy), -1)
    hits = np.zeros(len(xy), dtype=int)
    for j, poly in enumerate(polys):
        if poly is None or poly.is_empty:
            continue
        inside = shapely.intersects(poly, pts)
        hits += inside
        better = inside & ((index < 0) | (prio[np.maximum(index, 0)] > prio[j])
                           | ((prio[np.maximum(index, 0)] == prio[j]) & (index > j)))
        index[better] = j
    return index, hits


def check(xy, polys, priority=None):
    result = assign_points(xy[:, 0], xy[:, 1], polys, priority=priority)
    expected, hits = brute_force(xy, polys, priority)
    np.testing.assert_array_equal(result.index, expected)
    np.testing.assert_array_equal(result.tie_mask, hits > 1)
    assert result.n_ties == int(np.sum(hits > 1))
    return result


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_voronoi_partition_matches_brute_force(seed):
    polys = voronoi_partition(60, 1000.0, seed)
    xy = hard_points(polys, 3000, seed)
    result = check(xy, polys)
    assert result.n_ties > 0, "the test set must contain boundary points"
    assert result.n_outside > 0, "the test set must contain outside points"


def test_random_priority_and_utm_sized_coordinates():
    polys = voronoi_partition(80, 5000.0, 7, offset=(500_000.0, 4_400_000.0))
    xy = hard_points(polys, 3000, 7)
    priority = np.random.default_rng(3).permutation(len(polys))
    check(xy, polys, priority)


def test_grid_partition_vertices_go_to_lowest_priority():
    polys = grid_partition(5, 4, 10.0)
    xs, ys = np.meshgrid(np.arange(0, 51, 5.0), np.arange(0, 41, 5.0))
    xy = np.column_stack([xs.ravel(), ys.ravel()])
    result = check(xy, polys)
    # The inner vertex (10, 10) touches cells 0, 1, 5 and 6; cell 0 has the lowest priority.
    k = np.flatnonzero((xy[:, 0] == 10) & (xy[:, 1] == 10))[0]
    assert result.index[k] == 0 and result.tie_mask[k]
    # Reverse priorities: the same vertex now goes to cell 6.
    reverse = check(xy, polys, priority=-np.arange(len(polys)))
    assert reverse.index[k] == 6


@pytest.mark.parametrize("cells", [1024, 300_000])
def test_coarse_and_fine_grids_are_both_exact(monkeypatch, cells):
    monkeypatch.setattr(pip, "_grid_size", lambda n_polygons, n_points: cells)
    polys = voronoi_partition(40, 800.0, 11)
    check(hard_points(polys, 2000, 11), polys)


def test_null_empty_multipart_holes_and_overlaps():
    outer = shapely.Polygon([(0, 0), (100, 0), (100, 100), (0, 100)],
                            [[(20, 20), (80, 20), (80, 80), (20, 80)]])
    island = shapely.box(30, 30, 70, 70)              # inside the hole
    multi = shapely.MultiPolygon([shapely.box(100, 0, 120, 20), shapely.box(100, 50, 120, 70)])
    overlap = shapely.box(60, 60, 90, 90)             # overlaps outer, island and the hole
    polys = np.array([outer, None, island, shapely.Polygon(), multi, overlap], dtype=object)
    rng = np.random.default_rng(5)
    xy = np.vstack([rng.uniform(-10, 130, (4000, 2)),
                    [[20, 50], [30, 30], [100, 10], [100, 30], [65, 65], [60, 60], [120, 70]]])
    result = check(xy, polys)
    assert not np.isin(result.index, [1, 3]).any(), "null/empty polygons never receive points"
    # The overlap region inside the island is shared by the island (2) and the box (5).
    assert result.index[-3] == 2 and result.tie_mask[-3]
    # Priority can hand the overlap to the later polygon.
    check(xy, polys, priority=np.array([5, 0, 4, 0, 3, 1]))


def test_matches_contains_count_where_no_point_is_on_a_boundary():
    polys = voronoi_partition(50, 1000.0, 21)
    rng = np.random.default_rng(21)
    xy = rng.uniform(-20, 1020, (5000, 2))
    pts = shapely.points(xy)
    on_boundary = shapely.intersects(shapely.boundary(polys)[None, :], pts[:, None]).any(axis=1)
    xy = xy[~on_boundary]
    result = assign_points(xy[:, 0], xy[:, 1], polys)
    contains = shapely.contains(polys[None, :], shapely.points(xy)[:, None])
    np.testing.assert_array_equal(np.bincount(result.index[result.index >= 0],
                                              minlength=len(polys)),
                                  contains.sum(axis=0))
    assert result.n_ties == 0


def test_nan_coordinates_and_no_points():
    polys = grid_partition(2, 2, 1.0)
    result = assign_points([0.5, np.nan, np.inf, 1.5], [0.5, 0.5, 0.5, np.nan], polys)
    np.testing.assert_array_equal(result.index, [0, -1, -1, -1])
    empty = assign_points([], [], polys)
    assert empty.index.shape == (0,) and empty.n_ties == 0
    none = assign_points([0.5], [0.5], [None, shapely.Polygon()])
    np.testing.assert_array_equal(none.index, [-1])


def test_bad_input_is_refused():
    polys = grid_partition(2, 1, 1.0)
    with pytest.raises(InputError, match="same length"):
        assign_points([0.0, 1.0], [0.0], polys)
    with pytest.raises(InputError, match="one value per polygon"):
        assign_points([0.0], [0.0], polys, priority=[1, 2, 3])
    with pytest.raises(InputError, match="LineString"):
        assign_points([0.0], [0.0], [shapely.LineString([(0, 0), (1, 1)])])


def test_cancellation_and_progress():
    polys = voronoi_partition(30, 100.0, 3)
    xy = np.random.default_rng(3).uniform(0, 100, (1000, 2))
    seen = []
    assign_points(xy[:, 0], xy[:, 1], polys, progress=seen.append)
    assert seen[-1] == 1.0 and all(a <= b for a, b in zip(seen, seen[1:]))
    with pytest.raises(Cancelled):
        assign_points(xy[:, 0], xy[:, 1], polys, should_stop=lambda: True)


# --- the grid's fast paths ----------------------------------------------------------


def count_exact(monkeypatch):
    """Record how many points go to the exact GEOS test (cell centres included)."""
    seen = []
    original = pip._resolve_exact

    def counting(tree, tree_index, rank, order, px, py):
        seen.append(len(px))
        return original(tree, tree_index, rank, order, px, py)

    monkeypatch.setattr(pip, "_resolve_exact", counting)
    return seen


def test_most_points_near_boundaries_are_decided_without_geos(monkeypatch):
    polys = voronoi_partition(200, 3000.0, 31)
    xy = hard_points(polys, 20000, 31)
    seen = count_exact(monkeypatch)
    check(xy, polys)
    # One test per clean group (about one per polygon) plus a few per cent of
    # the points; a regression to "every point near a boundary" shows here.
    assert sum(seen) < 0.15 * len(xy), seen


def test_boundaries_on_grid_lines(monkeypatch):
    # Cells of exactly 1 x 1 with the origin on whole numbers: every polygon
    # edge lies on a grid line and many points lie on grid lines too.
    monkeypatch.setattr(pip, "_grid_size", lambda n_polygons, n_points: 2000)
    polys = grid_partition(5, 4, 10.0)
    xs, ys = np.meshgrid(np.arange(-3, 53.01, 0.5), np.arange(-3, 43.01, 0.5))
    xy = np.column_stack([xs.ravel(), ys.ravel()])
    rng = np.random.default_rng(4)
    xy = np.vstack([xy, rng.uniform(-3, 53, (3000, 2))])
    result = check(xy, polys)
    assert result.n_ties > 0


@pytest.mark.parametrize("cells", [1024, 50_000, 400_000])
def test_points_a_hair_off_edges_and_vertices(monkeypatch, cells):
    """Points 1 ulp away from edges and vertices: the orientation filter must not guess."""
    monkeypatch.setattr(pip, "_grid_size", lambda n_polygons, n_points: cells)
    polys = voronoi_partition(30, 500.0, 41, offset=(600_000.0, 4_500_000.0))
    base = hard_points(polys, 1500, 41)
    xy = np.vstack([base,
                    np.column_stack([np.nextafter(base[:, 0], np.inf), base[:, 1]]),
                    np.column_stack([base[:, 0], np.nextafter(base[:, 1], -np.inf)])])
    check(xy, polys)


@pytest.mark.parametrize("cells", [1024, 100_000])
def test_overlaps_holes_and_slivers_on_fine_grids(monkeypatch, cells):
    monkeypatch.setattr(pip, "_grid_size", lambda n_polygons, n_points: cells)
    outer = shapely.Polygon([(0, 0), (100, 0), (100, 100), (0, 100)],
                            [[(20, 20), (80, 20), (80, 80), (20, 80)]])
    island = shapely.box(30, 30, 70, 70)
    big_overlap = shapely.box(10, 10, 90, 90)        # covers clean areas of three others
    sliver = shapely.Polygon([(0, 50), (100, 50.001), (100, 50.002), (0, 50.0005)])
    tilted = shapely.affinity.rotate(shapely.box(40, -10, 60, 110), 1e-4, origin=(50, 50))
    multi = shapely.MultiPolygon([shapely.box(100, 0, 120, 20),
                                  shapely.box(120, 20, 140, 40)])  # parts touch at a vertex
    polys = np.array([outer, island, big_overlap, sliver, tilted, multi], dtype=object)
    rng = np.random.default_rng(8)
    xy = np.vstack([rng.uniform(-10, 150, (6000, 2)),
                    hard_points(polys, 2000, 8),
                    [[120, 20], [50, 50.001], [10, 10], [20, 20], [100, 50.001]]])
    check(xy, polys)
    check(xy, polys, priority=np.array([3, 0, 5, 1, 2, 4]))


def test_tiny_polygons_far_from_the_origin():
    polys = voronoi_partition(40, 0.05, 13, offset=(3_000_000.0, 9_000_000.0))
    check(hard_points(polys, 2000, 13), polys)


def test_three_dimensional_polygons_and_off_grid_points():
    polys = shapely.force_3d(voronoi_partition(25, 100.0, 17))
    xy = hard_points(polys, 1000, 17)
    xy = np.vstack([xy, [[1e12, 50.0], [-1e12, -1e12], [50.0, 1e300]]])
    result = check(xy, polys)
    np.testing.assert_array_equal(result.index[-3:], [-1, -1, -1])
    inf = assign_points([np.inf, -np.inf, 50.0], [50.0, 50.0, np.inf], polys)
    np.testing.assert_array_equal(inf.index, [-1, -1, -1])


def test_grid_stays_bounded_for_extreme_inputs():
    # Many points on few huge-extent polygons: the grid is capped whatever the sizes.
    polys = np.array([shapely.box(0, 0, 1e9, 1.0), shapely.box(0, 1.0, 1e9, 2.0)], dtype=object)
    assert pip._grid_size(2, 10**9) <= pip._MAX_CELLS
    rng = np.random.default_rng(2)
    xy = np.column_stack([rng.uniform(0, 1e9, 2000), rng.choice([0.5, 1.0, 1.5, 2.0], 2000)])
    check(xy, polys)
