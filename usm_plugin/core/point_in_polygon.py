"""Assign points to polygons: exactly one polygon per point, fast.

The boundary rule (the plugin's promise)
----------------------------------------
A point belongs to every polygon whose *closed* region contains it, i.e. the
interior or the boundary (GEOS/shapely ``intersects``).  When that is more
than one polygon -- a point on an edge or vertex shared by two neighbourhoods,
or inside two overlapping polygons -- the point goes to the single polygon
with the lowest ``priority`` value (ties in priority: the polygon that comes
first), and it is counted in ``n_ties``.  A point in no closed polygon is
"outside" (index -1).  So every point inside the study area lands in exactly
one polygon: never zero (QGIS's *Count points in polygon* uses ``contains``
and drops a point lying on a shared edge from both sides) and never two (a
plain ``intersects`` join counts it on both sides).

How it is fast
--------------
A regular grid is laid over the polygons' extent.  Every cell that any
polygon boundary touches is marked *mixed*: each ring is sampled at a spacing
of at most half a cell, and for each pair of consecutive samples the whole
(at most 2 x 2) block of cells spanned by the pair, widened by a tiny epsilon
for rounding, is marked.  Because a straight piece no longer than half a cell
cannot leave that block, this is a conservative supercover of every boundary.
The remaining *clean* cells contain no boundary point, so a 4-connected group
of clean cells (``scipy.ndimage.label``) lies wholly inside the same set of
polygons: one exact shapely test of one point of the group decides every
point in it.  Only points in mixed cells are tested exactly, through an
``STRtree`` with the ``intersects`` predicate.  The result is exact -- the
grid only decides which points need the exact test; it never decides a point
that is near a boundary.

The cell coordinates of points and boundary samples are computed with the
same monotone formula ``floor((v - origin) / cell)``, so the argument above
holds for the floating-point cells actually used, not only for ideal ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .runtime import InputError, as_steps

__all__ = ["Assignment", "assign_points"]

# Largest grid (cells).  The label array is int32, so this bounds the grid's
# memory to about 5 bytes x 8.4 M = 42 MB, whatever the input size.
_MAX_CELLS = 1 << 23
_CHUNK = 200_000
_PIECE_CHUNK = 1 << 18


@dataclass
class Assignment:
    """Where each point went.

    Attributes
    ----------
    index : numpy.ndarray of int64
        Position (in the ``polygons`` sequence) of the polygon each point was
        assigned to; -1 when the point is in no polygon or its coordinates
        are NaN.
    n_ties : int
        Number of points that lie in or on more than one polygon (on a shared
        edge or vertex, or in an overlap); each was given to one polygon only.
    tie_mask : numpy.ndarray of bool
        True for those points.
    """

    index: np.ndarray
    n_ties: int
    tie_mask: np.ndarray

    @property
    def n_outside(self) -> int:
        """Number of points assigned to no polygon (index -1)."""
        return int(np.count_nonzero(self.index < 0))


def _polygon_array(polygons) -> np.ndarray:
    import shapely

    geoms = np.asarray(polygons, dtype=object)
    if geoms.ndim != 1:
        geoms = geoms.reshape(-1)
    present = ~shapely.is_missing(geoms)
    if present.any():
        kinds = shapely.get_type_id(geoms[present])
        bad = ~np.isin(kinds, (3, 6))  # Polygon, MultiPolygon
        if bad.any():
            names = sorted({shapely.get_type_id(g) for g in geoms[present][bad]})
            type_names = {0: "Point", 1: "LineString", 2: "LinearRing", 4: "MultiPoint",
                          5: "MultiLineString", 7: "GeometryCollection"}
            raise InputError(
                "assign_points needs Polygon or MultiPolygon geometries; got "
                + ", ".join(type_names.get(k, str(k)) for k in names)
                + f" in {int(bad.sum())} of {len(geoms)} features"
            )
    return geoms


def _grid_size(n_polygons: int, n_points: int) -> int:
    """Number of grid cells for this job.

    Cost model: exact tests cost about 1 us per point in a mixed cell and the
    share of mixed cells falls like 1/k when each polygon spans k x k cells,
    while the grid costs a few ns per cell (n_polygons * k**2 cells).
    Balancing the two gives k ~ (c * points / polygons) ** (1/3).
    """
    k = np.cbrt(160.0 * max(n_points, 1) / max(n_polygons, 1))
    k = float(np.clip(k, 4.0, 64.0))
    return int(np.clip(n_polygons * k * k, 1024, _MAX_CELLS))


def _resolve_exact(tree, tree_index, rank, order, px, py):
    """Exact assignment of points (px, py) by the STRtree ``intersects`` query.

    Returns (polygon position or -1, number of polygons hit) per point.
    """
    import shapely

    n = len(px)
    result = np.full(n, -1, dtype=np.int64)
    hits = np.zeros(n, dtype=np.int64)
    if n == 0:
        return result, hits
    pairs = tree.query(shapely.points(px, py), predicate="intersects")
    if pairs.shape[1] == 0:
        return result, hits
    pt, poly = pairs[0], tree_index[pairs[1]]
    best = np.full(n, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(best, pt, rank[poly])
    found = best != np.iinfo(np.int64).max
    result[found] = order[best[found]]
    hits[:] = np.bincount(pt, minlength=n)
    return result, hits


def assign_points(
    x,
    y,
    polygons: Sequence,
    *,
    priority=None,
    progress=None,
    should_stop=None,
) -> Assignment:
    """Assign each point to exactly one polygon (or none) by the boundary rule.

    Parameters
    ----------
    x, y : array_like of float
        Point coordinates, in the polygons' CRS.  NaN (or infinite)
        coordinates are never assigned (index -1); the caller reports them.
    polygons : sequence of shapely Polygon / MultiPolygon
        ``None`` or empty geometries are allowed and never receive points.
    priority : array_like of int, optional
        Tie-break rank of each polygon: a point in or on several polygons
        goes to the one with the lowest value (then the earliest position).
        Default: the position in ``polygons``.
    progress, should_stop : callable, optional
        Progress and cancellation callables (see :mod:`.runtime`).

    Returns
    -------
    Assignment
        ``index`` (polygon position per point, -1 outside), ``n_ties`` and
        ``tie_mask``.

    Raises
    ------
    InputError
        If x and y differ in length, ``priority`` does not match the
        polygons, or a geometry is not polygonal.
    Cancelled
        If ``should_stop()`` returns True.

    Notes
    -----
    See the module docstring for the boundary rule and the algorithm.  The
    result equals, for every point, "all polygons ``p`` with
    ``p.intersects(point)``, then the lowest priority".
    """
    import shapely
    from scipy import ndimage

    steps = as_steps(progress, should_stop)
    x = np.asarray(x, dtype=np.float64).reshape(-1)
    y = np.asarray(y, dtype=np.float64).reshape(-1)
    if x.shape != y.shape:
        raise InputError(f"x and y must have the same length; got {len(x)} and {len(y)}")
    geoms = _polygon_array(polygons)
    n_poly = len(geoms)
    if priority is None:
        prio = np.arange(n_poly, dtype=np.int64)
    else:
        prio = np.asarray(priority).reshape(-1)
        if len(prio) != n_poly:
            raise InputError(
                f"priority must have one value per polygon ({n_poly}); got {len(prio)}"
            )
        if not np.issubdtype(prio.dtype, np.integer):
            raise InputError(f"priority must be integers; got dtype {prio.dtype}")
        prio = prio.astype(np.int64)
    # order[r] = polygon with rank r; rank[p] = rank of polygon p.  Stable sort
    # makes "earliest position" the second tie-break.
    order = np.argsort(prio, kind="stable").astype(np.int64)
    rank = np.empty(n_poly, dtype=np.int64)
    rank[order] = np.arange(n_poly, dtype=np.int64)

    n_pts = len(x)
    index = np.full(n_pts, -1, dtype=np.int64)
    tie_mask = np.zeros(n_pts, dtype=bool)

    usable = np.flatnonzero(~(shapely.is_missing(geoms) | shapely.is_empty(geoms)))
    finite = np.isfinite(x) & np.isfinite(y)
    if len(usable) == 0 or n_pts == 0 or not finite.any():
        return Assignment(index, 0, tie_mask)
    steps.report(0.02)

    used = geoms[usable]
    tree = shapely.STRtree(used)
    tree_index = usable.astype(np.int64)  # tree position -> polygon position

    # --- grid over the polygons' extent -----------------------------------
    b = shapely.bounds(used)
    xmin, ymin = float(np.min(b[:, 0])), float(np.min(b[:, 1]))
    xmax, ymax = float(np.max(b[:, 2])), float(np.max(b[:, 3]))
    width = max(xmax - xmin, 0.0)
    height = max(ymax - ymin, 0.0)
    span = max(width, height)
    if not np.isfinite(span) or span == 0.0:
        # Degenerate extent (zero-area polygons): everything is exact.
        cand = np.flatnonzero(finite)
        res, hits = _resolve_exact(tree, tree_index, rank, order, x[cand], y[cand])
        index[cand] = res
        tie_mask[cand] = hits > 1
        return Assignment(index, int(tie_mask.sum()), tie_mask)

    n_cells = _grid_size(len(used), int(finite.sum()))
    w_eff = max(width, span * 1e-3)
    h_eff = max(height, span * 1e-3)
    cell = float(np.sqrt(w_eff * h_eff / n_cells))
    nx = int(np.floor(width / cell)) + 1
    ny = int(np.floor(height / cell)) + 1
    while nx * ny > _MAX_CELLS:  # rounding can overshoot slightly
        cell *= 1.05
        nx = int(np.floor(width / cell)) + 1
        ny = int(np.floor(height / cell)) + 1

    def col(v):
        return np.floor((v - xmin) / cell)

    def row(v):
        return np.floor((v - ymin) / cell)

    # --- mark every cell a boundary touches --------------------------------
    # Rounding margin: larger than the error of the interpolated samples and
    # of the binning, far smaller than a cell.
    eps = max(cell * 1e-7, 64 * np.spacing(max(abs(xmin), abs(xmax), abs(ymin), abs(ymax), 1.0)))
    mixed = np.zeros(ny * nx, dtype=bool)
    parts = shapely.get_parts(used)
    rings = shapely.get_rings(parts)
    coords, ring_id = shapely.get_coordinates(rings, return_index=True)
    steps.report(0.08)
    # Consecutive vertices of the same ring form an edge.
    same = ring_id[1:] == ring_id[:-1]
    edges = np.column_stack([coords[:-1][same], coords[1:][same]])
    del coords, ring_id, same
    # An edge shared by two neighbours is stored twice (once reversed); marking
    # it once is enough.  Orient each edge from its smaller end, then drop
    # exact duplicates (inputs whose shared vertices do not match lose nothing).
    swap = (edges[:, 0] > edges[:, 2]) | (
        (edges[:, 0] == edges[:, 2]) & (edges[:, 1] > edges[:, 3]))
    edges[swap] = edges[swap][:, [2, 3, 0, 1]]
    edges = edges[np.lexsort(edges.T[::-1])]
    keep = np.ones(len(edges), dtype=bool)
    keep[1:] = (edges[1:] != edges[:-1]).any(axis=1)
    edges = edges[keep]
    ax, ay, bx, by = (np.ascontiguousarray(edges[:, k]) for k in range(4))
    del edges, swap, keep
    n_edges = len(ax)
    # Each edge is cut into pieces no longer than half a cell.  The piece
    # starts are the samples; a piece ends at the next sample of its edge or
    # at the edge's end vertex.  Every sample gets the cell range of
    # [v - eps, v + eps] on both axes; a piece marks the union of its two
    # ends' ranges, at most 2 x 2 cells.  Edges go in chunks of about
    # _PIECE_CHUNK pieces: the sample arrays stay small (cache-friendly,
    # memory-bounded) and are reused from chunk to chunk.
    max_step = cell * 0.5
    e_rel = eps / cell
    all_pieces = np.maximum(np.ceil(np.hypot(bx - ax, by - ay) / max_step), 1).astype(np.int64)
    ends = np.cumsum(all_pieces)
    bounds = [0]
    while bounds[-1] < n_edges:
        start = bounds[-1]
        base = ends[start - 1] if start else 0
        stop = int(np.searchsorted(ends, base + _PIECE_CHUNK, side="right"))
        bounds.append(min(max(stop, start + 1), n_edges))

    def cell_range(v, origin, n):
        u = (v - origin) / cell
        lo = np.floor(u - e_rel)
        hi = np.floor(u + e_rel)
        np.clip(lo, 0, n - 1, out=lo)
        np.clip(hi, 0, n - 1, out=hi)
        return lo.astype(np.int64), hi.astype(np.int64)

    for start, stop in zip(bounds[:-1], bounds[1:]):
        ex0, ey0 = ax[start:stop], ay[start:stop]
        dx, dy = bx[start:stop] - ex0, by[start:stop] - ey0
        pieces = all_pieces[start:stop]
        edge = np.repeat(np.arange(stop - start), pieces)
        first = np.cumsum(pieces) - pieces  # index of each edge's first sample
        t = (np.arange(len(edge), dtype=np.int64) - first[edge]) / pieces[edge]
        sx_lo, sx_hi = cell_range(ex0[edge] + t * dx[edge], xmin, nx)
        sy_lo, sy_hi = cell_range(ey0[edge] + t * dy[edge], ymin, ny)
        del t
        ex_lo, ex_hi = cell_range(bx[start:stop], xmin, nx)
        ey_lo, ey_hi = cell_range(by[start:stop], ymin, ny)
        # End of each piece: the next sample, or the edge's end vertex.
        last = np.zeros(len(edge), dtype=bool)
        last[first + pieces - 1] = True
        nxt = np.minimum(np.arange(1, len(edge) + 1), len(edge) - 1)
        c0 = np.minimum(sx_lo, np.where(last, ex_lo[edge], sx_lo[nxt]))
        c1 = np.maximum(sx_hi, np.where(last, ex_hi[edge], sx_hi[nxt]))
        r0 = np.minimum(sy_lo, np.where(last, ey_lo[edge], sy_lo[nxt])) * nx
        r1 = np.maximum(sy_hi, np.where(last, ey_hi[edge], sy_hi[nxt])) * nx
        mixed[r0 + c0] = True
        mixed[r0 + c1] = True
        mixed[r1 + c0] = True
        mixed[r1 + c1] = True
        steps.report(0.08 + 0.22 * stop / n_edges)

    labels, n_comp = ndimage.label(~mixed.reshape(ny, nx))
    labels = labels.reshape(-1)
    del mixed
    steps.report(0.4)

    # --- bin the points -------------------------------------------------------
    cand = np.flatnonzero(finite)
    cx = col(x[cand])
    cy = row(y[cand])
    inside = (cx >= 0) & (cx < nx) & (cy >= 0) & (cy < ny)
    cand = cand[inside]  # points off the grid are outside every polygon
    cell_id = cy[inside].astype(np.int64) * nx + cx[inside].astype(np.int64)
    del cx, cy, inside
    comp = labels[cell_id]
    del labels, cell_id
    steps.report(0.45)

    # --- clean cells: one exact test per connected component ---------------------
    clean = comp > 0
    clean_pts = cand[clean]
    clean_comp = comp[clean]
    if len(clean_pts):
        rep = np.full(n_comp + 1, -1, dtype=np.int64)
        # Any point of a component represents it; which one wins is irrelevant.
        rep[clean_comp] = clean_pts
        needed = np.flatnonzero(rep >= 0)
        res, hits = _resolve_exact(tree, tree_index, rank, order,
                                   x[rep[needed]], y[rep[needed]])
        comp_poly = np.full(n_comp + 1, -1, dtype=np.int64)
        comp_tie = np.zeros(n_comp + 1, dtype=bool)
        comp_poly[needed] = res
        comp_tie[needed] = hits > 1
        index[clean_pts] = comp_poly[clean_comp]
        tie_mask[clean_pts] = comp_tie[clean_comp]
    steps.report(0.5)

    # --- mixed cells: exact tests, in chunks ------------------------------------
    mixed_pts = cand[~clean]
    n_mixed = len(mixed_pts)
    for s in range(0, n_mixed, _CHUNK):
        sel = mixed_pts[s:s + _CHUNK]
        res, hits = _resolve_exact(tree, tree_index, rank, order, x[sel], y[sel])
        index[sel] = res
        tie_mask[sel] = hits > 1
        steps.report(0.5 + 0.5 * min(s + _CHUNK, n_mixed) / n_mixed)
    steps.report(1.0)
    return Assignment(index, int(np.count_nonzero(tie_mask)), tie_mask)
