"""Hexagon and square grids over a study area, and counting points into their cells.

Geometry
--------
``cell_size`` is the side of a square of the same area, for both shapes:
every cell covers ``cell_size ** 2`` square metres, so a hexagon grid and a
square grid with the same ``cell_size`` aggregate at the same resolution.

* **Square** cells are axis-aligned; column ``col`` spans
  ``[x0 + col*c, x0 + (col+1)*c)`` and row ``row`` spans
  ``[y0 + row*c, y0 + (row+1)*c)`` (row 0 is the southernmost).
* **Hexagons are pointy-topped** (a vertex points north) and arranged in
  horizontal rows; odd rows are shifted east by half a hexagon. With
  circumradius ``s = cell_size * sqrt(2 / (3 sqrt 3))`` the centres of
  neighbouring hexagons in a row are ``w = sqrt(3) s`` apart and rows are
  ``1.5 s`` apart; every hexagon has six neighbours at distance ``w``.

Origins are multiples of the cell spacing, so grids with the same cell size
over different layers (or years) of the same city line up cell for cell.

Boundary rule for points
------------------------
Binning is analytic (no point-in-polygon test), exact and ``O(n)``:

* squares are half-open: a point on a shared vertical edge goes to the
  eastern cell, on a shared horizontal edge to the northern cell;
* hexagons: a point goes to the cell with the nearest centre. The hexagon
  lattice is the union of two rectangular lattices (even and odd rows); the
  nearest centre of each is found by rounding each coordinate half up
  (``floor(u + 0.5)``), and the nearer of the two wins, the even-row
  candidate on an exact tie. So a point on a shared edge or vertex is
  assigned to exactly one hexagon.

Which cells are kept
--------------------
``keep="intersects"`` (default) keeps every cell that covers part of the
study area (sharing only an edge or a corner is not enough), so every point
in the area's interior lies in a kept cell, ``"centroid"`` the cells
whose centre is in the area, ``"within"`` the cells entirely inside it.
``clip=True`` cuts the kept cells to the area; points are then counted only
where they fall inside the area.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional, Tuple

import numpy as np

from ..runtime import InputError, Notes, as_steps

SHAPES = ("hexagon", "square")
KEEP_RULES = ("intersects", "centroid", "within")
MAX_GRID_CELLS = 2_000_000
_HEX_RADIUS_PER_SIZE = math.sqrt(2.0 / (3.0 * math.sqrt(3.0)))


@dataclass
class Grid:
    """A grid of cells covering a study area.

    Attributes
    ----------
    cells : geopandas.GeoDataFrame
        One row per kept cell: ``cell_id`` (1..n, south to north then west to
        east), ``row``, ``col``, ``geometry``.
    shape : str
        ``"hexagon"`` or ``"square"``.
    cell_size : float
        Side of the square of equal area (metres); cell area is its square.
    spacing : float
        Distance between the centres of neighbouring cells (metres).
    origin : (float, float)
        Centre of cell (row 0, col 0) for hexagons, lower-left corner of
        cell (0, 0) for squares.
    clipped : bool
        Whether the geometries were cut to the study area.
    notes : Notes
    """

    cells: "object"
    shape: str
    cell_size: float
    spacing: float
    origin: Tuple[float, float]
    n_rows: int
    n_cols: int
    clipped: bool = False
    study_area: "object" = None
    notes: Notes = field(default_factory=Notes)
    _lookup: Optional[np.ndarray] = None

    @property
    def n(self) -> int:
        return len(self.cells)

    def centroids(self) -> np.ndarray:
        """``n x 2`` array of the centres of the full (unclipped) cells."""
        return cell_centres(self.shape, self.cell_size, self.origin,
                            self.cells["row"].to_numpy(), self.cells["col"].to_numpy())

    def locate(self, x, y) -> np.ndarray:
        """Position (0..n-1) in ``cells`` of the cell holding each point, -1 if none.

        See the module docstring for the boundary rule. With a clipped grid a
        point is located only if it lies in the study area (boundary
        included).
        """
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        row, col = cell_index(self.shape, self.cell_size, self.origin, x, y)
        ok = (row >= 0) & (row < self.n_rows) & (col >= 0) & (col < self.n_cols)
        out = np.full(x.shape, -1, dtype=np.int64)
        out[ok] = self._lookup[row[ok], col[ok]]
        if self.clipped and self.study_area is not None:
            import shapely

            hit = out >= 0
            inside = shapely.intersects_xy(self.study_area, x[hit], y[hit])
            idx = np.flatnonzero(hit)
            out[idx[~inside]] = -1
        return out


def hexagon_geometry(cell_size: float) -> Tuple[float, float, float]:
    """``(circumradius, spacing in a row, row spacing)`` of the hexagons of a cell size."""
    s = cell_size * _HEX_RADIUS_PER_SIZE
    return s, math.sqrt(3.0) * s, 1.5 * s


def cell_index(shape: str, cell_size: float, origin, x: np.ndarray, y: np.ndarray):
    """``(row, col)`` integer arrays of the cells holding the points (unbounded grid)."""
    x0, y0 = origin
    if shape == "square":
        col = np.floor((x - x0) / cell_size).astype(np.int64)
        row = np.floor((y - y0) / cell_size).astype(np.int64)
        return row, col
    _, w, v = hexagon_geometry(cell_size)
    u = (x - x0) / w
    t = (y - y0) / v
    # Even rows: centres at (i, 2k); odd rows: at (i + 1/2, 2k + 1), in (w, v) units.
    ia = np.floor(u + 0.5)
    ka = np.floor(t / 2.0 + 0.5)
    ib = np.floor(u)          # nearest i + 1/2 to u, half up
    kb = np.floor((t - 1.0) / 2.0 + 0.5)
    da = ((u - ia) * w) ** 2 + ((t - 2.0 * ka) * v) ** 2
    db = ((u - ib - 0.5) * w) ** 2 + ((t - 2.0 * kb - 1.0) * v) ** 2
    use_a = da <= db
    row = np.where(use_a, 2.0 * ka, 2.0 * kb + 1.0).astype(np.int64)
    col = np.where(use_a, ia, ib).astype(np.int64)
    return row, col


def cell_centres(shape: str, cell_size: float, origin, row: np.ndarray, col: np.ndarray) -> np.ndarray:
    """``n x 2`` centres of cells given by row and column."""
    x0, y0 = origin
    row = np.asarray(row, dtype=float)
    col = np.asarray(col, dtype=float)
    if shape == "square":
        return np.column_stack([x0 + (col + 0.5) * cell_size, y0 + (row + 0.5) * cell_size])
    _, w, v = hexagon_geometry(cell_size)
    shift = np.mod(row, 2.0) * 0.5
    return np.column_stack([x0 + (col + shift) * w, y0 + row * v])


def _cell_polygons(shape, cell_size, origin, rows, cols):
    """Cell polygons whose shared vertices are bit-identical floats.

    Vertices are computed from integer lattice coordinates (``x0 + m * step``)
    rather than as centre + offset, so neighbouring cells share their
    vertices exactly and the grid has no sliver gaps.
    """
    import shapely

    x0, y0 = origin
    rows = np.asarray(rows, dtype=np.int64)
    cols = np.asarray(cols, dtype=np.int64)
    if shape == "square":
        dx = np.array([0, 1, 1, 0, 0])
        dy = np.array([0, 0, 1, 1, 0])
        vx = x0 + (cols[:, None] + dx[None, :]) * cell_size
        vy = y0 + (rows[:, None] + dy[None, :]) * cell_size
    else:
        s, w, _ = hexagon_geometry(cell_size)
        # x in half-widths, y in half-radii; pointy-topped, counter-clockwise
        # from the south-east vertex.
        mx = 2 * cols + (rows % 2)
        dx = np.array([1, 1, 0, -1, -1, 0, 1])
        dy = np.array([-1, 1, 2, 1, -1, -2, -1])
        vx = x0 + (mx[:, None] + dx[None, :]) * (w / 2.0)
        vy = y0 + (3 * rows[:, None] + dy[None, :]) * (s / 2.0)
    coords = np.stack([vx, vy], axis=-1)
    return shapely.polygons(coords)


def _as_area(study_area):
    """(single shapely geometry, crs or None) from a geometry, GeoSeries or GeoDataFrame."""

    import geopandas as gpd
    import shapely

    crs = getattr(study_area, "crs", None)
    if isinstance(study_area, (gpd.GeoSeries, gpd.GeoDataFrame)):
        geoms = np.asarray(study_area.geometry.values, dtype=object)
        geoms = np.array([g for g in geoms if g is not None and not g.is_empty], dtype=object)
        if geoms.size == 0:
            raise InputError("the study area has no non-empty polygon")
        area = shapely.union_all(geoms)
    elif isinstance(study_area, shapely.Geometry):
        area = study_area
    else:
        raise InputError(
            f"study_area must be a shapely polygon, GeoSeries or GeoDataFrame; got "
            f"{type(study_area).__name__}"
        )
    if area.is_empty or area.area <= 0:
        raise InputError("the study area is empty or has no area (give polygons)")
    if crs is not None and getattr(crs, "is_geographic", False):
        raise InputError(
            f"the study area is in a geographic CRS ({crs.name}); grids need a projected CRS "
            "in metres. Reproject first."
        )
    return area, crs


def make_grid(
    study_area,
    *,
    shape: str = "hexagon",
    cell_size: float,
    keep: str = "intersects",
    clip: bool = False,
    crs=None,
    progress=None,
    should_stop=None,
) -> Grid:
    """A hexagon or square grid covering a study area.

    Parameters
    ----------
    study_area : shapely geometry, GeoSeries or GeoDataFrame
        Polygons in a projected CRS (metres); several are dissolved.
    shape : {"hexagon", "square"}
    cell_size : float
        Side of the square of equal area, metres (cell area = cell_size**2).
    keep : {"intersects", "centroid", "within"}
        Which cells to keep (module docstring).
    clip : bool
        Cut the kept cells to the study area.
    crs : optional
        CRS of the output GeoDataFrame; defaults to the study area's.

    Returns
    -------
    Grid
    """
    import geopandas as gpd
    import shapely

    steps = as_steps(progress, should_stop)
    if shape not in SHAPES:
        raise InputError(f"shape must be one of {SHAPES}; got {shape!r}")
    if keep not in KEEP_RULES:
        raise InputError(f"keep must be one of {KEEP_RULES}; got {keep!r}")
    cell_size = float(cell_size) if cell_size is not None else float("nan")
    if not (np.isfinite(cell_size) and cell_size > 0):
        raise InputError(f"cell size must be a positive number of metres; got {cell_size!r}")
    area, area_crs = _as_area(study_area)
    crs = crs if crs is not None else area_crs
    xmin, ymin, xmax, ymax = area.bounds

    if shape == "square":
        spacing = cell_size
        x0 = math.floor(xmin / cell_size) * cell_size
        y0 = math.floor(ymin / cell_size) * cell_size
        n_cols = int(math.ceil((xmax - x0) / cell_size)) + 1
        n_rows = int(math.ceil((ymax - y0) / cell_size)) + 1
    else:
        s, w, v = hexagon_geometry(cell_size)
        spacing = w
        # Row 0 (even) one row below the area, column 0 one hexagon west of it.
        x0 = (math.floor(xmin / w) - 1) * w
        y0 = (math.floor(ymin / (2 * v)) - 1) * 2 * v
        n_cols = int(math.ceil((xmax - x0) / w)) + 2
        n_rows = int(math.ceil((ymax - y0) / v)) + 2
    total = n_rows * n_cols
    if total > MAX_GRID_CELLS:
        raise InputError(
            f"a {cell_size:g} m grid over this study area would need {total:,} cells (limit "
            f"{MAX_GRID_CELLS:,}); use a larger cell size"
        )
    steps.report(0.1)
    rows, cols = np.divmod(np.arange(total, dtype=np.int64), n_cols)
    centres = cell_centres(shape, cell_size, (x0, y0), rows, cols)
    polys = _cell_polygons(shape, cell_size, (x0, y0), rows, cols)
    steps.report(0.3)
    shapely.prepare(area)
    if keep == "intersects":
        # Interiors must meet: a cell that only touches the area along its
        # edge or at a corner covers none of it.
        mask = shapely.intersects(area, polys) & ~shapely.touches(area, polys)
    elif keep == "centroid":
        mask = shapely.intersects_xy(area, centres[:, 0], centres[:, 1])
    else:
        mask = shapely.covers(area, polys)
    steps.report(0.7)
    rows, cols, polys = rows[mask], cols[mask], polys[mask]
    if rows.size == 0:
        raise InputError(
            f"no {shape} cell of {cell_size:g} m is kept by the rule {keep!r}; use a smaller cell size"
        )
    geoms = shapely.intersection(polys, area) if clip else polys
    cells = gpd.GeoDataFrame(
        {"cell_id": np.arange(1, rows.size + 1, dtype=np.int64), "row": rows, "col": cols},
        geometry=geoms,
        crs=crs,
    )
    lookup = np.full((n_rows, n_cols), -1, dtype=np.int64)
    lookup[rows, cols] = np.arange(rows.size)
    notes = Notes()
    notes.say(
        f"{rows.size} {shape} cells of {cell_size:g} m (area {cell_size ** 2:,.0f} m2, centre "
        f"spacing {spacing:.1f} m), kept by the rule '{keep}'{', clipped' if clip else ''}"
    )
    steps.report(1.0)
    return Grid(
        cells=cells,
        shape=shape,
        cell_size=cell_size,
        spacing=spacing,
        origin=(x0, y0),
        n_rows=n_rows,
        n_cols=n_cols,
        clipped=clip,
        study_area=area,
        notes=notes,
        _lookup=lookup,
    )


@dataclass
class PointCounts:
    """Points counted into grid cells.

    Attributes
    ----------
    counts : numpy.ndarray
        Count (or sum of weights) per cell, in the order of ``grid.cells``.
    index : numpy.ndarray
        Cell position of each input point, -1 when it is in no kept cell.
    n_points, n_outside : int
    notes : Notes
    """

    counts: np.ndarray
    index: np.ndarray
    n_points: int
    n_outside: int
    notes: Notes = field(default_factory=Notes)


def count_points(grid: Grid, x, y, *, weights=None) -> PointCounts:
    """Count points (or sum their weights) per grid cell.

    Every point lands in at most one cell (module docstring for the rule);
    points in no kept cell are counted in ``n_outside`` and reported.
    """
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    if x.shape != y.shape:
        raise InputError(f"x and y differ in length: {x.size} and {y.size}")
    bad = ~(np.isfinite(x) & np.isfinite(y))
    if bad.any():
        raise InputError(f"{int(bad.sum())} point(s) have NaN or infinite coordinates")
    idx = grid.locate(x, y)
    inside = idx >= 0
    w = None
    if weights is not None:
        w = np.asarray(weights, dtype=float).ravel()
        if w.shape != x.shape:
            raise InputError(f"weights has {w.size} values for {x.size} points")
        w = w[inside]
    counts = np.bincount(idx[inside], weights=w, minlength=grid.n).astype(float)
    notes = Notes()
    n_out = int((~inside).sum())
    if n_out:
        notes.warn(f"{n_out} of {x.size} point(s) fall in no grid cell (outside the study area)")
    return PointCounts(counts=counts, index=idx, n_points=int(x.size), n_outside=n_out, notes=notes)
