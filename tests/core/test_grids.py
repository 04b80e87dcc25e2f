"""Hexagon and square grids: coverage, cell areas, and exact point binning."""

import math

import geopandas as gpd
import numpy as np
import pytest
import shapely
from numpy.testing import assert_allclose
from scipy.spatial import cKDTree
from shapely.geometry import Polygon, box

from urban_safety_monitor.usm_plugin.core.geometry.grids import count_points, make_grid
from urban_safety_monitor.usm_plugin.core.runtime import InputError

# An L-shaped area with a hole, away from the origin, in metres.
AREA = Polygon(
    [(1000, 2000), (5000, 2000), (5000, 3500), (2500, 3500), (2500, 6000), (1000, 6000)],
    holes=[[(1500, 2500), (2000, 2500), (2000, 3000), (1500, 3000)]],
)


@pytest.mark.parametrize("shape", ["hexagon", "square"])
def test_cells_have_the_stated_area_and_cover_the_area(shape):
    g = make_grid(AREA, shape=shape, cell_size=250.0)
    assert_allclose(g.cells.geometry.area, 250.0 ** 2, rtol=1e-9)
    union = shapely.union_all(g.cells.geometry.values)
    assert union.covers(AREA)
    # Only cells that cover part of the area are kept (touching is not enough).
    assert (shapely.area(shapely.intersection(AREA, g.cells.geometry.values)) > 0).all()
    # Cells do not overlap: their areas add up to the area of their union.
    assert_allclose(union.area, g.n * 250.0 ** 2, rtol=1e-9)
    assert list(g.cells["cell_id"]) == list(range(1, g.n + 1))


@pytest.mark.parametrize("shape", ["hexagon", "square"])
def test_clipped_cells_partition_the_study_area(shape):
    g = make_grid(AREA, shape=shape, cell_size=300.0, clip=True)
    assert_allclose(g.cells.geometry.area.sum(), AREA.area, rtol=1e-9)
    assert shapely.union_all(g.cells.geometry.values).symmetric_difference(AREA).area < 1e-3


def test_cells_touching_only_the_boundary_are_not_kept():
    g = make_grid(box(0, 0, 1000, 1000), shape="square", cell_size=100.0)
    assert g.n == 100
    b = g.cells.total_bounds
    assert_allclose(b, [0, 0, 1000, 1000])


def test_keep_rules_nest():
    n_int = make_grid(AREA, cell_size=200.0, keep="intersects").n
    n_cen = make_grid(AREA, cell_size=200.0, keep="centroid").n
    within = make_grid(AREA, cell_size=200.0, keep="within")
    assert within.n < n_cen < n_int
    assert shapely.covers(AREA, within.cells.geometry.values).all()


def test_hexagons_are_pointy_topped_with_six_neighbours_at_spacing():
    g = make_grid(box(0, 0, 3000, 3000), shape="hexagon", cell_size=200.0)
    s = 200.0 * math.sqrt(2 / (3 * math.sqrt(3)))
    hexagon = g.cells.geometry.iloc[0]
    ys = np.asarray(hexagon.exterior.coords)[:, 1]
    c = hexagon.centroid
    assert_allclose(ys.max() - c.y, s)  # a vertex points north
    assert_allclose(g.spacing, math.sqrt(3) * s)
    xy = g.centroids()
    tree = cKDTree(xy)
    counts = np.array([len(n) - 1 for n in tree.query_ball_point(xy, g.spacing * 1.001)])
    interior = (xy[:, 0] > 500) & (xy[:, 0] < 2500) & (xy[:, 1] > 500) & (xy[:, 1] < 2500)
    assert (counts[interior] == 6).all()
    assert_allclose(xy, np.column_stack([g.cells.centroid.x, g.cells.centroid.y]), atol=1e-6)


def test_hexagon_binning_is_the_nearest_centre():
    """Independent reference: a k-d tree over the cell centres."""
    g = make_grid(AREA, shape="hexagon", cell_size=180.0)
    rng = np.random.default_rng(7)
    x = rng.uniform(1000, 5000, 20000)
    y = rng.uniform(2000, 6000, 20000)
    inside = shapely.intersects_xy(AREA, x, y)
    x, y = x[inside], y[inside]
    idx = g.locate(x, y)
    assert (idx >= 0).all()
    _, nearest = cKDTree(g.centroids()).query(np.column_stack([x, y]))
    assert (idx == nearest).all()
    # ... and the chosen polygon holds the point.
    assert shapely.intersects_xy(g.cells.geometry.values[idx], x, y).all()


def test_points_on_hexagon_edges_and_vertices_go_to_exactly_one_touching_cell():
    g = make_grid(box(0, 0, 2000, 2000), shape="hexagon", cell_size=150.0)
    inner = g.cells[g.cells.geometry.within(box(300, 300, 1700, 1700))]
    pts = []
    for poly in inner.geometry.values[:20]:
        ring = np.asarray(poly.exterior.coords)
        pts.extend(ring[:-1])                          # vertices (3 cells meet)
        pts.extend((ring[:-1] + ring[1:]) / 2.0)       # edge midpoints (2 cells meet)
    pts = np.array(pts)
    idx = g.locate(pts[:, 0], pts[:, 1])
    assert (idx >= 0).all()
    touching = shapely.dwithin(g.cells.geometry.values[idx], shapely.points(pts), 1e-6)
    assert touching.all()
    counts = count_points(g, pts[:, 0], pts[:, 1])
    assert counts.counts.sum() == len(pts)


def test_square_binning_is_half_open():
    g = make_grid(box(0, 0, 1000, 1000), shape="square", cell_size=100.0)
    # A point on the vertical edge x=300 goes east, on y=500 goes north.
    idx = g.locate(np.array([300.0, 250.0, 300.0]), np.array([250.0, 500.0, 500.0]))
    rows = g.cells["row"].to_numpy()[idx]
    cols = g.cells["col"].to_numpy()[idx]
    cells = g.cells.geometry.values[idx]
    assert_allclose([c.bounds[0] for c in cells], [300.0, 200.0, 300.0])
    assert_allclose([c.bounds[1] for c in cells], [200.0, 500.0, 500.0])
    assert len(set(zip(rows, cols))) == 3


def test_counts_and_points_outside():
    g = make_grid(AREA, shape="square", cell_size=500.0)
    x = np.array([1100.0, 1100.0, 1200.0, 9000.0])
    y = np.array([2100.0, 2100.0, 2200.0, 9000.0])
    c = count_points(g, x, y, weights=[1.0, 2.0, 3.0, 4.0])
    assert c.n_outside == 1
    assert c.counts.sum() == 6.0
    assert c.counts[c.index[0]] == 6.0
    assert "1 of 4 point(s)" in c.notes.warnings[0]


def test_clipped_grid_does_not_count_points_outside_the_area():
    g = make_grid(AREA, shape="square", cell_size=500.0, clip=True)
    # (1750, 2750) is in the hole; (1100, 2100) in the area, same cell row.
    idx = g.locate(np.array([1750.0, 1100.0]), np.array([2750.0, 2100.0]))
    assert idx[0] == -1 and idx[1] >= 0


def test_grid_from_geodataframe_keeps_crs_and_refuses_degrees():
    gdf = gpd.GeoDataFrame(geometry=[box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)], crs=32630)
    g = make_grid(gdf, cell_size=100.0)
    assert g.cells.crs.to_epsg() == 32630
    with pytest.raises(InputError, match="geographic"):
        make_grid(gdf.set_crs(4326, allow_override=True), cell_size=0.01)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(cell_size=0.0), "positive"),
        (dict(cell_size=100.0, shape="triangle"), "shape must be"),
        (dict(cell_size=100.0, keep="touches"), "keep must be"),
        (dict(cell_size=0.5), "cells"),
        (dict(cell_size=1e5, keep="within"), "no hexagon cell"),
    ],
)
def test_bad_input(kwargs, message):
    with pytest.raises(InputError, match=message):
        make_grid(AREA, **kwargs)


def test_empty_study_area():
    with pytest.raises(InputError, match="empty"):
        make_grid(Polygon(), cell_size=100.0)
