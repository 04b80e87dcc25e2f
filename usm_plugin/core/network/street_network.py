"""Street networks as routable graphs, network distances and population coverage.

A street layer becomes an undirected graph whose nodes are street vertices and
whose edges are the straight segments between consecutive vertices, weighted
by their length in metres.  Everything runs on :mod:`scipy.sparse.csgraph`
(networkx is only a test and benchmark reference).

Noding rule
-----------
Streets are connected where they share a vertex: the ends of two streets, or a
vertex that two streets both have in their interior.  Vertices closer than
``snap_tolerance`` (default 1 m) are merged into one node (single-linkage: a
chain of vertices each within the tolerance of the next becomes one node).
A street end (a node used by a single segment) that lies within the tolerance
of another street's segment is joined to that segment, which is split there
(an undershooting or overshooting T-junction).  Two segments that cross
without a shared vertex are *not* joined by default, because such crossings
are bridges and tunnels as often as they are missing intersection nodes; they
are counted and reported, and ``split_crossings=True`` nodes them.

Disconnected pieces (connected components) are kept and reported; an origin
in a piece without any facility has an infinite network distance.

Snapping
--------
Origins (people) and facilities are attached to the network at the nearest
point of the nearest edge (not only the nearest node), and the straight-line
access distance from the point to the network is part of the distance.  The
network distance between an origin ``o`` and a facility ``f`` is therefore
``access(o) + path(foot(o), foot(f)) + access(f)``.

References
----------
Dijkstra, E. W. (1959). A note on two problems in connexion with graphs.
*Numerische Mathematik*, 1, 269-271.

UN-Habitat (2018). *SDG Indicator 11.2.1 Training Module: Public Transport
System*. United Nations Human Settlements Programme, Nairobi (walking
distance along the street network).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd

from ..geometry.crs import require_projected, same_crs  # noqa: F401 (re-exported)
from ..runtime import InputError, Notes, as_steps

METHODS = ("euclidean", "network")
# relative tolerance on distance thresholds: sums of float lengths differ in the last bits
_SLACK = 1e-9
# points snapped per block (bounds memory to a few tens of MB whatever the input size)
_SNAP_CHUNK = 100_000


# ---------------------------------------------------------------------------
# graph
# ---------------------------------------------------------------------------

@dataclass
class StreetGraph:
    """A routable street graph (build it with :func:`build_street_graph`).

    Attributes
    ----------
    node_xy : ndarray, shape (n_nodes, 2)
        Node coordinates (metres).
    edge_u, edge_v : ndarray of int
        End nodes of each edge (``edge_u < edge_v``); one edge per node pair.
    edge_length : ndarray of float
        Edge length in metres (straight line between the two nodes).
    matrix : scipy.sparse.csr_matrix
        Symmetric ``n_nodes x n_nodes`` adjacency matrix of edge lengths.
    component : ndarray of int
        Connected-component label of every node.
    component_sizes : ndarray of int
        Number of nodes in each component, indexed by label.
    component_length_m : ndarray of float
        Street length in each component, indexed by label.
    crs : object
        The CRS of the street layer (projected).
    notes : Notes
        What was repaired or found while building the graph.
    n_input_features, n_multipart, n_crossings, n_junctions_snapped : int
        Counts reported to the user.
    """

    node_xy: np.ndarray
    edge_u: np.ndarray
    edge_v: np.ndarray
    edge_length: np.ndarray
    matrix: object
    component: np.ndarray
    component_sizes: np.ndarray
    component_length_m: np.ndarray
    crs: object = None
    notes: Notes = field(default_factory=Notes)
    n_input_features: int = 0
    n_multipart: int = 0
    n_crossings: int = 0
    n_junctions_snapped: int = 0
    _tree: object = field(default=None, repr=False)
    _edge_geoms: object = field(default=None, repr=False)
    _samples: object = field(default=None, repr=False)

    @property
    def n_nodes(self) -> int:
        return len(self.node_xy)

    @property
    def n_edges(self) -> int:
        return len(self.edge_u)

    @property
    def n_components(self) -> int:
        return len(self.component_sizes)

    @property
    def total_length_m(self) -> float:
        return float(self.edge_length.sum())

    def edge_geometries(self):
        """Shapely LineStrings of the edges (built once)."""
        if self._edge_geoms is None:
            import shapely
            seg = np.stack([self.node_xy[self.edge_u], self.node_xy[self.edge_v]], axis=1)
            self._edge_geoms = shapely.linestrings(seg)
        return self._edge_geoms

    def edge_tree(self):
        """STRtree over the edges (built once)."""
        if self._tree is None:
            import shapely
            self._tree = shapely.STRtree(self.edge_geometries())
        return self._tree

    def edge_samples(self):
        """(k-d tree of points along the edges, edge of each point, spacing), built once.

        Every edge is sampled at both ends and at most ``spacing`` apart, so the
        true nearest edge of any point has a sample within ``spacing / 2`` of the
        point's foot on it.
        """
        if self._samples is None:
            from scipy.spatial import cKDTree
            L = self.edge_length
            spacing = max(float(np.median(L)) / 4.0, 1e-6) if len(L) else 1.0
            pieces = np.maximum(np.ceil(L / spacing), 1).astype(np.int64)
            edge = np.repeat(np.arange(len(L)), pieces + 1)
            start = np.cumsum(pieces + 1) - (pieces + 1)
            frac = (np.arange(len(edge)) - start[edge]) / pieces[edge]
            a, b = self.node_xy[self.edge_u[edge]], self.node_xy[self.edge_v[edge]]
            pts = a + frac[:, None] * (b - a)
            self._samples = (cKDTree(pts), edge, spacing)
        return self._samples


def _line_parts(streets, notes: Notes):
    """Single-part LineStrings of a street layer, with counts of what was dropped."""
    import shapely
    geoms = np.asarray(streets.geometry.values if hasattr(streets, "geometry") else streets,
                       dtype=object)
    n_in = len(geoms)
    if n_in == 0:
        raise InputError("the street layer is empty; a network needs at least one line")
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    if missing.all():
        raise InputError(f"all {n_in} street geometries are null or empty")
    if missing.any():
        notes.warn(f"{int(missing.sum())} street features with null or empty geometry were skipped")
    geoms = geoms[~missing]
    n_parts = shapely.get_num_geometries(geoms)
    n_multi = int((n_parts > 1).sum())
    parts = shapely.get_parts(geoms)
    types = shapely.get_type_id(parts)
    line = (types == 1) | (types == 2)
    if not line.any():
        raise InputError("the street layer holds no line geometries "
                         f"(geometry types found: {sorted(set(shapely.get_type_id(geoms).tolist()))})")
    if (~line).any():
        notes.warn(f"{int((~line).sum())} non-line parts in the street layer were ignored")
    if n_multi:
        notes.warn(f"{n_multi} multi-part street features were exploded into their "
                   f"{int(n_parts[n_parts > 1].sum())} parts")
    if shapely.has_z(parts[line]).any():
        notes.say("Z coordinates of the streets were ignored (2D network)")
    return parts[line], n_in, n_multi


def _cluster_points(xy: np.ndarray, tol: float):
    """Labels of single-linkage clusters of points within ``tol`` of each other."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree
    n = len(xy)
    if tol <= 0 or n < 2:
        return np.arange(n), n
    pairs = cKDTree(xy).query_pairs(tol, output_type="ndarray")
    if len(pairs) == 0:
        return np.arange(n), n
    adj = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    n_lab, labels = connected_components(adj, directed=False)
    return labels, n_lab


def _split_segments(seg_u, seg_v, ins_seg, ins_t, ins_node):
    """Split segments at inserted nodes (position ``t`` in (0, 1) along the segment)."""
    n_seg = len(seg_u)
    seg_id = np.concatenate([np.arange(n_seg), np.arange(n_seg), ins_seg])
    t = np.concatenate([np.zeros(n_seg), np.ones(n_seg), ins_t])
    node = np.concatenate([seg_u, seg_v, ins_node])
    order = np.lexsort((t, seg_id))
    seg_id, node = seg_id[order], node[order]
    keep = seg_id[1:] == seg_id[:-1]
    return node[:-1][keep], node[1:][keep]


def _min_edges(u, v, w):
    """One undirected edge per node pair, keeping the shortest; drops loops."""
    a, b = np.minimum(u, v), np.maximum(u, v)
    ok = a != b
    a, b, w = a[ok], b[ok], w[ok]
    order = np.lexsort((w, b, a))
    a, b, w = a[order], b[order], w[order]
    first = np.ones(len(a), dtype=bool)
    first[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
    return a[first], b[first], w[first]


def _csr(rows, cols, data, n):
    from scipy.sparse import csr_matrix
    # explicit zero weights stay edges in csgraph; duplicates were removed before
    return csr_matrix((data, (rows, cols)), shape=(n, n))


def _proper_crossings(a: np.ndarray, b: np.ndarray):
    """Pairs of segments (a[i]-b[i]) whose interiors cross at a single point.

    Touching at an end, T-junctions and collinear overlaps are not crossings
    (an orientation of exactly 0).  Returns (i, j, t_i, t_j) with i < j and the
    crossing's position along each segment.
    """
    import shapely
    boxes = shapely.box(np.minimum(a[:, 0], b[:, 0]), np.minimum(a[:, 1], b[:, 1]),
                        np.maximum(a[:, 0], b[:, 0]), np.maximum(a[:, 1], b[:, 1]))
    i, j = shapely.STRtree(boxes).query(boxes)  # bounding boxes only: cheap
    keep = i < j
    i, j = i[keep], j[keep]
    r = b[i] - a[i]
    s = b[j] - a[j]
    qp = a[j] - a[i]

    def cross(u, v):
        return u[:, 0] * v[:, 1] - u[:, 1] * v[:, 0]

    # orientation of each segment's ends relative to the other segment
    o1 = cross(r, a[j] - a[i])
    o2 = cross(r, b[j] - a[i])
    o3 = cross(s, a[i] - a[j])
    o4 = cross(s, b[i] - a[j])
    hit = (o1 * o2 < 0) & (o3 * o4 < 0)
    i, j, r, s, qp = i[hit], j[hit], r[hit], s[hit], qp[hit]
    denom = cross(r, s)
    return i, j, cross(qp, s) / denom, cross(qp, r) / denom


def build_street_graph(streets, *, snap_tolerance: float = 1.0, split_crossings: bool = False,
                       progress=None, should_stop=None) -> StreetGraph:
    """Build a routable graph from street lines.

    Parameters
    ----------
    streets : GeoDataFrame or GeoSeries
        (Multi)LineStrings in a projected CRS in metres.
    snap_tolerance : float, default 1.0
        Vertices closer than this (metres) become one node, and a street end this
        close to another street's segment is joined to it.  0 joins only exactly
        coincident vertices.
    split_crossings : bool, default False
        Also node every crossing of two segments that share no vertex.  Use it for
        layers digitised without nodes at intersections; it wrongly connects
        bridges and tunnels to the streets below them.
    progress, should_stop : callable, optional
        Progress and cancellation callables (see :mod:`.runtime`).

    Returns
    -------
    StreetGraph

    Raises
    ------
    InputError
        No or geographic CRS, no line geometry, non-finite coordinates, negative tolerance.

    Notes
    -----
    Edge weights are straight-line lengths between nodes, so the network length
    equals the layer's length up to the vertex snapping.  Connected components
    are reported in ``graph.notes``; small pieces usually point at gaps in the
    digitising.

    References
    ----------
    Dijkstra, E. W. (1959). A note on two problems in connexion with graphs.
    *Numerische Mathematik*, 1, 269-271.
    """
    steps = as_steps(progress, should_stop)
    notes = Notes()
    if not np.isfinite(snap_tolerance) or snap_tolerance < 0:
        raise InputError(f"snap_tolerance must be a finite distance >= 0 metres, got {snap_tolerance!r}")
    crs = getattr(streets, "crs", None)
    require_projected(crs, "the street layer")
    parts, n_in, n_multi = _line_parts(streets, notes)
    steps.report(0.1)
    node_xy, seg_u, seg_v = _vertex_nodes(parts, snap_tolerance, notes)
    steps.report(0.35)
    # Points where a segment is split: segment, position along it (0-1), node.
    inserts = ([], [], [])
    n_junctions = _t_junctions(node_xy, seg_u, seg_v, snap_tolerance, inserts, notes)
    steps.report(0.5)
    node_xy, n_cross = _unnoded_crossings(node_xy, seg_u, seg_v, snap_tolerance,
                                          split_crossings, inserts, notes)
    steps.report(0.7)
    if inserts[0]:
        seg_u, seg_v = _split_segments(seg_u, seg_v, *(np.concatenate(a) for a in inserts))
    node_xy, eu, ev, ew, matrix = _graph_edges(node_xy, seg_u, seg_v)
    comp, sizes, comp_len = _components(matrix, eu, ew, notes)
    notes.say(f"street graph: {len(node_xy)} nodes, {len(eu)} edges, "
              f"{comp_len.sum() / 1000:.2f} km, {len(sizes)} connected piece(s)")
    steps.report(1.0)
    return StreetGraph(node_xy=node_xy, edge_u=eu, edge_v=ev, edge_length=ew, matrix=matrix,
                       component=comp, component_sizes=sizes, component_length_m=comp_len,
                       crs=crs, notes=notes, n_input_features=n_in, n_multipart=n_multi,
                       n_crossings=n_cross, n_junctions_snapped=n_junctions)


# ---------------------------------------------------------------------------
# steps of build_street_graph, in the order it calls them


def _vertex_nodes(parts, snap_tolerance, notes):
    """Nodes from the line vertices and the segments between them.

    Exact duplicates are merged first (cheap), then tolerance clusters of the
    unique vertices.  Returns the node coordinates and each segment's end
    nodes (segments collapsed to one node dropped).
    """
    import shapely

    coords, part_idx = shapely.get_coordinates(parts, return_index=True)
    if not np.isfinite(coords).all():
        raise InputError("the street layer has NaN or infinite coordinates")
    same_part = part_idx[1:] == part_idx[:-1]
    uxy, inverse = np.unique(coords, axis=0, return_inverse=True)
    inverse = inverse.ravel()
    labels, n_nodes = _cluster_points(uxy, snap_tolerance)
    counts = np.bincount(labels, minlength=n_nodes)
    node_xy = np.column_stack([np.bincount(labels, uxy[:, 0], n_nodes),
                               np.bincount(labels, uxy[:, 1], n_nodes)]) / counts[:, None]
    n_merged = int((counts > 1).sum())
    if n_merged:
        notes.say(f"{int(counts[counts > 1].sum())} street vertices within {snap_tolerance:g} m "
                  f"of each other were merged into {n_merged} nodes")
    vnode = labels[inverse]
    seg_u = vnode[:-1][same_part]
    seg_v = vnode[1:][same_part]
    loops = seg_u == seg_v
    return node_xy, seg_u[~loops], seg_v[~loops]


def _t_junctions(node_xy, seg_u, seg_v, snap_tolerance, inserts, notes) -> int:
    """Street ends near another street's segment (T-junctions not noded): split it there.

    Appends to ``inserts``; returns the number of street ends joined.
    """
    import shapely

    if not (snap_tolerance > 0 and len(seg_u)):
        return 0
    degree = np.bincount(np.concatenate([seg_u, seg_v]), minlength=len(node_xy))
    dangles = np.flatnonzero(degree == 1)
    if not len(dangles):
        return 0
    segs = shapely.linestrings(np.stack([node_xy[seg_u], node_xy[seg_v]], axis=1))
    tree = shapely.STRtree(segs)
    pts = shapely.points(node_xy[dangles])
    di, si = tree.query(pts, predicate="dwithin", distance=snap_tolerance)
    node = dangles[di]
    own = (seg_u[si] == node) | (seg_v[si] == node)
    di, si, node = di[~own], si[~own], node[~own]
    t = shapely.line_locate_point(segs[si], pts[di], normalized=True)
    inner = (t > 0) & (t < 1)
    inserts[0].append(si[inner])
    inserts[1].append(t[inner])
    inserts[2].append(node[inner])
    n_junctions = int(len(np.unique(node[inner])))
    if n_junctions:
        notes.say(f"{n_junctions} street ends within {snap_tolerance:g} m of another "
                  "street were joined to it (T-junctions)")
    return n_junctions


def _unnoded_crossings(node_xy, seg_u, seg_v, snap_tolerance, split_crossings, inserts, notes):
    """Segments crossing without a shared vertex: noded with ``split_crossings``, else warned.

    A crossing within the tolerance of a street end is an overshoot, joined
    as a T-junction.  Returns the node coordinates (with the new nodes) and
    the number of crossings.
    """
    ci, cj, t_i, t_j = _proper_crossings(node_xy[seg_u], node_xy[seg_v])
    seg_len = np.hypot(*(node_xy[seg_u] - node_xy[seg_v]).T)
    far = np.minimum.reduce([t_i * seg_len[ci], (1 - t_i) * seg_len[ci],
                             t_j * seg_len[cj], (1 - t_j) * seg_len[cj]]) > snap_tolerance
    ci, cj, t_i, t_j = ci[far], cj[far], t_i[far], t_j[far]
    n_cross = len(ci)
    if n_cross and split_crossings:
        pxy = node_xy[seg_u[ci]] + t_i[:, None] * (node_xy[seg_v[ci]] - node_xy[seg_u[ci]])
        lab, n_new = _cluster_points(pxy, snap_tolerance)
        cnt = np.bincount(lab, minlength=n_new)
        new_xy = np.column_stack([np.bincount(lab, pxy[:, 0], n_new),
                                  np.bincount(lab, pxy[:, 1], n_new)]) / cnt[:, None]
        new_ids = len(node_xy) + lab
        node_xy = np.vstack([node_xy, new_xy])
        inserts[0].extend([ci, cj])
        inserts[1].extend([t_i, t_j])
        inserts[2].extend([new_ids, new_ids])
        notes.say(f"{n_cross} street crossings without a shared vertex were noded "
                  "(split_crossings=True; bridges and tunnels are connected too)")
    elif n_cross:
        notes.warn(f"{n_cross} pairs of street segments cross without a shared vertex and were "
                   "NOT connected (the layer may not be noded at intersections, or they are "
                   "bridges/tunnels); node the layer or use split_crossings=True")
    return node_xy, n_cross


def _graph_edges(node_xy, seg_u, seg_v):
    """The graph's edges (shortest of parallel segments) and its symmetric CSR matrix.

    Nodes no edge uses (collapsed segments) are dropped and the rest renumbered.
    """
    length = np.hypot(*(node_xy[seg_u] - node_xy[seg_v]).T)
    eu, ev, ew = _min_edges(seg_u, seg_v, length)
    if len(eu) == 0:
        raise InputError("the street lines have no segment longer than the snap tolerance")
    used = np.zeros(len(node_xy), dtype=bool)
    used[eu] = used[ev] = True
    remap = np.cumsum(used) - 1
    node_xy = node_xy[used]
    eu, ev = remap[eu], remap[ev]
    matrix = _csr(np.concatenate([eu, ev]), np.concatenate([ev, eu]),
                  np.concatenate([ew, ew]), len(node_xy))
    return node_xy, eu, ev, ew, matrix


def _components(matrix, eu, ew, notes):
    """Connected pieces: each node's piece, the pieces' sizes and street lengths (warned)."""
    from scipy.sparse.csgraph import connected_components

    n_comp, comp = connected_components(matrix, directed=False)
    sizes = np.bincount(comp, minlength=n_comp)
    comp_len = np.bincount(comp[eu], ew, minlength=n_comp)
    if n_comp > 1:
        main = int(np.argmax(comp_len))
        notes.warn(
            f"the street network has {n_comp} disconnected pieces; the largest holds "
            f"{100 * comp_len[main] / comp_len.sum():.1f}% of the street length, the other "
            f"{n_comp - 1} hold {comp_len.sum() - comp_len[main]:.0f} m; people in a piece "
            "without a facility get no network distance (gaps in the street layer?)")
    return comp, sizes, comp_len


# ---------------------------------------------------------------------------
# distances
# ---------------------------------------------------------------------------

@dataclass
class Snapped:
    """Points attached to the network: edge index, position ``t`` in [0, 1] from
    ``edge_u`` to ``edge_v``, and straight-line access distance (inf: not snapped)."""

    edge: np.ndarray
    t: np.ndarray
    access: np.ndarray


def _as_xy(xy, what: str) -> np.ndarray:
    arr = np.asarray(xy, dtype=float)
    if arr.ndim != 2 or arr.shape[1] != 2:
        raise InputError(f"{what} must be an array of shape (n, 2) with x, y; got shape {arr.shape}")
    if not np.isfinite(arr).all():
        raise InputError(f"{what} has NaN or infinite coordinates "
                         f"({int((~np.isfinite(arr).all(axis=1)).sum())} points)")
    return arr


def _project(graph: StreetGraph, xy: np.ndarray, edge: np.ndarray):
    """Position ``t`` in [0, 1] of the foot of each point on its edge, and the distance."""
    a = graph.node_xy[graph.edge_u[edge]]
    d = graph.node_xy[graph.edge_v[edge]] - a
    len2 = np.einsum("ij,ij->i", d, d)
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.einsum("ij,ij->i", xy - a, d) / len2
    t = np.clip(np.nan_to_num(t, nan=0.0), 0.0, 1.0)
    foot = a + t[:, None] * d
    return t, np.hypot(*(xy - foot).T)


def snap_to_network(graph: StreetGraph, xy, *, max_access: float = np.inf,
                    candidates: int = 8) -> Snapped:
    """Attach points to the nearest point of the nearest edge.

    Candidate edges come from a k-d tree of points sampled along the edges
    (:meth:`StreetGraph.edge_samples`); the exact point-segment distance decides.
    The answer is exact: when the ``candidates`` nearest samples do not cover
    every sample that could belong to a nearer edge (the nearest sample distance
    plus half the sample spacing), the point is resolved by an STRtree
    nearest-geometry query instead.

    Parameters
    ----------
    graph : StreetGraph
    xy : array_like, shape (n, 2)
    max_access : float, default inf
        Points farther than this from every edge are not snapped (access = inf).
    candidates : int, default 8
        Samples examined per point before falling back to the STRtree.

    Returns
    -------
    Snapped
    """
    xy = _as_xy(xy, "the points to snap")
    n = len(xy)
    edge = np.full(n, -1, dtype=np.int64)
    t = np.zeros(n)
    access = np.full(n, np.inf)
    if n == 0:
        return Snapped(edge, t, access)
    tree, sample_edge, spacing = graph.edge_samples()
    k = int(min(max(candidates, 1), tree.n))
    dist = np.empty(n)
    unsure = np.zeros(n, dtype=bool)
    for lo in range(0, n, _SNAP_CHUNK):  # chunks keep the (n, k) arrays small
        hi = min(lo + _SNAP_CHUNK, n)
        m = hi - lo
        sd, si = tree.query(xy[lo:hi], k=k)
        sd, si = sd.reshape(m, k), si.reshape(m, k)
        cand = sample_edge[si]                               # (m, k) candidate edges
        tt, dd = _project(graph, np.repeat(xy[lo:hi], k, axis=0), cand.ravel())
        tt, dd = tt.reshape(m, k), dd.reshape(m, k)
        best = np.argmin(dd, axis=1)
        rows = np.arange(m)
        edge[lo:hi] = cand[rows, best]
        t[lo:hi] = tt[rows, best]
        dist[lo:hi] = dd[rows, best]
        # exact unless a sample of an unexamined edge could still be nearer
        unsure[lo:hi] = (sd[:, -1] <= dist[lo:hi] + spacing / 2) & (k < tree.n)
    if unsure.any():
        import shapely
        idx = np.flatnonzero(unsure)
        pi, ei = graph.edge_tree().query_nearest(shapely.points(xy[idx]), all_matches=False)
        t2, d2 = _project(graph, xy[idx[pi]], ei)
        edge[idx[pi]], t[idx[pi]], dist[idx[pi]] = ei, t2, d2
    near = dist <= max_access
    edge[~near] = -1
    t[~near] = 0.0
    access[near] = dist[near]
    return Snapped(edge, t, access)


@dataclass
class NearestResult:
    """Distance from every origin to its nearest facility.

    Attributes
    ----------
    distance : ndarray
        Metres; ``inf`` when no facility lies within ``max_distance`` (or none is
        reachable on the network).
    method : str
        ``"euclidean"`` or ``"network"``.
    n_no_facility_piece : int
        Origins on a network piece (connected component) without any facility.
    n_beyond : int
        Origins with no facility within ``max_distance``.
    origin_access : ndarray or None
        Network method: straight-line distance from each origin to the network.
    notes : Notes
    """

    distance: np.ndarray
    method: str
    n_no_facility_piece: int = 0
    n_beyond: int = 0
    origin_access: Optional[np.ndarray] = None
    notes: Notes = field(default_factory=Notes)


def network_distance_to_nearest(graph: StreetGraph, origins_xy, facilities_xy, *,
                                max_distance: float = np.inf,
                                progress=None, should_stop=None) -> NearestResult:
    """Walking distance along the street network from each origin to the nearest facility.

    Origins and facilities are snapped to the nearest point of the nearest edge;
    the straight-line access distances at both ends are included.  All facilities
    are sources of one Dijkstra run (a virtual source joined to both ends of each
    facility's edge), so the cost hardly grows with the number of facilities.

    Parameters
    ----------
    graph : StreetGraph
    origins_xy, facilities_xy : array_like, shape (n, 2)
        Coordinates in the graph's CRS (metres).
    max_distance : float, default inf
        Search limit in metres; longer distances are returned as ``inf``.

    Returns
    -------
    NearestResult

    References
    ----------
    Dijkstra, E. W. (1959). A note on two problems in connexion with graphs.
    *Numerische Mathematik*, 1, 269-271.
    """
    from scipy.sparse.csgraph import dijkstra

    steps = as_steps(progress, should_stop)
    notes = Notes()
    if not (max_distance > 0):
        raise InputError(f"max_distance must be > 0 metres, got {max_distance!r}")
    origins = _as_xy(origins_xy, "the origins")
    facilities = _as_xy(facilities_xy, "the facilities")
    n_o = len(origins)
    dist = np.full(n_o, np.inf)
    if len(facilities) == 0:
        notes.warn("there are no facilities; every distance is infinite")
        return NearestResult(dist, "network", n_beyond=n_o, notes=notes)

    fac = snap_to_network(graph, facilities, max_access=max_distance)
    ok = fac.edge >= 0
    if (~ok).any():
        notes.warn(f"{int((~ok).sum())} facilities are more than {max_distance:g} m from every "
                   "street and cannot be reached within the limit")
    fe, ft, fa = fac.edge[ok], fac.t[ok], fac.access[ok]
    steps.report(0.2)
    orig = snap_to_network(graph, origins, max_access=max_distance)
    steps.report(0.45)

    n = graph.n_nodes
    src = n  # virtual source joined to both ends of every facility's edge
    L = graph.edge_length
    rows = np.concatenate([graph.edge_u, graph.edge_v, np.full(2 * len(fe), src)])
    cols = np.concatenate([graph.edge_v, graph.edge_u, graph.edge_u[fe], graph.edge_v[fe]])
    w = np.concatenate([L, L, fa + ft * L[fe], fa + (1 - ft) * L[fe]])
    # several facilities on one node: keep the cheapest virtual edge (csr would sum them)
    key = rows.astype(np.int64) * (n + 1) + cols
    order = np.lexsort((w, key))
    key, w_sorted = key[order], w[order]
    first = np.ones(len(key), dtype=bool)
    first[1:] = key[1:] != key[:-1]
    sel = order[first]
    aug = _csr(rows[sel], cols[sel], w[sel], n + 1)
    # a resident at exactly max_distance is covered, whatever the rounding of the sums
    limit = float(max_distance) * (1 + _SLACK) if np.isfinite(max_distance) else np.inf
    node_dist = dijkstra(aug, directed=True, indices=src, limit=limit)
    steps.report(0.8)

    has = orig.edge >= 0
    oe, ot, oa = orig.edge[has], orig.t[has], orig.access[has]
    via_u = node_dist[graph.edge_u[oe]] + ot * L[oe]
    via_v = node_dist[graph.edge_v[oe]] + (1 - ot) * L[oe]
    d = oa + np.minimum(via_u, via_v)
    # origin and facility on the same edge: the direct way along the edge
    if len(fe):
        fo = pd.DataFrame({"edge": fe, "ft": ft, "fa": fa})
        oo = pd.DataFrame({"edge": oe, "ot": ot, "oa": oa, "i": np.arange(len(oe))})
        same = oo.merge(fo, on="edge", how="inner")
        if len(same):
            direct = (same["oa"].to_numpy() + same["fa"].to_numpy()
                      + np.abs(same["ot"].to_numpy() - same["ft"].to_numpy())
                      * L[same["edge"].to_numpy()])
            best = pd.Series(direct).groupby(same["i"].to_numpy()).min()
            idx = best.index.to_numpy()
            d[idx] = np.minimum(d[idx], best.to_numpy())
    d[d > limit] = np.inf
    dist[has] = d
    access = np.full(n_o, np.inf)
    access[has] = oa

    fac_comp = np.zeros(graph.n_components, dtype=bool)
    fac_comp[graph.component[graph.edge_u[fe]]] = True
    origin_comp = np.full(n_o, -1)
    origin_comp[has] = graph.component[graph.edge_u[oe]]
    no_piece = has & ~fac_comp[np.maximum(origin_comp, 0)]
    n_no_piece = int(no_piece.sum())
    n_beyond = int(np.isinf(dist).sum())
    if n_no_piece:
        notes.warn(f"{n_no_piece} origins lie on a street-network piece without any facility "
                   "(distance infinite); check the street layer for gaps")
    if (~has).any():
        notes.warn(f"{int((~has).sum())} origins are more than {max_distance:g} m from every street")
    steps.report(1.0)
    return NearestResult(dist, "network", n_no_facility_piece=n_no_piece, n_beyond=n_beyond,
                         origin_access=access, notes=notes)


def euclidean_distance_to_nearest(origins_xy, facilities_xy, *,
                                  max_distance: float = np.inf) -> NearestResult:
    """Straight-line distance from each origin to the nearest facility (k-d tree).

    Parameters
    ----------
    origins_xy, facilities_xy : array_like, shape (n, 2)
        Projected coordinates in metres.
    max_distance : float, default inf
        Longer distances are returned as ``inf``.

    Returns
    -------
    NearestResult
    """
    from scipy.spatial import cKDTree
    notes = Notes()
    origins = _as_xy(origins_xy, "the origins")
    facilities = _as_xy(facilities_xy, "the facilities")
    if len(facilities) == 0:
        notes.warn("there are no facilities; every distance is infinite")
        dist = np.full(len(origins), np.inf)
    elif len(origins) == 0:
        dist = np.zeros(0)
    else:
        ub = float(max_distance) * (1 + _SLACK) if np.isfinite(max_distance) else np.inf
        dist, _ = cKDTree(facilities).query(origins, k=1, distance_upper_bound=ub)
        dist = np.asarray(dist, dtype=float)
        dist[dist > ub] = np.inf
    return NearestResult(dist, "euclidean", n_beyond=int(np.isinf(dist).sum()), notes=notes)


def distance_to_nearest(origins_xy, facilities_xy, *, method: str = "euclidean",
                        graph: Optional[StreetGraph] = None, max_distance: float = np.inf,
                        progress=None, should_stop=None) -> NearestResult:
    """Nearest-facility distance by straight line or along the street network.

    Parameters
    ----------
    origins_xy, facilities_xy : array_like, shape (n, 2)
    method : {"euclidean", "network"}
    graph : StreetGraph, required for ``method="network"``
    max_distance : float, default inf

    Returns
    -------
    NearestResult
    """
    if method not in METHODS:
        raise InputError(f"method must be one of {METHODS}, got {method!r}")
    if method == "network":
        if graph is None:
            raise InputError("method='network' needs a street graph (build_street_graph)")
        return network_distance_to_nearest(graph, origins_xy, facilities_xy,
                                           max_distance=max_distance, progress=progress,
                                           should_stop=should_stop)
    return euclidean_distance_to_nearest(origins_xy, facilities_xy, max_distance=max_distance)
