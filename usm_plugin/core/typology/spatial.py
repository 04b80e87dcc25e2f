"""Spatially constrained typologies: contiguity graph, Ward with contiguity, SKATER regions.

Contiguous types are built on the queen contiguity of the neighbourhood polygons
(:class:`~..stats.weights.SpatialWeights`).  A neighbourhood without any neighbour
(an island) is linked to its nearest neighbourhood by centroid distance, and each
disconnected part of the graph is linked to the nearest neighbourhood outside it;
both are reported with the ids concerned, never an opaque failure.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np
from scipy import sparse

from ..runtime import InputError, Notes
from .methods import _canonical

__all__ = ["ContiguityGraph", "contiguity_graph", "connect_graph", "ward_contiguity_children",
           "skater_partitions", "count_pieces"]


@dataclass
class ContiguityGraph:
    """A symmetric binary adjacency matrix that is connected, and what was done to make it so.

    Attributes
    ----------
    matrix : scipy.sparse.csr_matrix (n, n)
    islands : list
        Ids of neighbourhoods that had no neighbour (linked to their nearest one).
    linked_parts : list of list
        Ids of the members of each disconnected part that was linked to the rest.
    raw_matrix : scipy.sparse.csr_matrix
        The contiguity before any link was added (used to count contiguous pieces).
    """

    matrix: sparse.csr_matrix
    raw_matrix: sparse.csr_matrix
    islands: list = field(default_factory=list)
    linked_parts: list = field(default_factory=list)
    notes: Notes = field(default_factory=Notes)


def contiguity_graph(geometries, ids=None, rule: str = "queen") -> ContiguityGraph:
    """Queen (or rook) contiguity of polygons, with islands and parts linked by distance.

    Parameters
    ----------
    geometries : GeoSeries or array of polygons
        In a projected CRS (centroid distances link islands).
    ids : sequence, optional
        Neighbourhood ids for the messages.

    References
    ----------
    Rey, S. J. and Anselin, L. (2007). PySAL: A Python library of spatial analytical
    methods. The Review of Regional Studies 37(1), 5-27.
    """
    import shapely

    from ..stats.weights import SpatialWeights

    w = SpatialWeights.from_polygons(geometries, ids, rule=rule)
    geoms = np.asarray(getattr(geometries, "values", geometries), dtype=object)
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    if missing.any():
        shown = ", ".join(map(str, np.asarray(w.ids)[missing][:20]))
        raise InputError(f"{int(missing.sum())} neighbourhoods have no geometry, so they have "
                         f"no place in a contiguous type: {shown}")
    xy = shapely.get_coordinates(shapely.point_on_surface(geoms))
    return connect_graph(w.matrix, xy, w.ids)


def connect_graph(matrix, xy: np.ndarray, ids=None) -> ContiguityGraph:
    """Make an adjacency matrix connected by linking islands and parts to their nearest feature.

    Each island (no neighbour) gets its nearest feature as neighbour; then, while the
    graph has several parts, every part but the largest is linked by the shortest
    centroid-to-centroid pair to a feature outside it.
    """
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    m = sparse.csr_matrix(matrix, dtype=float)
    m = ((m + m.T) > 0).astype(float)
    m.setdiag(0)
    m.eliminate_zeros()
    raw = m.tocsr()
    n = m.shape[0]
    ids = np.arange(n) if ids is None else np.asarray(ids)
    notes = Notes()
    degree = np.diff(raw.indptr)
    islands = np.flatnonzero(degree == 0)
    rows, cols = [], []
    if n > 1 and islands.size:
        tree = cKDTree(xy)
        _, idx = tree.query(xy[islands], k=2)
        for isl, cand in zip(islands, np.atleast_2d(idx)):
            rows.append(isl)
            cols.append(cand[1] if cand[0] == isl else cand[0])
        notes.warn(f"{islands.size} neighbourhoods have no contiguous neighbour (islands) and "
                   "were attached to their nearest neighbourhood: " + _ids(ids[islands]))
    m = _with_links(raw, rows, cols)
    parts = []
    while n > 1:
        n_comp, labels = connected_components(m, directed=False)
        if n_comp == 1:
            break
        sizes = np.bincount(labels)
        main = int(np.argmax(sizes))
        rows, cols = [], []
        for comp in np.flatnonzero(np.arange(n_comp) != main):
            inside = np.flatnonzero(labels == comp)
            outside = np.flatnonzero(labels != comp)
            d, j = cKDTree(xy[outside]).query(xy[inside], k=1)
            best = int(np.argmin(d))
            rows.append(inside[best])
            cols.append(outside[j[best]])
            if sizes[comp] > 1:
                parts.append(list(ids[inside]))
        m = _with_links(m, rows, cols)
    if parts:
        notes.warn(f"the contiguity graph had {len(parts) + 1} separate parts; each smaller part "
                   "was linked to its nearest neighbourhood outside it: "
                   + "; ".join(_ids(p, 8) for p in parts[:10]))
    return ContiguityGraph(m, raw, list(ids[islands]), parts, notes)


def _with_links(m, rows, cols):
    if not rows:
        return m.tocsr()
    n = m.shape[0]
    add = sparse.csr_matrix((np.ones(2 * len(rows)), (np.r_[rows, cols], np.r_[cols, rows])),
                            shape=(n, n))
    out = ((m + add) > 0).astype(float).tocsr()
    return out


def _ids(values, limit: int = 20) -> str:
    values = list(values)
    text = ", ".join(map(str, values[:limit]))
    return text + (f" ... ({len(values)} in all)" if len(values) > limit else "")


def count_pieces(raw_matrix, labels: np.ndarray) -> np.ndarray:
    """Number of contiguous pieces of each type (connected parts of its members' graph)."""
    from scipy.sparse.csgraph import connected_components

    m = sparse.csr_matrix(raw_matrix)
    coo = m.tocoo()
    same = labels[coo.row] == labels[coo.col]
    within = sparse.csr_matrix((coo.data[same], (coo.row[same], coo.col[same])), shape=m.shape)
    _, comp = connected_components(within, directed=False)
    k = int(labels.max()) + 1
    pieces = np.zeros(k, dtype=np.int64)
    pairs = np.unique(np.column_stack([labels, comp]), axis=0)
    np.add.at(pieces, pairs[:, 0], 1)
    return pieces


# --------------------------------------------------------------------------- Ward with contiguity


def ward_contiguity_children(X: np.ndarray, adjacency, *, steps=None) -> np.ndarray:
    """Ward's agglomeration where only contiguous clusters may merge.

    At each step the pair of *adjacent* clusters whose merge increases the
    within-cluster sum of squares least, ``n_a n_b / (n_a + n_b) * ||c_a - c_b||^2``,
    is merged (the rule of scikit-learn's ``AgglomerativeClustering(linkage="ward",
    connectivity=...)``).  The graph must be connected (:func:`connect_graph`).

    Returns
    -------
    int array (n - 1, 2)
        Merges in order; cut with :func:`~.methods.cut_children`.

    References
    ----------
    Murtagh, F. (1985). A survey of algorithms for contiguity-constrained clustering
    and related problems. The Computer Journal 28(1), 82-88.
    """
    X = np.asarray(X, dtype=float)
    n, p = X.shape
    m = sparse.csr_matrix(adjacency)
    size = np.zeros(2 * n - 1)
    size[:n] = 1.0
    sums = np.zeros((2 * n - 1, p))
    sums[:n] = X
    alive = np.zeros(2 * n - 1, dtype=bool)
    alive[:n] = True
    coo = sparse.triu(m, k=1).tocoo()
    r, c = coo.row.astype(np.int64), coo.col.astype(np.int64)
    cost = 0.5 * ((X[r] - X[c]) ** 2).sum(axis=1)
    heap = list(zip(cost.tolist(), r.tolist(), c.tolist()))
    heapq.heapify(heap)
    adj: List[Optional[set]] = [set(m.indices[m.indptr[i]:m.indptr[i + 1]].tolist())
                                for i in range(n)]
    children = np.empty((n - 1, 2), dtype=np.int64)
    for t in range(n - 1):
        while True:
            if not heap:
                raise InputError("the contiguity graph is not connected; link its parts first")
            _, i, j = heapq.heappop(heap)
            if alive[i] and alive[j]:
                break
        new = n + t
        alive[i] = alive[j] = False
        alive[new] = True
        size[new] = size[i] + size[j]
        sums[new] = sums[i] + sums[j]
        nb = adj[i] | adj[j]
        nb.discard(i)
        nb.discard(j)
        for v in nb:
            s = adj[v]
            s.discard(i)
            s.discard(j)
            s.add(new)
        adj.append(nb)
        adj[i] = adj[j] = None
        children[t] = (i, j)
        if nb:
            others = np.fromiter(nb, dtype=np.int64, count=len(nb))
            diff = sums[others] / size[others, None] - sums[new] / size[new]
            inc = (size[others] * size[new] / (size[others] + size[new])) * (diff ** 2).sum(axis=1)
            for value, v in zip(inc.tolist(), others.tolist()):
                heapq.heappush(heap, (value, v, new))
        if steps is not None and t % 2000 == 0:
            steps.report(t / n)
    return children


# --------------------------------------------------------------------------- SKATER


def _ssd(count, sums, sumsq):
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, sumsq - (sums ** 2).sum(axis=-1) / count, 0.0)


class _Forest:
    """The minimum spanning tree cut into regions, with the best cut of each region."""

    def __init__(self, X, tree, min_size, bound, min_bound):
        self.X = X
        self.sq = (X ** 2).sum(axis=1)
        self.tree = tree.tolil()
        self.min_size = min_size
        self.bound = bound
        self.min_bound = min_bound

    def best_cut(self, root):
        """(gain, node, parent, members) of the best valid edge removal in root's region."""
        from scipy.sparse.csgraph import depth_first_order

        graph = self.tree.tocsr()
        graph.eliminate_zeros()
        order, pred = depth_first_order(graph, root, directed=False,
                                        return_predecessors=True)
        size = np.ones(len(order), dtype=np.int64)
        pos = {v: i for i, v in enumerate(order.tolist())}
        plist = pred[order].tolist()
        for i in range(len(order) - 1, 0, -1):
            size[pos[plist[i]]] += size[i]
        csum = np.vstack([np.zeros((1, self.X.shape[1] + 2)),
                          np.cumsum(np.column_stack([self.X[order], self.sq[order],
                                                     self.bound[order]]), axis=0)])
        start = np.arange(len(order))
        sub = csum[start + size] - csum[start]
        total = csum[-1]
        p = self.X.shape[1]
        count = size.astype(float)
        n_all = float(len(order))
        comp = total[None, :] - sub
        gain = (_ssd(n_all, total[:p], total[p])
                - _ssd(count, sub[:, :p], sub[:, p]) - _ssd(n_all - count, comp[:, :p], comp[:, p]))
        valid = (count >= self.min_size) & (n_all - count >= self.min_size)
        if self.min_bound is not None:
            valid &= (sub[:, p + 1] >= self.min_bound) & (comp[:, p + 1] >= self.min_bound)
        valid[0] = False  # the root has no parent edge
        if not valid.any():
            return None
        gain = np.where(valid, gain, -np.inf)
        i = int(np.argmax(gain))
        return float(gain[i]), int(order[i]), int(plist[i]), order[i:i + size[i]], order


def skater_partitions(X: np.ndarray, adjacency, k_max: int, *, min_size: int = 1,
                      bound: Optional[np.ndarray] = None, min_bound: Optional[float] = None,
                      steps=None):
    """SKATER regionalisation: cut the minimum spanning tree of the contiguity graph.

    The graph's edges weigh the Euclidean distance between the two neighbourhoods'
    indicator vectors; its minimum spanning tree is cut, one edge at a time, where the
    cut lowers the total within-region sum of squared deviations most, among the cuts
    that leave both sides with at least ``min_size`` neighbourhoods (and at least
    ``min_bound`` of ``bound``, e.g. residents).  Every candidate edge of every region
    is evaluated exactly at each step (subtree sums over a depth-first order).

    Returns
    -------
    partitions : dict k -> int array (n,)
        Nested regionalisations for k = 1 .. the largest k reached (<= k_max).
    reached : int
        The largest k the constraints allowed.

    References
    ----------
    Assunção, R. M., Neves, M. C., Câmara, G. and da Costa Freitas, C. (2006).
    Efficient regionalization techniques for socio-economic geographical units using
    minimum spanning trees. International Journal of Geographical Information Science
    20(7), 797-811.
    """
    from scipy.sparse.csgraph import minimum_spanning_tree

    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    coo = sparse.triu(sparse.csr_matrix(adjacency), k=1).tocoo()
    d = np.sqrt(((X[coo.row] - X[coo.col]) ** 2).sum(axis=1)) + 1e-12  # 0 would drop the edge
    mst = minimum_spanning_tree(sparse.csr_matrix((d, (coo.row, coo.col)), shape=(n, n)))
    mst = ((mst + mst.T) > 0).astype(float)
    bound = np.zeros(n) if bound is None else np.asarray(bound, dtype=float)
    forest = _Forest(X, mst, max(1, int(min_size)), bound, min_bound)
    labels = np.zeros(n, dtype=np.int64)
    partitions = {1: labels.copy()}
    cuts = {0: forest.best_cut(0)}
    for k in range(2, k_max + 1):
        candidates = [(c[0], region) for region, c in cuts.items() if c is not None]
        if not candidates:
            break
        _, region = max(candidates)
        gain, node, parent, members, _ = cuts[region]
        forest.tree[node, parent] = 0
        forest.tree[parent, node] = 0
        new = k - 1
        labels[members] = new
        cuts[region] = forest.best_cut(int(np.flatnonzero(labels == region)[0]))
        cuts[new] = forest.best_cut(int(members[0]))
        partitions[k] = _canonical(labels.copy())
        if steps is not None:
            steps.report(k / k_max)
    return partitions, max(partitions)
