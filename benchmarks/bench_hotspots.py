"""Benchmark: spatial weights, Gi* and Local Moran's I, ours against esda/libpysal and pygeoda.

Measured in one run, each (tool, task, size) in its own subprocess so that peak
memory is honest and no caches are shared:

* ``weights`` -- queen contiguity from polygons: ours (SpatialWeights.from_polygons),
  libpysal (Queen.from_dataframe), pygeoda (queen_weights; its geopandas -> GeoDa
  conversion, pygeoda.open, is timed separately);
* ``gistar``  -- Gi* with binary weights and 999 conditional permutations: ours
  (LocalGetisOrd), esda (G_Local(star=True, transform="B"), numba, its default
  n_jobs=-1), pygeoda (local_gstar, 2 threads);
* ``lisa``    -- Local Moran's I, row-standardised, 999 permutations: ours (LocalMoran),
  esda (Moran_Local, numba, its default n_jobs=1), pygeoda (local_moran, 2 threads).

For every tool the first call and a second call in the same process are timed:
esda's first call includes numba's compilation (or loading it from numba's cache),
the second is "warm".  Ratios use the warm times.  Peak memory is the subprocess's
maximum resident set size, with the resident size just before the timed calls
(data and weights loaded) in brackets.

Test data: a Voronoi partition of uniform random points (fixed seed) in a square
with Poisson counts whose mean varies smoothly in space, so there are real hot spots.

Usage::

    .venv/bin/python benchmarks/bench_hotspots.py            # 1,000 / 10,000 / 50,000 polygons
    .venv/bin/python benchmarks/bench_hotspots.py --quick    # 500 and 2,000, seconds
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
IMPORT_ROOT = ROOT / "build" / "importroot"
PERMUTATIONS = 999
SEED = 12345


def _rss_mb() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _peak_mb() -> float:
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across
    # fork + exec, so it would report the benchmark driver's own size.
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ----------------------------------------------------------------------- data
def make_data(n: int, path: Path) -> None:
    """Voronoi polygons of n random points in a square, plus counts; saved as WKB + values."""
    import numpy as np
    import shapely

    rng = np.random.default_rng(n)
    side = 100.0 * np.sqrt(n)            # about 100 m x 100 m per polygon
    pts = rng.uniform(0, side, (n, 2))
    frame = shapely.box(0, 0, side, side)
    cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(pts), extend_to=frame))
    cells = shapely.intersection(np.asarray(cells), frame)
    centre = shapely.get_coordinates(shapely.centroid(cells))
    # smooth surface with a few bumps: hot and cold areas
    bumps = rng.uniform(0, side, (6, 2))
    signs = np.array([1, 1, 1, -1, -1, 1.0])
    mu = 5 + sum(s * 4 * np.exp(-((centre - b) ** 2).sum(1) / (2 * (side / 10) ** 2))
                 for s, b in zip(signs, bumps))
    y = rng.poisson(np.clip(mu, 0.5, None)).astype(float)
    np.savez(path, wkb=np.asarray(shapely.to_wkb(cells), dtype=object), y=y, allow_pickle=True)


def load_data(path: Path):
    import geopandas as gpd
    import numpy as np
    import shapely

    data = np.load(path, allow_pickle=True)
    geoms = shapely.from_wkb(data["wkb"])
    return gpd.GeoDataFrame({"y": data["y"]}, geometry=geoms, crs="EPSG:32630")


# ---------------------------------------------------------------------- worker
def worker(tool: str, task: str, path: Path) -> dict:
    """Run one (tool, task) on the data at ``path``; returns timings and memory."""
    import numpy as np

    warnings.simplefilter("ignore")
    frame = load_data(path)
    y = frame["y"].to_numpy(float)
    out = {"tool": tool, "task": task, "n": len(frame)}

    def timed(fn):
        start = time.perf_counter()
        result = fn()
        return time.perf_counter() - start, result

    if tool == "ours":
        sys.path.insert(0, str(IMPORT_ROOT))
        from urban_safety_monitor.usm_plugin.core.stats.autocorrelation import LocalGetisOrd, LocalMoran
        from urban_safety_monitor.usm_plugin.core.stats.weights import SpatialWeights

        if task == "weights":
            out["rss_before"] = _rss_mb()
            out["first"], w = timed(lambda: SpatialWeights.from_polygons(frame.geometry, rule="queen"))
            out["warm"], w = timed(lambda: SpatialWeights.from_polygons(frame.geometry, rule="queen"))
            out["check"] = int(w.matrix.nnz)
        else:
            w = SpatialWeights.from_polygons(frame.geometry, rule="queen")
            out["rss_before"] = _rss_mb()
            if task == "gistar":
                run = lambda: LocalGetisOrd(y, w, transform="binary", permutations=PERMUTATIONS,  # noqa: E731
                                            seed=SEED)
                out["first"], r = timed(run)
                out["warm"], r = timed(run)
                out["check"] = float(np.nansum(r.z))
                out["sig"] = float(np.mean(r.p_sim / 2 <= 0.05))
            else:
                run = lambda: LocalMoran(y, w, permutations=PERMUTATIONS, seed=SEED)  # noqa: E731
                out["first"], r = timed(run)
                out["warm"], r = timed(run)
                out["check"] = float(np.nansum(r.Is))
                out["sig"] = float(np.mean(r.p_sim / 2 <= 0.05))
    elif tool == "pysal":
        import libpysal

        if task == "weights":
            out["rss_before"] = _rss_mb()
            run = lambda: libpysal.weights.Queen.from_dataframe(frame, use_index=False)  # noqa: E731
            out["first"], w = timed(run)
            out["warm"], w = timed(run)
            out["check"] = int(w.sparse.nnz)
        else:
            import esda

            w = libpysal.weights.Queen.from_dataframe(frame, use_index=False)
            out["rss_before"] = _rss_mb()
            if task == "gistar":
                run = lambda: esda.G_Local(y, w, transform="B", star=True,  # noqa: E731
                                           permutations=PERMUTATIONS, seed=SEED,
                                           keep_simulations=False)
                out["first"], r = timed(run)
                out["warm"], r = timed(run)
                out["check"] = float(np.nansum(r.Zs))
                out["sig"] = float(np.mean(r.p_sim <= 0.05))
            else:
                run = lambda: esda.Moran_Local(y, w, permutations=PERMUTATIONS, seed=SEED,  # noqa: E731
                                               keep_simulations=False)
                out["first"], r = timed(run)
                out["warm"], r = timed(run)
                out["check"] = float(np.nansum(r.Is))
                out["sig"] = float(np.mean(r.p_sim <= 0.05))
    elif tool == "pygeoda":
        import pygeoda

        start = time.perf_counter()
        gda = pygeoda.open(frame)
        out["open"] = time.perf_counter() - start
        if task == "weights":
            out["rss_before"] = _rss_mb()
            out["first"], w = timed(lambda: pygeoda.queen_weights(gda))
            out["warm"], w = timed(lambda: pygeoda.queen_weights(gda))
            mean = w.mean_neighbors() if callable(w.mean_neighbors) else w.mean_neighbors
            out["check"] = int(round(mean * len(frame)))
        else:
            w = pygeoda.queen_weights(gda)
            out["rss_before"] = _rss_mb()
            col = frame["y"]
            fn = pygeoda.local_gstar if task == "gistar" else pygeoda.local_moran
            run = lambda: fn(w, col, permutations=PERMUTATIONS, cpu_threads=2, seed=SEED)  # noqa: E731
            out["first"], r = timed(run)
            out["warm"], r = timed(run)
            out["check"] = float(np.nansum(np.asarray(r.lisa_values())))
            out["sig"] = float(np.mean(np.asarray(r.lisa_pvalues()) <= 0.05))
    out["peak"] = _peak_mb()
    return out


# ------------------------------------------------------------------------ main
def run_worker(tool, task, path) -> dict:
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    proc = subprocess.run([sys.executable, __file__, "--worker", tool, task, str(path)],
                          capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        return {"tool": tool, "task": task, "error": proc.stderr.strip().splitlines()[-1]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes only")
    parser.add_argument("--sizes", type=int, nargs="*")
    parser.add_argument("--worker", nargs=3, metavar=("TOOL", "TASK", "PATH"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker[0], args.worker[1], Path(args.worker[2]))))
        return
    sizes = args.sizes or ([500, 2000] if args.quick else [1000, 10000, 50000])
    import numba  # noqa: F401  (esda without numba would be measured in pure Python)
    import esda
    import libpysal
    import numpy
    import pygeoda

    print(f"Hot-spot statistics benchmark: {PERMUTATIONS} permutations, queen weights, "
          f"Voronoi polygons; {os.cpu_count()} CPU(s)")
    print(f"numpy {numpy.__version__}, esda {esda.__version__} (numba {numba.__version__}), "
          f"libpysal {libpysal.__version__}, pygeoda {pygeoda.__version__}")
    print("times in seconds: first call / second call in the same process; "
          "memory: peak RSS MB (RSS before the timed calls)", flush=True)
    print("check: weights = number of links; Gi* = sum of z-scores (pygeoda: sum of its "
          "row-standardised G*); Local Moran = sum of I; sig = share with one-sided p <= 0.05 "
          "(ours: two-sided p / 2)", flush=True)
    with tempfile.TemporaryDirectory(prefix="usm-bench-hot-") as tmp:
        for n in sizes:
            path = Path(tmp) / f"voronoi_{n}.npz"
            make_data(n, path)
            print(f"\n== {n:,} polygons ==", flush=True)
            for task, label in (("weights", "queen weights"), ("gistar", "Gi* (binary, 999 perm)"),
                                ("lisa", "Local Moran (row, 999 perm)")):
                rows = {tool: run_worker(tool, task, path) for tool in ("ours", "pysal", "pygeoda")}
                print(f"-- {label}")
                names = {"ours": "ours (numpy)",
                         "pysal": "libpysal" if task == "weights" else "esda (numba)",
                         "pygeoda": "pygeoda (2 threads)"}
                for tool, r in rows.items():
                    if "error" in r:
                        print(f"   {names[tool]:<22} failed: {r['error']}")
                        continue
                    extra = f", open {r['open']:.2f}" if "open" in r else ""
                    sig = f", sig@0.05(one-sided) {r['sig']:.3f}" if "sig" in r else ""
                    print(f"   {names[tool]:<22} {r['first']:8.3f} / {r['warm']:8.3f}   "
                          f"{r['peak']:7.0f} MB ({r['rss_before']:.0f}){extra}   "
                          f"check {r['check']:.6g}{sig}")
                ours = rows["ours"]
                if "error" in ours:
                    continue
                for tool in ("pysal", "pygeoda"):
                    r = rows[tool]
                    if "error" in r:
                        continue
                    ratio_warm = r["warm"] / ours["warm"]
                    ratio_first = r["first"] / ours["first"]
                    print(f"   ratio {names[tool]} / ours: warm {ratio_warm:6.1f}x, "
                          f"first call {ratio_first:6.1f}x", flush=True)


if __name__ == "__main__":
    main()
