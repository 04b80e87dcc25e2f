"""Benchmark: spatial weights, Gi* and Local Moran's I, ours against esda/libpysal and pygeoda.

Measured in one run, each tool in its own subprocess (no shared caches):

* ``weights`` -- queen contiguity from polygons: ours (SpatialWeights.from_polygons),
  libpysal (Queen.from_dataframe), pygeoda (queen_weights; its geopandas -> GeoDa
  conversion, pygeoda.open, is timed separately);
* Gi* and Local Moran's I with 999 conditional permutations, on three kinds of weights,
  the same weights for every tool (one subprocess per tool runs all sizes and all three
  kinds, so esda's numba compiles once, in its first call; peak memory is restarted for
  each size and kind):

  - ``binary``: queen contiguity, binary (ours transform="binary"; esda G_Local
    transform="B", Moran_Local transformation="b").  pygeoda always row-standardises
    its LISA and G* weights, so it has no binary run;
  - ``row``: queen contiguity, row-standardised (ours transform="row"; esda "R"/"r";
    pygeoda local_gstar / local_moran on queen_weights);
  - ``idw``: inverse distance to the 8 nearest polygon centroids, row-standardised
    (ours on the same sparse matrix; esda on libpysal.weights.W.from_sparse of it;
    pygeoda on knn_weights(k=8, is_inverse=True, power=1) of the same centroids).

  esda runs with numba and its default n_jobs (G_Local: all cores, in worker processes;
  Moran_Local: 1); pygeoda with 2 threads; ours is numpy on one thread.

For every tool the first call and a second call in the same process are timed: esda's
first call includes numba's compilation, the second is "warm".  Ratios use the warm
times (wall clock: on a shared machine read the ratios, and the load average printed).
Peak memory is the maximum resident set size while that kind ran, with the resident size
just before the timed calls (data and weights loaded) in brackets.

Agreement: the statistics' check sums (Gi*: sum of z-scores, pygeoda: sum of its G*;
Local Moran: sum of I) and, per feature, the pseudo p-values against esda's.  esda's
``p_sim`` is one-sided in the observed direction ("directed"), ours two-sided, so ours / 2
is compared; ties (frequent with counts) count in both tails in ours and only in the
upper tail in esda's, so the same draws are also compared under esda's tie rule.  Two
Monte Carlo runs never give the same p-values: the same comparison between esda and esda
with another seed is the noise floor.  "MAD" is the mean absolute difference of the
directed p-values, "same@0.05" the share of features on the same side of 0.05
(two-sided).

Test data: a Voronoi partition of uniform random points (fixed seed) in a square
with Poisson counts whose mean varies smoothly in space, so there are real hot spots.

Usage::

    .venv/bin/python benchmarks/bench_hotspots.py            # 1,000 / 10,000 / 50,000 polygons
    .venv/bin/python benchmarks/bench_hotspots.py --quick    # 500 and 2,000
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
KNN = 8
KINDS = ("binary", "row", "idw")
STATS = ("gistar", "lisa")
LABELS = {"gistar": "Gi*", "lisa": "Local Moran"}


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


def _reset_peak() -> None:
    """Restart VmHWM (Linux >= 4.0) so each kind of weights gets its own peak."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        pass


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


def inverse_distance_knn(frame):
    """Sparse inverse-distance weights to the KNN nearest centroids (before standardising)."""
    import numpy as np
    from scipy import sparse
    from scipy.spatial import cKDTree

    xy = np.c_[frame.geometry.centroid.x, frame.geometry.centroid.y]
    dist, idx = cKDTree(xy).query(xy, KNN + 1)
    n = len(xy)
    rows = np.repeat(np.arange(n), KNN)
    return sparse.csr_matrix((1.0 / dist[:, 1:].ravel(), (rows, idx[:, 1:].ravel())),
                             shape=(n, n))


# ---------------------------------------------------------------------- workers
def _timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _save(path: Path, tool: str, kind: str, stat: str, name: str, values) -> None:
    import numpy as np

    np.save(f"{path}.{tool}.{kind}.{stat}.{name}.npy", np.asarray(values, dtype=float))


def _ours(kind, frame, y, path, out):
    sys.path.insert(0, str(IMPORT_ROOT))
    import numpy as np
    from urban_safety_monitor.usm_plugin.core.stats.autocorrelation import LocalGetisOrd, LocalMoran
    from urban_safety_monitor.usm_plugin.core.stats.weights import SpatialWeights

    if kind == "weights":
        out["rss_before"] = _rss_mb()
        out["first"], w = _timed(lambda: SpatialWeights.from_polygons(frame.geometry, rule="queen"))
        out["warm"], w = _timed(lambda: SpatialWeights.from_polygons(frame.geometry, rule="queen"))
        out["check"] = int(w.matrix.nnz)
        return
    if kind == "idw":
        w = SpatialWeights(inverse_distance_knn(frame))
    else:
        w = SpatialWeights.from_polygons(frame.geometry, rule="queen")
    transform = "binary" if kind == "binary" else "row"
    out["rss_before"] = _rss_mb()
    runs = {"gistar": lambda: LocalGetisOrd(y, w, transform=transform,
                                            permutations=PERMUTATIONS, seed=SEED),
            "lisa": lambda: LocalMoran(y, w, transform=transform,
                                       permutations=PERMUTATIONS, seed=SEED)}
    for stat, run in runs.items():
        first, r = _timed(run)
        warm, r = _timed(run)
        check = float(np.nansum(r.z if stat == "gistar" else r.Is))
        out[stat] = {"first": first, "warm": warm, "check": check}
        # two-sided / 2 = (min(n_ge, n_le) + 1) / (R + 1), esda's "directed" form
        _save(path, "ours", kind, stat, "p", r.p_sim / 2)
        # the same draws with esda's tie rule, (min(n_ge, R - n_ge) + 1) / (R + 1)
        cls = LocalGetisOrd if stat == "gistar" else LocalMoran
        g = cls(y, w, transform=transform, permutations=PERMUTATIONS, seed=SEED,
                alternative="greater")
        n_ge = np.round(g.p_sim * (PERMUTATIONS + 1) - 1)
        _save(path, "ours", kind, stat, "p_ties",
              (np.minimum(n_ge, PERMUTATIONS - n_ge) + 1) / (PERMUTATIONS + 1))


def _esda(kind, frame, y, path, out):
    import esda
    import libpysal
    import numpy as np

    if kind == "weights":
        out["rss_before"] = _rss_mb()
        run = lambda: libpysal.weights.Queen.from_dataframe(frame, use_index=False)  # noqa: E731
        out["first"], w = _timed(run)
        out["warm"], w = _timed(run)
        out["check"] = int(w.sparse.nnz)
        return
    if kind == "idw":
        w = libpysal.weights.W.from_sparse(inverse_distance_knn(frame))
    else:
        w = libpysal.weights.Queen.from_dataframe(frame, use_index=False)
    g_tr, m_tr = ("B", "b") if kind == "binary" else ("R", "r")
    out["rss_before"] = _rss_mb()

    def gistar(seed):
        return esda.G_Local(y, w, transform=g_tr, star=True, permutations=PERMUTATIONS,
                            seed=seed, keep_simulations=False)

    def lisa(seed):
        return esda.Moran_Local(y, w, transformation=m_tr, permutations=PERMUTATIONS,
                                seed=seed, keep_simulations=False)

    for stat, fn in (("gistar", gistar), ("lisa", lisa)):
        first, r = _timed(lambda: fn(SEED))
        warm, r = _timed(lambda: fn(SEED))
        check = float(np.nansum(r.Zs if stat == "gistar" else r.Is))
        out[stat] = {"first": first, "warm": warm, "check": check}
        _save(path, "esda", kind, stat, "p", r.p_sim)
        _save(path, "esda", kind, stat, "p_alt", fn(SEED + 1).p_sim)   # noise floor


def _pygeoda(kind, frame, y, path, out):
    import numpy as np
    import pygeoda

    start = time.perf_counter()
    gda = pygeoda.open(frame)
    out["open"] = time.perf_counter() - start
    if kind == "weights":
        out["rss_before"] = _rss_mb()
        out["first"], w = _timed(lambda: pygeoda.queen_weights(gda))
        out["warm"], w = _timed(lambda: pygeoda.queen_weights(gda))
        mean = w.mean_neighbors() if callable(w.mean_neighbors) else w.mean_neighbors
        out["check"] = int(round(mean * len(frame)))
        return
    if kind == "binary":
        return                      # GeoDa row-standardises: no binary run
    if kind == "idw":
        w = pygeoda.knn_weights(gda, KNN, is_inverse=True, power=1.0)
    else:
        w = pygeoda.queen_weights(gda)
    out["rss_before"] = _rss_mb()
    col = frame["y"]
    for stat, fn in (("gistar", pygeoda.local_gstar), ("lisa", pygeoda.local_moran)):
        run = lambda: fn(w, col, permutations=PERMUTATIONS, cpu_threads=2, seed=SEED)  # noqa: E731
        first, r = _timed(run)
        warm, r = _timed(run)
        out[stat] = {"first": first, "warm": warm,
                     "check": float(np.nansum(np.asarray(r.lisa_values())))}
        _save(path, "pygeoda", kind, stat, "p", np.asarray(r.lisa_pvalues()))


def worker(tool: str, task: str, paths: str) -> dict:
    """Run one tool on the weights task, or on every kind of weights for every data set
    in ``paths`` (comma-separated; one process, so esda's numba compiles once, in the
    first call of the first size); timings and memory per size and kind."""
    warnings.simplefilter("ignore")
    run = {"ours": _ours, "pysal": _esda, "pygeoda": _pygeoda}[tool]
    result = {}
    for path in paths.split(","):
        path = Path(path)
        frame = load_data(path)
        y = frame["y"].to_numpy(float)
        if task == "weights":
            out = {"tool": tool, "n": len(frame)}
            run("weights", frame, y, path, out)
            out["peak"] = _peak_mb()
            return out
        result[str(path)] = {}
        for kind in KINDS:
            _reset_peak()
            out = {"tool": tool, "n": len(frame)}
            try:
                run(kind, frame, y, path, out)
            except Exception as exc:   # report it and carry on with the other kinds
                out = {"error": f"{type(exc).__name__}: {exc}"}
            else:
                out["peak"] = _peak_mb()
            result[str(path)][kind] = out
    return result


def run_worker(tool, task, paths) -> dict:
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    proc = subprocess.run([sys.executable, __file__, "--worker", tool, task,
                           ",".join(str(p) for p in paths)],
                          capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines() or ["(no message)"]
        error = {"tool": tool, "error": lines[-1]}
        return error if task == "weights" else {str(p): {kind: error for kind in KINDS}
                                                 for p in paths}
    return json.loads(proc.stdout.strip().splitlines()[-1])


NAMES = {"ours": "ours (numpy)", "pysal": "esda (numba)", "pygeoda": "pygeoda (2 threads)"}


def _print_weights(rows):
    names = dict(NAMES, pysal="libpysal")
    print("-- queen weights")
    for tool, r in rows.items():
        if "error" in r:
            print(f"   {names[tool]:<22} failed: {r['error']}")
            continue
        extra = f", open {r['open']:.2f}" if "open" in r else ""
        print(f"   {names[tool]:<22} {r['first']:8.3f} / {r['warm']:8.3f}   "
              f"{r['peak']:7.0f} MB ({r['rss_before']:.0f}){extra}   check {r['check']}")
    _print_ratios(rows, lambda r: r, names)


def _print_ratios(rows, pick, names=NAMES):
    ours = rows["ours"]
    if "error" in ours or pick(ours) is None:
        return
    for tool in ("pysal", "pygeoda"):
        r = rows.get(tool, {})
        if "error" in r or pick(r) is None:
            continue
        print(f"   ratio {names[tool]} / ours: warm {pick(r)['warm'] / pick(ours)['warm']:6.1f}x, "
              f"first call {pick(r)['first'] / pick(ours)['first']:6.1f}x", flush=True)


def _agreement(path, kind, stat):
    """Per-feature p-values: ours and pygeoda against esda, and esda against itself."""
    import numpy as np

    def load(tool, name="p"):
        f = Path(f"{path}.{tool}.{kind}.{stat}.{name}.npy")
        return np.load(f) if f.exists() else None

    ref, alt = load("esda"), load("esda", "p_alt")
    if ref is None:
        return
    parts = []
    for label, other in (("ours", load("ours")), ("ours, esda's tie rule", load("ours", "p_ties")),
                         ("pygeoda", load("pygeoda")), ("esda seed+1", alt)):
        if other is None:
            continue
        ok = np.isfinite(other) & np.isfinite(ref)
        mad = np.abs(other[ok] - ref[ok]).mean()
        same = np.mean((2 * other[ok] <= 0.05) == (2 * ref[ok] <= 0.05))
        parts.append(f"{label} MAD {mad:.4f} same@0.05 {same:.3f}")
    print("   p_sim vs esda: " + "; ".join(parts), flush=True)


def _print_kind(kind, rows, path):
    for stat in STATS:
        print(f"-- {LABELS[stat]}, {kind} weights, {PERMUTATIONS} permutations")
        for tool, r in rows.items():
            if "error" in r:
                print(f"   {NAMES[tool]:<22} failed: {r['error']}")
                continue
            if stat not in r:
                print(f"   {NAMES[tool]:<22} n/a (GeoDa row-standardises its weights)")
                continue
            s = r[stat]
            print(f"   {NAMES[tool]:<22} {s['first']:8.3f} / {s['warm']:8.3f}   "
                  f"{r['peak']:7.0f} MB ({r['rss_before']:.0f})   check {s['check']:.6g}")
        _print_ratios(rows, lambda r, stat=stat: r.get(stat))
        _agreement(path, kind, stat)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes only")
    parser.add_argument("--sizes", type=int, nargs="*")
    parser.add_argument("--worker", nargs=3, metavar=("TOOL", "TASK", "PATHS"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(*args.worker)))
        return
    sizes = args.sizes or ([500, 2000] if args.quick else [1000, 10000, 50000])
    import numba  # noqa: F401  (esda without numba would be measured in pure Python)
    import esda
    import libpysal
    import numpy
    import pygeoda

    print(f"Hot-spot statistics benchmark: {PERMUTATIONS} permutations, Voronoi polygons; "
          f"{os.cpu_count()} CPU(s); load average {os.getloadavg()[0]:.1f}")
    print(f"numpy {numpy.__version__}, esda {esda.__version__} (numba {numba.__version__}), "
          f"libpysal {libpysal.__version__}, pygeoda {pygeoda.__version__}")
    print("times in seconds: first call / second call in the same process; "
          "memory: peak RSS MB (RSS before the timed calls)", flush=True)
    with tempfile.TemporaryDirectory(prefix="usm-bench-hot-") as tmp:
        paths = []
        for n in sizes:
            paths.append(Path(tmp) / f"voronoi_{n}.npz")
            make_data(n, paths[-1])
        weights = {p: {tool: run_worker(tool, "weights", [p]) for tool in NAMES} for p in paths}
        local = {tool: run_worker(tool, "local", paths) for tool in NAMES}
        print(f"(load average after the runs {os.getloadavg()[0]:.1f})")
        for n, path in zip(sizes, paths):
            print(f"\n== {n:,} polygons ==", flush=True)
            _print_weights(weights[path])
            for kind in KINDS:
                _print_kind(kind, {tool: local[tool][str(path)][kind] for tool in NAMES}, path)


if __name__ == "__main__":
    main()
