"""Benchmark: Risk Terrain Modeling on a 500 x 500 grid with 10 candidate factors x 3 distances
(issue 12 target: under 30 s), and the final model against statsmodels GLM on the same design.

Factors: 7 point layers, 2 line layers, 1 polygon layer on a 50 x 50 km square; incidents
(about 50,000) drawn cell by cell with known relative risks for three of the factors (x2.5,
x1.8, x0.5 protective). Printed: the time, the recovered relative risk values, the PAI, and,
when statsmodels is installed, its GLM time and coefficient agreement on the final design.

Run:  .venv/bin/python benchmarks/bench_risk_terrain.py [--side 500]
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

import shapely  # noqa: E402
from scipy.spatial import cKDTree  # noqa: E402

from urban_safety_monitor.usm_plugin.core.cpted.risk_terrain import (  # noqa: E402
    FactorLayer, risk_terrain)


def make(side, seed):
    rng = np.random.default_rng(seed)
    cell = 100.0
    extent = side * cell
    area = np.array([shapely.box(0, 0, extent, extent)])
    factors = []
    for k in range(7):
        factors.append(FactorLayer(f"points_{k}", shapely.points(rng.uniform(0, extent, (300, 2))),
                                   distances=(100, 200, 400)))
    for k in range(2):
        starts = rng.uniform(0, extent, (40, 2))
        ends = starts + rng.uniform(-3000, 3000, (40, 2))
        factors.append(FactorLayer(f"lines_{k}", shapely.linestrings(np.stack([starts, ends], 1)),
                                   distances=(100, 200, 400)))
    parks = shapely.buffer(shapely.points(rng.uniform(0, extent, (150, 2))), 300.0)
    factors.append(FactorLayer("parks", parks, distances=(0, 100, 200)))
    c = (np.arange(side) + 0.5) * cell
    gx, gy = np.meshgrid(c, c)
    centres = np.column_stack([gx.ravel(), gy.ravel()])
    near0 = cKDTree(shapely.get_coordinates(factors[0].geometries)).query(centres)[0] <= 200
    near1 = cKDTree(shapely.get_coordinates(factors[1].geometries)).query(centres)[0] <= 100
    in_park = shapely.contains_xy(shapely.union_all(parks), centres[:, 0], centres[:, 1])
    lam = 0.15 * np.where(near0, 2.5, 1) * np.where(near1, 1.8, 1) * np.where(in_park, 0.5, 1)
    n = rng.poisson(lam)
    xy = np.repeat(centres, n, axis=0) + rng.uniform(-50, 50, (n.sum(), 2))
    return area, xy, factors


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--side", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rule", choices=("min", "1se"), default="min")
    args = parser.parse_args()
    area, xy, factors = make(args.side, args.seed)
    print(f"{args.side} x {args.side} cells, {len(factors)} factors x 3 distances, "
          f"{len(xy):,} incidents")
    start = time.perf_counter()
    result = risk_terrain(area, xy, factors, cell_size=100.0, seed=args.seed,
                          penalty_rule=args.rule)
    took = time.perf_counter() - start
    print(f"usm risk_terrain (core, penalty rule {args.rule}): {took:8.2f} s  "
          f"(target < 30 s: {'met' if took < 30 else 'NOT met'})")
    kept = result.factors[result.factors["selected"] == 1]
    for row in kept.itertuples(index=False):
        print(f"  kept {row.factor:10s} {row.operation} {row.distance_m:5g} m  RRV {row.rrv:.2f}")
    print(f"  planted: points_0 <= 200 m x2.5, points_1 <= 100 m x1.8, parks (inside) x0.5; "
          f"PAI of the top 10% cells: {result.pai:.2f}")
    try:
        import statsmodels.api as sm
    except ImportError:
        return
    start = time.perf_counter()
    ref = sm.GLM(result.training_counts, sm.add_constant(result.design),
                 family=sm.families.Poisson()).fit(tol=1e-12)
    t_sm = time.perf_counter() - start
    diff = np.max(np.abs(kept["coef"].to_numpy() - ref.params[1:]))
    print(f"statsmodels GLM on the final design ({result.design.shape[0]:,} x "
          f"{result.design.shape[1]}): {t_sm:.2f} s; max |coef difference| {diff:.2e}")


if __name__ == "__main__":
    main()
