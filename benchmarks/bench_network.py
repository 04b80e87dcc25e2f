"""Benchmark: street graph, multi-source network distance and coverage against networkx
(and pandana when installed), all measured in the same run.

The network is a perturbed grid of ~100,000 two-point street segments (100 m
blocks, corners moved by up to 20 m, 2 % of the links missing), with 10,000
facilities and 200,000 population points placed at random.

Two comparisons:

* like for like, node to node: facilities and origins on graph nodes, so every
  method answers exactly the same question; distances are checked to agree;
* the plugin's full job: origins and facilities anywhere, snapped onto the
  nearest edge, plus per-neighbourhood coverage shares.

Run:  .venv/bin/python benchmarks/bench_network.py [--scale 0.1]
"""

import argparse
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
IMPORT_ROOT = os.path.join(os.path.dirname(HERE), "build", "importroot")
LINK = os.path.join(IMPORT_ROOT, "urban_safety_monitor")
if not os.path.exists(LINK):
    os.makedirs(IMPORT_ROOT, exist_ok=True)
    os.symlink(os.path.dirname(HERE), LINK)
sys.path.insert(0, IMPORT_ROOT)

import geopandas as gpd  # noqa: E402
import scipy.sparse.csgraph  # noqa: E402,F401  (imported before timing, like the peers)
import scipy.spatial  # noqa: E402,F401
import shapely  # noqa: E402
import networkx as nx  # noqa: E402

from urban_safety_monitor.usm_plugin.core.joins.infrastructure import PopulationPoints  # noqa: E402
from urban_safety_monitor.usm_plugin.core.network.street_network import (  # noqa: E402
    build_street_graph, network_distance_to_nearest, population_coverage)

CRS = "EPSG:32630"


def timed(label, fn, results):
    start = time.perf_counter()
    value = fn()
    results[label] = time.perf_counter() - start
    print(f"  {label:<48s} {results[label]:8.2f} s", flush=True)
    return value


def make_network(n_side, rng, step=100.0, jitter=20.0, missing=0.02):
    ix, iy = np.meshgrid(np.arange(n_side), np.arange(n_side), indexing="ij")
    xy = np.column_stack([ix.ravel(), iy.ravel()]) * step
    xy = xy + rng.uniform(-jitter, jitter, xy.shape)
    node = np.arange(n_side * n_side).reshape(n_side, n_side)
    a = np.concatenate([node[:-1, :].ravel(), node[:, :-1].ravel()])
    b = np.concatenate([node[1:, :].ravel(), node[:, 1:].ravel()])
    keep = rng.random(len(a)) >= missing
    return xy, a[keep], b[keep]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0,
                        help="fraction of the full size (1.0 = 100,000 segments)")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--limit", type=float, default=5000.0,
                        help="search limit in metres for the limited runs")
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    n_side = max(int(round(226 * np.sqrt(args.scale))), 10)
    n_fac = max(int(10_000 * args.scale), 10)
    n_pop = max(int(200_000 * args.scale), 100)

    xy, a, b = make_network(n_side, rng)
    segments = shapely.linestrings(np.stack([xy[a], xy[b]], axis=1))
    streets = gpd.GeoDataFrame({"street_id": np.arange(len(a))}, geometry=segments, crs=CRS)
    extent = (n_side - 1) * 100.0
    fac_xy = rng.uniform(0, extent, (n_fac, 2))
    pop_xy = rng.uniform(0, extent, (n_pop, 2))
    pop_w = rng.integers(1, 20, n_pop).astype(float)
    print(f"network: {len(segments):,} segments, {len(xy):,} corners; {n_fac:,} facilities; "
          f"{n_pop:,} population points; {os.cpu_count()} CPU(s)")
    t = {}

    lim = f"limit {args.limit:g} m"
    print("USM core (scipy.sparse.csgraph):")
    graph = timed("usm build graph from GeoDataFrame", lambda: build_street_graph(streets), t)
    print(f"    -> {graph.n_nodes:,} nodes, {graph.n_edges:,} edges, "
          f"{graph.n_components} component(s)")
    fac_nodes = np.unique(rng.choice(graph.n_nodes, n_fac, replace=False))
    org_nodes = np.arange(graph.n_nodes)
    ours_nodes = timed("usm node->node, all nodes, no limit",
                       lambda: network_distance_to_nearest(graph, graph.node_xy[org_nodes],
                                                           graph.node_xy[fac_nodes]), t)
    ours_lim = timed(f"usm node->node, all nodes, {lim}",
                     lambda: network_distance_to_nearest(graph, graph.node_xy[org_nodes],
                                                         graph.node_xy[fac_nodes],
                                                         max_distance=args.limit), t)
    from scipy.sparse.csgraph import dijkstra

    # the search engine alone, as networkx does it: sources on nodes, nothing to snap
    search = timed("usm csgraph search only (dijkstra min_only)",
                   lambda: dijkstra(graph.matrix, directed=False, indices=fac_nodes,
                                    min_only=True), t)
    full = timed("usm population->facilities, snapped to edges",
                 lambda: network_distance_to_nearest(graph, pop_xy, fac_xy), t)
    zones, ids = [], []
    cell = extent / 10
    for i in range(10):
        for j in range(10):
            zones.append(shapely.box(i * cell, j * cell, (i + 1) * cell, (j + 1) * cell))
            ids.append(f"Z{i}{j}")
    nbhd = gpd.GeoDataFrame({"zid": ids}, geometry=zones, crs=CRS)
    pop = PopulationPoints(pop_xy, pop_w, CRS, "synthetic")
    cov = timed("usm coverage 500 m, 100 neighbourhoods",
                lambda: population_coverage(nbhd, "zid", pop, fac_xy, distance=500.0,
                                            method="network", graph=graph), t)
    print(f"    -> city share within 500 m: {cov.city_share:.4f}; median distance "
          f"{np.median(full.distance[np.isfinite(full.distance)]):.1f} m")

    print("networkx (multi_source_dijkstra_path_length):")

    def nx_graph():
        G = nx.Graph()
        G.add_weighted_edges_from(zip(graph.edge_u.tolist(), graph.edge_v.tolist(),
                                      graph.edge_length.tolist()))
        return G

    G = timed("networkx build graph", nx_graph, t)
    sources = set(fac_nodes.tolist())
    ref = timed("networkx node->node, all nodes, no limit",
                lambda: nx.multi_source_dijkstra_path_length(G, sources), t)
    ref_lim = timed(f"networkx node->node, all nodes, {lim}",
                    lambda: nx.multi_source_dijkstra_path_length(G, sources, cutoff=args.limit), t)
    want = np.array([ref.get(k, np.inf) for k in org_nodes.tolist()])
    want_lim = np.array([ref_lim.get(k, np.inf) for k in org_nodes.tolist()])
    same_inf = np.array_equal(np.isinf(want), np.isinf(ours_nodes.distance)) and \
        np.array_equal(np.isinf(want), np.isinf(search))
    same_inf_lim = np.array_equal(np.isinf(want_lim), np.isinf(ours_lim.distance))
    fin = np.isfinite(want)
    diff = float(max(np.max(np.abs(want[fin] - ours_nodes.distance[fin])),
                     np.max(np.abs(want[fin] - search[fin])))) if fin.any() else 0.0
    print(f"    -> agreement with USM: unreachable sets equal {same_inf} (limited {same_inf_lim}), "
          f"max |difference| {diff:.2e} m")

    have_pandana = False
    try:
        import pandana
        import pandas as pd
    except ImportError:
        print("pandana: not installed, skipped")
    else:
        have_pandana = True
        print(f"pandana {pandana.__version__} (contraction hierarchies; POIs and origins on nodes):")

        def pd_net():
            edges = pd.DataFrame({"w": graph.edge_length})
            return pandana.Network(pd.Series(graph.node_xy[:, 0]), pd.Series(graph.node_xy[:, 1]),
                                   pd.Series(graph.edge_u), pd.Series(graph.edge_v), edges,
                                   twoway=True)

        net = timed("pandana build network (incl. contraction)", pd_net, t)

        def pd_query():
            net.set_pois("fac", args.limit, 1, pd.Series(graph.node_xy[fac_nodes, 0]),
                         pd.Series(graph.node_xy[fac_nodes, 1]))
            return net.nearest_pois(args.limit, "fac", num_pois=1)

        res = timed(f"pandana node->node, all nodes, {lim}", pd_query, t)
        got = res[1].to_numpy(dtype=float)
        got = np.where(got >= args.limit, np.inf, got)
        both = np.isfinite(want_lim) & np.isfinite(got)
        agree = float(np.max(np.abs(got[both] - want_lim[both]))) if both.any() else 0.0
        print(f"    -> agreement with networkx: max |difference| {agree:.2e} m on {both.sum():,} "
              f"nodes (pandana stores weights as float32)")

    def ratio(peer, ours):
        return t[peer] / max(t[ours], 1e-9)

    print("ratios (peer time / USM time; > 1 means USM is faster):")
    print(f"  networkx search vs csgraph search:  "
          f"{ratio('networkx node->node, all nodes, no limit', 'usm csgraph search only (dijkstra min_only)'):8.1f}x")
    print(f"  networkx node->node, no limit (USM incl. snapping): "
          f"{ratio('networkx node->node, all nodes, no limit', 'usm node->node, all nodes, no limit'):8.1f}x")
    print(f"  networkx node->node, {lim} (USM incl. snapping): "
          f"{ratio(f'networkx node->node, all nodes, {lim}', f'usm node->node, all nodes, {lim}'):8.1f}x")
    ours_total = t["usm build graph from GeoDataFrame"] + t[f"usm node->node, all nodes, {lim}"]
    nx_total = t["networkx build graph"] + t[f"networkx node->node, all nodes, {lim}"]
    print(f"  networkx build + query ({lim}): {nx_total / ours_total:8.1f}x")
    if have_pandana:
        pd_total = (t["pandana build network (incl. contraction)"]
                    + t[f"pandana node->node, all nodes, {lim}"])
        print(f"  pandana build + query ({lim}):  {pd_total / ours_total:8.1f}x")
    total = t["usm build graph from GeoDataFrame"] + t["usm population->facilities, snapped to edges"]
    print(f"target: {n_fac:,} facilities on {len(segments):,} segments, {n_pop:,} origins snapped "
          f"to edges, build + query {total:.2f} s (target < 60 s)")


if __name__ == "__main__":
    main()
