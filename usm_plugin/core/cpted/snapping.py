"""Nearest street edge within a tolerance, for very many points, exact and vectorised.

Every edge is registered in the cells of a square grid (cell size = the
tolerance) that its bounding box, grown by the tolerance, touches.  A point
within the tolerance of an edge lies in that grown box, so the edges
registered in the point's cell are all its candidates; the exact
point-to-segment distance picks the nearest.  No tree is walked per point:
the work is a few sorts and gathers over (point, candidate edge) pairs, done in
blocks to bound memory.  For a million incidents on a city network it is
several times faster than a k-nearest search of edge samples, and exact.
"""

from __future__ import annotations

import numpy as np

_BLOCK = 250_000
#: largest grid of cells (its offset table is 8 bytes a cell)
_MAX_CELLS = 8_000_000


def _edge_cells(a, b, tol, origin, size):
    """(cell key, edge) pairs of every edge's bounding box grown by ``tol``."""
    lo = np.floor((np.minimum(a, b) - tol - origin) / size).astype(np.int64)
    hi = np.floor((np.maximum(a, b) + tol - origin) / size).astype(np.int64)
    nx = hi[:, 0] - lo[:, 0] + 1
    ny = hi[:, 1] - lo[:, 1] + 1
    count = nx * ny
    edge = np.repeat(np.arange(len(a)), count)
    k = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    cx = lo[edge, 0] + k % nx[edge]
    cy = lo[edge, 1] + k // nx[edge]
    return cx, cy, edge


def nearest_edges(node_xy, edge_u, edge_v, xy, tolerance):
    """Nearest edge of each point within ``tolerance`` (metres).

    Returns (edge, t, distance): edge index (-1 beyond the tolerance), position
    ``t`` in [0, 1] of the foot from ``edge_u`` to ``edge_v``, and the distance
    (inf beyond the tolerance).  Ties go to the lowest edge index.
    """
    n = len(xy)
    edge_out = np.full(n, -1, dtype=np.int64)
    t_out = np.zeros(n)
    d_out = np.full(n, np.inf)
    if n == 0 or len(edge_u) == 0:
        return edge_out, t_out, d_out
    a, b = node_xy[edge_u], node_xy[edge_v]
    lo_xy = np.minimum(a.min(axis=0), b.min(axis=0)) - tolerance
    hi_xy = np.maximum(a.max(axis=0), b.max(axis=0)) + tolerance
    # cells of at least the tolerance; larger when the grid would exceed _MAX_CELLS
    span = hi_xy - lo_xy
    size = max(float(tolerance), float(np.sqrt(span[0] * span[1] / _MAX_CELLS)))
    width = int(np.floor(span[0] / size)) + 2
    height = int(np.floor(span[1] / size)) + 2
    cx, cy, cell_edge = _edge_cells(a, b, tolerance, lo_xy, size)
    key = cy * width + cx
    order = np.argsort(key, kind="stable")     # edges ascending within a cell
    cell_edge = cell_edge[order]
    offsets = np.concatenate([[0], np.cumsum(np.bincount(key, minlength=width * height))])
    ex, ey = a[:, 0], a[:, 1]
    dx, dy = b[:, 0] - ex, b[:, 1] - ey
    len2 = dx * dx + dy * dy
    inv = np.where(len2 > 0, 1.0 / np.where(len2 > 0, len2, 1.0), 0.0)
    tol2 = float(tolerance) ** 2
    for lo in range(0, n, _BLOCK):
        hi = min(lo + _BLOCK, n)
        px, py = xy[lo:hi, 0], xy[lo:hi, 1]
        ix = np.floor((px - lo_xy[0]) / size).astype(np.int64)
        iy = np.floor((py - lo_xy[1]) / size).astype(np.int64)
        inside = (ix >= 0) & (iy >= 0) & (ix < width) & (iy < height)
        cell = np.where(inside, iy * width + ix, 0)
        start = offsets[cell]
        count = np.where(inside, offsets[cell + 1] - start, 0)
        total = int(count.sum())
        if total == 0:
            continue
        point = np.repeat(np.arange(hi - lo), count)
        j = np.repeat(start - (np.cumsum(count) - count), count) + np.arange(total)
        e = cell_edge[j]
        rx = px[point] - ex[e]
        ry = py[point] - ey[e]
        gx, gy = dx[e], dy[e]
        t = np.clip((rx * gx + ry * gy) * inv[e], 0.0, 1.0)
        fx = rx - t * gx
        fy = ry - t * gy
        d2 = fx * fx + fy * fy
        # pairs come grouped by point, edges ascending inside a group: the first pair at the
        # group's minimum distance is the nearest edge, ties to the lowest edge index
        flag = np.empty(total, dtype=bool)
        flag[0] = True
        np.not_equal(point[1:], point[:-1], out=flag[1:])
        group_start = np.flatnonzero(flag)
        nearest = np.minimum.reduceat(d2, group_start)
        at_min = np.flatnonzero(d2 == np.repeat(nearest, np.diff(np.append(group_start, total))))
        sel = at_min[np.r_[True, point[at_min][1:] != point[at_min][:-1]]]
        ok = d2[sel] <= tol2
        sel = sel[ok]
        rows = lo + point[sel]
        edge_out[rows] = e[sel]
        t_out[rows] = t[sel]
        d_out[rows] = np.sqrt(d2[sel])
    return edge_out, t_out, d_out
