"""Optimized hot spots: choices, incremental autocorrelation, planted clusters found."""

import numpy as np
import pytest
import shapely
from numpy.testing import assert_allclose
from shapely.geometry import box

from urban_safety_monitor.usm_plugin.core.stats.optimized_hotspots import (
    incremental_moran,
    fallback_neighbours,
    optimized_hot_spots,
    pick_peak,
)
from urban_safety_monitor.usm_plugin.core.runtime import InputError

AREA = box(0, 0, 6000, 5000)


@pytest.fixture(scope="module")
def planted():
    rng = np.random.default_rng(5)
    x = np.r_[rng.uniform(0, 6000, 6000), rng.normal(1500, 200, 1500), rng.normal(4500, 250, 1000),
              [20000.0, 20050.0]]                      # two points far outside the area
    y = np.r_[rng.uniform(0, 5000, 6000), rng.normal(3500, 200, 1500), rng.normal(1500, 250, 1000),
              [20000.0, 20000.0]]
    return x, y


@pytest.fixture(scope="module")
def result(planted):
    x, y = planted
    return optimized_hot_spots(x, y, AREA, cell_shape="hexagon")


def _cell_at(cells, px, py):
    return cells[shapely.intersects_xy(cells.geometry.values, px, py)].iloc[0]


def test_planted_clusters_are_hot_and_background_is_not(result):
    cells = result.cells
    for px, py in [(1500, 3500), (4500, 1500)]:
        cell = _cell_at(cells, px, py)
        assert cell["gi_bin"] == 3 and cell["label"] == "Hot spot 99%"
    # Hot cells lie near the planted centres; none far from both.
    hot = cells[cells["gi_bin"] > 0]
    c = hot.geometry.centroid
    d = np.minimum(np.hypot(c.x - 1500, c.y - 3500), np.hypot(c.x - 4500, c.y - 1500))
    assert d.max() < 1500
    assert len(hot) > 10


def test_choices_report_every_step(result):
    steps = [c["step"] for c in result.choices]
    for s in ("incidents read", "locational outliers", "incidents outside the study area",
              "cell size (m)", "grid", "distance band (m)", "inference", "multiple testing"):
        assert s in steps
    table = result.choices_table()
    assert list(table.columns) == ["step", "value", "reason"]
    assert result.n_outside == 2
    assert result.n_incidents == 8500
    assert result.cells["count"].sum() == 8500
    assert any("outside the study area" in w for w in result.notes.warnings)


def test_automatic_cell_size_rule(result):
    # 8500 points on 30 km2: 2 x mean NN distance is ~ 30 m, so the cap of 5000 cells rules.
    assert_allclose(result.cell_size, np.sqrt(AREA.area / 5000), rtol=1e-6)
    assert "at most 5000 cells" in result.choices[3]["reason"]


def test_distance_band_is_the_first_peak_of_the_isa_table(result):
    z = result.isa["z"].to_numpy()
    k, _ = pick_peak(z)
    assert k is not None
    assert_allclose(result.distance_band, result.isa["band_m"].iloc[k])
    assert z[k] > z[k - 1] and z[k] > z[k + 1]


def test_incremental_moran_matches_esda():
    """Independent reference: esda.Moran with libpysal DistanceBand (row-standardised)."""
    esda = pytest.importorskip("esda")
    libpysal = pytest.importorskip("libpysal")
    rng = np.random.default_rng(2)
    xy = rng.uniform(0, 1000, (120, 2))
    v = xy[:, 0] / 100 + rng.normal(size=120)
    table = incremental_moran(v, xy, [150.0, 250.0])
    for band, row in zip([150.0, 250.0], table.itertuples()):
        w = libpysal.weights.DistanceBand(xy, threshold=band, binary=True, silence_warnings=True)
        w.transform = "r"
        ref = esda.Moran(v, w, permutations=0)
        assert_allclose(row.moran_i, ref.I, rtol=1e-10)
        assert_allclose(row.z, ref.z_norm, rtol=1e-10)


def test_pick_peak_rules():
    assert pick_peak([1, 3, 5, 4, 6])[0] == 2
    assert pick_peak([1, 2, 3, 4, 5]) == (None, "no peak of the Moran's I z-score (it rises over every band)")
    assert pick_peak([3, 2.5, 2, 1, 0])[0] is None         # falling from the first band: no peak
    assert pick_peak([0.5, 1.0, 0.2])[0] is None           # nothing significant
    assert pick_peak([1, 1.5, 1, 3, 2])[0] == 3            # first peak must be significant
    assert [fallback_neighbours(n) for n in (20, 100, 400, 5000)] == [3, 5, 20, 30]


def test_given_size_band_square_cells_and_permutations_are_reproducible(planted):
    x, y = planted
    a = optimized_hot_spots(x, y, AREA, cell_shape="square", cell_size=250, distance_band=600,
                            permutations=999, seed=7)
    b = optimized_hot_spots(x, y, AREA, cell_shape="square", cell_size=250, distance_band=600,
                            permutations=999, seed=7)
    assert a.isa is None and a.cell_size == 250 and a.distance_band == 600
    assert_allclose(a.cells.geometry.area, 250 ** 2)
    assert np.array_equal(a.cells["gi_p"].to_numpy(), b.cells["gi_p"].to_numpy())
    assert _cell_at(a.cells, 1500, 3500)["gi_bin"] > 0
    assert any("999 conditional permutations, seed 7" in c["reason"] for c in a.choices)


def test_default_study_area_is_the_convex_hull(planted):
    x, y = planted
    r = optimized_hot_spots(x[:-2], y[:-2], None, cell_size=300)
    assert r.choices[2]["value"] == "convex hull of the incidents"
    # The hull leaves out locational outliers only; they are counted as outside.
    assert 0 < r.n_outside <= r.n_outliers
    assert r.n_incidents + r.n_outside == x.size - 2


def test_fallback_band_when_nothing_clusters():
    # A perfectly regular lattice of incidents, one per cell, plus a single extra
    # point: no band shows significant clustering.
    g = np.arange(50.0, 3000, 100)
    x, y = [a.ravel() for a in np.meshgrid(g, g)]
    x = np.r_[x, 1050.0]
    y = np.r_[y, 1050.0]
    r = optimized_hot_spots(x, y, box(0, 0, 3000, 3000), cell_shape="square", cell_size=100)
    band = [c for c in r.choices if c["step"] == "distance band (m)"][0]
    assert "no band shows significant clustering" in band["reason"]
    assert "30th nearest cell" in band["reason"]
    # Reference by brute force: full distance matrix of the 900 cell centres, 30th nearest
    # (column 30 after the zero self-distance). Interior cells: 316 m; edge cells farther.
    c = np.column_stack([r.cells.geometry.centroid.x, r.cells.geometry.centroid.y])
    d = np.sort(np.hypot(c[:, None, 0] - c[None, :, 0], c[:, None, 1] - c[None, :, 1]), axis=1)
    assert_allclose(r.distance_band, d[:, 30].mean(), rtol=1e-6)
    assert 316 < r.distance_band < 450
    assert any("found no peak" in w for w in r.notes.warnings)


def test_bad_input():
    with pytest.raises(InputError, match="at least 30"):
        optimized_hot_spots(np.arange(10.0), np.arange(10.0), AREA)
    with pytest.raises(InputError, match="NaN"):
        optimized_hot_spots(np.r_[np.arange(40.0), np.nan], np.arange(41.0), AREA)
    with pytest.raises(InputError, match="no variation"):
        g = np.arange(50.0, 1000, 100)
        x, y = [a.ravel() for a in np.meshgrid(g, g)]
        optimized_hot_spots(x, y, box(0, 0, 1000, 1000), cell_shape="square", cell_size=100)
    with pytest.raises(InputError, match="only 0 incidents"):
        optimized_hot_spots(np.arange(40.0) + 1e5, np.arange(40.0), AREA)
