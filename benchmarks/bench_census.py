"""Benchmark: areal interpolation of census counts, ours against tobler and QGIS, in one run.

20,000 census units -> 1,000 neighbourhoods, 5 extensive variables (by default).
Each method runs in its own subprocess (honest peak memory, no shared caches):

* ``usm core``   -- interpolate_areal on GeoDataFrames already in memory (with all its
                    checks: validity, overlaps, gaps, totals);
* ``usm +read``  -- the same plus reading both GeoPackages with pyogrio;
* ``tobler``     -- tobler.area_interpolate(extensive_variables=...), its default call
                    (n_jobs=1), frames in memory;
* ``qgis manual``-- the route a QGIS user composes in Processing, on the GeoPackages:
                    field calculator (unit area) -> native:intersection -> field calculator
                    x 5 (value * area($geometry) / unit_area) -> native:aggregate (sum by
                    neighbourhood id), memory layers in between;
* ``usm qgis``   -- our algorithm usm:interpolatecensus end to end in QGIS (reading,
                    core, writing a GeoPackage and the two tables).

Printed: wall time (best of the repeats for the in-memory methods), ratios to
ours, agreement of every method's 5 x 1,000 values with ours (largest relative
difference), and peak memory (maximum resident set size of the subprocess, with
the resident size after loading the data in brackets).

Test data: two Voronoi partitions (fixed seeds) of a 12 x 10 km box in EPSG:32630,
written once to benchmarks/data/ (git-ignored).

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_census.py
    .venv/bin/python benchmarks/bench_census.py --quick --no-qgis      # seconds
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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
VARIABLES = [f"v{k}" for k in range(5)]


def _import_root() -> None:
    IMPORT_ROOT.mkdir(parents=True, exist_ok=True)
    link = IMPORT_ROOT / "urban_safety_monitor"
    if not link.exists():
        try:
            link.symlink_to(ROOT, target_is_directory=True)
        except FileExistsError:
            pass
    sys.path.insert(0, str(IMPORT_ROOT))


def _partition(n, seed):
    import numpy as np
    import shapely

    rng = np.random.default_rng(seed)
    x0, y0 = ORIGIN
    box = shapely.box(x0, y0, x0 + 12_000.0, y0 + 10_000.0)
    points = shapely.points(rng.uniform(x0, x0 + 12_000.0, n), rng.uniform(y0, y0 + 10_000.0, n))
    cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(points), extend_to=box))
    return shapely.intersection(cells, box)


def make_data(n_source: int, n_target: int) -> Path:
    import geopandas as gpd
    import numpy as np

    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"census_{n_source}_{n_target}.gpkg"
    if path.exists():
        return path
    rng = np.random.default_rng(2024)
    source = _partition(n_source, 11)
    target = _partition(n_target, 12)
    values = {v: rng.integers(0, 3000, len(source)).astype("int64") for v in VARIABLES}
    gpd.GeoDataFrame({"unit_id": [f"C{i:05d}" for i in range(len(source))], **values},
                     geometry=source, crs=CRS).to_file(path, layer="census")
    gpd.GeoDataFrame({"tid": [f"N{j:04d}" for j in range(len(target))]},
                     geometry=target, crs=CRS).to_file(path, layer="hoods")
    return path


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _best(fn, repeats):
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


# --------------------------------------------------------------------------- children


def child(method: str, path: str, out: str, repeats: int) -> None:
    import numpy as np

    _import_root()
    info = {"method": method}
    if method in ("usm core", "usm +read", "tobler"):
        import pyogrio

        def read():
            return (pyogrio.read_dataframe(path, layer="census"),
                    pyogrio.read_dataframe(path, layer="hoods"))

        census, hoods = read()
        if method == "tobler":
            import warnings

            from tobler.area_weighted import area_interpolate

            info["rss_loaded"] = _rss_mb()

            def run():
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    table = area_interpolate(census, hoods, extensive_variables=VARIABLES)
                return table[VARIABLES].to_numpy(float)
        else:
            from urban_safety_monitor.usm_plugin.core.joins.areal_interpolation import interpolate_areal

            info["rss_loaded"] = _rss_mb()
            with_read = method == "usm +read"

            def run():
                c, h = read() if with_read else (census, hoods)
                result = interpolate_areal(c, h, "tid", extensive=VARIABLES, source_id="unit_id")
                info["notes"] = result.notes.warnings
                info["totals"] = result.totals["note"].tolist()
                return result.table[VARIABLES].to_numpy(float)
        info["seconds"], values = _best(run, repeats)
        ids = hoods["tid"].tolist()
    else:
        values, ids = _qgis_child(method, path, info, repeats)
    info["rss_peak"] = _rss_mb()
    np.save(out + ".npy", values)
    Path(out + ".json").write_text(json.dumps({**info, "ids": ids}))


def _qgis_child(method, path, info, repeats):
    import numpy as np

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import (QgsApplication, QgsProcessingContext, QgsProcessingFeedback,
                           QgsProject, QgsVectorLayer)

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from urban_safety_monitor.usm_plugin.provider import UsmProvider

    provider = UsmProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    census = f"{path}|layername=census"
    hoods = f"{path}|layername=hoods"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    info["rss_loaded"] = _rss_mb()
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench_census_{os.getpid()}"
    tmp.mkdir(parents=True, exist_ok=True)

    def run_manual():
        def step(alg, params):
            return processing.run(alg, params, context=context, feedback=feedback)["OUTPUT"]

        layer = step("native:fieldcalculator", {
            "INPUT": census, "FIELD_NAME": "unit_area", "FIELD_TYPE": 0, "FIELD_LENGTH": 20,
            "FIELD_PRECISION": 6, "FORMULA": "area($geometry)", "OUTPUT": "TEMPORARY_OUTPUT"})
        layer = step("native:intersection", {
            "INPUT": layer, "OVERLAY": hoods, "INPUT_FIELDS": [*VARIABLES, "unit_area"],
            "OVERLAY_FIELDS": ["tid"], "OUTPUT": "TEMPORARY_OUTPUT"})
        for v in VARIABLES:
            layer = step("native:fieldcalculator", {
                "INPUT": layer, "FIELD_NAME": f"w_{v}", "FIELD_TYPE": 0, "FIELD_LENGTH": 20,
                "FIELD_PRECISION": 8, "FORMULA": f'"{v}" * area($geometry) / "unit_area"',
                "OUTPUT": "TEMPORARY_OUTPUT"})
        aggregates = [{"aggregate": "first_value", "delimiter": ",", "input": '"tid"',
                       "length": 0, "name": "tid", "precision": 0, "type": 10}]
        aggregates += [{"aggregate": "sum", "delimiter": ",", "input": f'"w_{v}"', "length": 20,
                        "name": v, "precision": 8, "type": 6} for v in VARIABLES]
        layer = step("native:aggregate", {"INPUT": layer, "GROUP_BY": '"tid"',
                                          "AGGREGATES": aggregates, "OUTPUT": "TEMPORARY_OUTPUT"})
        if isinstance(layer, str):
            layer = context.getMapLayer(layer)
        return {f["tid"]: [f[v] for v in VARIABLES] for f in layer.getFeatures()}

    def run_ours():
        out = tmp / f"usm_{time.monotonic_ns()}.gpkg"
        results = processing.run("usm:interpolatecensus", {
            "CENSUS": census, "CENSUS_ID": "unit_id", "NEIGHBOURHOODS": hoods,
            "NEIGHBOURHOOD_ID": "tid", "EXTENSIVE_FIELDS": VARIABLES, "INTENSIVE_FIELDS": [],
            "OUTPUT": str(out), "TOTALS": "TEMPORARY_OUTPUT", "DIAGNOSTICS": "TEMPORARY_OUTPUT"},
            context=context, feedback=feedback)
        layer = QgsVectorLayer(results["OUTPUT"], "o", "ogr")
        return {f["tid"]: [f[v] for v in VARIABLES] for f in layer.getFeatures()}

    info["seconds"], by_id = _best(run_manual if method == "qgis manual" else run_ours, repeats)
    ids = sorted(by_id)
    values = np.array([[np.nan if x is None else float(x) for x in by_id[i]] for i in ids])
    QgsApplication.processingRegistry().removeProvider(provider)
    return values, ids


# --------------------------------------------------------------------------- parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="2,000 -> 100 units, seconds")
    parser.add_argument("--no-qgis", action="store_true", help="skip the QGIS routes")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--child", nargs=3, metavar=("METHOD", "DATA", "OUT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child, repeats=args.repeats)
        return

    import numpy as np

    _import_root()
    n_source, n_target = (2_000, 100) if args.quick else (20_000, 1_000)
    path = make_data(n_source, n_target)
    methods = [("usm core", args.repeats), ("usm +read", args.repeats),
               ("tobler", args.repeats)]
    if not args.no_qgis:
        methods += [("qgis manual", 1), ("usm qgis", 1)]
    print(f"areal interpolation: {n_source:,} census units -> {n_target:,} neighbourhoods, "
          f"{len(VARIABLES)} extensive variables; data {path.relative_to(ROOT)}")
    rows = {}
    for method, repeats in methods:
        out = str(DATA / f"bench_census_{method.replace(' ', '_').replace('+', '')}")
        done = subprocess.run([sys.executable, __file__, "--repeats", str(repeats),
                               "--child", method, str(path), out],
                              capture_output=True, text=True)
        if done.returncode != 0:
            print(f"{method:12s} FAILED:\n{done.stderr[-2000:]}")
            continue
        info = json.loads(Path(out + ".json").read_text())
        info["values"] = np.load(out + ".npy")
        rows[method] = info

    ours = rows.get("usm core")
    if ours is None:
        print("usm core failed; no comparison")
        return
    order = {tid: k for k, tid in enumerate(ours["ids"])}
    print(f"{'method':12s} {'seconds':>9s} {'x ours':>8s} {'max rel diff':>13s} "
          f"{'peak MB':>9s} {'(loaded)':>9s}  repeats")
    for method, repeats in methods:
        info = rows.get(method)
        if info is None:
            continue
        values = np.full_like(ours["values"], np.nan)
        for k, tid in enumerate(info["ids"]):
            values[order[tid]] = info["values"][k]
        ref = ours["values"]
        diff = np.nanmax(np.abs(values - ref) / np.maximum(np.abs(ref), 1e-12))
        missing = int(np.isnan(values).any(axis=1).sum())
        ratio = info["seconds"] / ours["seconds"]
        print(f"{method:12s} {info['seconds']:9.3f} {ratio:8.2f} {diff:13.2e} "
              f"{info['rss_peak']:9.0f} {info['rss_loaded']:9.0f}  {repeats}"
              + (f"  ({missing} neighbourhoods missing)" if missing else ""))
    print(f"usm core totals check: {sorted(set(ours.get('totals', [])))}; warnings: "
          f"{ours.get('notes') or 'none'}")
    if "tobler" in rows:
        print(f"tobler / usm core time ratio: {rows['tobler']['seconds'] / ours['seconds']:.2f} "
              f"(> 1 means ours is faster)")
    print("note: tobler keeps its area table in float32, hence ~1e-7 relative differences; "
          "the QGIS routes write fields with limited precision")


if __name__ == "__main__":
    main()
