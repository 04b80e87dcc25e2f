"""Kernel density of points given in chunks (two passes, bounded memory) equals the
density of all the points at once: the binned counts are additive."""

import numpy as np
import pytest

from usm_plugin.core.runtime import InputError
from usm_plugin.core.stats import density
from usm_plugin.core.stats.density import (
    automatic_radius,
    automatic_radius_chunks,
    kernel_density,
    kernel_density_chunks,
)


def _points(n=3000, seed=4):
    rng = np.random.default_rng(seed)
    x = np.concatenate([rng.normal(1000, 300, n // 2), rng.uniform(0, 5000, n - n // 2)])
    y = np.concatenate([rng.normal(2000, 200, n // 2), rng.uniform(0, 3000, n - n // 2)])
    w = rng.gamma(2.0, 1.5, n)
    w[rng.choice(n, 37, replace=False)] = np.nan
    return x, y, w


def _reader(x, y, w, size):
    def read():
        for start in range(0, len(x), size):
            yield (x[start:start + size], y[start:start + size],
                   None if w is None else w[start:start + size])
    return read


@pytest.mark.parametrize("size", [1, 7, 250, 999, 2999, 3000, 10_000])
@pytest.mark.parametrize("weighted", [False, True])
@pytest.mark.parametrize("kwargs", [dict(radius=400.0), dict(radius=250.0, cell_size=40.0),
                                    dict(radius=300.0, cell_size=50.0, kernel="gaussian",
                                         extent=(500, 500, 3000, 2500))])
def test_chunked_surface_is_the_whole_surface(size, weighted, kwargs):
    x, y, w = _points()
    w = w if weighted else None
    whole = kernel_density(x, y, weights=w, **kwargs)
    chunked = kernel_density_chunks(_reader(x, y, w, size), weighted=weighted, **kwargs)
    np.testing.assert_allclose(chunked.array, whole.array, rtol=1e-12, atol=1e-12 * whole.array.max())
    assert chunked.transform == whole.transform and chunked.shape == whole.shape
    assert chunked.n_points == whole.n_points and chunked.units == whole.units
    assert chunked.total_weight == pytest.approx(whole.total_weight, rel=1e-12)
    assert chunked.radius_rule == whole.radius_rule == "given"
    assert chunked.notes.warnings == whole.notes.warnings
    assert chunked.notes.info == whole.notes.info
    if "extent" in kwargs:
        assert any("outside the output extent" in m for m in whole.notes.warnings)
    if weighted:
        assert any("37 point(s) with a missing weight" in m for m in whole.notes.warnings)


def test_empty_chunks_and_bad_inputs():
    x, y, _ = _points(200)
    pieces = [(x[:0], y[:0], None), (x, y, None), (x[:0], y[:0], None)]
    whole = kernel_density(x, y, radius=300.0)
    chunked = kernel_density_chunks(lambda: iter(pieces), radius=300.0)
    np.testing.assert_allclose(chunked.array, whole.array, rtol=1e-12)
    with pytest.raises(InputError, match="no points were given"):
        kernel_density_chunks(lambda: iter([(x[:0], y[:0], None)]), radius=300.0)
    with pytest.raises(InputError, match="at least 2 points"):
        kernel_density_chunks(lambda: iter([(x[:1], y[:1], None)]), radius=None)
    with pytest.raises(InputError, match="at the same location"):
        kernel_density_chunks(lambda: iter([(np.full(5, 3.0), np.full(5, 4.0), None)] * 3),
                              radius=None)
    with pytest.raises(InputError, match="positive weight"):
        kernel_density_chunks(lambda: iter([(x, y, np.zeros(x.size))]), radius=None,
                              weighted=True)
    with pytest.raises(InputError, match="every point has a missing weight"):
        kernel_density_chunks(lambda: iter([(x, y, np.full(x.size, np.nan))]), radius=300.0,
                              weighted=True)
    with pytest.raises(InputError, match="non-negative"):
        kernel_density_chunks(lambda: iter([(x, y, -np.ones(x.size))]), radius=300.0,
                              weighted=True)
    with pytest.raises(InputError, match="projected CRS"):
        kernel_density_chunks(lambda: iter(pieces), radius=300.0, crs_is_geographic=True)


# ---- automatic radius from chunks: the value of automatic_radius on all the points


def _utm_points(n=4000, seed=11):
    """Clustered points at UTM-like coordinates (large offsets test the sums' stability)."""
    rng = np.random.default_rng(seed)
    x = 440_000 + np.concatenate([rng.normal(0, 900, n // 2), rng.uniform(-3000, 3000, n - n // 2)])
    y = 4_470_000 + np.concatenate([rng.normal(0, 400, n // 2), rng.uniform(-2000, 2000, n - n // 2)])
    return x, y


def _check_radius(x, y, w, size, max_kept=None):
    whole, whole_rule = automatic_radius(x, y, weights=w)
    chunked, rule = automatic_radius_chunks(_reader(x, y, w, size), weighted=w is not None,
                                            max_kept_distances=max_kept)
    assert chunked == pytest.approx(whole, rel=1e-9, abs=0)
    return whole, chunked, rule, whole_rule


@pytest.mark.parametrize("size", [1, 7, 1000, 4000])
@pytest.mark.parametrize("weighted", [False, True])
@pytest.mark.parametrize("max_kept", [None, 50, 0])
def test_chunked_automatic_radius_is_the_whole_radius(size, weighted, max_kept):
    x, y = _utm_points(1500 if size == 1 else 4000)
    w = np.random.default_rng(3).gamma(2.0, 1.5, x.size) if weighted else None
    whole, chunked, rule, whole_rule = _check_radius(x, y, w, size, max_kept)
    assert rule == whole_rule


def test_ties_integer_weights_and_zero_weights_give_the_same_median():
    rng = np.random.default_rng(5)
    # points on a few rings around the origin: many equal distances, the median among ties
    angle = rng.uniform(0, 2 * np.pi, 3001)
    ring = rng.choice([100.0, 200.0, 300.0, 400.0], 3001)
    x, y = ring * np.cos(angle), ring * np.sin(angle)
    x, y = np.round(x, 0), np.round(y, 0)
    for w in (None, rng.integers(0, 4, x.size).astype(float), np.where(ring < 250, 1.0, 0.0)):
        for size in (1, 7, 1000):
            for max_kept in (None, 10):
                _check_radius(x, y, w, size, max_kept)


def test_an_exact_tie_at_half_the_weight_takes_the_lower_median():
    # 4 points at distances 1, 2, 3, 4 from the centre (0, 0): the lower median is 2
    x = np.array([-1.0, 2.0, -3.0, 4.0, -2.0, 0.0])
    y = np.zeros(6)
    for w in (None, np.array([1.0, 1.0, 1.0, 1.0, 1.0, 1.0]), np.array([2.0, 1, 1, 2, 0, 0])):
        for size in (1, 2, 6):
            _check_radius(x, y, w, size, max_kept=0)


def test_a_chunk_with_one_point_points_on_a_line_and_many_identical_distances():
    x, y = _utm_points(999)
    pieces = [(x[:1], y[:1], None), (x[1:500], y[1:500], None), (x[500:], y[500:], None)]
    whole, _ = automatic_radius(x, y)
    chunked, _ = automatic_radius_chunks(lambda: iter(pieces), max_kept_distances=3)
    assert chunked == pytest.approx(whole, rel=1e-9)
    line = np.linspace(0.0, 5000.0, 1001)
    _check_radius(line, 2.0 * line + 7.0, None, 7, max_kept=5)
    _check_radius(line, np.zeros_like(line), None, 1, max_kept=0)
    # half the points at one spot, half spread: the median bin holds only equal distances
    spot = np.r_[np.zeros(600), np.random.default_rng(2).uniform(-1e3, 1e3, 400)]
    _check_radius(spot, np.r_[np.full(600, 300.0), np.zeros(400)], None, 50, max_kept=10)


def test_the_median_is_found_without_keeping_more_than_asked(monkeypatch):
    kept = []
    original = density._median_of_kept

    def spy(values, weights, below, half):
        kept.append(values.size)
        return original(values, weights, below, half)
    monkeypatch.setattr(density, "_median_of_kept", spy)
    monkeypatch.setattr(density, "MEDIAN_BINS", 16)
    x, y = _utm_points(20_000)
    _check_radius(x, y, None, 1000, max_kept=100)
    assert kept and max(kept) <= 100


@pytest.mark.parametrize("size", [1, 7, 1000])
@pytest.mark.parametrize("weighted", [False, True])
def test_chunked_surface_with_an_automatic_radius_is_the_whole_surface(size, weighted):
    x, y, w = _points(1500 if size == 1 else 3000)
    w = w if weighted else None
    whole = kernel_density(x, y, weights=w)
    chunked = kernel_density_chunks(_reader(x, y, w, size), radius=None, weighted=weighted,
                                    max_kept_distances=100)
    assert chunked.radius == pytest.approx(whole.radius, rel=1e-9)
    assert chunked.radius_rule == whole.radius_rule and whole.radius_rule.startswith("automatic")
    assert chunked.transform == whole.transform and chunked.shape == whole.shape
    np.testing.assert_allclose(chunked.array, whole.array, rtol=1e-9,
                               atol=1e-12 * whole.array.max())
    assert chunked.n_points == whole.n_points
    assert chunked.notes.warnings == whole.notes.warnings
    assert chunked.notes.info == whole.notes.info
