"""Kernel density surfaces of incident points, in incidents per square kilometre.

The surface is computed by *binning* the points onto the output grid and
convolving the binned counts with the discretised kernel through a
zero-padded FFT (the computation of :func:`scipy.signal.fftconvolve`, done
with numpy's FFT to avoid scipy.signal's import time). Points are spread over the four nearest
cell centres with bilinear ("linear binning") weights rather than dropped into
the single cell that contains them: this keeps the sub-cell position of each
point and makes the binned estimate agree closely with a direct evaluation of
the kernel at every cell centre (Wand 1994), at a cost independent of the
number of points per cell.

The discretised kernel is normalised to sum to one, so the surface multiplied
by the cell area sums to the (weighted) number of points that fell inside the
grid: values are densities, comparable between cities and cell sizes, not the
raw sums of kernel values that QGIS's heatmap writes by default.

Kernels
-------
``quartic``
    ``K(d) = 3 / (pi r^2) * (1 - (d/r)^2)^2`` for ``d < r``, 0 beyond. The
    biweight kernel used in crime mapping (CrimeStat, ArcGIS Kernel Density,
    QGIS Heatmap). QGIS's heatmap with output "Raw" writes
    ``sum_i w_i (1 - (d_i/r)^2)^2``; multiplying that by
    ``3 / (pi r^2) * 1e6`` gives our units (incidents per km2) up to the
    discretisation of the kernel.
``gaussian``
    ``exp(-d^2 / (2 sigma^2))`` with ``sigma = radius / 3``, truncated at
    ``d = radius`` (1.1 % of the mass of an untruncated 2-D Gaussian lies
    beyond 3 sigma) and renormalised. With ``sigma = r/3`` the per-axis
    standard deviation is close to the quartic kernel's ``r / sqrt(8)``, so
    both kernels with the same radius smooth by a similar amount.

References
----------
.. [1] Silverman, B. W. (1986). *Density Estimation for Statistics and Data
   Analysis*. Chapman and Hall. (Rule-of-thumb bandwidth, eq. 3.31.)
.. [2] ESRI. "How Kernel Density works", ArcGIS Pro tool reference
   (default search radius: ``0.9 * min(SD, sqrt(1/ln 2) * Dm) * n^-0.2``).
.. [3] Wand, M. P. (1994). Fast computation of multivariate kernel
   estimators. *Journal of Computational and Graphical Statistics* 3(4),
   433-445. (Linear binning and FFT convolution.)
.. [4] Wand, M. P. and Jones, M. C. (1995). *Kernel Smoothing*. Chapman and
   Hall, p. 175 (biweight kernel).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, Optional, Sequence, Tuple

import numpy as np

from ..runtime import InputError, Notes, Steps, as_steps

KERNELS = ("quartic", "gaussian")
UNITS = "incidents per km2"
WEIGHTED_UNITS = "weight units per km2"

# A float64 grid of this many cells takes 400 MB, and the FFT needs several
# such arrays: beyond it we ask for a larger cell size instead of swapping.
MAX_CELLS = 50_000_000
# The default cell size when none is given: the shorter side of the points'
# extent divided by this (ArcGIS Kernel Density's default).
DEFAULT_CELLS_ON_SHORT_SIDE = 250
# The automatic radius of points read in chunks: distances to the mean centre are
# counted in this many bins to find the one holding the median, and the distances
# of that bin are kept when there are at most MAX_KEPT_DISTANCES of them (16 bytes
# each); otherwise that bin is split again into as many bins (at most
# MAX_MEDIAN_LEVELS times).
MEDIAN_BINS = 4096
MAX_KEPT_DISTANCES = 1 << 20
MAX_MEDIAN_LEVELS = 8


@dataclass
class DensitySurface:
    """A kernel density surface on a north-up grid.

    Attributes
    ----------
    array : numpy.ndarray
        ``rows x cols`` float64 densities, row 0 is the northernmost row.
    transform : tuple of 6 floats
        ``(cell_size, 0, x_min, 0, -cell_size, y_max)``: the affine transform
        in rasterio's order (``rasterio.Affine(*transform)``).
    cell_size : float
        Cell side in CRS units (metres).
    radius : float
        Kernel radius (bandwidth) in metres.
    radius_rule : str
        ``"given"`` or a description of the automatic rule and its inputs.
    kernel : str
        ``"quartic"`` or ``"gaussian"``.
    units : str
        ``"incidents per km2"`` (or ``"weight units per km2"`` with weights).
    n_points : int
        Points that contributed to the surface.
    total_weight : float
        Their total weight (``n_points`` without weights).
    notes : Notes
        Warnings (points dropped and why) and choices made.
    """

    array: np.ndarray
    transform: Tuple[float, float, float, float, float, float]
    cell_size: float
    radius: float
    radius_rule: str
    kernel: str
    units: str
    n_points: int
    total_weight: float
    notes: Notes = field(default_factory=Notes)

    @property
    def shape(self) -> Tuple[int, int]:
        return self.array.shape

    @property
    def extent(self) -> Tuple[float, float, float, float]:
        """``(x_min, y_min, x_max, y_max)`` of the grid."""
        c, _, x0, _, _, y1 = self.transform
        rows, cols = self.array.shape
        return (x0, y1 - rows * c, x0 + cols * c, y1)

    def integral(self) -> float:
        """Sum of density times cell area: the (weighted) number of points."""
        return float(self.array.sum() * (self.cell_size ** 2) / 1e6)

    def tags(self) -> Dict[str, str]:
        """What a raster file of this surface should record about it (metadata tags)."""
        return {"units": self.units, "kernel": self.kernel, "radius_m": f"{self.radius:.6g}",
                "radius_rule": self.radius_rule, "cell_size_m": f"{self.cell_size:.6g}",
                "n_points": str(self.n_points)}

    def display_maximum(self) -> float:
        """The 99th percentile of the positive densities: the top of a colour ramp that
        one extreme cell does not wash out (1.0 for an empty surface)."""
        positive = self.array[self.array > 0]
        return float(np.percentile(positive, 99)) if positive.size else 1.0


def points_xy(geometries, check_stacked: bool = True):
    """Coordinates of incident points, with every dropped feature counted.

    The plugin's one rule for MultiPoints, shared with the aggregation: a MultiPoint
    feature is one incident, placed at its first point (reported), so that a count and
    a density of the same layer hold the same incidents.

    Parameters
    ----------
    geometries : array_like of shapely geometries (GeoSeries accepted)
        Points or MultiPoints.

    Returns
    -------
    x, y : numpy.ndarray
    row : numpy.ndarray of int
        Position of the feature each coordinate comes from.
    notes : Notes
        Null/empty geometries dropped and MultiPoints placed at their first point,
        with counts; with ``check_stacked``, a privacy warning when many points share
        one coordinate (:mod:`core.geometry.stacked`).

    Raises
    ------
    InputError
        For non-point geometries or NaN/infinite coordinates.
    """
    x, y, row, counts = point_parts(geometries)
    notes = Notes()
    note_point_parts(notes, *counts)
    if check_stacked:
        from ..geometry.stacked import warn_stacked

        warn_stacked(x, y, notes)
    return x, y, row, notes


def point_parts(geometries):
    """:func:`points_xy` without notes: x, y, row and the counts
    ``(n_null, n_multi, n_multi_points)`` for :func:`note_point_parts` (which can
    be summed over the chunks of a layer)."""
    import shapely

    geoms = np.asarray(getattr(geometries, "values", geometries), dtype=object)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    n_null = int((~present).sum())
    kept = geoms[present].copy()
    types = shapely.get_type_id(kept)
    if np.any((types != 0) & (types != 4)):
        raise InputError("point geometries expected; the layer has lines or polygons")
    multi = types == 4
    n_multi = n_parts = 0
    if multi.any():
        parts = shapely.get_num_geometries(kept[multi])
        kept[multi] = shapely.get_geometry(kept[multi], 0)
        n_multi, n_parts = int(multi.sum()), int(parts.sum())
    coords = shapely.get_coordinates(kept)
    if coords.size and not np.isfinite(coords).all():
        bad = int((~np.isfinite(coords)).any(axis=1).sum())
        raise InputError(f"{bad} point(s) have NaN or infinite coordinates")
    row = np.flatnonzero(present)
    return coords[:, 0].copy(), coords[:, 1].copy(), row, (n_null, n_multi, n_parts)


def note_point_parts(notes: Notes, n_null: int, n_multi: int, n_parts: int) -> None:
    """The warnings of :func:`points_xy` for null geometries and MultiPoints."""
    if n_null:
        notes.warn(f"{n_null} feature(s) with a null or empty geometry were left out")
    if n_multi:
        notes.warn(f"{n_multi} MultiPoint feature(s) ({n_parts} points in "
                   "all) each counted once, at their first point")


def automatic_radius(x, y, *, weights=None) -> Tuple[float, str]:
    """Search radius from the spatial spread of the points (ArcGIS's rule).

    ``radius = 0.9 * min(SD, sqrt(1 / ln 2) * Dm) * n ** -0.2`` where ``SD`` is
    the (weighted) standard distance of the points, ``Dm`` the (weighted)
    median distance to the (weighted) mean centre and ``n`` the number of
    points, or the sum of the weights when weights are given. It is
    Silverman's rule of thumb for a Gaussian bandwidth, made robust to
    outliers by the median-distance term.

    Parameters
    ----------
    x, y : array_like
        Projected coordinates (metres).
    weights : array_like, optional
        Non-negative point weights.

    Returns
    -------
    radius : float
    rule : str
        The rule with the values that went into it, for the user's log.

    References
    ----------
    .. [1] Silverman, B. W. (1986). *Density Estimation for Statistics and
       Data Analysis*. Chapman and Hall, eq. 3.31.
    .. [2] ESRI. "How Kernel Density works", ArcGIS Pro tool reference.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.ones_like(x) if weights is None else np.asarray(weights, dtype=float)
    total = float(w.sum())
    _check_radius_inputs(x.size, total)
    mx = float((w * x).sum() / total)
    my = float((w * y).sum() / total)
    d2 = (x - mx) ** 2 + (y - my) ** 2
    sd = math.sqrt(float((w * d2).sum() / total))
    dm = _weighted_median(np.sqrt(d2), w)
    return _silverman_radius(sd, dm, total)


def _check_radius_inputs(n_points: int, total: float) -> None:
    if n_points < 2 or total <= 0:
        raise InputError(
            f"an automatic radius needs at least 2 points with positive weight; got "
            f"{n_points} point(s) with total weight {total:g}. Give a radius."
        )


def _silverman_radius(sd: float, dm: float, total: float) -> Tuple[float, str]:
    """The radius and rule of :func:`automatic_radius` from ``SD``, ``Dm`` and ``n``."""
    spread = min(sd, math.sqrt(1.0 / math.log(2.0)) * dm)
    radius = 0.9 * spread * total ** -0.2
    if not radius > 0:
        raise InputError(
            "all points are at the same location, so no automatic radius can be "
            "derived from their spread. Give a radius."
        )
    rule = (
        f"automatic: 0.9 * min(SD={sd:.1f} m, sqrt(1/ln2) * Dm={dm:.1f} m) * "
        f"n^-0.2 with n={total:g} -> {radius:.1f} m (Silverman 1986; ArcGIS Kernel Density)"
    )
    return radius, rule


def _weighted_median(values: np.ndarray, weights: np.ndarray) -> float:
    order = np.argsort(values, kind="stable")
    cum = np.cumsum(weights[order])
    k = int(np.searchsorted(cum, 0.5 * cum[-1], side="left"))
    return float(values[order][min(k, values.size - 1)])


def kernel_matrix(radius: float, cell_size: float, kernel: str = "quartic") -> np.ndarray:
    """The kernel evaluated at cell-centre offsets, normalised to sum to one.

    Parameters
    ----------
    radius : float
        Kernel radius in metres; cells whose centre is at a distance ``>= radius``
        from the centre cell get 0 (for a radius below half a cell the matrix
        is the single centre cell).
    cell_size : float
        Cell side in metres.
    kernel : {"quartic", "gaussian"}

    Returns
    -------
    numpy.ndarray
        A ``(2h+1) x (2h+1)`` matrix, ``h = ceil(radius / cell_size)``.

    References
    ----------
    .. [1] Wand, M. P. and Jones, M. C. (1995). *Kernel Smoothing*, p. 175.
    """
    if kernel not in KERNELS:
        raise InputError(f"kernel must be one of {KERNELS}; got {kernel!r}")
    h = int(math.ceil(radius / cell_size))
    offsets = np.arange(-h, h + 1, dtype=float) * cell_size
    d2 = offsets[None, :] ** 2 + offsets[:, None] ** 2
    u2 = d2 / radius ** 2
    inside = u2 < 1.0
    if kernel == "quartic":
        k = np.where(inside, (1.0 - u2) ** 2, 0.0)
    else:
        sigma = radius / 3.0
        k = np.where(inside, np.exp(-d2 / (2.0 * sigma ** 2)), 0.0)
    total = k.sum()
    if total <= 0:
        # Radius below half a cell: all the mass stays in the point's cell.
        k = np.zeros_like(k)
        k[h, h] = 1.0
        total = 1.0
    return k / total


def _grid_from_extent(extent, cell_size):
    x_min, y_min, x_max, y_max = (float(v) for v in extent)
    if not (np.isfinite([x_min, y_min, x_max, y_max]).all() and x_max > x_min and y_max > y_min):
        raise InputError(
            f"extent must be finite (x_min, y_min, x_max, y_max) with x_max > x_min and "
            f"y_max > y_min; got {extent!r}"
        )
    # The grid is anchored at the top-left corner (as GDAL rasters are); a
    # partial last column or row is completed.
    cols = max(int(math.ceil((x_max - x_min) / cell_size - 1e-9)), 1)
    rows = max(int(math.ceil((y_max - y_min) / cell_size - 1e-9)), 1)
    return x_min, y_max, rows, cols


def kernel_density(
    x,
    y,
    *,
    weights=None,
    cell_size: Optional[float] = None,
    radius: Optional[float] = None,
    kernel: str = "quartic",
    extent: Optional[Sequence[float]] = None,
    crs_is_geographic: bool = False,
    progress=None,
    should_stop=None,
) -> DensitySurface:
    """Kernel density surface of points, in incidents per km2.

    Parameters
    ----------
    x, y : array_like
        Point coordinates in a projected CRS with metre units. NaN or infinite
        coordinates are an error (drop null geometries before calling).
    weights : array_like, optional
        Non-negative weight per point (e.g. a severity score). Points with a
        missing (NaN) weight are dropped and counted in a warning.
    cell_size : float, optional
        Output cell side in metres. Default: the shorter side of the points'
        extent divided by 250.
    radius : float, optional
        Kernel radius (bandwidth) in metres. Default: :func:`automatic_radius`.
    kernel : {"quartic", "gaussian"}
        See the module docstring for the exact formulas.
    extent : (x_min, y_min, x_max, y_max), optional
        Output grid extent, anchored at ``(x_min, y_max)``. Default: the
        points' bounding box grown by the radius and snapped outwards to
        multiples of the cell size, so no kernel mass is cut off and surfaces
        of the same city with the same cell size line up. Points outside a
        given extent are dropped and counted; kernel mass of points within a
        radius of its edge that falls outside the grid is lost (warned).
    crs_is_geographic : bool
        The caller's statement about the CRS; True raises :class:`InputError`
        because cell sizes and radii in degrees are not distances.
    progress, should_stop : callable, optional
        See :mod:`.runtime`.

    Returns
    -------
    DensitySurface

    Notes
    -----
    The surface is ``sum_i w_i K(x - x_i)`` with the kernel normalised over
    the grid cells, evaluated by linear binning and FFT convolution
    [3]_ (numpy's FFT, equivalent to ``scipy.signal.fftconvolve``); it integrates to the total weight of the points inside the grid.

    References
    ----------
    .. [1] Silverman, B. W. (1986). *Density Estimation for Statistics and
       Data Analysis*. Chapman and Hall.
    .. [2] ESRI. "How Kernel Density works", ArcGIS Pro tool reference.
    .. [3] Wand, M. P. (1994). Fast computation of multivariate kernel
       estimators. *J. Comput. Graph. Stat.* 3(4), 433-445.
    """
    steps = as_steps(progress, should_stop)
    notes = Notes()
    x, y = _checked_points(x, y, kernel, crs_is_geographic)
    x, y, w, n_missing = usable_points(x, y, weights)
    note_missing_weights(notes, n_missing, x.size)
    steps.report(0.05)
    rule = "given"
    if radius is None:
        radius, rule = automatic_radius(x, y, weights=w)
        notes.say(f"radius {radius:.1f} m, {rule}")
    grid = density_grid_for(points_bbox(x, y), radius=radius, cell_size=cell_size,
                            kernel=kernel, extent=extent, radius_rule=rule, notes=notes)
    binned = np.zeros(grid.shape)
    n_used, n_outside = bin_points_into(binned, x, y, w, grid)
    steps.report(0.45)
    return finish_density(binned, grid, n_points=n_used, n_outside=n_outside,
                          weighted=weights is not None, notes=notes,
                          progress=steps.part(0.45, 1.0))


# --------------------------------------------------------------------------- the steps of
# kernel_density, public so that points read in chunks (twice: bounding box, then
# binning) give the same surface in bounded memory


@dataclass
class DensityGrid:
    """The output grid of a density surface and the kernel on it (see :func:`density_grid_for`)."""

    x_min: float
    y_max: float
    rows: int
    cols: int
    cell_size: float
    radius: float
    radius_rule: str
    kernel: str

    @property
    def shape(self) -> Tuple[int, int]:
        return self.rows, self.cols


def points_bbox(x, y) -> Tuple[float, float, float, float]:
    """``(x_min, y_min, x_max, y_max)`` of non-empty coordinate arrays."""
    return float(np.min(x)), float(np.min(y)), float(np.max(x)), float(np.max(y))


def usable_points(x, y, weights=None):
    """Coordinates and weights of points that can go into a density surface.

    Parameters
    ----------
    x, y : array_like
        Coordinates (may be empty, e.g. one chunk of a layer).
    weights : array_like, optional

    Returns
    -------
    x, y : numpy.ndarray
        Flat float coordinates of the points kept.
    w : numpy.ndarray or None
        Their weights (None without weights).
    n_missing : int
        Points left out because their weight is missing (NaN).

    Raises
    ------
    InputError
        NaN or infinite coordinates, infinite or negative weights, lengths that differ.
    """
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    if x.shape != y.shape:
        raise InputError(f"x and y differ in length: {x.size} and {y.size}")
    bad = ~(np.isfinite(x) & np.isfinite(y))
    if bad.any():
        raise InputError(
            f"{int(bad.sum())} point(s) have NaN or infinite coordinates "
            f"(first at position {int(np.flatnonzero(bad)[0])}); remove them first"
        )
    if weights is None:
        return x, y, None, 0
    w = np.asarray(weights, dtype=float).ravel()
    if w.shape != x.shape:
        raise InputError(f"weights has {w.size} values for {x.size} points")
    if np.isinf(w).any():
        raise InputError(f"{int(np.isinf(w).sum())} weight(s) are infinite")
    missing = np.isnan(w)
    n_missing = int(missing.sum())
    if n_missing:
        keep = ~missing
        x, y, w = x[keep], y[keep], w[keep]
    if (w < 0).any():
        raise InputError(
            f"weights must be non-negative for a density; {int((w < 0).sum())} are negative"
        )
    return x, y, w, n_missing


def note_missing_weights(notes: Notes, n_missing: int, n_kept: int) -> None:
    """Warn about points left out for a missing weight; refuse when none is left."""
    if n_missing:
        notes.warn(f"{n_missing} point(s) with a missing weight were left out of the surface")
    if n_kept == 0:
        raise InputError("every point has a missing weight; nothing to map")


def density_grid_for(bbox, *, radius: float, cell_size: Optional[float] = None,
                     kernel: str = "quartic", extent: Optional[Sequence[float]] = None,
                     radius_rule: str = "given", notes: Optional[Notes] = None) -> DensityGrid:
    """The grid :func:`kernel_density` uses for points with bounding box ``bbox``.

    Parameters
    ----------
    bbox : (x_min, y_min, x_max, y_max)
        Bounding box of the points (with a usable weight).
    radius : float
        Kernel radius in metres (an automatic radius comes from the points:
        :func:`automatic_radius`, or :func:`automatic_radius_chunks` for points in chunks).
    cell_size, kernel, extent
        As :func:`kernel_density`.
    radius_rule : str
        How the radius was chosen, recorded on the surface.
    notes : Notes, optional
        Receives the default cell size and a radius smaller than a cell.

    Returns
    -------
    DensityGrid
    """
    if kernel not in KERNELS:
        raise InputError(f"kernel must be one of {KERNELS}; got {kernel!r}")
    notes = Notes() if notes is None else notes
    radius, cell_size = _radius_and_cell_size(bbox, radius, cell_size, notes)
    x_min, y_max, rows, cols = _grid(bbox, extent, radius, cell_size)
    return DensityGrid(x_min, y_max, rows, cols, cell_size, radius, radius_rule, kernel)


def bin_points_into(binned: np.ndarray, x, y, w, grid: DensityGrid) -> Tuple[int, int]:
    """Add points to ``binned`` (the grid's linear-binning counts), in place.

    Binning is additive: binning the points in any number of pieces into one
    array gives the counts of binning them all at once (up to round-off).

    Returns
    -------
    n_inside, n_outside : int
        Points binned, and points outside the grid left out.
    """
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        return 0, 0
    fx, fy, w, n_outside = _cell_positions(x, np.asarray(y, dtype=float), w, grid)
    if fx.size:
        binned += _linear_binning(fx, fy, w, grid.rows, grid.cols)
    return int(fx.size), n_outside


def finish_density(binned: np.ndarray, grid: DensityGrid, *, n_points: int, n_outside: int = 0,
                   weighted: bool = False, notes: Optional[Notes] = None,
                   progress=None, should_stop=None) -> DensitySurface:
    """The surface from the binned counts of all the points: one FFT convolution.

    Parameters
    ----------
    binned : numpy.ndarray
        Sum of :func:`bin_points_into` over all the points.
    grid : DensityGrid
    n_points, n_outside : int
        Points binned and points left out as outside the grid (summed over pieces).
    weighted : bool
        Whether the points had weights (units).
    notes : Notes, optional
        Notes so far; the surface's notes continue them.
    progress, should_stop : callable, optional
        See :mod:`.runtime`; ``progress`` may also be a :class:`.Steps` (a part of
        the caller's).

    Returns
    -------
    DensitySurface
    """
    steps = progress if isinstance(progress, Steps) else as_steps(progress, should_stop)
    notes = Notes() if notes is None else notes
    if n_outside:
        notes.warn(f"{n_outside} point(s) outside the output extent were left out of the surface")
    if n_points == 0:
        raise InputError("no point lies inside the output extent")
    total_weight = float(binned.sum())
    cell_size = grid.cell_size
    k = kernel_matrix(grid.radius, cell_size, grid.kernel)
    surface = _convolve(binned, k)
    steps.report(0.8)
    # Per km2: the kernel sums to 1 over cells, so divide by the cell area.
    surface *= 1e6 / (cell_size * cell_size)
    lost = total_weight - float(surface.sum()) * cell_size * cell_size / 1e6
    if total_weight > 0 and lost > 1e-6 * total_weight:
        notes.warn(
            f"{lost:.4g} of {total_weight:.6g} incidents' kernel mass fell outside the output "
            "extent (points near its edge)"
        )
    notes.say(
        f"{grid.kernel} kernel, radius {grid.radius:g} m, cell size {cell_size:g} m, grid "
        f"{grid.rows} x {grid.cols}, {n_points} points, total {total_weight:g}"
    )
    steps.report(1.0)
    return DensitySurface(
        array=surface,
        transform=(cell_size, 0.0, grid.x_min, 0.0, -cell_size, grid.y_max),
        cell_size=cell_size,
        radius=grid.radius,
        radius_rule=grid.radius_rule,
        kernel=grid.kernel,
        units=WEIGHTED_UNITS if weighted else UNITS,
        n_points=n_points,
        total_weight=total_weight,
        notes=notes,
    )


def kernel_density_chunks(read_chunks, *, radius: Optional[float],
                          cell_size: Optional[float] = None,
                          kernel: str = "quartic", extent: Optional[Sequence[float]] = None,
                          weighted: bool = False, crs_is_geographic: bool = False,
                          notes: Optional[Notes] = None,
                          max_kept_distances: Optional[int] = None, progress=None,
                          should_stop=None) -> DensitySurface:
    """:func:`kernel_density` of points read in chunks, in memory bounded by the grid.

    With a radius given the points are read twice: once for their bounding
    box, count and weight checks, once to bin them into one grid; then one
    convolution.  With ``radius=None`` the first read also sums what the mean
    centre needs, and the automatic radius of :func:`automatic_radius` is found
    in one or more further reads (:func:`automatic_radius_chunks`) before the
    binning read.  Only the grid, one chunk and a few small arrays are ever in
    memory.

    Parameters
    ----------
    read_chunks : callable
        ``read_chunks()`` returns an iterable of ``(x, y, weights)`` chunks
        (``weights`` None without weights), the same chunks each call.
    radius : float or None
        Kernel radius in metres; None: automatic, as :func:`kernel_density`.
    weighted : bool
        Whether the chunks carry weights.
    notes : Notes, optional
        Notes so far; the surface's notes continue them.
    max_kept_distances : int, optional
        See :func:`automatic_radius_chunks`.
    Other parameters as :func:`kernel_density`.

    Returns
    -------
    DensitySurface
        The surface :func:`kernel_density` gives on all the points together
        (equal up to floating-point round-off of the binned sums), with the
        same notes.

    References
    ----------
    .. [1] Wand, M. P. (1994). Fast computation of multivariate kernel
       estimators. *J. Comput. Graph. Stat.* 3(4), 433-445.
    """
    steps = as_steps(progress, should_stop)
    notes = Notes() if notes is None else notes
    _check_options(kernel, crs_is_geographic)
    sums = _CentreSums()
    n_missing = n_given = 0
    for x, y, w in read_chunks():
        n_given += np.asarray(x).size
        x, y, w, missing = usable_points(x, y, w if weighted else None)
        n_missing += missing
        sums.add(x, y, w)
        steps.check()
    _check_not_empty(n_given)
    note_missing_weights(notes, n_missing, sums.n)
    steps.report(0.3)
    rule = "given"
    if radius is None:
        radius, rule = _radius_from_chunks(read_chunks, weighted, sums, max_kept_distances,
                                           steps)
        notes.say(f"radius {radius:.1f} m, {rule}")
    steps.report(0.4)
    grid = density_grid_for(sums.bbox(), radius=radius, cell_size=cell_size, kernel=kernel,
                            extent=extent, radius_rule=rule, notes=notes)
    binned = np.zeros(grid.shape)
    n_used = n_outside = 0
    for x, y, w in read_chunks():
        x, y, w, _ = usable_points(x, y, w if weighted else None)
        inside, outside = bin_points_into(binned, x, y, w, grid)
        n_used, n_outside = n_used + inside, n_outside + outside
        steps.check()
    steps.report(0.8)
    return finish_density(binned, grid, n_points=n_used, n_outside=n_outside,
                          weighted=weighted, notes=notes, progress=steps.part(0.8, 1.0))


# --------------------------------------------------------------------------- the automatic
# radius of points read in chunks


def automatic_radius_chunks(read_chunks, *, weighted: bool = False,
                            max_kept_distances: Optional[int] = None, progress=None,
                            should_stop=None) -> Tuple[float, str]:
    """:func:`automatic_radius` of points read in chunks, in bounded memory.

    The same value as :func:`automatic_radius` on all the points at once (up to
    floating-point round-off of the sums), found by reading the points several
    times:

    1. the count, the (weighted) sums of the coordinates, shifted by the first
       point's, with compensated (Neumaier) summation across chunks, give the
       mean centre; the bounding box gives the largest possible distance to it;
    2. the (weighted) squared distances to the mean centre are summed (``SD``)
       and the distances counted in :data:`MEDIAN_BINS` equal bins between 0 and
       that largest distance; the cumulated weights locate the bin holding the
       weighted median;
    3. the distances (and weights) in that bin are kept and the weighted median
       taken as :func:`automatic_radius` takes it (the first distance, in
       increasing order, at which the cumulated weight reaches half the total:
       the lower median without weights).  A bin with more than
       ``max_kept_distances`` points is split again into :data:`MEDIAN_BINS`
       bins (one more read) instead; when every distance left is the same, it
       is the median.  When the whole set has at most ``max_kept_distances``
       points, step 3 happens during step 2.

    Parameters
    ----------
    read_chunks : callable
        As :func:`kernel_density_chunks`.
    weighted : bool
        Whether the chunks carry weights (missing weights are left out).
    max_kept_distances : int, optional
        Most distances kept at once (default :data:`MAX_KEPT_DISTANCES`, 16 MB).
    progress, should_stop : callable, optional
        See :mod:`.runtime`.

    Returns
    -------
    radius : float
    rule : str
        As :func:`automatic_radius`.

    Raises
    ------
    InputError
        As :func:`automatic_radius` (fewer than 2 points, no positive weight, all
        points at one location) and :func:`usable_points`.

    References
    ----------
    .. [1] Silverman, B. W. (1986). *Density Estimation for Statistics and
       Data Analysis*. Chapman and Hall, eq. 3.31.
    .. [2] Neumaier, A. (1974). Rundungsfehleranalyse einiger Verfahren zur
       Summation endlicher Summen. *ZAMM* 54(1), 39-51.
    """
    steps = as_steps(progress, should_stop)
    sums = _CentreSums()
    for x, y, w in read_chunks():
        x, y, w, _ = usable_points(x, y, w if weighted else None)
        sums.add(x, y, w)
        steps.check()
    return _radius_from_chunks(read_chunks, weighted, sums, max_kept_distances, steps)


class _Compensated:
    """A running float sum with Neumaier's compensation (error independent of the count)."""

    def __init__(self):
        self.sum = 0.0
        self.error = 0.0

    def add(self, value) -> None:
        value = float(value)
        total = self.sum + value
        if abs(self.sum) >= abs(value):
            self.error += (self.sum - total) + value
        else:
            self.error += (value - total) + self.sum
        self.sum = total

    @property
    def value(self) -> float:
        return self.sum + self.error


class _CentreSums:
    """Count, bounding box and (weighted) shifted coordinate sums of points given in pieces."""

    def __init__(self):
        self.n = 0
        self.box = [math.inf, math.inf, -math.inf, -math.inf]
        self.ref = None
        self.total, self.sx, self.sy = _Compensated(), _Compensated(), _Compensated()

    def add(self, x, y, w) -> None:
        if not x.size:
            return
        if self.ref is None:
            self.ref = (float(x[0]), float(y[0]))
        self.n += x.size
        bx0, by0, bx1, by1 = points_bbox(x, y)
        b = self.box
        self.box = [min(b[0], bx0), min(b[1], by0), max(b[2], bx1), max(b[3], by1)]
        dx, dy = x - self.ref[0], y - self.ref[1]
        self.total.add(x.size if w is None else w.sum())
        self.sx.add(dx.sum() if w is None else (w * dx).sum())
        self.sy.add(dy.sum() if w is None else (w * dy).sum())

    def bbox(self) -> Tuple[float, float, float, float]:
        return tuple(self.box)

    def centre(self) -> Tuple[float, float]:
        total = self.total.value
        return self.ref[0] + self.sx.value / total, self.ref[1] + self.sy.value / total


def _radius_from_chunks(read_chunks, weighted, sums, max_kept, steps):
    """Steps 2 and 3 of :func:`automatic_radius_chunks`, after the sums of step 1."""
    total = sums.total.value
    _check_radius_inputs(sums.n, total)
    mx, my = sums.centre()
    x0, y0, x1, y1 = sums.bbox()
    d_max = max(math.hypot(cx - mx, cy - my) for cx in (x0, x1) for cy in (y0, y1))
    if not d_max > 0:
        return _silverman_radius(0.0, 0.0, total)
    max_kept = MAX_KEPT_DISTANCES if max_kept is None else int(max_kept)
    sd, dm = _spread_from_chunks(read_chunks, weighted, sums, d_max, max_kept, steps)
    return _silverman_radius(sd, dm, total)


def _bin_of(d, lo, width):
    """Bins of distances (non-decreasing in ``d``: equal distances share a bin)."""
    return np.clip(np.floor((d - lo) / width), 0, MEDIAN_BINS - 1).astype(np.intp)


def _spread_from_chunks(read_chunks, weighted, sums, d_max, max_kept, steps):
    """``SD`` and the weighted median distance ``Dm`` to the mean centre, points in chunks.

    Each read narrows the distances that can be the median to one bin of the
    previous read's histogram, until few enough are left to keep (or all are equal).
    """
    mx, my = sums.centre()
    total = sums.total.value
    half = 0.5 * total
    chosen = []  # (lo, width, bin): the bin holding the median, level by level
    lo, width = 0.0, d_max / MEDIAN_BINS
    below, n_left = 0.0, sums.n  # weight of the distances below the bin; points in it
    sum_wd2 = _Compensated()
    while True:
        keep = n_left <= max_kept or len(chosen) >= MAX_MEDIAN_LEVELS
        counts = np.zeros(MEDIAN_BINS, dtype=np.int64)
        in_bins = np.zeros(MEDIAN_BINS)
        kept_d, kept_w = [], []
        d_low, d_high = math.inf, -math.inf
        for x, y, w in read_chunks():
            x, y, w, _ = usable_points(x, y, w if weighted else None)
            d2 = (x - mx) ** 2 + (y - my) ** 2
            if not chosen:
                sum_wd2.add(d2.sum() if w is None else (w * d2).sum())
            d = np.sqrt(d2)
            for level_lo, level_width, level_bin in chosen:
                inside = _bin_of(d, level_lo, level_width) == level_bin
                d, w = d[inside], (None if w is None else w[inside])
            if keep:
                kept_d.append(d)
                kept_w.append(np.ones_like(d) if w is None else w)
            elif d.size:
                bins = _bin_of(d, lo, width)
                counts += np.bincount(bins, minlength=MEDIAN_BINS)
                in_bins += np.bincount(bins, weights=w, minlength=MEDIAN_BINS)
                d_low, d_high = min(d_low, float(d.min())), max(d_high, float(d.max()))
            steps.check()
        sd = math.sqrt(sum_wd2.value / total)
        if keep:
            return sd, _median_of_kept(np.concatenate(kept_d), np.concatenate(kept_w),
                                       below, half)
        if d_low == d_high:  # every distance left is the same: it is the median
            return sd, d_low
        cum = below + np.cumsum(in_bins)
        b = min(int(np.searchsorted(cum, half, side="left")), MEDIAN_BINS - 1)
        below = float(cum[b - 1]) if b > 0 else below
        n_left = int(counts[b])
        chosen.append((lo, width, b))
        lo, width = lo + b * width, width / MEDIAN_BINS


def _median_of_kept(values, weights, below, half):
    """:func:`_weighted_median` of all the points, from the distances of the bin holding it.

    ``below`` is the weight of the points with a smaller distance (all in lower bins).
    """
    if values.size == 0:  # round-off left the median bin empty: cannot happen exactly
        raise InputError("the median distance could not be found; give a radius")
    order = np.argsort(values, kind="stable")
    cum = below + np.cumsum(weights[order])
    k = int(np.searchsorted(cum, half, side="left"))
    return float(values[order][min(k, values.size - 1)])


# --------------------------------------------------------------------------- internals


def _checked_points(x, y, kernel, crs_is_geographic):
    """Refuses degrees, unknown kernels and no points (coordinates: :func:`usable_points`)."""
    _check_options(kernel, crs_is_geographic)
    _check_not_empty(np.asarray(x).size)
    return x, y


def _check_not_empty(n_points):
    if n_points == 0:
        raise InputError("no points were given: the layer is empty or every geometry is null")


def _check_options(kernel, crs_is_geographic):
    if crs_is_geographic:
        raise InputError(
            "kernel density needs a projected CRS in metres; the points are in a "
            "geographic CRS (degrees). Reproject them first."
        )
    if kernel not in KERNELS:
        raise InputError(f"kernel must be one of {KERNELS}; got {kernel!r}")


def _radius_and_cell_size(bbox, radius, cell_size, notes):
    """The radius checked, and the cell size (default from the points' bounding box)."""
    radius = float(radius)
    if not (np.isfinite(radius) and radius > 0):
        raise InputError(f"radius must be a positive number of metres; got {radius!r}")
    if cell_size is None:
        x0, y0, x1, y1 = (float(v) for v in bbox)
        short = min(x1 - x0, y1 - y0)
        if short <= 0:
            short = 2.0 * radius
        cell_size = short / DEFAULT_CELLS_ON_SHORT_SIDE
        notes.say(
            f"cell size {cell_size:.2f} m: the shorter side of the points' extent / "
            f"{DEFAULT_CELLS_ON_SHORT_SIDE} (default rule)"
        )
    cell_size = float(cell_size)
    if not (np.isfinite(cell_size) and cell_size > 0):
        raise InputError(f"cell size must be a positive number of metres; got {cell_size!r}")
    if radius < cell_size:
        notes.warn(
            f"the radius ({radius:g} m) is smaller than the cell size ({cell_size:g} m): the "
            "surface is little more than counts per cell; use a larger radius or smaller cells"
        )
    return radius, cell_size


def _grid(bbox, extent, radius, cell_size):
    """x_min, y_max, rows, cols of the output grid (default extent: see kernel_density)."""
    if extent is None:
        bx0, by0, bx1, by1 = (float(v) for v in bbox)
        x0 = math.floor((bx0 - radius) / cell_size) * cell_size
        x1 = math.ceil((bx1 + radius) / cell_size) * cell_size
        y0 = math.floor((by0 - radius) / cell_size) * cell_size
        y1 = math.ceil((by1 + radius) / cell_size) * cell_size
        extent = (x0, y0, x1, y1)
    x_min, y_max, rows, cols = _grid_from_extent(extent, cell_size)
    if rows * cols > MAX_CELLS:
        raise InputError(
            f"the grid would have {rows} x {cols} = {rows * cols:,} cells (limit "
            f"{MAX_CELLS:,}); use a larger cell size than {cell_size:g} m or a smaller extent"
        )
    return x_min, y_max, rows, cols


def _cell_positions(x, y, w, grid):
    """Positions in cell-centre units (cell (r, c) has its centre at (c, r)) of the points
    inside the grid, their weights, and the number of points outside (left out)."""
    rows, cols, cell_size = grid.rows, grid.cols, grid.cell_size
    fx = (x - grid.x_min) / cell_size - 0.5
    fy = (grid.y_max - y) / cell_size - 0.5
    inside = (fx >= -0.5) & (fx <= cols - 0.5) & (fy >= -0.5) & (fy <= rows - 0.5)
    n_out = 0
    if not inside.all():
        n_out = int((~inside).sum())
        fx, fy = fx[inside], fy[inside]
        if w is not None:
            w = w[inside]
    return fx, fy, w, n_out


def _linear_binning(fx, fy, w, rows, cols):
    """Spread each point over its four nearest cell centres (bilinear weights).

    ``fx, fy`` are positions in cell-centre units (cell ``(r, c)`` has its
    centre at ``(c, r)``). When every point has its four cells on the grid
    (always with the default extent and a radius of at least half a cell)
    the four flat indices are ``i, i + 1, i + cols, i + cols + 1``.
    """
    c0f = np.floor(fx)
    r0f = np.floor(fy)
    c0 = c0f.astype(np.intp)
    r0 = r0f.astype(np.intp)
    if c0.min() < 0 or r0.min() < 0 or c0.max() >= cols - 1 or r0.max() >= rows - 1:
        return _linear_binning_clipped(fx, fy, w, rows, cols)
    tx = fx - c0f
    ty = fy - r0f
    i = r0 * cols + c0
    size = rows * cols
    low = 1.0 - ty if w is None else w * (1.0 - ty)
    high = ty if w is None else w * ty
    left = 1.0 - tx
    out = np.bincount(i, low * left, size)
    out += np.bincount(i + 1, low * tx, size)
    out += np.bincount(i + cols, high * left, size)
    out += np.bincount(i + cols + 1, high * tx, size)
    return out.reshape(rows, cols)


def _linear_binning_clipped(fx, fy, w, rows, cols):
    """:func:`_linear_binning` for points in the outer half cell of the grid.

    Their neighbours off the grid do not exist; that share is kept on the
    edge cell (indices clipped) so no mass is lost.
    """
    c0 = np.floor(fx)
    r0 = np.floor(fy)
    tx = fx - c0
    ty = fy - r0
    c0 = c0.astype(np.int64)
    r0 = r0.astype(np.int64)
    c1 = np.clip(c0 + 1, 0, cols - 1)
    r1 = np.clip(r0 + 1, 0, rows - 1)
    c0 = np.clip(c0, 0, cols - 1)
    r0 = np.clip(r0, 0, rows - 1)
    base = np.ones_like(tx) if w is None else w
    size = rows * cols
    out = np.bincount(r0 * cols + c0, weights=base * (1 - tx) * (1 - ty), minlength=size)
    out += np.bincount(r0 * cols + c1, weights=base * tx * (1 - ty), minlength=size)
    out += np.bincount(r1 * cols + c0, weights=base * (1 - tx) * ty, minlength=size)
    out += np.bincount(r1 * cols + c1, weights=base * tx * ty, minlength=size)
    return out.reshape(rows, cols)


def _fast_len(n: int) -> int:
    """Smallest 5-smooth integer >= n (FFT sizes with factors 2, 3, 5 are fast)."""
    best = 1 << max(int(n - 1).bit_length(), 0)
    p5 = 1
    while p5 < 2 * n:
        p35 = p5
        while p35 < 2 * n:
            m = p35
            while m < n:
                m *= 2
            best = min(best, m)
            p35 *= 3
        p5 *= 5
    return best


def _convolve(binned: np.ndarray, k: np.ndarray) -> np.ndarray:
    """``binned`` convolved with the odd-sized kernel ``k``, same shape as ``binned``.

    A zero-padded FFT convolution with numpy's pocketfft. It is the same
    computation as ``scipy.signal.fftconvolve(binned, k, mode="same")`` (the
    tests check this) without scipy.signal's import cost of about a second,
    which would dominate a run on a million points.
    """
    if k.size == 1:
        return binned * k[0, 0]
    rows, cols = binned.shape
    kr, kc = k.shape
    fr = _fast_len(rows + kr - 1)
    fc = _fast_len(cols + kc - 1)
    spectrum = np.fft.rfft2(binned, s=(fr, fc)) * np.fft.rfft2(k, s=(fr, fc))
    full = np.fft.irfft2(spectrum, s=(fr, fc))
    hr, hc = kr // 2, kc // 2
    out = np.ascontiguousarray(full[hr:hr + rows, hc:hc + cols])
    # FFT round-off leaves values of order 1e-16 * max where the true density
    # is exactly 0 (and tiny negatives); zero them so empty areas read 0.
    scale = float(np.abs(binned).sum()) * float(k.max())
    out[out < 1e-12 * scale] = 0.0
    return out
