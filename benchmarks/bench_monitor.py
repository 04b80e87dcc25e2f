"""Benchmark: the monitor's composite index with uncertainty, and the period comparison.

1. ``usm:compositeindex`` core on 10,000 neighbourhoods x 179 indicators (4 facets, 10
   dimensions, 81 subdimensions, the size of the Urban Safety Monitor framework), 2% of
   the values missing, with a 1,000-run Monte Carlo uncertainty analysis (normalisation,
   aggregation, imputation and weights varied; Saltelli design).  Peer: the same Monte
   Carlo written as the plain pandas/numpy loop an analyst would write (per run: impute with
   ``fillna``, normalise column-wise with pandas, aggregate each level with
   ``DataFrame.T.groupby(parent).sum()`` of weighted scores over the sum of the weights
   present, rank with ``Series.rank``); it is timed on a few runs and scaled to 1,000.
   Agreement: the peer's index equals ours for the same choices (checked on the main run).
2. ``usm:compareperiods`` core on 10,000 neighbourhoods x 12 periods (last against the mean
   of the 11 earlier ones, exact test, FDR).  Peer: a loop of ``scipy.stats.binomtest`` with
   its exact Clopper-Pearson interval over the neighbourhoods.  Agreement: p-values and
   interval bounds compared.

Target (issue 11): composite index + 1,000 runs under 10 s of core time; period comparison
under 1 s.  Times are wall-clock on this machine, best of the repeats; ratio = peer / ours.

Usage::

    .venv/bin/python benchmarks/bench_monitor.py            # full sizes
    .venv/bin/python benchmarks/bench_monitor.py --quick    # 2,000 neighbourhoods, 200 runs
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
IMPORT_ROOT = ROOT / "build" / "importroot"


def _import_root() -> None:
    IMPORT_ROOT.mkdir(parents=True, exist_ok=True)
    link = IMPORT_ROOT / "urban_safety_monitor"
    if not link.exists():
        try:
            link.symlink_to(ROOT, target_is_directory=True)
        except FileExistsError:
            pass
    sys.path.insert(0, str(IMPORT_ROOT))


def _catalogue():
    from urban_safety_monitor.usm_plugin.core.indices.catalogue import parse_catalogue

    groups = [dict(id=f"f{k}", level="facet", parent=None) for k in range(4)]
    groups += [dict(id=f"d{k}", level="dimension", parent=f"f{k % 4}") for k in range(10)]
    groups += [dict(id=f"s{k}", level="subdimension", parent=f"d{k % 10}") for k in range(81)]
    indicators = [dict(id=f"i{k}", parent=f"s{k % 81}", field=f"x{k}", selected=True,
                       direction="risk" if k % 3 else "protective") for k in range(179)]
    return parse_catalogue(dict(format="usm-indicator-catalogue", schema_version=1,
                                groups=groups, indicators=indicators))


def _indicator_data(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(20201026)
    latent = rng.normal(size=(n, 1))
    values = latent + rng.normal(size=(n, 179))
    values = np.exp(0.5 * values)  # skewed like rates
    values[rng.random(values.shape) < 0.02] = np.nan
    return pd.DataFrame(values, columns=[f"x{k}" for k in range(179)])


# --------------------------------------------------------------------------- the pandas loop


class PandasLoop:
    """One run of the composite index written plainly with pandas (the peer)."""

    def __init__(self, catalogue, frame):
        self.frame = frame[[i.field for i in catalogue.indicators]]
        self.frame.columns = [i.id for i in catalogue.indicators]
        self.sign = pd.Series({i.id: 1.0 if i.direction == "protective" else -1.0
                               for i in catalogue.indicators})
        self.parent = {i.id: i.parent for i in catalogue.indicators}
        self.parent.update({g.id: g.parent or "index" for g in catalogue.groups})
        self.levels = [[g.id for g in catalogue.groups if g.level == level]
                       for level in ("subdimension", "dimension", "facet")] + [["index"]]

    def run(self, normalisation, aggregation, imputation, weights, shift=1.0):
        data = self.frame
        if imputation != "none":
            data = data.fillna(data.mean() if imputation == "mean" else data.median())
        data = data * self.sign
        if normalisation == "minmax":
            scores = 100 * (data - data.min()) / (data.max() - data.min())
        else:
            ranks = data.rank(method="average")
            scores = 100 * (ranks - 1) / (data.notna().sum() - 1)
        current = scores
        for level in self.levels:
            w = pd.Series({c: weights.get(c, 1.0) for c in current.columns})
            parent = pd.Series({c: self.parent[c] for c in current.columns})
            values = np.log(current + shift) if aggregation == "geometric" else current
            numerator = (values * w).T.groupby(parent).sum(min_count=1).T
            denominator = (values.notna() * w).T.groupby(parent).sum().T
            current = numerator / denominator.where(denominator > 0)
            if aggregation == "geometric":
                current = np.exp(current) - shift
        index = current["index"]
        return index, index.rank(ascending=False, method="min")


# --------------------------------------------------------------------------- timings


def bench_index(n: int, runs: int, peer_runs: int) -> None:
    from urban_safety_monitor.usm_plugin.core.indices.composite import composite_index
    from urban_safety_monitor.usm_plugin.core.indices.uncertainty import (
        UncertaintyOptions, uncertainty_analysis)

    catalogue = _catalogue()
    frame = _indicator_data(n)
    start, cpu = time.perf_counter(), time.process_time()
    result = composite_index(frame, catalogue)
    t_index, c_index = time.perf_counter() - start, time.process_time() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    unc = uncertainty_analysis(result.model, result.rank, UncertaintyOptions(runs=runs, seed=1))
    t_mc, c_mc = time.perf_counter() - start, time.process_time() - cpu

    # the peer starts from the winsorised values, so both compute the same index
    winsorised = pd.DataFrame(result.model.raw, columns=[i.field for i in catalogue.indicators])
    peer = PandasLoop(catalogue, winsorised)
    index, _ = peer.run("minmax", "arithmetic", "none", {})
    agreement = float(np.nanmax(np.abs(index.to_numpy() - result.scores["index"].to_numpy())))
    rng = np.random.default_rng(2)
    start, cpu = time.perf_counter(), time.process_time()
    for k in range(peer_runs):
        weights = {node: rng.uniform(0.75, 1.25) for node in peer.parent}
        peer.run(("minmax", "rank")[k % 2], ("arithmetic", "geometric")[(k // 2) % 2],
                 ("none", "mean")[(k // 4) % 2], weights)
    t_peer_run = (time.perf_counter() - start) / peer_runs
    c_peer = (time.process_time() - cpu) / peer_runs * unc.runs
    t_peer = t_peer_run * unc.runs
    print(f"composite index, {n:,} neighbourhoods x 179 indicators (4/10/81 groups):")
    print(f"  usm core: index {t_index:.2f} s + {unc.runs} Monte Carlo runs {t_mc:.2f} s "
          f"= {t_index + t_mc:.2f} s ({1000 * t_mc / unc.runs:.1f} ms a run)")
    print(f"  pandas loop: {1000 * t_peer_run:.0f} ms a run (timed on {peer_runs}), "
          f"{t_peer:.1f} s for {unc.runs} runs")
    print(f"  CPU time: usm {c_index + c_mc:.2f} s (index {c_index:.2f} + runs {c_mc:.2f}); "
          f"pandas loop {c_peer:.1f} s")
    print(f"  ratio (pandas loop / usm, Monte Carlo): wall {t_peer / t_mc:.1f}x, CPU "
          f"{c_peer / c_mc:.1f}x; target < 10 s: wall "
          f"{'met' if t_index + t_mc < 10 else 'NOT met'}, CPU "
          f"{'met' if c_index + c_mc < 10 else 'NOT met'}")
    print(f"  agreement of the main index with the pandas loop: max |diff| {agreement:.2e}")


def bench_periods(n: int, periods: int, peer_n: int) -> None:
    from scipy import stats

    from urban_safety_monitor.usm_plugin.core.indices.change import compare_periods

    rng = np.random.default_rng(7)
    mean = rng.gamma(2.0, 15.0, n)
    counts = rng.poisson(mean[:, None] * np.linspace(1.0, 0.8, periods)[None, :])
    frame = pd.DataFrame(counts, columns=[f"n_p{k:02d}" for k in range(periods)])
    frame["population"] = rng.integers(500, 20000, n)
    best = np.inf
    for _ in range(3):
        start = time.perf_counter()
        result = compare_periods(frame, list(frame.columns[:periods]), population_field="population",
                                 baseline="earlier")
        best = min(best, time.perf_counter() - start)
    y0 = counts[:peer_n, :-1].sum(axis=1)
    y1 = counts[:peer_n, -1]
    share = 1 / periods
    start = time.perf_counter()
    p_values, lows = [], []
    for a, b in zip(y1, y0):
        test = stats.binomtest(int(a), int(a + b), share)
        interval = test.proportion_ci(confidence_level=0.95, method="exact")
        p_values.append(test.pvalue)
        lows.append(interval.low / (1 - interval.low) * (periods - 1))
    t_peer = (time.perf_counter() - start) / peer_n * n
    diff_p = float(np.max(np.abs(np.array(p_values) - result.table.p_value[:peer_n].to_numpy())))
    diff_lo = float(np.max(np.abs(np.array(lows) - result.table.rr_lo[:peer_n].to_numpy())))
    print(f"period comparison, {n:,} neighbourhoods x {periods} periods:")
    print(f"  usm core: {best:.3f} s; scipy binomtest loop: {t_peer:.2f} s "
          f"(timed on {peer_n:,}); ratio {t_peer / best:.0f}x; target < 1 s: "
          f"{'met' if best < 1 else 'NOT met'}")
    print(f"  agreement with scipy: p-values {diff_p:.1e}, lower bounds {diff_lo:.1e}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 neighbourhoods, 200 runs")
    args = parser.parse_args()
    _import_root()
    import scipy.stats  # noqa: F401  (imported once by QGIS or any run: not core time)
    import scipy.sparse  # noqa: F401

    n, runs = (2000, 200) if args.quick else (10_000, 1000)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    bench_index(n, runs, peer_runs=4 if args.quick else 8)
    bench_periods(n, 12, peer_n=1000)


if __name__ == "__main__":
    main()
