"""Street segments between intersections, linear referencing along them, interval unions.

A :class:`~..network.street_network.StreetGraph` has one edge per straight piece
between two consecutive street vertices.  A *segment* is a maximal chain of edges
whose inner nodes have degree 2: it runs from an intersection (degree >= 3) or a
dead end (degree 1) to the next one.  A closed chain of degree-2 nodes (an
isolated ring) is one segment starting at its lowest-numbered edge.  Segments
longer than ``max_length`` are cut into equal *units*; every measure of the
audit is computed per unit (a segment that is not cut is one unit).

Positions along a segment are *measures*: metres from the segment's start.
Each edge knows its offset and direction inside its segment, so a point snapped
to an edge at parameter ``t`` has a measure, and a light's lit interval on an
edge becomes an interval of measures.  All of it is vectorised (no Python loop
over edges or segments): the edge order inside each segment comes from one
depth-first traversal (scipy) of the edge-adjacency graph.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..runtime import InputError

_EPS = 1e-9


@dataclass
class Segments:
    """Segments and units of a street graph.

    Attributes
    ----------
    edge_segment, edge_offset, edge_forward : ndarray
        Per graph edge: its segment, the measure of its start inside the segment
        (metres) and whether it runs from ``edge_u`` to ``edge_v`` in the segment's
        direction.
    seg_length, seg_start_node, seg_end_node, seg_n_edges : ndarray
        Per segment.  A ring has the same start and end node.
    seg_ring : ndarray of bool
        Closed chain of degree-2 nodes (no intersection, no dead end).
    unit_segment, unit_piece, unit_pieces, unit_m0, unit_m1 : ndarray
        Per unit: its segment, its piece number (0-based) of ``unit_pieces`` and
        its measure range inside the segment.
    seg_first_unit : ndarray
        Index of the segment's first unit.
    node_degree : ndarray
        Degree of every graph node.
    geometry : ndarray of shapely LineString
        One per unit, in the segment's direction.
    edge_length : ndarray
        Length of every graph edge (metres).
    """

    edge_segment: np.ndarray
    edge_offset: np.ndarray
    edge_forward: np.ndarray
    seg_length: np.ndarray
    seg_start_node: np.ndarray
    seg_end_node: np.ndarray
    seg_n_edges: np.ndarray
    seg_ring: np.ndarray
    unit_segment: np.ndarray
    unit_piece: np.ndarray
    unit_pieces: np.ndarray
    unit_m0: np.ndarray
    unit_m1: np.ndarray
    seg_first_unit: np.ndarray
    node_degree: np.ndarray
    geometry: np.ndarray
    edge_length: np.ndarray

    @property
    def n_segments(self) -> int:
        return len(self.seg_length)

    @property
    def n_units(self) -> int:
        return len(self.unit_segment)

    @property
    def unit_length(self) -> np.ndarray:
        return self.unit_m1 - self.unit_m0

    def unit_degrees(self):
        """Node degree at the start and the end of every unit (2 at a cut)."""
        seg = self.unit_segment
        first = self.unit_piece == 0
        last = self.unit_piece == self.unit_pieces - 1
        d_start = np.where(first, self.node_degree[self.seg_start_node[seg]], 2)
        d_end = np.where(last, self.node_degree[self.seg_end_node[seg]], 2)
        return d_start, d_end

    def measure(self, edge: np.ndarray, along: np.ndarray) -> np.ndarray:
        """Segment measure of points ``along`` metres from ``edge_u`` on ``edge``."""
        length = self.edge_length[edge]
        local = np.where(self.edge_forward[edge], along, length - along)
        return self.edge_offset[edge] + local

    def unit_at(self, segment: np.ndarray, measure: np.ndarray) -> np.ndarray:
        """The unit holding each (segment, measure) position."""
        pieces = self.unit_pieces[self.seg_first_unit[segment]]
        piece_len = self.seg_length[segment] / pieces
        k = np.floor(measure / np.where(piece_len > 0, piece_len, 1.0)).astype(np.int64)
        return self.seg_first_unit[segment] + np.clip(k, 0, pieces - 1)

    def unit_intervals(self, segment, lo, hi):
        """Split measure intervals ``[lo, hi]`` of segments at unit boundaries.

        Returns (unit, lo, hi) with measures *inside the unit* (0 at its start).
        """
        segment = np.asarray(segment, dtype=np.int64)
        first_u = self.unit_at(segment, lo)
        last_u = self.unit_at(segment, hi)
        span = last_u - first_u + 1
        unit = np.repeat(first_u, span) + (np.arange(span.sum()) - np.repeat(np.cumsum(span) - span, span))
        lo_r, hi_r = np.repeat(lo, span), np.repeat(hi, span)
        m0, m1 = self.unit_m0[unit], self.unit_m1[unit]
        a = np.maximum(lo_r, m0) - m0
        b = np.minimum(hi_r, m1) - m0
        keep = b > a + _EPS
        return unit[keep], a[keep], b[keep]


def _chain_order(edge_u, edge_v, n_nodes):
    """Edges grouped into chains and ordered along them.

    Returns (order, pred, chain, degree, ring, start_edge): ``order`` lists the
    edge indices chain by chain, each chain in its order from its start edge;
    ``pred`` the previous edge of each edge in the traversal (an index >= the
    number of edges for a chain's first edge); ``chain`` the chain label of each
    edge; ``degree`` the node degrees; ``ring`` and ``start_edge`` per chain label.
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components, depth_first_order

    n_e = len(edge_u)
    degree = np.bincount(np.concatenate([edge_u, edge_v]), minlength=n_nodes)
    inc_node = np.concatenate([edge_u, edge_v])
    inc_edge = np.concatenate([np.arange(n_e), np.arange(n_e)])
    srt = np.argsort(inc_node, kind="stable")
    inc_node, inc_edge = inc_node[srt], inc_edge[srt]
    through = degree[inc_node] == 2
    pair = inc_edge[through].reshape(-1, 2)   # the two edges meeting at each degree-2 node
    adj_core = coo_matrix((np.ones(len(pair)), (pair[:, 0], pair[:, 1])), shape=(n_e, n_e))
    n_chain, chain = connected_components(adj_core, directed=False)
    has_break = (degree[edge_u] != 2) | (degree[edge_v] != 2)
    # start edge per chain: the lowest edge with a break end, else (a ring) the lowest edge
    key = np.where(has_break, 0, 1) * (n_e + 1) + np.arange(n_e)
    best = np.full(n_chain, np.iinfo(np.int64).max)
    np.minimum.at(best, chain, key)
    start_edge = best % (n_e + 1)
    ring = ~has_break[start_edge]
    # one traversal for all chains: a spine of virtual nodes v_k (index n_e + k), each joined
    # to the start edge of chain k and to v_(k+1).  A single root joined to every start edge
    # would work too, but scipy's traversal is quadratic in the degree of such a node.
    spine = n_e + np.arange(n_chain)
    rows = np.concatenate([pair[:, 0], spine, spine[:-1]])
    cols = np.concatenate([pair[:, 1], start_edge, spine[1:]])
    size = n_e + n_chain
    graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(size, size)).tocsr()
    order, pred = depth_first_order(graph, n_e, directed=False, return_predecessors=True)
    order = order[order < n_e]  # drop the spine; chains come whole, in spine order
    return order, pred, chain, degree, ring, start_edge


def _shared(a, b, edge_u, edge_v):
    """The node edge ``a`` shares with edge ``b``."""
    ua = edge_u[a]
    return np.where((ua == edge_u[b]) | (ua == edge_v[b]), ua, edge_v[a])


def street_segments(graph, *, max_length: float = 0.0) -> Segments:
    """Segments between intersections (and dead ends) of a street graph, cut into units.

    Parameters
    ----------
    graph : StreetGraph
        From :func:`..network.street_network.build_street_graph`.
    max_length : float, default 0
        Cut segments longer than this (metres) into equal units of at most this
        length; 0 keeps whole segments.

    Returns
    -------
    Segments
    """

    if not np.isfinite(max_length) or max_length < 0:
        raise InputError(f"the maximum segment length must be 0 (no cut) or a positive number of "
                         f"metres, got {max_length!r}")
    eu, ev, elen = graph.edge_u, graph.edge_v, graph.edge_length
    n_e = len(eu)
    order, pred, chain, degree, ring, start_edge = _chain_order(eu, ev, graph.n_nodes)
    # segments numbered in traversal order
    chain_in_order = chain[order]
    new_id = np.full(len(ring), -1)
    firsts = np.ones(n_e, dtype=bool)
    firsts[1:] = chain_in_order[1:] != chain_in_order[:-1]
    new_id[chain_in_order[firsts]] = np.arange(int(firsts.sum()))
    seg_o = new_id[chain_in_order]
    ring = ring[np.argsort(new_id)]
    n_s = int(firsts.sum())

    # start node of each edge in chain direction
    prev = pred[order]
    nxt = np.empty(n_e, dtype=np.int64)
    nxt[:-1] = order[1:]
    nxt[-1] = order[-1]
    has_next = np.zeros(n_e, dtype=bool)
    has_next[:-1] = seg_o[1:] == seg_o[:-1]
    inner = ~firsts
    start = np.empty(n_e, dtype=np.int64)
    start[inner] = _shared(order[inner], prev[inner], eu, ev)
    f_multi = firsts & has_next
    other = _shared(order[f_multi], nxt[f_multi], eu, ev)
    start[f_multi] = np.where(eu[order[f_multi]] == other, ev[order[f_multi]], eu[order[f_multi]])
    f_single = firsts & ~has_next
    e1 = order[f_single]
    # a one-edge segment starts at edge_u
    start[f_single] = eu[e1]
    forward_o = start == eu[order]
    end_o = np.where(forward_o, ev[order], eu[order])

    len_o = elen[order]
    cum = np.cumsum(len_o)
    seg_first_pos = np.flatnonzero(firsts)
    seg_end_cum = np.append(cum[seg_first_pos[1:] - 1], cum[-1]) if n_e else cum
    seg_base = seg_end_cum - np.bincount(seg_o, len_o, minlength=n_s)
    offset_o = cum - len_o - seg_base[seg_o]

    edge_segment = np.empty(n_e, dtype=np.int64)
    edge_offset = np.empty(n_e)
    edge_forward = np.empty(n_e, dtype=bool)
    edge_segment[order] = seg_o
    edge_offset[order] = offset_o
    edge_forward[order] = forward_o
    seg_length = np.bincount(seg_o, len_o, minlength=n_s)
    seg_n_edges = np.bincount(seg_o, minlength=n_s)
    seg_last_pos = np.append(seg_first_pos[1:] - 1, n_e - 1)
    seg_start_node = start[seg_first_pos]
    seg_end_node = end_o[seg_last_pos]

    # units
    if max_length > 0:
        pieces = np.maximum(np.ceil(seg_length / max_length - 1e-9), 1).astype(np.int64)
    else:
        pieces = np.ones(n_s, dtype=np.int64)
    n_u = int(pieces.sum())
    seg_first_unit = np.cumsum(pieces) - pieces
    unit_segment = np.repeat(np.arange(n_s), pieces)
    unit_piece = np.arange(n_u) - seg_first_unit[unit_segment]
    unit_pieces = pieces[unit_segment]
    piece_len = seg_length[unit_segment] / unit_pieces
    unit_m0 = unit_piece * piece_len
    unit_m1 = np.where(unit_piece == unit_pieces - 1, seg_length[unit_segment],
                       (unit_piece + 1) * piece_len)

    geometry = _unit_lines(graph.node_xy, seg_o, start, end_o, offset_o + len_o, seg_first_pos,
                           seg_length, pieces, seg_first_unit, n_u)
    segs = Segments(edge_segment, edge_offset, edge_forward, seg_length, seg_start_node,
                    seg_end_node, seg_n_edges, ring, unit_segment, unit_piece, unit_pieces,
                    unit_m0, unit_m1, seg_first_unit, degree, geometry, elen)
    return segs


def _unit_lines(node_xy, seg_o, start, end_o, end_measure_o, seg_first_pos, seg_length, pieces,
                seg_first_unit, n_u):
    """LineStrings of the units: segment vertices plus cut points, grouped by unit."""
    import shapely

    n_s = len(seg_length)
    # vertices: each segment's start node, then the end node of every edge in order
    v_seg = np.concatenate([np.arange(n_s), seg_o])
    v_m = np.concatenate([np.zeros(n_s), end_measure_o])
    v_xy = np.concatenate([node_xy[start[seg_first_pos]], node_xy[end_o]])
    srt = np.lexsort((v_m, v_seg))
    v_seg, v_m, v_xy = v_seg[srt], v_m[srt], v_xy[srt]
    cut_seg = np.repeat(np.arange(n_s), pieces - 1)
    if len(cut_seg):
        k = np.arange(len(cut_seg)) - np.repeat(np.cumsum(pieces - 1) - (pieces - 1), pieces - 1) + 1
        cut_m = k * seg_length[cut_seg] / pieces[cut_seg]
        # interpolate the cut points on the vertex polyline (global measures keep segments apart)
        base = np.cumsum(seg_length + 1.0) - (seg_length + 1.0)
        gm = v_m + base[v_seg]
        cg = cut_m + base[cut_seg]
        i = np.clip(np.searchsorted(gm, cg, side="right") - 1, 0, len(gm) - 2)
        span = np.where(gm[i + 1] - gm[i] > 0, gm[i + 1] - gm[i], 1.0)
        w = ((cg - gm[i]) / span)[:, None]
        c_xy = v_xy[i] + w * (v_xy[i + 1] - v_xy[i])
        piece_len = seg_length / pieces
        v_unit = seg_first_unit[v_seg] + np.clip(
            np.floor(v_m / piece_len[v_seg] - 1e-12).astype(np.int64), 0, pieces[v_seg] - 1)
        c_unit = seg_first_unit[cut_seg] + k
        # a cut point ends unit k-1 and starts unit k
        u_all = np.concatenate([v_unit, c_unit - 1, c_unit])
        m_all = np.concatenate([v_m, cut_m, cut_m])
        xy_all = np.concatenate([v_xy, c_xy, c_xy])
        srt = np.lexsort((m_all, u_all))
        u_all, xy_all = u_all[srt], xy_all[srt]
    else:
        u_all, xy_all = seg_first_unit[v_seg], v_xy
    return shapely.linestrings(xy_all, indices=u_all)


def union_intervals(unit, lo, hi, unit_length):
    """Covered length and longest uncovered gap of each unit from intervals on it.

    Parameters
    ----------
    unit : ndarray of int
        Unit of each interval.
    lo, hi : ndarray
        Interval ends in metres from the unit's start (``0 <= lo < hi <= length``).
    unit_length : ndarray
        Length of every unit.

    Returns
    -------
    covered : ndarray
        Length of the union of the intervals on each unit (metres).
    max_gap : ndarray
        Longest stretch of each unit not covered by any interval (metres); the
        unit's length when it has no interval.
    """
    n_u = len(unit_length)
    covered = np.zeros(n_u)
    max_gap = np.asarray(unit_length, dtype=float).copy()
    if len(unit) == 0:
        return covered, max_gap
    base = np.cumsum(unit_length + 1.0) - (unit_length + 1.0)
    a = lo + base[unit]
    b = hi + base[unit]
    srt = np.lexsort((a, unit))
    unit, a, b = unit[srt], a[srt], b[srt]
    run_max = np.maximum.accumulate(b)
    new_block = np.ones(len(a), dtype=bool)
    new_block[1:] = a[1:] > run_max[:-1] + _EPS
    idx = np.flatnonzero(new_block)
    blk_unit = unit[idx]
    blk_lo = a[idx] - base[blk_unit]
    blk_hi = run_max[np.append(idx[1:] - 1, len(a) - 1)] - base[blk_unit]
    np.add.at(covered, blk_unit, blk_hi - blk_lo)
    max_gap[np.unique(blk_unit)] = 0.0
    first = np.ones(len(idx), dtype=bool)
    first[1:] = blk_unit[1:] != blk_unit[:-1]
    last = np.ones(len(idx), dtype=bool)
    last[:-1] = blk_unit[1:] != blk_unit[:-1]
    gaps = np.concatenate([blk_lo[first], unit_length[blk_unit[last]] - blk_hi[last],
                           (blk_lo[1:] - blk_hi[:-1])[~first[1:]]])
    owners = np.concatenate([blk_unit[first], blk_unit[last], blk_unit[1:][~first[1:]]])
    gaps = np.where(gaps < 1e-6, 0.0, gaps)
    np.maximum.at(max_gap, owners, gaps)
    return np.minimum(covered, unit_length), max_gap
