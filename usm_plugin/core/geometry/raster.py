"""Rasters as the core sees them: a 2-D array of values on a north-up grid.

The core never opens or writes raster files inside QGIS: the bridge reads a
raster layer into a :class:`RasterGrid` (through QGIS's raster provider) and
writes the core's arrays back.  :func:`read_raster_file` exists for batch scripts
without QGIS, and needs rasterio.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np

from ..runtime import InputError


@dataclass
class RasterGrid:
    """One raster band.

    Attributes
    ----------
    values : ndarray (rows, cols) of float
        Cell values; NaN where the raster has no data.
    transform : tuple of 6 floats
        Affine coefficients ``(a, b, c, d, e, f)`` in GDAL/rasterio's order:
        ``x = c + col * a + row * b`` and ``y = f + col * d + row * e`` for the
        upper-left corner of cell (row, col).
    crs : str or None
        The raster's CRS as WKT (anything pyproj reads).
    name : str
        Where it came from, for messages.
    """

    values: np.ndarray
    transform: Tuple[float, float, float, float, float, float]
    crs: Optional[str]
    name: str = "the raster"

    @property
    def shape(self) -> Tuple[int, int]:
        return self.values.shape

    @property
    def bounds(self) -> Tuple[float, float, float, float]:
        """(minx, miny, maxx, maxy) of a north-up grid."""
        a, _, c, _, e, f = self.transform
        rows, cols = self.values.shape
        xs = (c, c + cols * a)
        ys = (f, f + rows * e)
        return min(xs), min(ys), max(xs), max(ys)

    def require_north_up(self) -> None:
        if self.transform[1] != 0 or self.transform[3] != 0:
            raise InputError(f"{self.name} is rotated or sheared; warp it to a north-up grid "
                             "first (Raster > Projections > Warp)")

    def cell_centres(self, rows: np.ndarray, cols: np.ndarray):
        """x, y of the centres of the given cells."""
        a, b, c, d, e, f = self.transform
        x = c + (cols + 0.5) * a + (rows + 0.5) * b
        y = f + (cols + 0.5) * d + (rows + 0.5) * e
        return x, y


def read_raster_file(path, band: int = 1) -> RasterGrid:
    """A raster file's band as a :class:`RasterGrid` (for scripts outside QGIS; needs rasterio).

    Nodata cells, and NaN, become NaN.
    """
    try:
        import rasterio
    except ImportError as exc:  # optional: only batch scripts reading files need it
        raise InputError("reading a raster file needs the Python package rasterio "
                         "(pip install rasterio)") from exc
    try:
        with rasterio.open(path) as src:
            data = src.read(band, masked=True).astype(float)
            transform = tuple(src.transform)[:6]
            crs = src.crs.to_wkt() if src.crs is not None else None
    except Exception as exc:  # rasterio raises several types for unreadable files
        raise InputError(f"cannot read the raster {path!s}: {exc}") from exc
    return RasterGrid(np.ma.filled(data, np.nan), transform, crs, f"the raster {path!s}")


def as_raster_grid(raster) -> RasterGrid:
    """A :class:`RasterGrid` as it is, or a file path read with :func:`read_raster_file`."""
    if isinstance(raster, RasterGrid):
        return raster
    return read_raster_file(raster)
