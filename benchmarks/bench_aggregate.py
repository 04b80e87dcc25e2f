"""Benchmark: aggregate incidents to neighbourhoods, ours against the peers, in one run.

Measured, each in its own subprocess (honest peak memory, no shared caches):

* ``usm core``        -- aggregate_incidents (point in polygon + counts per
                         neighbourhood and per category), frames already in memory;
* ``usm assign``      -- assign_points alone (the point-in-polygon step);
* ``sjoin+groupby``   -- geopandas.sjoin(points, polygons, predicate="intersects")
                         followed by groupby counts per neighbourhood and category;
* ``read``            -- reading the two GeoPackages with pyogrio (excluded from the above);
* with ``--qgis``     -- through QGIS Processing on the same files: usm:aggregateincidents
                         (ours end to end: reading, reprojection checks, writing),
                         native:countpointsinpolygon and qgis:joinbylocationsummary.

Test data (Voronoi neighbourhoods, uniform incidents plus 1 % placed exactly on
neighbourhood vertices and 0.5 % outside the city) are generated once with a fixed
seed and cached as GeoPackages in benchmarks/data/ (git-ignored).

Usage::

    .venv/bin/python benchmarks/bench_aggregate.py            # 1e5 and 1e6 x 1e3 and 1e4
    .venv/bin/python benchmarks/bench_aggregate.py --quick    # small sizes, seconds
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_aggregate.py --qgis
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
IMPORT_ROOT = ROOT / "build" / "importroot"
CRS = "EPSG:32630"
ORIGIN = (400_000.0, 4_400_000.0)
CATEGORIES = ["homicide", "assault", "robbery", "burglary", "theft", "sexual_violence",
              "domestic_violence", "harassment"]


# --------------------------------------------------------------------------- data


def _import_root() -> None:
    IMPORT_ROOT.mkdir(parents=True, exist_ok=True)
    link = IMPORT_ROOT / "urban_safety_monitor"
    if not link.exists():
        try:
            link.symlink_to(ROOT, target_is_directory=True)
        except FileExistsError:
            pass
    if str(IMPORT_ROOT) not in sys.path:
        sys.path.insert(0, str(IMPORT_ROOT))


def neighbourhood_path(n_polygons: int) -> Path:
    return DATA / f"aggregate_nbhd_{n_polygons}.gpkg"


def incident_path(n_points: int, n_polygons: int) -> Path:
    return DATA / f"aggregate_inc_{n_points}_{n_polygons}.gpkg"


def city_side(n_polygons: int) -> float:
    # About 300 m x 300 m per neighbourhood, like a real city's statistical areas.
    return float(round((n_polygons ** 0.5) * 300.0))


def make_neighbourhoods(n_polygons: int) -> Path:
    path = neighbourhood_path(n_polygons)
    if path.exists():
        return path
    import geopandas as gpd
    import numpy as np
    import shapely

    rng = np.random.default_rng(1000 + n_polygons)
    side = city_side(n_polygons)
    box = shapely.box(0, 0, side, side)
    seeds = shapely.multipoints(np.round(rng.uniform(0, side, (n_polygons, 2))))
    cells = shapely.intersection(shapely.get_parts(shapely.voronoi_polygons(seeds, extend_to=box)),
                                 box)
    # Whole-metre vertices (as in cadastral data) keep shared vertices identical.
    cells = shapely.set_precision(cells, 1.0)
    cells = shapely.transform(cells, lambda c: c + np.asarray(ORIGIN))
    frame = gpd.GeoDataFrame(
        {"nbhd_id": [f"N{k:05d}" for k in range(len(cells))],
         "population": rng.integers(500, 20_000, len(cells))},
        geometry=cells, crs=CRS)
    DATA.mkdir(parents=True, exist_ok=True)
    frame.to_file(path, layer="neighbourhoods", driver="GPKG", engine="pyogrio")
    return path


def make_incidents(n_points: int, n_polygons: int) -> Path:
    path = incident_path(n_points, n_polygons)
    if path.exists():
        return path
    import geopandas as gpd
    import numpy as np
    import pandas as pd
    import pyogrio
    import shapely

    polygons = pyogrio.read_dataframe(make_neighbourhoods(n_polygons))
    rng = np.random.default_rng(2000 + n_points + n_polygons)
    side = city_side(n_polygons)
    n_vertex = n_points // 100
    n_out = n_points // 200
    n_in = n_points - n_vertex - n_out
    inside = rng.uniform(0, side, (n_in, 2)) + np.asarray(ORIGIN)
    vertices = shapely.get_coordinates(np.asarray(polygons.geometry.values))
    on_vertex = vertices[rng.integers(0, len(vertices), n_vertex)]
    outside = np.column_stack([rng.uniform(side * 1.01, side * 1.2, n_out),
                               rng.uniform(0, side, n_out)]) + np.asarray(ORIGIN)
    xy = np.vstack([inside, on_vertex, outside])
    xy = xy[rng.permutation(len(xy))]
    start = pd.Timestamp("2021-01-01")
    frame = gpd.GeoDataFrame(
        {"incident_id": np.arange(len(xy), dtype=np.int64),
         "category": np.asarray(CATEGORIES, dtype=object)[
             rng.integers(0, len(CATEGORIES), len(xy))],
         "occurred_at": start + pd.to_timedelta(rng.integers(0, 3 * 365 * 24 * 60, len(xy)),
                                                unit="min")},
        geometry=shapely.points(xy), crs=CRS)
    DATA.mkdir(parents=True, exist_ok=True)
    frame.to_file(path, layer="incidents", driver="GPKG", engine="pyogrio")
    return path


# --------------------------------------------------------------------------- measurements


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2 ** 20


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def measure(method: str, n_points: int, n_polygons: int, repeat: int) -> dict:
    """Run one method in this process; returns timings, memory and counts."""
    _import_root()
    import numpy as np
    import pyogrio

    t0 = time.perf_counter()
    polygons = pyogrio.read_dataframe(neighbourhood_path(n_polygons))
    points = pyogrio.read_dataframe(incident_path(n_points, n_polygons),
                                    columns=["category"])
    read_seconds = time.perf_counter() - t0
    if method == "read":
        return {"seconds": read_seconds, "peak_mb": _peak_mb(), "rss_after_read_mb": _rss_mb()}

    if method.startswith("usm"):
        from urban_safety_monitor.usm_plugin.core.joins.aggregation import aggregate_incidents
        from urban_safety_monitor.usm_plugin.core.geometry.point_in_polygon import assign_points

        x = points.geometry.x.to_numpy()
        y = points.geometry.y.to_numpy()
        polys = np.asarray(polygons.geometry.values)

        if method == "usm_assign":
            def run():
                result = assign_points(x, y, polys)
                inside = result.index[result.index >= 0]
                return np.bincount(inside, minlength=len(polys)), result.n_ties
        else:
            def run():
                result = aggregate_incidents(points, polygons, "nbhd_id",
                                             category_field="category")
                acc = dict(zip(result.accounting["item"], result.accounting["count"]))
                return result.table["n_total"].to_numpy(dtype=np.int64), acc["on_shared_boundary"]
        warm = slice(0, 1000)
        assign_points(x[warm], y[warm], polys[:50])  # imports and first-call set-up
    elif method == "sjoin":
        import geopandas as gpd

        def run():
            joined = gpd.sjoin(points, polygons[["nbhd_id", "geometry"]], predicate="intersects")
            by_category = joined.groupby(["nbhd_id", "category"]).size().unstack(fill_value=0)
            total = by_category.sum(axis=1).reindex(polygons["nbhd_id"], fill_value=0)
            return total.to_numpy(dtype=np.int64), 0
        gpd.sjoin(points.iloc[:1000], polygons.iloc[:50], predicate="intersects")
    else:
        raise SystemExit(f"unknown method {method}")

    rss_before = _rss_mb()
    times = []
    counts = ties = None
    for _ in range(repeat):
        start = time.perf_counter()
        counts, ties = run()
        times.append(time.perf_counter() - start)
    return {"seconds": min(times), "first_seconds": times[0], "read_seconds": read_seconds,
            "peak_mb": _peak_mb(), "rss_before_mb": rss_before,
            "counted": int(np.sum(counts)), "ties": int(ties),
            "counts": counts.tolist()}


def run_subprocess(args: list, timeout: float) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                              timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {timeout:.0f} s"}
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        # GDAL's version warnings are noise here; show the end of the real error.
        text = [line for line in (done.stderr or done.stdout).strip().splitlines()
                if not line.startswith("Warning 1:")]
        tail = text[-3:] + ([f"exit code {done.returncode}"] if done.returncode else [])
        return {"error": " | ".join(tail) or f"exit code {done.returncode}"}
    return json.loads(lines[-1][len("RESULT "):])


# --------------------------------------------------------------------------- QGIS peers


def time_qgis_peers(n_points: int, n_polygons: int, algorithm: str) -> dict:
    """Time one algorithm through QGIS Processing on the cached GeoPackages (in this process).

    ``algorithm`` is ``usm:aggregateincidents`` (ours end to end: QGIS reads the
    layers, our bridge and core compute, a temporary layer is written),
    ``native:countpointsinpolygon`` (GEOS ``contains``: a point on a shared edge
    counts in neither neighbourhood) or ``qgis:joinbylocationsummary``
    (``intersects``: such a point counts in both).  QGIS start-up and Processing
    initialisation are excluded from the time.  Returns the count per
    neighbourhood in the order of the neighbourhood file.
    """
    _import_root()
    import tempfile

    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False, tempfile.mkdtemp(prefix="usm-bench-profile-"))
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from urban_safety_monitor.usm_plugin.provider import UsmProvider

    provider = UsmProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    polygons = f"{neighbourhood_path(n_polygons)}|layername=neighbourhoods"
    points = f"{incident_path(n_points, n_polygons)}|layername=incidents"
    out_dir = tempfile.mkdtemp(prefix="usm-bench-out-")
    output = os.path.join(out_dir, "out.gpkg")
    if algorithm == "usm:aggregateincidents":
        params = {"INCIDENTS": points, "NEIGHBOURHOODS": polygons, "NEIGHBOURHOOD_ID": "nbhd_id",
                  "CATEGORY_FIELD": "category", "PERIODS": [], "SMOOTH_RATES": False,
                  "OUTPUT": output, "ACCOUNTING": "TEMPORARY_OUTPUT"}
        field = "n_total"
    elif algorithm == "native:countpointsinpolygon":
        params = {"POLYGONS": polygons, "POINTS": points, "FIELD": "NUMPOINTS", "OUTPUT": output}
        field = "NUMPOINTS"
    elif algorithm == "qgis:joinbylocationsummary":
        params = {"INPUT": polygons, "JOIN": points, "PREDICATE": [0],
                  "JOIN_FIELDS": ["incident_id"],
                  "SUMMARIES": [0], "DISCARD_NONMATCHING": False, "OUTPUT": output}
        field = "incident_id_count"
    else:
        raise SystemExit(f"unknown QGIS algorithm {algorithm}")
    if algorithm.startswith("usm:"):
        # Import what the algorithm imports lazily, as a session that has run it once
        # would have: QGIS's own algorithms are likewise loaded before timing.
        import geopandas  # noqa: F401
        import pyogrio  # noqa: F401
        import scipy.ndimage  # noqa: F401

        from urban_safety_monitor.usm_plugin import bridge  # noqa: F401
        from urban_safety_monitor.usm_plugin.core.joins import aggregation  # noqa: F401
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    rss_before = _rss_mb()
    start = time.perf_counter()
    processing.run(algorithm, params, context=context, feedback=feedback)
    seconds = time.perf_counter() - start
    import pyogrio

    table = pyogrio.read_dataframe(output, read_geometry=False, columns=["nbhd_id", field])
    table = table.set_index("nbhd_id")[field]
    order = pyogrio.read_dataframe(neighbourhood_path(n_polygons), read_geometry=False,
                                   columns=["nbhd_id"])["nbhd_id"]
    counts = table.reindex(order).fillna(0).astype("int64").tolist()
    # No app.exitQgis(): the caller prints the result and leaves with os._exit,
    # because tearing QGIS down at interpreter exit can crash after the work is done.
    return {"seconds": seconds, "peak_mb": _peak_mb(), "rss_before_mb": rss_before,
            "counted": int(sum(counts)), "counts": counts}


# --------------------------------------------------------------------------- report


def _fmt_mem(result: dict) -> str:
    if "peak_mb" not in result:
        return "-"
    extra = result["peak_mb"] - result.get("rss_before_mb", result["peak_mb"])
    return f"{result['peak_mb']:7.0f} MB (+{max(extra, 0):.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (seconds)")
    parser.add_argument("--qgis", action="store_true", help="also time through QGIS Processing")
    parser.add_argument("--repeat", type=int, default=3, help="timed repeats (best is reported)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per measurement")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--qgis-algorithm", help=argparse.SUPPRESS)
    parser.add_argument("--points", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--polygons", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.measure:
        result = measure(args.measure, args.points, args.polygons, args.repeat)
        print("RESULT " + json.dumps(result))
        return
    if args.qgis_algorithm:
        result = time_qgis_peers(args.points, args.polygons, args.qgis_algorithm)
        print("RESULT " + json.dumps(result), flush=True)
        sys.stderr.flush()
        os._exit(0)

    _import_root()
    import numpy as np

    sizes = ([(10_000, 100), (100_000, 1_000)] if args.quick else
             [(100_000, 1_000), (100_000, 10_000), (1_000_000, 1_000), (1_000_000, 10_000)])
    print(f"bench_aggregate: {os.cpu_count()} CPUs, python {sys.version.split()[0]}, "
          f"best of {args.repeat} runs, each method in its own process; reading excluded "
          "except for QGIS Processing runs")
    for n_points, n_polygons in sizes:
        t0 = time.perf_counter()
        make_neighbourhoods(n_polygons)
        make_incidents(n_points, n_polygons)
        made = time.perf_counter() - t0
        print(f"\n== {n_points:,} incidents x {n_polygons:,} neighbourhoods"
              + (f" (data generated in {made:.1f} s)" if made > 1 else ""))
        common = ["--points", str(n_points), "--polygons", str(n_polygons),
                  "--repeat", str(args.repeat)]
        results = {}
        for method, label in (("read", "read 2 GeoPackages (pyogrio)"),
                              ("usm", "usm core aggregate_incidents"),
                              ("usm_assign", "usm core assign_points only"),
                              ("sjoin", "geopandas sjoin + groupby")):
            results[method] = run_subprocess(["--measure", method, *common], args.timeout)
        if args.qgis:
            for algorithm in ("usm:aggregateincidents", "native:countpointsinpolygon",
                              "qgis:joinbylocationsummary"):
                results[algorithm] = run_subprocess(
                    ["--qgis-algorithm", algorithm, "--points", str(n_points),
                     "--polygons", str(n_polygons)], args.timeout)

        ours = results["usm"]
        print(f"  {'method':34s} {'seconds':>9s} {'first':>8s} {'x usm':>7s}  "
              "peak RSS (+during run)")
        for key, result in results.items():
            label = {"read": "read 2 GeoPackages (pyogrio)", "usm": "usm core aggregate_incidents",
                     "usm_assign": "usm core assign_points only",
                     "sjoin": "geopandas sjoin + groupby"}.get(key, f"QGIS {key}")
            if "error" in result:
                print(f"  {label:34s} {'failed':>9s}  {result['error']}")
                continue
            ratio = ""
            if "error" not in ours and key != "read":
                ratio = f"{result['seconds'] / ours['seconds']:6.2f}x"
            first = f"{result['first_seconds']:8.3f}" if "first_seconds" in result else " " * 8
            print(f"  {label:34s} {result['seconds']:9.3f} {first} {ratio:>7s}  {_fmt_mem(result)}")
        if "error" not in ours and "error" not in results["sjoin"]:
            print(f"  speed-up of usm core over sjoin+groupby: "
                  f"{results['sjoin']['seconds'] / ours['seconds']:.2f}x; "
                  f"assign_points alone: "
                  f"{results['sjoin']['seconds'] / results['usm_assign']['seconds']:.2f}x"
                  if "error" not in results["usm_assign"] else "")
        ours_qgis = results.get("usm:aggregateincidents")
        if ours_qgis and "error" not in ours_qgis:
            for peer in ("native:countpointsinpolygon", "qgis:joinbylocationsummary"):
                if peer in results and "error" not in results[peer]:
                    print(f"  end to end through QGIS, {peer} / usm:aggregateincidents: "
                          f"{results[peer]['seconds'] / ours_qgis['seconds']:.2f}x")
        if "error" not in ours:
            reference = np.asarray(ours["counts"])
            print(f"  usm: {ours['counted']:,} assigned, {ours['ties']:,} on shared boundaries "
                  "(each counted once)")
            for key in ("usm_assign", "sjoin", *[k for k in results if ":" in k]):
                result = results.get(key)
                if not result or "error" in result:
                    continue
                other = np.asarray(result["counts"])
                differ = int(np.sum(other != reference))
                delta = result["counted"] - ours["counted"]
                print(f"  {key}: total {result['counted']:,} ({delta:+,} "
                      f"vs usm), {differ} neighbourhoods with a different count")


if __name__ == "__main__":
    main()
