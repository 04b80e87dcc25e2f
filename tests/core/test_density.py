"""Kernel density surfaces: mass, kernel shape, agreement with a direct evaluation."""

import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

from urban_safety_monitor.usm_plugin.core.stats.density import (
    _convolve,
    automatic_radius,
    kernel_density,
    kernel_matrix,
)
from urban_safety_monitor.usm_plugin.core.runtime import Cancelled, InputError


@pytest.fixture
def clustered():
    rng = np.random.default_rng(42)
    x = np.concatenate([rng.normal(2000, 300, 3000), rng.uniform(0, 5000, 2000)])
    y = np.concatenate([rng.normal(3000, 200, 3000), rng.uniform(0, 4000, 2000)])
    return x, y


@pytest.mark.parametrize("kernel", ["quartic", "gaussian"])
def test_surface_integrates_to_number_of_points(clustered, kernel):
    x, y = clustered
    s = kernel_density(x, y, cell_size=50, radius=400, kernel=kernel)
    assert s.units == "incidents per km2"
    assert_allclose(s.integral(), x.size, rtol=1e-9)
    assert s.array.min() >= 0
    assert s.notes.warnings == []


def test_weighted_surface_integrates_to_total_weight(clustered):
    x, y = clustered
    w = np.linspace(0.5, 3.0, x.size)
    s = kernel_density(x, y, weights=w, cell_size=50, radius=400)
    assert_allclose(s.integral(), w.sum(), rtol=1e-9)
    assert s.units == "weight units per km2"


def test_quartic_kernel_shape_and_normalisation():
    r, c = 500.0, 50.0
    k = kernel_matrix(r, c, "quartic")
    h = k.shape[0] // 2
    assert k.shape == (21, 21)
    assert_allclose(k.sum(), 1.0)
    # Ratio of values at two offsets follows (1 - (d/r)^2)^2.
    d = 3 * c
    assert_allclose(k[h, h + 3] / k[h, h], (1 - (d / r) ** 2) ** 2)
    assert k[h, 0] == 0.0  # d == r lies outside the open support
    # The discrete normalisation approaches the continuous 3 / (pi r^2).
    assert_allclose(k[h, h] / (c * c), 3 / (math.pi * r * r), rtol=0.01)


def test_gaussian_kernel_uses_sigma_a_third_of_radius():
    r, c = 300.0, 10.0
    k = kernel_matrix(r, c, "gaussian")
    h = k.shape[0] // 2
    sigma = r / 3
    d = 100.0
    assert_allclose(k[h, h + 10] / k[h, h], math.exp(-d * d / (2 * sigma * sigma)))
    # Truncated at r and renormalised: 1 - exp(-4.5) of the 2-D mass is inside.
    assert_allclose(k[h, h] / (c * c), 1 / (2 * math.pi * sigma ** 2) / (1 - math.exp(-4.5)), rtol=0.01)


def test_single_point_on_a_cell_centre_gives_the_kernel():
    c, r = 100.0, 450.0
    s = kernel_density([1050.0], [2050.0], cell_size=c, radius=r, extent=(0, 0, 3000, 4000))
    k = kernel_matrix(r, c) * 1e6 / (c * c)
    h = k.shape[0] // 2
    row, col = 19, 10  # row 0 is the northernmost: y = 4000 - 100 * (19 + 0.5) = 2050
    assert_allclose(s.array[row - h:row + h + 1, col - h:col + h + 1], k, atol=1e-9)
    assert_allclose(s.array.sum(), k.sum(), rtol=1e-12)
    assert s.transform == (100.0, 0.0, 0.0, 0.0, -100.0, 4000.0)
    assert s.extent == (0.0, 0.0, 3000.0, 4000.0)


def test_binned_surface_matches_direct_kernel_sum(clustered):
    """Independent reference: the kernel evaluated at every cell centre for every point."""
    x, y = clustered
    x, y = x[:1500], y[:1500]
    c, r = 100.0, 600.0
    s = kernel_density(x, y, cell_size=c, radius=r)
    x0, _, _, y1 = s.extent
    rows, cols = s.shape
    cx = x0 + (np.arange(cols) + 0.5) * c
    cy = y1 - (np.arange(rows) + 0.5) * c
    gx, gy = np.meshgrid(cx, cy)
    direct = np.zeros_like(gx)
    for px, py in zip(x, y):
        u2 = ((gx - px) ** 2 + (gy - py) ** 2) / r ** 2
        direct += np.where(u2 < 1, (1 - u2) ** 2, 0.0)
    direct *= 3 / (math.pi * r * r) * 1e6
    corr = np.corrcoef(direct.ravel(), s.array.ravel())[0, 1]
    assert corr > 0.9995
    peak = direct.max()
    assert np.abs(s.array - direct).max() < 0.03 * peak


def test_fft_convolution_equals_scipy_fftconvolve():
    from scipy.signal import fftconvolve

    rng = np.random.default_rng(1)
    b = rng.random((57, 83))
    k = kernel_matrix(370.0, 50.0)
    assert_allclose(_convolve(b, k), fftconvolve(b, k, mode="same"), atol=1e-12)


def test_automatic_radius_hand_case():
    x = np.array([100.0, -100.0, 0.0, 0.0])
    y = np.array([0.0, 0.0, 100.0, -100.0])
    radius, rule = automatic_radius(x, y)
    # SD = 100, Dm = 100, sqrt(1/ln 2) * 100 = 120.1 > SD, n = 4.
    assert_allclose(radius, 0.9 * 100 * 4 ** -0.2)
    assert "SD=100.0" in rule
    s = kernel_density(x, y, cell_size=10)
    assert_allclose(s.radius, radius)
    assert s.radius_rule.startswith("automatic")
    # With weights n is the total weight; equal weights leave SD and Dm unchanged.
    weighted, _ = automatic_radius(x, y, weights=np.full(4, 2.5))
    assert_allclose(weighted, 0.9 * 100 * 10 ** -0.2)


def test_automatic_radius_uses_the_median_term_with_an_outlier():
    x = np.array([0.0, 10, 20, 30, 40, 100000])
    y = np.zeros(6)
    radius, _ = automatic_radius(x, y)
    mx = x.mean()
    d = np.abs(x - mx)
    dm = np.sort(d)[2]  # weighted median: first distance reaching half the weight
    assert_allclose(radius, 0.9 * math.sqrt(1 / math.log(2)) * dm * 6 ** -0.2)


def test_default_cell_size_rule():
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 5000, 500)
    y = rng.uniform(0, 2500, 500)
    s = kernel_density(x, y, radius=300)
    assert_allclose(s.cell_size, min(np.ptp(x), np.ptp(y)) / 250)


def test_points_outside_extent_and_missing_weights_are_counted():
    x = np.array([50.0, 150.0, 5000.0, 60.0])
    y = np.array([50.0, 150.0, 5000.0, 60.0])
    w = np.array([1.0, 2.0, 1.0, np.nan])
    s = kernel_density(x, y, weights=w, cell_size=10, radius=30, extent=(0, 0, 200, 200))
    text = " ".join(s.notes.warnings)
    assert "1 point(s) with a missing weight" in text
    assert "1 point(s) outside the output extent" in text
    assert s.n_points == 2
    assert_allclose(s.integral(), 3.0)


def test_mass_lost_at_a_tight_extent_is_reported():
    s = kernel_density([5.0], [5.0], cell_size=10, radius=100, extent=(0, 0, 200, 200))
    assert any("fell outside the output extent" in w for w in s.notes.warnings)
    assert s.integral() < 0.5


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(x=[], y=[]), "no points"),
        (dict(x=[1.0, np.nan], y=[1.0, 2.0]), "NaN or infinite coordinates"),
        (dict(x=[1.0, 2.0], y=[1.0, 2.0], weights=[1.0, -1.0]), "non-negative"),
        (dict(x=[1.0, 2.0], y=[1.0, 2.0], crs_is_geographic=True), "projected CRS"),
        (dict(x=[1.0, 2.0], y=[1.0, 2.0], kernel="box"), "kernel must be one of"),
        (dict(x=[0.0, 1e6], y=[0.0, 1e6], cell_size=1.0, radius=10), "cells"),
        (dict(x=[5.0, 5.0], y=[5.0, 5.0]), "same location"),
        (dict(x=[1.0, 2.0], y=[1.0, 2.0], radius=-5), "radius must be a positive"),
    ],
)
def test_bad_input_is_refused(kwargs, message):
    kwargs.setdefault("cell_size", 10.0)
    x = kwargs.pop("x")
    y = kwargs.pop("y")
    with pytest.raises(InputError, match=message):
        kernel_density(x, y, **kwargs)


def test_cancellation():
    with pytest.raises(Cancelled):
        kernel_density([1.0, 2.0], [1.0, 2.0], cell_size=1, radius=5, should_stop=lambda: True)


def test_surface_describes_itself_for_a_raster_file(clustered):
    x, y = clustered
    s = kernel_density(x, y, cell_size=100, radius=500)
    tags = s.tags()
    assert tags["units"] == "incidents per km2" and tags["kernel"] == "quartic"
    assert float(tags["radius_m"]) == pytest.approx(500) and int(tags["n_points"]) == len(x)
    positive = s.array[s.array > 0]
    assert s.display_maximum() == pytest.approx(np.percentile(positive, 99))
    assert 0 < s.display_maximum() <= s.array.max()


def test_points_xy_drops_nulls_and_counts_a_multipoint_once_at_its_first_point():
    import shapely
    from shapely.geometry import MultiPoint, Point

    from urban_safety_monitor.usm_plugin.core.stats.density import points_xy

    geoms = [Point(1, 2), None, MultiPoint([(3, 4), (5, 6)]), shapely.Point(), Point(7, 8)]
    x, y, row, notes = points_xy(geoms)
    # the aggregation's rule: one incident, at the first point
    assert_allclose(x, [1, 3, 7])
    assert_allclose(y, [2, 4, 8])
    assert list(row) == [0, 2, 4]
    assert "2 feature(s) with a null or empty geometry" in notes.warnings[0]
    assert "1 MultiPoint feature(s) (2 points in all) each counted once" in notes.warnings[1]
    with pytest.raises(InputError, match="point geometries"):
        points_xy([shapely.box(0, 0, 1, 1)])


def test_fast_and_clipped_binning_agree_inside_the_grid():
    from urban_safety_monitor.usm_plugin.core.stats.density import _linear_binning, _linear_binning_clipped

    rng = np.random.default_rng(4)
    fx = rng.uniform(0, 38.99, 5000)
    fy = rng.uniform(0, 28.99, 5000)
    w = rng.uniform(0, 2, 5000)
    fast = _linear_binning(fx, fy, w, 30, 40)
    assert_allclose(fast, _linear_binning_clipped(fx, fy, w, 30, 40), atol=1e-12)
    assert_allclose(fast.sum(), w.sum())
    # A point in the outer half cell goes through the clipped version and keeps its mass.
    edge = _linear_binning(np.array([-0.3, 5.0]), np.array([2.0, 29.4]), None, 30, 40)
    assert_allclose(edge.sum(), 2.0)
    assert_allclose(edge[2, 0], 1.0)
