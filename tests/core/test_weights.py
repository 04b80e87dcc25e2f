"""SpatialWeights against libpysal (the reference implementation) and hand-made cases."""

import warnings

import geopandas as gpd
import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, Polygon, box

from urban_safety_monitor.usm_plugin.core.runtime import InputError
from urban_safety_monitor.usm_plugin.core.stats.weights import SpatialWeights

libpysal = pytest.importorskip("libpysal")


def _example(name):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return gpd.read_file(libpysal.examples.get_path(name))


@pytest.fixture(scope="module")
def columbus():
    return _example("columbus.shp")


def _dense(m):
    return np.asarray(m.todense())


def _grid(nx=3, ny=3, size=10.0):
    return [box(i * size, j * size, (i + 1) * size, (j + 1) * size)
            for j in range(ny) for i in range(nx)]


# ------------------------------------------------------------ contiguity
@pytest.mark.parametrize("name", ["columbus.shp", "sids2.shp", "stl_hom.shp"])
@pytest.mark.parametrize("rule", ["queen", "rook"])
def test_contiguity_equals_libpysal(name, rule):
    df = _example(name)
    cls = libpysal.weights.Queen if rule == "queen" else libpysal.weights.Rook
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = cls.from_dataframe(df, use_index=False)
    ours = SpatialWeights.from_polygons(df.geometry, rule=rule)
    np.testing.assert_array_equal(_dense(ours.matrix), _dense(ref.sparse))
    assert ours.kind == rule and ours.transform == "binary"
    assert ours.is_symmetric


def test_grid_queen_and_rook_by_hand():
    cells = _grid()
    q = SpatialWeights.from_polygons(cells, rule="queen")
    r = SpatialWeights.from_polygons(cells, rule="rook")
    # 3 x 3 grid, cell 4 in the middle: 8 queen / 4 rook neighbours; corners 3 / 2
    assert q.cardinalities.tolist() == [3, 5, 3, 5, 8, 5, 3, 5, 3]
    assert r.cardinalities.tolist() == [2, 3, 2, 3, 4, 3, 2, 3, 2]
    assert set(np.flatnonzero(_dense(r.matrix)[4])) == {1, 3, 5, 7}
    assert len(q.islands) == 0 and q.components()[0] == 1


def test_rook_needs_an_edge_not_a_vertex():
    a = box(0, 0, 1, 1)
    b = box(1, 1, 2, 2)          # touches a at the single vertex (1, 1)
    q = SpatialWeights.from_polygons([a, b], rule="queen")
    r = SpatialWeights.from_polygons([a, b], rule="rook")
    assert q.matrix[0, 1] == 1
    assert r.matrix.nnz == 0 and r.islands.tolist() == [0, 1]


def test_multipolygon_and_hole_vertices_count():
    outer = Polygon([(0, 0), (10, 0), (10, 10), (0, 10)], [[(4, 4), (6, 4), (6, 6), (4, 6)]])
    inner = box(4, 4, 6, 6)                          # fills the hole
    far = MultiPolygon([box(20, 0, 21, 1), box(10, 5, 11, 6)])  # second part not on a vertex
    far_on_vertex = MultiPolygon([box(30, 0, 31, 1), box(10, 10, 11, 11)])
    w = SpatialWeights.from_polygons([outer, inner, far, far_on_vertex], rule="queen")
    assert w.matrix[0, 1] == 1 and w.matrix[1, 0] == 1
    assert w.matrix[0, 3] == 1                     # shares vertex (10, 10)
    assert w.cardinalities[2] == 0                 # T-junction only: no shared vertex
    rook = SpatialWeights.from_polygons([outer, inner], rule="rook")
    assert rook.matrix[0, 1] == 1                  # the hole's edges are shared


def test_null_geometry_is_an_island_with_a_note():
    cells = _grid(2, 1)
    w = SpatialWeights.from_polygons(gpd.GeoSeries(cells + [None]), rule="queen")
    assert w.islands.tolist() == [2]
    assert any("null or empty" in m for m in w.notes.warnings)


def test_points_refused_for_contiguity():
    with pytest.raises(InputError, match="need polygons"):
        SpatialWeights.from_polygons([shapely.Point(0, 0), shapely.Point(1, 1)])


def test_ids_from_geodataframe_index():
    gdf = gpd.GeoDataFrame({"v": [1, 2]}, geometry=_grid(2, 1), index=["a", "b"])
    w = SpatialWeights.from_polygons(gdf)
    assert w.ids.tolist() == ["a", "b"]


# -------------------------------------------------------- distance based
def test_knn_equals_libpysal(columbus):
    xy = columbus[["X", "Y"]].to_numpy()
    for k in (1, 4, 8):
        ref = libpysal.weights.KNN.from_array(xy, k=k)
        ours = SpatialWeights.knn(xy, k)
        np.testing.assert_array_equal(_dense(ours.matrix), _dense(ref.sparse))
        assert (ours.cardinalities == k).all()


def test_distance_band_equals_libpysal(columbus):
    xy = columbus[["X", "Y"]].to_numpy()
    default = libpysal.weights.min_threshold_distance(xy)
    ours = SpatialWeights.distance_band(xy)
    assert ours.threshold == pytest.approx(default, rel=1e-12)
    assert len(ours.islands) == 0
    assert any("largest nearest-neighbour" in m for m in ours.notes.info)
    for thr in (default, 2 * default):
        ref = libpysal.weights.DistanceBand.from_array(xy, threshold=thr, silence_warnings=True)
        b = SpatialWeights.distance_band(xy, thr)
        np.testing.assert_array_equal(_dense(b.matrix), _dense(ref.sparse))
        ref_inv = libpysal.weights.DistanceBand.from_array(
            xy, threshold=thr, binary=False, alpha=-1.5, silence_warnings=True)
        inv = SpatialWeights.distance_band(xy, thr, binary=False, alpha=-1.5)
        np.testing.assert_allclose(_dense(inv.matrix), _dense(ref_inv.sparse), rtol=1e-12)
        assert inv.kind == "inverse_distance" and inv.transform == "custom"


def test_distance_band_by_hand():
    xy = np.array([[0.0, 0.0], [3.0, 4.0], [100.0, 0.0]])
    w = SpatialWeights.distance_band(xy, 5.0)       # 5 m is inclusive
    assert _dense(w.matrix).tolist() == [[0, 1, 0], [1, 0, 0], [0, 0, 0]]
    assert w.islands.tolist() == [2]
    inv = SpatialWeights.distance_band(xy, 5.0, binary=False, alpha=-2)
    assert inv.matrix[0, 1] == pytest.approx(1 / 25)


def test_inverse_distance_refuses_coincident_points():
    xy = np.array([[0.0, 0.0], [0.0, 0.0], [1.0, 0.0]])
    with pytest.raises(InputError, match="same location"):
        SpatialWeights.distance_band(xy, 2.0, binary=False)
    # a binary band keeps them as neighbours (distance 0 is within the band)
    assert SpatialWeights.distance_band(xy, 2.0).matrix[0, 1] == 1


def test_geographic_crs_refused_for_distances():
    pts = gpd.GeoSeries([shapely.Point(-3.7, 40.4), shapely.Point(-3.6, 40.5),
                         shapely.Point(-3.5, 40.4)], crs="EPSG:4326")
    with pytest.raises(InputError, match="geographic"):
        SpatialWeights.knn(pts, 1)
    with pytest.raises(InputError, match="geographic"):
        SpatialWeights.distance_band(pts)
    ok = SpatialWeights.knn(pts.to_crs(32630), 1)
    assert ok.n == 3


def test_polygons_use_centroids_for_distances():
    gdf = gpd.GeoDataFrame(geometry=_grid(3, 1), crs="EPSG:32630")
    w = SpatialWeights.knn(gdf, 1)
    assert any("centroid" in m for m in w.notes.info)
    assert w.matrix[1].nnz == 1


def test_nan_coordinates_refused():
    with pytest.raises(InputError, match="NaN"):
        SpatialWeights.knn(np.array([[0, 0], [np.nan, 1], [2, 2]]), 1)


# ------------------------------------------------------------- diagnostics
def test_islands_components_and_connection():
    cells = _grid(2, 2) + [box(100, 100, 110, 110), box(200, 0, 210, 10), box(210, 0, 220, 10)]
    w = SpatialWeights.from_polygons(cells)
    assert w.islands.tolist() == [4]
    assert w.single_neighbour.tolist() == [5, 6]
    n_comp, labels = w.components()
    assert n_comp == 3
    assert len(set(labels[:4])) == 1 and labels[5] == labels[6]
    rep = w.neighbour_report()
    assert rep.columns.tolist() == ["id", "n_neighbours", "island", "single_neighbour",
                                    "component", "component_size"]
    assert rep["island"].tolist() == [False] * 4 + [True, False, False]
    assert rep["component"].iloc[0] == 0 and rep["component_size"].iloc[0] == 4
    summary = w.summary()
    assert any("islands" in m for m in summary.warnings)
    assert any("disconnected" in m for m in summary.warnings)

    xy = shapely.get_coordinates(shapely.centroid(np.asarray(cells)))
    c = w.with_islands_connected(xy, k=2)
    assert len(c.islands) == 0
    assert c.cardinalities[4] == 2
    assert c.is_symmetric
    nb = set(np.flatnonzero(_dense(c.matrix)[4]))
    assert nb == {3, 1} or nb == {3, 2}       # nearest cells of the 2 x 2 block
    assert any("linked" in m for m in c.notes.warnings)
    # row-standardised weights stay row-standardised
    r = w.row_standardised().with_islands_connected(xy)
    sums = np.asarray(r.matrix.sum(axis=1)).ravel()
    np.testing.assert_allclose(sums, 1.0)


def test_transforms():
    w = SpatialWeights.from_polygons(_grid() + [box(100, 100, 101, 101)])
    r = w.row_standardised()
    sums = np.asarray(r.matrix.sum(axis=1)).ravel()
    np.testing.assert_allclose(sums[:9], 1.0)
    assert sums[9] == 0 and r.transform == "row"
    b = r.binary()
    np.testing.assert_array_equal(_dense(b.matrix), _dense(w.matrix))


@pytest.mark.parametrize("matrix, message", [
    (np.array([[1.0, 1], [1, 0]]), "zero diagonal"),
    (np.array([[0.0, -1], [1, 0]]), ">= 0"),
    (np.array([[0.0, np.nan], [1, 0]]), "NaN"),
    (np.zeros((2, 3)), "square"),
])
def test_bad_matrices(matrix, message):
    with pytest.raises(InputError, match=message):
        SpatialWeights(matrix)


def test_duplicate_ids_refused():
    with pytest.raises(InputError, match="unique"):
        SpatialWeights(np.zeros((2, 2)), ids=["a", "a"])


def test_knn_k_out_of_range():
    with pytest.raises(InputError, match="k must be"):
        SpatialWeights.knn(np.array([[0.0, 0], [1, 1]]), 2)


# ----------------------------------------------------------- build_weights
def test_build_weights_by_method_name():
    from urban_safety_monitor.usm_plugin.core.stats.weights import WEIGHT_METHODS, build_weights

    cells = gpd.GeoSeries(_grid() + [box(100, 100, 110, 110)], crs="EPSG:32630")
    built = {m: build_weights(cells, m, k=2, threshold=12.0) for m in WEIGHT_METHODS}
    assert built["queen"].cardinalities[4] == 8 and built["rook"].cardinalities[4] == 4
    assert (built["knn"].cardinalities == 2).all()
    # centroids 10 m apart (14.1 m diagonally): a 12 m band reaches rook-like neighbours only
    assert built["distance_band"].cardinalities[4] == 4
    assert built["inverse_distance"].matrix[4, 5] == pytest.approx(1 / 10)
    assert built["queen"].islands.tolist() == [9]
    connected = build_weights(cells, "queen", islands="connect", connect_k=2)
    assert len(connected.islands) == 0 and connected.cardinalities[9] == 2
    assert connected.is_symmetric
    with pytest.raises(InputError, match="weights method"):
        build_weights(cells, "delaunay")
    with pytest.raises(InputError, match="islands"):
        build_weights(cells, "queen", islands="drop")
