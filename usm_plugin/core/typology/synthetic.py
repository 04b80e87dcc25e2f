"""Synthetic cities with planted neighbourhood types, for tests, benchmarks and teaching.

A grid of square neighbourhoods is divided into ``k`` contiguous type areas (the
Voronoi cells of ``k`` random centres on the grid); every neighbourhood's indicators
are its type's profile plus Gaussian noise.  Neighbourhoods whose two nearest type
centres are almost equally far are *border cases*: their indicators are the average
of the two types' profiles plus a quarter of the noise, so no method can place them
with confidence.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["PlantedCity", "planted_city"]


@dataclass
class PlantedCity:
    """``frame``: GeoDataFrame (``nbhd_id``, ``population``, ``x0..x{p-1}``, geometry; metres);
    ``truth``: planted type (0..k-1) per row; ``border``: True for border cases;
    ``profiles``: (k, p) planted type means."""

    frame: object
    truth: np.ndarray
    border: np.ndarray
    profiles: np.ndarray


def planted_city(nx: int = 20, ny: int = 20, k: int = 4, p: int = 6, *, noise: float = 1.0,
                 separation: float = 3.0, border_share: float = 0.05, cell: float = 500.0,
                 seed: int = 0, geometry: bool = True) -> PlantedCity:
    """A grid city with ``k`` planted contiguous types on ``p`` indicators.

    Parameters
    ----------
    nx, ny : int
        Grid size (``nx * ny`` neighbourhoods of ``cell`` metres, EPSG:32630).
    noise : float
        Standard deviation of the noise added to every indicator.
    separation : float
        Standard deviation of the planted type means (larger = easier to recover); the
        means are redrawn until every two are at least ``0.8 * separation * sqrt(p)`` apart.
    border_share : float
        Share of neighbourhoods made border cases (those nearest to two centres).
    geometry : bool
        Build the square polygons (False gives a plain DataFrame, faster for big grids).
    """
    import pandas as pd

    rng = np.random.default_rng(seed)
    n = nx * ny
    jj, ii = np.meshgrid(np.arange(nx), np.arange(ny))
    xy = np.column_stack([jj.ravel(), ii.ravel()]).astype(float)
    centres = xy[rng.choice(n, size=k, replace=False)] + rng.uniform(-0.4, 0.4, (k, 2))
    d = np.sqrt(((xy[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2))
    order = np.argsort(d, axis=1)
    truth = order[:, 0]
    gap = d[np.arange(n), order[:, 1]] - d[np.arange(n), order[:, 0]]
    n_border = int(round(border_share * n))
    border = np.zeros(n, dtype=bool)
    if n_border:
        border[np.argsort(gap, kind="stable")[:n_border]] = True
    # Redraw until every two planted profiles are at least ``0.8 * separation * sqrt(p)``
    # apart, so that "k planted types" is an unambiguous structure.
    for _ in range(1000):
        profiles = rng.normal(0.0, separation, (k, p))
        gaps = np.sqrt(((profiles[:, None] - profiles[None]) ** 2).sum(axis=2))
        if gaps[np.triu_indices(k, 1)].min() >= 0.8 * separation * np.sqrt(p):
            break
    values = profiles[truth].copy()
    values[border] = 0.5 * (profiles[order[border, 0]] + profiles[order[border, 1]])
    scale = np.where(border, 0.25 * noise, noise)[:, None]
    values += rng.normal(0.0, 1.0, (n, p)) * scale
    data = {"nbhd_id": [f"N{i:05d}" for i in range(n)],
            "population": rng.integers(500, 5000, n).astype(float)}
    data.update({f"x{j}": values[:, j] for j in range(p)})
    frame = pd.DataFrame(data)
    if geometry:
        import geopandas as gpd
        import shapely

        x0, y0 = xy[:, 0] * cell, xy[:, 1] * cell
        frame = gpd.GeoDataFrame(frame, geometry=shapely.box(x0, y0, x0 + cell, y0 + cell),
                                 crs="EPSG:32630")
    return PlantedCity(frame, truth, border, profiles)
