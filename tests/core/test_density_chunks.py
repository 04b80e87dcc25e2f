"""Kernel density of points given in chunks (two passes, bounded memory) equals the
density of all the points at once: the binned counts are additive."""

import numpy as np
import pytest

from usm_plugin.core.runtime import InputError
from usm_plugin.core.stats.density import kernel_density, kernel_density_chunks


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
    with pytest.raises(InputError, match="needs a radius"):
        kernel_density_chunks(lambda: iter(pieces), radius=None)
    with pytest.raises(InputError, match="every point has a missing weight"):
        kernel_density_chunks(lambda: iter([(x, y, np.full(x.size, np.nan))]), radius=300.0,
                              weighted=True)
    with pytest.raises(InputError, match="non-negative"):
        kernel_density_chunks(lambda: iter([(x, y, -np.ones(x.size))]), radius=300.0,
                              weighted=True)
    with pytest.raises(InputError, match="projected CRS"):
        kernel_density_chunks(lambda: iter(pieces), radius=300.0, crs_is_geographic=True)
