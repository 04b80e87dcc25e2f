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
    size = float(tolerance)
    origin = np.minimum(a.min(axis=0), b.min(axis=0)) - size   # grown boxes start in cell 0
    cx, cy, cell_edge = _edge_cells(a, b, tolerance, origin, size)
    width = int(cx.max()) + 2
    key = cy * width + cx
    order = np.argsort(key, kind="stable")
    key, cell_edge = key[order], cell_edge[order]
    d_vec = b - a
    len2 = np.einsum("ij,ij->i", d_vec, d_vec)
    for lo in range(0, n, _BLOCK):
        hi = min(lo + _BLOCK, n)
        p = xy[lo:hi]
        pc = np.floor((p - origin) / size).astype(np.int64)
        inside = (pc[:, 0] >= 0) & (pc[:, 1] >= 0) & (pc[:, 0] < width)
        pkey = np.where(inside, pc[:, 1] * width + pc[:, 0], -1)
        start = np.searchsorted(key, pkey, side="left")
        stop = np.searchsorted(key, pkey, side="right")
        count = np.where(inside, stop - start, 0)
        point = np.repeat(np.arange(hi - lo), count)
        if len(point) == 0:
            continue
        j = np.repeat(start, count) + (np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count))
        e = cell_edge[j]
        rel = p[point] - a[e]
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.einsum("ij,ij->i", rel, d_vec[e]) / len2[e]
        t = np.clip(np.nan_to_num(t, nan=0.0), 0.0, 1.0)
        foot = a[e] + t[:, None] * d_vec[e]
        dist = np.hypot(*(p[point] - foot).T)
        # pairs come grouped by point, edges ascending inside a group: the first pair at the
        # group's minimum distance is the nearest edge, ties to the lowest edge index
        flag = np.r_[True, point[1:] != point[:-1]]
        nearest = np.minimum.reduceat(dist, np.flatnonzero(flag))
        at_min = np.flatnonzero(dist == nearest[np.cumsum(flag) - 1])
        sel = at_min[np.r_[True, point[at_min][1:] != point[at_min][:-1]]]
        ok = dist[sel] <= tolerance
        sel = sel[ok]
        rows = lo + point[sel]
        edge_out[rows] = e[sel]
        t_out[rows] = t[sel]
        d_out[rows] = dist[sel]
    return edge_out, t_out, d_out
