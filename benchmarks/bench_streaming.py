"""Benchmark: streaming aggregation (bounded memory) at 10 and 100 million incidents.

Measured, each run in its own subprocess (time of the algorithm itself; peak RSS of the
whole process from ``wait4``, so QGIS's own memory is included where QGIS runs):

* ``qgis usm stream``  -- usm:aggregateincidents through QGIS Processing (headless
  QgsApplication, as qgis_process) with the default MEMORY_LIMIT_MB=2048: incidents
  read from the GeoPackage in chunks;
* ``qgis usm whole``   -- the same with MEMORY_LIMIT_MB=1000000: the whole-layer fast
  path (10 million only: 100 million would need ~23 GB);
* ``qgis native``      -- native:countpointsinpolygon on the same files (10 million
  only; it takes ~110 s at 10 million on an idle machine and 10x that at 100 million);
* ``core stream``      -- core/joins/streaming.aggregate_incident_chunks fed with
  pyogrio Arrow batches (GeoPackage) or pyarrow row-group batches (GeoParquet, which
  QGIS 3.22 / GDAL 3.6 cannot open), chunks sized as the plugin sizes them for 2048 MB.

Every run counts per neighbourhood (category field, no periods, no smoothing: the options
of benchmarks/bench_aggregate.py); the counts are compared: streaming against the whole
read (must be identical) and against the native count (differences = points on shared
boundaries, which native counts in no neighbourhood, and nothing else).

Data (benchmarks/streaming_data.py) are cached in $USM_BENCHDATA (default
/work/benchdata), never in the repository.

Usage::

    .venv/bin/python benchmarks/streaming_data.py 10000000:1000 ...   # once, slow
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_streaming.py \
        [--sizes 10000000:1000,100000000:1000] [--timeout 1800]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import streaming_data as sd  # noqa: E402

ROOT = HERE.parent
IMPORT_ROOT = ROOT / "build" / "importroot"
LIMIT_MB = 2048


def _import_root() -> None:
    IMPORT_ROOT.mkdir(parents=True, exist_ok=True)
    link = IMPORT_ROOT / "urban_safety_monitor"
    if not link.exists():
        link.symlink_to(ROOT, target_is_directory=True)
    if str(IMPORT_ROOT) not in sys.path:
        sys.path.insert(0, str(IMPORT_ROOT))


def _neighbourhood_order(n_polygons):
    import pyogrio

    return pyogrio.read_dataframe(sd.neighbourhood_path(n_polygons), read_geometry=False,
                                  columns=["nbhd_id"])["nbhd_id"]


# --------------------------------------------------------------------------- in the child


def run_qgis(kind: str, n_points: int, n_polygons: int) -> dict:
    """One QGIS Processing run in this process (start-up excluded from the time)."""
    _import_root()
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False, tempfile.mkdtemp(prefix="usm-bench-profile-"))
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from urban_safety_monitor.usm_plugin.provider import UsmProvider

    provider = UsmProvider()  # kept referenced: a collected provider loses its algorithms
    QgsApplication.processingRegistry().addProvider(provider)
    gpkg, _ = sd.incident_paths(n_points, n_polygons)
    points = f"{gpkg}|layername=incidents"
    polygons = f"{sd.neighbourhood_path(n_polygons)}|layername=neighbourhoods"
    output = os.path.join(tempfile.mkdtemp(prefix="usm-bench-out-"), "out.gpkg")
    if kind == "native":
        algorithm, field = "native:countpointsinpolygon", "NUMPOINTS"
        params = {"POLYGONS": polygons, "POINTS": points, "FIELD": "NUMPOINTS",
                  "OUTPUT": output}
    else:
        algorithm, field = "usm:aggregateincidents", "n_total"
        params = {"INCIDENTS": points, "NEIGHBOURHOODS": polygons, "NEIGHBOURHOOD_ID": "nbhd_id",
                  "CATEGORY_FIELD": "category", "PERIODS": [], "SMOOTH_RATES": False,
                  "MEMORY_LIMIT_MB": LIMIT_MB if kind == "stream" else 1_000_000,
                  "OUTPUT": output, "ACCOUNTING": "TEMPORARY_OUTPUT"}
        import geopandas  # noqa: F401  (imports a session that ran it once has made)
        import pyogrio  # noqa: F401
        from urban_safety_monitor.usm_plugin import bridge  # noqa: F401
        from urban_safety_monitor.usm_plugin.core.joins import streaming  # noqa: F401
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    start = time.perf_counter()
    results = processing.run(algorithm, params, context=context, feedback=feedback)
    seconds = time.perf_counter() - start
    import pyogrio

    table = pyogrio.read_dataframe(output, layer="out" if kind != "native" else None,
                                   read_geometry=False, columns=["nbhd_id", field])
    counts = table.set_index("nbhd_id")[field].reindex(_neighbourhood_order(n_polygons))
    out = {"seconds": seconds, "counts": counts.fillna(0).astype("int64").tolist()}
    if kind != "native":
        from qgis.core import QgsProcessingUtils

        accounting = results["ACCOUNTING"]
        if isinstance(accounting, str):
            accounting = QgsProcessingUtils.mapLayerFromString(accounting, context)
        out["accounting"] = {f["item"]: int(f["count"]) for f in accounting.getFeatures()}
    return out


def run_core(fmt: str, n_points: int, n_polygons: int) -> dict:
    """aggregate_incident_chunks on Arrow batches of the file (no QGIS)."""
    _import_root()
    import pyogrio

    from urban_safety_monitor.usm_plugin.core.joins.streaming import (
        aggregate_incident_chunks, geoparquet_chunks)

    # bridge.chunk_rows_for and bridge.stack_spill_bytes at LIMIT_MB
    rows = int((LIMIT_MB * 0.875 - 450) * 2 ** 20 // 450)
    spill_bytes = int(LIMIT_MB * 0.125 * 2 ** 20)
    gpkg, parquet = sd.incident_paths(n_points, n_polygons)
    start = time.perf_counter()
    neighbourhoods = pyogrio.read_dataframe(sd.neighbourhood_path(n_polygons))
    if fmt == "parquet":
        chunks = geoparquet_chunks(parquet, ["category"], batch_rows=rows)
    else:
        chunks = _gpkg_chunks(gpkg, rows, neighbourhoods.crs)
    with tempfile.TemporaryDirectory(prefix="usm-bench-stacks-") as scratch:
        result = aggregate_incident_chunks(chunks, neighbourhoods, "nbhd_id",
                                           category_field="category", periods=(),
                                           smooth_rates=False, spill_dir=scratch,
                                           spill_bytes=spill_bytes,
                                           total_rows=n_points)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "chunk_rows": rows,
            "counts": result.table["n_total"].astype("int64").tolist(),
            "accounting": dict(zip(result.accounting["item"],
                                   result.accounting["count"].astype(int).tolist()))}


def _gpkg_chunks(path, rows, crs):
    import geopandas as gpd
    import numpy as np
    import pyarrow as pa
    import pyogrio

    with pyogrio.raw.open_arrow(path, layer="incidents", columns=["category"],
                                batch_size=rows, use_pyarrow=True) as (meta, reader):
        for batch in reader:
            table = pa.Table.from_batches([batch])
            wkb = table.column(meta.get("geometry_name") or "wkb_geometry").combine_chunks()
            from urban_safety_monitor.usm_plugin.core.joins.streaming import _wkb_points

            geometries, x, y = _wkb_points(wkb)
            frame = gpd.GeoDataFrame({"category": table.column("category").to_numpy(
                zero_copy_only=False)}, geometry=geometries, crs=crs)
            del table, wkb, batch
            yield frame, (np.asarray(x), np.asarray(y))


# --------------------------------------------------------------------------- the parent


def measure(args: list, timeout: float) -> dict:
    """Run this script on ``args`` in a child; its result, wall time and peak RSS."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.NamedTemporaryFile("w+", suffix=".json") as out:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, __file__, "--child", out.name, *args],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                child.kill()
                os.wait4(child.pid, 0)
                return {"error": f"stopped after {timeout:.0f} s (timeout)"}
            time.sleep(0.5)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        stderr = child.stderr.read().decode(errors="replace")
        out.seek(0)
        text = out.read()
    if child.returncode != 0 or not text:
        tail = [line for line in stderr.strip().splitlines() if not line.startswith("Warning")]
        return {"error": " | ".join(tail[-3:]) or f"exit code {child.returncode}"}
    result = json.loads(text)
    result.update(wall_seconds=wall, peak_mb=usage.ru_maxrss / 1024.0)
    return result


def _load() -> str:
    return open("/proc/loadavg").read().split()[:3].__str__()


def _compare(results: dict, n_polygons: int) -> list:
    import numpy as np

    lines = []
    whole = results.get("qgis usm whole")
    reference = "qgis usm whole"
    if not whole or "counts" not in whole:  # 100 million: the streams against each other
        reference = "qgis usm stream"
        whole = results.get(reference)
    for key, result in results.items():
        if "counts" not in result or key == reference:
            continue
        if whole and "counts" in whole and key != "qgis native":
            same = np.array_equal(whole["counts"], result["counts"])
            acc = result.get("accounting") == whole.get("accounting")
            lines.append(f"  {key} vs {reference}: counts {'IDENTICAL' if same else 'DIFFER'}"
                         f", accounting {'identical' if acc else 'DIFFERS'}")
    native = results.get("qgis native")
    ours = results.get("qgis usm stream")
    if native and ours and "counts" in native and "counts" in ours:
        diff = np.asarray(ours["counts"]) - np.asarray(native["counts"])
        boundary = ours["accounting"]["on_shared_boundary"] + ours["accounting"]["in_overlap"]
        lines.append(f"  usm stream - native: {int(diff.sum()):,} more incidents counted "
                     f"({int((diff != 0).sum())} of {n_polygons:,} neighbourhoods differ; "
                     f"{int((diff < 0).sum())} have fewer); usm reports {boundary:,} on shared "
                     "boundaries, which native counts in no neighbourhood")
    return lines


def main() -> None:
    global LIMIT_MB
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000000:1000,10000000:10000,100000000:1000,"
                                            "100000000:10000")
    parser.add_argument("--timeout", type=float, default=1800.0)
    parser.add_argument("--native-timeout", type=float, default=900.0)
    parser.add_argument("--native-up-to", type=int, default=20_000_000,
                        help="run the whole read and the native count up to this many incidents")
    parser.add_argument("--no-native", action="store_true", help="skip the native count")
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--limit-mb", type=int, default=2048,
                        help="MEMORY_LIMIT_MB of the streaming runs (default 2048)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--kind", help=argparse.SUPPRESS)
    parser.add_argument("--points", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--polygons", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    LIMIT_MB = args.limit_mb
    if args.child:
        kind, fmt = args.kind.split("/")
        result = (run_core(fmt, args.points, args.polygons) if kind == "core"
                  else run_qgis(kind, args.points, args.polygons))
        with open(args.child, "w") as handle:
            json.dump(result, handle)
        sys.stdout.flush()
        os._exit(0)  # no QGIS teardown at exit (it can crash after the work is done)

    print(f"bench_streaming: {os.cpu_count()} CPUs, load {_load()}, python "
          f"{sys.version.split()[0]}; each run in its own process; limit {LIMIT_MB} MB")
    everything = {}
    for spec in args.sizes.split(","):
        n_points, n_polygons = (int(v) for v in spec.split(":"))
        gpkg, parquet = sd.incident_paths(n_points, n_polygons)
        if not gpkg.exists():
            print(f"\n== {n_points:,} x {n_polygons:,}: no data (run streaming_data.py)")
            continue
        print(f"\n== {n_points:,} incidents x {n_polygons:,} neighbourhoods "
              f"(gpkg {gpkg.stat().st_size / 2 ** 30:.1f} GB, parquet "
              f"{parquet.stat().st_size / 2 ** 30:.1f} GB); load {_load()}", flush=True)
        common = ["--points", str(n_points), "--polygons", str(n_polygons),
                  "--limit-mb", str(LIMIT_MB)]
        runs = [("qgis usm stream", "stream/gpkg", args.timeout),
                ("core stream gpkg", "core/gpkg", args.timeout),
                ("core stream parquet", "core/parquet", args.timeout)]
        if n_points <= args.native_up_to:
            runs += [("qgis usm whole", "whole/gpkg", args.timeout)]
            if not args.no_native:
                runs += [("qgis native", "native/gpkg", args.native_timeout)]
        results = {}
        for label, kind, timeout in runs:
            result = measure(["--kind", kind, *common], timeout)
            results[label] = result
            if "error" in result:
                print(f"  {label:22s} failed: {result['error']}", flush=True)
            else:
                print(f"  {label:22s} {result['seconds']:8.1f} s  peak {result['peak_mb']:7.0f} MB"
                      f"  (process {result['wall_seconds']:.1f} s; load {_load()})", flush=True)
        ours = results.get("qgis usm stream", {})
        for label, result in results.items():
            if "error" in result or "error" in ours or label == "qgis usm stream" or not ours:
                continue
            print(f"  {label} / qgis usm stream: time {result['seconds'] / ours['seconds']:.2f}x, "
                  f"peak memory {result['peak_mb'] / ours['peak_mb']:.2f}x")
        for line in _compare(results, n_polygons):
            print(line)
        everything[spec] = {k: {kk: vv for kk, vv in v.items() if kk != "counts"}
                            for k, v in results.items()}
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(everything, handle, indent=1)


if __name__ == "__main__":
    main()
